"""A view made from the letter finds its gaps at its runs of blanks alone: the same gaps
as reading every content line's skips (a view made from its parts)."""

from __future__ import annotations

from goldsets import all_letters, at_least, perturbed_texts
from replyparse.newlines import normalise_newlines
from replyparse.textview import TextView


def _both(text: str) -> tuple[list[int], list[int]]:
    view = TextView(text)
    # (as resegment makes one from the letter's view: what it knows of invisible characters
    # and pinyin glosses given on, a gloss no gap in either)
    plain = TextView.from_parts(
        view.original, view.norm, view.origin, invisible=view.invisible, glossed=view.glossed
    )
    assert view._runs is not None and plain._runs is None
    return view._gap_list, plain._gap_list


_SNIPPETS = [
    "甲 乙",
    "甲  乙\n丙\u3000丁 ",
    "GB/T 9704",
    "GB/T  9704 号",
    "a\u200b  b",
    "a \u200bb",
    "a  \u200b  b",
    "  首行缩进\n\u3000\u3000第二行",
    "行尾 \n下一行",
    "行尾 ",
    " ",
    "\n \n",
    "2 0 2 3 年 5 月",
    "20 23年1 2月",
    "1 , 2 : 3",
    "甲 ，乙 : 丙",
    "正文 甲\n- 2 -\n正 文",
    "正文 \n第1页 共3页\n 乙 丙",
    "1/3\n甲 乙",
    "甲 乙\n1/3",
    "image1.wmf 甲\n甲\u00a0乙\u2002丙",
    "甲\u200b乙\ufeff丙",
    "甲 \U000e0020 乙 \U0001d173丙",
    "ａ　ｂ （甲） 乙",
    "關於(guān)甲 乙",
    "甲 乙\n丙於(yú)丁\n\u3000\u3000二、甲規(guī)定",
]


def test_gaps_snippets() -> None:
    found = 0
    for text in _SNIPPETS:
        fast, plain = _both(text)
        assert fast == plain, text
        found += bool(plain)
    assert found >= 15  # the comparison meets gaps


def test_gaps_gold_letters() -> None:
    texts = [normalise_newlines(g.text()) for g in all_letters()] + perturbed_texts()
    found = 0
    for text in texts:
        fast, plain = _both(text)
        assert fast == plain
        found += len(plain)
        # each cut at a line's start too: dropped lines and runs at the text's start
        for cut in (text[text.find("\n") + 1 :], text[: len(text) // 2]):
            fast, plain = _both(cut)
            assert fast == plain
    assert len(texts) >= at_least(100, 10)
    assert found >= len(texts)
