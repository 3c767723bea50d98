"""A header label's value that is a name of two characters padded to the width of three
(``签发人：王 明``), in a copy flattened onto one line (``… 签发人：王 明 某局 关于…``), is one
value: its second character is no part of the title or the issuer's name after it. A name
written whole, and the value on a line of its own, read as before. Snippets in our own
words, invented names.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

TITLE = "关于县某届人大一次会议第5号建议的答复"
REST = "李某代表： 您提出的建议收悉，现答复如下：该段已列入计划。 某县水务局 2024年5月1日"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(f"某县水务局 某水函〔2024〕3号 签发人：王 明 某县水务局 {TITLE} {REST}", "某县水务局" + TITLE, id="padded"),
        pytest.param(f"某水函〔2024〕3号 签发人：王 明 {TITLE} {REST}", TITLE, id="padded-title-next"),
        pytest.param(f"某县水务局 某水函〔2024〕3号 签发人：王明 某县水务局 {TITLE} {REST}", "某县水务局" + TITLE, id="whole"),
        pytest.param(f"某水函〔2024〕3号 签发人：王 明\n{TITLE}\n{REST}", TITLE, id="own-line"),
    ],
)  # fmt: skip
def test_the_padded_name_is_one_value(text: str, title: str) -> None:
    letter = parse_text(text)
    assert letter.title == title
    assert letter.issuer == "某县水务局"
    assert letter.doc_number is not None and letter.doc_number.text == "某水函〔2024〕3号"
    assert span_problems(letter) == []
