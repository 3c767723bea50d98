"""A person with a compound surname (诸葛, 皇甫, 欧阳…) and a given name of two characters,
no separator before the role: one person, though the segmenter may cut the surname off
alone (诸葛 / 文亮); names run together after it are still parted (dev35). Names are
invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = """关于市政协某届某次会议第12号提案的答复
{names}委员：
您提出的关于加强校园周边交通安全的提案收悉。现答复如下：
我局将完善校园周边标志标线。
某市公安局
2022年5月9日
"""


@pytest.mark.parametrize(
    ("names", "people"),
    [
        pytest.param("诸葛文亮", ["诸葛文亮"], id="zhuge"),
        pytest.param("诸葛文亮、王芳", ["诸葛文亮", "王芳"], id="zhuge-listed"),
        pytest.param("皇甫明辉", ["皇甫明辉"], id="huangfu"),
        pytest.param("欧阳明辉", ["欧阳明辉"], id="ouyang"),
        pytest.param("李明王芳", ["李明", "王芳"], id="two-run-together"),
    ],
)
def test_a_compound_surname_names_one_person(names: str, people: list[str]) -> None:
    record = parse_text(LETTER.format(names=names))
    assert [a.name for a in record.addressees] == people
