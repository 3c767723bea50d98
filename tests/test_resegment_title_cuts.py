"""Cuts re-segmenting must not make inside a title (snippets written here, names and
numbers invented).

- A title label's value (标题, 题目, 提案名称, 案由) is a title, never a short glued value:
  ``标题：市水务局关于…的函`` is one line, not ``标题：市水务局`` | ``关于…``.
- The 对 of ``关于对…`` opens no title of its own: ``关于对某委员提出的…提案的答复`` is
  not cut after 关于.
- A flattened joint title whose authorities stand side by side with a gap between them
  (``甲局　乙局关于…的答复``) keeps its first authority: the first is no banner of its own.
"""

from __future__ import annotations

import pytest

from replyparse.resegment import resegment
from replyparse.textview import TextView, normalise_newlines
from replyparse.unwrap import unwrap


def _lines(text: str) -> list[str]:
    view = resegment(unwrap(TextView(normalise_newlines(text))))
    return [line.text for line in view.content_lines]


_REST = "\n冯某委员：\n您提出的关于加快城区停车场建设的提案收悉。现答复如下：\n某市城市管理局\n2024年6月3日\n"
_FLAT_REST = (
    " 冯某委员： 您提出的关于加快城区停车场建设的提案收悉。现答复如下： 某市城市管理局 2024年6月3日"
)

# (id, text, a line it must give whole)
WHOLE = [
    (
        "title-label-guanyu-dui",
        "标题：关于对冯某委员提出的关于停车场建设的提案的答复" + _REST,
        "标题：关于对冯某委员提出的关于停车场建设的提案的答复",
    ),
    (
        "title-label-authority",
        "标题：市水务局关于政协第十届三次会议第0152号提案的函" + _REST,
        "标题：市水务局关于政协第十届三次会议第0152号提案的函",
    ),
    (
        "topic-label-authority",
        "题目：县农业农村局关于对冯某委员提案的答复" + _REST,
        "题目：县农业农村局关于对冯某委员提案的答复",
    ),
    (
        "case-label-dui",
        "案由：关于对老旧小区加装电梯的建议\n发文字号：某建函〔2024〕3号" + _REST,
        "案由：关于对老旧小区加装电梯的建议",
    ),
    (
        "flat-title-label",
        "标题：关于对冯某委员提出的关于停车场建设的提案的答复 发文字号：某城管函〔2024〕21号"
        + _FLAT_REST,
        "标题：关于对冯某委员提出的关于停车场建设的提案的答复",
    ),
    (
        "joint-two",
        "甲市自然资源和规划局　甲市林业局关于市十九届人大三次会议第216号建议的答复 甲自然资函〔2024〕16号"
        + _FLAT_REST,
        "甲市自然资源和规划局甲市林业局关于市十九届人大三次会议第216号建议的答复",
    ),
    (
        "joint-three",
        "乙县教育局 乙县财政局 乙县人力资源和社会保障局关于县人大二次会议第45号建议的答复 乙教函〔2024〕9号"
        + _FLAT_REST,
        "乙县教育局乙县财政局乙县人力资源和社会保障局关于县人大二次会议第45号建议的答复",
    ),
]

# (a form label's value that opens 关于对: no title label, the 对 alone starts nothing)
WHOLE.append(
    (
        "summary-label-dui",
        "内容：关于对老旧小区加装电梯的建议\n发文字号：某建函〔2024〕3号" + _REST,
        "内容：关于对老旧小区加装电梯的建议",
    )
)

# (id, text, the lines it must give, in order, first): near misses, cuts that stay
CUT = [
    (
        "name-then-guanyu-dui",
        "签发人：张三关于对冯某委员提案的答复" + _REST,
        ["签发人：张三", "关于对冯某委员提案的答复"],
    ),
    (
        "banner-same-authority",
        "丙县教育局 丙县教育局关于县人大二次会议第45号建议的答复 丙教函〔2024〕9号" + _FLAT_REST,
        ["丙县教育局", "丙县教育局关于县人大二次会议第45号建议的答复"],
    ),
    (
        "banner-wenjian",
        "丙县教育局文件 丙县财政局关于县人大二次会议第45号建议的答复" + _FLAT_REST,
        ["丙县教育局文件", "丙县财政局关于县人大二次会议第45号建议的答复"],
    ),
    (
        "banner-then-number",
        "丙县教育局 丙教函〔2024〕9号 关于县人大二次会议第45号建议的答复" + _FLAT_REST,
        ["丙县教育局", "丙教函〔2024〕9号", "关于县人大二次会议第45号建议的答复"],
    ),
]


@pytest.mark.parametrize(("text", "line"), [c[1:] for c in WHOLE], ids=[c[0] for c in WHOLE])
def test_title_stays_whole(text: str, line: str) -> None:
    assert line in _lines(text)


@pytest.mark.parametrize(("text", "lines"), [c[1:] for c in CUT], ids=[c[0] for c in CUT])
def test_near_misses_still_cut(text: str, lines: list[str]) -> None:
    assert _lines(text)[: len(lines)] == lines


_SALUTED = " 刘某代表： 您提出的建议收悉。现答复如下： 某县教育局 2024年6月2日"

# A flattened head's class mark right before the salutation (… 9号 A类 刘某代表：): the
# salutation opens after it. (id, text, the salutation's line)
CLASS_BEFORE_NAMES = [
    ("letter", "关于县人大二次会议第45号建议的答复 某教函〔2024〕9号 A类" + _SALUTED, "刘某代表："),
    ("hanzi", "关于县人大二次会议第45号建议的答复 某教函〔2024〕9号 乙类" + _SALUTED, "刘某代表："),
    (
        "bracketed",
        "关于县人大二次会议第45号建议的答复 某教函〔2024〕9号 （B）类" + _SALUTED,
        "刘某代表：",
    ),
    (
        "glued",
        "关于县人大二次会议第45号建议的答复 某教函〔2024〕9号 C类刘某代表： 您提出的建议收悉。",
        "刘某代表：",
    ),
    # near misses: a name that opens with 类 after the mark, a 类 inside a name run
    (
        "name-lei",
        "关于县人大二次会议第45号建议的答复 某教函〔2024〕9号 A类 类某某代表： 您提出的建议收悉。",
        "类某某代表：",
    ),
    (
        "no-mark",
        "关于县人大二次会议第45号建议的答复 某教函〔2024〕9号 类某某代表： 您提出的建议收悉。",
        "类某某代表：",
    ),
]


@pytest.mark.parametrize(
    ("text", "line"),
    [c[1:] for c in CLASS_BEFORE_NAMES],
    ids=[c[0] for c in CLASS_BEFORE_NAMES],
)
def test_class_mark_before_names(text: str, line: str) -> None:
    assert line in _lines(text)
