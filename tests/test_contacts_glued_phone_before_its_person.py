"""A contact row a copy glued together, the leader first, then a phone's label, then the
person's (``签发人:王某某联系电话:0000-5550123联系人:郑某某``): the phone is labelled before
its contact, as ``联系电话：… 联系人：…`` writes it, so it is the person's after it, not the
leader's before it (small66; a leader is a contact only with a phone of his own). On lines
of their own (the leader's over the phone's) and where the person gives a phone of his own
after it, the leader keeps it, as before. Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = (
    "关于整修丁乡灌渠的答复周某代表：您提出的关于整修丁乡灌渠的建议收悉。现答复如下："
    "丁乡灌渠整修已列入下年度计划，资金到位后即开工。丁山县水务局2030年6月3日{row}"
)


def _contacts(row: str) -> list[tuple[str | None, str | None]]:
    return [(c.name, c.phone) for c in parse_text(LETTER.format(row=row)).contacts]


@pytest.mark.parametrize(
    "row",
    [
        "签发人:王某某联系电话:0000-5550123联系人:郑某某归档时间:2030-06-05",
        "签发人：王某某联系电话：0000-5550123联系人：郑某某",
        "审核人:王某某联系电话:13800000000联系人:郑某某",
    ],
)
def test_the_phone_is_the_person_after_it(row: str) -> None:
    phone = "13800000000" if "138" in row else "0000-5550123"
    assert _contacts(row) == [("郑某某", phone)]


def test_the_leaders_own_phone_on_its_own_line_stays_his() -> None:
    row = "\n签发人:王某某\n联系电话:0000-5550123\n联系人:郑某某"
    contacts = parse_text(LETTER.format(row=row)).contacts
    assert (contacts[0].name, contacts[0].phone) == ("王某某", "0000-5550123")


def test_a_person_with_a_phone_of_his_own_leaves_the_leader_his() -> None:
    row = "签发人:王某某联系电话:0000-5550123联系人:郑某某联系电话:13800000000"
    assert _contacts(row) == [("王某某", "0000-5550123"), ("郑某某", "13800000000")]


def test_a_person_with_a_phone_of_his_own_after_his_post_leaves_the_leader_his() -> None:
    row = "主管领导:王某 职务:副局长联系电话:13800000000承办人:郑某 职务:科员联系电话:0000-5550123"
    assert _contacts(row) == [("王某", "13800000000"), ("郑某", "0000-5550123")]


@pytest.mark.parametrize("gap", ["\u00a0", "\u200b", "\u3000 "])
def test_labels_parted_by_a_pages_no_break_space_stand_on_one_line(gap: str) -> None:
    # small67: one test of "one line of the letter" for the glued row and the office cut
    # off a contact line: a web copy's no-break space between his labels is no line break
    row = f"主管领导:王某{gap}职务:副局长联系电话:13800000000承办人:郑某{gap}职务:科员联系电话:0000-5550123"
    assert _contacts(row) == [("王某", "13800000000"), ("郑某", "0000-5550123")]
