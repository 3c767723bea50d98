"""A reply copied off a page with no other sign of one, flattened onto one line with
nothing between its lines: the site's welcome opening the line, the salutation's opener
glued after it (``欢迎来到某区政务服务门户网站尊敬的王某委员：``). The welcome is the
site's, no issuer of the letter's. Snippets are invented."""

from __future__ import annotations

from replyparse import parse_text
from replyparse.chrome import chrome_head

_BODY = (
    "您好，您提出的“关于某路两侧停车难的提案”已收悉，现将办理情况答复如下："
    "我局收到提案后，及时组织人员实地查看，会同交警部门研究制定整改措施，"
    + "在某路南侧新划停车位四十个，并安排专人每日巡查，规范停车秩序。" * 4
    + "感谢您对我局工作的关心和支持。某县城市管理局2024年5月6日"
)


def test_welcome_glued_before_the_opener_is_the_sites() -> None:
    text = "欢迎来到某区政务服务门户网站尊敬的王明委员：" + _BODY
    assert chrome_head(text, False) == [(0, len("欢迎来到某区政务服务门户网站"))]
    letter = parse_text(text)
    assert letter.issuer != "欢迎来到某区政务服务门户网站"
    assert [(a.name, a.role) for a in letter.addressees] == [("王明", "委员")]


def test_letter_with_no_welcome_keeps_its_head() -> None:
    # (must-not-match: a welcome inside the letter's sentences is the letter's)
    text = "尊敬的王明委员：欢迎来到某区政务服务门户网站尊敬的读者" + _BODY
    assert chrome_head(text, False) == []
