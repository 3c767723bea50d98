"""A numbered list whose items are sentences (``二、我局按照相关政策，已…。``), flattened onto
one line: the first item's words may read as a heading glued to a paragraph (``一、某站的
配备按照某标准配备，…``: 按照 opens paragraphs), but among two or more sibling items that
are sentences, none with a heading, it is a sentence too, and no heading is cut from it,
as the tidy letter reads it. A list whose other items carry headings keeps the cut."""

from __future__ import annotations

from replyparse import parse_text

HEAD = "关于某某建议的答复某某代表：您提出的建议收悉，现答复如下："
TAIL = "感谢您的支持。某县卫生健康局2099年5月6日"
ITEMS = (
    "一、村卫生站的人员配备按照全科医生标准配备，我们已与上级部门沟通，待标准出台后立即办理。"
    "二、我局按照有关政策，已与某街道联系，积极争取资金，完成卫生站的基础建设。"
    "三、卫生站的功能要日益完善，我局与某街道共同商讨功能完善事宜。"
)


def _sections(text: str) -> list[tuple[int, str | None]]:
    return [(s.number, s.heading) for s in parse_text(text).sections]


def test_sentence_items_are_read_as_in_the_tidy_letter() -> None:
    tidy = HEAD.replace("如下：", "如下：\n") + ITEMS.replace("。二", "。\n二").replace(
        "。三", "。\n三"
    )
    flat = _sections(HEAD + ITEMS + TAIL)
    assert flat == _sections(tidy + "\n" + TAIL)
    assert flat[0][1] is not None and flat[0][1].startswith("村卫生站的人员配备按照")


# Must not match: siblings with headings of their own
def test_siblings_with_headings_keep_the_cut() -> None:
    items = (
        "一、人员配备按照全科医生标准配备，我们已与上级部门沟通。"
        "二、基础建设。已完成。三、功能完善。正在商讨。"
    )
    assert _sections(HEAD + items + TAIL)[0] == (1, "人员配备")
