"""The sections reader's short cuts read as the plain reading does: each is compared with
the reading it skips over every gold letter (from each of its line starts) and invented
snippets.

Snippets here are invented; they copy the shapes real letters use, never their text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from goldsets import all_letters, at_least
from replyparse.fields import sections
from replyparse.quotes import OPEN_QUOTES
from replyparse.resegment import resegment
from replyparse.textview import TextView

_SNIPPETS = [
    "",
    "\n",
    "经研究，现答复如下。\n我局高度重视，已安排专人办理。",
    "一、加强管理\n二、完善设施",
    "经研究：\n一、加强管理。\n（一）落实责任。",
    "已完成。二、加强维护。",
    "实施建议：1、新建道路；\n2、改造管网。",
    "具体为：1总投资三百万元；2、分两期实施。",
    "建议道路一是需先规划，二是需先立项。",
    "其一，规划已批；其二，资金已落实。",
    "措施如下：①加强巡查；②及时维修。",
    "①加强巡查",
    "1.5公里道路已完成。",
    "八、九十年代建成的小区",
    "第一，加强领导。第二，明确分工。",
    "统一是原则，唯一是目标。",
    "比例为：1.5",
    "（1）完善设施",
    "实施建议：1、新建道路，由区里负责。",
    "具体为：1总投资三百万元\n另行安排。",
    "说明：1.已报批\n情况：2、待定",
    "意见如下：一、加强管理",
    "办理情况：1、已完成；2、待验收",
]


def _ranges(text: str) -> Iterator[tuple[TextView, int, int]]:
    """The view of ``text`` with every range from one of its line starts (or none) to its
    end, and to the end of that line."""
    view = resegment(TextView(text))
    norm = view.norm
    starts = [0, *(i + 1 for i, ch in enumerate(norm) if ch == "\n")]
    for a in starts:
        yield view, a, len(norm)
        nl = norm.find("\n", a)
        yield view, a, len(norm) if nl < 0 else nl


def test_no_place_found_gives_no_candidate_as_the_plain_reading_does() -> None:
    """:func:`sections._candidates` answers ``[]`` when its scan finds no place and the
    range opens with no marker's first character, without reading the places; lead-ins
    (a colon, text after it) aside, which hold no item with nothing else found."""
    skipped = read = lead_ins_only = 0
    texts = [g.text() for g in all_letters()] + _SNIPPETS
    for text in texts:
        for view, a, b in _ranges(text):
            marks = sections._scan(view.norm, a, b)
            plain = sections._read_candidates(view, a, b, marks)
            assert sections._candidates(view, a, b) == plain, (text[:40], a, b)
            places = [marks.line_starts, marks.sentence_ends, *marks.inline]
            if any(places) or (a < b and view.norm[a] in sections._MARKER_OPENERS):
                read += 1
            else:
                skipped += 1
                lead_ins_only += bool(marks.lead_ins)
    # both paths are taken often, so the comparison is not vacuous
    assert skipped >= at_least(1000, 20)
    assert read >= at_least(1000, 20)
    assert lead_ins_only >= at_least(200, 5)


_QUOTED = [
    "关于“尽快建成。”的问题已答复。",
    "关于“尽快建成。的问题\n已答复。",
    "“加强管理”\n二、完善设施",
    "关于‘一是’的说明；其余",
    "「某某」项目已完成！后续",
    "『某某』",
    "“未闭合的引号",
    "建议：一是“先规划。”；二是后实施。",
]


def _plain_heading(view: TextView, a: int, b: int) -> str:
    """:func:`sections._heading` as it read before the stop and the opening marks were
    searched together: the first stop, then the marks before it."""
    m = sections._HEADING_END.search(view.norm, a, b)
    if m is not None and re.search(f"[{OPEN_QUOTES}]", view.norm[a : m.start()]) is not None:
        m = sections._end_outside_quotes(view.norm, sections._HEADING_END, a, b)
    if m is not None:
        b = m.start()
    while b > a and view.norm[b - 1] in sections._HEADING_TRIM:
        b -= 1
    return view.written(a, b) if b > a else ""


def test_headings_read_as_the_plain_reading_does() -> None:
    quoted = 0
    texts = [g.text() for g in all_letters()] + _SNIPPETS + _QUOTED
    for text in texts:
        for view, a, b in _ranges(text):
            for start in (a, min(a + 2, b)):
                heading = sections._heading(view, start, b)
                assert heading == _plain_heading(view, start, b), (text[:40], start, b)
                quoted += any(q in view.norm[start:b] for q in OPEN_QUOTES)
    assert quoted >= at_least(500, 20)  # ranges with a quotation mark are read too


def test_markers_are_written_as_the_view_writes_them() -> None:
    """:func:`sections._marker_written` skips the view's searches for a space or a line
    break, and the sections' spans of a marker skip the view's test for an empty range:
    every candidate marker holds neither and is never empty."""
    seen = 0
    texts = [g.text() for g in all_letters()] + _SNIPPETS + _QUOTED
    texts += [
        "1 . 加强管理\n2 . 完善设施",
        "（ 一 ）加强管理\n（二）完善设施",
        "一 、加强\n二、完善",
        "１．加强\n２．完善",
    ]
    for text in texts:
        for view, a, b in _ranges(text):
            marks = sections._scan(view.norm, a, b)
            for cand in sections._read_candidates(view, a, b, marks):
                marker = view.norm[cand.start : cand.end]
                assert marker and " " not in marker and "\n" not in marker, (text[:40], cand)
                written = view.written(cand.start, cand.end)
                assert sections._marker_written(view, cand) == written, (text[:40], cand)
                seen += 1
    assert seen >= at_least(1000, 20)


def test_headings_of_a_text_without_spaces_read_as_the_view_writes_them() -> None:
    """:func:`sections._heading` told that ``norm`` holds no space slices the letter
    without the view's searches for a space or a line break; told that it holds one, it
    asks them, for a blank the letter wrote otherwise (a tab, a full-width space) is read
    as one and written as " " (the snippets after the first: the slice would keep it)."""
    unspaced = 0
    texts = [g.text() for g in all_letters()] + _SNIPPETS + _QUOTED + ["一、加强　管理。"]
    texts += [
        "一、系统名称：City Data　Service Platform Phase Two。",
        "一、平台英文名称为Smart City Data\tService Platform。",
    ]
    for text in texts:
        for view, a, b in _ranges(text):
            spaced = " " in view.norm
            unspaced += not spaced
            for start in (a, min(a + 2, b)):
                heading = sections._heading(view, start, b, spaced)
                assert heading == _plain_heading(view, start, b), (text[:40], start, b)
    assert unspaced >= at_least(500, 20)


def _plain_read_candidates(
    view: TextView, start: int, end: int, marks: sections._Marks
) -> list[sections._Candidate]:
    """:func:`sections._read_candidates` as it read before its readers were asked only for
    the places found: every reader asked, the markers sorted."""
    norm = view.norm
    found = []
    for pos in [start, *marks.line_starts] if start < end else marks.line_starts:
        cand = sections._line_candidate(view, pos, end, counts=True)
        if cand is not None:
            found.append(cand)
    mid = sections._after_sentence_ends(view, marks.sentence_ends, end, found)
    found.extend(sections._glued_first_items(view, marks.lead_ins, end, found, mid))
    found.extend(mid)
    at_line = {c.start for c in found}
    for (style, pattern), places in zip(sections._INLINE_MARKERS, marks.inline, strict=True):
        for at in places:
            m = pattern.match(norm, at, end)
            if at in at_line or m is None:
                continue
            glued = sections._glued_first(view, m, end)
            if at > start and norm[at - 1] not in sections._INLINE_AFTER and not glued:
                continue
            number = sections._number(style, m)
            if number:
                at_line_start = at == start or norm[at - 1] == "\n"
                found.append(sections._Candidate(style, number, at, m.end(), at_line_start))
    found.sort(key=lambda c: c.start)
    return found


def test_candidates_read_only_where_a_place_was_found_as_the_plain_reading_does() -> None:
    """:func:`sections._read_candidates` skips the reader of sentence ends, of lead-ins
    and of inline markers when the scan found none of its places, the sorting when only
    line markers were read (in text order already), and the range's first line when it
    opens with no marker's first character."""
    no_sentence_end = no_lead_in = no_inline = only_lines = first_skipped = first_read = 0
    texts = [g.text() for g in all_letters()] + _SNIPPETS + _QUOTED
    texts += ["（一）落实责任\n（二）加强督查\n（三）定期通报", "1.已完成\n2.待验收\n3.已归档"]
    for text in texts:
        for view, a, b in _ranges(text):
            marks = sections._scan(view.norm, a, b)
            read = sections._read_candidates(view, a, b, marks)
            assert read == _plain_read_candidates(view, a, b, marks), (text[:40], a, b)
            first_skipped += a < b and view.norm[a] not in sections._MARKER_OPENERS
            first_read += bool(read) and read[0].start == a
            no_sentence_end += not marks.sentence_ends
            no_lead_in += not marks.lead_ins
            if not any(marks.inline):
                no_inline += 1
                only_lines += len(read) > 1 and not (marks.sentence_ends or marks.lead_ins)
    # each skip is taken often, and so is reading
    assert min(no_sentence_end, no_lead_in, no_inline) >= at_least(1000, 20)
    assert only_lines >= at_least(10, 3)
    # the first line skipped often, and read as a marker often (a marker that opens it)
    assert first_skipped >= at_least(1000, 20)
    assert first_read >= at_least(200, 10)


_NUMERAL_RUNS = [
    "一是加强，二是完善，十一是落实",
    "三十一是，其一是，其十一，二是",
    "一二三是\n是\n十是一是二是",
    "统一是原则：一是，是一是",
]


def test_inline_places_found_at_their_shi_are_where_the_numerals_start() -> None:
    # the scan finds 一是 at its 是 and steps back to its numerals: the same places as the
    # inline pattern's own scan, from every start and to every end (numerals cut off by
    # ``start``, a 是 with none before it, runs of three numerals)
    pattern = sections._INLINE_MARKERS[0][1]
    texts = [*_NUMERAL_RUNS, *_SNIPPETS, *(TextView(g.text()).norm for g in all_letters())]
    found = 0
    for norm in texts:
        size = len(norm)
        ranges = [(0, size)]
        if size < 200:
            ranges += [(a, b) for a in range(size) for b in range(a, size + 1)]
        for start, end in ranges:
            plain = [m.start() for m in pattern.finditer(norm, start, end)]
            assert sections._scan(norm, start, end).inline[0] == plain, (norm, start, end)
            found += len(plain)
    assert found > 500  # not vacuous
