"""An opening with no lead-in that names the item right after the salutation
(关于增设某路口信号灯的建议，某大队高度重视，…), then reports an answer in quotes
(答复：“若增设只会更拥堵”): the quoted words said are no title, though a 关于 stands
before them; the opening's 关于…的建议 is the title. A quote that is a title stays.
Snippets written for these tests; names, places and numbers invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_SALUTATION = "王某代表您好：\n"
_ITEM = "关于增设某路口信号灯的建议"

OPENINGS = {
    "answer-quoted": f"{_ITEM}，某大队高度重视，经咨询专家，答复：“若增设只会更拥堵”。所以暂不增设。\n",
    "remark-quoted": f"{_ITEM}，某大队高度重视，专家表示：“该路段车流量不大”。\n",
    "said-ascii-colon": f"{_ITEM}，某大队高度重视，专家称:“该路段车流量不大”。\n",
}  # fmt: skip

# a quoted title stays the title, as before
KEPT = {
    "asked-quoted": ("您提出的“关于增设某路口信号灯的建议”收悉，现答复如下：\n", _ITEM),
    "book-marks": ("您提出的《关于增设某路口信号灯的建议》收悉，现答复如下：\n", _ITEM),
}  # fmt: skip


def _title(opening: str) -> str | None:
    letter = parse_text(f"{_SALUTATION}{opening}", keywords=False)
    assert letter.proposal is not None
    return letter.proposal.title


@pytest.mark.parametrize("opening", OPENINGS.values(), ids=OPENINGS.keys())
def test_words_said_in_quotes_are_no_title(opening: str) -> None:
    assert _title(opening) == _ITEM


@pytest.mark.parametrize(("opening", "title"), KEPT.values(), ids=KEPT.keys())
def test_a_quoted_title_stays(opening: str, title: str) -> None:
    assert _title(opening) == title
