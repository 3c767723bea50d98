"""An unquoted proposal title the reply's 关于对 opens, its number and kind word after 的
(关于对加快某某改造的第88号建议的答复): the 关于… run before that 的, as written, 对 in it;
not when the run names whom the item came from (a body, a person named bare, a session).
Snippets written for these tests; names, places and numbers invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_BODY = "来信收悉，现答复如下：\n我局已组织清理。\n"

# (letter's head above the body, (kind, number, session, title))
READ = {
    "title-line": (
        "关于对加快城东河道整治的第88号建议的答复\n郑某代表：\n",
        ("建议", "88", None, "关于对加快城东河道整治"),
    ),
    "title-line-no-di": (
        "关于对加快城东河道整治的88号提案的答复\n郑某委员：\n",
        ("提案", "88", None, "关于对加快城东河道整治"),
    ),
    "title-line-reply-letter": (
        "关于对改善某镇农村饮水条件的第7号建议的复函\n郑某代表：\n",
        ("建议", "7", None, "关于对改善某镇农村饮水条件"),
    ),
    # a topic opening with a surname's character is still a topic when it is long
    "topic-opens-with-surname-char": (
        "关于对黄河滩区治理的第8号建议的答复\n郑某代表：\n",
        ("建议", "8", None, "关于对黄河滩区治理"),
    ),
    "opening": (
        "郑某代表：\n你提出的关于对加快城东河道整治的第88号建议收悉，现答复如下：\n",
        ("建议", "88", None, "关于对加快城东河道整治"),
    ),
}

# Near misses: the run after 关于对 names whom or what session, so no title
NOT_READ = {
    "person-bare": (
        "关于对王某某的第8号建议的答复\n郑某代表：\n",
        ("建议", "8", None, None),
    ),
    "body": (
        "关于对县工商联的第8号提案的答复\n郑某委员：\n",
        ("提案", "8", None, None),
    ),
    "body-committee": (
        "关于对民盟某县委员会的第8号提案的答复\n郑某委员：\n",
        ("提案", "8", None, None),
    ),
    "deputy-proposed": (
        "关于对郑某代表提出的第88号建议的答复\n郑某代表：\n",
        ("建议", "88", None, None),
    ),
    "session": (
        "关于对县十届人大二次会议的第88号建议的答复\n郑某代表：\n",
        ("建议", "88", "县十届人大二次会议", None),
    ),
    "role-word": (
        "关于对人大代表的第8号建议的答复\n郑某代表：\n",
        ("建议", "8", None, None),
    ),
}


def _read(head: str) -> tuple[str | None, str | None, str | None, str | None]:
    letter = parse_text(head + _BODY, keywords=False)
    p = letter.proposal
    assert p is not None
    if p.title is not None:
        assert letter.text is not None and p.title_span is not None
        assert letter.text[p.title_span[0] : p.title_span[1]] == p.title
    return p.kind, p.number, p.session, p.title


@pytest.mark.parametrize(("head", "expected"), READ.values(), ids=READ.keys())
def test_title_after_about_dui(
    head: str, expected: tuple[str | None, str | None, str | None, str | None]
) -> None:
    assert _read(head) == expected


@pytest.mark.parametrize(("head", "expected"), NOT_READ.values(), ids=NOT_READ.keys())
def test_whom_after_about_dui_is_no_title(
    head: str, expected: tuple[str | None, str | None, str | None, str | None]
) -> None:
    assert _read(head) == expected
