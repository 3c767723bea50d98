"""Shared fixtures. Rich output is made deterministic for CLI tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from goldsets import SHARED

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEEDS = SHARED / "seeds"

os.environ.setdefault("NO_COLOR", "1")
os.environ.setdefault("COLUMNS", "120")
os.environ.setdefault("TERM", "dumb")


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
