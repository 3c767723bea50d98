"""A mirror that swapped the place in the signing authority for its advertisement's words
(Latin letters and figures among them, ``_`` and ``·`` between). Where no mark a mirror
writes tells the brand's end (``·`` and brackets are a name's too), the authority is taken
as written (dev12/019, dev21/017, dev35 practice), above its date or last in the letter;
where one does (an underscore, Latin letters or figures before the last brand word or right
before the department), the two are read as with a blank between (fix114): a bare
department signs nothing, the date still read. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

LETTER = """关于市政协某届某次会议第12号提案的答复
王某委员：
您提出的关于加强校园周边交通安全的提案收悉。现答复如下：
我局将按照提案委员建议完善校园周边标志标线。
感谢您对公安交通管理工作的支持和理解。
{signer}
{date}"""

SIGNERS = [
    pytest.param("某某手机官网入口·(中国)官方网站交通运输局", id="middle-dot"),
]
MARKED = [
    pytest.param("ab123某某平台_456xyz某某app下载公安局", id="latin-and-figures"),
    pytest.param("某某体育平台_某某官网下载公安局", id="underscore"),
    pytest.param("ab365某某体育官网平台_365ab手机网址_mobile12ab交通运输局", id="marked-junk"),
]


@pytest.mark.parametrize("signer", SIGNERS)
@pytest.mark.parametrize("date", ["2022年5月9日", ""])
def test_a_spammed_place_keeps_the_signing_authority(signer: str, date: str) -> None:
    record = parse_text(LETTER.format(signer=signer, date=date))
    assert record.signature.issuer == signer
    assert record.issuer == signer
    assert span_problems(record) == []


@pytest.mark.parametrize("signer", MARKED)
def test_a_marked_brand_glued_before_a_bare_department_signs_nothing(signer: str) -> None:
    record = parse_text(LETTER.format(signer=signer, date="2022年5月9日"))
    assert record.signature.issuer is None
    assert record.issuer is None
    assert record.signature.date == "2022-05-09"
    assert span_problems(record) == []


@pytest.mark.parametrize("line", ["2022年5月9日某局", "abc 某局", "电话12345678某局"])
def test_figures_or_blanks_before_an_office_are_no_spammed_name(line: str) -> None:
    record = parse_text(LETTER.format(signer=line, date="2022年5月9日"))
    assert record.signature.issuer != line


PLACED_WITH_FIGURES = [
    pytest.param("xy365某某体育app下载_乙山市5G产业办公室", "乙山市5G产业办公室", id="5G"),
    pytest.param("ab365某某棋牌app下载_丙湖区ABC园区管委会", "丙湖区ABC园区管委会", id="latin"),
    pytest.param(
        "xy365某某体育app下载乙山市5G产业办公室", "乙山市5G产业办公室", id="no-underscore"
    ),
]


@pytest.mark.parametrize(("line", "name"), PLACED_WITH_FIGURES)
def test_figures_inside_the_authority_after_a_marked_brand_are_its_own(
    line: str, name: str
) -> None:
    """The brand ends at its underscore or its last brand word; the Latin letters or figures
    inside the authority's own name after it (5G, 12345, ABC) are no brand's (review63d)."""
    record = parse_text(LETTER.format(signer=line, date="2022年5月9日"))
    assert record.signature.issuer == name
    assert record.issuer == name
    assert span_problems(record) == []
