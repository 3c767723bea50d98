"""A copy that lost its line breaks and a 抄送 list after the signed date whose label has
no colon, glued to its list or set off by blanks (``…某局 2024年5月10日 抄送县政府办公室，
县财政局。``): the list's line break is put back before its label, so the signature and
the list are both read. A sentence's date before 抄送 (``已于2024年5月10日抄送…``) is
glued to its words and breaks nothing."""

from __future__ import annotations

import pytest

from replyparse import parse_text

OPENING = (
    "关于某某建议的答复 张某代表： 您提出的建议收悉。现答复如下：我局将加大力度。"
    "感谢您对交通工作的关心和支持。 "
)

# (the flattened closing after the body, cc list)
FLATTENED = [
    pytest.param("某县交通运输局 2024年5月10日 抄送县政府办公室，县财政局。", ["县政府办公室", "县财政局"], id="glued-label-after-a-blank"),
    pytest.param("某县交通运输局 2024年5月10日抄送县政府办公室，县财政局。", ["县政府办公室", "县财政局"], id="glued-to-the-date"),
    pytest.param("某县交通运输局 2024年5月10日 抄送  县政府办公室，县财政局。", ["县政府办公室", "县财政局"], id="label-set-off-by-blanks"),
    pytest.param("某县交通运输局 二〇二四年五月十日 抄报县人民政府。", ["县人民政府"], id="chinese-numerals-抄报"),
]  # fmt: skip


@pytest.mark.parametrize(("closing", "expected"), FLATTENED)
def test_a_list_after_the_signed_date_is_read(closing: str, expected: list[str]) -> None:
    letter = parse_text(OPENING + closing + "\n")
    assert letter.cc == expected
    assert letter.signature.issuer == "某县交通运输局"
    assert letter.signature.date == "2024-05-10"


def test_the_same_on_a_signer_line_kept() -> None:
    letter = parse_text(
        "关于某某建议的答复\n张某代表：\n　　您提出的建议收悉。\n　　感谢您对交通工作的关心和支持。\n"
        "某县交通运输局    2024年5月10日    抄送县政府办公室。\n"
    )
    assert letter.cc == ["县政府办公室"]
    assert (letter.signature.issuer, letter.signature.date) == ("某县交通运输局", "2024-05-10")


# A date inside a sentence before 抄送, or a 抄送 whose rest is no list: nothing read.
NOT_A_LIST = [
    pytest.param("我局已于2024年5月10日抄送县政府办公室。 某县交通运输局 2024年5月12日", id="a-sentence's-date"),
    pytest.param("某县交通运输局 2024年5月12日 抄送件已收悉。", id="no-list-after-it"),
    pytest.param("某县交通运输局 2024年5月12日 抄送县政府督查室审阅。", id="a-clause-after-it"),
]  # fmt: skip


@pytest.mark.parametrize("closing", NOT_A_LIST)
def test_no_list_is_read(closing: str) -> None:
    letter = parse_text(OPENING + closing + "\n")
    assert letter.cc == []


def test_a_sentence_date_in_a_kept_body_line_breaks_nothing() -> None:
    letter = parse_text(
        "关于某某建议的答复\n张某代表：\n　　您提出的建议收悉。\n"
        "　　我局已于2024年5月10日抄送县政府办公室。\n"
        "　　感谢您对交通工作的关心和支持。\n某县交通运输局\n2024年5月12日\n"
    )
    assert letter.cc == []
    assert (letter.signature.issuer, letter.signature.date) == ("某县交通运输局", "2024-05-12")
