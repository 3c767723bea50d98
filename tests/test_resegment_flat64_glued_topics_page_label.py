"""Letters glued onto one line with nothing between their lines (snippets written here,
names, places and numbers invented; docs/record.md, decided flat64).

- 意义, 概述 and 答复 end a heading as 情况 does: a reply's first point on what a measure
  is worth (一、某制度的意义), its summary of the handling (一、办理概述) and the point
  that gives the reply itself (二、对提案建议的答复); 答复意见 goes on to 意见.
- A signed date glued to a page's label that ends the letter, nothing after its colon
  (…。2099年5月10日相关附件：, …某局2099年5月10日附件下载：), is the signature's date,
  whatever the last sentence says: the page's box the copy emptied stands under the
  signature, and no sentence goes on after such a date.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = (
    "关于县九届人大二次会议第31号建议的答复张某某代表：您提出的《关于完善甲乡卫生室的建议》"
    "收悉，现答复如下："
)
_END = "感谢您对卫生工作的关心和支持。某县卫生健康局2099年6月12日"


def _headings(text: str) -> list[str]:
    return [section.heading for section in parse_text(text).sections]


def test_the_worth_of_a_measure_ends_its_heading() -> None:
    text = (
        _HEAD
        + "一、建立乡村卫生室巡诊制度的意义乡村卫生室是群众看病的第一道门，巡诊让老人少跑路。"
        + "二、我县巡诊安排的基本情况全县共有卫生室四十二个，每周巡诊一次。"
        + _END
    )
    assert _headings(text) == ["建立乡村卫生室巡诊制度的意义", "我县巡诊安排的基本情况"]


def test_a_summary_and_the_reply_point_end_their_headings() -> None:
    text = (
        _HEAD
        + "一、办理概述县卫健局收到您的建议后高度重视，组织人员到甲乡实地查看。"
        + "二、对代表建议的答复县卫健局及甲乡政府都赞同您的意见，已列入明年计划。"
        + _END
    )
    assert _headings(text) == ["办理概述", "对代表建议的答复"]


def test_a_reply_word_before_its_opinion_goes_on_to_it() -> None:
    text = (
        _HEAD
        + "一、对卫生室用房建议的答复意见甲乡卫生室用房由乡政府统一调剂，已落实两间。"
        + "二、对乡村医生待遇建议的答复意见县里已提高补助标准，按月发放到人。"
        + _END
    )
    assert _headings(text) == ["对卫生室用房建议的答复意见", "对乡村医生待遇建议的答复意见"]


@pytest.mark.parametrize("label", ["相关附件：", "附件下载：", "附件下载： "])
def test_a_date_alone_before_a_page_label_ending_the_letter(label: str) -> None:
    text = _HEAD + "甲乡卫生室的改建已列入明年计划，资金已申请。2099年6月12日" + label
    assert parse_text(text).signature.date == "2099-06-12"


def test_a_signer_and_date_before_a_page_label_ending_the_letter() -> None:
    text = _HEAD + "剩余部分由县级统筹解决。某县卫生健康局2099年6月12日附件下载："
    record = parse_text(text)
    assert (record.signature.issuer, record.signature.date) == ("某县卫生健康局", "2099-06-12")


def test_a_page_label_with_words_after_it_asks_for_the_closing_sentence() -> None:
    # a label that does not end the letter may be the page going on: a date after a body
    # sentence, with no closing sentence before it, is still no signature there
    text = _HEAD + "该项工作已于去年完成。2099年6月12日相关附件：甲乡卫生室改建方案说明"
    assert parse_text(text).signature.date is None


# review64a: where flat64's readings must not reach

_SECOND = "二、关于医生配备的情况全县共有乡村医生五十人，每村一名。"


@pytest.mark.parametrize(
    ("item", "heading"),
    [
        ("一、及时答复代表关切的问题我局收到建议后立即组织调研。", "及时答复代表关切的问题"),
        ("一、书面答复相关单位的意见已于五月底前送达各乡镇。", None),
        ("一、限时答复乡村医生反映的待遇诉求，县里已提高补助标准。", None),
    ],
    ids=["in-time", "in-writing", "in-limit"],
)
def test_a_reply_verb_with_its_object_ends_no_heading(item: str, heading: str | None) -> None:
    # 答复 the verb (及时答复, 书面答复, 限时答复), its object after it: the reply's point is
    # …的答复, a noun after 的; the verb ends no heading
    first = _headings(_HEAD + item + _SECOND + _END)[0]
    assert first == heading if heading is not None else len(first) > 4


@pytest.mark.parametrize(
    "tail",
    [
        # the date a page's cell's value, its label before it: the page's, no signature's
        "感谢您的关心。某县卫生健康局发布日期：2099年6月15日附件下载：",
        "感谢您的关心。某县卫生健康局 发布日期： 2099年6月15日 附件下载：",
        "感谢您的关心。某县卫生健康局来源：某县卫生健康局2099年6月15日相关附件：",
        # a sentence that opens with a date and leads in to what the copy lost (如下：)
        "2099年6月12日各乡进度如下：",
    ],
    ids=["date-cell", "date-cell-spaced", "source-cell", "lead-in"],
)
def test_a_page_label_after_no_signed_date(tail: str) -> None:
    text = _HEAD + "甲乡卫生室的改建已列入明年计划，资金已申请。" + tail
    assert parse_text(text).signature.date is None
