"""An office a person's label gives with no name (``办理人员：（某股）  电话：…``), on the
line under a leader's line or under a contact given whole: a contact of its own, the
office its org and the phone its line gives, never the org and phone of the person above
(an earlier round merged the two lines into one contact). A mobile masked by a run of
marks of its own length (``138******0123``: a page that masks four digits with six
stars) is read as written, as one mark a digit is. Snippets in our own words (fix7071).
"""

from __future__ import annotations

import pytest

from snippets import Contact, contacts_of

OFFICE_ALONE = [
    pytest.param(
        "分管领导：邵某某  电话：13800000123\n办理人员：（规划股）  电话：55501234",
        [("邵某某", None, "13800000123"), (None, "规划股", "55501234")],
        id="under-leader-with-phone",
    ),
    pytest.param(
        "分管领导：邵某某\n办理人员：（规划股）  电话：55501234",
        [(None, "规划股", "55501234")],
        id="under-leader-without-phone",
    ),
    pytest.param(
        "联系人：邵某某  电话：13800000123\n经办人：养护站  电话：55501234",
        [("邵某某", None, "13800000123"), (None, "养护站", "55501234")],
        id="under-whole-contact",
    ),
]


@pytest.mark.parametrize(("lines", "contacts"), OFFICE_ALONE)
def test_an_office_in_a_person_slot_is_its_own_contact(lines: str, contacts: list[Contact]) -> None:
    assert contacts_of(lines) == contacts


# the person above still waits for his phone: the office beside it is his (line pairing)
JOINED = [
    pytest.param(
        "联系人：邵某某\n办理人员：（规划股）  电话：55501234",
        [("邵某某", "规划股", "55501234")],
        id="person-waiting-for-phone",
    ),
    pytest.param(
        "联系人：规划股 邵某某  电话：55501234",
        [("邵某某", "规划股", "55501234")],
        id="office-then-name-one-value",
    ),
]


@pytest.mark.parametrize(("lines", "contacts"), JOINED)
def test_an_office_beside_a_waiting_person_is_his(lines: str, contacts: list[Contact]) -> None:
    assert contacts_of(lines) == contacts


MASKED = [
    pytest.param("13800000123", id="plain"),
    pytest.param("138****0123", id="one-mark-a-digit"),
    pytest.param("138******0123", id="longer-mask"),
    pytest.param("138***0123", id="shorter-mask"),
    pytest.param("138××××××0123", id="cross-marks"),
]


@pytest.mark.parametrize("phone", MASKED)
def test_a_masked_mobile_is_read_as_written(phone: str) -> None:
    assert contacts_of(f"联系人：邵某某  电话：{phone}") == [("邵某某", None, phone)]


NOT_A_MASKED_MOBILE = [
    pytest.param("138******", id="mask-without-tail"),
    pytest.param("138*0123", id="one-mark"),
]


@pytest.mark.parametrize("phone", NOT_A_MASKED_MOBILE)
def test_a_broken_mask_is_no_mobile(phone: str) -> None:
    assert [c[2] for c in contacts_of(f"联系人：邵某某  电话：{phone}")] != [phone]
