"""A contact's name with the unit the person works in glued after it, no blank, in a
person's slot (``联系人：许明明交警城关大队``): the person is the name's two or three
characters (three or four after a compound surname), the org the unit, where the segmenter
ends a word after the name. A value that is one office's name under the person's label
(a place's, a body's or a firm's name or a plain word first, ``黄河水利委员会``,
``金山区教育局``, ``方圆建筑公司``, or a place's level ending the would-be name,
``黄山市交通局``) stays an office with no person (signers54).
Names and units are invented."""

from __future__ import annotations

import pytest

from snippets import contacts_of

PHONE = "13900000000"


GLUED = [
    pytest.param("许明明交警城关大队", "许明明", "交警城关大队", id="three-and-a-brigade"),
    pytest.param("李明交通运输局", "李明", "交通运输局", id="two-and-a-bureau"),
    pytest.param("李建国交通运输局综合科", "李建国", "交通运输局综合科", id="bureau-and-section"),
    pytest.param("赵强办公室", "赵强", "办公室", id="an-office-word-alone"),
    pytest.param("周小红城管中队", "周小红", "城管中队", id="a-squad"),
    pytest.param("孙伟伟派出所", "孙伟伟", "派出所", id="a-police-station"),
    pytest.param("王建华县水利局", "王建华", "县水利局", id="a-level-opens-the-unit"),
    pytest.param("欧阳明明交警大队", "欧阳明明", "交警大队", id="compound-surname"),
]


@pytest.mark.parametrize(("value", "name", "org"), GLUED)
def test_name_glued_before_its_unit(value: str, name: str, org: str) -> None:
    assert contacts_of(f"联系人：{value}\n联系电话：{PHONE}") == [(name, org, PHONE)]


@pytest.mark.parametrize(("value", "name", "org"), GLUED[:3])
def test_name_glued_before_its_unit_phone_on_the_line(value: str, name: str, org: str) -> None:
    assert contacts_of(f"联系人:{value}  联系电话:{PHONE}") == [(name, org, PHONE)]


ONE_OFFICE = [
    pytest.param("黄山市交通局", id="city-name-then-bureau"),
    pytest.param("黄河水利委员会", id="a-body-named-after-a-river"),
    pytest.param("金山区教育局", id="district-name-then-bureau"),
    pytest.param("林业局办公室", id="bureau-then-its-office"),
    pytest.param("丁村中心小学", id="village-school"),
    pytest.param("方圆建筑公司", id="a-word-then-a-firm"),
    pytest.param("龙泉派出所", id="a-place-the-segmenter-knows"),
    # (a word the segmenter tags a person's name, naming the unit's place: read as glued)
    pytest.param(
        "杨柳社区服务中心",
        marks=pytest.mark.xfail(strict=True, reason="the segmenter tags 杨柳 a person's name"),
        id="place-tagged-a-name",
    ),
]


@pytest.mark.parametrize("value", ONE_OFFICE)
def test_one_office_under_a_person_label_stays_whole(value: str) -> None:
    assert contacts_of(f"联系人：{value}\n联系电话：{PHONE}") == [(None, value, PHONE)]


def test_office_label_value_is_not_cut() -> None:
    # (the office's slot of its own label: the whole value is the office)
    assert contacts_of(f"联系单位：李明交通运输局\n联系人：赵某\n联系电话：{PHONE}") == [
        ("赵某", "李明交通运输局", PHONE)
    ]
