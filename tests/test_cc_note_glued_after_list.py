"""A publication note glued after a 抄送 list's last body, in brackets or after a blank
(``…县财政局（此件公开发布）``, ``…县财政局 此件主动公开``), as a page flattened with
nothing between its lines writes the 版记: the note is its own element, no body and no part
of one. Its head is one of labels.tsv's note heads (此件, 本函, 以上答复…), which no body's
name holds. A list with no note, or with bodies noted with their copies, reads as before."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = "张某代表：\n你提出的关于增设公交站点的建议收悉，现答复如下：\n站点已列入计划。\n某县公交公司\n2099年7月8日\n"

NOTED = [
    pytest.param("抄送：县政协提案委，县财政局（此件公开发布）", id="bracketed"),
    pytest.param("抄送：县政协提案委，县财政局(本函主动公开)", id="half-width-brackets"),
    pytest.param("抄送：县政协提案委，县财政局 此件主动公开", id="after-a-blank"),
    pytest.param("抄送：县政协提案委，县财政局以上答复同意公开", id="glued-bare"),
]  # fmt: skip


@pytest.mark.parametrize("line", NOTED)
def test_a_note_after_the_list_is_no_body(line: str) -> None:
    letter = parse_text(HEAD + line + "\n")
    assert letter.cc == ["县政协提案委", "县财政局"]


# Must not match: bodies whose names hold 本 or 此, bodies noted with their copies, a list
# that ends with its stop.
@pytest.mark.parametrize(
    ("line", "bodies"),
    [
        ("抄送：本市财政局，县政协提案委。", ["本市财政局", "县政协提案委"]),
        ("抄送：县政协提案委（二份），县财政局（一份）", ["县政协提案委", "县财政局"]),
        ("抄送：县政协提案委，县财政局。", ["县政协提案委", "县财政局"]),
    ],
)
def test_lists_with_no_note_keep_their_bodies(line: str, bodies: list[str]) -> None:
    assert parse_text(HEAD + line + "\n").cc == bodies
