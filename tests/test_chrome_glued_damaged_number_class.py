"""A saved page flattened onto one line: after the page's cells and a table's empty bars
(``浏览量：1 | | | |``), the letter's 发文字号 that lost its closing bracket with its class
mark glued after it (``壬水字〔209913B1类``) is the letter's, not the page's cells' run: the
number, the class and the publication mark after it are read, and the page's heading stays
out of the title. A count's value in figures alone, glued class mark or not, is no number.
"""

from __future__ import annotations

import re

from replyparse import chrome, parse_text

BODY = (
    "尊敬的王某某委员：\n你提出的《关于改善乡村供水的建议》已收悉，现答复如下：\n"
    "我局已组织人员对全县乡村供水工程开展排查，维修管网十二处，新建蓄水池六座。\n"
    "下一步，我局将持续加强供水工程养护，每季度开展一次巡查，对发现的问题限期整改。\n"
    "感谢您对水利工作的关心和支持。\n"
    "壬县水利局\n2099年1月2日\n"
)
PAGE = (
    "对壬县政协九届三次会议第8号建议的答复\n"
    "来源:壬县政府网   日期: 2099-01-03 16:01\n"
    "浏览量:1 | | | |\n\n"
    "                     壬水字〔209913B1类 同意公开\n\n"
    "对壬县政协九届次会议第8号建议的\n\n" + BODY
)


def _flattened(page: str, between: str) -> str:
    return between.join(line.strip() for line in page.split("\n") if line.strip())


def test_damaged_number_and_class_glued_after_page_cells() -> None:
    for between in ("", " "):
        letter = parse_text(_flattened(PAGE, between), keywords=False)
        assert letter.doc_number is not None and letter.doc_number.text == "壬水字〔209913", between
        assert letter.handling_type == "B", between
        assert letter.public is True, between
        assert letter.title == "对壬县政协九届次会议第8号建议的", between


def test_tidy_page_keeps_its_reading() -> None:
    letter = parse_text(PAGE, keywords=False)
    assert letter.doc_number is not None and letter.doc_number.text == "壬水字〔209913"
    assert letter.handling_type == "B"


def test_figures_alone_are_no_damaged_number() -> None:
    assert chrome._DAMAGED_NUMBER.match("壬水字〔209913B1类") is not None
    assert chrome._DAMAGED_NUMBER.match("浏览量1234B1类") is None
    assert not re.fullmatch(chrome._DAMAGED_NUMBER.pattern, "点击〔2099")
