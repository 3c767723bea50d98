"""A letter flattened onto one line with nothing between its lines: a section heading that
names an issue after 关于 (``二、关于某渠清淤问题``, written with or without 的) ends at 问题
where its paragraph opens with the member's demand restated (``建议对…``) or with a purpose
clause and who acted (``为…，我局…``); a tidy letter, and a heading whose 问题 goes on
(``问题建议的答复``, ``问题建议我局…``), keep their headings as they are.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "丁镇人民政府关于镇人大十次会议第7号建议的答复\n赵某某代表：\n您提出的建议收悉，现答复如下：\n"
)
FIRST = "一、办理工作总体情况\n我镇收到建议后召开专题会议研究，明确责任人员。\n"
TAIL = "感谢您对我镇工作的关心。\n丁镇人民政府\n2099年1月2日\n"


def _headings(text: str) -> list[str]:
    return [s.heading for s in parse_text(text, keywords=False).sections]


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        ("关于北坡水渠淤塞问题", "建议对北坡水渠上游一段进行清淤，并加固渠岸。我镇已安排清淤。"),
        ("关于北坡水渠淤塞的问题", "建议镇里安排专项资金清淤渠道。我镇已安排清淤。"),
        ("关于村级卫生室人手不足问题", "为缓解村级卫生室人手紧张，我镇已招聘乡村医生两名。"),
    ],
)
def test_issue_heading_glued_to_its_paragraph(heading: str, paragraph: str) -> None:
    tidy = HEAD + FIRST + "二、" + heading + "\n" + paragraph + "\n" + TAIL
    glued = "".join(line.strip() for line in tidy.split("\n"))
    assert _headings(tidy) == ["办理工作总体情况", heading]
    assert _headings(glued) == ["办理工作总体情况", heading]


@pytest.mark.parametrize(
    "heading",
    [
        "关于北坡水渠淤塞问题建议的办理情况",
        "关于北坡水渠淤塞问题建议",
    ],
)
def test_heading_that_goes_on_after_issue_is_kept(heading: str) -> None:
    tidy = HEAD + FIRST + "二、" + heading + "\n我镇已安排专人清理渠道。\n" + TAIL
    assert _headings(tidy) == ["办理工作总体情况", heading]
    glued = "".join(line.strip() for line in tidy.split("\n"))
    assert _headings(glued)[1].startswith(heading)
