"""Flattened letters whose head names a joint reply's authorities: the line breaks re-segmenting puts back (snippets written here, names and numbers
invented).

- A joint header's authorities side by side (``甲局  乙局  甲发〔…``), or listed with
  ``、`` or ``，`` between them, are the issuer's mark: the 发文字号, the labels and the
  title after them are lines of their own.
"""

from __future__ import annotations

import pytest

from replyparse.resegment import resegment
from replyparse.textview import TextView, normalise_newlines
from replyparse.unwrap import unwrap


def _lines(text: str) -> list[str]:
    view = resegment(unwrap(TextView(normalise_newlines(text))))
    return [line.text for line in view.content_lines]


_REST = " 王某某代表： 您提出的《关于修缮村道的建议》收悉。现答复如下：该路段已列入计划。"

# (id, flattened head, the lines it must give, in order, before the salutation)
JOINT_HEADS = [
    (
        "two-spaced-number-title",
        "甲山县教育局 甲山县财政局 甲教函〔2024〕17号 关于县人大三次会议第45号建议的答复",
        [
            "甲山县教育局",
            "甲山县财政局",
            "甲教函〔2024〕17号",
            "关于县人大三次会议第45号建议的答复",
        ],
    ),
    (
        "two-spaced-labels",
        "乙河县农业农村局  乙河县水务局  乙农函〔2023〕31号  办理类型：B  公开类别：主动公开  "
        "关于县政协十届三次会议第78号提案的答复",
        [
            "乙河县农业农村局",
            "乙河县水务局",
            "乙农函〔2023〕31号",
            "办理类型：B",
            "公开类别：主动公开",
            "关于县政协十届三次会议第78号提案的答复",
        ],
    ),
    (
        "three-ideographic-spaces",
        "丙市民政局\u3000丙市财政局\u3000丙市卫生健康委员会\u3000丙民函〔2025〕3号\u3000"
        "关于市人大二次会议第9号建议的答复",
        [
            "丙市民政局",
            "丙市财政局",
            "丙市卫生健康委员会",
            "丙民函〔2025〕3号",
            "关于市人大二次会议第9号建议的答复",
        ],
    ),
    (
        "listed-half-width-commas",
        "丁市住房和城乡建设局,丁市自然资源局,丁市城市管理局 丁住建函〔2023〕88号 类别:B "
        "关于市政协九届二次会议第126号提案的答复",
        [
            "丁市住房和城乡建设局，丁市自然资源局，丁市城市管理局",
            "丁住建函〔2023〕88号",
            "类别：B",
            "关于市政协九届二次会议第126号提案的答复",
        ],
    ),
    (
        "listed-dun-glued-number",
        "戊县林业局、戊县自然资源局戊林函〔2024〕8号 关于县人大四次会议第33号建议的答复",
        ["戊县林业局、戊县自然资源局", "戊林函〔2024〕8号", "关于县人大四次会议第33号建议的答复"],
    ),
    (
        "listed-dun-then-label",
        "己区交通运输局、己区公安分局 办理类别：A 关于区人大一次会议第2号建议的答复",
        ["己区交通运输局、己区公安分局", "办理类别：A", "关于区人大一次会议第2号建议的答复"],
    ),
]


@pytest.mark.parametrize(
    ("head", "want"), [(h, w) for _, h, w in JOINT_HEADS], ids=[i for i, _, _ in JOINT_HEADS]
)
def test_joint_head_flattened(head: str, want: list[str]) -> None:
    lines = _lines(head + _REST)
    assert lines[: len(want)] == want
    assert lines[len(want)].startswith("王某某代表")


# Heads that must stay as they are: an intact joint header line (the letter's other lines
# intact), and in a flattened letter, a title that opens with two authorities, or a list
# whose last name ends in no organisation's word.
INTACT = [
    (
        "intact-joint-line",
        "庚县教育局    庚县财政局\n\n庚教函〔2024〕5号\n\n关于县人大第5号建议的答复\n",
    ),
    (
        "intact-three-marks",
        "庚县教育局  庚县财政局  庚县民政局\n庚教函〔2024〕5号\n关于县人大第5号建议的答复\n",
    ),
    ("intact-dun-line", "庚县教育局、庚县财政局\n庚教函〔2024〕5号\n关于县人大第5号建议的答复\n"),
]


@pytest.mark.parametrize("head", [h for _, h in INTACT], ids=[i for i, _ in INTACT])
def test_intact_joint_head_kept(head: str) -> None:
    text = head + "王某某代表：\n您提出的建议收悉。\n"
    before = [line.text for line in TextView(normalise_newlines(text)).content_lines]
    assert _lines(text) == before


FLAT_NEAR_MISSES = [
    (
        "title-opens-with-list",
        "辛县教育局、辛县财政局关于县人大三次会议第5号建议的答复",
        "辛县教育局、辛县财政局关于县人大三次会议第5号建议的答复",
    ),
    (
        "list-then-title-words",
        "辛县教育局、辛县财政局联合答复 关于县人大三次会议第5号建议",
        "辛县教育局、辛县财政局联合答复关于县人大三次会议第5号建议",
    ),
    (
        "list-no-suffix",
        "癸县教育、癸县财政 关于县人大三次会议第5号建议的答复",
        "癸县教育、癸县财政关于县人大三次会议第5号建议的答复",
    ),
]


@pytest.mark.parametrize(
    ("head", "first"),
    [(h, f) for _, h, f in FLAT_NEAR_MISSES],
    ids=[i for i, _, _ in FLAT_NEAR_MISSES],
)
def test_no_joint_break(head: str, first: str) -> None:
    assert _lines(head + _REST)[0] == first
