"""公开类别 / 信息公开类别 as labels of the publication field (as 办理类别 is of the handling type)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEADER = "{line}\n某市民政局\n某民函〔2024〕5号\n关于某市十五届人大三次会议第8号建议的答复\n王某代表：\n您提出的建议收悉，现答复如下：\n感谢。\n"

# (header line, public): 公开类别 / 信息公开类别 spell the label as 办理类别 spells its own.
PUBLIC_LABELS = [
    pytest.param("公开类别：主动公开", True, id="公开类别-主动公开"),
    pytest.param("公开类别:依申请公开", False, id="公开类别-依申请公开-half-width"),
    pytest.param("信息公开类别：不予公开", False, id="信息公开类别-不予公开"),
    pytest.param("办理类型：A类；公开类别：主动公开", True, id="after-handling-label-and-semicolon"),
    pytest.param("办理类别：B类    公开类别：同意公开", True, id="after-handling-label-and-gap"),
]  # fmt: skip

# Near-misses: 公开类别 in a sentence, or with no value it knows, says nothing.
PUBLIC_NOT = [
    pytest.param("按公开类别分别处理。", id="in-a-sentence"),
    pytest.param("公开类别：待定", id="unknown-value"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected"), PUBLIC_LABELS)
def test_public_label(line: str, expected: bool) -> None:
    letter = parse_text(HEADER.format(line=line))
    assert letter.public is expected
    assert letter.title == "关于某市十五届人大三次会议第8号建议的答复"


@pytest.mark.parametrize("line", PUBLIC_NOT)
def test_public_label_not(line: str) -> None:
    assert parse_text(HEADER.format(line=line)).public is None
