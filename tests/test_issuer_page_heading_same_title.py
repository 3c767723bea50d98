"""A cut copy of a page whose letter names no authority itself (no header mark, no
signature, its own title opening with 关于), under the page's heading that writes the
letter's own title again, whole and in the same words, with an authority's name glued
before it or a blank between: that authority is the issuer, its span its place in the
heading; the title stays the letter's own (decided issuer63). A heading in other words
than the title names nothing (fix73), and a letter that names its issuer keeps its own.
Letters in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_OWN_TITLE = "关于县五届人大三次会议第14号建议答复的函"
_NAME = "桐溪县农业农村局"
_CUT = (
    "孔某代表：\n    您提出的《关于修缮某村机耕道的建议》收悉，现答复如下：\n"
    "    一、基本情况\n    我局已将该道路列入明年修缮计划，"
)


@pytest.mark.parametrize(
    "heading",
    [
        pytest.param(f"{_NAME}{_OWN_TITLE}\n", id="glued"),
        pytest.param(f"{_NAME} {_OWN_TITLE}\n", id="blank-between"),
        pytest.param(f"{_NAME}\u3000{_OWN_TITLE}\n\n", id="ideographic-blank"),
        pytest.param(f"首页 > 建议办理\n{_NAME}{_OWN_TITLE}\n", id="under-crumb"),
    ],
)
def test_the_headings_authority_names_a_cut_letter(heading: str) -> None:
    text = heading + f"{_OWN_TITLE}\n" + _CUT
    letter = parse_text(text, keywords=False)
    assert letter.issuer == _NAME
    assert letter.title == _OWN_TITLE
    assert letter.issuer_span is not None
    assert text[slice(*letter.issuer_span)] == _NAME
    assert text.index(_NAME) == letter.issuer_span[0]
    assert span_problems(letter) == []


def test_flattened_with_blanks_onto_one_line() -> None:
    text = f"{_NAME}{_OWN_TITLE} {_OWN_TITLE} " + " ".join(_CUT.split())
    letter = parse_text(text, keywords=False)
    assert letter.issuer == _NAME
    assert letter.issuer_span is not None
    assert tuple(letter.issuer_span) == (0, len(_NAME))
    assert letter.title == _OWN_TITLE


@pytest.mark.parametrize(
    "heading",
    [
        pytest.param(f"{_NAME}关于修缮某村机耕道建议的答复\n", id="other-words"),
        pytest.param(f"{_NAME}{_OWN_TITLE}（主办）\n", id="heading-goes-on"),
        pytest.param(f"{_OWN_TITLE}\n", id="no-authority"),
        pytest.param(f"县五届人大{_OWN_TITLE}\n", id="no-authoritys-name"),
        pytest.param(f"首页政务公开建议办理{_NAME}{_OWN_TITLE}\n", id="crumb-words-glued"),
    ],
)
def test_a_heading_that_is_not_the_title_again_names_nothing(heading: str) -> None:
    letter = parse_text(heading + f"{_OWN_TITLE}\n" + _CUT, keywords=False)
    assert letter.issuer is None
    assert letter.title == _OWN_TITLE


def test_a_forwarding_heading_names_the_forwarding_authority() -> None:
    text = f"桐溪县人民政府办公室转发县农业农村局{_OWN_TITLE}\n{_OWN_TITLE}\n" + _CUT
    letter = parse_text(text, keywords=False)
    assert letter.issuer == "桐溪县人民政府办公室"
    assert letter.issuer_span is not None
    assert tuple(letter.issuer_span) == (0, len("桐溪县人民政府办公室"))


def test_the_letters_own_signer_wins_over_the_heading() -> None:
    signed = _CUT + "资金已落实。\n    感谢您的关心。\n桐溪县交通运输局\n2024年7月1日\n"
    letter = parse_text(f"{_NAME}{_OWN_TITLE}\n{_OWN_TITLE}\n" + signed, keywords=False)
    assert letter.issuer == "桐溪县交通运输局"


def test_the_letters_own_header_mark_wins_over_the_heading() -> None:
    text = f"{_NAME}{_OWN_TITLE}\n桐溪县交通运输局\n{_OWN_TITLE}\n" + _CUT
    assert parse_text(text, keywords=False).issuer == "桐溪县交通运输局"


# The limits the page's other heading rules use (chrome: a heading of ten characters or more,
# over the letter within eight pieces): a copy further up the page (a list of related
# articles over the letter) or a title too short to tell a copy names nothing (left64).
_RELATED = "相关文章\n" + "".join(
    f"· 丙乡第{n}号建议办理情况  2024-05-0{n}\n" for n in range(1, 10)
)


def test_a_copy_far_above_the_title_names_nothing() -> None:
    text = f"{_NAME}{_OWN_TITLE}\n{_RELATED}{_OWN_TITLE}\n" + _CUT
    letter = parse_text(text, keywords=False)
    assert letter.issuer is None
    assert letter.title == _OWN_TITLE


def test_a_copy_a_few_cells_above_the_title_still_names() -> None:
    cells = "发布时间：2024-07-01\n来源：本站\n浏览次数：12\n【打印】 【关闭】\n"
    text = f"{_NAME}{_OWN_TITLE}\n{cells}{_OWN_TITLE}\n" + _CUT
    assert parse_text(text, keywords=False).issuer == _NAME


def test_a_short_title_s_copy_names_nothing() -> None:
    short = "关于修缮路灯的答复"  # (nine characters: too few to tell a copy)
    text = f"{_NAME}{short}\n{short}\n" + _CUT
    letter = parse_text(text, keywords=False)
    assert letter.issuer is None
