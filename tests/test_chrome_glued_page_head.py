"""A flattened page's head: a site's widget of hot words over the article (``热词：某某规划``)
is a page cell, and a crumb's 首页 glued after a note ending in letters (``网站支持IPv6首页 >``)
opens the crumb (snippets written here, names and numbers invented).

On a flattened page the widget opens the chrome over the letter: the crumb after it, the
page's cells, and the title stays the letter's. Its label had been read as a salutation's
colon, which stopped the page's chrome at its first piece; a 首页 glued after a figure or
a letter was no crumb's, and the crumb's steps were read into the title.
"""

from __future__ import annotations

from replyparse import parse_text

_TITLE = "关于区十二届人民代表大会第三次会议第22号建议办理情况的答复"
_BODY = (
    "王某代表：您提出的《关于推动学校体育场馆向社会开放的建议》收悉，现将建议办理情况答复如下。"
    + "区教育和体育局已按要求下达通知，组织学校分批开放体育场馆，安排专人管理，落实经费。" * 3
    + "感谢您对我们工作的关心和支持。某区教育和体育局2023年11月20日"
)


def test_hot_words_open_the_pages_chrome() -> None:
    record = parse_text(
        f"热词: 三个圈层发展规划当前位置: 首页>网络问政>人大建议>正文{_TITLE}"
        f"时间: 2023-11-20 来源: 某区人民政府办公室 阅读次数:{_BODY}"
    )
    assert record.title == _TITLE
    assert [(a.name, a.role) for a in record.addressees] == [("王某", "代表")]


def test_hot_words_on_a_line_of_their_own() -> None:
    record = parse_text(f"热词：三个圈层 发展规划\n{_TITLE}\n{_BODY}")
    assert record.title == _TITLE


def test_crumb_glued_after_a_note_in_latin_letters() -> None:
    # the site's note ends in letters or figures (支持IPv6), its crumb's 首页 glued after it
    record = parse_text(
        "• 无障碍浏览• 登录 | 注册• 网站支持IPv6首页 > 专题专栏>建议提案公开>人大建议结果公开"
        f"{_TITLE}发布日期:2025-01-20 15:09     来源: 某乡     浏览次数:     打印本页{_BODY}"
    )
    assert record.title == _TITLE
