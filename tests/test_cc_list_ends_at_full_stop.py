"""A 抄送 list is one sentence: it ends at its full stop, and what a page flattened with
nothing between its lines glued after that stop on the line (``…县政府督查室。文件下载：…``,
``…区财政局。相关附件：``) is another element, no body of the list. A list that runs over
two lines, and one whose bodies a full stop follows at the line's end, read as before."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "某某委员：\n您提出的建议收悉。现答复如下：\n我局将加大力度。\n某县交通运输局\n2099年5月6日\n"
)

GLUED = [
    pytest.param("抄送：县政协提案委、县政府督查室。文件下载：关联文件：", id="download-cell"),
    pytest.param("抄送：县政协提案委，县政府办公室，县财政局。相关附件：", id="attachments-cell"),
    pytest.param("抄送：县政协提案委、县政府督查室。（共印5份）", id="printed-count"),
]  # fmt: skip


@pytest.mark.parametrize("line", GLUED)
def test_the_list_ends_at_its_full_stop(line: str) -> None:
    letter = parse_text(HEAD + line + "\n")
    assert letter.cc[0] == "县政协提案委"
    assert not any("：" in body or "附件" in body or "下载" in body for body in letter.cc)
    assert letter.cc[-1] in ("县政府督查室", "县财政局")


# Must not match: a list over two lines, a list ending with its stop
def test_a_list_over_two_lines_is_read_whole() -> None:
    letter = parse_text(HEAD + "抄送：县政协提案委，县政府办公室，\n县财政局。\n")
    assert letter.cc == ["县政协提案委", "县政府办公室", "县财政局"]


def test_a_list_with_its_stop_at_the_end() -> None:
    letter = parse_text(HEAD + "抄送：县政协提案委，县政府办公室。\n")
    assert letter.cc == ["县政协提案委", "县政府办公室"]
