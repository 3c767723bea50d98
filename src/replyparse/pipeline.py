"""File in, record out: a reader, then the pure parser."""

from __future__ import annotations

from pathlib import Path

from replyparse.loading import collector_paused
from replyparse.patterncache import cached_patterns

# The record's models, the parser and the readers, loaded with the collector paused
# (replyparse.loading); the parser's patterns and the readers' (a web page's reader,
# imported when a page is read, compiles its own) compiled once per machine, not per
# process.
with collector_paused():
    from replyparse.errors import InputError
    from replyparse.limits import DEFAULT_LIMITS, Limits
    from replyparse.model import Letter
    from replyparse.paths import shown

    with cached_patterns():
        from replyparse.parser import parse_text
        from replyparse.readers import Document, read, read_bytes, text  # noqa: F401


def parse_file(
    path: str | Path,
    *,
    keep_text: bool = True,
    limits: Limits = DEFAULT_LIMITS,
    keywords: bool = True,
) -> Letter:
    """Read ``path`` (any supported format) and parse it.

    Raises :class:`replyparse.errors.InputError` when the file cannot be read as a letter.
    """
    return _parse(read(path, limits=limits), keep_text, keywords)


def parse_bytes(
    data: bytes,
    *,
    path: str,
    keep_text: bool = True,
    limits: Limits = DEFAULT_LIMITS,
    keywords: bool = True,
    name: str | None = None,
) -> Letter:
    """Parse a letter already in memory (standard input); ``path`` names it in errors,
    and in its record unless ``name`` is given (then its ``source.path``: the data is
    still read as ``path`` says, ``-`` by its content alone, whatever ``name`` ends in)."""
    return _parse(read_bytes(data, path=path, limits=limits), keep_text, keywords, name)


def parse_input(
    path: str,
    *,
    data: bytes | None = None,
    keep_text: bool = True,
    limits: Limits = DEFAULT_LIMITS,
    keywords: bool = True,
    name: str | None = None,
) -> Letter:
    """One input of a command (``extract``, ``validate``) as a letter: the file at
    ``path``, or ``data`` already read (standard input, up to one byte past its limit)
    named ``path``, refused when longer than ``limits.max_file_bytes``; ``name``, when
    given, is what the record calls ``data`` (:func:`parse_bytes`).
    ``keywords=False`` skips the keyword extractor (``validate``: no rule reads them).

    Every failure is an :class:`InputError`: the readers' own (stage ``read``), and any
    other exception, which is a bug in the parser, as stage ``parse`` with the
    exception's type and message, so one bad letter never stops a run.
    """
    if data is not None and len(data) > limits.max_file_bytes:
        raise InputError(path, f"larger than the limit of {limits.max_file_bytes} bytes")
    if data is not None and not data.strip():  # (what a file so would be told: "empty")
        raise InputError(path, "empty: nothing was piped or typed into it")
    try:
        if data is not None:
            return parse_bytes(
                data, path=path, keep_text=keep_text, limits=limits, keywords=keywords, name=name
            )
        return parse_file(path, keep_text=keep_text, limits=limits, keywords=keywords)
    except InputError:
        raise
    except Exception as exc:
        raise InputError(path, f"{type(exc).__name__}: {exc}", "parse") from exc


def _parse(document: Document, keep_text: bool, keywords: bool, name: str | None = None) -> Letter:
    source = document.source
    if name is not None:  # (standard input, named as --stdin-name says)
        source = source.model_copy(update={"path": name})
    if source.path is not None and shown(source.path) != source.path:
        # a file name that is not UTF-8: the record (UTF-8 JSON) shows its bytes as \xNN
        source = source.model_copy(update={"path": shown(source.path)})
    return parse_text(document.text, source=source, keep_text=keep_text, keywords=keywords)
