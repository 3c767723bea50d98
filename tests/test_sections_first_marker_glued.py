"""A list's first marker glued after a sentence end or a lead-in's colon, where a copy lost
that one break, while the next item kept its line (``…取得了成效。一、某措施。\\n二、某措施。``):
the marker opens the list, as a next item glued after a sentence end continues one
(resegment.py, ``_Reader._goes_on_below``). Read from letters of our own in several
provinces' styles with one paragraph break taken out."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from test_sections import flat

HEAD = (
    "关于县政协九届三次会议第41号提案的复函\n"
    "刘某委员：\n"
    "您提出的关于加强乡镇卫生院人才队伍建设的提案收悉，现函复如下：\n"
)
TAIL = "感谢您对我县卫生健康事业的关注。\n某县卫生健康局\n2019年8月2日\n"

# (the body, the sections read: level, number, marker, heading)
GLUED = [
    pytest.param(
        "近年来我县持续提升基层服务能力。一、定向培养医学生。每年培养20名。\n"
        "二、落实职称倾斜政策。放宽晋升条件。\n",
        [(1, 1, "一、", "定向培养医学生"), (1, 2, "二、", "落实职称倾斜政策")],
        id="after-a-sentence-end",
    ),
    pytest.param(
        "我们重点做好以下几项工作：一、规划夜市经营区域。在城区划定集中经营点。\n"
        "二、加强日常巡查。依法查处占道经营。\n三、完善配套设施。增设垃圾收集点。\n",
        [(1, 1, "一、", "规划夜市经营区域"), (1, 2, "二、", "加强日常巡查"),
         (1, 3, "三、", "完善配套设施")],
        id="after-a-lead-in-colon",
    ),
    pytest.param(
        "我局采取了以下措施。（一）开展专项整治。清理占用车辆。\n（二）完善标识标线。施划标线。\n",
        [(1, 1, "（一）", "开展专项整治"), (1, 2, "（二）", "完善标识标线")],
        id="bracketed-markers",
    ),
    pytest.param(
        "主要做了两件事！1.开展权籍调查。委托第三方完成。\n2.推进登记发证。上门服务。\n",
        [(1, 1, "1.", "开展权籍调查"), (1, 2, "2.", "推进登记发证")],
        id="arabic-markers-after-an-exclamation",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("body", "sections"), GLUED)
def test_a_glued_first_marker_opens_the_list(body: str, sections: list[tuple]) -> None:
    record = parse_text(HEAD + body + TAIL)
    assert flat(record.sections) == sections  # type: ignore[arg-type]


# Near-misses: the glued numeral opens no list of the letter.
NOT_GLUED = [
    pytest.param(
        "近年来我县持续提升基层服务能力。一、二、三产业融合发展较快。\n我局将继续做好相关工作。\n",
        id="next-line-opens-no-marker",
    ),
    pytest.param(
        "近年来我县持续提升基层服务能力。一、定向培养医学生。每年培养20名。\n"
        "（二）落实职称倾斜政策。放宽晋升条件。\n",
        id="next-line-opens-another-style",
    ),
    pytest.param(
        "近年来我县持续提升基层服务能力。一、定向培养医学生。每年培养20名。\n"
        "三、落实职称倾斜政策。放宽晋升条件。\n",
        id="next-line-is-not-number-two",
    ),
    pytest.param(
        "我们将继续努力。第一，要提高认识。\n第二，要加强管理。\n",
        id="a-rank-word-style",
    ),
    pytest.param(
        "我局按照有关要求，一、定向培养医学生。每年培养20名。\n"
        "二、落实职称倾斜政策。放宽晋升条件。\n",
        id="after-a-comma",
    ),
]  # fmt: skip


@pytest.mark.parametrize("body", NOT_GLUED)
def test_a_glued_numeral_without_its_next_item_below_opens_nothing(body: str) -> None:
    record = parse_text(HEAD + body + TAIL)
    assert all(s.marker not in ("一、", "1.", "第一，") for s in record.sections)


def test_a_short_heading_before_the_colon_is_left_to_the_sections() -> None:
    # (具体打算：1、…：no cut there; the sections read the list as it stands, and the line
    # stays one line of the body)
    record = parse_text("具体打算：1、修缮围墙，约需资金5万元；\n2、硬化操场。")
    assert record.salutation is None
