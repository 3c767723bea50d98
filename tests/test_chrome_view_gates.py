"""The cheap gates before the chrome's and the view's per-letter scans (speed46) answer as
the plain reading does: the proposal heading's gate on a line's last two characters, the
dash item's gate on one dash, and the second copy told by the view whether the letter
holds invisible characters. Each is compared with the reading it spares on invented lines:
those it must still find and tidy ones it must leave. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import chrome
from replyparse.repeats import second_copy


def _plain_proposal_head(texts: list[str]) -> bool:
    """The gate as it was: any filled line that the heading's pattern matches."""
    return any(text and chrome._PROPOSAL_HEAD.match(text) for text in texts)


def _gated_proposal_head(texts: list[str]) -> bool:
    """The gate's test of a line's last characters, then the pattern."""
    for text in texts:
        last = text[-1:]
        if (
            last in chrome._PROPOSAL_HEAD_WORD_LAST
            or (
                last in chrome._PROPOSAL_HEAD_AFTER
                and text[-2:-1] in chrome._PROPOSAL_HEAD_WORD_LAST
            )
        ) and chrome._PROPOSAL_HEAD.match(text):
            return True
    return False


@pytest.mark.parametrize(
    "line",
    [
        "关于修缮某村便桥的建议", "关于修缮某村便桥的提案:", "《关于修缮某村便桥的议案》",
        "“关于修缮某村便桥的建议”", '"关于修缮某村便桥的建议"', "代表建议原文", "提案内容:",
        "附件:关于修缮某村便桥的建议", "委员提案全文", "建议正文:", "议案",
        # tidy lines the gate must leave to the pattern's no
        "孙某代表:", "现答复如下:", "某县交通运输局", "2023年4月2日", "感谢您的关心。",
        "“某村便桥”", "《某村志》", "文", "案", ":", "”",
    ],
)  # fmt: skip
def test_the_proposal_heading_gate_answers_as_the_pattern(line: str) -> None:
    assert _gated_proposal_head([line]) == _plain_proposal_head([line])


def test_the_proposal_heading_gate_is_the_one_chrome_asks() -> None:
    reply = [
        "关于修缮某村便桥的建议的答复", "孙某代表:", "您提出的建议收悉,现答复如下:",
        "我局已安排资金。", "某县交通运输局", "2023年4月2日",
    ]  # fmt: skip
    filled = list(range(len(reply) + 3))
    found: set[int] = set()
    chrome._proposal_after(
        [*reply, "代表建议原文", "某村便桥年久失修。", "建议尽快修缮。"], filled, found
    )
    assert found == {6, 7, 8}
    found = set()
    chrome._proposal_after(
        [*reply, "附件:某村便桥照片", "某村便桥年久失修。", "共三张。"], filled, found
    )
    assert found == set()


def test_a_dash_list_is_still_read_in_a_letter_with_other_dashes() -> None:
    lines = [
        "- 索引号", "- 0000/2023-00001", "- 发文机构", "- 某县交通运输局",
        "关于修缮某村便桥的建议的答复", "孙某代表:", "电话:0000-0000000",
    ]  # fmt: skip
    assert {0, 1, 2, 3} <= chrome.chrome_lines(lines)
    assert chrome.chrome_lines([line.removeprefix("- ") for line in lines[4:]]) == frozenset()


LETTER = (
    "孙某代表:\n您提出的关于修缮某村便桥的建议收悉,现答复如下:\n"
    "我局已将某村便桥列入今年农村公路养护计划,安排资金八十万元,于汛期前完工。\n"
    "下一步,我局将加强巡查,确保群众出行安全。\n感谢您对交通工作的关心。\n某县交通运输局\n"
)


@pytest.mark.parametrize("invisible", [None, False, True])
def test_the_second_copy_told_of_invisible_characters_reads_the_same(
    invisible: bool | None,
) -> None:
    twice = LETTER + "\n" + LETTER
    assert second_copy(twice, frozenset(), invisible) == second_copy(twice) != []
    assert second_copy(LETTER, frozenset(), False) == []
    hidden = twice.replace("便桥", "便\u200b桥", 1)
    assert second_copy(hidden, frozenset(), True) == second_copy(hidden) != []
