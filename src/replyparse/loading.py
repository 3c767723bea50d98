"""Loading modules with the cycle collector paused.

A cold ``replyparse extract one.txt`` imports some eight hundred modules (Typer, Pydantic,
the parser), and with them makes tens of thousands of objects the collector tracks, that
live as long as the process. Every one counts towards the collector's next pass, and every
pass walks the young objects, every tenth one the older ones too: about a hundred passes
while the parser alone loads, some 50 M instructions of a cold extract's 1,180 M
(cachegrind), freeing nothing, since what an import makes is kept.

:func:`collector_paused` keeps the collector off while a block of imports runs and puts it
back as it was. In a library that only defers the work: what the block made is young at
the collector's next pass, which walks it once and still frees any cycle there is. In the
program (:func:`as_the_program`, which the command line's entry calls), what the process
holds when a block ends is also frozen (:func:`gc.freeze`): no later pass walks it, as no
pass of a forked worker walks what its parent held (:mod:`replyparse.batch.workers`).
Parsing makes no work for the collector either way (counted over the corpus: the same
instructions a letter with it off).

In the program, a block also loads with Pydantic's plugins off (``PYDANTIC_DISABLE_PLUGINS``,
as Typer builds its own adapters): the first model Pydantic builds otherwise looks through
the entry points of every package installed for plugins that watch validation, about 16 M
instructions of a cold ``validate``, for a program that offers no such watching. The
variable is put back as it was when the block ends.

Pydantic reads that variable in ``pydantic.plugin._loader``, a module it imports when it
builds its first validator, and which imports :mod:`importlib.metadata` (and with it
``email``, ``zipfile``, ``csv``…) for the plugins' entry points before it reads the
variable: 48 M instructions of a cold ``extract`` (Typer's adapters build the first
validator; 26 M net, as the parser imports a few of the same modules later), spent to be
told there are no plugins. The program sets a stand-in for
that module in its place (:func:`_plugins_read_lazily`): its ``get_plugins`` answers no
plugins where the variable says none, as Pydantic's does, and anywhere else loads
Pydantic's module and asks it; anything else asked of the stand-in loads it too. Once
loaded, Pydantic's own module takes the stand-in's place for good.

In the program, a block also takes the code of the dataclasses and named tuples it makes
from :mod:`replyparse.codecache`'s table, not from compiling their methods' texts anew
(about 170 M instructions of a cold ``extract``). The program is the program from its
entry on (:mod:`replyparse.entry`), so Typer's import is such a block; so are a command's
options read (where Typer 0.29 loads its converters) and the batch's modules.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import os
import sys
import types
from collections.abc import Iterable, Iterator
from typing import Any

_program = False
"""Whether this process is the ``replyparse`` program (see :func:`as_the_program`)."""


def as_the_program() -> None:
    """This process is the ``replyparse`` program, not a process that imports the library:
    what it holds now and at the end of every :func:`collector_paused` block (modules,
    their tables and patterns) is frozen, out of the collector's sight for good."""
    global _program
    _program = True
    _plugins_read_lazily()
    gc.freeze()


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with :mod:`gc`'s automatic collection off, then put it back as it
    was (left off if it was off: blocks nest); in the program, with Pydantic's plugins
    off and generated code kept (:func:`replyparse.codecache.generated_code_kept`) while
    it runs, and freeze what the process holds once the block is done."""
    was_on = gc.isenabled()
    plugins = os.environ.get(_NO_PLUGINS) if _program else None
    if _program:
        os.environ[_NO_PLUGINS] = "__all__"
    gc.disable()
    try:
        if _program:
            from replyparse.codecache import generated_code_kept

            with generated_code_kept():
                yield
        else:
            yield
    finally:
        if _program:
            gc.freeze()
            if plugins is None:
                os.environ.pop(_NO_PLUGINS, None)
            else:
                os.environ[_NO_PLUGINS] = plugins
        if was_on:
            gc.enable()


_NO_PLUGINS = "PYDANTIC_DISABLE_PLUGINS"
"""The variable that turns Pydantic's plugins off (``__all__``: every one)."""

_PLUGIN_LOADER = "pydantic.plugin._loader"
"""Pydantic's module that finds its plugins (``get_plugins``)."""
_PLUGINS_OFF = ("__all__", "1", "true")
"""The values of :data:`_NO_PLUGINS` with which Pydantic's ``get_plugins`` finds none."""


def _plugins_read_lazily() -> None:
    """Put a stand-in for :data:`_PLUGIN_LOADER` in :data:`sys.modules`, unless that module
    is loaded already: ``get_plugins()`` gives ``()`` while :data:`_NO_PLUGINS` holds one
    of :data:`_PLUGINS_OFF` (Pydantic's own test, before it looks at anything), else what
    Pydantic's ``get_plugins`` gives; any other name asked of the stand-in is Pydantic's
    module's (but dunder names: the import system asks every module it imports from for
    ``__path__``). Either loads Pydantic's module, which then replaces the stand-in."""
    if _PLUGIN_LOADER in sys.modules:
        return
    stand_in = types.ModuleType(_PLUGIN_LOADER, "Pydantic's plugin loader, loaded when asked.")

    def loaded() -> Any:
        if sys.modules.get(_PLUGIN_LOADER) is stand_in:
            del sys.modules[_PLUGIN_LOADER]
        return importlib.import_module(_PLUGIN_LOADER)

    def get_plugins() -> Iterable[Any]:
        if os.environ.get(_NO_PLUGINS) in _PLUGINS_OFF:
            return ()
        plugins: Iterable[Any] = loaded().get_plugins()
        return plugins

    def __getattr__(name: str) -> Any:
        if name.startswith("__"):  # (the import system asks a module for its __path__)
            raise AttributeError(name)
        return getattr(loaded(), name)

    stand_in.get_plugins = get_plugins  # type: ignore[attr-defined]
    stand_in.__getattr__ = __getattr__  # type: ignore[method-assign]
    sys.modules[_PLUGIN_LOADER] = stand_in
