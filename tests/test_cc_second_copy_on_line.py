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
    "某某代表： 您提出的《关于改善某镇道路照明的建议》收悉。现答复如下： 首先感谢您对我局工作的关心。"
    "您提出的建议由我局与甲局共同办理。目前，经与甲局商量，该局正在编制方案，尚未定稿。"
    "我局将在方案确定后，按照方案逐步实施，并将进展及时告知您。"
    "同时，我局将组织人员对现有路灯开展一次全面排查，对损坏的灯具及时维修更换。 2099年3月4日 "
    "联系单位及电话：某县城市管理局 0000000 联 系 人：某某某 抄 报：县政协办公室、县政府督查室"
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
