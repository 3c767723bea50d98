"""Every span of every golden and corpus letter's record holds what it should."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from conftest import SAMPLES, SEEDS, SHARED
from replyparse import parse_file
from replyparse.model import Letter
from spans import count_span_keys, is_span_key, span_problems
from test_properties import assert_spans_match, spans_of

CORPUS = SHARED / "corpus" / "letters"

LETTERS = sorted(SAMPLES.glob("*.txt")) + (sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else [])
CORPUS_LETTERS = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_every_span_matches(path: Path) -> None:
    letter = parse_file(path)
    assert spans_of(letter), "a real letter has spanned items"
    assert_spans_match(letter)


@pytest.mark.parametrize(
    "path", LETTERS + CORPUS_LETTERS, ids=lambda p: p.parent.name + "/" + p.stem
)
def test_every_span_key_holds_its_item(path: Path) -> None:
    letter = parse_file(path)
    assert count_span_keys(letter) > 10, "a letter has spans on its header, title and body"
    assert span_problems(letter) == []


def test_corpus_letters_present() -> None:
    if not CORPUS.is_dir():
        pytest.skip(
            f"corpus letters not found at {CORPUS} (the shared folder: $REPLYPARSE_SHARED, else ../shared)"
        )
    assert len(CORPUS_LETTERS) >= 40


def _span_paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths to every non-null span in a dumped record (a list of spans: each of them)."""
    out: list[tuple[Any, ...]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key.endswith("_spans"):
                out.extend((*path, key, i) for i in range(len(value)))
            elif is_span_key(key):
                out.extend([(*path, key)] if value is not None else [])
            else:
                out.extend(_span_paths(value, (*path, key)))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out.extend(_span_paths(value, (*path, i)))
    return out


RICH = SAMPLES / "s01_zhengxie_weiyuan.txt"
RICH_DATA = parse_file(RICH).model_dump(mode="json")


@pytest.mark.parametrize("path", _span_paths(RICH_DATA), ids=lambda p: ".".join(map(str, p)))
def test_the_checker_sees_a_span_moved_by_one(path: tuple[Any, ...]) -> None:
    data = copy.deepcopy(RICH_DATA)
    node = data
    for key in path[:-1]:
        node = node[key]
    start, end = node[path[-1]]
    node[path[-1]] = [start + 1, end + 1]
    assert span_problems(Letter.model_validate(data)) != []
