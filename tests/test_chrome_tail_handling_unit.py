"""A reply that closes with the unit that handled it (``承办单位：某局``, its contact rows under
it or not) right over the site's footer (``网站标识码：…``, ``最佳分辨率：…``) keeps that row as
written, on lines and flattened: the unit signs, as over no footer. The site's own units, its
host first (``主办单位：… 承办单位：…``), stay the footer's. Snippets in our own words,
invented numbers (fix134). So are such rows, a phone's too, right under the
signed date (left70)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES, spaced
from spans import span_problems

BODY = (
    "王某委员：\n您提出的《关于甲山县某路段树木遮挡农田的提案》收悉，现答复如下：\n"
    "我局已安排人员到现场勘察，将按季节修剪树木，定期巡查。\n"
    "感谢您对我县交通工作的关心和支持。\n特此答复。\n"
)
FOOTER = "网站标识码：0000000000 最佳分辨率：1024*768像素以上\n"

# (the closing's rows over the footer, the contacts (name, phone) the letter keeps)
HANDLED = [
    pytest.param("承办单位：甲山县交通运输局\n", [], id="unit-alone"),
    pytest.param("承办单位：甲山县交通运输局\n协办单位：乙河市水务局\n", [], id="unit-and-joint"),
    pytest.param("承办单位：甲山县交通运输局\n联系人：李小明\n联系电话：0000-5550123\n",
                 [("李小明", "0000-5550123")], id="unit-over-contact"),
]  # fmt: skip


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(("closing", "contacts"), HANDLED)
def test_the_handling_unit_over_the_footer_signs(
    flatten: Callable[[str], str], closing: str, contacts: list[tuple[str, str]]
) -> None:
    record = parse_text(flatten(BODY + closing + FOOTER), keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("甲山县交通运输局", None)
    assert record.issuer == "甲山县交通运输局"
    assert [(c.name, c.phone) for c in record.contacts] == contacts
    assert span_problems(record) == []


@pytest.mark.parametrize("flatten", COPIES)
def test_the_sites_units_host_first_stay_the_footers(flatten: Callable[[str], str]) -> None:
    signed = "甲山县交通运输局\n2031年5月10日\n"
    units = "主办单位：甲山县人民政府办公室\n承办单位：甲山县信息中心\n联系电话：0000-5550000\n"
    record = parse_text(flatten(BODY + signed + units + FOOTER), keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("甲山县交通运输局", "2031-05-10")
    assert record.contacts == []
    assert span_problems(record) == []


@pytest.mark.parametrize(
    "units",
    [
        pytest.param("承办单位：甲山县信息中心\n主办单位：甲山县人民政府办公室\n", id="contractor-first"),
        pytest.param(
            "承办单位：甲山县信息中心\n协办单位：乙河市网络公司\n主办单位：甲山县人民政府办公室\n",
            id="two-units-then-host",
        ),
    ],
)  # fmt: skip
def test_the_sites_units_host_after_stay_the_footers(units: str) -> None:
    # (review69: a site that names its contractor before its host, 承办单位：… 主办单位：…,
    # over its footer, flattened with blanks: both are the site's, none signs a letter that
    # wrote no signer; its lines, and the copy glued, still read the contractor as the
    # signer, as before fix134: not mended here)
    record = parse_text(spaced(BODY + units + FOOTER), keywords=False)
    assert (record.signature.issuer, record.issuer) == (None, None)
    assert span_problems(record) == []


# (the closing's rows under the signed date, over the footer: the rows the letter keeps,
# the signer and the contacts (name, phone) they give; left70)
DATED = [
    pytest.param("2031年5月10日\n承办单位：甲山县交通运输局\n", "甲山县交通运输局", [], id="unit"),
    pytest.param("甲山县交通运输局\n2031年5月10日\n联系电话：0000-5550123\n", "甲山县交通运输局",
                 [(None, "0000-5550123")], id="signer-phone"),
    pytest.param("2031年5月10日\n联系电话：0000-5550123\n", None, [(None, "0000-5550123")],
                 id="phone-alone"),
    pytest.param("2031年5月10日\n承办单位：甲山县交通运输局\n联系电话：0000-5550123\n", None,
                 [(None, "0000-5550123")], id="unit-phone"),
]  # fmt: skip


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(("closing", "signer", "contacts"), DATED)
def test_the_closing_rows_under_the_date_over_the_footer_stay_the_letters(
    flatten: Callable[[str], str],
    closing: str,
    signer: str | None,
    contacts: list[tuple[str | None, str]],
) -> None:
    # (a unit's row or a phone's under the signed date, the footer after them: read as on
    # their lines, where an earlier round took them with the footer, read the unit as the
    # site's credit of its contractor and lost the signer, or the phone; left70)
    record = parse_text(flatten(BODY + closing + FOOTER), keywords=False)
    assert (record.signature.issuer, record.signature.date) == (signer, "2031-05-10")
    assert [(c.name, c.phone) for c in record.contacts] == contacts
    assert span_problems(record) == []


@pytest.mark.parametrize("flatten", COPIES)
def test_the_sites_host_after_the_unit_under_the_date_keeps_them_the_footers(
    flatten: Callable[[str], str],
) -> None:
    # (review69's contractor first, under a signed date: both cells the site's, so is the
    # phone after them, the signer over the date kept)
    units = "承办单位：甲山县信息中心\n主办单位：甲山县人民政府办公室\n联系电话：0000-5550000\n"
    signed = "甲山县交通运输局\n2031年5月10日\n"
    record = parse_text(flatten(BODY + signed + units + FOOTER), keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("甲山县交通运输局", "2031-05-10")
    assert record.contacts == []


# (an address's row over a phone's, or a phone's alone, right under the signed date, the
# footer opened by the site's host after them: the rows are the letter's contact, as on
# their lines; left71: an earlier round took an address's row with the footer, and a phone's
# row with the host after it, as review69 reads a unit's there)
HOSTED_FOOTER = "主办单位：甲山县人民政府办公室\n" + FOOTER


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "rows",
    [
        pytest.param("地址：甲山县城关镇某路1号\n联系电话：0000-5550123\n", id="address-phone"),
        pytest.param("联系电话：0000-5550123\n", id="phone"),
        pytest.param(
            "通讯地址：甲山县城关镇某路1号\n联系电话：0000-5550123\n", id="mail-address-phone"
        ),
    ],
)
def test_an_address_and_a_phone_under_the_date_over_the_sites_host_stay_the_letters(
    flatten: Callable[[str], str], rows: str
) -> None:
    signed = "甲山县交通运输局\n2031年5月10日\n"
    record = parse_text(flatten(BODY + signed + rows + HOSTED_FOOTER), keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("甲山县交通运输局", "2031-05-10")
    assert [(c.name, c.phone) for c in record.contacts] == [(None, "0000-5550123")]
    assert span_problems(record) == []
