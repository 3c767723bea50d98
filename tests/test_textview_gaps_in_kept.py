"""``TextView.gaps_in`` reads the view's kept gap list straight once it is made, and makes it
on the first ask: the same places whichever ask comes first, and on every later ask."""

from __future__ import annotations

from replyparse.textview import TextView

_LETTER = "某某县  农业农村局\n联系人：王某   电话：0000-0000000\n现答复如下。\n"


def _asked(view: TextView) -> list[list[int]]:
    n = len(view.norm)
    return [view.gaps_in(a, b) for a in range(0, n, 3) for b in (a + 1, a + 7, n)]


def test_gaps_in_first_ask_as_later_asks() -> None:
    first = TextView(_LETTER)
    answers = _asked(first)  # (the first ask makes the list)
    assert answers == _asked(first)
    other = TextView(_LETTER)
    assert sorted(other.gaps) == other.gaps_in(0, len(other.norm) + 1)  # (made by .gaps)
    assert _asked(other) == answers
    assert any(answers)  # not vacuous: the letter has gaps


def test_gaps_in_a_letter_without_gaps() -> None:
    view = TextView("现答复如下。\n某某局\n")
    assert view.gaps_in(0, len(view.norm)) == []
    assert view.gaps_in(0, len(view.norm)) == []
