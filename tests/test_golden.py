"""Golden letters: every ``*.txt`` beside its ``*.expected.json``, compared field by field.

The bundled samples are invented letters; the seeds are the two real letters kept in
``../shared/seeds`` (skipped with a reason when that folder is absent).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SAMPLES, SEEDS
from golden import LISTS, SCALARS, differences
from replyparse import parse_file

SAMPLE_LETTERS = sorted(SAMPLES.glob("*.txt"))
SEED_LETTERS = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
FIELDS = SCALARS + LISTS


def _cases(letters: list[Path]) -> list[tuple[Path, str]]:
    return [(path, field) for path in letters for field in FIELDS]


def _check(path: Path, field: str) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    if field not in expected:
        pytest.skip(f"{path.name}: the expected record does not annotate {field}")
    record = parse_file(path).model_dump(mode="json")
    assert differences(record, {field: expected[field]}) == {}


def test_there_are_samples() -> None:
    assert len(SAMPLE_LETTERS) >= 8
    for path in SAMPLE_LETTERS:
        assert path.with_suffix(".expected.json").is_file(), f"{path.name} has no expected record"


@pytest.mark.parametrize(
    ("path", "field"), _cases(SAMPLE_LETTERS), ids=lambda v: v.stem if isinstance(v, Path) else v
)
def test_sample_letter(path: Path, field: str) -> None:
    _check(path, field)


@pytest.mark.parametrize(
    ("path", "field"), _cases(SEED_LETTERS), ids=lambda v: v.stem if isinstance(v, Path) else v
)
def test_seed_letter(path: Path, field: str) -> None:
    _check(path, field)


def test_seed_letters_present(seeds_dir: Path) -> None:
    assert len(list(seeds_dir.glob("*.expected.json"))) >= 2
