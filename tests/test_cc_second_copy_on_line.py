"""A page that stores a letter twice, flattened onto one line: the view drops the second
copy from inside the line (:func:`replyparse.repeats.second_copy`), and what the page
wrote after it (a comment box, a counter) follows the first copy's 抄送 list in the view.
The list ends where the copy was: the copy's bodies and the page's words after it are no
bodies (the list was read from the letter's text behind the view, copy and all). A list
written once, or twice on lines of their own, is read as before."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = (
    "某某代表： 您提出的《关于在某村修建文化广场的建议》已交我局研究，答复如下： 谢谢您对乡村文化的关注。"
    "广场选址要与乙局协调用地，双方已到现场踏勘两次，用地手续还在报批。"
    "手续办妥后，我局将分两期建设，首期安排健身器材和一座小舞台，并把进度告诉您。"
    "此外，我局将组织文艺小分队每月到该村演出一场，丰富群众的业余生活。 2099年3月4日 "
    "联系单位及电话：某县文化和旅游局 0000000 联 系 人：某某某 抄 报：县政协办公室、县政府督查室"
)

CASES = [
    pytest.param(" ", id="joined-by-spaces"),
    pytest.param("", id="joined-by-nothing"),
]  # fmt: skip


@pytest.mark.parametrize("joint", CASES)
def test_the_list_ends_where_the_second_copy_was(joint: str) -> None:
    text = LETTER + joint + LETTER + joint + "网友评论（共有 0 条评论） |"
    letter = parse_text(text)
    assert letter.cc == ["县政协办公室", "县政府督查室"]


def test_a_letter_written_once_keeps_its_list() -> None:
    letter = parse_text(LETTER + " 网友评论（共有 0 条评论）")
    assert letter.cc[:2] == ["县政协办公室", "县政府督查室"]


def test_a_copy_on_lines_of_its_own_keeps_the_list() -> None:
    lines = LETTER.replace(" ", "\n")
    letter = parse_text(lines + "\n" + lines + "\n网友评论（共有 0 条评论）\n")
    assert letter.cc[:2] == ["县政协办公室", "县政府督查室"]
