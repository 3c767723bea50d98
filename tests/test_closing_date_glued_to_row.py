"""The 成文日期 glued to the value of the name row above it, where a copy lost the break
between them (``联系人：某某2024年4月12日``, ``签发人：某某2023年3月1日``): the date is the
signature's date, and the name stays the contact's. A date that *is* the row's value
(``填报日期：2024年…``) or that follows a phone's digits is not taken apart (resegment.py,
``_Reader._name_row_before``). Read from letters of our own in the styles of several
provinces (a 办复类别/联系电话/联系人/date closing) with their breaks taken out."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "关于县九届人大二次会议第57号代表建议的答复函\n"
    "尊敬的宋某代表：\n"
    "您提出的《关于改善城西片区排水管网的建议》收悉，现答复如下：\n"
    "我局计划再改造城西片区管网9公里，力争汛期前完工。\n"
    "感谢您对我县城市建设工作的关心和支持。\n"
)

# (the closing rows, the contact's name, the signature's date)
GLUED = [
    pytest.param("办复类别：B类\n联系电话：0000-5551234\n联系人：韩某某2024年4月12日", "韩某某",
                 "2024-04-12", id="contact-name-then-date"),
    pytest.param("联系电话：0000-5551234\n联系人:韩某某2024年4月12日", "韩某某",
                 "2024-04-12", id="half-width-colon"),
    pytest.param("联系电话：0000-5551234\n联 系 人：韩某某2024年4月12日", "韩某某",
                 "2024-04-12", id="spaced-label"),
    pytest.param("联系电话：0000-5551234\n经办人：韩某某2024年4月12日", "韩某某",
                 "2024-04-12", id="clerk-label"),
    pytest.param("联系电话：0000-5551234\n承办人：韩某某二〇二四年四月十二日", "韩某某",
                 "2024-04-12", id="chinese-numeral-date"),
    pytest.param("联系人：韩某某\n联系电话：0000-5551234\n签发人：罗某某2024年4月12日", "韩某某",
                 "2024-04-12", id="signer-label"),
]  # fmt: skip


@pytest.mark.parametrize(("closing", "name", "date"), GLUED)
def test_a_date_glued_to_a_name_row_is_the_signature_date(
    closing: str, name: str, date: str
) -> None:
    record = parse_text(HEAD + closing + "\n")
    assert record.signature.date == date
    assert [c.name for c in record.contacts] == [name]


# Near-misses: the date is no signature's lost off the row.
NOT_GLUED = [
    pytest.param("联系人：韩某某\n填报日期：2024年4月12日", id="date-is-the-value"),
    pytest.param("联系人：韩某某\n联系电话：0000-55512342024年4月12日", id="after-a-phone's-digits"),
    pytest.param("联系人及电话：韩某某0000-55512342024年4月12日", id="after-a-phone-on-the-name-row"),
    pytest.param("联系人：韩某某\n联系单位：城建股", id="no-date-at-all"),
    pytest.param("联系人：韩某某，请于2024年4月30日前反馈意见", id="date-inside-a-sentence"),
]  # fmt: skip


@pytest.mark.parametrize("closing", NOT_GLUED)
def test_a_date_not_glued_to_a_name_row_is_no_signature_date(closing: str) -> None:
    record = parse_text(HEAD + closing + "\n")
    assert record.signature.date is None


def test_the_row_keeps_its_name_when_the_date_stands_apart() -> None:
    # (the well-formed row: the rule changes nothing where the break was kept)
    record = parse_text(HEAD + "联系人：韩某某\n2024年4月12日\n")
    assert record.signature.date == "2024-04-12"
    assert [c.name for c in record.contacts] == ["韩某某"]
