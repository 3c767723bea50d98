"""The weekday a letter gives in brackets after its signed date (``2024年5月10日（星期五）``,
``（周五）``), or bare after it (``2024年5月10日 星期五``): no part of the date, and the
authority above still signs. A weekday in a
sentence of the body, or a bracket that names no weekday, reads no signature (snippets
written here, invented units)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "甲县林业局\n关于第3号建议的答复\n王某代表：\n    您提出的建议收悉。现答复如下：\n"
    "    我局已落实。感谢您的支持！\n"
)

READ = [
    pytest.param("\n甲县林业局\n2024年5月10日（星期五）", id="xingqi-full-brackets"),
    pytest.param("\n甲县林业局\n2024年5月10日（周五）", id="zhou"),
    pytest.param("\n甲县林业局\n2024年5月10日(星期五)", id="half-width-brackets"),
    pytest.param("\n甲县林业局\n2024年5月10日（礼拜五）", id="libai"),
    pytest.param("\n甲县林业局\n二〇二四年五月十日（星期五）", id="chinese-numerals"),
    pytest.param("\n甲县林业局  2024年5月10日（周五）", id="authority-on-the-line"),
    pytest.param("    甲县林业局 2024年5月10日（星期五）", id="flattened-after-a-sentence"),
    pytest.param("\n甲县林业局\n2024年5月10日（星期五）\n联系人：李某  电话：0000-5550123",
                 id="contact-below"),
    # decided: bare after a blank, as a web copy or a typist sets it (not 周五 bare)
    pytest.param("\n甲县林业局\n2024年5月10日 星期五", id="bare-after-a-blank"),
    pytest.param("\n甲县林业局\n2024年5月10日星期五", id="bare-glued"),
    pytest.param("\n甲县林业局\n2024年5月10日　礼拜五", id="bare-libai"),
    pytest.param("\n甲县林业局\n二〇二四年五月十日 星期五", id="bare-chinese-numerals"),
    pytest.param("    甲县林业局 2024年5月10日 星期五", id="bare-flattened"),
]  # fmt: skip


@pytest.mark.parametrize("end", READ)
def test_weekday_after_the_signed_date(end: str) -> None:
    record = parse_text(HEAD + end + "\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("甲县林业局", "2024-05-10")
    text = HEAD + end + "\n"
    start, stop = record.signature.date_span or (0, 0)
    assert text[start:stop] in ("2024年5月10日", "二〇二四年五月十日")  # no weekday in it
    assert span_problems(record) == []


# near misses: a weekday in the body's sentence stays body; a bracket that names no
# weekday (星期八, 周末) is no weekday
BODY = "    座谈会定于2024年5月10日（星期五）召开。\n"
NEAR = [
    pytest.param(HEAD + BODY + "\n甲县林业局\n2024年5月12日", ("甲县林业局", "2024-05-12"),
                 id="sentence-in-the-body"),
    pytest.param(HEAD + "    会议时间：\n2024年5月10日（星期五）上午\n    欢迎参加。\n\n甲县林业局\n"
                 "2024年5月12日", ("甲县林业局", "2024-05-12"), id="line-in-the-body"),
    pytest.param(HEAD + "\n甲县林业局\n2024年5月10日（星期八）", (None, None), id="no-such-day"),
    pytest.param(HEAD + "\n甲县林业局\n2024年5月10日（周末）", (None, None), id="weekend"),
    pytest.param(HEAD + "\n甲县林业局\n2024年5月10日 星期八", (None, None), id="bare-no-such-day"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "signature"), NEAR)
def test_weekday_near_misses(text: str, signature: tuple[str | None, str | None]) -> None:
    record = parse_text(text + "\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == signature


def test_a_bare_weekday_in_a_flattened_closing_with_a_contact_after() -> None:
    text = (
        "甲县林业局关于第3号建议的答复 王某代表： 您提出的建议收悉。现答复如下：我局已落实。"
        "感谢您的支持！ 甲县林业局 2024年5月10日 星期五 联系人：李某 电话：0000-5550123\n"
    )
    record = parse_text(text, keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("甲县林业局", "2024-05-10")
    assert [(c.name, c.phone) for c in record.contacts] == [("李某", "0000-5550123")]
