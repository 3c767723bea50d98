"""A flattened page's head whose font tool is followed by the letter's marks in the brackets
the letter sets them in (``字号:[ 大 中 小 ] 〔A〕 〔公开〕 某函〔…〕…号``): the marks are the
letter's head over its 发文字号, as bare ones are (``A 公开 某函〔…``), never the tool's run of
chrome (fix105: an earlier round dropped them with the page's cells on a line longer than
200 characters, and read no class and no publication). Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = (
    "关于北江区第三届人大二次会议第17号建议的答复 发布日期:2031-05-06 10:12 阅读次数:3 "
    "字号:[ 大 中 小 ] {marks} 北林函〔2031〕5号 关于北江区第三届人大二次会议 第17号建议的答复 "
)
_BODY = (
    "钱某某代表: 您提出的《关于加强村口老树养护的建议》收悉,现答复如下: "
    "一、老树养护须先经专家鉴定,达到保护等级的方可挂牌,请村组提出挂牌申请,我局将组织专家"
    "现场查看并登记造册。 二、关于周边绿化提升,请与街道办和村委会共同研究,由村委会统筹"
    "申报项目,我局给予技术指导。 感谢您对林业工作的关心和支持。 北江区林业和草原局 2031年6月8日"
)


@pytest.mark.parametrize(
    ("marks", "handling", "public"),
    [
        pytest.param("〔A〕 〔公开〕", "A", True, id="hex-brackets"),
        pytest.param("【B】 【不公开】", "B", False, id="lenticular"),
        pytest.param("A 公开", "A", True, id="bare-as-before"),
    ],
)
def test_bracketed_marks_after_font_tool(marks: str, handling: str, public: bool) -> None:
    text = _HEAD.format(marks=marks) + _BODY
    assert len(text) > 200
    letter = parse_text(text)
    assert letter.handling_type == handling
    assert letter.public is public
    assert letter.doc_number is not None and letter.doc_number.text == "北林函〔2031〕5号"
    assert letter.title == "关于北江区第三届人大二次会议第17号建议的答复"


def test_glued_copy_reads_them_as_before() -> None:
    """The same head glued with nothing between its pieces keeps its marks as before."""
    letter = parse_text((_HEAD.format(marks="〔A〕 〔公开〕") + _BODY).replace(" ", ""))
    assert (letter.handling_type, letter.public) == ("A", True)
