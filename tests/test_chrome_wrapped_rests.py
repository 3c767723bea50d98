"""A page printed narrower than its chrome (a hard-wrapped copy): a line of chrome carried
on to the next printed line. The rest of a crumb whose last step, a section's short name,
was cut mid-word (``… >> 人大代表建`` over ``议答复``), and the rest of the page's title cell
(``信息名称 某局关于…第24`` over ``号建议的答复``) end as a title does, and were read as the
letter's: both went into the issuer and the title. So does the rest of the site's row of
footer cells over its marks (``主 办：… | 联系地址：…某路`` over ``21号 | 联系方式：…``),
whose phone was read as a contact. A letter's title under a crumb that happens to fill
the width stays the letter's. Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import wrapped_rest
from spans import span_problems

CRUMB_HEAD = "您当前所在位置：首页 >> 政务公开 >> 建议提案 >> 人大代表建"
CELL_HEAD = "信息名称 青岚县水务局关于县十七届人大二次会议第24"


@pytest.mark.parametrize(
    ("head", "rest"),
    [
        pytest.param(CRUMB_HEAD, "议答复", id="crumb-section"),
        pytest.param(CELL_HEAD, "号建议的答复", id="title-cell"),
        pytest.param(CELL_HEAD, "号建议的会办意见", id="title-cell-opinion"),
    ],
)
def test_the_rest_of_a_crumb_or_a_title_cell(head: str, rest: str) -> None:
    assert wrapped_rest(head, rest)


@pytest.mark.parametrize(
    ("head", "rest"),
    [
        pytest.param(CRUMB_HEAD, "关于县十七届人大二次会议第24号建议的答复", id="title-about"),
        pytest.param(CRUMB_HEAD, "青岚县水务局关于第24号建议的答复", id="title-authority"),
        pytest.param(CRUMB_HEAD, "对县十七届人大二次会议第24号建议的答复", id="title-dui"),
        pytest.param(CELL_HEAD, "关于第24号建议的答复", id="cell-then-title"),
        pytest.param(
            "您当前所在位置：首页 >> 政务公开", "人大代表建议第二十一号答复", id="long-step"
        ),
    ],
)
def test_a_title_under_the_chrome_is_no_rest(head: str, rest: str) -> None:
    assert not wrapped_rest(head, rest)


# one printed line of 28 hanzi (56 columns): each paragraph broken where it fills it
PAGE = """返回顶部
县直部门频道
您当前所在位置：首页 >> 政务公开 >> 建议提案 >> 人大代表建
议答复
索引号 000000000/2021-0000001 信息分类 人大代表建议答复
信息名称 青岚县水务局关于县十七届人大二次会议第24号建议的
答复
青岚县水务局关于县十七届人大二次会议第24号建议的答复
发布时间: 2021-05-24 16:47
王某某代表：
您提出的关于加快农村饮水工程建设的建议收悉，我局高度重视，
组织人员进行了实地调查，现将有关情况答复如下：一是已将该工
程列入年度计划，资金已经落实到位；二是施工单位正在进场，预
计年底前完工并投入使用，确保群众喝上放心水。
2021年5月21日
上一篇：
下一篇：
主 办：青岚县人民政府办公室 | 联系地址：青岚县文昌路
21号 | 联系方式：0000-5550123
ICP备案号：某ICP备00000000号 | 政府网站标识码：0000000000 |
公网安备：00000000000000
"""


def test_a_wrapped_page_reads_as_its_letter() -> None:
    record = parse_text(PAGE)
    assert record.issuer == "青岚县水务局"
    assert record.title == "青岚县水务局关于县十七届人大二次会议第24号建议的答复"
    assert record.contacts == []
    assert record.signature.date == "2021-05-21"
    assert span_problems(record) == []


SOURCE_HEAD = "www.example.gov.cn 发布时间:2022-07-08 来源:青岚县人民政府"


def test_a_rest_ending_with_an_empty_page_cell() -> None:
    # (the colon of 阅读次数 left empty ends the rest: no salutation's)
    assert wrapped_rest(SOURCE_HEAD, "办公室 选择阅读字号:[ 大 中 小 ] 阅读次数:")
    assert wrapped_rest(SOURCE_HEAD, "办公室 阅读次数:")


@pytest.mark.parametrize("rest", ["王某某代表：", "阅读次数：", "办公室 联系人："])
def test_a_rest_ending_with_a_salutations_colon_is_none(rest: str) -> None:
    assert not wrapped_rest(SOURCE_HEAD, rest)


@pytest.mark.parametrize(
    ("head", "rest"),
    [
        pytest.param(
            "发布时间:2031-02-03 09:00 来源:本网 浏览次数:- 字体", "大小：", id="label-cut"
        ),
        pytest.param(
            "来源:某镇人民政府网 发布时间:2031-02-03 浏览次数: 【字", "体：", id="bracketed"
        ),
        pytest.param("时间:2031-02-03 09:00 来源:某镇农业服务中心 浏", "览次数：", id="count"),
        pytest.param(
            "信息来源: 本站原创 发布者: 本站编辑 发布时", "间:2031-02-03 08:00 浏览:", id="views"
        ),
    ],
)
def test_a_rest_ending_with_a_page_cell_the_wrap_cut(head: str, rest: str) -> None:
    # (the empty cell's label broken at the printed line's end, its colon on the rest: the
    # page's tools and counters, no salutation, wrap66)
    assert wrapped_rest(head, rest)
