"""The view reads the look-alikes of the middle dot that parts a name's pieces
(``阿某•某某``, ``・``, ``‧``, ``∙``) as ``·`` between two Han characters, and a typist's
``.`` there as ``·`` only where the run is a person named (in a list of names, before a role
word, after a person's label); a dot after a sentence's words stays a full stop, a
section's marker stays a marker, and the letter's text is never changed (fix66)."""

from __future__ import annotations

import pytest

from replyparse.textview import TextView

READINGS = [
    pytest.param("阿某•某某委员：", "阿某·某某委员：", id="bullet"),
    pytest.param("阿某・某某委员：", "阿某·某某委员：", id="katakana"),
    pytest.param("阿某‧某某、李某代表：", "阿某·某某、李某代表：", id="hyphenation-point"),
    pytest.param("阿某.某某、买某.某某委员：", "阿某·某某、买某·某某委员：", id="full-stops-list"),
    pytest.param("尊敬的阿某．某某代表：", "尊敬的阿某·某某代表：", id="wide-full-stop"),
    pytest.param("联系人：艾某.某某，电话", "联系人：艾某·某某，电话", id="after-label"),
    pytest.param("阿某.某某代表提出的建议", "阿某·某某代表提出的建议", id="proposer"),
    # near misses
    pytest.param("我局已完成.下一步，继续推进", "我局已完成。下一步，继续推进", id="sentence"),
    pytest.param("一.基本情况", "一.基本情况", id="section-marker"),
    pytest.param("某局• 2031-05-06", "某局• 2031-05-06", id="bullet-before-date"),
    pytest.param("已完成.下一步工作：", "已完成。下一步工作：", id="colon-no-role"),
    # a full stop before a role's level or a collective word, then the role (review53f)
    pytest.param(
        "，我局已高度重视.县人大代表在会上", "，我局已高度重视。县人大代表在会上", id="level"
    ),
    pytest.param(
        "，感谢您的关心.各位代表提出的", "，感谢您的关心。各位代表提出的", id="collective"
    ),
    # a full stop after a clause's words (已, 完, 了, 的, 悉…: no name's part holds them),
    # the name after it opening the next sentence (signers54)
    pytest.param(
        "一、道路已完成．王某代表在会上", "一、道路已完成。王某代表在会上", id="after-done"
    ),
    pytest.param("，已完成.王某委员提出的", "，已完成。王某委员提出的", id="comma-then-done"),
    pytest.param("建议收悉.王某代表提出的", "建议收悉。王某代表提出的", id="after-received"),
    pytest.param("尊敬的阿某．某某委员：", "尊敬的阿某·某某委员：", id="salutation-kept"),
    # a full stop between a contact's name and the next label (review53f)
    pytest.param("联系人：钱某.联系电话：0998", "联系人：钱某。联系电话：0998", id="next-label"),
    pytest.param("联系人：钱某.电话0998", "联系人：钱某。电话0998", id="next-label-glued"),
]


@pytest.mark.parametrize(("text", "norm"), READINGS)
def test_name_dot_reading(text: str, norm: str) -> None:
    view = TextView(text)
    assert view.norm.replace(" ", "") == norm.replace(" ", "")
    assert view.original == text


def test_a_long_list_before_the_role_is_read_only_so_far() -> None:
    """The look-ahead for the role word after a list of names holds a bounded count of
    names (a long run of ``阿某.某某、`` was quadratic: 200,000 characters took minutes); a
    dot in a list's first name is read only when the role follows within that count."""
    near = "阿某.某某、" + "买某、" * 3 + "李某委员："
    far = "阿某.某某、" + "买某、" * 40 + "李某委员："
    assert TextView(near).norm.startswith("阿某·某某")
    assert TextView(far).norm.startswith("阿某。某某")
