"""Other offices' spellings of what the fix rounds of stops 64-65 read (variants65): the
publication values with another modal word before 对外 or 向社会 (``可以对外公开``,
``不宜对外公开``, ``可向社会公开``), a font tool's label with another word for what it sets
(``字号调整：``, ``字体选择：``), a byline's date label after another word for what the page
posts (``稿件发布时间：``, ``内容发布日期：``, ``文章更新时间：``), a crumb's lead that lost its
位置 with 目前 (``您目前所在：首页 > …``), a login dialog worded otherwise (``您尚未登录，是否前往
登录？``, ``请先登录，是否跳转登录页面?``), a listing's date in brackets after the title
(``（2099-01-02）``, ``[2099-01-02]``), and a heading naming what the member asked with 在 or 提到 (``你在提案中
提出的…``, ``您建议中提到的…``). Snippets in our own words, names and numbers invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

JOINERS = pytest.mark.parametrize("joiner", ["\n", " ", ""], ids=["lined", "blank", "glued"])

# -- publication values (fix119's 对外公开 words) --------------------------------------------

PUBLIC_TITLE = "某区住建局关于区人大五届一次会议第21号建议的答复"
PUBLIC_LETTER = (
    "{title}\n{head}何某代表：\n您提出的《关于加装老旧小区电梯的建议》收悉，现答复如下。\n"
    "我局已将两个小区列入试点。\n某区住建局\n2098年4月9日\n"
)


@pytest.mark.parametrize(
    ("head", "public"),
    [
        pytest.param("可以对外公开\n", True, id="keyi"),
        pytest.param("可向社会公开\n", True, id="ke-to-society"),
        pytest.param("予以向社会公开\n", True, id="yuyi-to-society"),
        pytest.param("不宜对外公开\n", False, id="buyi"),
        pytest.param("不予向社会公开\nC类\n", False, id="buyu-to-society-over-class"),
        pytest.param("是否对外公开：不宜对外公开\n", False, id="after-its-label"),
        # the modal words negated, alone or after the label (review65b: the 公开 at the
        # line's end after 不可 was read as a value alone, yes)
        pytest.param("不可以对外公开\n", False, id="bukeyi"),
        pytest.param("不可向社会公开\n", False, id="buke-to-society"),
        pytest.param("是否公开：不可公开\n", False, id="buke-after-its-label"),
        pytest.param("公开属性：不可以向社会公开\n", False, id="bukeyi-to-society-after-label"),
    ],
)
def test_other_modal_words_before_the_outside(head: str, public: bool) -> None:
    letter = parse_text(PUBLIC_LETTER.format(title=PUBLIC_TITLE, head=head), keywords=False)
    assert letter.public is public
    assert letter.title == PUBLIC_TITLE


# -- page head: font tool, byline, crumb (fix115, fix117) ------------------------------------

PAGE_TITLE = "对县十届人大二次会议第64号建议的答复"
PAGE_BODY = [
    "您在县十届人大二次会议上提出的《关于整修东岭村道路的建议》收悉,现答复如下:",
    "(一)、我局已将东岭村道路纳入今年农村公路养护计划,完成路面修补一千二百米。",
    "(二)、关于拓宽路基的建议,我局将会同乡政府开展测量,争取列入明年项目库。",
    "某县交通运输局",
    "2098年8月12日",
    "(联系人:宋小川 电话:0000-5550177)",
]


def page_head(label: str) -> list[str]:
    return [
        "某县交通运输局",
        "当前位置 : 首页 > 信息公开 > 建议提案办理",
        PAGE_TITLE,
        "时间:2098-08-20 10:15:00",
        "来源:",
        label,
    ]


@pytest.mark.parametrize("label", ["字号调整:", "字体调整：", "字号选择:", "字号大小:"])
@JOINERS
def test_font_tools_other_words_over_masked_salutation(label: str, joiner: str) -> None:
    letter = parse_text(joiner.join([*page_head(label), "秦**:", *PAGE_BODY]), keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("秦**", None)]
    assert letter.title == PAGE_TITLE
    assert letter.proposal is not None
    assert letter.proposal.title == "关于整修东岭村道路的建议"


BYLINE_LETTER = (
    "关于增设某某社区卫生站的答复\n"
    "严某代表：\n"
    "您提出的建议收悉，现答复如下：\n"
    "卫生站建设已列入2099年计划。\n"
    "某区卫生健康局\n"
    "2098年3月14日\n"
)


@pytest.mark.parametrize(
    "byline",
    [
        "稿件发布时间：2098-03-20 08:40",
        "内容发布日期: 2098-03-20",
        "文章更新时间：2098-03-20",
        "信息更新日期：2098-03-20  来源：某区卫生健康局",
    ],
)
def test_bylines_other_posting_words(byline: str) -> None:
    record = parse_text(byline + "\n\n" + BYLINE_LETTER, keywords=False)
    assert [d.value for d in record.dates] == ["2099", "2098-03-14"]
    assert record.title == "关于增设某某社区卫生站的答复"


@pytest.mark.parametrize(
    "crumb", ["您目前所在：首页 > 互动交流 > 正文", "目前所在: 首页 >> 互动交流 >> 正文"]
)
def test_a_crumb_lead_with_muqian(crumb: str) -> None:
    head = f"某某服务网\n\n欢迎访问某某服务网!\n\n{crumb}\n\n"
    letter = (
        "对市某届人大某次会议第30号建议的答复函\n\n石某代表：\n"
        "您提出的《关于整治某某菜市场环境的建议》收悉。现答复如下：\n整治方案已制定。\n"
    )
    record = parse_text(head + letter, keywords=False)
    assert record.issuer is None
    assert record.title == "对市某届人大某次会议第30号建议的答复函"


# -- page foot: the login dialog (fix115) ---------------------------------------------------

FOOT_BODY = [
    "秦**:",
    "您提出的《关于整修东岭村道路的建议》收悉,现答复如下:",
    "我局已将东岭村道路纳入今年农村公路养护计划,完成路面修补一千二百米,并将于年内完成排水沟整治。",
    "下一步,我局将会同乡政府开展测量,争取把拓宽路基列入明年项目库,同时加强日常养护,"
    "及时处置坑槽和塌陷,保障群众出行安全。",
]


@JOINERS
@pytest.mark.parametrize(
    "prompt",
    ["您尚未登录，是否前往登录？", "请先登录，是否跳转登录页面?", "您尚未登录,是否跳转至登录页"],
)
def test_a_login_dialog_worded_otherwise(joiner: str, prompt: str) -> None:
    lines = [*page_head("字体:")[:5], *FOOT_BODY, "某县交通运输局", "2098年8月12日", prompt]
    letter = parse_text(joiner.join(lines), keywords=False)
    assert letter.signature is not None
    assert letter.signature.issuer == "某县交通运输局"
    assert letter.signature.date == "2098-08-12"


def test_a_sentence_about_not_logging_in_stays() -> None:
    # (the letter's own words: no dialog alone)
    body = [*FOOT_BODY[:2], "群众尚未登录时,可在首页选择是否前往登录页面办理。"]
    lines = [*page_head("字体:")[:5], *body, "某县交通运输局", "2098年8月12日"]
    letter = parse_text("\n".join(lines), keywords=False)
    assert letter.signature is not None
    assert letter.signature.date == "2098-08-12"
    assert "是否前往登录页面" in letter.text


# -- a listing's date in brackets after the title (fix117) ----------------------------------

LISTING_BODY = (
    "\n鲁某委员：\n接到某县政协第六届三次会议第0042号“关于发展某某民宿的建议”的提案，"
    "现答复如下：\n一、加强规划\n截止2097年底，已培育民宿15家。\n"
)


@pytest.mark.parametrize(
    "item",
    [
        "• 对县政协六届三次会议第0042号提案的答复 （2098-05-06）",
        "· 对县政协六届三次会议第0042号提案的答复 (2098.05.06)",
        "对县政协六届三次会议第0042号提案的答复　（2098/5/6）",
        "• 对县政协六届三次会议第0042号提案的答复 [2098-05-06]",
    ],
)
def test_a_bracketed_listing_date_is_the_pages(item: str) -> None:
    record = parse_text("当前位置: 首页 > 提案办理\n" + item + "\n" + LISTING_BODY, keywords=False)
    assert record.title == "对县政协六届三次会议第0042号提案的答复"
    assert [d.value for d in record.dates] == ["2097"]


# -- a heading naming what the member asked (fix119) ----------------------------------------

ASKED_HEAD = (
    "关于县八届政协三次会议第12号提案的答复陶某委员：你提出的《关于发展甲镇果业的提案》"
    "收悉，现答复如下："
)
ASKED_END = "感谢你对果业发展的关心和支持。某县林业局2098年7月3日"


@pytest.mark.parametrize("asked", ["你在提案中提出的", "您建议中提到的", "你们在建议中提出的"])
def test_headings_naming_what_was_asked_with_zai_or_tidao(asked: str) -> None:
    text = (
        ASKED_HEAD
        + f"一、{asked}冷库不足的问题现阶段省级补助实行先建后补，由县里统筹申报。"
        + f"二、{asked}品牌分散的问题我县已注册区域公用品牌，统一包装销售。"
        + ASKED_END
    )
    headings = [s.heading for s in parse_text(text, keywords=False).sections]
    assert headings == [f"{asked}冷库不足的问题", f"{asked}品牌分散的问题"]
