"""A saved page flattened onto one line with nothing between its lines: a government
listing's metadata table whose labels have no colons (``索 引 号  0000/2099-001信息名称  关于…
的答复公开日期  2099-01-02  失效日期文  号   发布机构  某局公开程序王某委员：``) is the page's
chrome, cell by cell, when two of its labels or more (a closed vocabulary: 索引号, 信息名称,
公开日期, 文号, 发布机构, 公开程序 …) stand in one run; the title under 信息名称 stays, and
公开程序 is no part of the addressee's name. A title that holds one such word
(关于公开程序的建议), or two joined by 和, is untouched. Also the crumb's lead 您所在的位置
glued after the channel's name, and a screen reader's hint over the page
(``正文内容区域请使用tab按钮切换浏览``) glued before the title: chrome, whole (its 正文内容,
a page's label, left in the view would take the title as its value, leaving no title).
The same run on a line of its own, on a page that kept its lines (dev63), is the page's
row whole, some of its colons kept or none, its cells left empty or not.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line
from snippets import COPIES

BODY = (
    "王某某委员：\n你在县政协第九届三次会议上提出的《关于改善乡村道路的提案》收悉，"
    "现将办理情况答复如下：\n"
    "我局已组织人员对全县乡村道路开展排查，修补破损路面十二处，新建错车道六处。\n"
    "下一步，我局将持续加强乡村道路养护，每季度开展一次巡查，对发现的问题限期整改。\n"
    "感谢您对交通工作的关心和支持。\n"
    "壬县交通运输局\n2099年1月2日\n"
)
TITLE = "关于对县政协第九届三次会议第12号提案的答复"
HEAD = (
    "政协提案办理\n\n您所在的位置: 网站首页 > 政府信息公开 > 政协提案办理 > 正文\n\n"
    " 索 引 号  abcd/2099-00012\n"
    f" 信息名称  {TITLE}\n"
    " 公开日期  2099-01-03  失效日期 \n"
    " 文  号   发布机构  壬县交通运输局\n"
    " 公开程序 \n\n"
)


def _glued(page: str) -> str:
    return "".join(line.strip() for line in page.split("\n"))


def test_bare_cells_in_a_run_are_chrome() -> None:
    letter = parse_text(_glued(HEAD + BODY), keywords=False)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王某某", "委员")]


def test_bare_cells_tidy_page_keeps_its_reading() -> None:
    letter = parse_text(HEAD + BODY, keywords=False)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王某某", "委员")]


def test_one_label_word_in_a_title_is_no_cell() -> None:
    title = "关于公开程序的建议的答复"
    page = "您的当前位置： 首页 > 政务公开\n\n" + title + "\n发布时间：2099-01-03\n\n" + BODY
    letter = parse_text(_glued(page), keywords=False)
    assert letter.title == title


def test_two_label_words_joined_by_and_are_no_run() -> None:
    title = "关于规范公开方式和公开程序的建议的答复"
    page = "您的当前位置： 首页 > 政务公开\n\n" + title + "\n发布时间：2099-01-03\n\n" + BODY
    letter = parse_text(_glued(page), keywords=False)
    assert letter.title == title


HINTED = (
    "正文内容区域请使用tab按钮切换浏览\n\n"
    "对区政协九届三次会议第77号委员提案的会办意见\n\n"
    "2099年01月16日 来源: 壬县交通运输局\n\n" + BODY
)


def test_screen_reader_hint_glued_before_the_title() -> None:
    letter = parse_text(_glued(HINTED), keywords=False)
    assert letter.title == "对区政协九届三次会议第77号委员提案的会办意见"


def test_screen_reader_hint_tidy_page_keeps_its_reading() -> None:
    letter = parse_text(HINTED, keywords=False)
    assert letter.title == "对区政协九届三次会议第77号委员提案的会办意见"


# The same cells on lines of their own, on a page that kept its lines (dev63): a row glued
# label to value and cell to cell, some colons kept (``文  号成文日期:2099-01-03发布日期:…``),
# or every cell left empty (``体  裁生效日期废止日期``), is the page's whole, under its
# other rows; the title under them stays the letter's, the dates in them no date of its.
ROWS = (
    f"{TITLE}\n\n"
    "索 引 号:abcd/2099-00012主题分类:综合政务/建议提案\n"
    "发布机构:壬县交通运输局关 键 词:提案\n"
    "文    号成文日期:2099-01-03发布日期:2099-01-04\n"
    "体    裁生效日期废止日期\n"
    f"{TITLE}\n\n"
)


def test_glued_rows_of_their_own_are_chrome() -> None:
    letter = parse_text(ROWS + BODY, keywords=False)
    assert letter.title == TITLE
    assert [d.value for d in letter.dates] == ["2099-01-02"]


@pytest.mark.parametrize("flatten", COPIES)
def test_a_row_opening_with_the_written_time_gives_no_dates(flatten: Callable[[str], str]) -> None:
    # (a disclosure table's rows a blank between label and value, the row of the dates under
    # the index number's: fix141)
    head = (
        "壬县人民政府\n"
        "索 引 号 abcd/2099-00012 公文种类 发布机构 壬县政府\n"
        "成文时间 2099-01-03 发布日期 2099-01-04 文号 壬交函〔2099〕3号\n"
        "有效性 有效 主题词 人大建议\n\n"
    )
    letter = parse_text(flatten(head + TITLE + "\n\n" + BODY), keywords=False)
    assert [d.value for d in letter.dates] == ["2099-01-02"]


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(
            "文    号成文日期:2099-01-03发布日期:2099-01-04", id="colons-kept-after-a-bare-one"
        ),
        pytest.param("体    裁生效日期废止日期", id="every-cell-empty"),
        pytest.param("发布机构壬县交通运输局生效日期2099-01-04", id="values-no-colons"),
        # (the site's spelling of 成文日期 opening the row, its cells a blank apart: fix141)
        pytest.param(
            "成文时间 2099-01-03 发布日期 2099-01-04 文号 壬交函〔2099〕3号",
            id="written-time-first",
        ),
    ],
)
def test_a_glued_row_is_a_line_of_chrome(row: str) -> None:
    assert is_chrome_line(row)


@pytest.mark.parametrize(
    "line",
    [
        # one label only, or none of the page's own (a letter's 文号 and 成文日期 alone)
        pytest.param("体裁多样的宣传资料已发放到各村", id="one-label"),
        pytest.param("文号壬交函〔2099〕3号成文日期2099-01-03", id="no-page-label"),
        pytest.param("文号壬交函〔2099〕3号成文时间2099-01-03", id="no-page-label-time"),
        # a salutation glued after the row's last value
        pytest.param("发布机构壬县交通运输局生效日期2099-01-04王某委员:", id="salutation-glued"),
        # a title that holds the words
        pytest.param("关于公开程序和生效日期的建议", id="title-words"),
    ],
)
def test_lines_that_are_no_glued_row(line: str) -> None:
    assert not is_chrome_line(line)


def test_glued_rows_flattened_with_a_spread_keyword_label() -> None:
    # (关 键 词:提案: a label whose characters blanks part, its value a kind word)
    flat = " ".join(line.strip() for line in (ROWS + BODY).split("\n") if line.strip())
    letter = parse_text(flat, keywords=False)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王某某", "委员")]
