"""A page's links to its previous and next articles, kept by a copy as a table's rows: each
row one cell, its bar before and after it (``| 上一条：某局关于…的答复 |``), under the
signer, the date and a contact line. The bare link (``上一条：…``) was chrome already; the
row was read as the letter's, so the closing did not end at the date and the signer and
its date were lost. The bar before the link's words is the row's, not the letter's: no
letter opens a line so. Also in traditional characters (``| 上一條：…``).

Snippets are invented (departments, names, numbers).
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line

LETTER = """王某等委员：
你们提出的关于推广小型农机具的提案，已交我们研究办理，现答复如下：
今年已在三个乡镇试用小型农机具，明年推广到全县。
谢谢各位委员对全县农机推广的持续关注。
某县农业农村局
2021年6月12日
联系电话：0000-0000000
{rows}
"""

ROWS = (
    "| 上一条：某县农业农村局对县政协七届二次会议第31号提案的答复 |\n"
    "| 下一条：某县文化旅游局关于县政协七届二次会议第47号提案的答复 |"
)


@pytest.mark.parametrize(
    "line",
    [
        "| 上一条：某县农业农村局对某会议第8号提案的答复 |",
        "| 下一篇：某局关于某某的答复",
        "|上一篇：某某",
        "｜ 上一条：某县农业农村局对某会议第8号提案的答复 ｜",
    ],
)
def test_a_row_linking_another_article_is_chrome(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "| 上级部门：某局 |",  # (a row's label is no link's word)
        "上一条道路已经修通。",  # (a sentence, no colon after the word)
        "| 一、加强上一级统筹 |",
    ],
)
def test_other_rows_are_not_links(line: str) -> None:
    assert not is_chrome_line(line)


def test_the_signer_and_date_stand_over_such_rows() -> None:
    record = parse_text(LETTER.format(rows=ROWS))
    assert record.signature.issuer == "某县农业农村局"
    assert record.signature.date == "2021-06-12"
    assert record.issuer == "某县农业农村局"
    assert [c.phone for c in record.contacts] == ["0000-0000000"]
    assert record.proposal is not None and record.proposal.number is None


def test_in_traditional_characters() -> None:
    text = (
        "王某等委員：\n"
        "你們提出的關於推廣小型農機具的提案，已交我們研究辦理，現答復如下：\n"
        "今年已在三個鄉鎮試用小型農機具，明年推廣到全縣。\n"
        "謝謝各位委員對全縣農機推廣的持續關注。\n"
        "某縣農業農村局\n"
        "2021年6月12日\n"
        "聯(lián)系電話：0000-0000000\n"
        "| 上一條：某縣農業農村局對縣政協(xié)七屆二次會議第52號提案的答復 |\n"
        "| 下一條：某縣文化旅遊局對縣政協(xié)七屆二次會議第76號提案的答復 |\n"
    )
    record = parse_text(text)
    assert record.signature.issuer == "某縣農業農村局"
    assert record.signature.date == "2021-06-12"


def test_the_bare_links_read_as_before() -> None:
    rows = ROWS.replace("| ", "").replace(" |", "")
    record = parse_text(LETTER.format(rows=rows))
    assert record.signature.issuer == "某县农业农村局"
    assert record.signature.date == "2021-06-12"
