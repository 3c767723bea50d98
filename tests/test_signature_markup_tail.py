"""A web copy's tag of markup left at the end of the signer's line (``某局<br>``, ``某局
2024年5月10日 <br>``, ``某局</p>``), also where the page's tools followed it on a flattened
page (``… 2024年5月10日 <br>【打印本页】``): no part of the signer (an earlier round kept the
tag, and the date before it, in the name). Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于县政协十届二次会议第12号提案的答复\n李某委员：\n"
    "您提出的关于改善某村饮水条件的提案收悉。现答复如下：\n我局已将该村纳入工程，计划年内完工。\n"
)


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        pytest.param("某县水利局<br>\n2024年5月10日\n", "某县水利局", id="tag-after-the-name"),
        pytest.param("某县水利局</p>\n2024年5月10日\n", "某县水利局", id="closing-tag"),
        pytest.param("某县水利局 2024年5月10日<br>\n", "某县水利局", id="tag-after-the-date"),
        pytest.param("某县水利局 2024年5月10日 <br>\n", "某县水利局", id="blank-and-tag"),
        pytest.param("某县水利局    某县财政局<br>\n2024年5月10日\n", "某县水利局、某县财政局", id="joint"),
    ],
)  # fmt: skip
def test_the_tag_is_no_part_of_the_signer(closing: str, signer: str) -> None:
    record = parse_text(HEAD + closing)
    assert (record.signature.issuer, record.signature.date) == (signer, "2024-05-10")
    assert span_problems(record) == []


@pytest.mark.parametrize(
    "tail", ["<br>【打印本页】", " <br>【打印本页】", "<br/>打印本页 <br>关闭窗口"]
)
def test_a_flattened_pages_tag_before_its_tools(tail: str) -> None:
    record = parse_text(HEAD.replace("\n", " ") + "某县水利局 2024年5月10日" + tail + "\n")
    assert (record.signature.issuer, record.signature.date) == ("某县水利局", "2024-05-10")
    assert record.issuer == "某县水利局"
