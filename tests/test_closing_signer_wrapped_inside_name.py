"""A signer's name a line break cut inside, not at an office's ending (a narrow column, a
PDF's wrap): ``北江县人民政`` / ``府办公室`` over the date is one name, as ``某县人民政府`` /
``办公室`` is; so is ``北江县交通运`` / ``输局``, ``北江县人民政`` / ``府``, and a place alone over
the rest of its office's name, ``北江县`` / ``人民政府办公室``. Also as the letter's last
lines, under the contact's (closing.wrapped_name, signers54; an earlier round signed the
lower piece alone, ``府办公室``, or nothing). A body's sentence a break cuts so
(``此件并由县人民政`` / ``府办公室督办。``) and a sentence's words before the place
(``并由县人民政`` as the last line) sign nothing. Names and places are invented."""

from __future__ import annotations

import pytest

from snippets import signature_of

OPENING = (
    "关于某某建议的答复\n岳某代表：\n　　您提出的建议收悉，现答复如下。\n　　感谢您的关心和支持。\n"
)
CONTACT = "联系人：岳某  联系电话：0000-5550163\n"

WRAPPED = [
    pytest.param("北江县人民政\n府办公室", "北江县人民政府办公室", id="inside-the-government"),
    pytest.param("北江县人民政\n府", "北江县人民政府", id="last-character-alone"),
    pytest.param("北江县交通运\n输局", "北江县交通运输局", id="inside-the-bureau"),
    pytest.param("北江县\n人民政府办公室", "北江县人民政府办公室", id="after-the-place"),
    pytest.param("北江县人民政\n府办公室\n（盖章）", "北江县人民政府办公室", id="over-a-seal-note"),
]


@pytest.mark.parametrize(("name", "signer"), WRAPPED)
def test_name_wrapped_over_the_date(name: str, signer: str) -> None:
    assert signature_of(OPENING + name + "\n2024年5月10日\n") == (signer, "2024-05-10")


@pytest.mark.parametrize(("name", "signer"), WRAPPED[:4])
def test_name_wrapped_as_the_last_lines(name: str, signer: str) -> None:
    assert signature_of(OPENING + CONTACT + name + "\n") == (signer, None)


NOT_WRAPPED = [
    # (two whole authorities one over the other stay two, a joint reply's)
    pytest.param("北江县财政局\n北江县教育局", "北江县财政局、北江县教育局", id="two-authorities"),
    # (a whole name over a unit of its own is read as before: one name)
    pytest.param("北江县人民政府\n办公室", "北江县人民政府办公室", id="office-ending-alone"),
]


@pytest.mark.parametrize(("name", "signer"), NOT_WRAPPED)
def test_whole_names_over_the_date_read_as_before(name: str, signer: str) -> None:
    assert signature_of(OPENING + name + "\n2024年5月10日\n") == (signer, "2024-05-10")


def test_body_sentence_broken_inside_a_name_signs_nothing_of_it() -> None:
    text = OPENING.replace("感谢", "此件并由县人民政\n府办公室督办。\n　　感谢")
    assert signature_of(text + "北江县水利局\n2024年5月10日\n") == ("北江县水利局", "2024-05-10")


def test_sentence_words_before_a_level_as_the_last_line_sign_nothing() -> None:
    assert signature_of(OPENING + CONTACT + "并由县人民政\n") == (None, None)
