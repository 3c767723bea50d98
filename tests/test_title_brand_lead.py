"""A hijacked mirror's brand in the place's seat at the head of the title, written once or
twice and its colon after it or not (``某某体育_某某投注-彩票平台:第九届…的答复``): no word of
the title, as it is none of the session's (spam60); and the same brand where the opening's
quote and the place stood before the item's title quoted whole, its opening quote lost
(``提出的<brand>修缮某某水塘的建议”``): no word of the item's title. A title's own words
that end in a brand's word stay. Names, places and the brand are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import glued, spaced
from spans import span_problems

BRAND = "星河体育在线_星河投注-彩票平台"
OWN = "第九届人民代表大会第二次会议代表第8号建议的答复"
LETTER = (
    "{title}\n\n"
    "赵某、钱某等二位代表：\n\n"
    "就二位代表提出的{brand}修缮西岭村水塘的建议”，现答复如下：\n\n"
    "我局已将该项目列入明年计划。\n\n"
    "感谢你们对林业工作的关心。\n"
)


@pytest.mark.parametrize(
    "title",
    [f"{BRAND}{BRAND}:{OWN}", f"{BRAND}：{OWN}", f"{BRAND}{OWN}"],
    ids=["twice-colon", "once-colon", "once-glued"],
)
def test_the_brand_is_no_word_of_the_title(title: str) -> None:
    record = parse_text(LETTER.format(title=title, brand=BRAND))
    assert record.title == OWN
    assert record.proposal.title == "修缮西岭村水塘的建议"
    assert span_problems(record) == []


def test_the_title_written_again_after_the_brand_in_a_flattened_head() -> None:
    # the page's heading written twice over the letter, the brand before each, flattened
    head = f"{BRAND}:{OWN}\n文件有效期: 有效\n{BRAND}:{OWN}\n{BRAND}:{OWN}"
    for flat in (spaced, glued):
        record = parse_text(flat(LETTER.format(title=head, brand="")))
        assert record.title == OWN


@pytest.mark.parametrize(
    "title",
    [
        "体育设施建设第8号建议的答复",  # (a title's own words ending in a brand's word)
        "关于加强全民体育：第8号建议的答复",
    ],
)
def test_a_titles_own_words_stay(title: str) -> None:
    record = parse_text(LETTER.format(title=title, brand=""))
    assert record.title == title


def test_the_items_title_whole_in_its_quote_without_a_brand() -> None:
    # the opening quote lost, no brand: the run after the asking words to the kind word
    record = parse_text(LETTER.format(title=OWN, brand=""))
    assert record.proposal.title == "修缮西岭村水塘的建议"


def test_a_quote_still_open_is_not_read_as_lost() -> None:
    # the closing quote closes the quote opened before it: that one's title, not a lost one
    text = LETTER.format(title=OWN, brand="").replace(
        "修缮西岭村水塘的建议”", "“修缮西岭村水塘的建议”"
    )
    record = parse_text(text)
    assert record.proposal.title == "修缮西岭村水塘的建议"
