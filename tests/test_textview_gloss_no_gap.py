"""A mirror's pinyin gloss (``衛(wèi)``) is read past as blanks are, but it makes no gap:
the view made from the letter never counted one there. A view the re-segmenter or the
unwrapper makes from its parts sees only where characters were dropped, and counted a gap
at every gloss: a 发文字号's code was cut at the gloss inside it (``某縣衛(wèi)健字〔2024〕3號``
→ ``健字〔2024〕3號``) once a class mark glued after the number (``3號B1類``) made the
re-segmenter break the line. Blanks beside a gloss are a gap still. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.textview import TextView, gloss_alone

LETTER = """對縣十八屆人大三次會議第5號建議的答復

{number}

張某某代表:

  您提出的《關于某鄉(xiāng)衛(wèi)生院改造的建議》收悉,現答復如下:

  我局已將該項目列入計劃,將積極爭取資金支持。

某縣衛(wèi)生健康局
2024年4月15日
"""


@pytest.mark.parametrize(
    "line",
    [
        "某縣衛(wèi)健字〔2024〕3號B1類  同意公開",
        "某縣衛(wèi)健字〔2024〕3號B類  同意公開",
        "某縣衛(wèi)健字〔2024〕3號 B1類",
        "某縣衛(wèi)健字〔2024〕3號",
    ],
)
def test_the_code_of_a_glossed_number_is_whole(line: str) -> None:
    letter = parse_text(LETTER.format(number=line))
    assert letter.doc_number is not None
    assert letter.doc_number.text == "某縣衛(wèi)健字〔2024〕3號"
    assert letter.doc_number.prefix == "某縣衛(wèi)健字"
    assert letter.handling_type in ("B", None)


def test_a_number_without_gloss_reads_the_same() -> None:
    letter = parse_text(LETTER.format(number="某縣衛健字〔2024〕3號B1類  同意公開"))
    assert letter.doc_number is not None
    assert letter.doc_number.text == "某縣衛健字〔2024〕3號"
    assert letter.handling_type == "B"
    assert letter.public is True


def test_blanks_after_a_gloss_part_a_code_still() -> None:
    # (the words before the blanks are no part of the code: a gap stands there)
    letter = parse_text(LETTER.format(number="某某答復(fù)   某健字〔2024〕3號B1類"))
    assert letter.doc_number is not None
    assert letter.doc_number.text == "某健字〔2024〕3號"


def test_gloss_alone() -> None:
    text = "衛(wèi)健 衛(wèi) 健 衛\u200b(wèi)健"
    assert gloss_alone(text, 0, 6)  # 衛(wèi)健
    assert not gloss_alone(text, 8, 15)  # (wèi) and a blank
    assert gloss_alone(text, 17, 24)  # an invisible character before the gloss
    assert not gloss_alone("衛 健", 0, 2)  # a blank alone


def test_a_view_from_parts_has_no_gap_at_a_gloss() -> None:
    original = "某縣衛(wèi)健字〔2024〕3號\n"
    view = TextView(original)
    assert view.glossed and not view.gaps
    parts = TextView.from_parts(
        original, view.norm, list(view.origin), invisible=view.invisible, glossed=True
    )
    assert not parts.gaps
