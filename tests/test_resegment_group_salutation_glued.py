"""A letter to a group of deputies or members (某乡代表组, 某镇委员组) writes the group's name
alone as its salutation, no colon, and the opening speaks to them (你们提出的…). A copy that
lost its line breaks with nothing in their place glues the opening to the name
(``某乡委员组你们提出的…``): the group is the salutation, as on its line. A group named
inside a sentence (我局会同某乡代表组…) is no salutation."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "某县水务局关于对县政协九届一次会议第12号提案的答复"
OPENING = "你们提出的第12号《关于治理某河道的提案》已交由我局研究办理，现答复如下："
BODY = (
    "该河道已列入我县中小河流治理规划，今年完成初步设计。\n"
    "下一步，我局将积极争取上级资金支持，尽快开工建设。\n"
    "某县水务局\n2099年6月1日\n"
)


@pytest.mark.parametrize("group", ["某乡委员组", "某镇代表组"])
def test_group_glued_to_the_opening(group: str) -> None:
    tidy = f"{TITLE}\n{group}\n{OPENING}\n{BODY}"
    glued = "".join(line.strip() for line in tidy.split("\n") if line.strip())
    for text in (tidy, glued):
        letter = parse_text(text, keywords=False)
        assert [(a.name, a.role) for a in letter.addressees] == [(group, None)]
        assert letter.title == TITLE


# Must not match
def test_group_inside_a_sentence() -> None:
    text = (
        f"{TITLE}\n王某委员：\n您提出的提案收悉，现答复如下：\n"
        "我局会同某乡代表组你们所在村开展了实地调查。\n" + BODY
    )
    letter = parse_text(text, keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "委员")]
