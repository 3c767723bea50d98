"""The parser's compiled regular expressions, kept between processes.

Importing the parser compiles nearly three hundred patterns, about 0.1 s: a third of a
cold ``replyparse extract one.txt``. While :func:`cached_patterns` is active (it wraps
that import), a pattern that a replyparse module compiles is looked up in a table of
compiled programs kept in the private cache folder (:mod:`replyparse.privatecache`),
and made from it by ``_sre.compile``, as :mod:`re` itself makes every pattern; a pattern
the table lacks is compiled by :mod:`re` as usual, and its program kept only when the
program made from it gives a pattern equal to :mod:`re`'s (``==`` on patterns compares
their flags, groups and compiled code). The table is written back, atomically, only
when something was missing, and then holds the patterns of that import only, so it
cannot grow without end.

The same table keeps the sources replyparse builds for some patterns before compiling them
(:func:`source`: the vocabularies' alternations, 45 M instructions a start when built
afresh), each under the whole of what it was built from, so a changed vocabulary is a
missing source, built and kept anew, never a stale one.

A pattern a letter seldom needs can be made only when first asked for (:func:`deferred`):
its program is kept in the table all the same, and the pattern made from it then, not at
every start (making a pattern from its program costs about 25 M instructions a megabyte of
code; a cold run asks for about a quarter of the parser's).

The table is one per Python build, ``_sre`` version and copy of replyparse (two
environments on one machine keep two), checked when read, as is its
checksum (a damaged file is never unmarshalled). Anything
unexpected (no private folder, another Python whose ``re`` lacks ``_compiler``, a table
that does not load, a program ``_sre`` refuses) falls back to plain compiling: the
patterns are the same either way, only slower to make. Patterns compiled outside
replyparse, or outside the block, are never touched.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import marshal
import os
import re
import sys
import zlib
from array import array
from collections.abc import Callable, Hashable, Iterator
from pathlib import Path
from typing import Any

from replyparse import __version__
from replyparse.privatecache import private_cache_dir, write_atomically

Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
"""What ``_sre.compile`` takes after the pattern: flags, code, groups, group names; the
code kept as the bytes of an :data:`_CODE` array. Marshalled as a list, its 244,000
integers cost 16 M instructions more to load (read one by one; :meth:`array.tolist`
makes the list ``_sre.compile`` wants from the bytes at once)."""
_CODE = "I"
"""The array type of a program's code: ``_sre``'s code units are 32-bit unsigned."""
Key = tuple[str | bytes, int]
_DIGEST = 4
"""Bytes of the CRC-32 that opens the file (of the marshalled table after it): it catches
any damage of up to 32 bits in a row, and costs 14 M instructions less a start than the
BLAKE2b digest it replaces (the file is ours, in a private folder: the check is against
damage, not against someone forging it)."""

_active = False
_sources: dict[Hashable, str] = {}
"""The sources the active block's table holds (:func:`source`)."""
_sources_used: dict[Hashable, str] | None = None
"""The sources asked for while the block is active (the next table's); None outside."""
_defer: Callable[[str, int], Deferred] | None = None
"""The active block's :func:`deferred`; None outside."""


_ORDINARY = int(
    re.IGNORECASE | re.LOCALE | re.MULTILINE | re.DOTALL | re.UNICODE | re.VERBOSE | re.ASCII
)
"""The flags a table's pattern may carry; any other (``re.DEBUG`` prints the parsed
pattern, ``re.T`` warns on 3.11 and 3.12) is left to :mod:`re` with its pattern."""


def _engine() -> tuple[Any, Any, Any, Any] | None:
    """``re._compiler``, ``re._parser``, ``_sre`` and the module whose ``compile`` or
    ``_compile`` the block replaces, when they are as this module expects (CPython 3.11
    and later), else None. The hook is ``re._compile``, which ``re.compile``, ``re.match``
    and the rest call: a pattern made from the table then skips ``re``'s own checks of
    its flags (Python calls of :mod:`enum`'s) and the upkeep of its cache, 33 M
    instructions of a cold ``extract``. Without it (``re`` is private there and free to
    change) the hook is ``re._compiler.compile``, which ``re._compile`` calls."""
    compiler = getattr(re, "_compiler", None)
    parser = getattr(re, "_parser", None)
    try:
        sre = importlib.import_module("_sre")
    except ImportError:
        return None
    needed = (
        hasattr(compiler, "compile")
        and hasattr(compiler, "_code")
        and hasattr(parser, "parse")
        and hasattr(sre, "compile")
        and hasattr(sre, "MAGIC")
    )
    if not needed:
        return None
    return compiler, parser, sre, (re if callable(getattr(re, "_compile", None)) else None)


def _table_path(folder: Path, sre: Any) -> Path:
    """The table of this Python build and ``_sre`` version, and of this copy of replyparse
    (its version and its folder): two copies on one machine (two environments, a checkout
    beside an installed release) import different patterns, and with one table between them
    each run would rewrite it for the next run of the other to compile everything afresh."""
    copy = f"{__version__} {os.path.dirname(__file__)}".encode()
    key = hashlib.blake2b(copy, digest_size=6).hexdigest()
    return folder / f"patterns-{sys.implementation.cache_tag}-{sre.MAGIC}-{key}.marshal"


def _stamp(sre: Any) -> str:
    # the code's bytes are in this machine's byte order
    return f"{sys.version} {sre.MAGIC} {sys.byteorder} {_CODE}{array(_CODE).itemsize}"


def _digest(payload: bytes) -> bytes:
    return zlib.crc32(payload).to_bytes(_DIGEST, "big")


def _load(path: Path, sre: Any) -> tuple[dict[Key, Program], dict[Hashable, str]]:
    """The table in ``path`` and the sources kept with it: both empty when missing,
    damaged (its checksum is checked before anything is unmarshalled: a flipped byte in a
    program could still be a valid program that matches something else) or made by
    another Python."""
    try:
        data = path.read_bytes()
        payload = data[_DIGEST:]
        if data[:_DIGEST] != _digest(payload):
            return {}, {}
        stored = marshal.loads(payload)
    except (OSError, EOFError, ValueError, TypeError):
        return {}, {}
    if not isinstance(stored, dict) or stored.get("stamp") != _stamp(sre):
        return {}, {}
    table = stored.get("table")
    sources = stored.get("sources")
    return (
        table if isinstance(table, dict) else {},
        sources if isinstance(sources, dict) else {},
    )


_IMPORT_MACHINERY = ("importlib", "importlib._bootstrap", "importlib._bootstrap_external")
_PASSED_OVER = ("re", "re._compiler", __name__, *_IMPORT_MACHINERY)


def _ours() -> bool:
    """Whether the pattern being compiled was asked for by a replyparse module: the first
    frame that is neither :mod:`re`'s nor the import machinery's is replyparse's. (A module
    compiled by mypyc, ``scripts/compile.py``, runs without frames of its own: its patterns
    are compiled right under the import of it, which replyparse started.)"""
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if name not in _PASSED_OVER:
            return isinstance(name, str) and (
                name == "replyparse" or name.startswith("replyparse.")
            )
        frame = frame.f_back  # type: ignore[assignment]
    return False


def source(key: Hashable, make: Callable[[], str]) -> str:
    """``make()``, the source of a pattern replyparse builds, kept in the table while
    :func:`cached_patterns` is active (outside it, made each time). ``key`` must hold
    everything the source is made from (a vocabulary's entries themselves, never its
    name), in values :mod:`marshal` keeps (strings, numbers, tuples of them)."""
    used = _sources_used
    if used is None:
        return make()
    made = _sources.get(key)
    if not isinstance(made, str):
        made = make()
    used[key] = made
    return made


class Deferred:
    """``re.compile(source, flags)``, made when first called for and the same pattern at
    every call after (:func:`deferred`): from the table's program when the block that
    made this one had it, else by :mod:`re`."""

    __slots__ = ("_made", "_program", "_sre", "flags", "source")

    def __init__(self, source: str, flags: int, program: Program | None, sre: Any) -> None:
        self.source = source
        self.flags = flags
        self._program = program
        self._sre = sre
        self._made: re.Pattern[str] | None = None

    def __call__(self) -> re.Pattern[str]:
        made = self._made
        if made is None:
            made = self._made = self._make()
        return made

    def _make(self) -> re.Pattern[str]:
        if self._program is not None:
            try:
                made: re.Pattern[str] = _made(self._sre, self.source, self._program)
            except Exception:  # a program _sre refuses: compile it anew
                pass
            else:
                return made
        return re.compile(self.source, self.flags)


def deferred(pattern: str, flags: int = 0) -> Deferred:
    """``re.compile(pattern, flags)`` made when first called for: for a pattern a letter
    seldom needs. Asked while :func:`cached_patterns` is active, the pattern is made from
    the table's program (kept in the next table as the block's other patterns are), or,
    when the table lacks it, compiled now, as any pattern the block misses is, and kept;
    outside, it is compiled by :mod:`re` at the first call."""
    defer = _defer
    if defer is not None:
        return defer(pattern, flags)
    return Deferred(pattern, int(flags), None, None)


@contextlib.contextmanager
def cached_patterns() -> Iterator[None]:
    """Compile replyparse's patterns through the table while the block runs."""
    global _active, _sources, _sources_used, _defer
    engine = _engine()
    folder = private_cache_dir() if engine is not None and not _active else None
    if engine is None or folder is None:
        yield
        return
    compiler, parser, sre, front = engine
    owner, name = (front, "_compile") if front is not None else (compiler, "compile")
    path = _table_path(folder, sre)
    table, _sources = _load(path, sre)
    sources: dict[Hashable, str] = {}
    used: dict[Key, Program] = {}
    # the block's patterns: with the hook in front of re's cache, a source asked for
    # again (chrome asks re.match of one source 358 times) is not made again
    memo: dict[Key, Any] = {}
    missed = False
    plain = getattr(owner, name)

    def compile_(pattern: Any, flags: Any = 0) -> Any:
        nonlocal missed
        kind = type(pattern)
        if (kind is not str and kind is not bytes) or not isinstance(flags, int):
            return plain(pattern, flags)
        flags = int(flags)  # a RegexFlag's operators are Python calls
        if flags & ~_ORDINARY:
            return plain(pattern, flags)
        key: Key = (pattern, flags)
        made = memo.get(key)
        if made is not None:
            return made
        if not _ours():
            return plain(pattern, flags)
        program = table.get(key)
        if program is not None:
            try:
                made = _made(sre, pattern, program)
            except Exception:  # a program _sre refuses: compile it anew
                pass
            else:
                used[key] = program
                memo[key] = made
                return made
        missed = True
        compiled = plain(pattern, flags)
        with contextlib.suppress(Exception):
            program = _program(parser, compiler, pattern, flags)
            if _made(sre, pattern, program) == compiled:
                used[key] = program
        memo[key] = compiled
        return compiled

    def defer(pattern: str, flags: int) -> Deferred:
        flags = int(flags)
        key: Key = (pattern, flags)
        program = table.get(key)
        if program is None or type(pattern) is not str or flags & ~_ORDINARY:
            kept = Deferred(pattern, flags, None, sre)
            kept._made = re.compile(pattern, flags)  # (through compile_: a miss is kept)
            return kept
        used[key] = program
        return Deferred(pattern, flags, program, sre)

    _active = True
    _sources_used = sources
    _defer = defer
    setattr(owner, name, compile_)
    try:
        yield
    finally:
        setattr(owner, name, plain)
        _active = False
        _sources_used = None
        _defer = None
        stored, _sources = _sources, {}
        if (missed and used) or sources.keys() - stored.keys():
            with contextlib.suppress(OSError, ValueError):
                kept = {"stamp": _stamp(sre), "table": used, "sources": sources}
                payload = marshal.dumps(kept)
                write_atomically(path, _digest(payload) + payload)


def _program(parser: Any, compiler: Any, pattern: str | bytes, flags: int) -> Program:
    """The arguments ``_sre.compile`` takes for ``pattern``, made as ``re`` makes them."""
    parsed = parser.parse(pattern, flags)
    code = [int(op) for op in compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        flags | parsed.state.flags,
        array(_CODE, code).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _made(sre: Any, pattern: str | bytes, program: Program) -> Any:
    """The pattern ``_sre.compile`` makes of ``program`` (its code a list again)."""
    flags, code, groups, groupindex, indexgroup = program
    return sre.compile(pattern, flags, array(_CODE, code).tolist(), groups, groupindex, indexgroup)
