"""Page chrome between a letter's title and its salutation: a list's bulleted rows of the
page (``· 索引号：…``, ``• 日期：2024-03-08``) and the heading of a panel of linked
interpretations alone on its line (``访谈解读:``, ``相关解读``, ``【图解】``). They were read as
the addressee (``访谈解读``) or the salutation; they are the page's, and the salutation
under them is read. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line

TITLE = "关于市政协五届三次会议第47号提案的答复"
LETTER = """
尊敬的孙某委员：
    您提出的《关于完善社区养老服务的提案》收悉，现答复如下：
    我局将认真研究，逐步推进。
青川市民政局
2024年3月6日
"""

LINES = [
    pytest.param("• 日期：2024-03-08", id="bulleted-date"),
    pytest.param("· 时间:2024-03-08 10:15", id="bulleted-time"),
    pytest.param("访谈解读:", id="interview-reading"),
    pytest.param("相关解读：", id="related-reading"),
    pytest.param("图解:", id="diagram"),
    pytest.param("【图解】", id="diagram-bracketed"),
]


@pytest.mark.parametrize("line", LINES)
def test_the_line_is_chrome(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", LINES)
def test_the_salutation_under_it_is_read(line: str) -> None:
    letter = parse_text(f"{TITLE}\n{line}{LETTER}")
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("孙某", "委员")]
    assert letter.salutation == "尊敬的孙某委员："
    assert [d.value for d in letter.dates] == ["2024-03-06"]


def test_a_run_of_them_under_the_title() -> None:
    head = "· 索引号：00000000/2024-00031\n• 日期：2024-03-08\n访谈解读:"
    letter = parse_text(f"{TITLE}\n{head}{LETTER}")
    assert [(a.name, a.role) for a in letter.addressees] == [("孙某", "委员")]
    assert [d.value for d in letter.dates] == ["2024-03-06"]


STAYS = [
    pytest.param("日期：2024年3月8日", id="date-line-without-bullet"),
    pytest.param("政策解读工作还需加强。", id="sentence"),
    pytest.param("一、政策解读：", id="numbered-heading"),
    pytest.param("• 加强政策解读", id="bulleted-item"),
]


@pytest.mark.parametrize("line", STAYS)
def test_a_letters_line_stays(line: str) -> None:
    assert not is_chrome_line(line)
