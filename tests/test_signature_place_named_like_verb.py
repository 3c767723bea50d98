"""A place whose own name is written with a verb of asking or handing over (怀化市会同县: 会同,
"together with", a real county's name) signs as any place does: the level right after the
verb's characters makes them the place's name, no sentence's verb before an office (an
earlier round read ``会同县某镇人民政府`` over its date as a body sentence and signed nothing).
A sentence that hands a matter over before an office's place still signs nothing. Snippets
are invented (the towns, the people); 会同县 is named as the pattern's instance."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "关于改善乡村道路的建议的答复\n\n刘某某代表：\n"
    "    您提出的关于改善乡村道路的建议收悉，现答复如下：\n"
    "    我们已将该路段列入明年养护计划。感谢您的关心和支持。\n"
)


@pytest.mark.parametrize(
    ("signer", "issuer"),
    [
        pytest.param("会同县某某镇人民政府", "会同县某某镇人民政府", id="county-opens"),
        pytest.param("某某市会同县某某镇人民政府", "某某市会同县某某镇人民政府", id="after-city"),
        pytest.param("会同县教育局", "会同县教育局", id="county-bureau"),
        pytest.param("某县人民政府", "某县人民政府", id="tidy"),
    ],
)
def test_place_named_like_a_verb_signs(signer: str, issuer: str) -> None:
    letter = parse_text(HEAD + signer + "\n2024年5月6日\n")
    assert letter.signature is not None
    assert letter.signature.issuer == issuer
    assert letter.signature.date == "2024-05-06"


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("详询某县某某镇人民政府\n2024年5月6日\n", id="ask-over-date"),
        pytest.param("此事已会同某县某某镇人民政府\n2024年5月6日\n", id="together-over-date"),
    ],
)
def test_sentence_naming_an_office_signs_nothing(closing: str) -> None:
    letter = parse_text(HEAD + closing)
    assert letter.signature is None or letter.signature.issuer is None
