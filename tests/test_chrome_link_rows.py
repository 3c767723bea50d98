"""A page's row that links to a file or to the page it copied, its value a prompt to click
or an address (``附件链接：点击下载``, ``原文链接:点击查看``, ``政策解读链接：点击查看``,
``相关链接: http://…``): page chrome wherever it stands (over the title, between the body
and the signer, under the date), so the title, signer and date read as without it. A
sentence that speaks of a link, and a 相关链接 heading over its list, are left as they are.
Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines

TITLE = "关于增设某村路灯的建议的答复\n"
BODY = (
    "何某代表：\n　　您提出的建议收悉，现答复如下：\n　　我镇已安装路灯20盏。\n　　感谢您的支持。\n"
)
SIGNED = "某镇人民政府\n2022年11月3日\n"
ROWS = [
    pytest.param("附件链接：点击下载", id="attachment"),
    pytest.param("原文链接:点击查看", id="source"),
    pytest.param("政策解读链接：点击查看", id="any-name"),
    pytest.param("相关链接：点击查看", id="related"),
    pytest.param("相关链接: http://www.example.gov.cn/a/1.html", id="address"),
]


def _read(text: str) -> tuple[object, ...]:
    letter = parse_text(text)
    signed = letter.signature
    return (
        letter.title,
        letter.issuer,
        None if signed is None else (signed.issuer, signed.date),
        [d.value for d in letter.dates],
    )


@pytest.mark.parametrize("row", ROWS)
@pytest.mark.parametrize("where", ["top", "middle", "end"])
def test_a_link_row_is_chrome(row: str, where: str) -> None:
    text = {
        "top": row + "\n" + TITLE + BODY + SIGNED,
        "middle": TITLE + BODY + row + "\n" + SIGNED,
        "end": TITLE + BODY + SIGNED + row + "\n",
    }[where]
    assert _read(text) == _read(TITLE + BODY + SIGNED)


def test_a_sentence_about_a_link_stays() -> None:
    body = BODY.replace("我镇已安装路灯20盏。", "我镇已在网站设置链接：点击后可查看进度。")
    letter = parse_text(TITLE + body + SIGNED)
    assert letter.signature is not None and letter.signature.issuer == "某镇人民政府"


@pytest.mark.parametrize(
    "row",
    [
        pytest.param("| 友情链接: |", id="barred-both-sides"),
        pytest.param("| 相关链接", id="bar-before"),
        pytest.param("友情链接:", id="bare"),
    ],
)
def test_a_links_heading_in_a_rows_cell_is_chrome(row: str) -> None:
    # (a copy that kept the page's layout as a table's rows: the heading its one cell, as a
    # link to the previous article is; left72b)
    lines = ["感谢您的支持。", "某镇人民政府", "2022年11月3日", row]
    assert chrome_lines(lines) == frozenset({3})
