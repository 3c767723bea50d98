"""A page flattened onto one line: the site's note that the document no longer holds
(``文件已失效``, ``该文件已废止``, ``现行有效``) run on before the salutation's names, glued or
after a blank (``…【字体：文件已失效王某某代表：``), is the page's: the names start after it.
A given name that holds 有效 keeps it."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import glued, spaced

PAGE = (
    "丙县林业局关于县九届人大二次会议第31号建议答复的函\n"
    "来源：丙县林业局 日期：2099年02月03日 【字体：\n"
    "{note}\n"
    "{salutation}\n"
    "你提出的关于加强林区防火道建设的建议已收悉，现答复如下：\n"
    "我局已在林区新修防火道八公里，增设瞭望塔两座。\n"
    "感谢你对林业工作的关心和支持。\n"
    "丙县林业局\n2099年2月1日\n"
)


@pytest.mark.parametrize("note", ["文件已失效", "该文件已废止", "现行有效"])
@pytest.mark.parametrize("flatten", [glued, spaced], ids=["glued", "spaced"])
def test_the_note_is_no_name(note: str, flatten: object) -> None:
    page = PAGE.format(note=note, salutation="孟某某代表：")
    letter = parse_text(flatten(page), keywords=False)  # type: ignore[operator]
    assert [(a.name, a.role) for a in letter.addressees] == [("孟某某", "代表")]
    assert letter.title == "丙县林业局关于县九届人大二次会议第31号建议答复的函"


def test_a_name_holding_the_word_is_kept() -> None:
    page = PAGE.format(note="", salutation="龚有效代表：")
    letter = parse_text(glued(page), keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("龚有效", "代表")]
