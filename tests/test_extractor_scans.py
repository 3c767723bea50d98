"""The 发文字号 readers find their brackets, the 办理类型 reader its labels' words and the
amounts their unit characters with ``str.find`` (issue #9): the places and matches are the ones their patterns' scans of the
whole letter give, compared over every gold letter, their perturbations, invented lines
and random text over the characters that matter."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from goldsets import all_letters, at_least, perturbed_texts
from replyparse import vocab
from replyparse.fields import amounts, docnumber, handling, references
from replyparse.fields.linescan import char_places
from replyparse.labels import labelled_value, labels_on
from replyparse.resegment import resegment
from replyparse.textview import TextView
from replyparse.unwrap import unwrap

_INVENTED = [
    "某政函〔2020〕45号\n关于某某的答复\n依据某办［2019］第3号、某发【21】12-1号文件。",
    "某办〔2018109号，某办2018〕109号，编号【2018006号，〔2021012号提案",
    "（2019年）工作；(2020)某民终3号；〈2021〉7号；<2022>8号；﹝2023﹞9号；〖2024〗10号",
    "〔１２〕３号、〔٢٠٢٠〕٤号、〔2020年〕第005号、[2021]甲6号〔2021〕",
    "依据某政复〔2020〕\n4号文件办理。",
    "〔²〕1号（2²〔5²",
    "依据〔2020〕45、[2021]某政复函3、某办〔2018109与某办2018〕109文件（2022）办理",
    "依据某政复〔2020〕\n4文件，（2021）某政复函 5办理。",
    "",
]
_ALPHABET = "²〔〕[]［］【】（）﹝﹞〖〗〈〉<>20１９年第号甲-—\n 的"


def _view(text: str) -> TextView:
    return resegment(unwrap(TextView(text)))


_VIEWS = [_view(text) for text in [g.text() for g in all_letters()] + perturbed_texts()]


def _spans(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(m.re.groups + 1)) for m in matches]


def _check(view: TextView) -> int:
    """Compare every fast reading of ``view`` with its plain scan; how many places."""
    norm = view.norm
    for chars in (
        docnumber._OPEN,
        docnumber.LOST_BRACKETS,
        references._BRACKETS,
        docnumber.BRACKETS,
    ):
        plain = [m.start() for m in re.finditer(f"[{re.escape(chars)}]\\d", norm)]
        assert docnumber.before_digit(norm, chars) == plain
    fast = docnumber.doc_number_matches(norm)
    assert _spans(fast) == _spans(list(docnumber._DOC_NUMBER.finditer(norm)))
    # the remembered scan shared by both readers: its places for this text (none in a text
    # without 号), whatever text was asked before (a copy of the text is another string,
    # asked afresh)
    every = docnumber.before_digit(norm, docnumber.BRACKETS)
    shared = docnumber.brackets_before_digit(norm)
    assert shared == (every if "号" in norm else [])
    assert docnumber.brackets_before_digit("〔2020〕1号" + norm) == docnumber.before_digit(
        "〔2020〕1号" + norm, docnumber.BRACKETS
    )
    assert docnumber.brackets_before_digit(norm) == shared
    # and what its readers make of those places is what they make of every place
    assert references._wrapped_numbers(view, shared) == references._wrapped_numbers(view, every)
    assert docnumber.find_lost_bracket_numbers(view, shared) == docnumber.find_lost_bracket_numbers(
        view
    )
    brackets = docnumber.before_digit(norm, references._BRACKETS)
    opens = references._cut_number_opens(norm, brackets)
    assert opens == [m.start() for m in references._CUT_NUMBER_OPENS.finditer(norm)]
    lost = docnumber.find_lost_bracket_numbers(view, brackets)
    assert lost == docnumber.find_lost_bracket_numbers(view)
    # the plain gate: its pattern tried at every place (as its search does)
    assert lost == docnumber.find_lost_bracket_numbers(view, list(range(len(norm))))
    if docnumber._LOST_BRACKET_GATE.search(norm) is None:
        assert lost == []
    return len(fast) + len(opens) + len(lost)


def test_the_shared_brackets_hold_every_readers() -> None:
    # the references' readers filter the shared places by their own brackets
    assert set(references._BRACKETS) <= set(docnumber.BRACKETS)
    assert set(docnumber._OPEN) <= set(docnumber.BRACKETS)


def test_the_bracket_finds_give_the_scans_matches() -> None:
    found = sum(_check(view) for view in [*_VIEWS, *map(_view, _INVENTED)])
    assert found >= at_least(1_000, 20)  # not vacuous


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_the_bracket_finds_on_any_text(text: str) -> None:
    _check(_view(text))


# -- 办理类型: the labels' words ------------------------------------------------------------

_HANDLING = [
    "办理类型：B类",
    "办 理 类 型：A",
    "答复结果\n解决采纳",
    "分类：甲；类别：乙；办复类别标注：C",
    "类",
    "结果",
    "某类某结果办理",
    "",
]
_HANDLING_ALPHABET = "办理结果标注类型别复答分型　 \n某"


def _check_handling(norm: str) -> bool:
    plain = handling._ANY_LABEL.search(norm) is not None
    assert handling._holds_label(norm) == plain
    return plain


def test_every_handling_label_holds_a_word_found() -> None:
    assert handling._LABEL_WORDS is not None  # else every letter is scanned whole
    for entry in handling._LABELS.entries:
        assert any(word in entry.spelling for word in handling._LABEL_WORDS), entry


def test_the_handling_gate_finds_what_the_label_search_finds() -> None:
    texts = [view.norm for view in _VIEWS] + [_view(text).norm for text in _HANDLING]
    held = sum(_check_handling(norm) for norm in texts)
    # every spelling, alone and inside other words
    for entry in handling._LABELS.entries:
        for text in (entry.spelling, f"某{entry.spelling}某", f"类{entry.spelling[1:]}"):
            held += _check_handling(text)
    assert held >= at_least(200, 20)  # not vacuous


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=_HANDLING_ALPHABET, max_size=30))
def test_the_handling_gate_on_any_text(text: str) -> None:
    _check_handling(text)


# -- amounts: the unit characters -----------------------------------------------------------


def _check_units(norm: str) -> int:
    places = char_places(norm, amounts._UNIT_CHARS)
    assert places == [m.start() for m in amounts._UNIT.finditer(norm)]
    return len(places)


def test_the_unit_places_are_the_unit_scans() -> None:
    texts = [view.norm for view in _VIEWS]
    texts += ["共计3万元，其中1.5亿元、两千元、1萬元和5億", "元", "", "千万元万元"]
    assert sum(map(_check_units, texts)) >= at_least(1_000, 20)  # not vacuous


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="元万萬亿億千12。\n 百", max_size=30))
def test_the_unit_places_on_any_text(text: str) -> None:
    _check_units(text)


# -- 办理类型: the class letter's gate before a mark's search -------------------------------

_MARK_LINES = [
    "（此件公开发布）",
    "（联系人：某某，联系电话：0000-0000000）",
    "某某局  A类",
    "答复类别：B类（已解决或采纳）",
    "（C类）",
    "【D】",
    "C2类）",
    "（B）类",
    "丙类",
    "某办复〔2020〕12号  甲类",
    "水质II类",
    "第十二号A类",
    "某某" * 20 + "A类",
    "A" + "某" * 40 + "（已解决）",
]
_MARK_ALPHABET = "ABCDE甲乙丙丁类（）()【】〕号某 1\n"


def _check_mark(view: TextView, open_gate: re.Pattern[str]) -> int:
    """Compare :func:`handling._mark` with the same reading searched on every line; how
    many lines hold a mark."""
    marks = 0
    gate = handling._CLASS_LETTER
    for line in view.content_lines:
        fast = handling._mark(view, line)
        try:
            handling._CLASS_LETTER = open_gate
            plain = handling._mark(view, line)
        finally:
            handling._CLASS_LETTER = gate
        assert fast == plain, line.text
        marks += plain is not None
    return marks


def test_the_class_letter_gate_finds_every_mark() -> None:
    open_gate = re.compile("")  # (matches at once: the search always runs)
    views = _VIEWS + [_view(text) for text in _MARK_LINES]
    marks = sum(_check_mark(view, open_gate) for view in views)
    assert marks >= at_least(40, 8)  # not vacuous


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=_MARK_ALPHABET, max_size=40))
def test_the_class_letter_gate_on_any_text(text: str) -> None:
    _check_mark(_view(text), re.compile(""))


def _labelled_plain(view: TextView) -> tuple[str, tuple[int, int]] | None:
    """:func:`handling._labelled` without its gates: ``labels_on`` on every line."""
    for line in view.content_lines:
        for found in labels_on(view, line, handling._LABELS):
            m = handling._VALUE.match(view.norm, *labelled_value(view, line, found))
            if m is not None:
                return vocab.mapping("handling_types")[m.group("value")], m.span("value")
    return None


def test_the_handling_line_gate_keeps_every_label() -> None:
    views = list(_VIEWS) + [_view(text) for text in _HANDLING]
    views += [_view(f"某某\n{e.spelling}：乙\n结果") for e in handling._LABELS.entries]
    found = 0
    for view in views:
        plain = _labelled_plain(view)
        assert handling._labelled(view, view.content_lines) == plain
        found += plain is not None
    assert found >= at_least(30, 10)  # not vacuous


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_HANDLING_ALPHABET + "：乙ABC", max_size=30))
def test_the_handling_line_gate_on_any_text(text: str) -> None:
    view = _view(text)
    assert handling._labelled(view, view.content_lines) == _labelled_plain(view)
