"""An article's row under its title that says when and by whom it was posted: the moment
in figures with its clock time, the office that posted it, then the page's cells of who
wrote or passed it, left empty or short (``2024-05-20 09:15   市某局 审核人:``). It was
read into the salutation (addressees ``2024-05-20``, ``09:15``, the office, ``审核人``) and
its date was a date of the letter. A letter dates itself with 年月日 and writes no clock
time: such a row is the page's (on a page: its tools under the letter). Snippets are
invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line

LETTER = """某市某局对市五届人大二次会议第88号建议答复的函
{row}

王某某代表:

你提出的《关于某公园照明的建议》(第88号建议)收悉,现答复如下:

我局已对公园照明设施进行了改造,效果良好。感谢您对我局工作的关心和支持。

某市某局
2024年5月18日

打印本页  关闭窗口
"""


@pytest.mark.parametrize(
    "row",
    [
        "2024-05-20 09:15   市某局 审核人:",
        "2024-05-20 09:15 市某局 审核人:",
        "2024-05-20 09:15:06 市某局 责任编辑:",
        "2024-05-20 09:15 审核人:李某",
        "2024/05/20 09:15 市某局 作者: 审核人:",
    ],
)
def test_a_posted_row_is_chrome(row: str) -> None:
    assert is_chrome_line(row)
    letter = parse_text(LETTER.format(row=row))
    assert letter.salutation == "王某某代表:"
    assert [(a.name, a.role) for a in letter.addressees] == [("王某某", "代表")]
    assert [d.value for d in letter.dates] == ["2024-05-18"]
    assert letter.signature.date == "2024-05-18"


@pytest.mark.parametrize(
    "line",
    [
        "2024年5月20日 审核人:李某",  # (a letter's own date, 年月日)
        "2024-05-20 市某局 审核人:",  # (no clock time)
        "2024-05-20 09:15 市某局 请审核人员尽快办理。",
        "审核人:李某",
    ],
)
def test_no_posted_row(line: str) -> None:
    assert not is_chrome_line(line)
