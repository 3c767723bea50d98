"""A site that sets its article in a table's cell prints its bar after the letter's signed
date (``…2019年4月12日 |``) and its listing of other articles after that: news teasers cut
at the list's width, five or more, each longer than a page's furniture line. On lines of
its own under the date the chrome drops the listing; a copy flattened onto one line (the
re-segmenter breaks it at the bar) or a listing the site's footer follows leaves it under
the date, where it must not cost the letter its signed date. Lines under the date that
hold a label's colon (a contact), or no bar after the date, keep the old reading.
Snippets written for these tests; places, names and numbers invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.closing import _listing_after_barred_date
from replyparse.resegment import resegment
from replyparse.textview import TextView

_LETTER = (
    "某县林业局对县五届人大三次会议第012号建议的答复 "
    "王某某等代表： 你们提出的“关于加强村道绿化管护”的建议收悉，现答复如下： "
    "我局高度重视，已安排专人负责村道两侧苗木的补植和管护，今年共补植苗木三千株。 "
    "感谢你们对林业工作的关心和支持。 顺致 工作顺利！ 2019年4月12日"
)
_TEASERS = (
    "春分时节某县各乡镇掀起植树热潮，干部群众齐上阵，一派繁忙",
    "某县文化馆馆刊2024年第3期（上）（总第18期）目 录馆长寄语",
    "岁末年初，某县召开全县经济工作会议，总结2023年工作并部署",
    "迎新春送温暖慰问活动走进某镇敬老院，为老人们送去米面油等",
    "元宵佳节怎么过？某县文旅推出十二项活动，邀您一起来逛灯会",
)


def test_a_flattened_listing_after_the_bar_leaves_the_date() -> None:
    text = _LETTER + " | " + " ".join(_TEASERS) + "\n"
    record = parse_text(text, keywords=False)
    assert record.signature.date == "2019-04-12"


def test_the_listing_on_its_lines_with_a_footer_after_it() -> None:
    footer = "主办单位：某县人民政府办公室  承办单位：某县信息中心\n版权所有 未经许可不得转载\n"
    text = _LETTER.replace(" ", "\n") + " |\n" + "\n".join(_TEASERS) + "\n" + footer
    record = parse_text(text, keywords=False)
    assert record.signature.date == "2019-04-12"


def test_a_tidy_letter_keeps_its_date() -> None:
    record = parse_text(_LETTER.replace(" ", "\n") + "\n", keywords=False)
    assert record.signature.date == "2019-04-12"


def _last_line_listed(text: str) -> bool:
    """Whether the rule reads the view's last line with text as the page's listing."""
    view = resegment(TextView(text))
    lines = view.lines
    last = max(i for i, line in enumerate(lines) if line.text.strip())
    return _listing_after_barred_date(view, lines, last, 0)


def test_the_rule_reads_the_flattened_listing() -> None:
    # (after the bar typed full width: the view's own rule, which drops a listing run on
    # after a plain bar, leaves it to this one)
    assert _last_line_listed(_LETTER + " ｜ " + " ".join(_TEASERS) + "\n")


def test_the_view_drops_the_flattened_listing_after_a_plain_bar() -> None:
    view = resegment(TextView(_LETTER + " | " + " ".join(_TEASERS) + "\n"))
    assert _TEASERS[0] not in view.norm


@pytest.mark.parametrize(
    "under",
    [
        " | 联系人：张某 " + " ".join(_TEASERS),  # a contact's label among them
        " | " + " ".join(_TEASERS) + " 2019年4月12日",  # the date again, alone
        " | " + " ".join(_TEASERS) + " 电话0000000000",  # a phone's digits
        " " + " ".join(_TEASERS),  # no bar after the date
    ],
    ids=["a-contact", "a-date-alone", "a-phone", "no-bar"],
)
def test_the_rule_leaves_lines_that_are_no_listing(under: str) -> None:
    assert not _last_line_listed(_LETTER + under + "\n")


def test_no_bar_no_listing() -> None:
    # the same long lines under the date with no bar after it are no page's listing: the
    # closing is read as before (the date is not taken past a paragraph)
    text = _LETTER.replace(" ", "\n") + "\n" + "\n".join(_TEASERS) + "\n"
    before = parse_text(text, keywords=False)
    assert before.signature.date is None


def test_a_bar_before_the_date_on_its_line_is_a_table_row() -> None:
    # the date a row's second cell (| 日期 | 2019年4月12日 |): a table, no article's cell
    text = (
        _LETTER.replace(" ", "\n").replace("2019年4月12日", "| 日期 | 2019年4月12日 |")
        + "\n"
        + "\n".join(_TEASERS)
        + "\n"
    )
    record = parse_text(text, keywords=False)
    assert record.signature.date is None
