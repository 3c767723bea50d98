"""An office that seals on the authority's behalf notes it bare after its name
(``某局办公室代章``, ``某局办公室代印``): the office signs, as written, the note no part of
its name (as a seal note in brackets, ``某局办公室（代章）``, is none). Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于市十六届人大三次会议第12号建议的答复\n王某代表：\n"
    "　　您提出的关于增设社区养老驿站的建议收悉，现答复如下：\n"
    "　　我局已将驿站建设列入年度计划。感谢您对民政工作的支持。\n"
)

# (the closing, the signer)
PROXY = [
    pytest.param("某市民政局办公室代章\n2024年6月1日", "某市民政局办公室", id="代章"),
    pytest.param("某市民政局办公室代印\n2024年6月1日", "某市民政局办公室", id="代印"),
    pytest.param("某市民政局办公室代章  2024年6月1日", "某市民政局办公室", id="date-on-line"),
    pytest.param("某市民政局代章\n2024年6月1日", "某市民政局", id="authority-itself"),
    # near miss: in brackets, as before
    pytest.param("某市民政局办公室（代章）\n2024年6月1日", "某市民政局办公室", id="bracketed"),
]  # fmt: skip


@pytest.mark.parametrize(("closing", "signer"), PROXY)
def test_a_proxy_seal_note_signs_with_the_office(closing: str, signer: str) -> None:
    record = parse_text(HEAD + closing + "\n")
    assert (record.signature.issuer, record.signature.date) == (signer, "2024-06-01")
    assert span_problems(record) == []


def test_a_sentence_ending_in_代章_signs_nothing() -> None:
    record = parse_text(HEAD + "本函由办公室代章。\n2024年6月1日\n")
    assert record.signature.issuer is None
