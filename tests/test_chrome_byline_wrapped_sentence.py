"""A hard-wrapped letter's sentence broken right after its 发表, its subject in hanzi glued
to 于 (``乙镇镇长赵某于2031年7月9日发表`` / ``署名文章，…``), is no post's byline: the line is
the letter's, its day a date, and it shows no page; a byline's poster is parted from its 于
by a blank or is a handle ending in a Latin letter or a figure (review63b, narrowing
fix112's byline). Snippets written for these tests; names and places invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line, shows_page
from spans import span_problems

# A post's byline: its poster parted from 于 by a blank, or a handle's Latin letter or
# figure glued to it. A subject in hanzi glued to 于 is a sentence's.
BYLINES = [
    pytest.param("某某 于2031年7月9日发表", id="blank-before-yu"),
    pytest.param("admin于2031年7月9日发表", id="handle-glued"),
    pytest.param("editor01 于 2031年07月09日发表", id="blank-after-yu-too"),
]
SENTENCE_LINES = [
    pytest.param("乙镇镇长赵某于2031年7月9日发表", id="subject-glued"),
    pytest.param("该文发表于2031年7月9日", id="published-on-glued"),
]


@pytest.mark.parametrize("line", BYLINES)
def test_a_byline_shows_a_page(line: str) -> None:
    assert is_chrome_line(line)
    assert shows_page(line + "\n")


@pytest.mark.parametrize("line", SENTENCE_LINES)
def test_a_wrapped_sentence_line_is_the_letter_s(line: str) -> None:
    assert not is_chrome_line(line)
    assert not shows_page("我局认真研究。\n" + line + "\n署名文章，介绍整治成效。\n")


WRAPPED = (
    "关于整治丙河沿岸环境的建议的答复\n\n钱某代表：\n"
    "    您提出的关于整治丙河沿岸环境的建议收悉。现答复如下：\n"
    "    乙镇镇长赵某于2031年7月9日发表\n署名文章，部署沿岸整治。我局已完成清淤。\n"
    "    感谢您对我局工作的关心和支持。\n\n甲山县水务局\n2031年9月1日\n"
)


def test_the_wrapped_sentence_keeps_its_date() -> None:
    letter = parse_text(WRAPPED, keywords=False)
    assert [d.value for d in letter.dates] == ["2031-07-09", "2031-09-01"]
    assert span_problems(letter) == []
