"""A date written whole in round brackets, alone on its line under the title or glued to
its end (``（2024年3月1日）``, as a published copy dates the reply), is a header element:
no part of the title. A bracket holding more than the date (``（2024年3月1日起施行）``), a
year alone or one bracket only is no such date, and the title keeps it."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于市十五届人大三次会议第8号建议的答复"
TEXT = (
    "{head}\n王某代表：\n您提出的建议收悉，现答复如下：\n感谢您的关心和支持。\n"
    "某市民政局\n2024年6月1日\n"
)

DATED = [
    pytest.param(TITLE + "\n（2024年6月1日）", id="line-under-title"),
    pytest.param(TITLE + "\n(2024年6月1日)", id="half-width-brackets"),
    pytest.param(TITLE + "（2024年6月1日）", id="glued-to-title"),
    pytest.param(TITLE + "\n（2024.6.1）", id="dotted"),
]


@pytest.mark.parametrize("head", DATED)
def test_date_is_no_part_of_the_title(head: str) -> None:
    assert parse_text(TEXT.format(head=head), keywords=False).title == TITLE


# (the title's lines, the title read)
KEPT = [
    pytest.param(
        "关于《某条例（2024年6月1日起施行）》\n执行情况建议的答复",
        "关于《某条例（2024年6月1日起施行）》执行情况建议的答复",
        id="more-than-the-date",
    ),
    pytest.param(
        "关于某某规划\n（2024年）编制的建议的答复",
        "关于某某规划（2024年）编制的建议的答复",
        id="year-alone",
    ),
]


@pytest.mark.parametrize(("head", "title"), KEPT)
def test_title_keeps_it(head: str, title: str) -> None:
    assert parse_text(TEXT.format(head=head), keywords=False).title == title
