"""A joint reply's header mark listing its authorities with 、 or ， (``某县教育局、某县财政局``,
``…文件`` after them or not) on a line above the title: a header line, as one authority's
name alone there is, never the title's first line; the issuer is the first authority, as the
signature gives the first."""

from __future__ import annotations

import pytest

from replyparse import parse_text

BODY = (
    "王某代表：\n您提出的建议收悉，现答复如下：\n感谢您的关心和支持。\n"
    "某县教育局　　某县财政局\n2024年5月10日\n"
)
TITLE = "关于县十八届人大二次会议第14号建议的答复"

# (the header line over the title, the issuer)
LISTED = [
    pytest.param("某县教育局、某县财政局", "某县教育局", id="two-with-dun"),
    pytest.param("某县教育局，某县财政局", "某县教育局", id="two-with-comma"),
    pytest.param("某县教育局、某县财政局文件", "某县教育局", id="two-then-文件"),
    pytest.param("中共某县委组织部、某县人力资源和社会保障局", "中共某县委组织部", id="party-and-government"),
    pytest.param("某县教育局、某县财政局、某县住房和城乡建设局", "某县教育局", id="three"),
]  # fmt: skip


@pytest.mark.parametrize(("header", "issuer"), LISTED)
def test_listed_joint_mark(header: str, issuer: str) -> None:
    text = f"{header}\n{TITLE}\n{BODY}"
    letter = parse_text(text)
    assert letter.title == TITLE
    assert letter.issuer == issuer
    assert letter.issuer_span is not None
    start, end = letter.issuer_span
    assert text[start:end] == issuer


def test_listed_joint_mark_over_a_doc_number() -> None:
    letter = parse_text(f"某县教育局、某县财政局\n某教函〔2024〕5号\n{TITLE}\n{BODY}")
    assert (letter.issuer, letter.title) == ("某县教育局", TITLE)
    assert letter.doc_number is not None and letter.doc_number.text == "某教函〔2024〕5号"


# Near-misses: a title that opens with its joint issuers stays whole, and so does one broken
# inside the list's words; a list whose last part is no authority is no mark.
NOT_MARKS = [
    pytest.param(
        "某县教育局、某县财政局关于县十八届人大二次会议\n第14号建议的答复",
        "某县教育局、某县财政局关于县十八届人大二次会议第14号建议的答复",
        id="title-opening-with-the-list",
    ),
    pytest.param(
        "某县教育局、某县财政局对县十八届人大二次会议\n第14号建议的答复",
        "某县教育局、某县财政局对县十八届人大二次会议第14号建议的答复",
        id="title-opening-with-the-list-and-对",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("head", "title"), NOT_MARKS)
def test_title_opening_with_the_list_stays_whole(head: str, title: str) -> None:
    letter = parse_text(f"{head}\n{BODY}")
    assert letter.title == title
    assert letter.issuer == "某县教育局"


def test_list_ending_in_no_authority_is_no_mark() -> None:
    letter = parse_text(f"某县教育局、某县财政局调研\n{TITLE}\n{BODY}")
    assert letter.title != TITLE
