"""The limits per file, the same options on every command that reads letters, and
:func:`with_limits`, which adds them to a command and hands it one
:class:`~replyparse.limits.Limits`."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Annotated, Any

import typer

from replyparse.helpformat import at_least
from replyparse.limits import DEFAULT_LIMITS, Limits

_SIZE_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}
_LIMITS_PANEL = "Limits per file"


def parse_size(text: str | int) -> int:
    """``4096``, ``512K``, ``50M``, ``1G`` (binary units, an optional trailing B/iB)."""
    if isinstance(text, int):  # the default, already a number
        return text
    raw = text.strip().upper().removesuffix("IB").removesuffix("B")
    unit = raw[-1:] if raw[-1:] in _SIZE_UNITS else ""
    number = raw[: len(raw) - len(unit)]
    if not number.isdigit() or int(number) == 0:
        raise typer.BadParameter(f"{text!r} is not a size above 0, such as 4096, 512K, 50M or 1G")
    return int(number) * _SIZE_UNITS[unit]


def parse_seconds(text: str | float) -> float:
    """A positive number of seconds: ``120``, ``0.5``."""
    if isinstance(text, float):  # the default, already a number
        return text
    try:
        seconds = float(text)
    except ValueError:
        seconds = 0.0
    if not seconds > 0 or seconds == float("inf"):
        raise typer.BadParameter(f"{text!r} is not a number of seconds above 0, such as 120 or 0.5")
    return seconds


def _size_text(n: int) -> str:
    for unit in ("G", "M", "K"):
        if n % _SIZE_UNITS[unit] == 0:
            return f"{n // _SIZE_UNITS[unit]}{unit}"
    return str(n)


def _limit(
    flag: str, parser: Callable[[str], Any], metavar: str, help: str, default: int | None = None
) -> Any:
    """One limit option, in the help's limits panel; a size's ``default`` is shown in the
    help in binary units (``[default: 50M]``) instead of Click's byte count."""
    if default is not None:
        help += f"  [default: {_size_text(default)}]"  # as Click writes the others
    return typer.Option(
        flag,
        parser=parser,
        metavar=metavar,
        show_default=default is None,
        help=help,
        rich_help_panel=_LIMITS_PANEL,
    )


FileSize = Annotated[
    int,
    _limit(
        "--max-file-size",
        parse_size,
        "SIZE",
        "Bytes read from one file (K, M, G: binary units).",
        DEFAULT_LIMITS.max_file_bytes,
    ),
]
InflatedSize = Annotated[
    int,
    _limit(
        "--max-inflated-size",
        parse_size,
        "SIZE",
        "Bytes inflated from a .docx's XML, or from one PDF page (a zip bomb stops here).",
        DEFAULT_LIMITS.max_inflated_bytes,
    ),
]
MaxPages = Annotated[
    int, _limit("--max-pages", at_least(1, "a number of pages"), "N", "Pages read from one PDF.")
]
MaxChars = Annotated[
    int,
    _limit(
        "--max-chars",
        at_least(1, "a number of characters"),
        "N",
        "Characters of text one file may give.",
    ),
]
Timeout = Annotated[
    float,
    _limit(
        "--timeout",
        parse_seconds,
        "SECONDS",
        "Wall-clock time for one file; past it the file fails with reason timeout.",
    ),
]


_LIMIT_OPTIONS: tuple[tuple[str, object, object], ...] = (
    ("max_file_size", FileSize, DEFAULT_LIMITS.max_file_bytes),
    ("max_inflated_size", InflatedSize, DEFAULT_LIMITS.max_inflated_bytes),
    ("max_pages", MaxPages, DEFAULT_LIMITS.max_pdf_pages),
    ("max_chars", MaxChars, DEFAULT_LIMITS.max_text_chars),
    ("timeout", Timeout, DEFAULT_LIMITS.timeout_seconds),
)
"""The limit options as parameters of a command: name, Typer annotation, default."""


def with_limits(command: Callable[..., None]) -> Callable[..., None]:
    """``command``, which takes ``limits: Limits``, as Typer is to see it: with the five
    limit options in its place, last (``extract`` and ``validate`` share them). What
    the user gives comes back to ``command`` as one :class:`Limits`."""
    signature = inspect.signature(command, eval_str=True)
    own = [p for name, p in signature.parameters.items() if name != "limits"]
    options = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=kind)
        for name, kind, default in _LIMIT_OPTIONS
    ]

    @functools.wraps(command)
    def with_limit_options(**given: Any) -> None:
        limits = Limits(
            max_file_bytes=given.pop("max_file_size"),
            max_inflated_bytes=given.pop("max_inflated_size"),
            max_pdf_pages=given.pop("max_pages"),
            max_text_chars=given.pop("max_chars"),
            timeout_seconds=given.pop("timeout"),
        )
        command(**given, limits=limits)

    with_limit_options.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[*own, *options]
    )
    return with_limit_options
