"""A page's row glued to the title's line with no break (``…的答复发布时间：2099-01-02来源：
某局``, ``…的答复2099/01/02 某局 8123``, ``…的答复2099年1月2日``), which the view sets on lines of
its own, and the page's date glued before or its row after the page's heading that writes
the title again over the letter: the page's stamp and cells, no date of the letter's, as
they are on a line the letter gives them (record.md, dates); the site's or its publisher's
name glued after the title (``…的答复｜某局``) is the page's too, no issuer's mark (title58).
A date in Chinese numerals
glued after the title, and the letter's own dates, stay the letter's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

TITLE = "关于县十九届人大二次会议第12号建议的答复"
BODY = (
    "林小岚代表：\n您提出的关于加强林地管护的建议收悉，现答复如下：\n"
    "我局已于2099年3月4日组织人员巡查，清理枯木两吨。\n感谢您的关心和支持。\n\n"
    "某县林业局\n2099年5月6日\n"
)
OWN = ["2099-03-04", "2099-05-06"]


def _dates(text: str) -> list[str]:
    return [d.value for d in parse_text(text, keywords=False).dates]


@pytest.mark.parametrize(
    "row",
    [
        pytest.param("发布时间：2098-07-08来源：某市人民政府", id="cells"),
        pytest.param("发布时间:2098-07-08", id="half-width"),
        pytest.param(" 发布时间：2098-07-08 来源：某市人民政府", id="blank-before"),
        pytest.param("2098/07/08某县教育局31415", id="date-site-serial"),
        pytest.param("2098/07/08 某县教育局 31415", id="date-site-serial-spaced"),
        pytest.param("文号：成文日期：2098.07.08发布日期：2098/07/09", id="table-cells"),
        pytest.param("2098年7月8日", id="date-in-figures"),
    ],
)
def test_row_after_the_title_is_the_pages(row: str) -> None:
    text = f"某县林业局\n{TITLE}{row}\n\n{BODY}"
    letter = parse_text(text, keywords=False)
    assert letter.title == TITLE
    assert [d.value for d in letter.dates] == OWN


@pytest.mark.parametrize("lead", ["2098/07/08", "2098-07-08 ", "[2098年07月08日]"])
def test_date_before_the_pages_heading_is_the_pages(lead: str) -> None:
    text = f"{lead}{TITLE}\n\n某县林业局\n{TITLE}\n\n{BODY}"
    assert _dates(text) == OWN


@pytest.mark.parametrize(
    "row", ["发布时间：2098-07-08来源：某市人民政府", "2098/07/08某县教育局31415"]
)
def test_row_after_the_pages_heading_is_the_pages(row: str) -> None:
    text = f"{TITLE}{row}\n\n某县林业局\n{TITLE}\n\n{BODY}"
    assert _dates(text) == OWN


@pytest.mark.parametrize(
    "site", ["｜某市教育局", " - 某市教育局", "-某市教育局", "某市教育局门户网站", "_某市教育局"]
)
def test_site_after_the_title_names_no_issuer(site: str) -> None:
    letter = parse_text(f"{TITLE}{site}\n\n{BODY}", keywords=False)
    assert letter.title == TITLE
    assert letter.issuer == "某县林业局"
    assert [d.value for d in letter.dates] == OWN


# Must not match
def test_a_flattened_heads_mark_after_the_title_stays_the_issuer() -> None:
    # (the authority, then its 发文字号 and the salutation on the same line: the head's mark)
    text = f"{TITLE} 某市教育局 某教函〔2099〕1号 " + BODY.replace("\n", " ")
    letter = parse_text(text, keywords=False)
    assert letter.issuer == "某市教育局"


def test_chinese_numerals_after_the_title_stay_the_letters() -> None:
    text = f"某县林业局\n{TITLE}二〇九八年七月八日\n\n{BODY}"
    assert "2098-07-08" in _dates(text)


def test_a_heading_that_is_no_copy_of_the_title_keeps_its_date() -> None:
    text = f"2098-07-08关于林地管护工作的通报\n\n某县林业局\n{TITLE}\n\n{BODY}"
    assert "2098-07-08" in _dates(text)


def test_the_letters_own_lines_keep_their_dates() -> None:
    assert _dates(f"某县林业局\n{TITLE}\n\n{BODY}") == OWN


@pytest.mark.parametrize("gap", [" ", "  ", "\u3000\u3000"])
def test_an_authority_a_blank_sets_after_the_title_stays_the_issuer(gap: str) -> None:
    # (the head's issuer written on the title's line after blanks, the signature without
    # it: no page writes its site so, with no bar, dash or 网站 (review65b); pert65's rule
    # had dropped it as the page's site)
    text = f"{TITLE}{gap}某市教育局\n\n" + BODY.replace("某县林业局\n", "")
    letter = parse_text(text, keywords=False)
    assert letter.title == TITLE
    assert letter.issuer == "某市教育局"


def test_the_page_date_in_figures_is_written_once() -> None:
    from replyparse.fields import title

    core = title._PAGE_DATE_FIGURES
    assert core in title._FIGURES_DATE.pattern
    assert title._ROW_OPENS.pattern.startswith(core)
    for date in ("2099-01-02", "2099/1/2", "2099.01.02"):
        assert title._FIGURES_DATE.fullmatch(date) and title._ROW_OPENS.match(date)
    for mixed in ("2099-01/02", "2099.1-2"):
        assert not title._FIGURES_DATE.fullmatch(mixed) and not title._ROW_OPENS.match(mixed)


# Decided (left70): the letter's own 成文日期 label alone glued after the title, no page's cell
# beside it, is read as on its line: its date is the letter's (pert65's row claimed it; a
# page's table writes it among its cells, 文号：成文日期：…发布日期：…, and stays the page's).
def test_the_letters_own_dated_label_after_the_title_keeps_its_date() -> None:
    text = f"某县林业局\n{TITLE}成文日期：2099-05-06\n\n{BODY}"
    letter = parse_text(text, keywords=False)
    assert letter.title == TITLE
    assert [d.value for d in letter.dates] == ["2099-05-06", *OWN]


# Decided (left70): a page's cell whose value is a date, its clock after it or not, glued
# before the title (成文日期：2099-05-06关于…, 发布时间：2099-05-06 10:30 关于…, a bare
# 日期：… too) ends with its date: the title after it whole, in every copy (an earlier round
# read no title, or the clock as the title's first words).
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "cell",
    [
        "成文日期：2099-05-06",
        "发布时间：2099-05-06 10:30",
        "日期：2099-05-06",
        "发布日期：2099年5月6日",
    ],
)
def test_a_dated_cell_glued_before_the_title_ends_with_its_date(
    flatten: Callable[[str], str], cell: str
) -> None:
    letter = parse_text(flatten(f"{cell}\n{TITLE}\n{BODY}"), keywords=False)
    assert letter.title == TITLE
