"""A person's name written as the label of his own number, its colon between them, inside
the value of an office's and a phone's label (``联系单位及电话：某科 王某：0000-5550123``):
the person, the office and the phone of one contact, the office glued before the name or
apart by a gap. A colon after words that are no person's name (``审核：…``,
``办理类型：…``) still opens another label, and a name whose colon stands before no phone
is none."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "桐溪县民政局关于县八届人大二次会议第9号议案的答复\n林某代表：\n"
    "　　您提出的议案收悉，现答复如下：我局已将此事列入工作计划。\n"
)
TAIL = "桐溪县民政局\n2024年5月10日\n"

Row = tuple[str | None, str | None, str | None]

NAME_LABELS_PHONE = [
    pytest.param("联系单位及电话：县民政局区划科 王某某：5550123", [("王某某", "县民政局区划科", "5550123")], id="gap-local-number"),
    pytest.param("联系单位及电话：县民政局区划科王某某：5550123", [("王某某", "县民政局区划科", "5550123")], id="office-glued"),
    pytest.param("联系单位及电话：县民政局区划科 王某某： 0000-5550123", [("王某某", "县民政局区划科", "0000-5550123")], id="blank-after-colon"),
    pytest.param("联系单位：县民政局区划科 王某某：0000-5550123", [("王某某", "县民政局区划科", "0000-5550123")], id="office-label"),
    pytest.param("联系人及电话：王某某：0000-5550123", [("王某某", None, "0000-5550123")], id="person-label"),
]  # fmt: skip

NOT_A_NAME = [
    # (words that name nobody before the colon: the office's phone alone)
    pytest.param("联系单位及电话：县民政局区划科 审核：5550123", [(None, "县民政局区划科", "5550123")], id="leader-word"),
    # (no phone after the name's colon: another label's value, nobody's number)
    pytest.param("联系单位及电话：县民政局区划科 王某某：区划科长", [], id="no-phone-after"),
]  # fmt: skip

# A phone's label word with no 电话 after it, shaped as a name is (a surname's character and
# one more: 值班, 应急, 咨询) but a word, no person's name as the segmenter reads it: it
# names nobody, before its phone after a colon or not (review61d: fix97's round read 值班
# as the person).
LABEL_WORDS = ["值班", "应急", "咨询", "投诉", "办公", "综合"]
AFTER = [
    pytest.param("联系单位及电话：县民政局区划科 {word}：5550123", id="after-an-office"),
    pytest.param("联系单位：县民政局区划科{word}：0000-5550123", id="glued-to-the-office"),
    pytest.param("联系人：李某 {word}：0000-5550123", id="after-the-person"),
]


def _read(line: str) -> tuple[list[Row], str | None]:
    letter = parse_text(HEAD + line + "\n" + TAIL)
    return [(c.name, c.org, c.phone) for c in letter.contacts], letter.signature.issuer


@pytest.mark.parametrize(("line", "expected"), NAME_LABELS_PHONE)
def test_a_name_before_its_phone_after_a_colon_is_the_contact(
    line: str, expected: list[Row]
) -> None:
    assert _read(line) == (expected, "桐溪县民政局")


@pytest.mark.parametrize(("line", "expected"), NOT_A_NAME)
def test_a_colon_after_other_words_still_ends_the_value(line: str, expected: list[Row]) -> None:
    assert _read(line)[0] == expected


@pytest.mark.parametrize("word", LABEL_WORDS)
@pytest.mark.parametrize("line", AFTER)
def test_a_phones_label_word_before_its_colon_names_nobody(line: str, word: str) -> None:
    rows, issuer = _read(line.format(word=word))
    assert word not in {name for name, _, _ in rows}
    assert issuer == "桐溪县民政局"
