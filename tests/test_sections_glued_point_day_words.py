"""An inline ``二是`` to ``九是`` glued to a word is the run's next point where a flattened
copy lost the stop before it (flat117), but not where its numeral completes a day or a
school's year (``每周二是闭馆日``, ``星期三是``, ``正月初二是``): the sentence's words, the
run's next point the one the letter numbers after (review64b). Snippets are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text

_FORMS: dict[str, Callable[[list[str]], str]] = {
    "lined": "\n".join,
    "blank": " ".join,
    "glued": "".join,
}


def _points(lines: list[str], form: str) -> list[tuple[str, str | None]]:
    record = parse_text(_FORMS[form](lines), keywords=False)
    return [
        (child.marker, child.heading)
        for section in record.sections
        for child in [section, *section.children]
    ]


@pytest.mark.parametrize("form", list(_FORMS))
@pytest.mark.parametrize(
    "sentence",
    ["每周二是闭馆维护日。", "每逢星期二是集中办理日。", "正月初二是开馆首日。"],
)
def test_a_day_s_numeral_opens_no_point(form: str, sentence: str) -> None:
    lines = [
        "关于延长乙山县图书馆开放时间的答复",
        "周某代表：",
        "您提出的关于延长县图书馆开放时间的建议收悉。现答复如下：",
        f"一是延长夜间开放时间。{sentence}下一步将视情况调整。",
        "二是增加自助借阅设备。今年新增设备四台。",
        "感谢您的关心。",
        "乙山县文化和旅游局",
        "2031年5月6日",
    ]
    points = _points(lines, form)
    assert ("二是", "增加自助借阅设备") in points
    assert [marker for marker, _ in points].count("二是") == 1
