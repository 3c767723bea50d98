"""Old Word ``.doc``, WPS ``.wps`` and RTF letters, converted by LibreOffice.

There is no maintained pure-Python reader for the Word 97 binary format, so the file is
converted to ``.docx`` by ``soffice --headless`` in a private temporary folder (its own
LibreOffice profile too, so conversions can run side by side) and read as a ``.docx``.

Starting LibreOffice costs about a second, so a batch should call :func:`prefetch` with
all its old-format files first: one LibreOffice run converts them all, and each later
:func:`convert_to_docx` of the same bytes is answered from memory.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import tempfile
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path

from replyparse.errors import InputError

INSTALL_HINT = "install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui)"
TIMEOUT_SECONDS = 120.0
"""For one file; a prefetch of n files gets n times this, up to an hour."""

OLD_FORMATS: tuple[str, ...] = (".doc", ".wps", ".rtf")
_CACHE_SIZE = 256
_converted: OrderedDict[str, bytes] = OrderedDict()  # sha256 of the input → .docx bytes


def soffice_path() -> str | None:
    """The LibreOffice executable on PATH, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def _command(soffice: str, work: Path, outdir: Path, files: list[str]) -> list[str]:
    """LibreOffice converting ``files`` to .docx in ``outdir``, with a private profile in
    ``work`` (so runs never share or lock the user's profile)."""
    return [
        soffice,
        f"-env:UserInstallation={(work / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
        str(outdir),
        *files,
    ]


def convert_to_docx(data: bytes, *, path: str, suffix: str) -> bytes:
    """Convert an old-format office file to ``.docx`` bytes with LibreOffice."""
    key = hashlib.sha256(data).hexdigest()
    cached = _converted.get(key)
    if cached is not None:
        return cached
    soffice = soffice_path()
    if soffice is None:
        raise InputError(path, f"reading {suffix} files needs LibreOffice: {INSTALL_HINT}")
    with tempfile.TemporaryDirectory(prefix="replyparse-") as tmp:
        work = Path(tmp)
        source = work / f"letter{suffix}"
        source.write_bytes(data)
        out = work / "out"
        command = _command(soffice, work, out, [str(source)])
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                timeout=TIMEOUT_SECONDS,
                check=False,
                env={**os.environ, "HOME": tmp},
            )
        except subprocess.TimeoutExpired as exc:
            raise InputError(
                path, f"LibreOffice did not convert the file within {TIMEOUT_SECONDS:.0f} s"
            ) from exc
        except OSError as exc:
            raise InputError(path, f"cannot run LibreOffice: {exc.strerror or exc}") from exc
        result = out / "letter.docx"
        if not result.is_file():
            detail = " ".join(done.stderr.decode("utf-8", "replace").split())[:160]
            raise InputError(
                path,
                f"LibreOffice could not convert this {suffix} file"
                + (f" ({detail})" if detail else " (damaged or not a document?)"),
            )
        docx = result.read_bytes()
        _remember(key, docx)
        return docx


def _remember(key: str, docx: bytes) -> None:
    _converted[key] = docx
    _converted.move_to_end(key)
    while len(_converted) > _CACHE_SIZE:
        _converted.popitem(last=False)


def prefetch(paths: Iterable[Path]) -> int:
    """Convert the old-format files among ``paths`` in one LibreOffice run; returns how many.

    Best effort: files that cannot be read or converted are skipped here and get their
    own clear error when :func:`replyparse.readers.read` reaches them. Without
    LibreOffice it does nothing. Keeps at most the last 256 conversions, so call it per
    chunk of a large batch.
    """
    soffice = soffice_path()
    if soffice is None:
        return 0
    wanted: dict[str, tuple[str, bytes]] = {}
    for path in paths:
        if path.suffix.lower() not in OLD_FORMATS:
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue
        key = hashlib.sha256(data).hexdigest()
        if key not in _converted and key not in wanted:
            wanted[key] = (path.suffix.lower(), data)
    if not wanted:
        return 0
    with tempfile.TemporaryDirectory(prefix="replyparse-") as tmp:
        work = Path(tmp)
        (work / "in").mkdir()
        names = {}
        for i, (key, (suffix, data)) in enumerate(wanted.items()):
            (work / "in" / f"{i}{suffix}").write_bytes(data)
            names[key] = f"{i}.docx"
        command = _command(
            soffice, work, work / "out", sorted(str(p) for p in (work / "in").iterdir())
        )
        # on a timeout whatever was converted is kept; the rest is converted one by one
        with contextlib.suppress(subprocess.TimeoutExpired, OSError):
            subprocess.run(
                command,
                capture_output=True,
                timeout=min(3600.0, TIMEOUT_SECONDS * len(wanted)),
                check=False,
                env={**os.environ, "HOME": tmp},
            )
        done = 0
        for key, name in names.items():
            result = work / "out" / name
            if result.is_file():
                _remember(key, result.read_bytes())
                done += 1
        return done
