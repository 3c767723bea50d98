"""Pages that print more than the letter around it (replyparse.chrome): a 建议 database's
pipe table of the item above its reply and its ``建议答复：`` heading, a wiki mirror's
byline under the title (site·作者佚名 and its date) and its width switch, a mirror's
免责声明 under the signature date, a site's header (a row of adverts, the site's name)
over the breadcrumb, and a wiki infobox's bulleted ``- 标签:值`` rows in the title's place.
None of them is the title, salutation, issuer or a date of the letter. Snippets in our own
words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines, is_chrome_line
from spans import span_problems

OPENING = "您提出的《关于修建某某道路的建议》（第12号建议）收悉，现答复如下：我局将积极推进。\n"

TABLE = (
    "建议标题: | 关于修建某某道路的建议 | ||||\n"
    "编号: | 12000012 | 建议类型: | 大会期间建议 | 提交日期: | 2019-01-16 |\n"
    "主办单位(分办单位): | 某厅 | 协办单位: | 某委 |\n"
    "建议答复:\n王某代表:\n" + OPENING
)


def test_an_item_table_over_the_reply_is_no_part_of_the_letter() -> None:
    letter = parse_text(TABLE)
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert letter.title is None
    assert letter.dates == []
    assert (letter.proposal.number, letter.proposal.title) == ("12", "关于修建某某道路的建议")


def test_an_item_table_of_three_rows_with_its_scope_cell() -> None:
    text = TABLE.replace(
        "主办单位(分办单位)", "建议公开范围: | 仅公开标题 | 主办单位(分办单位)"
    ).replace("建议标题", "内容分类: | 交通 | 建议办理类型: | 政府类 | ||\n建议标题", 1)
    letter = parse_text(text)
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert letter.title is None


def test_a_reply_heading_without_a_table_names_nobody() -> None:
    # (decided, left56b: the record's 建议答复 row is a form's label with no table over it
    # too; an earlier round read it as the salutation and 建议答复 as a body addressed)
    letter = parse_text("建议答复:\n" + OPENING)
    assert (letter.salutation, letter.addressees) == (None, [])


BYLINE_LETTER = (
    "关于对某县政协2010第012号提案的答复\n\n{byline}\n\n县某协会:\n\n"
    "你们提出《关于加强某某工作》的提案已收悉，现答复如下：我局将认真研究，积极推进。\n\n"
    "某县某局\n2010年6月5日\n"
)


@pytest.mark.parametrize(
    "byline",
    [
        pytest.param("某某百科·作者佚名  2012-04-18  \n宽屏版  字体: |||超大  ", id="byline-and-width"),
        pytest.param("某某百科·作者佚名  2012-04-18", id="byline"),
        pytest.param("作者：王某  2012-04-18", id="author-label"),
    ],
)  # fmt: skip
def test_a_mirrors_byline_under_the_title(byline: str) -> None:
    letter = parse_text(BYLINE_LETTER.format(byline=byline))
    assert letter.title == "关于对某县政协2010第012号提案的答复"
    assert [d.value for d in letter.dates] == ["2010-06-05"]


@pytest.mark.parametrize(
    "line",
    [
        "某某百科·作者佚名  2012-04-18",
        "宽屏版  字体: |||超大",
        "免责声明:本文为网络用户发布,其观点仅代表作者个人观点,与本站无关。",
    ],
)
def test_mirror_lines_are_chrome(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    ["作者王某同志2012年获评先进个人。", "该书作者佚名，成书于清代。", "免责条款已写入合同。"],
)
def test_a_letters_lines_with_the_words_stay(line: str) -> None:
    assert not is_chrome_line(line)


FOOTER_LETTER = (
    "关于对某县政协2010第012号提案的答复\n\n县某协会:\n\n"
    "你们提出《关于加强某某工作》的提案已收悉，现答复如下：我局将认真研究，积极推进。\n\n"
    "二OO九年六月五日{mark}\n\n \n"
    "免责声明:本文为网络用户发布,其观点仅代表作者个人观点,与本站无关,本站仅提供信息存储服务。\n"
    " \n© 2005- 某某百科 版权所有"
)


@pytest.mark.parametrize("mark", ["[1]", ""])
def test_the_signature_date_over_a_disclaimer(mark: str) -> None:
    letter = parse_text(FOOTER_LETTER.format(mark=mark))
    assert letter.signature.date == "2009-06-05"


BANNER_PAGE = (
    "某某网站首页广告一,广告二\n\n某市人民政府\n\n当前位置: 首页 > 政务公开 > 建议提案\n\n"
    "对市九届人大一次会议《关于修建某某道路的建议》(第21号)的答复\n\n"
    "发布时间:2022-12-21 浏览次数:16\n\n王某代表:\n\n"
    "您提出的《关于修建某某道路的建议》收悉，现答复如下：我县将积极推进。\n\n"
    "  某县人民政府\n\n                              2022年8月26日\n"
)


def test_a_sites_header_over_the_breadcrumb() -> None:
    letter = parse_text(BANNER_PAGE)
    assert letter.title == "对市九届人大一次会议《关于修建某某道路的建议》(第21号)的答复"
    assert letter.issuer == "某县人民政府"


def test_a_pages_heading_over_the_sites_header() -> None:
    heading = "对市九届人大一次会议《关于修建某某道路的建议》(第21号)的答复\n\n"
    letter = parse_text(heading + BANNER_PAGE)
    assert letter.title == "对市九届人大一次会议《关于修建某某道路的建议》(第21号)的答复"
    assert letter.issuer == "某县人民政府"


def test_a_sites_header_over_the_breadcrumb_in_a_flattened_page() -> None:
    more = "针对您的建议，县领导多方研究，计划修建某某大道，前期手续稳步推进，年底前开工建设。" * 3
    text = BANNER_PAGE.replace("我县将积极推进。", "我县将积极推进。" + more)
    letter = parse_text(" ".join(line.strip() for line in text.split("\n") if line.strip()))
    assert letter.title == "对市九届人大一次会议《关于修建某某道路的建议》(第21号)的答复"
    assert letter.salutation == "王某代表:"


def test_a_title_over_the_breadcrumb_stays() -> None:
    text = BANNER_PAGE.replace(
        "某某网站首页广告一,广告二\n\n某市人民政府", "关于修建某某道路的建议的答复"
    )
    text = text.replace("对市九届人大一次会议《关于修建某某道路的建议》(第21号)的答复\n", "")
    letter = parse_text(text)
    assert letter.title == "关于修建某某道路的建议的答复"


INFOBOX = (
    "基本介绍\n- 中文名:关于对政协某市四届一次会议第21号提案的答复\n- 原建议提出者:王某\n"
    "- 发布时间:二〇〇七年五月十四日\n- 发布机关:某市人民政府\n王某委员:\n"
    "你提出的关于《搬迁某某电杆》的提案收悉。现就提案的有关问题答复如下：我公司将协调处理。\n"
    "二〇〇七年五月十四日\n"
)


INFOBOX_NAME = "关于对政协某市四届一次会议第21号提案的答复"


def test_an_infobox_in_the_titles_place() -> None:
    # (fix108: the 中文名 row's value is the letter's title where no line of the letter
    # writes one, as a page's 标题 cell's is; an earlier round read no title off it) The
    # other rows stay the page's: the 发布时间 row gives no date, the 发布机关 no issuer.
    letter = parse_text(INFOBOX)
    assert letter.title == INFOBOX_NAME
    assert letter.title_span is not None
    assert INFOBOX[slice(*letter.title_span)] == INFOBOX_NAME
    assert letter.title_span[0] == INFOBOX.index("中文名:") + len("中文名:")
    assert (letter.proposal.kind, letter.proposal.number, letter.proposal.session) == (
        "提案",
        "21",
        "政协某市四届一次会议",
    )
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "委员")]
    assert letter.signature.date == "2007-05-14"
    assert [d.span[0] > INFOBOX.index("委员") for d in letter.dates] == [True]
    assert letter.issuer is None
    assert span_problems(letter) == []


TRADITIONAL_INFOBOX = (
    "基本介紹\n- 中文名:關於對某縣政協五屆二次會議第36號提案的答覆\n- 原建議提出者:趙某\n"
    "- 發布時間:二〇一〇年六月八日\n- 發布機關:某縣人民政府\n趙某委員:\n"
    "您提出的《關於整治某村河道的提案》收悉，現答覆如下：我局將加快推進。\n二〇一〇年六月八日\n"
)


def test_an_infobox_in_traditional_characters_in_the_titles_place() -> None:
    letter = parse_text(TRADITIONAL_INFOBOX)
    assert letter.title == "關於對某縣政協五屆二次會議第36號提案的答覆"
    assert (letter.proposal.number, letter.proposal.session) == ("36", "某縣政協五屆二次會議")
    assert [d.value for d in letter.dates] == ["2010-06-08"]


def test_an_infobox_over_the_title_it_names_gives_the_line_the_title() -> None:
    # the letter writes its title under the infobox: read there, once (as before fix108)
    text = INFOBOX.replace("王某委员:\n", INFOBOX_NAME + "\n王某委员:\n")
    letter = parse_text(text)
    assert letter.title == INFOBOX_NAME
    assert letter.title_span == (
        text.rindex(INFOBOX_NAME),
        text.rindex(INFOBOX_NAME) + len(INFOBOX_NAME),
    )


def test_a_letters_own_list_of_labelled_rows_stays() -> None:
    text = INFOBOX.replace("- 发布时间:二〇〇七年五月十四日\n", "")
    letter = parse_text(text)
    assert letter.title is not None


SPACED_META_ROWS = (
    "- 索 引 号:000000/2099-00012\n- 主题分类:某县建议办理结果\n- 发布机构:某县水务局\n"
    "- 成文时间:2099年05月06日\n- 文 号:无\n- 发文时间:2099年05月06日\n"
    "- 标  题:某县水务局关于县一届一次会议第8号建议的答复（关于修缮某村水渠的建议）\n"
    "- 效力状态:有效\n"
)


@pytest.mark.parametrize("rows", [SPACED_META_ROWS, SPACED_META_ROWS.replace(":", "：")])
def test_a_pages_bulleted_rows_with_spaced_labels_are_its_list(rows: str) -> None:
    # a page's metadata list, its labels spaced out to one width (文 号, 标  题): every row
    # is the page's, the spaced ones too (an earlier round kept 文 号 and 标 题 as the
    # letter's and glued them into its title)
    text = rows + "某县水务局关于县一届一次会议第8号建议的答复\n王某代表：\n" + OPENING
    lines = text.split("\n")
    assert sorted(chrome_lines(lines, text)) == list(range(8))


def test_a_letters_bulleted_lines_with_spaced_words_stay() -> None:
    # a letter's own list under its opening, no page's row among them
    text = "关于某事的答复\n王某代表：\n" + OPENING + "- 甲 村:已完成\n- 乙 村:正在施工\n"
    lines = text.split("\n")
    assert chrome_lines(lines, text) == frozenset()


WRAPPED_TABLE = (
    "建议标题: | 关于修建从某某镇至某某新城的道路并完善沿线\n的配套设施的建议 | ||||\n"
    "编号: | 12000012 | 建议类型: | 大会期间建议 | 提交日期: | \n2019-01-16 |\n"
    "建议公开范围: | 仅公开标题 | 主办单位(分办单位): | 某厅 \n| 协办单位: | 某委 |\n"
    "建议答复:\n王某代表:\n" + OPENING
)


def test_an_item_table_a_hard_wrapped_copy_broke_over_lines() -> None:
    letter = parse_text(WRAPPED_TABLE)
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert letter.title is None
    assert letter.dates == []


def _printed(text: str, width: int = 28) -> str:
    """``text`` as a page printed ``width`` characters wide prints it, one line a printed
    line (every character here is a wide one)."""
    return "\n".join(
        line[k : k + width] for line in text.split("\n") for k in range(0, max(len(line), 1), width)
    )


def test_a_disclaimer_a_hard_wrapped_copy_broke_over_lines() -> None:
    text = _printed(
        "关于对某县政协2010第012号提案的答复\n县某协会：\n"
        "你们提出《关于加强某某工作》的提案已收悉，现答复如下：我局将认真研究，积极推进，"
        "进一步完善工作机制，加强队伍建设，切实发挥作用。\n二OO九年六月五日\n"
        "免责声明：本文为网络用户发布，其观点仅代表作者个人观点，与本站无关，本站仅提供信息存储服务。"
        "文中陈述内容未经本站证实，其真实性、完整性本站不作任何保证，请读者仅作参考。\n"
        "©２００５－　某某百科　版权所有"
    )
    assert parse_text(text).signature.date == "2009-06-05"


NAMED_INFOBOX = (
    "对某县政协三届一次会议第12号提案的答复\n\n{heading}\n\n"
    "  • 中文名:对某县政协三届一次会议第12号提案的答复\n  • 原建议提出者:王某\n"
    "  • 提出时间:二OO九年三月五日\n  • 答复机关:某县人民政府\n王某委员:\n"
    "您提出的《关于修建某村道路的提案》收悉。现答复如下:我局将积极推进。\n"
    "二OO九年三月五日\n"
)


@pytest.mark.parametrize("heading", ["基本介绍", "基本介紹", ""])
def test_an_infobox_naming_the_title_above_is_the_pages(heading: str) -> None:
    # no page's label among its rows (提出时间, not 发布时间): its 中文名 writing the title
    # above again is what shows it
    letter = parse_text(NAMED_INFOBOX.format(heading=heading))
    assert letter.title == "对某县政协三届一次会议第12号提案的答复"
    assert (letter.proposal.number, letter.proposal.session) == ("12", "某县政协三届一次会议")
    assert [d.value for d in letter.dates] == ["2009-03-05"]


def test_an_infobox_naming_another_line_stays() -> None:
    text = NAMED_INFOBOX.format(heading="基本介绍").replace(
        "中文名:对某县政协", "中文名:对某市政协"
    )
    letter = parse_text(text)
    assert letter.title != "对某县政协三届一次会议第12号提案的答复"


@pytest.mark.parametrize("label", ["发布机关", "答复机关"])
def test_an_infobox_with_a_pages_label_gives_no_date(label: str) -> None:
    # (dev35: a 发布机关 row shows a page, no line of which is chrome by itself: the
    # infobox is read all the same, its 时间 row no date of the letter's)
    text = NAMED_INFOBOX.format(heading="基本介绍").replace("答复机关", label)
    text = text.replace("提出时间", "时间")
    letter = parse_text(text)
    assert [d.value for d in letter.dates] == ["2009-03-05"]


ITEM_FORM = (
    "关于修建某村便民桥的建议\n"
    "议案内容 | 某村现有便民桥始建于1990年,年久失修。建议修建新桥。 |\n"
    "议案办理情况 | 已于2022年4月转交某镇办理。\n"
    "王某代表: 您好,您提出的关于某村新修便民桥一座的建议已收悉,现答复如下: "
    "我镇将积极争取资金。 感谢您的关心和支持!\n某县某镇人民政府 2022年9月1日\n"
)


@pytest.mark.parametrize(
    "text",
    [
        ITEM_FORM,
        ITEM_FORM.replace("议案", "建议"),
        ITEM_FORM.replace("议案内容 | ", "建议内容 |"),
        # the proposal's text wrapped over lines between the rows
        ITEM_FORM.replace("始建于1990年,", "始建于1990年,\n").replace("。建议", "。\n建议"),
        # under the page's own chrome
        "某县政务网\n首页 > 政务公开\n时间:2022-09-05 点击数:17\n" + ITEM_FORM,
    ],
)
def test_a_proposal_databases_form_of_the_item_is_the_pages(text: str) -> None:
    # its heading is the proposal's own title, its rows the proposal's text and the date
    # it was handed over: no title of the reply, no date of it
    letter = parse_text(text)
    assert letter.title is None
    assert [d.value for d in letter.dates] == ["2022-09-01"]
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert letter.proposal.title == "关于某村新修便民桥一座的建议"


def test_the_proposals_title_alone_over_the_salutation_stays_the_title() -> None:
    text = ITEM_FORM.split("\n", 3)
    letter = parse_text(text[0] + "\n" + text[3])
    assert letter.title == "关于修建某村便民桥的建议"
