"""A signer's name with a blank after an autonomous place's name (``内蒙古自治区 甲山旗林业局``,
``新疆维吾尔自治区 甲山县教育局``): one name as written, as ``甲省 乙县教育局`` is read (a
stray blank inside a name whose piece before it opens with its place). An earlier round
cut the place off as the tail of the body (resegment.py, ``_PLACE_FIRST``: its level came
past the fourth character) and signed the second part alone. Names invented (left60)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import signature_of
from spans import span_problems

HEAD = (
    "关于保护某林场古树的建议的答复\n吴某代表：\n"
    "您提出的建议收悉。我局已将古树列入保护名录。\n感谢您对林业工作的支持。\n"
)
RUN_ON = "关于保护某林场古树的建议的答复\n吴某代表：\n您提出的建议收悉。感谢您对林业工作的支持。"


@pytest.mark.parametrize(
    ("signer", "expected"),
    [
        pytest.param("内蒙古自治区 甲山旗林业局", "内蒙古自治区甲山旗林业局", id="region-banner"),
        pytest.param("广西壮族自治区 乙县林业局", "广西壮族自治区乙县林业局", id="region-county"),
        pytest.param("新疆维吾尔自治区 丙县林业局", "新疆维吾尔自治区丙县林业局", id="five-before"),
        pytest.param("甲山彝族自治县 林业局", "甲山彝族自治县林业局", id="autonomous-county"),
        pytest.param("甲省 乙县林业局", "甲省乙县林业局", id="province-as-before"),
    ],
)
def test_one_name_as_written(signer: str, expected: str) -> None:
    text = HEAD + signer + "\n2024年5月10日\n"
    assert signature_of(text) == (expected, "2024-05-10")
    assert span_problems(parse_text(text, keywords=False)) == []


@pytest.mark.parametrize(
    ("signer", "expected"),
    [
        pytest.param("内蒙古自治区 甲山旗林业局", "内蒙古自治区甲山旗林业局", id="region"),
        pytest.param("甲省 乙县林业局", "甲省乙县林业局", id="province-as-before"),
    ],
)
def test_run_on_after_the_last_sentence(signer: str, expected: str) -> None:
    assert signature_of(RUN_ON + signer + " 2024年5月10日\n") == (expected, "2024-05-10")


def test_a_sentence_that_names_the_region_is_no_head() -> None:
    # the region inside the sentence's words (no stop before it) heads no name
    text = RUN_ON[:-1] + "和内蒙古自治区 甲山旗林业局 2024年5月10日\n"
    assert signature_of(text)[0] == "甲山旗林业局"
