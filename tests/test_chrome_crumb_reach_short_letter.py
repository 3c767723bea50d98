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


@pytest.mark.parametrize("long", [False, True], ids=["short", "long"])
@pytest.mark.parametrize("form", ["lined", "blank", "glued"])
@pytest.mark.parametrize("kind", list(_LETTERS))
def test_letter_after_the_crumbs_last_step_keeps_its_parts(
    kind: str, form: str, long: bool
) -> None:
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


@pytest.mark.parametrize("crumb", [False, True], ids=["bare", "crumb"])
@pytest.mark.parametrize("form", ["lined", "blank", "glued"])
def test_number_and_title_before_a_salutation_with_its_colon(form: str, crumb: bool) -> None:
    # (a 发文字号 over the title, the names and their colon after its ending, an opening in
    # words of its own, 感谢关心: the number is the letter's, the title its title, however
    # the copy lost its lines; flathead64)
    parts = (*((_CRUMB,) if crumb else ()), *_NUMBERED, _SIGNER, "2024年5月6日")
    sep = {"lined": "\n", "blank": " ", "glued": ""}[form]
    letter = parse_text(sep.join(parts))
    assert letter.title == _TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("县政协办公室", None)]
    assert letter.doc_number is not None and letter.doc_number.text == _NUMBERED[0]
    assert letter.issuer == _SIGNER


@pytest.mark.parametrize("crumb", [False, True], ids=["bare", "crumb"])
@pytest.mark.parametrize("form", ["blank", "glued"])
def test_a_body_thanking_after_the_title_is_no_salutation(form: str, crumb: bool) -> None:
    # (a body's name glued after the title, then 感谢您: the opening's subject, not the
    # names a letter is addressed to; only a person's role is read so, flathead64)
    body = "某县交通运输局感谢您对交通工作的关心。我局已将该路段列入年度计划。"
    parts = (*((_CRUMB,) if crumb else ()), _TITLE, body, _SIGNER, "2024年5月6日")
    letter = parse_text((" " if form == "blank" else "").join(parts))
    assert [a.name for a in letter.addressees] != ["某县交通运输局"]


@pytest.mark.parametrize("form", ["lined", "blank", "glued"])
@pytest.mark.parametrize(
    ("salutation", "expected"),
    [("李东阳：", ("李东阳", None)), ("李东阳代表", ("李东阳", "代表"))],
)
def test_a_person_after_the_title_with_no_crumb(
    salutation: str, expected: tuple[str, str | None], form: str
) -> None:
    # (a name alone and its colon, or a person's role with none, right after a flattened
    # title's ending, the opening thanking the person: the salutation; flathead64)
    title = "关于增设东坡村公交站点的答复"
    body = "感谢您对公交工作的支持。我局已安排线路调整，年内完成站点设置。"
    parts = (title, salutation, body, "某市公交集团", "2025年3月2日")
    letter = parse_text({"lined": "\n", "blank": " ", "glued": ""}[form].join(parts))
    assert letter.title == title
    assert [(a.name, a.role) for a in letter.addressees] == [expected]
    assert letter.issuer == "某市公交集团"
