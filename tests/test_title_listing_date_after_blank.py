"""A listing's item over the letter, its title with the page's date in figures after a blank
on its line (``• 对…的答复 2099-01-02``), gives the title and no date of the letter: the page
stamps its list item so, as when the date is glued to the title (fix117). Snippets in our own
words, invented names."""

from __future__ import annotations

import pytest

from replyparse import parse_text

BODY = (
    "\n周某委员：\n"
    "接到某市政协第九届二次会议第0123号“关于扶持某某产业的建议”的提案，现答复如下：\n"
    "一、加强扶持\n"
    "截止2098年底，已扶持企业12家。\n"
)


@pytest.mark.parametrize(
    "item",
    [
        "  • 对市政协九届二次会议第0123号提案的答复 2099-01-02",
        "• 对市政协九届二次会议第0123号提案的答复\t2099.01.02",
        "对市政协九届二次会议第0123号提案的答复2099-01-02",
    ],
)
def test_the_items_date_is_the_pages(item: str) -> None:
    record = parse_text("当前位置: 首页 > 建议提案办理\n" + item + "\n" + BODY)
    assert record.title == "对市政协九届二次会议第0123号提案的答复"
    assert [d.value for d in record.dates] == ["2098"]


def test_a_date_on_the_line_under_the_title_is_read_as_before() -> None:
    # (a line of its own in the letter: the rule for a page's date alone on its line)
    record = parse_text("对某事项的答复\n2099年1月2日\n" + BODY)
    assert "2098" in [d.value for d in record.dates]
