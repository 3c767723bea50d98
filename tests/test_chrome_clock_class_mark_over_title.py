"""A saved page flattened onto one line (a blank between its lines or nothing): the page's
cells end with its clock (``发布日期：2099-01-02 09:30``), and the letter opens under them with
its class mark alone over the title (``B`` / ``某局关于…``, no 发文字号). The mark is the
letter's, not the last of the page's cells: it is read as the handling type, and the title
opens after it. A tool's letter after no clock, and a tidy page, stay as they were."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "壬县水务局关于县政协五届三次会议第8号提案的答复"
BODY = (
    "王某某委员：\n您提出的关于加强河道巡查的提案收悉，现答复如下：\n"
    "我局已组织人员对辖区河道开展巡查，清理垃圾两吨，拆除沿河违建棚屋三处。\n"
    "下一步，我局将建立河道巡查长效机制，明确各镇街巡查责任，每月通报巡查情况，"
    "对发现的问题限期整改。同时加强宣传，引导沿河群众自觉爱护河道环境，"
    "共同维护河道整洁畅通。\n感谢您的关心和支持。\n"
    "壬县水务局\n2099年1月2日\n"
)


def _page(mark: str, clock: str = "发布日期：2099-01-02 09:30") -> str:
    return (
        "您的当前位置： 首页 > 政务公开 > 通知公告\n\n" + TITLE + "\n\n"
        f"浏览次数： 字体： 作者：壬县水务局 {clock}\n\n{mark}\n\n" + TITLE + "\n" + BODY
    )


def _flat(text: str, joiner: str) -> str:
    return joiner.join(line.strip() for line in text.split("\n") if line.strip())


@pytest.mark.parametrize("joiner", ["", " "])
@pytest.mark.parametrize("mark", ["A", "B", "C"])
def test_mark_after_the_clock_is_the_letters(joiner: str, mark: str) -> None:
    letter = parse_text(_flat(_page(mark), joiner), keywords=False)
    assert letter.handling_type == mark
    assert letter.issuer == "壬县水务局"
    assert letter.title == TITLE


@pytest.mark.parametrize("joiner", ["", " "])
def test_clock_with_seconds(joiner: str) -> None:
    page = _page("A", "发布时间：2099-01-02 10:32:05")
    letter = parse_text(_flat(page, joiner), keywords=False)
    assert letter.handling_type == "A"
    assert letter.title == TITLE


def test_tidy_page_keeps_its_reading() -> None:
    letter = parse_text(_page("B"), keywords=False)
    assert letter.handling_type == "B"
    assert letter.title == TITLE


# Must not match
@pytest.mark.parametrize("joiner", ["", " "])
def test_no_mark_no_class(joiner: str) -> None:
    page = _page("").replace("\n\n\n\n", "\n\n")
    letter = parse_text(_flat(page, joiner), keywords=False)
    assert letter.handling_type is None
    assert letter.title == TITLE


def test_a_tools_letter_after_no_clock_is_no_class() -> None:
    page = (
        "您的当前位置： 首页 > 政务公开 > 通知公告 "
        + TITLE
        + " 字号：大 中 小 A "
        + TITLE
        + "\n"
        + BODY
    )
    letter = parse_text(page, keywords=False)
    assert letter.handling_type is None
