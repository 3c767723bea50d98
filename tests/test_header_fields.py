"""Header fields: 发文字号, 办理类型, 是否公开, title and issuer, on invented snippets."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.fields.docnumber import check_doc_number, find_doc_numbers, find_year_first
from replyparse.textview import TextView

# (snippet, text, prefix, year, serial)
DOC_NUMBERS_WELL_FORMED = [
    pytest.param("西民函〔2020〕45号", "西民函〔2020〕45号", "西民函", 2020, 45, id="plain"),
    pytest.param(
        "根据《办法》（云政办发〔2019〕8号）",
        "云政办发〔2019〕8号",
        "云政办发",
        2019,
        8,
        id="after-title",
    ),
    pytest.param(
        "按照国办发〔2021〕12号要求",
        "国办发〔2021〕12号",
        "国办发",
        2021,
        12,
        id="lead-word-stripped",
    ),
    pytest.param(
        "区财政局印发西财发〔2020〕3号", "西财发〔2020〕3号", "西财发", 2020, 3, id="verb-stripped"
    ),
    pytest.param("（〔2018〕10号）", "〔2018〕10号", None, 2018, 10, id="no-prefix"),
    pytest.param("根据〔2018〕10号文件", "〔2018〕10号", None, 2018, 10, id="lead-word-is-no-code"),
    pytest.param("某办发﹝2019﹞8号", "某办发﹝2019﹞8号", "某办发", 2019, 8, id="small-brackets"),
    pytest.param(
        "的答复    某水函〔2021〕12号",
        "某水函〔2021〕12号",
        "某水函",
        2021,
        12,
        id="code-after-a-gap",
    ),
]
DOC_NUMBERS_MALFORMED = [
    pytest.param("黔自然资发[2019]15号", "[]", id="square-brackets"),
    pytest.param("某民函（2020）45号", "（）", id="round-brackets"),
    pytest.param("某民函【2020】45号", "【】", id="lenticular-brackets"),
    pytest.param("某民函〔2020〕第45号", "第", id="di"),
    pytest.param("某民函〔2020〕045号", "leading zeros", id="leading-zero"),
    pytest.param("某民函〔20〕45号", "four digits", id="two-digit-year"),
    pytest.param("某民函〔2020年〕45号", "年 written after the year", id="year-with-年"),
]
NOT_DOC_NUMBERS = [
    pytest.param("第094号建议", id="proposal-number"),
    pytest.param("关于〔2021〕第12号提案的答复", id="proposal-number-after-a-year"),
    pytest.param("〔2021〕3号代表建议", id="proposal-number-before-its-kind"),
    pytest.param("2020年45号楼", id="house-number"),
    pytest.param("GB/T 9704-2012", id="standard-code"),
]


@pytest.mark.parametrize(("snippet", "text", "prefix", "year", "serial"), DOC_NUMBERS_WELL_FORMED)
def test_doc_number_found(
    snippet: str, text: str, prefix: str | None, year: int, serial: int
) -> None:
    (found,) = find_doc_numbers(TextView(snippet))
    assert (found.item.text, found.item.prefix, found.item.year, found.item.serial) == (
        text, prefix, year, serial,
    )  # fmt: skip
    start, end = found.item.span
    assert snippet[start:end] == found.item.text


@pytest.mark.parametrize(("snippet", "problem"), DOC_NUMBERS_MALFORMED)
def test_malformed_doc_number_is_found_and_diagnosed(snippet: str, problem: str) -> None:
    view = TextView(snippet)
    (found,) = find_doc_numbers(view)
    messages = [d.message for d in check_doc_number(found, view)]
    assert any(problem in m for m in messages), messages


def test_year_first_doc_number_is_found_and_diagnosed() -> None:
    view = TextView("[2016]某政复函 3号")
    (found,) = find_year_first(view, 0, len(view.norm))
    assert (found.item.text, found.item.prefix, found.item.year, found.item.serial) == (
        "[2016]某政复函 3号", "某政复函", 2016, 3,
    )  # fmt: skip
    messages = [d.message for d in check_doc_number(found, view)]
    assert any("year written before the issuer code" in m for m in messages), messages


def test_well_formed_doc_number_has_no_diagnostic() -> None:
    view = TextView("西民函〔2020〕45号")
    assert check_doc_number(find_doc_numbers(view)[0], view) == []


@pytest.mark.parametrize("snippet", NOT_DOC_NUMBERS)
def test_not_a_doc_number(snippet: str) -> None:
    assert find_doc_numbers(TextView(snippet)) == []


HEADER = "某市民政局文件\n{line}\n某民函〔2021〕3号\n关于某某建议的答复\n张三代表：\n收悉。\n"

HANDLING = [
    pytest.param("办理类型：A", "A", id="labelled"),
    pytest.param("〔办理类型：B〕", "B", id="bracketed"),
    pytest.param("答复类型：C", "C", id="答复类型"),
    pytest.param("办复类别：A类", "A", id="办复类别-with-类"),
    pytest.param("类别：乙", "B", id="甲乙丙"),
    pytest.param("办理结果：留作参考", "C", id="result-words"),
    pytest.param("办理结果：列入计划", "B", id="result-planned"),
    pytest.param("B类", "B", id="bare"),
    pytest.param("【C类】", "C", id="bare-bracketed"),
    pytest.param("某交复函[2021]7号B类", "B", id="bare-after-doc-number"),
    # a local scheme's sub-grade digit before 类: the letter's class
    pytest.param("C2类", "C", id="graded-alone"),
    pytest.param("（B1类）", "B", id="graded-bracketed"),
    pytest.param(
        "某交复函〔2021〕7号C2类  同意公开", "C", id="graded-after-doc-number-then-public"
    ),
    pytest.param(
        "某交复函〔2021〕7号A1类同意公开", "A", id="graded-glued-between-number-and-public"
    ),
    pytest.param("某交复函〔2021〕7号(A类)", "A", id="bracketed-after-doc-number"),
    pytest.param("某交复函〔2021〕7号  D3类", "D", id="graded-after-a-gap"),
]
NOT_HANDLING = [
    pytest.param("准驾车型C2类", id="glued-to-a-word"),
    pytest.param("某交复函〔2021〕7号C12类", id="two-digit-grade"),
    pytest.param("某交复函〔2021〕7号E2类", id="no-such-class"),
]
PUBLIC = [
    pytest.param("是否公开：是", True, id="是"),
    pytest.param("〔是否公开：否〕", False, id="否"),
    pytest.param("公开属性：主动公开", True, id="主动公开"),
    pytest.param("公开属性：依申请公开", False, id="依申请公开"),
    pytest.param("公开方式：不予公开", False, id="不予公开"),
    pytest.param("是否公开：同意公开", True, id="同意公开"),
    pytest.param("（此件公开发布）", True, id="note"),
    pytest.param("是否同意公开:是", True, id="是否同意公开-half-width-colon"),
]


@pytest.mark.parametrize(("line", "expected"), HANDLING)
def test_handling_type(line: str, expected: str) -> None:
    assert parse_text(HEADER.format(line=line)).handling_type == expected


@pytest.mark.parametrize("line", NOT_HANDLING)
def test_no_handling_type(line: str) -> None:
    assert parse_text(HEADER.format(line=line)).handling_type is None


@pytest.mark.parametrize(("line", "expected"), PUBLIC)
def test_public(line: str, expected: bool) -> None:
    assert parse_text(HEADER.format(line=line)).public is expected


def test_nothing_said_gives_null_handling_and_public() -> None:
    letter = parse_text(HEADER.format(line="签发人：李四"))
    assert letter.handling_type is None
    assert letter.public is None


# Letters whose own 发文字号 stands elsewhere than above the title: (text, doc number, title)
OWN_DOC_NUMBER_PLACES = [
    pytest.param("关于某某建议的答复\n某教函〔2022〕31号\n张三代表：\n收悉。\n", "某教函〔2022〕31号", "关于某某建议的答复", id="under-the-title"),
    pytest.param("某市商务局\n答复函\n某商函〔2021〕67号　　办理结果：列入计划\n某工商联：\n收悉。\n", "某商函〔2021〕67号", "答复函", id="under-a-short-title-with-label"),
    pytest.param("关于某某建议的答复\n张三代表：\n收悉。\n某局\n2022年7月18日\n抄送：甲办。\n　　　　某文旅函〔2022〕48号\n", "某文旅函〔2022〕48号", "关于某某建议的答复", id="at-the-very-end"),
    pytest.param("000125\n秘密★1年\n特急\n某局文件\n某建复〔2022〕9号　　签发人：马某\n对某某第1号提案的答复\n王某委员：\n收悉。\n", "某建复〔2022〕9号", "对某某第1号提案的答复", id="份号-密级-特急"),
    pytest.param("是否同意公开:是\n\n办理结果:(B)\n\n建议字:〔2022〕5号\n\n对某市第三届人民代表大会第一次会议第7号建议的答复\n\n张某等2名代表:\n\n收悉。\n", "建议字:〔2022〕5号", "对某市第三届人民代表大会第一次会议第7号建议的答复", id="labelled-lines-and-建议字-code"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "doc_number", "title"), OWN_DOC_NUMBER_PLACES)
def test_own_doc_number_places(text: str, doc_number: str, title: str) -> None:
    letter = parse_text(text)
    assert letter.doc_number is not None and letter.doc_number.text == doc_number
    assert letter.title == title
    assert letter.references == []


def test_doc_number_in_a_body_line_is_a_reference() -> None:
    letter = parse_text("关于某某建议的答复\n张三代表：\n收悉。\n某教函〔2022〕31号\n正文。\n")
    assert letter.doc_number is None
    assert [r.text for r in letter.references] == ["某教函〔2022〕31号"]


def test_header_doc_number_is_the_letters_own_and_not_a_reference() -> None:
    letter = parse_text(HEADER.format(line="") + "根据某发〔2019〕2号文件。\n")
    assert letter.doc_number is not None and letter.doc_number.text == "某民函〔2021〕3号"
    assert [r.text for r in letter.references] == ["某发〔2019〕2号"]


ISSUERS = [
    pytest.param(
        "某市民政局文件\n关于X建议的答复\n张三代表：\n收悉。\n", "某市民政局", id="文件-mark"
    ),
    pytest.param(
        "某省财政厅\n关于X建议的答复\n张三代表：\n收悉。\n", "某省财政厅", id="name-alone"
    ),
    pytest.param(
        "关于X建议的答复\n张三代表：\n收悉。\n某县教育局\n2021年3月2日\n",
        "某县教育局",
        id="signature",
    ),
    pytest.param(
        "某省自然资源厅关于X建议的函\n张三代表：\n收悉。\n2021年3月2日\n",
        "某省自然资源厅",
        id="title",
    ),
    pytest.param(
        "关于X建议的答复\n张三代表：\n我局收悉。\n2021年3月2日\n", None, id="我局-names-nobody"
    ),
    pytest.param(
        "关于X建议的答复\n张三代表：\n收悉。\n某市教育局\n某市财政局\n2021年3月2日\n",
        "某市教育局",
        id="joint-signature-first",
    ),
    pytest.param(
        "某县卫生健康局对X建议的答复\n张三代表：\n收悉。\n2021年3月2日\n",
        "某县卫生健康局",
        id="title-对",
    ),
]


@pytest.mark.parametrize(("text", "issuer"), ISSUERS)
def test_issuer(text: str, issuer: str | None) -> None:
    assert parse_text(text).issuer == issuer


TITLES = [
    pytest.param("关于某区第十届人大二次会议\n第12号建议的答复\n张三代表：\n", "关于某区第十届人大二次会议第12号建议的答复", id="wrapped"),
    pytest.param("某市民政局文件\n复   函\n张三代表：\n", "复函", id="inner-spaces"),
    pytest.param("某市民政局文件\n关于X(试行)建议的答复\n张三代表：\n", "关于X(试行)建议的答复", id="half-width-kept"),
    pytest.param("关于对市五届人大四次会议\n第156号《关于加强某某\n的建议》的答复\n张三代表\n您提出的建议收悉，现答复如下：\n", "关于对市五届人大四次会议第156号《关于加强某某的建议》的答复", id="three-lines-bare-salutation"),
    pytest.param("关于X建议的答复\n张三代表：\n您提出的建议收悉，现答复如下：\n", "关于X建议的答复", id="opening-colon-is-not-salutation"),
    pytest.param("关于X建议的答复\n建议人：张三\n  • 答复内容\n  • 建议内容\n张三代表：\n您提出的建议收悉。\n", "关于X建议的答复", id="tab-strip-bullets-are-no-title"),
    pytest.param("关于X建议的答复\n某区第九届人民代表大会第二次会议\n24\n张三代表：\n您提出的建议收悉。\n", "关于X建议的答复", id="listing-cells-under-an-ended-title"),
    pytest.param("关于某区第九届人大二次会议\n第24号建议的答复\n张三代表：\n您提出的建议收悉。\n", "关于某区第九届人大二次会议第24号建议的答复", id="session-line-that-wraps-the-title-stays"),
    pytest.param("关于X建议的答复\n某县人大代表建议承办表\n张三代表：\n您提出的建议收悉。\n", "关于X建议的答复", id="form-heading-under-the-title"),
    pytest.param("对市政协二届一次会议第8号提案的答复：关于发展某某的建议\n关于市政协二届一次会议第8号提案的答复\n张三委员：\n您提出的提案收悉。\n", "关于市政协二届一次会议第8号提案的答复", id="page-heading-then-own-title"),
    pytest.param("某县水务局关于县政协二届一次会议\n第8号提案的答复\n张三委员：\n您提出的提案收悉。\n", "某县水务局关于县政协二届一次会议第8号提案的答复", id="title-wrapped-before-its-ending-is-one"),
    pytest.param("关于X建议的答复\n（此件公开发布）\n张三代表：\n您提出的建议收悉。\n", "关于X建议的答复", id="ended-title-then-a-note-is-no-restart"),
    pytest.param("某县第九届人大二次会议第23\n号建议办理单\n张三代表：\n您提出的建议收悉。\n", "某县第九届人大二次会议第23号建议办理单", id="form-heading-wrapped-is-one-title"),
    pytest.param("某县人大代表建议承办表\n张三代表：\n您提出的建议收悉。\n", "某县人大代表建议承办表", id="form-heading-alone-is-the-title"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "title"), TITLES)
def test_title(text: str, title: str) -> None:
    assert parse_text(text).title == title
