"""A site's listing of the 办理单 it handles, printed above the reply: the item's title, its
row of cells (``主办单位  某局  会办单位  某局  交办日期  2021-03-02``, gaps or colons
between, or a row of unlabelled cells under the columns' heads) and the link to the item
(``详细查看``, alone under the row or at its end). The
whole listing is the page's (replyparse.chrome): its cells give no title, issuer,
salutation nor date. A letter's own form rows with no listing's link stay the letter's.
Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines, is_chrome_line

TITLE = "桐溪县教育局关于县八届人大二次会议第15号建议的答复"
LETTER = """王某代表：
您提出的《关于加强农村学校校车管理的建议》收悉，现答复如下：
今年县财政安排校车资金60万元。
感谢您对教育工作的关心和支持！
桐溪县教育局
2021年6月18日
"""
ITEM = "关于加强农村学校校车管理的建议"
ROW = "主办单位  桐溪县教育局  会办单位  桐溪县财政局  交办日期  2021-03-02"


def _chrome(text: str) -> set[str]:
    lines = text.split("\n")
    return {lines[i] for i in chrome_lines(lines)}


LISTINGS = [
    pytest.param(f"{ITEM}\n{ROW}\n详细查看", id="item-row-link"),
    pytest.param(f"{ROW}\n详细查看", id="row-link"),
    pytest.param(f"{ITEM}\n{ROW}  详细查看", id="link-at-the-rows-end"),
    pytest.param(
        f"{ITEM}\n主办单位：桐溪县教育局 会办单位：桐溪县财政局 交办日期：2021-03-02\n【查看详情】",
        id="colon-cells-bracketed-link",
    ),
    pytest.param(
        f"{ITEM}\n主办单位  桐溪县教育局\n会办单位  桐溪县财政局\n交办日期  2021-03-02\n详细查看",
        id="one-cell-a-line",
    ),
    pytest.param(f"1  {ITEM}  桐溪县教育局  2021-03-02  详细查看", id="unlabelled-cells-then-link"),
    pytest.param(
        f"序号  标题  主办单位  交办日期\n1  {ITEM}  桐溪县教育局  2021-03-02  详细查看",
        id="heads-over-unlabelled-cells",
    ),
    pytest.param(f"{ITEM}  主办单位：桐溪县教育局  查看详情", id="title-and-a-cell-then-link"),
    pytest.param(
        "主办单位 会办 交办日期\n桐溪县教育局;  桐溪县财政局;  2021-03-02\n"
        "承办单位 答复日期 答复内容\n县教育局\n2021年6月20日\n详细查看",
        id="heads-a-blank-apart-values-a-line-each",
    ),
    # (heads a copy glued, whatever its blanks, over a list of units ended with ;: fix80)
    pytest.param(
        "主办单位会办交办日期\n桐溪县教育局;桐溪县财政局;桐溪县交通局;  2021-03-02\n"
        "答复日期 承办单位答复\n县教育局\n2021年6月20日\n详细查看",
        id="heads-glued-units-listed",
    ),
    pytest.param(
        "主办单位|会办|交办日期\n桐溪县教育局;桐溪县财政局; 2021-03-02\n"
        "承办单位答复|答复日期\n县教育局\n2021年6月20日\n详细查看",
        id="heads-barred-values-a-blank-apart",
    ),
]


@pytest.mark.parametrize("listing", LISTINGS)
def test_a_listing_over_the_reply_is_the_pages(listing: str) -> None:
    assert _chrome(f"{listing}\n{TITLE}\n{LETTER}") == set(listing.split("\n"))


@pytest.mark.parametrize("listing", LISTINGS)
def test_a_listing_feeds_no_field(listing: str) -> None:
    letter = parse_text(f"{listing}\n{TITLE}\n{LETTER}")
    assert letter.title == TITLE
    assert letter.issuer == "桐溪县教育局"
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert [d.value for d in letter.dates] == ["2021-06-18"]


@pytest.mark.parametrize("listing", LISTINGS)
def test_a_listing_over_a_letter_without_title_gives_none(listing: str) -> None:
    letter = parse_text(f"{listing}\n{LETTER}")
    assert letter.title is None
    assert [d.value for d in letter.dates] == ["2021-06-18"]


def test_the_link_alone_is_the_pages() -> None:
    assert is_chrome_line("详细查看")
    assert is_chrome_line("【查看详情】")
    assert not is_chrome_line("请详细查看附件")


def test_a_sentence_before_the_link_stays() -> None:
    line = "相关材料已上传网站，请详细查看"
    assert not _chrome(f"{TITLE}\n{line}\n{LETTER}")


def test_a_letters_form_rows_without_a_link_stay() -> None:
    text = f"{ROW}\n{TITLE}\n{LETTER}"
    assert not _chrome(text)
    assert "2021-03-02" in [d.value for d in parse_text(text).dates]


def test_the_reply_title_over_the_row_stays() -> None:
    # only a proposal's own title is the listing's item: the letter's title stays
    text = f"{TITLE}\n{ROW}\n详细查看\n{LETTER}"
    assert _chrome(text) == {ROW, "详细查看"}
    assert parse_text(text).title == TITLE


_BLOCKS_APART = (
    "主办单位 会办 交办日期\n桐溪县教育局;    2021-03-02\n \n"
    "承办单位 答复日期 答复内容\n县教育局\n2021年6月20日\n详细查看"
)


@pytest.mark.parametrize(
    "listing", [*LISTINGS, pytest.param(_BLOCKS_APART, id="blocks-a-blank-line-apart")]
)
def test_a_listing_in_a_copy_that_doubled_every_line_break_is_the_pages(listing: str) -> None:
    # (a blank line after every line: only a wider gap than that parts the listing's blocks)
    letter = parse_text(f"{listing}\n{TITLE}\n{LETTER}".replace("\n", "\n\n"))
    assert letter.title == TITLE
    assert [d.value for d in letter.dates] == ["2021-06-18"]


def test_a_wider_gap_in_a_double_spaced_copy_still_ends_the_listing() -> None:
    # (the item's own form row far over the listing, three blank lines between: it stays)
    lines = ["主办单位：桐溪县教育局", "", "", "", *f"{ROW}\n详细查看\n{TITLE}".split("\n")]
    text = "\n\n".join(lines)
    assert "主办单位：桐溪县教育局" not in _chrome(text)


def test_a_few_lines_a_blank_apart_are_no_double_spaced_copy() -> None:
    # (a contact row a blank line over a listing's row, nothing else: paragraphs, not a copy
    # that doubled its line breaks; the row stays the letter's)
    text = f"\n联系人：周某    联系电话：0000-5550188\n\n{ITEM}    桐溪县教育局    2021-03-02    详细查看"
    assert "联系人：周某    联系电话：0000-5550188" not in _chrome(text)


def test_a_sentence_under_the_heads_stays() -> None:
    # (only short cells under a row of heads are its values)
    heads = "主办单位会办交办日期"
    line = "请各承办单位于本月底前报送办理情况。"
    assert _chrome(f"{heads}\n{line}\n详细查看\n{TITLE}\n{LETTER}") == {"详细查看"}
