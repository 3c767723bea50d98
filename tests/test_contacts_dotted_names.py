"""A contact person whose name a middle dot parts (``艾某·某某``), or one of its look-alikes
(``•``, ``・``, ``‧``, a typist's ``.`` after the person's label): one person, the name as
written (fix66; an earlier round read none, or two people, for the look-alikes)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import SIGNED_REPLY


@pytest.mark.parametrize(
    ("line", "name"),
    [
        pytest.param("联系人：艾某·某某，联系电话：0998-5550123", "艾某·某某", id="middle-dot"),
        pytest.param("联系人：艾某•某某，联系电话：0998-5550123", "艾某•某某", id="bullet"),
        pytest.param("联系人：艾某・某某，联系电话：0998-5550123", "艾某・某某", id="katakana"),
        pytest.param("联系人：艾某.某某，联系电话：0998-5550123", "艾某.某某", id="full-stop"),
        pytest.param(
            "联系人：托某某某某某.某某某某某  联系电话：0998-5550123",
            "托某某某某某.某某某某某",
            id="long-full-stop-gap",
        ),
        pytest.param("承办人：艾某‧某某  电话：0998-5550123", "艾某‧某某", id="hyphenation-point"),
    ],
)
def test_dotted_contact(line: str, name: str) -> None:
    letter = parse_text(SIGNED_REPLY + line + "\n", keywords=False)
    assert [(c.name, c.phone) for c in letter.contacts] == [(name, "0998-5550123")]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("联系人：钱某.联系电话：0998-5550123", id="label-after-full-stop"),
        pytest.param("联系人：钱某.电话0998-5550123", id="glued-label-after-full-stop"),
    ],
)
def test_a_full_stop_after_the_name_is_no_dot(line: str) -> None:
    """A typist's full stop between the person and the next label (review53f: fix66 read
    ``钱某·联系电话``, and no name)."""
    letter = parse_text(SIGNED_REPLY + line + "\n", keywords=False)
    assert [(c.name, c.phone) for c in letter.contacts] == [("钱某", "0998-5550123")]


# A dotted name opening a row of labels with its own label cell blank, or a contact table's
# next row, under the date: the person, as a name of two to four characters there is, and
# the signature above read (signers54; an earlier round lost the contact, the signer and
# the date).
@pytest.mark.parametrize(
    ("row", "name"),
    [
        pytest.param("艾某·某某    联系电话：0998-5550123", "艾某·某某", id="labels-after"),
        pytest.param("艾某•某某    联系电话：0998-5550123", "艾某•某某", id="bullet-labels-after"),
        pytest.param("柳某    联系电话：0998-5550123", "柳某", id="plain-name"),
    ],
)
def test_dotted_name_opening_a_row_of_labels(row: str, name: str) -> None:
    letter = parse_text(SIGNED_REPLY + row + "\n", keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == ("某县交通运输局", "2024-05-10")
    assert [(c.name, c.phone) for c in letter.contacts] == [(name, "0998-5550123")]
