"""``sub_unit_of`` asks the one-blank reading (``departments_apart``) for a police
authority's own traffic bureau and for a person whose name ends as a unit may (李国会),
rather than a second copy of each rule. Names are invented."""

from __future__ import annotations

import pytest

from replyparse.closing import departments_apart, sub_unit_of

PARTS = [
    pytest.param("某市公安局", "交通管理局", id="police-traffic-bureau"),
    pytest.param("某省公安厅", "公安交通管理局", id="police-dept-traffic-bureau"),
    pytest.param("某市公安局", "交警局", id="police-jiaojing-bureau"),
    pytest.param("某市公安局", "交通管理支队", id="police-detachment"),
    pytest.param("某县人民政府", "教育督导室", id="government-office"),
    # decided (signers50): a branch named by its place alone under an authority of its kind
    pytest.param("甲市公安局", "乙区分局", id="branch-named-by-place"),
]
APART = [
    pytest.param("某市公安局", "某市交通运输局", id="whole-authority"),
    pytest.param("某县教育局", "李国会", id="person-like"),
    pytest.param("某县财政局", "交通管理局", id="not-under-police"),
    pytest.param("甲县财政局", "乙镇分院", id="placed-branch-of-another-kind"),
]


@pytest.mark.parametrize(("first", "second"), PARTS)
def test_part_of_the_authority(first: str, second: str) -> None:
    assert sub_unit_of(first, second)


@pytest.mark.parametrize(("first", "second"), APART)
def test_a_signer_of_its_own(first: str, second: str) -> None:
    assert not sub_unit_of(first, second)


def test_the_police_bureau_is_one_name_one_blank_apart() -> None:
    assert not departments_apart(["某市公安局", "交通管理局"])
    assert departments_apart(["某县财政局", "某县教育局"])
