"""Forms flattened into lines (replyparse.flatforms) and a label's value on the next line
(replyparse.labels.labelled_value), in our own words."""

from __future__ import annotations

import re

import pytest

from replyparse import flatforms, parse_text
from replyparse.flatforms import form_lines
from replyparse.labels import labelled_value, opening_label
from replyparse.textview import TextView


def _form(text: str) -> list[str]:
    view = TextView(text)
    lines = view.content_lines
    return [lines[i].text for i in sorted(form_lines(view, lines))]


FORMS = [
    pytest.param(
        "关于某某建议的答复\n代表姓名\n林岚\n办理类型\nB\n林岚代表：",
        ["代表姓名", "林岚", "办理类型", "B"],
        id="known-labels-over-values",
    ),
    pytest.param(
        "关于某某建议的答复\n会议届别\n县十九届人大二次会议\n办理类型\nB\n承办方式\n独办\n林岚代表：",
        ["会议届别", "县十九届人大二次会议", "办理类型", "B", "承办方式", "独办"],
        id="unknown-labels-in-the-labels-places",
    ),
    pytest.param(
        "办理类型\nB\n答复正文\n林岚代表：",
        ["办理类型", "B", "答复正文"],
        id="last-label-whose-value-is-the-letter",
    ),
    pytest.param(
        "协办单位\n办理类型\nC\n关于某某建议的答复",
        ["协办单位", "办理类型", "C"],
        id="empty-cell-then-a-pair-then-the-title",
    ),
    pytest.param(
        "某县交通运输局\n办理类型\nB\n关于某某建议的答复",
        ["办理类型", "B"],
        id="banner-above-is-no-label",
    ),
    pytest.param(
        "关于某某建议的答复\n案 由 |\n关于修缮某某桥的建议 | |||\n提建议代表单位姓名 |\n某镇代表团 林岚 | |||\n承办单位 |\n某县住建局 |\n林岚代表：",
        [
            "案由|",
            "关于修缮某某桥的建议||||",
            "提建议代表单位姓名|",
            "某镇代表团林岚||||",
            "承办单位|",
            "某县住建局|",
        ],
        id="web-table-cells-ending-in-separators",
    ),
    pytest.param(
        "某县林业局关于某某建议的答复\n案由：\n关于补种某某山防护林的建议\n承办单位：某县林业局\n林岚代表：",
        ["案由：", "关于补种某某山防护林的建议"],
        id="title-first-then-a-proposal-title-label-with-its-colon-over-its-value",
    ),
    pytest.param(
        "对某某建议的答复函\n建议名称:\n关于补种某某山防护林的建议\n林岚代表：",
        ["建议名称：", "关于补种某某山防护林的建议"],
        id="half-width-colon",
    ),
    pytest.param(
        "某县林业局对某某建议的复函\n事由：\n关于补种某某山防护林的建议\n林岚代表：",
        ["事由：", "关于补种某某山防护林的建议"],
        id="authority-before-its-dui",
    ),
]
NOT_FORMS = [
    # (no reply's title above: the line under the label may be the letter's only title)
    pytest.param(
        "案由：\n关于补种某某山防护林的建议\n林岚代表：", id="proposal-label-no-title-above"
    ),
    pytest.param(
        "某县林业局关于某某建议的答复\n案由：\n经研究，现答复如下。\n林岚代表：",
        id="proposal-label-over-a-sentence",
    ),
    pytest.param(
        "某县林业局关于某某建议的答复\n联系人：\n林岚\n林岚代表：", id="other-label-with-its-colon"
    ),
    pytest.param(
        "办理情况：\n某局关于县十九届\n人大会议第3号建议的答复", id="label-with-its-colon"
    ),
    pytest.param("关于某某建议的\n答复\n林岚代表：", id="title-over-two-lines"),
    pytest.param("办理情况\n经研究，现答复如下。", id="heading-over-a-sentence"),
    pytest.param("林岚代表\n您好", id="bare-salutation"),
    pytest.param("关于某某建议的答复 |\n林岚代表： |", id="title-row-ending-in-a-separator"),
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_form_lines(text: str, expected: list[str]) -> None:
    assert _form(text) == expected


@pytest.mark.parametrize("text", NOT_FORMS)
def test_no_form_lines(text: str) -> None:
    assert _form(text) == []


_UNDER_LAST_LABEL = [
    pytest.param(
        "交办日期：2031年3月2日\n反馈时间：\n办理情况\n{title}\n林岚代表：",
        ("某县水务局关于某县第九届", "人大二次会议第7号建议的答复"),
        id="two-lines-after-its-authority",
    ),
    pytest.param(
        "办理类型\nB\n答复正文\n{title}\n林岚代表：",
        ("关于县九届人大二次", "会议第7号", "建议的答复函"),
        id="three-lines",
    ),
    pytest.param(
        "办理类型\nB\n答复正文\n{title}\n林岚代表：",
        ("某县水务局关于县九届人大", "二次会议第7号建议的答复书"),
        id="ending-in-its-answer-book",  # (review59b: data/reply_endings.txt's 答复书)
    ),
]


@pytest.mark.parametrize(("text", "pieces"), _UNDER_LAST_LABEL)
def test_a_title_broken_under_the_last_label_reads_as_on_one_line(
    text: str, pieces: tuple[str, ...]
) -> None:
    # (the reply's title under the form's last label is the letter's, broken over lines as
    # on one line; left59b: an earlier round took its first line for the label's value,
    # the rest of the title was read alone and a 办理单's 交办日期 became a date)
    broken = _form(text.format(title="\n".join(pieces)))
    assert broken == _form(text.format(title="".join(pieces)))
    assert pieces[0] not in broken


class _Searched:
    """:data:`flatforms._REPLY_TITLE` with the texts it is asked to search kept."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.texts = pattern, list[str]()

    def search(self, text: str) -> re.Match[str] | None:
        self.texts.append(text)
        return self.pattern.search(text)


def test_a_long_line_under_a_title_opening_is_searched_only_as_a_title_ends(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (review59b: a line with many 关于 and no reply's ending under a label's value was
    # searched for a whole title, each 关于 tried to the line's end: 24,000 characters
    # took 20 s; the ending is asked first)
    searched = _Searched(flatforms._REPLY_TITLE)
    monkeypatch.setattr(flatforms, "_REPLY_TITLE", searched)
    text = "办理情况\n关于某事\n" + "关于某桥" * 500 + "\n林岚代表：\n您好。"
    _form(text)
    assert not [t for t in searched.texts if len(t) > 100]
    titled = text.replace("\n林岚", "的答复\n林岚")
    assert titled.split("\n")[2] not in _form(titled)  # (ending as a title: still read)


def test_a_proposal_title_wrapped_in_its_cell_stays_a_value() -> None:
    # (a 案由's title ends in no reply's word: its first line the cell's value, as before)
    assert "关于修缮某某桥的" in _form("案由\n关于修缮某某桥的\n建议\n办理类型\nB\n林岚代表：")


@pytest.mark.parametrize(
    ("cell", "title"),
    [
        (("案由", "关于修缮某某桥的", "建议"), "关于修缮某某桥的建议的答复"),
        (("建议标题", "关于加强某某", "管理的建议"), "某县水务局关于加强某某管理的建议的答复"),
    ],
)
def test_a_proposal_title_wrapped_over_the_replys_own_stays_a_value(
    cell: tuple[str, ...], title: str
) -> None:
    # (review59b: the reply's title whole on its line under the cell's wrapped value is
    # that title alone; left59b's round joined the cell's lines to it as one broken title,
    # and the proposal's title read the reply's after its own)
    text = "办理类型\nB\n" + "\n".join(cell) + "\n" + title + "\n林岚代表：\n您提出的建议收悉。"
    assert cell[1] in _form(text)
    assert title not in _form(text)
    letter = parse_text(text, keywords=False)
    assert (letter.title, letter.proposal.title) == (title, cell[1] + cell[2])


def _value(text: str) -> str:
    view = TextView(text)
    line = view.content_lines[0]
    found = opening_label(view, line)
    assert found is not None
    start, end = labelled_value(view, line, found)
    return view.norm[start:end]


VALUES = [
    pytest.param("办理类型：B类", "B类", id="on-its-line"),
    pytest.param("办理类型\nB", "B", id="alone-over-its-value"),
    pytest.param("是否公开\n\n是", "是", id="over-a-blank-line"),
]
NOT_VALUES = [
    pytest.param("办理情况：\n经研究答复", id="with-its-colon"),
    pytest.param("办理类型\n办理结果：A", id="a-label-below"),
    pytest.param("类别\n全县共有各类景区十二处，分布在五个乡镇", id="a-long-line-below"),
    pytest.param("是否公开", id="nothing-below"),
]


@pytest.mark.parametrize(("text", "expected"), VALUES)
def test_labelled_value(text: str, expected: str) -> None:
    assert _value(text) == expected


@pytest.mark.parametrize("text", NOT_VALUES)
def test_no_value_below(text: str) -> None:
    assert _value(text) == ""
