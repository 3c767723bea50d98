"""The code Python generates for dataclasses and named tuples, kept between processes.

A cold ``replyparse extract one.txt`` makes some three hundred classes with
:mod:`dataclasses` (ours, Pydantic's, Typer's) and :func:`collections.namedtuple` (and
:class:`typing.NamedTuple` through it). Each writes the text of its methods and has Python
compile it (``exec`` in :mod:`dataclasses`, ``eval`` in :mod:`collections`), about 0.4 M
instructions a text: some 160 M of the run, for texts that are the same at every start.
Typer reads a command's annotations, strings in a module that puts off their evaluation,
through :func:`inspect.signature` (``eval`` in :mod:`inspect`), each compiled the same way.

While :func:`generated_code_kept` is active, those three modules' ``exec`` or ``eval`` is
this module's (a name of the module's own shadows the builtin it would find), which takes
a text's code from a table kept in the private cache folder (:mod:`replyparse.privatecache`)
and runs it as the builtin would, or compiles the text as the builtin does and keeps its
code. Exact: the builtins compile a text with no flags but the calling module's futures
(none of the three has any), under the name ``<string>``, as :func:`compile` does here
(``dont_inherit``: this module's futures are not the caller's), and a code object does
the same whether compiled now or read back by :mod:`marshal`, as a module's ``.pyc`` is.
Anything else (code already compiled, a text that is not a ``str``) goes to the builtin as
it came.

The table is one per Python build (its version and its byte code's magic number, checked
when read, as is its checksum: a damaged file is never unmarshalled); its code is trusted
as a module's ``.pyc`` is, the folder being ours alone. It keeps every text it was given
until it holds :data:`MOST` of them; a run that would take it past that writes only the
texts that run asked for. A text's code is unmarshalled when first asked for. The table is
written, atomically, at the end of a block that compiled something; a process's later
blocks and its forked workers find in memory what its earlier blocks compiled. With no
private folder, or a table that does not load, the texts are compiled as the builtins
would and kept for the process alone; a module that defines ``exec`` or ``eval`` of its
own is left alone.
"""

from __future__ import annotations

import builtins
import collections
import contextlib
import dataclasses
import importlib.util
import inspect
import marshal
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from types import CodeType, ModuleType
from typing import Any

from replyparse.privatecache import private_cache_dir, write_atomically

Key = tuple[str, str]
"""A text and the mode it is compiled in (``exec`` or ``eval``)."""
MOST = 1500
"""The most texts the table keeps (a cold ``extract`` asks for about 320, ``validate`` and
``--help`` for others: about 420 in all)."""
_DIGEST = 4
"""Bytes of the CRC-32 that opens the file (of the marshalled table after it)."""
_HOOKED: tuple[tuple[ModuleType, str], ...] = (
    (dataclasses, "exec"),
    (collections, "eval"),
    (inspect, "eval"),
)
"""The modules whose generated code the block keeps, and the builtin each compiles it by."""

_table: dict[Key, bytes | CodeType] | None = None
"""The table as read (and grown) by this process, each text's code marshalled (as read,
unmarshalled when first asked for: a start asks for a few of them, ``--help`` for 28 of
some 420) or compiled; None until its first block."""
_path: Path | None = None
_asked: set[Key] = set()
"""The texts this process asked for."""
_missed = False
"""Whether the table lacks a text this process asked for since it was last written."""
_depth = 0
"""How many blocks are active (they nest; the outermost hooks and writes)."""


def _stamp() -> str:
    return f"{sys.version} {importlib.util.MAGIC_NUMBER.hex()}"


def _table_path(folder: Path) -> Path:
    magic = importlib.util.MAGIC_NUMBER.hex()
    return folder / f"code-{sys.implementation.cache_tag}-{magic}.marshal"


def _digest(payload: bytes) -> bytes:
    return zlib.crc32(payload).to_bytes(_DIGEST, "big")


def _load(path: Path) -> dict[Key, bytes | CodeType]:
    """The table in ``path``: empty when missing, damaged or made by another Python."""
    try:
        data = path.read_bytes()
        payload = data[_DIGEST:]
        if data[:_DIGEST] != _digest(payload):
            return {}
        stored = marshal.loads(payload)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(stored, dict) or stored.get("stamp") != _stamp():
        return {}
    code = stored.get("code")
    return code if isinstance(code, dict) else {}


def _code(text: str, mode: str) -> CodeType:
    """The code of ``text`` as ``exec`` or ``eval`` compiles a text given to it from a module
    with no futures: from the table, or compiled and kept."""
    global _missed
    key = (text, mode)
    table = _table if _table is not None else {}
    code = table.get(key)
    if type(code) is bytes:
        with contextlib.suppress(EOFError, ValueError, TypeError):
            code = marshal.loads(code)
    if type(code) is not CodeType:
        code = compile(text, "<string>", mode, dont_inherit=True)
        _missed = True
    table[key] = code
    _asked.add(key)
    return code


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """``exec`` as :mod:`dataclasses` calls it, a text's code kept. Without ``globals``, the
    caller's namespaces, as the builtin takes them (not this function's)."""
    if globals is None:
        frame = sys._getframe(1)
        globals, locals = frame.f_globals, frame.f_locals if locals is None else locals
    if type(source) is str:
        source = _code(source, "exec")
    builtins.exec(source, globals, locals)


def _eval(source: Any, globals: Any = None, locals: Any = None, /) -> Any:
    """``eval`` as :mod:`collections` and :mod:`inspect` call it, a text's code kept; the
    caller's namespaces when ``globals`` is not given, as :func:`_exec` takes them."""
    if globals is None:
        frame = sys._getframe(1)
        globals, locals = frame.f_globals, frame.f_locals if locals is None else locals
    if type(source) is str:
        source = _code(source, "eval")
    return builtins.eval(source, globals, locals)


_OURS = {"exec": _exec, "eval": _eval}


def _marshalled(code: bytes | CodeType) -> bytes:
    return code if type(code) is bytes else marshal.dumps(code)


def _write() -> None:
    """Write the table back: every text it holds, or, past :data:`MOST`, this process's."""
    global _missed
    if _table is None or _path is None:
        return
    keys = _table.keys() if len(_table) <= MOST else _asked & _table.keys()
    with contextlib.suppress(OSError, ValueError):
        kept = {k: _marshalled(_table[k]) for k in keys}
        payload = marshal.dumps({"stamp": _stamp(), "code": kept})
        write_atomically(_path, _digest(payload) + payload)
    _missed = False


@contextlib.contextmanager
def generated_code_kept() -> Iterator[None]:
    """Take the code :mod:`dataclasses`, :mod:`collections` and :mod:`inspect` generate from
    the table while the block runs (blocks nest)."""
    global _table, _path, _depth
    hooked: list[tuple[ModuleType, str]] = []
    if _depth == 0:
        if _table is None:
            folder = private_cache_dir()
            _path = None if folder is None else _table_path(folder)
            _table = {} if _path is None else _load(_path)
        hooked = [(m, n) for m, n in _HOOKED if n not in vars(m)]
        for module, name in hooked:
            setattr(module, name, _OURS[name])
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if _depth == 0:
            for module, name in hooked:
                if vars(module).get(name) is _OURS[name]:
                    delattr(module, name)
            if _missed:
                _write()
