"""``render`` given a JSON object that extract never wrote.

Every field of the record is optional, so ``{}`` or any object of record keys without
the text validates; render then blamed ``--no-text``, which the user never used. A
record extract writes always names its ``schema_version``: an object with neither that
nor the letter's text is refused as no record, whatever keys it holds (one holding keys
no record has was told the validator's word on the first: ``a: Extra inputs are not
permitted``). Records with their text, or written with ``--no-text``, are read as before,
and a record naming its version with a field gone wrong is told that field.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import flat, run

LETTER = (
    "关于县二届人大三次会议第9号建议的答复\n"
    "\n"
    "钱某某代表：\n"
    "　　您提出的关于增设护林站点的建议收悉，现答复如下。\n"
    "　　一、已在东坡增设站点两处。\n"
    "\n"
    "某县林业局\n"
    "2021年6月5日\n"
)


@pytest.mark.parametrize(
    "content",
    [
        "{}",
        '{"issuer": "某县林业局"}',
        '{"cc": []}',
        # keys no record has: the validator's "name: Extra inputs are not permitted" was
        # the message, which said nothing of what the file is
        '{"name": "letters", "version": "1.0"}',
        '{"a": 1}',
    ],
)
def test_object_with_no_version_and_no_text_is_no_record(tmp_path: Path, content: str) -> None:
    record = tmp_path / "settings.json"
    record.write_text(content, encoding="utf-8")
    code, _, err = run("render", str(record), "-o", str(tmp_path / "x.docx"))
    assert code == 1
    message = flat(err)
    assert "--no-text" not in message
    assert message == (
        f"error: {record}: a JSON object with no schema_version and no letter text, not a "
        "record written by replyparse extract: give one record (.json) or a letter file"
    )
    assert not (tmp_path / "x.docx").exists()


def test_a_no_text_record_is_still_told_so(tmp_path: Path) -> None:
    # must not match: extract --no-text writes schema_version, and render names the option
    letter = tmp_path / "a.txt"
    letter.write_text(LETTER, encoding="utf-8")
    record = tmp_path / "a.json"
    assert run("extract", str(letter), "--no-text", "--no-keywords", "-o", str(record))[0] == 0
    code, _, err = run("render", str(record), "-o", str(tmp_path / "x.docx"))
    assert code == 1
    assert "written with --no-text" in flat(err)


def test_an_object_holding_text_is_typeset(tmp_path: Path) -> None:
    # must not match: a hand-made object with the letter text and no version is typeset
    record = tmp_path / "hand.json"
    record.write_text(json.dumps({"text": LETTER}, ensure_ascii=False), encoding="utf-8")
    code, _, err = run("render", str(record), "-o", str(tmp_path / "x.docx"), "-q")
    assert (code, err) == (0, "")
    assert (tmp_path / "x.docx").stat().st_size > 0
