"""Site chrome of a saved web page (replyparse.chrome): which lines a reader drops, which
lines of a letter only look like them, and what a letter read through chrome gives.
Snippets and site names in our own words; phones in the 555 block."""

from __future__ import annotations

import itertools
import re
import unicodedata
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goldsets import SETS
from replyparse import chrome, parse_text, textview
from replyparse.chrome import chrome_lines, is_chrome_line
from replyparse.textview import TextView

CHROME = [
    # breadcrumbs
    pytest.param("当前位置：首页 > 政务公开 > 建议提案办理", id="crumb-lead"),
    pytest.param("您现在的位置: 首页>>人大代表建议", id="crumb-lead-half-colon"),
    pytest.param("首页 » 部门信息 » 政协提案", id="crumb-guillemets"),
    pytest.param("网站首页 / 信息公开", id="crumb-slash"),
    pytest.param("当前位置首页 -> 提案工作", id="crumb-lead-glued-arrow"),
    pytest.param("首页 --> 政务公开", id="crumb-dashed-arrow"),
    # tools
    pytest.param("【字体：大 中 小】", id="font-size"),
    pytest.param("字体：[ | | ]", id="font-size-emptied"),
    pytest.param("字号：大 中 小 | 打印 | 关闭", id="font-print-close"),
    pytest.param("【打印本页】  【关闭窗口】", id="print-close-brackets"),
    pytest.param("打印 关闭", id="print-close"),
    pytest.param("关闭", id="close-alone"),
    pytest.param("分享到：", id="share"),
    pytest.param("扫一扫在手机打开当前页", id="scan"),
    pytest.param("  • 【字体:", id="bullet-font"),
    # neighbours of the article
    pytest.param("上一篇：关于某镇路灯维修的答复", id="previous"),
    pytest.param("下一篇：没有了", id="next"),
    pytest.param("相关链接", id="links-heading"),
    pytest.param("【相关链接】：某省政务网 | 某市政务网", id="links-inline"),
    pytest.param("相关推荐", id="recommended-heading"),
    pytest.param("【热门推荐】", id="popular-heading-bracketed"),
    pytest.param("猜你喜欢", id="you-may-like-heading"),
    pytest.param("猜您喜欢", id="you-may-like-polite"),
    pytest.param("为您推荐", id="for-you-heading"),
    pytest.param("【热点推荐】", id="hot-spot-heading"),
    pytest.param("延伸阅读", id="further-reading-heading"),
    pytest.param("扩展阅读：", id="extended-reading-heading"),
    # banners
    pytest.param("欢迎访问桐石县政府网站！", id="banner-welcome"),
    pytest.param("雁栖市人民政府门户网站", id="banner-portal"),
    pytest.param("溪口区政务网", id="banner-zhengwu"),
    # footers
    pytest.param("网站标识码：0000000000  某ICP备00000000号-2", id="footer-icp"),
    pytest.param("某公网安备 00000000000000号", id="footer-police"),
    pytest.param("版权所有 © 桐石县人民政府", id="footer-copyright"),
    pytest.param("主办单位：桐石县政府办  承办单位：桐石县信息中心", id="footer-hosts"),
    pytest.param("技术支持：某网络公司", id="footer-support"),
    # what the page says of itself
    pytest.param("来源：桐石县水利局  发布时间：2023-04-05 09:12  浏览次数：87", id="source-line"),
    pytest.param("发布日期：2023年04月05日    信息来源：桐石县水利局", id="published-source"),
    pytest.param("2023-04-05  来源：县水利局", id="date-then-source"),
    pytest.param("时间：2023-04-05   点击数：87", id="time-clicks"),
    pytest.param("发布时间:2023-04-05", id="published-alone"),
    pytest.param("2021年09月03日    来源：某县人民政府", id="page-date-and-source-after-a-gap"),
    pytest.param("来源：    某县人民政府", id="source-with-its-value-after-a-gap"),
    # metadata tables
    pytest.param("索引号：000000000/2023-00042", id="index-alone"),
    pytest.param("| 索引号: | 000000000/2023-00042 | 发布机构: | 桐石县水利局 |", id="pipes"),
    pytest.param("| 文号: |  | 主题分类: | 农业、水利 |", id="pipes-empty-doc-number"),
    pytest.param(
        "索引号：000000000/2023-00042  发布机构：桐石县水利局  生成日期：2023-04-05  文号：",
        id="one-line",
    ),
    pytest.param("索 引 号  000000000/2023-00042    主题分类  农业、水利", id="spaced-no-colons"),
    pytest.param("发布机构 桐石县水利局 文  号 桐水函〔2023〕9号", id="spaced-with-doc-number"),
]

NOT_CHROME = [
    pytest.param("来源于群众的意见，我们已认真研究。", id="laiyuan-in-a-sentence"),
    pytest.param("来源于群众的意见", id="laiyuan-word"),
    pytest.param("关闭违规企业", id="close-as-verb"),
    pytest.param("关闭违规企业3家，整改12家。", id="close-in-a-sentence"),
    pytest.param("资金来源：县级财政", id="funds-source-label"),
    pytest.param("首页设计将更加简洁", id="homepage-word"),
    pytest.param("打印机已配发到各村", id="printer"),
    pytest.param("大中小学校园安全", id="big-middle-small"),
    pytest.param("2023年4月5日", id="signature-date"),
    pytest.param("日期：2023-04-05", id="date-label-alone"),
    pytest.param("联系电话：0000-5550123", id="contact-phone"),
    pytest.param("文号：桐水函〔2023〕9号", id="doc-number-label-alone"),
    pytest.param("公开方式：主动公开", id="public-label-alone"),
    pytest.param("桐石县水利局", id="authority"),
    pytest.param("关于加强门户网站建设的建议的答复", id="title-about-a-website"),
    pytest.param("上一年度已完成改造", id="previous-year"),
    pytest.param("2023年04月05日 来源: 桐石县某街道办事处:", id="salutation-after-empty-source"),
    pytest.param("林岚代表：", id="salutation"),
]


@pytest.mark.parametrize("line", CHROME)
def test_chrome_line(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", NOT_CHROME)
def test_not_chrome_line(line: str) -> None:
    assert not is_chrome_line(line)


BY_NEIGHBOURS = [
    pytest.param(
        "索引号\n000000000/2023-00042\n发布机构\n桐石县水利局\n文号\n公开方式\n主动公开\n桐石县水利局\n",
        {0, 1, 2, 3, 4, 5, 6},
        id="labels-over-values",
    ),
    pytest.param(
        "索引号：000000000/2023-00042\n发布机构：桐石县水利局\n文号：桐水函〔2023〕9号\n林岚代表：\n",
        {0, 1, 2},
        id="a-cell-to-a-line",
    ),
    pytest.param(
        "索 引 号  000000000/2023-00042    主题分类  农业\n文 号  桐水函〔2023〕9号\n",
        {0, 1},
        id="spaced-pairs-last-alone",
    ),
    pytest.param(
        "2023年4月5日\n相关链接\n桐石县人民政府\n中国政府网\n地址：某路1号  电话：0000-5550100\n"
        "版权所有 © 本站\n",
        {1, 2, 3, 4, 5},
        id="links-and-footer",
    ),
    pytest.param(
        "关于县五届人大二次会议第8号建议的答复\n发布时间：2023-04-05\n"
        "关于县五届人大二次会议\n第8号建议的答复\n林岚代表：\n",
        {0, 1},
        id="heading-repeats-the-title",
    ),
    pytest.param(
        "桐石县水利局关于第8号建议的答复\n桐石县水利局\n关于第8号建议的答复\n",
        {0},
        id="heading-repeats-issuer-and-title",
    ),
    pytest.param(
        "关于第8号建议的答复\n来源：某局\n桐石县水利局文件\n关于第8号\n建议的答复\n",
        {0, 1},
        id="heading-over-the-letters-banner",
    ),
]

NOT_BY_NEIGHBOURS = [
    pytest.param("办理类型\nB\n是否公开\n是\n关于某事的答复\n", id="form-no-page-label"),
    pytest.param("类别：B\n是否公开：是\n签发人：赵某\n", id="letter-labels"),
    pytest.param("来源：某县人民政府\n类别：B\n", id="one-page-label-beside-a-letter-label"),
    pytest.param(
        "感谢支持。\n联系人：李芳\n联系电话：0000-5550123\n版权所有 © 本站\n",
        id="letter-contacts-above-a-footer",
    ),
    pytest.param("相关链接\n某某\n这是正文，不是链接。\n", id="links-heading-then-prose"),
    pytest.param("本溪县某局\n2018年3月6日\n2018年3月6日\n", id="date-given-twice"),
]


@pytest.mark.parametrize(("text", "expected"), BY_NEIGHBOURS)
def test_chrome_by_neighbours(text: str, expected: set[int]) -> None:
    assert chrome_lines(text.split("\n")) == expected


@pytest.mark.parametrize("text", NOT_BY_NEIGHBOURS)
def test_letter_lines_stay(text: str) -> None:
    lines = text.split("\n")
    kept = [line for i, line in enumerate(lines) if i not in chrome_lines(lines)]
    # only lines a page prints by themselves may go (a footer line, a links heading)
    assert all(is_chrome_line(line) for line in lines if line not in kept)
    assert any(line.startswith(("类别", "办理类型", "联系电话", "2018", "某某")) for line in kept)


# Body lines of a letter that show no page: a footer's or a page label's words inside them
# drop nothing.
LETTER_WITHOUT_PAGE = [
    pytest.param("二是强化技术支持：组织专家到村指导，全年培训农户300人次。", id="tech-support"),
    pytest.param("三是依法打击侵犯版权所有人合法权益的行为。", id="copyright-owner"),
    pytest.param("建议使用统一的浏览器插件办理网上业务，我局将研究采纳。", id="browser"),
    pytest.param("下一步将完善网站地图和栏目导航，方便群众查找", id="site-map-no-stop"),
]


@pytest.mark.parametrize("line", LETTER_WITHOUT_PAGE)
def test_a_letter_that_shows_no_page_keeps_every_line(line: str) -> None:
    lines = ["关于某事的答复", "某某代表：", "  您提出的建议收悉，现答复如下。", line, "某县某局"]
    assert chrome_lines(lines) == frozenset()


def test_view_drops_chrome_and_keeps_offsets() -> None:
    text = "当前位置：首页 > 政务公开\n关于某事的答复\n【打印本页】 【关闭窗口】\n"
    view = TextView(text)
    assert [line.text for line in view.content_lines] == ["关于某事的答复"]
    line = view.content_lines[0]
    assert view.source(line.start, line.end)[0] == "关于某事的答复"


LETTER = """桐石县水利局
关于县五届人大二次会议第8号建议的答复
林岚代表：
您提出的《关于修缮灌渠的建议》收悉，现答复如下：
一、基本情况。我局已组织踏勘，需投入资金12万元。
二、下步打算。争取列入2024年计划。
感谢您对水利工作的关心和支持。
桐石县水利局
2023年3月2日
联系人：李芳
联系电话：0000-5550123
"""

ABOVE = """雁栖市人民政府门户网站
当前位置：首页 > 政务公开 > 建议提案办理
关于县五届人大二次会议第8号建议的答复
来源：雁栖市大数据中心  发布时间：2024-01-09 10:20  浏览次数：301
| 索引号: | 000000000/2024-00017 | 发布机构: | 雁栖市人民政府办公室 |
| 生成日期: | 2024-01-09 | 文号: |  |
【字体：大 中 小】  【打印】  【关闭】
"""

BELOW = """【打印本页】 【关闭窗口】
上一篇：关于某镇路灯的答复
下一篇：没有了
相关链接
雁栖市人民政府
中国政府网
地址：雁栖市某路1号  邮编：000000  电话：0000-5550188
主办单位：雁栖市人民政府办公室  承办单位：雁栖市大数据中心
网站标识码：0000000000  某ICP备00000000号-1
"""


def _fields(text: str) -> dict[str, Any]:
    record = parse_text(text).model_dump(mode="json")
    keep = ("issuer", "title", "doc_number", "public", "addressees", "dates", "contacts", "cc")
    out = {key: record[key] for key in keep}
    out["signature"] = {k: record["signature"][k] for k in ("issuer", "date")}
    for key in ("doc_number",):
        if out[key]:
            out[key] = out[key]["text"]
    for item in (*out["addressees"], *out["dates"], *out["contacts"]):
        item.pop("span", None)
    return out


def test_a_letter_reads_the_same_inside_chrome() -> None:
    alone = _fields(LETTER)
    assert alone["title"] == "关于县五届人大二次会议第8号建议的答复"
    assert _fields(ABOVE + LETTER + BELOW) == alone


# -- the quick tests agree with the full reading -----------------------------------------

ALWAYS = re.compile("")


def _full_reading(lines: list[str]) -> frozenset[int]:
    """:func:`chrome_lines` with its quick tests off: every rule over every line."""
    with (
        mock.patch.object(chrome, "_SHOWS_PAGE", lambda: ALWAYS),
        mock.patch.object(
            chrome, "_may_be_written_again", lambda _, content, __=True: range(len(content) - 1)
        ),
    ):
        return chrome_lines(lines)


LETTERS = sorted(path for s in SETS if s.letters.is_dir() for path in s.letters.glob("*.txt"))
SNIPPETS = [
    *(p.values[0] for p in BY_NEIGHBOURS),
    *(p.values[0] for p in NOT_BY_NEIGHBOURS),
    ABOVE + LETTER + BELOW,
    LETTER,
]


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_quick_tests_agree_on_the_letters(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")
    assert chrome_lines(lines) == _full_reading(lines)


@pytest.mark.parametrize("text", SNIPPETS)
def test_quick_tests_agree_on_the_snippets(text: str) -> None:
    lines = text.split("\n")
    assert chrome_lines(lines) == _full_reading(lines)


BANNER_SNIPPETS = [
    "关于第8号建议的答复\n来源：某局\n桐石县水利局文件\n关于第8号\n建议的答复\n",
    "关于第8号建议的答复\n来源：某局\n桐石县水利局⽂件 \n关于第8号\n建议的答复",  # (⽂: 文)
    "关于第8号建议的答复\n\n  某局文件\u3000\n关于第8号建议的答复\n关于",
    "关于第8号建议的答复\n关于第8号建议的答复\n文件",
    "文件\n关于某件的答复\n关于某件的答复",
]


@pytest.mark.parametrize(
    "text",
    [
        *(path.read_text(encoding="utf-8").replace("\r\n", "\n") for path in LETTERS),
        *SNIPPETS,
        *BANNER_SNIPPETS,
    ],
)
def test_headings_are_looked_for_past_banners_only_where_one_may_stand(text: str) -> None:
    # chrome_lines says no banner only of a letter with no line ending in 文件, and the
    # places found without banners are then the places found with them
    calls: list[tuple[list[str], list[int], bool]] = []
    plain = chrome._may_be_written_again

    def recorded(texts: list[str], content: list[int], banners: bool = True) -> list[int]:
        calls.append((texts, content, banners))
        return plain(texts, content, banners)

    for lines in (None, text.split("\n")):
        calls.clear()
        with mock.patch.object(chrome, "_may_be_written_again", recorded):
            found = chrome_lines(lines, text)
        assert found == _full_reading(text.split("\n"))
        ((texts, content, banners),) = calls
        if not banners:
            assert not any(texts[i].endswith("文件") for i in content)
            assert plain(texts, content, False) == plain(texts, content, True)


@pytest.mark.parametrize("text", BANNER_SNIPPETS[:3])
def test_a_heading_over_the_letters_banner_is_chrome(text: str) -> None:
    assert 0 in chrome_lines(None, text)
    assert 0 in chrome_lines(text.split("\n"))


# pieces of chrome and of letters, in both widths, compatibility forms among them
PIECES = [
    "当前位置", "您的位置", "：", ":", "首页", " > ", "＞", "上一篇", "下篇", "【", "】", "相关链接",
    "字体", "大 中 小", "打印", "关闭", "分享到", "ICP", "ıcp", "ＩＣＰ", "备", "证", "Copyright",
    "COPYRIGHT", "copyright", "©", "技术支持", "网站", "政务服务网", "公众信息网", "！", "来源", "发布时间",
    "索 引 号", "索引号", "2024-06-01", " ", "\u3000", "|", "｜", "•", "某局", "关于", "答复",
    "建议", "文件", "。", "，", "⽂", "号", "主办单位", "承办单位", "地址", "电话", "0000-5550123",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=6).map("".join), min_size=1, max_size=8))
def test_quick_tests_agree_on_pieces(lines: list[str]) -> None:
    assert chrome_lines(lines) == _full_reading(lines)


@pytest.mark.parametrize(
    "line",
    ["某ıcp备00000000号", "icp证000000号", "COPYRIGHT 2024 某站", "copyright 2024 某站"],
)
def test_latin_footer_marks_show_a_page_in_any_case(line: str) -> None:
    assert is_chrome_line(line)
    assert chrome_lines([line]) == {0}


@pytest.mark.parametrize(("wide", "plain"), chrome._WIDE)
def test_wide_characters_are_replaced_by_their_decomposition(wide: str, plain: str) -> None:
    assert unicodedata.normalize("NFKD", wide) == plain
    # (a text in NFKC holds none of them: chrome._read reads it without their searches)
    assert not unicodedata.is_normalized("NFKC", wide)


def _plain_norm(line: str) -> str:
    """A line as a page writes it, read the plain way: NFKC whole, trimmed."""
    return unicodedata.normalize("NFKC", line).strip()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="，：（）…\u3000 a１①⽂\u0301e\u0065\u0301来源﹕︓\n", max_size=16))
def test_a_line_is_normalised_as_nfkc_reads_it(line: str) -> None:
    assert chrome._norm(line) == _plain_norm(line)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="，：（）…\u3000 a１①⽂\u0301e来源\n", max_size=12), max_size=6))
def test_lines_are_read_in_nfkc_each(lines: list[str]) -> None:
    expected = [_plain_norm(line) if len(line) <= 800 else "" for line in lines]
    assert chrome._texts(lines) == expected
    if all("\n" not in line for line in lines):  # the letter the lines were cut from
        assert chrome._texts(lines, "\n".join(lines)) == expected


@pytest.mark.parametrize("tail", ["", "某" * 790, "某" * 801, "\n" + "某" * 801])
def test_lines_are_read_alike_given_the_letter(tail: str) -> None:
    # a letter short enough that no line of it can be too long, and longer ones
    for text in [
        *(path.read_text(encoding="utf-8").replace("\r\n", "\n") + tail for path in LETTERS),
        tail,
        tail + "\n来源：某局",
    ]:
        lines = text.split("\n")
        expected = [_plain_norm(line) if len(line) <= 800 else "" for line in lines]
        assert chrome._texts(lines, text) == expected
        assert chrome._read(None, text) == chrome._read(lines, text)  # (split when long)
        assert chrome.chrome_lines(lines, text) == chrome.chrome_lines(lines)
        assert chrome.chrome_lines(None, text) == chrome.chrome_lines(lines)


# -- the page's signs, each searched from a rare character of it ---------------------------

PLAIN_SIGNS = re.compile(
    "|".join(
        (
            *(re.escape(word) + tail for word, tail in chrome._PAGE_SIGNS),
            *chrome._PAGE_LABEL_SIGNS,
        )
    ),
    re.MULTILINE,
)
"""Every sign of a page as written, one branch each: what :data:`chrome._SHOWS_PAGE` finds
(and a few places more: a page's label whose characters after its rare one stand with
blanks between them unevenly, ``发布  单 位：``, read there as the label)."""

SIGN_SNIPPETS = [
    "您好，关闭违规企业。", "建议使用IE8以上浏览器", "建议使用\n浏览器", "主办单位：某局  承办单位：某中心",
    "技术支持：某公司", "技术 支持：某公司", "版权所有 某站", "某县政府网站", "某县政府网站。", "网站",
    "政务服务网", "某市政务网！", "门户网\n", "上一条：关于…", "下一篇】：某", "扫一扫在手机打开",
    "首页 > 政务公开", "当前位置 ：首页", "公 开 日 期：2024", "作者 某", "相关新闻", "推荐阅读",
    "字 体", "字号：大", "收藏本页", "纠错", "网站地图", "最佳分辨率1024", "公网安备0000号",
    "网站标识码0000", "分享到：", "打印本页",
]  # fmt: skip


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_page_signs_are_found_as_written_in_the_letters(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")
    joined = "\n".join(chrome._texts(lines))
    assert bool(chrome._SHOWS_PAGE().search(joined)) >= bool(PLAIN_SIGNS.search(joined))


@pytest.mark.parametrize("text", [*SIGN_SNIPPETS, *SNIPPETS])
def test_page_signs_are_found_as_written_in_the_snippets(text: str) -> None:
    # each snippet alone, and cut at every place (a sign's first characters, its last ones)
    for cut in (
        text,
        *(text[i:] for i in range(1, len(text))),
        *(text[:i] for i in range(len(text))),
    ):
        assert bool(chrome._SHOWS_PAGE().search(cut)) >= bool(PLAIN_SIGNS.search(cut)), cut


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from([*PIECES, "建议使用", "浏览器", "关闭", "扫一扫", "上一条"]), max_size=10
    )
)
def test_page_signs_are_found_as_written_in_pieces(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert bool(chrome._SHOWS_PAGE().search(text)) >= bool(PLAIN_SIGNS.search(text))


@pytest.mark.parametrize("label", sorted(chrome._PAGE))
def test_page_labels_with_blanks_are_found_from_a_rare_character(label: str) -> None:
    # every gap of the label with no blank or one, or the same run of two, four or twelve
    # in each, in a line and alone
    for gaps in (
        *itertools.product((0, 1), repeat=len(label) - 1),
        *((run,) * (len(label) - 1) for run in (2, 4, 12)),
    ):
        for blank in (" ", "\u3000", "\t", "\n"):
            written = label[0] + "".join(
                blank * g + ch for g, ch in zip(gaps, label[1:], strict=True)
            )
            for text in (written, f"某{written}：某", f"类 {written}  某\n", f"\n{written}"):
                assert PLAIN_SIGNS.search(text), text
                assert chrome._SHOWS_PAGE().search(text), text
                assert chrome._SHOWS_PAGE_UNTRIMMED().search(text), text


@pytest.mark.parametrize(
    "text", ["某 开日期：", "某   类 ", "某   布单位：", "B\n公开\n", "某 内容：", "\n日期：", "首次  公 开："]
)  # fmt: skip
def test_page_label_signs_find_no_label_cut_by_blanks(text: str) -> None:
    # (a label's tail after a run of blanks, or its characters spread unevenly, is no
    # page's label: pagesign64b)
    assert not chrome._SHOWS_PAGE().search(text) and not PLAIN_SIGNS.search(text)
    assert chrome_lines(text.split("\n")) == _full_reading(text.split("\n"))


@pytest.mark.parametrize("text", ["类  别:C  类", "期\n期", "问题 ", "数量 量"])
def test_page_label_signs_find_no_lone_rare_character(text: str) -> None:
    assert not chrome._SHOWS_PAGE().search(text)
    assert not chrome._SHOWS_PAGE_UNTRIMMED().search(text)


# -- the page's signs found in the lines before they are trimmed -------------------------

_BLANKS_AROUND = ["", " ", "\u3000", "\t", "  \u00a0"]


def _untrimmed_agrees(lines: list[str]) -> None:
    """:data:`chrome._SHOWS_PAGE_UNTRIMMED` over the lines as :func:`chrome._read` gives
    them finds a sign whenever the signs as written do over the trimmed ones,
    and :func:`chrome._read` gives them exactly when they are the texts untrimmed."""
    texts, untrimmed = chrome._read(lines)
    assert texts == chrome._texts(lines)
    trimmed = "\n".join(texts)
    if untrimmed is None:
        return
    assert list(map(str.strip, untrimmed.split("\n"))) == texts
    found = chrome._SHOWS_PAGE_UNTRIMMED().search(untrimmed) is not None
    assert found >= (PLAIN_SIGNS.search(trimmed) is not None), lines


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_page_signs_are_found_alike_untrimmed_in_the_letters(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")
    _untrimmed_agrees(lines)
    for blank in _BLANKS_AROUND[1:]:
        _untrimmed_agrees([blank + line + blank for line in lines])


@pytest.mark.parametrize("text", [*SIGN_SNIPPETS, *SNIPPETS, "某" * 801 + "\n某县政府网站 "])
def test_page_signs_are_found_alike_untrimmed_in_the_snippets(text: str) -> None:
    for before in _BLANKS_AROUND:
        for after in _BLANKS_AROUND:
            _untrimmed_agrees([before + line + after for line in text.split("\n")])
            # cut at every place: a sign's first characters, its last ones
            for i in range(len(text)):
                _untrimmed_agrees([before + line + after for line in text[i:].split("\n")])
                _untrimmed_agrees([before + line + after for line in text[:i].split("\n")])


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.lists(
            st.sampled_from(
                [*PIECES, *_BLANKS_AROUND, "某县政府网站", "！", "。", "网站", "浏览器", "\n"]
            ),
            max_size=6,
        ).map("".join),
        min_size=1,
        max_size=8,
    )
)
def test_page_signs_are_found_alike_untrimmed_in_pieces(lines: list[str]) -> None:
    _untrimmed_agrees(lines)
    assert chrome_lines(lines) == _full_reading(lines)
    if all("\n" not in line for line in lines):  # the letter's lines, split by chrome_lines
        text = "\n".join(lines)
        assert chrome_lines(None, text) == chrome_lines(lines)
        assert chrome._read(None, text) == chrome._read(lines, text)


# -- a line read in NFKC without the composing pass where it has nothing to compose ------


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        alphabet="中发﹝﹞〔〕2０１５，：（）…\u3000 aeé\u0301\u0327\u1100\u1161\u11a8가ﬁ①⽂Å\u212b",
        max_size=20,
    )
)
def test_lines_are_read_in_nfkc_as_normalize_reads_them(text: str) -> None:
    assert chrome._nfkc(text) == unicodedata.normalize("NFKC", text)


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_letters_are_read_in_nfkc_as_normalize_reads_them(path: Path) -> None:
    for line in path.read_text(encoding="utf-8").split("\n"):
        for written in (line, line.replace("〔", "﹝").replace("，", "﹐"), line + "\u0301"):
            assert chrome._nfkc(written) == unicodedata.normalize("NFKC", written)


def _plain_places(texts: list[str], content: list[int]) -> list[int]:
    """:func:`chrome._may_be_written_again` without banners, read plainly: the places whose
    next line begins with their first character."""
    firsts = [texts[i][0] for i in content]
    return [at for at in range(len(firsts) - 1) if firsts[at + 1] == firsts[at]]


ALIKE_SNIPPETS = [
    "",
    "关",
    "关于\n关于",
    "关于某事\n\n  关于某事\n关\n关\n其他\n其\n\n\n其他",
    "一是\n二是\n三是\n三\n",
    "a\nb\na\na\n\u3000a\n",
    "您好：\n您提出的建议收悉。\n您\n",
]


@pytest.mark.parametrize(
    "text",
    [
        *(path.read_text(encoding="utf-8").replace("\r\n", "\n") for path in LETTERS),
        *SNIPPETS,
        *BANNER_SNIPPETS,
        *ALIKE_SNIPPETS,
    ],
)
def test_lines_that_begin_alike_are_found_in_one_pass(text: str) -> None:
    texts = [line.strip() for line in text.split("\n")]
    content = [i for i, t in enumerate(texts) if t]
    places = chrome._may_be_written_again(texts, content, False)
    assert places == _plain_places(texts, content)
    # and every part of the content, so that places at its ends are tried
    for cut in range(len(content)):
        part = content[cut:]
        assert chrome._may_be_written_again(texts, part, False) == _plain_places(texts, part)


# -- the page's signs found by the view's scan ---------------------------------------------


def _scanned_shows(text: str) -> bool:
    """Whether the view's scan finds a page's sign, with either set of blanks (the same)."""
    found = {
        textview._scanned(text, blanks).shown
        for blanks in (textview._ANY_BLANKS, textview._BMP_BLANKS)
    }
    assert len(found) == 1
    return found.pop()


SIGN_TEXTS = [
    *SNIPPETS,
    *BANNER_SNIPPETS,
    "索 引 号：0000\n",
    "某县人民政府门户网站 \n",  # a banner's end before blanks
    "信息来源：某局\n",  # a label's lookbehind reads the characters before its rare one
    "ICP备12345号\ncopyright",
    "关闭",
    "\u3000来\u3000源\u3000：（某局）",  # blanks and widths inside a sign
    "ＩＣＰ备12345号",  # a sign only in NFKC (the chrome searches its own text)
]


@pytest.mark.parametrize(
    "text",
    [*(path.read_text(encoding="utf-8").replace("\r\n", "\n") for path in LETTERS), *SIGN_TEXTS],
)
def test_the_views_scan_finds_a_sign_where_the_search_finds_one(text: str) -> None:
    assert _scanned_shows(text) == (chrome._SHOWS_PAGE_UNTRIMMED().search(text) is not None)
    # and the chrome read with it is the chrome searched for (each asked afresh, no memo)
    assert chrome._chrome_lines(None, text, _scanned_shows(text)) == chrome._chrome_lines(
        None, text
    )


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "来源",
                "：",
                ":",
                "发布时间",
                "网站",
                " ",
                "\u3000",
                "\n",
                "首页",
                ">",
                "ICP",
                "备",
                "某",
                "(",
                "关闭",
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_the_views_scan_finds_a_sign_where_the_search_finds_one_in_made_texts(text: str) -> None:
    assert _scanned_shows(text) == (chrome._SHOWS_PAGE_UNTRIMMED().search(text) is not None)


# fix8486: a law database's record of the document over the reply, a cell to a line (发布单位,
# 发布文号, 生效日期, 废止日期, then 属性 left empty and 专业属性, 备注): the page's, so its empty
# 属性： cell is no salutation and the deputy's line under the record is.
def test_a_law_database_record_over_the_reply_is_chrome() -> None:
    record = (
        "发布单位:某省某某管理局\n发布文号:某监复字〔2099〕12号\n发布日期:2099-07-12\n"
        "生效日期:2099-07-12\n有效性状态:\n废止日期:暂无\n属性:\n专业属性:其他\n备注:\n"
    )
    reply = (
        "王某某代表:\n您提出的关于规范某某集市摊点的建议收悉。答复如下:\n"
        "我局已开展专项检查。\n某省某某管理局\n2099年6月20日\n"
    )
    letter = parse_text(record + reply, keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("王某某", "代表")]
    assert letter.salutation == "王某某代表:"
    assert letter.proposal is not None
    assert letter.proposal.title == "关于规范某某集市摊点的建议"
