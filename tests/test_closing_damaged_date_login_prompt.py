"""The signer over a date a copy damaged, its 年 and 日 both lost (``20315月10``), and a
page's login dialog kept under the letter (``是否“确认”跳转到登录页?``), lined, flattened with
blanks and glued: the authority signs (a damaged date is no date: null), and the dialog is the
page's, never the end of the signature's line (fix115, dev115/001 and 002). Snippets in our
own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = [
    "青岚市交通运输局",
    "当前位置 : 首页 > 政府信息公开 > 建议提案办理",
    "对市九届人大三次会议第207号代表建议的答复",
    "时间:2031-06-07 09:33:00",
    "来源:",
]
BODY = [
    "周**:",
    "您提出的《关于改善城郊公交线路的建议》收悉,现答复如下:",
    "我局已会同公交公司调整了城郊三条线路的发车间隔,高峰时段加密班次,并将于年内新增两个停靠站。",
    "下一步,我局将结合城郊居民出行需求,定期开展客流调查,优化线路走向和站点布局,"
    "提升公交服务水平,方便群众出行。同时,加强对驾驶员的培训和管理,确保行车安全。",
]
SIGNER = "青岚市交通运输局"
JOINERS = pytest.mark.parametrize("joiner", ["\n", " ", ""], ids=["lined", "blank", "glued"])


@JOINERS
@pytest.mark.parametrize("tail", [[], ["(联系人:韩小禾 电话:0000-5550123)"]])
@pytest.mark.parametrize("date", ["20315月10", "203112月3", "20315月10日"])
def test_signer_over_a_date_that_lost_its_year_mark(
    joiner: str, tail: list[str], date: str
) -> None:
    letter = parse_text(joiner.join([*HEAD, *BODY, SIGNER, date, *tail]), keywords=False)
    assert letter.signature.issuer == SIGNER
    assert letter.signature.date is None
    assert letter.issuer == SIGNER


@JOINERS
@pytest.mark.parametrize(
    "prompt", ["是否“确认”跳转到登录页?", "您还未登录,是否跳转至登录页面?", "是否确定前往登录界面?"]
)
def test_login_dialog_under_the_signed_date(joiner: str, prompt: str) -> None:
    letter = parse_text(
        joiner.join([*HEAD, *BODY, SIGNER, "2031年5月10日", prompt]), keywords=False
    )
    assert letter.signature.issuer == SIGNER
    assert letter.signature.date == "2031-05-10"


def test_a_sentence_about_logging_in_stays_the_letters() -> None:
    # (the letter's own words on its site's login are prose, not the dialog alone)
    body = [*BODY[:2], "群众可在网站首页点击右上角按钮,系统将提示是否跳转到登录页,按提示操作即可。"]
    letter = parse_text("\n".join([*HEAD, *body, SIGNER, "2031年5月10日"]), keywords=False)
    assert letter.signature.issuer == SIGNER
    assert letter.signature.date == "2031-05-10"
    assert "跳转到登录页" in letter.text
