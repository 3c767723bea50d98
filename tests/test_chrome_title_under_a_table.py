"""A letter's title right under a page's metadata table is the letter's, not the table's.

Two ways a page's table took the first line of an authority-led title (某县某局关于…, 某镇对…)
that a hard-wrapped copy printed over two lines, the first cut mid-title so it neither
opens with 关于 nor ends as a title does:
- as the rest of a table row that happened to fill the printed width (the row was whole);
- as the value of the table's last label standing alone (``有效性：|``), whose cell was empty.
Texts are invented.
"""

from __future__ import annotations

import random

import pytest

from perturb import _hard_wrapped
from replyparse import parse_text
from replyparse.chrome import chrome_lines, wrapped_rest

ROW = "文 号: | 某文旅函〔2022〕25号 | 所属主题: | 2022年度 | 发布机构: | 某县文化局 |"


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        pytest.param("某县文化和旅游局关于对某县政协第十届委", False, id="bureau-then-guanyu"),
        pytest.param("某县某镇对县政协十一届四次会议第5号提案《关", False, id="town-then-dui"),
        pytest.param("某县街道对县十届人大二次会议第3号建", False, id="street-office-then-dui"),
        pytest.param("公开", True, id="a-cells-rest-stays-chrome"),
    ],
)
def test_a_title_cut_mid_title_is_no_rest_of_a_row(rest: str, expected: bool) -> None:
    assert wrapped_rest(ROW, rest) is expected


def test_a_title_under_the_tables_last_empty_cell_is_not_its_value() -> None:
    lines = [
        "索引号：0000/2025-001",
        "发布机构：某县某镇",
        "有效性：",
        "某县某镇对县政协十一届四次会议第5号提案《关",
        "于加强道路亮化的建议》的答复",
        "王某委员：",
    ]
    assert 3 not in chrome_lines(lines)


def test_a_value_under_its_label_stays_chrome() -> None:
    lines = ["索引号：", "0000/2025-001", "发布机构：", "某县某镇", "王某委员："]
    assert {0, 1, 2, 3} <= chrome_lines(lines)


TITLE = "某县文化和旅游局关于对某县政协第十届委员会第一次会议第49号提案的答复"


def _page(width: int) -> str:
    """An invented page whose 文号 row is exactly ``width`` columns wide: whole, it fills the
    printed line as a row that wrapped would."""
    row = "文 号: | 某文旅函〔2022〕25号 | 所属主题: | {} |"
    cols = sum(2 if ord(ch) > 0x2E80 else 1 for ch in row.format(""))
    return "\n".join(
        [
            "索引号: | 2022-07-05-00000014 | 发布机构: | 某县文化和旅游局 |",
            "生效日期: | 2022-06-30 | 废止日期: | |",
            row.format("2022年度" + "某" * ((width - cols - 8) // 2)),
            TITLE,
            "王某、李某委员:",
            "你们在县政协第十届委员会第一次会议提出的第49号提案《关于某广场更名的提案》已转交我局办理。"
            "接到提案后我局高度重视，及时召开会议对你们所提出的提案进行深入研究，现答复如下：",
            "一、广场的设计和布局在设计之初已广泛征求意见，主题以本地的民族文化元素为主，"
            "反映出我县的历史人物和传统文化的传承保护情况。",
            "二、我局将向有关部门和某镇人民政府提出建议，在合适的地点另建纪念设施，"
            "让参观的群众更能感受到红色文化的氛围。",
            "某县文化和旅游局",
            "2022年6月16日",
        ]
    )


@pytest.mark.parametrize("seed", range(5))
def test_a_hard_wrapped_pages_authority_led_title_stays_whole(seed: int) -> None:
    width = 2 * random.Random(seed).randint(26, 30)  # (the width _hard_wrapped draws first)
    text = _hard_wrapped(_page(width), None, random.Random(seed))  # type: ignore[arg-type]
    assert TITLE not in text.split("\n")  # (the title is printed over two lines)
    assert parse_text(text).title == TITLE
