"""A date cell of a page's metadata table over the letter (``发布机构：某网 公开日期：2024-05-08``,
``生成日期：``, ``生效日期：``: a page label of ``data/labels.tsv`` that names a date) gives the
page's date, none of the letter's: where the copy kept its lines the table is the page's
chrome, and a copy flattened with a blank or glued, whose run of the table's cells the view
does not drop whole (a classification cell listing its classes, ``分类: 甲、乙;其他``), reads
the cell's date so too, as the byline's date is read (old71; an earlier round read the
cell's date as the letter's there). The letter's own dates stay."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

TITLE = "乙河市住房和城乡建设局关于市人大某届某次会议第12号建议的函"
PAGE = (
    "当前所在位置:首页  >  部门信息公开  >  建议提案办理\n\n" + TITLE + "\n\n"
    "日期:2024-05-08 17:13     来源:乙河市住房和城乡建设局     字体:[         ]   打印\n\n"
    "索引号: 000000000/2024-00012 分类: 城乡建设、环境保护;其他\n"
    "发布机构: 乙河市政府网 {label}: 2024-05-08\n"
    "标题: " + TITLE + "\n"
    "文号: 乙建函〔2024〕4号 主题词:\n"
    "生效时间: 终止时间: 来源: 乙河市住房和城乡建设局\n\n"
)
REPLY = (
    "王某代表：\n您提出的关于加强老旧小区改造的建议收悉，现答复如下：\n"
    "我局已于2024年3月1日启动改造，共涉及小区8个。\n"
    "感谢您对我局工作的关心和支持。\n乙河市住房和城乡建设局\n2024年5月6日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("label", ["公开日期", "生成日期", "发文日期"])
def test_the_tables_date_cell_is_the_pages(label: str, flatten: Callable[[str], str]) -> None:
    read = parse_text(flatten(PAGE.format(label=label) + REPLY), keywords=False)
    assert [d.value for d in read.dates] == ["2024-03-01", "2024-05-06"]
    assert read.signature.date == "2024-05-06"
    assert read.title == TITLE
