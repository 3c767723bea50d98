"""A page flattened with nothing between its lines whose heading repeats the letter's title
ending in 答复函, the letter's class letter, publication value and 发文字号 glued after it,
then the title again (…的答复函A同意公开某函〔2099〕12号某局关于…的答复函王某代表：): the
heading ends after its whole 答复函 (not after 答复), and a class's letter may follow it; the
marks feed their fields and the title is read once. A tidy letter reads the same record.
"""

from __future__ import annotations

from replyparse import parse_text
from snippets import glued

TITLE = "寅市文化旅游委员会关于市九届人大一次会议第15号代表建议落实情况的答复函"
LETTER = (
    TITLE + "\nA\n同意公开\n寅文旅函〔2099〕12号\n" + TITLE + "\n王某代表：\n"
    "您提出的建议收悉，现答复如下：\n我委已将该景区列入规划。\n感谢您对文旅工作的关心。\n"
    "寅市文化旅游委员会\n2099年5月13日\n"
)


def _head(text: str) -> tuple[str | None, str | None, bool | None, str | None]:
    letter = parse_text(text, keywords=False)
    number = letter.doc_number.text if letter.doc_number else None
    return letter.title, letter.handling_type, letter.public, number


def test_glued_heading_and_marks_read_apart() -> None:
    expected = (TITLE, "A", True, "寅文旅函〔2099〕12号")
    assert _head(LETTER) == expected
    assert _head(glued(LETTER)) == expected


def test_heading_ending_in_reply_alone_still_read() -> None:
    title = TITLE.removesuffix("函")
    text = LETTER.replace(TITLE, title)
    assert _head(glued(text)) == _head(text) == (title, "A", True, "寅文旅函〔2099〕12号")
