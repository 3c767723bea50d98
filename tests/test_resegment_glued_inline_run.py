"""A run of numbered items a letter writes inside one paragraph, a lead-in's colon before
it and semicolons between its items (``具体做法为：1、…；2、…；3、…。``): flattened with the
rest of the letter onto one line, it stays one paragraph, so the sections read its items
inline as they read the tidy letter's. Items whose sentences end with a full stop, and runs
a tidy letter set a line each, are read as before."""

from __future__ import annotations

from replyparse import parse_text

HEAD = "关于县人大三次会议第5号建议的答复王某代表：您提出的关于改善乡村道路的建议收悉。现答复如下："
RUN = (
    "今年我局多方争取资金，具体做法为：1修缮甲村道路3公里，投入资金80万元；"
    "2、新建乙镇便民桥1座，投入资金40万元；3、改造丙村排水沟渠，投入资金20万元。"
)
TAIL = "感谢您对交通工作的支持。某县交通运输局2024年6月3日"


def _items(text: str) -> list[tuple[int, str]]:
    return [(s.level, (s.heading or "")[:6]) for s in parse_text(text).sections]


def test_a_glued_inline_run_is_read_as_in_the_tidy_letter() -> None:
    tidy = HEAD.replace("代表：", "代表：\n").replace("如下：", "如下：\n") + RUN + "\n" + TAIL
    assert _items(HEAD + RUN + TAIL) == _items(tidy)
    assert [h for _, h in _items(HEAD + RUN + TAIL)] == [
        "修缮甲村道路",
        "新建乙镇便民",
        "改造丙村排水",
    ]


def test_the_signature_after_the_run_is_still_read() -> None:
    letter = parse_text(HEAD + RUN + TAIL)
    assert letter.signature.issuer == "某县交通运输局"
    assert letter.signature.date == "2024-06-03"


# Must not match: items ending with a full stop start lines of their own when glued, and a
# tidy letter's items a line each keep theirs.
def test_items_after_full_stops_still_break() -> None:
    text = (
        HEAD + "我局重点做了以下工作：一、修缮甲村道路。已完成3公里。二、新建乙镇便民桥。"
        "已通车。" + TAIL
    )
    assert [h for _, h in _items(text)] == ["修缮甲村道路", "新建乙镇便民"]


def test_a_tidy_run_a_line_each_is_unchanged() -> None:
    text = (
        "关于某建议的答复\n王某代表：\n　　您的建议收悉。我局重点做了以下工作：\n"
        "　　1、修缮甲村道路3公里；\n　　2、新建乙镇便民桥1座；\n　　3、改造丙村排水沟渠。\n"
        "　　感谢您的支持。\n某县交通运输局\n2024年6月3日\n"
    )
    assert [h for _, h in _items(text)] == ["修缮甲村道路", "新建乙镇便民", "改造丙村排水"]
