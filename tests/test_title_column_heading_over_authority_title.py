"""A page's column heading (``人大代表建议办理答复``: it ends as a title does, in 答复) over
the letter's own title that opens with its authority before 对 (``某州某局对州某届人大某次
会议第9号建议的答复``), page cells the view drops between them: the later title is the
letter's, whole on its line, and the heading is header, as it already is over a title
opening with 关于 (``某局关于…``) or 对. The heading is no part of the title nor of the
issuer.

A title whose first line ends in 答复 but is no whole title of its own under it, and a
title of 对… broken after its session, stay whole. Snippets in our own words, invented
names and numbers.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

CELLS = "- 索引号: 20240101-000000-001\n- 发布机构: 某州水利局\n- 文号:\n- 发布日期: 2024-05-06\n"
BODY = (
    "张某代表：\n"
    "你在州某届人大四次会议提出的《关于支持某水库建设的建议》收悉，现答复如下：\n"
    "一、关于前期工作经费\n"
    "我局已指导县里开展申报。\n"
    "感谢你对水利工作的关心。\n"
    "某州水利局\n"
    "2024年5月6日\n"
)

CASES = [
    pytest.param(
        f"人大代表建议办理答复\n{CELLS}某州水利局对州某届人大四次会议第88号建议的答复\n"
        f"某水函〔2024〕9号\n{BODY}",
        "某州水利局对州某届人大四次会议第88号建议的答复",
        id="column-heading-cells-between",
    ),
    pytest.param(
        f"建议提案办理答复\n某州水利局对州某届人大四次会议第88号建议的答复\n{BODY}",
        "某州水利局对州某届人大四次会议第88号建议的答复",
        id="column-heading-right-above",
    ),
    pytest.param(
        f"人大代表建议办理答复\n{CELLS}某州水利局关于州某届人大四次会议第88号建议的答复\n{BODY}",
        "某州水利局关于州某届人大四次会议第88号建议的答复",
        id="already-with-guanyu",
    ),
    # a column heading that ends in no reply's word (议案(建议)办理, 人大代表建议: the class of
    # item the column files) right over a title naming its own authority, no blank between,
    # or beside it after a blank where the page was flattened with spaces (fix65)
    pytest.param(
        f"议案(建议)办理\n某州水利局关于州某届人大四次会议第88号建议的答复\n{BODY}",
        "某州水利局关于州某届人大四次会议第88号建议的答复",
        id="column-heading-ending-in-banli",
    ),
    pytest.param(
        f"人大代表建议\n某州水利局对州某届人大四次会议第88号建议的答复\n{BODY}",
        "某州水利局对州某届人大四次会议第88号建议的答复",
        id="column-heading-kind-alone",
    ),
    pytest.param(
        f"某州水利局关于州某届人大四次会议第88号建议的答复\n{CELLS}议案(建议)办理\n"
        f"某州水利局关于州某届人大四次会议第88号建议的答复\n{BODY}",
        "某州水利局关于州某届人大四次会议第88号建议的答复",
        id="column-heading-under-the-pages-heading",
    ),
    pytest.param(
        "议案(建议)办理  某州水利局关于州某届人大四次会议第88号建议的答复  "
        + "  ".join(BODY.splitlines()),
        "某州水利局关于州某届人大四次会议第88号建议的答复",
        id="column-heading-flattened-with-spaces",
    ),
    # the column of the replies (政协提案办理答复: it ends in 答复, its words the bodies',
    # the kinds' and the reply's alone) before the title on a flattened line, after a blank
    # or glued (dev119/005, 006)
    pytest.param(
        "政协提案办理答复 某州水利局对州某届政协四次会议第88号提案的答复 "
        + " ".join(BODY.splitlines()),
        "某州水利局对州某届政协四次会议第88号提案的答复",
        id="replies-column-flattened-with-a-blank",
    ),
    pytest.param(
        "建议提案办理答复某州水利局对州某届人大四次会议第88号建议的答复"
        + "".join(BODY.splitlines()),
        "某州水利局对州某届人大四次会议第88号建议的答复",
        id="replies-column-glued",
    ),
    pytest.param(
        "登录 | 注册• 人大建议答复某州水利局关于州某届人大四次会议第88号建议的答复"
        "来源:州水利局 发布日期:2024-05-06 浏览次数:" + "".join(BODY.splitlines()),
        "某州水利局关于州某届人大四次会议第88号建议的答复",
        id="replies-column-glued-after-a-bullet",
    ),
    # the items' column of a place's own site, its place first, glued after a bullet
    # (• 某县建议提案办理某局对…: fix141)
    pytest.param(
        "登录 | 注册• 某州建议提案办理某州水利局对州某届人大四次会议第88号建议的答复"
        "来源:州水利局 发布日期:2024-05-06 浏览次数:" + "".join(BODY.splitlines()),
        "某州水利局对州某届人大四次会议第88号建议的答复",
        id="placed-items-column-glued-after-a-bullet",
    ),
    pytest.param(
        f"某州水利局对州某届人大四次会议第88号建议的答复\n{BODY}",
        "某州水利局对州某届人大四次会议第88号建议的答复",
        id="tidy-no-heading",
    ),
    pytest.param(
        f"对州某届人大四次会议\n第88号建议的答复\n{BODY}",
        "对州某届人大四次会议第88号建议的答复",
        id="tidy-broken-after-session",
    ),
]


@pytest.mark.parametrize(("text", "title"), CASES)
def test_the_letters_title_alone(text: str, title: str) -> None:
    letter = parse_text(text)
    assert letter.title == title
    assert letter.issuer == "某州水利局"
    assert span_problems(letter) == []


# …but a title broken inside its authority's name (某州水 / 利局关于…) stays whole: the
# piece above holds no kind word, no column heading
@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            f"某州水\n利局关于州某届人大四次会议第88号建议的答复\n{BODY}",
            "某州水利局关于州某届人大四次会议第88号建议的答复",
            id="broken-inside-the-name",
        ),
    ],
)
def test_no_column_heading_over_it(text: str, title: str) -> None:
    assert parse_text(text).title == title


# …nor is a title's own head that ends in 答复 a column when it names a place, a number or
# holds 的: it is no column of the replies' words alone
@pytest.mark.parametrize(
    "head",
    [
        pytest.param("某州人大建议办理答复", id="a-place-before-the-kind"),
        pytest.param("第88号建议的答复", id="a-number-and-de"),
    ],
)
def test_no_replies_column(head: str) -> None:
    from replyparse.layout import column_heading

    assert not column_heading(head)
