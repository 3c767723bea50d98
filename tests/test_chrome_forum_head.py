"""A forum's head over the thread's first post, further down than a crumb stands (its login
links, its search box, the thread's counts and tools, the thread's title, the post's floor
number) and its first post header (``发表于 2031-5-6 10:00 | 只看该作者 |阅读模式``): the page's
chrome, the thread's title kept, lined and spaced (dev129: the head's thirteen lines hid the
salutation from the layout, and flattened they were read into the title). The post header's
day is no date of the letter. Snippets in our own words, invented names and numbers."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import spaced
from spans import span_problems

TITLE = "某市交通运输委员会对市九届人大三次会议第0123号建议的答复"
REPLY = (
    "韩某某代表:\n您提出的“关于优化城区公交线网的建议”收悉，经研究答复如下：\n"
    "一、关于加密公交线路\n今年我委已新开和调整公交线路8条，中心城区站点覆盖率进一步提高。\n"
    "感谢您对交通工作的关心和支持。\n"
)
FORUM = (
    "某某公交论坛 - 巴士之友\n 注册\n 找回密码\n\n微信登录\n\n只需一步,快速开始\n\n搜索\n"
    f"查看: 1024|回复: 0\n打印 下一主题 上一主题\n\n{TITLE}\n\n"
    "[复制链接]\n电梯直达\n1\n发表于 2031-5-6 10:00 | 只看该作者 |倒序浏览 |阅读模式\n"
    f"{REPLY}"
)


@pytest.mark.parametrize(
    "copy", [pytest.param(lambda t: t, id="lined"), pytest.param(spaced, id="spaced")]
)
def test_a_forums_head_over_its_first_post_is_the_pages(copy) -> None:
    record = parse_text(copy(FORUM), keywords=False)
    assert record.title == TITLE
    assert record.issuer == "某市交通运输委员会"
    assert [(a.name, a.role) for a in record.addressees] == [("韩某某", "代表")]
    assert record.proposal is not None
    assert (record.proposal.number, record.proposal.title) == ("0123", "关于优化城区公交线网的建议")
    assert record.dates == []
    assert span_problems(record) == []


def test_a_sentence_over_the_post_header_keeps_the_lines() -> None:
    # (the letter begun above it: a post header under prose is no head's, the lines stay)
    text = f"{TITLE}\n{REPLY}\n发表于 2031-5-6 10:00 | 只看该作者\n"
    record = parse_text(text, keywords=False)
    assert record.title == TITLE
    assert [(a.name, a.role) for a in record.addressees] == [("韩某某", "代表")]


@pytest.mark.parametrize(
    "title_lines",
    [
        pytest.param(
            "某市交通运输委员会对市九届人\n大三次会议第0123号建议的\n答    复", id="broken-spread"
        ),
        pytest.param("某市交通运输委员会对市九届人大三次会议第0123号建议的答\n复", id="wrapped"),
    ],
)
def test_the_threads_title_broken_over_lines_is_kept_whole(title_lines: str) -> None:
    # (a title's word the break runs over, 人大, 答复, keeps both lines the title's)
    record = parse_text(FORUM.replace(TITLE, title_lines), keywords=False)
    assert record.title == TITLE
    assert record.issuer == "某市交通运输委员会"
