"""Every span of every golden letter's record matches its text."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SAMPLES, SEEDS
from replyparse import parse_file
from test_properties import assert_spans_match, spans_of

LETTERS = sorted(SAMPLES.glob("*.txt")) + (sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else [])


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_every_span_matches(path: Path) -> None:
    letter = parse_file(path)
    assert spans_of(letter), "a real letter has spanned items"
    assert_spans_match(letter)
