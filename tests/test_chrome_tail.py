"""A flattened page (chrome.chrome_tail, textview): the letter's paragraphs and the site's
chrome under it joined on one line, the chrome running on after the signature's date. The
view drops that run as it drops a chrome line, so the signer and the date end the letter
again; a letter's own last words stay. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import chrome, parse_text, vocab
from replyparse.chrome import chrome_tail
from replyparse.textview import TextView

LETTER = (
    "王某代表： 你提出的关于整修某村灌溉水渠的建议收悉，现答复如下： 我局已将该水渠列入明年的"
    "整修计划，预计投入资金12万元，汛期前完工。 感谢你对水利工作的关心和支持。 桐溪县水务局 "
    "2024年5月20日"
)
TAILS = [
    pytest.param("打印本页 关闭窗口", id="tools"),
    pytest.param("【关闭】 × 用户登录", id="close-box-and-login"),
    pytest.param("<br>【打印本页】", id="a-tag-before-the-tools"),
    pytest.param("<br/>打印本页 <br>关闭窗口", id="tags-before-each-tool"),
    pytest.param("责任编辑：赵某 关闭 上一篇：某局关于第8号建议的答复 下一篇：某局关于第9号建议的答复", id="links"),
    pytest.param("上一条：关于桐溪县第十届人民代表... 下一条：关于桐溪县第十届人民代表...", id="links-cut"),
    pytest.param("发表于 2024-5-21 10:02:13 | 显示全部楼层 好消息，期待早日完工。 您需要登录后才可以回帖 登录 | 立即注册", id="forum-posts"),
    pytest.param("tpl_sign:cls_01 发表于 2024-5-21 10:02:13 | 显示全部楼层 支持一下。", id="forum-debris-then-post"),
    pytest.param("李某 发表于 2024-5-21 10:02 支持一下。", id="forum-quoted-post"),
    # (a pager, then the page's row of who passed it: its 审核 cell a letter may write too,
    # chrome beside the 责任编辑 cell after it)
    pytest.param("共有1页 当前第1页 审核：钱某   责任编辑：赵某 网站地图", id="pager-and-staff-row"),
    pytest.param(
        "foot_img_01.png 主办单位：桐溪县人民政府 版权所有：某市人民政府办公室 网站地图 "
        "网站标识码：0000000000 ICP备案序号：某ICP备00000000号-1 联系电话：0000-5550123 foot_img_02.png",
        id="footer",
    ),
]  # fmt: skip


@pytest.mark.parametrize("tail", TAILS)
def test_chrome_run_on_after_the_letter_is_found(tail: str) -> None:
    line = f"{LETTER}  {tail}"
    assert chrome_tail(line) == len(LETTER)


@pytest.mark.parametrize("tail", TAILS)
def test_the_signature_ends_the_letter_again(tail: str) -> None:
    letter = parse_text(f"关于县十届人大三次会议第12号建议的答复\n{LETTER} {tail}")
    assert letter.signature.issuer == "桐溪县水务局"
    assert letter.signature.date == "2024-05-20"
    assert tail.split()[0] not in TextView(letter.text or "").norm


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(LETTER, id="the-date-ends-it"),
        pytest.param(f"{LETTER} 联系人：李某 联系电话：0000-5550123", id="a-contact-ends-it"),
        pytest.param(f"{LETTER} 抄送：县人大常委会代表工委 县政府督查室", id="a-cc-ends-it"),
        pytest.param(f"{LETTER} foot_img_01.png", id="furniture-alone-is-no-sign"),
        pytest.param(f"{LETTER} 审核：钱某", id="a-staff-cell-alone-is-the-letters"),
        pytest.param(f"{LETTER} 第2页", id="a-page-number-alone-is-no-sign"),
        pytest.param(f"{LETTER} 联系电话：0000-5550123 foot_img.png", id="cell-without-a-mark"),
    ],
)
def test_no_chrome_tail(line: str) -> None:
    assert chrome_tail(line) is None


GLUED_TAILS = [
    pytest.param("打印本页 关闭窗口", id="tools"),
    pytest.param("扫一扫在手机打开当前页", id="scan"),
    pytest.param("责任编辑：赵某关闭上一篇：某局关于第8号建议的答复下一篇：某局关于第9号建议的答复", id="links"),
    pytest.param("上一条：关于桐溪县第十届人民代表...下一条：关于桐溪县第十届人民代表...", id="links-cut"),
    pytest.param("某公网安备00000000000000号 网站标识码：0000000000", id="footer-with-province"),
    pytest.param("共有1页 当前第1页审核：钱某 责任编辑：赵某", id="pager-and-staff-row"),
    pytest.param("共2页第1页审核：钱某责任编辑：赵某", id="pager-and-staff-row-no-blanks"),
    pytest.param("tpl_sign:cls_01发表于2024-5-21 10:02:13|显示全部楼层支持一下。", id="forum-post"),
]  # fmt: skip


@pytest.mark.parametrize("tail", GLUED_TAILS)
def test_chrome_glued_to_the_date_is_found(tail: str) -> None:
    """A copy that lost the blanks too glues the chrome to the signature's date."""
    assert chrome_tail(f"{LETTER}{tail}") == len(LETTER)


@pytest.mark.parametrize("tail", GLUED_TAILS)
def test_the_signature_ends_a_glued_letter_again(tail: str) -> None:
    letter = parse_text(f"关于县十届人大三次会议第12号建议的答复{LETTER.replace(' ', '')}{tail}")
    assert letter.signature.issuer == "桐溪县水务局"
    assert letter.signature.date == "2024-05-20"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(f"{LETTER}联系人：李某联系电话：0000-5550123", id="a-contact-glued"),
        pytest.param(
            LETTER.replace("感谢你", "违规的小作坊将依法予以关闭，感谢你"),
            id="a-sentence-with-a-tool-word",
        ),
        pytest.param(f"{LETTER}（此件公开发布）", id="a-note-glued"),
        pytest.param(f"{LETTER}附件共3页", id="a-count-of-pages-glued"),
        pytest.param(
            f"{LETTER}请督促各网站完成ICP备案，做好网站标识码管理", id="footer-words-no-number"
        ),
    ],
)
def test_no_glued_chrome_tail(line: str) -> None:
    assert chrome_tail(line) is None


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param("扫一扫在手机打开当前页微博微信部门街镇市政府部门网站区县政府网站", id="tool-then-menu"),
        pytest.param(" |【下载Word】 【打印文章】 |主办：桐溪县人民政府 承办：桐溪县人民政府办公室", id="tools-then-hosts"),
        pytest.param("foot_img_01.png主办单位：桐溪县人民政府 版权所有：某市人民政府办公室 网站地图", id="footer-image"),
        pytest.param("【关闭】×用户登录", id="close-box"),
        pytest.param(" <!--EndFragment-->", id="html-comment"),
        # (the site's footer to the line's end, its registration number last, no tool: its
        # accounts, its address and its name before it, a link's arrow glued to the date;
        # fix141)
        pytest.param(">桐溪官方微博桐溪官方微信公众号example.gov.cn  桐溪县人民政府网站某ICP备00000000号", id="footer-registered"),
        pytest.param("桐溪县人民政府网站 某公网安备 00000000000000号", id="footer-police-record"),
    ],
)  # fmt: skip
def test_the_page_goes_on_after_the_date_from_a_tool(tail: str) -> None:
    """Right after the signature's date a site's tool (or its footer's image before its
    marks) starts the page again: the rest of the line is the page's, whatever menu of
    links it holds."""
    assert chrome_tail(f"{LETTER}{tail}") == len(LETTER)
    page = "发布时间：2024-05-21 09:30"  # (the page shows itself)
    letter = parse_text(f"关于县十届人大三次会议第12号建议的答复\n{page}\n{LETTER}{tail}")
    assert letter.signature.issuer == "桐溪县水务局"
    assert letter.signature.date == "2024-05-20"


def test_a_phone_between_the_date_and_a_footers_number_stays() -> None:
    # (a contact's name and phone of the letter's between the date and the footer's number:
    # the footer is read from its own mark, never from the date on: fix141)
    line = f"{LETTER}李某 13800000000某ICP备00000000号"
    at = chrome_tail(line)
    assert at is None or "13800000000" in line[:at]


def test_a_contact_before_the_signer_is_no_footer_cell() -> None:
    """The page's tools after the date mark where the page goes on: the contact's phone
    before the signer, a footer's cell by its label, stays the letter's with the signer."""
    body = LETTER.replace(" 桐溪县水务局", " 联系电话：0000-5550123 桐溪县水务局")
    tail = " | 【打印文章】 【关闭窗口】 | 主办：桐溪县人民政府 某ICP备00000000号-1"
    assert chrome_tail(f"{body}{tail}") == len(body)
    letter = parse_text(f"关于县十届人大三次会议第12号建议的答复\n{body}{tail}")
    assert letter.signature.issuer == "桐溪县水务局"
    assert letter.signature.date == "2024-05-20"


# the site's footer glued after the letter's 抄送 list, a page flattened with nothing between
# its lines: who runs the site, its phone and its registration's label, each glued after the
# row before (…县政府督查室主办单位：…联系电话：…ICP备案：某ICP备…): the footer's, whole
CC = "抄送：县人大常委会代表工委，县政府督查室"
FOOTERS = [
    pytest.param("主办单位：桐溪县人民政府联系电话：0000-5550123ICP备案：某ICP备00000000号-1", id="host-phone-registration"),
    pytest.param("技术支持：某信息公司ICP备案号：某ICP备00000000号", id="support-registration"),
]  # fmt: skip


@pytest.mark.parametrize("footer", FOOTERS)
def test_a_footer_glued_after_the_cc_list_is_found(footer: str) -> None:
    line = LETTER.replace(" ", "") + CC + footer
    assert chrome_tail(line) == len(line) - len(footer)


@pytest.mark.parametrize("footer", FOOTERS)
def test_the_sites_phone_is_no_contact(footer: str) -> None:
    letter = parse_text(
        f"关于县十届人大三次会议第12号建议的答复{LETTER.replace(' ', '')}{CC}{footer}"
    )
    assert letter.contacts == []
    assert letter.cc == ["县人大常委会代表工委", "县政府督查室"]


# Must not match: the registration's word in the letter's own sentence, no footer after it
def test_registration_word_in_a_sentence() -> None:
    line = LETTER.replace(" ", "").replace("感谢你", "请各网站完成ICP备案：月底前报送。感谢你")
    assert chrome_tail(line) is None


# every cell of who runs the site that the footer's labels list (data/page_footer_labels.txt),
# its named exceptions apart, starts the footer glued after the 抄送 list
@pytest.mark.parametrize(
    "label",
    [w for w in vocab.words("page_footer_labels") if w not in chrome._NOT_GLUED_HOST_LABELS],
)
def test_each_host_label_of_the_data_starts_a_glued_footer(label: str) -> None:
    footer = f"{label}：某信息公司ICP备案号：某ICP备00000000号"
    line = LETTER.replace(" ", "") + CC + footer
    assert chrome_tail(line) == len(line) - len(footer)


def test_the_named_exceptions_are_footer_labels() -> None:
    assert chrome._NOT_GLUED_HOST_LABELS.issubset(vocab.words("page_footer_labels"))


# Must not match: the letter's own handling unit's row after its 抄送 list (承办单位：…)
@pytest.mark.parametrize("label", ["承办单位", "协办单位"])
def test_a_handling_units_row_is_the_letters(label: str) -> None:
    line = LETTER.replace(" ", "") + CC + f"{label}：桐溪县水务局"
    assert chrome_tail(line) is None


# the row of the units that run a site is a footer's mark where no person's label follows it
# on its line; a letter's note of the units handling its reply names the person
@pytest.mark.parametrize(
    ("text", "footer"),
    [
        pytest.param("主办单位：桐溪县人民政府 承办：桐溪县信息中心", True, id="units-alone"),
        pytest.param("主办单位：桐溪县水务局 协办单位：桐溪县财政局 联系人：钱某", False, id="person-after"),
        pytest.param("主办单位：桐溪县人民政府 承办：桐溪县信息中心 联系人：办公室", True, id="office-after"),
        pytest.param("联系人：钱某 主办单位：桐溪县人民政府 承办：某中心", True, id="person-before"),
        pytest.param("主办单位：桐溪县人民政府 承办：某中心\n联系人：钱某", True, id="person-next-line"),
        pytest.param(
            "主办单位：甲局 协办：乙局 联系人：钱某\n主办单位：桐溪县人民政府 承办：某中心",
            True,
            id="second-line-footer",
        ),
    ],
)  # fmt: skip
def test_units_row_is_a_footer_without_a_person_after_it(text: str, footer: bool) -> None:
    assert chrome._host_footer(text) is footer
    assert chrome.shows_host_footer(text) is footer


def test_units_rows_on_a_long_line() -> None:
    # (a person's label at the line's end takes every row before it; without it the rows are
    # the footer's; not timed, chrome has no step counter: the linear reading is measured by
    # hand, the commit says how)
    text = "主办单位：某县协办" * 5000 + "联系人：钱某"
    assert chrome._host_footer(text) is False
    assert chrome._host_footer(text.removesuffix("联系人：钱某")) is True


# A contact note in brackets the letter ends with, its phone's cell after blanks inside it,
# then the page's footer (fix69: the phone's cell, closing a bracket it did not open, was
# read as the footer's, and the contact lost its phone).
@pytest.mark.parametrize("paren", ["()", "（）"], ids=["half-width", "full-width"])
def test_a_bracketed_contact_note_before_the_footer_stays(paren: str) -> None:
    note = f"{paren[0]}联系人：李某  联系电话：0000-5550123{paren[1]}"
    footer = "(阅读数：3021) 版权所有© 桐溪县人民政府 某ICP备00000000号-1"
    line = f"{LETTER} {note} {footer}"
    assert chrome_tail(line) == len(LETTER) + 1 + len(note)
    letter = parse_text(f"关于县十届人大三次会议第12号建议的答复\n{line}")
    assert [(c.name, c.phone) for c in letter.contacts] == [("李某", "0000-5550123")]


# the site's footer glued after the figures of the letter's last contact row, a page
# flattened with nothing between its lines: its host cell opens it as after the 抄送 list's
# words (…联系电话：李某 0000-5550123主办单位：…承办单位：…网站联系电话：…某ICP备…), and
# the site's phone is no contact of the letter's (flat74: the cell was read glued after
# words alone, and the contractor's unit and the site's phone were read as a contact)
CONTACT_ROW = "承办人及联系电话：李某   0000-5550123"
SITE_FOOTER = (
    "主办单位：桐溪县人民政府 承办单位：桐溪县数据局 网站联系电话：0000-5550000 "
    "某ICP备00000000号 网站标识码：0000000001"
)


def test_a_footer_glued_after_the_contacts_phone_is_found() -> None:
    line = LETTER + CONTACT_ROW + SITE_FOOTER
    assert chrome_tail(line) == len(line) - len(SITE_FOOTER)


def test_the_sites_phone_after_the_contacts_is_no_contact() -> None:
    letter = parse_text(
        f"关于县十届人大三次会议第12号建议的答复{LETTER.replace(' ', '')}{CONTACT_ROW}{SITE_FOOTER}"
    )
    assert [(c.name, c.org, c.phone) for c in letter.contacts] == [("李某", None, "0000-5550123")]
    assert letter.signature.date == "2024-05-20"


@pytest.mark.parametrize(
    "row",
    [
        pytest.param("联系电话：0000-5550123主办单位：桐溪县水务局", id="host-row-alone"),
        pytest.param(
            "联系人：李某 联系电话：0000-5550123主办单位：桐溪县水务局 协办单位：桐溪县财政局",
            id="units-of-the-reply",
        ),
    ],
)
def test_the_letters_units_after_its_phone_stay(row: str) -> None:
    # (must-not-match: a letter's own row of the units handling the reply after its phone,
    # no footer's mark after it, stays the letter's)
    assert chrome_tail(LETTER + " " + row) is None
