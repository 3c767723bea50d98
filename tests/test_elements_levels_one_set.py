"""The levels of government (省 市 县 区 州 盟 旗 镇 乡) are one set,
``replyparse.elements.LEVELS``, read by every reader of a name's level: joint signers each
opening with their level (``旗农牧局 旗林草局``), a signer's name split by a stray blank
after its place (``青山镇农业 服务中心``), an authority glued before a cited number's code
(``乡政府某乡发〔2021〕3号``). Before, each reader spelled its own set and some left out a
level (旗, 镇, 乡). Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

BODY = (
    "关于修缮某古桥的建议的答复\n吴某代表：\n　　您提出的建议收悉，现答复如下：\n"
    "　　我们将联合开展修缮。\n　　感谢您对我们工作的支持。\n"
)


def test_the_set_holds_every_level() -> None:
    from replyparse.closing import CC_COLUMN_OPENS
    from replyparse.elements import LEVEL_CHARS, LEVELS

    assert frozenset("省市县区州盟旗镇乡") == LEVELS == frozenset(LEVEL_CHARS)
    assert CC_COLUMN_OPENS == LEVEL_CHARS + "各"


@pytest.mark.parametrize(
    ("closing", "signers"),
    [
        pytest.param("旗农牧局 旗林草局 旗水利局\n2020年6月5日", "旗农牧局、旗林草局、旗水利局", id="banner"),
        pytest.param("市规划局 县林业局\n2020年6月5日", "市规划局、县林业局", id="city-county"),
    ],
)  # fmt: skip
def test_joint_signers_each_opening_with_a_level(closing: str, signers: str) -> None:
    letter = parse_text(BODY + closing + "\n")
    assert letter.signature is not None and letter.signature.issuer == signers


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        pytest.param("青山镇农业 服务中心\n2020年6月5日", "青山镇农业服务中心", id="town"),
        pytest.param("青山乡文化 服务站\n2020年6月5日", "青山乡文化服务站", id="township"),
        pytest.param("青山市交通 运输局\n2020年6月5日", "青山市交通运输局", id="city"),
        pytest.param("某县林业局\n2020年6月5日", "某县林业局", id="tidy"),
    ],
)  # fmt: skip
def test_signer_split_after_its_place_is_one(closing: str, signer: str) -> None:
    letter = parse_text(BODY + closing + "\n")
    assert letter.signature is not None and letter.signature.issuer == signer


def _cited(sentence: str) -> list[str]:
    letter = parse_text(
        "关于修缮某古桥的建议的答复\n吴某代表：\n　　"
        + sentence
        + "\n　　感谢您对我们工作的支持。\n某县林业局\n2020年6月5日\n"
    )
    return [r.text for r in letter.references]


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        pytest.param("根据乡政府某乡发〔2021〕3号文件精神，我们已经安排。", "某乡发〔2021〕3号", id="township"),
        pytest.param("根据住房城乡建设部建城〔2020〕68号文件，我们已经安排。", "建城〔2020〕68号", id="level-inside"),
        pytest.param("根据县政府某政发〔2021〕3号文件精神，我们已经安排。", "某政发〔2021〕3号", id="county"),
        pytest.param("根据某县政发〔2021〕3号文件精神，我们已经安排。", "某县政发〔2021〕3号", id="code-alone"),
    ],
)  # fmt: skip
def test_authority_before_a_cited_code_is_cut(sentence: str, number: str) -> None:
    assert _cited(sentence) == [number]
