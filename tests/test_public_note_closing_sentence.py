"""A publication note a reply writes as its last sentence with the reply itself as the head
(``以上意见可主动公开。``, ``以上答复可公开。``, ``上述答复意见不予公开。``) is read as a
note headed ``此件`` is; a sentence that only begins like it (``以上意见供参考``,
``以上意见已公开征求…``) says nothing. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = (
    "关于某区五届二次会议第12号建议的答复\n王某代表：\n"
    "您提出的《关于某村路灯的建议》收悉。现答复如下：\n我街已安排专人维修路灯。\n"
    "{line}\n某街道办事处\n2024年6月3日\n"
)


@pytest.mark.parametrize(
    ("line", "public", "written"),
    [
        pytest.param("以上意见可主动公开。", True, "以上意见可主动公开", id="yijian-active"),
        pytest.param("以上答复可公开。", True, "以上答复可公开", id="dafu-may"),
        pytest.param("以上回复同意公开。", True, "以上回复同意公开", id="huifu-agreed"),
        pytest.param("上述答复意见不予公开。", False, "上述答复意见不予公开", id="refusal"),
        pytest.param("（以上意见可主动公开）", True, "以上意见可主动公开", id="bracketed"),
    ],
)
def test_a_closing_note_on_the_reply_says_public(line: str, public: bool, written: str) -> None:
    letter = parse_text(LETTER.format(line=line))
    assert letter.public is public
    assert letter.public_span is not None
    assert letter.text[slice(*letter.public_span)] == written
    assert letter.signature.issuer == "某街道办事处"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("以上意见供参考。", id="no-value"),
        pytest.param("以上意见已公开征求群众意见。", id="sentence-goes-on"),
    ],
)
def test_a_sentence_that_begins_so_says_nothing(line: str) -> None:
    assert parse_text(LETTER.format(line=line)).public is None
