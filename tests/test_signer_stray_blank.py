"""A stray blank inside the signing authority's name over its date (an OCR'd scan, a web
copy: ``宜阳市文化广电 和旅游局``): the piece before it, the name's head from the line's
start opening with its place, is part of the name, however long. Two authorities, or the
last words of a sentence before the name, stay apart (snippets written here, invented
units)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = (
    "甲县林业局\n关于第3号建议的答复\n王某代表：\n    您提出的建议收悉。现答复如下：\n"
    "    我局已落实。感谢您的支持！\n\n"
)

CASES = [
    ("five", "青山市交通 运输局", "青山市交通运输局"),
    ("seven", "宜阳市文化广电 和旅游局", "宜阳市文化广电和旅游局"),
    ("district", "金水区市场 监督管理局", "金水区市场监督管理局"),
    ("short-piece", "青山市 交通运输局", "青山市交通运输局"),
    # near misses
    ("joint", "甲县财政局 甲县林业局", "甲县财政局、甲县林业局"),
    ("sentence-before", "欢迎继续提出宝贵意见 甲县林业局", "甲县林业局"),
    ("thanks-before", "再次感谢您对林业工作的关心 甲县林业局", "甲县林业局"),
]


@pytest.mark.parametrize(
    ("line", "signer"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_signer_with_a_stray_blank(line: str, signer: str) -> None:
    letter = parse_text(_HEAD + line + "\n2022年6月20日\n", keywords=False)
    assert letter.signature.issuer == signer
    assert letter.signature.date == "2022-06-20"
