"""A comment form run on at a flattened letter's end is cut from its prompt on; the prompt
comes after the letter's last figure (its date). A plea of the letter's own that asks for
opinions before its signer and date (``…请您继续对我们的工作提出宝贵意见。 某局 20990102``)
is the letter's, though empty fields with a captcha follow the date: the cut never starts
there, and the signer and date stay read. Snippets are invented."""

from __future__ import annotations

from replyparse.chrome import chrome_tail

_LETTER = (
    "某某委员： 您提出的提案收悉，现答复如下： 我局已在校门口增设护栏。"
    "请您继续对我们的工作提出宝贵意见。 某县某局 20990102"
)
_FIELDS = " • 姓  名: • 联系方式: • *验 证 码:"
_PROMPT = " 为进一步了解公众对政策的评价，请您提出宝贵的意见或建议。"


def test_the_letters_own_plea_is_no_prompt() -> None:
    line = _LETTER + _FIELDS
    at = chrome_tail(line)
    assert at is None or "20990102" in line[:at]


def test_the_prompt_after_the_date_is_cut() -> None:
    line = _LETTER + _PROMPT + _FIELDS
    at = chrome_tail(line)
    assert at is not None and line[at:].lstrip().startswith("为进一步了解")
    assert "20990102" in line[:at]
