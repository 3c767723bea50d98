"""A header label whose value is a title (案由, 标题, 题目, 建议名称…) citing a 发文字号 a copy
spaced (``案由：关于落实某政发〔2020〕 3号文件的建议``): the value runs on over the gaps
inside that number, so it is never cut there into a title line of its own."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

REST = (
    "关于第21号建议的答复\n"
    "张某代表：\n"
    "　　您提出的建议收悉，现答复如下：\n"
    "　　我委将抓好落实。\n"
    "某市发展和改革委员会\n"
    "2021年6月3日\n"
)

LABELS = [
    pytest.param("案由：关于落实某政发〔2020〕 3号文件的建议", id="gap-after-the-year"),
    pytest.param("案由：关于落实某政发 〔2020〕3号文件的建议", id="gap-before-the-year"),
    pytest.param("案由：关于落实某政发〔2020〕　3号文件的建议", id="ideographic-space"),
    pytest.param("案由：关于落实某政发[2020] 3号文件的建议", id="square-brackets"),
]  # fmt: skip


@pytest.mark.parametrize("label", LABELS)
def test_a_title_value_runs_over_a_spaced_number(label: str) -> None:
    record = parse_text(label + "\n" + REST)
    assert record.title == "关于第21号建议的答复"
    assert record.proposal is not None
    assert record.proposal.title is not None
    assert record.proposal.title.replace(" ", "").replace("\u3000", "") in (
        "关于落实某政发〔2020〕3号文件的建议",
        "关于落实某政发[2020]3号文件的建议",
    )
    assert record.doc_number is None  # the cited number is no letter's own
    assert span_problems(record) == []


def test_the_next_label_after_a_gap_still_ends_the_value() -> None:
    record = parse_text("案由：关于落实某政发〔2020〕 3号文件的建议    办理类型：B\n" + REST)
    assert (record.title, record.handling_type) == ("关于第21号建议的答复", "B")


# near miss: a gap after a whole value, no number over it, still ends it
def test_a_gap_with_no_number_over_it_ends_the_value() -> None:
    record = parse_text("案由：关于修缮某路的建议    某市发展和改革委员会\n" + REST)
    assert record.title == "关于第21号建议的答复"
