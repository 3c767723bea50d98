"""A body named by its level alone and its short name, the place unsaid, signing the reply
(``县政协``, ``市政协``, ``县人大``, ``县政府``, ``市委`` over the date): an authority, as
``县教育局`` is, the signature's issuer and the record's (it signed nothing: the name is one
character shorter than any the signer's pattern read). Words of a sentence ending so, or a
level's character alone, sign nothing. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_HEAD = (
    "关于修缮柳村便桥的提案的答复\n周某委员：\n您提出的提案收悉，现答复如下：\n"
    "我们已协调有关部门列入计划。\n感谢您的关心。\n"
)


@pytest.mark.parametrize(
    "signer",
    ["县政协", "市政协", "区政协", "县人大", "市人大常委会", "县政府", "市委", "县人民政府"],
)
@pytest.mark.parametrize("layout", ["{s}\n2024年5月6日\n", "{s}　2024年5月6日\n"])
def test_a_level_body_signs(signer: str, layout: str) -> None:
    letter = parse_text(_HEAD + layout.format(s=signer), keywords=False)
    assert letter.signature.issuer == signer
    assert letter.issuer == signer
    assert letter.signature.date == "2024-05-06"
    assert span_problems(letter) == []


@pytest.mark.parametrize("line", ["县大", "市场", "区域", "乡里"])
def test_other_short_lines_sign_nothing(line: str) -> None:
    letter = parse_text(_HEAD + f"{line}\n2024年5月6日\n", keywords=False)
    assert letter.signature.issuer is None


@pytest.mark.parametrize("menu", ["市委\n市政府\n", "县政府\n", "区人大\n区政协\n"])
def test_a_level_body_under_an_unsigned_date_signs_nothing(menu: str) -> None:
    # (a page's menu under a letter that signs nothing: no signer, the date read; review58a)
    letter = parse_text(_HEAD + "2024年5月6日\n" + menu, keywords=False)
    assert (letter.signature.issuer, letter.issuer) == (None, None)
    assert letter.signature.date == "2024-05-06"


def test_a_named_authority_under_the_date_still_signs() -> None:
    letter = parse_text(_HEAD + "2024年5月6日\n某县交通运输局\n", keywords=False)
    assert letter.signature.issuer == "某县交通运输局"


@pytest.mark.parametrize(
    "menu",
    [
        "县委 县政府 县人大 县政协",
        "市委 市政府 市人大 市政协 市纪委",
        "区委|区政府|区人大|区政协",
        "县委 县人大 县法院",
    ],
)
def test_a_menu_of_level_bodies_on_one_line_signs_nothing(menu: str) -> None:
    # (a page's menu of the place's bodies under an unsigned letter's date: an earlier
    # round signed them as one glued name, 县委县政府县人大县政协)
    letter = parse_text(_HEAD + "2024年5月6日\n" + menu + "\n", keywords=False)
    assert (letter.signature.issuer, letter.issuer) == (None, None)
    assert letter.signature.date == "2024-05-06"


@pytest.mark.parametrize(
    "menu", ["县委 县政府 县人大 县政协", "市委 市政府 市人大 市政协 市纪委", "区委|区政府|区人大"]
)
def test_a_menu_of_level_bodies_under_the_signer_leaves_it(menu: str) -> None:
    text = _HEAD + "某县交通运输局\n2024年5月6日\n" + menu + "\n"
    letter = parse_text(text, keywords=False)
    assert letter.signature.issuer == "某县交通运输局"
    assert letter.signature.date == "2024-05-06"


def test_two_level_bodies_still_sign_jointly() -> None:
    # (县委 县政府: two so short may sign a joint reply; the menu wants three)
    letter = parse_text(_HEAD + "县委  县政府\n2024年5月6日\n", keywords=False)
    assert letter.signature.issuer == "县委、县政府"


@pytest.mark.parametrize(
    "menu", ["县委 县政府 县人大 县政协", "县委|县人大|县法院", "市委 市政府 市人大 市政协 市纪委"]
)
def test_a_menu_of_level_bodies_over_the_date_signs_nothing(menu: str) -> None:
    # (review59b: over the date too, as the record says; left59b's round let the
    # re-segmenter cut its last body, or each between bars, off as a signer over the date,
    # and 县政协 or 县委、县人大、县法院 signed)
    letter = parse_text(_HEAD + menu + "\n2024年5月6日\n", keywords=False)
    assert (letter.signature.issuer, letter.issuer) == (None, None)
    assert letter.signature.date == "2024-05-06"
