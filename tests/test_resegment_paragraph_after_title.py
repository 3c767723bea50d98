"""A reply that restates the proposal before its salutation, copied with its line breaks
lost (a blank or nothing where each broke): the title, ending as a reply's does, runs on
into the restated paragraph (``某局关于…第8号建议的答复近年来…。因此建议：…王某代表：…``).
A title holds no sentence: it ends at its reply ending, the paragraph is the letter's.
Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "青石县水务局关于县九届人大二次会议第8号建议的答复"
RESTATED = (
    "近几年来村里的灌溉水渠多处淤塞，部分农田在春耕时无水可用，群众意见较大。"
    "因此建议：一、尽快清理淤塞渠段。二、建立日常看护制度。"
)
REST = (
    "程某、周某代表：你们提出的《关于整治村级灌溉水渠的建议》已收悉，现答复如下："
    "我局已将该水渠列入今年的整修计划，汛期前完工。感谢你们对水利工作的关心和支持！"
    "青石县水务局 2099年6月3日"
)


@pytest.mark.parametrize("join", [pytest.param(" ", id="blank"), pytest.param("", id="glued")])
@pytest.mark.parametrize("title", [TITLE, TITLE.removeprefix("青石县水务局")])
def test_title_ends_before_the_restated_paragraph(join: str, title: str) -> None:
    letter = parse_text(join.join([title, RESTATED, REST]), keywords=False)
    assert letter.title == title
    assert letter.proposal is not None and letter.proposal.number == "8"
    assert [a.name for a in letter.addressees] == ["程某", "周某"]


# Must not match: what follows the reply ending is no paragraph of its own
@pytest.mark.parametrize(
    "after",
    [
        pytest.param("青水函〔2099〕3号", id="doc-number"),
        pytest.param("（2099年6月3日）", id="dated-note"),
    ],
)
def test_elements_after_the_title_stay_elements(after: str) -> None:
    letter = parse_text(" ".join([TITLE, after, REST]), keywords=False)
    assert letter.title == TITLE


# Must not match: a title whose own words hold a reply's word before its ending (…委员答复
# 满意度…的答复): where the title ends is unsure, so none of it is cut at that word
@pytest.mark.parametrize("join", [pytest.param(" ", id="blank"), pytest.param("", id="glued")])
@pytest.mark.parametrize("word", ["答复", "回复", "复函"])
def test_reply_word_inside_the_title_ends_nothing(join: str, word: str) -> None:
    title = f"青石县水务局关于提高代表建议{word}满意度的建议的答复"
    letter = parse_text(join.join([title, RESTATED, REST]), keywords=False)
    assert letter.title in (title, None)
