"""The heading numbered on (see test_resegment_heading_numbered_on.py) past the ninth: a
letter of ten headings or more whose paragraph lost its final stop, flattened with nothing
between its lines, glues 十、 or 十二、 to the paragraph's last word. Framed by the numbering
(九、 or 十一、 met before, 十一、 or 十三、 written further on after a sentence's end), it
opens a line as the tidy letter has it. A 十、 the numbering does not frame, a count's numerals
(十二、三家), and a 二、 read with the numeral after it (二、三农工作) stay in their sentence."""

from __future__ import annotations

from replyparse import parse_text

HEAD = "关于某某提案的答复某某委员：您提出的提案收悉，现答复如下："
WORDS = "一二三四五六七八九"
TOPICS = [
    "整治沟渠",
    "修缮道路",
    "补种树木",
    "清理河床",
    "维护路灯",
    "疏通管网",
    "更新站牌",
    "增设座椅",
    "改造公厕",
    "规范停车",
    "加强巡查",
    "完善制度",
    "总结经验",
]
TAIL = "感谢您的支持。某区城乡建设局2099年3月11日"


def _numeral(n: int) -> str:
    return WORDS[n - 1] if n < 10 else "十" + (WORDS[n - 11] if n > 10 else "")


def _item(n: int, stop: bool = True) -> str:
    """The nth heading and its paragraph, its last full stop lost when not ``stop``."""
    return f"{_numeral(n)}、{TOPICS[n - 1]}。按计划推进相关工作，按月通报进度数据" + (
        "。" if stop else ""
    )


def _headings(text: str) -> list[tuple[int, str | None]]:
    return [(s.number, s.heading) for s in parse_text(text, keywords=False).sections]


def test_tenth_and_twelfth_headings_open_their_lines() -> None:
    items = [_item(n, stop=n not in (9, 11)) for n in range(1, 14)]
    assert _headings(HEAD + "".join(items) + TAIL) == [(n, TOPICS[n - 1]) for n in range(1, 14)]


def test_as_in_the_tidy_letter() -> None:
    items = [_item(n, stop=n not in (9, 11)) for n in range(1, 14)]
    tidy = HEAD + "\n" + "\n".join(items) + "\n" + TAIL
    assert _headings(HEAD + "".join(items) + TAIL) == _headings(tidy)


# Must not match
def test_no_eleventh_heading_after_a_stop() -> None:
    items = [_item(n, stop=n != 9) for n in range(1, 11)]
    text = HEAD + "".join(items) + TAIL
    assert [n for n, _ in _headings(text)] == list(range(1, 10))


def test_a_count_stays_in_its_sentence() -> None:
    items = [_item(n) for n in range(1, 12)]
    items[9] = "十、规范停车。已在十二、三家单位试点错峰停车。"
    text = HEAD + "".join(items) + "十三、完善制度。定期评估。" + TAIL
    assert [n for n, _ in _headings(text)] == [*range(1, 12), 13]


def test_a_numeral_run_stays_in_its_sentence() -> None:
    text = (
        HEAD
        + "一、整治沟渠。做好二、三农工作的衔接数据"
        + "二、修缮道路。按计划推进。三、补种树木。按计划推进。"
        + TAIL
    )
    assert _headings(text) == [(1, "整治沟渠"), (2, "修缮道路"), (3, "补种树木")]
