"""Titles whose 《》 were typed as doubled angle brackets (fields/references.py).

A web copy typed in English mode writes 《养老机构管理办法》 as <<养老机构管理办法>>; others
double the single marks (〈〈…〉〉) or use the full-width ＜＜…＞＞. The title is the text
inside, as for 《》. Snippets invented.
"""

from __future__ import annotations

import pytest

from replyparse.fields import references
from replyparse.textview import TextView


def _titles(text: str) -> list[str]:
    view = TextView(text)
    return [
        ref.text for ref, _ in references._references(view, [], exclude=[]) if ref.kind == "title"
    ]


DOUBLED = [
    pytest.param(
        "《关于〈〈某某〉〉的说明》", ["关于〈〈某某〉〉的说明"], id="inside-a-book-title-one-title"
    ),
    pytest.param("根据<<养老机构管理办法>>要求执行。", ["养老机构管理办法"], id="ascii"),
    pytest.param("按照＜＜城市道路管理条例＞＞规定。", ["城市道路管理条例"], id="full-width"),
    pytest.param(
        "依据〈〈村庄规划编制导则〉〉开展。", ["村庄规划编制导则"], id="doubled-single-marks"
    ),
    pytest.param(
        "转发<<关于印发<农村公路养护办法>的通知>>。",
        ["关于印发<农村公路养护办法>的通知"],
        id="nested-single-pair-kept",
    ),
    pytest.param(
        "落实<<乡村振兴促进法>>和《土地管理法》。",
        ["乡村振兴促进法", "土地管理法"],
        id="beside-a-book-title",
    ),
    pytest.param("按<<甲办法>>、<<乙细则>>执行。", ["甲办法", "乙细则"], id="two-in-a-row"),
]

NOT_DOUBLED = [
    pytest.param("数值a<<3时成立。", id="shift-operator-no-close"),
    pytest.param("见<<上文。下文>>所述", id="sentence-end-inside"),
    pytest.param("见<<上文\n下文>>所述", id="line-break-inside"),
]


@pytest.mark.parametrize(("text", "expected"), DOUBLED)
def test_doubled_marks_hold_a_title(text: str, expected: list[str]) -> None:
    assert _titles(text) == expected


@pytest.mark.parametrize("text", NOT_DOUBLED)
def test_no_doubled_title(text: str) -> None:
    assert _titles(text) == []


def test_the_proposal_title_in_doubled_marks_is_no_reference() -> None:
    from replyparse import parse_text

    letter = parse_text(
        "关于第12号建议的答复\n张三代表：\n    你提出的<<关于修建村道的建议>>收悉。"
        "根据<<农村公路条例>>办理。\n某县交通局\n2024年5月6日\n"
    )
    assert [r.text for r in letter.references] == ["农村公路条例"]
