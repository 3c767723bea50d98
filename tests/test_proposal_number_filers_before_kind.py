"""Who filed the item, what sort it is or when it came in, written between its number and
its kind word (``第141号党派提案``, ``界别提案``, ``团体提案``, ``代表团建议``, ``闭会期间建议``,
``闭会期间代表建议``, two together, ``委员个人提案``: elements.ITEM_FILERS): the 第N号 is the
item's number, as with ``第12号代表建议``, and the kind is the word after them. Snippets are
invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.fields.docnumber import find_year_first
from replyparse.textview import TextView

OPENING = (
    "某某委员会：\n你委提出的《关于发展农村电商的建议》收悉。现答复如下：\n"
    "我厅将加大支持力度。\n某省商务厅\n2031年6月2日\n"
)


@pytest.mark.parametrize(
    ("numbered", "kind"),
    [
        ("第141号党派提案", "提案"),
        ("第141号民主党派提案", "提案"),
        ("第141号界别提案", "提案"),
        ("第141号人民团体提案", "提案"),
        ("第141号专委会提案", "提案"),
        ("第141号个人提案", "提案"),
        ("第141号代表团建议", "建议"),
        ("第141号闭会期间建议", "建议"),
        ("第141号闭会期间代表建议", "建议"),
        ("第141号委员个人提案", "提案"),
        ("第141号重点集体提案", "提案"),
    ],
)
def test_the_number_before_the_filers_is_the_items(numbered: str, kind: str) -> None:
    letter = parse_text(f"某省商务厅关于省政协九届二次会议\n{numbered}的答复\n{OPENING}")
    assert letter.proposal.number == "141"
    assert letter.proposal.session == "省政协九届二次会议"
    assert letter.proposal.kind == kind


def test_a_number_line_with_filers_is_the_items_note() -> None:
    letter = parse_text(f"第141号党派提案\n\n关于发展农村电商的答复\n{OPENING}")
    assert letter.proposal.number == "141"
    assert letter.title == "关于发展农村电商的答复"


@pytest.mark.parametrize(
    "filers", ["党派提案", "个人提案", "人大建议", "政协提案", "闭会期间建议", "委员个人提案"]
)
def test_a_year_first_number_before_filers_is_no_doc_number(filers: str) -> None:
    # (a number written year first, then its filers and kind word, is the item's as
    # 【2031】某委第12号代表建议 is: elements.NO_KIND_AFTER shares ITEM_FILERS, review58d)
    view = TextView(f"【2031】某委第12号{filers}")
    assert find_year_first(view, 0, len(view.norm)) == []
    letter = parse_text(f"【2031】某委第12号{filers}\n\n关于发展农村电商的答复\n{OPENING}")
    assert letter.doc_number is None
