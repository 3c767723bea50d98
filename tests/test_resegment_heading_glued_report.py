"""A section's heading glued to its paragraph in a flattened copy, the paragraph opening with
the answering body reporting what it did (…落户某市我省已于2022年…, …工作我局高度重视…) or
with a date the copy damaged, its 年 and 月 lost (…示范区20216某组织…): the heading ends
there. Must-not-match: 我省 inside a heading (支持我省…), figures with a unit (20000亩), a
whole date with its 年 (read as before), a tidy letter. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import COPIES

_HEAD = (
    "关于支持某市发展康养产业的建议的答复 李某代表：您提出的关于支持某市发展康养产业的建议收悉，"
    "现答复如下："
)
_TAIL = "感谢您的关心和支持。 某省卫生健康委员会 2023年7月1日"


def _headings(text: str) -> list[str]:
    return [s.heading for s in parse_text(text, keywords=False).sections]


@pytest.mark.parametrize(
    ("paragraph", "heading"),
    [
        ("我省已于2022年将某市列为申报城市。", "成功争取区域医疗中心落户某市"),
        ("我委高度重视，组织专家调研。", "成功争取区域医疗中心落户某市"),
        ("20216某组织在某市举办论坛。", "成功争取区域医疗中心落户某市"),
        ("我市严格执行《某某规范》，新建园区按标准配建。", "关于园区配套用地标准"),
        ("我局切实加强巡查，每月检查一次。", "成功争取区域医疗中心落户某市"),
    ],
    ids=["province-already", "committee-attaches", "damaged-date", "strictly", "in-earnest"],
)
@pytest.mark.parametrize("sep", ["", " "], ids=["glued", "spaced"])
def test_heading_ends_before_the_report(paragraph: str, heading: str, sep: str) -> None:
    text = (
        _HEAD
        + "一、"
        + heading
        + paragraph
        + sep
        + "二、加强人才培养。今年培训医师300名。"
        + sep
        + _TAIL
    )
    assert _headings(text + "\n") == [heading, "加强人才培养"]


@pytest.mark.parametrize(
    ("heading_and_paragraph", "heading"),
    [
        ("支持我省康养产业发展，今年安排资金。", "支持我省康养产业发展，今年安排资金"),
        ("新建康养基地20000亩，带动就业。", "新建康养基地20000亩，带动就业"),
        # (review71b: a body after a verb or preposition that takes it as object is the
        # heading's own words, with the manner word after it or an older report word)
        ("推动我省大力发展康养产业。", "推动我省大力发展康养产业"),
        ("督促我们切实做好防汛工作。", "督促我们切实做好防汛工作"),
        ("关于支持我市严格保护耕地的建议。", "关于支持我市严格保护耕地的建议"),
        ("加快推进我区积极创建示范县。", "加快推进我区积极创建示范县"),
    ],
    ids=[
        "our-province-in-heading",
        "figures-with-unit",
        "urge-ours-vigorously",
        "urge-us-in-earnest",
        "support-ours-strictly",
        "push-ours-actively",
    ],
)
def test_heading_left_whole(heading_and_paragraph: str, heading: str) -> None:
    text = _HEAD + "一、" + heading_and_paragraph + "二、加强人才培养。今年培训医师300名。" + _TAIL
    assert _headings(text + "\n")[0] == heading


def test_tidy_letter_reads_as_before() -> None:
    text = (
        "关于支持某市发展康养产业的建议的答复\n李某代表：\n"
        "    您提出的关于支持某市发展康养产业的建议收悉，现答复如下：\n"
        "    一、成功争取区域医疗中心落户某市\n    我省已于2022年将某市列为申报城市。\n"
        "    二、加强人才培养\n    今年培训医师300名。\n某省卫生健康委员会\n2023年7月1日\n"
    )
    assert _headings(text) == ["成功争取区域医疗中心落户某市", "加强人才培养"]


@pytest.mark.parametrize("flatten", COPIES)
def test_a_codes_blank_inside_brackets_ends_no_heading(flatten) -> None:
    # (glued, the blank inside the standard's code is the letter's own: no heading's line
    # ends with its bracket open, so the heading ends where the report opens; glued71)
    text = (
        "关于某小区配套用地的建议的答复\n王某代表：\n"
        "    您提出的建议收悉，现答复如下：\n"
        "    一、关于配套用地标准\n"
        "    我市严格执行《某某设计标准》（GB/T 12345-2099），新建小区按标准配建。\n"
        "    二、加强监管\n    近年来，我市检查小区20个。\n某市自然资源局\n2099年7月1日\n"
    )
    assert _headings(flatten(text)) == ["关于配套用地标准", "加强监管"]
