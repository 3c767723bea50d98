"""Old Word ``.doc``, WPS ``.wps`` and RTF letters, converted by LibreOffice.

There is no maintained pure-Python reader for the Word 97 binary format, so the file is
converted to ``.docx`` by ``soffice --headless`` in a private temporary folder and read
as a ``.docx``. LibreOffice is only run on bytes that start like a Word 97/WPS (OLE2)
or RTF file.

Each run is contained:

- it has its own LibreOffice profile and ``HOME`` in the temporary folder, so runs never
  share or lock a profile and can go side by side;
- it runs in its own session and process group (``soffice`` is a shell script that
  starts ``oosplash``, which starts ``soffice.bin``); when it is stopped (time out, an
  exception, :func:`stop_conversions`) the whole group is killed, and after every run
  the group's leftovers too, so no ``soffice.bin`` outlives the conversion. The group is
  led by a small shell that kills it when the process that started it dies, even by
  SIGKILL (Linux's parent-death signal);
- each file gets ``limits.timeout_seconds``, once: a file that fails or times out is
  remembered, never converted again in this process.

Starting LibreOffice costs about a second, so a batch should call :func:`prefetch` with
its files first: one LibreOffice run converts all the old-format ones, and each later
:func:`convert_to_docx` of the same bytes is answered from memory. The run is watched:
when no file has been finished for ``timeout_seconds``, the file being converted is
failed with a timeout and the run goes on from the next one.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from replyparse.errors import InputError
from replyparse.limits import DEFAULT_LIMITS, Limits
from replyparse.parentdeath import signal_when_parent_dies

INSTALL_HINT = "install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui)"

OLD_FORMATS: tuple[str, ...] = (".doc", ".wps", ".rtf")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_RTF = b"{\\rtf"
_CACHE_SIZE = 256
_POLL = 0.05


class _Failed(NamedTuple):
    reason: str
    timeout: float | None = None
    """The time it was given, when it timed out: a longer one may try again."""


_converted: OrderedDict[str, bytes | _Failed] = OrderedDict()  # sha256 → .docx or failure
_running: set[int] = set()  # process groups of the conversions under way


def soffice_path() -> str | None:
    """The LibreOffice executable on PATH, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def is_convertible(data: bytes) -> bool:
    """Whether the bytes start like a file LibreOffice is run on: Word 97/WPS or RTF."""
    return data.startswith(_OLE2) or data.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(_RTF)


# The streams an Office 97-2003 (OLE2) file of each kind holds, by name (its directory
# stores names in UTF-16, each ended by a zero character): a Word or WPS document holds
# "WordDocument"; a workbook, a presentation, a drawing or a saved mail holds its own.
_WORD_STREAM = "WordDocument\0".encode("utf-16-le")
_OTHER_STREAMS: tuple[tuple[bytes, str], ...] = tuple(
    (f"{name}\0".encode("utf-16-le"), kind)
    for name, kind in (
        ("Workbook", "an Excel workbook"),  # Excel 97-2003 (.xls), WPS tables (.et)
        ("Book", "an Excel workbook"),  # Excel 5 and 95
        ("PowerPoint Document", "a PowerPoint presentation"),  # .ppt, .pps, WPS's .dps
        ("VisioDocument", "a Visio drawing"),
        ("__properties_version1.0", "an Outlook message"),  # .msg
    )
)


def office_kind(data: bytes) -> str | None:
    """``an Excel workbook`` when the bytes are an Office 97-2003 (OLE2) file of a kind
    that holds no letter: a workbook, a presentation, a drawing, a saved mail, known by
    the stream it holds and the Word document stream it lacks. None for anything else (a
    Word or WPS document, RTF, an encrypted package: LibreOffice's to judge)."""
    if not data.startswith(_OLE2) or _WORD_STREAM in data:
        return None
    for stream, kind in _OTHER_STREAMS:
        if stream in data:
            return kind
    return None


COULD_NOT_CONVERT = "LibreOffice could not convert this"
"""How a failed conversion's reason begins (:func:`_run_once`)."""
_ERROR_WORD = re.compile(r"^(?:Error:\s*)+", re.IGNORECASE)


def not_readable(reason: str, data: bytes, kind: str) -> str | None:
    """What to tell of an OLE2 file (``kind``: ``doc`` or ``wps``) that LibreOffice could
    not convert, or read only as garbled text (``reason``, as :func:`_run_once` or the
    reader put it): in plain words what it is and what to do, LibreOffice's own words
    last. None for any other reason (no LibreOffice, a timeout: those say what to do).
    A file holding no Word text stream is no Word document, whatever its first bytes (a
    file cut short, damaged, or of another program); one that holds it is a damaged one."""
    if not data.startswith(_OLE2):
        return None
    if reason.startswith(COULD_NOT_CONVERT):
        said = reason.partition("(")[2].removesuffix(")")
        said = _ERROR_WORD.sub("", said).strip()
        if not said or said.startswith("damaged or not a document"):
            said = "it could not be opened"
    elif "LibreOffice read it as text" in reason:
        said = "read only as garbled text"
    else:
        return None
    name = "WPS document" if kind == "wps" else "Word document"
    text = "WPS or Word text" if kind == "wps" else "Word text"
    if _WORD_STREAM in data:
        return (
            f"a damaged {name}: its text could not be read; open it in Word or WPS and save "
            f"it again as .docx, or get an undamaged copy (LibreOffice: {said})"
        )
    return (
        f"not a {name}: it begins as an Office 97-2003 file does, but holds no {text} "
        "(cut short, damaged, or made by another program); open it in the program "
        f"that made it and save it as .docx, or get a whole copy (LibreOffice: {said})"
    )


def _command(soffice: str, work: Path, outdir: Path, files: list[str]) -> list[str]:
    """LibreOffice converting ``files`` to .docx in ``outdir``, with a private profile in
    ``work`` (so runs never share or lock the user's profile)."""
    return [
        soffice,
        f"-env:UserInstallation={(work / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
        str(outdir),
        *files,
    ]


def stop_conversions() -> None:
    """Kill every LibreOffice run this process has under way (for a signal handler)."""
    for group in list(_running):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(group, signal.SIGKILL)


# The process that leads LibreOffice's group: it runs the command and, when told to stop
# (SIGTERM, which the kernel sends it when the process that started it dies), kills the
# whole group, itself included. So a batch worker killed mid-conversion (its time limit,
# a second Ctrl-C, the out-of-memory killer) takes LibreOffice with it.
_GUARD = 'trap "kill -KILL 0" TERM; "$@" & wait $!'
_GONE_WITHIN = 5.0
"""Seconds :meth:`_Run.finish` waits for killed members to leave the process table."""


class _Run:
    """One LibreOffice process group, watched until it exits or stalls."""

    def __init__(self, command: list[str], work: Path) -> None:
        self._log = open(work / "soffice.log", "wb")  # noqa: SIM115 (closed in finish)
        parent = os.getpid()
        self.proc = subprocess.Popen(
            ["/bin/sh", "-c", _GUARD, "replyparse-soffice", *command],
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "HOME": str(work)},
            start_new_session=True,
            preexec_fn=lambda: signal_when_parent_dies(parent, signal.SIGTERM),
        )
        self.group = self.proc.pid  # a session leader's pid is its group's id
        self.log_path = work / "soffice.log"
        _running.add(self.group)

    def exited(self) -> bool:
        """Whether the launcher has exited; it is left a zombie (not reaped), so its
        group id cannot be reused before :meth:`finish` has killed the group."""
        try:
            flags = os.WEXITED | os.WNOHANG | os.WNOWAIT
            return os.waitid(os.P_PID, self.proc.pid, flags) is not None
        except ChildProcessError:
            return True

    def finish(self) -> None:
        """Kill what is left of the group, reap the launcher, and wait (a little) until
        the killed members are gone: SIGKILL is delivered at once, but a process leaves
        the table only when it has exited, so a caller returning at once could still see
        LibreOffice there."""
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.group, signal.SIGKILL)
        self.proc.wait()
        deadline = time.monotonic() + _GONE_WITHIN
        while time.monotonic() < deadline:
            try:
                os.killpg(self.group, 0)  # anyone left in the group?
            except (ProcessLookupError, PermissionError):
                break
            time.sleep(0.01)
        _running.discard(self.group)
        self._log.close()

    def detail(self) -> str:
        """LibreOffice's own error lines (its warnings, e.g. about Java, left out)."""
        try:
            text = self.log_path.read_bytes()[-4000:].decode("utf-8", "replace")
        except OSError:
            return ""
        errors = [line.strip() for line in text.splitlines() if "rror" in line]
        return " ".join(" ".join(errors).split())[:160]


def convert_to_docx(
    data: bytes, *, path: str, suffix: str, limits: Limits = DEFAULT_LIMITS
) -> bytes:
    """Convert an old-format office file to ``.docx`` bytes with LibreOffice."""
    if not is_convertible(data):
        raise InputError(path, f"not a {suffix} file: neither Word 97/WPS (OLE2) nor RTF")
    key = hashlib.sha256(data).hexdigest()
    if not _settled(key, limits):
        soffice = soffice_path()
        if soffice is None:
            raise InputError(path, f"reading {suffix} files needs LibreOffice: {INSTALL_HINT}")
        _convert(soffice, [(key, suffix, data)], limits)
    done = _converted[key]
    if isinstance(done, _Failed):
        raise InputError(path, done.reason)
    return done


def _settled(key: str, limits: Limits) -> bool:
    """Whether the file was converted or failed for good (a timeout shorter than the
    one allowed now is worth another try)."""
    done = _converted.get(key)
    if isinstance(done, _Failed) and done.timeout is not None:
        return done.timeout >= limits.timeout_seconds
    return done is not None


def _convert(soffice: str, files: list[tuple[str, str, bytes]], limits: Limits) -> None:
    """Convert ``files`` (key, suffix, bytes) in as few LibreOffice runs as it takes;
    every key ends up in the cache, converted or failed."""
    with tempfile.TemporaryDirectory(prefix="replyparse-") as tmp:
        work = Path(tmp)
        (work / "in").mkdir()
        names: list[tuple[str, str]] = []  # (key, input name) in conversion order
        for i, (key, suffix, data) in enumerate(files):
            name = f"{i:06d}{suffix}"
            (work / "in" / name).write_bytes(data)
            names.append((key, name))
        while names:
            names = _run_once(soffice, work, names, limits)


def _run_once(
    soffice: str, work: Path, names: list[tuple[str, str]], limits: Limits
) -> list[tuple[str, str]]:
    """One LibreOffice run over ``names``; returns those still to convert after a stall."""
    out = work / "out"
    command = _command(soffice, work, out, [str(work / "in" / name) for _, name in names])
    try:
        run = _Run(command, work)
    except OSError as exc:
        for key, _ in names:
            _remember(key, _Failed(f"cannot run LibreOffice: {exc.strerror or exc}"))
        return []
    stalled = False
    try:
        finished = 0
        progress = time.monotonic()
        while not run.exited():
            count = sum(1 for key, name in names if _result(out, name).is_file())
            if count > finished:
                finished, progress = count, time.monotonic()
            elif time.monotonic() - progress > limits.timeout_seconds:
                stalled = True
                break
            time.sleep(_POLL)
    finally:
        run.finish()  # also on an exception or a signal: the group never outlives us
    detail = run.detail()
    rest: list[tuple[str, str]] = []
    blamed = False
    for key, name in names:
        result = _result(out, name)
        if result.is_file():
            _remember(key, result.read_bytes())
        elif stalled and not blamed:
            # files are converted in order: the first one missing is the one that hung
            blamed = True
            _remember(
                key,
                _Failed(
                    "LibreOffice did not convert the file within"
                    f" {limits.timeout_seconds:g} s (raise it with --timeout)",
                    limits.timeout_seconds,
                ),
            )
        elif stalled:
            rest.append((key, name))
        else:
            why = f" ({detail})" if detail and len(names) == 1 else " (damaged or not a document?)"
            suffix = Path(name).suffix
            _remember(key, _Failed(f"{COULD_NOT_CONVERT} {suffix} file{why}"))
    return rest


def _result(out: Path, name: str) -> Path:
    return out / (Path(name).stem + ".docx")


def _remember(key: str, result: bytes | _Failed) -> None:
    _converted[key] = result
    _converted.move_to_end(key)
    while len(_converted) > _CACHE_SIZE:
        _converted.popitem(last=False)


def prefetch(paths: Iterable[Path], *, limits: Limits = DEFAULT_LIMITS) -> int:
    """Convert the old-format files among ``paths`` in one LibreOffice run; returns how
    many were converted.

    Best effort: files that cannot be read are skipped here and get their own clear
    error when :func:`replyparse.readers.read` reaches them; files LibreOffice cannot
    convert are remembered as failed. Only regular files within ``max_file_bytes`` whose
    content is Word 97/WPS or RTF are converted. Without LibreOffice it does nothing.
    Keeps at most the last 256 conversions, so call it per chunk of a large batch.
    """
    from replyparse.readers import load

    soffice = soffice_path()
    if soffice is None:
        return 0
    wanted: dict[str, tuple[str, bytes]] = {}
    for path in paths:
        if path.suffix.lower() not in OLD_FORMATS:
            continue
        try:
            data = load(path, limits=limits)
        except InputError:
            continue
        if not is_convertible(data) or office_kind(data) is not None:
            continue  # (a workbook named .doc fails when read, with what it is)
        key = hashlib.sha256(data).hexdigest()
        if not _settled(key, limits) and key not in wanted:
            wanted[key] = (path.suffix.lower(), data)
    if not wanted:
        return 0
    _convert(soffice, [(key, suffix, data) for key, (suffix, data) in wanted.items()], limits)
    return sum(1 for key in wanted if isinstance(_converted.get(key), bytes))
