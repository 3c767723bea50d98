"""A 信函's header line: the authority's name with 函 after it (``某县教育局函``), as
文件 follows it in a 文件's header, names the issuer (the letter unsigned by name: only
the date under it). Near-misses: a title ending 的函, a title opening with 对, a name
alone. Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = (
    "{header}\n关于县十届人大三次会议第7号建议的答复\n王某代表：\n"
    "您提出的建议收悉，现答复如下：\n感谢您的关心。\n2024年6月1日\n"
)

HEADERS = [
    pytest.param("某县教育局函", "某县教育局", id="name-函"),
    pytest.param("某市住房和城乡建设局函", "某市住房和城乡建设局", id="long-name-函"),
    pytest.param("某县人民政府办公室函", "某县人民政府办公室", id="office-函"),
    pytest.param("某县教育局", "某县教育局", id="name-alone"),
    pytest.param("某县教育局文件", "某县教育局", id="name-文件"),
]


@pytest.mark.parametrize(("header", "issuer"), HEADERS)
def test_letter_header_names_issuer(header: str, issuer: str) -> None:
    text = LETTER.format(header=header)
    letter = parse_text(text, keywords=False)
    assert letter.issuer == issuer
    assert letter.issuer_span is not None
    assert text[letter.issuer_span[0] : letter.issuer_span[1]] == issuer
    assert letter.title == "关于县十届人大三次会议第7号建议的答复"


# a title line ending 的函 or opening 对 is no header
TITLES = [
    pytest.param("某县教育局关于某事的函", id="title-的函"),
    pytest.param("对某某建议的函", id="title-对"),
]


@pytest.mark.parametrize("title", TITLES)
def test_title_ending_函_no_header(title: str) -> None:
    text = f"{title}\n王某代表：\n您提出的建议收悉，现答复如下：\n感谢。\n2024年6月1日\n"
    letter = parse_text(text, keywords=False)
    assert letter.title == title


# A title opening with an authority that forwards another's reply (转发, 批转, 印发): the
# forwarding authority is the title's, the one forwarded no part of its name (left57a)
FORWARDING_TITLES = [
    pytest.param("某县人民政府办公室转发县水务局关于某渠清淤的答复", "某县人民政府办公室", id="转发"),
    pytest.param("某市住建局批转市规划所对某路口改造建议的答复", "某市住建局", id="批转-对"),
    pytest.param("某县某乡人民政府关于某渠清淤的答复", "某县某乡人民政府", id="no-verb"),
]  # fmt: skip


@pytest.mark.parametrize(("title", "issuer"), FORWARDING_TITLES)
def test_a_forwarding_title_names_its_own_authority(title: str, issuer: str) -> None:
    text = f"{title}\n王某代表：\n您提出的建议收悉，现答复如下：\n感谢。\n2024年6月1日\n"
    letter = parse_text(text, keywords=False)
    assert (letter.title, letter.issuer) == (title, issuer)
    assert letter.issuer_span is not None
    assert text[letter.issuer_span[0] : letter.issuer_span[1]] == issuer


# A unit alone over the title under a label left empty right above it (承办单位： / 某局): the
# label's value, as on the label's own line (承办单位：某局), no header's mark (left57a: an
# earlier round read it as the issuer)
@pytest.mark.parametrize(
    ("head", "signed", "issuer"),
    [
        pytest.param("承办单位：\n某县教育局\n", "", None, id="under-empty-label-unsigned"),
        pytest.param("承办单位：某县教育局\n", "", None, id="on-the-labels-line"),
        pytest.param("承办单位：\n某县教育局\n", "某县财政局\n", "某县财政局", id="signed-by-another"),
        pytest.param("某县教育局\n", "", "某县教育局", id="no-label-a-mark"),
        # (review57e) a unit's label only: a list's (抄送, 主送) is no issuer either; an empty
        # cell of the header's own (密级, 份号, 签发人, 公开方式) over the mark leaves it the mark
        pytest.param("抄送：\n某县教育局\n", "", None, id="under-an-empty-cc-label"),
        pytest.param("主送：\n某县教育局\n", "", None, id="under-an-empty-main-recipient"),
        # (review57e) every body of a 抄送 list set out as a column, not only the first
        pytest.param("抄送：\n某县教育局\n某县财政局\n", "", None, id="a-cc-column"),
        pytest.param("抄送：某县教育局、\n某县财政局\n", "", None, id="a-cc-list-wrapped"),
        pytest.param(
            "抄送：\n某县教育局\n某县财政局\n", "某县水利局\n", "某县水利局", id="a-cc-column-signed"
        ),
        pytest.param("密级：\n某县教育局文件\n", "", "某县教育局", id="banner-under-empty-secrecy"),
        pytest.param("份号：\n某县教育局\n", "", "某县教育局", id="mark-under-empty-copy-number"),
        pytest.param("签发人：\n某县教育局\n", "", "某县教育局", id="mark-under-empty-signer"),
        pytest.param(
            "公开方式：\n某县教育局文件\n", "", "某县教育局", id="banner-under-empty-publication"
        ),
    ],
)  # fmt: skip
def test_a_unit_under_an_empty_label_is_no_header_mark(
    head: str, signed: str, issuer: str | None
) -> None:
    text = (
        f"{head}关于县十届人大三次会议第7号建议的答复\n王某代表：\n"
        f"您提出的建议收悉，现答复如下：\n感谢您的关心。\n{signed}2024年6月1日\n"
    )
    assert parse_text(text, keywords=False).issuer == issuer
