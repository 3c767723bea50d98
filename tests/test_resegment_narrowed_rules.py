"""Four of the day's rules narrowed where they read ordinary letters' words (review71a), each
read on the copy as written, flattened with blanks and glued:

- ``…的反馈`` ends a title only where the reply names itself the feedback: a title that goes
  on with the noun it qualifies (``…的反馈情况``) keeps it, and the names after it are the
  salutation's (left71);
- a topic word that 的 leads (``问题已经解决的情况``) is the heading's own end, though a topic
  word before it has a predicate's frame after it (old71);
- a 制 that a name goes on after (``县委编制委员会办公室``) is no form's maker note: the
  whole name signs (left71);
- a page label opening the head with its colon (``信息公开：是``) is no site's column heading
  over a title: a column's title opens as a title does right after its colon (old71).

Snippets in our own words, invented names and numbers.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import COPIES
from spans import span_problems


def _letter(
    head: str = "甲山县水利局\nB类\n甲水函〔2099〕12号",
    title: str = "关于加强乙河市河道治理的建议的答复",
    heading: str = "一、加强河道巡查",
    paragraph: str = "我局将每月巡查一次。",
    tail: str = "联系人：李小明\n联系电话：0000-0000000\n甲山县水利局\n2099年5月10日",
) -> str:
    return (
        f"{head}\n{title}\n王某代表：\n您提出的《关于加强乙河市河道治理的建议》收悉。现答复如下：\n"
        f"{heading}\n{paragraph}\n二、加大资金投入\n今年安排资金100万元。\n感谢您的支持。\n{tail}\n"
    )


@pytest.mark.parametrize("flatten", COPIES[:2])
def test_a_title_going_on_after_its_feedback_keeps_it(flatten) -> None:
    letter = parse_text(flatten(_letter(title="关于河道治理问题的反馈情况")), keywords=False)
    assert letter.title == "关于河道治理问题的反馈情况"
    assert [a.name for a in letter.addressees] == ["王某"]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        ("问题已经解决的情况", "乙河段已完成清淤。"),
        ("建议已由县政府研究的情况", "县政府已召开专题会议。"),
    ],
    ids=["solved", "studied"],
)
def test_a_topic_word_of_leads_ends_the_heading(flatten, heading: str, paragraph: str) -> None:
    letter = parse_text(
        flatten(_letter(heading="一、" + heading, paragraph=paragraph)), keywords=False
    )
    assert letter.sections[0].heading == heading


@pytest.mark.parametrize("flatten", COPIES)
def test_a_name_with_a_make_character_inside_signs_whole(flatten) -> None:
    tail = "中共甲山县委编制委员会办公室\n2099年5月10日"
    letter = parse_text(flatten(_letter(head="B类\n甲水函〔2099〕12号", tail=tail)), keywords=False)
    assert letter.signature is not None
    assert letter.signature.issuer == "中共甲山县委编制委员会办公室"
    assert letter.issuer == "中共甲山县委编制委员会办公室"
    assert span_problems(letter) == []


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "head",
    [
        "信息公开：是\n甲水函〔2099〕12号",
        "信息公开：主动公开\n甲山县水利局\nB类\n甲水函〔2099〕12号",
    ],
)
def test_a_page_label_opening_the_head_is_no_column(flatten, head: str) -> None:
    letter = parse_text(flatten(_letter(head=head)), keywords=False)
    assert letter.public is True
    assert letter.title == "关于加强乙河市河道治理的建议的答复"
    assert letter.doc_number is not None and letter.doc_number.text == "甲水函〔2099〕12号"
