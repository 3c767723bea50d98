"""The proposal's title a 办理单's label gives above the letter (建议题目：关于…的建议, a table
row's | 提案名称 | 关于… |), when neither the letter's title nor its opening gives one
(snippets written for these tests; names and numbers invented)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_LETTER = "钱立代表：\n您提出的建议收悉，现答复如下：\n我局已组织研究。\n"

# the form's rows above the letter, and the title read from them
LABELLED = {
    "jianyi-timu": (
        "建议题目：关于整治城东菜市场秩序的建议\n建议编号：第12号\n",
        "关于整治城东菜市场秩序的建议",
    ),
    "tian-mingcheng-no-ending": (
        "提案名称：关于整治城东菜市场秩序\n提案号：0456\n",
        "关于整治城东菜市场秩序",
    ),
    "anyou": ("案由：关于整治城东菜市场秩序的建议\n", "关于整治城东菜市场秩序的建议"),
    "wrapped-value": ("题目：关于改善城东菜市场\n秩序的建议\n", "关于改善城东菜市场秩序的建议"),
    "table-row-two-pairs": (
        "|建议标题|关于整治城东菜市场秩序的建议|建议号|12|\n",
        "关于整治城东菜市场秩序的建议",
    ),
    "table-row": (
        "| 建议标题 | 关于整治城东菜市场秩序的建议 |\n| 建议号 | 12 |\n",
        "关于整治城东菜市场秩序的建议",
    ),
}

# Near misses: labelled values that are no proposal's title
NOT_LABELLED = {
    # a reply's own title under a page's 标题 label
    "reply-title": ("标题：关于城东菜市场整治工作的答复\n建议编号：第12号\n", None),
    # a reply's words under a proposal's label (the form's own heading for its answer)
    "reply-words-under-title-label": (
        "来文编号：第12号\n提案标题：关于城东菜市场整治工作的办理意见\n",
        None,
    ),
    # a value that reads as no proposal's title (neither 关于… nor …的建议)
    "not-proposal-like": ("事由：城东菜市场秩序整治\n建议编号：第12号\n", None),
    # a value with no kind word at its end over a line of prose: where it ends is not known
    "unended-over-prose": ("题目：关于改善城东菜市场\n市场管理所已作说明并组织整改\n", None),
    # too short to be a title
    "too-short": ("题目：关于菜场\n建议编号：第12号\n", None),
}


def _title(rows: str) -> str | None:
    p = parse_text(rows + _LETTER).proposal
    assert p is not None
    return p.title


@pytest.mark.parametrize(("rows", "expected"), LABELLED.values(), ids=LABELLED.keys())
def test_labelled_title_is_read(rows: str, expected: str) -> None:
    assert _title(rows) == expected


@pytest.mark.parametrize(("rows", "expected"), NOT_LABELLED.values(), ids=NOT_LABELLED.keys())
def test_other_labelled_values_give_no_title(rows: str, expected: None) -> None:
    assert _title(rows) == expected


def test_the_letters_own_opening_wins() -> None:
    text = "建议题目：关于整治城东菜市场秩序的建议\n钱立代表：\n您提出的关于改善城东菜市场环境的建议收悉。\n"
    p = parse_text(text).proposal
    assert p is not None and p.title == "关于改善城东菜市场环境的建议"
