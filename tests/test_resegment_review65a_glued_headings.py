"""Items of a copy glued with nothing between its lines that are one sentence, no heading
glued to its paragraph, though written near the shapes fix119 cut (snippets written here,
names, places and numbers invented; docs/record.md, decided review65a):

- the frame ``在…的领导下，`` after the item's subject, a predicate after its comma
  (一、全县校车安全管理在市教育局的精心指导下，实现了零事故。): the frame opens no
  paragraph where no subject follows it (…部署下，我局… does);
- what the member asked as the subject of a sentence that judges it
  (一、你反映的校车超载问题确实存在，…): the topic word ends the heading only where the
  paragraph opens after it (…的问题现阶段…, …的问题我县…), not before the predicate.

The reading is the lined copy's, where the item is one line: its first sentence.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = (
    "某县教育局关于县政协十届二次会议第5号提案的答复\n王某委员：\n"
    "你提出的《关于加强乡村学校建设的提案》收悉，现答复如下。\n"
)
_END = "二、加强宣传\n我局将开展安全宣传。\n感谢你对教育工作的关心和支持。\n某县教育局\n2099年5月10日\n"


def _headings(text: str) -> list[str]:
    return [section.heading or "" for section in parse_text(text).sections]


def _glued(text: str) -> str:
    return "".join(text.split("\n"))


def _blank(text: str) -> str:
    return " ".join(text.split("\n"))


SENTENCES = [
    pytest.param(
        "一、全县校车安全管理在市教育局的精心指导下，实现了零事故。今年共检查校车四十辆。\n",
        id="subject-then-frame",
    ),
    pytest.param(
        "一、强化组织保障，完善工作机制，全县校车管理工作在县委县政府的坚强领导下，"
        "取得明显成效。\n",
        id="two-clauses-then-subject-and-frame",
    ),
    pytest.param(
        "一、我局高度重视，多次召开专题会议，认真研究办理意见在县政府的统一部署下，"
        "制定了实施方案。\n",
        id="three-clauses-of-a-sentence",
    ),
    pytest.param(
        "一、你反映的校车超载问题确实存在，我局将加强检查。今年共检查校车四十辆。\n",
        id="asked-by-you-judged",
    ),
]


@pytest.mark.parametrize("item", SENTENCES)
@pytest.mark.parametrize("flatten", [_glued, _blank], ids=["glued", "blank"])
def test_a_sentence_stays_one_where_the_lines_are_lost(item: str, flatten: object) -> None:
    text = _HEAD + item + _END
    lined = _headings(text)
    assert lined[0] == item[2:].split("。")[0]  # (the lined reading: its first sentence)
    assert _headings(flatten(text)) == lined  # type: ignore[operator]


HEADINGS = [
    pytest.param(
        "一、加大校舍建设力度在县指挥部的统筹部署下，我局新建校舍三所。",
        "加大校舍建设力度",
        id="frame-then-we",
    ),
    pytest.param(
        "一、统筹项目支撑，提升办学条件，不断加大校舍建设力度在县指挥部的统筹部署下，"
        "县住建局新建校舍三所。",
        "统筹项目支撑，提升办学条件，不断加大校舍建设力度",
        id="frame-then-a-named-body",
    ),
    pytest.param(
        "一、你提案中提出的校舍不足的问题现阶段我局正在推进新校区建设。",
        "你提案中提出的校舍不足的问题",
        id="asked-then-a-time-word",
    ),
    pytest.param(
        "一、你们反映的校车不足的问题目前全县已新增校车四辆。",
        "你们反映的校车不足的问题",
        id="asked-then-an-opening-word",
    ),
]


@pytest.mark.parametrize(("item", "heading"), HEADINGS)
def test_a_heading_still_ends_before_its_paragraph(item: str, heading: str) -> None:
    assert _headings(_glued(_HEAD + item + _END))[0] == heading


@pytest.mark.parametrize(
    ("item", "heading"),
    [
        pytest.param(
            "一、关于“增加校车班次”一事经研究，我局已新增班次两个。",
            "关于“增加校车班次”一事",
            id="yishi",
        ),
        pytest.param(
            "一、关于“完善校车补贴”方面我局已争取上级资金五十万元。",
            "关于“完善校车补贴”方面",
            id="fangmian",
        ),
    ],
)
def test_a_quoted_demand_goes_on_to_the_noun_that_closes_it(item: str, heading: str) -> None:
    # (关于“…”一事, 关于“…”方面: the phrase of 关于 closes after the quote's noun)
    assert _headings(_glued(_HEAD + item + _END))[0] == heading
