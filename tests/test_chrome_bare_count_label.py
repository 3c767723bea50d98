"""A page's view counter left bare over the letter (``点击：``, ``浏览：``, its count lost or
shown by a script the copy did not keep) is never the 主送 line. It was
read as the salutation (addressee 点击, role null), and the proposal the opening names was
lost with the real salutation under it (dev32). Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line

LETTER = """王某代表：
您提出的《关于某小区加装电梯的建议》已收悉，现答复如下：
我局将加快推进。
某县住房和城乡建设局
2024年5月6日
"""


@pytest.mark.parametrize("line", ["点击：", "点击:", "浏览：", "阅读:", "访问："])
def test_a_bare_count_label_over_the_letter_is_no_salutation(line: str) -> None:
    letter = parse_text(f"您的位置：首页 > 建议提案办理\n{line}\n{LETTER}")
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert letter.salutation == "王某代表："
    assert letter.proposal is not None
    assert letter.proposal.title == "关于某小区加装电梯的建议"


@pytest.mark.parametrize("line", ["点击：", "点击:", "浏览：", "阅读次数:", "  点击:  "])
def test_a_bare_count_label_is_chrome_and_no_title(line: str) -> None:
    assert is_chrome_line(line)
    letter = parse_text(f"您的位置：首页 > 建议提案办理\n{line}\n\n{LETTER}")
    assert letter.title is None
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
