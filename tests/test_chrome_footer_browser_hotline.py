"""A site's footer under the letter that holds, besides its registration numbers, a row of
its 主管 and 主办 units, rows of its hotline (``某市12345政务服务热线（市长热线）电话1：
0000-12345（本区域拨打）``) and a note of the screen and browser to view it with
(``本页面执行时间为0.04秒，推荐使用1366*768分辨率以上显示器及IE8.0以上版本浏览器进行浏览``).
Each was left the letter's: the signer over the contact line under the date was not read
(the closing block ended in the footer). Now the note is a footer's line though it holds a
comma (a screen's pixels with a word of viewing the site are no letter's words), 主管 is a footer's label as 主办 is,
and a hotline's row is the footer's inside a footer's block. A letter's own line naming a
hotline, under no footer, stays the letter's. Snippets are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines, is_chrome_line
from snippets import COPIES, signature_of

LETTER = """某市某局对市五届人大二次会议第88号建议答复的函

王某某代表:

你提出的《关于某公园照明的建议》收悉,现答复如下:

我局已对公园照明设施进行了改造,效果良好。感谢您对我局工作的关心和支持。

某市某局

20240518

(联系人:市某管理处李某;联系电话:13800000000

关闭窗口

主管:中共某市委某市人民政府     主办:某市人民政府办公室

某市12345政务服务热线(市长热线)电话1:0000-12345(本区域拨打)

某市12345政务服务热线(市长热线)电话2: 0000-55512345(非本区域拨打)

网站标识码:0000000000   某ICP备00000000号-1  某公网安备00000000000000

本页面执行时间为0.04秒 ,推荐使用1366*768分辨率以上显示器及IE8.0以上版本浏览器进行浏览
"""


def test_the_footer_is_the_pages_and_the_signer_is_read() -> None:
    letter = parse_text(LETTER)
    assert letter.signature.issuer == "某市某局"
    assert [(c.name, c.phone) for c in letter.contacts] == [("李某", "13800000000")]
    assert "0000-12345" not in [c.phone for c in letter.contacts]


@pytest.mark.parametrize(
    "line",
    [
        "本页面执行时间为0.04秒 ,推荐使用1366*768分辨率以上显示器及IE8.0以上版本浏览器进行浏览",
        "推荐使用1024×768分辨率浏览本站",
        "建议使用1440*768分辨率 IE9.0及以上版本浏览器",
    ],
)
def test_a_browser_note_is_chrome(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "推荐使用1366*768分辨率以上显示器进行浏览。",  # (a sentence ended: no footer's line)
        "建议群众使用浏览器访问本站,谢谢。",
    ],
)
def test_no_browser_note(line: str) -> None:
    assert not is_chrome_line(line)


def test_a_hotline_row_under_no_footer_is_the_letters() -> None:
    text = LETTER.split("\n关闭窗口")[0] + "\n某市12345政务服务热线电话:0000-12345\n"
    lines = text.split("\n")
    assert lines.index("某市12345政务服务热线电话:0000-12345") not in chrome_lines(lines)


def test_a_hotline_row_in_a_footer_is_the_pages() -> None:
    lines = LETTER.split("\n")
    found = chrome_lines(lines)
    for i, line in enumerate(lines):
        if "热线" in line or line.startswith(("主管", "本页面")):
            assert i in found


# A hotline's numbers listed in lenticular brackets, each with where to call it from, in a
# footer between the site's 版权所有 row and its registration numbers (fix158): the page's,
# and the signer and date over the footer are read. Under no footer the row is the letter's.
LISTED_HOTLINE = "甲山市12345政务服务便民热线【12345(市内)、0000-5512345(市外)】"

LISTED_FOOTER_LETTER = f"""甲山市某局对市九届人大一次会议第12号建议的答复

王某代表:

你提出的关于乙河镇道路硬化的建议收悉,现答复如下:

我局已将该路段纳入明年计划。感谢你对我局工作的关心与支持!

                                甲山市某局

                                 2024年5月18日

扫一扫在手机上查看当前页面

版权所有:甲山市人民政府 承办:甲山市大数据中心

{LISTED_HOTLINE}

政府网站标识码:0000000000某ICP备00000000号-1某公网安备00000000000000号
"""


@pytest.mark.parametrize("flatten", COPIES)
def test_the_signer_over_a_listed_hotline_footer_is_read(flatten: Callable[[str], str]) -> None:
    assert signature_of(flatten(LISTED_FOOTER_LETTER)) == ("甲山市某局", "2024-05-18")


def test_a_listed_hotline_row_in_a_footer_is_the_pages() -> None:
    lines = LISTED_FOOTER_LETTER.split("\n")
    assert lines.index(LISTED_HOTLINE) in chrome_lines(lines)


def test_a_listed_hotline_row_under_no_footer_is_the_letters() -> None:
    text = LISTED_FOOTER_LETTER.split("\n扫一扫")[0] + f"\n{LISTED_HOTLINE}\n"
    lines = text.split("\n")
    assert lines.index(LISTED_HOTLINE) not in chrome_lines(lines)
