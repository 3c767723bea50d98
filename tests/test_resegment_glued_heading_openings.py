"""A letter flattened onto one line with nothing between its lines glues each section's
heading to its paragraph. Where the heading ends is read from how the paragraph opens:
an aim after 安排 or 成果 (下一步安排为满足…), a date with the answering body after it
(…项目2023年至2024年我局…), 对于 and what the paragraph speaks of (…建设对于在某村…).
Sentences that hold the same words keep them (我局已安排资金…, 巩固某某成果同…, 加强对某事
的管理), and a tidy letter keeps its headings.
"""

from __future__ import annotations

from replyparse import parse_text

OPENING = "孙某某代表：\n您提出的《关于改善某镇村容村貌的建议》收悉，现答复如下：\n"
TAIL = "感谢您对我们工作的关心和支持。\n戊县某某局\n2099年3月4日\n"


def _headings(text: str) -> list[str | None]:
    return [s.heading for s in parse_text(text, keywords=False).sections]


def _flat(tidy: str) -> str:
    return "".join(line.strip() for line in tidy.split("\n"))


def test_aim_after_an_arrangement_opens_the_paragraph() -> None:
    tidy = (
        OPENING
        + "一、基本情况\n全镇共有道路十二条。\n"
        + "二、下一步安排\n为满足群众出行需要，提升村容村貌，我局将加快道路建设。\n"
        + "三、取得成果\n该项目已惠及农户三百户。\n"
        + TAIL
    )
    want = ["基本情况", "下一步安排", "取得成果"]
    assert _headings(tidy) == want
    assert _headings(_flat(tidy)) == want


def test_date_and_reporter_open_the_paragraph() -> None:
    tidy = (
        OPENING
        + "一、开展某某设施改善项目\n2098年至2099年我局累计投入资金十万元。\n"
        + "二、推进某某示范点建设\n2099年我县新建示范点三个。\n"
        + TAIL
    )
    want = ["开展某某设施改善项目", "推进某某示范点建设"]
    assert _headings(tidy) == want
    assert _headings(_flat(tidy)) == want


def test_regarding_opens_the_paragraph() -> None:
    tidy = (
        OPENING
        + "一、开展某某项目建设\n对于在某村开展该项目，县政府已高度关注。\n"
        + "二、加强道路养护\n对于您反映的路面破损问题，我局已安排修补。\n"
        + TAIL
    )
    want = ["开展某某项目建设", "加强道路养护"]
    assert _headings(tidy) == want
    assert _headings(_flat(tidy)) == want


def test_sentences_holding_the_words_are_left_alone() -> None:
    tidy = (
        OPENING
        + "一、我局已安排资金五十万元用于道路修缮。\n"
        + "二、巩固某某成果同乡村振兴有效衔接，持续改善人居环境。\n"
        + "三、加强对于某某设施的日常管理，落实专人负责。\n"
        + TAIL
    )
    for text in (tidy, _flat(tidy)):
        letter = parse_text(text, keywords=False)
        assert [s.marker for s in letter.sections] == ["一、", "二、", "三、"]
        assert [s.text for s in letter.sections] == [
            "我局已安排资金五十万元用于道路修缮。",
            "巩固某某成果同乡村振兴有效衔接，持续改善人居环境。",
            "加强对于某某设施的日常管理，落实专人负责。",
        ]
        assert [s.heading for s in letter.sections] == [
            s.text.removesuffix("。") for s in letter.sections
        ]
