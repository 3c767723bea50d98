"""A contact's row whose name label lost its head in copying (``人：`` for 联系人：), in a
letter copied with its line breaks lost and nothing in their place: the row is glued after
the last sentence (``…望您多加指导。人：李某电话：…``). A sentence never goes on with a
label's colon, a name and a phone's label: the row is a line of its own and the name the
contact's. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = "青石县水务局关于县九届人大二次会议第8号建议的答复程某代表：你提出的关于整修水渠的建议收悉，现答复如下："
BODY = "我局已将该水渠列入今年的整修计划，汛期前完工。感谢你对水利工作的关心和支持{end}"
SIGNED = "青石县水务局2099年6月3日"


@pytest.mark.parametrize("end", ["。", "！"])
@pytest.mark.parametrize("phone", ["电话：0000-5550123", "联系电话：0000-5550123"])
def test_headless_name_label_after_a_sentence(end: str, phone: str) -> None:
    letter = parse_text(HEAD + BODY.format(end=end) + "人：李某某" + phone + SIGNED, keywords=False)
    assert [(c.name, c.phone) for c in letter.contacts] == [("李某某", "0000-5550123")]


# Must not match: 人： after a word inside a sentence (责任人：), no sentence's end before it
def test_person_label_inside_a_sentence() -> None:
    body = "我局已将该水渠列入计划，责任人：李某某电话：0000-5550123。感谢你的关心。"
    letter = parse_text(HEAD + body + SIGNED, keywords=False)
    assert letter.contacts == []
