"""Names whose parts a middle dot parts, as the names of Uyghur, Kazakh, Mongolian and
Tibetan people are written in Chinese (``阿某·某某某``, longer than four characters, opening
with no common surname), in every place addressees are read: a salutation's list, the
proposers an opening or a title names. A copy or an input method gives look-alikes for the
dot (``•``, ``・``, ``‧``, and a typist's ``.`` or ``．`` where the run is a person named): the
name is read all the same and given as written (fix66). Invented names."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_BODY = "我局已将牧道建设列入年度计划。\n感谢您的关心和支持。\n某县交通运输局\n2031年5月6日\n"
DOTS = [
    pytest.param("·", id="middle-dot"),
    pytest.param("•", id="bullet"),
    pytest.param("・", id="katakana-dot"),
    pytest.param("‧", id="hyphenation-point"),
    pytest.param(".", id="full-stop"),
    pytest.param("．", id="wide-full-stop"),
]


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in parse_text(text, keywords=False).addressees]


@pytest.mark.parametrize("dot", DOTS)
def test_salutation_list(dot: str) -> None:
    first, second = f"阿某{dot}某某某", f"托某某某某某{dot}某某某某"
    text = f"关于加快牧道建设的提案的答复\n{first}、{second}委员：\n您们的提案收悉，现答复如下：\n"
    assert _pairs(text + _BODY) == [(first, "委员"), (second, "委员")]


@pytest.mark.parametrize("dot", DOTS)
def test_proposers_in_opening(dot: str) -> None:
    name = f"阿某{dot}某某某"
    text = f"关于加快牧道建设的答复\n{name}代表提出的关于加快牧道建设的建议收悉，现答复如下：\n"
    assert _pairs(text + _BODY) == [(name, "代表")]


@pytest.mark.parametrize("dot", DOTS)
def test_proposers_in_title(dot: str) -> None:
    name = f"买某某{dot}某某"
    text = f"关于对{name}委员提出的第5号提案的答复\n您的提案收悉，现答复如下：\n"
    assert _pairs(text + _BODY) == [(name, "委员")]
