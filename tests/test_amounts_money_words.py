"""A bare 万/亿 sum (no 元) after the words a letter writes money with besides 资金 and
经费 (``金额``, ``造价``, ``产值``, ``收入``, ``补偿``, ``配套``, ``自筹``…:
``data/money_context.txt``), or before a fund a level's name qualifies (``300万省级资金``,
``50万城维资金``: ``data/money_after.txt``); a count after it, or a noun no fund's, is none."""

from __future__ import annotations

import pytest

from replyparse import vocab
from replyparse.fields.amounts import find_amounts
from replyparse.textview import TextView

# (snippet, [(text, value), ...])
MONEY_WORDS = [
    pytest.param("合同金额达1200万，已支付", [("1200万", 12_000_000)], id="金额"),
    pytest.param("投资总额3.2亿，分三期建设", [("3.2亿", 320_000_000)], id="总额"),
    pytest.param("该段道路工程造价约800万", [("约800万", 8_000_000)], id="造价"),
    pytest.param("园区年产值达4.5亿", [("4.5亿", 450_000_000)], id="产值"),
    pytest.param("村集体经济收入突破20万", [("20万", 200_000)], id="收入"),
    pytest.param("当年税收1.1亿", [("1.1亿", 110_000_000)], id="税收"),
    pytest.param("发放创业担保贷款600万", [("600万", 6_000_000)], id="贷款"),
    pytest.param("设立产业引导基金2亿", [("2亿", 200_000_000)], id="基金"),
    pytest.param("兑现征迁补偿款450万", [("450万", 4_500_000)], id="补偿款"),
    pytest.param("挽回经济损失90万", [("90万", 900_000)], id="损失"),
    pytest.param("已向施工方支付进度款300万", [("300万", 3_000_000)], id="支付"),
    pytest.param(
        "中央补助600万，省级配套200万，县级自筹100万",
        [("600万", 6_000_000), ("200万", 2_000_000), ("100万", 1_000_000)],
        id="配套-自筹-in-a-list",
    ),
    # a level's fund after the sum
    pytest.param("争取到300万省级资金", [("300万", 3_000_000)], id="省级资金-after"),
    pytest.param("落实50万城维资金用于改造", [("50万", 500_000)], id="城维资金-after"),
    pytest.param("争取2亿专项债券", [("2亿", 200_000_000)], id="专项债券-after"),
    # near-misses: counts, areas and people stay no money
    pytest.param("村民人均收入增加，惠及3万人", [], id="收入-then-a-count"),
    pytest.param("配套建设停车场2万平方米", [], id="配套-then-an-area"),
    pytest.param("受益群众10万，覆盖12个村", [], id="no-money-word"),
    pytest.param("今年招生名额3万", [], id="名额-is-no-金额"),
    pytest.param("帮扶3万农户资金入股", [], id="count-before-资金"),
    pytest.param("惠及300万省级以上企业", [], id="省级-no-fund"),
    # what the sum is spent on right after it (fix124): a verb of paying
    pytest.param("2099年30万补助了西岭村文化广场建设", [("30万", 300_000)], id="补助-after"),
    pytest.param("其中15万用于渠道清淤", [("15万", 150_000)], id="用于-after"),
    pytest.param("另有8万扶持茶叶合作社", [("8万", 80_000)], id="扶持-after"),
    pytest.param("种植2万亩用于林下养殖", [], id="a-count-before-用于"),
]


@pytest.mark.parametrize(("snippet", "expected"), MONEY_WORDS)
def test_bare_sums_after_money_words(snippet: str, expected: list[tuple[str, int]]) -> None:
    found = find_amounts(TextView(snippet))
    assert [(a.text, a.value) for a in found] == expected


@pytest.mark.parametrize("name", ["money_context", "money_after"])
def test_money_vocabularies_have_no_duplicates(name: str) -> None:
    entries = vocab.words(name)
    assert len(set(entries)) == len(entries)
