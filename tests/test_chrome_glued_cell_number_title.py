"""A saved page flattened onto one line with nothing between its lines: a metadata cell
left empty, the letter's 发文字号 and its title glued after it (``关键词：某办〔2099〕
2号关于…``) is parted at the number's end, so the number and the title stay the
letter's; a tidy page is read as it was.
"""

from __future__ import annotations

from replyparse import parse_text

TITLE = "关于对县人大九届二次会议第21号建议的会办意见"
HEAD = (
    "索引号： 0000-00/0000-000 发布机构：\n发文日期： 2099年01月02日 主题分类： 建议提案办理\n"
    "关键词：\n\n癸县建办〔2099〕3号" + TITLE + "\n\n发布时间：2099-01-02 浏览次数：\n\n"
)
BODY = (
    "县城市管理局：\n"
    "冯某某代表提出的关于整治城区占道经营的代表建议收悉，经研究，现将会办意见函告如下：\n"
    "一、加强日常巡查。我局将配合做好沿街商铺的检查，督促商户规范经营，不得占用人行道。\n"
    "二、完善便民设施。结合老旧街区改造，合理设置便民摊点，引导流动摊贩入场经营。\n"
    "以上意见请你单位答复时一并考虑。\n"
    "癸县住房和城乡建设局\n"
)


def test_number_glued_in_a_cell_and_title_after_it() -> None:
    glued = "".join(line.strip() for line in (HEAD + BODY).split("\n"))
    letter = parse_text(glued, keywords=False)
    assert letter.doc_number is not None
    assert letter.doc_number.text == "癸县建办〔2099〕3号"
    assert letter.title == TITLE


def test_tidy_page_stays() -> None:
    letter = parse_text(HEAD + BODY, keywords=False)
    assert letter.doc_number is not None
    assert letter.doc_number.text == "癸县建办〔2099〕3号"
    assert letter.title == TITLE
