"""The project's cache folder: ``$XDG_CACHE_HOME/replyparse`` (``~/.cache/replyparse``).

Only a folder that this user owns, that is no symbolic link and that nobody else may
read or write is used; a cache file in it is trusted like the project's own files. A
shared temporary folder never is: anyone can put a file there first (issue #12).

Copies made from jieba's files (:mod:`replyparse.lexicon`, :mod:`replyparse.idf`) live in
its subfolder ``jieba/``, named by the contents of those files (:class:`Family`), so that
every virtual environment with the same jieba shares one. Writing a copy removes those no
installation uses any longer (:func:`remove_obsolete`).

:mod:`hashlib`, :mod:`json` and :mod:`tempfile` are imported where they are used: a
program that only asks for the folder (``replyparse --help``, which keeps the code of its
dataclasses there: :mod:`replyparse.codecache`) loads none of them (about 20 M
instructions).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import stat
import sys
import time
from collections.abc import Iterator, Sequence, Set
from pathlib import Path
from typing import Any, NamedTuple

try:
    import fcntl
except ImportError:  # Windows: no POSIX locks, and no owner and mode to trust a folder by
    HAS_LOCKS = False
else:
    HAS_LOCKS = True


def private_cache_dir() -> Path | None:
    """The cache folder, created with mode 0700 when missing; ``None`` when untrusted, and
    on a system without POSIX file locks (Windows), where nothing here could guard its
    files: every cache is then a process's own (:func:`scratch_dir`)."""
    if not HAS_LOCKS:
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return None
    folder = Path(base) / "replyparse"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.lstat()
    except OSError:
        return None
    return folder if _is_private(info) else None


def scratch_dir() -> Path:
    """A new folder of this process's own (mode 0700), removed when the process exits."""
    import tempfile

    scratch = tempfile.mkdtemp(prefix="replyparse-")
    atexit.register(shutil.rmtree, scratch, True)
    return Path(scratch)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``path`` through a temporary file beside it: readers see all of it or none."""
    import tempfile

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# -- copies keyed by what they are made from ------------------------------------------------
# A copy (the lexicon, the IDF table's lookup copy) is named by the SHA-256 of the files it
# is made from, so every virtual environment whose jieba ships the same files shares one.
# Those digests are remembered in ``sources.json`` against each file's size, times, inode
# and device: a start stats the files instead of reading 11 MB (12 ms). The same file
# records which installation uses which copy ("uses"), and a copy no installation on this
# machine uses any longer is obsolete.

GRACE_SECONDS = 600
"""An obsolete copy is removed only when it was written longer ago than this: a process
that has just written one may not yet have recorded or opened it."""

PART_SECONDS = 86400
"""A temporary file (``.name.….part``) this old was left by a process killed mid-write."""

_MEMO = "sources.json"
_LOCK = ".lock"


class Family(NamedTuple):
    """Copies of one kind, in the cache folder's ``subfolder``, each named
    ``{stem}-{version}-{key}{suffix}``; ``key`` names the contents of the files it is made
    from (and the byte order, which the IDF copy's arrays are in)."""

    stem: str
    version: int
    suffix: str
    subfolder: str = "jieba"
    legacy: tuple[str, ...] = ()
    """Globs, in the cache folder itself, of names earlier versions gave such copies (one
    per installation, named by its path): all obsolete."""

    def name(self, digests: Sequence[str]) -> str:
        """The name of the copy made from files with these SHA-256 digests."""
        import hashlib

        parts = [self.stem, str(self.version), sys.byteorder, *digests]
        key = hashlib.sha256(":".join(parts).encode()).hexdigest()[:16]
        return f"{self.stem}-{self.version}-{key}{self.suffix}"

    def version_of(self, name: str) -> int | None:
        """The version of the family's copy ``name``; None when it is no such name."""
        if not name.startswith(f"{self.stem}-") or not name.endswith(self.suffix):
            return None
        version, _, key = name[len(self.stem) + 1 : -len(self.suffix)].partition("-")
        return int(version) if version.isdigit() and key else None

    def obsolete(self, name: str, live: Set[str]) -> bool:
        """Whether ``name`` is a copy of an earlier version, or of this one that no
        installation uses (``live``: the names in use). A later version's copy is never
        this version's to judge."""
        version = self.version_of(name)
        if version is None or version > self.version:
            return False
        return version < self.version or name not in live

    def folder(self, root: Path) -> Path | None:
        """The family's folder in the cache folder ``root``; None when it is not private."""
        folder = root / self.subfolder
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            return folder if _is_private(folder.lstat()) else None
        except OSError:
            return None


def copy_path(root: Path, family: Family, sources: Sequence[Path]) -> Path | None:
    """Where the copy of ``sources`` lives, named by their contents; the use of that copy by
    these paths is recorded (:func:`remove_obsolete` keeps it while they stay unchanged).
    None when the family's folder is not private. Raises OSError when a source cannot be
    read."""
    folder = family.folder(root)
    if folder is None:
        return None
    memo = _read_memo(folder)
    files: dict[str, list[object]] = {}
    for source in sources:
        identity = _identity(source)
        known = memo["files"].get(str(source))
        if known is None or known[:-1] != identity:
            known = [*identity, _digest(source)]
        files[str(source)] = known
    use = {path: str(record[-1]) for path, record in files.items()}
    name = family.name(list(use.values()))
    if use not in memo["uses"].get(name, []) or any(
        memo["files"].get(p) != r for p, r in files.items()
    ):
        with contextlib.suppress(OSError), _locked(folder):  # unrecorded: hashed next time
            _record(folder, files, name, use)
    return folder / name


def open_shared(path: Path) -> int | None:
    """``path`` opened for reading under a shared lock, which keeps
    :func:`remove_obsolete` from removing it until the descriptor is closed; None when it
    is no regular file or was removed meanwhile."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        with contextlib.suppress(OSError):  # a file system without locks: read it anyway
            fcntl.flock(fd, fcntl.LOCK_SH)  # a remover holds it only to unlink
        info = os.fstat(fd)
        if stat.S_ISREG(info.st_mode) and info.st_nlink > 0:
            return fd
    except OSError:
        pass
    os.close(fd)
    return None


def remove_obsolete(root: Path, keep: Path, families: Sequence[Family]) -> int:
    """Remove the copies of ``families`` that no installation uses (an earlier version, or
    made from files that no longer stand anywhere as recorded), their earlier names
    (:attr:`Family.legacy`) and their abandoned temporary files; the bytes freed. Called
    after writing ``keep``.

    A file is removed only when it is a regular file of ours, written more than
    :data:`GRACE_SECONDS` ago (:data:`PART_SECONDS` for a temporary file), and no process
    holds it open through :func:`open_shared`; links are never followed, and nothing
    outside ``root`` and the families' folder is looked at.
    """
    return sum(_remove_obsolete(root, family, keep) for family in families)


def _remove_obsolete(root: Path, family: Family, keep: Path) -> int:
    folder = family.folder(root)
    if folder is None:
        return 0
    now = time.time()
    freed = 0
    try:
        with _locked(folder):
            live = _live(_read_memo(folder)) | {keep.name}
            with os.scandir(folder) as entries:
                names = [e.name for e in entries]
            for name in names:
                if family.obsolete(name, live):
                    freed += _remove_idle(folder / name, now - GRACE_SECONDS)
                elif name.startswith((f".{family.stem}-", f".{_MEMO}.")) and name.endswith(".part"):
                    freed += _remove_idle(folder / name, now - PART_SECONDS)
            for pattern in family.legacy:
                for path in root.glob(pattern):
                    freed += _remove_idle(path, now - GRACE_SECONDS)
    except OSError:
        pass
    return freed


def _is_private(info: os.stat_result) -> bool:
    """A folder of ours, no link, that nobody else may read or write."""
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and not info.st_mode & (stat.S_IRWXG | stat.S_IRWXO)
    )


def _digest(path: Path) -> str:
    """The SHA-256 of ``path``'s bytes, in hex."""
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _identity(path: Path) -> list[object]:
    """What changes when ``path``'s contents may have: ctime too, which no one can set."""
    info = path.stat()
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev]


Memo = dict[str, dict[str, Any]]


def _read_memo(folder: Path) -> Memo:
    """``sources.json``: ``files`` (path: identity + digest) and ``uses`` (copy name: the
    paths, each with its digest, that used it); empty when missing or damaged."""
    import json

    try:
        memo = json.loads((folder / _MEMO).read_bytes())
    except (OSError, ValueError):
        memo = None
    files = memo.get("files") if isinstance(memo, dict) else None
    uses = memo.get("uses") if isinstance(memo, dict) else None
    return {
        "files": {
            path: record
            for path, record in (files.items() if isinstance(files, dict) else ())
            if isinstance(record, list) and len(record) == 6 and isinstance(record[-1], str)
        },
        "uses": {
            name: kept
            for name, sets in (uses.items() if isinstance(uses, dict) else ())
            if isinstance(sets, list) and (kept := [s for s in sets if isinstance(s, dict) and s])
        },
    }


def _record(folder: Path, files: dict[str, list[object]], name: str, use: dict[str, str]) -> None:
    """Add ``files`` and ``use`` of copy ``name`` to the memo; what no longer stands as
    recorded (a deleted virtual environment, an edited file) is dropped."""
    import json

    memo = _read_memo(folder)
    memo["files"].update(files)
    uses = memo["uses"].setdefault(name, [])
    if use not in uses:
        uses.append(use)
    standing = _standing(memo)
    memo["files"] = {p: r for p, r in memo["files"].items() if p in standing}
    memo["uses"] = {
        n: kept
        for n, sets in memo["uses"].items()
        if (kept := [s for s in sets if _stands(s, memo["files"], standing)])
    }
    write_atomically(folder / _MEMO, json.dumps(memo, ensure_ascii=False).encode("utf-8"))


def _standing(memo: Memo) -> set[str]:
    """The memo's files whose identity is still the one recorded."""
    out = set()
    for path, record in memo["files"].items():
        with contextlib.suppress(OSError):
            if _identity(Path(path)) == record[:-1]:
                out.add(path)
    return out


def _stands(use: dict[str, str], files: dict[str, Any], standing: set[str]) -> bool:
    """Whether each file of ``use`` still has the digest the use recorded."""
    return all(p in standing and files[p][-1] == digest for p, digest in use.items())


def _live(memo: Memo) -> set[str]:
    """The names of the copies some installation still uses."""
    standing = _standing(memo)
    return {
        name
        for name, sets in memo["uses"].items()
        if any(_stands(s, memo["files"], standing) for s in sets)
    }


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """The family folder's lock, held while the memo is rewritten or copies removed."""
    fd = os.open(folder / _LOCK, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _remove_idle(path: Path, before: float) -> int:
    """Remove ``path`` when it is a regular file of ours last written before ``before`` that
    no process holds open through :func:`open_shared`; the bytes freed."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:  # a link (ELOOP), gone already
        return 0
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid():
            return 0
        if info.st_mtime >= before:
            return 0
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # raises while a reader holds it
        now = path.lstat()
        if (now.st_dev, now.st_ino) != (info.st_dev, info.st_ino):
            return 0  # replaced meanwhile: the new file is another's
        path.unlink()
        return info.st_blocks * 512
    except OSError:
        return 0
    finally:
        os.close(fd)
