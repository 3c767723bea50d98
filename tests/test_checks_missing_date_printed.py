"""A letter whose only date at its end is the 印发 date of its 版记 (``2021年6月5日 印发``
under the authority, ``某局办公室  2021年6月7日印发`` after the 抄送 list, ``印发：`` over
its office and date) gives no 成文日期: the 印发 date is when the letter was printed
(GB/T 9704-2012 7.4.3), not when it was written, so the signature's date stays null, as
before. ``missing-date`` now says so, naming the date it did not take, where it said only
that no date line was found (and a reader saw a date at the end of the letter)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

NO_DATE = "no 成文日期 (date line) at the end of the letter"


def letter(tail: str) -> str:
    """An invented reply ending with ``tail``."""
    return (
        "某县林业局\n"
        "关于加强古树名木保护建议的答复\n"
        "汪某代表：\n"
        "　　您提出的关于加强古树名木保护的建议收悉，现答复如下：\n"
        "　　我局已完成全县古树名木普查，并逐株挂牌保护。\n"
        f"{tail}"
    )


def missing(text: str) -> list[str]:
    return [d.message for d in parse_text(text).diagnostics if d.code == "missing-date"]


@pytest.mark.parametrize(
    ("tail", "written"),
    [
        pytest.param("　　　　某县林业局\n　　　　2022年4月8日 印发\n", "2022年4月8日", id="gap"),
        pytest.param("　　　　某县林业局\n　　　　2022年4月8日印发\n", "2022年4月8日", id="glued"),
        pytest.param(
            "　　　　某县林业局\n抄送：县人大常委会选工委。\n某县林业局办公室　　2022年4月9日印发\n",
            "2022年4月9日",
            id="after-cc",
        ),
        pytest.param(
            "　　　　某县林业局\n抄送：县人大常委会选工委。\n印发：某县林业局办公室　2022年4月9日\n",
            "2022年4月9日",
            id="label",
        ),
    ],
)
def test_the_printing_date_is_named(tail: str, written: str) -> None:
    text = letter(tail)
    assert missing(text) == [
        f"{NO_DATE}: {written} is the date its 版记 was printed (印发), not the date of writing"
    ]
    assert parse_text(text).signature.date is None  # as before: no date of writing


# must not match: a letter with its date, one with no date at all


def test_a_dated_letter_with_a_printing_line_gives_no_finding() -> None:
    tail = (
        "　　　　某县林业局\n　　　　2022年4月8日\n抄送：县人大常委会选工委。\n"
        "某县林业局办公室　　2022年4月9日印发\n"
    )
    assert missing(letter(tail)) == []
    assert parse_text(letter(tail)).signature.date == "2022-04-08"


@pytest.mark.parametrize(
    "tail",
    [
        "　　　　某县林业局\n",
        "　　　　某县林业局\n某县林业局办公室印发\n",
        "　　　　某县林业局\n　　经研究，县林业局2022年4月8日印发的通知已转达。\n",
    ],
    ids=["no-date", "printing-line-without-date", "sentence-telling-of-a-notice"],
)
def test_no_date_at_all_is_said_as_before(tail: str) -> None:
    assert missing(letter(tail)) == [NO_DATE]
