"""A long line of glued contact labels (a flattened page, or a hostile file: ``联系人：李某电话：
0000-…`` written thousands of times on one line): each label's value was read against the
whole line, twice over: the gate before the search for where a value must stop (抄送, 附件：,
a date) asked the whole line, and the letters read as digits in a phone (0000-555O123) were
read for the whole line again. Quadratic: 200,000 characters took 37 s. The gate now asks
the value alone, and the line's letters are read once. The work is counted (characters the
gate and the letter scan read), never timed. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.fields import contacts
from workcount import CountedPattern, lines_run


def _read(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    counter = [0]
    real_may_stop = contacts._may_stop

    def may_stop(value: str) -> bool:
        counter[0] += len(value)
        return real_may_stop(value)

    with monkeypatch.context() as patch:
        patch.setattr(contacts, "_may_stop", may_stop)
        patch.setattr(
            contacts, "_ANY_PHONE_LETTER", CountedPattern(contacts._ANY_PHONE_LETTER, counter)
        )
        parse_text(text)
    return counter[0]


@pytest.mark.parametrize(
    "unit",
    [
        "联系人：李某电话：0000-5551234",
        "签发人：张某某某交函〔2023〕12号联系人：李某电话：0000-5551234",
        "联系人：李某 电话：0000-5551234 ",
    ],
    ids=["glued", "with-numbers", "spaced"],
)
def test_characters_read_grow_with_the_line(unit: str, monkeypatch: pytest.MonkeyPatch) -> None:
    small = _read(unit * 150, monkeypatch)
    large = _read(unit * 300, monkeypatch)
    assert large < 2.5 * small, (small, large)


def test_a_contact_line_still_read() -> None:
    """The value still stops at a date, and a letter typed for a digit is still read."""
    text = (
        "关于某事的答复\n张三代表：\n您提出的建议收悉。现答复如下：已办理。\n某县某局\n"
        "2023年5月6日\n联系人：王某某 联系电话：0000-555O123\n"
    )
    letter = parse_text(text)
    assert [(c.name, c.phone) for c in letter.contacts] == [("王某某", "0000-5550123")]


def test_a_long_line_keeps_each_contact() -> None:
    letter = parse_text("联系人：李某电话：0000-5551234，" * 40)
    assert len(letter.contacts) == 40
    assert {(c.name, c.phone) for c in letter.contacts} == {("李某", "0000-5551234")}


def test_many_names_under_one_label_grow_linearly() -> None:
    """One label's value holding thousands of names and no phone (names letter-spaced side by
    side, ``韩冬 邓 秋 生 …``): each name asked whether a phone came before it walked every
    person read so far (quadratic, review58b); the parts read are kept as they come. The work
    is counted, never timed."""

    def read(count: int) -> None:
        parse_text("联系人：" + "韩冬 邓 秋 生 " * count + "\n", keywords=False)

    small = lines_run((contacts,), lambda: read(300))
    large = lines_run((contacts,), lambda: read(600))
    assert large < 2.3 * small, (small, large)
