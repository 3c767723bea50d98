"""A page printed at a width (a PDF's or a print view's text, each printed line a line)
breaks its chrome where the page ends, as it breaks the letter's paragraphs:

- a footer line wider than the page goes on on the next line, mid-word (``… 网站地`` over
  ``图``) or mid-number (``某ICP备000`` over ``00号-1``): the rest is the footer's too, so
  the footer stays one block of chrome and the letter's closing above it is read as it is
  (the signer over a date in figures alone, a contact's office the footer names);
- a barred row of the page's metadata table breaks inside its title cell before the
  closing bar (``| 信息名称： | 某局关于…的答`` over ``复 | |``): the title runs on to the bar.

Lines the letter itself writes right under a footer line stay its own, and so does every
line under a footer of a letter that keeps a paragraph to a line. Texts are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines
from replyparse.printwidth import columns

WIDTH = 52  # (26 hanzi a printed line)

TITLE = "关于县九届人大二次会议第8号建议的答复"
PARAGRAPHS = [
    "赵某代表：",
    "    你提出的关于在青岭镇东干渠末端新建一座提灌站的建议已收悉，经我局认真研究，现答复如下：",
    "    今年以来，县里正在实施东干渠防渗改造工程，按照设计要求，需要对沿线的全部闸门进行加高或者"
    "重建，确保满足灌溉和泄洪的需要。我局将在工程完工后组织观测，如果改造后的渠道仍不能满足灌溉"
    "用水需要，秋季将会同青岭镇政府按照实际情况开展论证和测量工作，并相应调整建设方案。",
    "    感谢你对全县农业农村工作的关心和支持。",
]
SIGNER = "青岭县农业农村局"


def _wrap(line: str, width: int = WIDTH) -> list[str]:
    """``line`` printed at ``width`` columns: broken where the next character would not fit."""
    rows, row, used = [], "", 0
    for ch in line:
        if used + columns(ch) > width:
            rows.append(row)
            row, used = "", 0
        row += ch
        used += columns(ch)
    return [*rows, row]


def _printed(lines: list[str], width: int | None = WIDTH) -> list[str]:
    """Each of ``lines`` printed at ``width`` (as it is when ``width`` is None)."""
    return [row for line in lines for row in (_wrap(line, width) if width else [line])]


def _page(closing: list[str], footer: list[str], width: int | None = WIDTH) -> str:
    lines = [TITLE, "", *PARAGRAPHS, "", *closing, "", *footer]
    return "\n".join(_printed(lines, width))


FOOTER = [
    "foot_logo.png",
    "",
    "主办单位:青岭县人民政府 版权所有:青岭县政府办 网站地图",
    "",
    "网站标识码：0000000000 备案号：某ICP备00001234号-1",
    "",
    "联系电话：0000-0000000",
]


def test_the_rest_of_a_footer_line_broken_mid_word_is_chrome() -> None:
    lines = _page([SIGNER, "", "2024531", ""], FOOTER).split("\n")
    rest = lines.index("图")
    assert rest - 1 in chrome_lines(lines)
    assert rest in chrome_lines(lines)


def test_the_signer_over_a_figures_only_date_stays_over_a_broken_footer() -> None:
    letter = parse_text(_page([SIGNER, "", "2024531", ""], FOOTER))
    assert letter.issuer == SIGNER
    assert letter.signature.issuer == SIGNER


def test_a_registration_number_broken_over_two_lines_is_the_footers() -> None:
    footer = ["版权所有：青岭县人民政府办公室 网站：某ICP备0000012345号-1"]
    lines = _page([SIGNER, "2024年5月31日", ""], footer).split("\n")
    rest = lines.index("45号-1")
    assert {rest - 1, rest} <= chrome_lines(lines)


def test_a_footers_office_contact_printed_over_lines_is_no_contact_of_the_letter() -> None:
    footer = [
        "主办单位：青岭县农业农村局 承办单位：青岭县农业农村局信息中心 地址：青岭县城关镇"
        "人民路18号 联系人：办公室 联系电话：0000-0000000 邮箱：nobody@example.org",
    ]
    closing = [SIGNER, "2024年5月31日", "联系人：钱某；联系电话：13800000000", ""]
    letter = parse_text(_page(closing, footer))
    assert [(c.name, c.org) for c in letter.contacts] == [("钱某", None)]
    assert letter.signature.issuer == SIGNER


def test_a_signer_right_under_a_footer_line_that_fills_the_page_stays_the_letters() -> None:
    # the footer stands over the letter's closing (a page's template), its line filling the
    # printed width by chance: the unit's name under it is the letter's signer
    footer_line = "主办单位:青岭县人民政府 版权所有:青岭县政府 网站地图"
    assert columns(footer_line) <= WIDTH
    lines = [TITLE, "", *PARAGRAPHS, "", footer_line]
    text = "\n".join([*_printed(lines), SIGNER, "2024年5月31日"])
    found = chrome_lines(text.split("\n"))
    assert text.split("\n").index(SIGNER) not in found


def test_a_line_under_a_footer_of_a_letter_kept_a_paragraph_a_line_stays() -> None:
    # no printed width: the paragraphs run past the footer's width, so nothing under a
    # footer line is its rest
    footer = ["主办单位:青岭县人民政府 版权所有:青岭县政府办 网站地", "图"]
    lines = _page([SIGNER, "2024年5月31日", ""], footer, width=None).split("\n")
    assert lines.index("图") not in chrome_lines(lines)


TABLE = [
    "索引号： | 000000/2024-00018 | 信息分类： | 农业、水利 |",
    "发布机构： | 青岭县农业农村局 | 发文日期： | 2024-05-31 |",
    "信息名称： | 青岭县农业农村局关于县九届人大二次会议第8号建议的答",
    "复 | ||",
    "时效： | 有效 |",
]
OWN_TITLE = "青岭县农业农村局关于县九届人大二次会议第8号建议的答复"


@pytest.mark.parametrize("width", [WIDTH, None], ids=["hard-wrapped", "cell-broken-alone"])
def test_a_title_cell_broken_before_its_bar_runs_on_to_the_bar(width: int | None) -> None:
    body = [*PARAGRAPHS, "", SIGNER, "2024年5月31日"]
    text = "\n".join([*TABLE, *_printed(body, width)])
    assert parse_text(text).title == OWN_TITLE


def test_a_closed_title_cell_takes_nothing_of_the_row_under_it() -> None:
    table = [
        "信息名称： | 青岭县农业农村局关于县九届人大二次会议第8号建议的答复 |",
        "时效： | 有效 |",
    ]
    text = "\n".join([*table, *PARAGRAPHS, "", SIGNER, "2024年5月31日"])
    assert parse_text(text).title == OWN_TITLE


def test_a_row_under_an_unclosed_title_cell_that_opens_with_a_label_is_its_own() -> None:
    table = [
        "信息名称： | 青岭县农业农村局关于县九届人大二次会议第8号建议的答复",
        "时效： | 有效 |",
    ]
    text = "\n".join([*table, *PARAGRAPHS, "", SIGNER, "2024年5月31日"])
    assert parse_text(text).title == OWN_TITLE


def test_a_body_line_ending_with_a_bar_is_no_rest_of_the_title() -> None:
    table = [
        "信息名称： | 青岭县农业农村局关于县九届人大二次会议第8号建议的答复",
        "赵某代表： |",
    ]
    text = "\n".join([*table, *PARAGRAPHS[1:], "", SIGNER, "2024年5月31日"])
    letter = parse_text(text)
    assert letter.title == OWN_TITLE


def test_an_address_broken_mid_word_at_the_footers_end_is_the_footers() -> None:
    # (a footer's e-mail address longer than a print carries over whole, broken where the
    # page ends, a comma typed for its dot: the rest is the address's, no clause, wrap66)
    footer = [
        "网站标识码：0000000000 备案号：某ICP备00001234号-1",
        "",
        "某某广告有限公司 版权所有 电话:0000-5550123Email:qinglingxian_webmaster@example,com",
    ]
    lines = _page([SIGNER, "", "2024531", ""], footer).split("\n")
    rest = next(i for i, line in enumerate(lines) if line.endswith("@example,com"))
    assert not lines[rest].startswith("某某")
    assert {rest - 1, rest} <= chrome_lines(lines)
    letter = parse_text("\n".join(lines))
    assert letter.signature.issuer == SIGNER
