"""A site's head and byline as pages print them over a reply (fix123), on their lines and
in copies that lost them: the site's name alone over its address on the next line, a byline
ending with the share tool's label left empty, the visitor's-moment widget (当前时间：) and a
welcome with its login button over a menu and the crumb, a portal's name glued before the
salutation, and the page's heading run on into its table. Snippets are invented.
"""

from __future__ import annotations

from replyparse import parse_text
from replyparse.chrome import chrome_lines
from snippets import glued, spaced

REPLY = """王明代表：

您提出的第12号《关于修缮青石村水渠的建议》收悉。经研究，现答复如下：

一、落实修缮资金

今年我县安排水渠修缮资金30万元。

二、加强日常管护

我们将督促各乡镇落实管护责任。

感谢您对我县工作的关心和支持。
"""

TITLE = "青石县人民政府办公室关于对青石县人大五届三次会议12号建议答复的函"


def _chrome(text: str) -> set[str]:
    lines = text.split("\n")
    return {lines[i] for i in chrome_lines(lines)}


def test_site_name_over_its_address_on_the_next_line_is_the_banner() -> None:
    text = (
        "青石县人民政府\n\nwww.example.gov.cn\n\n"
        f"{TITLE}\n\n索引号 000000/2031-000012 主题分类\n发布日期 2031-09-27 18:48:58\n\n{REPLY}"
    )
    assert {"青石县人民政府", "www.example.gov.cn"} <= _chrome(text)
    letter = parse_text(text)
    assert letter.issuer == "青石县人民政府办公室"
    assert letter.title == TITLE


def test_an_authority_over_no_address_is_not_taken_for_a_banner() -> None:
    # (the name over the title, the letter's own mark, stays the letter's)
    text = f"青石县水务局\n{TITLE.replace('人民政府办公室', '水务局')}\n{REPLY}"
    assert "青石县水务局" not in _chrome(text)


def test_byline_ending_with_the_share_label_left_empty_is_the_pages() -> None:
    byline = "发布日期:2031-05-10 15:06 来源:青石政务服务平台 分享到:"
    text = f"对青石县人大五届三次会议第12号建议的答复\n\n{byline}\n{REPLY}"
    assert byline in _chrome(text)
    letter = parse_text(text)
    assert [d.value for d in letter.dates] == []
    assert [(a.name, a.role) for a in letter.addressees] == [("王明", "代表")]


def test_a_salutation_glued_after_the_source_cell_stays_the_letters() -> None:
    # (a colon ending the last cell's value after names and a role: the salutation)
    line = "发布日期:2031-05-10 15:06 来源:青石政务服务平台 王明代表:"
    text = f"对青石县人大五届三次会议第12号建议的答复\n{line}\n{REPLY.split(chr(10), 1)[1]}"
    assert line not in _chrome(text)


MENU_HEAD = """欢迎来到青石县人民政府网站 [登录]
当前时间:
青石县人民政府门户网
  • 首页
  • 政务要闻
  • 领导之窗
  • 政民互动
    首页>新闻>政府信息公开>建议提案办理结果

青石县水务局关于县政协第八届委员会第三次会议第14号提案办理情况的函

来源:青石县水务局  日期:2031-10-27  浏览:0次  打印

"""
HEADED_TITLE = "青石县水务局关于县政协第八届委员会第三次会议第14号提案办理情况的函"
PROPOSAL_REPLY = (
    REPLY.replace("王明代表", "李华委员").replace("第12号《", "《").replace("建议》", "提案》")
)


def test_welcome_and_current_time_over_the_crumb_are_the_sites() -> None:
    text = MENU_HEAD + PROPOSAL_REPLY
    assert {"欢迎来到青石县人民政府网站 [登录]", "当前时间:"} <= _chrome(text)
    letter = parse_text(text)
    assert letter.title == HEADED_TITLE
    assert letter.proposal is not None
    assert (letter.proposal.number, letter.proposal.kind) == ("14", "提案")
    assert [(a.name, a.role) for a in letter.addressees] == [("李华", "委员")]


def test_the_same_head_flattened_leaves_the_title_alone() -> None:
    for flat in (spaced(MENU_HEAD + PROPOSAL_REPLY), glued(MENU_HEAD + PROPOSAL_REPLY)):
        assert parse_text(flat).title == HEADED_TITLE


def test_portal_name_glued_before_one_person_is_no_addressee() -> None:
    text = glued("发布机构 青石县政府网\n" + REPLY)
    assert [(a.name, a.role) for a in parse_text(text).addressees] == [("王明", "代表")]
    # (the portal's name alone with its colon still addresses it, as before)
    alone = "青石县政府网：\n您提出的建议收悉，现答复如下：\n感谢您的关心。\n"
    assert [(a.name, a.role) for a in parse_text(alone).addressees] == [("青石县政府网", None)]


def test_heading_run_on_into_the_pages_table_names_the_issuer() -> None:
    # (the heading written with blanks inside, as the 名称 cell repeats it: the letter's
    # title is the copy without the name, the name the page's heading gives its author)
    heading = TITLE.replace("关于", " 关于").replace("会议12号", "会议 12号")
    text = glued(
        f"青石县人民政府\nwww.example.gov.cn\n{heading}\n"
        "索  引  号 000000/2031-000012 主题分类\n"
        f"名        称 {heading}\n文        号 发布日期 2031-09-27 18:48:58\n"
        "发文单位 青石县人民政府 发布机构 青石县政府网\n" + REPLY
    )
    assert parse_text(text).issuer == "青石县人民政府办公室"


def test_site_name_over_its_address_without_www_is_the_banner() -> None:
    # (review67's E7: the address written without www, example.gov.cn, as the www form)
    # (a page's table under the title, or none: the banner the page's either way)
    for address in ("qingshi.gov.cn", "http://qingshi.gov.cn", "qingshi.com.cn"):
        table = f"{TITLE}\n\n索引号 000000/2031-000012 主题分类\n发布日期 2031-09-27 18:48:58\n"
        paged = f"青石县人民政府\n\n{address}\n\n{table}\n{REPLY}"
        assert {"青石县人民政府", address} <= _chrome(paged)
        letter = parse_text(paged)
        assert (letter.issuer, letter.title) == ("青石县人民政府办公室", TITLE)
        # (no page shown: read as the www form is, the address no word of the title)
        bare = parse_text(f"青石县人民政府\n{address}\n{TITLE}\n{REPLY}")
        www = parse_text(f"青石县人民政府\nwww.qingshi.gov.cn\n{TITLE}\n{REPLY}")
        assert (bare.issuer, bare.title) == (www.issuer, TITLE)


def test_a_file_name_or_mail_under_a_name_is_no_address() -> None:
    # (a mail address under an office's name, or a document's file name: no site's banner)
    for below in ("qingshi@example.gov.cn", "答复.doc"):
        text = f"青石县水务局\n{below}\n{TITLE.replace('人民政府办公室', '水务局')}\n{REPLY}"
        assert "青石县水务局" not in _chrome(text)


def test_a_salutation_glued_after_the_source_cell_under_a_crumb_stays_the_letters() -> None:
    # (review67's F4: a crumb over the title makes the page's tables looked for; the byline's
    # cells with a salutation glued after them are no table's row)
    line = "发布日期:2031-05-10 来源:青石政务服务平台 王明代表:"
    text = (
        f"首页 > 建议提案\n对青石县人大五届三次会议第12号建议的答复\n{line}\n"
        f"{REPLY.split(chr(10), 1)[1]}"
    )
    assert line not in _chrome(text)
    assert [(a.name, a.role) for a in parse_text(text).addressees] == [("王明", "代表")]


def test_the_share_labels_byline_under_a_crumb_is_the_pages() -> None:
    # (the byline ending with the share tool's empty label right under the crumb, or under
    # the title under it: the page's, the salutation under it the letter's)
    byline = "发布日期:2031-05-10 15:06 来源:青石政务服务平台 分享到:"
    for head in (
        f"首页 > 建议提案\n对青石县人大五届三次会议第12号建议的答复\n{byline}",
        f"对青石县人大五届三次会议第12号建议的答复\n首页 > 建议提案\n{byline}",
    ):
        text = f"{head}\n{REPLY}"
        assert byline in _chrome(text)
        letter = parse_text(text)
        assert [d.value for d in letter.dates] == []
        assert [(a.name, a.role) for a in letter.addressees] == [("王明", "代表")]


def test_an_address_without_www_glued_before_the_menu_and_title_is_cut_off() -> None:
    # (a page flattened with nothing between its lines: the bare address, the menu's words
    # and the title glued, read as the www form is; review67's E7, glued)
    title = "关于县政协九届二次会议第35号提案答复的函"
    for address in ("qingshi.gov.cn", "www.qingshi.gov.cn"):
        head = f"首页 > 政府信息公开\n{address}\n政府信息公开\n{title}\n发布日期：2031-05-10\n"
        assert parse_text(glued(head + REPLY)).title == title
