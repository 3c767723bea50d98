"""Web copies of replies read with their lines kept, with every line break made a blank,
and with the lines glued together (snippets written here, names, places, sites and numbers
invented; docs/record.md, decided flat117).

- A crumb whose last step names two bodies' items (人大代表建议和政协提案) ends after both;
  the QR code's prompt (扫一扫·打开手机版) and 回到顶部 are the site's furniture, glued too.
- The crumb's last step written again under it (… > 办理结果公开 / 办理结果公开) is the
  section's heading, the page's.
- A page's clock after its date (时间: 2099-11-08 02:04) is no name before a role left
  alone with its colon (代表:); such a role after the title's ending and a blank is the
  salutation, no name in it.
- A class mark's letter glued after a page cell's value (来源:本网A类某函〔…〕) opens the mark.
- The lead 当前所在 glued after a banner's mark (…网!当前所在:首页 > …), a site's brand
  glued before its welcome (某某中心欢迎访问某某网!), a row of links to the governments'
  sites, 智能机器人, an empty 有效日期: cell, an 在线检阅/在线检索 search box and a login
  glued after a close button are the page's.
- A masked phone (189******0000) is a phone before the signer that ends the letter.
- 二是 glued to a paragraph that lost its stop, after a 一是 that opens its point, is the
  next point when its own short heading ends with 。.
- A form's heading after the title's ending and its bracketed note, bar cells after it
  (…的答复（关于…的建议）某市人大代表建议承办表 案 由 |), is no part of the title; nor is
  a validity cell's value glued before a title that opens with its year (效力状态:有效2099年度…).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from replyparse.model import Letter

_FORMS: dict[str, Callable[[list[str]], str]] = {
    "lined": "\n".join,
    "blank": " ".join,
    "glued": "".join,
}
FORMS = pytest.mark.parametrize("form", list(_FORMS))

_BODY = [
    "你们提出的《关于改善甲镇公交线路的建议》收悉。经研究，现答复如下：",
    "甲镇现有公交线路三条，早晚高峰车辆拥挤，部分站点间距偏大，群众出行不够方便。"
    "我局已会同交通运输部门实地查看，拟于明年增开一条环线，并在学校门口增设两处站点。",
    "感谢你们对交通工作的关心和支持，欢迎继续提出宝贵意见。",
]
_TITLE = "某市某局关于市九届人大二次会议第20991234号建议答复的函"


def _read(lines: list[str], form: str) -> Letter:
    return parse_text(_FORMS[form](lines))


@FORMS
def test_a_crumb_of_two_bodies_items_and_the_qr_prompt_are_the_pages(form: str) -> None:
    lines = [
        "当前位置：首页 > 信息公开 > 人大代表建议和政协提案",
        "手机版",
        "扫一扫·打开手机版",
        "回到顶部",
        _TITLE,
        "时间：2099-05-25 15:38 来源：本网 访问量：-",
        "王某某等代表：",
        *_BODY,
        "某市某局",
        "2099年5月24日",
    ]
    assert _read(lines, form).title == _TITLE


@FORMS
def test_the_crumbs_last_step_written_again_is_the_sections_heading(form: str) -> None:
    title = "对市政协九届三次会议第0123号提案的答复"
    lines = [
        "当前位置： 首页  >  政务公开  >  建议提案办理  >  办理结果公开",
        "办理结果公开",
        f"  • {title} 2099-12-29",
        "李某某委员：",
        *_BODY,
        "某市某委员会",
        "2099年12月20日",
    ]
    record = _read(lines, form)
    assert (record.title, record.proposal.session if record.proposal else None) == (
        title,
        "市政协九届三次会议",
    )


@FORMS
def test_a_role_alone_after_the_title_and_a_pages_clock(form: str) -> None:
    title = "对省九届人大二次会议第203号建议的答复函"
    lines = [
        title,
        "[ 发布机构 ] 省某厅 [ 发文日期 ] 2099-11-08",
        f"[ 名 称 ] {title}",
        "时间: 2099-11-08 02:04",
        "代表:",
        *_BODY,
    ]
    record = _read(lines, form)
    assert (record.title, record.addressees) == (title, [])


@FORMS
def test_a_class_mark_glued_after_a_page_cells_value(form: str) -> None:
    lines = [
        _TITLE,
        "文章发布日期: 2099-05-10    来源:本网",
        "A类",
        "甲水资源函〔2099〕77号",
        _TITLE,
        "王某某等代表:",
        *_BODY,
    ]
    record = _read(lines, form)
    number = record.doc_number.text if record.doc_number else None
    assert (number, record.handling_type) == ("甲水资源函〔2099〕77号", "A")


@FORMS
def test_a_crumb_lead_after_a_brands_welcome(form: str) -> None:
    title = "对省九届人大五次会议第357号建议的答复函"
    lines = [
        "某某通中心",
        "欢迎访问某某在线网!",
        "当前所在:首页 > 意见征求 > 正文",
        title,
        "发布时间:2099-10-25 来源: 某省某厅 作者:佚名",
        "类别:B",
        "签发人:王某某",
        "甲水复函〔2099〕68号",
        title,
        "王某某代表:",
        *_BODY,
        "某省某厅",
        "2099年10月20日",
    ]
    record = _read(lines, form)
    assert (record.title, [d.value for d in record.dates if d.value == "2099-10-25"]) == (
        title,
        [],
    )


@FORMS
def test_a_pages_links_row_tools_and_a_masked_phone_before_the_signer(form: str) -> None:
    title = "关于对丙市政协第七届二次会议第31号委员提案办理结果的答复"
    lines = [
        "无障碍阅读",
        "智能机器人",
        "繁体版",
        "手机版",
        "中国政府网 某省政府网 某地区政府网 某市人民政府",
        "长者模式",
        "政府信息公开",
        "全文检索",
        "索引号: 成文日期: 2099-12-04",
        "发文机关: 某市人民政府网 发布日期: 2099-12-04",
        "发文字号: 有效日期:",
        title,
        "来源:某市人民政府网 发布时间:2099-12-04 浏览次数: 【字体:",
        "张某委员:",
        *_BODY,
        "承办人:刘**",
        "联系电话:189******0000",
        "某市住房和城乡建设局",
        "【打印正文】",
        "分享到:",
        "×",
        "用户登录",
    ]
    record = _read(lines, form)
    assert (record.title, record.signature.issuer) == (title, "某市住房和城乡建设局")


@FORMS
@pytest.mark.parametrize("label", ["在线检阅", "在线检索"])
def test_an_online_search_box_over_the_heading(form: str, label: str) -> None:
    title = "关于丙市政协八届三次会议第207号提案的协办意见函"
    lines = [
        "关怀版 无障碍",
        "您当前所在位置: 首页>市某局>执行和结果>建议提案办理",
        f"{label}: 搜索",
        title,
        "访问量:",
        title,
        "某区人民政府:",
        *_BODY,
    ]
    assert _read(lines, form).title == title


@FORMS
def test_a_second_point_glued_to_a_paragraph_that_lost_its_stop(form: str) -> None:
    lines = [
        _TITLE,
        "王某某等代表：",
        "你们提出的《关于改善甲镇健身设施的建议》收悉。下一步，我局将从以下几方面努力：",
        "一是加强规划引领。加强与规划、住建等部门沟通，在沿江地带配套建设公共健身设施",
        "二是加大资金投入。积极争取上级资金，逐年增加健身器材的数量。",
        "某市某局",
        "2099年6月12日",
    ]
    points = [
        (child.marker, child.heading)
        for section in _read(lines, form).sections
        for child in [section, *section.children]
    ]
    assert ("二是", "加大资金投入") in points


@FORMS
def test_a_form_heading_after_the_title_and_its_note(form: str) -> None:
    title = "2099年度某市某局关于人大九届一次会议第50号代表建议的答复"
    lines = [
        "- 发布机构:某市某局",
        "- 文 号:无",
        f"- 标 题:{title}(关于将单位宿舍纳入改造范围的建议)",
        "- 效力状态:有效",
        f"{title}(关于将单位宿舍纳入改造范围的建议)",
        "某市人大代表建议承办表",
        "案 由 |",
        "关于将单位宿舍纳入改造范围的建议 | |||",
        "提建议代表 单位姓名 |",
        "甲镇代表团 王某某 | |||",
        "承办单位 |",
        "市某局 |",
        "具体承办人 |",
        "||",
        "办理 情况 |",
        "王某某代表: 您好,您提出的“关于将单位宿舍纳入改造范围的建议”已收悉,现答复如下。",
        *_BODY,
    ]
    assert _read(lines, form).title == title


@FORMS
def test_a_title_ending_after_the_pages_byline_opens_the_names(form: str) -> None:
    # (decided fix117 for kept lines: the byline between the title and 函某某委员： keeps 函
    # on the names; a flattened copy reads it so too)
    title = "关于对丙市政协第七届二次会议第31号委员提案办理结果的答复"
    lines = [
        "当前位置：首页 > 政务公开 > 建议提案办理",
        title,
        "来源:某市人民政府网 发布时间:2099-12-04 浏览次数: 【字体:",
        "函某某委员:",
        *_BODY,
        "某市某局",
    ]
    record = _read(lines, form)
    assert (record.title, [a.name for a in record.addressees]) == (title, ["函某某"])
