"""A title line followed by a long run of a flattened page's cells (``关于…的答复- 同意公开 -
- 同意公开 - …``, ``… 同意公开 同意公开 乙``, ``… 某函〔2021〕3号 某函〔2021〕4号 …``): the
elements after the title are tried at each place of the line, and what each place asks of
the rest of the zone (a secrecy mark, a bracketed year, a walk of the elements to the
zone's end, the title's endings after it) is found once for the line, not again at each
place (which read the line once a cell: quadratic; the time is ``make hostile``'s,
txt-title-cells). The work is counted here, never timed: the lines of the re-segmenter run,
and the characters its secrecy search reads. Snippets are invented."""

from __future__ import annotations

import re
import sys
from typing import Any

import pytest

from helpers import resegment_steps as _steps
from replyparse import resegment
from replyparse.textview import TextView

BODY = "张三代表：\n您提出的建议收悉。现答复如下：\n一、投入资金100万元。\n"


@pytest.mark.parametrize(
    ("cell", "last"),
    [
        ("- 同意公开 -", ""),  # the page's cells between dashes
        (" 同意公开", " 乙"),  # marks, the last cell none: no tail, walked from each place
        (" B类", " 乙"),
        (" （此件公开）", " 乙"),
        (" 某函〔2021〕3号", " 乙"),  # a title's ending (函) in each number's code
        (" 编号：12", " 乙"),
        ("：发布机构：", ""),
    ],
)
def test_a_line_of_cells_is_read_about_once(cell: str, last: str) -> None:
    short = _steps("关于某事的答复" + cell * 50 + last + "\n" + BODY)
    long = _steps("关于某事的答复" + cell * 200 + last + "\n" + BODY)
    assert long < 6 * short  # (4 times the cells: linear work 4 times, quadratic 16)


class _Counted:
    """A pattern whose searches count the characters they may read."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.read = 0

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        self.read += min(endpos, len(string)) - pos
        return self.pattern.search(string, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def _read(cells: int, monkeypatch: pytest.MonkeyPatch) -> int:
    counted = _Counted(resegment._SECRECY)
    monkeypatch.setattr(resegment, "_SECRECY", counted)
    resegment.find_breaks(TextView("关于某事的答复" + "- 同意公开 -" * cells + "\n" + BODY))
    return counted.read


def test_the_zone_is_searched_once_for_a_secrecy_mark(monkeypatch: pytest.MonkeyPatch) -> None:
    # (a short zone's rest is searched at each place: a bounded read each, linear in all)
    assert _read(800, monkeypatch) < 6 * _read(200, monkeypatch)


def _lines(text: str) -> list[str]:
    view = resegment.resegment(TextView(text + "\n" + BODY))
    return [line.text for line in view.content_lines][: -len(BODY.splitlines())]


@pytest.mark.parametrize(
    ("line", "lines"),
    [
        # the elements after the title, each a line of its own
        ("关于某事的答复 同意公开 同意公开", ["关于某事的答复", "同意公开", "同意公开"]),
        ("关于某事的答复 某局 某函〔2021〕3号", ["关于某事的答复", "某局", "某函〔2021〕3号"]),
        (
            "关于某事的答复 某函〔2021〕3号 某函〔2021〕4号",
            ["关于某事的答复", "某函〔2021〕3号", "某函〔2021〕4号"],
        ),
        ("关于某某函件的答复 某函〔2021〕3号", ["关于某某函件的答复", "某函〔2021〕3号"]),
        ("关于某事的答复 （此件公开） 编号：12", ["关于某事的答复", "（此件公开）", "编号：12"]),
        ("关于某事的答复 秘密 同意公开", ["关于某事的答复", "秘密", "同意公开"]),
        # must not match: the last cell is no element (the line is left whole), or the
        # cells stand between dashes
        ("关于某事的答复 同意公开 同意公开 乙", ["关于某事的答复 同意公开 同意公开 乙"]),
        ("关于某事的答复 B类 B类 乙", ["关于某事的答复 B类 B类 乙"]),
        ("关于某事的答复- 同意公开 -- 同意公开 -", ["关于某事的答复- 同意公开 -- 同意公开 -"]),
    ],
)
def test_the_tail_is_read_as_before(line: str, lines: list[str]) -> None:
    assert _lines(line) == [text.replace(" ", "") for text in lines]  # (the view's text)


def test_elements_before_a_title_after_marks() -> None:
    # a run of elements holding a 发文字号 before the letter's title, after text that is no
    # title; a run of marks with neither a number nor a class mark opens no cut
    view = TextView("甲乙丙 丁戊 B类 同意公开 某函〔2021〕3号 关于某事的答复\n")
    reader = resegment._Reader(view)
    end = view.content_lines[0].end
    cuts = [view.norm[c.at : c.at + 2] for c in reader.head_cuts(0, end, True)]
    assert cuts == ["B类", "同意", "某函", "关于"]
    view = TextView("甲乙丙 丁戊 同意公开 同意公开 关于某事的答复\n")
    reader = resegment._Reader(view)
    assert reader._elements_before_title(0, view.content_lines[0].end) == []
