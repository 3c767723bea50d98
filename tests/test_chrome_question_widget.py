"""A site's question box over the article (its 智能问答 widget): the widget's name with its
close button (``智能问答 关闭``) and the counter under its input (``你还可以输入40``), each on
a line of its own over the title. Both were read into the title (``智能问答关闭你还可以输入
40关于…的答复``). The name is one of the site's switches, as 长辈版 is, and the counter of what
is left to type is a form's, no letter's. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于区七届人大二次会议第12号建议的答复"
LETTER = f"""{{head}}
{TITLE}
发布时间:2019-06-04 10:20:00 来源:某区某局

李某、王某某等人大代表:

你们提出的“关于加快某镇道路建设的建议”收悉,现答复如下:

我局将积极争取上级资金,加快道路建设。

某区某局
2019年6月3日
"""


@pytest.mark.parametrize(
    "head",
    [
        "智能问答 关闭\n你还可以输入40",
        "智能问答\n您还可以输入200字",
        "你还可输入120个字",
        "智能问答 关闭",
    ],
)
def test_the_widget_is_no_part_of_the_title(head: str) -> None:
    letter = parse_text(LETTER.format(head=head))
    assert letter.title == TITLE
    assert [a.name for a in letter.addressees] == ["李某", "王某某"]


def test_a_sentence_about_typing_is_the_letters() -> None:
    # (a counter is the line alone: words around it are a sentence of the letter)
    letter = parse_text(
        LETTER.format(head="").replace(
            "我局将积极", "群众在系统中还可以输入10位编码查询。\\n\\n我局将积极"
        )
    )
    assert letter.title == TITLE
    assert "还可以输入10位编码" in letter.text
