"""Flattened letters whose head names a joint reply's authorities, and flattened contact
tables: the line breaks re-segmenting puts back (snippets written here, names and numbers
invented).

- A joint header's authorities side by side (``甲局  乙局  甲发〔…``), or listed with
  ``、`` or ``，`` between them, are the issuer's mark: the 发文字号, the labels and the
  title after them are lines of their own.
- A contact table's next row after a phone (``电话：0000-5550123  黄某  1390…``) is a
  line of its own where the line was flattened.
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


_BODY = (
    "关于县人大三次会议第5号建议的答复 王某某代表： 您提出的建议收悉。现答复如下：已列入计划。"
    "感谢您的支持。 甲县教育局 2024年5月20日 "
)

# (id, flattened closing, the lines it must give, from the contact label on)
ROWS = [
    (
        "landline-then-mobile",
        "联系人：周某某 联系电话：0000-5550178 吴某某 13900005566 抄送：县政府办。",
        ["联系人：周某某", "联系电话：0000-5550178", "吴某某13900005566", "抄送：县政府办。"],
    ),
    (
        "two-rows-landlines",
        "联系人：韩某 电话：0535-6612345 冯某某 0535-6612346",
        ["联系人：韩某", "电话：0535-6612345", "冯某某0535-6612346"],
    ),
    (
        "mobile-then-mobile-ideographic",
        "联系人及电话：林某\u300013900001111\u3000范某某\u300013900002222",
        ["联系人及电话：林某13900001111", "范某某13900002222"],
    ),
]


@pytest.mark.parametrize(
    ("closing", "want"), [(c, w) for _, c, w in ROWS], ids=[i for i, _, _ in ROWS]
)
def test_contact_row_flattened(closing: str, want: list[str]) -> None:
    lines = _lines(_BODY + closing)
    assert lines[-len(want) :] == want


# A phone followed by words that are no person's next row.
ROW_NEAR_MISSES = [
    ("fax-word", "联系人：周某 联系电话：0000-5550178 传真 0000-5550179"),
    ("extension-word", "联系人：周某 联系电话：0000-5550178 转分机 13900005566"),
    ("row-glued", "联系人：周某 联系电话：0000-5550178吴某某13900005566"),
    ("no-phone-after", "联系人：周某 联系电话：0000-5550178 吴某某 办公室"),
]


@pytest.mark.parametrize(
    "closing", [c for _, c in ROW_NEAR_MISSES], ids=[i for i, _ in ROW_NEAR_MISSES]
)
def test_no_contact_row_break(closing: str) -> None:
    lines = _lines(_BODY + closing)
    tail = closing.split("联系电话：")[1]
    assert any(line.endswith(tail.replace(" ", "")) and "电话" in line for line in lines), lines


# A banner spaced out (a gap after each character), or its 文件 apart from the names (the
# cell beside them in the page's table), opening a flattened letter: one mark.
BANNERS = [
    (
        "spaced-banner-with-wenjian",
        "金 沙 县 应 急 管 理 局 文 件 金应急函〔2024〕12号 签发人:陈某 "
        "关于县政协十二届三次会议第56号提案的答复",
        ["金沙县应急管理局文件", "金应急函〔2024〕12号", "签发人：陈某"],
    ),
    (
        "spaced-banner-ideographic",
        "白\u3000河\u3000县\u3000水\u3000利\u3000局\u3000白水函〔2024〕40号\u3000"
        "关于县政协九届三次会议第15号提案的答复",
        ["白河县水利局", "白水函〔2024〕40号", "关于县政协九届三次会议第15号提案的答复"],
    ),
    (
        "wenjian-apart",
        "金沙县应急管理局 文件 金应急函〔2024〕12号 关于县政协第56号提案的答复",
        ["金沙县应急管理局文件", "金应急函〔2024〕12号", "关于县政协第56号提案的答复"],
    ),
    (
        "joint-wenjian-apart",
        "甲县教育局 甲县财政局 文件 甲教发〔2024〕3号 关于县政协第5号提案的答复",
        ["甲县教育局", "甲县财政局文件", "甲教发〔2024〕3号", "关于县政协第5号提案的答复"],
    ),
]


@pytest.mark.parametrize(
    ("head", "want"), [(h, w) for _, h, w in BANNERS], ids=[i for i, _, _ in BANNERS]
)
def test_banner_flattened(head: str, want: list[str]) -> None:
    assert _lines(head + _REST)[: len(want)] == want


# Spaced words that are no mark, and 文件 that is no banner's.
BANNER_NEAR_MISSES = [
    (
        "spaced-title-first",
        "关 于 县 人 大 常 委 会 第 8 号 建 议 的 答 复",
        "关于县人大常委会第8号建议的答复",
    ),
    ("spaced-short", "某 县 局 关于县人大第8号建议的答复", "某县局关于县人大第8号建议的答复"),
    (
        "spaced-no-suffix",
        "通 知 公 告 关于县人大第8号建议的答复",
        "通知公告关于县人大第8号建议的答复",
    ),
    (
        "wenjian-glued-on",
        "甲县教育局 文件汇编目录 关于县人大第8号建议的答复",
        "甲县教育局",
    ),
]


@pytest.mark.parametrize(
    ("head", "first"),
    [(h, f) for _, h, f in BANNER_NEAR_MISSES],
    ids=[i for i, _, _ in BANNER_NEAR_MISSES],
)
def test_no_banner(head: str, first: str) -> None:
    assert _lines(head + _REST)[0] == first


# A flattened head that lost its blanks, the class mark glued to the title that opens with
# its authority and 对, and a title that lost its 答复 (…建议的) glued to the salutation; a
# salutation whose name the copy masked (王**, 王xx) glued to the title.
GLUED_HEADS = [
    (
        "class-mark-before-authority-dui",
        "桐水字〔2016〕2号（B）类桐溪县水务局对县十届人大三次会议第12号建议的答复",
        ["桐水字〔2016〕2号", "（B）类", "桐溪县水务局对县十届人大三次会议第12号建议的答复"],
    ),
    (
        "title-without-its-ending",
        "对县十届人大三次会议第12号建议的",
        ["对县十届人大三次会议第12号建议的"],
    ),
]


@pytest.mark.parametrize(
    ("head", "want"), [(h, w) for _, h, w in GLUED_HEADS], ids=[i for i, _, _ in GLUED_HEADS]
)
def test_glued_head_parted(head: str, want: list[str]) -> None:
    lines = _lines(head + _REST.replace(" ", ""))
    assert lines[: len(want)] == want
    assert lines[len(want)].startswith("王某某代表")


@pytest.mark.parametrize("name", ["王**", "王xx", "王××"])
def test_masked_name_glued_to_the_title(name: str) -> None:
    title = "关于县十届人大三次会议第12号建议的答复"
    lines = _lines(title + _REST.replace(" ", "").replace("王某某", name))
    assert lines[:2] == [title, f"{name}代表："]
