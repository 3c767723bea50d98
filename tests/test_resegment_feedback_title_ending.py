"""A reply that names itself the feedback on the item (``关于…建议的反馈``) ends its title
with ``的反馈`` as ``…的答复`` does: in a copy flattened with a blank or glued, the names of the
salutation after it start after the ending, the title whole (left71; an earlier round cut
the title to ``…建议的`` and read ``的反馈`` as an addressee, or the title to ``…建议``).
``反馈`` inside a title's words (``…的反馈机制…``) ends nothing. Snippets are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

REPLY = (
    "王某代表：\n您提出的《关于加强村道管护的建议》收悉，现答复如下：\n"
    "我局已安排专项资金。\n感谢您对我局工作的关心和支持。\n甲山县水利局\n2024年5月10日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "title",
    [
        "关于加强村道管护的建议的反馈",
        "甲山县水利局关于县十七届人大三次会议第12号建议的反馈",
        "关于第12号建议办理情况的反馈",
        "关于完善群众意见的反馈机制的建议的答复",
    ],
)
def test_a_feedback_title_ends_before_the_names(title: str, flatten: Callable[[str], str]) -> None:
    record = parse_text(flatten(f"{title}\n{REPLY}"), keywords=False)
    assert record.title == title
    assert [(a.name, a.role) for a in record.addressees] == [("王某", "代表")]


# (left72a) a title that ends with the noun the feedback qualifies (…的反馈说明, …的反馈情况)
# ends after it, glued too: the names start after the noun (an earlier round lost the title
# glued, reading …办理情况 as the title and 的反馈说明 as an addressee)
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "title",
    [
        "关于第12号建议办理情况的反馈说明",
        "甲山县水利局关于县十七届人大三次会议第12号建议的反馈情况",
    ],
)
def test_a_feedback_noun_ends_the_title(title: str, flatten: Callable[[str], str]) -> None:
    record = parse_text(flatten(f"{title}\n{REPLY}"), keywords=False)
    assert record.title == title
    assert [(a.name, a.role) for a in record.addressees] == [("王某", "代表")]


# (left72a) a unit's name that holds 的反馈 before an office's ending (…联络站的反馈小组：), a
# role word in it or not, is the salutation under the title, whole: the feedback's ending
# ends no title inside a unit's name (an earlier round cut it there, or read no salutation)
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "unit", ["甲山县人大代表联络站的反馈小组", "乙河市政协委员工作室的反馈中心"]
)
def test_a_unit_holding_feedback_is_addressed(unit: str, flatten: Callable[[str], str]) -> None:
    title = "甲山县水利局关于县十七届人大三次会议第12号建议的答复"
    text = (
        f"{title}\n{unit}：\n你单位转来的《关于加强村道管护的建议》收悉，现答复如下：\n"
        "我局已安排专项资金。\n感谢您对我局工作的关心和支持。\n甲山县水利局\n2024年5月10日\n"
    )
    record = parse_text(flatten(text), keywords=False)
    assert record.title == title
    assert [(a.name, a.role) for a in record.addressees] == [(unit, None)]


# (mend72a) …but a salutation that only opens with an office's ending, a further name after it
# (中心学校：, 街道…：; a name with no ending, 社区…：, as a check), follows the title's 的反馈 as any salutation does: the title
# whole, the unit its name (left72a's ending read 反馈 into the salutation, blank and glued)
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("unit", ["中心学校", "街道文化站", "社区卫生服务站"])
def test_a_salutation_opening_with_an_ending_after_feedback(
    unit: str, flatten: Callable[[str], str]
) -> None:
    reply = REPLY.replace("王某代表：", f"{unit}：").replace("您提出的", "你单位转来的")
    record = parse_text(flatten(f"关于第12号建议的反馈\n{reply}"), keywords=False)
    assert record.title == "关于第12号建议的反馈"
    assert record.salutation == f"{unit}："
