"""A reply to another office (a 协办意见, 会办意见) ends its opening with the kind of reply and
what it is for between 如下 and the colon (``…的建议提出如下协办意见，供你单位答复代表时
参考：``). Copied with its line breaks lost and nothing in their place, the next paragraph
is glued to that colon: the opening ends there as at ``如下：``, so the proposal is read off
the opening (…代表提出的关于…的建议), not off a document the next paragraph cites
(《关于…的意见》)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LINES = [
    "对市九届人大二次会议第4190号建议的协办意见",
    "市农业农村局：",
    "经研究，现对钱某代表提出的关于整治农村人居环境的建议提出如下{kind}，供你单位答复代表时参考：",
    "为整治农村人居环境，我局落实《关于推进美丽乡村建设的意见》，配合开展农村环境督查，"
    "对农膜等农业废弃物回收情况进行抽查。",
    "下一步我局将加快推进农村生活污水治理项目建设，继续实施周调度和月通报制度。",
    "某市生态环境局",
    "2099年6月12日",
]


@pytest.mark.parametrize("kind", ["协办意见", "会办意见", "意见"])
def test_opening_ends_at_the_colon_after_the_kind(kind: str) -> None:
    letter = parse_text("".join(LINES).replace("{kind}", kind), keywords=False)
    assert letter.proposal is not None
    assert letter.proposal.title == "关于整治农村人居环境的建议"


# Must not match
@pytest.mark.parametrize("kind", ["协办意见", "会办意见", "意见"])
def test_tidy_letter_reads_as_before(kind: str) -> None:
    letter = parse_text("\n".join(LINES).replace("{kind}", kind), keywords=False)
    assert letter.proposal is not None
    assert letter.proposal.title == "关于整治农村人居环境的建议"
    assert [r.text for r in letter.references] == ["关于推进美丽乡村建设的意见"]
