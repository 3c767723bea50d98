"""A signer's or a page's label whose value a flattened copy glued before the salutation's
names (``签发人：张某某李某某代表：``) is looked for back from the value as far as the longest
such label runs, its colon with it: a label of any length is found whole (an earlier round
looked back a fixed eight characters, so a longer label was never found)."""

from __future__ import annotations

import pytest

from replyparse import resegment


def _split(label: str) -> int | None:
    norm = f"{label}：张某某李某某代表："
    run = len(label) + 1
    return resegment._label_value_end(norm, run, len(norm) - 3)


@pytest.mark.parametrize("label", sorted(resegment._PERSON_VALUE_LABELS))
def test_every_signers_label_is_found(label: str) -> None:
    assert _split(label) == len(label) + 1 + 3


def test_a_longer_label_is_found_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """A label of nine characters, none of its tails a label: found back its whole length."""
    long = "单位主要负责人审阅"
    monkeypatch.setattr(
        resegment, "_VALUE_LABEL_BEFORE", resegment._labels_before(frozenset({long}))
    )
    assert _split(long) == len(long) + 1 + 3


# Must not match
def test_no_label_before_the_value() -> None:
    norm = "您好张某某李某某代表："
    assert resegment._label_value_end(norm, 2, len(norm) - 3) is None


def test_names_in_a_list_are_no_value() -> None:
    norm = "签发人：张某某、李某代表："
    assert resegment._label_value_end(norm, 4, len(norm) - 3) is None
