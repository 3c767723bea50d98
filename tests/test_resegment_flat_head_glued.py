"""A letter's head copied with its line breaks lost, its lines joined by nothing or by a
blank (flat61a): the marks, the number, the title and the salutation each read as on lines
of their own, where a reader of the flattened copy still tells them apart.

- A title a copy cut after its session (``对某省某届人大某次会议``), the salutation glued
  after it (``…会议余某某等代表：您提出的…``): the names open after the session.
- A question mark a copy left for a lost character, glued before the salutation's names
  (``…的答复函 ?王某代表：``): a line of its own, the title ending at its ending and the
  names the salutation's, as where the lines were kept (an earlier round ended the title
  with the mark and read it as no title).
- A salutation with no colon right after the letter's damaged 发文字号, the opening after
  it (``某函〔202323 李某代表 在…会议上提出的…收悉``, or glued): the names are the
  salutation's, no words of the title's (an earlier round glued number and names to it).
- A page's count of views left empty, its unit glued to the number (``点击数: 人次某函〔…``),
  and a font tool's sizes written small first, the last glued to the salutation (``【字体: 小
  中 大某镇代表团：``): the unit and the size are the page's.
- A crumb's last step naming the congress's 议案 with the proposals (``议案提案``), the
  heading glued to it: the step ends before the heading's authority, which stays the
  title's first words.
- A tool in its opening bracket, the closing one lost, glued to the salutation's opener
  (``【关闭尊敬的王某等11名代表：``): the tool is the page's, no word of the title's.
- A salutation to a party's branch (``民盟某县总支：``) after a title a copy cut before its
  ending, a blank between: the names are the branch's alone.
- A form's row glued after the item's title that its row above ends with (``题目：关于…的
  建议案由：…``): the row is a line of its own, the title the item's whole (an earlier
  round read the 案由's paragraph into it); and the record's handling row glued to the
  reply (``。答复内容：青岚…``) is a line of its own, so the rows over it stay the record's.

Letters invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import glued, spaced
from spans import span_problems

BODY = [
    "您提出的《关于新建乡镇公墓的建议》（0641），已交我们研究办理，现答复如下。",
    "根据有关规定，公墓建设须纳入全县殡葬设施规划，我厅将视需求情况审批新建公墓。",
    "感谢您对民政工作的关心和支持。",
]
FLATTENED = [pytest.param(spaced, id="one-line-space"), pytest.param(glued, id="one-line-glued")]


@pytest.mark.parametrize("flatten", FLATTENED)
def test_names_glued_after_a_session(flatten: Callable[[str], str]) -> None:
    head = ["B", "公开", "青民政法〔2031〕14号", "对青岚省十三届人大二次会议", "余某某等代表："]
    letter = parse_text(flatten("\n".join([*head, *BODY])), keywords=False)
    assert span_problems(letter) == []
    assert (letter.handling_type, letter.public) == ("B", True)
    assert letter.doc_number is not None and letter.doc_number.text == "青民政法〔2031〕14号"
    assert letter.title == "对青岚省十三届人大二次会议"
    assert [(a.name, a.role) for a in letter.addressees] == [("余某某", "代表")]


def test_a_session_in_a_whole_title_keeps_its_names() -> None:
    # (the names after a title's ending are found as before)
    head = "对青岚省十三届人大二次会议第8号建议的答复余某某代表："
    letter = parse_text(head + "".join(BODY), keywords=False)
    assert letter.title == "对青岚省十三届人大二次会议第8号建议的答复"
    assert [(a.name, a.role) for a in letter.addressees] == [("余某某", "代表")]


@pytest.mark.parametrize("flatten", [pytest.param(lambda t: t, id="lines"), *FLATTENED])
def test_a_lost_character_before_the_names(flatten: Callable[[str], str]) -> None:
    title = "青岚市生态环境局关于市七届人大三次会议第56号建议办理情况的答复函"
    letter = parse_text(flatten("\n".join([title, "?王某代表:", *BODY])), keywords=False)
    assert span_problems(letter) == []
    assert letter.title == title
    assert letter.proposal is not None and letter.proposal.session == "市七届人大三次会议"
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]


OPENING = [
    "在县九届人大二次会议上提出的《关于改造复兴路路面的建议》（第39号建议）收悉。现将办理情况函告如下：",
    "我区已将该路段纳入片区改造规划，下一步将完善配套设施建设，提升片区环境。",
    "此外我区会做好日常养护，保持路面平整干净，方便沿线居民出行，并安排人员定期巡查。",
    "最后，再次感谢您对我区交通运输工作的大力支持！",
]


@pytest.mark.parametrize("flatten", [pytest.param(lambda t: t, id="lines"), *FLATTENED])
def test_names_without_a_colon_after_a_damaged_number(flatten: Callable[[str], str]) -> None:
    head = [
        "青岚县人民政府 关于县九届人大二次会议第39号建议办理情况的函",
        "来源:区目标绩效办     发布日期:2031-08-21     点击数: 人次",
        "青府议〔203123",
        "李某代表",
    ]
    letter = parse_text(flatten("\n".join([*head, *OPENING])), keywords=False)
    assert span_problems(letter) == []
    assert letter.doc_number is not None and letter.doc_number.text == "青府议〔203123"
    assert [(a.name, a.role) for a in letter.addressees] == [("李某", "代表")]
    assert letter.title is not None and letter.title.endswith("第39号建议办理情况的函")


@pytest.mark.parametrize("flatten", [pytest.param(lambda t: t, id="lines"), *FLATTENED])
def test_font_sizes_small_first(flatten: Callable[[str], str]) -> None:
    head = [
        "青岚县教育局关于县九届人大二次会议第24号建议的答复",
        "来源: 发布日期:2031-07-05 09:44 【字体: 小   中   大",
        "青岚镇代表团:",
        "您们在县九届人大二次会议上提出的关于优化小学办学环境的建议收悉，现答复如下：",
        "我局已完成校门改造，围墙加固工作将于年内完成。",
        *OPENING[1:],
    ]
    letter = parse_text(flatten("\n".join(head)), keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("青岚镇代表团", None)]


REPLY = [
    "您提出的《关于扩建区中医医院门诊楼的提案》（编号：第3011号）已收悉，现将有关情况答复如下：",
    *OPENING[1:],
]


def test_a_crumbs_step_of_bills_and_proposals() -> None:
    title = "青岚区卫生健康局关于政协青岚区委员会第三次会议第3011号提案答复的函"
    head = [
        "您现在的位置: 首页 > 信息公开 > 议案提案",
        title,
        "发布日期:2031-08-28 14:34    文章来源:青岚区卫生健康局",
        "罗某委员:",
    ]
    letter = parse_text(glued("\n".join([*head, *REPLY])), keywords=False)
    assert letter.title == title


def test_a_bracketed_tool_glued_to_the_opener() -> None:
    title = "2031年区人大三届一次会议《关于整治路边配货站的建议》（304号）的答复"
    head = [
        title,
        "【信息来源:  信息时间:2031-09-04  阅读次数:】 【我要打印】 【关闭",
        "尊敬的王某等11名代表:",
    ]
    letter = parse_text(glued("\n".join([*head, *REPLY])), keywords=False)
    assert letter.title == title
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]


@pytest.mark.parametrize("flatten", [pytest.param(lambda t: t, id="lines"), *FLATTENED])
def test_a_partys_branch_addressed(flatten: Callable[[str], str]) -> None:
    head = [
        "青府办函〔203197",
        "青岚县人民政府办公室",
        "关于县政协四届五次会议第38号提案的",
        "民盟青岚县总支:",
    ]
    body = ["你总支" + REPLY[0].removeprefix("您"), *REPLY[1:]]
    letter = parse_text(flatten("\n".join([*head, *body])), keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("民盟青岚县总支", None)]


def test_a_forms_row_glued_after_the_items_title() -> None:
    form = [
        "建议内容:",
        "题目:关于加快建设青岚供水工程 保障居民用水的建议",
        "案由:我市水资源紧缺，2030年以来地下水位不断下降，市区大部分区域限时供水。",
        "建议:加快供水工程建设，保障全市居民用水。",
        "答复内容:",
        "青岚供水工程计划分两期完成，一期工程已完成测量和线路设计，二期工程已于4月开工。",
        "我局将积极协调各方，争取工程早日建成通水，保障居民用水。",
        *OPENING[1:],
    ]
    letter = parse_text(glued("\n".join(form)), keywords=False)
    assert letter.proposal is not None
    assert letter.proposal.title == "关于加快建设青岚供水工程保障居民用水的建议"
    assert letter.proposal.kind == "建议"
    # (the handling row glued to the reply, 答复内容：青岚…, parted as on its line: the
    # record's rows over it are the proposal's, their years no dates of the letter's)
    assert letter.dates == []
