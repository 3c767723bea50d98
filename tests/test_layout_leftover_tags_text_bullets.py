"""A mirror's leftover tags above a text copy may carry a plain text's list marks, as a
converter renders a list item (``- <li id="k7"></li>``, ``* <li id="k7"></li>``), or a tag
closed in itself (``<br/>``). The reader already counts such lines as tags alone (it reads
the file as a text); the layout now does too: they are header, never the title's first
line (an earlier round read ``-<liid="k7"></li>`` into the title). A title line that only
opens with such a mark, or that holds words inside a tag, is left alone. Invented snippets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from replyparse import parse_text
from replyparse.readers import read

TITLE = "关于某村修缮灌溉水渠的建议的答复"
LETTER = (
    TITLE + "\n"
    "褚某某代表:\n"
    "您提出的《关于某村修缮灌溉水渠的建议》已经收到,答复如下:水渠修缮工程已开工。\n"
    "谢谢您一直关注水利工作!\n"
    "某县水利局\n"
    "2099年6月22日\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param('<ul id="k7"></ul>\n- <li id="k7"></li>\n', id="dash"),
        pytest.param(
            '<ul id="k7"></ul>\n  * <li id="k7"><option id="k7"></option></li>\n', id="star"
        ),
        pytest.param('<ul id="k7"></ul>\n- <br/><li id="k7"></li>\n', id="self-closed"),
    ],
)
def test_leftover_tag_lines_with_text_marks_are_header(lead: str, tmp_path: Path) -> None:
    path = tmp_path / "mirror.txt"
    path.write_bytes((lead + LETTER).encode())
    document = read(path)
    assert document.source.format == "txt"
    letter = parse_text(document.text)
    assert letter.title == TITLE
    assert [a.name for a in letter.addressees] == ["褚某某"]


@pytest.mark.parametrize(
    "first",
    ["- 关于某村修缮灌溉水渠的建议的答复", "* <b>关于某村修缮灌溉水渠的建议的答复</b>"],
)
def test_a_title_line_with_words_is_no_leftover(first: str) -> None:
    letter = parse_text(first + "\n" + LETTER.split("\n", 1)[1])
    assert letter.title is not None
    assert "关于某村修缮灌溉水渠的建议的答复" in letter.title
