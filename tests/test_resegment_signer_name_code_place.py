"""A reply's head flattened onto one line, the signer's label then a 发文字号 whose code opens
with its place written whole, its level after it (``江北区政办函``, ``高新区管委函``), with
the signer's name glued before it or none (``签发人：甲北区政办函〔2022〕3号``, a copy that
wrote no person): the level tells where the place starts, two characters before it most
often, so the name is what stands before the place (none when the place opens the code) and
the number keeps its code whole. Snippets are invented; the surnames that open the codes
(江, 高, 黄) are common surnames."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_BODY = (
    "钱明代表：您提出的《关于完善某村道路照明的建议》收悉。现答复如下："
    + "我局高度重视，会同有关乡镇实地查看，已在某村主干道新装路灯二十盏，其余路段列入明年计划。" * 4
    + "专此答复。某区交通运输局2022年9月27日"
)
_HEAD = "对区十六届人大四次会议第31号建议的复函发布日期:2022-09-28 信息来源: 区交通运输局类  别:B"


@pytest.mark.parametrize(
    ("signed", "number"),
    [
        pytest.param("签发人: 江北区政办函〔2022〕3号", "江北区政办函〔2022〕3号", id="no-name-blank"),
        pytest.param("签发人：江北区政办函〔2022〕3号", "江北区政办函〔2022〕3号", id="no-name-glued"),
        pytest.param("签发人: 高新区管委函〔2022〕3号", "高新区管委函〔2022〕3号", id="zone"),
        pytest.param("签发人: 黄石湾区政办函〔2022〕3号", "黄石湾区政办函〔2022〕3号",
                     id="three-character-place"),
        pytest.param("签发人: 王明江北区政办函〔2022〕3号", "江北区政办函〔2022〕3号", id="name-two"),
        pytest.param("签发人：王大明江北区政办函〔2022〕3号", "江北区政办函〔2022〕3号",
                     id="name-three"),
        pytest.param("签发人: 王大明黄石湾区政办函〔2022〕3号", "黄石湾区政办函〔2022〕3号",
                     id="name-three-place-three"),
        # must not match: a code with no level keeps the earlier reading
        pytest.param("签发人: 王大明某交函〔2022〕9号", "某交函〔2022〕9号", id="levelless-name"),
        pytest.param("签发人: 某交函〔2022〕9号", "某交函〔2022〕9号", id="levelless-no-name"),
        pytest.param("签发人：某交函〔2022〕9号", "某交函〔2022〕9号", id="levelless-glued"),
        pytest.param("签发人: 王大明 某交函〔2022〕9号", "某交函〔2022〕9号", id="apart"),
    ],
)  # fmt: skip
def test_the_number_keeps_its_code(signed: str, number: str) -> None:
    letter = parse_text(_HEAD + signed + _BODY, keywords=False)
    assert letter.doc_number is not None
    assert letter.doc_number.text == number
    assert letter.signature.issuer == "某区交通运输局"
