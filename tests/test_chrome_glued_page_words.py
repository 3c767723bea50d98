"""A page flattened with nothing between its parts: the site's words glued before the title
or after the letter's last line are the page's (snippets written here, names and numbers
invented).

Before the title: the site's switches (长辈版, 手机版, 全文检索), the entries of its disclosure
menu (政府信息公开指南) and its section's banner (政府信息公开), the site's name before one of
them, and a menu's items parted by bars alone (加入收藏|设为首页|), each glued to the next and
to the title, had been read into the title. After the letter: the site's notice of its
rights (某县人民政府版权所有) glued after a contact's phone, and a footer image's file name
(foot_img.png) glued after a date written in figures only, had been read into the contacts
or hidden the signer.
"""

from __future__ import annotations

from replyparse import parse_text

_TITLE = "关于对县五届人大二次会议第7号建议的答复函"
_BODY = (
    "王某代表：你提出的关于改善村道照明的建议收悉。现答复如下："
    + "我局已会同镇政府核实路段情况，安排资金分批安装路灯，年内完成主要路段。" * 3
    + "感谢你对我们工作的关心和支持。"
)
_CELLS = "发布时间:2024-06-18 08:30 来源:某县交通运输局 浏览:0【字体大小:"


def test_elder_switch_glued_before_the_table_and_title() -> None:
    record = parse_text(
        "欢迎访问某县政府网站!无障碍 长辈版 智能问答 繁体版索引号: 0000/202405-00001 "
        "组配分类: 人大代表建议办理发布机构: 县交通局 主题分类: 综合政务"
        f"名称: {_TITLE} 文号:生成日期: 2024-06-18 发布日期: 2024-06-18{_TITLE}{_CELLS}"
        f"{_BODY}某县交通运输局2024年6月18日"
    )
    assert record.title == _TITLE


def test_disclosure_menu_glued_before_a_title_opening_with_dui() -> None:
    title = "对县五届政协二次会议第9号提案的答复函"
    record = parse_text(
        f"政府信息公开指南政府信息公开制度{title}发布时间: 2024-06-18 08:30:00"
        f"{_BODY}某县交通运输局2024年6月18日"
    )
    assert record.title == title


def test_bar_menu_switch_site_name_and_banner_glued_before_the_title() -> None:
    title = "某县交通运输局对县五届政协二次会议第9号建议的答复"
    record = parse_text(
        "站群导航市政府 市政府部门 县(市、区)政府|加入收藏|设为首页|手机版某县人民政府"
        "政府信息公开全文检索索引号: 0000/2024-00001 发布机构:生效日期: 2024-06-18 "
        f"所属主题: 政协委员提案办理{title}来源:某县交通运输局 发布时间:2024-06-18 "
        f"浏览次数: 【字体:{_BODY}某县交通运输局2024年6月18日"
    )
    assert record.title == title


def test_rights_notice_glued_after_the_contacts_phone() -> None:
    record = parse_text(
        f"{_TITLE}\n{_BODY}某县交通运输局2024年6月18日（联系人：李某，联系电话：13800000000"
        "某县人民政府版权所有   某县人民政府办公室主办网站标识码: 0000000000     "
        "ICP备案: 00000000号-1某公网安备   00000000000000号返回顶部"
    )
    assert [(c.name, c.org) for c in record.contacts] == [("李某", None)]


def test_footer_image_glued_after_a_date_in_figures() -> None:
    record = parse_text(
        f"{_TITLE}\n{_BODY}某县水务局2024520foot_img_01.png主办单位:某县人民政府 "
        "版权所有:某市人民政府办公室 网站地图网站标识码:0000000000 某ICP备00000000号-1"
    )
    assert record.issuer == "某县水务局"


# must not match: a title that opens with such a word, a body that writes one


def test_title_that_holds_a_switch_word_is_kept() -> None:
    title = "关于加快手机版政务服务平台建设的建议的答复"
    record = parse_text(f"{title}\n{_BODY}\n某县数据局\n2024年6月18日")
    assert record.title == title


def test_glued_title_opening_with_a_disclosure_word_is_kept() -> None:
    title = "政务公开工作提升建议的答复"
    record = parse_text(f"{title}发布时间: 2024-06-18 08:30:00{_BODY}某县数据局2024年6月18日")
    assert record.title == title


def test_body_sentence_with_a_view_count_and_rights_word_stays() -> None:
    body = (
        "王某代表：你提出的建议收悉。现答复如下：县政府网站访问量已达12000次，"
        "我局将核实作品的版权所有人并登记。感谢你的支持。"
    )
    record = parse_text(f"{_TITLE}\n{body}\n某县数据局\n2024年6月18日")
    assert record.title == _TITLE
    assert record.issuer == "某县数据局"
    assert record.signature is not None
    assert str(record.signature.date) == "2024-06-18"
