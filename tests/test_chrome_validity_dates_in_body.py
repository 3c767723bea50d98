"""The dates a measure holds from and to, under a page's own cell labels (``有效日期：``,
``生效日期：``, data/labels.tsv), written in a letter's own body, between its salutation and
its signer (``有效日期：2099年12月31日`` of a rule the reply tells of): in a letter that
shows no other sign of a page they are the letter's, the line kept and its date among
``dates`` (decided, left65; the label alone had shown a page and its line was dropped as a
cell). A page's cell keeps its date the page's: in a metadata table over the letter, on a
text that shows a page otherwise, or over the salutation. Names and places invented."""

from __future__ import annotations

import pytest

from replyparse import chrome, parse_text
from replyparse.textview import TextView

HEAD = ["桐溪县水务局关于加强河道管护的建议的答复", "", "赵某代表："]
OPENING = "您提出的关于加强河道管护的建议收悉。现答复如下："
TAIL = [
    "二、下一步将继续加强巡查。",
    "感谢您对水务工作的支持。",
    "",
    "桐溪县水务局",
    "2099年5月10日",
]


def _dates(lines: list[str]) -> list[str | None]:
    return [d.value for d in parse_text("\n".join(lines), keywords=False).dates]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("有效日期：2099年12月31日", "2099-12-31"),
        ("生效日期：2099年1月1日", "2099-01-01"),
        ("有效日期:2099-12-31", "2099-12-31"),
        ("一、管护办法已印发，有效日期：2099年12月31日。", "2099-12-31"),
    ],
)
def test_a_plain_letters_body_keeps_the_date(line: str, value: str) -> None:
    lines = [*HEAD, OPENING, "一、我局已制定河道管护办法。", line, *TAIL]
    assert chrome.chrome_lines(lines) == frozenset()
    assert _dates(lines) == [value, "2099-05-10"]
    kept = "".join(TextView("\n".join(lines)).norm.split())  # (the view keeps the line)
    assert line.replace(":", "：") in kept  # (the view reads a colon wide)


def test_a_pages_table_cell_keeps_its_date_the_pages() -> None:
    table = [
        "索引号：0000/2099-00012",
        "发布机构：桐溪县水务局",
        "生效日期：2099-01-01",
        "发布日期：2099-05-12",
    ]
    lines = [*table, *HEAD, OPENING, "一、我局已制定河道管护办法。", *TAIL]
    assert set(range(len(table))) <= chrome.chrome_lines(lines)
    assert _dates(lines) == ["2099-05-10"]


def test_a_cell_over_the_salutation_is_the_pages() -> None:
    # (the label the text's only sign, but in the head, not the body: still the page's)
    lines = [HEAD[0], "有效日期：2099-12-31", *HEAD[1:], OPENING, "一、已制定办法。", *TAIL]
    assert 1 in chrome.chrome_lines(lines)
    assert _dates(lines) == ["2099-05-10"]


def test_a_page_otherwise_shown_reads_the_label_as_before() -> None:
    # (the page's tools show it: the cell's rules ask the body's line as they did)
    lines = [*HEAD, OPENING, "有效日期：2099年12月31日", *TAIL, "【打印本页】【关闭窗口】"]
    assert lines.index("有效日期：2099年12月31日") in chrome.chrome_lines(lines)
    assert _dates(lines) == ["2099-05-10"]


@pytest.mark.parametrize("joiner", [" ", ""], ids=["blank", "glued"])
def test_a_flattened_plain_letter_keeps_the_date_too(joiner: str) -> None:
    lines = [*HEAD, OPENING, "一、已制定办法。", "有效日期：2099年12月31日", *TAIL]
    text = joiner.join(line for line in lines if line)
    assert [d.value for d in parse_text(text, keywords=False).dates] == [
        "2099-12-31",
        "2099-05-10",
    ]
