"""Shared fixtures. Rich output is made deterministic for CLI tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from goldsets import SHARED
from internal_errors import note_internal_errors

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEEDS = SHARED / "seeds"

os.environ.setdefault("NO_COLOR", "1")
os.environ.setdefault("COLUMNS", "120")
os.environ.setdefault("TERM", "dumb")

# Property tests draw the same examples on every run, so CI on a clean clone cannot fail on
# an example no earlier run met; `pytest --hypothesis-profile=explore` draws new ones (run it
# after changing a fast path, and keep what it finds as an example).
settings.register_profile("default", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(
            f"seed letters not found at {SEEDS} (the shared folder: $REPLYPARSE_SHARED, else ../shared)"
        )
    return SEEDS


@pytest.fixture
def any_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """-j N starts N workers even for a handful of files (``extract`` and ``validate``)."""
    import replyparse.batch.plan

    monkeypatch.setattr(replyparse.batch.plan, "FILES_PER_WORKER", 1)


@pytest.fixture(autouse=True)
def _no_internal_error(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """A parse in any test that ends in an ``internal-error`` diagnostic fails the test.

    ``parse_text`` never raises: a step that throws becomes a diagnostic and the record goes on
    without its fields, which a test asserting some other field would not notice (a name left
    out of an import once gave an empty record and passed). A test that breaks a step on
    purpose says so with ``@pytest.mark.internal_error``.
    """
    if request.node.get_closest_marker("internal_error"):
        yield
        return
    failed = note_internal_errors(monkeypatch)
    yield
    if failed:
        pytest.fail("a parse step failed inside parse_text: " + "; ".join(failed))
