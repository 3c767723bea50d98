"""The item's number alone on a line above the title is a page's note, whatever its
serial's length: a registry that numbers an item with its date and a serial writes up to
sixteen figures (``第20240118040077号建议``), as the item's number everywhere else is read
(``replyparse.elements.ITEM_SERIAL``). Before, the line was read so only up to eight
characters, and a longer one was glued to the title. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于修缮某古桥的建议的答复"
REST = (
    "吴某代表：\n　　您提出的建议收悉，现答复如下：\n　　我们将联合开展修缮。\n"
    "某县林业局\n2020年6月5日\n"
)


@pytest.mark.parametrize(
    "note",
    [
        pytest.param("第20240118040077号建议", id="date-and-serial"),
        pytest.param("（第2024011804号）", id="bracketed"),
        pytest.param("第56号建议", id="short"),
    ],
)
def test_number_line_above_title_is_no_title(note: str) -> None:
    letter = parse_text(f"{note}\n{TITLE}\n{REST}")
    assert letter.title == TITLE


def test_number_in_title_words_stays_title() -> None:
    title = "关于第20240118040077号建议的答复"
    letter = parse_text(f"{title}\n{REST}")
    assert letter.title == title
