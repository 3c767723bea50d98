"""A letter flattened onto one line with nothing between its lines: the paragraph that turns
to what comes next (``下一步，我局将…``) starts after the sentence end before it, so an
inline run (一是…二是…) in the paragraph before keeps its items, as it does when a space
or a line break is left there; a tidy letter that says 下一步 inside a paragraph keeps it
there.
"""

from __future__ import annotations

from replyparse import parse_text

OPENING = "钱某某委员：\n您在县政协会议上提出的关于整治集贸市场周边交通的提案收悉。现将办理情况答复如下：\n"
RUN = (
    "非常感谢您对我县市场管理工作的关注。全县农贸市场共有十二个，大多建于城区。结合日常巡查，"
    "一是清理市场周边乱堆乱放的杂物，恢复消防通道。二是增设分类垃圾桶二十个，安排保洁员每日"
    "清运。三是修缮市场顶棚漏雨部位。同时，我们正在推进市场改造项目前期工作。\n"
)
NEXT = "下一步，我局将会同街道建立长效管理机制。另安排专人定期开展检查，巩固整治成效。\n"
TAIL = (
    "最后，再次感谢您对市场管理工作的关心，请继续予以关注和支持。\n"
    "联系单位：戊县市场监督管理局\n联系电话：0000-0000000\n2099年3月4日\n"
)


def _items(text: str) -> list[str]:
    letter = parse_text(text, keywords=False)
    return [s.marker for s in letter.sections] + [
        c.marker for s in letter.sections for c in s.children
    ]


def test_inline_run_kept_when_next_step_is_glued() -> None:
    tidy = OPENING + RUN + NEXT + TAIL
    for joiner in ("", " "):
        flat = joiner.join(line.strip() for line in tidy.split("\n"))
        assert _items(flat) == ["一是", "二是", "三是"]
    assert _items(tidy) == ["一是", "二是", "三是"]


def test_next_step_inside_a_tidy_paragraph_is_left_alone() -> None:
    tidy = (
        OPENING
        + "一、市场整治情况\n我局已清理市场周边杂物。下一步，我局将定期开展检查。\n"
        + "二、市场改造打算\n改造项目已列入明年计划。\n"
        + TAIL
    )
    letter = parse_text(tidy, keywords=False)
    assert [s.heading for s in letter.sections] == ["市场整治情况", "市场改造打算"]
    assert letter.sections[0].text.endswith("下一步，我局将定期开展检查。")
