"""Readings decided at fix109 (dev109), snippets written here, names and numbers invented.

- A 发文字号 that lost its 号, its serial after 第 right after the year's closing bracket
  (``提案(某公复)字(2031)第16``), and its code holding a round-bracketed note (``(某公复)``),
  alone on a header line: the letter's own number, as written.
- A page's metadata table whose rows open with a cell left empty (``存放位置``, ``文  号``)
  before the next cell (``公开日期  2031-09-10``, ``公开方式  主动公开``): the page's, its
  date no date of the letter's and its publication cell no ``public``.
- A page's heading that notes the item's own title in brackets between the kind word and
  the reply's ending (``…第309号提案（关于…的建议）的答复``) gives the number where the
  letter's own title, cut by the page, writes none.
- A page that prints the item's record (``领衔代表：`` / ``附议代表：`` / the proposal's
  text, no label) over the reply's label (``提案答复``) and the salutation: the text's year
  is the proposal's, no date of the letter's.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems


def _read(text: str):  # type: ignore[no-untyped-def]
    record = parse_text(text)
    assert span_problems(record) == []
    return record


_HEAD = "甲山县公安局\n\n{number}\n\n对甲山县政协六届三次会议第12号提案的答复\n\n"
_BODY = "王某某委员：\n您提出的《关于增设某路口信号灯的建议》收悉，现答复如下：\n我局已完成安装。\n"


@pytest.mark.parametrize(
    "number",
    [
        "提案(甲公复)字(2031)第16",
        "甲公复字(2031)第16",
        "甲公复〔2031〕第16",
        "提案(甲公复)字(2031)16",
    ],
)
def test_number_that_lost_its_hao(number: str) -> None:
    record = _read(_HEAD.format(number=number) + _BODY)
    assert record.doc_number is not None
    assert record.doc_number.text == number
    assert record.doc_number.year == 2031
    assert record.doc_number.serial == 16
    assert record.title == "对甲山县政协六届三次会议第12号提案的答复"
    assert record.issuer == "甲山县公安局"


def test_whole_number_with_di_is_read_as_before() -> None:
    record = _read(_HEAD.format(number="提案(甲公复)字(2031)第16号") + _BODY)
    assert record.doc_number is not None
    assert record.doc_number.text == "提案(甲公复)字(2031)第16号"


def test_sentence_with_bracketed_year_and_di_is_no_number() -> None:
    text = _HEAD.format(number="") + _BODY.replace("我局已完成安装。", "见会议纪要(2031)第16期。")
    assert _read(text).doc_number is None


_TABLE = (
    " 索 引 号  0000000000/gaj/2031-0000165  发布机构  甲山市公安局\n"
    " 存放位置   公开日期  2031-09-10\n"
    " 文  号   公开方式  主动公开\n"
    " 信息名称  对市政协六届三次会议第309号提案(关于拓宽某国道甲山段的建议)的答复\n"
    "\n对市政协六届三次会议第309号提案(关于拓宽某国道甲山段的建议)的答复\n\n"
    "甲山市公安局\n\n"
    "对市政协六届三次会议第309\n\n"
    "尊敬的王某委员：\n您提出的《关于拓宽某国道甲山段的建议》收悉，现答复如下：\n"
    "一是加强宣传。今年以来开展宣传活动20余次。\n"
)


def test_page_table_with_empty_cells_is_chrome() -> None:
    record = _read(_TABLE)
    assert record.dates == []
    assert record.public is None
    assert record.issuer == "甲山市公安局"


def test_heading_with_bracketed_item_title_gives_the_number() -> None:
    record = _read(_TABLE)
    assert record.title == "对市政协六届三次会议第309"
    assert record.proposal.number == "309"
    assert record.proposal.session == "市政协六届三次会议"
    assert record.proposal.title == "关于拓宽某国道甲山段的建议"


_RECORD = (
    "领衔代表：王某某\n"
    "附议代表：李某、赵某某\n"
    "2031年度某河保洁单位已调整，但某河清洁情况仍不理想，建议尽快清理。\n"
    "提案答复\n"
    "王某某等代表：\n"
    "你们提出的《关于某河清洁的提案》已收悉，现答复如下：\n"
    "我镇已于2031年5月联系相关部门定期清理。\n"
)


def test_record_over_the_reply_label_gives_no_date() -> None:
    record = _read(_RECORD)
    assert [d.text for d in record.dates] == ["2031年5月"]
    assert [a.name for a in record.addressees] == ["王某某"]
    assert record.proposal.title == "关于某河清洁的提案"


def test_one_row_over_the_text_keeps_its_date() -> None:
    record = _read(_RECORD.replace("附议代表：李某、赵某某\n", ""))
    assert [d.text for d in record.dates] == ["2031年", "2031年5月"]


def test_letter_line_over_the_rows_keeps_its_date() -> None:
    record = _read("甲山镇人民政府\n" + _RECORD)
    assert [d.text for d in record.dates] == ["2031年", "2031年5月"]


@pytest.mark.parametrize(
    "title",
    [
        "关于甲山县政协提案(2031)第16",
        "对甲山县政协提案〔2031〕第16",
        "关于甲山县政协提案〔2031〕16",
    ],
)
def test_title_cut_after_its_items_serial_is_no_number(title: str) -> None:
    # (review62c: a title's words before the bracketed year make no issuer's code)
    record = _read(f"甲山县公安局\n\n{title}\n\n" + _BODY)
    assert record.doc_number is None
    assert record.title == title
