"""A site's widget of hot words over the article (``热词：某某规划``) is a page cell (snippets
written here, names and numbers invented).

On a flattened page the widget opens the chrome over the letter: the crumb after it, the
page's cells, and the title stays the letter's. Its label had been read as a salutation's
colon, which stopped the page's chrome at its first piece.
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
