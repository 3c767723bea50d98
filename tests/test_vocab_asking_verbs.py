"""The verbs of asking after a pronoun (你提出的…, 您所提…) are one list,
``data/asking_verbs.txt``, read by both rules that ask for them: a bare-name salutation
(resegment) and a crumb's line holding a letter (chrome). They were written out three
times, in two modules. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import chrome, resegment, vocab

VERBS = vocab.words("asking_verbs")


@pytest.mark.parametrize("verb", VERBS)
def test_every_verb_opens_a_bare_name_salutation(verb: str) -> None:
    assert resegment._BARE_NAME_OPENING.fullmatch(f"你{verb}") is not None


@pytest.mark.parametrize("verb", VERBS)
def test_every_verb_answers_after_a_crumb_salutation(verb: str) -> None:
    assert chrome._HELD_OPENING.fullmatch(f"您们{verb}") is not None
    assert chrome._HELD_SALUTATION.search(f"张某某：你们{verb}的") is not None


def test_where_is_asked_only_right_after_the_colon() -> None:
    assert resegment._BARE_NAME_OPENING.fullmatch("您在") is not None
    assert chrome._HELD_SALUTATION.search("张某某：您在") is not None
    assert chrome._HELD_OPENING.fullmatch("您在") is None
