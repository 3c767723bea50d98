"""A reply's closing sentence that sends the reader to an office and gives its phone after it
(``以上答复如不满意，请与某局某科联系，电话：…。``, ``可与某科联系（电话：…）``): a contact, the
office as ``org``, no person (``name`` null), as the corpus's rule for an office with a phone
and no person reads; a person named after the office is the contact's name (``请与某科王某
联系``). A deputy, offices left unnamed, or a sentence that goes on past the phone gives
nothing new (dev88: an earlier round read such a sentence as prose and lost the office's
phone). Decided (contacts62): a sentence that sends the reader to the letter's own office
(``请与我局联系``, ``欢迎及时联系我中心``, ``请联系我们``) or to none (``请来电咨询``) gives
the phone alone, and the verb may come before the office (``欢迎联系某局办公室，电话：…``);
fix88 read the own words as naming nothing. Snippets in our own words, invented names and
numbers."""

from __future__ import annotations

import pytest

from replyparse import closing, parse_text
from spans import span_problems

LETTER = (
    "梅岭县水利局关于县十届人大三次会议第41号建议的答复\n"
    "唐某代表：\n"
    "您提出的《关于疏浚东干渠的建议》收悉，现答复如下：\n"
    "我局已安排清淤资金35万元，汛期前完成疏浚。\n"
    "{last}\n"
    "梅岭县水利局\n"
    "2031年5月8日\n"
)


def _contacts(last: str) -> list[tuple[str | None, str | None, str | None]]:
    record = parse_text(LETTER.format(last=last))
    assert record.signature.issuer == "梅岭县水利局"
    assert record.signature.date == "2031-05-08"
    assert span_problems(record) == []
    return [(c.name, c.org, c.phone) for c in record.contacts]


SENT_TO = [
    pytest.param(
        "以上答复如不满意，请与县水利局河湖管理股联系，电话：0000-5550141。",
        [(None, "县水利局河湖管理股", "0000-5550141")],
        id="office-comma-phone",
    ),
    pytest.param(
        "感谢您的关心。如有疑问，可与河湖股联系（电话：0000-5550141）。",
        [(None, "河湖股", "0000-5550141")],
        id="short-office-phone-in-brackets",
    ),
    pytest.param(
        "如有疑问，请与县水利局河湖管理股联系，电话0000-5550141。",
        [(None, "县水利局河湖管理股", "0000-5550141")],
        id="label-without-colon",
    ),
    pytest.param(
        "如有疑问，欢迎与我局工程管理股联系，联系电话：0000-5550141。",
        [(None, "工程管理股", "0000-5550141")],
        id="own-words-before-a-section",
    ),
    pytest.param(
        "如有疑问，可与县水利局工程管理股蒋某同志联系，联系电话：13900000141。",
        [("蒋某", "县水利局工程管理股", "13900000141")],
        id="person-after-the-office",
    ),
    pytest.param(
        "以上答复如不满意，请与河湖管理股联系，电话：0000-5550141。\n感谢您对水利工作的支持！",
        [(None, "河湖管理股", "0000-5550141")],
        id="formula-line-after-it",
    ),
    # (a web copy's half-width punctuation, an IME's full-width digits)
    pytest.param(
        "以上答复如不满意,请与县水利局河湖管理股联系,电话:0000-5550141。",
        [(None, "县水利局河湖管理股", "0000-5550141")],
        id="half-width-punctuation",
    ),
    pytest.param(
        "以上答复如不满意，请与县水利局河湖管理股联系，电话：００００－５５５０１４１。",
        [(None, "县水利局河湖管理股", "0000-5550141")],
        id="full-width-digits",
    ),
    # (an office's own name joins its words with 和: one office)
    pytest.param(
        "如有疑问，请与县住房和城乡建设局联系，电话：0000-5550141。",
        [(None, "县住房和城乡建设局", "0000-5550141")],
        id="office-whose-name-holds-and",
    ),
    # (someone the office has, no one named: the office's phone)
    pytest.param(
        "如有疑问，请与县水利局河湖管理股负责同志联系，电话：0000-5550141。",
        [(None, "县水利局河湖管理股", "0000-5550141")],
        id="the-offices-person-in-charge",
    ),
    pytest.param(
        "如有疑问，请与河湖管理股负责人联系，电话：0000-5550141。",
        [(None, "河湖管理股", "0000-5550141")],
        id="the-offices-head-unnamed",
    ),
    pytest.param(
        "如有疑问，可与县水利局河湖管理股工作人员联系，电话：0000-5550141。",
        [(None, "县水利局河湖管理股", "0000-5550141")],
        id="the-offices-staff",
    ),
]


@pytest.mark.parametrize(("last", "expected"), SENT_TO)
def test_the_office_the_last_sentence_sends_to_is_a_contact(
    last: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert _contacts(last) == expected


# Decided (contacts62): the letter's own words alone, or no office at all, then the phone
# under its label after a comma to the sentence's end: the phone alone, as the bracketed
# 请与我局联系（电话：…） always gave (fix88 read own-words-alone as nothing new)
OWN_OFFICE_OR_NONE = [
    pytest.param("如有疑问，请与我局联系，电话：0000-5550141。", id="own-words-alone"),
    pytest.param("如有意见，欢迎及时联系我中心，联系电话：0000-5550141。", id="verb-first-own"),
    pytest.param("如有疑问请联系我们，联系电话0000-5550141。", id="us-label-without-colon"),
    pytest.param("如有疑问，可与本单位联系，电话：0000-5550141。", id="this-unit"),
    pytest.param("如有疑问，请来电咨询，联系电话：0000-5550141。", id="no-office-at-all"),
    pytest.param("如有疑问，请与我局联系（电话：0000-5550141）。", id="own-words-bracket"),
    pytest.param(
        "如有意见，欢迎及时联系我中心，\n联系电话：0000-5550141。", id="line-break-before-label"
    ),
]


@pytest.mark.parametrize("last", OWN_OFFICE_OR_NONE)
def test_the_letters_own_office_or_none_gives_the_phone_alone(last: str) -> None:
    assert _contacts(last) == [(None, None, "0000-5550141")]


VERB_FIRST = [
    pytest.param(
        "如有疑问，欢迎联系县水利局办公室，电话：0000-5550141。",
        [(None, "县水利局办公室", "0000-5550141")],
        id="verb-first",
    ),
    pytest.param(
        "如有疑问，欢迎联系县水利局办公室，\n电话：0000-5550141。",
        [(None, "县水利局办公室", "0000-5550141")],
        id="verb-first-line-break-before-label",
    ),
    pytest.param(
        "如有疑问，可以咨询我局河湖管理股，联系电话：0000-5550141。",
        [(None, "河湖管理股", "0000-5550141")],
        id="verb-first-own-words-before-a-section",
    ),
]


@pytest.mark.parametrize(("last", "expected"), VERB_FIRST)
def test_the_office_after_the_asking_verb_is_the_org(
    last: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert _contacts(last) == expected


NOTHING_NEW = [
    pytest.param(
        "如有疑问，请与我局联系，电话：0000-5550141，我们将认真听取。", id="own-words-goes-on"
    ),
    pytest.param("如有疑问，请与该局联系，电话：0000-5550141。", id="another-office-pointed-to"),
    pytest.param("如有疑问，请与唐某代表联系，电话：13900000141。", id="the-deputy"),
    pytest.param("如有疑问，请与相关科室联系，电话：0000-5550141。", id="offices-unnamed"),
    pytest.param("我局将继续与县财政局联系，电话沟通资金事宜。", id="no-phone-number"),
    pytest.param("我局工程股已与您联系，电话：0000-5550141。", id="no-asking-word"),
    pytest.param(
        "如有疑问，请与县水利局河湖管理股联系，电话：0000-5550141，我们将认真听取。",
        id="sentence-goes-on",
    ),
    # (two offices: whose number it is the sentence does not say)
    pytest.param("如有疑问，请与县医保局、县卫健局联系，电话：0000-5550141。", id="two-offices"),
    pytest.param(
        "如有疑问，请与县医保局和县卫健局联系，电话：0000-5550141。", id="two-offices-and"
    ),
    pytest.param("如有疑问，可与河湖股或水保站联系，电话：0000-5550141。", id="two-offices-or"),
    pytest.param(
        "如有疑问，请与县医保局及县卫健局有关股室联系，电话：0000-5550141。",
        id="two-offices-and-a-section",
    ),
]


@pytest.mark.parametrize("last", NOTHING_NEW)
def test_a_sentence_naming_no_office_gives_nothing(last: str) -> None:
    assert _contacts(last) == []


def test_the_sentence_in_an_earlier_paragraph_is_prose() -> None:
    last = "以上答复如不满意，请与河湖管理股联系，电话：0000-5550141。\n我局将继续推进清淤工作。"
    assert _contacts(last) == []


def test_a_contact_line_under_the_sentence_is_a_contact_of_its_own() -> None:
    last = (
        "以上答复如不满意，请与县水利局河湖管理股联系，电话：0000-5550141。\n"
        "联系人：蒋某某  联系电话：0000-5550999"
    )
    assert _contacts(last) == [
        (None, "县水利局河湖管理股", "0000-5550141"),
        ("蒋某某", None, "0000-5550999"),
    ]


def test_the_same_phone_given_again_on_a_contact_line_is_the_lines() -> None:
    last = (
        "以上答复如不满意，请与县水利局河湖管理股联系，电话：0000-5550141。\n"
        "联系人：蒋某某  联系电话：0000-5550141"
    )
    assert _contacts(last) == [("蒋某某", None, "0000-5550141")]


def test_a_person_without_a_phone_under_it_stays_apart() -> None:
    last = "以上答复如不满意，请与县水利局河湖管理股联系，电话：0000-5550141。\n承办人员：蒋某某"
    assert _contacts(last) == [
        (None, "县水利局河湖管理股", "0000-5550141"),
        ("蒋某某", None, None),
    ]


TRADITIONAL = (
    "梅嶺縣水利局關於縣十屆人大三次會議第41號建議的答覆\n"
    "唐某代表：\n"
    "您提出的《關於疏浚東幹渠的建議》收悉，現答覆如下：\n"
    "我局已安排清淤資金35萬元，汛期前完成疏浚。我們將繼續加強管護。\n"
    "以上答覆如不滿意，請與縣水利局河湖管理股聯繫，電話：0000-5550141。\n"
    "梅嶺縣水利局\n"
    "2031年5月8日\n"
)


def test_a_traditional_letters_sentence_gives_the_office_in_its_characters() -> None:
    record = parse_text(TRADITIONAL)
    assert [(c.name, c.org, c.phone) for c in record.contacts] == [
        (None, "縣水利局河湖管理股", "0000-5550141")
    ]
    assert span_problems(record) == []


# Decided (left61b): the sentence where real copies leave it. A copy that lost its line
# breaks (the letter joined by blanks, or by nothing) keeps the phone's label on the
# sentence; a closing formula may follow the phone on its line; a reply may write the
# sentence under its date, bracketed as a note or not, and the signature over it is still
# read; a line under it giving the same phone and nothing else is the sentence's contact.
SENTENCE = "如有疑问，请与县水利局河湖管理股联系，电话：0000-5550141。"
OFFICE = [(None, "县水利局河湖管理股", "0000-5550141")]

WHERE_COPIES_LEAVE_IT = [
    pytest.param(LETTER.format(last=SENTENCE).replace("\n", " "), id="flattened-with-blanks"),
    pytest.param(LETTER.format(last=SENTENCE).replace("\n", ""), id="flattened-glued"),
    pytest.param(
        LETTER.format(
            last="如有疑问，可与县水利局河湖管理股联系（联系电话：0000-5550141）。"
        ).replace("\n", " "),
        id="flattened-long-label-in-brackets",
    ),
    pytest.param(
        LETTER.format(last=SENTENCE + "感谢您对水利工作的关心和支持！"),
        id="formula-after-it-on-its-line",
    ),
    pytest.param(
        LETTER.format(last=SENTENCE + "\n感谢您对水利工作的关心和支持！").replace("\n", ""),
        id="flattened-formula-after-it",
    ),
    pytest.param(LETTER.format(last="我局将抓紧实施。") + SENTENCE + "\n", id="under-the-date"),
    pytest.param(
        LETTER.format(last="我局将抓紧实施。")
        + "（如有疑问，可与县水利局河湖管理股联系，联系电话：0000-5550141。）\n",
        id="under-the-date-bracketed",
    ),
    pytest.param(
        LETTER.format(last="我局将抓紧实施。") + "温馨提示：" + SENTENCE + "\n",
        id="under-the-date-after-a-note-label",
    ),
    # (review61a: the clause under the date whichever word links it to the office, and after
    # a condition however long the pattern reads it; left61b's gate looked for 与 alone in
    # the line's first 20 characters and lost the signer and date)
    pytest.param(
        LETTER.format(last="我局将抓紧实施。")
        + "如有疑问，可向县水利局河湖管理股咨询，电话：0000-5550141。\n",
        id="under-the-date-asked-with-xiang",
    ),
    pytest.param(
        LETTER.format(last="我局将抓紧实施。")
        + "如有疑问，请和县水利局河湖管理股联系，电话：0000-5550141。\n",
        id="under-the-date-asked-with-he",
    ),
    pytest.param(
        LETTER.format(last="我局将抓紧实施。")
        + "如您对本答复内容仍有不清楚之处，请您直接与县水利局河湖管理股联系，"
        "电话：0000-5550141。\n",
        id="under-the-date-after-a-long-condition",
    ),
    pytest.param(
        LETTER.format(last=SENTENCE) + "联系电话：0000-5550141\n", id="phone-again-under-the-date"
    ),
    pytest.param(
        LETTER.format(last=SENTENCE) + "（联系电话：0000-5550141）\n",
        id="phone-again-in-brackets",
    ),
]


@pytest.mark.parametrize("letter", WHERE_COPIES_LEAVE_IT)
def test_the_sentence_where_copies_leave_it(letter: str) -> None:
    record = parse_text(letter)
    assert (record.signature.issuer, record.signature.date) == ("梅岭县水利局", "2031-05-08")
    assert [(c.name, c.org, c.phone) for c in record.contacts] == OFFICE
    assert span_problems(record) == []


def test_a_person_the_sentence_names_keeps_his_office_under_his_phone_again() -> None:
    last = "此件由县水利局办理，联系人蒋某某，电话0000-5550141。"
    record = parse_text(LETTER.format(last=last) + "联系电话：0000-5550141\n")
    assert [(c.name, c.org, c.phone) for c in record.contacts] == [
        ("蒋某某", "县水利局", "0000-5550141")
    ]


STILL_NOTHING_NEW = [
    # (a sentence of the answer after the phone: the paragraph goes on)
    pytest.param(SENTENCE + "我局将继续推进清淤工作。", id="answer-goes-on-after-it"),
    # (a stop between the clause and the phone's label: no phone given right after)
    pytest.param("如有疑问，请与县水利局河湖管理股联系。联系电话：0000-5550141", id="stop-before"),
]


@pytest.mark.parametrize("last", STILL_NOTHING_NEW)
def test_the_office_goes_with_no_phone_but_its_own(last: str) -> None:
    assert (None, "县水利局河湖管理股", "0000-5550141") not in _contacts(last)


# Decided (left63): a stop between the clause and the phone's label ends the sentence; the
# label opens a contact line of its own (so where the letter writes it on the next line, and
# in copies that lost the line breaks): the phone alone, whichever office the clause named,
# as the letter's own words before a comma give it.
STOP_BETWEEN = [
    pytest.param("如有疑问，请与县水利局河湖管理股联系。联系电话：0000-5550141。", id="office"),
    pytest.param("如有疑问，请与我局联系。电话：0000-5550141。", id="own-words"),
    pytest.param(
        "如有疑问，请与县水利局河湖管理股联系。\n联系电话：0000-5550141。", id="next-line"
    ),
]


@pytest.mark.parametrize("copy", ["lined", "blanks", "glued"])
@pytest.mark.parametrize("last", STOP_BETWEEN)
def test_a_stop_between_gives_the_phone_alone(last: str, copy: str) -> None:
    text = LETTER.format(last=last)
    if copy != "lined":
        text = (" " if copy == "blanks" else "").join(text.split("\n"))
    record = parse_text(text)
    assert (record.signature.issuer, record.signature.date) == ("梅岭县水利局", "2031-05-08")
    assert [(c.name, c.org, c.phone) for c in record.contacts] == [(None, None, "0000-5550141")]
    assert span_problems(record) == []


def test_own_words_read_alike_over_a_comma_and_a_stop() -> None:
    comma = _contacts("如有疑问，请与我局联系，电话：0000-5550141。")
    assert comma == _contacts("如有疑问，请与我局联系。电话：0000-5550141。")
    assert comma == [(None, None, "0000-5550141")]


def test_a_body_sentence_under_the_date_stays_no_closing() -> None:
    record = parse_text(
        LETTER.format(last="我局将抓紧实施。") + "我局将继续与县财政局联系，争取资金。\n"
    )
    assert record.contacts == []


@pytest.mark.parametrize("ask", ["请", "可", "可以", "欢迎", "或", "也可", "也可以", "亦可"])
@pytest.mark.parametrize("link", ["与", "和", "同", "向"])
@pytest.mark.parametrize("lead", ["", "如有疑问，", "（", "（如您对本答复内容仍有不清楚之处，"])
def test_the_gate_under_the_date_lets_every_opening_of_the_clause_through(
    lead: str, ask: str, link: str
) -> None:
    # (review61a: the gate before closing._SENT_TO_LINE reads what the pattern reads)
    line = f"{lead}{ask}{link}县水利局河湖管理股联系，电话：0000-5550141。"
    assert closing._SENT_TO_LINE.match(line) is not None
    assert line[:1] in closing._SENT_TO_FIRSTS


# Decided (contacts62): a copy that lost its line breaks is still cut before the phone's
# label after a clause with its verb first (…，欢迎及时联系我中心， / 联系电话：…), the
# contact read over that break: the closing under it reads as it did, so the page's cut
# signature (a place alone after 特此函复) signs nothing, and a whole one signs as before.
HEAD_ONLY = LETTER.split("{last}")[0]
OWN_SENTENCE = "如有意见，欢迎及时联系我中心，联系电话：0000-5550141。\n"


@pytest.mark.parametrize("sep", [" ", ""], ids=["blanks", "glued"])
@pytest.mark.parametrize(
    ("closing_lines", "signed"),
    [
        ("特此函复\n甲山市", (None, None)),
        ("梅岭县水利局\n2031年5月8日", ("梅岭县水利局", "2031-05-08")),
    ],
    ids=["page-cut-after-a-place", "whole-signature"],
)
def test_a_flat_copy_reads_the_phone_and_its_closing_as_before(
    sep: str, closing_lines: str, signed: tuple[str | None, str | None]
) -> None:
    record = parse_text((HEAD_ONLY + OWN_SENTENCE + closing_lines).replace("\n", sep))
    assert (record.signature.issuer, record.signature.date) == signed
    assert [(c.name, c.org, c.phone) for c in record.contacts] == [(None, None, "0000-5550141")]
    assert span_problems(record) == []


# Review62d: two verbs after the office (联系或咨询, 咨询或反映, 沟通联系) end the clause
# that names it: the office the contact's org, no verb of the pair its name (contacts62's
# verb-first clause read 或咨询 alone and gave the phone with no office; fix88 read
# 咨询或 as a person)
TWO_VERBS = [
    pytest.param("如有疑问，请与县水利局河湖管理股联系或咨询，电话：0000-5550141。", id="or-ask"),
    pytest.param(
        "如有疑问，可与县水利局河湖管理股联系或来电咨询，电话：0000-5550141。", id="or-call"
    ),
    pytest.param(
        "如有疑问，可向县水利局河湖管理股咨询或反映，联系电话：0000-5550141。", id="ask-or-tell"
    ),
    pytest.param("如有疑问，请及时与县水利局河湖管理股沟通联系，电话：0000-5550141。", id="pair"),
]


@pytest.mark.parametrize("last", TWO_VERBS)
def test_two_verbs_after_the_office_keep_the_office(last: str) -> None:
    assert _contacts(last) == [(None, "县水利局河湖管理股", "0000-5550141")]


@pytest.mark.parametrize("sep", [" ", ""], ids=["blanks", "glued"])
def test_two_verbs_after_the_office_in_a_flat_copy(sep: str) -> None:
    text = LETTER.format(last="如有疑问，请与县水利局河湖管理股联系或咨询，电话：0000-5550141。")
    record = parse_text(sep.join(text.splitlines()) + "\n")
    assert [(c.name, c.org, c.phone) for c in record.contacts] == [
        (None, "县水利局河湖管理股", "0000-5550141")
    ]
