"""A letter's last line that is a sentence of the body ending with a date, an office named
before it (``感谢市人大常委会2024年5月10日``, ``请乙县水利局2024年6月30日``): thanks, a plea,
a hope or a welcome opens it, which no authority's name does, so it is no signer and its
date. Read as before: an office whose name holds such words further in
(``甲县关心下一代工作委员会``, ``甲市希望工程办公室``), a signer a copy glued after the closing
sentence (``感谢您的支持甲县林业局2024年5月10日``: :mod:`test_signature_glued_after_thanks`),
or after 谢谢, a formula that ends the reply on its own (snippets written here, invented
units)."""

from __future__ import annotations

import pytest

from replyparse import parse_text, vocab

HEAD = (
    "甲县林业局\n关于第3号建议的答复\n王某代表：\n    您提出的建议收悉。现答复如下：\n"
    "    我局已组织巡查，下一步将继续加强管护。\n"
)

NO_SIGNER = [
    pytest.param("    感谢市人大常委会2024年5月10日\n", id="thanks"),
    pytest.param("    请乙县水利局2024年6月30日\n", id="plea"),
    pytest.param("    恳请市财政局2024年6月30日\n", id="earnest-plea"),
    pytest.param("    敬请乙县水利局2024年6月\n", id="polite-plea-month"),
    pytest.param("    烦请乙县水利局2024年6月30日\n", id="bother-plea"),
    pytest.param("    希望乙县水利局2024年6月30日\n", id="hope"),
    pytest.param("    衷心希望得到乙县水利局\n2024年6月30日\n", id="hope-inside-a-sentence"),
    pytest.param("    欢迎乙县文化馆2024年5月10日\n", id="welcome"),
    pytest.param("    感谢您的支持。\n    请乙县水利局\n2024年6月30日\n", id="plea-date-below"),
    pytest.param("    感谢市人大常委会二〇二四年五月十日\n", id="chinese-numerals"),
]


@pytest.mark.parametrize("end", NO_SIGNER)
def test_a_sentence_ending_with_a_date_signs_nothing(end: str) -> None:
    record = parse_text(HEAD + end, keywords=False)
    assert record.signature.issuer is None
    assert record.issuer == "甲县林业局"  # the head's authority


# near-misses: each still signs
SIGNED = [
    pytest.param("甲县关心下一代工作委员会2024年5月10日\n", "甲县关心下一代工作委员会",
                 id="care-inside-the-name"),
    pytest.param("甲市希望工程办公室2024年5月10日\n", "甲市希望工程办公室",
                 id="hope-inside-the-name"),
    pytest.param("甲县关心下一代工作委员会\n2024年5月10日\n", "甲县关心下一代工作委员会",
                 id="care-inside-date-below"),
    pytest.param("甲市希望工程办公室\n2024年5月10日\n", "甲市希望工程办公室",
                 id="hope-inside-date-below"),
    pytest.param("    感谢您的支持。\n甲市希望工程办公室\n2024年5月10日\n", "甲市希望工程办公室",
                 id="hope-inside-after-thanks"),
    pytest.param("    感谢您对林业工作的支持甲县林业局2024年5月10日\n", "甲县林业局",
                 id="glued-after-thanks"),
    pytest.param("    欢迎继续提出宝贵意见甲县林业局2024年5月10日\n", "甲县林业局",
                 id="glued-after-welcome"),
    pytest.param("    谢谢甲县林业局2024年5月10日\n", "甲县林业局", id="after-xiexie"),
    pytest.param("    感谢您的支持。\n甲县林业局2024年5月10日\n", "甲县林业局",
                 id="after-the-thanks-sentence"),
]  # fmt: skip


@pytest.mark.parametrize(("end", "issuer"), SIGNED)
def test_an_office_whose_name_holds_such_words_signs(end: str, issuer: str) -> None:
    record = parse_text(HEAD + end, keywords=False)
    assert (record.signature.issuer, record.signature.date) == (issuer, "2024-05-10")


# One list of such words (data/sentence_openers.txt) serves both readings: each word opens
# a sentence that signs nothing, and each opens the closing sentence a copy glued the
# signer after.
OPENERS = vocab.words("sentence_openers")


@pytest.mark.parametrize("word", OPENERS)
def test_every_opener_of_the_shared_list_opens_no_signer(word: str) -> None:
    record = parse_text(HEAD + f"    {word}乙县水利局2024年6月30日\n", keywords=False)
    assert record.signature.issuer is None


@pytest.mark.parametrize("word", OPENERS)
def test_every_opener_of_the_shared_list_ends_before_a_glued_signer(word: str) -> None:
    end = f"    {word}您继续关注和支持甲县林业局2024年5月10日\n"
    record = parse_text(HEAD + end, keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("甲县林业局", "2024-05-10")
