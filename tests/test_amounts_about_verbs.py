"""A sum whose 约 (大约) is said with the verb that brings it (``约为3.2亿元``, ``约合``,
``约计``, ``约达``, ``大约为``): approximate, its text from the approximation, as
``约3.2亿元``'s is; before the currency's name too (``约为人民币300万元``, the text the sum
after it). A bare 万/亿 after a transfer's verb (``下拨2亿``, ``划拨2.5亿``) is money as
after 拨付. Near-misses: 节约为 (a word the 约 ends), a count after 约为, a transfer of things
counted (``划拨土地2万亩``, ``下拨口罩2万只``). Snippets invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

from replyparse.fields.amounts import find_amounts
from replyparse.textview import TextView

# (snippet, [(text, value, approximate)])
READ = [
    pytest.param("项目总投资约为3.2亿元", [("约为3.2亿元", 320_000_000, True)], id="约为"),
    pytest.param("折算约合3.2亿元", [("约合3.2亿元", 320_000_000, True)], id="约合"),
    pytest.param("全年约计300万元", [("约计300万元", 3_000_000, True)], id="约计"),
    pytest.param("累计约达5000万元", [("约达5000万元", 50_000_000, True)], id="约达"),
    pytest.param("投资额大约为5000万元", [("大约为5000万元", 50_000_000, True)], id="大约为"),
    pytest.param("资金约为3万", [("约为3万", 30_000, True)], id="约为-no-元"),
    pytest.param("约为三百万元", [("约为三百万元", 3_000_000, True)], id="约为-numerals"),
    pytest.param("约计300-500万元", [("约计300-500万元", 3_000_000, True)], id="约计-range"),
    pytest.param("经费约为人民币300万元", [("300万元", 3_000_000, True)], id="约为-currency"),
    pytest.param("省财政下拨2亿用于改造", [("2亿", 200_000_000, False)], id="下拨"),
    pytest.param("市里划拨2.5亿支持建设", [("2.5亿", 250_000_000, False)], id="划拨"),
    # near misses
    pytest.param("节约为300万元", [("300万元", 3_000_000, False)], id="节约为"),
    pytest.param("服务人口约为30万人", [], id="约为-a-count"),
    pytest.param("约为3万", [], id="约为-no-money-word"),
    pytest.param("划拨土地2万亩", [], id="划拨-land"),
    pytest.param("下拨口罩2万只", [], id="下拨-things"),
]


@pytest.mark.parametrize(("snippet", "expected"), READ)
def test_about_verbs(snippet: str, expected: list[tuple[str, int, bool]]) -> None:
    found = find_amounts(TextView(snippet))
    assert [(a.text, a.value, a.approximate) for a in found] == [
        (text, Decimal(value), approx) for text, value, approx in expected
    ]
    for a in found:
        assert snippet[a.span[0] : a.span[1]] == a.text
