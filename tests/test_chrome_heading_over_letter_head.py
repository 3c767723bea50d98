"""A page's heading over a form-like letter whose head comes before its title: the page
prints the letter's title as its heading, then the letter as written, its authority's name,
its class mark and its 发文字号 over the title (``类别：B 某函〔2023〕6号`` / ``某局`` /
``关于…`` / ``…的复函``), then the form's rows. The heading is the page's: before, it was
read as the title and everything under it as the body (the issuer and the form's rows
lost; pert66). A heading the lines under it never write again stays, and so does one over
a body's name alone that another authority signs for (review62b). Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines

TITLE = ["关于区九届人大二次会议第14号代表建议", "办理情况的复函"]
HEADING = "".join(TITLE)
PAGE = ["当前位置：首页 > 建议提案办理", HEADING, "时间：2099-06-11 17:28   点击数：321"]
ROWS = [
    "代表姓名：周小岚",
    "建议内容：关于增设社区健身器材的建议",
    "办理结果：",
    "您提出的关于增设社区健身器材的建议收悉，现将办理情况答复如下：",
    "我局已在三个社区增设健身器材。",
    "青岚区体育局",
    "2099年6月1日",
]


def _chrome(lines: list[str]) -> set[str]:
    return {lines[i] for i in chrome_lines(lines, "\n".join(lines))}


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(["类别：B青体函〔2099〕6号", "青岚区体育局"], id="class-number-authority"),
        pytest.param(["青岚区体育局"], id="authority"),
        pytest.param(["B类", "青体函〔2099〕6号", "青岚区体育局"], id="mark-number-authority"),
    ],
)
@pytest.mark.parametrize("title", [TITLE, [HEADING]], ids=["title-broken", "title-whole"])
def test_the_pages_heading_over_the_letters_head_is_chrome(
    head: list[str], title: list[str]
) -> None:
    lines = [*PAGE, *head, *title, *ROWS]
    assert HEADING in _chrome(lines)
    letter = parse_text("\n".join(lines), keywords=False)
    assert letter.issuer == "青岚区体育局"
    assert letter.title == HEADING
    assert [(a.name, a.role) for a in letter.addressees] == [("周小岚", "代表")]
    assert letter.proposal.title == "关于增设社区健身器材的建议"


def test_a_heading_not_written_again_stays() -> None:
    lines = [*PAGE, "青岚区体育局", "关于区九届人大二次会议第15号代表建议的复函", *ROWS]
    assert HEADING not in _chrome(lines)


def test_a_name_another_signs_under_the_heading_stays_addressed() -> None:
    # review62b on a page: a body's name between heading and title, the letter signed by
    # another, is the body it answers; the heading stays the title's copy it was
    lines = [
        *PAGE,
        "青岚区白沙镇人民政府",
        HEADING,
        "你镇报来的请示收悉，现答复如下：",
        "我局已组织研究。",
        "青岚区体育局",
        "2099年6月1日",
    ]
    letter = parse_text("\n".join(lines), keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("青岚区白沙镇人民政府", None)]
    assert letter.signature.issuer == "青岚区体育局"
