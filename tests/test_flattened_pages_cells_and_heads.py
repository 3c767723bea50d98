"""Web pages flattened onto one line, read as their kept lines are (snippets written here,
names, places and numbers invented).

A copy that lost its line breaks joins a page's cells, its crumb, a record of the item and
the letter's head into one line, with a blank where each break was or with nothing. What
the page printed over the letter stays the page's, and what the letter wrote stays the
letter's (docs/record.md, decided flat65):

- a salutation's names and role with no colon after a page's cell, the opening after a
  blank, are the salutation;
- a crumb with no arrows (``网站首页 某栏目 对…的答复``), glued or not, is the page's up to
  the title;
- a classification cell's value of a few words (``主题分类 公开答复``) is the cell's;
- a year alone opening the page is its column's;
- a proposal's record run on over the reply is the page's up to the reply's heading;
- a table written twice keeps its second 文号 cell's value, the number read from the cell,
  and the authority's name between the table and the title is the letter's;
- the letter's class glued to the issuer's name after it is parted from it.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import _english_name_end, chrome_head
from spans import span_problems

_BODY = (
    "您在县政协十届三次会议上提出的《关于修缮甲村便民桥的建议》收悉，现答复如下："
    "一、基本情况。甲村便民桥建于上世纪八十年代，桥面破损，群众出行不便。"
    "二、下一步打算。我局已将该桥列入今年维修计划，安排资金八万元，汛期前完工。"
    "施工期间将设置临时便道和警示标志，确保村民出行安全，完工后组织验收并移交村委会管护。"
    "感谢您对交通工作的关心和支持。"
)
_SIGNED = "某县交通运输局 2099年5月10日"


def _flat(*pieces: str, glued: bool = False) -> str:
    return ("" if glued else " ").join(pieces)


@pytest.mark.parametrize("glued", [False, True], ids=["blank", "glued"])
def test_names_and_role_after_a_cell_are_the_salutation(glued: bool) -> None:
    # (the names and role stand apart from the opening by a blank: glued, the opening's
    # pronoun after the role tells them, as it did before)
    text = _flat(
        "某县交通运输局对县政协十届三次会议第12号提案的答复",
        "浏览次数:",
        "来源:某县交通运输局",
        "时间:2099-05-07 10:00",
        "背景色:",
        "李某某委员",
        _BODY,
        _SIGNED,
        glued=glued,
    )
    record = parse_text(text)
    assert [(a.name, a.role) for a in record.addressees] == [("李某某", "委员")]
    assert record.title == "某县交通运输局对县政协十届三次会议第12号提案的答复"
    assert span_problems(record) == []


@pytest.mark.parametrize("glued", [False, True], ids=["blank", "glued"])
def test_a_crumb_with_no_arrows_is_the_page_s(glued: bool) -> None:
    text = _flat(
        "欢迎访问某县人民政府网站！",
        "网站首页",
        "县政协提案",
        "对县十届政协三次会议第12号提案的答复",
        "浏览次数:25",
        "时间:2099年5月7日",
        "王某某委员:",
        _BODY,
        _SIGNED,
        glued=glued,
    )
    record = parse_text(text)
    assert record.title == "对县十届政协三次会议第12号提案的答复"
    assert [(a.name, a.role) for a in record.addressees] == [("王某某", "委员")]


@pytest.mark.parametrize(
    ("after_home", "chrome"),
    [
        ("县政协提案对县十届政协三次会议第12号提案的答复", "网站首页县政协提案"),
        # (no title's 关于 with a reply's ending, nor a 对 and its session, after the home:
        # the words glued after it are read as they were, none of them the crumb's)
        ("政务公开互动交流", ""),
    ],
    ids=["title-after-steps", "menu-alone"],
)
def test_a_glued_crumb_ends_where_the_title_opens(after_home: str, chrome: str) -> None:
    banner = "欢迎访问某县人民政府网站！"
    line = _flat(banner + "网站首页" + after_home, "浏览次数:25", "王某某委员:", _BODY, _SIGNED)
    assert [line[a:b] for a, b in chrome_head(line)] == [banner + chrome, "浏览次数:25"]


def test_a_classification_value_ending_as_a_title_is_the_cell_s() -> None:
    title = "某县交通运输局关于县十届人大三次会议第12号建议办理情况答复的函"
    text = _flat(
        "索 引 号 000000-2099-026",
        "主题分类 公开答复",
        "发布机构 某县交通运输局",
        "文 号 某交函〔2099〕12号",
        "生成日期 2099-04-22",
        "标 题 " + title,
        title,
        "发布时间:2099-04-23 10:13",
        "字号: 分享:",
        "答复类别:A类",
        "赵某某代表:",
        _BODY,
        _SIGNED,
    )
    record = parse_text(text)
    assert record.title == title
    assert record.public is None  # (公开答复 is the category's, no publication mark)


def test_a_year_alone_opening_the_page_is_its_column_s() -> None:
    text = _flat(
        "2099年",
        "县政协十届三次会议第12号提案的答复函",
        "文章来源: 发布时间:2099-05-07",
        "王某某委员:",
        _BODY,
        _SIGNED,
    )
    record = parse_text(text)
    assert record.title == "县政协十届三次会议第12号提案的答复函"
    assert "2099" not in [d.value for d in record.dates]


def test_a_proposal_s_record_over_the_reply_is_the_page_s() -> None:
    text = _flat(
        "关于修缮甲村便民桥的建议 |",
        "编 号:第〔12〕号 | 所属类别:委员提案 |",
        "提案人:王某某 | |",
        "审查结果:已立案 | 信息公开:是 |",
        "交办时间:2099年3月29日 | 是否重点:是 |",
        "主办单位:某县交通运输局 | 协办单位:某县财政局 |",
        "关于政协某县十届三次会议第12号提案的回复 |",
        "尊敬的王某某委员:",
        _BODY,
        _SIGNED,
    )
    record = parse_text(text)
    assert record.title == "关于政协某县十届三次会议第12号提案的回复"
    assert record.public is None
    assert "2099-03-29" not in [d.value for d in record.dates]
    assert span_problems(record) == []


@pytest.mark.parametrize("glued", [False, True], ids=["blank", "glued"])
def test_a_table_written_twice_and_the_authority_over_the_title(glued: bool) -> None:
    table = _flat(
        "[ 索引号 ] 000000/2099-00039",
        "[ 发文字号 ] 某科局函〔2099〕42号",
        "[ 主题分类 ] 科技",
        "[ 体裁分类 ] 人大建议办理",
        "[ 发布机构 ] 市科技局",
        "[ 成文日期 ] 2099-07-12",
        "[ 发布日期 ] 2099-07-12",
        glued=glued,
    )
    text = _flat(
        "您当前的位置: 首页>>政务公开>>人大代表建议办理情况公开",
        table,
        table,
        "某市科学技术局 关于市四届人大二次会议第53号建议办理情况的答复函",
        "日期:2099-07-12",
        "胡某某代表:",
        _BODY,
        _SIGNED,
        glued=glued,
    )
    record = parse_text(text)
    assert record.doc_number is not None
    assert record.doc_number.text == "某科局函〔2099〕42号"
    if glued:
        # (fix164: the page's date cell the view drops, glued to the title's ending and to
        # the names, shows the copy glued, so the blank after the name was the letter's own,
        # inside the title's line: the title keeps the name, as its kept lines read it, and
        # the issuer is the signer's, as there; flat65 read the name as the header's line)
        assert record.title == "某市科学技术局关于市四届人大二次会议第53号建议办理情况的答复函"
        assert record.issuer == "某县交通运输局"
        return
    assert record.issuer == "某市科学技术局"
    assert record.title == "关于市四届人大二次会议第53号建议办理情况的答复函"


@pytest.mark.parametrize(
    "english",
    ["The People's Government of Jiahe County", "Jiahe County People's Government"],
)
def test_a_portal_s_banner_with_its_english_name_is_the_page_s(english: str) -> None:
    # (the banner's government is none of the letter's: no word of it in the title, and the
    # page's government no issuer)
    text = _flat(
        "嘉禾县人民政府",
        english,
        "政府信息公开",
        "来源:",
        "时间:2099-05-07",
        "对县政协十届三次会议第12号提案的答复",
        "李某某委员:",
        _BODY,
        _SIGNED,
    )
    record = parse_text(text)
    assert record.title == "对县政协十届三次会议第12号提案的答复"
    assert record.issuer != "嘉禾县人民政府"
    assert [(a.name, a.role) for a in record.addressees] == [("李某某", "委员")]


@pytest.mark.parametrize(
    ("texts", "end"),
    [
        (["嘉禾县人民政府", "The", "People's", "Government", "of", "Jiahe", "County", "首页"], 7),
        (["嘉禾县人民政府", "Hello", "World", "政府信息公开"], 1),  # (no body's word)
        (["嘉禾县人民政府", "County", "政府信息公开"], 1),  # (one word: a switch, a tag)
        (["嘉禾县人民政府", "the", "county", "政府信息公开"], 1),  # (not capitalised)
    ],
)
def test_an_english_name_is_a_body_s_words(texts: list[str], end: int) -> None:
    assert _english_name_end(texts, 1, len(texts)) == end


def test_a_banner_line_with_its_english_name_is_the_page_s_where_lines_are_kept() -> None:
    # (the page's lines kept, no blank line between them: the banner's line no title's)
    text = "\n".join(
        [
            "嘉禾县人民政府 The People's Government of Jiahe County",
            "政府信息公开",
            "来源： 时间：2099-05-07",
            "某县交通运输局",
            "对县政协十届三次会议第12号提案的答复",
            "李某某委员：",
            _BODY,
            "某县交通运输局",
            "2099年5月10日",
        ]
    )
    record = parse_text(text)
    assert record.title == "对县政协十届三次会议第12号提案的答复"
    assert record.issuer == "某县交通运输局"


def test_the_class_glued_to_the_issuer_s_name() -> None:
    text = _flat(
        "索引号: 000000/2099-00088 | 发布机构: 某市环境保护局 |",
        "生成日期: 2099-05-09 | 公开方式: 主动公开 |",
        "公开范围: 面向全社会 |",
        "类 别:B",
        "某市生态环境局 签发人:赵某某",
        "某市环函〔2099〕93号",
        "对市政协十二届三次会议第25号提案的答复函",
        "钱某某委员:",
        _BODY,
        _SIGNED,
        glued=True,
    )
    record = parse_text(text)
    assert record.handling_type == "B"
    assert record.issuer == "某市生态环境局"
    assert record.doc_number is not None
    assert record.doc_number.text == "某市环函〔2099〕93号"


_LISTED = "某县交通运输局关于县十届人大三次会议第12号建议的答复"


@pytest.mark.parametrize(
    ("before", "title"),
    [
        # (a title ending in 答复 after its number in brackets: the label's 答复 the title's)
        (
            "某会议《关于增设甲镇路口信号灯的建议》（第95号）",
            "某会议《关于增设甲镇路口信号灯的建议》（第95号）答复",
        ),
        # (words no title ends with before it: the label whole, 答复日期：)
        (_LISTED + " 主办单位:某县交通运输局", _LISTED),
    ],
    ids=["title-ending", "after-a-cell"],
)
def test_a_label_opening_with_a_reply_s_ending(before: str, title: str) -> None:
    line = _flat(before + "答复日期:2099-06-29", "浏览量:101", "尊敬的王某某代表:", _BODY, _SIGNED)
    assert parse_text(line).title == title
