"""File in, record out: a reader, then the pure parser."""

from __future__ import annotations

from pathlib import Path

from replyparse.errors import InputError
from replyparse.limits import DEFAULT_LIMITS, Limits
from replyparse.model import Letter
from replyparse.parser import parse_text
from replyparse.paths import shown
from replyparse.readers import Document, read, read_bytes


def parse_file(
    path: str | Path, *, keep_text: bool = True, limits: Limits = DEFAULT_LIMITS
) -> Letter:
    """Read ``path`` (any supported format) and parse it.

    Raises :class:`replyparse.errors.InputError` when the file cannot be read as a letter.
    """
    return _parse(read(Path(path), limits=limits), keep_text)


def parse_bytes(
    data: bytes, *, path: str, keep_text: bool = True, limits: Limits = DEFAULT_LIMITS
) -> Letter:
    """Parse a letter already in memory (standard input); ``path`` names it in errors."""
    return _parse(read_bytes(data, path=path, limits=limits), keep_text)


def parse_input(
    path: str,
    *,
    data: bytes | None = None,
    keep_text: bool = True,
    limits: Limits = DEFAULT_LIMITS,
) -> Letter:
    """One input of a command (``extract``, ``validate``) as a letter: the file at
    ``path``, or ``data`` already read (standard input) named ``path``.

    Every failure is an :class:`InputError`: the readers' own (stage ``read``), and any
    other exception, which is a bug in the parser, as stage ``parse`` with the
    exception's type and message, so one bad letter never stops a run.
    """
    try:
        if data is not None:
            return parse_bytes(data, path=path, keep_text=keep_text, limits=limits)
        return parse_file(path, keep_text=keep_text, limits=limits)
    except InputError:
        raise
    except Exception as exc:
        raise InputError(path, f"{type(exc).__name__}: {exc}", "parse") from exc


def _parse(document: Document, keep_text: bool) -> Letter:
    source = document.source
    if source.path is not None and shown(source.path) != source.path:
        # a file name that is not UTF-8: the record (UTF-8 JSON) shows its bytes as \xNN
        source = source.model_copy(update={"path": shown(source.path)})
    return parse_text(document.text, source=source, keep_text=keep_text)
