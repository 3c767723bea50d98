"""The record's strings as a reader sees them: no invisible format characters.

A web copy may hold a zero-width space, a soft hyphen or a byte-order mark anywhere, also
inside a name or a 发文字号 (``某交函〔2022\\u200b〕72号``). The view drops them
(:data:`~replyparse.formatchars.FORMAT_CHARS`), so the parser reads through them; a value is
then cut from the letter's text with them inside. Nobody reading the letter sees them, so
no value keeps them: :func:`drop_invisible` takes them out of every string of the record
but the letter's own text and its source. Spans still cover the characters as written.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from replyparse.formatchars import INVISIBLE as _INVISIBLE


def has_invisible(text: str) -> bool:
    """Whether ``text`` holds an invisible format character anywhere."""
    return _INVISIBLE.search(text) is not None


def visible(value: str) -> str:
    """``value`` without its invisible format characters."""
    return _INVISIBLE.sub("", value)


def drop_invisible(record: BaseModel) -> None:
    """Take the invisible format characters out of every string of ``record`` (in place),
    the letter's ``text`` and ``source`` left as they are."""
    _drop(record, top=True)


def _drop(model: BaseModel, *, top: bool = False) -> None:
    for name in type(model).model_fields:
        if top and name in ("text", "source"):
            continue
        value = getattr(model, name)
        if type(value) is str:  # not an enumeration's member (a diagnostic's code)
            if _INVISIBLE.search(value) is not None:
                setattr(model, name, _INVISIBLE.sub("", value))
        elif isinstance(value, BaseModel):
            _drop(value)
        elif isinstance(value, list) and value:
            _drop_list(value)


def _drop_list(items: list[Any]) -> None:
    for i, item in enumerate(items):
        if isinstance(item, BaseModel):
            _drop(item)
        elif type(item) is str and _INVISIBLE.search(item) is not None:
            items[i] = _INVISIBLE.sub("", item)
