"""The labels of the slot a letter is signed in are one pattern in the closing
(``_SIGNING_SLOT``): read after the signer glued to it (``某县教育局签发人：李某某``: the
person no part of the name) and before the signing body a form writes in it
(``签发人：某县教育局``: the body signs). They were written out twice, one copy lacking
``负责人签发``. Names are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.closing import glued_person_start

SLOTS = ["签发人", "签发", "签发领导", "领导签字", "单位领导签发", "负责人签章", "单位负责人签发"]

LETTER = """关于增设某路口信号灯建议的答复
王某代表：
您提出的关于增设信号灯的建议收悉，现答复如下：我局将于年内完成增设。
{line}
2024年5月10日
"""


@pytest.mark.parametrize("slot", SLOTS)
def test_the_slot_glued_after_the_signer_is_no_part_of_it(slot: str) -> None:
    assert glued_person_start(f"某县交通运输局{slot}：李某某") == len("某县交通运输局")


@pytest.mark.parametrize("slot", SLOTS)
def test_the_body_written_in_the_slot_signs(slot: str) -> None:
    record = parse_text(LETTER.format(line=f"{slot}：某县交通运输局"))
    assert record.signature.issuer == "某县交通运输局"


@pytest.mark.parametrize(
    "line", ["签发人：李某某", "承办科室负责人：王某"], ids=["person", "handler"]
)
def test_a_person_in_the_slot_signs_nothing(line: str) -> None:
    assert parse_text(LETTER.format(line=line)).signature.issuer is None
