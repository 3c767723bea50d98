"""A page cut inside the body's next paragraph right after a level's character leaves a
line under the last sentence that reads as a town signing in its own name (``…实施乡`` of
实施乡村…, ``…推进镇`` of 推进镇村…). When nothing stands under it and the body speaks of
its author as an office (我局, 本委, 我办, 本中心), never as a town (我镇, 本乡), it is no
signer: an earlier round signed the letter with such words and made them the issuer. A
town that signs, an office that signs, a dated line and a second signer under an office's
name stay as they were. Snippets invented (names made up).
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import signature_of

HEAD = "关于市人大四届二次会议第8号建议的会办意见\n\n岚山县人民政府：\n\n"
OFFICE = (
    HEAD + "秦立夫代表提出的《关于扶持山区茶叶产业的建议》收悉。现将{own}意见函复如下：\n\n"
    "一、{own}将配合做好产业规划。\n\n"
)

CUT = [
    pytest.param("我局", "实施乡", id="bureau-xiang"),
    pytest.param("我局", "推进镇", id="bureau-zhen"),
    pytest.param("本委", "统筹乡", id="commission"),
    pytest.param("我办", "加快乡", id="office"),
    pytest.param("本中心", "带动镇", id="centre"),
    pytest.param("我局", "协调苏木", id="sumu"),
]


@pytest.mark.parametrize(("own", "last"), CUT)
def test_a_level_cut_off_a_sentence_signs_nothing(own: str, last: str) -> None:
    text = OFFICE.format(own=own) + "二、" + own + "将争取资金。\n\n" + last
    record = parse_text(text, keywords=False)
    assert (record.signature.issuer, record.signature.date) == (None, None)
    assert record.issuer is None


KEPT = [
    pytest.param(
        HEAD + "你们提出的建议收悉。我镇将配合做好产业规划。\n\n青岚镇", ("青岚镇", None),
        id="town-speaks-of-itself",
    ),
    pytest.param(
        HEAD + "你们提出的建议收悉。现将意见函复如下：\n\n将配合做好产业规划。\n\n青岚乡", ("青岚乡", None),
        id="no-own-words",
    ),
    pytest.param(
        OFFICE.format(own="我局") + "青岚乡\n2031年5月6日", ("青岚乡", "2031-05-06"), id="dated",
    ),
    pytest.param(
        OFFICE.format(own="我局") + "岚山市林业局", ("岚山市林业局", None), id="office-signs",
    ),
    pytest.param(
        OFFICE.format(own="我局") + "岚山市林业局\n青岚乡", ("岚山市林业局、青岚乡", None),
        id="under-another-signer",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "signature"), KEPT)
def test_other_signers_stay(text: str, signature: tuple[str | None, str | None]) -> None:
    assert signature_of(text) == signature


# A town that signs in its own name, last, under a body whose office words are none of its
# own: another's quoted words (县农业农村局函复“我局将…”, a cited notice's title) or a
# word that ends in 本 or a rule's 本办法 (基本局面, 按照本办法). An earlier round read
# them as the letter calling itself an office and dropped the town's name as a cut line.
TOWN = HEAD + "你们提出的建议收悉。{body}\n\n感谢你们的支持。\n\n青岚镇"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("县农业农村局函复:“我局将安排专项资金。”", id="quoted-bureau"),
        pytest.param("依照《关于我局茶园管护的通知》,茶园由村里管护。", id="cited-title"),
        pytest.param("茶叶产业已形成基本局面。", id="word-ending-in-ben"),
        pytest.param("按照本办法的规定,茶园由村里管护。", id="a-rule"),
    ],
)
def test_a_town_under_anothers_office_words_signs(body: str) -> None:
    assert signature_of(TOWN.format(body=body)) == ("青岚镇", None)


def test_the_office_words_after_a_verb_still_cut() -> None:
    # 由本委牵头: 本 opens the letter's own words after a word that takes them as its object
    text = HEAD + "你们提出的建议收悉。由本委牵头做好规划。\n\n统筹乡"
    assert signature_of(text) == (None, None)
