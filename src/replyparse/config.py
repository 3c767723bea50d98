"""Settings from ``[tool.replyparse]`` in ``pyproject.toml``, and the rule policy they and
the command line make together.

The file is found as ruff finds its own: the closest ``pyproject.toml`` that has a
``[tool.replyparse]`` table, walking up from the current directory (``--config FILE``
names one, ``--no-config`` uses none). Keys::

    [tool.replyparse]
    select = ["ALL"]                  # codes or prefixes of whole words ("section")
    ignore = ["cc-no-period"]
    fail-on = "warning"               # error | warning | info | none

    [tool.replyparse.severity]        # a code or prefix -> error | warning | info
    "date-chinese-numerals" = "warning"

On the command line ``--select`` starts afresh (the file's ``select`` and ``ignore`` are
dropped, as in ruff), ``--ignore`` adds to the file's ``ignore`` and ``--fail-on``
replaces its ``fail-on``; severities always come from the file.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from replyparse.rules import (
    ALL,
    RULES,
    SelectorError,
    check_selectors,
    enabled_codes,
    severity_override,
)
from replyparse.usage import did_you_mean

if TYPE_CHECKING:
    from replyparse.model import FailOn, Severity

PYPROJECT = "pyproject.toml"
TABLE = "tool.replyparse"
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
_KEYS = ("select", "ignore", "fail-on", "severity")


class ConfigError(ValueError):
    """The config file cannot be used: names the file and what is wrong, on one line."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True, slots=True)
class Settings:
    """What a ``[tool.replyparse]`` table says; ``None`` where it says nothing."""

    path: Path | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    fail_on: FailOn | None = None
    severity: Mapping[str, Severity] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Policy:
    """Which rules run, at what severity, and from which severity a check fails.

    Kept as what is switched off, so that a code the catalogue does not list yet is
    still reported, at the severity the parser gave it.
    """

    disabled: frozenset[str] = frozenset()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    """Severities set by the config; other codes keep the one the parser gave."""
    fail_on: FailOn = "warning"

    def runs(self, code: str) -> bool:
        return code not in self.disabled

    def severity_of(self, code: str, default: Severity) -> Severity:
        return self.severity.get(code, default)


def _table(data: dict[str, Any]) -> dict[str, Any] | None:
    tool = data.get("tool")
    if not isinstance(tool, dict):
        return None
    table = tool.get("replyparse")
    return cast(dict[str, Any], table) if isinstance(table, dict) else None


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, f"not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(path, f"cannot read: {exc.strerror or exc}") from None


def find_config(start: Path) -> Path | None:
    """The closest ``pyproject.toml`` at or above ``start`` with a ``[tool.replyparse]``
    table. Files that do not mention replyparse are not parsed."""
    for folder in (start, *start.parents):
        candidate = folder / PYPROJECT
        try:
            raw = candidate.read_bytes()
        except OSError:
            continue
        if b"replyparse" in raw and _table(_read(candidate)) is not None:
            return candidate
    return None


def _selectors(path: Path, key: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(path, f"[{TABLE}] {key}: a list of rule codes or prefixes")
    selectors = tuple(cast(list[str], value))
    try:
        check_selectors(selectors, overriding=key != "select")
    except SelectorError as exc:
        raise ConfigError(path, f"[{TABLE}] {key}: {exc}") from None
    return selectors


def _severity(path: Path, key: str, value: object) -> Severity:
    if value not in SEVERITIES:
        near = did_you_mean(value, SEVERITIES) if isinstance(value, str) else ""
        problem = f"{value!r} is not one of error, warning, info{near}"
        raise ConfigError(path, f"[{TABLE}] {key}: {problem}")
    return value


def _fail_on(path: Path, value: object) -> FailOn:
    if value == "none":
        return "none"
    if value not in SEVERITIES:
        near = did_you_mean(value, (*SEVERITIES, "none")) if isinstance(value, str) else ""
        problem = f"{value!r} is not one of error, warning, info, none{near}"
        raise ConfigError(path, f"[{TABLE}] fail-on: {problem}")
    return value


def load_settings(path: Path) -> Settings:
    """The ``[tool.replyparse]`` table of ``path`` (empty settings when it has none)."""
    table = _table(_read(path))
    if table is None:
        return Settings(path=path)
    unknown = sorted(set(table) - set(_KEYS))
    if unknown:
        known = ", ".join(_KEYS)
        near = did_you_mean(unknown[0], _KEYS)
        raise ConfigError(path, f"[{TABLE}] unknown key {unknown[0]!r}{near} (known: {known})")
    select = _selectors(path, "select", table["select"]) if "select" in table else None
    ignore = _selectors(path, "ignore", table["ignore"]) if "ignore" in table else ()
    fail_on = _fail_on(path, table["fail-on"]) if "fail-on" in table else None
    raw_severity = table.get("severity", {})
    if not isinstance(raw_severity, dict):
        raise ConfigError(path, f"[{TABLE}.severity] a table of code = severity")
    severity: dict[str, Severity] = {}
    for selector, value in raw_severity.items():
        _selectors(path, "severity", [selector])
        severity[selector] = _severity(path, f"severity.{selector}", value)
    return Settings(path, select, ignore, fail_on, severity)


def resolve(
    settings: Settings,
    *,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    fail_on: FailOn | None = None,
) -> Policy:
    """The policy of a run. As in ruff, the command line is a layer over the file: its
    ``select`` (when given) starts the selection afresh, so the file's ``select`` and
    ``ignore`` are both dropped; its ``ignore`` adds to what is left. Raises
    :class:`~replyparse.rules.SelectorError` for a command-line selector that cannot be
    used."""
    if select:
        enabled = enabled_codes(select, ignore)
    else:
        enabled = enabled_codes(settings.select or (ALL,), (*settings.ignore, *ignore))
    disabled = frozenset(rule.code for rule in RULES if rule.code not in enabled)
    severity = {
        rule.code: override
        for rule in RULES
        if (override := severity_override(rule.code, settings.severity)) is not None
    }
    return Policy(disabled, severity, fail_on or settings.fail_on or "warning")
