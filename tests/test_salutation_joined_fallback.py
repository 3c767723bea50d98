"""A letter whose lines name no one by a role is read again joined by blanks, as a copy
flattened with blanks writes it, and the salutation that reading finds is taken when it
names someone 代表 or 委员 (decided, head68): a salutation the lines hid (a label after it
on its line, each line a paragraph of a stored article) is found so. A form's proposer
label (提案人：) is never taken, nor a body's name for a letter to a body. Snippets
are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text, parser
from replyparse.textview import TextView

OPENING = "您提出的关于修缮青石村水渠的提案收悉，现答复如下：\n感谢您的关心。\n青石县水务局\n"


def _names(text: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in parse_text(text, keywords=False).addressees]


def test_a_salutation_with_a_label_after_it_on_its_line_is_found_joined() -> None:
    text = "关于县九届人大二次会议第12号提案的答复\n李华委员 联系人：周某\n" + OPENING
    letter = parse_text(text, keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("李华", "委员")]
    span = letter.addressees[0].span
    assert span is not None and text[span[0] : span[1]] == "李华"


def test_each_line_a_paragraph_of_a_stored_article() -> None:
    lines = ["关于县九届人大二次会议第12号建议的答复", "王明、赵芳代表：", *OPENING.split("\n")]
    text = "\n".join(f"<p>{line}</p>" for line in lines if line)
    assert _names(text) == [("王明", "代表"), ("赵芳", "代表")]


def test_a_forms_proposer_label_is_no_salutation() -> None:
    form = "委员意见征询表\n提案人：赵某某\n联系电话：13800000000\n承办单位：青石县水务局\n"
    assert _names(form) == []


def test_a_letter_to_a_body_keeps_its_body() -> None:
    text = "关于县九届人大二次会议第12号建议的答复\n青石县人大常委会：\n" + OPENING
    assert _names(text) == [("青石县人大常委会", None)]


def test_a_letter_naming_no_one_names_no_one() -> None:
    assert _names("关于县九届人大二次会议第12号建议的答复\n" + OPENING) == []


def test_the_joined_reading_reads_a_bounded_head(monkeypatch: pytest.MonkeyPatch) -> None:
    # lines naming a role and no sentence at all: the re-reading joins the head only, not the
    # whole text (re-reading 360,000 such characters took seconds)
    read: list[int] = []
    real = parser.resegment

    def counted(view: TextView) -> TextView:
        read.append(len(view.original))
        return real(view)

    monkeypatch.setattr(parser, "resegment", counted)
    text = "人大代表 甲乙丙\n" * 2000
    parser.parse_text(text, keywords=False)
    assert len(read) == 2  # (the lines, then the joined head)
    assert read[1] <= parser._JOINED_HEAD_MOST < len(text)
