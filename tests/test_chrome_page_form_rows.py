"""A page's form of the item over the letter (``名称 …``, ``办理部门 某局  处理状态 已办结``,
``签发人 …  发布日期 …``, then ``正文``): the status row (处理状态, 办理状态: a page's label)
and the article's label alone under the form are chrome. The form's 办理部门 is then no
authority over the title (the title names the writer), and the proposer the line under
the form names (``王某代表提出《…》。``) is the addressee, its quoted title the proposal's.
Snippets in our own words, invented names."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines
from spans import span_problems

TITLE = "某县交通运输局关于办理县十九届人大一次会议第115号建议的函"
FORM = (
    f"人大代表建议\n{TITLE}\n名称 {TITLE}\n办理部门 县交通局 处理状态 已办结\n"
    "签发人 赵某 签发日期 2022-08-03 发布日期 2022-08-05 类别 A\n"
)
BODIES = [
    pytest.param("正文\n王某代表提出《关于某某路扩宽改造的建议》。\n回复\n您所提出的改造计划，我局高度重视。\n", id="proposer-line"),
    pytest.param("【正文】\n王某代表：\n您提出的《关于某某路扩宽改造的建议》收悉。\n我局高度重视。\n", id="salutation"),
]  # fmt: skip


@pytest.mark.parametrize("body", BODIES)
def test_the_pages_form_is_no_part_of_the_letter(body: str) -> None:
    record = parse_text(FORM + body)
    assert record.issuer == "某县交通运输局"
    assert record.title == TITLE
    assert [(a.name, a.role) for a in record.addressees] == [("王某", "代表")]
    assert record.proposal is not None
    assert record.proposal.title == "关于某某路扩宽改造的建议"
    assert record.references == []
    assert span_problems(record) == []


def test_the_article_label_alone_in_a_letter_with_no_page_stays() -> None:
    lines = ["王某代表：", "正文", "您提出的建议收悉。"]
    assert chrome_lines(lines) == frozenset()


@pytest.mark.parametrize(
    ("row", "handling"),
    [
        pytest.param("签发人 赵某 签发日期 2022-08-03 发布日期 2022-08-05 类别 A", "A", id="class-cell-last"),
        pytest.param("发布日期 2022-08-05 | 办理类型：B类 | 签发人 赵某", "B", id="labelled-with-bars"),
        pytest.param("签发人 赵某 发布日期 2022-08-05 信息类别 A", None, id="another-label"),
        pytest.param("签发人 赵某 发布日期 2022-08-05 类别 建议", None, id="no-letter"),
    ],
)  # fmt: skip
def test_the_forms_class_cell_gives_the_class(row: str, handling: str | None) -> None:
    body = "正文\n王某代表：\n您提出的《关于某某路扩宽改造的建议》收悉。\n我局高度重视。\n"
    record = parse_text(f"人大代表建议\n{TITLE}\n{row}\n" + body)
    assert record.handling_type == handling
    assert span_problems(record) == []


# A site's record of the item drawn with bars, a row of it its own (处理状态), the signer's row
# right under it, then the proposal's text under 正文 and the reply under 回复 (fix7677).
BARRED_TITLE = "某县水务局关于对县九届人大二次会议第61号建议的复函"
BARRED = (
    f"标题 | {BARRED_TITLE} | ||||\n"
    "编号 | 61 | 办理部门 | 某县水务局 | 处理状态 | 已办结 |\n"
    "签发人 | 钱某某 | 签发日期 | 2098年4月9日 | 类别 | C |\n"
    "正文 |\n"
    "关于整修北渠堤岸的建议 建议：一是加固堤岸；二是清理淤泥。 |\n"
    "||||\n"
    "回复 |\n"
    "孙某某代表： 您提出的“关于整修北渠堤岸的建议”收悉，现函复如下： 我局已安排专人负责。\n"
)
# the same page a mirror copied in traditional characters, a pinyin gloss after some
GLOSSED = (
    "標(biāo)題 | 某縣水務局關(guān)于對縣九屆人大二次會議第61號建議的復(fù)函 | ||||\n"
    "編號 | 61 | 辦理部門 | 某縣水務局 | 處理狀態(tài) | 已辦結(jié) |\n"
    "簽發(fā)人 | 錢某某 | 簽發(fā)日期 | 2098年4月9日 | 類別 | C |\n"
    "正文 |\n"
    "關(guān)于整修北渠堤岸的建議 建議：一是加固堤岸；二是清理淤泥。 |\n"
    "||||\n"
    "回復(fù) |\n"
    "孫某某代表： 您提出的“關(guān)于整修北渠堤岸的建議”收悉，現函復如下： 我局已安排專人負責。\n"
)


@pytest.mark.parametrize(
    "text", [pytest.param(BARRED, id="plain"), pytest.param(GLOSSED, id="glossed")]
)
def test_a_barred_record_of_the_item_feeds_only_its_title_and_class(text: str) -> None:
    record = parse_text(text)
    assert record.dates == []  # (the 签发日期 cell is the site's record, no date of the letter)
    assert record.handling_type == "C"
    assert record.title is not None and record.title.startswith(("某县水务局", "某縣水務局"))
    assert record.title.endswith(("复函", "復(fù)函"))  # (no 回复 cell's label for title)
    assert record.issuer in ("某县水务局", "某縣水務局")
    assert record.proposal is not None and record.proposal.number == "61"
    assert span_problems(record) == []


@pytest.mark.parametrize(
    "row",
    [
        pytest.param("签发人 | 钱某某 | 签发日期 | 2098年4月9日 |", id="fewer-cells"),
        pytest.param("联系人 | 钱某某 | 联系电话 | 0000-5550123 | 类别 | C |", id="contact-row"),
    ],
)  # fmt: skip
def test_a_row_unlike_the_pages_is_no_row_of_its_table(row: str) -> None:
    lines = [
        "编号 | 61 | 办理部门 | 某县水务局 | 处理状态 | 已办结 |",
        row,
        "王某代表：",
        "您提出的建议收悉。",
    ]
    assert chrome_lines(lines) == frozenset({0})


def test_a_letters_own_signing_date_line_stays_a_date() -> None:
    text = "某县水务局关于某某的复函\n签发人：钱某某\n签发日期：2098年4月9日\n王某代表：\n您提出的建议收悉。\n"
    assert [d.value for d in parse_text(text).dates] == ["2098-04-09"]


def test_a_glossed_pages_sign_tells_the_page_in_a_copy_already_in_nfkc() -> None:
    # (half-width stops only: the view's own scan of the letter, not a search of its NFKC
    # lines, is what tells the page, and the gloss parts its sign 處理狀態(tài))
    text = (
        "編號 | 48 | 辦理部門 | 某區林業局 | 處理狀態(tài) | 已辦結(jié) |\n"
        "簽(qiān)發(fā)人 | 鄭某 | 簽(qiān)發(fā)日期 | 2097年2月6日 | 類別 | B |\n"
        "馮某代表:\n您提出的建議收悉.\n"
    )
    record = parse_text(text)
    assert record.dates == []  # (the page's 簽發日期 cell, no date of the letter)
    assert record.handling_type == "B"
    assert span_problems(record) == []
