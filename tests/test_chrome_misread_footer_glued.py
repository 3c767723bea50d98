"""A page flattened with nothing between its lines glues its misread footer (UTF-8 shown as
GBK: ``网站地图`` as ``缃戠珯鍦板浘``) to the letter's last words: a contact's phone, a name, the
signed date. The footer starts at its own first character, not at the start of the piece
the letter's words share with it, so the phone, the name and the date before it stay the
letter's, as where its lines were kept or parted by blanks. Snippets are invented; the
misread lines are made here from invented footers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import chrome, parse_text
from snippets import COPIES
from spans import span_problems

LETTER = (
    "对甲山县三届人大二次会议第21号建议的答复\n王某代表：\n"
    "  你提出的《关于改善乙河镇中学住宿条件的建议》收悉，现答复如下：\n"
    "  我局已将该校宿舍改造纳入年度计划。\n"
    "  感谢你对教育工作的关心和支持。\n"
    "甲山县人民政府\n2099年8月5日\n"
)
FOOTER = ("网站地图 | 联系我们 | 主办：甲山县人民政府办公室", "网站标识码：0000000000")
ENDINGS = [
    pytest.param("承办人及联系电话：李小明 0000-5550123", ("李小明", "0000-5550123"), id="phone"),
    pytest.param("联系人：李小明 13800000000", ("李小明", "13800000000"), id="mobile"),
    pytest.param("联系电话：0000-5550123", (None, "0000-5550123"), id="phone-alone"),
    pytest.param("联系人：李小明", ("李小明", None), id="name"),
    pytest.param("", None, id="date"),
]


def misread(text: str, times: int) -> str:
    """``text`` as UTF-8 bytes shown as GBK, ``times`` over."""
    for _ in range(times):
        text = text.encode("utf-8").decode("gbk", errors="replace")
    return text


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("times", [1, 2])
@pytest.mark.parametrize(("ending", "contact"), ENDINGS)
def test_a_glued_misread_footer_leaves_the_letters_last_words(
    flatten: Callable[[str], str],
    times: int,
    ending: str,
    contact: tuple[str | None, str | None] | None,
) -> None:
    footer = "\n".join(misread(line, times) for line in FOOTER)
    record = parse_text(flatten(LETTER + ending + "\n" + footer + "\n"), keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("甲山县人民政府", "2099-08-05")
    assert [(c.name, c.phone) for c in record.contacts] == ([contact] if contact else [])
    assert span_problems(record) == []


@pytest.mark.parametrize("times", [1, 2])
def test_the_glued_footer_starts_at_its_first_misread_character(times: int) -> None:
    letter = "".join(line.strip() for line in LETTER.splitlines()) + "联系人：李小明 0000-5550123"
    at = chrome.misread_tail(letter + misread(" ".join(FOOTER), times))
    assert at == len(letter)


@pytest.mark.parametrize(
    "last",
    [
        pytest.param("联系人：李小明 0000-5550123", id="phone"),
        pytest.param("甲山县人民政府2099年8月5日", id="date"),
        pytest.param("感謝你對教育事業的關心和支持", id="traditional"),
        pytest.param("联系人：王堃喆", id="rare-name"),
    ],
)
def test_a_letters_own_words_do_not_read_back_clean(last: str) -> None:
    assert not any(
        chrome._reads_back_clean(last[at : at + chrome._GLUED_WINDOW])
        for at in range(len(last))
        if not last[at].isascii()
    )
