"""A signer's name of two characters padded to the width of three (``签发人：王 某``), in a head
copied with its line breaks lost and nothing in their place: the title is glued after the
name (``签发人：王 某某局关于…``, ``签发人：王 某关于…``). The two characters are the name, the
title opens after them with its authority. A name the blank parts before a longer run
stays as the resegmenter reads it elsewhere."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "某区某街道办事处关于对区第九届人民代表大会第一次会议第30号建议的答复"
REST = (
    "钱某代表：您在区第九届人民代表大会第一次会议上提出的《关于小组搬迁的建议》，"
    "已交我处研究办理，现答复如下：我处已将搬迁事项列入年度计划，正在开展前期工作。"
    "某区某街道办事处2099年10月12日"
)


@pytest.mark.parametrize("title", [TITLE, TITLE.removeprefix("某区某街道办事处")])
def test_title_glued_after_a_padded_name(title: str) -> None:
    head = "某区某街道办事处某处复〔2099〕23号签发人：何 某" + title
    letter = parse_text(head + REST, keywords=False)
    assert letter.title == title


# Must not match
def test_padded_name_on_its_line() -> None:
    letter = parse_text("某区某街道办事处某处复〔2099〕23号\n签发人：何 某\n" + TITLE + "\n" + REST)
    assert letter.title == TITLE
