"""A joint reply whose co-signers each sign over a date of their own (``某县财政局`` /
``2024年5月10日`` / ``某县教育局`` / ``2024年5月12日``; each date on its signer's line, a seal
note after each name, or the signers side by side each over its date, alike): every one signs, in order, and the letter's date is the
last (a joint document is dated by its last signature). A body's own office over a date
under the signer's (the 版记's printing line that lost its 印发) and the same name again
are no co-signers. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于县十八届人大二次会议第21号建议的答复\n赵某某代表：\n"
    "    您提出的关于改善某乡学校供水的建议收悉，现答复如下：\n"
    "    我们已安排专项资金改造管网。感谢您的关心和支持。\n\n"
)


@pytest.mark.parametrize(
    ("closing", "signer", "date"),
    [
        pytest.param("某县财政局\n2024年5月10日\n某县教育局\n2024年5月12日",
                     "某县财政局、某县教育局", "2024-05-12", id="two"),
        pytest.param("某县财政局\n2024年5月10日\n\n某县教育局\n2024年5月10日\n\n某县水利局\n"
                     "2024年5月11日", "某县财政局、某县教育局、某县水利局", "2024-05-11",
                     id="three-blank-lines"),
        pytest.param("某县财政局  2024年5月10日\n某县教育局  2024年5月12日",
                     "某县财政局、某县教育局", "2024-05-12", id="dated-on-the-line"),
        pytest.param("某县财政局（印章）\n2024年5月10日\n某县教育局（印章）\n2024年5月12日",
                     "某县财政局、某县教育局", "2024-05-12", id="sealed"),
        pytest.param("某县财政局\n某县民政局\n2024年5月10日\n某县教育局\n2024年5月12日",
                     "某县财政局、某县民政局、某县教育局", "2024-05-12", id="two-over-one-date"),
        # side by side, each date under its name: the last date too
        pytest.param("某县财政局    某县教育局\n2024年5月10日    2024年5月12日",
                     "某县财政局、某县教育局", "2024-05-12", id="side-by-side"),
        pytest.param("某县财政局（盖章）    某县教育局（盖章）\n2024年5月10日    2024年5月12日",
                     "某县财政局、某县教育局", "2024-05-12", id="side-by-side-sealed"),
    ],
)  # fmt: skip
def test_each_co_signer_over_its_own_date_signs(closing: str, signer: str, date: str) -> None:
    record = parse_text(HEAD + closing + "\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == (signer, date)
    assert record.issuer == signer.split("、")[0]
    # (every date stays a date of the letter's)
    assert {d.value for d in record.dates} >= {"2024-05-10", date}
    assert span_problems(record) == []


@pytest.mark.parametrize(
    ("closing", "signer", "date"),
    [
        # must not match: one signer and its date, or two over one date
        pytest.param("某县教育局\n2024年5月12日", "某县教育局", "2024-05-12", id="one"),
        pytest.param("某县财政局    某县教育局\n2024年5月10日", "某县财政局、某县教育局",
                     "2024-05-10", id="side-by-side-one-date"),
        # one signer over two dates: its own, the first
        pytest.param("某县教育局\n2024年5月10日\n2024年5月12日", "某县教育局", "2024-05-10",
                     id="one-signer-two-dates"),
        pytest.param("某县财政局\n某县教育局\n2024年5月12日", "某县财政局、某县教育局",
                     "2024-05-12", id="joint-one-date"),
        # the same closing written again: signed once
        pytest.param("某县教育局\n2024年5月10日\n某县教育局\n2024年5月10日", "某县教育局",
                     "2024-05-10", id="same-again"),
        # a contact's line between them: the lower pair alone signs
        pytest.param("某县财政局\n2024年5月10日\n联系人：李某  联系电话：0000-0000000\n"
                     "某县教育局\n2024年5月12日", "某县教育局", "2024-05-12", id="contact-between"),
    ],
)  # fmt: skip
def test_other_closings_are_left_alone(closing: str, signer: str, date: str) -> None:
    record = parse_text(HEAD + closing + "\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == (signer, date)


def test_own_office_under_the_signer_is_no_co_signer() -> None:
    """The body's own office over a date under the signer's (the 版记's printing line that
    lost its 印发) joins no list of signers."""
    closing = "某县教育局\n2024年5月10日\n某县教育局办公室\n2024年5月12日\n"
    record = parse_text(HEAD + closing, keywords=False)
    assert record.signature.issuer is not None
    assert "、" not in record.signature.issuer
