"""A salutation that is a body's name with no office's ending (国家电网：, 中国移动：), on a
copy that lost its line breaks, right after the title's ending and before an opening that
speaks to it (你单位, 贵单位, 您): the salutation, as on the line of its own the letter gave it
(decided, left63; an earlier round read it as the opening's first words and no addressee).
Snippets in our own words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import glued, spaced
from spans import span_problems

_LETTER = (
    "关于某某线路改造的建议的答复\n{salutation}\n{opening}\n我局将督促施工单位加快进度。\n"
    "某市发展和改革委员会\n2024年6月1日\n"
)


def _lined(text: str) -> str:
    return text


@pytest.mark.parametrize("copy", [_lined, spaced, glued], ids=["lined", "spaced", "glued"])
@pytest.mark.parametrize("name", ["国家电网", "中国移动", "某某集团"])
@pytest.mark.parametrize(
    "opening",
    [
        "你单位转来的关于某某线路改造的建议收悉，现答复如下：",
        "贵单位转来的关于某某线路改造的建议收悉，现答复如下：",
        "您提出的关于某某线路改造的建议收悉，现答复如下：",
    ],
    ids=["ni-danwei", "gui-danwei", "nin"],
)
def test_the_body_after_the_title_is_the_salutation(
    name: str, opening: str, copy: Callable[[str], str]
) -> None:
    letter = parse_text(
        copy(_LETTER.format(salutation=name + "：", opening=opening)), keywords=False
    )
    assert letter.title == "关于某某线路改造的建议的答复"
    assert [(a.name, a.role) for a in letter.addressees] == [(name, None)]
    assert letter.salutation == name + "："
    assert span_problems(letter) == []


@pytest.mark.parametrize("copy", [spaced, glued], ids=["spaced", "glued"])
@pytest.mark.parametrize(
    "label",
    # (review63a: each with an opening that speaks to the reader after its colon, so the
    # test asks the words before it: 办理类型：B had none, and the colon's B alone refused it)
    ["办理类型：", "回复内容：", "问题描述：", "经研究："],
    ids=["header-label", "form-row", "form-row-description", "paragraph-opener"],
)
def test_a_label_after_the_title_is_no_salutation(label: str, copy: Callable[[str], str]) -> None:
    text = _LETTER.format(
        salutation=label, opening="你单位转来的关于某某线路改造的建议收悉，现答复如下："
    )
    letter = parse_text(copy(text), keywords=False)
    assert letter.addressees == []
    assert letter.salutation is None
