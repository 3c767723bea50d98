"""A form flattened with nothing between its rows: a label of the kind that opens with
words of its own (``委员反馈意见：``, ``代表反馈意见：``) glued after the figures of the row
before it (a phone's). The label starts at its own words, right after the figures: they
are no contact's name (``…电话：0000-5550123委员反馈意见：`` read ``委员`` as a contact
before). A label glued after words, or the same label on its line, read as before."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = (
    "关于某某提案的答复某某委员：您提出的提案收悉，现答复如下：我局已安排专人督办。"
    "感谢您对我们工作的支持。某县公安局交通警察大队2099518"
    "承办负责人：王某某138xxxx0000承办人及联系电话：王某某0000-5550123{who}反馈意见："
)


@pytest.mark.parametrize("who", ["委员", "代表"])
def test_the_row_label_opens_at_its_own_words(who: str) -> None:
    letter = parse_text(LETTER.format(who=who))
    assert [(c.name, c.phone) for c in letter.contacts] == [("王某某", "0000-5550123")]


def test_the_label_on_its_own_line_is_read_as_before() -> None:
    text = LETTER.format(who="").replace("反馈意见：", "\n委员反馈意见：")
    letter = parse_text(text)
    assert [(c.name, c.phone) for c in letter.contacts] == [("王某某", "0000-5550123")]
