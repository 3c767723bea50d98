"""A signing authority written with a gap inside its name, or over two lines: the piece after
the gap, or on the line right under, that names no place of its own and is a unit of the
authority before it (``某市公安局`` / ``交通管理支队``, ``某市公安局  交通管理局``) is that
authority's part, one signer; a whole authority that names its place, or a department in
its own right (``甲县财政局`` / ``教育局``, as a joint reply writes its second department
short under the first's level), is a second signer. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于市十六届人大三次会议第88号建议的答复\n王某某代表：\n"
    "    您提出的关于加强城区交通秩序管理的建议收悉，现答复如下：\n"
    "    我们将继续完善信号灯设施。感谢您的关心和支持。\n\n"
)

ONE = [
    # a sub-unit on the line right under its authority: a narrow column's wrap
    pytest.param("某市公安局\n交通管理支队", "某市公安局交通管理支队", id="detachment-under"),
    pytest.param("某市公安局\n交通警察支队", "某市公安局交通警察支队", id="traffic-police-under"),
    pytest.param("某县公安局\n交巡警支队城区大队", "某县公安局交巡警支队城区大队", id="brigade-under"),
    pytest.param("某区公安局\n交巡警支队新区大队", "某区公安局交巡警支队新区大队",
                 id="brigade-named-by-its-place"),
    pytest.param("某县人民政府\n教育督导室", "某县人民政府教育督导室", id="section-under"),
    # decided (signers50): a branch named by its place alone, after a gap or under it
    pytest.param("甲市公安局  乙区分局", "甲市公安局乙区分局", id="placed-branch-gap"),
    pytest.param("中共某县委\n宣传部", "中共某县委宣传部", id="organ-under"),
    pytest.param("某县住房和城乡建设局\n城市管理科", "某县住房和城乡建设局城市管理科",
                 id="city-word-section-under"),
    pytest.param("某县财政局\n\n国库支付中心", "某县财政局国库支付中心", id="centre-blank-line"),
    # the same after a wide gap on its line
    pytest.param("某市公安局  交通管理支队", "某市公安局交通管理支队", id="detachment-gap"),
    pytest.param("某县教育局    财务科", "某县教育局财务科", id="section-gap"),
    # a police authority's own traffic bureau, set apart so or one blank apart
    pytest.param("某市公安局  交通管理局", "某市公安局交通管理局", id="police-bureau-gap"),
    pytest.param("某市公安局\n交通管理局", "某市公安局交通管理局", id="police-bureau-under"),
    pytest.param("某市公安局 公安交通管理局", "某市公安局公安交通管理局", id="police-bureau-blank"),
]  # fmt: skip

# must not match: joint signers, each a whole authority naming its place or a department in
# its own right; a branch named by its place set apart so; a signer and the date alone
TWO = [
    pytest.param("某市公安局\n某市交通运输局", "某市公安局、某市交通运输局", id="joint-lines"),
    pytest.param("某市公安局    某市交通运输局", "某市公安局、某市交通运输局", id="joint-gap"),
    pytest.param("甲县财政局\n教育局", "甲县财政局、教育局", id="department-short"),
    pytest.param("某市发展和改革委员会\n市场监督管理局", "某市发展和改革委员会、市场监督管理局",
                 id="market-is-no-level"),
    pytest.param("某县教育局\n某县财政局\n某县民政局", "某县教育局、某县财政局、某县民政局",
                 id="three-joint"),
    pytest.param("某县交通运输局  交通管理局", "某县交通运输局、交通管理局", id="not-police"),
    pytest.param("某县教育局", "某县教育局", id="alone"),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "signer"), ONE + TWO)
def test_sub_unit_over_the_date(lines: str, signer: str) -> None:
    record = parse_text(HEAD + lines + "\n2024年5月10日\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == (signer, "2024-05-10")
    assert span_problems(record) == []


@pytest.mark.parametrize(
    ("lines", "signer"),
    [
        pytest.param("某市公安局\n交通管理支队", "某市公安局交通管理支队", id="one"),
        pytest.param("某市公安局\n某市交通运输局", "某市公安局、某市交通运输局", id="two"),
    ],
)  # fmt: skip
def test_sub_unit_with_no_date(lines: str, signer: str) -> None:
    """Read alike where the closing has no date, a contact's line under the names."""
    text = HEAD + lines + "\n\n联系人：张某  联系电话：0000-0000000\n"
    record = parse_text(text, keywords=False)
    assert (record.signature.issuer, record.signature.date) == (signer, None)


@pytest.mark.parametrize(
    ("lines", "signer"),
    [
        pytest.param("某市人民政府办公室\n市政府研究室", "某市人民政府办公室、市政府研究室",
                     id="city-government-named"),
        pytest.param("某县财政局\n国家税务总局某县税务局", "某县财政局、国家税务总局某县税务局",
                     id="place-inside"),
        pytest.param("某区人民政府\n某街道办事处", "某区人民政府、某街道办事处", id="street-office"),
    ],
)  # fmt: skip
def test_a_unit_naming_its_place_anywhere_signs_of_its_own(lines: str, signer: str) -> None:
    record = parse_text(HEAD + lines + "\n2024年5月10日\n", keywords=False)
    assert record.signature.issuer == signer
