"""A letter with no salutation (a reply to a unit, a copy that lost its 主送 line) whose head
is its title, its authority's name and its 发文字号 (a class mark after it, on its own line
or the number's), over the opening sentence (…收悉，现答复如下：): the lines between the title
and the opening are the header, as they are over a salutation, so the number is the
letter's own (not a reference the body cites) and the class mark its handling type. An
earlier round read no header under the title when the authority's name stood first: the
number fell into the body. Flattened copies read the same (the glued one: the opening
starts after the number and its mark; its title as the glued copy with a salutation reads it). Snippets invented (names made up)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES, glued

TITLE = "甲山县交通局关于王某代表建议的答复"
AUTHORITY = "甲山县交通局"
NUMBER = "甲交函〔2099〕3号"
BODY = (
    "您提出的关于治理河道的建议收悉，现答复如下：\n我局已加强巡查。\n甲山县交通局\n2099年5月6日\n"
)

# (the head's lines over the opening, the handling type they give)
HEADS = [
    pytest.param([TITLE, AUTHORITY, NUMBER], None, id="title-authority-number"),
    pytest.param([TITLE, AUTHORITY, NUMBER, "A"], "A", id="class-line-after"),
    pytest.param([TITLE, AUTHORITY, NUMBER + "  B类"], "B", id="class-on-number-line"),
    pytest.param([TITLE, NUMBER, AUTHORITY], None, id="title-number-authority"),
    pytest.param([NUMBER, TITLE, AUTHORITY], None, id="number-before-title"),
    pytest.param([TITLE, NUMBER, "A"], "A", id="title-number-class"),
]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(("head", "handling"), HEADS)
def test_number_under_title_without_salutation(
    head: list[str], handling: str | None, flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten("\n".join(head) + "\n" + BODY), keywords=False)
    assert letter.doc_number is not None
    assert (letter.doc_number.text, letter.doc_number.prefix) == (NUMBER, "甲交函")
    assert (letter.doc_number.year, letter.doc_number.serial) == (2099, 3)
    # the title as with a salutation (a glued copy parts the authority that opens it from
    # it when the number follows it, with a salutation or not)
    greeted = parse_text(flatten("\n".join([*head, "王某代表："]) + "\n" + BODY), keywords=False)
    assert letter.title == greeted.title
    if flatten is str:
        assert letter.title == TITLE
    assert letter.proposal.title == "关于治理河道的建议"
    assert letter.handling_type == handling
    assert letter.references == []
    assert letter.salutation is None
    assert letter.issuer == AUTHORITY


# The lined letter's parts: the head's lines all header, the body from the opening.
def test_head_lines_are_header() -> None:
    from replyparse.layout import segment
    from replyparse.resegment import resegment
    from replyparse.textview import TextView

    text = "\n".join([TITLE, AUTHORITY, NUMBER, "A"]) + "\n" + BODY
    layout = segment(resegment(TextView(text)))
    assert [line.text for line in layout.header] == [AUTHORITY, NUMBER, "A"]
    assert layout.body[0].text.startswith("您提出的")


# Near misses. A body whose first line cites a number (the authority's name over it, the
# opening's words after it): no header, the number a reference.
CITING = [
    pytest.param("根据甲政发〔2099〕3号文件精神，现答复如下：", id="cites-then-reply-follows"),
    pytest.param("根据甲政发〔2099〕3号文件，您提出的建议收悉。", id="cites-then-received"),
]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("first", CITING)
def test_body_citing_a_number_stays_body(first: str, flatten: Callable[[str], str]) -> None:
    head = "\n".join([TITLE, AUTHORITY, first])
    text = head + "\n我局已加强巡查。\n甲山县交通局\n2099年5月6日\n"
    letter = parse_text(flatten(text), keywords=False)
    assert letter.doc_number is None
    assert [ref.text for ref in letter.references] == ["甲政发〔2099〕3号"]


# A letter with its salutation reads as before; so does one with no title.
@pytest.mark.parametrize("flatten", COPIES)
def test_with_salutation_unchanged(flatten: Callable[[str], str]) -> None:
    text = "\n".join([TITLE, AUTHORITY, NUMBER, "王某代表："]) + "\n" + BODY
    letter = parse_text(flatten(text), keywords=False)
    assert letter.doc_number is not None and letter.doc_number.text == NUMBER
    assert letter.salutation == "王某代表："
    assert letter.title == TITLE


@pytest.mark.parametrize("flatten", COPIES)
def test_no_title(flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten("\n".join([AUTHORITY, NUMBER]) + "\n" + BODY), keywords=False)
    assert letter.doc_number is not None and letter.doc_number.text == NUMBER
    assert letter.title is None
    assert letter.proposal.title == "关于治理河道的建议"


# Another unit's name alone over the opening is the body the letter answers (its
# salutation without the colon), no header, the number above it the header's all the same.
def test_other_unit_over_opening_is_addressed() -> None:
    text = "\n".join([TITLE, NUMBER, "乙河市水务局"]) + "\n" + BODY
    letter = parse_text(text, keywords=False)
    assert letter.doc_number is not None and letter.doc_number.text == NUMBER
    assert letter.salutation == "乙河市水务局"


# The same right under the title, no authority's name between (head73): the line's words
# beside the number make a sentence (a comma, a verb of citing before it), so it is the
# body's first line, no 发文字号 line; the glued copy's title ends before the verb of citing
# as before an opening (…的答复根据…，现答复如下：).
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("first", CITING)
def test_citing_line_right_under_title(first: str, flatten: Callable[[str], str]) -> None:
    text = "\n".join([TITLE, first]) + "\n我局已加强巡查。\n甲山县交通局\n2099年5月6日\n"
    letter = parse_text(flatten(text), keywords=False)
    assert letter.doc_number is None
    assert [ref.text for ref in letter.references] == ["甲政发〔2099〕3号"]
    assert letter.title == TITLE


# A number's line with a class mark's note in brackets (its comma inside them) stays the
# letter's own number.
@pytest.mark.parametrize("flatten", COPIES)
def test_number_with_bracketed_note_under_title(flatten: Callable[[str], str]) -> None:
    text = "\n".join([TITLE, NUMBER + "（A类，公开）", "王某代表："]) + "\n" + BODY
    letter = parse_text(flatten(text), keywords=False)
    assert letter.doc_number is not None and letter.doc_number.text == NUMBER
    assert letter.handling_type == "A"
    # (a glued copy parts the authority that opens the title from it, as above)
    assert letter.title is not None and TITLE.endswith(letter.title)


# The letter's own authority's name alone under the title, no number or mark with it and no
# salutation (head73): the header's line, as where a number follows it (nosalut72 left it
# the body's first line); the body opens with the opening sentence.
BARE_TITLE = "关于王某代表建议的答复"


@pytest.mark.parametrize("flatten", COPIES)
def test_own_name_alone_under_title_is_header(flatten: Callable[[str], str]) -> None:
    from replyparse.layout import segment
    from replyparse.resegment import resegment
    from replyparse.textview import TextView

    text = "\n".join([BARE_TITLE, AUTHORITY]) + "\n" + BODY
    layout = segment(resegment(TextView(flatten(text))))
    assert [line.text for line in layout.header] == [AUTHORITY]
    assert [line.text for line in layout.title] == [BARE_TITLE]
    assert layout.body[0].text.startswith("您提出的")
    letter = parse_text(flatten(text), keywords=False)
    assert (letter.issuer, letter.title, letter.salutation) == (AUTHORITY, BARE_TITLE, None)
    assert letter.issuer_span is not None and letter.issuer_span[0] < len(BARE_TITLE) + 2


# The head's number over the title, or an opening that says the reply follows after a
# clause of its own (经研究，现答复如下：), glued with nothing between the lines (head73):
# the opening starts where it would with 您提出的…收悉 after the head, so the number is
# the letter's own (an earlier round read the whole head into the body: no title, the
# number a reference).
OPENINGS = [
    pytest.param("您提出的关于治理河道的建议收悉，现答复如下：", id="received"),
    pytest.param("经研究，现答复如下：", id="studied-then-follows"),
    pytest.param("根据有关规定，现将办理情况答复如下：", id="rules-then-follows"),
]
GLUED_HEADS = [
    pytest.param([AUTHORITY, BARE_TITLE, NUMBER], id="authority-title-number"),
    pytest.param([AUTHORITY, NUMBER, BARE_TITLE], id="authority-number-title"),
    pytest.param([NUMBER, BARE_TITLE], id="number-title"),
    pytest.param([NUMBER + "B类", BARE_TITLE], id="number-class-title"),
]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("opening", OPENINGS)
@pytest.mark.parametrize("head", GLUED_HEADS)
def test_head_then_opening_without_salutation(
    head: list[str], opening: str, flatten: Callable[[str], str]
) -> None:
    text = "\n".join([*head, opening]) + "\n我局已加强巡查。\n甲山县交通局\n2099年5月6日\n"
    letter = parse_text(flatten(text), keywords=False)
    assert letter.doc_number is not None and letter.doc_number.text == NUMBER
    assert letter.title == BARE_TITLE
    assert (letter.issuer, letter.salutation, letter.references) == (AUTHORITY, None, [])


# The letter's own number with a header element after a comma on its line (mend73a): a
# class mark, a note of publication, the signer's row, the date, the authority's name: the
# comma parts them as a blank would, no sentence, so the number is the letter's own and the
# title over it whole (head73 read such a line as the body's first, the number a reference,
# and the title ran on into it and lost its 的答复). With a salutation under it or none.
OWN_LINES = [
    pytest.param([TITLE, NUMBER + "，B类"], id="class-after-comma"),
    pytest.param([TITLE, NUMBER + "，A类"], id="class-a-after-comma"),
    pytest.param([TITLE, NUMBER + "，主动公开"], id="publicity-after-comma"),
    pytest.param([TITLE, NUMBER + "，签发人：李小明"], id="signer-after-comma"),
    pytest.param([TITLE, NUMBER + "，" + AUTHORITY], id="authority-after-comma"),
    pytest.param([NUMBER + "，2099年5月6日", TITLE], id="number-first-date-after-comma"),
]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "greeting",
    [pytest.param([], id="no-salutation"), pytest.param(["王某代表："], id="salutation")],
)
@pytest.mark.parametrize("head", OWN_LINES)
def test_own_number_with_element_after_comma(
    head: list[str], greeting: list[str], flatten: Callable[[str], str]
) -> None:
    text = "\n".join([*head, *greeting]) + "\n" + BODY
    letter = parse_text(flatten(text), keywords=False)
    assert letter.doc_number is not None and letter.doc_number.text == NUMBER
    assert letter.references == []
    assert letter.title is not None and letter.title.endswith("关于王某代表建议的答复")
    if flatten is str:
        assert letter.title == TITLE


# Near miss: a comma after the number before words that are no header element (…5号，现已
# 办结) still makes a sentence on the kept lines: the number a reference, as head73 read it;
# the title over it keeps its 的答复 all the same (the number's code opens at no reply's
# ending). Flattened with blanks, the same (left74a: the names start after the last blank
# before them, the words after the comma the number's line's; an earlier round read the
# number as the letter's own and `，现已办结` into the salutation). Glued with nothing between
# the lines, where the words end is not told: still read as the head's number, as before.
@pytest.mark.parametrize("flatten", COPIES[:2])
def test_sentence_after_comma_stays_body(flatten: Callable[[str], str]) -> None:
    text = "\n".join([BARE_TITLE, NUMBER + "，现已办结", "王某代表："]) + "\n" + BODY
    letter = parse_text(flatten(text), keywords=False)
    assert letter.doc_number is None
    assert [ref.text for ref in letter.references] == [NUMBER]
    assert letter.title == BARE_TITLE
    assert letter.salutation == "王某代表："


# (left74a) The class after the comma is the letter's handling type on the kept lines too,
# as flattened (mend73a read it so only where the copy cut the line at the comma); and the
# authority's name after the comma is no part of the salutation under it in a copy flattened
# with blanks (an earlier round read `，甲山县交通局 王某代表：` as the salutation).
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    ("after", "handling"),
    [
        pytest.param("，B类", "B", id="class"),
        pytest.param("，" + AUTHORITY, None, id="authority"),
    ],
)
def test_element_after_comma_over_salutation(
    after: str, handling: str | None, flatten: Callable[[str], str]
) -> None:
    text = "\n".join([BARE_TITLE, NUMBER + after, "王某代表："]) + "\n" + BODY
    letter = parse_text(flatten(text), keywords=False)
    assert letter.doc_number is not None and letter.doc_number.text == NUMBER
    assert letter.handling_type == handling
    assert letter.title == BARE_TITLE
    if flatten is not glued:  # (glued: where the name ends and the names open is not told)
        assert letter.salutation == "王某代表："


# The class and a note of publication after it, each after its comma: the same, lined and
# flattened with blanks (glued, two commas after the number still leave it unread: the
# number is read from the title's 答复 on, as before).
@pytest.mark.parametrize("flatten", COPIES[:2])
def test_class_and_publicity_after_commas(flatten: Callable[[str], str]) -> None:
    text = "\n".join([BARE_TITLE, NUMBER + "，A类，主动公开", "王某代表："]) + "\n" + BODY
    letter = parse_text(flatten(text), keywords=False)
    assert letter.doc_number is not None and letter.doc_number.text == NUMBER
    assert (letter.handling_type, letter.title, letter.salutation) == (
        "A",
        BARE_TITLE,
        "王某代表：",
    )


# Near miss: a class the sentence after the number names (…3号，列为A类) is no mark.
def test_class_named_in_a_sentence_after_comma() -> None:
    text = "\n".join([BARE_TITLE, NUMBER + "，列为A类", "王某代表："]) + "\n" + BODY
    assert parse_text(text, keywords=False).handling_type is None


# (head75) Nor a class mark with a clause's words glued after it (…3号，A类项目已列入计划):
# the mark is a word of the sentence, which makes the number a cited one; flattened with
# blanks, the names open after the last blank, as after the comma with no mark (an earlier
# round parted `A类` off as the class and read `项目已列入计划` into the salutation). Glued
# with nothing between the lines nothing tells where the clause ends: left.
@pytest.mark.parametrize("flatten", COPIES[:2])
def test_class_word_inside_a_clause_after_comma(flatten: Callable[[str], str]) -> None:
    text = "\n".join([BARE_TITLE, NUMBER + "，A类项目已列入计划", "王某代表："]) + "\n" + BODY
    letter = parse_text(flatten(text), keywords=False)
    assert letter.handling_type is None
    assert (letter.salutation, letter.title) == ("王某代表：", BARE_TITLE)
    assert letter.doc_number is None
    assert [ref.text for ref in letter.references] == [NUMBER]


# (mend74a) Nor a class a sentence after the comma names where a verb cites the number
# (按照某政发〔2099〕3号，B类事项由…): the sentence's, in a flattened copy that cuts its line
# at 类 as on the kept lines (left74a read the class as the letter's handling type).
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "line",
    [
        pytest.param("按照甲政发〔2099〕3号，B类事项由县交通局牵头办理", id="cited-class-noun"),
        pytest.param("根据甲政发〔2099〕3号，A类、B类项目分别补助", id="cited-classes"),
        pytest.param("依据甲政发〔2099〕3号，C类道路纳入改造", id="cited-road"),
    ],
)
def test_class_after_a_cited_number_comma(line: str, flatten: Callable[[str], str]) -> None:
    text = "\n".join([BARE_TITLE, line, "王某代表："]) + "\n" + BODY
    assert parse_text(flatten(text), keywords=False).handling_type is None


# (left74a) A sentence citing a number right under the title, opened by any verb of citing
# (按照, 遵照, 参照, 对照 as 根据 and 依据), the number's code holding 函 or not: the title ends
# at its ending in a flattened copy, where the opening follows (…，现答复如下：, …收悉), or
# where the sentence ends before the salutation (an earlier round read no title there, or
# the title with the verb and the code in it, the number the letter's own).
CITING_VERBS = ["根据", "按照", "依据", "遵照", "参照", "对照"]
CITED_SENTENCES = [
    pytest.param(
        "{verb}甲政发〔2099〕3号要求，您提出的关于治理河道的建议收悉。", [], id="received"
    ),
    pytest.param("{verb}甲山交函〔2099〕3号要求，现将办理情况答复如下：", [], id="code-with-han"),
    pytest.param(
        "{verb}甲政发〔2099〕3号要求，我局认真办理了代表建议。", ["王某代表："], id="sentence"
    ),
]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("verb", CITING_VERBS)
@pytest.mark.parametrize(("sentence", "greeting"), CITED_SENTENCES)
def test_citing_sentence_under_title(
    sentence: str, greeting: list[str], verb: str, flatten: Callable[[str], str]
) -> None:
    first = sentence.format(verb=verb)
    body = BODY if greeting else "我局已加强巡查。\n甲山县交通局\n2099年5月6日\n"
    rest = "\n".join([first, *greeting]) + "\n" + body
    letter = parse_text(flatten(BARE_TITLE + "\n" + rest), keywords=False)
    assert letter.title == BARE_TITLE
    if not greeting:
        assert letter.doc_number is None


# (head75) The number such a sentence cites over the salutation is no letter's own either,
# on the kept lines and flattened, a title over it or none: the sentence cites it (an earlier
# round read any number in the lines over the salutation as the letter's own).
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("verb", CITING_VERBS)
@pytest.mark.parametrize(
    "head", [pytest.param([BARE_TITLE], id="titled"), pytest.param([], id="no-title")]
)
def test_citing_sentence_over_salutation(
    head: list[str], verb: str, flatten: Callable[[str], str]
) -> None:
    sentence = f"{verb}甲交函〔2099〕3号要求，我局认真办理了代表建议。"
    text = "\n".join([*head, sentence, "王某代表："]) + "\n" + BODY
    letter = parse_text(flatten(text), keywords=False)
    assert letter.doc_number is None
    assert [ref.text for ref in letter.references] == ["甲交函〔2099〕3号"]
    assert letter.salutation == "王某代表："
    assert letter.title == (BARE_TITLE if head else None)


# (head75) A verb of citing and a number with no words after it, under the title's reply
# ending on a line of their own or glued to it (…的答复按照甲交函〔2099〕5号): the number's
# line, its verb a lead word no part of the number (as 根据（投资）发〔2023〕74号 alone), the
# title whole before it. The code's 函 right before the bracket is no reply's ending (an
# earlier round ended the title there: …的答复按照甲交函, the number with no code).
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "head",
    [
        pytest.param([BARE_TITLE, "按照甲交函〔2099〕5号"], id="own-line"),
        pytest.param([BARE_TITLE + "按照甲交函〔2099〕5号"], id="title-line"),
    ],
)
def test_citing_verb_and_number_alone_under_title(
    head: list[str], flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten("\n".join([*head, "王某代表："]) + "\n" + BODY), keywords=False)
    assert letter.title == BARE_TITLE
    assert letter.doc_number is not None and letter.doc_number.text == "甲交函〔2099〕5号"
    assert letter.salutation == "王某代表："


# (mend75a) So with the head's rows after the number, on its line or under it, glued or after
# a blank (…5号 / A类, …5号  A类, …5号 / 公开属性：主动公开, …5号 / 签发人：李小明): their
# lines, the number the letter's own and the title whole, as on the kept lines (head75's round
# read no title flattened, and glued the number as a reference, the rows after it a sentence's
# words; the round before read the title `…的答复根据甲交函` and the number `〔2099〕5号`).
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    ("head", "handling", "public"),
    [
        pytest.param([BARE_TITLE, "根据甲交函〔2099〕5号", "A类"], "A", None, id="class-under"),
        pytest.param([BARE_TITLE, "根据甲交函〔2099〕5号  A类"], "A", None, id="class-beside"),
        pytest.param([BARE_TITLE + "按照甲交函〔2099〕5号", "B类"], "B", None, id="title-line"),
        pytest.param(
            [BARE_TITLE, "按照甲交函〔2099〕5号", "公开属性：主动公开"], None, True, id="public"
        ),
        pytest.param(
            [BARE_TITLE, "按照甲交函〔2099〕5号", "签发人：李小明"], None, None, id="signer"
        ),
    ],
)
def test_citing_verb_and_number_with_head_rows_after(
    head: list[str], handling: str | None, public: bool | None, flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten("\n".join([*head, "王某代表："]) + "\n" + BODY), keywords=False)
    assert letter.title == BARE_TITLE
    assert letter.doc_number is not None and letter.doc_number.text == "甲交函〔2099〕5号"
    assert letter.references == []
    assert (letter.handling_type, letter.public) == (handling, public)


# (left74a) A title broken before a number it cites, or after it (关于落实 / 甲政发〔2099〕3号
# 文件精神的建议的答复, 关于落实甲政发〔2099〕3号 / 文件精神的建议的答复): one title, the number a
# reference, lined and flattened (an earlier round read the number's line as the header's and
# the title as its second line alone, lined and flattened with blanks).
AFTER_NUMBER = ["关于落实甲政发〔2099〕3号", "文件精神的建议的答复"]
BEFORE_NUMBER = ["关于落实", "甲政发〔2099〕3号文件精神的建议的答复"]
AUTHORITY_FIRST = ["甲山县交通局关于落实", "甲政发〔2099〕3号文件精神的建议的答复"]


@pytest.mark.parametrize(
    ("lines", "flatten"),
    [
        *(pytest.param(AFTER_NUMBER, c.values[0], id=f"after-number-{c.id}") for c in COPIES),
        *(pytest.param(BEFORE_NUMBER, c.values[0], id=f"before-number-{c.id}") for c in COPIES),
        *(pytest.param(AUTHORITY_FIRST, c.values[0], id=f"authority-{c.id}") for c in COPIES),
    ],
)
def test_title_wrapped_at_a_cited_number(lines: list[str], flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten("\n".join([*lines, "王某代表："]) + "\n" + BODY), keywords=False)
    assert letter.title is not None
    assert letter.title.endswith("关于落实甲政发〔2099〕3号文件精神的建议的答复")
    assert letter.doc_number is None
    assert [ref.text for ref in letter.references] == ["甲政发〔2099〕3号"]


# Every verb of citing before a number right under the title makes the line a sentence's,
# the number cited (one list, elements.CITING_VERBS, as the head's other readings of a cited
# number use: an earlier reading here lacked 对照 and read `对照甲政发〔2099〕3号` as the
# letter's own number, code and all).
@pytest.mark.parametrize("verb", ["根据", "按照", "依据", "依照", "遵照", "参照", "对照"])
def test_every_citing_verb_makes_the_number_cited(verb: str) -> None:
    first = f"{verb}甲政发〔2099〕3号文件要求逐项办理"
    text = "\n".join([TITLE, first]) + "\n我局已加强巡查。\n甲山县交通局\n2099年5月6日\n"
    letter = parse_text(text, keywords=False)
    assert letter.doc_number is None
    assert [ref.text for ref in letter.references] == ["甲政发〔2099〕3号"]
    assert letter.title == TITLE
