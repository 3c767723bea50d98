"""Every module-level pattern of the parser is written the same in every interpreter.

A pattern built from a set's iteration order (``"|".join(some_frozenset)``, or a sort whose
key ties, ``sorted(words, key=len)``) changes with the interpreter's hash seed: the pattern
table (``patterncache``) then misses it in every fresh process and is rewritten, and two
runs of the parser could match alternatives in a different order. Two interpreters with
different fixed seeds must build the same pattern sources.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_SRC = Path(__file__).resolve().parents[1] / "src"
_PROBE = (
    "import re, sys, replyparse.pipeline\n"
    "found = sorted(repr((n, k, v.pattern, v.flags)) for n, m in list(sys.modules.items())\n"
    "               if n.startswith('replyparse.')\n"
    "               for k, v in vars(m).items() if isinstance(v, re.Pattern))\n"
    "print(len(found)); print('\\n'.join(found))\n"
)


def _run(probe: str, seed: str) -> list[str]:
    """What ``probe`` prints in a fresh interpreter with the hash seed ``seed``."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(_SRC),
        "PYTHONHASHSEED": seed,
        "XDG_CACHE_HOME": "relative-so-no-cache",
    }
    done = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.splitlines()


def _patterns(seed: str) -> list[str]:
    return _run(_PROBE, seed)


def test_pattern_sources_do_not_depend_on_the_hash_seed() -> None:
    first, second = _patterns("1"), _patterns("2")
    assert int(first[0]) > 100
    differ = sorted(set(first) ^ set(second))
    assert differ == [], "patterns built from a set's order:\n" + "\n".join(differ[:6])


# Every pattern the import compiles, also those kept in a tuple, a dict or a function's
# defaults rather than a module's name (a table of (word, tail) pairs compiled into one
# pattern, a pattern made and kept inside a helper): the pattern table holds them all, so
# one built from a set's order is missed in every fresh process as surely.
_ALL_PROBE = (
    "import re, re._compiler as c, sys\n"
    "seen = set(); plain = c.compile\n"
    "def spy(p, flags=0):\n"
    "    if isinstance(p, (str, bytes)): seen.add(repr((p, int(flags))))\n"
    "    return plain(p, flags)\n"
    "c.compile = spy\n"
    "import replyparse.pipeline\n"
    "c.compile = plain\n"
    "print(len(seen)); print('\\n'.join(sorted(seen)))\n"
)


def _compiled(seed: str) -> list[str]:
    return _run(_ALL_PROBE, seed)


def test_every_pattern_the_import_compiles_is_the_same_under_two_seeds() -> None:
    first, second = _compiled("1"), _compiled("2")
    assert int(first[0]) > 300
    differ = sorted(set(first) ^ set(second))
    assert differ == [], "patterns built from a set's order:\n" + "\n".join(differ[:6])
