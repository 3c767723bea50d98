"""A page that opens with an archive's label left empty (``归档时间：``), above the page's
heading and the letter: a row of the page's own data, never the 主送 line. It was read as
the salutation (addressee 归档时间, role null), and everything from it to the real
salutation became body: the title, the 发文字号 and the 公开 mark were lost. With its value
(``归档日期：2021-05-10``) it is chrome too, and its date no date of the letter.

A label of a time or a date with its colon and nothing after it (``入库时间：``, ``审核日期：``)
names no one: whatever the label, such a line is no salutation. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line

TITLE = "对某市政协五届二次会议第12号提案的答复"
LETTER = f"""政府信息公开
{TITLE}
某发改字〔2021〕8号 B类 同意公开
{TITLE}
王某委员：
您提出的《关于建设某某公园的提案》收悉。现答复如下：
我们将加快推进公园建设，力争年内开工。
某市发展和改革委员会
2021年5月8日
"""


@pytest.mark.parametrize(
    "line", ["归档时间：", "归档时间:", "归档日期：2021-05-10", "归档时间:2021-05-10"]
)
def test_an_archive_label_is_chrome(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line", ["归档时间：", "归档时间:", "归档日期：2021-05-10", "归档时间:2021-05-10"]
)
def test_an_archive_label_over_the_page_is_no_salutation(line: str) -> None:
    letter = parse_text(f"{line}\n{LETTER}")
    assert letter.title == TITLE
    assert letter.doc_number is not None and letter.doc_number.text == "某发改字〔2021〕8号"
    assert letter.handling_type == "B"
    assert letter.public is True
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "委员")]
    assert [d.value for d in letter.dates] == ["2021-05-08"]


@pytest.mark.parametrize("line", ["入库时间：", "审核日期:", "采集时间：\t"])
def test_an_empty_time_or_date_label_is_no_salutation(line: str) -> None:
    letter = parse_text(f"{line}\n{LETTER}")
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "委员")]
    assert letter.salutation == "王某委员："


@pytest.mark.parametrize(
    "salutation, people",
    [
        pytest.param("某县时间银行协会：", [("某县时间银行协会", None)], id="time-inside-a-name"),
        pytest.param("王某委员：", [("王某", "委员")], id="a-member"),
    ],
)
def test_a_salutation_with_time_inside_stays(salutation: str, people: list) -> None:
    text = LETTER.replace("王某委员：", salutation)
    assert [(a.name, a.role) for a in parse_text(text).addressees] == people
