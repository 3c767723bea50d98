"""A saved page flattened onto one line: the page's table listed one dash item a cell
(``- 索引号: … - 发布机构: 某局 - 时效性: 有效``), its last cell the document's validity,
whose value is a closed word (有效, 失效, 废止 …), the heading glued after it
(``时效性: 有效某局关于…``): the value is the page's, the authority and the title the
letter's. A title that holds such words (政策时效性有效落实) keeps them.
"""

from __future__ import annotations

from replyparse import parse_text

BODY = (
    "某某某代表：\n你提出的《关于改善乡村供水的建议》收悉，现将办理情况答复如下：\n"
    "我局已组织人员对全县乡村供水工程开展排查，维修管网十二处，新建蓄水池六座。\n"
    "下一步，我局将持续加强供水工程养护，每季度开展一次巡查，对发现的问题限期整改。\n"
    "感谢您对水利工作的关心和支持。\n"
    "壬州水利局\n2099年1月2日\n"
)
TITLE = "壬州水利局对州九届人大三次会议第8号建议的答复"
PAGE = (
    "人大代表建议办理答复\n- 索引号: 20990101-000000-001\n- 发布机构: 壬州水利局\n"
    "- 文号:\n- 发布日期: 2099-01-03\n- 时效性: 有效\n" + TITLE + "\n壬水函〔2099〕8号\n" + BODY
)


def _flattened(page: str, between: str) -> str:
    return between.join(line.strip() for line in page.split("\n") if line.strip())


def test_validity_value_glued_to_the_heading() -> None:
    for between in ("", " "):
        letter = parse_text(_flattened(PAGE, between), keywords=False)
        assert letter.title == TITLE, between
        assert letter.issuer == "壬州水利局", between


def test_tidy_page_keeps_its_reading() -> None:
    letter = parse_text(PAGE, keywords=False)
    assert letter.title == TITLE


def test_title_holding_the_words_is_untouched() -> None:
    title = "关于提升惠民政策时效性有效落实的建议的答复"
    page = "您的当前位置： 首页 > 政务公开\n\n" + title + "\n发布时间：2099-01-03\n\n" + BODY
    for between in ("", " "):
        letter = parse_text(_flattened(page, between), keywords=False)
        assert letter.title == title, between


def test_validity_cell_alone_on_its_line_is_the_pages() -> None:
    """The cell whole on its line, a dash before it or its label 时效 with its colon
    (left57a: an earlier round read ``— 时效性有效`` or ``时效：有效`` as the title's first
    line)."""
    for cell in ("— 时效性有效", "时效：有效", "－ 有效性：失效"):
        page = "首页 > 政务公开\n发布机构：壬州水利局\n" + cell + "\n" + TITLE + "\n" + BODY
        letter = parse_text(page, keywords=False)
        assert letter.title == TITLE, cell
