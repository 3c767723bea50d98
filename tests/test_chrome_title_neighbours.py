"""Page chrome next to the title, which the title's lines took in: a crumb's steps carried
on to a line of their own (``>>某局 >>建议提案``), a menu copied with its links' paths
(``综合信息/col/col1/index.html…``), a page's bare labels left without a value (创建时间,
正文内容), and a metadata table written as a bulleted list (``• 发布机构`` over its value),
the list's other bulleted lines with it. Each is chrome on a page, so the title, the issuer
and the dates are the letter's own. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines

TITLE = "关于区二届人大一次会议第9号建议的答复"
LETTER = f"""{TITLE}

王某代表：

您在区二届人大一次会议上提出的《关于加强某路绿化的建议》收悉，现答复如下：

我局将认真研究，逐步推进。

感谢您对我区工作的关心与支持！

桐溪区交通局
2022年6月8日
"""
CRUMB = "当前位置：首页"

OVER_TITLE = [
    pytest.param(f"{CRUMB}\n>>某局 >>建议提案\n", id="crumb-steps-carried-on"),
    pytest.param(f"{CRUMB}\n» 政务公开 » 建议提案\n", id="crumb-steps-guillemets"),
    pytest.param(
        f"{CRUMB}\n1234综合信息/col/col1000001/index.html政务公开/col/col1000002/index.html\n\n",
        id="menu-link-paths",
    ),
    pytest.param(f"{CRUMB}\n提案办理/art/2022/6/8/art_1_9.shtml\n", id="one-menu-link"),
    pytest.param(
        "  • 人大建议和政协提案\n  • 索引号\n    000000000/2020-00001\n  • 发布机构\n    桐溪某局\n"
        "  • 发布日期\n    2018-09-30\n  • 时效性\n    有效\n\n",
        id="bulleted-metadata-list",
    ),
]


def _chrome(text: str) -> set[str]:
    lines = text.split("\n")
    return {lines[i] for i in chrome_lines(lines)}


@pytest.mark.parametrize("above", OVER_TITLE)
def test_chrome_over_the_title_joins_no_title(above: str) -> None:
    letter = parse_text(above + LETTER)
    assert letter.title == TITLE
    assert letter.issuer == "桐溪区交通局"
    assert [d.value for d in letter.dates] == ["2022-06-08"]


def test_bare_labels_under_the_title_join_no_title() -> None:
    page = f"{CRUMB}\n索引号：000000000/2022-00001\n{TITLE}\n创建时间\n正文内容\n"
    letter = parse_text(page + LETTER.removeprefix(TITLE))
    assert letter.title == TITLE
    assert {"创建时间", "正文内容"} <= _chrome(page)


def test_a_bulleted_list_gives_no_issuer_and_its_number_cell_the_doc_number() -> None:
    # the 发布机构 value alone above the title was read as the header's authority
    page = (
        "  • 索引号\n    000000000/2020-00001\n  • 发布机构\n    县某局\n  • 文号\n"
        "    某交函〔2018〕9号\n  • 发布日期\n    2018-09-30\n\n"
    )
    body = LETTER.removeprefix(TITLE).replace("桐溪区交通局", "桐溪县某局")
    letter = parse_text(f"{page}桐溪县某局对县政协提案第9号的答复\n{body}")
    assert letter.title == "桐溪县某局对县政协提案第9号的答复"
    assert letter.issuer == "桐溪县某局"
    assert letter.doc_number is not None and letter.doc_number.text == "某交函〔2018〕9号"
    assert [d.value for d in letter.dates] == ["2022-06-08"]


STAYS = [
    pytest.param(">>某局 >>建议提案", id="crumb-steps-without-a-page"),
    pytest.param("综合信息/col/col1/index.html", id="link-path-without-a-page"),
]


@pytest.mark.parametrize("line", STAYS)
def test_a_letter_that_shows_no_page_keeps_the_line(line: str) -> None:
    assert _chrome(f"{line}\n{LETTER}") == set()


LETTER_LINES = [
    pytest.param("详见网站http://www.example.gov.cn/col/col1/index.html", id="url-cited"),
    pytest.param("网址：www.example.gov.cn/art/1.html", id="labelled-address"),
    pytest.param(">>我局已于2022年6月完成整治，群众满意。", id="quoted-sentence"),
    pytest.param("• 加快推进某路改造工程，年内完工。", id="bulleted-sentence"),
]


@pytest.mark.parametrize("line", LETTER_LINES)
def test_a_letters_line_on_a_page_stays(line: str) -> None:
    assert line not in _chrome(f"{CRUMB}\n{LETTER}{line}\n")
