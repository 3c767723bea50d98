"""A signer's name glued before a 发文字号's code after its label in a flattened head
(``签发人：王明石家庄市交函〔2024〕5号``): the split that leaves a place the letter names
elsewhere comes first (``石家庄市`` over its signer: the name ``王明``, the number
``石家庄市交函〔2024〕5号``, where an earlier round cut ``王明石`` off and kept ``家庄市交函``),
and so does a level alone whose government the letter names when the code writes 政 after
it (``王明市政办函`` under ``某市人民政府办公室``: ``市政办函〔2024〕5号``, where an earlier
round kept the name in the number). With no such place the earlier reading stands
(``江北区政办函``, no name), and a sentence's mention of the level's government
(``经市政府同意``, ``我市政府``) is no such place: its government is named with a place before it,
as an authority's name writes it, so ``王明市政办函`` under ``市人民政府办公室`` is the code of
the city 王明市, no person (an earlier round read 王明 as the signer). Snippets are invented; 石家庄 stands for a city whose name
opens with a surname's character."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = "对市十六届人大四次会议第31号建议的复函发布日期:2031-09-28 类  别:B"


def _letter(signed: str, signer: str) -> str:
    return (
        _HEAD
        + signed
        + "钱明代表：您提出的《关于完善某村道路照明的建议》收悉。现答复如下："
        + "我们高度重视，会同有关乡镇实地查看，已在某村主干道新装路灯二十盏，其余路段列入明年计划。"
        * 4
        + "专此答复。"
        + signer
        + "2022年9月27日"
    )


@pytest.mark.parametrize(
    ("signed", "signer", "number"),
    [
        pytest.param("签发人：王明石家庄市交函〔2024〕5号", "石家庄市交通运输局",
                     "石家庄市交函〔2024〕5号", id="city-named-below"),
        pytest.param("签发人：王大明石家庄市交函〔2024〕5号", "石家庄市交通运输局",
                     "石家庄市交函〔2024〕5号", id="name-three"),
        pytest.param("签发人：石家庄市交函〔2024〕5号", "石家庄市交通运输局",
                     "石家庄市交函〔2024〕5号", id="no-name"),
        pytest.param("签发人：王明市政办函〔2024〕5号", "某市人民政府办公室",
                     "市政办函〔2024〕5号", id="level-alone"),
        pytest.param("签发人：王大明市政办函〔2024〕5号", "某市人民政府办公室",
                     "市政办函〔2024〕5号", id="level-alone-name-three"),
        # must not match: no place the letter names, the earlier reading
        pytest.param("签发人：江北区政办函〔2022〕3号", "某市人民政府办公室",
                     "江北区政办函〔2022〕3号", id="place-opens"),
        pytest.param("签发人：王明县政办函〔2024〕5号", "某市人民政府办公室",
                     "王明县政办函〔2024〕5号", id="another-level"),
        pytest.param("签发人：王明江北区政办函〔2022〕3号", "石家庄市交通运输局",
                     "江北区政办函〔2022〕3号", id="unnamed-place"),
    ],
)  # fmt: skip
def test_the_split_leaves_a_known_place(signed: str, signer: str, number: str) -> None:
    letter = parse_text(_letter(signed, signer), keywords=False)
    assert letter.doc_number is not None
    assert letter.doc_number.text == number
    assert letter.signature.issuer == signer


@pytest.mark.parametrize(
    ("mention", "signer", "number"),
    [
        pytest.param("经市政府同意，", "市人民政府办公室", "王明市政办函〔2024〕5号", id="agreed"),
        pytest.param("我市政府将", "市政府办公室", "王明市政办函〔2024〕5号", id="our-city"),
        # must not match: the government named with a place before it
        pytest.param("经市政府同意，", "某市人民政府办公室", "市政办函〔2024〕5号", id="placed"),
    ],
)  # fmt: skip
def test_a_sentence_mention_names_no_place(mention: str, signer: str, number: str) -> None:
    text = _letter("签发人：王明市政办函〔2024〕5号", signer).replace("我们高度重视", mention, 1)
    letter = parse_text(text, keywords=False)
    assert letter.doc_number is not None
    assert letter.doc_number.text == number


@pytest.mark.parametrize(
    ("signer", "number"),
    [
        # a place whose last character a sentence also writes before a government (和, 至,
        # 同, 与): the authority's own line names its government all the same
        pytest.param("乐和县人民政府办公室", "县政办函〔2024〕5号", id="place-ends-he"),
        pytest.param("北至县人民政府", "县政办函〔2024〕5号", id="place-ends-zhi"),
        pytest.param("云同县人民政府办公室", "县政办函〔2024〕5号", id="place-ends-tong"),
        pytest.param("安与县人民政府办公室", "县政办函〔2024〕5号", id="place-ends-yu"),
        # must not match: the level of another government
        pytest.param("乐和市人民政府办公室", "王明县政办函〔2024〕5号", id="other-level"),
    ],
)  # fmt: skip
def test_a_signers_government_is_placed_whatever_its_last_character(
    signer: str, number: str
) -> None:
    letter = parse_text(_letter("签发人：王明县政办函〔2024〕5号", signer), keywords=False)
    assert letter.doc_number is not None
    assert letter.doc_number.text == number
    assert letter.signature.issuer == signer


@pytest.mark.parametrize(
    ("mention", "number"),
    [
        pytest.param("县委县政府高度重视，", "王明县政办函〔2024〕5号", id="committee-and-government"),
        pytest.param("按县政府要求，", "王明县政办函〔2024〕5号", id="as-asked"),
        pytest.param("根据县政府部署，", "王明县政办函〔2024〕5号", id="according-to"),
        pytest.param("以县政府名义，", "王明县政办函〔2024〕5号", id="in-its-name"),
        pytest.param("已报县人民政府。", "王明县政办函〔2024〕5号", id="sentence-end-after"),
        # must not match: the government standing as a header line of its own (its place
        # before it, the title after it)
        pytest.param("", "县政办函〔2024〕5号", id="header-line"),
    ],
)  # fmt: skip
def test_a_government_inside_a_sentence_names_no_place(mention: str, number: str) -> None:
    head = "" if mention else "乐和县人民政府\n"
    text = head + _letter("签发人：王明县政办函〔2024〕5号", "某局").replace(
        "我们高度重视", mention or "我们高度重视", 1
    )
    letter = parse_text(text, keywords=False)
    assert letter.doc_number is not None
    assert letter.doc_number.text == number
