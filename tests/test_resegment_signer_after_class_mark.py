"""A flattened letter (one line) whose class row stands between its last sentence and
its signer (``…支持。 办复类别：A类 某局 联系电话：…``, a bare ``A类`` too, dated or not): the
authority after the mark and its gap signs (an earlier round read the mark's 类 as the
name's head, or asked for a sentence's end right before the name, and no one signed).
Snippets in our own words, invented names."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

LETTER = (
    "关于县十八届人大二次会议第25号建议的答复 王某代表： 您提出的关于加强某镇道路养护的建议收悉。"
    "现答复如下：我局已安排资金对该路段进行维修，下一步将加强日常巡查。感谢您对交通工作的关心和支持。 "
)


@pytest.mark.parametrize(
    ("tail", "date", "handling"),
    [
        pytest.param("办复类别:A类 某县交通运输局 联系电话:0000-5550123", None, "A", id="label-then-phone"),
        pytest.param("办复类别:A类 某县交通运输局", None, "A", id="label-last"),
        pytest.param("办复类别：B类 某县交通运输局 联系人：李某 电话：0000-5550123", None, "B", id="label-then-contact"),
        pytest.param("A类 某县交通运输局 联系电话:0000-5550123", None, "A", id="bare-mark"),
        pytest.param("办复类别:A类 某县交通运输局 2023年6月10日 联系电话:0000-5550123", "2023-06-10", "A", id="dated"),
        pytest.param("办复类别：乙类 某县交通运输局 2023年6月10日", "2023-06-10", "B", id="dated-ordinal"),
    ],
)  # fmt: skip
def test_the_authority_after_the_mark_signs(tail: str, date: str | None, handling: str) -> None:
    record = parse_text(LETTER + tail + "\n")
    assert (record.signature.issuer, record.signature.date) == ("某县交通运输局", date)
    assert record.handling_type == handling
    assert span_problems(record) == []


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param("办复类别：B类 联系人：李某 电话：0000-5550123", id="a-contact-after-it"),
        pytest.param("办复类别：A类 某某某 联系电话：0000-5550123", id="no-authority"),
    ],
)  # fmt: skip
def test_no_authority_after_the_mark_signs_nothing(tail: str) -> None:
    record = parse_text(LETTER + tail + "\n")
    assert record.signature.issuer is None
    assert record.contacts[0].phone == "0000-5550123"
