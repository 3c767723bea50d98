"""A page's byline row a print broke over two printed lines where neither line is chrome by
itself (``2031-3-4 00:00| 发布者: 某县人民政府| 查看: 17| 评论:`` over ``0|来自: 某县政府
门户网``): in a hard-wrapped copy both lines are the page's, as the row on one line is, and
its date is no date of the letter's, nor its cells a salutation's names (an earlier round
read them as the letter's addressees). In a letter that keeps a paragraph to a line the
two lines are read as before. Snippets invented (wrap66)."""

from __future__ import annotations

from replyparse import parse_text
from replyparse.chrome import chrome_lines
from replyparse.printwidth import columns
from snippets import printed

WIDTH = 56

ROW = ["2031-3-4 00:00| 发布者: 某县人民政府| 查看: 17| 评论: ", "0|来自: 某县政府门户网"]
LETTER = [
    "某县人民政府办公室关于县政协五届三次会议第21号提案的复函",
    "",
    "民革某县支部：",
    "　　你支部在县政协五届三次会议上提出的《关于改造县城老旧供水管网的建议》收悉，现将有关"
    "情况函复如下。",
    "　　近年来，县委、县政府高度重视县城供水安全，投入资金对水厂进行了提标改造，配备了专职"
    "水质检测人员，先后完成了城区主干管网的更新，县城供水保障能力明显提升。",
    "　　为进一步保障县城供水安全，县政府研究决定，拟投入资金对城区老旧支管网进行改造，现已"
    "完成前期勘测设计工作，待审查通过后立即按程序组织实施，预计年底前完成主体工程建设。",
    "",
    "某县人民政府办公室",
    "2031年3月2日",
]


def test_a_byline_row_broken_over_two_printed_lines_is_the_pages() -> None:
    assert columns(ROW[0].rstrip()) + columns("0|") >= WIDTH - 2
    lines = [LETTER[0], "", *ROW, "", *printed(LETTER[1:], WIDTH)]
    assert {2, 3} <= chrome_lines(lines)
    record = parse_text("\n".join(lines))
    assert [a.name for a in record.addressees] == ["民革某县支部"]
    assert "2031-03-04" not in [d.value for d in record.dates]


def test_the_two_lines_in_a_letter_kept_a_paragraph_a_line_are_read_as_before() -> None:
    lines = [LETTER[0], "", *ROW, "", *LETTER[1:]]
    assert not {2, 3} & chrome_lines(lines)
