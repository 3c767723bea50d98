"""A deputy of a congress (代表) makes 建议 and 议案; a 提案 is a committee member's (委员) or
a party congress delegate's (党代表). A letter whose salutation addresses deputies alone
answers no 提案, so the body's 提案 naming the item (``接到提案后``, ``该提案``) is a loose
word for it and gives way to the quoted title's own ending, as the body's 建议 gives way
(``《关于…的建议》收悉`` … ``接到提案后`` → 建议). Addressed to a member, or to deputies and
members both, or to a delegate of a party's or a staff's congress (党代表, 党代会代表,
职工代表), whose items are 提案, alone or among deputies, the body's word still wins over the
ending (a 政协 item titled …的建议), and
with nothing else naming the item the loose word is still the kind. Snippets in our own
words, invented names.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

OPENING = "您提出的《关于硬化某村机耕道的建议》收悉，现答复如下：\n"
TAIL = "感谢您的关心。\n某县交通运输局\n2024年6月3日\n"

CASES = [
    pytest.param(
        "陶某代表：\n" + OPENING + "我局接到提案后立即组织踏勘。\n" + TAIL,
        "建议",
        id="deputy-body-after-opening",
    ),
    pytest.param(
        "陶某代表：\n" + OPENING[:-1] + "我局接到提案后立即组织踏勘。\n" + TAIL,
        "建议",
        id="deputy-body-in-opening",
    ),
    pytest.param(
        "尊敬的陶某、柯某代表：\n" + OPENING + "该提案涉及用地问题，我局已会同办理。\n" + TAIL,
        "建议",
        id="two-deputies-gai-tian",
    ),
    pytest.param(
        "县人大代表陶某：\n" + OPENING + "我局接到提案后立即组织踏勘。\n" + TAIL,
        "建议",
        id="role-before-the-name",
    ),
    pytest.param(
        "陶某委员：\n" + OPENING + "我局接到提案后立即组织踏勘。\n" + TAIL,
        "提案",
        id="member-body-wins",
    ),
    pytest.param(
        "陶某代表、柯某委员：\n" + OPENING + "我局接到提案后立即组织踏勘。\n" + TAIL,
        "提案",
        id="deputy-and-member-body-wins",
    ),
    pytest.param(
        "陶某党代表：\n" + OPENING + "我局接到提案后立即组织踏勘。\n" + TAIL,
        "提案",
        id="party-delegate-body-wins",
    ),
    # a delegate to any congress but a people's congress makes 提案, however the
    # salutation names the congress, and among deputies too
    pytest.param(
        "县党代会代表陶某：\n" + OPENING + "我局接到提案后立即组织踏勘。\n" + TAIL,
        "提案",
        id="party-congress-delegate-body-wins",
    ),
    pytest.param(
        "县第九次党代表大会代表陶某：\n" + OPENING + "我局接到提案后立即组织踏勘。\n" + TAIL,
        "提案",
        id="party-congress-named-whole-body-wins",
    ),
    pytest.param(
        "陶某党代表、柯某代表：\n" + OPENING + "我局接到提案后立即组织踏勘。\n" + TAIL,
        "提案",
        id="party-delegate-and-deputy-body-wins",
    ),
    pytest.param(
        "职工代表陶某：\n" + OPENING + "我局接到提案后立即组织踏勘。\n" + TAIL,
        "提案",
        id="staff-congress-delegate-body-wins",
    ),
    pytest.param(
        "陶某代表：\n您反映的机耕道问题收悉，现答复如下：\n我局接到提案后立即组织踏勘。\n" + TAIL,
        "提案",
        id="nothing-else-names-it",
    ),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_kind(text: str, kind: str) -> None:
    proposal = parse_text(text, keywords=False).proposal
    assert proposal is not None
    assert proposal.kind == kind
