"""What ``render`` reads: one record written by ``extract``, or one letter file.

JSON is told by its content as well as its name: a JSON object is read as a record, and
any other JSON (JSON Lines holding several records, as ``extract -o all.jsonl`` writes;
an array; a number) is refused with the reason, never parsed as a letter's text.
Everything else is a letter, read and parsed as ``extract`` reads it.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from replyparse.limits import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    from replyparse.model import Letter

ONE_RECORD = "give one record (.json) or a letter file"
_JSON_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson"})
_JSON_START = (b"{", b"[")
_SQLITE = b"SQLite format 3\x00"
_SNIFF = 4096
"""Bytes read to tell JSON from a letter: a letter is then read by its reader, within
the limits, never whole beforehand."""


class NotOneRecord(Exception):
    """JSON that is not one record; ``str()`` is the reason."""


def is_record_file(path: Path) -> bool:
    """Whether :func:`load` takes ``path`` for a record (JSON), not a letter to parse."""
    with path.open("rb") as fh:
        return _is_json(path, fh.read(_SNIFF))


def load(path: str | Path, *, limits: Limits = DEFAULT_LIMITS) -> Letter:
    """The record ``path`` holds, or the letter it holds parsed within ``limits``, its
    ``source.path`` the name as given (a ``str`` keeps ``./-``, which a
    :class:`~pathlib.Path` writes ``-``, standard input's name).

    Raises :class:`NotOneRecord`, :class:`pydantic.ValidationError` (a JSON object that
    is no record), :class:`~replyparse.errors.InputError` (a letter that cannot be read)
    or :class:`OSError`.
    """
    from replyparse.model import Letter
    from replyparse.pipeline import parse_file

    file = Path(path)
    with file.open("rb") as fh:
        head = fh.read(_SNIFF)
    if head.startswith(_SQLITE):  # extract -o archive.db's output, most likely
        raise NotOneRecord(_not_a_record_database(file))
    if not _is_json(file, head):
        return parse_file(path, limits=limits)  # the reader applies the limits
    data = file.read_bytes()
    text = data.decode("utf-8-sig", errors="replace")
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise NotOneRecord(_not_json(text, exc)) from None
    if isinstance(value, dict):
        # Every record extract writes names its schema_version, with or without its text
        # (--no-text leaves the text out, and render then says so). An object with neither
        # (``{}``, a stray settings file) validates too, every field being optional, but
        # was never written by extract: telling its user to drop --no-text would be wrong;
        # and one with keys of its own (``package.json``) is told the same, before the
        # validator names the first key it does not know (``name: Extra inputs are not
        # permitted``), which says nothing of what the file is.
        if "schema_version" not in value and "text" not in value:
            raise NotOneRecord(
                "a JSON object with no schema_version and no letter text, not a record "
                f"written by replyparse extract: {ONE_RECORD}"
            )
        return Letter.model_validate(value)
    if isinstance(value, list):
        raise NotOneRecord(f"a JSON array of {len(value)} items, not one record: {ONE_RECORD}")
    raise NotOneRecord(f"JSON {type(value).__name__}, not one record: {ONE_RECORD}")


def _is_json(path: Path, data: bytes) -> bool:
    if path.suffix.lower() in _JSON_SUFFIXES:
        return True
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(_JSON_START)


def _not_json(text: str, exc: ValueError) -> str:
    """Why text that looked like JSON is not one record: JSON Lines, or broken JSON."""
    lines = [line for line in text.splitlines() if line.strip()]
    objects = 0
    for line in lines:
        try:
            objects += isinstance(json.loads(line), dict)
        except ValueError:
            break
    else:
        if len(lines) > 1:
            return f"JSON Lines ({objects} records), not one record: {ONE_RECORD}"
    where = (
        f"line {exc.lineno}, column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
    )
    return f"not valid JSON ({where}): {ONE_RECORD}"


def _not_a_record_database(path: Path) -> str:
    """Why a SQLite file is not what render takes, and what to give it instead: an
    archive ``extract -o archive.db`` wrote keeps tables, from which no letter is
    typeset, but names each letter's file (the ``files`` table), and render takes that;
    the first one still there is given as the command to run."""
    from replyparse.paths import said
    from replyparse.progress import plural

    try:
        letters, sources = _archive_letters(path)
    except sqlite3.Error:
        return f"a SQLite database, not one record: {ONE_RECORD}"
    what = f"a replyparse archive (SQLite, {plural(letters, 'letter')}), not one record"
    source = next((s for s in sources if os.path.isfile(s)), None)
    if not letters:
        return (
            f"{what}: an archive keeps tables, from which no letter is typeset; {ONE_RECORD} "
            "(this archive holds none: its files failed or are yet to be read)"
        )
    if source is None:
        example = "give the file of the letter, which its files table names"
    else:
        report = said(Path(source).stem + ".docx")
        example = f"replyparse render {said(source)} -o {report}, for its first letter"
    return (
        f"{what}: an archive keeps tables, from which no letter is typeset; {ONE_RECORD}: "
        f"{example} (or, for every letter's review report: replyparse extract with the "
        "letters' folder, --format docx -o reports/)"
    )


_SOURCES_OK = "SELECT source FROM files WHERE status = 'ok' ORDER BY rowid LIMIT 20"
"""The files of the letters an archive holds, the first ones (one still there is named)."""


def _archive_letters(path: Path) -> tuple[int, list[str]]:
    """How many letters the replyparse archive ``path`` holds, and the first files of
    them (:data:`_SOURCES_OK`), read as a reader of the database sees it, never changed.

    Rows a run has committed may still be in the ``-wal`` file beside it (a run writing
    now, or one killed before it folded them in): with it and its ``-shm`` index there
    it is read through SQLite's log, read-only, else as immutable, which makes no
    ``-wal`` or ``-shm`` file where there was none. (A ``-wal`` alone, copied without
    its index, is passed over: even a read-only reader would make the ``-shm`` beside it,
    a file of the user who ran render, which a writer of another user then cannot
    open.) A log that cannot be read so (a folder the user may not write) is passed over.
    Raises :class:`sqlite3.Error` for a database that is not a replyparse archive."""
    uri = path.absolute().as_uri()
    real = os.path.realpath(path)  # (the -wal is beside the file a link names)
    if os.path.exists(real + "-wal") and os.path.exists(real + "-shm"):
        with contextlib.suppress(sqlite3.OperationalError):
            return _read_archive(f"{uri}?mode=ro")
    return _read_archive(f"{uri}?mode=ro&immutable=1")


def _read_archive(uri: str) -> tuple[int, list[str]]:
    with contextlib.closing(sqlite3.connect(uri, uri=True, isolation_level=None)) as db:
        db.execute("BEGIN")  # one snapshot: the count and the files of one moment
        meta = dict(db.execute("SELECT key, value FROM meta"))
        if meta.get("application") != "replyparse archive":
            raise sqlite3.DatabaseError("another program's database")
        (letters,) = db.execute('SELECT count(*) FROM "letters"').fetchone()
        return int(letters), [row[0] for row in db.execute(_SOURCES_OK)]
