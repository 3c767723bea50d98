"""The letter's own signing authority glued before the names it answers (a page's line of
the authority run together with the salutation: ``…的答复某县水利局王某某代表：``): the
letter never addresses itself, so the authority is no addressee, when the letter signs with
it or its title opens with it. A body the letter does not sign with, glued before a person
(民革某市委员会王某委员), or parted from the names by a separator, stays an addressee.
Snippets in our own words; names invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于县十六届人大二次会议第27号建议的答复"
BODY = "您提出的《关于整治河道淤积的建议》收悉，现答复如下。我局已完成清淤工程，并安排专人巡查。"


def _names(text: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in parse_text(text).addressees]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            f"{TITLE}\n某县水利局钱某某代表：\n{BODY}\n某县水利局\n2024年6月3日", id="lines"
        ),
        pytest.param(f"{TITLE}某县水利局钱某某代表：{BODY}某县水利局2024年6月3日", id="glued"),
        pytest.param(
            f"某县水利局{TITLE}\n某县水利局钱某某代表：\n{BODY}\n2024年6月3日", id="title-heads"
        ),
    ],
)
def test_the_signer_glued_before_the_names_is_no_addressee(text: str) -> None:
    assert _names(text) == [("钱某某", "代表")]


def test_a_body_the_letter_does_not_sign_with_stays() -> None:
    text = f"{TITLE}\n民革某县委员会钱某委员：\n{BODY}\n某县水利局\n2024年6月3日"
    assert _names(text) == [("民革某县委员会", None), ("钱某", "委员")]


def test_the_signer_parted_by_a_separator_stays() -> None:
    # the letter answers a body and a person, named apart: both read as written
    text = f"{TITLE}\n某县水利局、钱某代表：\n{BODY}\n某县水利局\n2024年6月3日"
    assert _names(text) == [("某县水利局", None), ("钱某", "代表")]
