"""An opening that says who sent the item on before naming it (市人大常委会转来您提出的《…》
收悉): 转来 before the item is no end of it, the title after it is read (snippets written
for these tests; names and numbers invented)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_BODY = "我局已组织研究。\n"

# (kind, number, session, title) each letter's careful reader writes
FORWARDED = {
    "zhuanlai-before-quoted": (
        "钱立代表：\n县人大常委会转来您提出的《关于整治城东菜市场秩序的建议》收悉，现答复如下：\n",
        ("建议", None, None, "关于整治城东菜市场秩序的建议"),
    ),
    "zhuanlai-session-number": (
        "钱立代表：\n县人大常委会转来您在县十八届人大三次会议上提出的"
        "《关于整治城东菜市场秩序的建议》（第12号）收悉。\n",
        ("建议", "12", "县十八届人大三次会议", "关于整治城东菜市场秩序的建议"),
    ),
    "zhuanlai-unquoted": (
        "钱立委员：\n县政协转来您提出的关于整治城东菜市场秩序的提案收悉，现答复如下：\n",
        ("提案", None, None, "关于整治城东菜市场秩序的提案"),
    ),
    # 转来 right after the item still ends it
    "zhuanlai-after-item": (
        "钱立代表：\n您提出的《关于整治城东菜市场秩序的建议》转来后，我局高度重视，现答复如下：\n",
        ("建议", None, None, "关于整治城东菜市场秩序的建议"),
    ),
}

# Near misses: a document cited after 转来 that is no proposal's title
NOT_FORWARDED = {
    "cited-notice-after-zhuanlai": (
        "钱立代表：\n您提出的建议收悉。县政府转来《关于做好市场整治工作的通知》，现答复如下：\n",
        ("建议", None, None, None),
    ),
}


def _read(text: str) -> tuple[str | None, str | None, str | None, str | None]:
    p = parse_text(text + _BODY).proposal
    assert p is not None
    return (p.kind, p.number, p.session, p.title)


@pytest.mark.parametrize(("text", "expected"), FORWARDED.values(), ids=FORWARDED.keys())
def test_title_after_zhuanlai_is_read(text: str, expected: tuple[str | None, ...]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_FORWARDED.values(), ids=NOT_FORWARDED.keys())
def test_cited_document_after_zhuanlai_is_no_title(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert _read(text) == expected
