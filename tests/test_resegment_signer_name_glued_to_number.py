"""A reply's head flattened onto one line: the signer's label, a blank, then the signer's
name glued to the 发文字号 (``签发人： 王大明某交函〔2022〕9号``). The name is the label's
value, the number its own: a code before a number's year is rarely five characters or
more, a name of two or three and a code of two or three often are. Snippets are invented."""

from __future__ import annotations

from replyparse import parse_text

_BODY = (
    "王明、李红代表：您提出的《关于完善某村道路照明的建议》收悉。现答复如下："
    + "我局高度重视，会同有关乡镇实地查看，已在某村主干道新装路灯二十盏，其余路段列入明年计划。" * 4
    + "专此答复。某县交通运输局2022年9月27日"
)
_HEAD = "对县十六届人大四次会议第31号建议的复函发布日期:2022-09-28 信息来源: 县交通运输局类  别:B"


def test_signer_name_glued_to_the_number() -> None:
    letter = parse_text(_HEAD + "签发人: 王大明某交函〔2022〕9号" + _BODY)
    assert letter.doc_number is not None
    assert letter.doc_number.text == "某交函〔2022〕9号"


def test_number_after_an_empty_signer_label_keeps_its_code() -> None:
    # (must-not-match: a short code after the label, no name: the number whole)
    letter = parse_text(_HEAD + "签发人: 某交函〔2022〕9号" + _BODY)
    assert letter.doc_number is not None
    assert letter.doc_number.text == "某交函〔2022〕9号"
