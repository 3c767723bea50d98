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


# A 办理单's content row may write the item by its title alone (建议内容：关于…的建议): the
# item's title as it was filed, read as a title label's value. Its usual value is the item's
# text, sentences, which gives none.
CONTENT_ROWS = {
    "content-row-holds-the-title": (
        "建议内容：关于整治城东菜市场秩序的建议\n",
        _LETTER,
        "关于整治城东菜市场秩序的建议",
    ),
    "proposal-content-row": (
        "提案内容：关于加密西山公交班次的提案\n",
        _LETTER,
        "关于加密西山公交班次的提案",
    ),
    # filed with no 关于, its words and 的 before the kind word (decided, fix106)
    "content-row-title-without-guanyu": (
        "提案内容：尽快改善西山公交班次的提案\n",
        _LETTER,
        "尽快改善西山公交班次的提案",
    ),
    # the opening words the same item in its own words, unquoted (its 的 dropped, another
    # kind word added): the form's filed title is the item's, the opening's a paraphrase
    "opening-paraphrase-of-the-filed-title": (
        "建议内容：关于整治城东菜市场秩序的建议\n",
        "钱立代表：\n您提出的关于整治城东菜市场秩序意见建议收悉，现答复如下：\n我局已组织研究。\n",
        "关于整治城东菜市场秩序的建议",
    ),
    "title-label-over-an-opening-paraphrase": (
        "建议题目：关于整治城东菜市场秩序的建议\n",
        "钱立代表：\n您提出的关于整治城东菜市场秩序和卫生建议收悉。\n我局已组织研究。\n",
        "关于整治城东菜市场秩序的建议",
    ),
}

# …but not a content row of sentences, nor over an opening that quotes its title or names
# another item
NOT_CONTENT_ROWS = {
    "content-row-of-sentences": (
        "建议内容：城东菜市场占道经营严重，建议加强整治。\n",
        _LETTER,
        None,
    ),
    # (no 关于 and no 的 before a kind word: a sentence's words, the item's text)
    "content-row-of-words-without-guanyu": (
        "建议内容：城东菜市场占道经营严重建议加强整治\n",
        _LETTER,
        None,
    ),
    # (no 关于, the filer's act or role before 的: whose item it is, not its title; review62b)
    "content-row-naming-the-filer": (
        "建议内容：钱某代表提出的建议\n",
        _LETTER,
        None,
    ),
    "content-row-pointing-to-the-item": (
        "提案内容：详见委员提交的提案\n",
        _LETTER,
        None,
    ),
    "content-row-of-a-reply": (
        "建议内容：关于城东菜市场整治工作的答复\n",
        _LETTER,
        None,
    ),
    "opening-quotes-its-title": (
        "建议内容：关于整治城东菜市场秩序的建议\n",
        "钱立代表：\n您提出的《关于整治城东菜市场秩序意见建议》收悉。\n我局已组织研究。\n",
        "关于整治城东菜市场秩序意见建议",
    ),
    # …nor one naming another item in words of its own after a start the two share
    "opening-names-another-item-after-a-shared-start": (
        "建议内容：关于整治城东菜市场秩序的建议\n",
        "钱立代表：\n您提出的关于整治城东菜市场环境卫生的建议收悉。\n我局已组织研究。\n",
        "关于整治城东菜市场环境卫生的建议",
    ),
    "opening-names-another-item": (
        "建议内容：关于整治城东菜市场秩序的建议\n",
        "钱立代表：\n您提出的关于改善城东菜市场环境的建议收悉。\n我局已组织研究。\n",
        "关于改善城东菜市场环境的建议",
    ),
}


@pytest.mark.parametrize(
    ("rows", "letter", "expected"),
    [*CONTENT_ROWS.values(), *NOT_CONTENT_ROWS.values()],
    ids=[*CONTENT_ROWS.keys(), *NOT_CONTENT_ROWS.keys()],
)
def test_a_content_row_written_as_the_title(rows: str, letter: str, expected: str | None) -> None:
    p = parse_text(rows + letter).proposal
    assert p is not None
    assert p.title == expected
