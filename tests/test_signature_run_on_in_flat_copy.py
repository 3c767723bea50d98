"""A flattened copy whose signature runs on into what the page put after it.

A web copy that lost its line breaks joins the body, the signature and whatever followed
the letter on the page into one line: a site's disclaimer, a download link, the next
article's title, labels the closing reader does not know. The signer and the date still
end the letter when the signer stands where a closing does: after the reply's closing
sentence (感谢…, 特此答复) or after a closing element of the line (联系电话：…). A dated
sentence of the body (``某县人民政府 2021年8月20日 召开…``) is no signature. Texts are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line
from replyparse.resegment import resegment
from replyparse.textview import TextView
from replyparse.unwrap import unwrap

HEAD = "关于某县某路段改造建议的答复\n王某代表：\n"
OPENING = "您提出的关于某路段改造的建议收悉，现答复如下： 我局已将该路段改造列入明年计划。 "
THANKS = "感谢您对交通工作的关心和支持。 "
SIGN = "某县交通运输局 2021年8月20日 "


def _flat(*parts: str) -> str:
    return HEAD + "".join(parts).rstrip() + "\n"


@pytest.mark.parametrize(
    "after",
    [
        pytest.param(
            "本站部分信息由相应主体自行提供，该信息内容的真实性由提供者负责。", id="disclaimer"
        ),
        pytest.param("附件 信息url", id="attachment-words"),
        pytest.param("关于对某某路段进行整修的建议", id="next-article-title"),
        pytest.param("| 【下载Word】 【下载PDF】 【打印文章】 【关闭窗口】 |", id="download-links"),
        pytest.param(
            "领导署名：张某 联系人：温某 联系电话：0000-5550123", id="unknown-label-first"
        ),
    ],
)
def test_the_signature_before_what_the_page_ran_on_with(after: str) -> None:
    record = parse_text(_flat(OPENING, THANKS, SIGN, after))
    assert (record.issuer, record.signature.issuer, record.signature.date) == (
        "某县交通运输局",
        "某县交通运输局",
        "2021-08-20",
    )


def test_a_thanks_sentence_that_goes_on_after_a_comma_closes_too() -> None:
    thanks = "感谢您对我们工作的关心和支持，希望您继续予以监督和指导。 "
    record = parse_text(_flat(OPENING, thanks, SIGN, "关于对某某路段进行整修的建议"))
    assert record.signature.date == "2021-08-20"


def test_after_a_contact_line_a_footer_holding_the_date_is_not_taken() -> None:
    # the footer's cells (主办：…, ICP备…) are chrome; the contact line, the signer and the
    # date before them are the letter's, though 联系电话：… is a footer's label too
    tail = (
        "联系电话：0000-5550123 某县交通运输局 2021年8月20日 | 【下载Word】 【打印文章】 | "
        "主办：某县人民政府 承办：某县人民政府办公室 某ICP备00000000号 网站标识码：0000000000"
    )
    record = parse_text(_flat(OPENING, THANKS, tail))
    assert (record.issuer, record.signature.date) == ("某县交通运输局", "2021-08-20")
    assert [c.phone for c in record.contacts] == ["0000-5550123"]


def test_a_dated_sentence_of_the_body_is_no_signature() -> None:
    body = "我局高度重视。 某县人民政府 2021年8月20日 召开常务会议研究了该路段改造。 "
    text = _flat(OPENING, body, THANKS, "某县交通运输局 2021年9月3日")
    lines = resegment(unwrap(TextView(text))).norm.split("\n")
    assert "某县人民政府2021年8月20日召开常务会议研究了该路段改造。" in lines
    record = parse_text(text)
    assert (record.issuer, record.signature.date) == ("某县交通运输局", "2021-09-03")


@pytest.mark.parametrize("formula", ["特此回复", "专此回复"])
def test_reply_formula_before_the_signer_is_no_part_of_its_name(formula: str) -> None:
    record = parse_text(_flat(OPENING, f"{formula} 某县交通运输局 2021年6月28日"))
    assert (record.issuer, record.signature.date) == ("某县交通运输局", "2021-06-28")


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("本站部分信息由相应主体自行提供，该信息内容的真实性由提供者负责。", True),
        ("本网转载的文章不代表本网观点，仅供参考。", True),
        ("本站所有监测资料均由专人负责整理。", False),  # a station writing of itself
        ("本站信息化改造资金已列入明年预算。", False),
    ],
)
def test_a_sites_disclaimer_is_chrome(line: str, chrome: bool) -> None:
    assert is_chrome_line(line) is chrome


def test_a_disclaimer_under_the_signature_leaves_it_the_last_lines() -> None:
    text = (
        HEAD
        + "您提出的关于某路段改造的建议收悉，现答复如下：\n我局已将该路段改造列入明年计划。\n"
        + "感谢您对交通工作的关心和支持。\n某县交通运输局\n2021年8月20日\n"
        + "本站部分信息由相应主体自行提供，该信息内容的真实性由提供者负责。\n"
    )
    record = parse_text(text)
    assert (record.issuer, record.signature.date) == ("某县交通运输局", "2021-08-20")


# A date whose 年月日 were lost (20210820) signs as a whole one does in a flattened copy:
# run on into the page's tail after the reply's closing sentence, or written first, right
# after the last sentence, with the authority and the closing's labels after it. It is
# null in the record (damaged past reading); the signer is still the signature's.
@pytest.mark.parametrize(
    "tail",
    [
        pytest.param(
            "特此答复。 某县交通运输局 20210820 附件下载: 扫一扫在手机上查看当前页面 打印: "
            "网站地图 主办:某县人民政府",
            id="damaged-date-then-page-tail",
        ),
        pytest.param(
            "我局将加快施工。 2021820 某县交通运输局  联系电话:0000-5550123 联系人:温某",
            id="damaged-date-first-then-labels",
        ),
    ],
)
def test_a_damaged_date_in_a_flat_copy_still_ends_the_letter(tail: str) -> None:
    record = parse_text(_flat(OPENING, tail))
    assert (record.issuer, record.signature.issuer, record.signature.date) == (
        "某县交通运输局",
        "某县交通运输局",
        None,
    )


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("截至 2021820 某县交通运输局 联系电话:0000-5550123", id="no-sentence-before"),
        pytest.param(
            "我局在 20210820 前后 某县交通运输局 召开了会议。", id="figures-in-a-sentence"
        ),
    ],
)
def test_figures_in_a_sentence_sign_nothing(body: str) -> None:
    record = parse_text(_flat(OPENING, body, " ", THANKS, SIGN))
    assert (record.signature.issuer, record.signature.date) == ("某县交通运输局", "2021-08-20")


# The reply's last sentence inviting the proposer's view on it (如对答复有意见…, 对以上答复…,
# 如有…) closes it as a thanks does: the signer after it ends the letter though the page's
# tail runs on after the date.
@pytest.mark.parametrize(
    "last",
    [
        "如对答复有意见，请及时与我们联系。",
        "对以上答复您有什么意见，请及时反馈给我们。",
        "若对办理结果不满意，可向我局反映。",
        "如有疑问，请致电我局。",
    ],
)
def test_an_invitation_to_reply_closes_before_a_signer_run_on(last: str) -> None:
    tail = f"{last} {SIGN}人:温某 联系电话:0000-5550123 扫一扫在手机打开当前页"
    record = parse_text(_flat(OPENING, tail))
    assert (record.signature.issuer, record.signature.date) == ("某县交通运输局", "2021-08-20")
