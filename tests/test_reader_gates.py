"""The gates and shared answers of the proposal's, the contacts', the dates' and the
sections' readers (issue #9, round 7) give what the plain searches give: each plain form
is kept here and the two compared over every gold letter, its perturbations, invented
lines and random text over the characters that matter."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goldsets import all_letters, at_least, perturbed_texts
from helpers import contexts_before
from replyparse import vocab
from replyparse.fields import contacts, dates, linescan, proposal, sections
from replyparse.textview import TextView
from snippets import PROPOSAL_OPENINGS

_LETTERS = [g.text() for g in all_letters()]

_INVENTED = [
    *PROPOSAL_OPENINGS,
    "关于某事的答复\n张三：\n来信收悉。《某某办法》规定，现答复如下：",
    "关于某事的答复\n张三：\n现将《关于某某“收悉”的提案》办理情况答复如下：",
    "某事的答复\n李委员：\n“关于某某收到的建议”收悉。提案是好的。",
    "《某某条例》的复函\n王代表：\n您的意见收悉。",
    "关于某某的意见\n王代表：\n您提出的关于某某的意见收悉，已交我局办理。",
    "会议温36号建议\n接到提案后，我局认真研究。",
    "联系人：王  明  电话：0731-1234567\n承办单位：某局\n联系人：某科科长",
    # a kind word that names no item, read anywhere only for want of any other
    "关于提案委员会工作的函\n张三：\n来信收悉。现答复如下：",
    "某局的复函\n张三：\n来信收悉。提案人的意见已转。",
    "",
    "abc",
]


# -- proposal -------------------------------------------------------------------------------


def _quote_spans(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in matches]


def _check_quotes_before(text: str) -> None:
    whole = list(proposal._QUOTED.finditer(text))
    for limit in range(len(text) + 1):
        plain = list(proposal._QUOTED.finditer(text, 0, limit))
        fast = proposal._quotes_before(text, limit, whole)
        assert _quote_spans(fast) == _quote_spans(plain), (text, limit)
        assert all(m.string is text for m in fast)


def test_quotes_before_a_limit_are_the_cut_texts_quotes() -> None:
    texts = [line.text for t in _LETTERS + _INVENTED for line in TextView(t).content_lines]
    texts += ["《甲“乙”丙》", "“甲“乙”丙”丁“戊", "「甲「乙」丙」", '"甲"乙"丙"', "《《甲》》"]
    for text in texts:
        if any(mark in text for mark in '《“"「'):
            _check_quotes_before(text)
    assert len(texts) >= at_least(900, 300)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='《》“”「」"甲乙', max_size=14))
def test_quotes_before_on_any_text(text: str) -> None:
    _check_quotes_before(text)


def test_kind_firsts_open_every_kind_word() -> None:
    words = [re.sub(r"\(.*?\)", "", w) for w in proposal._KINDS.split("|")]
    assert {w[0] for w in words} == set(proposal._KIND_FIRSTS)


def test_proposal_reads_as_with_every_kind_word_read_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The kind word read anywhere, asked for only when no other read was made, is the one
    the plain reading (every place's first kind word read with the rest) keeps; and the
    opening's quotes and received word, taken from its scan and from :func:`_opening_read`,
    are those its own searches find."""
    ctxs = contexts_before(_LETTERS + _INVENTED + perturbed_texts(), "proposal")
    fast = [proposal.extract(ctx) for ctx in ctxs]
    kinds = proposal._kinds

    def every_kind(scan: proposal._Scan, in_opening: bool, in_title: bool = False) -> list:
        reads = kinds(scan, in_opening, in_title)
        if km := proposal._KIND.search(scan.flat.text):
            at = km.start("kind")
            reads.append(proposal._Read(km.group("kind"), scan.flat, at, proposal._ANYWHERE))
        return reads

    monkeypatch.setattr(proposal, "_anywhere", lambda places: None)
    assert fast != [proposal.extract(ctx) for ctx in ctxs]  # not vacuous: some read anywhere
    monkeypatch.setattr(proposal, "_kinds", every_kind)
    monkeypatch.setattr(
        proposal,
        "_quotes_before",
        lambda text, limit, quotes: list(proposal._QUOTED.finditer(text, 0, limit)),
    )
    read = proposal._opening_read
    monkeypatch.setattr(proposal, "_opening_read", lambda body: (read(body)[0], None))
    assert fast == [proposal.extract(ctx) for ctx in ctxs]
    assert sum(1 for found in fast if found) >= at_least(60, 15)


# -- contacts -------------------------------------------------------------------------------


def _check_post(words: str) -> None:
    assert contacts._post_search(words) == contacts._POST.search(words) or (
        contacts._post_search(words).span() == contacts._POST.search(words).span()  # type: ignore[union-attr]
    ), words
    fast, plain = contacts._post_fullmatch(words), contacts._POST.fullmatch(words)
    assert (fast and fast.span()) == (plain and plain.span()), words


def test_post_gate_finds_what_the_plain_search_finds() -> None:
    words = [w for t in _LETTERS + _INVENTED for w in re.split(r"[\s：:，、；]+", t)]
    words += [w + "\n" for w in vocab.words("posts")] + ["科长\n", "副局长", "一级主任科员", "长"]
    found = 0
    for word in words:
        _check_post(word)
        found += contacts._POST.search(word) is not None
    assert found >= 10


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="王科长局员副一级主任书记\n ", max_size=10))
def test_post_gate_on_any_text(words: str) -> None:
    _check_post(words)


# -- sections -------------------------------------------------------------------------------


def _check_trim_from_before(text: str, start: int, own: int, end: int) -> None:
    a, b = sections._trim(text, own, end)
    if b > a:  # a leaf's extent, trimmed from its marker, ends where its own text does
        assert sections._trim(text, start, end)[1] == b, (text, start, own, end)


def test_a_leafs_extent_ends_where_its_text_does() -> None:
    for text in [t for t in _LETTERS[:20] + _INVENTED if t]:
        n = len(text)
        for start in range(0, n, 7):
            for own in range(start, min(n, start + 9)):
                for end in range(own, n + 1, 11):
                    _check_trim_from_before(text, start, own, end)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \n一、甲。", max_size=12), st.data())
def test_a_leafs_extent_on_any_text(text: str, data: st.DataObject) -> None:
    end = data.draw(st.integers(0, len(text)))
    own = data.draw(st.integers(0, end))
    start = data.draw(st.integers(0, own))
    _check_trim_from_before(text, start, own, end)


# -- dates ----------------------------------------------------------------------------------


def _plain_yearless_matches(
    norm: str, dated: list[tuple[int, int]], taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """:func:`dates._yearless_matches` as first written: each 月 asked of every date found."""
    out = []
    for line_start, line_end in dated:
        month = norm.find("月", line_start, line_end)
        while month >= 0 and any(a <= month < b for a, b in taken):
            month = norm.find("月", month + 1, line_end)
        if month >= 0:
            out += [m.span() for m in dates._yearless_finditer(norm, line_start, line_end)]
    return out


def _check_yearless(norm: str) -> None:
    dated = linescan.lines_holding(norm, dates._YEAR_MARKS)
    found = dates._found(norm, None)
    for taken in (
        sorted((f.start, f.end) for f in found),
        sorted({(f.start, f.end) for f in found} | {(0, len(norm) // 2), (1, 2)}),  # overlaps
    ):
        fast = [m.span() for m in dates._yearless_matches(norm, dated, taken)]
        assert fast == _plain_yearless_matches(norm, dated, taken), norm


def test_yearless_matches_skip_the_lines_the_plain_walk_skips() -> None:
    for text in _LETTERS + _INVENTED + ["3月5日和2021年3月至4月，6月\n2020年5月6日—7月8日，9月"]:
        _check_yearless(TextView(text).norm)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="2021年3月5日—至\n、", max_size=24))
def test_yearless_matches_on_any_text(text: str) -> None:
    _check_yearless(text)
