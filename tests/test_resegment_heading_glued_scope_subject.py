"""A section's heading glued to its paragraph in a flattened copy, the paragraph opening with
the places or bodies each acting as its subject (``一、加强规划衔接各地在编制规划时，…``,
``…各县要…``, ``…各乡镇已…``): the heading ends there, as before ``我局已…`` (fix158; an
earlier round ran the heading on to the paragraph's first comma). Must-not-match: the
places as the object of a verb in the heading (``要求各地在…``, ``组织各县积极…``), after a
word that binds them on (``…和各地…``). Snippets are invented."""

from __future__ import annotations

import pytest

from snippets import COPIES, section_headings

_HEAD = "关于加强乙河流域养殖污染治理的建议的协办意见\n甲山市农业局：\n现将王某代表提出的建议协办意见函告如下：\n"
_TAIL = "二、控制养殖规模\n目前新建养殖场均避开水源保护区。\n甲山市自然资源局\n2099年4月26日\n"


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        pytest.param("加强规划衔接", "各地在编制乡级规划时，统筹安排养殖用地。", id="frame"),
        pytest.param("严格用地审批", "各县要按照规定办理设施农用地备案。", id="modal"),
        pytest.param("摸清养殖底数", "各乡镇已完成养殖场选址摸底。", id="report"),
        pytest.param("引导选址，控制规模", "各地应尽量利用荒坡和闲置土地。", id="two-clauses"),
    ],
)
@pytest.mark.parametrize("flatten", COPIES)
def test_the_heading_ends_before_the_scope_subject(heading: str, paragraph: str, flatten) -> None:
    text = _HEAD + f"一、{heading}\n{paragraph}\n" + _TAIL
    assert section_headings(flatten(text)) == [heading, "控制养殖规模"]


@pytest.mark.parametrize(
    "heading",
    [
        pytest.param("要求各地在编制规划时统筹养殖用地", id="asks-them"),
        pytest.param("组织各县积极开展养殖场排查", id="organises-them"),
        pytest.param("加强市级统筹和各地规划衔接", id="bound-on"),
        # a noun opening like the acting words (mend73: a review's variants)
        pytest.param("充分调动各地积极性", id="initiative"),
        pytest.param("推动覆盖各镇均衡发展", id="balanced"),
        pytest.param("强化各地要素保障", id="factors"),
        pytest.param("提升各县应急处置能力", id="emergency"),
        pytest.param("统筹各地在建项目用地", id="under-construction"),
    ],
)
@pytest.mark.parametrize("flatten", COPIES)
def test_the_places_inside_a_heading_stay_its_words(heading: str, flatten) -> None:
    text = _HEAD + f"一、{heading}\n目前已完成排查。\n" + _TAIL
    assert section_headings(flatten(text)) == [heading, "控制养殖规模"]
