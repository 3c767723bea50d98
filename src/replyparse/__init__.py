"""replyparse: Chinese government reply letters (答复函) in, structured records out.

The core, :func:`parse_text`, does no I/O. :func:`parse_file` reads a file with the
reader its content calls for and parses the text.
"""

from __future__ import annotations

from replyparse.errors import InputError, ReplyparseError
from replyparse.model import Letter
from replyparse.parser import parse_text
from replyparse.pipeline import parse_file

__all__ = ["InputError", "Letter", "ReplyparseError", "parse_file", "parse_text"]
__version__ = "0.1.0"
