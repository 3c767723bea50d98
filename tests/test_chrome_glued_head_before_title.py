"""A saved page's head glued to the letter's title by a copy with nothing between its lines,
each piece of the page's cut off the title as on its own line (fix164; earlier rounds read
the page's words into the title, or dropped the title and the salutation with them):

- the share tool's bare ``分享`` right after the crumb's last step (``首页>>正文分享对…``), as
  ``打印`` and ``收藏`` there;
- an entry of the disclosure menu (``法定主动公开内容``) the page's words were cut into
  before the title (``法定主动公开内容政府信息公开年报对…``);
- the salutation with no colon after a list's bullet, the opening glued after it
  (``•  王某等委员你提出的关于…``): words spoken to the reader are no list's value;
- a body's cell of a table that writes no colons (``发布机构  某局``), its value glued to the
  title (``发布机构  某局关于…的答复``): the cell's, no issuer, as with its colon.

Snippets are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES, glued

BODY = "近年来，我县高度重视群众文化活动，" * 8 + "取得了较好成效。"
OPENING = "你提出的关于《成立甲山县戏曲艺术团的建议》提案收悉。现答复如下："
CLOSING = "感谢你对文化工作的关心和支持。\n甲山县文化广电和旅游局\n2099年12月3日"


def _read(text: str) -> tuple[str | None, str | None, list[str]]:
    letter = parse_text(glued(text), keywords=False)
    return letter.issuer, letter.title, [a.name for a in letter.addressees]


SHARE = """无障碍浏览
当前位置: 首页>>正文
分享

对甲山县第九届人大一次会议第12号建议的答复

2099/07/24

王某代表:

您提出的《关于翻新县城篮球场的建议》已收悉,现答复如下:
{body}
感谢您对全民健身工作的关注。
甲山县体育局
2099年7月20日
"""


def test_the_share_tool_after_the_crumb_is_no_title() -> None:
    assert _read(SHARE.format(body=BODY)) == (
        "甲山县体育局",
        "对甲山县第九届人大一次会议第12号建议的答复",
        ["王某"],
    )


MENU = """法定主动
公开内容

政府信息
公开年报

对政协甲山县第十届委员会 第一次会议第58号提案的答复

发布时间: 2099-12-08      发布人: 甲山县文化广电和旅游局{pad}
  •  王某等委员

    {opening}
{body}
{closing}
"""


def test_the_menu_and_the_bulleted_names_are_cut_off() -> None:
    # (a letter longer than a line of chrome: a shorter one glued whole is read as no page's
    # head, chrome.chrome_head)
    text = MENU.format(opening=OPENING, body=BODY, closing=CLOSING, pad="     ")
    assert _read(text) == (
        "甲山县文化广电和旅游局",
        "对政协甲山县第十届委员会第一次会议第58号提案的答复",
        ["王某"],
    )


TABLE = """无障碍浏览
 索 引 号  abc001/2099-0000192  公开方式  主动公开
 信息名称  关于举办乡村长跑节的建议的答复  成文日期  2099-09-01
 公开日期  2099-09-01  {label}  甲山县教体局
关于举办乡村长跑节的建议的答复

王某代表:

您提出的《关于举办乡村长跑节的建议》收悉,现答复如下:
{body}
再次感谢您对体育工作的关心和支持。
"""


@pytest.mark.parametrize("label", ["发布机构", "来源", "发布人"])
def test_a_colonless_body_cell_glued_to_the_title_is_the_pages(label: str) -> None:
    assert _read(TABLE.format(label=label, body=BODY)) == (
        None,
        "关于举办乡村长跑节的建议的答复",
        ["王某"],
    )


@pytest.mark.parametrize(
    "words",
    [
        pytest.param("分享经济研究中心关于", id="a-name-opening-with-the-word"),
    ],
)
def test_a_title_opening_with_the_tools_word_stays(words: str) -> None:
    text = f"{words}发展平台经济的建议的答复\n王某代表：\n{OPENING}\n{BODY}\n{CLOSING}\n"
    assert parse_text(glued(text), keywords=False).title == f"{words}发展平台经济的建议的答复"


# mend75c: the share tool's bare word is the page's only glued right after the crumb's last
# step and before the title's 关于 or 对; a title opening with the word run on into a name
# keeps it in every copy (fix164 cut it off after any page's word, a blank between or not).
NAMED = """无障碍浏览
{crumb}分享经济研究会关于发展共享单车的建议的答复

2099/07/24

王某代表：

您提出的《关于发展共享单车的建议》已收悉，现答复如下：
{body}
{closing}
"""


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("crumb", ["当前位置: 首页>>正文\n", ""], ids=["crumb", "no-crumb"])
def test_a_title_opening_with_the_share_word_keeps_it(
    flatten: Callable[[str], str], crumb: str
) -> None:
    text = NAMED.format(crumb=crumb, body=BODY, closing=CLOSING)
    letter = parse_text(flatten(text), keywords=False)
    assert letter.title == "分享经济研究会关于发展共享单车的建议的答复"


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("tool", ["分享", "分享到"])
def test_the_share_word_before_the_titles_opening_is_the_pages(
    flatten: Callable[[str], str], tool: str
) -> None:
    text = SHARE.replace("分享\n", f"{tool}\n").format(body=BODY)
    letter = parse_text(flatten(text), keywords=False)
    assert letter.title == "对甲山县第九届人大一次会议第12号建议的答复"
