"""Re-segmentation's shortcuts (resegment.py) read as the plain readings they stand for.

Each shortcut of the boundary finders (a search tried only where a match may start, a
pattern written to open with one class, a gate that spares a finder a line with nothing
of its kind) is checked two ways: the shortcut against the plain reading on every line of
the letters (the bundled samples, the seeds and the corpus when the shared folder is
there) and on snippets invented here, and the whole re-segmentation with every shortcut
on against the same with each forced back to the plain reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import goldsets
from replyparse import resegment as R
from replyparse import vocab
from replyparse.textview import Line, TextView, normalise_newlines
from replyparse.unwrap import unwrap

# The plain spellings of the patterns resegment writes to open with one class, or as a
# tree of shared beginnings.
_PLAIN_SECRECY = re.compile(
    r"\d{6}(?!\d)|(?:特急|加急|平急|特提|秘密|机密|绝密)(?:★(?:\d{1,2}年|长期))?"
)
_PLAIN_SALUTATION_END = re.compile(
    "|".join(
        re.escape(w)
        for w in sorted(
            # (组: an office's unit before its colon, left74a)
            {*vocab.words("roles"), "代表团", "组", *vocab.words("org_suffixes")},
            key=lambda w: (-len(w), w),
        )
    )
)
_PLAIN_OTHER_CLOSING = re.compile(
    r"[此本][件函答回复]|[〔\[［【（](?:\d{4}|\d{2})[〕\]］】）]|印发"
)


class _PlainReader(R._Reader):
    """The boundary finders with every shortcut read the plain way."""

    def printed(self, start: int, end: int) -> list[re.Match[str]]:
        return list(R._PRINTED.finditer(self.norm, start, end))

    def signed_dates(self, start: int, end: int) -> list[re.Match[str]]:
        return list(R._SIGNED_DATE.finditer(self.norm, start, end))

    def _authority_before(self, pos: int, start: int, *, after_start: bool = False) -> int | None:
        return super()._authority_before(pos, start)

    def _words_go_on(self, role_end: int) -> bool:
        """Every role word asked whether a salutation ends with it."""
        return False

    def body_cuts(self, start: int, end: int, line: Line | None = None) -> list[R._Cut]:
        """The body read without its line (found from ``start``, its start searched back
        for)."""
        return super().body_cuts(start, end)

    def _closing_counts(self, start: int, end: int, line_start: int, text: str) -> bool:
        """Every body line's closing elements read, whatever it holds."""
        return True

    def _undated_signer(
        self, start: int, end: int, closing: list[R._Cut], line_start: int | None = None
    ) -> list[R._Cut]:
        """Each place asked for a name, a paragraph's end before it or not."""
        last = end == self.lines[-1].end
        out: list[R._Cut] = []
        for pos in ([end] if last else []) + [cut.at for cut in closing]:
            back = pos
            while back > start and self.norm[back - 1] in R._SEPARATORS:
                back -= 1
            if not self._may_end_name(back, start):
                continue
            if R._DATE_BEFORE.search(self.norm, max(start, back - 12), back):
                continue
            name = self._authority_before(back, start)
            if name is not None and name > start and self.before(name) in R._PARAGRAPH_END:
                out.append(R._Cut(name, True))
        return out


def _plain_closing_counts(reader: R._Reader, start: int, end: int) -> bool:
    """``_closing_counts`` read the plain way: the hint searched for, every colon after
    the line's start with a label's last character before it listed, each bracket asked."""
    norm = reader.norm
    if R._CLOSING_HINT.search(norm, start, end) is None:
        return False
    if R._OTHER_CLOSING.search(norm, start, end) is not None:
        return True
    colons = [c for c in range(start + 1, end) if norm[c] == "：" and norm[c - 1] in R._LABEL_LAST]
    ended = R._PARAGRAPH_END_CHAR.search(norm, norm.rfind("\n", 0, start) + 1, end)
    if ended is not None and (
        (colons and ended.start() < colons[-1])
        or reader.gaps_in(start + 1, end)
        or end == reader.lines[-1].end
    ):
        return True
    if any(norm[b] == "）" and reader.gap(b + 1) for b in range(start, end - 1)):
        return True
    copied = any(norm[c - 1] in R._CC_LAST for c in colons)
    return copied and any(m.start() > start for m in R._CC_LABEL.finditer(norm, start, end))


def _plain_signed_date(reader: R._Reader, start: int, end: int) -> re.Match[str] | None:
    """``signed_date`` with every line holding 20 or 19 searched for a year's digits."""
    norm = reader.norm
    text = norm[start:end]
    year = text.find("年")
    while year >= 0:
        if year >= 4 and (date := R._SIGNED_DATE.match(norm, start + year - 4, end)) is not None:
            return date
        year = text.find("年", year + 1)
    m = R._YEAR_DIGITS.search(norm, start, end)
    while m is not None:
        if (date := R._SIGNED_DATE.match(norm, m.start(), end)) is not None:
            return date
        m = R._YEAR_DIGITS.search(norm, m.start() + 1, end)
    return None


def _plain_signer_above_date(reader: R._Reader, line: Line, start: int, below: Line) -> int | None:
    """``signer_above_date`` read in the order of its questions: the date below first,
    then the name."""
    norm = reader.norm
    if not reader._may_end_name(line.end, start):
        return None
    date = R._SIGNED_DATE.match(norm, below.start, below.end)
    if date is None:
        return None
    if date.group("damaged") is not None and date.end() != below.end:
        return None
    after = date.end()
    ends = after == below.end or reader.gap(after)
    if not (ends or R._CC_LABEL.match(norm, after) or R._LABEL.match(norm, after)):
        return None
    name = reader._authority_before(line.end, start)
    if name is None or name <= start:
        return None
    prev = reader.before(name)
    numbered = norm[line.start : name].isdigit()
    return (
        name
        if prev in R._SENTENCE_END or (prev.isdigit() and not numbered) or reader.gap(name)
        else None
    )


def _plain_tail(reader: R._Reader, pos: int, end: int) -> list[int] | None:
    """``_tail`` without its gate: every place it may try is tried."""
    norm = reader.norm
    endings = [m.span() for m in R._TITLE_END.finditer(norm, pos, end)]
    ends = [e for _, e in endings]
    starts = [p for p in reader.gaps_in(pos + 1, end) if norm[p] != " "]
    label = reader._header_label_after(pos + 1, end)
    if label is not None and not any(a <= label < e for a, e in endings):
        starts.append(label)
    for p in sorted({*starts, *ends}):
        if not pos < p < end:
            continue
        number = R._DOC_NUMBER.match(norm, p, end)
        if number is not None and any(p < e <= number.start("open") - 2 for e in ends):
            continue
        out = [p]
        q = p
        while q < end:
            found = reader._tail_element_at(q, end, after_element=q != p)
            if found is None:
                break
            q = reader.skip_space(found)
            if q < end:
                out.append(q)
        if q >= end:
            return out
    return None


def _plain_holds_furniture(norm: str) -> bool:
    """Whether ``_FURNITURE`` matches anywhere in ``norm``."""
    return R._FURNITURE.search(norm) is not None


def _plain_gap_places(view: TextView) -> list[int]:
    """The places of gaps as the reader finds them, read one set at a time: the view's gaps,
    the line starts after a skip, the places beside each kept space or |."""
    norm, origin = view.norm, view.origin
    places = set(view.gaps_in(0, len(norm)))
    places.update(
        line.start
        for line in view.lines
        if 0 < line.start < len(norm) and origin[line.start] - origin[line.start - 1] > 1
    )
    for i, ch in enumerate(norm):
        if ch in R._SEPARATORS:
            places.update((i, i + 1))
    return sorted(p for p in places if 0 < p < len(norm))


class _Every:
    """Holds every character: a gate on the first character that lets each through."""

    def __contains__(self, item: object) -> bool:
        return True


class _FirstOfMarker:
    """The characters ``_MARKER_FIRST`` matches, asked of the pattern itself."""

    def __contains__(self, item: object) -> bool:
        return isinstance(item, str) and R._MARKER_FIRST.fullmatch(item) is not None


class _Found:
    """A pattern's stand-in whose search finds something everywhere: a gate on it lets
    every line through."""

    def search(self, *args: object) -> bool:
        return True


def _plain_breaks(view: TextView) -> R.Breaks:
    """``find_breaks(view)`` with the shortcuts off: the plain reader, every numeral a
    marker may open with tried as a marker (marker_at checks its shape itself), the
    salutation's pronoun and verb asked after any character."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(R, "_Reader", _PlainReader)
        patch.setattr(R, "_MARKER_CANDIDATE", R._MARKER_FIRST)
        patch.setattr(R, "_MARKER_FIRSTS", _FirstOfMarker())
        patch.setattr(R, "_PRONOUN_FIRST", _Every())
        patch.setattr(R, "_ASKED_FIRST", _Every())
        patch.setattr(R, "_PHONE_DIGITS", _Found())
        return R.find_breaks(view)


# Snippets written for these tests: the edges of each shortcut (印发 after a date and
# as a verb, after each character a date may end with; dates of each kind, overlapping
# years; numerals with a mark within four characters and past them; a note's head, a
# bracketed year, 印 alone).
_SNIPPETS = [
    "经研究，县政府办公室印发了《实施方案》，2023年5月6日印发的通知已转达。",
    "某县交通运输局办公室2024年6月26日印发\n某局2023年6月印发\n某局2023712日印发",
    "二〇二一年十二月三十一日印发 二〇二一年十二月印发 2021 9 16印发 2021年8月30印发",
    "印发印发2021年5月6日印发印发 号印发 月印发 1印发 a印发\n印发\n5印发",
    "1998 1230 2019年 1999年5 19981230 2020 1 20211 20 19 2019\n1999 1230\n20 2020 12\n",
    "感谢支持。某局 2025 915\n20192020 12\n2019 2020年5月6日 2021年5月6日2022年1月2日",
    "二〇二四年五月 2024年5月 年2020 5 19999 20201 2020年",
    "一、基本情况 二、下一步 （一）加固 1.5公里 八、九十年代 2019年5月10日，第三，①甲②乙",
    "共计37.61万元；十四五期间，1、甲 2、乙\n第一，第二条：1）2）⑴⒈\n一\n1\n一二三四五，",
    "此件主动公开 本函 〔2021〕 〔21〕 【2021】 （2021） 印 此 本 〔 2021〕",
    "联系人：王某 联系电话：0000-1234567\n抄送：某局。\n（此件公开发布）某县某局",
    "特急 加急 平急 特提 秘密 机密 绝密★1年 秘密★长期 机密★12年 特密 加提 绝急 123456 1234567",
    "尊敬的人大代表：\n各位委员们：\n某县人民政府办公室 某管理委员会 全国人大代表 代表团",
    "感谢支持。某县交通运输局\n2021年5月6日\n统计表某县农业农村局\n2021年5月6日\n、某局\n2021年5月6日",
    "某县水利局\n2022年3月4日\n附件：资金明细表某县财政局\n此致敬礼某局\n某 县 民 政 局\n2021年1月2日",
    "感谢您的关心。 某县水利局 联系人：王某\n请继续支持！”某局联系电话：123\n欢迎指导？某县交通运输局",
    "谢谢。（此件公开）某局\n某局。 某县人民政府\n苏晴代表：谢谢！ 某局\n。某局\n谢谢。某县局",
    "关于第5号建议的答复 苏晴代表您好 王某委员们提出的建议 李某代表在会议上 赵某代表所提",
    "关于第5号建议的答复\n苏晴代表\n您们提出的 田禾委员 你好 吴溪代表 领衔 某局 提交",
    "承办负责人：廖全\n签发人：孙家辉联系人：王勇\n谢谢。联系人：王某\n（附件） 联系人：李某",
    "抄送：某局。\n某局抄送：某委\n谢谢 联系人及电话王某123\n感谢。某县某局 联系电话：123",
    "联系单位：某县交通运输局联系电话：0736-3221231\n特此函复！某县水利局（此件公开发布）",
    "您好。联系人：王某。\n联系人：张某，电话：1234。 某县水利局\n联系人：张某 抄报：某委",
    " |某局 | 关于 GB 9704 的答复｜\n\n　　张代表：\n  您好|谢谢 |",
    "第2页 共3页 — 2 — ——3—— IMAGE1.PNG ımage2.gif 电话0736-3221231 2023-04-05 e1 第十条",
    "共12页第3页\n-1-\n第1页，共2页\nİmage3.jpg\n图1 image 4.wmf",
    "第3条 共6次 第12号\n电话0736-3221231\n图 IMAGE5.EMF",
    "第3条 共6次 ——7—— 第1",
    "第3条 共6次 第一页",
    # colons no label stands before (如下：, 时间：), with a paragraph's end before them
    "收悉。现答复如下：一是加强巡查。某局\n谢谢。原因如下：某县水利局\n。：联系人：王某 办理单位 某局",
    "谢谢。意见：某局 抄送：\n已办结。报：某委\n感谢。时间：2021年5月6日某局\n：某局。电话：1",
    # every hint of a closing element but the colon, each alone on its line
    "依据某发［2021］5号办理。\n某办[2020]3号已废止。\n由承办科室办理。\n请与我们联系。\n本件不公开。"
    "\n此件已收到。\n已印发。\n某〔2021〕号\n某【2021】号\n（2021）\n。：王某人\n谢谢。",
    # hard-wrapped (unwrap joins its lines: a joined break is a gap to gap(), not to the view)
    "某局\n关于某建议的答复\n钱某代表：\n我局高度重视，会同有关部门逐条研究，现答复如\n"
    "下：今年以来，对城郊公交线路站点进行梳理。某\n县交通运输局联系人及电话王某（此件公开发布）\n"
    "联系人：孙某，经研究，现将有关情况函复如下，\n感谢您对交通运输工作的关心和支持，谢谢您。\n"
    "某县交通运输局\n2024年7月15日",
]


def _letter_texts() -> Iterator[tuple[str, str]]:
    for set_name in ("samples", "seeds", "corpus"):
        for letter in goldsets.letters(goldsets.get_set(set_name)):
            yield letter.key, letter.text()


_LETTER_TEXTS = list(_letter_texts())
_TEXTS = [pytest.param(text, id=key) for key, text in _LETTER_TEXTS] + [
    pytest.param(text, id=f"snippet-{i}") for i, text in enumerate(_SNIPPETS)
]


def _views(text: str) -> list[TextView]:
    """The letter's view as parse_text builds it, and its lines joined by a space (a
    flattened copy, where the finders read the most)."""
    return [
        unwrap(TextView(normalise_newlines(text))),
        TextView(" ".join(normalise_newlines(text).split("\n"))),
    ]


def _shortcut_problems(view: TextView) -> list[str]:
    """Where a shortcut and the plain reading part, over ranges of each line."""
    reader = R._Reader(view)
    norm = view.norm
    problems: list[str] = []
    for fast, plain in ((R._SECRECY, _PLAIN_SECRECY), (R._SALUTATION_END, _PLAIN_SALUTATION_END)):
        if [m.span() for m in fast.finditer(norm)] != [m.span() for m in plain.finditer(norm)]:
            problems.append(f"{plain.pattern[:12]}… over the letter")
        for p in range(len(norm)):
            one, other = fast.match(norm, p), plain.match(norm, p)
            if (one and one.span()) != (other and other.span()):
                problems.append(f"{plain.pattern[:12]}… at {p}")
    for p in range(len(norm)):
        for pattern, firsts in ((R._PRONOUN, R._PRONOUN_FIRST), (R._ASKED, R._ASKED_FIRST)):
            if pattern.match(norm, p) and norm[p] not in firsts:
                problems.append(f"{pattern.pattern[:12]}… opens with {norm[p]}")
    for m in R._SALUTATION_END.finditer(norm):
        if reader._words_go_on(m.end()) and reader._salutation_at(m.start(), m.end()):
            problems.append(f"_words_go_on({m.end()})")
    if R._holds_furniture(norm) != _plain_holds_furniture(norm):
        problems.append("_holds_furniture")
    plain_first = R._FIRST_OPENING.search(norm)
    if R._first_opening(norm) != (plain_first.start() if plain_first else -1):
        problems.append("_first_opening")
    if reader._gap_places() != _plain_gap_places(view):
        problems.append("_gap_places")
    for line in reader.lines:
        for lo in {line.start, line.start + 1, line.start + 3}:
            for hi in {line.end - 1, line.end}:
                if lo > hi:
                    continue
                spans = [m.span() for m in reader.printed(lo, hi)]
                if spans != [m.span() for m in R._PRINTED.finditer(norm, lo, hi)]:
                    problems.append(f"printed({lo}, {hi})")
                spans = [m.span() for m in reader.signed_dates(lo, hi)]
                if spans != [m.span() for m in R._SIGNED_DATE.finditer(norm, lo, hi)]:
                    problems.append(f"signed_dates({lo}, {hi})")
                spans = [m.span() for m in R._OTHER_CLOSING.finditer(norm, lo, hi)]
                if spans != [m.span() for m in _PLAIN_OTHER_CLOSING.finditer(norm, lo, hi)]:
                    problems.append(f"_OTHER_CLOSING({lo}, {hi})")
                years = [m.start() for m in R._YEAR_DIGITS.finditer(norm, lo, hi)]
                centuries = [m.start() for m in R._YEAR_20.finditer(norm, lo, hi)]
                centuries += [m.start() for m in R._YEAR_19.finditer(norm, lo, hi)]
                if bool(years) != bool(centuries) or not set(years) <= set(centuries):
                    problems.append(f"_YEAR_20, _YEAR_19({lo}, {hi})")
                fast_date = reader.signed_date(lo, hi)
                plain_date = _plain_signed_date(reader, lo, hi)
                if (fast_date and fast_date.span()) != (plain_date and plain_date.span()):
                    problems.append(f"signed_date({lo}, {hi})")
                if reader._tail(lo, hi) != _plain_tail(reader, lo, hi):
                    problems.append(f"_tail({lo}, {hi})")
                text = norm[lo:hi]
                hinted = R._CLOSING_HINT.search(norm, lo, hi) is not None
                if hinted and not ("：" in text or R._may_close(text)):
                    problems.append(f"_may_close({lo}, {hi})")
                if hi == line.end and reader._closing_counts(
                    lo, hi, line.start, text
                ) != _plain_closing_counts(reader, lo, hi):
                    problems.append(f"_closing_counts({lo}, {hi})")
                if R._PHONE_BEFORE.search(norm, lo, hi) and not R._PHONE_DIGITS.search(text):
                    problems.append(f"_PHONE_DIGITS({lo}, {hi})")
                found = [m.start() for m in R._MARKER_CANDIDATE.finditer(norm, lo, hi)]
                shaped = [
                    m.start()
                    for m in R._MARKER_FIRST.finditer(norm, lo, hi)
                    if R._MARKER_SHAPE.match(norm, m.start(), hi)
                ]
                if found != shaped:
                    problems.append(f"_MARKER_CANDIDATE({lo}, {hi})")
        k = reader.index(line)
        for start in (
            range(line.start, min(line.end, line.start + 4)) if k < len(reader.lines) - 1 else ()
        ):
            below = reader.lines[k + 1]
            fast_name = reader.signer_above_date(line, start, below)
            if fast_name != _plain_signer_above_date(reader, line, start, below):
                problems.append(f"signer_above_date({line.start}, {start})")
        for pos in range(line.start, line.end + 1):
            # (only a name at the start may go unread: the callers pass it over)
            plain = reader._authority_before(pos, line.start)
            fast = reader._authority_before(pos, line.start, after_start=True)
            if fast != plain and not (fast is None and plain == line.start):
                problems.append(f"_authority_before({pos}, {line.start}) after the start")
    return problems


@pytest.mark.parametrize("text", _TEXTS)
def test_shortcuts_read_as_the_plain_readings(text: str) -> None:
    for view in _views(text):
        assert _shortcut_problems(view) == []


@pytest.mark.parametrize("text", _TEXTS)
def test_a_body_line_reads_alike_with_its_line_given(text: str) -> None:
    """body_cuts with the line given (its text asked for 年, 20 and 19 before a signed date
    is looked for, its start not searched back for) against the same without it, from
    each place of the line's first characters; a date found only where the gate lets
    the search run."""
    for view in _views(text):
        given, found = R._Reader(view), R._Reader(view)
        for line in given.lines:
            for start in range(line.start, min(line.end, line.start + 6)):
                assert given.body_cuts(start, line.end, line) == found.body_cuts(start, line.end)
                if R._SIGNED_DATE.search(view.norm, start, line.end) is not None:
                    assert R._may_be_dated(view.norm[start : line.end])


@pytest.mark.parametrize("text", _TEXTS)
def test_breaks_with_the_shortcuts_are_the_plain_ones(text: str) -> None:
    for view in _views(text):
        assert R.find_breaks(view) == _plain_breaks(view)


class _EagerHeadReader(R._Reader):
    """The head's weak cuts found on every head line, not only on one a strong cut shows
    flattened."""

    def head_cuts(
        self, start: int, end: int, first_line: bool, run_on: bool = False, weak: bool = True
    ) -> list[R._Cut]:
        return super().head_cuts(start, end, first_line, run_on)


@pytest.mark.parametrize("text", _TEXTS)
def test_the_head_s_weak_cuts_are_asked_only_of_a_flattened_line(text: str) -> None:
    """head_cuts without its weak finders gives every strong cut the whole reading gives,
    and nothing the whole reading does not; the breaks are those of a reader asking the
    weak finders on every head line."""
    for view in _views(text):
        reader = R._Reader(view)
        salutation = reader.salutation()  # (the head's lines as find_breaks asks them)
        head_end, _ = reader.zones(salutation)
        for k, line in enumerate(reader.lines):
            if line.start >= head_end:
                break
            for run_on in (False, True):
                end = min(line.end, head_end)
                whole = reader.head_cuts(line.start, end, k == 0, run_on)
                lazy = reader.head_cuts(line.start, end, k == 0, run_on, weak=False)
                assert [c for c in lazy if c.strong] == [c for c in whole if c.strong]
                assert set(lazy) <= set(whole)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(R, "_Reader", _EagerHeadReader)
            eager = R.find_breaks(view)
        assert R.find_breaks(view) == eager


@pytest.mark.parametrize("chunk", range(8))
def test_breaks_with_the_shortcuts_are_the_plain_ones_when_perturbed(chunk: int) -> None:
    """Every perturbation of every gold letter (a page's chrome, one line, widths swapped…:
    tests/perturb.py), as parse_text views it, re-segmented alike with the gates and
    without: the texts where a gate's edge is likeliest met (a flattened signature, a
    phone run on)."""
    texts = goldsets.perturbed_texts()[chunk::8]
    for text in texts:
        view = unwrap(TextView(normalise_newlines(text)))
        assert R.find_breaks(view) == _plain_breaks(view)


def test_the_marker_firsts_are_the_pattern_s() -> None:
    every = (chr(c) for c in range(0x30000) if not 0xD800 <= c < 0xE000)
    assert {ch for ch in every if R._MARKER_FIRST.fullmatch(ch)} == R._MARKER_FIRSTS


@pytest.mark.parametrize(
    "text",
    [
        "",
        "收悉",
        "如下：",
        "如下",
        "收",
        "您的建议收悉。现答复如下：",
        "现答复如下：一、您的来信收悉",
        "如下：收悉",
    ],
)
def test_the_first_opening_is_the_pattern_s_first_match(text: str) -> None:
    for lo in range(len(text) + 1):
        piece = text[lo:] + text[:lo]
        plain = R._FIRST_OPENING.search(piece)
        assert R._first_opening(piece) == (plain.start() if plain else -1)


def test_every_title_ending_holds_one_of_the_characters_asked() -> None:
    words = R._TITLE_END.pattern.split("|")
    assert all(any(ch in word for ch in R._TITLE_END_CHARS) for word in words)


def test_a_title_s_tail_reads_as_the_plain_reading_on_snippets() -> None:
    for text in (
        "关于某某建议的答复",
        "关于某某建议答复的函",
        "关于某某提案的答复函",
        "关于某某提案的复函（编号：某〔2021〕3号）",
        "关于某某提案的意见  某政函〔2021〕3号",
        "关于某某问题的报告某局文件",
        "某某建议的回复 B类",
        "答复",
        "函",
        "关于某某的答复书：",
        "关于某某建议的答复某政函〔2021〕3号",
        "关于某某建议的复函B类",
        "关于某某提案的意见（此件公开）",
        "关于某某问题的报告A类",
        "关于某某的答复书某发〔2020〕12号",
        "关于某某建议的答复B类",
        "关于某某建议的回复（此件公开）",
        "关于某某的答复书某政发〔2020〕12号",
        "关于某某的建议  某政发〔2021〕3号",
        "关于某某的建议 B类",
        "关于某某意见的答复",
        "关于某某意见建议的复函",
        "关于某某公开意见的答复特急",
        "关于某某意见的复函秘密★1年",
        "关于某某文化意见的答复某局文件",
        "关于某某意见的答复（主动公开）",
        "关于某某意见的答复主动公开",
        "关于某某意见的函123456",
        "关于某某意见的报告C2类",
        "关于第12号提案意见的答复",
    ):
        reader = R._Reader(TextView(text))
        n = len(reader.norm)
        for lo in range(n):
            for hi in range(lo, n + 1):
                assert reader._tail(lo, hi) == _plain_tail(reader, lo, hi), (text, lo, hi)


def test_the_furniture_firsts_are_the_pattern_s() -> None:
    every = (chr(c) for c in range(0x30000) if not 0xD800 <= c < 0xE000)
    opens = re.compile(R._FURNITURE.pattern.split(")", 1)[0] + ")", re.IGNORECASE)
    assert opens.pattern == "(?=[-—–─第共i])"
    assert {ch for ch in every if opens.match(ch)} == R._FURNITURE_FIRSTS


def test_page_furniture_is_found_as_the_pattern_finds_it_on_snippets() -> None:
    # (an image's name with its dot and without, a dot far from it, page numbers beside
    # 页 and without it, dashes of phone numbers, the e of words that are no furniture)
    snippets = [
        "此致。image1.wmf",
        "此致。IMAGE12.PNG 某局",
        "此致。Image3.Jpeg",
        "此致。image1wmf 某局",
        "见image1 第3.5条",
        "电话：0871-6543210。e1",
        "— 2 — 某局",
        "－2－某局",
        "第1页 共2页",
        "共3页第1页",
        "第1页",
        "第12号建议",
        "版本e2.0说明",
        "文件日期时间新e",
        "",
    ]
    for text in snippets:
        assert R._holds_furniture(text) == _plain_holds_furniture(text), text


def test_the_shared_letters_are_read_when_present() -> None:
    if not goldsets.get_set("corpus").present():
        pytest.skip("the shared folder (../shared) is absent: samples and snippets only")
    assert any(key.startswith("corpus/") for key, _ in _LETTER_TEXTS)


_PIECES = st.lists(
    st.sampled_from(
        [
            "某县交通运输局",
            "2021年5月6日",
            "二〇二一年五月",
            "2021 9 16",
            "20211026",
            "印发",
            "印发了《方案》",
            "一、",
            "（二）",
            "1.",
            "①",
            "37.61万元，",
            "第三，",
            "此件公开",
            "〔2021〕3号",
            "联系人：",
            "感谢您的关心。",
            "年",
            "2019",
            "号",
            "机密★1年",
            "123456",
            "人大代表：",
            "联系电话：123",
            "（附件）",
            "抄送：某局",
            "承办负责人：",
            "现答复如下：",
            "：",
            "关于某某建议的答复",
            "答复的函",
            "复函",
            "意见",
        ]
    ),
    max_size=14,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PIECES, st.sampled_from(["", " ", "\n", "。"]))
def test_shortcuts_read_as_the_plain_readings_on_any_pieces(pieces: list[str], joint: str) -> None:
    view = TextView(normalise_newlines(joint.join(pieces)))
    assert _shortcut_problems(view) == []
    assert R.find_breaks(view) == _plain_breaks(view)


def _plain_tail_needs(text: str) -> bool:
    """Whether ``text`` holds a （, a digit, 类, 公开, 文件 or a secrecy or urgency word."""
    words = ("公开", "文件", "特急", "加急", "平急", "特提", "秘密", "机密", "绝密")
    return any(ch.isdecimal() or ch in "（类" for ch in text) or any(w in text for w in words)


def test_the_tail_s_needs_are_the_plain_reading() -> None:
    texts = ["", "特", "特提", "特急", "加", "平急", "秘", "绝密", "公", "公开", "文件", "文", "类"]
    texts += ["关于某某意见的答复", "关于（某某）", "２０２１", "٣", "机密★长期", "文化公司"]
    for letter in goldsets.all_letters():
        texts += letter.text().splitlines()
    for text in texts:
        for i in range(len(text)):
            tail = text[i:]
            assert (R._TAIL_NEEDS.search(tail) is not None) == _plain_tail_needs(tail), tail


def _plain_record_row_before_title(reader: R._Reader, pos: int, end: int) -> tuple[int, int] | None:
    """The row's labels each searched for, with no colon asked first (before speed73)."""
    norm = reader.norm
    for label in R.FORM_END_LABELS:
        at = norm.find(label + "：", pos + 1, end)
        if at >= 0 and (row := R._FORM_END_ROW.match(norm, at, end)) is not None:
            return at, reader.skip_space(row.end())
    return None


def _plain_paragraph_after_title(reader: R._Reader, pos: int, end: int) -> int | None:
    """The title's endings each read, with no sentence's end asked first (before speed73)."""
    norm = reader.norm
    if R._TITLE_START.match(norm, pos, end) is None:
        name = R._AUTHORITY_VALUE.match(norm, pos, end)
        if name is None or R._TITLE_START.match(norm, name.end(), end) is None:
            return None
    stop = min(end, pos + R._TITLE_LONGEST)
    for m in R._TITLE_END.finditer(norm, pos + R._HEADING_LEAST, stop):
        if R._REPLY_ENDING.search(norm, m.start() - 1, m.end()) is None:
            continue
        start = reader.skip_space(m.end())
        sentence = R._PARAGRAPH_END_CHAR.search(norm, start, min(end, start + R._SENTENCE_REACH))
        if sentence is None or sentence.start() - start < R._HEADING_LEAST:
            return None
        if R._NOT_IN_SENTENCE.search(norm, start, sentence.start()) is not None:
            return None
        return start
    return None


_HEAD_SNIPPETS = [
    "建议人：王某反馈时间：2024年5月6日办理情况：甲山县交通局关于某路修缮的答复函王某代表：您好。",
    "建议人：王某 办复情况： 关于某路修缮的答复 王某代表：您好。",
    "甲山县交通局关于某路修缮建议的答复近年来我县道路建设不断推进。因此建议：加快修缮。王某代表：",
    "关于某路修缮的答复 近年来我县道路建设不断推进，成效明显。李小明代表：您提出的建议收悉。",
    "关于某路修缮的答复\n李小明代表：\n您提出的建议收悉。",
]


@pytest.mark.parametrize(
    "text",
    [*_TEXTS, *(pytest.param(t, id=f"head-{i}") for i, t in enumerate(_HEAD_SNIPPETS))],
)
def test_the_head_s_row_and_paragraph_gates_are_the_plain_readings(text: str) -> None:
    """The record's last row before the title asked only where a colon follows, and the
    paragraph after a title only where a sentence's end follows (speed73): the same answers
    from each of a line's first places, lined and flattened."""
    for view in _views(text):
        reader = R._Reader(view)
        for line in reader.lines:
            for pos in range(line.start, min(line.end, line.start + 6)):
                assert reader._record_row_before_title(
                    pos, line.end
                ) == _plain_record_row_before_title(reader, pos, line.end)
                assert reader._paragraph_after_title(pos, line.end) == _plain_paragraph_after_title(
                    reader, pos, line.end
                )
