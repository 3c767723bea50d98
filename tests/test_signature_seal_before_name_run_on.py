"""A flattened closing run on after the last sentence, a seal note the copy set over the
name before it (``…支持。 〔印章〕某局 2024年6月1日``), in any bracket: the authority and
the date sign, the note no part of either and of no sentence. Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于市十六届人大三次会议第12号建议的答复\n王某代表：\n"
    "　　您提出的关于增设社区养老驿站的建议收悉，现答复如下：\n"
    "　　我局已将驿站建设列入年度计划。感谢您对民政工作的支持。"
)

RUN_ON = [
    pytest.param(" 〔印章〕某市民政局 2024年6月1日", "某市民政局", id="tortoise-after-a-blank"),
    pytest.param("〔印章〕某市民政局 2024年6月1日", "某市民政局", id="tortoise-glued"),
    pytest.param(" [盖章]某市民政局 2024年6月1日", "某市民政局", id="square"),
    pytest.param(" 【公章】某市民政局 2024年6月1日", "某市民政局", id="lenticular"),
    pytest.param(" （印章）某市民政局 2024年6月1日", "某市民政局", id="round"),
    pytest.param(" 〔印章〕某市民政局 某市财政局 2024年6月1日", "某市民政局、某市财政局",
                 id="joint"),
]  # fmt: skip


@pytest.mark.parametrize(("closing", "signer"), RUN_ON)
def test_a_seal_note_before_a_run_on_signer(closing: str, signer: str) -> None:
    record = parse_text(HEAD + closing + "\n")
    assert (record.signature.issuer, record.signature.date) == (signer, "2024-06-01")
    assert span_problems(record) == []
    assert all("印章" not in s.text and "盖章" not in s.text for s in record.sections)
