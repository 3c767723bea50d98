"""A letter-spaced issuer code (``某 民 函 〔2024〕5号``, as copies that space every
character write it) is read whole; a code after a wider gap or a glued word stays cut."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.fields.docnumber import find_doc_numbers
from replyparse.textview import TextView

# (text, the issuer code read)
SPACED = [
    pytest.param("某 民 函 〔2024〕5号", "某民函", id="spaced-code-then-bracket"),
    pytest.param("某 民 函〔2024〕5号", "某民函", id="spaced-code-glued-bracket"),
    pytest.param("某 市 教 发 〔 2 0 2 2 〕 1 7 号", "某市教发", id="every-character-spaced"),
    pytest.param("某　民　函〔2024〕5号", "某民函", id="full-width-blanks"),
    pytest.param("依据 某 政 办 发〔2021〕3号", "某政办发", id="after-a-lead-word"),
    pytest.param("的答复 某 水 函〔2021〕12号", "某水函", id="after-a-glued-word"),
]  # fmt: skip

# Near-misses: a gap that parts a title or a word from the code still cuts there.
NOT_SPACED = [
    pytest.param("关于某某的答复    某水函〔2021〕12号", "某水函", id="wide-gap-before-a-code"),
    pytest.param("关于某某的答复 某水函〔2021〕12号", "某水函", id="one-blank-before-a-code"),
    pytest.param("的答复 函〔2021〕12号", "函", id="one-character-after-a-glued-word"),
    pytest.param("某某  函〔2021〕12号", "函", id="two-blanks-before-one-character"),
    pytest.param("某民函〔2024〕5号", "某民函", id="no-blank"),
    pytest.param("复   函    某 民 函〔2021〕5号", "某民函", id="spaced-title-wide-gap-spaced-code"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "prefix"), SPACED + NOT_SPACED)
def test_issuer_code(text: str, prefix: str) -> None:
    assert [f.item.prefix for f in find_doc_numbers(TextView(text))] == [prefix]


LETTER = (
    "某 市 民 政 局\n某 民 函 〔 2 0 2 4 〕 5 号\n关 于 某 某 建 议 的 答 复\n"
    "王 某 代 表 ：\n您 提 出 的 建 议 收 悉 ， 现 答 复 如 下 ：\n感 谢 。\n"
)


def test_spaced_letter_own_number() -> None:
    letter = parse_text(LETTER)
    assert letter.doc_number is not None
    assert (letter.doc_number.prefix, letter.doc_number.year, letter.doc_number.serial) == (
        "某民函",
        2024,
        5,
    )
    start, end = letter.doc_number.span
    assert LETTER[start:end] == letter.doc_number.text
