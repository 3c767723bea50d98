"""A page's byline printed with no blank between the article's stamp (its date in figures
and its clock time) and the page's cells: ``2099-03-04 10:20来源：`` (the 来源 left empty)
or ``2099-03-04 10:20:30来源：某局`` over the title is the site's line, never a salutation
or a title's line; a letter's own lines that only open with a date stay.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line

TITLE = "关于癸市政协九届二次会议第0425号提案答复的函"
LETTER = (
    TITLE + "\n\n"
    "癸水函〔2099〕18号\n\n"
    "周某某委员：\n\n"
    "您提出的《关于加强小区消防通道管理的提案》收悉。现答复如下：\n\n"
    "我局已会同各街道对老旧小区消防通道开展排查，清理堆放杂物四十余处，"
    "并在重点路段施划禁停标线。下一步将建立长效巡查机制。\n\n"
    "感谢您对我们工作的关心和支持。\n"
)


@pytest.mark.parametrize(
    "byline",
    ["2099-03-04 10:20来源：", "2099-03-04 10:20:30来源：某局办公室", "2099/3/4 10:20作者：来源："],
)
def test_stamp_glued_to_cells_is_chrome(byline: str) -> None:
    assert is_chrome_line(byline)
    letter = parse_text(byline + "\n\n" + LETTER, keywords=False)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("周某某", "委员")]
    assert letter.doc_number is not None and letter.doc_number.text == "癸水函〔2099〕18号"
    assert letter.dates == []


@pytest.mark.parametrize(
    "line",
    [
        "2099-03-04 10:20来源于群众反映",  # (no label: a sentence's words)
        "2099-03-04 10:20来源：某街道办事处：",  # (a salutation glued after an empty cell)
        "2099-03-04来源：某局",  # (no clock: not the page's stamp)
        "2099-03-04 10:20来源：经研究，现答复如下。",  # (a sentence, no cell's value)
    ],
)
def test_lines_that_only_open_so_stay(line: str) -> None:
    assert not is_chrome_line(line)


def test_tidy_letter_keeps_its_reading() -> None:
    letter = parse_text(LETTER, keywords=False)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("周某某", "委员")]
