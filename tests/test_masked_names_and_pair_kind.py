"""fix110: names a site masks for privacy with the surname and the last character kept
(``李*兴``, ``欧阳×某``) are names as written wherever a name stands: a contact's name
(its masked mobile kept as written, ``139****0000``), glued to the phone's label or not,
and a salutation's names written without the colon. ``建议提案`` right after the item's
quoted title (``“…”的建议提案收悉``) or its number is the letter's word for the item, the
pair a site files both kinds under, read whole and ranked last as ``议案建议`` is; an
unquoted ``关于…的建议提案`` keeps its reading (title ``关于…的建议``, kind ``提案``).
A text copy's metadata list glued with no blanks (``- 某栏目-索引号…-发布机构某局-文号…``)
parts at its dashes, so the title glued after it stands alone.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

BODY = "我局已将该路段列入明年养护计划，届时将组织施工。\n感谢您对交通工作的关心和支持。\n"
CLOSE = "壬县交通运输局\n2099年5月6日\n"


def _letter(head: str, contact: str = "") -> str:
    return head + BODY + (contact + "\n" if contact else "") + CLOSE


OPENING = "王某代表：\n您提出的《关于拓宽某路的建议》收悉。现答复如下：\n"


@pytest.mark.parametrize(
    ("row", "name", "phone"),
    [
        ("联系人及电话：李*兴 13800000000", "李*兴", "13800000000"),
        ("联系人：李*兴    联系电话：139****0000", "李*兴", "139****0000"),
        ("联系人：欧阳×某，电话：0000-5550123", "欧阳×某", "0000-5550123"),
        ("联系人：李*兴电话：0000-5550123", "李*兴", "0000-5550123"),
        ("联系人：赵**  电话：0000-5550123", "赵**", "0000-5550123"),
        ("联系人：李某兴电话：0000-5550123", "李某兴", "0000-5550123"),
    ],
)
def test_masked_contact_name_as_written(row: str, name: str, phone: str) -> None:
    letter = parse_text(_letter(OPENING, row), keywords=False)
    assert [(c.name, c.phone) for c in letter.contacts] == [(name, phone)]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("李*兴代表", ["李*兴"]),
        ("李*兴、王×明代表", ["李*兴", "王×明"]),
        ("赵**、李*兴代表", ["赵**", "李*兴"]),
        ("李*兴代表：", ["李*兴"]),
    ],
)
def test_masked_salutation_names(line: str, names: list[str]) -> None:
    head = (
        "关于县第十届人大二次会议第12号建议的答复\n"
        f"{line}\n您提出的《关于拓宽某路的建议》收悉。现答复如下：\n"
    )
    letter = parse_text(_letter(head), keywords=False)
    assert [a.name for a in letter.addressees] == names


def _kind(head: str) -> str | None:
    letter = parse_text(_letter(head), keywords=False)
    return letter.proposal.kind if letter.proposal else None


def test_pair_after_quoted_title_is_the_kind() -> None:
    head = "钱某委员：\n您提出的关于“某河两岸整治”的建议提案收悉，现答复如下：\n"
    assert _kind(head) == "建议提案"


def test_pair_ranks_last_under_a_title_word() -> None:
    head = (
        "关于县政协九届二次会议第7号提案的答复\n钱某委员：\n"
        "您提出的“某河两岸整治”的建议提案收悉，现答复如下：\n"
    )
    assert _kind(head) == "提案"


@pytest.mark.parametrize(
    "sentence",
    [
        "根据“两会”建议提案办理要求，现将有关情况答复如下：",
        "按照“两会”建议提案交办要求，您提出的关于某河两岸整治的问题收悉，现答复如下：",
        # (review63a: the asking word in a clause or a sentence before asks another thing)
        "您提出的问题已收悉，根据“两会”建议提案办理要求，现答复如下：",
        "您提出的问题已收悉。根据“两会”建议提案办理要求，现答复如下：",
    ],
    ids=[
        "campaign-lead",
        "campaign-before-the-item",
        "asked-a-clause-before",
        "asked-a-sentence-before",
    ],
)
def test_pair_after_a_campaigns_quote_is_no_kind(sentence: str) -> None:
    # (left63: a quote that is no item's title, no asking word before it, no title's shape
    # inside it and nothing done with the item after the pair, reads as the words unquoted)
    assert _kind("钱某委员：\n" + sentence + "\n") != "建议提案"
    unquoted = sentence.replace("“", "").replace("”", "")
    assert _kind("钱某委员：\n" + sentence + "\n") == _kind("钱某委员：\n" + unquoted + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "您提出的“关于某河两岸整治的意见”建议提案收悉，现答复如下：",
        "“某河两岸整治”建议提案收悉，现答复如下：",
        "您提出的“两会”建议提案收悉，现答复如下：",
    ],
    ids=["titled-quote", "received-after", "asked-before"],
)
def test_pair_after_the_items_quote_is_the_kind(sentence: str) -> None:
    assert _kind("钱某委员：\n" + sentence + "\n") == "建议提案"


def test_unquoted_phrase_keeps_its_reading() -> None:
    head = "钱某委员：\n您提出的关于加快某河两岸整治的建议提案收悉，现答复如下：\n"
    letter = parse_text(_letter(head), keywords=False)
    assert letter.proposal is not None
    assert letter.proposal.kind == "提案"
    assert letter.proposal.title == "关于加快某河两岸整治的建议"


def test_suggesting_verb_stays_a_verb() -> None:
    head = "钱某委员：\n您提出的《关于某河整治的提案》建议将某河纳入规划，现答复如下：\n"
    assert _kind(head) == "提案"


def test_glued_dash_list_parts_at_its_dashes() -> None:
    title = "壬县交通运输局对县人大代表建议第12号的答复"
    page = (
        "- 人大建议和政协提案-索引号000012345/2099-00123-发布机构县交通运输局"
        "-文号壬交函〔2099〕8号-发布日期2099-05-07-时效性有效"
        f"{title}王某代表:您提出的《关于拓宽某路的建议》收悉。现答复如下:"
    )
    body = (
        "一、基本情况我局于2099年3月派员到现场踏勘，该路段路面破损，雨季积水严重。"
        "二、办理情况我局已将该路段列入明年养护计划，由县公路事务中心负责组织施工，"
        "施工期间将设置警示标志，保障群众出行安全。感谢您对交通工作的关心和支持。"
    )
    letter = parse_text(page + body + CLOSE.replace("\n", ""), keywords=False)
    assert letter.title == title
    assert letter.doc_number is not None
    assert letter.doc_number.text == "壬交函〔2099〕8号"
