"""A line of one character and its colon (``容：``, what a damaged form kept of 内容：) is no
salutation: a salutation names someone, two characters at least. The reply's own title and
salutation under the form are read. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

FORM = "某县政协提案办理单\n提案人：王某\n{row}\n建议加快修缮某小学围墙。\n"
REPLY = (
    "关于县政协十届二次会议第8号提案的答复\n王某委员：\n"
    "您提出的《关于加快修缮某小学围墙的提案》收悉。现答复如下：\n已列入计划。\n某县教育局\n2024年5月10日\n"
)


@pytest.mark.parametrize("row", ["容：", "容:", "内容："])
def test_a_damaged_forms_row_is_no_salutation(row: str) -> None:
    record = parse_text(FORM.format(row=row) + REPLY)
    assert record.salutation == "王某委员："
    assert [(a.name, a.role) for a in record.addressees] == [("王某", "委员")]
    assert record.title == "关于县政协十届二次会议第8号提案的答复"


def test_a_two_character_body_still_salutes() -> None:
    record = parse_text(
        "关于某事的复函\n某局：\n你局来函收悉。现答复如下：\n同意。\n某县人民政府\n2024年5月10日\n"
    )
    assert record.salutation == "某局："
