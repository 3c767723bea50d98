"""A page's heading that writes the authority glued to a title over the letter's own title
(decided, fix73):

- in another wording, the letter writing no header nor name of its own over its title
  (``某中心关于“…”提案的答复`` over ``关于…第123号提案的回复``): the title is the letter's
  own, the later whole title, and the heading the page's; it names no issuer, so a letter
  cut before its signature names none (the page's 发布机构 cell does not either);
- the same title, the letter's copy of its header and title damaged in copying (characters
  lost): the letter's copy is read as written, damage and all (title, session, the
  header's name as the issuer), and the signature keeps its own name whole.

Snippets in our own words, invented names and numbers.
"""

from __future__ import annotations

from replyparse import parse_text
from spans import span_problems

_OTHER_WORDING = (
    "• 桐溪县农贸服务中心\n"
    "桐溪县农贸服务中心关于“规范早市摊位”提案的答复\n"
    "关于县政协三届二次会议第2031045号提案的回复\n\n"
    "钱某委员：\n\n"
    "您提出的关于“规范早市摊位”的建议收悉。现答复如下：\n\n"
    "我中心已对早市摊位重新划线，并安排专人每日巡查，下一步将"
)


def test_a_heading_in_another_wording_gives_neither_title_nor_issuer() -> None:
    letter = parse_text(_OTHER_WORDING, keywords=False)
    assert letter.title == "关于县政协三届二次会议第2031045号提案的回复"
    assert letter.issuer is None
    assert letter.proposal is not None
    assert (letter.proposal.number, letter.proposal.session) == ("2031045", "县政协三届二次会议")
    assert span_problems(letter) == []


_DAMAGED = (
    "您当前的位置：首页 > 政务公开 > 政协委员提案办理\n\n"
    "桐溪县交通运输委员会关于县政协三届二次会议第8号提案的复函\n\n"
    "日期：2031-05-06\n\n"
    "桐溪县交通运输员会\n\n"
    "关于县政协次会议8提案的复函\n\n"
    "钱某委员：\n\n"
    "您提出的关于修缮北河便桥的提案收悉。现答复如下：\n\n"
    "我委已将便桥维修列入明年计划。\n\n"
    "桐溪县交通运输委员会\n\n"
    "2031年5月6日\n"
)


def test_a_damaged_own_copy_under_an_intact_heading_is_read_as_written() -> None:
    letter = parse_text(_DAMAGED, keywords=False)
    assert letter.title == "关于县政协次会议8提案的复函"
    assert letter.issuer == "桐溪县交通运输员会"
    assert letter.signature.issuer == "桐溪县交通运输委员会"
    assert letter.proposal is not None and letter.proposal.session == "县政协次会议"
    assert span_problems(letter) == []
