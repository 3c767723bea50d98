"""A class mark or a publication value set on the signature date's line, after a gap or in
its brackets (``2024年5月10日    （B类）``, ``2024年5月10日  同意公开``), as a page sets it
beside the date or a copy that lost its line breaks runs it on (``…支持。 某局 2024年5月10日
B类``): the signers and the date are read, and the mark feeds its own field. So is a class
mark or a note with the document's head glued to the date's 日, a copy having lost the gap
(``2024年5月10日A类``, ``2024年5月10日此件主动公开``), and a note saying the class with
the document's head (``2024年5月10日    此件为B类``)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "关于市十五届人大三次会议第8号建议的答复\n王某代表：\n"
    "　　您提出的《关于增设社区养老食堂的建议》收悉，现答复如下：\n"
    "　　我局将会同各街道推进社区食堂建设。\n"
    "　　感谢您对民政工作的关心和支持。\n"
)
FLAT_HEAD = (
    "关于市十五届人大三次会议第8号建议的答复 王某代表： "
    "您提出的《关于增设社区养老食堂的建议》收悉，现答复如下： "
    "我局将会同各街道推进社区食堂建设。 感谢您对民政工作的关心和支持。"
)
SIGNER = "某市民政局"
DATE = "2024-05-10"

# (the closing, the handling type, whether published)
ON_THE_DATE_LINE = [
    pytest.param("某市民政局\n2024年5月10日    B类\n", "B", None, id="class-after-a-gap"),
    pytest.param("某市民政局\n2024年5月10日 A类\n", "A", None, id="class-after-one-blank"),
    pytest.param("某市民政局\n2024年5月10日（C类）\n", "C", None, id="class-in-brackets-glued"),
    pytest.param("某市民政局\n2024年5月10日　　【B】\n", "B", None, id="letter-alone-in-brackets"),
    pytest.param("某市民政局\n2024年5月10日    A类（已解决）\n", "A", None, id="class-explained"),
    pytest.param("某市民政局\n2024年5月10日    丙类\n", "C", None, id="class-in-stems"),
    pytest.param("某市民政局\n2024年5月10日    同意公开\n", None, True, id="public-after-a-gap"),
    pytest.param("某市民政局\n2024年5月10日    （依申请公开）\n", None, False, id="public-in-brackets"),
    pytest.param("某市民政局\n2024年5月10日    A类    主动公开\n", "A", True, id="class-and-public"),
    pytest.param("某市民政局\n2024年5月10日    （B类）（不予公开）\n", "B", False, id="two-bracketed"),
    pytest.param("某市民政局    2024年5月10日    B类\n", "B", None, id="authority-date-class"),
    pytest.param("某市民政局\n二〇二四年五月十日    C类\n", "C", None, id="date-in-numerals"),
    pytest.param("某市民政局\n2024年5月10日    B类    此件主动公开\n", "B", True, id="class-and-headed-note"),
    pytest.param("某市民政局\n2024年5月10日A类\n", "A", None, id="class-glued-to-the-date"),
    pytest.param("某市民政局\n2024年5月10日    此件为B类\n", "B", None, id="said-class"),
    pytest.param("某市民政局\n2024年5月10日本件系A类办结\n", "A", None, id="said-class-glued"),
    pytest.param("某市民政局\n2024年5月10日（此件属C类件）\n", "C", None, id="said-class-in-brackets"),
    pytest.param("某市民政局\n2024年5月10日（B类）\n", "B", None, id="bracketed-class-glued"),
    pytest.param("某市民政局\n2024年5月10日本件不予公开\n", None, False, id="headed-note-glued"),
    pytest.param("某市民政局\n2024年5月10日C类    此件主动公开\n", "C", True, id="glued-class-then-note"),
    pytest.param("某市民政局\n2024年5月10日    本件不予公开    A类\n", "A", False, id="headed-note-then-class"),
]  # fmt: skip

FLATTENED = [
    pytest.param(" 某市民政局 2024年5月10日 （B类）", "B", None, id="flat-class-in-brackets"),
    pytest.param(" 某市民政局 2024年5月10日 A类", "A", None, id="flat-class"),
    pytest.param(" 某市民政局 2024年5月10日 （主动公开）", None, True, id="flat-public"),
    pytest.param(" 某市民政局 2024年5月10日 C类 不予公开", "C", False, id="flat-class-and-public"),
    pytest.param(" 某市民政局 2024年5月10日 B类 此件主动公开", "B", True, id="flat-class-and-headed-note"),
    pytest.param(" 某市民政局 2024年5月10日此件主动公开", None, True, id="flat-headed-note-glued"),
    pytest.param(" 某市民政局 2024年5月10日D类", "D", None, id="flat-class-glued"),
    pytest.param(" 某市民政局 2024年5月10日 此件为B类办理件", "B", None, id="flat-said-class"),
]  # fmt: skip


@pytest.mark.parametrize(("closing", "handling", "public"), ON_THE_DATE_LINE)
def test_mark_on_the_date_line(closing: str, handling: str | None, public: bool | None) -> None:
    record = parse_text(HEAD + closing)
    assert (record.signature.issuer, record.signature.date) == (SIGNER, DATE)
    assert (record.handling_type, record.public) == (handling, public)


@pytest.mark.parametrize(("closing", "handling", "public"), FLATTENED)
def test_mark_after_a_flattened_date(
    closing: str, handling: str | None, public: bool | None
) -> None:
    record = parse_text(FLAT_HEAD + closing)
    assert (record.signature.issuer, record.signature.date) == (SIGNER, DATE)
    assert (record.handling_type, record.public) == (handling, public)


# Near-misses: what follows the date is no mark (words go on after it, or it is glued to
# the date): nothing of it is read as a class or a publication note.
NOT_MARKS = [
    pytest.param("某市民政局\n2024年5月10日    B类产品\n", id="class-word-goes-on"),
    pytest.param("某市民政局\n2024年5月10日    公开招标\n", id="public-word-goes-on"),
    pytest.param("某市民政局\n2024年5月10日主动公开\n", id="bare-value-glued-to-the-date"),
    pytest.param("某市民政局\n2024年5月10日A类产品\n", id="glued-class-word-goes-on"),
    pytest.param("某市民政局\n2024年5月10日    A类  另附说明\n", id="words-after-the-mark"),
]  # fmt: skip


@pytest.mark.parametrize("closing", NOT_MARKS)
def test_no_mark_after_the_date(closing: str) -> None:
    record = parse_text(HEAD + closing)
    assert (record.handling_type, record.public) == (None, None)


def test_a_dated_sentence_ending_in_a_class_word_is_body() -> None:
    text = (
        FLAT_HEAD.replace("推进社区食堂建设。", "推进社区食堂建设，已于2024年3月1日 列为A类")
        + " 某市民政局 2024年5月10日"
    )
    record = parse_text(text)
    assert (record.signature.issuer, record.signature.date) == (SIGNER, DATE)
    assert record.handling_type is None
