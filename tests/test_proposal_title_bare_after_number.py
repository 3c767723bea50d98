"""The proposal's own title written bare right after its number, with neither 关于 nor
quotes (``…会议第33号：硬化某村道路的议案，…``, ``…会议第33号硬化某村道路的议案收悉``: a
writer's slogan-like title, or a copy that put a colon where 关于 stood), and the number
written after the kind word with no 第 right before the quoted title (``代表建议45号《…》``).
Both lost the number and the title (dev31). Also after the number's kind word and a colon
(``…第33号建议：把某某纳入…“…”…的建议，…``), a term quoted inside kept in the title (dev63).
A hijacked mirror's words set between the number and its colon (``第33号某某城_某某网-【…】：…``)
are read past as the kind word would be (dev74). Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

_SIGNED = "一、我局高度重视。\n某县交通运输局\n2024年6月1日\n"
_SESSION = "某县第十七届人民代表大会第二次会议"


def _read(text: str) -> tuple[str | None, ...] | None:
    p = parse_text(text).proposal
    return None if p is None else (p.kind, p.number, p.session, p.title)


@pytest.mark.parametrize(
    "opening, read",
    [
        pytest.param(
            f"您在{_SESSION}第33号：硬化某村通组公路的议案，县政府交由我局办理，现答复如下：",
            ("议案", "33", _SESSION, "硬化某村通组公路的议案"),
            id="colon-then-comma",
        ),
        pytest.param(
            f"您在{_SESSION}第33号:硬化某村通组公路的议案收悉，现答复如下：",
            ("议案", "33", _SESSION, "硬化某村通组公路的议案"),
            id="half-width-colon-received",
        ),
        pytest.param(
            f"您在{_SESSION}第33号硬化某村通组公路的建议已收悉，现答复如下：",
            ("建议", "33", _SESSION, "硬化某村通组公路的建议"),
            id="glued",
        ),
        pytest.param(
            f"您在{_SESSION}第33号关于硬化某村通组公路的议案收悉，现答复如下：",
            ("议案", "33", _SESSION, "关于硬化某村通组公路的议案"),
            id="with-about-as-before",
        ),
        pytest.param(
            f"您在{_SESSION}第33号代表建议收悉，现答复如下：",
            ("建议", "33", _SESSION, None),
            id="kind-word-after-number-no-title",
        ),
        # a hijacked mirror's words set before the colon (a site's handle, its names an
        # underscore joins, and its tag): read past as the kind word would be (dev74)
        pytest.param(
            f"您在{_SESSION}第33号某某城_某某乐园网-【某某娱乐平台】：硬化某村通组公路的议案，"
            "县政府交由我局办理，现答复如下：",
            ("议案", "33", _SESSION, "硬化某村通组公路的议案"),
            id="mirror-words-before-the-colon",
        ),
        pytest.param(
            f"您在{_SESSION}第33号abc8_某某平台：硬化某村通组公路的议案收悉，现答复如下：",
            ("议案", "33", _SESSION, "硬化某村通组公路的议案"),
            id="mirror-handle-no-tag",
        ),
    ],
)
def test_a_bare_title_after_the_number(opening: str, read: tuple[str | None, ...]) -> None:
    assert _read(f"王某等5位代表：\n{opening}\n{_SIGNED}") == read


# The same after the number's kind word and a colon, the session anywhere before it (dev63):
# a verb-led title to its kind word, a term it quotes inside kept in it.
@pytest.mark.parametrize(
    "number",
    [
        pytest.param("第33号", id="no-kind-word"),
        pytest.param("第33号议案", id="after-the-kind-word"),
        pytest.param("第33号代表议案", id="after-whose-and-kind"),
        pytest.param("33号", id="no-di"),
        pytest.param("33号议案", id="no-di-kind-word"),
        pytest.param("（第33号）", id="bracketed"),
    ],
)
def test_mirror_words_after_other_number_spellings(number: str) -> None:
    # the number written without 会议 before it (您提出的第33号…, 33号议案…, （第33号）…), a
    # hijacked mirror's words before the colon: read past as after 会议第33号 (left58a)
    opening = f"您提出的{number}某某城_某某乐园网-【某某娱乐平台】：硬化某村通组公路的议案，县政府交由我局办理。"
    read = _read(f"王某代表：\n{opening}\n{_SIGNED}")
    assert read is not None
    assert (read[1], read[3]) == ("33", "硬化某村通组公路的议案")


@pytest.mark.parametrize(
    "opening, title",
    [
        pytest.param(
            f"您在{_SESSION}提出的第33号建议：把秸秆还田纳入丘陵“良田示范片”建设内容的建议，"
            "很有见地。",
            "把秸秆还田纳入丘陵“良田示范片”建设内容的建议",
            id="verb-led-with-a-term",
        ),
        pytest.param(
            f"您在{_SESSION}提出的第33号建议：把秸秆还田纳入丘陵建设内容的建议收悉。",
            "把秸秆还田纳入丘陵建设内容的建议",
            id="verb-led-no-term",
        ),
        pytest.param(
            f"您在{_SESSION}提出的第33号提案:推进“青石古道”保护利用的提案收悉。",
            "推进“青石古道”保护利用的提案",
            id="half-width-colon-tian",
        ),
        pytest.param(
            f"您在{_SESSION}提出的第2099 33号建议：把秸秆还田纳入“良田示范片”建设的建议，"
            "很有见地。",
            "把秸秆还田纳入“良田示范片”建设的建议",
            id="a-blank-inside-the-number",
        ),
        pytest.param(
            "您提出的第33号建议：把秸秆还田纳入“东坡片区和西坡片区两处高标准农田示范区”规划的建议，"
            "很有见地。",
            "把秸秆还田纳入“东坡片区和西坡片区两处高标准农田示范区”规划的建议",
            id="a-long-term-no-session",
        ),
        pytest.param(
            f"您在{_SESSION}第33号：推进“青石古道”保护利用的议案，县政府交由我局办理。",
            "推进“青石古道”保护利用的议案",
            id="session-number-colon-with-a-term",
        ),
        # near misses: the quote is the title when the run opens with it, its kind word after
        pytest.param(
            "您提出的第33号建议：“加强青石古道保护”的建议收悉。",
            "加强青石古道保护",
            id="quote-opens-the-run",
        ),
        # words to the addressee after the colon open no title
        pytest.param(
            "您提出的第33号建议：您对秸秆还田的建议，我局高度重视。", None, id="words-to-you"
        ),
        # nor the reply's own sentence about the item after the colon (review54d): the body
        # reporting, or words to the addressee inside the run
        pytest.param(
            f"您在{_SESSION}提出的第33号建议：我局高度重视代表提出的建议，现答复如下：",
            None,
            id="the-office-reports",
        ),
        pytest.param(
            "您提出的第33号建议：经认真研究各方面的建议，现答复如下：",
            None,
            id="after-study",
        ),
        pytest.param(
            "您提出的第33号建议：结合实际认真研究了您的建议，现答复如下：",
            None,
            id="you-inside-the-run",
        ),
    ],
)
def test_a_bare_title_after_the_kind_word_and_a_colon(opening: str, title: str | None) -> None:
    read = _read(f"王某代表：\n{opening}\n{_SIGNED}")
    assert read is not None and read[3] == title


def test_words_of_a_letter_before_the_colon_are_no_mirrors() -> None:
    # (no underscore: a place's or a letter's own words there, nothing read past them)
    opening = (
        f"您在{_SESSION}第33号某某镇：硬化某村通组公路的议案，县政府交由我局办理，现答复如下："
    )
    read = _read(f"王某等5位代表：\n{opening}\n{_SIGNED}")
    assert read is not None
    assert (read[1], read[3]) == (None, None)


def test_a_title_naming_a_number_is_none() -> None:
    opening = f"您在{_SESSION}第33号落实某政发第5号文件的建议收悉，现答复如下："
    read = _read(f"王某代表：\n{opening}\n{_SIGNED}")
    assert read is not None and read[3] is None


@pytest.mark.parametrize(
    "title, number",
    [
        pytest.param(
            "对区三届人大二次会议代表建议45号《关于某路增设路灯的建议》的答复",
            "45",
            id="before-quote",
        ),
        pytest.param(
            "对区三届人大二次会议代表建议第45号《关于某路增设路灯的建议》的答复", "45", id="with-di"
        ),
        pytest.param("关于某路增设路灯建议3号楼改造的答复", None, id="a-building-number"),
    ],
)
def test_a_number_after_the_kind_word_without_di(title: str, number: str | None) -> None:
    text = f"{title}\n王某代表：\n您提出的建议收悉，现答复如下：\n{_SIGNED}"
    read = _read(text)
    assert read is not None and read[1] == number


# Two items named by number and bare title, joined (review54d): the first named is the
# proposal, its own title under its own number, never the next item's.
@pytest.mark.parametrize(
    "join",
    [
        pytest.param("和", id="and"),
        pytest.param("、", id="comma"),
        pytest.param("以及", id="as-well"),
    ],
)
def test_the_first_of_two_bare_titles_after_numbers(join: str) -> None:
    opening = (
        f"您提出的第5号建议：拓宽东岭村道路的建议{join}第6号建议：疏浚南塘水系的建议收悉，"
        "现答复如下："
    )
    read = _read(f"王某代表：\n{opening}\n{_SIGNED}")
    assert read is not None and (read[1], read[3]) == ("5", "拓宽东岭村道路的建议")
