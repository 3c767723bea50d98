"""A page's metadata table in a hard-wrapped copy (each printed line a line, the letter's
paragraphs wrapped at one width): the 文号 cell broken where its row filled the printed
line, inside its number (``文 号 某人社函〔2031〕`` over ``101号``) or inside its label (``…
| 文`` over ``号: | 某监函〔2031〕285号 |``). The cell is read across the break, its span
over the line's end, as the page's copy of the letter's own number (an earlier round read
none). A number the letter does not finish on the next line stays unread. Snippets
invented (wrap66)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.printwidth import columns
from snippets import printed
from spans import span_problems

WIDTH = 56  # (28 hanzi a printed line)

BODY = [
    "周某某代表：",
    "　　您提出的关于在丙镇建设一处零工驿站的建议收悉，经我局认真研究，现答复如下：",
    "　　今年以来，我局会同丙镇人民政府对镇区的零工需求开展了摸底调查，共走访用工企业"
    "二十六家、零工人员三百余人，初步确定在镇文化广场东侧设置零工驿站一处，配备信息发布屏"
    "和休息座椅，计划于年内建成投入使用。驿站建成后由镇劳动保障所负责日常管理，定期发布"
    "岗位信息，组织技能培训，为零工人员提供便捷的就业服务。",
    "　　感谢您对人力资源和社会保障工作的关心和支持。",
    "",
    "某市人力资源和社会保障局",
    "2031年4月22日",
]


NUMBER = "某人社函〔2031〕101号"


@pytest.mark.parametrize(
    "table",
    [
        pytest.param(
            ["索 引 号 XM00000-00-00-2031-001 主题分类 公开答复",
             "发布机构 某市人力资源和社会保障局办公室 文 号 某人社函〔2031〕",
             "101号",
             "生成日期 2031-04-22"],
            id="number-cut",
        ),
        pytest.param(
            ["索引号: | 000000000/2031-00175 | 信息分类: | 建议提案 |",
             "标题: | 关于市十五届人大三次会议第0106号建议的答复 | 文",
             "号: | 某人社函〔2031〕101号 |",
             "时效: | 有效 |"],
            id="label-cut",
        ),
    ],
)  # fmt: skip
def test_a_number_cell_broken_at_the_printed_width_is_read(table: list[str]) -> None:
    assert columns(table[1]) >= WIDTH - 2  # (the row filled the printed line)
    text = "\n".join([*table, "", *printed(BODY, WIDTH)])
    record = parse_text(text)
    assert record.doc_number is not None
    assert record.doc_number.text.replace("\n", "") == NUMBER
    assert record.doc_number.serial == 101
    assert span_problems(record) == []


def test_a_number_left_unfinished_stays_unread() -> None:
    table = [
        "索 引 号 XM00000-00-00-2031-001 主题分类 公开答复",
        "发布机构 某市人力资源和社会保障局办公室 文 号 某人社函〔2031〕",
        "生成日期 2031-04-22",
    ]
    record = parse_text("\n".join([*table, "", *printed(BODY, WIDTH)]))
    assert record.doc_number is None
