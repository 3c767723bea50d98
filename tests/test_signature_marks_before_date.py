"""A class mark or a publication value between the signer and the date in a copy that lost
its line breaks (``…支持。 某局 （B类） 2024年5月10日``, ``… 某局 同意公开 2024年5月10日``), in
its brackets or after a gap, as a seal note may stand there: the signer and the date are read,
and the mark feeds its own field."""

from __future__ import annotations

import pytest

from replyparse import parse_text

FLAT_HEAD = (
    "关于市十五届人大三次会议第8号建议的答复 王某代表： "
    "您提出的《关于增设社区养老食堂的建议》收悉，现答复如下： "
    "我局将会同各街道推进社区食堂建设。 感谢您对民政工作的关心和支持。"
)

# (the flattened closing, the handling type, whether published)
BETWEEN = [
    pytest.param(" 某市民政局 （B类） 2024年5月10日", "B", None, id="class-in-brackets"),
    pytest.param(" 某市民政局 A类 2024年5月10日", "A", None, id="class-after-a-blank"),
    pytest.param(" 某市民政局　　【C】　　2024年5月10日", "C", None, id="letter-in-brackets"),
    pytest.param(" 某市民政局 同意公开 2024年5月10日", None, True, id="public"),
    pytest.param(" 某市民政局 （依申请公开） 二〇二四年五月十日", None, False, id="public-numerals"),
]  # fmt: skip


@pytest.mark.parametrize(("closing", "handling", "public"), BETWEEN)
def test_mark_between_signer_and_date(
    closing: str, handling: str | None, public: bool | None
) -> None:
    record = parse_text(FLAT_HEAD + closing)
    assert (record.signature.issuer, record.signature.date) == ("某市民政局", "2024-05-10")
    assert (record.issuer, record.handling_type, record.public) == ("某市民政局", handling, public)


# Near-misses: a name ending in a class's words, or a value glued to the signer with no gap
# or bracket, is no mark standing apart.
def test_name_glued_to_a_class_word_is_no_mark() -> None:
    record = parse_text(FLAT_HEAD + " 某市民政局A类 2024年5月10日")
    assert record.handling_type is None


def test_sentence_ending_in_a_class_before_the_date_is_body() -> None:
    text = (
        FLAT_HEAD.replace("推进社区食堂建设。", "推进社区食堂建设，该项目列为A类")
        + " 2024年5月10日"
    )
    record = parse_text(text)
    assert record.handling_type is None
