"""File names as text that can always be printed and stored as UTF-8.

On POSIX a file name is bytes; Python decodes the bytes that are not UTF-8 to lone
surrogates (``surrogateescape``), which cannot be encoded again as UTF-8. :func:`shown`
writes each such byte as ``\\xNN`` instead, the way Python and ``ls -b`` show it: what
records, messages and the summary use. Files that need the exact name back (the
manifest, ``errors.jsonl``) keep the surrogates and store them as JSON ``\\udcNN``
escapes with :func:`exact_utf8`.
"""

from __future__ import annotations

import errno
import os
import re
import shlex
import stat
import unicodedata
from pathlib import PurePath

SEPARATORS = "/" + os.sep if os.sep != "/" else "/"
"""What separates the parts of a path typed on this system: ``/`` everywhere, and ``\\``
on Windows too (its ``os.sep``; ``os.altsep`` is ``/`` there, so it alone misses ``\\``)."""


def is_folder_name(name: str) -> bool:
    """Whether ``name`` names a folder by its end: a separator typed last (``-o out/``,
    and ``-o out\\`` on Windows)."""
    return name.endswith(tuple(SEPARATORS))


def backslash_habit(name: str) -> str | None:
    """The usage error for ``name`` when it holds a ``\\`` on a system where that is part
    of a name, not a separator, typed on Linux or macOS as on Windows: ``-o 'out\\'``
    would make a folder called ``out\\``, ``-o '.\\out'`` or ``-o 'out\\2021.jsonl'``
    one file or folder of that name in the current folder. It says what to write instead
    (``out/``; ``out\\2021\\`` is ``out/2021/``, ``.\\out`` is ``./out``). None for any
    other name, and for one whose part holding the last ``\\`` is there already (whoever
    made it meant it: ``odd\\name/a.jsonl`` in a folder ``odd\\name``)."""
    if "\\" in SEPARATORS or "\\" not in name:
        return None
    parts = name.split("/")
    last = max(i for i, part in enumerate(parts) if "\\" in part)
    if os.path.lexists("/".join(parts[: last + 1]) or "/"):
        return None
    drive = windows_drive(name)  # (C:\out\: no folder of this system)
    if name.endswith("\\"):
        told = f"{backslash_end(name)}: it would make a folder called {said(name)}"
        if drive:
            return f"{told}; name a folder of this system, ending in /"
        return f"{told}; write {said(name.replace(chr(92), '/'))} for the folder"
    where = "/".join(parts[:last])
    told = (
        f"{said(name)} has \\ in it, which on this system is part of a name, not a folder "
        f"separator (a Windows habit?): it would be one name, {said(parts[last])}, in "
        f"{said(where + '/') if where else 'this folder'}"
    )
    if drive:
        return f"{told}; name a path of this system, with /"
    return f"{told}; write {said(name.replace(chr(92), '/'))}"


def backslash_end(name: str) -> str:
    """What is wrong with ``name`` ending in ``\\`` on a system where that is part of a
    name: the head of :func:`backslash_habit`'s error, and of a file option's (``--errors
    'logs\\'``, whose advice names a file, not a folder)."""
    return (
        f"{said(name)} ends in \\, which on this system is part of a name, not a folder "
        "separator (a Windows habit?)"
    )


def windows_drive(name: str) -> bool:
    """Whether ``name`` opens with a Windows drive (``C:``): no path of this system."""
    return re.match(r"[A-Za-z]:", name) is not None


def is_stream_file(name: str) -> bool:
    """Whether ``name`` is there and is neither a file nor a folder but something written
    as it comes (``/dev/null``, ``/dev/stdout``, a named pipe, a shell's ``>(gzip …)``): an
    output written as standard output is, whatever its name says."""
    try:
        mode = os.stat(name).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


STANDARD_OUTPUT_NAMES = ("/dev/stdout", "/dev/fd/1", "/proc/self/fd/1")
"""Names a POSIX shell user gives standard output by (``-o /dev/stdout``): the process's
own standard output whatever it points to, a terminal, a pipe or a file the shell opened
(``> all.jsonl``, ``>> all.jsonl``: opened anew by its name, the file would be cut)."""


def standard_output_name(name: str | None) -> bool:
    """Whether ``name`` names the process's standard output (:data:`STANDARD_OUTPUT_NAMES`;
    only on POSIX systems, where they are there)."""
    return os.name == "posix" and name in STANDARD_OUTPUT_NAMES


def is_terminal(name: str) -> bool:
    """Whether ``name`` is a terminal (``/dev/tty``, ``/dev/stdout`` on one, a pty), no place
    for a Word file, as standard output on one is not. Only a character device is opened to
    ask, and without becoming the run's terminal (a pipe's open waits for its reader)."""
    flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        if not stat.S_ISCHR(os.stat(name).st_mode):
            return False
        fd = os.open(name, flags)
    except (OSError, ValueError):
        return False
    try:
        return os.isatty(fd)
    finally:
        os.close(fd)


def bare_name(name: str) -> str:
    """``name`` without the separators it ends in (``out/`` → ``out``); a name of
    separators alone (``/``) is kept."""
    return name.rstrip(SEPARATORS) or name


def posix_parts(name: str) -> str:
    """``name`` typed on this system with ``/`` between its parts (``2021\\x`` on
    Windows → ``2021/x``): how an output folder's names are kept."""
    for sep in SEPARATORS[1:]:
        name = name.replace(sep, "/")
    return name


def folded(name: str) -> str:
    """``name`` as a file system that ignores case compares it (Windows, macOS, a USB
    stick's exFAT): case folded, and in one Unicode normal form, since macOS also takes
    ``é`` written as one character or as ``e`` and an accent for one name. Two names
    that fold alike are one file there: an output folder gives no two of its names a
    fold in common, so it holds the same records on every file system."""
    if name.isascii():
        return name.lower()
    return unicodedata.normalize("NFD", unicodedata.normalize("NFD", name).casefold())


_SHELL_WORD_BREAKERS = re.compile(r"[\s'\"\\$`!&|;<>()*?\[\]{}]|^[~#]|^$")
"""What a POSIX shell would not read back as one plain word: a space (or any white
space), a quote, a character it expands or acts on, a ``~`` or ``#`` opening the word."""
_UNTYPED = re.compile(r"[\x00-\x1f\x7f-\x9f\udc80-\udcff]")
"""What no quotes carry back as typed: a control character (a newline, a tab: the shell
would read it, but the message would break or show it as spaces) and a byte of a name
that is not UTF-8 (``surrogateescape``: shown as ``\\xNN``, which bare or in single
quotes is four characters)."""
_ANSI_C = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
"""The escapes bash's ``$'…'`` quoting reads, for the characters written by name."""


def plain(path: str | os.PathLike[str]) -> str:
    """``path`` as records, lists and messages name a file: as given (not made absolute,
    nor relative to another folder), in the form Python's ``pathlib`` writes it: ``.``
    parts, repeated separators and one at the end dropped, ``..`` kept (``./a.txt`` is
    ``a.txt``, ``archive//2021/./a.txt`` is ``archive/2021/a.txt``, ``../in/a.txt`` stays).
    Extract, validate and render, walking a folder or given a file, all name it so. A
    file called ``-`` stays ``./-``: ``-`` alone names standard input."""
    written = str(PurePath(path))
    if written == "-" and os.fspath(path) != "-":
        return os.path.join(os.curdir, "-")
    return written


def shown(text: str) -> str:
    """``text`` with every undecodable byte of a file name written as ``\\xNN``."""
    if text.isascii():
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate no file name gives: escape it as code
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def exact_utf8(json_text: str) -> bytes:
    """JSON text as UTF-8, a lone surrogate from a file name written as its ``\\udcNN``
    escape, which ``json.loads`` reads back to the very same name."""
    return json_text.encode("utf-8", "backslashreplace")


def said(path: str) -> str:
    """``path`` as a message names it, so that a user can paste it into a shell: as it is
    when the shell reads it back as one word (``archive/2021/答复.txt``: letters of any
    script are plain), else quoted the POSIX way, in single quotes (``'my letters/a
    b.txt'``, ``'it'"'"'s.txt'``). :func:`shlex.quote` alone would also quote every name
    that is not ASCII, most of an archive of Chinese letters. A name holding what no
    quotes carry (:data:`_UNTYPED`) is written in the ``$'…'`` quoting of bash, zsh and
    ksh, on one line: ``$'in/a\\nb.txt'``, ``$'0\\xb4.txt'``."""
    if _UNTYPED.search(path):
        return "$'" + "".join(map(_ansi_c, path)) + "'"
    return shlex.quote(path) if _SHELL_WORD_BREAKERS.search(path) else path


def _ansi_c(char: str) -> str:
    """``char`` inside ``$'…'``: by name when it has one, as the ``\\xNN`` of each of
    its bytes when it is untyped, else as it is."""
    if (named := _ANSI_C.get(char)) is not None:
        return named
    if _UNTYPED.match(char):
        return "".join(f"\\x{byte:02x}" for byte in char.encode("utf-8", "surrogateescape"))
    return char


def why_unwritable(path: PurePath, exc: OSError) -> str:
    """Why ``path`` (to be made, or written) could not be, in the user's words: the
    nearest folder above it that is there, and what it refuses. The kernel's words mislead
    here: "No such file or directory" for a folder under /proc, which is there (the
    system makes its files itself), "File exists" for a file in the way of a folder."""
    above = next((p for p in path.parents if os.path.lexists(p)), None)
    if above is not None and os.path.islink(above) and not os.path.exists(above):
        return f"{said(str(above))} is a link to {said(os.readlink(above))}, which is not there"
    if above is not None and not os.path.isdir(above):
        return f"{said(str(above))} is not a folder"
    where = said(str(above)) if above is not None else "there"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"no permission to write in {where}"
    if exc.errno == errno.EROFS:
        return f"{where} is on a read-only file system"
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno == errno.EDQUOT:
        return "the disk quota is used up"
    if exc.errno == errno.ENAMETOOLONG:
        return "a name in the path is too long for the file system"
    if exc.errno == errno.ENOENT and above is not None:
        # (a folder that is there, yet "not there" to what is made in it: /proc, /sys)
        return (
            f"the system takes no new file or folder in {where} (it answered "
            '"No such file or directory", though the folder is there)'
        )
    return exc.strerror or str(exc)
