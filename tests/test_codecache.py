"""The code dataclasses, named tuples and string annotations are compiled to, kept between
processes (``replyparse.codecache``): what the block makes is what the builtins make, a
table is read back instead of compiling, and one that cannot be trusted is never used."""

from __future__ import annotations

import collections
import dataclasses
import inspect
import json
import marshal
import os
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from replyparse import codecache

DIGEST = 4  # the file opens with a CRC-32 of the rest


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private cache folder of the test's own, and the module as a fresh process has it."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    fresh(monkeypatch)
    yield tmp_path / "replyparse"


def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """The module's state as a new process starts with it (nothing read yet)."""
    monkeypatch.setattr(codecache, "_table", None)
    monkeypatch.setattr(codecache, "_path", None)
    monkeypatch.setattr(codecache, "_asked", set())
    monkeypatch.setattr(codecache, "_missed", False)


def compiled_count(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the module compiles from now on."""
    texts: list[str] = []

    def counted(text: str, *args: Any, **kwargs: Any) -> Any:
        texts.append(text)
        return compile(text, *args, **kwargs)

    monkeypatch.setattr(codecache, "compile", counted, raising=False)
    return texts


def tables(cache: Path) -> list[Path]:
    return sorted(cache.glob("code-*.marshal"))


def make_classes() -> tuple[type, type, Any]:
    """A dataclass, a named tuple and a function whose annotations are strings, made anew."""

    @dataclasses.dataclass(frozen=True, order=True)
    class Item:
        name: str
        span: tuple[int, int] = (0, 0)
        tags: list[str] = dataclasses.field(default_factory=list)

    class Row(NamedTuple):
        text: str
        start: int = 0

    def command(path: str, limit: int | None = None) -> None:
        """(its annotations are strings: this module puts them off)"""

    return Item, Row, command


def test_the_block_makes_what_the_builtins_make(cache: Path) -> None:
    plain_item, plain_row, command = make_classes()
    plain_signature = inspect.signature(command, eval_str=True)
    for _ in range(2):  # compiled and kept, then taken from the table
        with codecache.generated_code_kept():
            item, row, command = make_classes()
            signature = inspect.signature(command, eval_str=True)
        fresh_state = codecache._table
        for name in ("__init__", "__repr__", "__eq__", "__lt__", "__hash__", "__setattr__"):
            assert getattr(item, name).__code__ == getattr(plain_item, name).__code__, name
        assert row.__new__.__code__ == plain_row.__new__.__code__
        assert item("王某", (1, 3)) < item("王某", (2, 3))
        assert repr(item("李小明")) == repr(plain_item("李小明"))
        assert row("甲山县", 4) == ("甲山县", 4) and row._fields == ("text", "start")
        assert signature == plain_signature
        assert fresh_state
    assert len(tables(cache)) == 1


def test_a_second_process_takes_the_code_from_the_table(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with codecache.generated_code_kept():
        make_classes()
    (table,) = tables(cache)
    written = table.stat().st_mtime_ns
    fresh(monkeypatch)  # another process
    compiled = compiled_count(monkeypatch)
    with codecache.generated_code_kept():
        item, row, _ = make_classes()
    assert compiled == []
    assert item("王某").name == "王某" and row("乙河市").start == 0
    assert table.stat().st_mtime_ns == written, "nothing missed: not written again"


def test_the_builtins_are_back_after_the_block_and_blocks_nest(cache: Path) -> None:
    with codecache.generated_code_kept():
        with codecache.generated_code_kept():
            pass
        assert vars(dataclasses)["exec"] is codecache._exec, "the outer block is active"
        assert vars(collections)["eval"] is codecache._eval
        assert vars(inspect)["eval"] is codecache._eval
    for module, name in ((dataclasses, "exec"), (collections, "eval"), (inspect, "eval")):
        assert name not in vars(module)


def test_an_error_in_the_block_still_puts_the_builtins_back(cache: Path) -> None:
    with pytest.raises(ValueError), codecache.generated_code_kept():
        raise ValueError("a module that failed to load")
    assert "exec" not in vars(dataclasses)


def test_without_globals_the_callers_namespaces_are_used(cache: Path) -> None:
    """As the builtins take them: the caller's, never the module's own."""
    local_only = "乙河市"
    with codecache.generated_code_kept():
        assert codecache._eval("local_only + '某局'") == "乙河市某局"
        assert codecache._eval("DIGEST") == DIGEST
        found: dict[str, Any] = {}
        codecache._exec("made = DIGEST * 2", None, found)
    assert found["made"] == DIGEST * 2
    assert local_only


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda data: data[:DIGEST] + b"\x00" + data[DIGEST + 1 :], id="damaged"),
        pytest.param(lambda data: data[: len(data) // 2], id="cut-short"),
        pytest.param(lambda data: b"", id="empty"),
    ],
)
def test_a_table_that_cannot_be_trusted_is_not_read(
    cache: Path, monkeypatch: pytest.MonkeyPatch, spoil: Any
) -> None:
    with codecache.generated_code_kept():
        make_classes()
    (table,) = tables(cache)
    table.write_bytes(spoil(table.read_bytes()))
    fresh(monkeypatch)
    compiled = compiled_count(monkeypatch)
    with codecache.generated_code_kept():
        item, _, _ = make_classes()
    assert compiled, "compiled anew"
    assert item("王某").name == "王某"
    assert codecache._load(table), "and written again, whole"


def test_another_pythons_table_is_not_read(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with codecache.generated_code_kept():
        make_classes()
    (table,) = tables(cache)
    stored = marshal.loads(table.read_bytes()[DIGEST:])
    stored["stamp"] = "3.11.0 (another build) 00000000"
    payload = marshal.dumps(stored)
    table.write_bytes(zlib.crc32(payload).to_bytes(DIGEST, "big") + payload)
    assert codecache._load(table) == {}


def test_a_table_past_its_size_keeps_only_what_the_run_asked_for(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(codecache, "MOST", 3)
    with codecache.generated_code_kept():
        make_classes()  # more than three texts
    (table,) = tables(cache)
    kept = codecache._load(table)
    assert len(kept) > 3
    fresh(monkeypatch)
    with codecache.generated_code_kept():
        namedtuple = collections.namedtuple("Pair", ["a", "b"])  # one text more, a miss
    assert namedtuple(1, 2).b == 2
    assert list(codecache._load(table)) == list(codecache._asked), "this run's text alone"


# Whether a dataclass made in a loading block of the program, or of a library, is kept, in
# a fresh interpreter (PROGRAM: True for the program).
_LOAD = """
import dataclasses, json
from replyparse import codecache, loading
if PROGRAM:
    loading.as_the_program()
with loading.collector_paused():
    @dataclasses.dataclass
    class Made:
        name: str
print(json.dumps({"asked": len(codecache._asked), "made": Made("王某").name}))
"""


@pytest.mark.parametrize("program", [True, False])
def test_the_program_keeps_its_loading_blocks_code_and_a_library_does_not(
    tmp_path: Path, program: bool
) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    code = _LOAD.replace("PROGRAM", str(program))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["made"] == "王某"
    assert (result["asked"] > 0) is program
    assert bool(tables(tmp_path / "replyparse")) is program
