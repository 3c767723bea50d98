"""A form's signing slot filled with the body that signs rather than a leader's name
(``领导签字：某县教育局``, ``签发人：某县教育局``, ``单位负责人：…``) on one line above the
date: that body signs the letter when no authority line does, as after ``主办单位：``. A
person in the slot, a body that is no authority, and an authority line above the date are
read as before. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于县九届人大二次会议第17号建议的答复\n\n"
    "周某某代表：\n　　您提出的《关于改善乡村学校校舍的建议》收悉，现答复如下：\n"
    "　　我局已将校舍维修纳入年度计划。\n"
    "　　感谢您对教育工作的关心和支持。\n\n"
)

# (the closing, the signer)
SLOTS = [
    pytest.param("领导签字：桐石县教育局\n2023年5月6日\n", "桐石县教育局", id="leader-signs"),
    pytest.param("签发人：桐石县教育局\n2023年5月6日\n", "桐石县教育局", id="signed-off-by"),
    pytest.param("签发：桐石县教育局\n2023年5月6日\n", "桐石县教育局", id="signed-off"),
    pytest.param("单位负责人：桐石县教育局\n2023年5月6日\n", "桐石县教育局", id="unit-head"),
    pytest.param("负责人:桐石县教育局\n二〇二三年五月六日\n", "桐石县教育局", id="head-half-colon"),
    pytest.param(
        "领导签发：桐石县教育局（盖章）\n2023年5月6日\n", "桐石县教育局", id="with-seal-note"
    ),
    pytest.param(
        "领导签字：桐石县教育局    联系人：周某  电话：0000-5550123\n2023年5月6日\n",
        "桐石县教育局",
        id="contact-on-the-line",
    ),
    pytest.param(
        "签发人：桐石县教育局\n联系人：周某，电话：0000-5550123\n2023年5月6日\n",
        "桐石县教育局",
        id="contact-between",
    ),
]


@pytest.mark.parametrize(("closing", "signer"), SLOTS)
def test_the_body_in_the_signing_slot_signs(closing: str, signer: str) -> None:
    record = parse_text(HEAD + closing)
    assert record.signature.issuer == signer
    assert record.issuer == signer
    assert record.signature.date is not None
    assert span_problems(record) == []


# near misses: the slot names a person, or no authority; an authority line signs first
NOT_SLOTS = [
    pytest.param("领导签字：周某某\n2023年5月6日\n", None, id="a-person-signs"),
    pytest.param("签发人：我局\n2023年5月6日\n", None, id="no-authority-named"),
    pytest.param("负责人：桐石县教育局局长\n2023年5月6日\n", None, id="a-post-of-the-body"),
    pytest.param("审核人：桐石县教育局\n2023年5月6日\n", None, id="a-checker-signs-nothing"),
    pytest.param(
        "桐石县教育局\n签发人：桐石县教育局办公室\n2023年5月6日\n",
        "桐石县教育局",
        id="authority-line-first",
    ),
]


@pytest.mark.parametrize(("closing", "signer"), NOT_SLOTS)
def test_no_body_in_the_slot_signs(closing: str, signer: str | None) -> None:
    record = parse_text(HEAD + closing)
    assert record.signature.issuer == signer
    assert record.signature.date == "2023-05-06"
