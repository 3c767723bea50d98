"""A saved page flattened onto one line: the page's row of metadata under the title (a
clock, the publishing body, then a label such as ``审核人：`` left empty) runs on into the
salutation. The publishing body, a cell with a gap after it and a label the next cell, is
spoken to by none: the salutation is the names and role with their colon after the label.
A body addressed without a colon and spoken to (``你局``), and the tidy page, keep theirs.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

PAGE = (
    "市人大代表建议答复\n首页>>\n"
    "某市交通运输局对市九届人大二次会议第12号建议答复的函\n"
    "2099-03-04 09:30   市交通运输局 审核人:\n"
    "{salutation}\n"
    "你提出的《关于增设公交站点的建议》（第12号建议）收悉，现答复如下：\n"
    "我局已组织线路调查，将于年内增设站点两处。\n"
    "感谢你对交通工作的关心。\n"
    "某市交通运输局\n"
    "2099年3月4日\n"
    "关闭窗口\n"
    "主办：某市人民政府办公室\n"
    "网站标识码：0000000000   某ICP备00000000号-1\n"
)


def _addressees(text: str) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.role) for a in parse_text(text, keywords=False).addressees]


@pytest.mark.parametrize("sep", ["", " "], ids=["glued", "spaced"])
def test_person_after_the_metadata_row_is_the_salutation(sep: str) -> None:
    page = PAGE.format(salutation="郑某某代表:")
    flat = sep.join(line.strip() for line in page.split("\n") if line.strip())
    assert _addressees(page) == [("郑某某", "代表")]
    assert _addressees(flat) == [("郑某某", "代表")]


def test_body_spoken_to_without_colon_is_kept() -> None:
    text = (
        "某市交通运输局关于市九届人大二次会议第12号建议的复函 乙县交通运输局 "
        "你局提出的关于增设公交站点的建议收悉，现答复如下：我局已组织线路调查。"
        "某市交通运输局2099年3月4日"
    )
    assert _addressees(text) == [("乙县交通运输局", None)]
