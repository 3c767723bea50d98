"""Page text after the letter's closing block: a forum thread's later posts (their headers
``发表于 … | 显示全部楼层``, the replies, the prompt to log in) and a site's teasers of
other articles (short lines cut off by ``...`` or ``…``) are chrome, so the signer and its
date end the letter again, and the posts' stamps and the thread's title give no dates
(dev33). The closing is found at the end of the letter, not of the file. Snippets in our
own words (names, units and numbers invented)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines, is_chrome_line
from replyparse.textview import TextView
from spans import span_problems

TITLE = "对县十届人大三次会议第45号建议的答复"
LETTER = """王某某代表：

您提出的《关于加快某某水库建设的建议》收悉。经研究，现答复如下：

某某水库已列入县水利发展规划，计划2024年开工建设，目前可研报告已编制完成。

感谢您对水利工作的关心和支持。

桐溪县水务局

2023年6月20日
"""
THREAD_HEAD = """[政务热点] 县水务局：某某水库明年开工

[复制链接]
查看: 5321|回复: 2

发表于 2023-7-2 09:15:40 | 显示全部楼层 |阅读模式
"""
REPLIES = """
发表于 2023-7-2 11:02:13 | 显示全部楼层
好消息，期待早日开工。

发表于 2023-7-3 08:40:05 | 显示全部楼层
李某 发表于 2023-7-2 11:02
好消息，期待早日开工。

支持，顶一下。
您需要登录后才可以回帖 登录 | 立即注册

本版积分规则
"""


def _chrome(text: str) -> set[str]:
    lines = text.split("\n")
    return {lines[i] for i in chrome_lines(lines)}


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("发表于 2023-7-2 09:15:40 | 显示全部楼层 |阅读模式", id="post-header"),
        pytest.param("发表于 2023-7-2 11:02:13 | 显示全部楼层", id="reply-header"),
        pytest.param("发表于 2023-7-2", id="post-date-alone"),
        pytest.param("李某 发表于 2023-7-2 11:02", id="quoted-reply-header"),
    ],
)
def test_post_header_is_chrome(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("该文发表于2023-7-2", id="poster-without-clock-time"),
        pytest.param("该文章发表于2023年7月2日。", id="a-sentence"),
        pytest.param("发表于 2023-7-2 11:02 一文中提出的意见，我局已研究采纳", id="words-after"),
    ],
)
def test_no_post_header(line: str) -> None:
    assert not is_chrome_line(line)


def _forum(head: str = THREAD_HEAD, replies: str = REPLIES) -> str:
    return f"{head}桐水建复〔2023〕12号\n\n{TITLE}\n\n{LETTER}{replies}"


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(_forum(), id="thread"),
        pytest.param(_forum(head="发表于 2023-7-2 09:15:40 | 显示全部楼层\n"), id="no-thread-title"),
        pytest.param(
            _forum(replies=REPLIES.replace("\n发表于 2023-7-2 11:02:13", "\ndsu_paulsign:classn_11\n\n发表于 2023-7-2 11:02:13")),
            id="template-debris-before-a-reply",
        ),
    ],
)  # fmt: skip
def test_forum_copy_is_read_to_its_signature(page: str) -> None:
    record = parse_text(page, keywords=False)
    assert record.signature.issuer == "桐溪县水务局"
    assert record.signature.date == "2023-06-20"
    assert record.issuer == "桐溪县水务局"
    assert record.title == TITLE
    assert [d.text for d in record.dates] == ["2024年", "2023年6月20日"]
    assert span_problems(record) == []


def test_thread_title_and_later_posts_are_chrome() -> None:
    chrome = _chrome(_forum())
    assert "[政务热点] 县水务局：某某水库明年开工" in chrome
    assert "支持，顶一下。" in chrome
    assert "您需要登录后才可以回帖 登录 | 立即注册" in chrome
    assert "2023年6月20日" not in chrome
    assert TITLE not in chrome


def test_a_thread_title_with_a_titles_words_stays() -> None:
    """The thread's title naming the reply stays (it may be the letter's title)."""
    page = _forum(head=f"{TITLE}\n\n" + THREAD_HEAD.split("\n", 2)[2])
    assert TITLE in TextView(page).norm


def test_posts_over_the_letters_date_stay() -> None:
    """A post header above the letter's signed date is not the thread's later posts: a
    letter posted over two posts keeps its second part."""
    head, tail = LETTER.split("感谢")
    page = f"{THREAD_HEAD}{TITLE}\n{head}发表于 2023-7-2 09:20:11 | 显示全部楼层\n感谢{tail}"
    record = parse_text(page, keywords=False)
    assert record.signature.date == "2023-06-20"
    assert "某某水库已列入" in TextView(page).norm


CLOSING = """桐溪县卫生健康委员会
2023年8月15日
签 发 人：李某
承 办 人：张某
联系电话：0000—5550123
"""
OPENING = """王某代表：
您提出的《关于加强乡村卫生室建设的建议》收悉，现答复如下。
我委已将乡村卫生室标准化建设列入年度重点工作，今年安排资金补助30个卫生室。
感谢您对卫生健康工作的关注与支持。
"""
TEASERS = [
    "为进一步做好今年防汛备汛工作，确保...",
    "某镇组织农机手开展秋收作业…",
    "本报讯 某县第三届乡村篮球赛日前……",
    "（通讯员赵某）走进某村的蔬菜大棚，只见...",
]


@pytest.mark.parametrize("count", [2, 4])
def test_teasers_after_the_closing_are_chrome(count: int) -> None:
    page = OPENING + CLOSING + "\n".join(TEASERS[:count]) + "\n"
    record = parse_text(page, keywords=False)
    assert record.signature.issuer == "桐溪县卫生健康委员会"
    assert record.signature.date == "2023-08-15"
    assert [(c.name, c.phone) for c in record.contacts] == [("张某", "0000-5550123")]
    assert _chrome(page) == set(TEASERS[:count])


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param(TEASERS[0], id="a-lone-teaser"),
        pytest.param("附件：1.某某情况表...\n2.某某清单...", id="labelled-list"),
        pytest.param(f"{TEASERS[0]}\n联系人：张某", id="a-label-ends-the-page"),
        pytest.param(
            TEASERS[0] + "\n某镇组织农机手开展秋收作业，全镇三万亩水稻已收割过半，预计本月底前可全部收割完毕，颗粒归仓...",
            id="a-long-line",
        ),
    ],
)  # fmt: skip
def test_no_teasers(tail: str) -> None:
    assert _chrome(OPENING + CLOSING + tail + "\n") == set()


REPLY_TITLE = "桐溪县水务局关于县十届人大三次会议第45号建议答复的函"
FIRST_COPY = f"""{REPLY_TITLE}
发布日期：2023-07-02 来源： 作者： 字体：
分享到：

桐水建函〔2023〕12号

王某某代表：

您提出的《关于加快某某水库建设的建议》（第45号建议）收悉，现答复如下：

某某水库已列入县水利发展规划，我局将加快推进前期工作。

                            桐溪县水务局

                         2023620

        （联系人：张某联系电话：0000-5550123
"""
PAGE_AGAIN = f"""
当前位置：
{REPLY_TITLE}
发布时间：2023-07-02 来源：

桐水建函〔2023〕12号
"""


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(FIRST_COPY + PAGE_AGAIN, id="cut-after-the-number"),
        pytest.param(FIRST_COPY + PAGE_AGAIN + "\n王某某代表：\n", id="cut-after-the-salutation"),
        pytest.param(
            FIRST_COPY + PAGE_AGAIN.replace("\n发布时间：2023-07-02 来源：", ""), id="no-cells"
        ),
    ],
)
def test_page_set_again_under_the_letter_is_chrome(page: str) -> None:
    """The page's crumb under the letter, the title written again under it: the page set
    again (a copy cut short), chrome to the end; the signer over the damaged date ends the
    letter (dev33)."""
    record = parse_text(page, keywords=False)
    assert record.signature.issuer == "桐溪县水务局"
    assert record.title == REPLY_TITLE
    assert TextView(page).norm.count(REPLY_TITLE) == 1
    assert span_problems(record) == []


def test_crumb_under_the_letter_without_the_title_stays() -> None:
    page = FIRST_COPY + "\n当前位置：\n某县水务局召开防汛工作会议\n"
    assert "某县水务局召开防汛工作会议" in TextView(page).norm


@pytest.mark.parametrize(
    "head",
    [
        pytest.param("当前位置：首页 > 建议提案\n", id="crumb"),
        pytest.param(
            f"{REPLY_TITLE}\n发布日期：2023-07-02 来源：某县水务局\n某县人民政府欢迎您！\n"
            "首页 > 建议提案\n",
            id="heading-welcome-crumb",
        ),
    ],
)
def test_title_under_the_pages_crumb_over_the_letter_stays(head: str) -> None:
    """The page's crumb over the letter, its heading writing the title above it or not:
    the letter under it stays (a welcome's ！ is none of the letter's prose)."""
    page = head + FIRST_COPY
    assert "某某水库已列入" in TextView(page).norm
    record = parse_text(page, keywords=False)
    assert record.title == REPLY_TITLE
    assert record.signature.issuer == "桐溪县水务局"
