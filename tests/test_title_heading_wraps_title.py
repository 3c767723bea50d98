"""A page heading that wraps the letter's whole title in brackets, the letter giving no
title line of its own under it (``某镇2031年人大代表建议办理答复（某局关于…第14号代表建议办理
的函）``): the bracket's title, its authority and all, is the title and that authority the
issuer; the heading's year is the page's listing of the reply, no date. A bracket that holds
a proposal's title or a note, a cited title's 《》, and a heading that is a title of its own
leave the title as it was. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.fields.title import wrapped_title

INNER = "青岚县交通局关于县九届人大三次会议第27号代表建议办理的函"
BODY = (
    "\n\n周某某、钱某代表：\n\n你们提出的《关于硬化某村道路的建议》收悉，现答复如下：\n\n"
    "我局已于2030年将该路段列入计划。\n"
)


@pytest.mark.parametrize(
    ("opener", "closer"),
    [("（", "）"), ("(", ")"), ("【", "】"), ("[", "]")],
    ids=["full-width-round", "half-width-round", "lenticular", "square"],
)
def test_the_wrapped_title_is_the_letters(opener: str, closer: str) -> None:
    heading = f"石桥镇2031年人大代表建议办理答复{opener}{INNER}{closer}"
    letter = parse_text(heading + BODY)
    assert letter.title == INNER
    assert letter.issuer == "青岚县交通局"
    assert [d.text for d in letter.dates] == ["2030年"]
    assert letter.proposal.number == "27"


def test_the_title_printed_over_the_heading_again() -> None:
    heading = f"石桥镇2031年人大代表建议办理答复（{INNER}）"
    for head in (f"{INNER}\n\n{heading}", f"{INNER}\n来源：青岚县交通局\n\n{INNER}\n\n{heading}"):
        letter = parse_text(head + BODY)
        assert letter.title == INNER
        assert letter.issuer == "青岚县交通局"
        assert [d.text for d in letter.dates] == ["2030年"]


@pytest.mark.parametrize(
    "inner",
    [
        "关于修缮某桥的回复",
        "关于县九届人大三次会议第27号代表建议的答复",
        "某县水务局对某建议的复函",
        # (left59b: the reply's longer self-names, data/reply_endings.txt, which the
        # page's chrome reads too; an earlier round read neither as a whole title here)
        "关于修缮某桥建议的答复书",
        "某县水务局关于某建议的答复意见",
    ],
)
def test_other_endings_and_openings_are_whole_titles(inner: str) -> None:
    text = f"某镇建议办理（{inner}）"
    assert wrapped_title(text) == (len("某镇建议办理（"), len(text) - 1)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("某镇建议办理答复（关于修缮某桥的建议）", id="proposal-title"),
        pytest.param("某镇建议办理答复（某县水务局）", id="office"),
        pytest.param("关于对《关于增设夜班公交的函》", id="cited-title"),
        pytest.param("关于修缮某桥的答复（关于转办某事的函）", id="heading-a-title"),
        pytest.param("某县水务局对某建议的答复（关于转办某事的函）", id="heading-opens-with-dui"),
        pytest.param("（关于修缮某桥的答复）", id="nothing-before"),
        pytest.param(
            "区政协某届四次会议第58号提案的答复函（某县水务局关于转办某事的函）",
            id="heading-a-title-with-no-opener",
        ),
        pytest.param("某镇第6号代表建议的答复（某县水务局关于某事的复函）", id="numbered-reply"),
    ],
)
def test_no_wrapped_title(text: str) -> None:
    assert wrapped_title(text) is None


@pytest.mark.parametrize(
    ("head", "years"),
    [
        pytest.param("2031年人大建议,交通,关于硬化某村道路的答复", 1, id="stuffed-head"),
        pytest.param(f"2031年某镇人大代表建议办理单（{INNER}）", 1, id="form-heading"),
        pytest.param(f"石桥镇2031年人大代表建议办理答复（{INNER}）", 0, id="page-heading"),
    ],
)
def test_only_a_page_heading_around_the_title_loses_its_year(head: str, years: int) -> None:
    # (a stuffed head's keywords the title is cut from and the heading of the reply's own
    # form keep their year a date, as over the title: only a page's heading that wraps the
    # title in brackets lists it under its year; review58d)
    letter = parse_text(head + BODY)
    assert [d.text for d in letter.dates] == ["2031年"] * years + ["2030年"]


@pytest.mark.parametrize("label", ["标题：", "名称:", "文件名称　"])
def test_a_title_cell_holding_the_wrapping_heading(label: str) -> None:
    # A page's title cell whose value is the heading wrapping the title (标题：某镇…答复（某局
    # 关于…的函）): the bracket's title, as the same heading without its label gives (an
    # earlier round read no title, the cell's value not ending in a 文种).
    heading = f"石桥镇2031年人大代表建议办理答复（{INNER}）"
    letter = parse_text(label + heading + BODY)
    assert letter.title == INNER
    assert letter.issuer == "青岚县交通局"


# Decided (left59a): a reply's whole title wholly in brackets, nothing before them on its
# line (the class mark's line over it, or the mark glued before it), is the bracket's title,
# as a page heading's brackets around it are none of it; a proposal's title alone in brackets
# stays as written.
@pytest.mark.parametrize(
    ("lines", "title"),
    [
        pytest.param(f"（{INNER}）", INNER, id="alone"),
        pytest.param(f"（A类）\n[{INNER}]", INNER, id="under-a-class-line"),
        pytest.param(f"(B类)({INNER})", INNER, id="after-a-glued-class-mark"),
        pytest.param("（关于硬化某村道路的建议）", "（关于硬化某村道路的建议）", id="a-proposal-title"),
    ],
)  # fmt: skip
def test_a_title_wholly_in_brackets(lines: str, title: str) -> None:
    letter = parse_text(lines + BODY)
    assert letter.title == title
    if letter.title_span is not None and letter.text is not None:
        assert letter.text[slice(*letter.title_span)] == title
