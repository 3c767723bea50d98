"""The signing authority of a letter whose closing gives no usable date (dev21 round): the
unit that answers after its label as the letter's last line (``承办单位：某局``), an authority
over a year alone (``某局`` / ``2023年``, ``某局 2023年``: a 成文日期 too partial to be one, the
year still a date of the letter's), or one written at the end of a contact line after the
phone (``联系人：李某 139… 某局``, a year after it or not) signs; the signature's date
stays null. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

BODY = (
    "关于某事的答复\n王某代表：\n您提出的《关于修缮某路的建议》收悉，现答复如下：\n"
    "我局将积极向上争取资金，组织实施路面工程建设。\n感谢您对交通工作的支持！\n特此答复。\n"
)

# (the closing's lines, the authority, the dates, the contacts (name, phone))
UNDATED = [
    pytest.param("承办单位：某县交通运输局", "某县交通运输局", [], [], id="host-last-line"),
    pytest.param("承办单位:某县交通运输局", "某县交通运输局", [], [], id="host-half-width-colon"),
    pytest.param("办理单位：某县交通运输局", "某县交通运输局", [], [], id="host-other-label"),
    pytest.param("联系人：李某\n联系电话：0000-5550123\n承办单位：某县交通运输局", "某县交通运输局",
                 [], [("李某", "0000-5550123")], id="host-under-contact"),
    pytest.param("某县水利局\n2023年", "某县水利局", ["2023"], [], id="year-under-authority"),
    pytest.param("某县水利局 2023年", "某县水利局", ["2023"], [], id="year-beside-authority"),
    pytest.param("某县水利局\n二〇二三年", "某县水利局", ["2023"], [], id="year-in-numerals"),
    pytest.param("某县水利局 2023年\n联系人：李某\n联系电话：0000-5550123", "某县水利局", ["2023"],
                 [("李某", "0000-5550123")], id="year-beside-authority-over-contact"),
    pytest.param("联系人姓名及电话：李某 13900000000 某县水利局 2023年", "某县水利局", ["2023"],
                 [("李某", "13900000000")], id="contact-line-authority-year"),
    pytest.param("联系人：李某 13900000000 某县水利局", "某县水利局", [],
                 [("李某", "13900000000")], id="contact-line-authority"),
    pytest.param("联系人：李某 0000-5550123 某县水利局 2023年", "某县水利局", ["2023"],
                 [("李某", "0000-5550123")], id="contact-line-landline"),
]  # fmt: skip


@pytest.mark.parametrize(("closing", "authority", "dates", "contacts"), UNDATED)
def test_the_authority_of_an_undated_closing_signs(
    closing: str, authority: str, dates: list[str], contacts: list[tuple[str, str]]
) -> None:
    record = parse_text(BODY + closing + "\n")
    assert (record.signature.issuer, record.signature.date) == (authority, None)
    span = record.signature.issuer_span
    assert span is not None
    assert (record.text or "")[span[0] : span[1]] == authority
    assert record.issuer == authority
    assert [d.value for d in record.dates] == dates
    assert [(c.name, c.phone) for c in record.contacts] == contacts


# what signs nothing: words glued to the phone, a person and an office apart, a numbered
# heading before a year
NOT_SIGNED = [
    pytest.param("联系电话：0000-5550123传真机已配发到各站所", id="words-glued-to-phone"),
    pytest.param("联系人：周某 联系电话：0000-5550178 吴某某 办公室", id="person-and-office"),
]  # fmt: skip


@pytest.mark.parametrize("closing", NOT_SIGNED)
def test_no_authority_there(closing: str) -> None:
    record = parse_text(BODY + closing + "\n")
    assert record.signature.issuer is None


def test_the_authority_and_its_year_after_the_last_sentence_of_a_flattened_letter() -> None:
    record = parse_text(BODY.replace("\n特此答复。\n", "特此答复。某县水利局 2023年\n"))
    assert (record.signature.issuer, record.signature.date) == ("某县水利局", None)
    assert [d.value for d in record.dates] == ["2023"]
