"""A 成文日期 with figures after it on its line (closing.py, ``without_code``): a postcode or
an area code a form's cell or a letterhead set beside the date (``2024年5月10日 650000``), or
a stray number; a landline its dash parts (``2024年5月10日 0000-5550123``) or a clock time
(``2024年5月10日 10:30``). The figures are no part of the date: the authority signs and the date is
the signature's (an earlier round read the line as none and lost both). Snippets in our own
words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import signature_of
from spans import span_problems

HEAD = (
    "关于拓宽某镇集市道路的建议的答复\n赵某代表：\n"
    "您提出的建议收悉。我局已将该路段列入明年养护计划。\n感谢您对交通工作的支持。\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("某县交通运输局\n2024年5月10日 650000", id="postcode-apart"),
        pytest.param("某县交通运输局\n2024年5月10日650000", id="postcode-glued"),
        pytest.param("某县交通运输局\n2024年5月10日\u3000\u30000871", id="area-code"),
        pytest.param("某县交通运输局\n2024年5月10日 3", id="stray-number"),
        pytest.param("某县交通运输局\n二〇二四年五月十日 650000", id="numerals"),
        pytest.param("某县交通运输局  2024年5月10日 650000", id="authority-line"),
        pytest.param(
            "某县交通运输局\n2024年5月10日 650000\n联系人：钱某  联系电话：5550123",
            id="contact-below",
        ),
        # a landline its dash parts, a phone cell whose label the copy lost (left61a)
        pytest.param("某县交通运输局\n2024年5月10日 0000-5550123", id="landline-dash"),
        pytest.param("某县交通运输局\n2024年5月10日0000—5550123", id="landline-glued"),
        pytest.param("某县交通运输局\n2024年5月10日 (0000)5550123", id="landline-bracket"),
        pytest.param("某县交通运输局  2024年5月10日  0000-5550123", id="landline-signer-line"),
        # a clock time a page or a typist set beside the date (left61a)
        pytest.param("某县交通运输局\n2024年5月10日 10:30", id="clock"),
        pytest.param("某县交通运输局\n2024年5月10日 9：05：30", id="clock-seconds"),
        pytest.param("某县交通运输局  2024年5月10日 16:45", id="clock-signer-line"),
    ],
)
def test_the_date_signs_without_the_figures_after_it(closing: str) -> None:
    text = HEAD + closing + "\n"
    assert signature_of(text) == ("某县交通运输局", "2024-05-10")
    assert span_problems(parse_text(text, keywords=False)) == []


@pytest.mark.parametrize("after", ["650000", "0000-5550123", "10:30"])
def test_the_date_span_ends_at_its_day(after: str) -> None:
    text = HEAD + f"某县交通运输局\n2024年5月10日 {after}\n"
    span = parse_text(text, keywords=False).signature.date_span
    assert span is not None
    assert text[span[0] : span[1]] == "2024年5月10日"


@pytest.mark.parametrize(
    "closing",
    [
        # a date in figures: its day and the figures after it one run once the blank is gone
        pytest.param("某县交通运输局\n2024.5.10 650000", id="figures-date"),
        # a sentence that ends with a date and a number is the body's
        pytest.param("截至2024年5月10日共计1200", id="sentence"),
        # figures past a clock's hours, or a dash with no area code before it, are no
        # clock and no landline: the line stays unread
        pytest.param("某县交通运输局\n2024年5月10日 25:30", id="no-clock"),
        pytest.param("某县交通运输局\n2024年5月10日 12-5550123", id="no-landline"),
    ],
)
def test_no_date_read_there(closing: str) -> None:
    assert signature_of(HEAD + closing + "\n")[1] is None
