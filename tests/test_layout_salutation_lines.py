"""A salutation written a line for each addressee, each line ending with its own colon
(``张某代表：`` / ``李某委员：``: a reply to a deputy and a member on one matter). A reader
sees both lines as the 主送: both name addressees, and ``salutation-colon`` looks at each
line's colon. Before, the second line was read as the body's first paragraph: its person
was no addressee, and a half-width colon there (``李某委员:``) raised nothing, while the
same fault on the first line was reported."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.model import Letter

_OPENING = "  你们提出的关于整修乡村道路的建议收悉，现答复如下：\n  一、东段路面年内铺设完毕。\n"
_CLOSING = "  感谢对交通工作的关心。\n某县交通运输局\n2022年4月9日\n"


def _letter(*salutation: str, opening: str = _OPENING) -> str:
    return (
        "关于整修乡村道路建议的答复\n" + "".join(f"{s}\n" for s in salutation) + opening + _CLOSING
    )


def _colons(letter: Letter) -> list[str]:
    return [
        letter.text[d.span[0] : d.span[1]] if d.span else ""
        for d in letter.diagnostics
        if d.code == "salutation-colon"
    ]


def _names(letter: Letter) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in letter.addressees]


@pytest.mark.parametrize(
    ("first", "second", "faults"),
    [
        pytest.param("张某代表：", "李某委员:", [":"], id="second-half-width"),
        pytest.param("张某代表:", "李某委员：", [":"], id="first-half-width"),
        pytest.param("张某代表：", "李某委员∶", ["∶"], id="second-lookalike"),
        pytest.param("张某代表:", "李某委员:", [":", ":"], id="both"),
        pytest.param("张某代表：", "李某委员：", [], id="tidy"),
    ],
)
def test_each_salutation_line_is_checked_and_names_its_addressee(
    first: str, second: str, faults: list[str]
) -> None:
    letter = parse_text(_letter(first, second))
    assert _colons(letter) == faults
    assert _names(letter) == [("张某", "代表"), ("李某", "委员")]
    assert letter.salutation == f"{first}\n{second}"
    assert letter.sections and letter.sections[0].text.startswith("东段路面")


def test_a_finding_points_at_the_second_lines_colon() -> None:
    text = _letter("张某代表：", "李某委员:")
    letter = parse_text(text)
    (d,) = [d for d in letter.diagnostics if d.code == "salutation-colon"]
    assert d.span is not None
    assert d.span[0] == text.index("李某委员:") + len("李某委员")


def test_three_lines_and_a_group() -> None:
    letter = parse_text(_letter("张某代表：", "尊敬的李某、赵某委员：", "某镇代表团："))
    assert _names(letter) == [
        ("张某", "代表"),
        ("李某", "委员"),
        ("赵某", "委员"),
        ("某镇代表团", None),
    ]


# must not match: a line under the salutation that is no 主送 line


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param(
            "  关于你提出的建议，现答复如下：\n  一、东段路面年内铺设完毕。\n", id="opening"
        ),
        pytest.param("  一、关于东段路面：\n  年内铺设完毕。\n", id="list-lead-in"),
        pytest.param("李某委员\n  你们提出的建议收悉。\n", id="names-without-colon"),
    ],
)
def test_a_single_salutation_stays_one_line(opening: str) -> None:
    letter = parse_text(_letter("张某代表：", opening=opening))
    assert letter.salutation == "张某代表："
    assert _names(letter) == [("张某", "代表")]
    assert _colons(letter) == []


def test_names_wrapped_over_lines_stay_one_salutation() -> None:
    letter = parse_text(_letter("张某、钱某、", "李某代表："))
    assert _names(letter) == [("张某", "代表"), ("钱某", "代表"), ("李某", "代表")]
    assert _colons(letter) == []
