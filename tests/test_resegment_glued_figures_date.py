"""A letter flattened with nothing between its lines whose signed date the copy kept in
figures only, its 年月日 lost (``2023716``): the signer, glued between the last sentence
and those figures, is still read when what follows the figures opens an element of its
own: a suffix label with its own words (``…某局2023716承办负责人：…``) or a word and its
colon the closing reader does not know, a saved page's chrome (``…某局20220916附件下载：…``).
Figures inside a sentence, a phone's digits before a label, and letters that kept their
lines are read as before."""

from __future__ import annotations

import pytest

from replyparse import parse_text

OPENING = (
    "关于县人大二次会议第8号建议的答复张某代表：您提出的关于修缮村道的建议收悉。"
    "现答复如下：我局高度重视，已安排专项资金。"
)

GLUED = [
    pytest.param("感谢您对我局工作的支持。甲县自然资源局2023716承办负责人：王某某承办人及联系电话：李某 0000-5550123", "甲县自然资源局", id="own-words-label-after-figures"),
    pytest.param("感谢您对我局工作的支持。乙市公安局交通警察大队2024127承办负责人：赵某 138xxxx0000", "乙市公安局交通警察大队", id="brigade-own-words-label"),
    pytest.param("专此答复。丙县教育体育局20220916附件下载：扫一扫在手机上查看当前页面", "丙县教育体育局", id="page-chrome-word-and-colon"),
    pytest.param("专此答复。丙县教育体育局2021年10月22日分享到：", "丙县教育体育局", id="whole-date-then-chrome"),
]  # fmt: skip


@pytest.mark.parametrize(("closing", "signer"), GLUED)
def test_the_signer_before_the_figures_is_read(closing: str, signer: str) -> None:
    letter = parse_text(OPENING + closing)
    assert letter.signature.issuer == signer
    assert letter.issuer == signer


def test_the_label_after_the_figures_keeps_its_value() -> None:
    letter = parse_text(OPENING + GLUED[0].values[0])
    assert [(c.name, c.phone) for c in letter.contacts] == [("李某", "0000-5550123")]


# Must not match: the same figures in a sentence, a phone's digits before a label, a word
# and a colon after a date inside a sentence, and tidy letters.
def test_figures_inside_a_sentence_cut_nothing() -> None:
    letter = parse_text(
        OPENING + "项目编号为2023716承办负责人：王某。感谢您的支持。丁县水务局2024年3月5日"
    )
    assert letter.signature.issuer == "丁县水务局"
    assert letter.signature.date == "2024-03-05"


def test_a_phone_before_a_suffix_label_is_no_date() -> None:
    letter = parse_text(
        "关于某建议的答复\n张某代表：\n　　您的建议收悉。\n　　感谢您的支持。\n"
        "丁县水务局\n2024年3月5日\n联系电话：0000-20231205承办负责人：王某\n"
    )
    assert letter.signature.issuer == "丁县水务局"
    assert letter.signature.date == "2024-03-05"


def test_a_date_in_a_sentence_before_a_colon_is_no_signature() -> None:
    letter = parse_text(
        OPENING + "我局于2024年3月5日下午：召开了专题会议。感谢您的支持。丁县水务局2024年3月9日"
    )
    assert letter.signature.issuer == "丁县水务局"
    assert letter.signature.date == "2024-03-09"


TIDY = [
    pytest.param("关于某建议的答复\n张某代表：\n　　您的建议收悉。\n　　感谢您的支持。\n甲县自然资源局\n2023716\n承办负责人：王某某\n", id="figures-under-signer"),
    pytest.param("关于某建议的答复\n张某代表：\n　　您的建议收悉。\n　　专此答复。\n丙县教育体育局\n20220916\n附件下载：\n", id="chrome-line-after"),
]  # fmt: skip


@pytest.mark.parametrize("text", TIDY)
def test_tidy_letters_read_as_before(text: str) -> None:
    letter = parse_text(text)
    assert letter.signature.issuer in ("甲县自然资源局", "丙县教育体育局")
