"""The project's cache folder: ``$XDG_CACHE_HOME/replyparse`` (``~/.cache/replyparse``).

Only a folder that this user owns, that is no symbolic link and that nobody else may
read or write is used; a cache file in it is trusted like the project's own files. A
shared temporary folder never is: anyone can put a file there first (issue #12).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import stat
import tempfile
from pathlib import Path


def private_cache_dir() -> Path | None:
    """The cache folder, created with mode 0700 when missing; ``None`` when untrusted."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return None
    folder = Path(base) / "replyparse"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.lstat()
    except OSError:
        return None
    private = (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and not info.st_mode & (stat.S_IRWXG | stat.S_IRWXO)
    )
    return folder if private else None


def scratch_dir() -> Path:
    """A new folder of this process's own (mode 0700), removed when the process exits."""
    scratch = tempfile.mkdtemp(prefix="replyparse-")
    atexit.register(shutil.rmtree, scratch, True)
    return Path(scratch)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``path`` through a temporary file beside it: readers see all of it or none."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
