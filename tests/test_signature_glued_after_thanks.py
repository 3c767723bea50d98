"""The signer a copy glued to the reply's closing sentence that has no full stop
(``…感谢您对我们工作的支持某县某局2024年5月10日``, ``再次感谢您的关注某局``, ``欢迎继续提出宝贵
意见某局``): the authority after the thanks signs, not the sentence with it; its date may have
lost its 日 at the line's end. A sentence of the body that names an office before a date,
or thanks an office with no closing words, signs nothing new (snippets written here,
invented units)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "甲县林业局\n关于第3号建议的答复\n王某代表：\n    您提出的建议收悉。现答复如下：\n"
    "    我局已组织巡查，下一步将继续加强管护。\n"
)
FLAT = (
    "关于第3号建议的答复 王某代表： 您提出的建议收悉。现答复如下： 我局已组织巡查，"
    "下一步将继续加强管护。"
)

READ = [
    pytest.param(HEAD, "    感谢您对林业工作的支持甲县林业局2024年5月10日", id="support"),
    pytest.param(HEAD, "    感谢您对我们工作的关心和支持甲县林业局2024年5月10日",
                 id="care-and-support"),
    pytest.param(HEAD, "    再次感谢您的关注甲县林业局2024年5月10日", id="attention"),
    pytest.param(HEAD, "    欢迎继续提出宝贵意见甲县林业局2024年5月10日", id="welcome-opinions"),
    pytest.param(HEAD, "    敬请谅解甲县林业局2024年5月10日", id="forgive"),
    pytest.param(HEAD, "    感谢您的关注和帮助甲县林业局2024年5月10日", id="two-words"),
    pytest.param(HEAD, "    感谢您对林业工作的支持甲县林业局2024年5月10", id="day-lost"),
    pytest.param(HEAD, "    感谢您对林业工作的支持甲县林业局\n2024年5月10日", id="date-below"),
    pytest.param(HEAD, "    感谢您对林业工作的支持甲县林业局二〇二四年五月十日",
                 id="chinese-numerals"),
    pytest.param("", FLAT + "感谢您对林业工作的支持甲县林业局2024年5月10日", id="flattened"),
]  # fmt: skip


@pytest.mark.parametrize(("head", "end"), READ)
def test_signer_glued_after_the_thanks(head: str, end: str) -> None:
    text = head + end + "\n"
    record = parse_text(text, keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("甲县林业局", "2024-05-10")
    assert record.issuer == "甲县林业局"
    start, stop = record.signature.issuer_span or (0, 0)
    assert text[start:stop] == "甲县林业局"
    assert span_problems(record) == []


def test_an_office_named_with_a_thanks_word_is_whole() -> None:
    """The first place after which a name of no sentence's words stands: an office whose
    name holds 关心 is not cut there."""
    end = "    感谢您的支持甲县关心下一代工作委员会2024年5月10日\n"
    record = parse_text(HEAD + end, keywords=False)
    assert record.signature.issuer == "甲县关心下一代工作委员会"


# near misses: the office before a date in a sentence of the body, an office thanked with
# no closing words, a sentence that ends with a date; the letter's own signer still signs
SIGNED = "\n甲县林业局\n2024年6月1日\n"
NEAR = [
    pytest.param(HEAD + "    感谢您的支持甲县林业局2024年5月10日召开会议。" + SIGNED,
                 ("甲县林业局", "2024-06-01"), id="date-opens-a-sentence"),
    pytest.param(HEAD + "    感谢您对林业工作的支持甲县林业局2024年5月10日\n    下一步我们将继续努力。"
                 + SIGNED, ("甲县林业局", "2024-06-01"), id="not-the-last-paragraph"),
    pytest.param(HEAD + "    该工程由乙县水利局负责，预计将于2024年6月30日\n",
                 (None, None), id="sentence-ends-with-a-date"),
    pytest.param(HEAD + "    感谢您对林业工作的支持乙县水利局将于2024年6月30日\n",
                 (None, None), id="office-acts-in-the-sentence"),
    pytest.param(HEAD + "    请乙县水利局2024年6月30日\n" + SIGNED, ("甲县林业局", "2024-06-01"),
                 id="plea-without-closing-words"),
    pytest.param(HEAD + "    感谢市人大常委会2024年5月10日\n" + SIGNED, ("甲县林业局", "2024-06-01"),
                 id="thanks-an-office"),
    pytest.param(HEAD + "    感谢您的支持和乙县水利局2024年5月10日\n" + SIGNED,
                 ("甲县林业局", "2024-06-01"), id="sentence-goes-on"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "signature"), NEAR)
def test_near_misses(text: str, signature: tuple[str | None, str | None]) -> None:
    record = parse_text(text, keywords=False)
    assert (record.signature.issuer, record.signature.date) == signature
