"""A disclosure page flattened onto one line with blanks between its lines: the site's name
with its web address after it (the banner), the page's title cell whose value holds a
blank (``名 称： 某局关于…代表  提案的答复``) and the heading written again with the same
blank, the font tool's empty brackets (``字号：[ ]``) with the salutation to a group after
them, no role word nor colon (``某村代表组  你们提出的…``). Snippets are invented."""

from __future__ import annotations

from replyparse import parse_text
from replyparse.chrome import chrome_head, is_chrome_line

_HEADING = "某县林业局关于对县政协第八届委员会第12号代表 提案的答复"
_TITLE = _HEADING.replace(" ", "")
_BODY = (
    "你们提出的第12号《关于疏浚某村灌溉沟渠的提案》已转我局办理，经实地查看，现答复如下："
    " 某村灌溉沟渠年久失修，淤塞较重，汛期排水不畅，确有疏浚的必要。"
    " 下一步，我局将会同镇里排定工期，力争在雨季到来前完成清淤和护坡。"
    " 感谢你们对林业工作的关心和支持。 某县林业局 2020年5月6日"
)


def _page(group: str = "某村代表组") -> str:
    return (
        "长者模式 无障碍浏览 某县人民政府 www.example.gov.cn 政府信息公开 政府信息公开指南 "
        "索引号: 000000000-202005-000001 主题分类: 2020年 发布机构:  某县人民政府 "
        f"发布日期: 2020-05-06 10:00 名 称: {_HEADING} 文号: 关键字: {_HEADING} "
        f"发布时间:2020-05-06 10:00 字号:[ ] {group} " + _BODY
    )


def test_title_cell_split_by_a_blank_and_the_heading_again() -> None:
    letter = parse_text(_page())
    assert letter.title == _TITLE
    assert letter.issuer == "某县林业局"


def test_group_salutation_after_the_font_tool() -> None:
    letter = parse_text(_page())
    assert [(a.name, a.role) for a in letter.addressees] == [("某村代表组", None)]


def test_font_tool_cell_with_words_after_its_brackets_is_not_chrome_whole() -> None:
    assert is_chrome_line("字号：[ ]")
    assert is_chrome_line("发布时间:2020-05-06 10:00 字号:[ 大 中 小 ]")
    assert not is_chrome_line("字号:[ ] 某村代表组")
    assert not is_chrome_line("发布时间:2020-05-06 10:00 字号:[ ] 某村代表组")


def test_font_tool_then_page_tools_stays_chrome() -> None:
    # (must-not-match: the page's tools after the font tool's brackets are the page's)
    line = "发布时间:2020-05-06 来源:某县林业局 点击量:12 [ 字体: ] 打印 分享: 某县林业局"
    assert is_chrome_line(line)


def test_site_name_before_its_address_is_the_banner() -> None:
    line = _page()
    spans = chrome_head(line)
    banner = line.index("某县人民政府 www")
    assert any(a <= banner < b for a, b in spans)


def test_tidy_page_keeps_its_record() -> None:
    # (must-not-match: the page on its lines, as written, reads the same)
    text = (
        "某县人民政府 www.example.gov.cn\n\n名 称: "
        f"{_HEADING}\n文号: 关键字:\n\n{_HEADING}\n\n发布时间:2020-05-06 10:00\n字号:[ ]\n\n"
        "某村代表组\n\n" + _BODY.replace(" ", "\n\n")
    )
    letter = parse_text(text)
    assert letter.title == _TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("某村代表组", None)]
