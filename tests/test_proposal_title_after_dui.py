"""A title line that answers the item with 对 and no 关于, the proposal's title unquoted
after it (对加快某某改造的建议的答复, 某局对改善某镇饮水条件的提案的复函): the run after 对
to its kind word, as written; not a run naming a number, a session or whom it answers.
Snippets written for these tests; names, places and numbers invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_SALUTATION = "郑某代表：\n"
_BODY = "来信收悉，现答复如下：\n我局已组织清理。\n"

# (title line, (kind, title))
READ = {
    "dui-de-kind-de-reply": (
        "对加快城东河道整治的建议的答复",
        ("建议", "加快城东河道整治的建议"),
    ),
    "issuer-then-dui": (
        "某县水务局对加快城东河道整治的建议的答复",
        ("建议", "加快城东河道整治的建议"),
    ),
    "kind-glued-reply-letter": (
        "对加快城东河道整治建议的复函",
        ("建议", "加快城东河道整治建议"),
    ),
    "proposal-handling-reply": (
        "对改善某镇农村饮水条件的提案的办理答复",
        ("提案", "改善某镇农村饮水条件的提案"),
    ),
}

# Near misses: (title line, opening or None, (kind, title))
NOT_READ = {
    "names-the-deputy": ("对郑某代表的建议的答复", None, ("建议", None)),
    "names-the-session": ("对县十届人大二次会议代表建议的答复", None, ("建议", None)),
    "names-the-number": ("对第88号建议的答复", None, ("建议", None)),
    "you": ("对您的建议的答复", None, ("建议", None)),
    "collective-proposed": ("对各位代表所提建议的答复", None, ("建议", None)),
    "pointing-word": ("对有关加强路灯管理的建议的答复", None, ("建议", None)),
    "too-short": ("对路灯维修的建议的答复", None, ("建议", None)),
    # 对 inside a word of the title, not after the issuer
    "dui-inside-a-word": ("加强应对城东内涝风险能力的建议的答复", None, ("建议", None)),
    # the opening's title wins over the title line's
    "opening-wins": (
        "对加快城东河道整治的建议的答复",
        "您提出的关于整治城东河道的建议收悉，现答复如下：\n",
        ("建议", "关于整治城东河道的建议"),
    ),
}  # fmt: skip


def _read(title: str, opening: str | None = None) -> tuple[str | None, str | None]:
    letter = parse_text(f"{title}\n{_SALUTATION}{opening or _BODY}", keywords=False)
    p = letter.proposal
    assert p is not None
    if p.title is not None:
        assert letter.text is not None and p.title_span is not None
        assert letter.text[p.title_span[0] : p.title_span[1]] == p.title
    return p.kind, p.title


@pytest.mark.parametrize(("title", "expected"), READ.values(), ids=READ.keys())
def test_title_after_dui(title: str, expected: tuple[str, str]) -> None:
    assert _read(title) == expected


@pytest.mark.parametrize(("title", "opening", "expected"), NOT_READ.values(), ids=NOT_READ.keys())
def test_not_read_after_dui(
    title: str, opening: str | None, expected: tuple[str, str | None]
) -> None:
    assert _read(title, opening) == expected
