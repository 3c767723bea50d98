"""A sentence's first words before the signer on its line, a blank between (closing.py,
``sentence_lead``): a copy ran the signer on after the body's last sentence with the next
sentence's opening words glued before it (``…认真落实。经研究 县交通局``), or the line
stands so over the date. The words (a paragraph's opening, ``经研究``, ``目前``, ``根据``,
or a word no name holds) are no place cut from its level, so the authority after the blank
signs alone (an earlier round signed ``经研究县交通局``, or nothing). Snippets in our own
words (left61a)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import signature_of
from spans import span_problems

BODY = "关于拓宽某镇集市道路的建议的答复\n赵某代表：\n您提出的建议收悉。我局将认真研究落实。"


@pytest.mark.parametrize(
    "words",
    [
        pytest.param("经研究", id="after-study"),
        pytest.param("经调查", id="after-inquiry"),
        pytest.param("目前", id="at-present"),
        pytest.param("根据", id="according-to"),
        pytest.param("下一步", id="next-step"),
    ],
)
@pytest.mark.parametrize(
    "where",
    [
        pytest.param("{words} 县交通局\n2024年5月10日", id="run-on"),
        pytest.param("\n{words} 县交通局\n2024年5月10日", id="own-line"),
        pytest.param("{words} 县交通局 2024年5月10日", id="run-on-dated-line"),
    ],
)
def test_the_authority_after_the_blank_signs(words: str, where: str) -> None:
    text = BODY + where.format(words=words) + "\n"
    record = parse_text(text, keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("县交通局", "2024-05-10")
    assert record.issuer == "县交通局"
    assert span_problems(record) == []


def test_undated() -> None:
    assert signature_of(BODY + "经研究 县交通局\n") == ("县交通局", None)


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        # a place cut from its level stays one name (issuer59)
        pytest.param("\n甲山 县水务局\n2024年5月10日", "甲山县水务局", id="place-and-level"),
        # the sentence goes on after the authority: no signer, the date still read
        pytest.param("经研究 县交通局将于下月\n2024年5月10日", None, id="sentence-goes-on"),
        # the words after the blank are the sentence's own, naming an office at their end
        # after a verb or a preposition (review61c: left61a's rule signed them whole)
        pytest.param(
            "\n目前 县城各停车场统一归口县交通局\n2024年5月10日", None, id="sentence-names-office"
        ),
        pytest.param("\n目前 县里已将此事交县交通局\n2024年5月10日", None, id="handed-on"),
        # an office's name after its place, a word of a sentence's in it or not, signs
        pytest.param("\n经研究 县住房和城乡建设局\n2024年5月10日", "县住房和城乡建设局", id="and"),
        pytest.param("\n经研究 县对外经济贸易局\n2024年5月10日", "县对外经济贸易局", id="dui"),
    ],
)
def test_otherwise(closing: str, expected: str | None) -> None:
    assert signature_of(BODY + closing + "\n") == (expected, "2024-05-10")


# A sentence that hands the matter to an office, or sends the reader to one, with a stray
# blank inside the office's name (已转交县文化 和旅游局): the body's last line that lost its
# full stop, no signer, neither the whole (an earlier round signed 已转交县文化和旅游局) nor
# the tail after the blank (和旅游局); the date under it is still the signature's (left61a).
HANDED = [
    pytest.param("已转交县文化 和旅游局", id="handed-level"),
    pytest.param("已转交某县文化 和旅游局", id="handed-place"),
    pytest.param("现转请市水利 管理局", id="passed-on"),
    pytest.param("详询县教育 体育局", id="ask"),
    pytest.param("已转交县文化和旅游局", id="no-blank"),
]


@pytest.mark.parametrize("sentence", HANDED)
@pytest.mark.parametrize(
    "where",
    [
        pytest.param("\n{sentence}\n2024年5月10日", id="own-line"),
        pytest.param("{sentence}\n2024年5月10日", id="run-on"),
        pytest.param("{sentence} 2024年5月10日", id="run-on-dated-line"),
    ],
)
def test_a_sentence_naming_an_office_signs_nothing(sentence: str, where: str) -> None:
    record = parse_text(BODY + where.format(sentence=sentence) + "\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == (None, "2024-05-10")
    assert record.issuer is None


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        # 会同 is a county's name before its 县, no verb (review51c)
        pytest.param("\n会同县某镇人民政府\n2024年5月10日", "会同县某镇人民政府", id="huitong"),
        # the signer itself with such a blank, after the sentence's end (left60b)
        pytest.param(
            "宜和市文化广电 和旅游局\n2024年5月10日", "宜和市文化广电和旅游局", id="signer"
        ),
    ],
)
def test_names_that_sign(closing: str, expected: str) -> None:
    assert signature_of(BODY + closing + "\n") == (expected, "2024-05-10")
