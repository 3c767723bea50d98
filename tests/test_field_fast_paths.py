"""The fields' fast paths (issue #9, round 5) give what the plain forms give: each plain
form is kept here and the two compared over every gold letter, invented lines and random
text over the characters that matter."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goldsets import all_letters, at_least, perturbed_texts
from helpers import contexts_before
from plainpieces import plain_word_pieces
from replyparse.closing import gapped_cc_label, glued_cc_label
from replyparse.context import Claims, Context, Flat
from replyparse.fields import amounts, cc, contacts, linescan, proposal, publicity, sections
from replyparse.fields.numerals import chinese_to_int
from replyparse.labels import labels_on
from replyparse.layout import CC_LINE, cc_list_end
from replyparse.resegment import resegment
from replyparse.textview import Line, TextView
from replyparse.unwrap import unwrap
from snippets import PROPOSAL_OPENINGS

_LETTERS = [g.text() for g in all_letters()]

_INVENTED = [
    *PROPOSAL_OPENINGS,
    "关于《关于加强某某管理的建议》等提案的答复\n张委员：\n您的提案收悉。",
    "第181号《关于某某的提案》\n现将您提出的关于某某的提案办理情况答复如下：",
    "《关于某某的建议[张律师1]》收悉\n该建议需要论证。",
    "会议温36号建议\n接到提案后，我局认真研究。",
    "１２３　　ＡＢＣ 2021年  5月\n（试行） ,: 联系人:王  明  电话：0731-1234567",
    "",
    "abc",
]


# -- context: Flat and Claims ---------------------------------------------------------------


def _plain_flat(view: TextView, *parts: tuple[int, int], drop: str, written: bool) -> Flat:
    """:meth:`Flat.of` as first written: every character kept one by one."""
    at = tuple(i for start, end in parts for i in range(start, end) if view.norm[i] not in drop)
    if written:
        text = "".join(view.original[view.origin[i]] if view.norm[i] != " " else " " for i in at)
    else:
        text = "".join(view.norm[i] for i in at)
    return Flat(text, at)


def _stretches(view: TextView) -> list[tuple[int, int]]:
    """Each line, each pair of lines, and a few cuts inside lines."""
    lines = view.content_lines
    out = [(line.start, line.end) for line in lines]
    out += [(a.start, b.end) for a, b in itertools.pairwise(lines)]
    out += [(line.start + 1, line.end - 1) for line in lines if len(line.text) > 2]
    return out


def test_flat_reads_as_the_plain_flat() -> None:
    views = [resegment(unwrap(TextView(text))) for text in _LETTERS + _INVENTED]
    compared = 0
    for view in views:
        for start, end in _stretches(view):
            for drop in ("\n", " ", " \n", ""):
                for written in (False, True):
                    fast = Flat.of(view, (start, end), drop=drop, written=written)
                    plain = _plain_flat(view, (start, end), drop=drop, written=written)
                    assert (fast.text, tuple(fast.at)) == (plain.text, plain.at)
                    compared += 1
    assert compared >= at_least(20_000, 1_000)


def test_flat_of_several_parts_reads_as_the_plain_flat() -> None:
    """Several parts, each run written by itself (a run kept whole is one slice)."""
    views = [resegment(unwrap(TextView(text))) for text in _LETTERS + _INVENTED]
    compared = 0
    for view in views:
        lines = view.content_lines
        for a, b in itertools.pairwise(lines):
            parts = ((a.start, a.end), (b.start, b.end))
            for drop in ("\n", " ", " \n", ""):
                for written in (False, True):
                    fast = Flat.of(view, *parts, drop=drop, written=written)
                    plain = _plain_flat(view, *parts, drop=drop, written=written)
                    assert (fast.text, tuple(fast.at)) == (plain.text, plain.at)
                    compared += 1
    assert compared >= at_least(5_000, 500)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="年月 \u3000\n,:（(试行)）ＡＢ１２ab12，：\t", max_size=40))
def test_any_flat_reads_as_the_plain_flat(text: str) -> None:
    view = resegment(unwrap(TextView(text)))
    for start, end in [(0, len(view.norm)), *_stretches(view)]:
        for drop in ("\n", " \n"):
            for written in (False, True):
                fast = Flat.of(view, (start, end), drop=drop, written=written)
                plain = _plain_flat(view, (start, end), drop=drop, written=written)
                assert (fast.text, tuple(fast.at)) == (plain.text, plain.at)


class _A: ...


class _B(_A): ...


class _C: ...


def test_claims_give_the_ranges_a_plain_list_gives() -> None:
    claims = Claims()
    plain: list[tuple[type, tuple[int, int]]] = []
    for kind, where in [(_B, (9, 12)), (_C, (1, 3)), (_A, (4, 6)), (_B, (0, 2)), (_C, (4, 6))]:
        claims.add(kind, where)
        plain.append((kind, where))
        for kinds in [(_A,), (_B,), (_C,), (_A, _C), (_B, _C)]:
            assert claims.ranges(*kinds) == sorted(w for k, w in plain if issubclass(k, kinds))


# -- proposal -------------------------------------------------------------------------------


def _plain_scan(flat: Flat) -> proposal._Scan:
    """:meth:`proposal._Scan.of` with no gate."""
    text = flat.text
    quotes = list(proposal._QUOTED.finditer(text))
    return proposal._Scan(
        flat,
        quotes,
        [proposal._AFTER_QUOTE.match(text, q.end() - 1) for q in quotes],
        list(proposal._NUMBER_KIND.finditer(text)),
        list(proposal._PHRASE.finditer(text)),
    )


def _plain_numbers(scan: proposal._Scan) -> list[tuple[str, int]]:
    """:func:`proposal._numbers` with no gate, as (value, at) pairs."""
    flat, text = scan.flat, scan.flat.text
    out: list[tuple[str, int]] = []
    for m in scan.number_kinds:
        group = next(g for g in ("a", "b", "c") if m.group(g))
        out.append((m.group(group), m.start(group)))
    for m in proposal._KIND_NUMBER.finditer(text):
        group = next(g for g in ("a", "b", "c") if m.group(g))
        out.append((m.group(group), m.start(group)))
    for m in proposal._AFTER_SESSION.finditer(text):
        out.append((m.group("number"), m.start("number")))
    for q, after in zip(scan.quotes, scan.after_quotes, strict=True):
        for group in ("number", "labelled"):
            if after and after.group(group):
                out.append((after.group(group), after.start(group)))
        read_after = after is not None and after.end() > q.end()
        if not read_after and (bare := proposal._NUMBER_AFTER_QUOTE.match(text, q.end())):
            out.append((bare.group("number"), bare.start("number")))
        if before := proposal._NUMBER_BEFORE_QUOTE.search(text, 0, q.start()):
            out.append((before.group("number"), before.start("number")))
    for p in scan.phrases:
        if before := proposal._NUMBER_BEFORE_QUOTE.search(text, 0, p.start()):
            out.append((before.group("number"), before.start("number")))
    del flat
    return sorted({at: (value, at) for value, at in out}.values(), key=lambda r: r[1])


def _spans(matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def _check_scan_and_numbers(text: str) -> None:
    flat = Flat(text, range(len(text)))
    fast, plain = proposal._Scan.of(flat), _plain_scan(flat)
    assert _spans(fast.number_kinds) == _spans(plain.number_kinds), text
    assert _spans(fast.phrases) == _spans(plain.phrases), text
    # the reads as made, one a place (the last made), in text order: what extract's
    # _first_number picks from (tests/test_proposal_first_number.py)
    read = {r.at: (r.value, r.at) for r in proposal._numbers(fast)}
    assert sorted(read.values(), key=lambda r: r[1]) == _plain_numbers(plain), text


def test_proposal_gates_find_what_the_plain_scans_find() -> None:
    texts = [line.text for t in _LETTERS + _INVENTED for line in TextView(t).content_lines]
    for ctx in contexts_before(
        _LETTERS + _INVENTED, "proposal"
    ):  # the title and the opening, joined
        title, opening = ctx.layout.title, proposal._opening(ctx.layout.body)
        for lines in (title, opening):
            if lines:
                texts.append(ctx.flat((lines[0].start, lines[-1].end)).text)
    for text in texts + _INVENTED:
        _check_scan_and_numbers(text)
    assert len(texts) >= at_least(900, 300)


_PIECES = [
    "第", "号", "关于", "建议", "提案", "议案", "会议", "《", "》", "“", "”", "（", "）",
    "12", "0", "a", "-", "：", "的", "代表", "某某", "收悉", "第12号", "《某某规划》",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="第号关于建议提案会议《》“”（）(12-0a：的代表", max_size=30)
    | st.lists(st.sampled_from(_PIECES), max_size=10).map("".join)
)
def test_proposal_gates_on_any_text(text: str) -> None:
    _check_scan_and_numbers(text)


def test_anchorless_titles_are_kept_as_they_are() -> None:
    for text in ["关于某某的建议", "关于[张律师1]某某的建议", "《关于某某的建议［A2］》", ""]:
        flat = Flat(text, range(len(text)))
        kept = [True] * len(text)
        for m in proposal._COMMENT_ANCHOR.finditer(text):
            kept[m.start() : m.end()] = [False] * (m.end() - m.start())
        plain = "".join(ch for ch, k in zip(text, kept, strict=True) if k)
        fast = proposal._without_anchors(flat)
        assert fast.text == (plain.strip() if not all(kept) else text)


def test_proposal_reads_the_same_when_every_place_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctxs = contexts_before(_LETTERS + _INVENTED + perturbed_texts(), "proposal")
    fast = [proposal.extract(ctx) for ctx in ctxs]
    monkeypatch.setattr(proposal, "_settled", lambda kinds, numbers: (False, False))
    monkeypatch.setattr(proposal, "_outside_beaten", lambda reads: False)
    plain = [proposal.extract(ctx) for ctx in ctxs]
    assert fast == plain
    assert sum(1 for found in fast if found) >= at_least(60, 15)


def test_proposal_reads_a_one_line_titles_quotes_as_its_own_search(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The quotes the title's scan found stand in for _title_quoted's own search of a
    one-line title: the same matches, so the same parts."""
    texts = [
        *_LETTERS,
        *_INVENTED,
        "关于“加强农村公路养护”建议的答复\n张代表：\n您提出的《关于加强农村公路养护的建议》收悉。",
        "关于《某条例》实施情况的答复\n李委员：\n您提出的关于加强管理的建议收悉。",
    ]
    ctxs = contexts_before(texts, "proposal")
    fast = [proposal.extract(ctx) for ctx in ctxs]
    searched = proposal._title_quoted

    def own_search(
        ctx: Context, title: tuple[Line, ...], *, proposal_only: bool = True, quotes: object = None
    ) -> tuple[Flat, tuple[int, int]] | None:
        return searched(ctx, title, proposal_only=proposal_only)

    monkeypatch.setattr(proposal, "_title_quoted", own_search)
    assert fast == [proposal.extract(ctx) for ctx in ctxs]
    quoted = [ctx for ctx in ctxs if len(ctx.layout.title) == 1 and "“" in ctx.layout.title[0].text]
    assert len(quoted) >= 2  # not vacuous: titles with quotes of their own


# -- amounts --------------------------------------------------------------------------------

_MONEY_LINES = [
    "2021年投入资金500万元，其中2020年补助约300万元。",
    "项目总投资1.2亿元（2019-2021年）",
    "三百万元至五百万元，将近1000万元左右",
    "第3号楼维修费用20万，专项资金400万，",
    "2022年1-6月下达50-100万元，5年计划，12345678901元",
    "申请40万彩票公益金；210余万件；美元500万",
]


def _plain_run_start(norm: str, pos: int, unit: int) -> int:
    """Where the search started before: the line of the next unit character."""
    return max(pos, norm.rfind("\n", 0, unit) + 1)


def _all_amounts(texts: list[str]) -> list[list[tuple[str, tuple[int, int]]]]:
    out = []
    for text in texts:
        view = resegment(unwrap(TextView(text)))
        out.append([(a.text, a.span) for a in amounts.find_amounts(view)])
    return out


def test_amounts_search_from_the_run_finds_what_the_line_search_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = _LETTERS + _INVENTED + _MONEY_LINES + ["\n".join(_MONEY_LINES)]
    fast = _all_amounts(texts)
    monkeypatch.setattr(amounts, "_run_start", _plain_run_start)
    assert fast == _all_amounts(texts)
    assert sum(len(found) for found in fast) >= at_least(100, 10)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="12０5.,年元万亿千百三十约近将-至余多左右\n节的，美", max_size=30))
def test_amounts_on_any_text(text: str) -> None:
    fast = _all_amounts([text])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(amounts, "_run_start", _plain_run_start)
        assert fast == _all_amounts([text])


# -- cc -------------------------------------------------------------------------------------

_CC_TEXTS = [
    "某某局\n抄送：县政府办，县人大，\n县政协。",
    "某某局 2021年5月6日 抄送：甲委。",
    "联系电话：0000-5550123抄送：县人大",
    "抄报：市政府抄送：县人大",
    "报送：甲委\n送：乙办\n分送：丙局（2份）",
    "情况汇报：无\n抄送单位：某某",
    "某某局\n2021年5月6日\n抄送甲委，乙办。",
    "某某局\n抄送  甲委，乙办。\n抄报县政府办公室",
    "抄送抄送甲委",
    "",
]


def _plain_find_cc(view: TextView, lines: tuple[Line, ...]) -> list[tuple[str, tuple[int, int]]]:
    """:func:`cc.find_cc` as first written: each line searched on its own (a 抄 label
    opening it with no colon, set off by a gap or glued to its list, heads it too)."""
    out: list[tuple[str, tuple[int, int]]] = []
    for i, line in enumerate(lines):
        m = CC_LINE.match(line.text)
        head = line.start + m.end() if m else None
        if head is None and (size := gapped_cc_label(view, line) or glued_cc_label(line.text)):
            head = line.start + size
        lists = [(line.start, head)] if head is not None else []
        lists += cc._mid_line(view, line, after_list=head is not None)
        others = [found.start for found in labels_on(view, line, cc._OTHER_LABELS)]
        for k, (_, start) in enumerate(lists):
            if k + 1 < len(lists):
                last = lists[k + 1][0]
            elif head is not None and k == 0:
                last = lines[cc_list_end(lines, i)].end
            else:
                last = line.end
            out += cc._bodies(view, start, cc._next_label(view, others, start, last))
    return out


def _check_cc(text: str) -> None:
    view = resegment(unwrap(TextView(text)))
    fast = cc.find_cc(view, view.content_lines)
    assert fast == _plain_find_cc(view, view.content_lines), text


def test_cc_scan_finds_what_the_line_search_finds() -> None:
    for text in _LETTERS + _INVENTED + _CC_TEXTS + ["\n".join(_CC_TEXTS)]:
        _check_cc(text)
    found = [cc.find_cc(v, v.content_lines) for v in map(TextView, _LETTERS + _CC_TEXTS)]
    assert sum(bool(f) for f in found) >= at_least(20, 8)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["抄送", "抄报", "报", "送", "：", "\n", "甲委", "，", "。", "1", "日"])
    )
)
def test_cc_on_any_text(pieces: list[str]) -> None:
    _check_cc("".join(pieces))


# -- proposal: a letter that names no part --------------------------------------------------

_PART_CHARS = str.maketrans("", "", '议案见会届《》“”「」"')


def test_a_letter_without_a_part_character_reads_as_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [t.translate(_PART_CHARS) for t in _LETTERS + _INVENTED]
    texts += ["abc", "", "某某局\n张三：\n您好！\n此致", "编号：第15号\n某某局"]
    texts += _LETTERS + _INVENTED
    ctxs = contexts_before(texts, "proposal")
    fast = [proposal.extract(ctx) for ctx in ctxs]
    monkeypatch.setattr(proposal, "_ANY_PART", re.compile(""))
    assert fast == [proposal.extract(ctx) for ctx in ctxs]


# -- linescan -------------------------------------------------------------------------------


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="年月日\n a1", max_size=30), st.integers(0, 5), st.integers(0, 35))
def test_lines_holding_gives_the_anchored_lines(text: str, start: int, end: int) -> None:
    start, end = min(start, len(text)), min(max(start, end), len(text))
    for chars in ("年月", "月日", "日\n"):
        anchor = re.compile(f"[{chars}]")
        plain = list(linescan.anchored_lines(text, anchor, start, end))
        assert linescan.lines_holding(text, chars, start, end) == plain


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="公开\n a", max_size=30))
def test_lines_at_gives_the_lines_holding_a_place(text: str) -> None:
    view = TextView(text)
    at = [m.start() for m in re.finditer("公开", view.norm)]
    plain = [line for line in view.content_lines if "公开" in line.text]
    assert linescan.lines_at(view.content_lines, at) == plain


# -- publicity ------------------------------------------------------------------------------

_PUBLIC_TEXTS = [
    "某某局\n同意公开\n关于某某的答复\n张代表：\n正文。\n某某局\n2021年5月6日",
    "公开方式：主动公开\n某某局",
    "是否公开\n是\n某某局",
    "正文。\n注：“主动公开”。\n某某局",
    "正文写到公开的事。\n（此件公开发布）",
    "某某局\n2021年5月6日\n（依申请公开）",
    "某字〔2021〕3号  同意公开\n正文",
    "是否同意公开：（是）",
]


def test_publicity_reads_only_the_lines_saying_it(monkeypatch: pytest.MonkeyPatch) -> None:
    ctxs = contexts_before(_LETTERS + _INVENTED + _PUBLIC_TEXTS + perturbed_texts(), "proposal")
    fast = [publicity.extract(ctx) for ctx in ctxs]
    monkeypatch.setattr(publicity, "_saying", lambda view, lines: lines)
    assert fast == [publicity.extract(ctx) for ctx in ctxs]
    assert sum(bool(found) for found in fast) >= at_least(25, 12)


# -- contacts: the runs of words of a value -------------------------------------------------


def _check_word_pieces(text: str) -> None:
    view = resegment(unwrap(TextView(text)))
    lines = view.content_lines
    flats = [Flat.line(line) for line in lines]
    flats += [Flat.of(view, (a.start, b.end)) for a, b in itertools.pairwise(lines)]
    for flat in flats:
        for start, end in [(0, len(flat.text)), (1, len(flat.text)), (0, len(flat.text) - 1)]:
            if 0 <= start <= end:
                plain = plain_word_pieces(view, flat, start, end)
                assert contacts._word_pieces(view, flat, start, end) == plain, (text, start, end)


def test_word_pieces_cut_as_one_character_at_a_time() -> None:
    for text in _LETTERS + _INVENTED + perturbed_texts()[:400]:
        _check_word_pieces(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="王小明 \u3000\t（）(【】、，：及/0123\n局办", max_size=30))
def test_word_pieces_on_any_text(text: str) -> None:
    _check_word_pieces(text)


def _check_gaps_within(text: str) -> None:
    """:func:`contacts._gaps_within` finds the gaps :func:`contacts._gap_before` tells one
    character at a time, on each line and each two lines joined."""
    view = resegment(unwrap(TextView(text)))
    lines = view.content_lines
    flats = [Flat.line(line) for line in lines]
    flats += [Flat.of(view, (a.start, b.end)) for a, b in itertools.pairwise(lines)]
    for flat in flats:
        n = len(flat.text)
        for start, end in [(0, n), (1, n), (0, n - 1), (2, n - 2)]:
            if 0 <= start < end:
                one_by_one = [
                    k for k in range(start + 1, end) if contacts._gap_before(view, flat, k)
                ]
                assert contacts._gaps_within(view.origin, flat.at, start, end) == one_by_one


def test_gaps_within_are_the_gaps_one_character_at_a_time() -> None:
    for text in _LETTERS + _INVENTED + ["联系人：王  小 明   电话：139 0000 0123\n（王某）  局办"]:
        _check_gaps_within(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="王小明 \u3000\t（）、，：0123\n局", max_size=40))
def test_gaps_within_on_any_text(text: str) -> None:
    _check_gaps_within(text)


def test_one_line_joined_is_the_line_flat() -> None:
    """:func:`proposal._joined` of one line is what the context's flat gives for it."""
    for ctx in contexts_before(_LETTERS[:40] + _INVENTED, "proposal"):
        lines = ctx.view.content_lines
        for k in range(len(lines)):
            for group in (lines[k : k + 1], lines[k : k + 2], lines[k : k + 3]):
                fast = proposal._joined(ctx, group)
                slow = ctx.flat((group[0].start, group[-1].end))
                assert (fast.text, list(fast.at)) == (slow.text, list(slow.at))


# -- sections: line markers read without a candidate -------------------------------------


def _plain_number(style: sections.Style, m: re.Match[str]) -> int | None:
    """:func:`sections._number` as first written: the numeral group when the pattern has
    one and it matched, else the symbol."""
    digits = m["n"] if "n" in m.re.groupindex else None
    if digits is not None:
        value = chinese_to_int(digits)
        return value if value else None
    if "r" in m.re.groupindex and m["r"] is not None:
        return sections._ROMAN_LETTERS[m["r"].upper()]
    return ord(m.group("s")) - sections._SYMBOL_BASE[style] + 1


_MARKER_LINES = [
    "一、总体情况\n（一）工作进展\n1.2021年以来\n1.5公里\n八、九十年代\n三、四月份\n第四、第五：",
    "⒈某某\n⑴某某\n①某某②某某\n1）某某\n（12）某某\n十一、某某\n零、某某\n〇、某某\n二十一、某某\n0、某\n00.某",
    "一是加强管理；二是完善制度。其一，某某；其二，某某\n第二、三季度\n1、2号楼\n4、5月份为",
    "Ⅰ、某某\nⅡ某某\nⅫ.某某\nI.某某\nII、某某\nIV.某某\nIX.某某\nXII.某某\nIC卡\nV2.0",
    "ⅰ.某某\nⅱ某某\ni.某某\nii、某某\niv.某某\ni.e.某\n一）某某\n二）、某某\n统一）某\n三）。",
]


def _plain_line_marker(
    view: TextView, pos: int, end: int, counts: bool
) -> tuple[sections.Style, int, int, int, bool, int] | None:
    """:func:`sections._line_candidate` as first written (style, number, start, end,
    count_like, through): the enum read each time, the plain number."""
    markers = sections._LINE_MARKERS_AT.get(view.norm[pos]) if pos < end else None
    if markers is None:
        return None
    for style, pattern in markers:
        m = pattern.match(view.norm, pos, end)
        if m is None:
            continue
        number = _plain_number(style, m)
        if number is None:
            return None
        if style is sections.Style.CN and m.group("p") is not None:
            style = sections.Style.CN_PAREN  # 一）: the （一） level without its opening bracket
        if style is sections.Style.DI and m.lastgroup in ("part", "pt"):
            # 第一部分, 第一点, 第一条: set off from their heading, or none
            if not sections._part_heading(view, m.end(), end):
                return None
            if m.lastgroup == "part":
                style = sections.Style.PART
        if (
            style is sections.Style.AR_DOT
            and m.group("n") is not None
            and sections._is_decimal(view, m.end() - 1)
        ):
            return None
        count_like = False
        if style in (sections.Style.CN, sections.Style.AR_DUN, sections.Style.DI) and (
            view.norm[m.end() - 1] == "、"
        ):
            if style is sections.Style.CN and sections._DECADES.match(view.norm, m.end()):
                count_like = True
            else:
                c = sections._COUNT_LIST.match(view.norm, m.end())
                count_like = c is not None and chinese_to_int(c.group("y")) == number + 1
        if count_like and not counts:
            return None
        stop, through = m.end(), 0
        if style in sections._JOINED_STYLES and not count_like:
            while (more := pattern.match(view.norm, stop, len(view.norm))) is not None and (
                _plain_number(style, more) == (through or number) + 1
            ):
                stop, through = more.end(), (through or number) + 1
        return style, number, m.start(), stop, count_like, through
    return None


def test_line_markers_read_as_the_plain_candidate() -> None:
    views = [resegment(unwrap(TextView(text))) for text in _LETTERS + _MARKER_LINES]
    compared = 0
    for view in views:
        for line in view.content_lines:
            for pos in range(line.start, line.end):
                for counts in (False, True):
                    plain = _plain_line_marker(view, pos, line.end, counts)
                    cand = sections._line_candidate(view, pos, line.end, counts=counts)
                    read = None
                    if cand is not None:
                        read = (
                            cand.style,
                            cand.number,
                            cand.start,
                            cand.end,
                            cand.count_like,
                            cand.through,
                        )
                    assert read == plain
                    compared += plain is not None
                plain = _plain_line_marker(view, pos, line.end, False)
                marker = sections.marker_at(view, pos, line.end)
                if plain is not None and sections._unknown_to_resegment(view.norm, pos, plain[3]):
                    plain = None  # read at a line's start only (【一】, 第一条)
                assert marker == (None if plain is None else (plain[0], plain[1], plain[3]))
    assert compared >= at_least(300, 20)


def test_marker_numbers_read_as_the_plain_number() -> None:
    texts = _LETTERS + _MARKER_LINES
    compared = 0
    for style, pattern in (*sections._LINE_MARKERS, *sections._INLINE_MARKERS):
        for text in texts:
            for m in pattern.finditer(text):
                assert sections._number(style, m) == _plain_number(style, m)
                compared += 1
    assert compared >= at_least(200, 50)
