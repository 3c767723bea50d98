"""The look-ahead before the site footer's marks (speed64) passes over no place a mark opens
at: every mark's first character is in :data:`replyparse.chrome._FOOTER_FIRSTS`, its Latin
ones taken without case as the marks' own letters are, and the search answers as the bare
alternation does on footers, letters' lines and the corpus. Snippets are invented.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from goldsets import SHARED, at_least
from replyparse import chrome

_PLAIN = re.compile("|".join(chrome._FOOTER_MARKS), re.IGNORECASE)
"""The marks' alternation without the look-ahead: what the search was."""


def _first_atoms(mark: str) -> list[str]:
    """The regexes a match of ``mark`` may open with, one for each of its alternatives:
    its first character, ``\\d``, or each first character of the words of the group it
    opens with (``(?:浏览|访问)``: 浏, 访)."""
    atoms = []
    for branch in re.split(r"\|(?![^(]*\))", mark):  # (the bars outside groups)
        if branch.startswith("\\d"):
            atoms.append(r"\d")
        elif branch.startswith("(?:"):
            words = branch[3 : branch.index(")")].split("|")
            atoms += [re.escape(word[0]) for word in words]
        else:
            atoms.append(re.escape(branch[0]))
    return atoms


def test_every_mark_opens_with_one_of_the_first_characters() -> None:
    atoms = {atom for mark in chrome._FOOTER_MARKS for atom in _first_atoms(mark)}
    assert atoms >= {"I", "c", r"\d", "浏", "访"}
    # every character a mark's first atom takes, read without case as the search reads
    # it (ICP's I also takes ı and İ), is one the look-ahead's class takes
    opening = re.compile("|".join(sorted(atoms)), re.IGNORECASE)
    firsts = re.compile(f"[{chrome._FOOTER_FIRSTS}]", re.IGNORECASE)
    for ch in map(chr, range(sys.maxunicode + 1)):
        if opening.match(ch) is not None:
            assert firsts.match(ch) is not None, ch


@pytest.mark.parametrize(
    "line",
    [
        "版权所有:某县人民政府办公室", "Copyright © 2099 某县人民政府", "某ICP备00000000号-1",
        "某公网安备 00000000000000号", "网站标识码:0000000000", "技术支持:某科技公司",
        "网站地图 | 联系我们", "建议使用1280×1024分辨率、某浏览器访问本站",
        "浏览本站请使用1366*768分辨率", "为获得最佳浏览效果,建议使用1366×768以上分辨率",
        "您是第000123位访问者", "网站监督举报电话:0000-5550123", "开办单位:某县政府办公室",
        "icp证000000号", "COPYRIGHT", "中文域名:某县政府.政务",
        # a letter's own lines: no mark
        "孙某代表:", "您提出的关于修缮某村便桥的建议收悉。", "均为1920×1080分辨率的摄像机",
        "某县交通运输局", "2099年4月2日", "",
    ],
)  # fmt: skip
def test_the_gated_search_answers_as_the_alternation(line: str) -> None:
    assert (chrome._SITE_FOOTER.search(line) is None) == (_PLAIN.search(line) is None)


def test_the_gated_search_answers_as_the_alternation_on_every_line_of_the_letters() -> None:
    folders = [Path(__file__).resolve().parents[1] / "samples", SHARED / "seeds"]
    folders.append(SHARED / "corpus" / "letters")  # (absent in a clone alone: samples only)
    lines = [
        line
        for folder in folders
        for path in sorted(folder.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert len(lines) > at_least(1000, 300)  # (the shared letters found too, where present)
    for line in lines:
        for pos in range(0, len(line), 7):
            gated = chrome._SITE_FOOTER.search(line, pos) is None
            assert gated == (_PLAIN.search(line, pos) is None), (line, pos)
