"""A joint reply's signers listed with a comma (``某县教育局，某县财政局``) run on after the
last sentence with the date, the copy's line breaks lost (``…感谢您的关心和支持。某县教育局，
某县财政局 2024年5月6日``, glued or spaced): every listed signer signs, in order, as on a tidy
letter's line of their own and as a list with ``；`` run on so does (an earlier round signed
nothing and read no date); so on the list's own line with the date after it (``某县教育局，
某县财政局  2024年5月6日``, where an earlier round read neither). Each name opens with its place; a sentence's words before a body
(``资金由某县财政局，``, ``我们将联系某县财政局，``) list nothing. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于县十八届人大二次会议第52号建议的答复\n周某某代表：\n"
    "    您提出的关于修缮某村文化广场的建议收悉，现答复如下：\n"
    "    我们已将该广场列入今年修缮计划。感谢您的关心和支持。"
)


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        pytest.param("某县教育局，某县财政局 2024年5月6日", "某县教育局、某县财政局", id="run-on"),
        pytest.param("某县教育局,某县财政局 2024年5月6日", "某县教育局、某县财政局", id="ascii"),
        pytest.param("某县教育局，某县财政局2024年5月6日", "某县教育局、某县财政局", id="glued"),
        pytest.param("某县教育局，某县财政局；某县水利局 2024年5月6日",
                     "某县教育局、某县财政局、某县水利局", id="mixed-marks"),
        # the tidy letter's reading, which the run-on copy now gives, and the ； list's
        pytest.param("\n\n某县教育局，某县财政局\n2024年5月6日", "某县教育局、某县财政局", id="tidy"),
        pytest.param("某县教育局；某县财政局 2024年5月6日", "某县教育局、某县财政局",
                     id="semicolon"),
        # the list and the date on a line of their own (a tidy letter's one line)
        pytest.param("\n某县教育局，某县财政局 2024年5月6日", "某县教育局、某县财政局",
                     id="own-line"),
        pytest.param("\n某县教育局；某县财政局    2024年5月6日", "某县教育局、某县财政局",
                     id="own-line-semicolon"),
    ],
)  # fmt: skip
def test_comma_listed_signers_run_on_each_sign(closing: str, signer: str) -> None:
    record = parse_text(HEAD + closing + "\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == (signer, "2024-05-06")
    assert span_problems(record) == []


@pytest.mark.parametrize(
    "closing",
    [
        # must not match: a sentence's words before the first body
        pytest.param("资金由某县财政局，某县教育局 2024年5月6日", id="by"),
        pytest.param("我们将联系某县财政局，某县教育局 2024年5月6日", id="we"),
    ],
)
def test_a_sentence_listing_bodies_signs_nothing(closing: str) -> None:
    record = parse_text(HEAD + closing + "\n", keywords=False)
    assert record.signature.issuer is None
