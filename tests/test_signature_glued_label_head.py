"""A unit's name cut by a one-line copy that wrapped mid-label: the head of the next label
glued at the name's end, the line under it going on with the label's rest
(``承办单位：某县交通运输联系`` / ``人：李某``). The unit signs without the label's head
(closing.host, any closing label of data/labels.tsv, and 单位 before a suffix label).

Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "对县九届人大三次会议\n第18号建议答复\n"
    "赵某代表\n"
    "您提出的《关于改善某小区排水设施的建议》收悉，现将办理情况答复如下：\n"
    "今年我局将对某小区排水管网进行改造，共涉及12栋楼。\n"
    "谢谢您一直关注小区居住环境的改善。\n"
)


@pytest.mark.parametrize(
    ("unit", "below", "signer"),
    [
        pytest.param("承办单位：某县住房和城乡建设单位", "负责人：王某",
                     "某县住房和城乡建设", id="unit-before-leader-label"),
        pytest.param("承办单位：某县交通运输单位", "签发：王某",
                     "某县交通运输", id="unit-before-signing-label"),
        pytest.param("承办单位：某县交通运输联系", "人：李某",
                     "某县交通运输", id="contact-label-head"),
        pytest.param("承办单位：某县交通运输抄", "送：县人大某委",
                     "某县交通运输", id="cc-label-head"),
        # must not match: the line under it completes no label, or no head is glued
        pytest.param("承办单位：某县交通运输联", "系我们",
                     None, id="no-label-completed"),
        pytest.param("承办单位：某县交通运输", "联系人：李某",
                     "某县交通运输", id="no-head-glued"),
        pytest.param("承办单位：某县交通运输局", "联系人：李某",
                     "某县交通运输局", id="whole-name"),
    ],
)  # fmt: skip
def test_a_glued_label_head_is_no_part_of_the_unit(
    unit: str, below: str, signer: str | None
) -> None:
    letter = parse_text(HEAD + unit + "\n" + below + "\n2024年3月5日\n")
    assert letter.signature.issuer == signer
    assert letter.signature.date == "2024-03-05"
