"""The proposal's own title written bare right after its number, with neither 关于 nor
quotes (``…会议第33号：硬化某村道路的议案，…``, ``…会议第33号硬化某村道路的议案收悉``: a
writer's slogan-like title, or a copy that put a colon where 关于 stood), and the number
written after the kind word with no 第 right before the quoted title (``代表建议45号《…》``).
Both lost the number and the title (dev31). Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

_SIGNED = "一、我局高度重视。\n某县交通运输局\n2024年6月1日\n"
_SESSION = "某县第十七届人民代表大会第二次会议"


def _read(text: str) -> tuple[str | None, ...] | None:
    p = parse_text(text).proposal
    return None if p is None else (p.kind, p.number, p.session, p.title)


@pytest.mark.parametrize(
    "opening, read",
    [
        pytest.param(
            f"您在{_SESSION}第33号：硬化某村通组公路的议案，县政府交由我局办理，现答复如下：",
            ("议案", "33", _SESSION, "硬化某村通组公路的议案"),
            id="colon-then-comma",
        ),
        pytest.param(
            f"您在{_SESSION}第33号:硬化某村通组公路的议案收悉，现答复如下：",
            ("议案", "33", _SESSION, "硬化某村通组公路的议案"),
            id="half-width-colon-received",
        ),
        pytest.param(
            f"您在{_SESSION}第33号硬化某村通组公路的建议已收悉，现答复如下：",
            ("建议", "33", _SESSION, "硬化某村通组公路的建议"),
            id="glued",
        ),
        pytest.param(
            f"您在{_SESSION}第33号关于硬化某村通组公路的议案收悉，现答复如下：",
            ("议案", "33", _SESSION, "关于硬化某村通组公路的议案"),
            id="with-about-as-before",
        ),
        pytest.param(
            f"您在{_SESSION}第33号代表建议收悉，现答复如下：",
            ("建议", "33", _SESSION, None),
            id="kind-word-after-number-no-title",
        ),
    ],
)
def test_a_bare_title_after_the_number(opening: str, read: tuple[str | None, ...]) -> None:
    assert _read(f"王某等5位代表：\n{opening}\n{_SIGNED}") == read


def test_a_title_naming_a_number_is_none() -> None:
    opening = f"您在{_SESSION}第33号落实某政发第5号文件的建议收悉，现答复如下："
    read = _read(f"王某代表：\n{opening}\n{_SIGNED}")
    assert read is not None and read[3] is None


@pytest.mark.parametrize(
    "title, number",
    [
        pytest.param(
            "对区三届人大二次会议代表建议45号《关于某路增设路灯的建议》的答复",
            "45",
            id="before-quote",
        ),
        pytest.param(
            "对区三届人大二次会议代表建议第45号《关于某路增设路灯的建议》的答复", "45", id="with-di"
        ),
        pytest.param("关于某路增设路灯建议3号楼改造的答复", None, id="a-building-number"),
    ],
)
def test_a_number_after_the_kind_word_without_di(title: str, number: str | None) -> None:
    text = f"{title}\n王某代表：\n您提出的建议收悉，现答复如下：\n{_SIGNED}"
    read = _read(text)
    assert read is not None and read[1] == number
