"""A joint reply's signers listed with a semicolon or a comma (``某县财政局；某县教育局``,
``某县教育局，某县财政局``) run on after the last sentence with the date, the copy's line
breaks lost (``…感谢您的关心和支持。某县财政局；某县教育局 2024年5月6日``, glued or spaced):
every listed signer signs, in order, as on a tidy letter's line of their own (an earlier
round signed nothing for a comma list and read no date); so on the list's own line with the
date after it. Each name opens with its place: a body's items that end with ``；`` and a
sentence naming a body before the mark (``资金由某县财政局，``, ``我们将联系某县财政局，``)
list nothing, and the name after a ``；`` then signs alone. Snippets are invented."""

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
        pytest.param("某县文旅局；某县财政局 2024年5月6日", "某县文旅局、某县财政局", id="run-on"),
        pytest.param("某县文旅局;某县财政局  2024年5月6日", "某县文旅局、某县财政局", id="ascii"),
        pytest.param("某县文旅局；某县财政局2024年5月6日", "某县文旅局、某县财政局", id="glued"),
        pytest.param("某县文旅局；某县财政局；某县住建局 2024年5月6日",
                     "某县文旅局、某县财政局、某县住建局", id="three"),
        # the tidy letter's reading, which the run-on copy now gives
        pytest.param("\n\n某县文旅局；某县财政局\n2024年5月6日", "某县文旅局、某县财政局", id="tidy"),
        pytest.param("某县教育局，某县财政局 2024年5月6日", "某县教育局、某县财政局", id="comma-run-on"),
        pytest.param("某县教育局,某县财政局 2024年5月6日", "某县教育局、某县财政局", id="comma-ascii"),
        pytest.param("某县教育局，某县财政局2024年5月6日", "某县教育局、某县财政局", id="comma-glued"),
        pytest.param("某县教育局，某县财政局；某县水利局 2024年5月6日",
                     "某县教育局、某县财政局、某县水利局", id="mixed-marks"),
        # the tidy letter's reading, which the run-on copy now gives, and the ； list's
        pytest.param("\n\n某县教育局，某县财政局\n2024年5月6日", "某县教育局、某县财政局", id="comma-tidy"),
        pytest.param("某县教育局；某县财政局 2024年5月6日", "某县教育局、某县财政局",
                     id="semicolon-two"),
        # the list and the date on a line of their own (a tidy letter's one line)
        pytest.param("\n某县教育局，某县财政局 2024年5月6日", "某县教育局、某县财政局",
                     id="own-line"),
        pytest.param("\n某县教育局；某县财政局    2024年5月6日", "某县教育局、某县财政局",
                     id="own-line-semicolon"),
    ],
)  # fmt: skip
def test_listed_signers_run_on_each_sign(closing: str, signer: str) -> None:
    record = parse_text(HEAD + closing + "\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == (signer, "2024-05-06")
    assert span_problems(record) == []


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        # must not match: a sentence that names a body before the ；, and a body's items
        pytest.param("资金由某县文旅局；某县财政局 2024年5月6日", "某县财政局", id="sentence"),
        pytest.param("\n一是加固台阶；二是更换路灯；某县文旅局 2024年5月6日", "某县文旅局",
                     id="items"),
        pytest.param("某县文旅局 2024年5月6日", "某县文旅局", id="one"),
    ],
)  # fmt: skip
def test_other_run_on_closings_left_alone(closing: str, signer: str) -> None:
    record = parse_text(HEAD + closing + "\n", keywords=False)
    assert record.signature.issuer == signer


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
