"""A stray blank a web copy left inside the signer's name when the signer is run on after
the last sentence (``…特此答复。宜和市文化广电 和旅游局 2024年5月10日``): one name, read as
the same name opening its own line is (``宜和市文化广电 和旅游局`` over the date): the piece
before the blank opens with its place and ends in no office's word, the piece after ends
in one and opens with no level and no place. Two bodies stay two (``某县公安局 某县交通局``,
``县委办 县政府办``). An earlier round signed the tail alone (``和旅游局``), or nothing
undated. Units and places invented (left60b)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import signature_of
from spans import span_problems

RUN_ON = "关于第5号建议的答复\n钱某代表：\n您提出的建议收悉。我局已列入年度计划。特此答复。"
ON_ITS_LINE = "关于第5号建议的答复\n钱某代表：\n    您提出的建议收悉。\n    我局已列入年度计划。特此答复。\n\n"

ONE_NAME = [
    pytest.param("宜和市文化广电 和旅游局", "宜和市文化广电和旅游局", id="seven-before"),
    pytest.param("青岭市交通 运输局", "青岭市交通运输局", id="five-before"),
    pytest.param("丁山县住房和 城乡建设局", "丁山县住房和城乡建设局", id="city-word-after"),
    pytest.param("丁山县市场 监督管理局", "丁山县市场监督管理局", id="market-after-level"),
    # an office's ending alone after the blank (left61a: the run-on line signed nothing)
    pytest.param("丁山县教育 局", "丁山县教育局", id="office-ending-alone"),
]


@pytest.mark.parametrize(("signer", "expected"), ONE_NAME)
@pytest.mark.parametrize("stop", ["。", "！"], ids=["full-stop", "exclamation"])
def test_run_on_dated(signer: str, expected: str, stop: str) -> None:
    text = RUN_ON[:-1] + stop + signer + " 2024年5月10日"
    assert signature_of(text) == (expected, "2024-05-10")
    record = parse_text(text, keywords=False)
    assert record.issuer == expected
    assert span_problems(record) == []


@pytest.mark.parametrize(("signer", "expected"), ONE_NAME)
def test_as_on_its_own_line(signer: str, expected: str) -> None:
    run_on = signature_of(RUN_ON + signer + " 2024年5月10日")
    assert run_on == signature_of(ON_ITS_LINE + signer + "\n2024年5月10日\n")


@pytest.mark.parametrize(
    "after",
    [
        pytest.param("", id="last-line"),
        pytest.param("\n2024年5月10日", id="date-under"),
        pytest.param(" 二〇二四年5月10日", id="mixed-date"),
    ],
)
def test_run_on_otherwise(after: str) -> None:
    text = RUN_ON + "宜和市文化广电 和旅游局" + after
    assert signature_of(text)[0] == "宜和市文化广电和旅游局"


@pytest.mark.parametrize(
    ("signer", "expected"),
    [
        pytest.param("某县公安局 某县交通局", "某县公安局、某县交通局", id="two-bodies"),
        pytest.param("县委办 县政府办", "县委办、县政府办", id="two-offices"),
        pytest.param("甲县财政局 教育局", "甲县财政局、教育局", id="departments"),
        pytest.param("某县教育局 财务科", "某县教育局财务科", id="a-unit-and-its-section"),
        # the piece before ends in an office's word: a body of its own
        pytest.param("甲市文化广电局 旅游局", "甲市文化广电局、旅游局", id="office-before"),
        # the piece after opens with its level or its place: a name of its own
        pytest.param("甲市文化广电 市旅游局", "市旅游局", id="level-after"),
        pytest.param("甲市文化广电 乙县旅游局", "乙县旅游局", id="place-after"),
    ],
)
def test_bodies_stay_as_before(signer: str, expected: str) -> None:
    assert signature_of(RUN_ON + signer + " 2024年5月10日") == (expected, "2024-05-10")


@pytest.mark.parametrize(
    "words",
    [
        pytest.param("欢迎继续提出宝贵意见", id="no-place-first"),
        pytest.param("我们将继续做好有关", id="sentence-words"),
    ],
)
def test_words_before_the_blank_head_no_name(words: str) -> None:
    # the words after the sentence's end open with no place: the name after the blank
    # signs alone, as before
    assert signature_of(RUN_ON + words + " 丁山县水利局 2024年5月10日")[0] == "丁山县水利局"


JOINT = [
    pytest.param("某县教 育局 某县财 政局", "某县教育局、某县财政局", id="each-a-stray-blank"),
    pytest.param("某县教育局 某县财 政局", "某县教育局、某县财政局", id="second-a-stray-blank"),
    pytest.param(
        "宜和市文化广电 和旅游局 宜和市财 政局",
        "宜和市文化广电和旅游局、宜和市财政局",
        id="long-head",
    ),
    pytest.param(
        "丁山县住房和城乡 建设局 丁山县财 政局",
        "丁山县住房和城乡建设局、丁山县财政局",
        id="city-word-in-the-first",
    ),
    # two names whole one blank apart, each naming its place (left61a: the date under them
    # signed the last alone)
    pytest.param("某县公安局 某县交通局", "某县公安局、某县交通局", id="whole-names"),
    pytest.param("某县公安局  某县交通局", "某县公安局、某县交通局", id="wide-gap"),
]


@pytest.mark.parametrize(("signers", "expected"), JOINT)
@pytest.mark.parametrize(
    "where",
    [
        pytest.param(RUN_ON + "{signers} 2024年5月10日", id="run-on-dated"),
        pytest.param(RUN_ON + "{signers}\n2024年5月10日", id="run-on-date-under"),
        pytest.param(ON_ITS_LINE + "{signers}\n2024年5月10日", id="own-line"),
    ],
)
def test_joint_signers_each_with_a_stray_blank(signers: str, expected: str, where: str) -> None:
    # left61a: each name whole, joined with 、 (an earlier round signed the last name's
    # tail alone, or the two as one name)
    text = where.format(signers=signers) + "\n"
    record = parse_text(text, keywords=False)
    assert (record.signature.issuer, record.signature.date) == (expected, "2024-05-10")
    assert record.issuer == expected.split("、")[0]
    assert span_problems(record) == []


@pytest.mark.parametrize(
    ("signers", "expected"),
    [
        # a branch named by its place alone after its parent stays one name (sig46c)
        pytest.param("甲市公安 局 乙区分局", "甲市公安局乙区分局", id="branch"),
        # a unit's section after it, its name opening with 城市: one name
        pytest.param(
            "甲县住房和城乡建设局 城市 管理科", "甲县住房和城乡建设局城市管理科", id="section"
        ),
    ],
)
def test_one_name_with_its_unit(signers: str, expected: str) -> None:
    text = ON_ITS_LINE + signers + "\n2024年5月10日\n"
    assert signature_of(text) == (expected, "2024-05-10")
