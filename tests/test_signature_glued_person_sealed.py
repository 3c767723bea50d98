"""The person who signed glued after the signing authority with the seal's or the hand's
note in brackets after him (``某县教育局李某某（盖章）``, ``某县教育局 李某某(印章)``,
``某县教育局局长李某某（签字）``) or between the authority and him
(``某县教育局（盖章）李某某``): the authority signs; neither the person nor the note is part
of its name. A name that goes on past an office's ending keeps its note off alone. Snippets
are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于县十八届人大二次会议第40号建议的答复\n孙某某代表：\n"
    "    您提出的关于增设某镇幼儿园的建议收悉，现答复如下：\n"
    "    我局已将该项目列入明年计划。感谢您的关心和支持。\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("某县教育局李某某（盖章）", id="seal-after-person"),
        pytest.param("某县教育局李某某(印章)", id="ascii-brackets"),
        pytest.param("某县教育局 李某某(印章)", id="blank-before-person"),
        pytest.param("某县教育局局长李某某（签字）", id="post-and-hand"),
        pytest.param("某县教育局王某〔公章〕", id="other-bracket"),
        pytest.param("某县教育局（盖章）李某某", id="seal-before-person"),
    ],
)  # fmt: skip
@pytest.mark.parametrize(
    ("tail", "date"),
    [
        pytest.param("\n2024年7月1日\n", "2024-07-01", id="dated"),
        pytest.param("\n", None, id="undated"),
    ],
)  # fmt: skip
def test_the_authority_signs_without_person_and_note(
    line: str, tail: str, date: str | None
) -> None:
    record = parse_text(HEAD + line + tail, keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("某县教育局", date)
    assert span_problems(record) == []


@pytest.mark.parametrize(
    ("line", "signer"),
    [
        # must not match: an authority with its seal note alone, a unit that goes on past an
        # office's ending, and a sentence of the body
        pytest.param("某县教育局（盖章）", "某县教育局", id="seal-alone"),
        pytest.param("某县教育局王庄小学（盖章）", "某县教育局王庄小学", id="school"),
        pytest.param("某县教育局", "某县教育局", id="alone"),
    ],
)  # fmt: skip
def test_other_signer_lines_left_alone(line: str, signer: str) -> None:
    record = parse_text(HEAD + line + "\n2024年7月1日\n", keywords=False)
    assert record.signature.issuer == signer


def test_a_thanks_sentence_signs_nothing() -> None:
    record = parse_text(HEAD + "感谢某县教育局李某某（盖章）\n2024年7月1日\n", keywords=False)
    assert record.signature.issuer is None
