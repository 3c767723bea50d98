"""A flattened page's login box run on after the letter (``… 联系电话：0000000 账号+密码登录
手机+密码登录 还没有账号? 立即注册``): the site's, as a tool's words are; no contact is read
from it, and the letter's own closing stays."""

from __future__ import annotations

from replyparse import parse_text
from replyparse.chrome import chrome_tail

HEAD = "当前位置：首页 > 政务公开 > 建议提案 "
LETTER = (
    "关于加快修建林区防火通道的建议的答复 孙某委员： 您提出的建议收悉，现答复如下："
    "一、加强防火通道建设。我局已将两处林区的防火通道列入今年的建设计划，由各乡镇组织"
    "护林员开展巡查，清理通道两侧的可燃物。二、争取项目资金。我局将积极向上级部门申报项目，"
    "争取资金支持，尽快完成通道修建。感谢您对林草工作的关心和支持！ 某县林业和草原局 2021年6月17日 "
    "联系单位和联系人及电话：县林业和草原局 周某某 0000000"
)
LOGIN = " 账号+密码登录 手机+密码登录 还没有账号? 立即注册"


def test_the_login_box_after_a_flattened_letter_is_no_contact() -> None:
    letter = parse_text(HEAD + LETTER + LOGIN)
    assert [(c.name, c.phone) for c in letter.contacts] == [("周某某", "0000000")]
    assert letter.signature.issuer == "某县林业和草原局"
    assert letter.signature.date == "2021-06-17"
    line = LETTER + LOGIN
    assert chrome_tail(line) == len(LETTER)


def test_a_sentence_about_logging_in_stays() -> None:
    # the box's words inside the letter's sentence, and a letter that ends in them: no tail
    line = LETTER + " 群众可通过账号+密码登录平台查询办理进度。"
    assert chrome_tail(line) is None
    letter = parse_text(HEAD + LETTER + " 请通过手机+密码登录")
    assert [(c.name, c.phone) for c in letter.contacts] == [("周某某", "0000000")]
