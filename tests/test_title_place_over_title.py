"""A line of place names alone (``某省某县``, ``某市某区某镇``: names and their levels' words,
no 关于, no verb, no office) right over a title line opening with 关于 or 对: a page's or a
banner's place, no part of the title and no issuer (a place names no authority). A place
that signs the letter, alone or as its government's name (``某镇`` signed ``某镇`` or
``某镇人民政府``), still opens a title broken after its issuer. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于县八届人大二次会议第15号建议的答复"
BODY = """王某代表：
您提出的《关于整治河道淤积的建议》收悉，现答复如下：
今年县财政安排清淤资金60万元。
感谢您对水利工作的关心和支持！
"""
SIGNED = "桐溪县水务局\n2022年6月18日\n"


@pytest.mark.parametrize(
    "place",
    [
        pytest.param("浙江省桐溪县", id="province-county"),
        pytest.param("桐溪县", id="county"),
        pytest.param("桐溪市城关镇", id="city-town"),
        pytest.param("浙江省桐溪市东城区", id="province-city-district"),
        pytest.param("桐溪县南山乡", id="county-township"),
    ],
)
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        pytest.param(TITLE, TITLE, id="whole"),
        pytest.param(
            "对县八届人大二次会议第15号建议的答复",
            "对县八届人大二次会议第15号建议的答复",
            id="opening-with-dui",
        ),
        pytest.param("关于县八届人大二次会议\n第15号建议的答复", TITLE, id="broken"),
    ],
)
def test_a_place_over_the_title_is_no_part_of_it(place: str, title: str, expected: str) -> None:
    letter = parse_text(f"{place}\n{title}\n{BODY}{SIGNED}")
    assert letter.title == expected
    assert letter.issuer == "桐溪县水务局"


def test_a_place_over_the_title_of_an_unsigned_letter_names_no_issuer() -> None:
    letter = parse_text(f"浙江省桐溪县\n{TITLE}\n{BODY}")
    assert letter.title == TITLE
    assert letter.issuer is None


@pytest.mark.parametrize(
    "signer",
    [
        pytest.param("城关镇", id="signed-by-the-place"),
        pytest.param("城关镇人民政府", id="signed-by-its-government"),
    ],
)
def test_a_place_that_signs_opens_the_title(signer: str) -> None:
    letter = parse_text(f"城关镇\n{TITLE}\n{BODY}{signer}\n2022年6月18日\n")
    assert letter.title == "城关镇" + TITLE


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("桐溪县水务局", id="an-office"),
        pytest.param("桐溪县人民政府", id="a-government"),
    ],
)
def test_an_authority_over_the_title_stays_as_it_was(line: str) -> None:
    letter = parse_text(f"{line}\n{TITLE}\n{BODY}{SIGNED}")
    assert letter.title == TITLE


def test_a_place_over_the_signers_name_over_the_title() -> None:
    # the place, then the signing authority's name alone (header, as without the place)
    letter = parse_text(f"浙江省桐溪县\n桐溪县水务局\n{TITLE}\n{BODY}{SIGNED}")
    assert letter.title == TITLE
    assert letter.issuer == "桐溪县水务局"
