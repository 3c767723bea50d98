"""A letter's empty signature, made by the model's validator rather than ``Signature()``
(:func:`replyparse.model._new_signature`), is the one ``Signature()`` makes: equal, no
field set, every default, and a new one for each letter."""

from __future__ import annotations

from replyparse import parse_text
from replyparse.model import Letter, Signature, make_letter


def test_default_signature_is_signature() -> None:
    made = make_letter({"source": None, "text": "x"})
    plain = Signature()
    assert type(made.signature) is Signature
    assert made.signature == plain
    assert made.signature.model_fields_set == plain.model_fields_set == set()
    assert made.signature.model_dump() == plain.model_dump()
    assert Letter().signature == plain  # (through __init__ too)


def test_each_letter_its_own_signature() -> None:
    a = make_letter({"source": None, "text": "x"})
    b = make_letter({"source": None, "text": "y"})
    assert a.signature is not b.signature
    a.signature.issuer = "某某局"
    assert b.signature.issuer is None


def test_a_letter_with_no_signature_keeps_the_empty_one() -> None:
    letter = parse_text("现答复如下。")
    assert letter.signature == Signature()
    assert letter.model_dump()["signature"] == Signature().model_dump()
