"""Old Word ``.doc``, WPS ``.wps`` and RTF letters, converted by LibreOffice.

There is no maintained pure-Python reader for the Word 97 binary format, so the file is
converted to ``.docx`` by ``soffice --headless`` in a private temporary folder (its own
LibreOffice profile too, so conversions can run side by side) and read as a ``.docx``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from replyparse.errors import InputError

INSTALL_HINT = "install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui)"
TIMEOUT_SECONDS = 120.0


def soffice_path() -> str | None:
    """The LibreOffice executable on PATH, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_docx(data: bytes, *, path: str, suffix: str) -> bytes:
    """Convert an old-format office file to ``.docx`` bytes with LibreOffice."""
    soffice = soffice_path()
    if soffice is None:
        raise InputError(path, f"reading {suffix} files needs LibreOffice: {INSTALL_HINT}")
    with tempfile.TemporaryDirectory(prefix="replyparse-") as tmp:
        work = Path(tmp)
        source = work / f"letter{suffix}"
        source.write_bytes(data)
        out = work / "out"
        command = [
            soffice,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(out),
            str(source),
        ]
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
        return result.read_bytes()
