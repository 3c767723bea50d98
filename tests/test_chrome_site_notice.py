"""A site's notice over a link that leaves it (replyparse.chrome), kept as text by a copy:
its lead, a name and 提醒您 with its colon, and its sentence telling that the link leaves
the site. Each line is the page's, on any page, and shows a page by itself: never the
letter's salutation (an earlier round read the lead, a name and a colon, as the addressee,
and the header, the 发文字号 and the title under it as the body). A letter's line that only
reminds someone of something stays. Snippets in our own words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import chrome, parse_text
from replyparse.chrome import is_chrome_line
from snippets import COPIES
from spans import span_problems

CHROME = [
    pytest.param("桐溪市政府网站提醒您：", id="portal-reminds-you"),
    pytest.param("本站提醒您:", id="this-site-half-width-colon"),
    pytest.param("雁栖县人民政府门户网站提醒你：", id="reminds-you-plain-pronoun"),
    pytest.param("提醒您：", id="lead-without-a-name"),
    pytest.param("您访问的链接即将离开“雁栖县人民政府”门户网站，是否继续？", id="leaving-sentence"),
    pytest.param("您点击的网址即将跳转至外部网站", id="leaving-by-a-jump"),
    pytest.param(
        "桐溪市政府网站提醒您：您访问的链接即将离开“桐溪市人民政府”门户网站，是否继续？",
        id="lead-and-sentence-on-one-line",
    ),
    # (review56c: near spellings of the same notice)
    pytest.param("您即将离开本网站，是否继续？", id="leaving-this-site-no-link-word"),
    pytest.param("你访问的链接即将离开本站", id="leaving-plain-pronoun"),
    pytest.param("本站提醒您：您即将离开本站", id="lead-and-bare-leaving-on-one-line"),
    pytest.param("您即将离开“雁栖县人民政府”门户网站", id="leaving-a-named-portal"),
    # (left57a: about to leave written 将要; the popup's bare title ending its line)
    pytest.param("您将要离开本站", id="leaving-about-to"),
    pytest.param("您访问的链接将要离开本网站，是否继续？", id="link-leaving-about-to"),
    pytest.param("温馨提示：", id="popup-title-alone"),
    pytest.param("温馨提示:您将要离开本站", id="popup-title-and-sentence"),
    # (review57e: about to leave written 将 alone, 您将离开…网站)
    pytest.param("您将离开本网站，是否继续？", id="leaving-will"),
    pytest.param("您访问的链接将离开本站", id="link-leaving-will"),
    pytest.param("温馨提示：您将离开“雁栖县人民政府”门户网站", id="popup-title-and-will"),
]

NOT_CHROME = [
    pytest.param("特此提醒您：请于五月底前到窗口办理。", id="a-reminder-in-the-letter"),
    pytest.param("关于在路口设置提醒您减速标志的建议的答复", id="a-title-naming-a-reminder"),
    pytest.param("关于增设提示牌的提案提醒您：", id="a-title-word-before-it"),
    pytest.param("您所在的村即将离开搬迁范围。", id="leaving-in-a-sentence"),
    # (review56c: a letter's reminder ending its line, the reminder on the next: no site
    # names itself before 提醒您)
    pytest.param("特此提醒您：", id="a-letters-reminder-alone"),
    pytest.param("我局在此郑重提醒您：", id="the-authority-reminds-you"),
    pytest.param("同时提醒你：", id="also-reminds-you"),
    pytest.param("您即将离开原工作岗位，", id="leaving-a-post-not-a-site"),
    pytest.param("您即将离开本岗位", id="leaving-this-post"),
    pytest.param("温馨提醒您：", id="a-kind-reminder-naming-no-site"),
    pytest.param("您将要离开原工作岗位，", id="about-to-leave-a-post"),
    pytest.param("您将离开原工作岗位，", id="will-leave-a-post"),
    pytest.param("温馨提示：请于五月底前到窗口办理。", id="a-letters-kind-reminder"),
]


@pytest.mark.parametrize(
    ("line", "chrome"),
    [pytest.param(*p.values, True, id=p.id) for p in CHROME]
    + [pytest.param(*p.values, False, id=p.id) for p in NOT_CHROME],
)
def test_site_notice_lines(line: str, chrome: bool) -> None:
    assert is_chrome_line(line) is chrome


_HEAD = "桐溪县水利局\n桐水函〔2031〕8号\n关于县政协五届二次会议第31号提案的答复\n"
_LETTER = (
    "钱某委员：\n您提出的《关于疏浚北河支渠的提案》收悉，现答复如下：\n"
    "我局已将支渠疏浚列入明年计划。\n桐溪县水利局\n2031年6月3日\n"
)


@pytest.mark.parametrize(
    "notice",
    [
        pytest.param("桐溪县政府网站提醒您：\n", id="lead-alone"),
        pytest.param(
            "本站提醒您：\n您访问的链接即将离开本站，是否继续？\n", id="lead-and-sentence"
        ),
        pytest.param("×\n桐溪县政府网站提醒您:\n\n", id="after-its-close-button"),
        pytest.param(
            "首页 > 政务公开\n温馨提示：\n您将要离开本站\n", id="bare-popup-title-on-a-page"
        ),
    ],
)
def test_a_notice_over_the_header_is_no_salutation(notice: str) -> None:
    letter = parse_text(notice + _HEAD + _LETTER, keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("钱某", "委员")]
    assert letter.issuer == "桐溪县水利局"
    assert letter.doc_number is not None and letter.doc_number.text == "桐水函〔2031〕8号"
    assert letter.title == "关于县政协五届二次会议第31号提案的答复"
    assert letter.proposal is not None and letter.proposal.title == "关于疏浚北河支渠的提案"
    assert span_problems(letter) == []


# A mirror's traditional copy with pinyin glosses inside its words, the notice between the
# page's cells and the letter's header, the header's cells spaced by marks for blanks the
# copy could not write: the view reads past the glosses, so the notice is the page's there
# too, and the letter's header, number, title and addressee are read as written.
_MIRROR = (
    "首頁(yè)>政務(wù)公開(kāi)>提案辦理\n"
    "對(duì)縣五屆政協(xié)二次會(huì)議第31號(hào)提案的答復(fù)\n"
    "發(fā)布時(shí)間:2031-06-04 10:20:30\n"
    "X\n"
    "縣政府網(wǎng)站提醒您:\n\n"
    "桐溪縣水利局? ???????????????????簽發(fā)人:周某\n\n"
    "桐水函〔2031〕8號(hào)\n\n"
    "對(duì)縣五屆政協(xié)二次會(huì)議第31號(hào)提案的答復(fù)\n\n"
    "錢某委員:\n\n"
    "您好,您提出的《關(guān)于疏浚北河支渠的提案》收悉。現(xiàn)答復(fù)如下:\n\n"
    "我局已將支渠疏浚列入明年計(jì)劃,相關(guān)資金正在籌(chóu)措。\n"
)


def test_a_glossed_mirror_reads_past_the_notice() -> None:
    letter = parse_text(_MIRROR, keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("錢某", "委员")]
    assert letter.issuer == "桐溪縣水利局"
    assert letter.doc_number is not None and letter.doc_number.text == "桐水函〔2031〕8號(hào)"
    assert letter.title == "對(duì)縣五屆政協(xié)二次會(huì)議第31號(hào)提案的答復(fù)"
    assert letter.proposal is not None
    assert letter.proposal.title == "關(guān)于疏浚北河支渠的提案"
    assert span_problems(letter) == []


def test_a_letters_reminder_alone_on_its_line_shows_no_page() -> None:
    """The letter's own ``特此提醒您：`` ending its line (review56c: an earlier round read
    it as the site's notice, chrome that shows a page by itself)."""
    letter = _HEAD + _LETTER.replace(
        "桐溪县水利局\n2031", "特此提醒您：\n汛期请勿下河。\n桐溪县水利局\n2031"
    )
    assert chrome._SHOWS_PAGE_UNTRIMMED().search(letter) is None
    assert chrome._SHOWS_PAGE_UNTRIMMED().search("桐溪县政府网站提醒您：\n" + letter) is not None
    assert not any(is_chrome_line(line) for line in letter.split("\n") if line)


# The notice under the letter's signed date, on a line of its own or, in a copy that lost its
# line breaks, glued after the date (…支持。2031年6月3日您访问的链接即将离开“…”门户网站，
# 是否继续？): the page's, the date the signature's (fix144: an earlier round read the date
# and the notice as one line of the body there, and no signed date, dev144/002 glued).
_UNSIGNED = (
    "关于县政协五届二次会议第31号提案的答复\n钱某委员：\n"
    "您提出的《关于疏浚北河支渠的提案》收悉，现答复如下：\n"
    "我局已将支渠疏浚列入明年计划。\n感谢您对水利工作的关心和支持。\n"
)


@pytest.mark.parametrize(
    ("signer", "notice"),
    [
        pytest.param(
            "", "您访问的链接即将离开“桐溪县人民政府”门户网站，是否继续？", id="date-alone"
        ),
        pytest.param("桐溪县水利局\n", "您即将离开本网站，是否继续？", id="signed"),
        pytest.param("", "您点击的网址即将跳转至外部网站", id="jump"),
    ],
)
@pytest.mark.parametrize("flatten", COPIES)
def test_a_notice_after_the_signed_date(
    signer: str, notice: str, flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten(f"{_UNSIGNED}{signer}2031年6月3日\n{notice}\n"), keywords=False)
    assert letter.signature.date == "2031-06-03"
    assert letter.signature.issuer == (signer.strip() or None)
    assert span_problems(letter) == []
