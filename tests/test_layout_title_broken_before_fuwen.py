"""A title broken over two lines inside its words, the first ending in 修复文 before its
物: no reply's 复文 ends it (review63b, narrowing fix112's 复文 to after the item's kind
word, its number's 号 or 的: …号提案复文, …提案的复文). Snippets written for these tests."""

from __future__ import annotations

from replyparse import parse_text

# A title broken over two lines inside its words: 修复文 / 物… ends no title (复文 ends one
# only after the item's kind word, its number's 号 or 的: …号提案复文, …提案的复文).
BROKEN_TITLE = (
    "关于加快甲山县老城区古建筑修复文\n物保护工作的建议的答复\n\n"
    "    您提出的关于加快老城区古建筑修复文物保护工作的建议收悉。现答复如下：\n"
    "    我局已安排专项资金开展修缮。\n\n甲山县文化和旅游局\n2031年9月1日\n"
)


def test_a_title_broken_after_fu_wen_runs_on() -> None:
    letter = parse_text(BROKEN_TITLE, keywords=False)
    assert letter.title == "关于加快甲山县老城区古建筑修复文物保护工作的建议的答复"
