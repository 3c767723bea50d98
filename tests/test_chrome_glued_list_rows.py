"""A page's metadata table flattened into a dash or bullet list whose labels lost their
colons, each glued to its value (``- 发布机构某局``, ``- 发布日期2024-06-01``, ``· 生成日期
2024年06月01日``): a run of such rows, a page label among them, is chrome. It was read as
letter: its rows joined the title, its dates the letter's, its 文号 row a number whose
prefix held the label. The 文号 row is the page's copy of the letter's number. A letter's
own lines that only open with such a word stay. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines, shows_page

TITLE = "关于县十八届人大三次会议第21号建议的答复"
LETTER = f"""{TITLE}
周某代表：
    您提出的《关于扶持竹笋加工的建议》收悉，现答复如下：
    我局将会同有关部门认真研究，逐步推进。
    感谢您对农业工作的关心和支持。
梅岭县农业农村局
2024年5月20日
（联系人：吴某，电话：0000-0000000）
"""

TABLES = [
    pytest.param(
        "- 索引号00000000/2024-00077\n- 发布机构梅岭县农业农村局\n- 发布日期2024-05-28\n"
        "- 文号梅农函〔2024〕9号\n- 主题分类农业\n· 生成日期2024年05月28日\n",
        id="dashes-and-a-dot",
    ),
    pytest.param(
        "• 发布机构梅岭县农业农村局\n• 发布日期2024-05-28 09:30\n",
        id="no-index-number",
    ),
    pytest.param(
        "发文机关梅岭县农业农村局\n成文日期2024-05-28\n公开方式主动公开\n", id="no-bullets"
    ),
    pytest.param(
        "- 政务公开\n-\n索引号00000000/2024-00077\n-\n发布机构梅岭县农业农村局\n-\n"
        "发布日期2024-05-28\n-\n时效性有效\n",
        id="dash-alone-over-each-row",
    ),
    pytest.param(
        "•\n发布机构梅岭县农业农村局\n•\n文号梅农函〔2024〕9号\n•\n有效性失效\n",
        id="bullet-alone-over-each-row",
    ),
]


@pytest.mark.parametrize("table", TABLES)
def test_the_glued_table_is_no_part_of_the_letter(table: str) -> None:
    letter = parse_text(table + LETTER)
    assert letter.title == TITLE
    assert [d.value for d in letter.dates] == ["2024-05-20"]
    assert [(a.name, a.role) for a in letter.addressees] == [("周某", "代表")]
    assert letter.issuer == "梅岭县农业农村局"


def test_the_number_row_is_the_pages_copy_of_the_letters_number() -> None:
    letter = parse_text(TABLES[0].values[0] + LETTER)
    assert letter.doc_number is not None
    assert letter.doc_number.text == "梅农函〔2024〕9号"


def test_every_row_of_the_run_is_chrome() -> None:
    table = str(TABLES[0].values[0])
    chrome = chrome_lines((table + LETTER).split("\n"))
    assert set(range(6)) <= set(chrome)


def test_the_lone_bullets_between_the_rows_are_chrome_too() -> None:
    """A list's bullet a copy set alone on its line over its item parts no rows (fix75):
    the run and its bullets are chrome, the title under the last row no cell's."""
    table = str(TABLES[3].values[0])
    chrome = chrome_lines((table + LETTER).split("\n"))
    assert set(range(1, 9)) <= set(chrome) and 0 not in chrome and 9 not in chrome


@pytest.mark.parametrize(
    "cell",
    [
        pytest.param("时效性有效", id="validity-glued"),
        pytest.param("有效性：失效", id="validity-colon"),
        pytest.param("效力状态现行有效", id="validity-state"),
        pytest.param("- 公文时效废止", id="validity-dash"),
        pytest.param("索引号00000000/2024-00077", id="index-glued"),
        # (left57a: the label spaced out, 时效 with its colon, a dash before the cell)
        pytest.param("索 引 号00000000/2024-00077", id="index-spaced-glued"),
        pytest.param("索\u3000引\u3000号00000000/2024-00077", id="index-wide-spaced-glued"),
        pytest.param("时效：有效", id="validity-short-label"),
        pytest.param("— 时效性有效", id="validity-em-dash"),
        pytest.param("主题分类城乡建设", id="class-row-glued-words"),
        # (review57e: two blanks between the label's characters, as a cell's width sets them)
        pytest.param("索  引  号00000000/2024-00077", id="index-two-blanks-glued"),
    ],
)
def test_a_page_cell_whole_on_its_line_over_the_title_is_chrome(cell: str) -> None:
    """The document's validity with its closed value, or the index number with its code,
    alone on its line right over the title (no other chrome around): a page's cell, no
    words of the title (fix75: ``时效性有效关于…`` was the title)."""
    letter = parse_text(f"{cell}\n{LETTER}")
    assert letter.title == TITLE
    assert 0 in chrome_lines(f"{cell}\n{LETTER}".split("\n"))


STAYS = [
    pytest.param("发布机构应当及时更新信息。\n发布日期由各单位自定。\n", id="sentences"),
    pytest.param("文号梅农函〔2024〕9号\n", id="the-letters-own-number-alone"),
    pytest.param("成文日期2024年5月28日\n文号梅农函〔2024〕9号\n", id="no-page-label"),
    pytest.param(
        "-\n成文日期2024年5月28日\n-\n文号梅农函〔2024〕9号\n", id="lone-dashes-no-page-label"
    ),
    pytest.param("确保信息公开的时效性有效\n", id="validity-words-ending-a-line"),
]


@pytest.mark.parametrize("lines", STAYS)
def test_a_letters_own_lines_stay(lines: str) -> None:
    text = lines + LETTER
    chrome = chrome_lines(text.split("\n"))
    assert not set(chrome) & set(range(lines.count("\n")))


def test_a_body_heading_opening_with_a_plain_noun_is_the_letters() -> None:
    """信息分类 is a plain noun a letter's own heading opens with (``信息分类管理``, a reply
    on a county's data): no page's row glued to its value, so no chrome and no page shown
    (review57e: left57a's rows read it as one anywhere in the letter)."""
    text = LETTER.replace("    感谢您", "信息分类管理\n    已建立目录。\n    感谢您")
    assert "信息分类管理" in text
    assert not chrome_lines(text.split("\n"))
    assert not shows_page(text)
