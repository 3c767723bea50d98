"""A long paragraph printed at the page's width right under a footer line that filled it
is not joined to the footer piece by piece: a footer's rest is no longer than a chrome
line, so only that many characters under it are asked (each ask joined the run so far:
a paragraph of a thousand printed lines asked a thousand times over a growing text). A
footer's short rest is still read (tests/test_chrome_wrapped_footer.py). Snippets are
invented.
"""

from __future__ import annotations

import pytest

from replyparse import chrome, parse_text

FOOTER = "网站地图 主办单位：某县人民政府 联系人：办公室 版权所有 某ICP备0000号"
HEAD = "关于某村道路硬化的建议的答复\n吴某代表：\n　　您提出的建议收悉，现答复如下：\n"
END = "\n某县交通运输局\n2023年4月6日\n"


def test_a_long_paragraph_under_a_footer_is_asked_a_few_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[int] = []
    real = chrome.wrapped_rest

    def counting(head: str, rest: str) -> bool:
        asked.append(len(rest))
        return real(head, rest)

    monkeypatch.setattr(chrome, "wrapped_rest", counting)
    lines = [FOOTER] + ["村道硬化工程分三期推进各村按计划组织施工质量验收"] * 400
    letter = parse_text(HEAD + "\n".join(lines) + "。" + END, keywords=False)
    assert letter.signature.issuer == "某县交通运输局"
    assert len(asked) <= 20
    assert max(asked, default=0) <= 200
