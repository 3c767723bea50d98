"""replyparse.loading: imports with the cycle collector paused, and the program's freezing."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from replyparse import loading

# Counts the collector's passes while the parser loads, in a fresh interpreter (this one
# has loaded everything already): PROGRAM is replaced by True to load it as the program.
_COUNT_PASSES = """
import gc, json
from replyparse import loading
if PROGRAM:
    loading.as_the_program()
passes = []
gc.callbacks.append(lambda phase, info: phase == "start" and passes.append(info["generation"]))
import replyparse.pipeline
print(json.dumps({"passes": passes, "frozen": gc.get_freeze_count()}))
"""


def _load_the_parser(*, program: bool) -> dict[str, object]:
    code = _COUNT_PASSES.replace("PROGRAM", str(program))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.fixture
def collector_on() -> Iterator[None]:
    """The collector on, as it was put back afterwards; the library mode restored."""
    was_on = gc.isenabled()
    gc.enable()
    try:
        yield
    finally:
        (gc.enable if was_on else gc.disable)()


def test_the_block_runs_with_the_collector_off_and_puts_it_back(collector_on: None) -> None:
    with loading.collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_blocks_nest(collector_on: None) -> None:
    with loading.collector_paused():
        with loading.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block is still loading
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off(collector_on: None) -> None:
    gc.disable()
    with loading.collector_paused():
        pass
    assert not gc.isenabled()


def test_an_error_in_the_block_still_puts_the_collector_back(collector_on: None) -> None:
    with pytest.raises(ImportError), loading.collector_paused():
        raise ImportError("a module that is not there")
    assert gc.isenabled()


def test_a_library_never_freezes(collector_on: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loading, "_program", False)
    frozen = gc.get_freeze_count()
    held = [[] for _ in range(100)]  # tracked objects made in the block
    with loading.collector_paused():
        held.extend([] for _ in range(100))
    assert gc.get_freeze_count() == frozen
    assert len(held) == 200


def test_the_program_freezes_what_a_block_loaded(
    collector_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loading, "_program", True)
    gc.unfreeze()
    try:
        with loading.collector_paused():
            held = [[] for _ in range(100)]
        assert gc.get_freeze_count() >= len(held)
    finally:
        gc.unfreeze()  # back to the collector's sight (what the test process held too)


def test_the_parser_loads_without_collector_passes() -> None:
    """About a hundred passes while the parser loads when every import counts towards
    the next; only those of the imports before the paused block here."""
    for program in (False, True):
        loaded = _load_the_parser(program=program)
        assert len(loaded["passes"]) <= 15, loaded  # type: ignore[arg-type]


def test_the_program_freezes_the_parser_once_loaded() -> None:
    loaded = _load_the_parser(program=True)
    assert loaded["frozen"] > 20_000, loaded  # type: ignore[operator]


def test_the_parser_loaded_by_a_library_is_never_frozen() -> None:
    loaded = _load_the_parser(program=False)
    assert loaded["frozen"] == 0


@pytest.mark.parametrize("before", [None, "", "logfire"])
def test_the_program_loads_with_pydantic_plugins_off_and_puts_the_variable_back(
    before: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loading, "_program", True)
    if before is None:
        monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
    else:
        monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", before)
    try:
        with loading.collector_paused():
            assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == "__all__"
            with loading.collector_paused():
                pass
            assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == "__all__", "blocks nest"
    finally:
        gc.unfreeze()
    assert os.environ.get("PYDANTIC_DISABLE_PLUGINS") == before


def test_a_library_leaves_pydantic_plugins_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loading, "_program", False)
    monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
    with loading.collector_paused():
        assert "PYDANTIC_DISABLE_PLUGINS" not in os.environ


# Whether Pydantic's plugin loader (and importlib.metadata, which it imports) was loaded
# when the program built a model with its plugins off, in a fresh interpreter; PROGRAM as
# above, VALUE the variable's value after it (None: unset).
_BUILD_A_MODEL = """
import json, os, sys
from replyparse import loading
if PROGRAM:
    loading.as_the_program()
with loading.collector_paused():
    import pydantic
    class Item(pydantic.BaseModel):
        name: str
if VALUE is None:
    os.environ.pop("PYDANTIC_DISABLE_PLUGINS", None)
else:
    os.environ["PYDANTIC_DISABLE_PLUGINS"] = VALUE
loader = sys.modules["pydantic.plugin._loader"]
before = "importlib.metadata" in sys.modules
plugins = list(loader.get_plugins())
print(json.dumps({
    "metadata_at_build": before,
    "plugins": len(plugins),
    "real_after": "entry_points" in vars(sys.modules["pydantic.plugin._loader"]),
    "item": Item(name="王某").name,
}))
"""


def _build_a_model(*, program: bool, plugins: str | None) -> dict[str, object]:
    code = _BUILD_A_MODEL.replace("PROGRAM", str(program)).replace("VALUE", repr(plugins))
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_program_builds_a_model_without_loading_the_plugin_loader() -> None:
    """The stand-in answers no plugins: importlib.metadata (48 M instructions of a cold
    extract) is never imported for it."""
    built = _build_a_model(program=True, plugins="__all__")
    assert built == {"metadata_at_build": False, "plugins": 0, "real_after": False, "item": "王某"}


@pytest.mark.parametrize("plugins", [None, "", "logfire"])
def test_with_plugins_on_the_stand_in_asks_pydantic(plugins: str | None) -> None:
    """Where the variable does not turn every plugin off, Pydantic's own loader is loaded,
    asked and takes the stand-in's place."""
    built = _build_a_model(program=True, plugins=plugins)
    assert built["real_after"] is True
    assert built["plugins"] == 0  # (none installed here)


def test_a_library_keeps_pydantic_plugin_loader() -> None:
    built = _build_a_model(program=False, plugins="__all__")
    assert built["metadata_at_build"] is True
    assert built["real_after"] is True


def test_the_stand_in_leaves_dunder_names_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The import system asks every module it imports from for ``__path__``: asked of the
    stand-in, that must not load Pydantic's module."""
    monkeypatch.delitem(sys.modules, loading._PLUGIN_LOADER, raising=False)
    loading._plugins_read_lazily()
    stand_in = sys.modules[loading._PLUGIN_LOADER]
    try:
        assert not hasattr(stand_in, "__path__")
        assert sys.modules[loading._PLUGIN_LOADER] is stand_in
    finally:
        monkeypatch.delitem(sys.modules, loading._PLUGIN_LOADER, raising=False)
