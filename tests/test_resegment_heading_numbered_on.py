"""A letter whose paragraph under a numbered heading lost its final stop (…信息), flattened
with nothing between its lines: the next heading (二、) is glued to the paragraph's last
word. Framed by the numbering, 一、 met before and 三、 written further on after a sentence's
end, it is the heading numbered on and opens a line, as the tidy letter has it. A 二、
that the numbering does not frame (no 三、 after a stop, or no 一、 before), and numerals in
a run (第二、三季度), stay in their sentence."""

from __future__ import annotations

from replyparse import parse_text

HEAD = "关于某某提案的答复某某委员：您提出的提案收悉，现答复如下："
ONE = "一、推进菜市场改造。以实事项目为抓手，持续推进菜市场改造，及时发布检测信息"
TWO = "二、推动标准引领。指导批发市场对标建设。"
THREE = "三、加强宣传培训。依托行业协会开展培训。"
TAIL = "感谢您的支持。某市商务委员会2099年3月11日"


def _headings(text: str) -> list[tuple[int, str | None]]:
    return [(s.number, s.heading) for s in parse_text(text).sections]


def test_the_heading_numbered_on_opens_its_line() -> None:
    assert _headings(HEAD + ONE + TWO + THREE + TAIL) == [
        (1, "推进菜市场改造"),
        (2, "推动标准引领"),
        (3, "加强宣传培训"),
    ]


def test_as_in_the_tidy_letter() -> None:
    tidy = HEAD + "\n" + ONE + "\n" + TWO + "\n" + THREE + "\n" + TAIL
    assert _headings(HEAD + ONE + TWO + THREE + TAIL) == _headings(tidy)


# Must not match
def test_no_third_heading_after_a_stop() -> None:
    text = HEAD + ONE + "二、推动标准引领。" + TAIL
    assert [n for n, _ in _headings(text)] == [1]


def test_numerals_in_a_run_stay() -> None:
    text = HEAD + "一、推进菜市场改造。计划在第二、三季度完成改造。" + THREE + TAIL
    assert [n for n, _ in _headings(text)] == [1, 3]
