"""A bare 万/亿 sum (no 元) after the words a reply reports totals and payments with
(``生产总值``, ``GDP``, ``资本``, ``兑付``, ``中标价``, ``概算``, ``工资``…:
``data/money_context.txt``) is money; a measure or count after a figure in a money word's
clause (``贷款1.2万笔``, ``粮食5万斤``, ``5万千瓦时``, ``2万公顷``:
``data/amount_count_units.txt``) makes none."""

from __future__ import annotations

from decimal import Decimal

import pytest

from replyparse.fields.amounts import find_amounts
from replyparse.textview import TextView

# (snippet, [(text, value), ...])
TOTALS = [
    pytest.param("全县地区生产总值达到260亿", [("260亿", 26_000_000_000)], id="生产总值"),
    pytest.param("当年实现GDP 85亿", [("85亿", 8_500_000_000)], id="GDP"),
    pytest.param("撬动社会资本12亿投入养老", [("12亿", 1_200_000_000)], id="资本"),
    pytest.param("年内已兑付2.1亿", [("2.1亿", 210_000_000)], id="兑付"),
    pytest.param("该标段中标价1200万", [("1200万", 12_000_000)], id="中标价"),
    pytest.param("签订合同价800万", [("800万", 8_000_000)], id="合同价"),
    pytest.param("工程概算5000万，已完成初设", [("5000万", 50_000_000)], id="概算"),
    pytest.param("项目估算3000万", [("3000万", 30_000_000)], id="估算"),
    pytest.param("清欠农民工工资300万", [("300万", 3_000_000)], id="工资"),
    pytest.param("累计罚款15万", [("15万", 150_000)], id="罚款"),
    pytest.param("村集体资产达120万", [("120万", 1_200_000)], id="资产"),
    # as before: 元 makes money with no word
    pytest.param("发放贷款1.2万笔，金额12亿元", [("12亿元", 1_200_000_000)], id="笔-then-元"),
    # near-misses: measures and counts in such a clause, and the word with no 万/亿
    pytest.param("累计发放创业担保贷款1.2万笔", [], id="笔"),
    pytest.param("补助资金支持收购粮食5万斤", [], id="斤"),
    pytest.param("奖补资金发放物资2万公斤", [], id="公斤"),
    pytest.param("资金支持储备饲料3万千克", [], id="千克"),
    pytest.param("投资建设光伏电站5万千瓦时", [], id="千瓦时"),
    pytest.param("补贴资金扶持养殖蛋鸡10万羽", [], id="羽"),
    pytest.param("预算内资金安装路灯1万盏", [], id="盏"),
    pytest.param("投入资金修建水渠3万延米", [], id="延米"),
    pytest.param("资金支持新增灌溉面积2万公顷", [], id="公顷"),
    pytest.param("财政资金采购疫苗5万剂", [], id="剂"),
    pytest.param("投资改造危旧房1.2万栋", [], id="栋"),
    pytest.param("生产总值增长6.5%", [], id="percent"),
    pytest.param("工资发放惠及1.2万人", [], id="people"),
]


@pytest.mark.parametrize(("snippet", "expected"), TOTALS)
def test_totals_are_money_and_measures_are_not(
    snippet: str, expected: list[tuple[str, int]]
) -> None:
    found = find_amounts(TextView(snippet))
    assert [(a.text, a.value) for a in found] == [(t, Decimal(v)) for t, v in expected]


# A sum before a word that opens with a character a measure could be read from stays money:
# no such character is in the table (支持, 方便, 处理, 尾款).
NOT_MEASURES = [
    pytest.param("安排资金50万支持企业发展", [("50万", 500_000)], id="支持"),
    pytest.param("补助资金30万方便群众出行", [("30万", 300_000)], id="方便"),
    pytest.param("工程款剩余50万尾款未付", [("50万", 500_000)], id="尾款"),
    pytest.param("专项资金20万处理积案", [("20万", 200_000)], id="处理"),
]


@pytest.mark.parametrize(("snippet", "expected"), NOT_MEASURES)
def test_a_word_after_a_sum_is_no_measure(snippet: str, expected: list[tuple[str, int]]) -> None:
    found = find_amounts(TextView(snippet))
    assert [(a.text, a.value) for a in found] == [(t, Decimal(v)) for t, v in expected]
