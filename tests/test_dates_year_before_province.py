"""A year in figures with no 年 right before a province's name or the country's, inside a
cited title (``《关于…纳入2031某省…规划的建议》``), is a date: the year of the plan the
title names (fix99; dev99's gold). Only there, and only before such a name: the same
figures in prose, before another name or after a code's letter or figure, stay none.
Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

CITED = "《关于将某县茶叶纳入2031江西省特色产业集群建设规划的建议》"
LETTER = """王某代表：
您提出的{cited}收悉，现答复如下：
我厅将认真研究，积极争取支持。
感谢您对农业农村工作的关心和支持。
江西省某某厅
2031年5月6日"""


def _years(cited: str) -> list[tuple[str, str]]:
    letter = parse_text(LETTER.format(cited=cited))
    return [(d.text, d.value) for d in letter.dates if d.precision == "year"]


@pytest.mark.parametrize(
    "cited",
    [
        pytest.param(CITED, id="book-title-marks"),
        pytest.param(CITED.replace("《", "“").replace("》", "”"), id="quotes"),
        pytest.param(CITED.replace("江西省", "中国"), id="country"),
        pytest.param(CITED.replace("江西省", "广西壮族自治区"), id="region-short-name"),
    ],
)
def test_a_bare_year_before_a_province_in_a_cited_title_is_a_date(cited: str) -> None:
    assert _years(cited) == [("2031", "2031")]


def test_the_proposal_title_keeps_the_year() -> None:
    letter = parse_text(LETTER.format(cited=CITED))
    assert letter.proposal.title == CITED.strip("《》")


@pytest.mark.parametrize(
    "cited",
    [
        # another name after the figures: the list is the provinces'
        pytest.param(CITED.replace("江西省", "某市"), id="not-a-province"),
        # a code's letter or a figure before them
        pytest.param(CITED.replace("2031", "G2031"), id="after-a-letter"),
        pytest.param(CITED.replace("2031", "12031"), id="after-a-figure"),
        # in the letter's prose, out of any title
        pytest.param("建议，并在2031江西省会议上交流", id="in-prose"),
        # a title closed before the figures
        pytest.param("《关于茶叶的建议》2031江西省", id="after-the-title"),
    ],
)
def test_other_bare_figures_stay_none(cited: str) -> None:
    assert _years(cited) == []


@pytest.mark.parametrize(
    "cited",
    [
        # (review61e) the second year of a range written with no 年: the title names the
        # plan's period, never its last year alone (第3-5月 gives no 5月 either)
        pytest.param(CITED.replace("2031", "2026至2031"), id="range-to"),
        pytest.param(CITED.replace("2031", "2026—2031"), id="range-dash"),
        pytest.param(CITED.replace("2031", "2026~2031"), id="range-tilde"),
        pytest.param(CITED.replace("2031", "2026——2031"), id="range-long-dash"),
        # (review61e) a standard's code, its letters a blank before its figures (GB 5749)
        pytest.param(CITED.replace("2031", "GB 2031"), id="code-after-a-blank"),
        pytest.param(CITED.replace("2031", "GB/T 2031"), id="code-with-slash-after-a-blank"),
    ],
)
def test_a_range_s_last_year_or_a_code_s_figures_stay_none(cited: str) -> None:
    assert _years(cited) == []


@pytest.mark.parametrize(
    "cited",
    [
        # (review61e) a blank or a word before the year is no range or code
        pytest.param(CITED.replace("纳入2031", "纳入 2031"), id="after-a-blank"),
        pytest.param(CITED.replace("2031", "第二批2031"), id="after-a-word"),
    ],
)
def test_a_year_after_a_blank_or_a_word_stays_a_date(cited: str) -> None:
    assert _years(cited) == [("2031", "2031")]
