"""A joint reply's note and a seal note around the signature's date, in a copy that lost its
line breaks (``…支持。 甲局 乙局 联合答复 2024年6月12日``, ``… 甲局 乙局 2024年6月12日
（联合答复）``) and on the date's own line with more said in it (``2024年6月12日（此件联合答复，
由甲局主办）``, the note that may stand between the signers and the date): the signers and
the date are read, the note is no part of either."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.closing import AUTHORITY_DATE_LINE, DATE_LINE

FLAT_HEAD = (
    "某县林业局关于县人大十八届二次会议第77号建议的答复 吴某代表： "
    "您提出的《关于加强古树名木保护的建议》收悉。现答复如下： "
    "我局将会同有关部门建立古树名木档案。 感谢您对林业工作的关心和支持。"
)
HEAD = (
    "某县林业局关于县人大十八届二次会议第77号建议的答复\n\n吴某代表：\n"
    "　　您提出的《关于加强古树名木保护的建议》收悉。现答复如下：\n"
    "　　我局将会同有关部门建立古树名木档案。\n"
    "　　感谢您对林业工作的关心和支持。\n\n"
)
JOINT = "某县林业局、某县财政局"

# (a flattened closing after the last sentence, the signers, the date)
FLAT_CLOSINGS = [
    pytest.param(" 某县林业局　　某县财政局 联合答复 2024年6月12日", JOINT, "2024-06-12",
                 id="bare-note-after-a-gap"),
    pytest.param(" 某县林业局 某县财政局 联合答复 2024年6月12日", JOINT, "2024-06-12",
                 id="bare-note-single-spaces"),
    pytest.param("某县林业局某县财政局联合答复2024年6月12日", JOINT, "2024-06-12",
                 id="bare-note-glued"),
    pytest.param(" 某县林业局 某县财政局 此件共同办理 2024年6月12日", JOINT, "2024-06-12",
                 id="bare-note-this-document"),
    pytest.param(" 某县林业局 联合答复 2024年6月12日", "某县林业局", "2024-06-12",
                 id="bare-note-one-signer"),
    pytest.param(" 某县林业局 某县财政局 2024年6月12日（联合答复）", JOINT, "2024-06-12",
                 id="note-after-the-date"),
    pytest.param(" 某县林业局 某县财政局 2024年6月12日 （此件联合答复，由某县林业局主办） 抄送：县政府督查室。",
                 JOINT, "2024-06-12", id="long-note-after-the-date-then-cc"),
    pytest.param(" 某县林业局 2024年6月12日（印章）", "某县林业局", "2024-06-12",
                 id="seal-after-the-date"),
]  # fmt: skip


@pytest.mark.parametrize(("closing", "signers", "date"), FLAT_CLOSINGS)
def test_a_flattened_joint_closing(closing: str, signers: str, date: str) -> None:
    record = parse_text(FLAT_HEAD + closing)
    assert (record.signature.issuer, record.signature.date) == (signers, date)


# (the closing on lines of its own, the signers, the date)
CLOSINGS = [
    pytest.param("某县林业局　　某县财政局\n2024年6月12日（此件联合答复，由某县林业局主办）\n", JOINT,
                 "2024-06-12", id="long-note-after-the-date"),
    pytest.param("某县林业局\n2024年6月12日（会同县财政局答复）\n", "某县林业局", "2024-06-12",
                 id="together-with-note-after-the-date"),
    pytest.param("某县林业局　　　2024年6月12日（印章）\n", "某县林业局", "2024-06-12",
                 id="seal-after-authority-and-date"),
    pytest.param("某县林业局　　　二〇二四年六月十二日（联合答复）\n", "某县林业局", "2024-06-12",
                 id="note-after-authority-and-date"),
]  # fmt: skip


@pytest.mark.parametrize(("closing", "signers", "date"), CLOSINGS)
def test_a_note_after_the_date(closing: str, signers: str, date: str) -> None:
    record = parse_text(HEAD + closing)
    assert (record.signature.issuer, record.signature.date) == (signers, date)


# A sentence with a joint note and a date in it, flattened before the real signature: no
# signer is read from it.
def test_a_sentence_naming_a_joint_reply_before_a_date_signs_nothing() -> None:
    text = FLAT_HEAD + " 我局将与县财政局联合答复 2024年6月30日前完成。 某县林业局 2024年6月12日"
    record = parse_text(text)
    assert (record.signature.issuer, record.signature.date) == ("某县林业局", "2024-06-12")


# (a line, whether it is a date line): what follows a date in brackets is a note only when
# it is a seal or a joint reply's note, or the date's weekday
DATE_LINES = [
    pytest.param("2024年6月12日（联合答复）", True, id="joint"),
    pytest.param("2024年6月12日（此件联合答复，由某局主办）", True, id="joint-with-more"),
    pytest.param("2024年6月12日（会同某局办理）", True, id="together-with"),
    pytest.param("2024年6月12日（公章）", True, id="seal"),
    pytest.param("2024年6月12日（星期三）", True, id="a-weekday"),
    pytest.param("2024年6月12日（上午）", False, id="a-time-of-day"),
    pytest.param("2024年6月12日（联合举办）", False, id="no-reply-word"),
    pytest.param("2024年6月12日（联合答复。已办结）", False, id="a-sentence-inside"),
    pytest.param("2024年6月12日（联合答复）（印章）", False, id="two-notes"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected"), DATE_LINES)
def test_a_date_line_with_a_note(line: str, expected: bool) -> None:
    assert (DATE_LINE.match(line) is not None) is expected


AUTHORITY_DATE_LINES = [
    pytest.param("某县林业局2024年6月12日（印章）", True, id="seal"),
    pytest.param("某县林业局2024年6月12日（联合答复）", True, id="joint"),
    pytest.param("某县林业局2024年6月12日（星期三）", True, id="a-weekday"),
    pytest.param("某县林业局2024年6月12日（上午）", False, id="a-time-of-day"),
    pytest.param("某县林业局2024年6月12日前完成", False, id="a-sentence"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected"), AUTHORITY_DATE_LINES)
def test_an_authority_and_date_line_with_a_note(line: str, expected: bool) -> None:
    assert (AUTHORITY_DATE_LINE.match(line) is not None) is expected
