"""Mirror pages that glue their chrome to the letter's title or run their footer on after
its signature (dev35): an encyclopedia's rows (``词条 | 关于…的答复 |`` / ``释义 | 王某委员：
… 某局 二00七年七月十七日 |`` then its footer), a site's note that the document no longer
holds (``文件已失效``) under its 来源 line, and the item's number in brackets after a 复文
title with its year (``…”复文（2021年第58号）``): none is part of the title, the barred
date (its zeros typed as figures or not) ends the letter, and the number note gives the
item's number, its year no date. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

ENTRY = (
    "词条 | 对某县政协五届一次会议第5号提案的答复 |\n"
    "释义 | 王某、李某委员： 你们提出的《关于规范某某建设的建议》的提案收悉。现答复如下："
    " 我们将积极配合有关部门，加大宣传力度。 某县建设局 {date} |\n"
    "随便看 |\n|\n"
    "百科全书收录100条中文百科知识，是一部内容开放的电子版百科全书。\n"
)


@pytest.mark.parametrize(
    ("date", "value"),
    [
        pytest.param("二00七年七月十七日", "2007-07-17", id="figure-zeros"),
        pytest.param("二〇〇七年七月十七日", "2007-07-17", id="numeral-zeros"),
        pytest.param("2007年7月17日", "2007-07-17", id="figures"),
    ],
)
def test_an_encyclopedia_entry_ends_at_its_barred_date(date: str, value: str) -> None:
    record = parse_text(ENTRY.format(date=date))
    assert record.title == "对某县政协五届一次会议第5号提案的答复"
    assert (record.signature.issuer, record.signature.date) == ("某县建设局", value)
    assert record.issuer == "某县建设局"
    assert span_problems(record) == []


STATUS_PAGE = """某区某街道关于某区二届人大三次会议第20230001号建议答复的函

来源：某区某街道  日期：2023-06-30
{status}

王某代表：

您提出的关于加快某某建设的建议收悉，现答复如下：

一、我街道已完成初步调研。

某区某街道办事处
2023年6月29日
"""


@pytest.mark.parametrize("status", ["文件已失效", "【现行有效】", "已废止"])
def test_a_validity_note_under_the_source_line_is_no_title(status: str) -> None:
    record = parse_text(STATUS_PAGE.format(status=status))
    assert record.title == "某区某街道关于某区二届人大三次会议第20230001号建议答复的函"


def test_a_validity_word_in_a_letter_without_a_page_is_no_title_either() -> None:
    # no page line beside it, so no chrome; but it holds no title's word under a title that
    # has reached its 文种, so the title's own rule leaves it out (test_title_chrome_after_ended)
    text = STATUS_PAGE.replace("来源：某区某街道  日期：2023-06-30\n", "")
    record = parse_text(text.format(status="文件已失效"))
    assert record.title == "某区某街道关于某区二届人大三次会议第20230001号建议答复的函"


NOTED = """“关于支持某某产业发展的建议”复文{note}

您提出的关于支持某某产业发展的建议收悉。经认真研究，现答复如下：

一、我局已印发《某某产业发展规划（2021-2030年）》。

感谢您对某某工作的关心和支持。
"""


@pytest.mark.parametrize(
    "note",
    [
        pytest.param("（2021年第1234号）", id="year-and-number"),
        pytest.param("(2021年第1234号)", id="half-width"),
        pytest.param("（第1234号）", id="number-alone"),
    ],
)
def test_a_number_note_after_a_fuwen_title(note: str) -> None:
    record = parse_text(NOTED.format(note=note))
    assert record.title == "“关于支持某某产业发展的建议”复文"
    assert record.proposal.number == "1234"
    assert [d.text for d in record.dates] == ["2021-2030年"]
    assert span_problems(record) == []
