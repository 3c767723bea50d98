"""The letter's title printed again under its closing: the page's heading repeated at its
foot, or a link to a related item holding the same title, a short note after it (the
发文字号 in brackets, a page's date). The line, longer than a page's furniture, was read as
the body's, and the closing above it lost its signer and date; it is the page's now, and
the closing keeps them. A line under the date that only shares the title's first words,
or a sentence, stays. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines

TITLE = "关于市十五届人大四次会议第183号建议的答复"
LETTER = f"""{TITLE}
郑某代表：
    您提出的《关于增设公交站点的建议》收悉，现答复如下：
    我局已会同有关单位开展调研，将逐步推进。
    感谢您对交通工作的关心和支持。
临川市交通运输局
2024年6月18日
联系人：钱某，联系电话：0000-0000000
"""

AGAIN = [
    pytest.param(f"{TITLE}（临交建〔2024〕31号）", id="with-its-number"),
    pytest.param(f"· {TITLE}  2024-06-20", id="related-link-with-date"),
    pytest.param(f"相关链接：{TITLE}", id="links-label"),
    pytest.param(f"【{TITLE}】", id="bracketed"),
]


@pytest.mark.parametrize("again", AGAIN)
def test_the_closing_keeps_its_signer_and_date(again: str) -> None:
    letter = parse_text(LETTER + again + "\n")
    assert letter.title == TITLE
    assert letter.signature is not None
    assert letter.signature.issuer == "临川市交通运输局"
    assert letter.signature.date == "2024-06-18"
    assert [d.value for d in letter.dates] == ["2024-06-18"]
    assert [(c.name, c.phone) for c in letter.contacts] == [("钱某", "0000-0000000")]


@pytest.mark.parametrize("again", AGAIN)
def test_the_title_again_is_chrome(again: str) -> None:
    text = LETTER + again + "\n"
    assert len(text.split("\n")) - 2 in chrome_lines(text.split("\n"))


STAYS = [
    pytest.param("关于市十五届人大四次会议的其他建议，我局将另行答复。", id="sentence"),
    pytest.param(f"{TITLE}，我局将于年底前再次函告办理进展情况", id="long-clause"),
]


@pytest.mark.parametrize("line", STAYS)
def test_a_line_of_the_letter_stays(line: str) -> None:
    text = LETTER + line + "\n"
    assert len(text.split("\n")) - 2 not in chrome_lines(text.split("\n"))


def test_a_title_under_a_letter_that_signs_no_date_stays() -> None:
    text = LETTER.replace("2024年6月18日\n", "") + TITLE + "（临交建〔2024〕31号）\n"
    assert len(text.split("\n")) - 2 not in chrome_lines(text.split("\n"))


BROKEN = "关于市十五届人大四次会议\n第183号建议的答复"
CLOSINGS = [
    pytest.param(LETTER.replace(TITLE, BROKEN), id="title-over-two-lines"),
    pytest.param(LETTER + "抄送：市人大代表工委。\n", id="cc-sentence-under-the-date"),
    pytest.param(LETTER.replace("2024年6月18日", "2024年6月18"), id="date-lost-its-day-mark"),
    pytest.param(
        f"{TITLE}\n郑某代表：您提出的建议收悉，现答复如下：我局将逐步推进。"
        " 临川市交通运输局 2024年6月18日\n",
        id="flattened-letter",
    ),
]


@pytest.mark.parametrize("letter", CLOSINGS)
def test_the_title_again_under_other_closings_is_chrome(letter: str) -> None:
    text = letter + TITLE + "（临交建〔2024〕31号）\n"
    lines = text.split("\n")
    assert len(lines) - 2 in chrome_lines(lines)
    assert parse_text(text).signature.date == "2024-06-18"


# the page may set a line or two of its own under the title it prints again, the
# article's id alone or a counter (dev119/004: the title line was no longer the page's
# last, and a title longer than a short line hid the signer and the date)
LONG = "临川市交通运输局对市十五届人大四次会议第1183号建议的会办意见"
FOOT = [
    pytest.param(f"{LONG}\n20240618\n", id="article-id-under-it"),
    pytest.param(f"{LONG}\n0000123\n阅读 12\n", id="two-lines-under-it"),
]


@pytest.mark.parametrize("foot", FOOT)
def test_the_title_again_over_the_pages_own_lines(foot: str) -> None:
    text = LETTER.replace(TITLE, LONG) + foot
    letter = parse_text(text)
    assert letter.title == LONG
    assert letter.signature is not None
    assert letter.signature.issuer == "临川市交通运输局"
    assert letter.signature.date == "2024-06-18"
    assert text.split("\n").index(LONG, 1) in chrome_lines(text.split("\n"))


# only a line or two of the page's own under it, as the record says (small66: fix119's
# rule took the title again over any lines, a sentence of the letter's under it too)
UNDER_IT_NOT_THE_PAGES = [
    pytest.param(f"{LONG}\n我局将于年底前再次函告办理进展情况。\n", id="a-sentence-under-it"),
    pytest.param(f"{LONG}\n0000123\n阅读 12\n浏览 3\n", id="three-lines-under-it"),
]


@pytest.mark.parametrize("foot", UNDER_IT_NOT_THE_PAGES)
def test_the_title_again_over_other_lines_stays(foot: str) -> None:
    text = LETTER.replace(TITLE, LONG) + foot
    assert text.split("\n").index(LONG, 1) not in chrome_lines(text.split("\n"))
