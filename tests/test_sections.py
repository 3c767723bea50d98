"""The numbered sections tree (正文层次): fields/sections.py.

Snippets here are invented; they copy the shapes real letters use, never their text.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEEDS
from replyparse import vocab
from replyparse.fields.sections import Style, find_sections, numbered
from replyparse.model import Diagnostic, Section
from replyparse.textview import TextView

Flat = tuple[int, int, str, str]  # level, number, marker, heading


def parse(text: str) -> tuple[list[Section], list[Diagnostic]]:
    view = TextView(text)
    return find_sections(view, 0, len(view.norm))


def walk(sections: list[Section]) -> list[Section]:
    """Every node, parents before their children, in text order."""
    out: list[Section] = []
    for s in sections:
        out.append(s)
        out.extend(walk(s.children))
    return out


def flat(sections: list[Section]) -> list[Flat]:
    return [(s.level, s.number, s.marker, s.heading) for s in walk(sections)]


# -- seeds --------------------------------------------------------------------------------

_SEED_TEXTS = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
_SEED_PARAMS = [pytest.param(p, id=p.stem) for p in _SEED_TEXTS] or [
    pytest.param(
        None,
        id="no-seeds",
        marks=pytest.mark.skip(reason=f"seed letters not found at {SEEDS} (shared/ beside repo)"),
    )
]


def _seed_body(view: TextView) -> tuple[int, int]:
    """From the line after the salutation to the line that opens with 感谢."""
    lines = view.content_lines
    salutation = next(ln for ln in lines if ln.text.endswith("：") and "代表" in ln.text)
    closing = next(ln for ln in lines if ln.index > salutation.index and ln.text.startswith("感谢"))
    return salutation.end + 1, closing.start


def _expected_flat(nodes: list[dict[str, object]]) -> list[tuple[object, ...]]:
    out: list[tuple[object, ...]] = []
    for n in nodes:
        out.append((n["level"], n["number"], n["marker"], n["heading"]))
        children = n.get("children", [])
        assert isinstance(children, list)
        out.extend(_expected_flat(children))
    return out


def _seed(path: Path) -> tuple[str, list[Section], list[tuple[object, ...]]]:
    text = path.read_text(encoding="utf-8")
    view = TextView(text)
    sections, _ = find_sections(view, *_seed_body(view))
    expected = json.loads(path.with_suffix("").with_suffix(".expected.json").read_text("utf-8"))
    return text, sections, _expected_flat(expected["sections"])


@pytest.mark.parametrize("path", _SEED_PARAMS)
def test_seed_level_number_heading(path: Path) -> None:
    _, sections, expected = _seed(path)
    got = Counter((lv, num, head) for lv, num, _, head in flat(sections))
    assert got == Counter((lv, num, head) for lv, num, _, head in expected)


@pytest.mark.parametrize("path", _SEED_PARAMS)
def test_seed_markers_in_order(path: Path) -> None:
    _, sections, expected = _seed(path)
    assert [(lv, num, m) for lv, num, m, _ in flat(sections)] == [e[:3] for e in expected]


@pytest.mark.parametrize("path", _SEED_PARAMS)
def test_seed_spans(path: Path) -> None:
    text, sections, _ = _seed(path)
    assert sections
    for s in walk(sections):
        assert text[s.span[0] : s.span[1]] == s.text


# -- snippet tables -----------------------------------------------------------------------

# The order GB/T 9704-2012 §7.3.3 prescribes, and letters that use only part of it.
GB_STANDARD = [
    pytest.param(
        "一、工作情况\n（一）加强组织领导\n1.成立工作专班。由分管领导任组长。\n"
        "（1）制定方案\n（2）明确分工：责任到人。\n2.强化督促检查。每月通报一次。\n"
        "（二）落实资金保障\n二、下一步打算\n继续推进。",
        [
            (1, 1, "一、", "工作情况"),
            (2, 1, "（一）", "加强组织领导"),
            (3, 1, "1.", "成立工作专班"),
            (4, 1, "（1）", "制定方案"),
            (4, 2, "（2）", "明确分工：责任到人"),
            (3, 2, "2.", "强化督促检查"),
            (2, 2, "（二）", "落实资金保障"),
            (1, 2, "二、", "下一步打算"),
        ],
        id="gb-four-levels",
    ),
    pytest.param(
        "1.关于道路改造。已列入年度计划。\n2.关于路灯维修。已完成。",
        [(1, 1, "1.", "关于道路改造"), (1, 2, "2.", "关于路灯维修")],
        id="gb-dot-numbers-are-level-1",
    ),
    pytest.param(
        "1.2021年以来，已改造道路。\n2.2022年计划投入资金。",
        [(1, 1, "1.", "2021年以来，已改造道路"), (1, 2, "2.", "2022年计划投入资金")],
        id="gb-dot-number-then-year",
    ),
    pytest.param(
        "一.资金安排\n1.2018-2020年安排补助资金。\n2.2021年起逐年增加。",
        [
            (1, 1, "一.", "资金安排"),
            (2, 1, "1.", "2018-2020年安排补助资金"),
            (2, 2, "2.", "2021年起逐年增加"),
        ],
        id="gb-dot-number-then-year-range",
    ),
    pytest.param(
        "（一）关于停车难的问题\n已增设车位。\n（二）关于噪音扰民的问题\n已约谈商户。",
        [(1, 1, "（一）", "关于停车难的问题"), (1, 2, "（二）", "关于噪音扰民的问题")],
        id="gb-cn-paren-top-level",
    ),
    pytest.param(
        "一、总体情况：\n情况良好。\n二、存在问题。\n资金不足。",
        [(1, 1, "一、", "总体情况"), (1, 2, "二、", "存在问题")],
        id="gb-heading-final-colon-and-stop-trimmed",
    ),
]

# Shapes found in the two seed letters, with invented words.
SEED_SHAPES = [
    pytest.param(
        "一、 关于加强绿化的建议\n我局高度重视。\n二、关于路灯的建议 \n已完成维修。",
        [(1, 1, "一、", "关于加强绿化的建议"), (1, 2, "二、", "关于路灯的建议")],
        id="heading-lines-space-after-marker",
    ),
    pytest.param(
        "四、关于统筹区、街道两级资源，更好服务群众的建议\n已研究。",
        [],  # a first marker must be numbered 1: 四、 alone is body text
        id="heading-line-alone-not-numbered-1",
    ),
    pytest.param(
        "一、基本情况\n辖区面积不大。\n二、办理情况\n1、增加停车位，缓解停车难。在3个小区试点。\n"
        "后续继续推进。\n2、 改造老旧管网。已完成招标。\n三、下一步\n持续跟进。",
        [
            (1, 1, "一、", "基本情况"),
            (1, 2, "二、", "办理情况"),
            (2, 1, "1、", "增加停车位，缓解停车难"),
            (2, 2, "2、", "改造老旧管网"),
            (1, 3, "三、", "下一步"),
        ],
        id="1dun-paragraphs-under-cn",
    ),
    pytest.param(
        "一、关于培训的建议\n我区高度重视培训，一是组织专题培训；加强考核。\n"
        "二是开展外出学习。效果良好。\n\n三是建立激励机制。\n二、关于其他的建议\n已办理。",
        [
            (1, 1, "一、", "关于培训的建议"),
            (2, 1, "一是", "组织专题培训"),
            (2, 2, "二是", "开展外出学习"),
            (2, 3, "三是", "建立激励机制"),
            (1, 2, "二、", "关于其他的建议"),
        ],
        id="inline-run-starts-mid-paragraph",
    ),
]

# What web copies and converted files do to markers.
WEB_COPIES = [
    pytest.param(
        "(一)加强领导\n内容。\n(二)完善制度\n内容。",
        [(1, 1, "(一)", "加强领导"), (1, 2, "(二)", "完善制度")],
        id="half-width-parens-kept-as-written",
    ),
    pytest.param(
        "１．完善设施。内容。\n２．加强管理。",
        [(1, 1, "１．", "完善设施"), (1, 2, "２．", "加强管理")],
        id="full-width-digits-and-dot",
    ),
    pytest.param(
        "一 、基本情况\n内容。\n二 、办理情况\n内容。",
        [(1, 1, "一、", "基本情况"), (1, 2, "二、", "办理情况")],
        id="space-inside-marker-dropped",
    ),
    pytest.param(
        "\u3000\u3000一、基本情况\n\u3000\u3000内容。\n\u3000\u3000二、办理情况",
        [(1, 1, "一、", "基本情况"), (1, 2, "二、", "办理情况")],
        id="full-width-indent",
    ),
    pytest.param(
        "一、基本情况\n内容。\n— 2 —\n二、办理情况\n内容。",
        [(1, 1, "一、", "基本情况"), (1, 2, "二、", "办理情况")],
        id="page-number-between",
    ),
    pytest.param(
        "1. 2020年完成改造。\n2. 2021年继续推进。",
        [(1, 1, "1.", "2020年完成改造"), (1, 2, "2.", "2021年继续推进")],
        id="space-after-dot-before-year",
    ),
    pytest.param(
        "一.基本情况\n二.办理情况",
        [(1, 1, "一.", "基本情况"), (1, 2, "二.", "办理情况")],
        id="cn-numeral-with-dot",
    ),
]

# Other marker styles letters use.
VARIANTS = [
    pytest.param(
        "①加强巡查。每日一次。\n②及时处置。",
        [(1, 1, "①", "加强巡查"), (1, 2, "②", "及时处置")],
        id="circled",
    ),
    pytest.param(
        "⑴第一项内容。\n⑵第二项内容。",
        [(1, 1, "⑴", "第一项内容"), (1, 2, "⑵", "第二项内容")],
        id="parenthesised-digit-symbols",
    ),
    pytest.param(
        "第一，加强宣传。内容。\n第二：强化执法。\n第三、完善机制。",
        [(1, 1, "第一，", "加强宣传"), (1, 2, "第二：", "强化执法"), (1, 3, "第三、", "完善机制")],
        id="di-style",
    ),
    pytest.param(
        "我局采取了措施，一是加强巡查，二是及时处置。",
        [(1, 1, "一是", "加强巡查"), (1, 2, "二是", "及时处置")],
        id="inline-at-top-level-bounded-by-next-item",
    ),
    pytest.param(
        "一、关于绿化\n一是补植树木。二是加强养护。\n二、关于照明\n一是更换灯具。",
        [
            (1, 1, "一、", "关于绿化"),
            (2, 1, "一是", "补植树木"),
            (2, 2, "二是", "加强养护"),
            (1, 2, "二、", "关于照明"),
            (2, 1, "一是", "更换灯具"),
        ],
        id="inline-run-per-section",
    ),
    pytest.param(
        "一、\n基本情况\n内容。",
        [(1, 1, "一、", "基本情况")],
        id="heading-on-next-line",
    ),
    pytest.param(
        "1）加强巡查。\n2)及时处置。",
        [(1, 1, "1）", "加强巡查"), (1, 2, "2)", "及时处置")],
        id="half-closed-paren-digits",
    ),
    pytest.param(
        "措施如下：①加强巡查，每日一次；②及时处置。\n③建立台账。",
        [(1, 1, "①", "加强巡查，每日一次"), (1, 2, "②", "及时处置"), (1, 3, "③", "建立台账")],
        id="circled-inside-a-paragraph",
    ),
    pytest.param(
        "（一）道路\n1、拓宽主干道。\n（二）管网\n1、改造雨水管。\n2、改造污水管。",
        [
            (1, 1, "（一）", "道路"),
            (2, 1, "1、", "拓宽主干道"),
            (1, 2, "（二）", "管网"),
            (2, 1, "1、", "改造雨水管"),
            (2, 2, "2、", "改造污水管"),
        ],
        id="child-numbering-restarts-per-parent",
    ),
    pytest.param(
        "具体打算：1、修缮围墙，约需资金5万元；\n2、硬化操场。",
        [(1, 1, "1、", "修缮围墙，约需资金5万元"), (1, 2, "2、", "硬化操场")],
        id="first-item-glued-to-its-lead-in",
    ),
    pytest.param(
        "一、改造计划\n分两步：（1）先改造管网；\n（2）再铺设路面。",
        [
            (1, 1, "一、", "改造计划"),
            (2, 1, "（1）", "先改造管网"),
            (2, 2, "（2）", "再铺设路面"),
        ],
        id="first-paren-item-glued-under-a-section",
    ),
    # a quoted demand may hold sentences of its own: the heading ends after the quote
    pytest.param(
        "1.关于“尽快开放文体中心。”的问题。中心已开放。\n2.关于“增设公交线路”的问题。正在研究。",
        [
            (1, 1, "1.", "关于“尽快开放文体中心。”的问题"),
            (1, 2, "2.", "关于“增设公交线路”的问题"),
        ],
        id="sentence-end-inside-quotes-keeps-the-heading-going",
    ),
    pytest.param(
        "一、关于“改造管网。铺设路面。”等两个问题\n已列入计划。",
        [(1, 1, "一、", "关于“改造管网。铺设路面。”等两个问题")],
        id="two-quoted-sentences-in-one-heading",
    ),
    pytest.param(
        "1.关于“尽快开放文体中心。中心已开放，群众满意。\n2.关于“增设公交线路”的问题。",
        [(1, 1, "1.", "关于“尽快开放文体中心"), (1, 2, "2.", "关于“增设公交线路”的问题")],
        id="quote-that-never-closes-on-its-line-is-no-quote",
    ),
    pytest.param(
        "我局采取了措施，一是“加强巡查。”坚持每日一次；二是及时处置。",
        [(1, 1, "一是", "“加强巡查。”坚持每日一次"), (1, 2, "二是", "及时处置")],
        id="inline-item-quote-with-its-own-sentence-end",
    ),
]

# How numbering that goes wrong is read.
SEQUENCES = [
    pytest.param(
        "一、甲项\n二、乙项\n四、丁项",
        [(1, 1, "一、", "甲项"), (1, 2, "二、", "乙项"), (1, 4, "四、", "丁项")],
        id="one-number-missing-kept",
    ),
    pytest.param(
        "一、甲项\n二、乙项\n五、戊项",
        [(1, 1, "一、", "甲项"), (1, 2, "二、", "乙项")],
        id="far-jump-is-text",
    ),
    pytest.param(
        "一、甲项\n二、乙项\n二、乙项重复",
        [(1, 1, "一、", "甲项"), (1, 2, "二、", "乙项")],
        id="repeated-number-is-text",
    ),
    pytest.param(
        "1.甲项\n2.乙项\n说明。\n1.丙项",
        [(1, 1, "1.", "甲项"), (1, 2, "2.", "乙项"), (1, 1, "1.", "丙项")],
        id="restart-at-one-kept",
    ),
    pytest.param(
        "一、甲项\n（二）乙项\n二、丙项",
        [(1, 1, "一、", "甲项"), (1, 2, "二、", "丙项")],
        id="new-level-not-at-one-is-text",
    ),
    pytest.param(
        "一、甲\n1.子一\n2.子二\n二、乙\n3.子三",
        [
            (1, 1, "一、", "甲"),
            (2, 1, "1.", "子一"),
            (2, 2, "2.", "子二"),
            (1, 2, "二、", "乙"),
            (2, 3, "3.", "子三"),
        ],
        id="child-numbering-continues-across-parents",
    ),
    pytest.param(
        "（十）甲",
        [],
        id="cn-paren-ten-alone-is-text",
    ),
]

# Paragraphs a copy joined: the next marker after a sentence end inside a line carries on
# the numbering of a level already open (never opens one, never jumps).
JOINED_PARAGRAPHS = [
    pytest.param(
        "一、修缮屋顶。\n已完成防水层。二、更换门窗。年内完成。",
        [(1, 1, "一、", "修缮屋顶"), (1, 2, "二、", "更换门窗")],
        id="cn-after-full-stop",
    ),
    pytest.param(
        "（一）拓宽道路。已完工。“（二）”字样不算。（二）改造管网；年内完成。",
        [(1, 1, "（一）", "拓宽道路"), (1, 2, "（二）", "改造管网")],
        id="paren-after-full-stop",
    ),
    pytest.param(
        "1.加强巡查。每日一次！2.及时处置？3.建立台账。",
        [(1, 1, "1.", "加强巡查"), (1, 2, "2.", "及时处置"), (1, 3, "3.", "建立台账")],
        id="dots-after-any-sentence-end",
    ),
    pytest.param(
        "一是补植树木。 二是加强养护。",
        [(1, 1, "一是", "补植树木"), (1, 2, "二是", "加强养护")],
        id="inline-after-full-stop-and-space",
    ),
    pytest.param(
        "1.修缮围墙。\n2.2019-2021年安排资金。3.2022年继续安排。",
        [
            (1, 1, "1.", "修缮围墙"),
            (1, 2, "2.", "2019-2021年安排资金"),
            (1, 3, "3.", "2022年继续安排"),
        ],
        id="dot-then-year-range",
    ),
]

# Inline runs in the paragraphs that tell what was asked or done (a first 一是 glued to the
# words before it counts when its 二是 follows in the paragraph); a line marker after an
# inline run inside a paragraph is no child of it.
INLINE_RUNS = [
    # a paragraph whose first words only lead in to an inline run on its line: its heading
    # is its first sentence, the first item's words included, to the second item at most
    pytest.param(
        "1.2019年，全镇有学生300人。\n2.建议：一是增开东线班车，解决学生候车久的问题。二是延长西线。",
        [
            (1, 1, "1.", "2019年，全镇有学生300人"),
            (1, 2, "2.", "建议：一是增开东线班车，解决学生候车久的问题"),
            (2, 1, "一是", "增开东线班车，解决学生候车久的问题"),
            (2, 2, "二是", "延长西线"),
        ],
        id="lead-in-colon-then-inline-run-sentence",
    ),
    pytest.param(
        "一、加强管理：一是完善制度；二是定期检查。\n二、完善设施。已完工。",
        [
            (1, 1, "一、", "加强管理：一是完善制度"),
            (2, 1, "一是", "完善制度"),
            (2, 2, "二是", "定期检查"),
            (1, 2, "二、", "完善设施"),
        ],
        id="lead-in-colon-then-inline-run-semicolon",
    ),
    # a paragraph whose marker an inline run follows at once (二、一是…；二是…): its heading
    # is its first sentence, the first item's words included, to the second item at most
    pytest.param(
        "一、加强管理。\n二、一是补种行道树；二是增设路灯。三是定期巡查。",
        [
            (1, 1, "一、", "加强管理"),
            (1, 2, "二、", "一是补种行道树"),
            (2, 1, "一是", "补种行道树"),
            (2, 2, "二是", "增设路灯"),
            (2, 3, "三是", "定期巡查"),
        ],
        id="inline-run-right-after-the-marker-semicolon",
    ),
    pytest.param(
        "（一）一是河道清淤已完工。二是护岸年内开工。\n（二）加强维护。",
        [
            (1, 1, "（一）", "一是河道清淤已完工"),
            (2, 1, "一是", "河道清淤已完工"),
            (2, 2, "二是", "护岸年内开工"),
            (1, 2, "（二）", "加强维护"),
        ],
        id="inline-run-right-after-the-marker-full-stop",
    ),
    pytest.param(
        "1.一是清理河道，疏通水渠\n2.二是无人管护",
        [(1, 1, "1.", "一是清理河道，疏通水渠"), (1, 2, "2.", "二是无人管护")],
        id="a-line-marker-then-shi-with-no-second-item-in-its-paragraph",
    ),
    # a bare marker on a line of its own heads nothing, whatever run stands below it
    pytest.param(
        "一、\n一是完善制度。二是定期检查。",
        [(1, 1, "一、", ""), (2, 1, "一是", "完善制度"), (2, 2, "二是", "定期检查")],
        id="bare-marker-line-over-an-inline-run",
    ),
    # a heading line of its own, or a lead-in that is a sentence, keeps its own words
    pytest.param(
        "一、加强管理\n一是完善制度。二是定期检查。",
        [(1, 1, "一、", "加强管理"), (2, 1, "一是", "完善制度"), (2, 2, "二是", "定期检查")],
        id="heading-line-over-an-inline-run",
    ),
    pytest.param(
        "一、我局高度重视。一是完善制度。二是定期检查。",
        [(1, 1, "一、", "我局高度重视"), (2, 1, "一是", "完善制度"), (2, 2, "二是", "定期检查")],
        id="lead-in-sentence-before-an-inline-run",
    ),
    pytest.param(
        "一、针对您提出的校车接送、道路维修和路灯照明等几方面的问题，我局答复如下：一是完善制度。二是定期检查。",
        [
            (1, 1, "一、", "针对您提出的校车接送、道路维修和路灯照明等几方面的问题，我局答复如下"),
            (2, 1, "一是", "完善制度"),
            (2, 2, "二是", "定期检查"),
        ],
        id="long-lead-in-keeps-its-own-words",
    ),
    pytest.param(
        "我们一是加强管理，二是完善制度。",
        [(1, 1, "一是", "加强管理"), (1, 2, "二是", "完善制度")],
        id="glued-first-item-with-its-second",
    ),
    pytest.param(
        "您提出拓宽某村道路一是需与邻县对接，方可发挥作用；二是县财政无法筹集资金。",
        [
            (1, 1, "一是", "需与邻县对接，方可发挥作用"),
            (1, 2, "二是", "县财政无法筹集资金"),
        ],
        id="glued-first-item-in-a-sentence-about-the-proposal",
    ),
    pytest.param(
        "您提出3个问题：一是人才引进，二是设施建设。针对以上两点，我局采取了以下措施：\n"
        "一、引进人才。已招聘5人。\n二、完善设施。已完工。",
        [
            (1, 1, "一是", "人才引进"),
            (1, 2, "二是", "设施建设"),
            (1, 1, "一、", "引进人才"),
            (1, 2, "二、", "完善设施"),
        ],
        id="line-markers-after-an-inline-run-are-no-children",
    ),
    pytest.param(
        "一是加强管理\n1.建立制度。\n2.定期检查。\n二是完善设施",
        [
            (1, 1, "一是", "加强管理"),
            (2, 1, "1.", "建立制度"),
            (2, 2, "2.", "定期检查"),
            (1, 2, "二是", "完善设施"),
        ],
        id="inline-markers-opening-lines-hold-children",
    ),
    # 其一，…其二，… is an inline run like 一是…二是…
    pytest.param(
        "其一，加强巡查。其二，及时处置。",
        [(1, 1, "其一，", "加强巡查"), (1, 2, "其二，", "及时处置")],
        id="qi-yi-style",
    ),
    pytest.param(
        "一、加强管理\n主要有两点：其一，定期巡查；其二，及时处置。",
        [(1, 1, "一、", "加强管理"), (2, 1, "其一，", "定期巡查"), (2, 2, "其二，", "及时处置")],
        id="qi-yi-inside-a-section",
    ),
    # an Arabic run inside a paragraph after its lead-in, read like 一是…二是…; its first
    # item may have lost its mark in copying
    pytest.param(
        "分别是：1、甲；2、乙。\n另有说明。",
        [(1, 1, "1、", "甲"), (1, 2, "2、", "乙")],
        id="inline-arabic-run-after-a-colon",
    ),
    pytest.param(
        "进展如下，具体为：1修缮围墙已投入资金5万元；2、硬化操场；3、更换课桌。\n下步继续推进。",
        [
            (1, 1, "1", "修缮围墙已投入资金5万元"),
            (1, 2, "2、", "硬化操场"),
            (1, 3, "3、", "更换课桌"),
        ],
        id="inline-arabic-run-first-mark-lost",
    ),
    pytest.param(
        "一、资金\n具体为：1.修路；2.架桥。\n二、管理\n加强巡查。",
        [
            (1, 1, "一、", "资金"),
            (2, 1, "1.", "修路"),
            (2, 2, "2.", "架桥"),
            (1, 2, "二、", "管理"),
        ],
        id="inline-arabic-run-inside-a-section",
    ),
    # a numeral that reads as a count too (4、5月份: April and May) is the next item where
    # it carries on an open numbering
    pytest.param(
        "具体为：1、修路；2、架桥；3、4月份完成绿化。",
        [(1, 1, "1、", "修路"), (1, 2, "2、", "架桥"), (1, 3, "3、", "4月份完成绿化")],
        id="count-like-item-carrying-on-an-inline-run",
    ),
    pytest.param(
        "1、修路。\n2、架桥。\n3、4月份完成绿化。",
        [(1, 1, "1、", "修路"), (1, 2, "2、", "架桥"), (1, 3, "3、", "4月份完成绿化")],
        id="count-like-item-carrying-on-line-markers",
    ),
    pytest.param(
        "1、修路。\n3、4月份开展了集中整治。",
        [(1, 1, "1、", "修路")],
        id="two-months-not-the-next-number-stay-text",
    ),
    # one paragraph answering two points: one section, marker as written, its first number
    pytest.param(
        "第一，修路。\n第二、第三：加装路灯；同步维护。\n第四，完善机制。",
        [
            (1, 1, "第一，", "修路"),
            (1, 2, "第二、第三：", "加装路灯"),
            (1, 4, "第四，", "完善机制"),
        ],
        id="di-markers-joined",
    ),
    pytest.param(
        "一、修路。\n二、三、加装路灯。\n四、完善机制。",
        [(1, 1, "一、", "修路"), (1, 2, "二、三、", "加装路灯"), (1, 4, "四、", "完善机制")],
        id="cn-markers-joined",
    ),
    pytest.param(
        "（一）修路。\n（二）（三）加装路灯。",
        [(1, 1, "（一）", "修路"), (1, 2, "（二）（三）", "加装路灯")],
        id="paren-markers-joined",
    ),
    # a line heading ends at the first ； as at the first 。
    pytest.param(
        "1.加装路灯；已完成40盏。\n2.加强维护。",
        [(1, 1, "1.", "加装路灯"), (1, 2, "2.", "加强维护")],
        id="line-heading-ends-at-a-semicolon",
    ),
]

# A 第一，…第二，… run inside a paragraph, after a sentence end or a lead-in's colon, is an
# inline run of children as 一是/二是 are (…现有车辆45台。第一，…；第二，…).
DI_RUNS = [
    pytest.param(
        "一、关于垃圾转运\n区环卫部门现有车辆45台。第一，优化转运线路；第二，增加转运频次；"
        "第三，实行密闭运输。\n二、关于处理能力\n日处理1200吨。",
        [
            (1, 1, "一、", "关于垃圾转运"),
            (2, 1, "第一，", "优化转运线路"),
            (2, 2, "第二，", "增加转运频次"),
            (2, 3, "第三，", "实行密闭运输"),
            (1, 2, "二、", "关于处理能力"),
        ],
        id="after-a-full-stop-under-a-heading",
    ),
    pytest.param(
        "我们主要做了以下工作：第一，加强组织领导；第二，强化资金保障；第三，严格督查考核。",
        [
            (1, 1, "第一，", "加强组织领导"),
            (1, 2, "第二，", "强化资金保障"),
            (1, 3, "第三，", "严格督查考核"),
        ],
        id="after-a-lead-in-colon",
    ),
    pytest.param(
        "现答复如下：第一，关于托育机构。全市共有185家。第二，关于补助。每个托位2000元。",
        [(1, 1, "第一，", "关于托育机构"), (1, 2, "第二，", "关于补助")],
        id="flattened-letter-answering-by-di",
    ),
    pytest.param(
        "（一）下一步工作\n我们将重点抓好两件事。第一、拓宽资金渠道。第二、加强宣传引导。",
        [
            (1, 1, "（一）", "下一步工作"),
            (2, 1, "第一、", "拓宽资金渠道"),
            (2, 2, "第二、", "加强宣传引导"),
        ],
        id="di-with-dun-after-a-full-stop",
    ),
    # a line marker after the run closes it, as it closes a 一是 run: （一） sits beside 一、's
    # run, under 一、, not under 第二，
    pytest.param(
        "一、关于转运\n现有车辆45台。第一，优化线路；第二，增加频次。\n（一）加强管理\n开展检查。",
        [
            (1, 1, "一、", "关于转运"),
            (2, 1, "第一，", "优化线路"),
            (2, 2, "第二，", "增加频次"),
            (2, 1, "（一）", "加强管理"),
        ],
        id="line-marker-closes-the-run",
    ),
]

ALL_CASES = (
    INLINE_RUNS
    + DI_RUNS
    + GB_STANDARD
    + SEED_SHAPES
    + WEB_COPIES
    + VARIANTS
    + SEQUENCES
    + JOINED_PARAGRAPHS
)


@pytest.mark.parametrize(("text", "expected"), ALL_CASES)
def test_snippet(text: str, expected: list[Flat]) -> None:
    sections, _ = parse(text)
    assert flat(sections) == expected


def test_numbers_past_ten() -> None:
    numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
    text = "\n".join(f"{n}、第{n}项\n内容。" for n in numerals)
    sections, diagnostics = parse(text)
    assert [s.number for s in sections] == list(range(1, 13))
    assert sections[-1].marker == "十二、"
    assert diagnostics == []


# Lines that open with a numeral but start no section.
MUST_NOT_START_A_SECTION = [
    pytest.param("八、九十年代以来，城区人口快速增长。", id="decades-80s-90s"),
    pytest.param("七、八十年代建成的小区较多。", id="decades-70s-80s"),
    pytest.param("1.5公里的道路已完成改造。", id="decimal-distance"),
    pytest.param("10.5%的增长率。", id="decimal-percent"),
    pytest.param("3.2021万人次参与。", id="decimal-not-a-year"),
    pytest.param("3.2021-2.5倍的增幅。", id="decimal-then-dash-not-a-year-range"),
    pytest.param("2021年，我局完成了改造。", id="year"),
    pytest.param("2020.10.1起施行。", id="dotted-date"),
    pytest.param("3、4月份开展了集中整治。", id="two-months"),
    pytest.param("一、二年级学生实行错峰放学。", id="school-grades"),
    pytest.param("1、2号楼已完成加装电梯。", id="building-numbers"),
    pytest.param("一、二、三等奖各一名。", id="prize-ranks"),
    pytest.param("二、三、四等奖各一名。", id="prize-ranks-from-two"),
    pytest.param("第二、第三：加装路灯。", id="joined-di-without-one"),
    pytest.param("（2）号文件要求如下。", id="paren-two-without-one"),
    pytest.param("二、关于路灯的建议", id="cn-two-without-one"),
    pytest.param("二是要加强管理。", id="inline-two-without-one"),
    pytest.param("全区统一是必要的。", id="tongyi-shi"),
    pytest.param("唯一是指这个。", id="weiyi-shi"),
    pytest.param("尤其一些偏远村组，路灯不足。", id="youqi-yixie"),
    pytest.param("两者必居其一，不可兼得。", id="qi-yi-ending-a-phrase-without-a-second"),
    pytest.param("我们一是加强管理。", id="inline-after-a-word-without-a-second"),
    pytest.param("全区统一是必要的，二是指第二条。", id="tongyi-shi-before-a-second"),
    pytest.param(
        "我们一是加强管理。\n二是完善制度。", id="glued-first-with-its-second-in-another-paragraph"
    ),
    pytest.param("第三次会议审议通过。", id="di-san-ci"),
    pytest.param("十四五期间全面推进。", id="plan-period"),
    pytest.param("我局高度重视，认真办理。", id="plain-prose"),
    pytest.param("如图①所示，路口较窄。", id="circled-after-a-word"),
    pytest.param("如图所示：②号路口较窄。", id="circled-two-without-one"),
    pytest.param("占比为：1.5倍。\n2.下一步加强管理。", id="colon-then-decimal"),
    pytest.param("办理如下：1、已完成改造。", id="glued-one-without-a-two"),
    pytest.param("具体为：1、甲。\n另有说明；2、乙。", id="inline-two-in-another-paragraph"),
    pytest.param(
        "具体为：1个项目已完工；2、其余在建。", id="count-after-the-colon-is-no-lost-mark"
    ),
    pytest.param("比例为：1.5倍；2、其余在建。", id="decimal-after-the-colon"),
    pytest.param("具体为：1年内完成；2、其余在建。", id="year-count-is-no-lost-mark"),
    pytest.param("今年已完成。二、加强维护。", id="joined-two-without-an-open-level"),
    pytest.param("该桥长1.5公里。八、九十年代修建。", id="joined-decades-after-full-stop"),
    pytest.param("项目已完成。1.5公里路段已通车。", id="joined-decimal-after-full-stop"),
    pytest.param("已完成。三、四月份开展整治。", id="joined-months-after-full-stop"),
]


# A lone 第一，, or one after a word, inside a paragraph starts no run.
NOT_DI_RUNS = [
    pytest.param("该项工作在全省排名第一，获得通报表彰。第二，", id="rank-first-after-a-word"),
    pytest.param("全省考核排名第一，受到表彰；第二批项目已启动。", id="rank-then-second-batch"),
    pytest.param("我们将继续努力。第一，要提高认识。", id="lone-first-after-a-full-stop"),
    pytest.param("办理如下：第一，已完成改造。", id="lone-first-after-a-colon"),
    pytest.param("已完成。第一、二季度完成投资8亿元。", id="quarters-count"),
    pytest.param(
        "我们将继续努力。第一，要提高认识。\n第二，要加强管理。", id="second-in-next-line"
    ),
]


@pytest.mark.parametrize("text", MUST_NOT_START_A_SECTION + NOT_DI_RUNS)
def test_must_not_start_a_section(text: str) -> None:
    sections, _ = parse(text)
    assert sections == []


# -- diagnostics --------------------------------------------------------------------------

DIAGNOSTIC_CASES = [
    pytest.param(
        "一、甲\n（一）乙\n1.丙\n（1）丁\n二、戊",
        [],
        id="gb-order-is-clean",
    ),
    pytest.param(
        "一、甲\n1、乙。\n2、丙。\n二、丁\n1、戊。",
        ["section-level-skipped", "section-style-1dun"],
        id="1dun-under-cn-warned-once-each",
    ),
    pytest.param("1、甲。\n2、乙。", ["section-style-1dun"], id="1dun-top-level"),
    pytest.param("1.甲\n（一）乙", ["section-order"], id="cn-paren-under-dot"),
    pytest.param("（一）甲\n一、乙", ["section-order"], id="cn-under-cn-paren"),
    pytest.param("一、甲\n1.乙", ["section-level-skipped"], id="dot-under-cn"),
    pytest.param("一、甲\n二、乙\n四、丁", ["section-out-of-sequence"], id="missing-number"),
    pytest.param("一、甲\n二、乙\n五、戊", ["section-out-of-sequence"], id="far-jump"),
    pytest.param("一、甲\n（二）乙", ["section-out-of-sequence"], id="new-level-at-two"),
    pytest.param("1.甲\n1.乙", ["section-out-of-sequence"], id="restart"),
    pytest.param("我局认为，二是关键。", [], id="stray-inline-is-silent"),
    pytest.param("第一，甲。\n1.乙", [], id="di-style-is-free"),
    pytest.param("八、九十年代的小区。", [], id="decades-are-silent"),
]


@pytest.mark.parametrize(("text", "codes"), DIAGNOSTIC_CASES)
def test_diagnostic_codes(text: str, codes: list[str]) -> None:
    _, diagnostics = parse(text)
    assert sorted(d.code for d in diagnostics) == codes
    assert all(d.severity == "warning" for d in diagnostics)


MESSAGE_CASES = [
    pytest.param("一、甲\n二、乙\n四、丁", "四、 follows 二、: 三、 is missing", id="one-missing"),
    pytest.param(
        "一、甲\n二、乙\n五、戊", "五、 does not follow 二、; read as body text", id="far-jump"
    ),
    pytest.param(
        "一、甲\n（一）乙\n（三）丙", "（三） follows （一）: （二） is missing", id="cn-paren"
    ),
    pytest.param("1.甲\n2.乙\n4.丙", "4. follows 2.: 3. is missing", id="dot"),
    pytest.param("1.甲\n1.乙", "1. starts its numbering again after 1.", id="restart"),
    pytest.param(
        "一、甲\n二、乙\n三、丙\n1.丁",
        "1. comes directly under 三、, skipping a level",
        id="skip-names-the-real-parent",
    ),
    pytest.param("1.甲\n（一）乙", "（一） is nested under 1.;", id="order-names-the-parent"),
]


@pytest.mark.parametrize(("text", "message"), MESSAGE_CASES)
def test_diagnostic_names_markers_as_written(text: str, message: str) -> None:
    _, diagnostics = parse(text)
    assert any(d.message.startswith(message) for d in diagnostics), [d.message for d in diagnostics]


@pytest.mark.parametrize(
    ("style", "n", "marker"),
    [
        (Style.CN, 2, "二、"),
        (Style.CN_PAREN, 12, "（十二）"),
        (Style.DI, 20, "第二十，"),
        (Style.AR_DOT, 3, "3."),
        (Style.AR_PAREN, 10, "（10）"),
        (Style.CIRCLED, 4, "④"),
        (Style.INLINE, 3, "三是"),
    ],
)
def test_numbered_writes_the_marker(style: Style, n: int, marker: str) -> None:
    assert numbered(style, n) == marker


def test_diagnostic_span_is_the_marker() -> None:
    text = "一、甲\n\u3000\u30001、乙。"
    _, diagnostics = parse(text)
    dun = next(d for d in diagnostics if d.code == "section-style-1dun")
    assert dun.span is not None
    assert text[dun.span[0] : dun.span[1]] == "1、"


# -- a heading line broken inside a word (a known gap until fix121) ------------------------

BROKEN_HEADING_LINES = [
    pytest.param(
        "一、关于加强社区治理工\n作的建议\n已研究办理。",
        [(1, 1, "一、", "关于加强社区治理工作的建议")],
        id="heading-line-broken-in-conversion",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BROKEN_HEADING_LINES)
def test_heading_line_broken_inside_a_word(text: str, expected: list[Flat]) -> None:
    sections, _ = parse(text)
    assert flat(sections) == expected


# -- structure and spans ------------------------------------------------------------------


_VIEW_SPACES = " \n\t\r\u3000\u00a0"  # what the view drops around a line's text


def _squash(s: str) -> str:
    return re.sub(r"\s", "", s)


def check_tree(original: str, sections: list[Section], level: int = 1) -> None:
    """Spans match, extents nest, levels count depth, numbers are positive."""
    for s in sections:
        assert s.level == level
        assert s.number >= 1
        assert original[s.span[0] : s.span[1]] == s.text
        assert s.text == s.text.strip(_VIEW_SPACES)
        assert s.extent[0] <= s.span[0] <= s.span[1] <= s.extent[1]
        assert _squash(original[s.extent[0] : s.extent[1]]).startswith(_squash(s.marker))
        for child in s.children:
            assert s.extent[0] <= child.extent[0] <= child.extent[1] <= s.extent[1]
            assert s.span[1] <= child.extent[0]
        check_tree(original, s.children, level + 1)


@pytest.mark.parametrize(("text", "expected"), ALL_CASES)
def test_span_invariants(text: str, expected: list[Flat]) -> None:
    sections, _ = parse(text)
    check_tree(text, sections)
    for s in walk(sections):
        if _squash(s.text).startswith(_squash(s.heading)):
            continue
        # a lead-in's colon opening an inline run, or the run opening right at the marker:
        # the heading runs on into the first item
        whole = _squash(text[s.extent[0] : s.extent[1]])[len(_squash(s.marker)) :]
        assert s.text.rstrip().endswith(("：", ":")) or not s.text
        assert whole.startswith(_squash(s.heading))


def test_text_stops_at_first_child_and_tail_goes_to_last_child() -> None:
    text = "一、办理情况\n总体良好。\n1.甲项。\n2.乙项。\n补充说明。\n二、下一步"
    sections, _ = parse(text)
    first = sections[0]
    assert first.text == "办理情况\n总体良好。"
    assert [c.text for c in first.children] == ["甲项。", "乙项。\n补充说明。"]
    assert text[first.extent[0] : first.extent[1]] == text[: text.index("\n二、")]


def test_only_markers_inside_the_range_count() -> None:
    text = "一、标题外\n一、甲\n二、乙\n三、落款外"
    view = TextView(text)
    start = view.norm.index("一、甲")
    end = view.norm.index("三、")
    sections, _ = find_sections(view, start, end)
    assert [s.heading for s in sections] == ["甲", "乙"]
    assert sections[-1].extent[1] <= text.index("三、")


def test_range_outside_the_text_is_clamped() -> None:
    view = TextView("一、甲\n二、乙")
    sections, _ = find_sections(view, -5, 10_000)
    assert [s.number for s in sections] == [1, 2]


def test_count_units_load() -> None:
    units = vocab.words("section_count_units")
    assert "年代" in units
    assert len(units) == len(set(units))


# -- properties ---------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "一、", "二、", "三、", "（一）", "(二)", "1.", "2.", "1、", "2、", "（1）", "(2)",
        "①", "②", "⑴", "一是", "二是", "第一，", "第二：", "十年代", "\n", "\n\n", "。", "；",
        "，", "\u3000", " ", "— 1 —\n", "关于", "建议", "5", "．", "２", "九", "年", "月",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=40).map("".join),
    st.integers(-3, 200),
    st.integers(-3, 200),
)
def test_property_never_raises_and_spans_match(text: str, a: int, b: int) -> None:
    view = TextView(text)
    for start, end in ((0, len(view.norm)), (a, b)):
        sections, diagnostics = find_sections(view, start, end)
        check_tree(text, sections)
        for d in diagnostics:
            assert d.span is not None
            assert 0 <= d.span[0] <= d.span[1] <= len(text)


def test_styles_are_found_in_sets_and_dicts_by_identity() -> None:
    styles = list(Style)
    assert len({*styles, *styles}) == len(styles)
    assert {style: style.value for style in styles}[Style("（一）")] == "（一）"
    assert all(Style(style.value) is style for style in styles)
