"""Whether a letter that fails now is the one its output's record was made from.

A rerun that fails on a letter (a lowered ``--timeout`` or limit, a read error that
passes, a new version that stumbles) keeps the record an earlier run made of it when the
source is unchanged since: the same bytes, by their SHA-256, as the record's
``source.sha256`` (or its manifest entry's). A source that changed is no longer what the
record describes, and the record is removed (:mod:`.ledger`). The bytes are hashed here,
in the batch's parent, only for such a letter, so a run that fails nothing reads no file
twice.
"""

from __future__ import annotations

import hashlib
import os
import stat

from replyparse.discover import STDIN

_CHUNK = 1 << 20


def source_unchanged(
    path: str,
    sha256: str,
    *,
    data: bytes | None = None,
    recorded: tuple[int, int] | None = None,
    cap: int,
) -> bool:
    """Whether the file at ``path`` (standard input: ``data``, the bytes read) holds the
    bytes whose SHA-256 is ``sha256``. ``recorded``: the size and modification time the
    manifest recorded with it, for a file of another size (changed: not hashed) and for
    one that cannot be read now (unchanged when both are as recorded, what a rerun trusts
    to pass a file over). A file larger than ``cap`` bytes is taken as changed unhashed
    (no letter that large was parsed: ``cap`` is above the file size limit)."""
    if path == STDIN:
        return data is not None and hashlib.sha256(data).hexdigest() == sha256
    try:
        st = os.stat(path)
    except OSError:
        return False
    if not stat.S_ISREG(st.st_mode):  # (a FIFO put there since would block the read)
        return False
    if (recorded is not None and st.st_size != recorded[0]) or st.st_size > cap:
        return False
    digest = _file_sha256(path)
    if digest is None:  # (permissions taken away, a share's read error): by what stat says
        return recorded is not None and (st.st_size, st.st_mtime_ns) == recorded
    return digest == sha256


def current_sha256(path: str, *, data: bytes | None = None, cap: int) -> str | None:
    """The SHA-256 of the bytes the file at ``path`` holds now (standard input: ``data``),
    or None when they cannot be read (nor a file larger than ``cap`` bytes: see
    :func:`source_unchanged`). For an output that keeps no manifest, which matches a
    failing letter's earlier record by the bytes it was made from."""
    if path == STDIN:
        return hashlib.sha256(data).hexdigest() if data is not None else None
    try:
        st = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode) or st.st_size > cap:
        return None
    return _file_sha256(path)


def _file_sha256(path: str) -> str | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()
