"""The proposal's number a sentence gives after 编号为, right before the item's kind word or
its quoted title (``您提出的编号为第88号的建议``, ``编号为0031的《…》``), in the opening or in
the title (snippets written for these tests; names and numbers invented)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_SALUTATION = "钱立代表：\n"
_BODY = "\n我局已组织研究。\n"
_TITLE = "《关于加强城东菜市场管理的建议》"

READ = {
    "before-kind-word": (f"{_SALUTATION}您提出的编号为第88号的建议收悉，现答复如下：", "88"),
    "digits-alone": (f"{_SALUTATION}您提出的编号为88的建议收悉，现答复如下：", "88"),
    "before-quoted-title": (f"{_SALUTATION}您提出的编号为0031的{_TITLE}收悉，现答复如下：", "0031"),
    "no-de": (f"{_SALUTATION}您提出的编号为2024088号{_TITLE}收悉，现答复如下：", "2024088"),
    "kind-word-before": (
        f"{_SALUTATION}您提出的建议编号为2024088的{_TITLE}收悉，现答复如下：",
        "2024088",
    ),
    "whose-word": (f"{_SALUTATION}您提出的编号为第15号的代表建议收悉，现答复如下：", "15"),
    "in-the-title": (
        f"关于编号为第56号的提案的答复\n{_SALUTATION}您提出的提案收悉，现答复如下：",
        "56",
    ),
}

# Near misses: 编号为 before no kind word or title of the item
NOT_READ = {
    "nothing-after": f"{_SALUTATION}您提出的建议收悉，编号为88，现答复如下：",
    "a-document": f"{_SALUTATION}您提出的建议收悉，现答复如下：按编号为2024015的通知执行。",
    "a-road": f"{_SALUTATION}您提出的建议收悉，现答复如下：编号为12的道路已改造。",
}


def _number(text: str) -> str | None:
    letter = parse_text(text + _BODY, keywords=False)
    p = letter.proposal
    if p is None or p.number is None:
        return None
    assert letter.text is not None and p.number_span is not None
    assert letter.text[p.number_span[0] : p.number_span[1]] == p.number
    return p.number


@pytest.mark.parametrize(("text", "number"), READ.values(), ids=READ.keys())
def test_number_after_numbered_as(text: str, number: str) -> None:
    assert _number(text) == number


@pytest.mark.parametrize("text", NOT_READ.values(), ids=NOT_READ.keys())
def test_no_number_after_numbered_as(text: str) -> None:
    assert _number(text) is None
