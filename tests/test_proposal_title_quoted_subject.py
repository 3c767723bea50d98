"""A proposal's title whose whole is quoted in book-title marks or quotes while it quotes its
own subject, from 关于 to the kind word (``《关于“X”的建议》``, ``“关于「X」的提案”``): the title
is the part quoted, X, as the same title written with no outer marks gives it (spec: when
only part is quoted, ``关于“X”的建议``, the quoted part X; the outer marks are stripped first).
A term quoted inside a longer subject (``《关于治理“X”现象的建议》``) keeps the title whole.
Snippets are invented (fix95).
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_END = "\n一、我办已在路段两侧设置路口。\n感谢您的关心和支持。\n桐溪县建设办公室\n2099年5月6日\n"


def _title(text: str) -> str | None:
    letter = parse_text(text, keywords=False)
    assert span_problems(letter) == []
    assert letter.references == []  # (the proposal's own title, quoted: no document cited)
    return None if letter.proposal is None else letter.proposal.title


@pytest.mark.parametrize(
    "opening, title",
    [
        pytest.param(
            "你们提出的第34号《关于“青石路东段留路口”的建议》已收悉，现答复如下：",
            "青石路东段留路口",
            id="book-marks-around-a-quoted-subject",
        ),
        pytest.param(
            "您提出的“关于「青石路东段留路口」的提案”收悉，现答复如下：",
            "青石路东段留路口",
            id="quotes-around-a-corner-quoted-subject",
        ),
        pytest.param(
            "您提出的《关于“青石路东段留路口”的代表建议》收悉，现答复如下：",
            "青石路东段留路口",
            id="filers-role-before-the-kind",
        ),
        pytest.param(
            # (a number note the quotes hold at the end, stripped from any title; review61b)
            "您提出的《关于“青石路东段留路口”的建议（第12号）》收悉，现答复如下：",
            "青石路东段留路口",
            id="a-number-note-inside-the-marks",
        ),
        pytest.param(
            "您提出的《关于治理青石路“乱停车”现象的建议》收悉，现答复如下：",
            "关于治理青石路“乱停车”现象的建议",
            id="a-term-inside-a-longer-subject",
        ),
        pytest.param(
            "您提出的《关于“青石路”和“白沙路”留路口的建议》收悉，现答复如下：",
            "关于“青石路”和“白沙路”留路口的建议",
            id="two-terms",
        ),
    ],
)
def test_the_quoted_subject_is_the_title(opening: str, title: str) -> None:
    assert _title(f"郭某代表：\n{opening}{_END}") == title


def test_in_the_letters_title_too() -> None:
    text = f"关于《关于“青石路东段留路口”的建议》的答复\n郭某代表：\n你们的建议收悉。{_END}"
    assert _title(text) == "青石路东段留路口"


def test_in_a_glossed_traditional_copy() -> None:
    # (a mirror's 繁體 copy with pinyin glosses: read past them, kept as written)
    opening = "你們提出的第34號《關(guān)于“青石路東段留路口”的建議》已收悉，現(xiàn)答復(fù)如下："
    assert _title(f"郭某代表：\n{opening}{_END}") == "青石路東段留路口"
