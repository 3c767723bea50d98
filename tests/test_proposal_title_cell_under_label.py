"""The proposal's title a web copy gives in a table copied as text above the letter, its
row of labels over its row of values (``建议编号 | 标题 | 领衔代表`` over ``88 | 关于…的建议 |
王某``): the cell under a title's label, when neither the title line nor the opening
names it (snippets written for these tests; names and numbers invented)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_LETTER = "钱立代表：\n您提出的建议收悉，现答复如下：\n我局已组织研究。\n"
_TITLE = "关于整治城东菜市场秩序的建议"

# the rows above the letter, and the proposal's (title, number) read from them
ROWS = {
    "bars-at-both-ends": (
        f"|建议编号|标题|领衔代表|\n|88|{_TITLE}|钱立|\n",
        (_TITLE, "88"),
    ),
    "bars-between-only": (
        f"建议编号 | 标题 | 领衔代表\n88 | {_TITLE} | 钱立\n",
        (_TITLE, "88"),
    ),
    "proposal-title-label": (
        f"| 序号 | 建议标题 | 承办单位 |\n| 3 | {_TITLE} | 县住建局 |\n",
        (_TITLE, None),
    ),
    "proposal-name-label-full-width-bars": (
        "｜提案编号｜提案名称｜\n｜0031｜关于增设城东公交站点的提案｜\n",
        ("关于增设城东公交站点的提案", "0031"),
    ),
    "title-no-kind-word": (
        "|建议号|建议题目|\n|15|关于整治城东菜市场秩序|\n",
        ("关于整治城东菜市场秩序", "15"),
    ),
    # the reply's own title line above the letter names no proposal's title
    "under-a-reply-title": (
        f"|建议编号|标题|领衔代表|\n|88|{_TITLE}|钱立|\n关于第88号建议的答复\n",
        (_TITLE, "88"),
    ),
}

# Near misses: cells under no title's label, or holding no proposal's title
NOT_ROWS = {
    "under-another-label": (
        f"|建议编号|备注|\n|88|{_TITLE}|\n",
        (None, "88"),
    ),
    # (the letter's own title, which names the number)
    "a-reply-title-under-the-label": (
        "|序号|标题|\n|1|关于第88号建议的答复|\n",
        (None, "88"),
    ),
    "too-short": ("|建议编号|标题|\n|88|关于路灯|\n", (None, "88")),
    "neither-about-nor-kind-word": (
        "|建议编号|标题|\n|88|城东菜市场秩序整治|\n",
        (None, "88"),
    ),
    # a row of labels over a row of another count is not read by column
    "labels-over-other-count": (
        f"|建议编号|标题|\n|88|{_TITLE}|钱立|\n",
        (None, None),
    ),
}


def _read(rows: str) -> tuple[str | None, str | None]:
    letter = parse_text(rows + _LETTER, keywords=False)
    p = letter.proposal
    if p is None:
        return None, None
    if p.title is not None:
        assert letter.text is not None and p.title_span is not None
        assert letter.text[p.title_span[0] : p.title_span[1]] == p.title
    return p.title, p.number


@pytest.mark.parametrize(("rows", "expected"), ROWS.values(), ids=ROWS.keys())
def test_title_cell_is_read(rows: str, expected: tuple[str, str | None]) -> None:
    assert _read(rows) == expected


@pytest.mark.parametrize(("rows", "expected"), NOT_ROWS.values(), ids=NOT_ROWS.keys())
def test_other_cell_gives_no_title(rows: str, expected: tuple[str | None, str | None]) -> None:
    assert _read(rows) == expected


def test_opening_title_wins() -> None:
    rows = f"|建议编号|标题|\n|88|{_TITLE}|\n"
    opening = "钱立代表：\n您提出的关于增设城东公交站点的建议收悉，现答复如下：\n我局已组织研究。\n"
    letter = parse_text(rows + opening, keywords=False)
    assert letter.proposal is not None
    assert letter.proposal.title == "关于增设城东公交站点的建议"
