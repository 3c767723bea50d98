"""A publication note whose words between its head and its value negate it
(``此件不在网上公开``, ``本件暂不在网站公开``, ``此件不向社会公开发布``): the reply is not
published, ``public`` false, as ``不予公开`` says; the note stands apart from the title and
the signature as any note does."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import MARK_AT_END, MARK_AT_HEAD, MARK_TITLE

TITLE, HEADER, CLOSING = MARK_TITLE, MARK_AT_HEAD, MARK_AT_END

# (the note, the span's text)
NEGATED = [
    pytest.param("（此件不在网上公开）", "此件不在网上公开", id="不在网上"),
    pytest.param("此件不在网上公开", "此件不在网上公开", id="unbracketed"),
    pytest.param("（本件暂不在网站公开）", "本件暂不在网站公开", id="暂不-网站"),
    pytest.param("（此函不向社会公开发布）", "此函不向社会公开发布", id="向社会-公开发布"),
    pytest.param("（此件属不在政府网站公开）", "此件属不在政府网站公开", id="属-政府网站"),
    pytest.param("（本件不对外主动公开）", "本件不对外主动公开", id="不对外-主动公开"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "written"), NEGATED)
@pytest.mark.parametrize("where", [HEADER, CLOSING], ids=["head", "end"])
def test_negated_note_says_no(where: str, line: str, written: str) -> None:
    text = where.format(line=line)
    letter = parse_text(text, keywords=False)
    assert letter.public is False
    assert letter.public_span is not None
    assert text[slice(*letter.public_span)] == written
    assert letter.title == TITLE
    assert (letter.signature.issuer, letter.signature.date) == ("某市民政局", "2024-06-01")


# Still yes: the same words with no negation; near-misses: a negation that is no note's
# (the sentence goes on, no head of the document).
YES = [
    pytest.param("（此件可在网上公开）", id="在网上-yes"),
    pytest.param("（此件向社会公开）", id="向社会-yes"),
]  # fmt: skip
NOT_NOTES = [
    pytest.param("此件不在网上公开的原因是涉及个人信息", id="sentence-goes-on"),
    pytest.param("该数据不在网上公开", id="no-head"),
]  # fmt: skip


@pytest.mark.parametrize("line", YES)
@pytest.mark.parametrize("where", [HEADER, CLOSING], ids=["head", "end"])
def test_unnegated_note_says_yes(where: str, line: str) -> None:
    assert parse_text(where.format(line=line), keywords=False).public is True


@pytest.mark.parametrize("line", NOT_NOTES)
@pytest.mark.parametrize("where", [HEADER, CLOSING], ids=["head", "end"])
def test_not_a_negated_note(where: str, line: str) -> None:
    assert parse_text(where.format(line=line), keywords=False).public is None
