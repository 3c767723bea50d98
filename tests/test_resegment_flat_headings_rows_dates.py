"""Letters that lost their line breaks: headings, points, rows and the closing put back on
lines of their own as the kept lines have them (snippets written here, names, places and
numbers invented; docs/record.md, decided flat65).

- A heading that quotes a demand is as long as the quote and a heading's own words; a 向
  inside the quote makes no 建议 a verb.
- 是 binds a heading's last words to the paragraph's opening word after it; 背景 is a
  heading's topic, 多年来 a paragraph's opening word; 请 after a topic goes on with its clause.
- A first point written without 一、 opens a line where its 二、 has a heading of its shape.
- A 发文字号 opening the copy, the opening glued after it, is a line of its own.
- 办复情况： is a form's last row over the title.
- A listing's rows glued after its session and number are lines of their own, the page's
  tabs too.
- A signer's name glued to a 发文字号 whose code cuts the letter's place to one character.
- A signer after a phone at the end is read though a body's date came first.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.resegment import resegment
from replyparse.textview import TextView, normalise_newlines
from replyparse.unwrap import unwrap
from spans import span_problems


def _lines(text: str) -> list[str]:
    view = resegment(unwrap(TextView(normalise_newlines(text))))
    return [line.text for line in view.content_lines]


_HEAD = "关于县十届人大三次会议第12号建议的答复王某某代表：您提出的《关于修缮甲村便民桥的建议》收悉，现答复如下："
_END = "感谢您对交通工作的关心和支持。某县交通运输局2099年5月10日"


def _headings(text: str) -> list[str]:
    return [section.heading for section in parse_text(text).sections]


@pytest.mark.parametrize("gap", ["", " "], ids=["glued", "blank"])
def test_a_heading_quoting_a_long_demand(gap: str) -> None:
    first = "关于“尽快新建甲村至乙村的公路，方便群众出行”的建议"
    second = (
        "关于“加大对村级道路养护的投入，由县财政按里程安排专项资金，并由乡镇定期组织巡查”的建议"
    )
    third = "关于“请县职业学校定向招收培养道路养护人员”的建议"
    text = (
        _HEAD
        + gap
        + f"一、{first}{gap}该建议可行，已列入计划。"
        + gap
        + f"二、{second}{gap}该建议暂不可行，我局将积极争取。"
        + gap
        + f"三、{third}{gap}该建议可行，县职业学校已开设相关专业。"
        + gap
        + _END
    )
    assert _headings(text) == [first, second, third]


def test_a_gap_past_a_heading_s_forty_characters_ends_no_heading() -> None:
    # (the item runs on past its quote into a sentence: the gap further on, inside a cited
    # document's name, is no heading's end; a heading ends at a gap within forty characters,
    # the quoted words counted: decided, stop 63, flat65's longer reach there taken back)
    item = (
        "一、“增加护林员名额，在原有基础上增加10名”的建议将部分农户转为护林员，"
        "是贯彻《某某 某某关于护林工作的意见》的要求，我局将优先安排。"
    )
    text = _HEAD + item + "二、关于护林道路的建议我局将积极争取资金。" + _END
    heading = parse_text(text).sections[0].heading
    assert heading.startswith("“增加护林员名额，在原有基础上增加10名”的建议")
    assert "某某 某某" not in heading


def test_shi_binds_the_heading_to_the_word_after_it() -> None:
    text = (
        _HEAD
        + "一、关于职责划分。托管机构的行业主管部门是教育部门。"
        + "二、对托管机构食品安全的监管是依据是《某某食品安全条例》等规定。"
        + "三、下一步我局将加强监管。"
        + _END
    )
    assert _headings(text)[1] == "对托管机构食品安全的监管是依据是《某某食品安全条例》等规定"


def test_background_is_a_topic_and_duonianlai_opens_a_paragraph() -> None:
    text = (
        _HEAD
        + "一、办理工作背景感谢您对甲村便民桥的关心，您提出的问题群众反映较多。"
        + "二、关于修订完善《某某管理条例》方面多年来，我局会同有关部门推动修订工作。"
        + _END
    )
    assert _headings(text) == ["办理工作背景", "关于修订完善《某某管理条例》方面"]


def test_qing_after_a_topic_goes_on_with_its_clause() -> None:
    text = (
        _HEAD
        + "一、古树保护要经过专家鉴定，达到保护级别的才能挂牌保护，请村组提出申请。"
        + "二、农家乐经营工作请与社区、镇政府共同商议，由社区统一上报计划。"
        + _END
    )
    assert _headings(text)[1] == "农家乐经营工作请与社区、镇政府共同商议，由社区统一上报计划"


def test_a_first_point_written_without_its_numeral() -> None:
    text = (
        _HEAD
        + "近年来，我局高度重视优抚工作，全区优抚工作持续向好。"
        + "就医方面：我局出台了优抚对象医疗补助办法，政策延续至今。"
        + "二、储蓄方面：我局向各镇印发了优待证使用说明。"
        + _END
    )
    lines = _lines(text)
    assert "就医方面：我局出台了优抚对象医疗补助办法，政策延续至今。" in lines
    sections = parse_text(text).sections
    assert [(s.marker, s.heading) for s in sections][-1][0] == "二、"


@pytest.mark.parametrize("gap", ["", " "], ids=["glued", "blank"])
def test_points_in_a_sentence_s_list_open_no_line(gap: str) -> None:
    # (after a semicolon a point is one of the sentence's list, as the kept lines hold it:
    # no line opens there, and the lone 二、 after it stays the body's, as it is there)
    sentence = "近年来我区优抚工作持续向好，就医方面：出台了补助办法；出行方面：发放了乘车卡。"
    second = "二、储蓄方面：我局向各镇印发了优待证使用说明。"
    flat = parse_text(gap.join([_HEAD, sentence, second, _END]))
    kept = parse_text("\n".join([_HEAD, sentence, second, _END]))
    assert sentence in _lines(gap.join([_HEAD, sentence, second, _END]))
    assert [s.marker for s in flat.sections] == [s.marker for s in kept.sections] == []


def test_a_sentence_s_colon_is_no_point_without_a_second_of_its_shape() -> None:
    text = (
        _HEAD
        + "近年来，我局高度重视优抚工作。具体做法如下：一是出台办法；二是加强宣传。"
        + "二、储蓄方面：我局向各镇印发了优待证使用说明。"
        + _END
    )
    assert not any(line.startswith("具体做法如下") for line in _lines(text))


def test_a_number_opening_the_copy_with_the_opening_glued() -> None:
    text = (
        "某社建字〔2099〕141号您提出的关于助力零工市场发展的建议收悉。现答复如下："
        "一、关于完善政策机制近年来，我部积极会同有关部门健全制度机制。"
        "二、关于加强服务近年来，各地推进零工市场建设。"
        "感谢您对人力资源社会保障工作的关心和支持。"
    )
    assert _lines(text)[0] == "某社建字〔2099〕141号"
    record = parse_text(text)
    assert record.doc_number is not None
    assert record.doc_number.text == "某社建字〔2099〕141号"
    assert span_problems(record) == []


def test_a_form_s_handled_row_over_the_title() -> None:
    # (the form's rows on one line, a blank between them, the title glued after its last;
    # the reply's lines glued after it)
    text = (
        "建议号15 提案人:王某某 内容: 近年来我县农网改造加快，但部分村组尚未改造，群众反映强烈。 "
        "承办单位:县水务局 交办日期:3月19日 反馈时间: 办复情况:"
        "某县水务局关于某县第十五届人大一次会议第15号建议的答复函"
        "王某某代表：您提出的《关于完善农网改造工程的建议》收悉，现答复如下："
        "我局已将剩余村组列入今年计划。感谢您的关心和支持。某县水务局2099年5月10日"
    )
    record = parse_text(text)
    assert record.title == "某县水务局关于某县第十五届人大一次会议第15号建议的答复函"


def test_a_listing_s_rows_and_tabs_glued_after_its_number() -> None:
    # (the tabs' bullets keep the blank after them that each item had on its line)
    text = (
        "关于“对甲乙公路沿线村庄道路进行整修”建议的答复某县第十九届人民代表大会第二次会议24"
        "建议人：陈某某、马某某主办单位：某县自然资源局答复时间：2099-06-12• 答复内容• 建议内容"
        "陈某某、马某某代表：“关于对甲乙公路沿线村庄道路进行整修”的建议收悉，现答复如下："
        "整修应避免占用耕地。感谢您们对我们工作的关心和支持。某县自然资源局2099年6月12日"
    )
    lines = _lines(text)
    rows = ["建议人：陈某某、马某某", "主办单位：某县自然资源局", "答复时间：2099-06-12"]
    at = lines.index(rows[0])
    assert lines[at : at + 5] == [*rows, "•答复内容", "•建议内容"]
    assert parse_text(text).title == "关于“对甲乙公路沿线村庄道路进行整修”建议的答复"


def test_a_signer_glued_to_a_code_that_cuts_the_place() -> None:
    text = (
        "某鸡市生态环境局签发人:赵某某某市环函〔2099〕93号对市政协九届四次会议第31号提案的答复函"
        "钱某某委员：您提出的《关于加强农村污水处理的提案》收悉。现答复如下："
        "近年来，某鸡市高度重视农村环境保护工作。感谢您的关心和支持。某鸡市生态环境局2099年5月9日"
    )
    lines = _lines(text)
    assert "签发人：赵某某" in lines
    record = parse_text(text)
    assert record.doc_number is not None
    assert record.doc_number.text == "某市环函〔2099〕93号"


@pytest.mark.parametrize(
    ("authority", "signer"),
    [("宁安市生态环境局", "签发人：赵某某"), ("宁安县生态环境局", "签发人：赵某")],
    ids=["place-written", "no-such-place"],
)
def test_a_code_s_cut_place_is_one_the_letter_writes(authority: str, signer: str) -> None:
    # (the code's 宁市 read as 宁安市 cut short only where the letter writes a place of two
    # characters opening with 宁 at that level; elsewhere the name is split as before)
    text = (
        f"{authority}签发人:赵某某宁市环函〔2099〕93号对市政协九届四次会议第31号提案的答复函"
        "钱某某委员：您提出的《关于加强农村污水处理的提案》收悉。现答复如下："
        f"近年来，我局高度重视农村环境保护工作。感谢您的关心和支持。{authority}2099年5月9日"
    )
    assert signer in _lines(text)


@pytest.mark.parametrize("gap", ["", " "], ids=["glued", "blank"])
def test_the_signer_after_a_phone_after_a_body_s_date(gap: str) -> None:
    text = (
        _HEAD
        + gap
        + "2098年12月30日我县完成了甲村供水工程验收。下一步，我局将积极争取资金。"
        + gap
        + "联系人姓名及电话：孙某 13800000000"
        + gap
        + "某县水利局"
        + gap
        + "2099年"
    )
    record = parse_text(text)
    assert record.signature.issuer == "某县水利局"
    assert [(c.name, c.phone) for c in record.contacts] == [("孙某", "13800000000")]


def test_a_listing_flattened_with_blanks_keeps_its_title_and_no_page_date() -> None:
    # (the 答复时间 cell opening its piece is one label, no title's 答复 left over before
    # the tabs; its date in figures is the page's)
    text = " ".join(
        (
            "关于“对甲乙公路沿线村庄道路进行整修”建议的答复",
            "某县第十九届人民代表大会第二次会议",
            "24",
            "建议人: 陈某某、马某某",
            "主办单位: 某县自然资源局",
            "答复时间: 2099-06-12",
            "• 答复内容",
            "• 建议内容",
            "陈某某、马某某代表:",
            "“关于对甲乙公路沿线村庄道路进行整修”的建议收悉，现答复如下：",
            "整修应避免占用耕地，确实无法避让的，由县自然资源局实施耕地进出平衡。",
            "施工期间将设置临时便道和警示标志，确保村民出行安全。",
            "感谢您们对我们工作的关心和支持。",
            "某县自然资源局",
            "2099年6月15日",
        )
    )
    record = parse_text(text)
    assert record.title == "关于“对甲乙公路沿线村庄道路进行整修”建议的答复"
    assert [d.value for d in record.dates] == ["2099-06-15"]
