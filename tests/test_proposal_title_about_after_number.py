"""The proposal's own title after its number and kind word in the title line, with no kind
word of its own (关于某会议第15号提案关于加快某某改造的答复): the 关于… run to the title's
答复/复函/回复, as written; not a run naming whom it answers or another number. Snippets
written for these tests; names, places and numbers invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_SALUTATION = "郑某代表：\n"
_BODY = "来信收悉，现答复如下：\n我局已组织清理。\n"

# (title line, (number, session, title))
READ = {
    "session-number-kind-about": (
        "关于县政协九届二次会议第15号提案关于加快城东河道整治的答复",
        ("15", "县政协九届二次会议", "关于加快城东河道整治"),
    ),
    "reply-letter": (
        "关于县十届人大二次会议第8号建议关于改善某镇农村饮水条件的复函",
        ("8", "县十届人大二次会议", "关于改善某镇农村饮水条件"),
    ),
    "de-between-and-handling-reply": (
        "关于第8号建议的关于改善某镇农村饮水条件的办理答复",
        ("8", None, "关于改善某镇农村饮水条件"),
    ),
}

# Near misses: (title line, opening or None, (number, session, title))
NOT_READ = {
    "names-whom-it-answers": ("关于第8号建议关于郑某代表提出的问题的答复", None, ("8", None, None)),
    "you": ("关于第8号建议关于您的问题的答复", None, ("8", None, None)),
    "another-number": ("关于第8号建议关于第9号的答复", None, ("8", None, None)),
    "too-short-before-de": ("关于第8号建议关于某村路的答复", None, ("8", None, None)),
    "too-short": ("关于第8号建议关于路灯的答复", None, ("8", None, None)),
    # no number before it: the reply's own 关于
    "no-number-before": ("关于加快城东河道整治的答复", None, (None, None, None)),
    # the opening's title is read first
    "opening-first": (
        "关于第8号建议关于改善某镇农村饮水条件的答复",
        "您提出的关于整治城东河道的建议收悉，现答复如下：\n",
        ("8", None, "关于整治城东河道的建议"),
    ),
}  # fmt: skip


def _read(title: str, opening: str | None = None) -> tuple[str | None, str | None, str | None]:
    letter = parse_text(f"{title}\n{_SALUTATION}{opening or _BODY}", keywords=False)
    p = letter.proposal
    if p is None:
        return None, None, None
    if p.title is not None:
        assert letter.text is not None and p.title_span is not None
        assert letter.text[p.title_span[0] : p.title_span[1]] == p.title
    return p.number, p.session, p.title


@pytest.mark.parametrize(("title", "expected"), READ.values(), ids=READ.keys())
def test_about_after_number(title: str, expected: tuple[str, str | None, str]) -> None:
    assert _read(title) == expected


@pytest.mark.parametrize(("title", "opening", "expected"), NOT_READ.values(), ids=NOT_READ.keys())
def test_not_read_after_number(
    title: str, opening: str | None, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _read(title, opening) == expected


def test_doc_number_glued_before_about_names_no_item() -> None:
    # a one-line copy: the 号 of the letter's own 发文字号 glued before its title
    letter = parse_text("某市某局某交函〔2021〕12号关于某镇村道改造议题的答复", keywords=False)
    assert letter.proposal is None or letter.proposal.title is None
