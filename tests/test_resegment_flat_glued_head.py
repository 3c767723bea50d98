"""A saved page flattened onto one line, its lines joined with nothing or a blank: the head's
pieces a copy glued together are parted where the page's or the letter's own shapes tell.

- the site's address glued after the page's heading (``…的答复www.example.gov.cn 发布时间：…``)
  is the page's, no part of the title;
- a count's label left empty with a salutation glued after it whose name is masked
  (``阅读次数：XXX代表：``) is the page's cell, no title;
- a 发文字号 that lost its closing bracket (``某教〔2024105``) after a count left empty
  (``浏览次数：``) is the letter's number, no value of the count;
- a publication value glued before a title that opens with the session and lost its 关于 and
  its 号 (``同意公开某县人大五次会议第31建议``), a colonless salutation glued after it
  (``王某等代表你们提出的…``): mark, title and salutation each apart;
- a subtitle naming the proposal glued to the names (``…的答复：关于…的建议王某代表：``);
- a 发文字号 whose year lost its brackets in a one-line head (``甲教函2022 5号 关于…``).
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

BODY = (
    "您提出的《关于增设乡村公交站点的建议》收悉，现答复如下：我局已会同交通部门实地查看，"
    "计划年内增设候车亭两处。一是优化线路走向，将沿线三个行政村纳入班线覆盖范围，方便群众"
    "出行；二是调整发车班次，早晚高峰时段加密至每半小时一班；三是完善站点设施，增设站牌、"
    "座椅和照明设备，改善候车环境。下一步，我局将持续跟踪线路运营情况，及时听取群众意见，"
    "不断提升农村客运服务水平。感谢您对交通工作的关心和支持。"
)
SIGNED = "丙县交通运输局2024年5月20日"


def test_site_address_after_heading_is_no_title() -> None:
    text = (
        "丙县交通运输局对县人大五次会议第31号建议答复的函www.example.gov.cn 发布时间:2024-05-21 "
        "来源:丙县交通运输局 选择阅读字号:[ 大 中 小 ] 阅读次数:XXX代表:" + BODY + SIGNED
    )
    letter = parse_text(text, keywords=False)
    assert letter.title == "丙县交通运输局对县人大五次会议第31号建议答复的函"
    assert [a.name for a in letter.addressees] == ["XXX"]


def test_damaged_number_after_empty_count() -> None:
    head = (
        "微信 智能问答 繁體版本网站已支持IPV6您当前的位置:首页 - 政府信息公开 - 建议提案 - "
        "政协委员提案 - 往年对县政协九届二次会议 第 31号提案的答复发布日期:2024-05-21 来源: "
        "浏览次数:丙交〔2024105          签发人:赵立新办理结果:B对县政协九届二次会议第 31号提案的答复"
    )
    for glue in ("", " "):
        text = head + glue + "王明、李华委员:" + glue + BODY + glue + SIGNED
        letter = parse_text(text, keywords=False)
        assert letter.doc_number is not None
        assert letter.doc_number.text == "丙交〔2024105"


def test_public_value_before_session_title_and_colonless_names() -> None:
    text = (
        "对丙县十二届人大五次会议第31号建议的答复来源:丙县政府网   日期: 2024-05-21 09:30"
        "浏览量:1 | | | |丙交字〔2024〕5号 B1类 同意公开丙县人大五次会议第31建议王明等代表"
        "你们提出的《关于增设乡村公交站点的建议》收悉。现答复如下：我局已会同交通部门实地查看，"
        "计划年内增设候车亭两处。感谢你们对交通工作的关心和支持。" + SIGNED
    )
    letter = parse_text(text, keywords=False)
    # (the damaged number line is the item's, header: the heading is the title, fix118)
    assert letter.title == "对丙县十二届人大五次会议第31号建议的答复"
    assert letter.public is True
    assert [(a.name, a.role) for a in letter.addressees] == [("王明", "代表")]


def test_subtitle_naming_proposal_glued_to_names() -> None:
    text = (
        "关于县十二届人大五次会议第31号建议的答复:关于增设乡村公交站点的建议王明代表:"
        + BODY
        + SIGNED
    )
    letter = parse_text(text, keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("王明", "代表")]


@pytest.mark.parametrize("glue", [" ", "  "])
def test_spaced_year_number_in_one_line_head(glue: str) -> None:
    text = glue.join(
        (
            "丙县交通运输局",
            "丙交函2024 5号",
            "关于县十二届人大五次会议第31号建议的答复",
            "王明代表：" + BODY,
            "丙县交通运输局",
            "2024年5月20日",
        )
    )
    letter = parse_text(text, keywords=False)
    assert letter.doc_number is not None
    assert letter.doc_number.text == "丙交函2024 5号"
    assert letter.title == "关于县十二届人大五次会议第31号建议的答复"


# -- tidy letters and look-alikes the rules leave alone ----------------------------------


def test_tidy_letter_keeps_its_lines() -> None:
    text = (
        "丙县交通运输局\n丙交函〔2024〕5号\n\n关于县十二届人大五次会议第31号建议的答复\n\n"
        "王明代表：\n" + BODY + "\n丙县交通运输局\n2024年5月20日\n"
    )
    letter = parse_text(text, keywords=False)
    assert letter.title == "关于县十二届人大五次会议第31号建议的答复"
    assert letter.doc_number is not None and letter.doc_number.text == "丙交函〔2024〕5号"
    assert [a.name for a in letter.addressees] == ["王明"]


def test_authority_glued_before_spaced_number() -> None:
    # (the authority's name is no code: the mark ends where the number's code starts)
    text = (
        "丙县交通运输局丙交函2024 5号关于县十二届人大五次会议第31号建议的答复王明代表："
        + BODY
        + SIGNED
    )
    letter = parse_text(text, keywords=False)
    assert letter.doc_number is not None
    assert letter.doc_number.text == "丙交函2024 5号"
    assert letter.title == "关于县十二届人大五次会议第31号建议的答复"


def test_title_citing_spaced_number_keeps_it() -> None:
    # a title that cites a number so written keeps it: its code holds the title's 关于
    text = (
        "丙县交通运输局\n关于落实丙交发2024 3号文件的情况答复\n王明代表：\n"
        + BODY
        + "\n丙县交通运输局\n2024年5月20日\n"
    )
    letter = parse_text(text, keywords=False)
    assert letter.title == "关于落实丙交发20243号文件的情况答复"  # (blanks off, as ever)
    assert letter.doc_number is None


def test_count_with_figures_then_masked_name_in_body_stays() -> None:
    # a sentence's 访问量 with figures is no empty cell: the body is read as written
    text = (
        "关于县十二届人大五次会议第31号建议的答复\n王明代表：\n"
        "您提出的建议收悉。平台访问量:1200余次，群众反映良好。\n丙县交通运输局\n2024年5月20日\n"
    )
    letter = parse_text(text, keywords=False)
    assert letter.title == "关于县十二届人大五次会议第31号建议的答复"
    assert [a.name for a in letter.addressees] == ["王明"]
