"""More of what sites print around an article (replyparse.chrome): a crumb led by 位置 alone
or stepped by bars (丨 |), tools worded 此页 / 查看当前页面, sharing to named platforms,
a 视力保护色 switch, an editor's note in brackets, a visitor counter in the footer; and the
letter's lines that only look like them. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines, is_chrome_line

CHROME = [
    pytest.param("位置：首页 > 政务公开 > 建议提案", id="crumb-led-by-weizhi"),
    pytest.param("位置: 网站首页 / 信息公开", id="crumb-led-by-weizhi-half-colon"),
    pytest.param("首页丨政务公开丨建议提案丨人大代表建议", id="crumb-cjk-stroke-bars"),
    pytest.param("首页 | 政务公开 | 建议提案", id="crumb-bars"),
    pytest.param("首页｜信息公开", id="crumb-full-width-bar"),
    pytest.param("扫一扫在手机上查看当前页面", id="scan-to-view"),
    pytest.param("扫一扫在手机浏览当前页", id="scan-to-browse"),
    pytest.param("分享到：微信 微博 QQ空间", id="share-to-platforms"),
    pytest.param("分享：微信朋友圈 新浪微博 腾讯微博 QQ好友", id="share-platforms-long"),
    pytest.param("打印此页 | 关闭此页", id="print-close-this-page"),
    pytest.param("视力保护色：", id="eye-care-colour"),
    pytest.param("【字体：大 中 小】 视力保护色：", id="font-and-eye-care"),
    pytest.param("（责任编辑：李某）", id="editor-in-brackets"),
    pytest.param("（编辑：李某）", id="plain-editor-in-brackets"),
    pytest.param("(来源：桐溪县交通运输局)", id="source-in-brackets"),
    pytest.param("您是第123位访问者", id="visitor-counter"),
    pytest.param("您是本站第 4567 位访问者", id="visitor-counter-site"),
]

NOT_CHROME = [
    pytest.param("位置：桐溪县某镇某村三组", id="location-label-of-a-form"),
    pytest.param("位置：", id="location-label-alone"),
    pytest.param("首页面设计将更加简洁", id="homepage-word"),
    pytest.param("您是第一位提出该建议的代表，我们深表感谢。", id="first-to-propose"),
    pytest.param("（联系人：李某）", id="contact-in-brackets"),
    pytest.param("（来源于群众的意见）", id="source-word-in-brackets"),
    pytest.param("（来源：县财政局，金额：120万元，已拨付到位。）", id="source-note-a-sentence"),
    pytest.param("关闭此页面后数据将被清除，请注意保存。", id="close-page-in-a-sentence"),
    pytest.param("微信公众号已开通", id="wechat-account"),
    pytest.param("QQ群：000000", id="qq-group"),
    pytest.param("加强青少年视力保护", id="eyesight-protection"),
]


@pytest.mark.parametrize(
    ("line", "chrome"),
    [pytest.param(*p.values, True, id=p.id) for p in CHROME]
    + [pytest.param(*p.values, False, id=p.id) for p in NOT_CHROME],
)
def test_page_tool_lines(line: str, chrome: bool) -> None:
    assert is_chrome_line(line) is chrome


_PAGE = """位置：首页 > 政务公开 > 建议提案
首页丨政务公开丨建议提案丨人大代表建议
关于县六届人大二次会议第27号建议的答复
来源：桐溪县交通运输局  发布时间：2024-07-09  浏览次数：88
视力保护色：
许某代表：
　　您提出的关于修缮村道的建议收悉，现答复如下：
　　一、基本情况
　　我局已安排资金修缮。
　　感谢您对交通工作的关心。
桐溪县交通运输局
2024年6月28日
（责任编辑：李某）
扫一扫在手机上查看当前页面
分享到：微信 微博 QQ空间
打印此页 | 关闭此页
主办：桐溪县人民政府 承办：桐溪县大数据中心
联系电话：0000-5550100  电子邮箱：site@example.com
您是第123位访问者
"""


def test_a_letter_inside_such_a_page_reads_whole() -> None:
    letter = parse_text(_PAGE)
    assert letter.title == "关于县六届人大二次会议第27号建议的答复"
    assert letter.salutation == "许某代表："
    assert letter.signature.issuer == "桐溪县交通运输局"
    assert letter.signature.date == "2024-06-28"
    assert letter.contacts == []  # (the footer's phone is the site's)


def test_a_letters_contact_lines_without_a_visitor_counter_stay() -> None:
    # the letter's own contact lines at its end, no footer mark below them: kept
    text = _PAGE.split("（责任编辑")[0] + "联系人：赵某\n联系电话：0000-5550123\n"
    lines = text.split("\n")
    assert not any("联系" in lines[i] for i in chrome_lines(lines))
    assert [c.phone for c in parse_text(text).contacts] == ["0000-5550123"]


# A site's switches and links over the article (furniture: read as chrome on a page that
# shows itself), and a breadcrumb whose lead stands alone over its trail.
FURNITURE_MORE = [
    pytest.param("简体版 繁體版 信息无障碍", id="script-switches-and-accessibility"),
    pytest.param("加入收藏", id="bookmark"),
    pytest.param("设为首页", id="set-as-home"),
    pytest.param("站群导航", id="site-group-nav"),
    pytest.param("全文检索", id="full-text-search"),
]


@pytest.mark.parametrize("line", FURNITURE_MORE)
def test_more_furniture_over_the_article(line: str) -> None:
    page = [
        "当前位置：首页 > 政务公开",
        line,
        "",
        "关于某建议的答复",
        "王某代表：",
        "你提出的建议收悉。",
    ]
    assert 1 in chrome_lines(page)


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(
            ["您当前所在的位置", "：首页 > 政民互动 > 人大代表建议 > 正文"], id="lead-over-trail"
        ),
        pytest.param(["当前位置", ": 首页 > 建议提案"], id="lead-over-half-width-trail"),
    ],
)
def test_a_crumbs_lead_alone_over_its_trail(lines: list[str]) -> None:
    assert all(is_chrome_line(line) for line in lines)
    letter = parse_text(
        "\n".join([*lines, "", "关于答复第9号建议的函", "王某代表：", "你提出的建议收悉。"])
    )
    assert letter.title == "关于答复第9号建议的函"


@pytest.mark.parametrize("line", ["位置在县城东侧", "所在位置较为偏远，群众出行不便。"])
def test_a_letters_words_of_place_are_no_crumb(line: str) -> None:
    assert not is_chrome_line(line)


def test_no_tool_word_is_two_others_run_together() -> None:
    # A run of tool words is then read one way only: a long line of them that fails at its
    # end (微信朋友圈 written forty times, then a word) never backtracks through every split.
    from replyparse import chrome

    top: list[str] = [""]  # the alternatives at the pattern's top level
    depth = 0
    for ch in chrome._TOOL_WORD:
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            top.append("")
        else:
            top[-1] += ch
    plain = [w for w in top if w and not set(w) & set("()?[]{}*+\\")]
    words = set(plain)
    split = [w for w in plain for k in range(1, len(w)) if w[:k] in words and w[k:] in words]
    assert split == []


@pytest.mark.parametrize("unit", ["微信朋友圈", "微信扫描二维码", "QQ好友", "关注微信"])
def test_a_long_run_of_tool_words_is_read(unit: str) -> None:
    assert is_chrome_line("打印 " + unit * 20)
    assert not is_chrome_line("打印 " + unit * 20 + "已完成整改")


# The page's tail worded shorter (dev23 round): 扫一扫在手机上打开页面 (no 当前), and the links
# to the previous and the next article alone on their lines (上一篇 / 下一篇, no title after
# them). Such a tail under an unsigned closing leaves its date the signature's.
@pytest.mark.parametrize(
    "line",
    [
        pytest.param("扫一扫在手机上打开页面", id="scan-to-open-the-page"),
        pytest.param("上一篇", id="previous-alone"),
        pytest.param("【下一篇】", id="next-alone-in-brackets"),
    ],
)
def test_short_tail_tools_are_chrome(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [pytest.param("上一篇文章提到的问题已解决。", id="previous-in-a-sentence")],
)
def test_a_letters_line_opening_with_them_stays(line: str) -> None:
    assert not is_chrome_line(line)


def test_a_tail_under_an_unsigned_closing_leaves_the_date() -> None:
    text = (
        "关于县六届人大二次会议第27号建议的答复\n\n许某代表：\n\n"
        "您提出的关于修缮村道的建议收悉，现答复如下：\n\n我局已安排资金修缮。\n\n"
        "感谢您的关注！\n\n2023年9月4日\n\n单位负责人盖章：\n\n承办单位：桐溪县交通运输局\n\n"
        "扫一扫在手机上打开页面\n\n上一篇\n\n下一篇\n\n相关文章\n"
    )
    letter = parse_text(text, keywords=False)
    assert letter.signature.date == "2023-09-04"
    assert [d.value for d in letter.dates] == ["2023-09-04"]
