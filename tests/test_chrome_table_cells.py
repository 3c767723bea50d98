"""Cells of a page's metadata table (replyparse.chrome): rows drawn with box-drawing bars
(``│``, a text copy of a page's table) or a full-width ``｜`` are read as ``|`` rows, and
the cells a table writes that no letter's label is (发文机关, 公文种类, 主题词 …) are cut
as cells. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines, is_chrome_line

BAR_ROWS = [
    pytest.param(
        "│ 索引号： │ 000000000/2024-00031 │ 发布机构： │ 桐溪县交通运输局 │", id="box-bars"
    ),
    pytest.param("│索引号│000000000/2024-00031│主题分类│交通│", id="box-bars-no-colons"),
    pytest.param("┃ 生成日期： ┃ 2024-07-09 ┃ 文号： ┃ ┃", id="heavy-bars-empty-cell"),
    pytest.param("｜ 索引号： ｜ 000000000/2024-00031 ｜", id="full-width-bars"),
    pytest.param("│ 来源：桐溪县交通运输局 │ 发布时间：2024-07-09 │", id="box-bars-source-line"),
    # the page's directory of disclosure (公开目录) is a page's cell: the row's date no date
    pytest.param("| 公开目录 | 人大建议办理结果 | 发布日期 | 2024-07-09 |", id="directory-cell"),
    pytest.param("| 信息公开目录 | 建议提案 | 生成日期 | 2024-07-09 |", id="info-directory-cell"),
]


@pytest.mark.parametrize("line", BAR_ROWS)
def test_a_row_between_bars_is_chrome(line: str) -> None:
    assert is_chrome_line(line)


BAR_NOT_CHROME = [
    pytest.param("│ 办理类型 │ B │", id="letter-label-row"),
    pytest.param("│ 联系电话 │ 0000-5550123 │", id="contact-row"),
    pytest.param("│ 来源于群众的意见，我们已认真研究。 │", id="sentence-between-bars"),
    pytest.param("│ 桐溪县交通运输局 │", id="authority-between-bars"),
]


@pytest.mark.parametrize("line", BAR_NOT_CHROME)
def test_a_letters_row_between_bars_stays(line: str) -> None:
    assert not is_chrome_line(line)


def test_a_letters_table_between_bars_keeps_its_values() -> None:
    text = "│ 办理类型 │ B │\n│ 是否公开 │ 是 │\n许某代表：\n您的建议收悉。\n"
    assert chrome_lines(None, text) == frozenset()
    letter = parse_text(text)
    assert letter.handling_type == "B"


# Tables with cells no letter's label names: the run of table lines is chrome whole.
TABLES = [
    pytest.param(
        "索引号：000000000/2024-00031\n发文机关：桐溪县交通运输局\n公文种类：函\n主题分类：交通\n",
        {0, 1, 2, 3},
        id="issuing-body-and-kind",
    ),
    pytest.param(
        "发文机关：\t桐溪县交通运输局\t成文日期：\t2024-06-28\n索 引 号：\t000000000/2024-00031"
        "\t主题分类：\t交通\n主题词：\t交通\t文种：\t函\n",
        {0, 1, 2},
        id="tab-cells",
    ),
    pytest.param(
        "索引号：000000000/2024-00031\n信息类别：建议提案\n发文单位：桐溪县交通运输局\n"
        "生成日期：2024-07-09\n效力状态：有效\n",
        {0, 1, 2, 3, 4},
        id="class-unit-state",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_table_only_cells_join_the_table(text: str, expected: set[int]) -> None:
    assert chrome_lines(text.split("\n")) == expected


NOT_TABLES = [
    pytest.param("发文机关：桐溪县交通运输局\n许某代表：\n", id="issuing-body-alone"),
    pytest.param("主题词：交通  建议  答复\n抄送：县人大常委会\n", id="subject-words-of-a-letter"),
    pytest.param("来源：桐溪县交通运输局\n公文种类：函\n许某代表：\n", id="one-page-label-only"),
]


@pytest.mark.parametrize("text", NOT_TABLES)
def test_table_only_labels_alone_stay(text: str) -> None:
    lines = text.split("\n")
    found = chrome_lines(lines)
    assert all(is_chrome_line(lines[i]) for i in found)
    assert not any(
        "发文机关" in lines[i] or "主题词" in lines[i] or "公文种类" in lines[i] for i in found
    )


# A 繁體 page's table (read through the fold): its 發布日期 is no date of the letter's.
def test_a_traditional_directory_row_gives_no_date() -> None:
    text = (
        "| 索引號 | 0000000-2-/2024-0001 | 發布機構 | 桐溪縣教育局 |\n"
        "| 公開目錄 | 人大建議辦理結果 | 發布日期 | 2024-07-09 |\n"
        "許某代表:\n你提出的《關於改善某校舍的建議》,已交我局辦理。現答覆如下:\n"
        "一、我局高度重視。\n桐溪縣教育局\n2024年7月1日\n"
    )
    letter = parse_text(text, keywords=False)
    assert [d.value for d in letter.dates] == ["2024-07-01"]


# A row of such a table alone, no page label on it (dev23 round): cells set apart by bars,
# one of a table's own (发文机关, 公文种类) with its colon, is the page's; it was read as the
# 主送 line (its last cell's colon). Without bars, or with one cell, it stays.
LONE_ROWS = [
    pytest.param("发文机关: | 桐溪县人民政府 | 成文日期: | |", id="issuing-body-empty-date"),
    pytest.param("| 公文种类： | 函 | 文号： | |", id="kind-and-number"),
    pytest.param("发文单位：│桐溪县交通运输局│成文日期：│2024-07-09│", id="box-bars"),
]


@pytest.mark.parametrize("row", LONE_ROWS)
def test_a_lone_table_row_is_no_salutation(row: str) -> None:
    assert is_chrome_line(row)
    text = f"{row}\n关于县政协一届一次会议第15号提案的答复\n许某委员:\n您的提案收悉,现答复如下:\n我局将认真研究。\n桐溪县交通运输局\n2024年7月1日\n"
    letter = parse_text(text, keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("许某", "委员")]
    assert letter.title == "关于县政协一届一次会议第15号提案的答复"
    assert [d.value for d in letter.dates] == ["2024-07-01"]


LONE_ROWS_STAY = [
    pytest.param("发文机关：桐溪县人民政府  成文日期：2024年7月1日", id="no-bars"),
    pytest.param("| 发文机关： | 桐溪县人民政府 |", id="one-cell"),
    pytest.param("| 办理类型： | B | 成文日期： | |", id="letter-labels-only"),
]


@pytest.mark.parametrize("row", LONE_ROWS_STAY)
def test_a_row_without_bars_or_a_tables_cell_stays(row: str) -> None:
    assert not is_chrome_line(row)


_LONG_TITLE = "区政协五届二次会议《关于对某区某某地区老旧小区单元门改造升级及楼道清理粉刷整治工作的提案》（第8号）答复"
_META = (
    "索引号： abc-2024-00001 发布机构： 某区某街道办事处\n"
    f"信息名称： {_LONG_TITLE} 主题分类： 区政协第五届委员会第二次会议（2024年）\n"
    "发布日期： 2024-11-11 成文日期： 2024-11-11\n"
)
_UNDER_META = (
    "王某委员：\n您提出的提案收悉。现答复如下：\n从2019年起，某地区陆续实施改造工程。\n"
    "某区某街道办事处\n2024年4月30日\n"
)


@pytest.mark.parametrize("heading", [f"{_LONG_TITLE}\n", ""], ids=["heading", "cell-only"])
def test_a_long_title_cell_keeps_its_row_chrome(heading: str) -> None:
    # a title cell's value is a whole title, longer than another cell's (dev36): the row is
    # the page's, the year in its subject cell no date; the title still read
    record = parse_text(_META + heading + _UNDER_META)
    assert [d.text for d in record.dates] == ["2019年", "2024年4月30日"]
    assert record.title == _LONG_TITLE
