"""Glued copies (flat65; snippets written here, names, places and numbers invented):

- an action's heading glued to a paragraph that opens by moving what it acts on
  (一、建立某某制度将某某费用纳入…) or by naming what its work rests on
  (二、推进某某建设以某中心为主，…) ends there; written after an adverb (已将) or an actor
  (县医保局将…) the 将 is the sentence's own;
- an authority's heading glued over the title written again (某局关于…建议答复的函关于…建议
  答复的函王某代表：) keeps its 答复的函 whole: the title is the second copy's, the authority
  the issuer.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = (
    "关于县九届人大二次会议第17号建议的答复赵某某代表：你提出的《关于减轻门诊负担的建议》"
    "收悉，现答复如下："
)
_END = "感谢你对医保工作的关心和支持。甲县医疗保障局2099年6月12日"


def _headings(text: str) -> list[str]:
    return [section.heading for section in parse_text(text).sections]


def test_an_action_heading_before_a_moving_clause() -> None:
    text = (
        _HEAD
        + "一、建立普通门诊共济制度将慢性病、多发病的门诊费用纳入基金支付范围。"
        + "起付标准降至一百元。"
        + "二、推进村级医保服务站建设以乡镇卫生院为主，在各村设立服务点三十个。"
        + _END
    )
    assert _headings(text) == ["建立普通门诊共济制度", "推进村级医保服务站建设"]


def test_an_adverb_or_an_actor_before_jiang_keeps_the_sentence() -> None:
    text = (
        _HEAD
        + "一、县里已将慢性病门诊费用纳入基金支付范围。"
        + "二、县医保局将乙乡卫生院列入首批试点，年内完成。"
        + _END
    )
    assert _headings(text) == [
        "县里已将慢性病门诊费用纳入基金支付范围",
        "县医保局将乙乡卫生院列入首批试点，年内完成",
    ]


@pytest.mark.parametrize(
    "heading",
    [
        pytest.param("关于尽快将甲河清淤纳入县级计划，从根本上改善沿岸环境", id="jinkuai"),
        pytest.param("及时将乙乡卫生院列入首批试点，年内完成", id="jishi"),
        pytest.param("关于将丙村道路纳入改造计划的问题", id="guanyu"),
    ],
)
def test_an_adverb_or_guanyu_before_jiang_keeps_the_heading(heading: str) -> None:
    # (decided, fix132: 尽快将…纳入… is the item's demand, one clause, no paragraph's opening)
    text = _HEAD + "一、" + heading + "。二、加强巡查。我局已完成巡查。" + _END
    assert _headings(text) == [heading, "加强巡查"]


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        pytest.param("坚持基层优先", "将甲乡卫生院纳入首批试点，年内完成", id="youxian-jiang"),
        pytest.param("推进城乡统一", "将乙村门诊纳入统筹范围，年内完成", id="tongyi-jiang"),
        pytest.param("实行预防优先", "以乙乡卫生院为重点，逐步推开", id="youxian-yi"),
    ],
)
def test_a_principles_youxian_or_tongyi_is_no_adverb(heading: str, paragraph: str) -> None:
    # (review69: 坚持某某优先, 推进某某统一 is a heading that holds to a principle, its 优先 or
    # 统一 a noun: the paragraph's 将 or 以 after it opens the paragraph as after any heading)
    text = _HEAD + "一、" + heading + paragraph + "。二、加强巡查。我局已完成巡查。" + _END
    assert _headings(text) == [heading, "加强巡查"]


def test_a_heading_that_holds_to_its_basis_stays_whole() -> None:
    # (坚持以…为…: the heading's own frame, no paragraph opening inside it)
    text = _HEAD + "一、坚持以群众需求为导向，优化服务流程。" + _END
    assert _headings(text) == ["坚持以群众需求为导向，优化服务流程"]


def test_the_authoritys_heading_over_the_title_written_again() -> None:
    title = "关于丙县第九届人大二次会议第905号建议答复的函"
    text = (
        "丙县农业农村局"
        + title
        + title
        + "钱某某代表：您提出的《关于修建机耕道的建议》收悉，现答复如下："
        + "一、基本情况丙村共有耕地八百亩，机耕道年久失修，群众出行不便，亟待改善。"
        + "二、下一步打算我局将把该项目列入明年计划，资金到位后即开工建设，"
        + "建成后可方便沿线三个村民小组的农机通行和农产品运输，降低群众的生产成本。"
        + "三、其他事项我局将会同乡镇做好项目前期的踏勘、设计和群众动员等工作。"
        + "丙县农业农村局2099年3月4日"
    )
    letter = parse_text(text)
    assert letter.title == title
    assert letter.issuer == "丙县农业农村局"


def test_an_empty_view_count_glued_before_the_authoritys_title() -> None:
    # (the page's count left empty, its unit 次 glued to its colon and the title to the unit;
    # a flattened page's line: longer than a line of chrome)
    title = "丁县交通运输局对县九届人大二次会议第31号建议的复函"
    text = (
        "浏览次数:次"
        + title
        + "孙某某代表：您好，您提出的关于拓宽丁县东环路的建议（第31号）收悉。现答复如下："
        + "东环路拓宽工程已列入市交通运输局明年的建设计划，由市局统一组织实施，"
        + "我局将加强与市局的对接，协调推进工程前期工作，争取早日开工建设，方便群众出行。"
        + "工程建成后，东环路将由两车道拓宽为四车道，沿线三个乡镇的群众出行将更加便捷。"
        + "丁县交通运输局2099年3月4日（联系人：周某，电话：0000-5550123）"
    )
    letter = parse_text(text)
    assert letter.title == title
    assert letter.issuer == "丁县交通运输局"


def test_a_font_tool_left_open_before_the_number() -> None:
    # (the tool's label and its opening bracket, its sizes lost, the 发文字号 glued after it)
    text = (
        "当前位置：首页 > 政务公开 > 建议办理戊县水利局对县九届人大二次会议第44号建议的答复"
        "2031-05-06 09:15 来源：戊县水利局字号:【戊水建复〔2031〕7号B类吴某某代表：您提出的"
        "《关于整修戊县北干渠的建议》收悉。现答复如下：北干渠整修已列入县水利局年度计划，"
        "我局已完成现场踏勘和初步设计，资金落实后即组织施工，力争汛期前完成主体工程，"
        "保障沿线群众的灌溉用水。感谢您对水利工作的关心和支持。戊县水利局2031年5月6日"
    )
    letter = parse_text(text)
    assert letter.doc_number is not None
    assert letter.doc_number.text == "戊水建复〔2031〕7号"
    assert letter.handling_type == "B"


def test_an_archive_cells_value_glued_before_a_gapped_title() -> None:
    # (the archive's cell, its value in words, the authority's title glued to the value; the
    # title's item number between blanks, as the page set it)
    text = (
        "手机版登录|注册政府信息公开归档时间:已归档己县林业局对县九届人大二次会议第 8 号建议的回复"
        "2031-07-10 16:49 信息来源:己县林业局郑某某代表:您提出的《关于加强护林防火的建议》收悉。"
        "现回复如下:收到建议后，我局与您进行了面对面沟通，并组织人员对辖区林区进行了实地查看，"
        "已在重点林区增设防火宣传牌二十块、瞭望哨两处，下一步将继续加强巡护力量，"
        "确保林区安全。感谢您对林业工作的关心和支持。己县林业局2031年7月8日"
    )
    letter = parse_text(text)
    assert letter.title == "己县林业局对县九届人大二次会议第8号建议的回复"


def test_the_signer_glued_after_an_attached_forms_title() -> None:
    # (the attachment's title ends with the form's kind, 联系表, the signer glued after it)
    text = (
        "关于县九届人大二次会议第52号建议的答复庚某某代表：您提出的《关于修复庚河堤防的建议》"
        "收悉，现答复如下：庚河堤防修复工程已列入今年的水利建设计划，目前已完成设计，"
        "下一步我们将抓紧组织施工。感谢您对水利工作的关心和支持。"
        "附件：建议办理沟通联系表庚县水利局2031年5月18日"
    )
    letter = parse_text(text)
    assert letter.signature is not None
    assert letter.signature.issuer == "庚县水利局"
    assert letter.signature.date == "2031-05-18"


def test_an_archive_cell_glued_after_the_contacts_phone() -> None:
    # (the page's archive cell glued to the phone's figures at the letter's end)
    text = (
        "关于县九届人大二次会议第19号建议的回复辛某某代表：您提出的《关于改造辛溪桥的建议》"
        "收悉，现回复如下：辛溪桥改造已列入明年的农村公路建设计划，我局将加快前期工作。"
        "感谢您对交通运输工作的关心和支持。辛县交通运输局2031年4月12日签发人:冯某某"
        "              联系人:褚某某联系单位:辛县交通运输局  联系电话:0000123归档时间:已归档"
    )
    contacts = parse_text(text).contacts
    assert [(c.name, c.phone) for c in contacts] == [("褚某某", "0000123")]


def test_an_archive_cell_glued_after_the_contacts_office() -> None:
    # (the same cell glued after the words of the last contact row, its office: flat65b)
    text = (
        "关于县九届人大二次会议第19号建议的回复辛某某代表：您提出的《关于改造辛溪桥的建议》"
        "收悉，现回复如下：辛溪桥改造已列入明年的农村公路建设计划，我局将加快前期工作。"
        "感谢您对交通运输工作的关心和支持。辛县交通运输局2031年4月12日签发人:冯某某"
        "              联系人:褚某某联系电话:0000123联系单位:辛县交通运输局归档时间:已归档"
    )
    contacts = parse_text(text).contacts
    assert [(c.name, c.org, c.phone) for c in contacts] == [("褚某某", "辛县交通运输局", "0000123")]


def test_an_items_own_subject_before_its_basis_keeps_the_sentence() -> None:
    # (small66: the item names who or what does the work, then its basis and predicate: one
    # sentence, as on its kept line; review65a narrowed the 在…下， frame so)
    text = (
        _HEAD
        + "一、推进村级医保服务站建设以乡镇卫生院为主，在各村设立服务点三十个。"
        + "二、全县门诊共济工作以乡镇卫生院为主，已覆盖各村。"
        + "三、各乡镇以村卫生室为依托，设立服务点三十个。"
        + "四、建立普通门诊共济制度将慢性病门诊费用纳入基金支付范围。"
        + _END
    )
    assert _headings(text) == [
        "推进村级医保服务站建设",
        "全县门诊共济工作以乡镇卫生院为主，已覆盖各村",
        "各乡镇以村卫生室为依托，设立服务点三十个",
        "建立普通门诊共济制度",
    ]
