"""A body's heading that names an act on the disclosure before a government written by its
bare level (``全面推进县政府政务公开``, ``深化市政府信息公开``), alone on its line as an
unnumbered heading stands, is the letter's: no disclosure platform's name (which writes its
government's place and nothing before it), so no chrome, and the paragraph keeps it. The
platform's own name stays chrome. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines, is_chrome_line

HEADING = "全面推进县政府政务公开"
LETTER = (
    "关于加强基层政务公开工作的建议的答复\n"
    "冯某代表：\n"
    "　　您提出的建议收悉，现答复如下：\n"
    f"{HEADING}\n"
    "　　今年将加大力度，逐步把办事指南放到村务栏。\n"
    "某县人民政府办公室\n"
    "2023年4月6日\n"
)


@pytest.mark.parametrize(
    "line",
    [HEADING, "深化市政府信息公开", "加强县政府信息公开专栏", "持续做好区政府政务公开"],
)
def test_an_acts_heading_is_no_chrome(line: str) -> None:
    assert not is_chrome_line(line)


@pytest.mark.parametrize(
    "line", ["乙县人民政府信息公开", "丙市政府政务公开平台", "某某自治县人民政府信息公开"]
)
def test_a_platforms_name_stays_chrome(line: str) -> None:
    assert is_chrome_line(line)


def test_the_heading_stays_in_the_letter() -> None:
    assert chrome_lines(LETTER.split("\n")) == frozenset()
    letter = parse_text(LETTER)
    assert letter.title == "关于加强基层政务公开工作的建议的答复"
    assert letter.signature.issuer == "某县人民政府办公室"
