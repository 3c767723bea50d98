"""date-impossible names what is wrong with the date: a day 0 (a typist's 0 for a figure
left out) is no day of any month, and the message says so rather than giving the month's
length as if the day were past its end."""

from __future__ import annotations

from replyparse import parse_text

LETTER = (
    "某县林业局\n\n关于县人大九届四次会议第0031号建议的答复\n\n刘某代表：\n"
    "　　您提出的《关于加强林区防火通道建设的建议》收悉。现答复如下：\n"
    "　　我局今年新修防火通道八公里。\n　　感谢您对林业工作的关心。\n\n"
    "　　　　　　　　某县林业局\n　　　　　　　　{date}\n"
)


def impossible(date: str) -> list[str]:
    letter = parse_text(LETTER.format(date=date), keywords=False)
    return [d.message for d in letter.diagnostics if d.code == "date-impossible"]


def test_day_zero_is_named_as_such() -> None:
    (message,) = impossible("2023年4月0日")
    assert "there is no day 0" in message
    assert "has 30 days" not in message


def test_day_past_the_month_still_gives_its_length() -> None:
    (message,) = impossible("2023年4月31日")
    assert "2023年4月 has 30 days" in message


def test_a_tidy_date_gives_nothing() -> None:
    assert impossible("2023年4月30日") == []
    assert impossible("2024年2月29日") == []
