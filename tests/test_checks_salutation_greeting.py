"""A salutation that ends with a greeting in its colon's place (赵某代表，你好！) lacks its
colon after the names, where the greeting begins: the finding points at the greeting
(its comma and its mark with it) and says so, not at the ！ alone, whose mending to ：
(赵某代表，你好：) would still be no salutation's end."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.validate import findings


def letter(salutation: str) -> str:
    """An invented reply, its salutation on line 3."""
    return (
        "某区文化旅游局\n"
        "关于修缮老街骑楼建议的答复\n"
        f"{salutation}\n"
        "　　您提出的关于修缮老街骑楼的建议收悉，现答复如下：\n"
        "　　一、我局已完成骑楼安全评估。\n"
        "　　二、修缮资金已列入明年预算。\n"
        "　　　　　　　　某区文化旅游局\n"
        "　　　　　　　　2023年9月14日\n"
    )


def colon_findings(text: str) -> list[tuple[int | None, int | None, int | None, str]]:
    return [
        (f.line, f.column, f.end_column, f.message)
        for f in findings("x.txt", parse_text(text))
        if f.code == "salutation-colon"
    ]


@pytest.mark.parametrize(
    ("salutation", "column", "shown"),
    [
        pytest.param("赵某代表，你好！", 5, "，你好！", id="comma-greeting-bang"),
        pytest.param("赵某代表,您好!", 5, ",您好!", id="half-width-marks"),
        pytest.param("赵某代表您好！", 5, "您好！", id="greeting-no-comma"),
    ],
)
def test_the_greeting_is_pointed_at_from_where_it_begins(
    salutation: str, column: int, shown: str
) -> None:
    ((line, start, end, message),) = colon_findings(letter(salutation))
    assert (line, start, end) == (3, column, len(salutation) + 1)
    assert message == (
        f"主送 line ends with a greeting ({shown}) in the colon's place; "
        "GB/T 9704-2012 7.3.2 wants ： after the names"
    )


def test_a_mark_with_no_greeting_is_still_the_mark() -> None:
    ((_, start, end, message),) = colon_findings(letter("赵某代表，"))
    assert (start, end) == (5, 6)
    assert message.startswith("主送 line ends with ， in the colon's place")


@pytest.mark.parametrize("salutation", ["赵某代表：", "赵某代表您好：", "赵某代表，您好："])
def test_a_colon_after_the_greeting_is_no_finding(salutation: str) -> None:
    assert colon_findings(letter(salutation)) == []
