"""``scripts/instructions.py --stages``: each stage of a parse called through a C function of
its own (a trampoline) calls the stage once, with its arguments, and gives back its answer,
so the parse counted is the parse as it runs: the records are the same with the stages
wrapped, and every stage named is one ``parse_text`` runs."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from replyparse import parse_text
from replyparse import parser as parser_module

ROOT = Path(__file__).resolve().parent.parent

# scripts/instructions.py, loaded by its path (scripts/ on sys.path would shadow tests' modules)
_spec = importlib.util.spec_from_file_location(
    "_instructions", ROOT / "scripts" / "instructions.py"
)
assert _spec is not None and _spec.loader is not None
instructions = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(instructions)

_LETTERS = sorted((ROOT / "samples").glob("*.txt"))[:4]


@pytest.mark.parametrize("symbol", list(instructions._TRAMPOLINES))
def test_a_trampoline_calls_the_stage_once_and_gives_its_answer(symbol: str) -> None:
    import collections
    import functools
    import itertools
    import operator

    scope = {
        "collections": collections,
        "functools": functools,
        "itertools": itertools,
        "operator": operator,
    }
    tramp = eval(instructions._TRAMPOLINES[symbol], scope)  # the child's own source
    calls: list[tuple[tuple[object, ...], dict[str, object]]] = []

    def stage(*args: object, **kwargs: object) -> object:
        calls.append((args, kwargs))
        return None if args == ("none",) else ("answer", args, kwargs)

    assert tramp(stage)(1, "two", three=3) == ("answer", (1, "two"), {"three": 3})
    assert tramp(stage)("none") is None  # (an extractor may give None: passed on, not lost)
    assert calls == [((1, "two"), {"three": 3}), (("none",), {})]


def test_every_stage_names_what_a_parse_runs_and_each_extractor_once() -> None:
    names = [e.name for e in parser_module.REGISTRY]
    wrapped: list[str] = []
    for _, what in instructions.STAGES:
        if what == "add_all":
            continue
        if what.startswith("extractor:"):
            name = what.split(":", 1)[1]
            assert name == "*" or name in names, name
            wrapped.append(name)
        else:
            assert callable(getattr(parser_module, what)), what
    assert len(wrapped) == len(set(wrapped))
    assert "*" in wrapped  # (the extractors not named apart are counted together)


def _digests(texts: list[str]) -> list[str]:
    return [
        hashlib.sha256(parse_text(t, keep_text=False).model_dump_json().encode()).hexdigest()
        for t in texts
    ]


@pytest.mark.parametrize(
    "first", range(0, len(instructions.STAGES), len(instructions._TRAMPOLINES))
)
def test_the_records_are_the_same_with_the_stages_wrapped(first: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in _LETTERS]
    # the counted child, its passes none, then each record's digest through the wrapped parse
    child = instructions._STAGES_CHILD + (
        "\nimport hashlib\n"
        "for t in texts:\n"
        "    r = P.parse_text(t, keep_text=False).model_dump_json().encode()\n"
        "    print(hashlib.sha256(r).hexdigest())\n"
    )
    src = str(Path(parser_module.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run(
        [sys.executable, "-c", child, "0", str(first), *map(str, _LETTERS)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    assert out == _digests(texts)


def test_the_counts_are_read_off_the_listing_whatever_the_share() -> None:
    # callgrind_annotate pads a share under 10% with a blank inside the bracket
    listing = "\n".join(
        [
            "427,432,503 (100.0%)  PROGRAM TOTALS",
            "83,273,316 (19.48%)  /x/Modules/_operator.c:_operator_call [/lib/libpython3.11.so]",
            "   51,972,270 ( 6.02%)  /x/Modules/itertoolsmodule.c:dropwhile_next [/lib/libpython]",
            "   15,812,460 ( 1.83%)  /x/Modules/_collectionsmodule.c:defdict_missing [/lib/x.so]",
            "   15,383,220 ( 1.78%)  /x/Include/internal/pycore_call.h:defdict_missing",
            "      802,238 ( 0.09%)  /x/Modules/_collectionsmodule.c:defdict_missing'2 [/lib/x.so]",
        ]
    )
    symbols = ["_operator_call", "dropwhile_next", "defdict_missing", "starmap_next"]
    assert instructions.inclusive_counts(listing, symbols) == {
        "_operator_call": 83_273_316,
        "dropwhile_next": 51_972_270,
        "defdict_missing": 15_812_460,
    }
