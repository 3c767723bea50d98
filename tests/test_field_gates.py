"""The extractors' cheap gates and bounded searches read the same as the plain scans they
skip: each is switched off here (by patching its bound or set to one that lets everything
through) and the answers compared over every gold letter and invented lines."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goldsets import all_letters, at_least
from replyparse.context import Context, Flat
from replyparse.fields import (
    addressees,
    cc,
    dates,
    handling,
    numerals,
    publicity,
    references,
    sections,
    signature,
    standards,
    title,
)
from replyparse.fields.dates import day_dates, month_dates
from replyparse.fields.docnumber import before_digit
from replyparse.layout import segment
from replyparse.model import Letter
from replyparse.parser import REGISTRY
from replyparse.resegment import resegment
from replyparse.textview import Line, TextView

_LETTERS = [g.text() for g in all_letters()]


class _Everything:
    """A set that holds every character: a gate that lets each line through."""

    def __contains__(self, item: object) -> bool:
        return True


def _views(extra: list[str]) -> Iterator[TextView]:
    for text in _LETTERS + extra:
        yield resegment(TextView(text))


_MARK_LINES = [
    "某交复函〔2017〕19号　B类",
    "B类",
    "B",
    "（A类）",
    "【B】",
    "A类（已解决或采纳）",
    "A类（已解决或采纳",
    "A类（已解决或采纳，已解决或采纳，已解决或采纳）",  # the longest explanation
    "水质II类",
    "办理结果：乙类\\B类",
    "某某局　　　　　　　　　　　　　　　　　　　　　　　　　　　C类）",
]


def test_mark_gate_and_reach_find_what_the_whole_line_search_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    views = list(_views(_MARK_LINES))
    lines = [(view, line) for view in views for line in view.content_lines]
    fast = [handling._mark(view, line) for view, line in lines]
    monkeypatch.setattr(handling, "_MARK_REACH", 10**9)
    monkeypatch.setattr(handling, "_MARK_ENDS", _Everything())
    assert fast == [handling._mark(view, line) for view, line in lines]
    assert any(fast)  # not vacuous


def test_edge_mark_gate_finds_the_first_mark_of_the_plain_walk(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    views = list(_views([*_MARK_LINES, "办理结果\n某某局\n  B类", "第一行\n（A类）\n水质II类"]))
    fast = [handling._edge_mark(view, view.content_lines) for view in views]
    monkeypatch.setattr(handling, "_MARK_ENDS", _Everything())
    plain = [
        next((m for line in view.content_lines if (m := handling._mark(view, line))), None)
        for view in views
    ]
    assert fast == plain
    assert at_least(sum(m is not None for m in fast), 10)  # not vacuous


# -- the signature's date: read on the letter's view, or on a view of the line alone -------

_DATE_LINE = st.one_of(
    st.text(alphabet=st.sampled_from(sorted(signature._DATE_LINE_CHARS)), max_size=16),
    st.lists(
        st.sampled_from(
            ["2021", "1999", "二〇二一", "二OO七", "年", "月", "日", "号", "9", "12", "31"]
        ),
        max_size=8,
    ).map("".join),
)


def _both_readings(view: TextView, line: Line) -> tuple[object, object]:
    """The date line read on the letter's view (the fast branch of signature._date: its day
    dates, else its month date on a line written to the month) and read alone."""
    fast = day_dates(view, line.start, line.end)
    if not fast and signature.MONTH_DATE_LINE.match(line.text):
        fast = month_dates(view, line.start, line.end)
    return fast, signature._day_dates_alone(line)


def test_date_lines_read_the_same_on_the_letters_view() -> None:
    compared = 0
    for view in _views(["某某局\n2021年9月3日", "二〇二一年九月三日\n", "2019月6月11日"]):
        for line in view.content_lines:
            if signature._DATE_LINE_CHARS.issuperset(line.text):
                fast, alone = _both_readings(view, line)
                assert fast == alone, line.text
                compared += bool(fast)
    assert compared > at_least(40, 15)  # not vacuous


@settings(max_examples=500, deadline=None)
@given(_DATE_LINE, st.sampled_from(["", "某某局\n", "1.\n", "联系电话：13900000123\n"]))
def test_any_date_line_reads_the_same_on_the_letters_view(text: str, before: str) -> None:
    view = TextView(before + text + "\n（此件公开发布）")
    # the line alone is its own view, or the view makes of it no date line, which the
    # fast branch never reads (0一0 reads 0-0, 2O21年 reads 2021年: its own view then)
    alone = TextView(text).norm
    if alone != text:
        assert not signature._DATE_LINE_CHARS.issuperset(alone) or TextView(alone).norm == alone
        return
    line = next(line for line in view.lines if line.start == len(before))
    assert line.text == text
    fast, alone = _both_readings(view, line)
    assert fast == alone


def _plain_days() -> list[str]:
    """Date lines in figures: every day of a leap year and of a common one (each written
    plainly and padded), the days that do not exist, and the years at the ends."""
    out = []
    for year in (2024, 2023):
        for month in range(0, 14):
            for day in range(0, 33):
                out += [f"{year}年{month}月{day}日", f"{year}年{month:02d}月{day:02d}日"]
    return [*out, "1900年1月1日", "1899年12月31日", "2099年12月31日", "2100年1月1日"]


def test_plain_days_read_as_the_date_finder_reads_them() -> None:
    read = 0
    for text in _plain_days():
        for before in ("", "某某局\n"):
            view = TextView(before + text + "\n（此件公开发布）")
            line = next(line for line in view.lines if line.start == len(before))
            fast = signature._plain_day(line)
            if fast is not None:
                assert fast == day_dates(view, line.start, line.end), text
                read += 1
    assert read > 2 * 700  # not vacuous: every day of both years, both ways


def test_every_short_date_line_is_its_own_view() -> None:
    """Each short line of date characters is its own view, or the view makes of it a line
    that is no date line (0一0 reads 0-0: the fast branch never reads it)."""
    chars = sorted(signature._DATE_LINE_CHARS)
    changed = 0
    for n in (1, 2, 3):
        for text in map("".join, itertools.product(chars, repeat=n)):
            norm = TextView(text).norm
            if norm != text:
                assert not signature._DATE_LINE_CHARS.issuperset(norm), text
                changed += 1
    assert changed < 200  # only 一 between two figures: ten times ten


# -- sections: a line that opens with no marker's first character ---------------------------


class _EveryMarker:
    """Every line marker for a line opening with any character: tried one by one."""

    def get(self, char: str) -> object:
        return sections._LINE_MARKERS


def test_openers_gate_skips_no_line_candidate(monkeypatch: pytest.MonkeyPatch) -> None:
    views = list(_views(["一、加强管理\n（一）1.2021年\n①　⑴ ⒈ 第一，其一，"]))
    places = [(view, pos) for view in views for pos in range(len(view.norm) + 1)]
    fast = [
        sections._line_candidate(view, pos, len(view.norm), counts=True) for view, pos in places
    ]
    monkeypatch.setattr(sections, "_LINE_MARKERS_AT", _EveryMarker())
    slow = [
        sections._line_candidate(view, pos, len(view.norm), counts=True) for view, pos in places
    ]
    assert fast == slow
    assert sum(c is not None for c in fast) > 100  # not vacuous


# -- whole-letter gates: cc and publicity ------------------------------------------------


def _contexts(extra: list[str]) -> list[Context]:
    """Each letter read up to its extractors, every extractor's items added."""
    out = []
    for text in _LETTERS + extra:
        view = resegment(TextView(text))
        ctx = Context(view=view, layout=segment(view), letter=Letter(source=None, text=text))
        for extractor in REGISTRY:
            for item in extractor.run(ctx):
                ctx.add(item)
        out.append(ctx)
    return out


def test_every_publicity_word_says_what_the_gate_looks_for() -> None:
    assert all(publicity._SAYS in e.spelling for e in publicity._LABELS.entries)
    assert all(publicity._SAYS in e.spelling for e in publicity._MARKS)


def test_letters_without_a_label_have_no_cc_or_publicity(monkeypatch: pytest.MonkeyPatch) -> None:
    contexts = _contexts(["某某局\n抄送：县政府办，县人大。", "（此件公开发布）", "报送：甲委"])
    fast = [(cc.extract(ctx), publicity.extract(ctx)) for ctx in contexts]
    monkeypatch.setattr(publicity, "_SAYS", "")
    assert fast == [(cc.extract(ctx), publicity.extract(ctx)) for ctx in contexts]
    assert sum(bool(a) for a, _ in fast) > 10 and sum(bool(b) for _, b in fast) > 10


_CC_TEXTS = [
    "某某局\n抄送：县政府办，县人大。",
    "报送：甲委",
    "某某局\n抄送单位：县政府办。",
    "某某局\n抄报单位：县政府办、县政协。",
    "联系人：王某 抄送机关：县人大",
    "分送：甲局，乙局",
    "送：县档案馆",
    "2021年9月3日抄送：县政府办",
    "我局已将有关情况报送县政府。",
]


def test_cc_gate_skips_no_letter_with_a_list(monkeypatch: pytest.MonkeyPatch) -> None:
    contexts = _contexts(_CC_TEXTS)
    fast = [cc.extract(ctx) for ctx in contexts]
    monkeypatch.setattr(cc, "_may_hold_list", lambda norm: True)
    assert fast == [cc.extract(ctx) for ctx in contexts]
    assert sum(bool(found) for found in fast) >= at_least(30, 8)  # not vacuous


_CODES = [
    "按照GB/T 9704-2012执行。",
    "参照DB35/T 2036-2021和JGJ 79-2012。",
    "依据DL 5009-2014办理。",
    "依据SL 252-2017办理。",
    "执行HJ 2.2-2018，电话：0000-5550123。",
    "符合WS/T 10-2009和NY 525-2021、LY 1000-2019、YY 0466-2009、CJJ 1-2008。",
    "联系电话：0755-1234567，邮编518000。",
    "JT/T 1-2000",
    "GB 50016",
]


def test_every_code_prefix_holds_a_gate_letter() -> None:
    m = re.match(r"\(\?:([A-Z|]+)\)", standards._CODE.pattern)
    assert m is not None
    prefixes = m.group(1).split("|")
    assert len(prefixes) >= 10
    for prefix in prefixes:
        assert any(letter in prefix for letter in standards._PREFIX_LETTERS), prefix


def test_standard_code_gates_skip_no_code(monkeypatch: pytest.MonkeyPatch) -> None:
    """The prefix letters' gate, then the dash's too, switched off ("" is in every text)."""
    contexts = _contexts(_CODES)
    fast = [standards.extract(ctx) for ctx in contexts]
    monkeypatch.setattr(standards, "_PREFIX_LETTERS", ("",))
    assert fast == [standards.extract(ctx) for ctx in contexts]
    monkeypatch.setattr(standards, "_CODE_HOLDS", "")
    assert fast == [standards.extract(ctx) for ctx in contexts]
    assert sum(bool(found) for found in fast) >= 5  # not vacuous


# -- references: a line a 发文字号 is cut after ----------------------------------------------


def test_cut_number_gate_finds_what_the_search_finds() -> None:
    texts = [
        "某政复〔2020〕",
        "某政复〔2020〕第",
        "某政复〔2020〕12",
        "［2021］",
        "（2019",
        "〔2018〕9\n号",
    ]
    lines = [line for view in _views(texts) for line in view.content_lines]
    for line in lines:
        last = line.text[-1:]
        gate = last.isdigit() or last in references._CUT_NUMBER_ENDS
        assert gate or not references._CUT_NUMBER.search(line.text), line.text
    assert sum(bool(references._CUT_NUMBER.search(line.text)) for line in lines) >= 5


_WRAPPED = [
    "依据某政复〔2020〕\n4号文件办理。",
    "按照《某办〔2019〕第\n12号》执行。",
    "某政发［2021］1\n2号",
    "（2019年）\n工作",
    "没有文号的一封信\n第二行",
]


def test_wrapped_numbers_gate_reads_as_every_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """A letter holding no bracketed year anywhere is not read line by line for a 发文字号
    a line break cuts: the same numbers as when every letter is."""
    views = list(_views(_WRAPPED))
    brackets = [before_digit(view.norm, references._BRACKETS) for view in views]
    fast = [references._wrapped_numbers(view, b) for view, b in zip(views, brackets, strict=True)]
    # every place of every letter
    monkeypatch.setattr(references, "_cut_number_opens", lambda norm, _: range(len(norm) + 1))
    plain = [references._wrapped_numbers(view, b) for view, b in zip(views, brackets, strict=True)]
    assert fast == plain
    assert sum(len(found) for found in fast) >= 3  # not vacuous


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.one_of(st.sampled_from(list(" \t\n\u3000\r\xa0关于建议")), st.characters()))
)
def test_flat_drops_the_blanks_as_a_table_would(text: str) -> None:
    """:func:`references._flat` drops what a ``translate`` deleting :data:`references._WS`
    drops, and nothing else."""
    assert references._flat(text) == text.translate(str.maketrans("", "", references._WS))


def test_code_run_holds_the_code_characters() -> None:
    """:data:`references._CODE_RUN` takes a character exactly where
    :func:`references._is_code_char` says a code holds it."""
    for code in range(0x30000):
        ch = chr(code)
        assert bool(references._CODE_RUN.fullmatch(ch)) == references._is_code_char(ch), ch


def _plain_code_start(norm: str, start: int, end: int, codes: set[str]) -> int:
    """:func:`references._code_start` as first written: one character at a time."""
    chars = (i for i in range(start, end) if not references._is_code_char(norm[i]))
    bracket = next(chars, end)
    prefix = norm[start:bracket]
    cut = (
        1 if start > 0 and norm[start - 1].isdigit() and prefix[:1] in references._DATE_UNITS else 0
    )
    for i, ch in enumerate(prefix[:-1]):
        if ch in references._NOT_CODE:
            cut = max(cut, i + 1)
    for code in codes:
        if len(code) >= 2 and prefix.endswith(code) and len(prefix) - len(code) > cut:
            cut = len(prefix) - len(code)
    return start + cut


@pytest.mark.parametrize(
    "text",
    [
        "下达了某政复〔2020〕4号",
        "5月10日下达了某政复〔2020〕4号",
        "以某办发〔2019〕12号文件和某政函〔2018〕3号",
        "由ABC〔2021〕1号",
        "〔2021〕1号",
        "对了以将由某〔2021〕1号",
    ],
)
def test_code_start_reads_as_one_character_at_a_time(text: str) -> None:
    end = text.index("〔")
    for start in range(end + 1):
        for codes in (set(), {"某政复", "某办发", "政函", "某"}):
            assert references._code_start(text, start, end, codes) == _plain_code_start(
                text, start, end, codes
            )


def test_references_of_a_letter_with_no_title_read_no_excluded_text() -> None:
    """The excluded texts are flattened only when a 《title》 is found: a letter with none
    gives the same references with any exclusion list."""
    for view in _views(["依据某政复〔2020〕4号办理。", "关于某事的建议收悉。"]):
        if references._titles(view.norm):
            continue
        plain = references._references(view, [], exclude=[])
        assert plain == references._references(view, [], exclude=[(0, 0)])


_YEARLESS_TEXTS = [
    "2024年5月6日召开会议，6月15日前完成，3月试点以来。",
    "2021年9月3日\n5月10日",
    "自2022年1—6月起，7-9月推进；2019月6月11日",
    "2018年9月10至14日，10月1日、2日",
    "二〇二四年五月\n十二月三日",
]


def test_yearless_dates_skip_only_lines_whose_months_are_taken(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A line whose every 月 stands inside a date found already is not searched for a date
    with no year: the same dates as when every line holding 月 is."""
    norms = [view.norm for view in _views(_YEARLESS_TEXTS)]
    fast = [dates._found(norm, 2024) for norm in norms]
    plain = dates._yearless_matches
    monkeypatch.setattr(
        dates, "_yearless_matches", lambda norm, dated, taken: plain(norm, dated, [])
    )
    assert fast == [dates._found(norm, 2024) for norm in norms]
    assert sum(f.inferred for found in fast for f in found) >= 5  # not vacuous


@pytest.mark.parametrize("text", ["0", "7", "2021", "0012", "9" * 40, "1" * 41])
def test_ascii_digits_read_as_digits_one_by_one(text: str) -> None:
    expected = 0
    for ch in text:
        expected = expected * 10 + "0123456789".index(ch)
    assert numerals.chinese_to_int(text) == (expected if len(text) <= 40 else None)


# -- salutation: the greeting, note and co-signers' patterns only where they may match ----------


def test_every_blank_is_a_space_or_unprintable() -> None:
    """:func:`addressees._without_blanks` gives a text with no space, all printable, back as
    it is: every character the blanks' pattern finds is a space or unprintable."""
    for code in range(0x110000):
        char = chr(code)
        if addressees._BLANKS.match(char) or char.isspace():
            assert char == " " or not char.isprintable(), hex(code)
    for text in ["王 某", "王\u3000某", "王某\t", "王某", "", "\u200b王某"]:
        assert addressees._without_blanks(text) == addressees._BLANKS.sub("", text)


_SALUTATION_PIECES = [
    "王某", "委员", "代表", "，", " ", "\u3000", "！", "。", "您好", "你好", "您们好", "你们好",
    "大家好", "（", "）", "(", ")", "领衔", "牵头代表", "并", "及", "和", "暨", "与", "以及", "各位",
    "附议人", "联名代表", "共同提案委员", "联署人", "其他提案人", "其他代表", "们",
    "等", "3", "十", "位", "名", "诸位", "各位",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SALUTATION_PIECES), max_size=10).map("".join))
def test_salutation_patterns_hold_what_their_gates_look_for(text: str) -> None:
    """:func:`addressees.find_addressees` tries the greeting only on a text with 好, the
    note beside a name only on one with a bracket, the co-signers only where
    :data:`addressees._COSIGNED` finds a character: each of their matches holds it."""
    for m in addressees.GREETING_END.finditer(text):
        assert "好" in m.group()
    for m in addressees._NOTE_BESIDE.finditer(text):
        assert "（" in m.group() or "(" in m.group()
    for m in addressees._COSIGNERS.finditer(text):
        assert addressees._COSIGNED.search(m.group())
    group = addressees._GROUP.match(text)
    assert group is None or any(ch in text for ch in "等位名")


def test_cut_written_counts_as_one_character_at_a_time() -> None:
    for written in ["王某", "王 某", "王\u3000某 代表", "", "王某\t", "\u200b王某"]:
        for flat_len in range(len(written) + 2):
            seen, plain = 0, len(written)
            for i, ch in enumerate(written):
                if seen == flat_len:
                    plain = i
                    break
                seen += not ch.isspace()
            assert addressees._cut_written(written, flat_len) == plain, (written, flat_len)


def test_salutation_gates_are_tried_on_matches() -> None:
    texts = ["王某委员您好", "王某（领衔）", "王某委员以及其他代表", "王某委员和其他提案人）"]
    assert addressees._GROUP.match("王某等3位代表") and addressees._GROUP.match("王某3名委员")
    assert addressees.GREETING_END.search(texts[0])
    assert addressees._NOTE_BESIDE.search(texts[1])
    assert all(addressees._COSIGNERS.search(t) for t in texts[2:])


# -- title: lines without spaces read as written whole -----------------------------------


def test_title_lines_read_as_the_flat_reading_gives_them() -> None:
    compared = 0
    for view in _views(["关于某某的答复（A类）\n某  某\n\n第二行\n", "（２０２１）\u200b号\n"]):
        lines = view.content_lines
        runs = [lines[i:j] for i in range(len(lines)) for j in range(i, min(i + 3, len(lines)) + 1)]
        runs.append(segment(view).title)
        for run in runs:
            ranges = [(line.start, line.end) for line in run]
            plain = Flat.of(view, *ranges, drop=" \n", written=True)
            assert title.written_flat(view, run) == plain, [line.text for line in run]
            compared += len(run)
    assert compared > at_least(4000, 50)  # not vacuous


def test_signers_read_as_the_flat_reading_gives_them() -> None:
    compared = 0
    for view in _views(["某某局  某某委\n某 局\n\n（２０２１）\u200b号\n"]):
        for line in view.content_lines:
            for end in range(line.start, line.end + 1):
                plain = Flat.of(view, (line.start, end), drop=" ", written=True)
                assert signature._written(view, line.start, end) == plain, line.text
                compared += 1
    assert compared > at_least(30000, 500)  # not vacuous


# -- sections: a heading's end read without counting quotes where none opens ------------------

_QUOTED_HEADINGS = [
    "一、关于“尽快建成。”的问题。正文\n二、”已完成。“未完\n三、‘甲；乙’；丙\n四、无标点\n五、「一。」二。",
]


def _heading_counting_quotes(view: TextView, a: int, b: int) -> str:
    """:func:`sections._heading` as it read before its shortcut: every quote counted."""
    m = sections._end_outside_quotes(view.norm, sections._HEADING_END, a, b)
    if m is not None:
        b = m.start()
    while b > a and view.norm[b - 1] in sections._HEADING_TRIM:
        b -= 1
    return view.written(a, b) if b > a else ""


def test_headings_read_as_counting_every_quote() -> None:
    compared = quoted = 0
    for view in _views(_QUOTED_HEADINGS):
        norm = view.norm
        starts = [line.start for line in view.content_lines]
        if len(norm) < 100:
            starts = list(range(len(norm)))
        for a in starts:
            for b in {len(norm), norm.find("\n", a) if "\n" in norm[a:] else len(norm)}:
                plain = _heading_counting_quotes(view, a, b)
                assert sections._heading(view, a, b) == plain, (norm[a:b], a, b)
                compared += 1
                quoted += any(q in norm[a:b] for q in "“‘「『")
    assert compared > at_least(1500, 300) and quoted > 50  # not vacuous
