"""An identity document's number beside a contact (``联系人：王某（身份证130******1234）``,
``身份证号：…``, ``证件号码 …``): masked, it may take a masked mobile's shape
(``139******0123`` is one, as written), but after its label it is no phone, and the label is
no second contact's name (an earlier round read ``身份证`` as a contact with the number as
its phone, and lost the real phone after it). Snippets in our own words, numbers invented."""

from __future__ import annotations

import pytest

from snippets import contact_rows


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("联系人：周某（身份证130******1234）", id="masked-in-brackets"),
        pytest.param("联系人：周某（身份证1301234******）", id="masked-at-the-end"),
        pytest.param("联系人：周某 身份证130******1234", id="after-a-blank"),
        pytest.param("联系人：周某（身份证号：130*********1234）", id="number-label-colon"),
        pytest.param("联系人：周某（证件号码 130******1234）", id="document-number"),
    ],
)
def test_an_identity_number_is_no_phone(line: str) -> None:
    assert contact_rows(line) == [("周某", None)]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("联系人：周某（身份证130******1234） 联系电话：0000-5550147", id="landline"),
        pytest.param("联系人：周某（身份证号：130******1234）  电话：13900000123", id="mobile"),
    ],
)
def test_the_phone_after_an_identity_number_is_read(line: str) -> None:
    assert contact_rows(line) == [("周某", line.rsplit("：", 1)[1])]


def test_a_masked_mobile_without_a_label_stays_a_phone() -> None:
    # (a page masks a mobile so too: 139******0123 is kept as written)
    assert contact_rows("联系人：周某（139******0123）") == [("周某", "139******0123")]
