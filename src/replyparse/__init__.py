"""replyparse: Chinese government reply letters (答复函) in, structured records out.

The core, :func:`parse_text`, does no I/O. :func:`parse_file` reads a file with the
reader its content calls for and parses the text.

The public names are loaded on first use (PEP 562), so that ``replyparse --help`` and
``replyparse --version`` do not import the parser, the models or jieba.
"""

# nothing imported at load (not even typing, 5 ms on a quiet machine and far more on a
# busy one, nor __future__): the program loads this before replyparse.entry can take a
# Ctrl-C (annotations naming what is imported for type checkers alone are quoted)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from replyparse.errors import InputError, ReplyparseError
    from replyparse.model import Letter
    from replyparse.parser import parse_text
    from replyparse.pipeline import parse_file
del TYPE_CHECKING

__all__ = ["InputError", "Letter", "ReplyparseError", "parse_file", "parse_text"]
__version__ = "0.1.0"

_HOMES = {
    "InputError": "replyparse.errors",
    "ReplyparseError": "replyparse.errors",
    "Letter": "replyparse.model",
    "parse_text": "replyparse.parser",
    "parse_file": "replyparse.pipeline",
}


def __getattr__(name: str) -> "Any":
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'replyparse' has no attribute {name!r}")
    from importlib import import_module

    from replyparse.loading import collector_paused
    from replyparse.patterncache import cached_patterns

    # the parser's patterns through the table (replyparse.patterncache), and no collector
    # passes over the modules while they load (replyparse.loading)
    with collector_paused(), cached_patterns():
        value = getattr(import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})
