"""A body sentence that names an office is no signer's line, though it ends as an office's
name does: a verb of asking or handing over before the office's place (``详询某县教育局李某某
2024年5月6日``, ``咨询…``, ``联系…``, ``此事已转交某县…``: whom to ask, who handles it), or a
preposition after the sentence's first words (``资金由某县财政局``, ``验收由…``, ``此事经…``).
Run on after the last sentence with the date, or on a line of its own over it, the date
still signs and no office does (an earlier round signed ``详询某县教育局``, ``资金由某县财政局
、某县教育局``; a body named after the sentence's ``；`` signs alone, as run on). Names that hold such a character stay whole: 经济开发区, 向阳镇, 大同市,
从化区, 某县法律咨询服务中心. Snippets are invented."""

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
        pytest.param("详询某县教育局李某某 2024年5月6日", None, id="ask-person-run-on"),
        pytest.param("如需了解，详询某县教育局 2024年5月6日", None, id="ask-after-comma"),
        pytest.param("\n咨询某县教育局 2024年5月6日", None, id="consult-line"),
        pytest.param("\n详询某县教育局\n2024年5月6日", None, id="ask-over-date"),
        pytest.param("\n可联系某县教育局\n2024年5月6日", None, id="contact-over-date"),
        pytest.param("\n资金由某县财政局\n2024年5月6日", None, id="by-over-date"),
        pytest.param("\n此事经某县财政局\n2024年5月6日", None, id="through"),
        # the name after a sentence's ； signs alone, on the sentence's line or run on after
        # the last sentence alike (signers50's reading of the latter)
        pytest.param("\n资金由某县财政局；某县教育局\n2024年5月6日", "某县教育局", id="by-listed"),
        pytest.param("资金由某县财政局；某县教育局 2024年5月6日", "某县教育局", id="run-on-list"),
    ],
)  # fmt: skip
def test_a_sentence_naming_an_office_signs_nothing(closing: str, signer: str | None) -> None:
    record = parse_text(HEAD + closing + "\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == (signer, "2024-05-06")
    assert span_problems(record) == []


@pytest.mark.parametrize(
    "name",
    [
        "某某经济开发区管理委员会",
        "某某经济技术开发区管委会",
        "向阳镇人民政府",
        "某县向阳镇人民政府",
        "从化区教育局",
        "大同市教育局",
        "同心县教育局",
        "某县法律咨询服务中心",
        "某县人民政府与某县财政局",
        "国家税务总局某县税务局",
    ],
)
def test_names_holding_such_characters_sign(name: str) -> None:
    for closing in ("\n" + name + "\n2024年5月6日", name + " 2024年5月6日"):
        record = parse_text(HEAD + closing + "\n", keywords=False)
        assert (record.signature.issuer, record.signature.date) == (name, "2024-05-06"), closing
