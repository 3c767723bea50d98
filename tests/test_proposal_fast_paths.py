"""The proposal reader's fast paths (issue #9, round 10) give what the plain forms give:
each plain form is kept here, put in place of the fast one, and the parts read compared
over every gold letter, their perturbations and invented openings."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goldsets import at_least, gold_texts
from helpers import contexts_before
from replyparse.context import Context, Flat, Item
from replyparse.fields import proposal
from replyparse.fields.docnumber import DocNumberFound
from replyparse.model import Proposal
from replyparse.textview import Line
from snippets import PROPOSAL_OPENINGS

_INVENTED = [
    *PROPOSAL_OPENINGS,
    "关于《关于加强某某管理的建议》等提案的答复\n张委员：\n您的提案收悉。",
    "第181号《关于某某的提案》\n现将您提出的关于某某的提案办理情况答复如下：",
    "关于县十五届人大六次会议第3号建议的答复\n您在于都县十五届人大六次会议上提出的建议收悉。",
    "对2020年某县七届人大三次会议关于某某的建议的答复\n你提出的“ ”收悉。",
    "建议编号：第15号\n张代表：\n你好。",
    # the quoted title's ending (建议) loses to the body's word for the item (该提案), which
    # loses to the word after the title (“…”提案) and to the letter's own (你的议案)
    "您提出的《关于某某的建议》，该提案已交我局办理，现答复如下：",
    "您提出的“关于某某的建议”提案收悉，该提案已交我局办理。",
    "你的议案收悉，接到提案后，我局认真研究，现答复如下：",
    "",
    "abc",
]


@pytest.fixture(scope="module")
def contexts() -> list[Context]:
    texts = gold_texts(*_INVENTED)
    return contexts_before(texts, "proposal")


def _read_all(ctxs: list[Context]) -> list[list[Item]]:
    out = [proposal.extract(ctx) for ctx in ctxs]
    assert sum(1 for found in out if len(found) > 2) >= at_least(60, 15)  # not vacuous
    return out


def _plain_part(ctx: Context, kind: type[proposal.ProposalPart], read: proposal._Read) -> object:
    """:func:`proposal._part` through the flat's range and the context's span."""
    where = read.flat.range(read.at, read.at + len(read.value)) if read.value else None
    return kind(read.value, ctx.span(*where) if where else None, where)


def _plain_with_record(parts: list[proposal.ProposalPart]) -> list[Item]:
    """:func:`proposal._with_record` through ``Proposal.model_validate``."""
    fields: dict[str, object] = {}
    for part in parts:
        if part.placed:
            fields[part.part] = part.value
            fields[f"{part.part}_span"] = part.span
    if not fields:
        return list(parts)
    return [proposal.ProposalFound(Proposal.model_validate(fields), None), *parts]


def _plain_settled(kinds: list[proposal._Read], numbers: list[proposal._Read]) -> tuple[bool, bool]:
    """:func:`proposal._settled` by ``any`` and the reads' order."""
    return any(r.order[0] == 0 for r in kinds), bool(numbers)


def _plain_outside_beaten(reads: list[proposal._Read]) -> bool:
    """:func:`proposal._outside_beaten` by ``any``."""
    return any(r.rank < proposal._OUTSIDE for r in reads)


def _plain_inside(flat: Flat, read: proposal._Read, ranges: list[tuple[int, int]]) -> bool:
    """:func:`proposal._inside` by ``any``."""
    start, _ = flat.range(read.at, read.at + len(read.value))
    return any(a <= start < b for a, b in ranges)


def _plain_item_words_beaten(reads: list[proposal._Read]) -> bool:
    """:func:`proposal._item_words_beaten` as before it: the opening's item words always
    read."""
    return False


def _plain_order(read: proposal._Read) -> tuple[int, int]:
    """:func:`proposal._order` as the reads' own property."""
    return read.order


def _plain_proposal_like(inner: str) -> bool:
    """:func:`proposal._proposal_like` by the pattern."""
    return proposal._PROPOSAL_LIKE.search(inner) is not None


def _plain_title_quoted(
    ctx: Context,
    title: tuple[Line, ...],
    *,
    proposal_only: bool = True,
    quotes: list[re.Match[str]] | None = None,
) -> object:
    """:func:`proposal._title_quoted` searching the title itself, as before
    :func:`proposal.extract` searched its quotes once for both calls (a title of lines) or
    took its scan's (one line), and before a title with no quote was known to give none."""
    del quotes
    return _title_quoted(ctx, title, proposal_only=proposal_only, quotes=None)


_title_quoted = proposal._title_quoted


@pytest.mark.parametrize(
    ("name", "plain"),
    [
        ("_order", _plain_order),
        ("_proposal_like", _plain_proposal_like),
        ("_title_quoted", _plain_title_quoted),
        ("_part", _plain_part),
        ("_with_record", _plain_with_record),
        ("_settled", _plain_settled),
        ("_outside_beaten", _plain_outside_beaten),
        ("_inside", _plain_inside),
        ("_item_words_beaten", _plain_item_words_beaten),
    ],
)
def test_proposal_reads_as_its_plain_form(
    contexts: list[Context], monkeypatch: pytest.MonkeyPatch, name: str, plain: object
) -> None:
    fast = _read_all(contexts)
    monkeypatch.setattr(proposal, name, plain)
    assert [proposal.extract(ctx) for ctx in contexts] == fast


def test_nothing_is_settled_before_the_first_place() -> None:
    """What lets :func:`proposal.extract` skip :func:`proposal._settled` at its first place."""
    assert proposal._settled([], []) == (False, False)


def _plain_strip_lead(session: str) -> str:
    """:func:`proposal._strip_lead` cutting after the last match of a scan of _CUT."""
    place = proposal._LEAD_PLACE.search(session)
    cut = 0
    for cut_at in proposal._CUT.finditer(session, 0, place.start() if place else len(session)):
        cut = cut_at.end()
    session = session[cut:]
    while (
        not proposal._LEAD_PLACE.match(session)
        and (lead := proposal._LEAD.match(session))
        and lead.end()
    ):
        session = session[lead.end() :]
    return session


def _sessions(ctxs: list[Context]) -> list[str]:
    """Every match of _SESSION in the lines of ``ctxs`` (the text _strip_lead is given)."""
    out = []
    for ctx in ctxs:
        for line in ctx.view.content_lines:
            out += [m.group(0) for m in re.finditer(proposal._SESSION, line.text)]
    return out


def test_the_lead_is_stripped_as_the_plain_scan_strips_it(contexts: list[Context]) -> None:
    sessions = _sessions(contexts)
    sessions += ["关于于都县十届人大三次会议", "关于对在向的提出于关于", "关于", "于", "提出", ""]
    for session in sessions:
        assert proposal._strip_lead(session) == _plain_strip_lead(session), session
    assert len(sessions) >= at_least(100, 20)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["关于", "关", "于", "在", "对", "向", "的", "提出", "提", "出", "于都县",
                         "向阳区", "2020年", "市", "十届", "人大", "三次会议", "\n"]),
        max_size=12,
    ).map("".join)
)  # fmt: skip
def test_the_lead_is_stripped_alike_on_any_text(session: str) -> None:
    assert proposal._strip_lead(session) == _plain_strip_lead(session)


# The patterns as first written: the faster forms must match alike.
_PLAIN_QUOTED = re.compile(
    r"《(?P<a>[^《》]+|(?:[^《》。]|《[^《》。]+》)+)》|“(?P<b>(?:[^“”]|“[^“”]*”)+)”|\"(?P<c>[^\"]+)\""
    r"|「(?P<d>(?:[^「」]|「[^「」]*」)+)」"
)
_PLAIN_PHRASE = re.compile(rf"关于[^，。；：“”《》]{{2,80}}?的?(?:{proposal._KINDS})")
_PLAIN_SESSION = re.compile(
    proposal._SESSION.pattern.replace("(?=[0-9一二三四五六七八九十人代党政委])", "", 1),
    re.VERBOSE,
)
_PATTERNS = [
    (proposal._QUOTED, _PLAIN_QUOTED),
    (proposal._PHRASE, _PLAIN_PHRASE),
    (proposal._SESSION, _PLAIN_SESSION),
]


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.lastgroup, m.groups()) for m in pattern.finditer(text)]


def _check_patterns(text: str) -> None:
    for fast, plain in _PATTERNS:
        assert _matches(fast, text) == _matches(plain, text), (fast.pattern[:20], text)
        assert bool(fast.fullmatch(text)) == bool(plain.fullmatch(text)), text


def test_the_faster_patterns_match_as_written(contexts: list[Context]) -> None:
    assert _PLAIN_SESSION.pattern != proposal._SESSION.pattern  # the lookahead was taken out
    texts = [line.text for ctx in contexts for line in ctx.view.content_lines]
    texts += [ctx.view.norm for ctx in contexts]
    for text in texts:
        _check_patterns(text)
    assert sum(1 for t in texts if proposal._SESSION.search(t)) >= at_least(100, 20)


@settings(max_examples=1500, deadline=None)
@given(
    st.text(alphabet="“”「」《》\"x关于的建议提案会届次人大政协三十", max_size=24)
    | st.lists(
        st.sampled_from(["关于", "的建议", "提案", "“", "”", "「", "」", "《", "》", "某某",
                         "，", "县", "十届", "人大", "政协", "三次会议", "委员会", "第12号"]),
        max_size=12,
    ).map("".join)
)  # fmt: skip
def test_the_faster_patterns_match_alike_on_any_text(text: str) -> None:
    _check_patterns(text)


# -- the opening's item words, read only where one may win ----------------------------------


def _opening_kinds(ctx: Context) -> tuple[list[proposal._Read], list[proposal._Read]] | None:
    """The opening's kind reads as :func:`proposal._kinds` makes them, and with its item
    words always read (None: no opening)."""
    opening, _ = proposal._opening_read(ctx.layout.body)
    if not opening:
        return None
    scan = proposal._Scan.of(proposal._joined(ctx, opening))
    fast = proposal._kinds(scan, True)
    plain = proposal._kind_reads(scan, True, False) + proposal._item_words(scan.flat, scan.quotes)
    return fast, plain


def test_the_opening_item_words_are_left_only_where_they_lose(contexts: list[Context]) -> None:
    left = 0
    for ctx in contexts:
        if (reads := _opening_kinds(ctx)) is None:
            continue
        fast, plain = reads
        if len(fast) < len(plain):
            left += 1
            # what min(kinds, key=_order) takes, whatever came before the opening's reads
            # (the title's: each ordered (0, rank) or ranked past _OUTSIDE) or after them
            for before in ([], [proposal._Read("建议", plain[0].flat, 0, proposal._IN_NOTE)]):
                for after in ([], [proposal._Read("提案", plain[0].flat, 0, proposal._ANYWHERE)]):
                    kinds = [*before, *fast, *after]
                    every = [*before, *plain, *after]
                    assert min(kinds, key=proposal._order) == min(every, key=proposal._order)
        else:
            assert fast == plain
    assert left >= at_least(20, 3)  # not vacuous: item words left unread


def test_a_number_in_brackets_reads_as_a_note() -> None:
    """The character before a number's match read as ``text[:start].endswith(...)``."""
    for text, rank in [
        ("第12号建议的答复", proposal._AFTER_NUMBER),
        ("（第12号建议）", proposal._IN_NOTE),
        ("(第12号建议)", proposal._IN_NOTE),
        ("某某(12号提案)", proposal._IN_NOTE),
        ("（第12号）建议", proposal._AFTER_NUMBER),
        ("某第12号建议", proposal._AFTER_NUMBER),
    ]:
        scan = proposal._Scan.of(Flat(text, range(len(text))))
        reads = proposal._kind_reads(scan, False, False)
        assert [r.rank for r in reads] == [rank], text


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(["（", "(", "）", ")", "第12号", "12号", "第十二号", "号", "建议", "提案",
                         "代表", "意见", "某"]),
        max_size=8,
    ).map("".join)
)  # fmt: skip
def test_a_number_in_brackets_reads_alike_on_any_text(text: str) -> None:
    scan = proposal._Scan.of(Flat(text, range(len(text))))
    reads = proposal._kind_reads(scan, False, False)
    for m, read in zip(scan.number_kinds, reads, strict=False):
        bracketed = text[: m.start()].endswith(("（", "(")) and not m.group("d")
        assert read.rank == (proposal._IN_NOTE if bracketed else proposal._AFTER_NUMBER), text


# -- the title's phrases, searched for only where read --------------------------------------


def _title_reads(scan: proposal._Scan) -> tuple[object, ...]:
    """What the readers take of a title's or an opening's scan: its kinds (each
    ``in_title``, then as the opening's), its numbers and its phrases (through :func:`proposal._phrases`)."""
    kinds = [(r.value, r.at, r.rank) for r in proposal._kinds(scan, False, in_title=True)]
    # the same text read as the opening (of_place leaves its phrases alike)
    opening = [(r.value, r.at, r.rank) for r in proposal._kinds(scan, True)]
    numbers = [(r.value, r.at) for r in proposal._numbers(scan)]
    return kinds, opening, numbers, [m.span() for m in proposal._phrases(scan)]


def _check_title_scan(text: str) -> bool:
    """The title's scan reads as the full one; whether it left the phrases unsearched."""
    flat = Flat(text, range(len(text)))
    lazy, full = proposal._Scan.of_place(flat), proposal._Scan.of(flat)
    for got, want in zip(lazy[1:], full[1:], strict=True):  # the matches, by their spans
        if got is not None or want is not full.phrases:
            assert [m and m.span() for m in got] == [m and m.span() for m in want], text
    assert _title_reads(lazy) == _title_reads(full), text
    return lazy.phrases is None and bool(full.phrases)


def test_the_title_scan_reads_as_the_full_one(contexts: list[Context]) -> None:
    texts = [line.text for ctx in contexts for line in ctx.view.content_lines]
    texts += [
        "关于某某的建议提案的答复",
        "关于某某的提案建议的复函",
        "关于某某的意见建议的答复",
        "第12号关于某某的建议的答复",
        "第12号代表关于某某的建议的答复",
        "第12号：关于某某的建议",
        "第12号关于关于某某的建议",
        "市政协第3号委员关于某某的提案的答复",
        # openings
        "您提出的关于某某的建议提案收悉，现答复如下：",
        "您在会议期间提出的第12号关于某某的建议已收悉。",
        "你们提出的关于某某、关于某甲的提案已交我局办理。",
        "您的第5号代表关于某某的议案收悉，该提案涉及多个部门。",
    ]
    left = sum(1 for text in texts if _check_title_scan(text))
    assert left >= at_least(100, 20)  # not vacuous: phrases there, left unsearched


def test_the_title_scan_leaves_the_phrases_only_where_none_is_read(
    contexts: list[Context], monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = _read_all(contexts)
    of_place = proposal._Scan.of_place  # (bound before it is replaced: the scan of _Scan.of)
    monkeypatch.setattr(proposal._Scan, "of_place", lambda flat: of_place(flat, lazy=False))
    assert [proposal.extract(ctx) for ctx in contexts] == fast


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["关于", "关", "于", "的", "建议", "提案", "议案", "意见", "批评", "案",
                         "第12号", "12号", "号", "代表", "委员", "：", "，", "某某", "会议",
                         "《", "》", "答复"]),
        max_size=12,
    ).map("".join)
)  # fmt: skip
def test_the_title_scan_reads_alike_on_any_text(text: str) -> None:
    _check_title_scan(text)


# -- numbers after a kind word and after the session, by searches from the last match ------


def _searched_numbers(text: str) -> list[tuple[str, int]]:
    """What :func:`proposal._numbers` reads of _KIND_NUMBER and _AFTER_SESSION alone (a
    scan with nothing else), as (value, at) pairs."""
    flat = Flat(text, range(len(text)))
    scan = proposal._Scan(flat, [], [], [], [])
    return [(r.value, r.at) for r in proposal._numbers(scan)]


def _plain_searched_numbers(text: str) -> list[tuple[str, int]]:
    """The same through ``finditer``, ungated."""
    out: list[tuple[str, int]] = []
    for m in proposal._KIND_NUMBER.finditer(text):
        group = next(g for g in ("a", "b", "c") if m.group(g))
        out.append((m.group(group), m.start(group)))
    for m in proposal._AFTER_SESSION.finditer(text):
        out.append((m.group("number"), m.start("number")))
    for m in proposal._LONE_CLOSE.finditer(text):  # (no quote of the scan's: each is lone)
        after = proposal._AFTER_QUOTE.match(text, m.start())
        if after is not None and after.group("number"):
            out.append((after.group("number"), after.start("number")))
    return sorted({at: (value, at) for value, at in out}.values(), key=lambda r: r[1])


def test_numbers_are_searched_as_finditer_finds_them(contexts: list[Context]) -> None:
    texts = [line.text for ctx in contexts for line in ctx.view.content_lines]
    texts += [
        "建议第12号建议第13号提案（第14号）",
        "会议温36号建议会议6.11提案会议7号议案",
        "提案167号答复建议168号的建议：第009号",
        "关于某事的建议”(第54号)，关于某事的提案」（12号提案）",
    ]
    for text in texts:
        assert _searched_numbers(text) == _plain_searched_numbers(text), text
    assert sum(1 for t in texts if len(_searched_numbers(t)) > 1) >= 2  # several in one


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(["建议", "提案", "议案", "会议", "第", "12", "6.11", "号", "温", "：",
                         "（", "）", "代表", "答复", "的", "，", "某", "”"]),
        max_size=14,
    ).map("".join)
)  # fmt: skip
def test_numbers_are_searched_alike_on_any_text(text: str) -> None:
    assert _searched_numbers(text) == _plain_searched_numbers(text)


def _quote_inners(ctxs: list[Context]) -> list[str]:
    """The stripped inside of every quote of ``ctxs``' texts (what _proposal_like reads)."""
    out = []
    for ctx in ctxs:
        for m in proposal._QUOTED.finditer(ctx.view.norm):
            out.append(m.group(m.lastgroup or 0).strip())
    return out


def test_a_quote_is_proposal_like_as_the_pattern_says(contexts: list[Context]) -> None:
    inners = _quote_inners(contexts)
    inners += [
        "关于某某的建议",
        "某某建议案",
        "某某建议案由",
        "某某意见",
        "某某批评意见",
        "某某议事原案",
        "某某意见建议",
        "某某提案号",
        "关于",
        "于关于",
        "",
    ]
    assert sum(proposal._proposal_like(inner) for inner in inners) >= at_least(40, 8)
    for inner in inners:
        assert proposal._proposal_like(inner) == _plain_proposal_like(inner), inner


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "关于",
                "关",
                "于",
                "建议",
                "建",
                "议",
                "案",
                "提案",
                "意见",
                "批评",
                "事原",
                "由",
                "号",
                "某",
                " ",
            ]
        ),
        max_size=8,
    ).map(lambda words: "".join(words).strip())
)
def test_a_quote_is_proposal_like_alike_on_any_text(inner: str) -> None:
    assert proposal._proposal_like(inner) == _plain_proposal_like(inner)


def test_titles_of_lines_are_read(contexts: list[Context]) -> None:
    """The titles of lines, whose quotes extract searches once, are there to be read."""
    assert sum(1 for ctx in contexts if len(ctx.layout.title) > 1) >= at_least(20, 3)


# -- a header line's number labels looked for only where 号 stands --------------------------


def test_every_number_label_holds_its_gate() -> None:
    """What lets :func:`proposal._labelled_number` pass over a header line with no 号."""
    spellings = [e.spelling for e in proposal._NUMBER_LABELS.entries]
    assert spellings
    assert all("号" in spelling for spelling in spellings)


def _plain_labelled_number(ctx: Context) -> object:
    """:func:`proposal._labelled_number` reading every header line's labels."""
    for line in ctx.layout.header:
        for found in proposal.labels_on(ctx.view, line, proposal._NUMBER_LABELS):
            start, end = proposal.labelled_value(ctx.view, line, found)
            m = proposal._LABELLED_NUMBER.fullmatch(ctx.view.norm, start, end)
            if m is not None:
                where = m.span("number")
                return proposal.ProposalNumber(m.group("number"), ctx.span(*where), where)
    return None


def test_the_labelled_number_reads_as_every_line_read(contexts: list[Context]) -> None:
    read = 0
    for ctx in contexts:
        got = proposal._labelled_number(ctx)
        assert got == _plain_labelled_number(ctx)
        read += got is not None
    assert read >= 1  # not vacuous: 建议编号：第15号


# -- the quotes, not searched where no opening mark stands --------------------------------


def _spans(quotes: list[re.Match[str]]) -> list[tuple[object, ...]]:
    return [(m.span(), m.lastgroup, m.groups()) for m in quotes]


def _check_quotes(text: str) -> None:
    plain = _spans(list(proposal._QUOTED.finditer(text)))
    assert _spans(proposal._quotes(text)) == plain, text
    assert _spans(proposal._Scan.of(Flat(text, range(len(text)))).quotes) == plain, text


def test_the_quotes_are_read_alike(contexts: list[Context]) -> None:
    texts = [line.text for ctx in contexts for line in ctx.view.content_lines]
    texts += [ctx.view.norm for ctx in contexts]
    texts += ["“关于某某的建议”", "《某某》", '"某某"', "「某某」", "某某”的建议", "某某》"]
    for text in texts:
        _check_quotes(text)
    # not vacuous: each opening mark quotes something somewhere
    for mark in '“《"「':
        assert any(mark in text and proposal._quotes(text) for text in texts), mark


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="“”「」《》\"'x关于的建议‘’『』〈〉", max_size=24))
def test_the_quotes_are_read_alike_on_any_text(text: str) -> None:
    _check_quotes(text)


def test_a_cited_doc_number_gathered_late_keeps_its_serial_out(contexts: list[Context]) -> None:
    """The cited 发文字号s are gathered at the first number read: a letter whose number
    stands inside one reads the one outside it (or none), as when gathered first."""
    seen = 0
    for ctx in contexts:
        cited = [(d.start, d.end) for d in ctx.found(DocNumberFound) if d.item.prefix]
        for item in proposal.extract(ctx):
            if isinstance(item, proposal.ProposalNumber) and item.claim is not None:
                start = item.claim[0]
                assert not any(a <= start < b for a, b in cited), ctx.view.norm[:80]
        seen += bool(cited)
    assert seen >= at_least(5, 1)


def test_a_number_inside_a_cited_doc_number_is_none() -> None:
    (ctx,) = contexts_before(
        ["张代表：\n根据市政发〔2021〕第12号建议收悉，现答复如下："], "proposal"
    )
    assert [d.item.prefix for d in ctx.found(DocNumberFound)] == ["市政发"]
    numbers = [i for i in proposal.extract(ctx) if isinstance(i, proposal.ProposalNumber)]
    assert numbers == []  # 第12号 stands inside the cited 发文字号
