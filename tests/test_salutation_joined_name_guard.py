"""The joined re-reading's guard on the names it gives (decided, head68): it is taken only when
every name is short (six characters at most before a role) and holds no figure and no colon,
which a page's date, clock or label would bring into a name. Each case feeds the re-reading an
addressee of that shape (its salutation extractor stood in for) and asks that none is taken;
a plain name is taken (left69: the guard had no unit test)."""

from __future__ import annotations

import pytest

from replyparse import parser
from replyparse.context import Context, Item
from replyparse.fields import addressees
from replyparse.layout import segment
from replyparse.model import Addressee, make_letter
from replyparse.resegment import resegment
from replyparse.textview import TextView
from replyparse.unwrap import unwrap

TEXT = "关于县九届人大二次会议第12号建议的答复\n王某代表：\n您提出的建议收悉，现答复如下：\n"


def _lined() -> Context:
    view = resegment(unwrap(TextView(TEXT)))
    return Context(view=view, layout=segment(view), letter=make_letter({"text": None}))


def _joined_with(
    monkeypatch: pytest.MonkeyPatch, name: str, role: str | None = "代表"
) -> list[Item]:
    def stand_in(ctx: Context) -> list[Item]:
        person = Addressee(name=name, role=role, span=(21, 21 + len(name)))
        return [addressees.AddresseeFound(person, person.span)]

    fake = parser.Extractor("salutation", stand_in)
    registry = tuple(fake if e is parser.SALUTATION else e for e in parser.REGISTRY)
    monkeypatch.setattr(parser, "SALUTATION", fake)
    monkeypatch.setattr(parser, "REGISTRY", registry)
    return parser._salutation_joined(_lined())


def _names(found: list[Item]) -> list[tuple[str, str | None]]:
    return [(i.value.name, i.value.role) for i in found if isinstance(i, addressees.AddresseeFound)]


def test_a_plain_name_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _names(_joined_with(monkeypatch, "王某")) == [("王某", "代表")]


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("2024王某", id="year-figures"),
        pytest.param("10:30王某", id="clock"),
        pytest.param("来源：王某", id="label-colon"),
        pytest.param("王某０５", id="wide-figures"),
    ],
)
def test_a_name_with_a_figure_or_a_colon_is_not_taken(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert _joined_with(monkeypatch, name) == []


@pytest.mark.parametrize("name", ["某县某某局王某某", "甲山县人大常委"])
def test_a_name_longer_than_six_before_a_role_is_not_taken(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert _joined_with(monkeypatch, name) == []


def test_six_characters_before_a_role_are_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _names(_joined_with(monkeypatch, "欧阳某某某某")) == [("欧阳某某某某", "代表")]
