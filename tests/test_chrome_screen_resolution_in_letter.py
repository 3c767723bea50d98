"""A letter's line that names a screen's or a camera's resolution in figures
(``均为1920×1080分辨率``) is the letter's: only a site's note of how to view it
(``推荐使用1024×768分辨率浏览本站``) is the footer's. An earlier round read any
resolution in figures as a footer's mark, and a hard-wrapped line of a letter about
cameras or screens, with no full stop on it, was dropped as chrome (its section lost).
Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line

LETTER = """某县公安局关于加强路口监控建设建议的答复

王某代表：
    您提出的关于加强路口监控建设的建议收悉，现答复如下。
    一、今年我局在城区主要路口新装摄像头120个，均为1920×1080分辨率
高清设备，夜间也能看清车牌。
    二、明年将继续扩大覆盖。
    感谢您对公安工作的关心。

某县公安局
2023年6月1日
"""


def test_a_wrapped_line_naming_a_resolution_keeps_its_section() -> None:
    letter = parse_text(LETTER)
    assert [s.marker for s in letter.sections] == ["一、", "二、"]
    assert "1920×1080分辨率" in letter.sections[0].text


@pytest.mark.parametrize(
    "line",
    [
        "一、今年我局在城区主要路口新装摄像头120个，均为1920×1080分辨率",
        "均为1920×1080分辨率",
        "配备1920*1080像素分辨率的高清摄像头",
        "大屏采用3840×2160分辨率，方便群众浏览",  # (the viewing word in another clause)
        "您建议使用1920×1080分辨率的显示屏",
    ],
)
def test_a_letters_resolution_is_no_footer(line: str) -> None:
    assert not is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "本页面执行时间为0.04秒 ,推荐使用1366*768分辨率以上显示器及IE8.0以上版本浏览器进行浏览",
        "推荐使用1024×768分辨率浏览本站",
        "建议使用1440*768分辨率 IE9.0及以上版本浏览器",
        "1024×768分辨率下浏览效果最佳",
        "浏览本站请使用1280*1024分辨率",
        "为获得最佳浏览效果，建议使用1366×768以上分辨率",
        "1024×768分辨率下显示效果最佳",
    ],
)
def test_a_sites_note_of_how_to_view_it_is_chrome(line: str) -> None:
    assert is_chrome_line(line)
