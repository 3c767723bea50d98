"""Where a label of data/labels.tsv stands as a label (replyparse.labels), in our own words.

Each case is one line of a letter: the labels read on it (spelling and value as written),
or the label that opens it. A label counts at a token's start and end; the same
characters inside a sentence are words, not labels.
"""

from __future__ import annotations

import pytest

from replyparse import vocab
from replyparse.labels import LabelSet, labels_on, opening_label
from replyparse.textview import TextView


def _on(text: str) -> list[tuple[str, str]]:
    view = TextView(text)
    line = view.content_lines[0]
    return [
        (found.entry.spelling, view.norm[found.value : line.end]) for found in labels_on(view, line)
    ]


def _opening(text: str) -> str | None:
    view = TextView(text)
    found = opening_label(view, view.content_lines[0])
    return found.entry.spelling if found else None


STANDING = [
    pytest.param("办理类型：A类", [("办理类型", "A类")], id="colon"),
    pytest.param("办理类型:B", [("办理类型", "B")], id="half-width-colon"),
    pytest.param("类  别：C  类", [("类别", "C类")], id="spaced-label"),
    pytest.param("类别 乙", [("类别", "乙")], id="colon-lost-gap-kept"),
    pytest.param("签发人王某", [("签发人", "王某")], id="start-label-glued-at-line-start"),
    pytest.param("（联系人：李某）", [("联系人", "李某）")], id="after-opening-bracket"),
    pytest.param(
        "签发人：王某  联系人：李某",
        [("签发人", "王某联系人：李某"), ("联系人", "李某")],
        id="two-labels-apart-by-a-gap",
    ),
    pytest.param("某交复〔2021〕7号类别：B", [("类别", "B")], id="after-a-number-in-a-glued-line"),
    pytest.param(
        "某字〔2021〕3号同意公开是否公开：是",
        [("是否公开", "是")],
        id="long-label-with-colon-anywhere",
    ),
    pytest.param("领导签字：赵某", [("领导签字", "赵某")], id="leader-listed"),
    pytest.param("单位负责人：赵某", [("负责人", "赵某")], id="suffix-after-own-words"),
    pytest.param("副局长签发：赵某", [("签发", "赵某")], id="suffix-after-three-words"),
    pytest.param(
        "分管领导签发：赵某",
        [("分管领导", "签发：赵某"), ("签发", "赵某")],
        id="compound-of-two-labels",
    ),
    pytest.param(
        "联系单位电话：某局0000-5550123",
        [("联系单位", "电话：某局0000-5550123")],
        id="compound-contact-label",
    ),
    pytest.param("协办单位：", [("协办单位", "")], id="empty-value"),
    pytest.param("办理情况", [("办理情况", "")], id="label-alone-colon-lost"),
    pytest.param("主要签发领导:李  兵", [("主要签发领导", "李兵")], id="longest-spelling-wins"),
]
NOT_STANDING = [
    pytest.param("驾驶证类型C1的考生可报名。", id="leixing-inside-a-word"),
    pytest.param("项目按类别A级标准建设。", id="leibie-inside-a-sentence"),
    pytest.param("关于县十九届人大二次会议第12号建议办理情况的答复", id="title-words"),
    pytest.param("我局办理人员已赴现场查看。", id="banliren-inside-banlirenyuan"),
    pytest.param("至于是否公开招标，将按规定办理。", id="shifou-gongkai-in-prose"),
    pytest.param("经过审核后再行安排。", id="shenhe-as-a-verb"),
    pytest.param("尊敬的各位负责人同志：", id="suffix-needs-its-colon-right-after"),
]


@pytest.mark.parametrize(("text", "expected"), STANDING)
def test_labels_standing(text: str, expected: list[tuple[str, str]]) -> None:
    assert _on(text) == expected


@pytest.mark.parametrize("text", NOT_STANDING)
def test_no_label_in_prose(text: str) -> None:
    assert _on(text) == []


OPENING = [
    pytest.param("新编号：第15号", "新编号", id="banlidan-number"),
    pytest.param("代表姓名：巴特尔、苏日娜", "代表姓名", id="banlidan-names"),
    pytest.param("事    由：关于改善村道照明条件的建议", "事由", id="banlidan-subject-spaced"),
    pytest.param("〔是否公开：是〕", "是否公开", id="in-brackets"),
    pytest.param("承   办   人：乌  兰", "承办人", id="spaced-contact-label"),
    pytest.param("领导签发：赵某", "领导签发", id="leader"),
    pytest.param("单位负责人：", "负责人", id="suffix-empty-value"),
    pytest.param("附件：", "附件", id="attachment-empty"),
    # (责任人 a suffix label of the table as 负责人 is: the words before it its own; fix144)
    pytest.param("承办责任人：梁墨", "责任人", id="suffix-responsible-person"),
    pytest.param("承办经手人：梁墨", "承办经手人", id="person-label-of-its-own"),
    pytest.param("复核人：田原", "复核人", id="checker-of-its-own"),
    pytest.param("（带班领导：韦岭）", "带班领导", id="leader-of-its-own-in-brackets"),
    # a contact's label after the office the person works in, glued to it (contacts53)
    pytest.param("县林业局联系人：欧某", "联系人", id="office-before-contact"),
    pytest.param("某县林业局森防站承办人：欧某", "承办人", id="section-before-contact"),
    pytest.param("本部门联系人：欧某", "联系人", id="own-department-before-contact"),
    pytest.param("本单位经办人：欧某", "经办人", id="own-unit-before-contact"),
    pytest.param("我镇联系人：欧某", "联系人", id="own-town-before-contact"),
    pytest.param("我区林业局联系人：欧某", "联系人", id="own-place-office-before-contact"),
    pytest.param("本局造林科联系人及电话：欧某", "联系人及电话", id="own-bureau-section"),
]
NOT_OPENING = [
    pytest.param("林岚代表：", id="salutation"),
    pytest.param("关于改善村道照明条件的建议的答复", id="title"),
    pytest.param("某交复〔2021〕7号        签发人：王某", id="label-after-the-number"),
    pytest.param("代表建议的答复", id="title-second-line"),
    pytest.param("办理情况的报告", id="title-second-line-with-a-label-word"),
    pytest.param("尊敬的负责人：", id="suffix-after-words-not-of-a-label"),
    pytest.param("林岚等人：", id="salutation-to-several-people"),
    pytest.param("尊敬的各位老领导：", id="salutation-to-leaders"),
    pytest.param("人：", id="person-word-alone"),
    pytest.param("我们感谢每一位热心人：", id="sentence-ending-in-a-person-word"),
    pytest.param("各乡镇联系人：", id="words-ending-as-no-office"),
    pytest.param("尊敬的县林业局联系人：", id="salutation-to-an-office-contact"),
    pytest.param("某县林业局    联系人：欧某", id="authority-apart-from-the-label"),
    pytest.param("县林业局联系电话：0000-5550177", id="office-before-a-phone-label"),
    pytest.param("县林业局党组书记：欧某", id="office-before-a-post"),
    # a body's clause that names an office before the label is no office's name (review53c)
    pytest.param("由县林业局联系人：欧某负责", id="clause-opening-with-a-preposition"),
    pytest.param("已告知县林业局联系人：抓紧办理", id="clause-saying-what-was-done"),
    pytest.param("我们将请县林业局联系人：尽快回复", id="clause-with-a-sentence-word"),
    pytest.param("各乡镇林业站联系人：", id="offices-pointed-to-unnamed"),
]


@pytest.mark.parametrize(("text", "expected"), OPENING)
def test_opening_label(text: str, expected: str) -> None:
    assert _opening(text) == expected


@pytest.mark.parametrize("text", NOT_OPENING)
def test_no_opening_label(text: str) -> None:
    assert _opening(text) is None


def test_contact_labels_are_found_by_their_fields() -> None:
    view = TextView("签发人：王某  联系人：李某  联系电话：0000-5550123")
    line = view.content_lines[0]
    found = labels_on(view, line, LabelSet(vocab.labels_of(*vocab.CONTACT_FIELDS)))
    assert [f.entry.field for f in found] == ["contact_name", "contact_phone"]
