"""The 发文字号 readers find their brackets with ``str.find`` (issue #9): the places and
matches are the ones their patterns' scans of the whole letter give, compared over every
gold letter, their perturbations, invented lines and random text over the characters
that matter."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from goldsets import all_letters, at_least, perturbed_texts
from replyparse.fields import docnumber, references
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
    for chars in (docnumber._OPEN, docnumber.LOST_BRACKETS, references._BRACKETS):
        plain = [m.start() for m in re.finditer(f"[{re.escape(chars)}]\\d", norm)]
        assert docnumber.before_digit(norm, chars) == plain
    fast = docnumber.doc_number_matches(norm)
    assert _spans(fast) == _spans(list(docnumber._DOC_NUMBER.finditer(norm)))
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


def test_the_bracket_finds_give_the_scans_matches() -> None:
    found = sum(_check(view) for view in [*_VIEWS, *map(_view, _INVENTED)])
    assert found >= at_least(1_000, 20)  # not vacuous


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_the_bracket_finds_on_any_text(text: str) -> None:
    _check(_view(text))
