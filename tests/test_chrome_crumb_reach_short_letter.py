"""A short reply flattened onto its crumb's line whose salutation names a unit or a person
with no role (``县政协办公室：``, ``王某：``), or has no colon (``王某委员 感谢…``), or whose
date is written in figures (``2024.5.6``): the crumb ends at its last step and the letter
begins after it (its title, its salutation, its 发文字号), as on a longer line; the line's
length does not decide (short64). A crumb's line with no letter after it stays chrome.
Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_head, is_chrome_line

_CRUMB = "当前位置：首页 > 政务公开 > 建议提案办理"
_TITLE = "关于修缮西岭镇乡道建议的答复"
_SIGNER = "某县交通运输局"
_MORE = "近年来我局逐年加大乡道养护投入，下一步将统筹资金，分批实施修缮，保障群众出行安全。" * 3

_LETTERS = {
    "unit": ("县政协办公室：", "你们转来的提案收悉。我局已将该路段列入年度计划。", "2024年5月6日"),
    "name-alone": (
        "王小红：",
        "感谢你对交通工作的关心。我局已将该路段列入年度计划。",
        "2024年5月6日",
    ),
    "figures-date": (
        "王小红代表：",
        "感谢你对交通工作的关心。我局已将该路段列入计划。",
        "2024.5.6",
    ),
    "role-no-colon": (
        "王小红委员",
        "感谢你对交通工作的关心。我局已将该路段列入年度计划。",
        "2024年5月6日",
    ),
}
_ADDRESSEES = {
    "unit": [("县政协办公室", None)],
    "name-alone": [("王小红", None)],
    "figures-date": [("王小红", "代表")],
    "role-no-colon": [("王小红", "委员")],
}


def _page(kind: str, form: str, long: bool) -> str:
    salutation, body, date = _LETTERS[kind]
    if long:
        body += _MORE
    parts = (_CRUMB, _TITLE, salutation, body, _SIGNER, date)
    if form == "lined":
        return "\n".join(parts)
    if form == "blank":
        return " ".join(parts)
    return "".join(parts).replace(" ", "")


_NUMBERED = ("某交函〔2024〕12号", _TITLE, "县政协办公室：", "感谢关心。我局已将该路段列入计划。")


def _numbered(form: str, long: bool) -> str:
    parts = (
        _CRUMB,
        *_NUMBERED[:3],
        _NUMBERED[3] + (_MORE if long else ""),
        _SIGNER,
        "2024年5月6日",
    )
    return " ".join(parts) if form == "blank" else "".join(parts).replace(" ", "")


@pytest.mark.parametrize("long", [False, True], ids=["short", "long"])
@pytest.mark.parametrize("form", ["blank", "glued"])
@pytest.mark.parametrize("kind", [*_LETTERS, "number"])
def test_the_crumb_ends_where_the_letter_begins(kind: str, form: str, long: bool) -> None:
    line = _numbered(form, long) if kind == "number" else _page(kind, form, long)
    crumb = _CRUMB if form == "blank" else _CRUMB.replace(" ", "")
    assert not is_chrome_line(line)
    assert chrome_head(line) == [(0, len(crumb))]


# (a salutation that is a name alone after a flattened title, and a 发文字号 before the title,
# are read alike on a short line and a long one, but not yet into their parts: not the
# crumb's, short64)
_NOT_YET = {("name-alone", "blank"), ("name-alone", "glued"), ("role-no-colon", "glued")}


@pytest.mark.parametrize("long", [False, True], ids=["short", "long"])
@pytest.mark.parametrize("form", ["lined", "blank", "glued"])
@pytest.mark.parametrize("kind", list(_LETTERS))
def test_letter_after_the_crumbs_last_step_keeps_its_parts(
    kind: str, form: str, long: bool
) -> None:
    if (kind, form) in _NOT_YET:
        pytest.skip("read alike whatever the length; its parts are not the crumb's (short64)")
    letter = parse_text(_page(kind, form, long))
    assert letter.title == _TITLE
    assert [(a.name, a.role) for a in letter.addressees] == _ADDRESSEES[kind]
    assert letter.issuer == _SIGNER
    assert [d.text for d in letter.dates] == [_LETTERS[kind][2]]


@pytest.mark.parametrize(
    "line",
    [
        _CRUMB,
        "当前位置：首页>政务公开>建议提案办理",
        f"当前位置：首页 > 政务公开 > {_TITLE}",
        f"当前位置：首页>政务公开>{_TITLE}",
        f"{_CRUMB} {_TITLE} 2024-05-06",
        f"{_CRUMB} 我局召开建议办理推进会 2024-05-06",
        "当前位置：首页 > 新闻 > 我局召开建议答复工作推进会 本报讯 会上通报了办理进展。",
        "当前位置：首页>新闻>赵某某委员：建议修缮西岭镇乡道本报讯会上，赵某某委员发言。",
    ],
)
def test_a_crumb_with_no_letter_after_it_stays_chrome(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize("sep", [" ", ""])
def test_salutation_after_the_crumb_with_no_title(sep: str) -> None:
    body = "你们转来的提案收悉。我局已将该路段列入年度计划。"
    line = sep.join((_CRUMB.replace(" ", sep), "县政协办公室：", body, _SIGNER, "2024年5月6日"))
    assert not is_chrome_line(line)
    letter = parse_text(line)
    assert [(a.name, a.role) for a in letter.addressees] == [("县政协办公室", None)]
    assert letter.issuer == _SIGNER
