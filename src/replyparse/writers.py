"""Where a batch's records go: one small protocol, one class per kind of output.

A :class:`RecordWriter` is driven by the batch in three steps: :meth:`~RecordWriter.destination`
as each file is handed to a worker (a file the worker writes the record to itself, or
None to have the record's bytes sent back), :meth:`~RecordWriter.add` once per file as
results arrive, in whatever order workers finish (``index`` is the file's position among
the files of the run; ``data`` is None when the file failed or the worker wrote it), and
:meth:`~RecordWriter.close`. A writer raises :class:`OSError` when its output can take no
more; the batch then stops; :class:`OutputClosed` when standard output's reader is gone;
the batch then stops quietly. The outputs of whole documents (JSON records, JSON Lines,
review reports as DOCX) are here; the SQLite archive and the CSV tables are in
:mod:`replyparse.tables.outputs`. Ordered writers put records in input
order with :class:`~replyparse.spool.InOrder`.

Files are written to a short temporary name in their own folder and renamed over the
target (``os.replace``), so a reader or a rerun sees either the old file or the new one,
never half a record, whatever kills the process. Temporary names start with
``.replyparse-tmp-``, end in ``.part`` and are short, so a target name of 255 bytes still
works; the writer of a long-lived one (a JSON Lines file) holds an advisory lock on it,
and any one nobody holds is stale and removed by the next run that writes there.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import struct
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, Literal, Protocol, runtime_checkable

from replyparse.spool import InOrder

TMP_PREFIX = ".replyparse-tmp-"
_serial = itertools.count()


def temp_path(folder: Path) -> Path:
    """A fresh temporary name in ``folder``: short, unique to this process and call."""
    return folder / f"{TMP_PREFIX}{os.getpid()}-{next(_serial)}.part"


def atomic_write(target: Path, data: bytes, *, durable: bool = False) -> None:
    """Write ``data`` to ``target`` atomically (same-folder temporary file, then rename):
    whatever stops it (a Ctrl-C, a kill), ``target`` is the old file or the new one.
    ``durable``: the data is put on disk before the rename, so that a crash of the
    system just after it cannot leave an empty file either (the manifest a rerun
    resumes from; not each record, where it would cost every letter a wait)."""
    tmp = temp_path(target.parent)
    try:
        with open(tmp, "xb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


_RECORD_HEAD = re.compile(rb'\A\{\s*"schema_version"')
"""How a JSON record replyparse writes begins (its first key, whatever the indent)."""
_CUT_HEAD = b'{"schema_version"'
"""A record cut short before its head was whole (``{``, or nothing at all): a file that
holds no more than a record's first bytes, so none of anyone's to lose."""
_CSV_BOM = b"\xef\xbb\xbf"
_LIST_KEYS = ({"source", "stage", "error"}, {"path", "kind", "reason", "detail"})
"""The keys of a line of each list a run keeps (``errors.jsonl``, ``skipped.jsonl``)."""


def may_replace(target: Path) -> bool:
    """Whether an output replyparse names itself may go where ``target`` is: nothing
    there, or a file replyparse wrote before, known by its head, never a user's own file
    (their ``a.json`` or the letter ``a.docx`` itself, beside the letter ``a.txt``).

    A record (``extract -o folder/``) begins ``{"schema_version"`` (or is cut short
    before it, an empty file or ``{``, as a crash or a hand leaves one); a Word report
    (``extract --format docx -o folder/``) is one replyparse wrote and nobody saved since
    (:func:`replyparse_document`), not the letter ``render`` typeset under that name;
    a table (``--format csv -o folder/``: ``letters.csv``…) begins with a byte order
    mark and the table's first two column names; a run's list of failures or of skipped
    paths (``errors.jsonl``, ``skipped.jsonl``, ``NAME.errors.jsonl``…) has the keys of
    such a list on its first line. A name with another suffix is never replyparse's to replace."""
    if not os.path.lexists(target):
        return True
    suffix = target.suffix.casefold()
    if suffix == ".docx":  # (extract's reports: the letter render typeset is no report)
        return replyparse_document(target) == "report"
    try:
        with open(target, "rb") as fh:
            # (a record's head is its first bytes, read for each record at every rerun;
            # a list's first line names a path: 4096 bytes at most)
            head = fh.read(64 if suffix == ".json" else 8192)
    except OSError:  # (a folder of that name, a file it may not read)
        return False
    if suffix == ".json":
        # (a record cut short: its first bytes, the indent aside, and nothing more)
        cut = len(head) < 64 and _CUT_HEAD.startswith(b"".join(head.split()))
        return cut or _RECORD_HEAD.match(head) is not None
    if suffix == ".csv":
        from replyparse.tables.schema import table

        try:
            columns = table(target.stem).column_names
        except KeyError:
            return False
        return head.startswith(_CSV_BOM + ",".join(columns[:2]).encode() + b",")
    if suffix == ".jsonl":
        import json

        try:
            line = json.loads(head.partition(b"\n")[0])
        except ValueError:
            return False
        return isinstance(line, dict) and set(line) in _LIST_KEYS
    return False


def not_ours_to_replace(target: Path, *, document: bool) -> str | None:
    """What stands at an output named in full (``extract -o a.json``, ``-o all.jsonl``,
    ``-o a.docx``, ``render -o a.docx``) that a run must not replace unasked: ``a file
    replyparse did not write`` (a user's own ``a.json``, their Word letter ``a.docx``, a
    folder's unrelated file), or one of replyparse's documents saved since in a word
    processor (a reviewer's notes); None when it may go (nothing there; not a regular
    file, such as a device or a pipe; an empty file, nothing in it to lose; or a file
    replyparse wrote and nobody changed since, so that a rerun stays the same command).

    Known by its head, as :func:`may_replace` knows the files of an output folder: a
    record, or a JSON Lines file of records, begins ``{"schema_version"``; a Word file
    (``document``) is one of replyparse's two documents (the review report or the letter
    typeset: named in full, either may replace the other)."""
    try:
        found = os.stat(target)
    except OSError:  # (nothing there; or a name it cannot look at: the write says why)
        return None
    import stat

    if not stat.S_ISREG(found.st_mode) or found.st_size == 0:
        return None
    if document:
        if replyparse_document(target) is not None:
            return None
        if saved_since(target) is not None:
            return "a document replyparse wrote, saved since in a word processor (edited?)"
        return "a file replyparse did not write"
    try:
        with open(target, "rb") as fh:
            head = fh.read(64)
    except OSError:
        return None
    cut = len(head) < 64 and _CUT_HEAD.startswith(b"".join(head.split()))
    return None if cut or _RECORD_HEAD.match(head) else "a file replyparse did not write"


def replyparse_document(target: Path) -> Literal["report", "letter"] | None:
    """Which Word document replyparse made ``target`` is, the review report or the
    letter typeset (``render`` writes either under one name in a folder), read from its
    properties; None for any other file, and for one of ours saved since by a word
    processor: a reviewer's notes in a report must not be replaced by a rerun.

    Its author is replyparse, and so is the application its extended properties name
    (:func:`.wordml.to_bytes`; a report of replyparse 0.1.0 and before names python-
    docx's template's, ``Microsoft Macintosh Word``), and nothing says it was saved
    since: no date of change, the first revision, nobody as the last to change it. A
    word processor keeps the author when it saves the file (so the author alone took a
    report edited in Word for ours), but puts its own name as the application (Word,
    WPS, LibreOffice, even converting without a change), and Word stamps the date and
    who saved it."""
    parts = _document_properties(target)
    if parts is None:
        return None
    core, app = parts
    if _OUR_CREATOR not in core or _SAVED_SINCE.search(core):
        return None
    revision = _REVISION.search(core)
    if revision is not None and revision.group(1) != b"1":
        return None
    application = _APPLICATION.search(app)
    if application is None or application.group(1) not in _OUR_APPLICATIONS:
        return None
    return "report" if _REPORT_CATEGORY in core else "letter"


def saved_since(target: Path) -> Literal["report", "letter"] | None:
    """Which Word document replyparse wrote ``target`` was (its author says so), the
    review report or the letter typeset, when a word processor saved it since
    (:func:`replyparse_document` takes it for none of ours); None for any other file."""
    parts = _document_properties(target)
    if parts is None or _OUR_CREATOR not in parts[0] or replyparse_document(target) is not None:
        return None
    return "report" if _REPORT_CATEGORY in parts[0] else "letter"


_OUR_CREATOR = b"<dc:creator>replyparse</dc:creator>"
"""What the properties of a Word file replyparse wrote say of its author (:mod:`.wordml`)."""
_OUR_APPLICATIONS = (b"replyparse", b"Microsoft Macintosh Word")
"""The application a Word file replyparse wrote names: itself (:data:`.wordml.APPLICATION`),
or, written by replyparse 0.1.0 and before, the one python-docx's template names."""
_REPORT_CATEGORY = b"<cp:category>replyparse review report</cp:category>"
"""What a review report's properties say of its kind (:data:`.wordml.REPORT_CATEGORY`)."""
_SAVED_SINCE = re.compile(rb"<dcterms:modified\b|<cp:lastModifiedBy>\s*[^<\s]")
"""A sign that a word processor saved the file: the date it did, or who did it."""
_REVISION = re.compile(rb"<cp:revision>\s*(\d+)\s*</cp:revision>")
_APPLICATION = re.compile(rb"<Application>\s*([^<]*?)\s*</Application>")
_CORE = "docProps/core.xml"
_APP = "docProps/app.xml"
_PARTS = {_CORE.encode(): _CORE, _APP.encode(): _APP}
_ZIP_HEAD = 4096
"""Bytes of a Word file read to find its properties among its first parts."""
_LOCAL_HEADER = struct.Struct("<4s2xHH8xI4xHH")
"""A zip's local file header, as far as a reader of it needs: its signature, flags,
compression method, compressed size and the lengths of its name and extra field."""
_END = b"PK\x05\x06"
_END_SIZE = 22
"""A zip's end of directory record (its signature, and its size), which ends a whole one
written with no comment (as :mod:`.wordml` writes it): a file cut short ends otherwise,
and reads through the directory (no report of ours, as before the head was read)."""
_CORE_MOST = 1 << 16
"""Bytes inflated from one part of the properties at most (ours are under 2 KiB)."""


def _document_properties(target: Path) -> tuple[bytes, bytes] | None:
    """The properties parts (``docProps/core.xml``, ``docProps/app.xml``) of the Word
    file ``target``, or None when it lacks one or is no zip. Found among the parts its
    first bytes hold, where :mod:`.wordml` puts them (third and fourth, within about
    1,700 bytes), without reading the zip's directory: every rerun into a folder of
    reports asks it of each one (:func:`may_replace`), and :class:`zipfile.ZipFile`
    costs about ten times as much; any other layout is read through it, and so is a
    file that does not end as a whole zip ends (cut short: its properties may be whole
    in its head)."""
    try:
        with open(target, "rb") as fh:
            head = fh.read(_ZIP_HEAD)
            whole = len(head) < _ZIP_HEAD  # (the file is its head)
            if not whole:
                fh.seek(-_END_SIZE, os.SEEK_END)
            end = head[-_END_SIZE:] if whole else fh.read(_END_SIZE)
    except OSError:
        return None
    if not end.startswith(_END):  # (cut short, or a comment after it: the directory says)
        return _properties_from_directory(target)
    found: dict[str, bytes] = {}
    at = 0
    while at + _LOCAL_HEADER.size <= len(head) and len(found) < len(_PARTS):
        magic, flags, method, size, name_len, extra_len = _LOCAL_HEADER.unpack_from(head, at)
        if magic != b"PK\x03\x04" or flags & 0x09 or method not in (0, 8):
            break  # (sizes after the data, encrypted, or packed another way: the directory)
        start = at + _LOCAL_HEADER.size + name_len + extra_len
        if start + size > len(head):
            break
        part = _PARTS.get(head[at + _LOCAL_HEADER.size : at + _LOCAL_HEADER.size + name_len])
        if part is not None:
            data = head[start : start + size]
            if method == 8:
                try:
                    data = zlib.decompressobj(-zlib.MAX_WBITS).decompress(data, _CORE_MOST)
                except zlib.error:
                    break
            found[part] = data
        at = start + size
    if len(found) == len(_PARTS):
        return found[_CORE], found[_APP]
    return _properties_from_directory(target)


def _properties_from_directory(target: Path) -> tuple[bytes, bytes] | None:
    """:func:`_document_properties` for a zip of any layout, through its directory."""
    import zipfile

    try:
        with zipfile.ZipFile(target) as document:
            return document.read(_CORE), document.read(_APP)
    except (OSError, KeyError, EOFError, RuntimeError, zipfile.BadZipFile, zlib.error):
        return None  # (damaged, encrypted, or no Word file: no report of ours)


def _lock(fd: int) -> bool:
    """Take an exclusive advisory lock on ``fd`` without waiting; False when held elsewhere."""
    if sys.platform == "win32":  # pragma: no cover - advisory locks are POSIX here
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def open_locked_temp(folder: Path) -> BinaryIO:
    """A new temporary file in ``folder``, locked for as long as it is open."""
    path = temp_path(folder)
    fh = open(path, "xb")  # noqa: SIM115 - the caller closes it
    _lock(fh.fileno())
    return fh


def remove_stale(folder: Path) -> None:
    """Remove temporary files in ``folder`` that no live process holds (a killed run's)."""
    with os.scandir(folder) as it:
        names = [e.path for e in it if e.name.startswith(TMP_PREFIX)]
    for path in names:
        with contextlib.suppress(OSError):
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
            try:
                if _lock(fd):
                    os.unlink(path)
            finally:
                os.close(fd)


class OutputClosed(Exception):
    """The reader of standard output has gone (``extract … | head -1``): the run stops
    quietly, as other Unix tools do on SIGPIPE."""


class RecordWriter(Protocol):
    """An output of a batch run. ``indent`` is how the JSON records it takes are
    serialised (it has no say over a review report)."""

    indent: int | None

    def destination(self, index: int, name: str | None) -> str | Path | None:
        """The file the worker writes record ``index`` (output name ``name``) to, or None."""
        ...

    def add(self, index: int, data: bytes | None) -> None:
        """Record ``index`` is done: its bytes, or None (failed, or written by the worker)."""
        ...

    def close(self, complete: bool) -> None:
        """The run is over; ``complete`` is False when it stopped before the end."""
        ...


@runtime_checkable
class KeepsPrevious(Protocol):
    """An output written whole by each run (a JSON Lines file, the CSV tables, one
    letter's file) that can carry over the record its last run wrote of a letter that
    fails now: the batch keeps it when the letter's source is unchanged since (the same
    SHA-256)."""

    def find_previous(
        self, index: int, path: str, rel: str, digest: Callable[[], str | None]
    ) -> bool:
        """Whether the output held, before this run, a record of letter ``index`` made
        from the bytes the letter holds now: ``digest`` gives their SHA-256 (None when
        they cannot be read), asked only when the output held a record that may be the
        letter's. ``path`` is the letter's ``source.path`` as this run writes it, ``rel``
        its path under its input (what a run from another working folder names alike)."""
        ...

    def keep_previous(self, index: int) -> tuple[str, ...]:
        """Put the record :meth:`find_previous` found in this run's output, in ``index``'s
        place (instead of :meth:`RecordWriter.add`); the codes of its warnings back."""
        ...


class RecordFolder:
    """One document per letter under ``root`` (its JSON record, or its review report),
    written by the workers themselves.

    Each sub-folder is created, and cleaned of stale temporary files, the first time a
    record bound for it is handed out. Targets are plain strings (the parent names one
    per file, and sends it to a worker).
    """

    indent: int | None = 2

    def __init__(self, root: Path) -> None:
        self.root = root
        self._prefix = os.path.join(root, "")
        self._made: set[str] = set()  # the sub-folders made, as their output names have them

    def destination(self, index: int, name: str | None) -> str:
        assert name is not None, "a folder run names every output"
        target = self._prefix + name
        folder = name.rpartition("/")[0]
        if folder not in self._made:
            parent = self.root / folder
            try:
                parent.mkdir(parents=True, exist_ok=True)
                remove_stale(parent)
            except OSError:
                return target  # the worker's write fails and says why, as stage write
            self._made.add(folder)
        return target

    def add(self, index: int, data: bytes | None) -> None:
        assert data is None, "workers write a folder's records"

    def close(self, complete: bool) -> None:
        if not complete:  # a worker killed while writing leaves its temporary file
            for folder in self._made:
                with contextlib.suppress(OSError):
                    remove_stale(self.root / folder)


class RecordFile:
    """One letter's document (``-o result.json``, ``-o report.docx``), written atomically
    when the run completes; the batch refuses a run with more than one letter.

    Its file holds what the last run made, as a JSON Lines file does: a letter that fails
    keeps the document there only when that was made from the bytes it holds now
    (:meth:`find_previous`, by the ``source.sha256`` a record or a report names), and a
    document of replyparse's made of other bytes is removed (:attr:`removed`), rather than
    left to pass for this letter's. A failure to write (the output's, not the letter's:
    :meth:`leave_previous`) leaves it as it was."""

    indent: int | None = 2

    def __init__(self, target: Path) -> None:
        self.target = target
        target.parent.mkdir(parents=True, exist_ok=True)
        # the folder must take the file the run writes at its end (a temporary one, renamed
        # into place): a folder that cannot (read-only, not the user's) is said now, as a
        # JSON Lines file's is, not once the letter was parsed for nothing
        probe = temp_path(target.parent)
        with open(probe, "xb"):
            pass
        probe.unlink()
        self._data: bytes | None = None
        self._failed = False
        self._kept: bytes | None = None  # the record kept, when it is to be written again
        self._keeps = False
        self._path: str | None = None
        self.removed = False
        """The document there before this run was removed: the letter failed, and it was
        not made from the bytes the letter holds now."""

    def destination(self, index: int, name: str | None) -> str | Path | None:
        return None

    def add(self, index: int, data: bytes | None) -> None:
        self._data = data
        self._failed = data is None

    def leave_previous(self) -> None:
        """The letter failed as its document was made (stage ``write``): not the letter's
        fault, so the document there stays as it was."""
        self._failed = False

    def find_previous(
        self, index: int, path: str, rel: str, digest: Callable[[], str | None]
    ) -> bool:
        """(One letter's file: by the bytes alone, whatever the file was called.)"""
        held = _document_sha256(self.target)
        if held is None or digest() != held:
            return False
        self._path = path
        return True

    def keep_previous(self, index: int) -> tuple[str, ...]:
        self._keeps = True
        self._failed = False
        if self.target.suffix.casefold() == ".docx":
            return ()  # (a report's warnings are in its table: not read back)
        try:
            record = self.target.read_bytes()
        except OSError:
            return ()
        assert self._path is not None
        moved = with_source_path(record, self._path)
        self._kept = moved if moved != record else None
        return record_warnings(record)

    def close(self, complete: bool) -> None:
        if not complete:
            return
        if self._data is not None:
            atomic_write(self.target, self._data)
        elif self._keeps:
            if self._kept is not None:  # (the path as this run names the letter)
                atomic_write(self.target, self._kept)
        elif self._failed and _document_sha256(self.target) is not None:
            self.target.unlink()
            self.removed = True


_REPORT_SHA = re.compile(rb"<w:t>SHA-256</w:t>.*?<w:t>([0-9a-f]{64})</w:t>", re.DOTALL)
"""A review report's SHA-256 of its source: the cell after the one that names it."""


def _document_sha256(target: Path) -> str | None:
    """The ``source.sha256`` of the record of replyparse's at ``target`` (a review report:
    the SHA-256 its source table gives), or None when there is none (no file, a user's,
    a record cut short, a report saved since in a word processor)."""
    if target.suffix.casefold() == ".docx":
        if replyparse_document(target) != "report":
            return None
        import zipfile

        try:
            with zipfile.ZipFile(target) as document:
                found = _REPORT_SHA.search(document.read("word/document.xml"))
        except (OSError, KeyError, EOFError, RuntimeError, zipfile.BadZipFile, zlib.error):
            return None
        return found.group(1).decode() if found else None
    try:
        with open(target, "rb") as fh:
            head = fh.read(_SOURCE_READ)
    except OSError:
        return None
    source = _record_source(head)
    return source[1] if source is not None else None


class JsonLinesFile:
    """One JSON Lines file, records in input order, renamed into place by :meth:`close`.

    An interrupted run leaves the previous file, if any, as it was. Records that finish
    ahead of their turn wait in a spool beside the file (see :class:`InOrder`).
    """

    indent: int | None = None

    def __init__(self, target: Path) -> None:
        self.target = target
        folder = target.parent
        folder.mkdir(parents=True, exist_ok=True)
        remove_stale(folder)
        self._fh = open_locked_temp(folder)
        self._order = InOrder(self._fh.write, spool_dir=folder)
        self._previous: PreviousLines | None = None
        self._found: dict[int, tuple[int, int, str]] = {}

    def destination(self, index: int, name: str | None) -> str | Path | None:
        return None

    def add(self, index: int, data: bytes | None) -> None:
        self._order.add(index, data)

    def find_previous(
        self, index: int, path: str, rel: str, digest: Callable[[], str | None]
    ) -> bool:
        """(By the line's ``source.path``, or, from another working folder, by the path
        under the input it ends in; a line of the same bytes only.)"""
        if self._previous is None:  # (read once, at the first letter that fails)
            self._previous = PreviousLines(self.target)
        candidates = self._previous.candidates(path, rel)
        if not candidates:
            return False
        sha256 = digest()
        for held, start, length in candidates:
            if held == sha256:
                self._previous.claimed.add(start)
                self._found[index] = (start, length, path)
                return True
        return False

    def keep_previous(self, index: int) -> tuple[str, ...]:
        assert self._previous is not None
        start, length, path = self._found.pop(index)
        line = self._previous.read(start, length)
        self._order.add(index, with_source_path(line, path))
        return record_warnings(line)

    def close(self, complete: bool) -> None:
        tmp = Path(self._fh.name)
        try:
            if complete:
                self._fh.flush()
                os.fsync(self._fh.fileno())
                os.replace(tmp, self.target)
        finally:
            self._order.close()
            with contextlib.suppress(OSError):  # what is left unwritten is thrown away
                self._fh.close()
            with contextlib.suppress(OSError):
                tmp.unlink()


class PreviousLines:
    """The records a JSON Lines file held before this run, found by ``source.path``: each
    line's place in the file and its source's SHA-256, read once (a line not a record of
    replyparse's is passed over); the line itself read again only when kept."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lines: dict[str, list[tuple[str, int, int]]] = {}
        self._by_name: dict[str, list[str]] = {}  # the paths, by their last part
        self.claimed: set[int] = set()
        """The lines kept already (by their start): a line is one letter's."""
        try:
            with open(path, "rb") as fh:
                start = 0
                for line in fh:
                    source = _record_source(line)
                    if source is not None:
                        held = _posix(source[0])
                        if held not in self._lines:
                            self._by_name.setdefault(held.rpartition("/")[2], []).append(held)
                        self._lines.setdefault(held, []).append((source[1], start, len(line)))
                    start += len(line)
        except OSError:
            self._lines, self._by_name = {}, {}

    def candidates(self, path: str, rel: str) -> list[tuple[str, int, int]]:
        """The SHA-256, start and length of each line that may be the record of the letter
        ``path`` (``rel`` under its input), not kept already: those of that
        ``source.path``, then those whose path ends in ``rel`` (the same file named from
        another working folder: ``in/a.txt`` then, ``../in/a.txt`` now)."""
        path, rel = _posix(path), _posix(rel)
        found = list(self._lines.get(path, ()))
        for held in self._by_name.get(rel.rpartition("/")[2], ()):
            if held != path and (held == rel or held.endswith("/" + rel)):
                found.extend(self._lines[held])
        return [c for c in found if c[1] not in self.claimed]

    def read(self, start: int, length: int) -> bytes:
        with open(self.path, "rb") as fh:
            fh.seek(start)
            line = fh.read(length)
        return line if line.endswith(b"\n") else line + b"\n"


def _posix(path: str) -> str:
    """``path`` with ``/`` between its parts, as a record written on Windows may not."""
    return path.replace(os.sep, "/") if os.sep != "/" else path


_LINE_HEAD = re.compile(rb'\{\s*"schema_version"\s*:\s*"[0-9A-Za-z.]*"\s*,\s*"source"\s*:\s*')
"""How every record replyparse writes begins, up to its ``source`` (as a line, or
indented as a record file)."""
_PATH_HEAD = re.compile(_LINE_HEAD.pattern + rb'\{\s*"path"\s*:\s*(?=")')
"""The same, up to the ``source.path``'s value (the source's first key)."""
_SOURCE_READ = 8192


def _record_source(line: bytes) -> tuple[str, str] | None:
    """The ``source.path`` and ``source.sha256`` of a record's line (its ``source`` alone
    decoded, not the letter), or None for a line that is no record of replyparse's."""
    import json

    head = _LINE_HEAD.match(line)
    if head is None:
        return None
    decoder = json.JSONDecoder()
    try:  # (the source comes first: its head is enough, but for a path of thousands of bytes)
        source, _ = decoder.raw_decode(line[:_SOURCE_READ].decode("utf-8", "replace"), head.end())
    except ValueError:
        try:
            source, _ = decoder.raw_decode(line.decode("utf-8", "replace"), head.end())
        except ValueError:
            return None
    if not isinstance(source, dict):
        return None
    path, sha = source.get("path"), source.get("sha256")
    return (path, sha) if isinstance(path, str) and isinstance(sha, str) else None


def with_source_path(record: bytes, path: str) -> bytes:
    """``record`` (a line, or an indented record) naming its source ``path``: a record
    kept from an earlier run names its file as this run does (from another working
    folder, ``../in/a.txt`` rather than ``in/a.txt``). Its other bytes are kept."""
    import json

    head = _PATH_HEAD.match(record)
    if head is None:
        return record
    rest = record[head.end() :].decode("utf-8", "surrogateescape")
    try:
        held, end = json.JSONDecoder().raw_decode(rest)
    except ValueError:
        return record
    if held == path:
        return record
    tail = rest[end:].encode("utf-8", "surrogateescape")
    return record[: head.end()] + json.dumps(path, ensure_ascii=False).encode() + tail


def record_warnings(record: bytes) -> tuple[str, ...]:
    """The codes of the warnings a record holds (its ``diagnostics`` of severity
    ``warning``), as the run that made it counted them; none when it cannot be read."""
    import json

    try:
        diagnostics = json.loads(record).get("diagnostics") or []
    except (ValueError, AttributeError):
        return ()
    return tuple(
        d["code"]
        for d in diagnostics
        if isinstance(d, dict) and d.get("severity") == "warning" and isinstance(d.get("code"), str)
    )


class StandardOutput:
    """Records on a binary stream (standard output) in input order, each flushed as soon
    as every record before it has been written. An ``owned`` stream (a device or a pipe
    the run opened, ``-o /dev/null``) is closed with the writer."""

    def __init__(self, stream: BinaryIO, indent: int | None, owned: bool = False) -> None:
        self.indent = indent
        self.stream = stream
        self.owned = owned
        self._order = InOrder(self._emit)

    def _emit(self, data: bytes) -> None:
        try:
            self.stream.write(data)
            self.stream.flush()
        except BrokenPipeError:
            raise OutputClosed from None

    def destination(self, index: int, name: str | None) -> str | Path | None:
        return None

    def add(self, index: int, data: bytes | None) -> None:
        self._order.add(index, data)

    def close(self, complete: bool) -> None:
        try:
            if not complete:  # what finished is still worth having, in order
                self._order.flush_all()
        finally:
            self._order.close()
            if self.owned:
                self.stream.close()
