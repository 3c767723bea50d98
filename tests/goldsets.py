"""Where the letters with gold records live, and how to load them.

Three sets: the bundled ``samples/`` (invented letters), the two real ``seeds`` and the
real-letter ``corpus`` in the shared folder beside the repository. Each letter is a text
beside its ``*.expected.json``. A set whose folder is absent is reported by
:func:`missing_sets`, never raised: the shared folder is not part of a clean clone.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("REPLYPARSE_SHARED") or ROOT.parent / "shared")
"""The shared folder (specs, seed letters, the real-letter corpus with gold, the scorer):
``$REPLYPARSE_SHARED``, by default ``shared/`` beside the repository."""


@dataclass(frozen=True)
class GoldSet:
    """One set: its name, the folder of its letters and the folder of its gold records."""

    name: str
    letters: Path
    gold: Path

    def present(self) -> bool:
        return self.letters.is_dir() and self.gold.is_dir()


SETS: tuple[GoldSet, ...] = (
    GoldSet("samples", ROOT / "samples", ROOT / "samples"),
    GoldSet("seeds", SHARED / "seeds", SHARED / "seeds"),
    GoldSet("corpus", SHARED / "corpus" / "letters", SHARED / "corpus" / "gold"),
)


@dataclass(frozen=True)
class GoldLetter:
    """A letter's text with its gold record; ``key`` is ``set/stem``, unique over all sets."""

    set: str
    stem: str
    path: Path
    gold_path: Path

    @property
    def key(self) -> str:
        return f"{self.set}/{self.stem}"

    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")

    def gold(self) -> dict[str, Any]:
        record: dict[str, Any] = json.loads(self.gold_path.read_text(encoding="utf-8"))
        return record


def get_set(name: str) -> GoldSet:
    for gold_set in SETS:
        if gold_set.name == name:
            return gold_set
    raise KeyError(name)


def missing_sets() -> list[GoldSet]:
    return [s for s in SETS if not s.present()]


def letters(gold_set: GoldSet) -> Iterator[GoldLetter]:
    """The letters of a set that have a gold record, in name order (none when absent)."""
    if not gold_set.present():
        return
    for gold_path in sorted(gold_set.gold.glob("*.expected.json")):
        stem = gold_path.name[: -len(".expected.json")]
        path = gold_set.letters / f"{stem}.txt"
        if path.is_file():
            yield GoldLetter(gold_set.name, stem, path, gold_path)


def all_letters() -> list[GoldLetter]:
    return [letter for gold_set in SETS for letter in letters(gold_set)]


def perturbed_texts() -> list[str]:
    """Every gold letter as each perturbation gives it (a page's chrome, one line...), each
    text once: a transform that leaves a letter as it is (no label to space, no date to
    respell) or gives what another gave adds no text, the letter itself being asked by
    every caller (a fifth of them were copies). Made once a run."""
    return list(_perturbed())


@cache
def _perturbed() -> tuple[str, ...]:
    from perturb import TRANSFORMS

    texts: dict[str, None] = {}
    for g in all_letters():
        text, gold = g.text(), g.gold()
        for transform in TRANSFORMS:
            out = transform(text, gold, g.key)
            if out != text:
                texts[out] = None
    return tuple(texts)


def gold_texts(*extra: str) -> list[str]:
    """Every gold letter's text, then ``extra`` (snippets of a test's own), then every
    perturbed text: what a fast path is compared with its plain reading on."""
    return [g.text() for g in all_letters()] + list(extra) + perturbed_texts()


def at_least(with_shared: int, samples_only: int) -> int:
    """How many cases a comparison over :func:`all_letters` must meet not to be vacuous:
    ``with_shared`` when every set is present, ``samples_only`` when the shared folder
    is absent and only the samples are read."""
    return with_shared if all(gold_set.present() for gold_set in SETS) else samples_only
