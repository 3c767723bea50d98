"""An accessibility toolbar a copy of a government page kept as text over the article: its
buttons one a line (辅助浏览 / 读屏 / 放大 / 缩小 / 配色 / 蓝底白字黄链接 / 大鼠标 / 指读 …)
or on one line. Each line of them is the page's tools, so the title, the salutation and
the proposal under them are read as on a clean copy: an earlier round took the first
button for the title, found no salutation within its reach of it and refused the letter
as none. A sentence of the letter naming such functions stays. Snippets are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines
from replyparse.letterness import is_letter
from snippets import glued, spaced

BUTTONS = [
    "读屏",
    "声音",
    "语速",
    "指读",
    "连读",
    "辅助浏览",
    "放大",
    "配色",
    "蓝底白字黄链接",
    "黑底白字",
    "原始配色",
    "缩小",
    "大鼠标",
    "十字线",
    "大字幕",
    "拼音",
    "纯文本",
    "轻松阅读",
    "视图",
    "减小音量",
    "增加音量",
    "全屏",
    "前进",
    "后退",
    "刷新",
    "重置",
    "帮助",
    "退出",
]
LETTER = """对县政协九届三次会议第30418号提案的答复

发布日期:2023-05-06 09:12 发布机构:青岚县住房和城乡建设局

尊敬的韩秋野委员:

您提出的《关于加快老旧小区加装电梯的建议》收悉,经县财政局会办,现答复如下:

近年来,我局先后完成12个小区的改造。下一步,我局将会同县财政局争取省级补助资金,对
"""
BARE = LETTER.replace("发布日期:2023-05-06 09:12 发布机构:青岚县住房和城乡建设局\n\n", "")


def _chrome(text: str) -> list[str]:
    lines = text.split("\n")
    return [lines[i] for i in sorted(chrome_lines(lines))]


@pytest.mark.parametrize(
    "letter", [pytest.param(LETTER, id="page-cells"), pytest.param(BARE, id="no-other-sign")]
)
def test_buttons_one_a_line_over_the_title_are_chrome(letter: str) -> None:
    assert _chrome("\n".join(BUTTONS) + "\n" + letter)[: len(BUTTONS)] == BUTTONS


@pytest.mark.parametrize(
    "head",
    [
        pytest.param("\n".join(BUTTONS), id="one-a-line"),
        pytest.param(" ".join(BUTTONS), id="on-one-line"),
        pytest.param("  ".join(BUTTONS[:12]), id="first-buttons-on-one-line"),
    ],
)
@pytest.mark.parametrize(
    "letter", [pytest.param(LETTER, id="page-cells"), pytest.param(BARE, id="no-other-sign")]
)
def test_the_letter_under_the_toolbar_is_read(head: str, letter: str) -> None:
    record = parse_text(f"{head}\n{letter}")
    assert is_letter(record)
    assert record.title == "对县政协九届三次会议第30418号提案的答复"
    assert record.salutation == "尊敬的韩秋野委员:"
    assert [(a.name, a.role) for a in record.addressees] == [("韩秋野", "委员")]
    assert record.proposal is not None
    assert (record.proposal.kind, record.proposal.number) == ("提案", "30418")


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("放大缩小等功能已上线。", id="sentence"),
        pytest.param("增设读屏和大鼠标等辅助浏览功能", id="heading-naming-them"),
        pytest.param("放大镜", id="word-that-opens-alike"),
    ],
)
def test_a_letters_line_naming_the_functions_stays(line: str) -> None:
    text = LETTER.replace("近年来,", f"{line}\n近年来,")
    assert line not in _chrome(text)


def test_buttons_under_the_pages_heading_and_cells_are_chrome() -> None:
    # the page writes its heading and a cell over the toolbar, the letter's title under it
    head = "对县政协九届三次会议第30418号提案的答复\n\n发布时间：2023-05-06\n\n"
    text = head + "\n".join(BUTTONS) + "\n" + BARE
    assert set(BUTTONS) <= set(_chrome(text))
    record = parse_text(text)
    assert [(a.name, a.role) for a in record.addressees] == [("韩秋野", "委员")]
    assert record.proposal is not None
    assert record.proposal.title == "关于加快老旧小区加装电梯的建议"


def test_a_generic_button_word_alone_inside_the_letter_stays() -> None:
    # 帮助 alone between two paragraphs of a page's letter: no button chrome by itself beside it
    text = LETTER.replace("近年来,", "帮助\n近年来,")
    assert "帮助" not in _chrome(text)
    # (over the title, beside 大鼠标, it is the toolbar's; inside the body, under the
    # letter's 如下: and over its paragraph, the pair is the letter's list, as below)
    assert "帮助" in _chrome("帮助\n大鼠标\n" + text)


# A reply about a site's accessibility lists or heads the functions it built, one a line,
# inside its body: the letter's words, never the page's toolbar (an earlier round read them
# chrome wherever 辅助浏览 or 大鼠标 stood among them, and the letter lost them).
ABOUT = """关于提升县政府网站适老化水平的建议的答复

尊敬的祁望舒代表:

您提出的《关于提升县政府网站适老化水平的建议》收悉,现答复如下:

{body}

感谢您对我局工作的关心和支持。

青岚县数据资源局
2031年6月8日
"""


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "网站新增了这些功能:\n辅助浏览\n读屏\n放大\n大鼠标\n视障群众可随时使用。", id="list"
        ),
        pytest.param("辅助浏览\n网站已开通辅助浏览功能,群众可点击使用。", id="heading"),
        pytest.param(
            "网站新增了这些功能:\n\n读屏/放大/大鼠标\n\n视障群众可随时使用。", id="one-line"
        ),
    ],
)
@pytest.mark.parametrize(
    "head", [pytest.param("", id="clean"), pytest.param("\n".join(BUTTONS) + "\n", id="paged")]
)
def test_the_letters_list_of_the_functions_stays(head: str, body: str) -> None:
    text = head + ABOUT.format(body=body)
    assert _chrome(text) == (BUTTONS if head else [])
    record = parse_text(text)
    assert record.title == "关于提升县政府网站适老化水平的建议的答复"
    assert (record.signature.issuer, record.signature.date) == ("青岚县数据资源局", "2031-06-08")


# A page flattened with nothing between its lines glues the toolbar's buttons together and
# the title after them (拼音辅助浏览读屏…大鼠标对…的答复): the run is the page's, the title
# the letter's (an earlier round read the buttons as the title's first words).
WHOLE = LETTER + (
    "下一步,我局将简化审批流程,推动更多小区加装电梯,并对符合条件的项目给予补助。\n"
    "感谢您对住房和城乡建设工作的关心和支持。\n\n青岚县住房和城乡建设局\n2031年6月8日\n"
)


@pytest.mark.parametrize(
    "flatten", [pytest.param(glued, id="glued"), pytest.param(spaced, id="spaced")]
)
@pytest.mark.parametrize(
    "head",
    [
        pytest.param("\n".join(BUTTONS[:16]), id="one-a-line"),
        pytest.param("拼音\n辅助浏览\n读屏\n放大\n大鼠标", id="few"),
    ],
)
def test_a_flattened_toolbar_is_not_the_title(flatten: Callable[[str], str], head: str) -> None:
    record = parse_text(flatten(f"{head}\n{WHOLE}"))
    assert record.title == "对县政协九届三次会议第30418号提案的答复"
    assert (record.signature.issuer, record.signature.date) == (
        "青岚县住房和城乡建设局",
        "2031-06-08",
    )


@pytest.mark.parametrize(
    "above",
    [
        pytest.param("青岚县人民政府网站欢迎您!", id="banner"),
        pytest.param("网站无障碍服务:", id="heading"),
    ],
)
def test_a_toolbar_under_a_pages_line_that_ends_like_prose_is_chrome(above: str) -> None:
    # the line over it ends as a sentence or a list's opening does, but the title under it
    # is no sentence: the page's toolbar, not a list of the letter's
    buttons = ["拼音", "辅助浏览", "读屏", "放大", "大鼠标"]
    text = above + "\n" + "\n".join(buttons) + "\n" + BARE
    assert set(buttons) <= set(_chrome(text))
    assert parse_text(text).title == "对县政协九届三次会议第30418号提案的答复"


_SWITCHES = "简体 | 繁体 | 进入关怀版 | 无障碍"
SITED = LETTER.replace("\n\n发布日期", "\n青岚县人民政府门户网站 www.example.gov.cn 发布日期")


@pytest.mark.parametrize("flatten", [glued, spaced], ids=["glued", "spaced"])
@pytest.mark.parametrize(
    "head",
    [
        pytest.param("".join(BUTTONS), id="toolbar-run-together"),
        pytest.param(_SWITCHES, id="switches-with-enter"),
    ],
)
def test_a_flattened_head_keeps_its_tools_off_the_title(head: str, flatten) -> None:  # type: ignore[no-untyped-def]
    # (the page's line breaks lost: its tools run on into the title after them)
    # (the page shows itself by its site's name and address under the title)
    record = parse_text(flatten(f"{head}\n{SITED}"))
    assert record.title == "对县政协九届三次会议第30418号提案的答复"
    assert [(a.name, a.role) for a in record.addressees] == [("韩秋野", "委员")]


def test_a_title_that_opens_with_a_toolbar_word_keeps_it() -> None:
    # (two tool words before the title are no run of the toolbar's)
    text = glued(f"放大缩小\n{SITED}")
    assert parse_text(text).title == "放大缩小对县政协九届三次会议第30418号提案的答复"
