"""File names as text that can always be printed and stored as UTF-8.

On POSIX a file name is bytes; Python decodes the bytes that are not UTF-8 to lone
surrogates (``surrogateescape``), which cannot be encoded again as UTF-8. :func:`shown`
writes each such byte as ``\\xNN`` instead, the way Python and ``ls -b`` show it: what
records, messages and the summary use. Files that need the exact name back (the
manifest, ``errors.jsonl``) keep the surrogates and store them as JSON ``\\udcNN``
escapes with :func:`exact_utf8`.
"""

from __future__ import annotations

import re
import shlex

_SHELL_WORD_BREAKERS = re.compile(r"[\s'\"\\$`!&|;<>()*?\[\]{}]|^[~#]|^$")
"""What a POSIX shell would not read back as one plain word: a space (or any white
space), a quote, a character it expands or acts on, a ``~`` or ``#`` opening the word."""


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
    that is not ASCII, most of an archive of Chinese letters."""
    return shlex.quote(path) if _SHELL_WORD_BREAKERS.search(path) else path
