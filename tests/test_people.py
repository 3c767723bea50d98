"""Addressees (主送) and contact people, on invented snippets."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.fields.contacts import find_contacts
from replyparse.textview import TextView

LETTER = "关于某某建议的答复\n{salutation}\n您提出的建议收悉。\n"

# (salutation line, [(name, role), …])
ADDRESSEES = [
    pytest.param("陈某代表：", [("陈某", "代表")], id="one-deputy"),
    pytest.param("王某某委员：", [("王某某", "委员")], id="one-member"),
    pytest.param("尊敬的甲某、 乙某某、丙某等各位代表：", [("甲某", "代表"), ("乙某某", "代表"), ("丙某", "代表")], id="各位代表-with-stray-space"),
    pytest.param("李某等13位代表：", [("李某", "代表")], id="等N位-names-first-only"),
    pytest.param("李某等１３位代表：", [("李某", "代表")], id="等N位-full-width-figures"),
    pytest.param("李某代表同志：", [("李某", "代表")], id="honorific-after-the-role"),
    pytest.param("李某、王某委员先生：", [("李某", "委员"), ("王某", "委员")], id="honorific-after-two"),
    pytest.param("李某同志：", [("李某", "同志")], id="honorific-alone-is-the-role"),
    pytest.param("李某（等１０位）代表：", [("李某", "代表")], id="等N位-bracketed-full-width"),
    pytest.param("李某９名代表：", [("李某", "代表")], id="N名-full-width-figure"),
    pytest.param("李某等十三位委员：", [("李某", "委员")], id="等N位-chinese-count"),
    pytest.param("张某、刘某代表：", [("张某", "代表"), ("刘某", "代表")], id="role-once-after-last"),
    pytest.param("张某代表、刘某委员：", [("张某", "代表"), ("刘某", "委员")], id="mixed-roles"),
    pytest.param("民盟某某市委：", [("民盟某某市委", None)], id="party-body"),
    pytest.param("某某县代表团：", [("某某县代表团", None)], id="delegation-body"),
    pytest.param("某市工商联、某市总工会：", [("某市工商联", None), ("某市总工会", None)], id="two-bodies"),
    pytest.param("赵某 钱某代表:", [("赵某", "代表"), ("钱某", "代表")], id="space-separated-half-width-colon"),
    pytest.param("各位代表：", [], id="各位代表-names-nobody"),
    pytest.param("尊敬的李某某代表：", [("李某某", "代表")], id="尊敬的-one"),
    pytest.param("九三学社某某市委员会：", [("九三学社某某市委员会", None)], id="委员会-is-a-body"),
    pytest.param("市工商联：", [("市工商联", None)], id="short-body"),
    pytest.param("王某等十代表：", [("王某", "代表")], id="等-bare-chinese-count"),
    pytest.param("张某、李某等10代表：", [("张某", "代表"), ("李某", "代表")], id="等-bare-digit-count"),
    pytest.param("刘某林政协某春县委员：", [("刘某林", "委员")], id="seat-between-name-and-role"),
    pytest.param("赵某人大某区代表：", [("赵某", "代表")], id="seat-人大-between-name-and-role"),
    pytest.param("王某、李某政协某县委员：", [("王某", "委员"), ("李某", "委员")], id="seat-once-after-last-name"),
    pytest.param("王某政协委员：", [("王某", "政协委员")], id="seat-not-政协委员-role-word"),
    pytest.param("政协某县委员会：", [("政协某县委员会", None)], id="seat-not-a-body-name"),
    pytest.param("某区人大常委会：", [("某区人大常委会", None)], id="seat-not-人大-body"),
    pytest.param("尊敬的甲某、乙某、丙某、\n丁某代表：", [("甲某", "代表"), ("乙某", "代表"), ("丙某", "代表"), ("丁某", "代表")], id="wrapped-over-two-lines"),
]  # fmt: skip


# (salutation line, [(name, role), …]): the 致 of 致公党 is no opener of address.
ZHIGONG = [
    pytest.param("致公党某市委员会：", [("致公党某市委员会", None)], id="致公党-市委员会"),
    pytest.param("致公党某州委：", [("致公党某州委", None)], id="致公党-州委"),
    pytest.param("尊敬的致公党某县支部：", [("致公党某县支部", None)], id="尊敬的-then-致公党"),
    pytest.param("致公党某市委、民盟某市委:", [("致公党某市委", None), ("民盟某市委", None)], id="致公党-first-of-two-bodies"),
    pytest.param("民建某市委、致公党某市委：", [("民建某市委", None), ("致公党某市委", None)], id="致公党-second-of-two-bodies"),
]  # fmt: skip

# Near-misses: 致 before a person or another body is still an opener of address.
ZHI_OPENER = [
    pytest.param("致王某代表：", [("王某", "代表")], id="致-person"),
    pytest.param("致尊敬的吴某代表：", [("吴某", "代表")], id="致-then-尊敬的"),
    pytest.param("致民盟某市委：", [("民盟某市委", None)], id="致-other-body"),
    pytest.param("致公某委员：", [("公某", "委员")], id="致-before-a-name-opening-公"),
]  # fmt: skip

# The role in brackets after the name, as written in them.
ROLE_IN_BRACKETS = [
    pytest.param("张某（市人大代表）：", [("张某", "市人大代表")], id="市人大代表-in-brackets"),
    pytest.param("李某某(政协委员):", [("李某某", "政协委员")], id="政协委员-half-width-brackets"),
    pytest.param("王某（委员）、赵某（委员）：", [("王某", "委员"), ("赵某", "委员")], id="two-each-in-brackets"),
    pytest.param("欧阳某某（某区人大代表）：", [("欧阳某某", "某区人大代表")], id="seat-and-role-in-brackets"),
]  # fmt: skip

# Near-misses: brackets holding no role.
NO_ROLE_IN_BRACKETS = [
    pytest.param("市工商联（总商会）：", [("市工商联（总商会）", None)], id="body-with-its-other-name"),
    pytest.param("张某（领衔）、李某代表：", [("张某", "代表"), ("李某", "代表")], id="note-beside-a-name"),
]  # fmt: skip

# The co-signers after 其他 with a word of how they signed (及其他联名代表) are no addressee.
OTHER_COSIGNERS = [
    pytest.param("张某、王某代表及其他联名代表：", [("张某", "代表"), ("王某", "代表")], id="及其他联名代表"),
    pytest.param("李某委员和其他附议委员：", [("李某", "委员")], id="和其他附议委员"),
    pytest.param("李某委员并其他提案人：", [("李某", "委员")], id="并其他提案人-as-before"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("salutation", "expected"),
    ADDRESSEES + ZHIGONG + ZHI_OPENER + ROLE_IN_BRACKETS + NO_ROLE_IN_BRACKETS + OTHER_COSIGNERS,
)
def test_addressees(salutation: str, expected: list[tuple[str, str | None]]) -> None:
    text = LETTER.format(salutation=salutation)
    letter = parse_text(text)
    assert [(a.name, a.role) for a in letter.addressees] == expected
    assert letter.salutation == salutation
    for a in letter.addressees:
        assert a.span is not None
        assert text[a.span[0] : a.span[1]] == a.name


def test_salutation_without_colon() -> None:
    letter = parse_text("关于某某建议的答复\n张某代表\n您提出的建议收悉，现答复如下：\n正文。\n")
    assert letter.salutation == "张某代表"
    assert [(a.name, a.role) for a in letter.addressees] == [("张某", "代表")]


@pytest.mark.parametrize(
    "salutation",
    ["张某、李某委员", "张某，李某委员", "张某,李某,王某某委员", "尊敬的张某，李某委员"],
)
def test_names_parted_by_commas_without_colon(salutation: str) -> None:
    """A web copy's commas in place of 、 between the names of a salutation that lost its
    colon, right under the title."""
    text = f"关于某某提案的答复\n{salutation}\n您们提出的提案收悉，现答复如下：\n正文。\n"
    letter = parse_text(text, keywords=False)
    names = [(a.name, a.role) for a in letter.addressees]
    assert names[:2] == [("张某", "委员"), ("李某", "委员")]
    assert len(names) == salutation.count("、") + salutation.count("，") + salutation.count(",") + 1


@pytest.mark.parametrize(
    ("salutation", "names"),
    [
        pytest.param("盛某某代表", [("盛某某", "代表")], id="one"),
        pytest.param("郭某、陈某某委员", [("郭某", "委员"), ("陈某某", "委员")], id="two"),
        pytest.param("庞某某等七位代表", [("庞某某", "代表")], id="group"),
        pytest.param("姜某(等10位)代表", [("姜某", "代表")], id="group-count-in-brackets"),
    ],
)
def test_a_letter_opening_with_its_salutation_colon_lost_has_no_title(
    salutation: str, names: list[tuple[str, str]]
) -> None:
    """A stored page that kept no title line: the first line is the salutation, its colon
    lost too (王某代表 / 你提出的…); it is no title."""
    text = f"{salutation}\n    你们提出的建议收悉，现答复如下：\n    已落实。\n甲县林业局\n2024年5月10日\n"
    letter = parse_text(text, keywords=False)
    assert letter.title is None
    assert letter.salutation == salutation
    assert [(a.name, a.role) for a in letter.addressees] == names


def test_a_title_line_first_is_still_the_title() -> None:
    text = "关于第3号建议的答复\n王某代表\n    你提出的建议收悉。\n甲县林业局\n2024年5月10日\n"
    letter = parse_text(text, keywords=False)
    assert (letter.title, letter.salutation) == ("关于第3号建议的答复", "王某代表")


def test_a_sentence_with_a_comma_under_the_title_is_no_salutation() -> None:
    text = "关于某某提案的答复\n经认真研究，现答复各位委员\n正文。\n"
    letter = parse_text(text, keywords=False)
    assert letter.salutation is None


# (closing lines, [(name, org, phone), …])
CONTACTS = [
    pytest.param("联系人及电话：严某、13900000000", [("严某", None, "13900000000")], id="combined-label"),
    pytest.param("联系人及电话： 李某   65550183", [("李某", None, "65550183")], id="local-landline"),
    pytest.param("联系人：李某  联系电话：0871-65550123", [("李某", None, "0871-65550123")], id="one-line"),
    pytest.param("联系人：王某\n联系电话：0871-65550123", [("王某", None, "0871-65550123")], id="two-lines"),
    pytest.param("联系人：王某\n（0871）65550123", [("王某", None, "0871-65550123")], id="bare-phone-next-line"),
    pytest.param("联系人：王某，联系电话：(0000)5550123", [("王某", None, "0000-5550123")], id="half-width-area-code-brackets"),
    pytest.param("联系人：王某，联系电话：(0000) 5550123", [("王某", None, "0000-5550123")], id="half-width-brackets-and-space"),
    pytest.param("联系单位：市民政局社会事务处\n联系人：张某某\n电话：0871-65550188", [("张某某", "市民政局社会事务处", "0871-65550188")], id="org-line"),
    pytest.param("联系单位：市民政局办公室，联系电话：65550100", [(None, "市民政局办公室", "65550100")], id="office-only"),
    pytest.param("（联系人：赵某，电话：65550123）", [("赵某", None, "65550123")], id="parenthesised-note"),
    pytest.param("承办人：孙某同志 13900000002", [("孙某", None, "13900000002")], id="承办人-title-stripped"),
    pytest.param("联系人：刘某", [("刘某", None, None)], id="no-phone"),
    pytest.param("联系人：孙某；联系电话：0871-65550321；传真：0871-65550322", [("孙某", None, "0871-65550321")], id="fax-skipped"),
    pytest.param("联系人：马某　传真：0871-65550102　手机：139-0000-0188", [("马某", None, "139-0000-0188")], id="fax-before-grouped-mobile"),
    pytest.param("（联系人：罗某，联系电话：139-0000-0123）", [("罗某", None, "139-0000-0123")], id="mobile-with-dashes"),
    pytest.param("联系人：张某某、刘某　　联系电话：0874-5550123", [("张某某", None, "0874-5550123"), ("刘某", None, "0874-5550123")], id="two-people-one-phone"),
    pytest.param("联系人：张某、刘某\n电话：0874-5550123", [("张某", None, "0874-5550123"), ("刘某", None, "0874-5550123")], id="two-people-phone-next-line"),
    pytest.param("联系人：张某 13900000001、刘某 13900000002", [("张某", None, "13900000001"), ("刘某", None, "13900000002")], id="two-people-own-phones"),
    pytest.param("联系人：张某、刘某\n联系电话：0874-5550123、5550124", [("张某", None, "0874-5550123"), ("刘某", None, "5550124")], id="two-people-two-phones-in-order"),
    pytest.param("联系人：张某、刘某  电话：13900000001、13900000002", [("张某", None, "13900000001"), ("刘某", None, "13900000002")], id="two-people-two-phones-one-line"),
    pytest.param("联系人：张某、刘某、孙某\n电话：0874-5550123、5550124", [("张某", None, "0874-5550123"), ("刘某", None, "0874-5550123"), ("孙某", None, "0874-5550123")], id="three-people-two-phones-shared"),
    pytest.param("联系人：张某\n电话：0874-5550123、13900000001", [("张某", None, "0874-5550123")], id="one-person-two-phones-first"),
    pytest.param("联系人：张某\n联系人：刘某\n联系电话：0874-5550123", [("张某", None, "0874-5550123"), ("刘某", None, "0874-5550123")], id="people-on-lines-above-share-the-phone"),
    pytest.param("联系人：张某\n电话：13900000001\n联系人：刘某\n电话：0874-5550123", [("张某", None, "13900000001"), ("刘某", None, "0874-5550123")], id="each-with-a-phone-of-his-own"),
    pytest.param("联系人 李某  电话 13900000000", [("李某", None, "13900000000")], id="labels-without-colons-after-gaps"),
    pytest.param("联系人李某电话13900000000", [("李某", None, "13900000000")], id="labels-without-colons-or-gaps"),
    pytest.param("联系人及电话：王某    5550186", [("王某", None, "5550186")], id="seven-digit-local-landline"),
    pytest.param("联系电话：13900000000\n联系人：王某", [("王某", None, "13900000000")], id="phone-line-before-name-line"),
    pytest.param("联系人：甲某\n联系电话：13900000001\n联系人：乙某\n联系电话：13900000002", [("甲某", None, "13900000001"), ("乙某", None, "13900000002")], id="two-contacts-name-then-phone"),
    pytest.param("承办负责人：张某\n承办人及联系电话：李某    13900000003", [("李某", None, "13900000003")], id="承办人及联系电话"),
    pytest.param("联系人及电话：某县水利局王某及0871-65550123", [("王某", "某县水利局", "0871-65550123")], id="office-person-phone-run-together"),
    pytest.param("联系单位及联系人：某县水利局    王某\n联系电话：0871-65550123", [("王某", "某县水利局", "0871-65550123")], id="office-and-person-label"),
    pytest.param("联系人：王某\n联系单位：某县水利局  联系电话：0871-65550123", [("王某", "某县水利局", "0871-65550123")], id="name-line-then-office-and-phone"),
    pytest.param("联系单位：某县水利局\n联系电话：王某 13900000001", [("王某", "某县水利局", "13900000001")], id="name-on-the-phone-line"),
    pytest.param("联系人：王  某，联系电话：0871─65550123", [("王某", None, "0871-65550123")], id="padded-name-box-dash"),
    pytest.param("（联系人：王某，联系电\n话：13900000001）", [("王某", None, "13900000001")], id="label-wrapped-over-a-line"),
]  # fmt: skip
NOT_CONTACTS = [
    pytest.param("签发人：张某", id="签发人"),
    pytest.param("负责人：张某", id="负责人"),
    pytest.param("传真：0871-65550102", id="fax-only"),
    pytest.param("审核人：张某", id="审核人"),
    pytest.param("全区共有社区45个，电话亭3个。", id="电话-inside-prose"),
    pytest.param("我局办理人员多次到现场查看，并与代表当面交换了意见。", id="办理人员-in-prose"),
    pytest.param("我局已与代表电话沟通，说明了有关情况。", id="电话沟通-in-prose"),
    pytest.param("领导签发：张某", id="领导签发"),
    pytest.param("承办负责人：张某", id="承办负责人"),
]


@pytest.mark.parametrize(("lines", "expected"), CONTACTS)
def test_contacts(lines: str, expected: list[tuple[str | None, str | None, str | None]]) -> None:
    view = TextView(lines)
    got = find_contacts(view, view.content_lines)
    assert [(c.name, c.org, c.phone) for c in got] == expected


@pytest.mark.parametrize("lines", NOT_CONTACTS)
def test_not_contacts(lines: str) -> None:
    view = TextView(lines)
    assert find_contacts(view, view.content_lines) == []


@pytest.mark.parametrize(("lines", "expected"), CONTACTS)
def test_each_contact_spans_its_name_and_phone(
    lines: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    view = TextView(lines)
    for contact in find_contacts(view, view.content_lines):
        assert contact.span is not None
        held = lines[contact.span[0] : contact.span[1]]
        # a name padded with blanks (王  某) is held with its blanks
        assert contact.name is None or contact.name in "".join(held.split())
        # the phone's digits in order (any dash or bracket after the area code)
        digits = "".join(ch for ch in held if ch.isdigit())
        assert contact.phone is None or contact.phone.replace("-", "") in digits


def test_a_name_on_the_line_after_an_empty_label_is_inside_the_span() -> None:
    view = TextView("联系人：\n联系人：甲某、乙某")
    spans = [c.span for c in find_contacts(view, view.content_lines)]
    assert spans == [(0, 14), (5, 14)]
