"""A 兵团's regiment signs in its own name, numbered in figures or numerals and no office word
after it (``第十师一八一团``, ``第三师45团``), as a town does, and a unit under it keeps the
regiment's figures in its name (``第十师181团教育局``, ``102团某镇农业服务中心``), on its line
over the date or run on after the last sentence with it (an earlier round cut the name after
the figures, ``团教育局``, or signed no regiment). A 团 after no number (``某县艺术团``) is no
signer's ending. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于师市人大二次会议第52号建议的答复\n周某某代表：\n"
    "    您提出的关于修缮连队文化广场的建议收悉，现答复如下：\n"
    "    我们已将该广场列入今年修缮计划。感谢您的关心和支持。"
)


@pytest.mark.parametrize(
    "name",
    [
        "第十师一八一团",
        "第三师45团",
        "新疆生产建设兵团第一师10团",
        "第十师181团教育局",
        "兵团第十师181团教育局",
        "102团某镇农业服务中心",
        "101团教育局",
    ],
)
@pytest.mark.parametrize("joint", ["\n{}\n2024年5月6日", "{} 2024年5月6日", "\n{}2024年5月6日"])
def test_the_regiment_signs_with_its_number(name: str, joint: str) -> None:
    record = parse_text(HEAD + joint.format(name) + "\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == (name, "2024-05-06")
    assert span_problems(record) == []


def test_a_troupe_is_no_signer() -> None:
    # must not match: 团 after no number names no unit that signs
    record = parse_text(HEAD + "\n某县艺术团\n2024年5月6日\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == (None, "2024-05-06")
