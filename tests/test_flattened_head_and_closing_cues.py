"""Letters whose line breaks a copy lost (a page copied as one line, blanks between its old
lines or none): the head's chrome, the salutation and the closing each read as on the lines
the letter had (flat62). Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_SEPS = [" ", ""]
_BODY = (
    "您提出的关于加快东坪镇道路修缮的建议收悉，现答复如下："
    "我局已将该路段列入年度计划，今年内完成修缮。感谢您对交通工作的关心和支持。"
)

# (a page's head is looked for on a flattened line longer than a line of chrome is)
_LONG_BODY = _BODY + (
    "该路段全长三点二公里，是东坪镇通往县城的主要道路，沿线有两所学校和一处集市。"
    "我局已会同东坪镇人民政府对路面破损情况进行了实地踏勘，编制了修缮方案，"
    "计划分两期实施：第一期修补坑槽和破损路面，第二期加铺沥青面层并完善排水设施。"
    "施工期间我们将合理组织交通，尽量减少对群众出行的影响，并及时向您通报进展。"
)


def _flat(sep: str, *parts: str) -> str:
    return sep.join(parts)


@pytest.mark.parametrize("sep", _SEPS)
def test_a_bracketed_note_ends_at_its_bracket(sep: str) -> None:
    # (the page's link under the note glued after its closing bracket)
    text = _flat(
        sep, "王小明代表：", _BODY, "东坪县交通运输局", "2024年5月6日", "（此件主动公开）附件下载："
    )
    assert parse_text(text).public is True


def test_a_bracketed_note_in_a_sentence_of_its_own_still_needs_its_head() -> None:
    text = _flat("\n", "王小明代表：", _BODY, "东坪县交通运输局", "2024年5月6日", "（公开）招标")
    assert parse_text(text).public is None


@pytest.mark.parametrize("sep", _SEPS)
def test_the_unit_word_opens_the_phones_label_after_the_date(sep: str) -> None:
    # (no closing sentence before the date: the label after it says the closing has begun)
    body = _BODY[: _BODY.index("感谢")]
    text = _flat(
        sep, "王小明代表：", body, "2024年5月6日", "单位联系电话：0000-5550123", "办复类别：A类"
    )
    letter = parse_text(text)
    assert letter.signature.date == "2024-05-06"
    assert [c.phone for c in letter.contacts] == ["0000-5550123"]


def test_a_unit_word_after_other_words_stays_with_them() -> None:
    text = _flat(
        "",
        "王小明代表：",
        _BODY,
        "东坪县交通运输局",
        "2024年5月6日",
        "建设单位联系电话：0000-5550123",
    )
    letter = parse_text(text)
    assert letter.signature.date == "2024-05-06"
    assert letter.issuer == "东坪县交通运输局"


@pytest.mark.parametrize("tool", ["背景颜色：", "背景色："])
@pytest.mark.parametrize("sep", _SEPS)
def test_a_sites_brand_and_tools_before_the_salutation(tool: str, sep: str) -> None:
    text = _flat(
        sep,
        "关于县政协三届二次会议第8号提案的答复函-东坪网站",
        # (the page's row of cells, one line of the page's)
        f"发布日期：2023-09-27 15:38 来源：东坪县政府 阅读次数： 字号：[  ] {tool}",
        "王小明委员：",
        # (review62c: a line longer than a line of chrome, as the page's is, or no head is
        # asked for and the test passes without the rule)
        _LONG_BODY,
    )
    letter = parse_text(text)
    assert [(a.name, a.role) for a in letter.addressees] == [("王小明", "委员")]


@pytest.mark.parametrize(
    ("person", "unit"),
    [("赵小明", "东坪县交通运输局"), ("许明明", "交警东坪大队"), ("王琳", "东坪高新区党政办公室")],
)
@pytest.mark.parametrize("date", ["2024年5月6日", "20240506"])
def test_a_contacts_name_glued_before_the_unit_that_signs(
    person: str, unit: str, date: str
) -> None:
    text = _flat(
        "", "王小明代表：", _BODY, "联系电话：0000-5550123", f"联系人：{person}{unit}", date
    )
    letter = parse_text(text)
    assert letter.issuer == unit
    assert letter.signature.issuer == unit
    assert [(c.name, c.phone) for c in letter.contacts] == [(person, "0000-5550123")]


def test_a_unit_alone_under_the_contacts_label_signs_whole() -> None:
    text = _flat("", "王小明代表：", _BODY, "联系人：东坪县交通运输局", "2024年5月6日")
    assert parse_text(text).issuer == "东坪县交通运输局"


@pytest.mark.parametrize("sep", _SEPS)
def test_the_list_sent_to_after_the_subject_words_row(sep: str) -> None:
    text = _flat(
        sep,
        "王小明委员：",
        _BODY,
        "东坪县交通运输局",
        "二〇二四年五月六日",
        "主题词：政协 提案 答复",
        "报：县政协办 县府办",
    )
    assert parse_text(text).cc == ["县政协办", "县府办"]


@pytest.mark.parametrize("sep", _SEPS)
def test_a_flattened_pages_title_cell_is_the_title(sep: str) -> None:
    title = "东坪县交通运输局关于县十届人大三次会议第12号建议的答复"
    text = _flat(
        sep,
        "- 索 引 号: 00012-0900-2024-00070",
        "- 文号: 东交函〔2024〕5号",
        "- 发布机构: 东坪县交通运输局",
        f"- 标题: {title}",
        "- 有效性:有效",
        "答复类别:B类",
        "王小明代表:",
        "《关于加快东坪镇道路修缮的建议》收悉。现答复如下:" + _LONG_BODY[len(_BODY) :],
        "东坪县交通运输局",
        "2024年5月6日",
    )
    letter = parse_text(text)
    assert letter.title == title
    assert letter.doc_number is not None and letter.doc_number.text == "东交函〔2024〕5号"


def test_a_title_cell_the_letter_writes_again_stays_its_own() -> None:
    title = "关于县十届人大三次会议第12号建议的答复"
    text = _flat(
        " ",
        "- 索 引 号: 00012-0900-2024-00070",
        f"- 标题: 东坪县交通运输局{title}",
        "- 有效性:有效",
        title,
        "王小明代表:",
        _LONG_BODY,
        "东坪县交通运输局",
        "2024年5月6日",
    )
    assert parse_text(text).title == title


def test_a_short_letter_under_a_portals_banner() -> None:
    text = _flat(
        " ",
        "政府信息公开",
        "东坪县人民政府信息公开",
        "王小明代表:",
        "你提出的《关于加快道路修缮的建议》收悉。现答复如下:该路段已列入计划。",
        "东坪县交通运输局",
        "2024年5月6日",
    )
    letter = parse_text(text)
    assert letter.title is None
    assert [(a.name, a.role) for a in letter.addressees] == [("王小明", "代表")]


@pytest.mark.parametrize("sep", _SEPS)
def test_a_welcome_banner_and_a_panels_heading_around_the_title(sep: str) -> None:
    title = "关于省十四届人大二次会议第1071号建议的答复"
    text = _flat(
        sep,
        "欢迎您访问东坪省农业农村厅网站",
        title,
        "来源:省农业农村厅 发布时间: 2024-08-04 11:45",
        "相关文章:",
        "访谈解读:",
        "东农督函〔2024〕49号",
        "答复类别:A类",
        "王小明代表:",
        _LONG_BODY,
        "东坪省农业农村厅",
        "2024年4月1日",
    )
    letter = parse_text(text)
    assert letter.title == title
    assert letter.doc_number is not None and letter.doc_number.text == "东农督函〔2024〕49号"


def test_a_mirrors_byline_after_the_title() -> None:
    title = "甲省水务厅关于省二十届人大九次会议第88号建议的答复"
    text = _flat(
        " ",
        f"[福建]{title}",
        "某某法规网 佚名",
        "某某法规网 中国福建  某某法规网 2031-04-02 09:41:05  评论()",
        f"文件名称:[福建]{title}",
        "文件编号: 发布时间:",
        "王小明代表:",
        _LONG_BODY,
        "甲省水务厅",
        "2031年4月1日",
    )
    assert parse_text(text).title == title


def test_a_class_mark_over_the_pages_date_is_no_byline() -> None:
    title = "关于东坪州政协第十三届一次会议第11号提案的答复函"
    text = _flat(
        " ",
        "您的位置:首页 >信息公开>政协提案>正文",
        title,
        "B 2017-12-16 00:00:00",
        "行政公署办公室 点击:[] 打印 分享到:",
        "《关于加快东坪镇道路修缮的提案》经转交通局研究办理,现答复如下:" + _LONG_BODY[len(_BODY) :],
        "东坪地区行政公署办公室",
        "2017年12月10日",
    )
    letter = parse_text(text)
    assert letter.title == title
    assert letter.handling_type == "B"


@pytest.mark.parametrize("sep", [" | ", "|"])
def test_the_pages_number_cell_yields_to_the_letters_own(sep: str) -> None:
    text = _flat(
        sep,
        "索引号:",
        "0000/2019-57355",
        "文 号:",
        "东交建〔2019〕18号",
        "公开日期:",
        "2019-12-23 09:41",
        "关于区人大一届三次会议第54号建议的答复",
        " 东交建[2019]18号 王小明代表: " + _LONG_BODY,
        "东坪区交通运输局 2019年5月13日",
    )
    letter = parse_text(text)
    assert letter.doc_number is not None and letter.doc_number.text == "东交建[2019]18号"


@pytest.mark.parametrize("sep", ["\n", *_SEPS])
def test_a_subject_words_label_in_a_sentence_sends_to_no_one(sep: str) -> None:
    # (review62c: 报： glued after 主题词's words only where that row opens as a row does)
    text = _flat(
        sep,
        "王小明代表：",
        "您来信中主题词：道路 修缮下的汇报：已收悉。" + _BODY,
        "东坪县交通运输局",
        "2024年5月6日",
    )
    assert parse_text(text).cc == []


@pytest.mark.parametrize("sep", _SEPS)
def test_the_subject_words_row_after_a_bracketed_note(sep: str) -> None:
    text = _flat(
        sep,
        "王小明委员：",
        _BODY,
        "东坪县交通运输局",
        "（此件公开发布）",
        "主题词：政协 提案 答复",
        "报：县政协办 县府办",
    )
    letter = parse_text(text)
    assert letter.cc == ["县政协办", "县府办"]
    assert letter.public is True


@pytest.mark.parametrize("sep", _SEPS)
@pytest.mark.parametrize(
    "own",
    [
        "关于县十届人大三次会议第12号建议办理情况的报告",
        "关于县十届人大三次会议第12号建议的协办意见",
    ],
)
def test_a_title_cell_yields_to_the_letters_own_title_of_any_reply_ending(
    sep: str, own: str
) -> None:
    # (review62c: the letter's own title over the salutation ends as a reply's may, not
    # only in 的答复 or 复函: the cell's value is the page's copy, not glued to it)
    text = _flat(
        sep,
        "- 索 引 号: 00012-0900-2024-00070",
        "- 标题: 东坪县交通运输局关于第12号建议的答复",
        "- 有效性:有效",
        own,
        "王小明代表:",
        _LONG_BODY,
        "东坪县交通运输局",
        "2024年5月6日",
    )
    assert parse_text(text).title == own
