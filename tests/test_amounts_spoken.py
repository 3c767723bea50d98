"""Sums written as they are said: ``3个亿`` (亿元), and an order of magnitude with 余/多
and no digit (``万余元``, ``百余万元``)."""

from __future__ import annotations

import pytest

from replyparse.fields.amounts import find_amounts
from replyparse.textview import TextView

# (snippet, text, value, approximate): county and city letters that write sums as said
SPOKEN = [
    pytest.param("全年落实衔接资金3个亿", "3个亿", 300_000_000, False, id="arabic-个亿"),
    pytest.param("较上年增加1.2个亿，增幅明显", "1.2个亿", 120_000_000, False, id="no-money-word"),
    pytest.param("省里支持两个亿用于改造", "两个亿", 200_000_000, False, id="chinese-两个亿"),
    pytest.param("共筹集一个亿元", "一个亿元", 100_000_000, False, id="个亿元"),
    pytest.param("收到社会捐赠万余元", "万余元", 10_000, True, id="万余元"),
    pytest.param("累计发放补贴百余万元", "百余万元", 1_000_000, True, id="百余万元"),
    pytest.param("争取上级资金千余万元", "千余万元", 10_000_000, True, id="千余万元"),
    pytest.param("今年拨付千多万元", "千多万元", 10_000_000, True, id="千多万元"),
]

# no amount here: counts, vague orders, a population
NOT_AMOUNTS = [
    pytest.param("全县有万余人参与", id="万余人-count"),
    pytest.param("全县有百余万人受益", id="百余万人-count"),
    pytest.param("群众捐款数万余元", id="数万余-vague"),
    pytest.param("每年上千余元", id="上千余-vague"),
    pytest.param("需要几个亿才能完成", id="几个亿-vague"),
    pytest.param("我国有14个亿人口", id="个亿-people"),
    pytest.param("扶持5个千万元以上的项目", id="个-counts-projects"),
]


@pytest.mark.parametrize(("snippet", "text", "value", "approximate"), SPOKEN)
def test_spoken_sum(snippet: str, text: str, value: int, approximate: bool) -> None:
    amounts = find_amounts(TextView(snippet))
    assert [(a.text, a.value, a.approximate) for a in amounts] == [(text, value, approximate)]


@pytest.mark.parametrize("snippet", NOT_AMOUNTS)
def test_not_a_spoken_sum(snippet: str) -> None:
    assert find_amounts(TextView(snippet)) == []
