"""Patterns and scans of the fields rewritten to cost less find what the plain ones find:
each plain form is kept here and the two compared over every gold letter, invented lines
and random text over the characters that matter."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goldsets import all_letters, at_least
from helpers import contexts_before
from replyparse.fields import docnumber, proposal, references, sections
from replyparse.fields.linescan import finditer_lines
from replyparse.textview import TextView

_LETTERS = [g.text() for g in all_letters()]


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m is not None else None


# -- proposal: a kind word of the body that names the item ------------------------------

_PLAIN_ITEM_WORD = re.compile(
    r"(?:该|此|本|这个|这项|这件|上述|接到|收到|你们的|您们的|你的|您的)(?P<a>议案|提案|建议)"
    r"(?![委人])|(?<![和、及与])(?P<b>议案|提案|建议)(?=后|收悉|已收悉|办理情况|的办理情况)"
    r"|(?<![和、及与])(?P<c>议案|提案)(?=中(?!心)|的?精神)"
    r"|[你您]们?(?P<d>议案|提案|建议)(?=[中里]?(?:提到|提及|所提|提出的|指出|反映))"
)
"""The pattern as first written: the pointing word first, the kind word after it."""

_ITEM_LINES = [
    "该提案涉及的问题",
    "接到提案后，我局",
    "现将提案办理情况报告如下",
    "建议案办理情况",  # 建议 names nothing, 议案 does
    "该建议案后",
    "你们的提案委员会",
    "您们的建议收悉",
    "和提案办理情况",
    "建议和提案的办理情况",
    "上述议案后上述议案后",
    "提案已收悉",
    "您的提案人",
    "这项建议",
    "您们的建议很好",
    "你们的议案",
    "此议案人",
    "提案中关于修缮校舍的内容",
    "建议中提到的问题",  # the common noun's: no item word
    "提案中心",
    "和提案中",
    "我们将按照议案精神推进",
    "结合提案的精神",
    "建议精神",  # the common noun's: no item word
    "和提案精神",
    "您建议提到的村道",
    "你们提案中提出的问题",
    "您们建议所提路段",
    "您建议将村道拓宽",  # the verb: no item word
    "您建议中央财政加大投入",  # the verb: no item word
]


def _item_words(pattern: re.Pattern[str], text: str) -> list[tuple[str, int]]:
    out = []
    for m in pattern.finditer(text):
        group = next(g for g in ("kind", "a", "b", "c", "d") if g in m.re.groupindex and m.group(g))
        out.append((m.group(group), m.start(group)))
    return out


def test_item_words_are_the_plain_patterns() -> None:
    found = 0
    for text in _LETTERS + _ITEM_LINES:
        plain = _item_words(_PLAIN_ITEM_WORD, text)
        assert _item_words(proposal._ITEM_WORD, text) == plain, text[:40]
        found += len(plain)
    assert found > at_least(30, 15)  # not vacuous


_ITEM_PIECES = [
    *"该此本这个项件上述接到收你您们的议案提建和、及与后悉已办理情况委人中心精神",
    *("这个", "这项", "这件", "上述", "接到", "收到", "你们的", "您们的", "你的", "您的"),
    *("议案", "提案", "建议", "收悉", "已收悉", "办理情况", "的办理情况"),
    *("提到", "提及", "所提", "提出的", "指出", "反映", "里"),
]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_ITEM_PIECES), max_size=10).map("".join))
def test_any_text_gives_the_plain_item_words(text: str) -> None:
    assert _item_words(proposal._ITEM_WORD, text) == _item_words(_PLAIN_ITEM_WORD, text)


# -- proposal: a session names 会 or 届 ------------------------------------------------------

_SESSION_PIECES = [
    *"会议届次全体第号人大政协委员代表一二三十0123市县区的在对关于",
    *("人民代表大会", "代表大会", "党代会", "委员会", "会议", "次会议"),
]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_SESSION_PIECES), max_size=12).map("".join))
def test_any_text_gives_the_plain_session(text: str) -> None:
    assert _span(proposal._session_search(text)) == _span(proposal._SESSION.search(text))


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_SESSION_PIECES), max_size=12).map("".join))
def test_a_text_the_gate_shuts_on_holds_no_session_anywhere(text: str) -> None:
    """A header line is tried whole (fullmatch) only where the gate opens: wherever it
    shuts, no session stands at all."""
    if not proposal._may_name_session(text):
        assert proposal._SESSION.search(text) is None
        assert proposal._SESSION.fullmatch(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "县政协2019年第7号提案",
        "丙区人大二〇一九年度第6号建议",
        "县政协2019年委员第7号提案",  # (whose between the year and 第: the gate shut on it)
        "县人大2019年第3号公告",
    ],
    ids=["year", "numeral-year", "whose-after-year", "bulletin"],
)
def test_a_year_numbering_items_is_found_through_the_gate(text: str) -> None:
    assert _span(proposal._session_search(text)) == _span(proposal._SESSION.search(text))


def test_sessions_of_the_letters_are_found_through_the_gate() -> None:
    found = 0
    for text in _LETTERS:
        for line in text.splitlines():
            plain = _span(proposal._SESSION.search(line))
            assert _span(proposal._session_search(line)) == plain, line
            found += plain is not None
    assert found > 20  # not vacuous


# -- references: the titles in 《》 -----------------------------------------------------------


def _plain_titles(norm: str) -> list[tuple[int, int]]:
    """references._book_titles as first written: every mark read, in and out of a title."""
    out: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for m in re.finditer("[《》\n。！？]", norm):
        i, ch = m.start(), m.group()
        if ch == "《":
            if depth == 0:
                start = i + 1
            depth += 1
        elif ch == "》" and depth:
            depth -= 1
            if depth == 0:
                out.append((start, i))
        elif depth and (ch in "。！？" or (ch == "\n" and i - start > 120)):
            depth = 0
    return out


_TITLE_PIECES = ["《", "》", "\n", "。", "！", "？", "关于", "办法", "x" * 50, "〈", "〉"]


def test_titles_are_the_plain_scans() -> None:
    found = 0
    for text in [*_LETTERS, "《a《b》c》《d", "》《a。》《b》", "《" + "x" * 130 + "\n》"]:
        plain = _plain_titles(text)
        assert references._book_titles(text) == plain
        found += len(plain)
    assert found > 20  # not vacuous


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_TITLE_PIECES), max_size=16).map("".join))
def test_any_text_gives_the_plain_titles(text: str) -> None:
    assert references._book_titles(text) == _plain_titles(text)


# -- docnumber: a number that lost a bracket of its year, searched on the bracket lines -----

_LOST_PIECES = [*"〔［【﹝〖[〕］】﹞〗]号办某（）\n 12", "2018", "1999", "109", "某办", "第"]


def _lost_bracket_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    pattern = docnumber._LOST_BRACKET
    lines = finditer_lines(pattern, docnumber._LOST_BRACKET_ANCHOR, text)
    return [m.span() for m in lines], [m.span() for m in pattern.finditer(text)]


def test_lost_bracket_numbers_are_the_whole_text_search() -> None:
    found = 0
    for text in [*_LETTERS, "某办〔2018109号\n某办2018〕109号"]:
        on_lines, whole = _lost_bracket_spans(text)
        assert on_lines == whole
        found += len(whole)
    assert found >= 2  # not vacuous


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_LOST_PIECES), max_size=12).map("".join))
def test_any_text_gives_the_lost_bracket_numbers_of_the_whole_search(text: str) -> None:
    on_lines, whole = _lost_bracket_spans(text)
    assert on_lines == whole


# -- sections: markers tried only after a line break or a stop before a marker's opener ------

_SECTION_LINES = [
    "一、加强管理。二、完善制度\n（一）1.2021年\n①　⑴ ⒈ 第一，其一，",
    "已完成。”二、加强维护。）3.下一步\n\n1、\n2、",
    "\n一、\n\n二、\n",
]


def _all_candidates() -> list[list[object]]:
    views = [TextView(text) for text in _LETTERS + _SECTION_LINES]
    return [sections._candidates(view, 0, len(view.norm)) for view in views] + [
        sections._candidates(view, at, len(view.norm))
        for view in views[-len(_SECTION_LINES) :]
        for at in range(len(view.norm))
    ]


def _family_scans(
    norm: str, start: int, end: int, before_opener: re.Pattern[str], sentence_end: re.Pattern[str]
) -> sections._Marks:
    """The places :func:`sections._scan` finds, each family by its own ``finditer``."""
    return sections._Marks(
        [m.end() for m in before_opener.finditer(norm, start, end)],
        [m.end() for m in sentence_end.finditer(norm, start, end)],
        [m.end() for m in sections._LEAD_IN.finditer(norm, start, end)],
        tuple(
            [m.start() for m in pattern.finditer(norm, start, end)]
            for _, pattern in sections._INLINE_MARKERS
        ),
    )


def _plain_scan(norm: str, start: int, end: int) -> sections._Marks:
    """Lines tried after every line break, sentence ends before any character."""
    return _family_scans(norm, start, end, re.compile("\n"), re.compile(r"[。！？；][”’」』）]*"))


def test_section_candidates_are_the_plain_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _all_candidates()
    monkeypatch.setattr(sections, "_scan", _plain_scan)
    assert fast == _all_candidates()
    assert sum(map(len, fast)) > 100  # not vacuous


_SCANNED = [
    "其一：加强。其二，完善：1、新建；2、改建\n①一是，二是；十一是③\n其十一是",
    "建议：其一：\n其二：x。”（三）其三、\n：\n二是:三",
]


def test_one_scan_finds_what_each_familys_scan_finds() -> None:
    texts = [TextView(text).norm for text in _LETTERS + _SECTION_LINES] + _SCANNED
    tried = 0
    for norm in texts:
        ranges = [(0, len(norm))]
        if len(norm) < 200:
            ranges += [(a, b) for a in range(len(norm)) for b in range(a, len(norm) + 1)]
        for start, end in ranges:
            plain = _family_scans(norm, start, end, sections._BEFORE_OPENER, sections._SENTENCE_END)
            assert sections._scan(norm, start, end) == plain, (norm, start, end)
            tried += len(plain.lead_ins) + sum(map(len, plain.inline))
    assert tried > 1000  # not vacuous


def test_each_line_marker_opens_with_its_styles_openers() -> None:
    tails = ["", "、", ".", "一，", "一）", "1）", "）"]
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        for style, pattern in sections._LINE_MARKERS:
            if any(pattern.match(char + tail) for tail in tails):
                assert char in sections._OPENERS_OF[style], (style, char)
    # the line gate's openers are those of every style (the gate passes what any style opens)
    assert set("".join(sections._OPENERS_OF.values())) == sections._MARKER_OPENERS


def test_inline_markers_are_the_plain_pattern() -> None:
    plain = re.compile(rf"(?P<n>[{sections._CN}]{{1,2}})是")
    fast = dict(sections._INLINE_MARKERS)[sections.Style.INLINE]
    for text in [*_LETTERS, "一是二十是十一二是三是是"]:
        assert [m.span("n") for m in fast.finditer(text)] == [
            m.span("n") for m in plain.finditer(text)
        ]


# -- proposal: the body after the opening read for a kind only while it can win --------------


def test_proposal_reads_the_rest_only_when_it_can_win(monkeypatch: pytest.MonkeyPatch) -> None:
    contexts = contexts_before(_LETTERS, "proposal")
    fast = [proposal.extract(ctx) for ctx in contexts]
    monkeypatch.setattr(proposal, "_REST_BEST", (-1, -1))  # the rest read for every letter
    assert fast == [proposal.extract(ctx) for ctx in contexts]
    kinds = [i for items in fast for i in items if isinstance(i, proposal.ProposalKind)]
    assert len(kinds) > at_least(40, 15)  # not vacuous


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_LOST_PIECES), max_size=12).map("".join))
def test_lost_bracket_gate_opens_on_every_match(text: str) -> None:
    """A text the gate finds nothing in holds no number that lost a bracket."""
    if docnumber._LOST_BRACKET_GATE.search(text) is None:
        assert docnumber._LOST_BRACKET.search(text) is None


def test_lost_bracket_gate_opens_on_the_lost_brackets_only() -> None:
    for text in ("某办〔2018109号", "某办2018〕109号", "某办［20181号"):
        assert docnumber._LOST_BRACKET_GATE.search(text), text
    for text in ("某办〔2018〕109号", "（2018〕109号", "2018年", "〔2018〕"):
        assert docnumber._LOST_BRACKET_GATE.search(text) is None, text
    for text in _LETTERS:
        if docnumber._LOST_BRACKET_GATE.search(text) is None:
            assert docnumber._LOST_BRACKET.search(text) is None


# -- proposal: a number and its kind word, tried where a 第 or a serial stands -------------

_NUMBER_PIECES = [
    *"第号（()）、-0123AB一十十二建议提案议案代表委员人大政协〕]的关于",
    "第12号",
    "2024",
]


def _both_number_kinds(text: str) -> None:
    fast = [(m.span(), m.groupdict()) for m in proposal._number_kinds(text)]
    assert fast == [(m.span(), m.groupdict()) for m in proposal._NUMBER_KIND.finditer(text)]


def test_number_kinds_of_the_letters_are_the_scans() -> None:
    found = 0
    for text in _LETTERS:
        for line in text.splitlines():
            _both_number_kinds(line)
            found += len(proposal._number_kinds(line))
    assert found > at_least(20, 10)  # not vacuous


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_NUMBER_PIECES), max_size=14).map("".join))
def test_any_text_gives_the_number_kinds_of_the_scan(text: str) -> None:
    _both_number_kinds(text)
