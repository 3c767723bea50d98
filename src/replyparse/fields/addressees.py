"""主送: the people and bodies a letter answers, from its salutation line.

``陈锦代表：`` → 陈锦 (代表); ``尊敬的甲、乙等各位代表：`` → 甲, 乙 (代表);
``甲等13位代表：`` (or ``甲13位代表``) → 甲 only; ``甲委员并附议人：`` → 甲 only;
``民盟某市委：`` → a body, role null; ``甲（市人大代表）：`` → 甲 (市人大代表), the role in its
brackets;
``各位代表：`` names nobody, nor does a role alone (``人大代表：``); ``人大代表王某：`` →
王某 (人大代表), the role written before the name; a greeting before the colon or in its
place (``甲委员您好：``, ``甲委员，您好！``) is no name, nor is a role word a copy wrote
twice (``甲委员委员：``), 等 after it (``甲委员等：``) or a note in brackets beside a name
(``甲（领衔）、乙代表：``).
Names are split on the letter's own separators, spaces included, so the original line is
read (the view drops spaces between CJK characters).
"""

from __future__ import annotations

import re

from replyparse import vocab
from replyparse.context import Context, Found, Item
from replyparse.invisible import has_invisible
from replyparse.labels import NAME_WORD
from replyparse.layout import BUTTON, BUTTON_FIRSTS, GREETING_END
from replyparse.model import Addressee, Letter, Span, make_addressee
from replyparse.orgnames import (
    SITE_NAME_LONGEST,
    SPAM_LAST,
    site_name,
    site_name_opening,
    site_or_brand,
    spam_name,
)
from replyparse.textview import (
    COLON_LOOKALIKES,
    DOTTED_NAME,
    DUN_LOOKALIKES,
    FORMAT_CHARS,
    NAME_DOT_LOOKALIKES,
    Line,
    TextView,
)
from replyparse.traditional import GLOSS

# A salutation's opener (尊敬的, 致…), never the first character of a body's name that
# opens with one: 致公党某市委 (the 致公党, a party whose bodies send many 政协 proposals) is
# addressed so, its 致 no 致 of address. A 致 before a polite word opens with it (致尊敬的某代表).
_OPENERS = re.compile(
    f"^(?:致(?=尊敬|敬爱|亲爱))?(?!致公党)(?:{vocab.alternation('salutation_openers')})"
)
_ROLES = vocab.alternation("roles")
# A body's name can end in a role word's letters (代表团, 委员会): these endings win. A
# 政协 sector (市工商联界别, 经济界别) proposes as a body too.
_BODY_END = re.compile(
    rf"(?:代表团|代表组|委员会|工委|常委会|界别|{vocab.alternation('org_suffixes')}"
    r"|代表[（(][团组][）)])$"  # 某镇代表(团): the delegation, its 团 bracketed as optional
)
# X等13位代表, X(等8位)代表, X（等8名）代表, X（8名）代表, X等各位代表, X领衔的11位代表
# (its figures also full-width, as a Word file may type them: X等１３位代表):
# X only.
# A count is written in figures or as a Chinese numeral, never the two mixed, and a numeral
# is written as one is said (三, 十二, 二十, 二十三; never 四二): so a name that ends in a
# numeral's character (李四, 王五, 张三) keeps it before the count (李四2位代表, 王五二位委员
# read 李四 and 王五, not 李 and a count 四2 or 五二).
_FIGURES = r"[0-9０-９]+"
_NUMERAL = r"(?:[一二三四五六七八九两]?十[一二三四五六七八九]?|[一二三四五六七八九两])"
_COUNT = rf"(?:{_FIGURES}|{_NUMERAL})(?:位|名)"
# A count in numerals with no 等 before it never leaves a lone surname as the name (王五十位
# 代表 is 王五 and ten, a letter writes a surname alone as 王代表): a 等-less count in
# numerals needs two characters of names before it.
_COUNT_ALONE = rf"(?:{_FIGURES}|(?<!^[\u4e00-\u9fff]){_NUMERAL})(?:位|名)"
# A role word a copy wrote twice (王某委员委员：) is written once.
_TWICE = "(?:(?P=role))?"
# X9名代表 (等 lost or left out) too, and X等十代表 / X等10代表 (等 and a bare count).
_BARE_COUNT = rf"(?:{_FIGURES}|{_NUMERAL})"
_GROUP = re.compile(
    rf"^(?P<names>.+?)(?:领衔|牵头)?的?"
    rf"(?:[（(]?等(?:{_COUNT}|{_BARE_COUNT}|各位|诸位)?[）)]?|[（(]?{_COUNT_ALONE}[）)]?)"
    rf"(?P<role>{_ROLES}){_TWICE}(?:们)?$"
)
NAME_NOTE = rf"[（(][^（）()]{{0,4}}(?:{vocab.alternation('name_notes')})[^（）()]{{0,4}}[）)]"
"""A note in brackets beside a name that says what the person did, no part of the name:
王某（领衔）, 王某(牵头代表) (data/name_notes.txt); a regex, for use inside others."""
_NOTE_BESIDE = re.compile(NAME_NOTE)
PERSON_NOTE = (
    r"(?<=[\u4e00-\u9fff])[（(](?![等并及和暨与以])[\u4e00-\u9fff]{1,12}(?<!代表)(?<!委员)[）)]"
    r"(?=[、，,等]|代表|委员|$)"
)
"""A note in brackets between a person's name and the role word or the next name, saying
which party, sector or delegation the person is of: 王某（民盟）委员, 王某（九三学社）、李某
委员 (no count, no co-signers, no role in it), or at the end of a text that stops before
the role word; a regex, for use inside others (the salutation's own reading is
:func:`_blanked_before_role`'s)."""
# The co-signers a lead proposer's salutation adds after the role (王某委员并附议人：,
# 王某代表及联名代表, 王某委员和其他提案人, 王某委员（并附议人）): they are not named, so
# they are no addressee; the lead proposer is.
_COSIGNERS = re.compile(
    r"[（(]?(?:并转?|及|和|暨|与|以及)(?:各位|全体|各)?"
    r"(?:(?:附议|联名|共同提案|联署)(?:人|代表|委员|提案人)"
    r"|其他(?:附议|联名|共同提案|联署)?(?:人|代表|委员|提案人))"
    r"们?[）)]?$"
)
# What a salutation writes between the body it addresses and the person it forwards the
# reply to (民盟某市委并转王某委员, 某镇代表团并转李某代表): a separator of the two, as 、 is
# (并转联名代表, the co-signers unnamed, is :data:`_COSIGNERS`').
_FORWARD = "并转"
# A character of each way :data:`_COSIGNERS` opens the co-signers' phrase (以及 holds 及).
_COSIGNED = re.compile("[并及和暨与]")
# (X代表等, X代表等人, X代表等11人: X only; X代表同志, X委员先生: the honorific after the
# role word is no role of its own)
_ONE = re.compile(
    rf"^(?P<name>.+?)(?P<role>{_ROLES}){_TWICE}"
    r"(?:(?<=代表|委员)(?:同志|先生|女士))?"
    rf"(?:们|等人?|等{_BARE_COUNT}[人位名])?$"
)
# The role written in brackets after the name (王某（市人大代表）, 李某(政协委员)): the
# role as written in them, a seat before it too (王某（某区人大代表）).
_ROLE_BESIDE = re.compile(
    rf"^(?P<name>[\u4e00-\u9fff·]{{2,6}})[（(](?P<role>[\u4e00-\u9fff]{{0,8}}?(?:{_ROLES}))[）)]$"
)
# The body that seats the person, written between name and role word: 王某政协某县委员,
# 王某人大某区代表 (name, then 政协/人大 and the place): neither name nor role, the role the
# word after it (委员, 代表).
_SEAT = re.compile(
    r"^(?P<name>[\u4e00-\u9fff·]{2,4}?)(?P<seat>(?:政协|人大)[\u4e00-\u9fff]{1,12})$"
)
# The name's part before a seat (:data:`_SEAT`), however short: what a padded name's last
# piece holds of the name (王 小 明政协某县委员: 明, joined to the pieces before it).
_SEAT_OPEN = re.compile(r"^(?P<name>[\u4e00-\u9fff·]{1,4}?)(?:政协|人大)[\u4e00-\u9fff]")
# The fewest characters :data:`_SEAT` matches (a name of two, 政协 or 人大, one more).
_SEAT_MIN = 5
# What part the person took, written right before the role word (领衔代表王某, 联名代表李某,
# 王某领衔代表, 主办代表…, 协办代表…): no part of the name, nor of the role.
_ACTS = vocab.alternation("role_acts")
_ACT_START = re.compile(f"^(?:{_ACTS})(?=代表|委员|人大代表|政协委员)")
_ACT_END = re.compile(f"(?<=[\u4e00-\u9fff·]{{2}})(?:{_ACTS})$")
_ROLE_ONLY = re.compile(rf"^(?:{_ACTS})?(?:{_ROLES})(?:们)?$")
# The role written before the name (人大代表王某, 尊敬的市政协委员李某, 某县人大代表赵某):
# a deputy's or member's title with its body, the level or place before it kept, or a bare
# 代表 or 委员 after what part the person took (领衔代表王某: 代表); a bare 代表 or 委员
# alone before a name is none.
_ROLE_FIRST = re.compile(
    r"^(?P<role>[\u4e00-\u9fff]{0,6}?(?:人大代表|政协委员)"
    rf"|(?:{_ACTS})(?:代表|委员))(?P<name>[\u4e00-\u9fff·]{{2,4}}?)"
    rf"(?:等(?:{_COUNT}|{_BARE_COUNT}人)?)?$"
)
# The role a group's salutation writes before its names (领衔代表王某等5位代表, 人大代表王某、
# 李某等代表): _ROLE_FIRST's role, no part of the first name.
_ROLE_LEAD = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:人大代表|政协委员)" rf"|(?:{_ACTS})(?:代表|委员)")
# Names each with its role, glued with no separator (王某代表李某代表, 赵某委员钱某委员,
# 王某同志李某同志): read a pair at a time; each name of two to four characters opening
# with a surname.
_PAIR = re.compile(rf"(?P<name>[\u4e00-\u9fff·]{{2,4}}?)(?P<role>{_ROLES})")
_COURTESIES = frozenset(["同志", "先生", "女士"])
"""Role words that are a courtesy, no role: one written before the name says it
(市人大代表王某同志 → 市人大代表)."""
# The letter's own separators between names; blanks part names only where both sides are
# names (a name padded with spaces, 陈  锦, is one).
_SEP = re.compile(r"[、，,；;/]+")
_GAP = re.compile(r"[\s\u3000]+")
_CUT = re.compile(r"[、，,；;/\s\u3000]")  # where _SEP or _GAP may cut
_BLANKS = re.compile(r"\s+")
_NAME_CHARS = re.compile(r"[^\u4e00-\u9fff·A-Za-z（）()]")
_HANZI_NAME = re.compile(r"[\u4e00-\u9fff]+")
# Words that address everyone and name nobody (各位代表：); names hold no blank, so a
# set of them is what the pattern ^(?:…)$ was (a test compares the two).
_COLLECTIVE = frozenset(["各位", "诸位", "全体", "各"])
_SURNAMES = vocab.word_set("surnames")
# The proposers an opening sentence names, before the verb that says they proposed it: the
# role then the names (人大代表王某提出), or the names then the role (王某、李某等代表提出),
# the names opening the sentence or a clause. A report may name them with no role word
# (王某、李某等提出的, 王某等3人联名提出): then 等 or two or more names apart by 、 are wanted,
# and the role is null (not guessed from the session's body).
# (a name whose parts a middle dot parts, 阿某·某某某, as Uyghur, Kazakh and Mongolian names
# are written in Chinese, runs longer: up to eight characters a part, three parts; the view
# reads the dot's look-alikes, 阿某•某某, as ·)
_PERSON = rf"(?:{DOTTED_NAME}|[\u4e00-\u9fff·]{{2,4}}?)"
_PROPOSED_BY = re.compile(
    rf"(?:(?P<role>{_ROLES})(?P<names>{_PERSON}(?:[、，,]{_PERSON})*)"
    rf"|(?:^|(?<=[，,。；：:]))(?P<names2>{_PERSON}(?:[、，,]{_PERSON})*)"
    rf"(?:等(?:{_COUNT})?)?(?P<after>{_ROLES})"
    rf"|(?:^|(?<=[，,。；：:]))(?P<names3>{_PERSON}(?:、{_PERSON})*)"
    rf"(?:(?P<etc>等)(?:{_COUNT}|[0-9一二三四五六七八九十两]+人)?(?:同志)?)?)"
    r"(?:领衔|联名)?(?:提出|所提|提交|提的)"
)
_NAME_IN_LIST = re.compile(r"[^、，,]+")
# The proposers a title names right after its 关于/对 (the letter has no salutation): the
# role then the names (对市政协委员王某等提出的《…》提案的答复), or the names then the role
# (关于对王某代表提出的第45号建议的答复, 对王某、李某委员第12号提案的答复), 等 and a count
# after the names, the session before them (对市某届人大某次会议王某代表第34号建议…) or after
# them, before the asking word (关于对王某代表在市某届人大某次会议上提出的第8号建议…); then
# the asking word, or the item itself (its number, its quoted or 关于… title, its kind
# word). A role is wanted: a title naming a body or no role names no person here.
_TITLE_PROPOSED = re.compile(
    r"(?:关于对?|对)(?:[^，。；：“”《》]{2,24}?会议)?"
    rf"(?:(?P<role>{_ROLES})(?P<names>{_PERSON}(?:[、，,]{_PERSON})*)"
    rf"|(?P<names2>{_PERSON}(?:[、，,]{_PERSON})*)(?:等(?:{_COUNT})?)?(?P<after>{_ROLES}))"
    rf"(?:等(?:{_COUNT})?)?"
    r"(?:在[^，。；：“”《》]{2,24}?会议(?:上|期间|中)?)?"
    r"(?:(?:领衔|联名)?(?:提出|所提|提交|提的)"
    r"|(?=的?第?[0-9０-９一二三四五六七八九十〇○]+号|[《“\"]|关于|的?(?:建议|提案|议案)))"
)
# The proposers in brackets after the item's number or kind word (…第12号建议（王某代表）的
# 答复, …第7号提案(李某、赵某委员)).
_TITLE_NOTED = re.compile(
    rf"(?:号|建议|提案|议案)[（(](?P<names2>{_PERSON}(?:[、，,]{_PERSON})*)"
    rf"(?:等(?:{_COUNT})?)?(?P<after>{_ROLES})(?:等)?[）)]"
)

# A body a title names as the proposer (关于民建市委会提出的第56号提案的答复, 对某县代表团
# 所提建议的答复): after 关于/对 (and after the session's 会议 when one stands before it:
# 对县十八届人大三次会议某镇代表团提出的…), before the asking word; a session or a
# congress (…届…次, 第十八届人民代表大会) is none.
_TITLE_BODY = re.compile(r"(?:关于对?|对)(?P<body>[\u4e00-\u9fff]{4,20}?)(?:提出|所提|提交)")


# A 主送 label that opens the line standing in a salutation's place at the top of the
# letter (主送：王某代表, 主送机关：某局): the addressees after it, the line the salutation.
_SENT_TO = re.compile(r"主送(?:机关|单位|对象)?[ \u3000]*[：:][ \u3000]*(?=\S)")
# A signer's label (签发人：, 核稿人：; the labels of ``leader`` in ``data/labels.tsv``) whose
# colon the salutation follows glued, in a copy that lost its line breaks (签发人：王某李某委员：
# under the title): the first of the names run together is the label's value, no addressee.
_LEADER_LABEL_END = re.compile(
    rf"(?:{vocab.spellings(tuple(e for e in vocab.labels() if e.field == 'leader'))})[：:]$"
)
_LEADER_LABEL_LONGEST = 8  # (主要签发领导： and a character to spare)
# A form's row naming the unit that handles the item, its colon lost (承办单位, 主办单位,
# 协办部门: the labels of a form's or an answering unit's row ending in 单位 or 部门), right
# before the salutation that holds the unit and the names run together (承办单位某县住建局
# 周小岚代表：): the unit is the row's value, the handler, no addressee (decided, left68;
# left69 reads the addressees so).
_HANDLER_LABELS = tuple(
    e
    for e in vocab.labels()
    if e.field in ("form", "contact_org") and e.spelling.endswith(("单位", "部门"))
)
_HANDLER_LABEL_END = re.compile(rf"(?:{vocab.spellings(_HANDLER_LABELS)})[：:]?$")
_HANDLER_LABEL_LONGEST = 8


class Salutation(Found[str]):
    """The 主送 line as written."""

    def place(self, letter: Letter) -> None:
        letter.salutation = self.value
        letter.salutation_span = self.span


class AddresseeFound(Found[Addressee]):
    def place(self, letter: Letter) -> None:
        letter.addressees.append(self.value)


def extract(ctx: Context) -> list[Item]:
    """The salutation and the addressees it names."""
    line = ctx.layout.salutation or _sent_to_line(ctx)
    if line is None:
        return _named_in_opening(ctx) or _named_in_title(ctx) or _named_in_form_row(ctx)
    salutation, span, addressees = find_addressees(ctx.view, line)
    if ctx.layout.addressed:  # 张某代表： / 李某委员：: each line names its own
        addressees = [
            a for part in ctx.layout.addressed for a in find_addressees(ctx.view, part)[2]
        ]
    if len(addressees) > 1 and addressees[0].role is None and _signer_glued(ctx, addressees):
        addressees = addressees[1:]
    found: list[Item] = [Salutation(salutation, span, (line.start, line.end))]
    found += [AddresseeFound(a, a.span) for a in addressees]
    return found


def _signer_glued(ctx: Context, addressees: list[Addressee]) -> bool:
    """Whether the first of ``addressees`` is the letter's own signing authority glued
    before the names it answers (``…的答复某县水利局王某代表：``, the authority's line of a
    page run together with the salutation): a body with no role, no gap or separator
    before the person after it, that the letter signs with (its signature's authority) or
    that heads its title (某县水利局关于…). A letter never addresses itself; a body the
    letter does not sign with (民革某市委员会王某委员) stays an addressee."""
    first, second = addressees[0].span, addressees[1].span
    if first is None or second is None or first[1] != second[0]:
        return False
    name = addressees[0].name
    signed = "".join(_BLANKS.sub("", ln.text) for ln in ctx.layout.signature_issuer)
    if signed and (signed == name or signed.endswith(name)):
        return True
    heading = "".join(ln.text for ln in ctx.layout.title)
    return heading.startswith((f"{name}关于", f"{name}对"))


def _sent_to_line(ctx: Context) -> Line | None:
    """The line a 主送 label opens (:data:`_SENT_TO`), with a value after it, in the header
    or first in the body: the salutation of a letter that has none of its own."""
    for line in (*ctx.layout.header, *ctx.layout.body[:1]):  # (主送机关：, no header label)
        if line.text.startswith("主送") and _SENT_TO.match(line.text):
            return line
    return None


def _named_in_opening(ctx: Context) -> list[Item]:
    """A letter with no salutation answers the people its opening sentence names as the
    proposers: ``人大代表王某提出的…``, ``王某、李某等代表提出的…``. A body is never named
    so (it has its salutation line)."""
    if not ctx.layout.body:
        return []
    line = ctx.layout.body[0]
    text = line.text
    for m in _PROPOSED_BY.finditer(text):
        group = next(g for g in ("names", "names2", "names3") if m.group(g))
        names = [(n.group(), n.start()) for n in _NAME_IN_LIST.finditer(m.group(group))]
        if not names or any(not opens_with_surname(name) for name, _ in names):
            continue
        if group == "names3" and not m.group("etc") and len(names) < 2:
            continue  # one name and no role word: 某局提出的 is no person
        role = m.group("role") or m.group("after")
        base = line.start + m.start(group)
        out: list[Item] = []
        for name, at in names:
            span = ctx.span(base + at, base + at + len(name))
            value = make_addressee(
                {
                    "name": _named(ctx, base + at, base + at + len(name), name),
                    "role": role,
                    "span": span,
                }
            )
            out.append(AddresseeFound(value, span))
        return out
    return []


# A 办理单's row naming the proposers in the header of a letter with no salutation
# (代表姓名：王某、李某, 委员姓名：王某): the label says the role. (A 领衔代表 row stays no
# addressee, as decided earlier: tests/test_addressees_role_before_names.py.)
_FORM_ROW = re.compile(
    rf"(?:(?P<deputy>代表{NAME_WORD})|(?P<member>委员{NAME_WORD}))"
    r"[ \u3000]*[：:][ \u3000]*"
)
_FORM_NAME = re.compile(r"[^、，,；;\s]+")


def _named_in_form_row(ctx: Context) -> list[Item]:
    """A letter with no salutation whose opening and title name nobody answers the people a
    form's row in its header names (:data:`_FORM_ROW`), each name two to four characters
    opening with a surname; none when one of them is not such a name."""
    for line in ctx.layout.header:
        m = _FORM_ROW.match(line.text)
        if m is None:
            continue
        role = "代表" if m.group("deputy") else "委员"
        names = list(_FORM_NAME.finditer(line.text, m.end()))
        if not names or any(
            not 2 <= len(n.group()) <= 4 or not opens_with_surname(n.group()) for n in names
        ):
            return []
        out: list[Item] = []
        for n in names:
            span = ctx.span(line.start + n.start(), line.start + n.end())
            value = make_addressee({"name": n.group(), "role": role, "span": span})
            out.append(AddresseeFound(value, span))
        return out
    return []


def _named_in_title(ctx: Context) -> list[Item]:
    """A letter with no salutation whose opening names nobody answers the people its title
    names as the proposers (:data:`_TITLE_PROPOSED`), each name opening with a surname."""
    for line in ctx.layout.title:
        text = line.text
        for m in _title_proposers(text):
            named = m.groupdict()
            group = "names" if named.get("names") else "names2"
            found = [(n.group(), n.start()) for n in _NAME_IN_LIST.finditer(m.group(group))]
            if not found or any(
                not opens_with_surname(name) or name[:2] in _COLLECTIVE for name, _ in found
            ):
                continue  # (全体代表, 诸位委员: 全 and 诸 are surnames too)
            role = named.get("role") or m.group("after")
            base = line.start + m.start(group)
            out: list[Item] = []
            for name, at in found:
                span = ctx.span(base + at, base + at + len(name))
                value = make_addressee(
                    {
                        "name": _named(ctx, base + at, base + at + len(name), name),
                        "role": role,
                        "span": span,
                    }
                )
                out.append(AddresseeFound(value, span))
            return out
        if "提" in text and (body := _body_in_title(ctx, line)):  # (提出, 所提, 提交 hold 提)
            return body
    return []


def _title_proposers(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_TITLE_PROPOSED` (each opens with 对 or 关于), then of
    :data:`_TITLE_NOTED` (each holds a bracket)."""
    found = list(_TITLE_PROPOSED.finditer(text)) if "对" in text or "关于" in text else []
    if "（" in text or "(" in text:
        found.extend(_TITLE_NOTED.finditer(text))
    return found


def _body_in_title(ctx: Context, line: Line) -> list[Item]:
    """The body a title line names as the proposer (:data:`_TITLE_BODY`), as one item."""
    text = line.text
    for m in _TITLE_BODY.finditer(text):
        # the session named before the body (…三次会议某镇代表团) is not its name
        named = m.group("body")
        at = m.start("body") + (named.rfind("会议") + 2 if "会议" in named else 0)
        body = text[at : m.end("body")]
        if _is_body(body) and "届" not in body and "次" not in body:
            span = ctx.span(line.start + at, line.start + m.end("body"))
            return [
                AddresseeFound(make_addressee({"name": body, "role": None, "span": span}), span)
            ]
    return []


def opens_with_surname(name: str) -> bool:
    """Whether ``name`` reads as a person's: it opens with a common surname, or its parts
    are parted by a middle dot (阿某·某某: the names the dot parts open with no surname)."""
    return (
        name[:1] in _SURNAMES or name[:2] in _SURNAMES or _DOTTED_NAME.fullmatch(name) is not None
    )


_DOTTED_NAME = re.compile(DOTTED_NAME)


def _named(ctx: Context, start: int, end: int, name: str) -> str:
    """``name``, read in the view at ``start``, as the letter wrote it where a middle dot
    parts it (阿某•某某: the view reads the dot's look-alikes as ·); else as read."""
    return "".join(ctx.view.written(start, end).split()) if "·" in name else name


_COLONS = "：:，,；;" + "".join(COLON_LOOKALIKES)
"""The colon a salutation ends with, as written (the view reads each look-alike as ：), or
the comma or semicolon a salutation's line may end with in its place."""


_DUN_TABLE = str.maketrans(DUN_LOOKALIKES)
"""The look-alikes of 、 a salutation may part its names with, read as 、 (one for one)."""


# A web page's tool glued before the salutation's names, in a copy that kept the page's
# tools as text (打印王某代表：, 【关闭】李某委员：, 分享到：王某代表：): a button's word,
# in its brackets or not, which no name holds; the names (and the 主送 line) start after it.
# Asked only where a name opening with a common surname follows (关某委员： stays whole).
# Decided (fix138): so is the font tool's button (放大, 缩小, 还原, 默认, 正常: a page's
# ``放大 正常 缩小`` under its byline, glued before the names of a copy that lost its lines).
_FONT_BUTTON = "放大|缩小|还原|默认|正常"
_TOOL_BEFORE_NAMES = re.compile(rf"^(?:(?:{BUTTON}|{_FONT_BUTTON})[ \u3000：:]*)+")
_TOOL_FIRSTS = BUTTON_FIRSTS | frozenset(word[0] for word in _FONT_BUTTON.split("|"))
"""What a tool before the names opens with (a gate)."""


def _site_before_names(salutation: str) -> int:
    """Where the names start after a page's site name that opens ``salutation``, a gap
    between or glued (东坪新闻网 王某委员：, 某某网站　李某代表：, 某县政府网 王某代表：,
    东坪新闻网王某委员：, 某市政府网王某代表：); 0 where none opens it. The page's banner or
    byline a copy ran onto the salutation's line, no addressee (decided, left63): apart, a
    site's name or a mirror's brand whole before the gap
    (:func:`~replyparse.orgnames.site_or_brand`) and words after it; glued, a site's name
    ending in a site's word (data/site_words.txt) or a government's portal named with 网
    alone (fix123), and a person with a role after it (王某委员), so no body's name that
    holds a site's word is cut. A site's name alone (某某网站：) is left to the salutation's
    reading."""
    if "网" not in salutation and not any(ch in SPAM_LAST for ch in salutation):
        return 0  # (every site's name and brand ends in one of those)
    gap = _GAP.search(salutation, 2, SITE_NAME_LONGEST + 1)
    if gap is not None and gap.start() > 1 and site_or_brand(salutation[: gap.start()]):
        return gap.end() if salutation[gap.end() :].rstrip(_COLONS).strip() else 0
    if "网" not in salutation:
        return 0
    glued = site_name_opening(salutation)
    if glued is None or not site_name(glued.group()):
        return 0
    rest = salutation[glued.end() :].rstrip(_COLONS).rstrip()
    one = _ONE.match(rest)
    if one is None or not 2 <= len(one.group("name")) <= 4:
        return 0
    return glued.end() if opens_with_surname(one.group("name")) else 0


def find_addressees(view: TextView, line: Line) -> tuple[str, Span, list[Addressee]]:
    """The salutation as written, its span and the addressees it names."""
    written, span = view.source(line.start, line.end)
    salutation = written.strip()
    lead = len(written) - len(written.lstrip())
    if salutation[:1] in _TOOL_FIRSTS and (tool := _TOOL_BEFORE_NAMES.match(salutation)):
        rest = salutation[tool.end() :]
        if opens_with_surname(rest) and not _OPENERS.match(rest):
            salutation, lead = rest, lead + tool.end()  # 打印王某代表： → 王某代表：
    if site := _site_before_names(salutation):
        salutation, lead = salutation[site:], lead + site  # 东坪新闻网 王某委员： → 王某委员：
    base = span[0] + lead
    body = salutation.rstrip(_COLONS).rstrip()
    kept = None
    # 王某代\u200b表: read as if the character were not there (the view knows whether the
    # letter holds any: most hold none, and their salutation is not searched)
    if view.invisible is not False and has_invisible(body):
        kept = [i for i, ch in enumerate(body) if ch not in FORMAT_CHARS]
        body = "".join(body[i] for i in kept)
    if view.glossed and (glosses := [m.span() for m in GLOSS.finditer(body)]):
        # 縣政協(xié)委員錢某: read as if a mirror's pinyin gloss were not there, as the view
        # reads it, so a role word a gloss parts reads whole (an earlier round read the
        # whole salutation as one name); the record gets the glosses back from the names'
        # spans (traditional.unfold; review60e)
        gone = {j for start, end in glosses for j in range(start, end)}
        read = [j for j in range(len(body)) if j not in gone]
        kept = [kept[j] for j in read] if kept is not None else read
        body = "".join(body[j] for j in read)
    if "丶" in body or "﹑" in body or "､" in body:  # (DUN_LOOKALIKES: seldom any)
        body = body.translate(_DUN_TABLE)  # 王某丶李某: 、 (one for one: offsets hold)
    if "好" in body:  # (every greeting holds it)
        body = GREETING_END.sub("", body)
    # a note beside a name is blanked out, so every offset still holds; so is one after a
    # role word (王某委员（民盟）, 王某代表(某镇代表团): a party, a sector, a delegation)
    if "（" in body or "(" in body:  # (a note stands in brackets)
        body = _NOTE_BESIDE.sub(_blanked, body)
        body = _NOTE_AFTER.sub(_blanked_after_role, body)
        body = _NOTE_BEFORE.sub(_blanked_before_role, body)
    body = body.rstrip()
    if _COSIGNED.search(body):  # (a cheap search: few salutations name co-signers)
        body = _COSIGNERS.sub(_blanked, body)
        if _FORWARD in body:
            # 某委员会并转王某委员: the body, and the person it forwards the reply to
            body = body.replace(_FORWARD, " " * len(_FORWARD))
    skip = 0
    if body.startswith("主送") and (label := _SENT_TO.match(body)):
        skip = label.end()  # 主送：王某代表, standing in a salutation's place
    opener = _OPENERS.match(body[skip:].replace(" ", ""))
    if opener:
        # skip the opener's characters in the written form (which may hold spaces)
        seen = 0
        while skip < len(body) and seen < opener.end():
            if not body[skip].isspace():
                seen += 1
            skip += 1
    found = _parse(body[skip:], base + skip)
    if (
        len(found) > 1
        and base > 0
        and view.original[base - 1] in "：:"  # (a cheap gate: the salutation glued to a colon)
        and (first := found[0].span) is not None
        and first[0] == base
        and (second := found[1].span) is not None
        and first[1] == second[0]  # (names run together, parted by jieba)
        and _LEADER_LABEL_END.search(view.original, max(0, base - _LEADER_LABEL_LONGEST), base)
    ):
        found = found[1:]  # 签发人：王某李某委员： → 李某: 王某 signed, the letter answers 李某
    if (
        len(found) > 1
        and base > 0
        and view.original[base - 1] in "位门"  # (a cheap gate: glued to a unit's label)
        and (first := found[0].span) is not None
        and first[0] == base
        and found[0].role is None
        and (second := found[1].span) is not None
        and first[1] == second[0]  # (run together: no 、 between)
        and _HANDLER_LABEL_END.search(view.original, max(0, base - _HANDLER_LABEL_LONGEST), base)
    ):
        found = found[1:]  # 承办单位某县住建局周小岚代表： → 周小岚: the unit handles the item
    if kept is not None:
        found = [_as_written(a, kept, base) for a in found]
    return salutation, (base, base + len(salutation)), found


def _as_written(addressee: Addressee, kept: list[int], base: int) -> Addressee:
    """``addressee`` read from the salutation without its invisible characters (``kept``:
    where each character read stands in the salutation, which starts at ``base``), its
    span on the salutation as written."""
    if addressee.span is None:
        return addressee
    start, end = addressee.span
    if end <= start:
        return addressee
    span = (base + kept[start - base], base + kept[end - 1 - base] + 1)
    return addressee.model_copy(update={"span": span})


def _blanked(m: re.Match[str]) -> str:
    """A match as blanks, as long as it is (so every offset after it still holds)."""
    return " " * len(m.group())


# A note in brackets right after a role word (王某委员（民盟）, 王某代表（某镇代表团）):
# which party, sector or delegation the person is of, no part of a name or role. (Every
# role word ends in one of the characters before the bracket: :func:`_blanked_after_role`
# asks for the role word whole.)
_NOTE_AFTER = re.compile(r"(?<=[表员志生士])[（(][^（）()]{1,12}[）)]")
_ROLE_ENDS = ("代表", "委员", "同志", "先生", "女士")


def _blanked_after_role(m: re.Match[str]) -> str:
    """A match of :data:`_NOTE_AFTER` as blanks when a role word stands right before it
    (not a lone 团 or 组 after 代表, which makes the word a delegation's: 某镇代表(团))."""
    if len(m.group()) == 3 and m.group()[1] in "团组":
        return m.group()
    if m.string.endswith(_ROLE_ENDS, 0, m.start()):
        return _blanked(m)
    return m.group()


# A note in brackets between a person's name and the role word (王某（民盟）委员, 李某
# (九三学社)代表, 王某（第三代表团）代表), or after each name of a list one role word ends
# (王某（民盟）、李某（民进）委员): which party, sector or delegation the person is of, no
# part of the name. (The checks on what follows and what the note holds:
# :func:`_blanked_before_role`.)
_NOTE_BEFORE = re.compile(r"(?<=[\u4e00-\u9fff])[（(][^（）()]{1,12}[）)]")
# What a note in brackets may hold that is no party's or sector's note: a count of the
# people (（等8位）, （5名）), the co-signers (（并附议人）), or the person's role itself
# (王某（市人大代表）、李某（市人大代表）: :data:`_ROLE_BESIDE`'s).
_NOT_A_NOTE = re.compile(rf"^[等并及和暨与以]|^{_BARE_COUNT}[位名人]$|(?:{_ROLES})$")
# What may follow such a note: the role word and the end or a separator, or a separator
# (or 等, a group's) when the name before is a person's and a role word ends the line.
_AFTER_NOTE = re.compile(
    rf"[ \u3000]*(?:(?P<role>{_ROLES})[ \u3000]*(?:[、，,；;]|$)|[、，,；;等])"
)


def _blanked_before_role(m: re.Match[str]) -> str:
    """A match of :data:`_NOTE_BEFORE` as blanks when it is a note between a person's
    name and the role word (:data:`_AFTER_NOTE`), and holds no count, co-signers or role
    (:data:`_NOT_A_NOTE`)."""
    text = m.string
    after = _AFTER_NOTE.match(text, m.end())
    if after is None or _NOT_A_NOTE.search(m.group()[1:-1]):
        return m.group()
    if after.group("role") is None:
        # no role word right after: a person's name before it, and a role word ending the
        # line (王某（民盟）、李某委员), not a body's (市工商联（总商会）、民建市委)
        name = _CUT.split(text[: m.start()])[-1]
        if not 2 <= len(name) <= 4 or not opens_with_surname(name):
            return m.group()
        if _ROLE_AT_END.search(text) is None:
            return m.group()
    return _blanked(m)


_ROLE_AT_END = re.compile(rf"(?:{_ROLES})[ \u3000]*$")


def _parse(text: str, base: int) -> list[Addressee]:
    """The addressees named by ``text`` (the salutation without opener and colon), which
    stands at ``base`` in the letter."""
    compact = text.strip()
    if not compact:
        return []
    offset = base if compact is text else base + text.index(compact[0])
    flat = _without_blanks(compact)
    # (a group is counted with 等 or a count of 位 or 名: a text with none is no group)
    group = _GROUP.match(flat) if "等" in flat or "位" in flat or "名" in flat else None
    if group:
        names, role = group.group("names"), group.group("role")
        if (titled := _ROLE_LEAD.match(names)) and opens_with_surname(names[titled.end() :]):
            # 领衔代表王某等5位代表, 人大代表 王某等: the role before the names is none of them
            skip = _cut_written(compact, titled.end())
            skip += len(compact[skip:]) - len(compact[skip:].lstrip())
            compact, offset, names = compact[skip:], offset + skip, names[titled.end() :]
        cut = _cut_written(compact, len(names))
        return _names(compact[:cut], offset, role)
    out: list[_Named] = []
    before: str | None = None  # a role alone, set off before the names (人大代表 王某)
    unnamed: set[str] = set()  # (names of no person read below: they take no shared role)
    parts = _split(compact, offset)
    for k, (part, at) in enumerate(parts):
        flat_part = _without_blanks(part)
        if flat_part[-1:] in SPAM_LAST and spam_name(flat_part):
            # 某某国际(中国)官方网站 人大常委会: a mirror's brand where the place stood is no
            # part of any name, and alone names no one (spam62)
            continue
        if _is_body(flat_part):
            out.append((flat_part, None, (at, at + len(part))))
            continue
        if (
            k == 0
            and len(parts) > 1
            and compact[at - offset + len(part) : parts[1][1] - offset].isspace()
        ):  # the line's first part, a blank before the next
            if _post_of_next(flat_part):
                # the person's post before the name (某市政协副主席 王某委员): no one of its own
                continue
            if _no_person(flat_part):
                # a deputy's employer before the name (国家电网 王某代表): a body, role null
                out.append((flat_part, None, (at, at + len(part))))
                unnamed.add(flat_part)
                continue
        if _ROLE_ONLY.match(flat_part):
            before = flat_part  # no name: a role alone, of the name after it if any
            continue
        one = _ONE.match(flat_part)
        if flat_part is part and (pairs := _glued_pairs(flat_part, bare_last=one is None)):
            out.extend((name, role, (at + a, at + b)) for name, role, a, b in pairs)
            before = None
            continue
        name, role = (one.group("name"), one.group("role")) if one else (flat_part, before)
        if one is not None and (act := _ACT_END.search(name)):
            name = name[: act.start()]  # 王某领衔 + 代表: what part the person took is none
        if (
            one is not None
            and role in _COURTESIES
            and ("代表" in name or "委员" in name)  # (what every _ROLE_LEAD match holds)
            and (titled := _ROLE_LEAD.match(name))
            and opens_with_surname(name[titled.end() :])
        ):
            # 市人大代表王某同志: the role before the name, the courtesy after it
            role, name = titled.group(), name[titled.end() :]
            cut = _cut_written(part, titled.end())
            cut += len(part[cut:]) - len(part[cut:].lstrip())
            at, part = at + cut, part[cut:]
            flat_part = _without_blanks(part)
        before = None
        if one is None and flat_part[-1:] in "）)" and (beside := _ROLE_BESIDE.match(flat_part)):
            name, role = beside.group("name"), beside.group("role")
        if one is None and ("代表" in flat_part or "委员" in flat_part):
            # (every role written before the name holds one of them)
            first = _ROLE_FIRST.match(flat_part)
            if first and opens_with_surname(first.group("name")):
                name, role = first.group("name"), first.group("role")
                lead = _cut_written(part, first.start("name"))  # (the name's written start)
                at, part = at + lead, part[lead:]
                flat_part = _without_blanks(part)
        role = _without_act(role)
        if len(name) > _GLUED_POST_NAME_MIN and (post := _post_glued_before(name)):
            # the person's post glued before the name (车间主任王某, 某镇党委书记李某某,
            # 主任王某): no one of its own, as with a blank between (decided, left68)
            lead = _cut_written(part, post)
            at, part, name = at + lead, part[lead:], name[post:]
            flat_part = _without_blanks(part)
        if role and len(name) >= _BODY_THEN_PERSON_MIN and (glued := _body_before(name)):
            # a body and a person glued (民革某市委员会王某委员): the body, then the person
            lead = _cut_written(part, glued)
            out.append((name[:glued], None, (at, at + lead)))
            at, part, name = at + lead, part[lead:], name[glued:]
            flat_part = _without_blanks(part)
        if role and len(name) >= _SEAT_MIN:  # (a shorter name holds no seat)
            name, role = _seated(name, role)
        # a part with no blank is its flat form, which opens with the name
        end = at + (len(name) if flat_part is part else _cut_written(part, len(name)))
        if len(name) < 4:  # (too short to hold two people: one addressee)
            out.append((name, role, (at, end)))
        else:
            out.extend(_run_together(name, role, at, end, part))
    # 甲、乙代表：the role written once after the last name applies to all (one addressee
    # keeps its role, or its none: a role of its own is the only one)
    if len(out) > 1:
        roles = {role for _, role, _ in out if role}
        if len(roles) == 1:
            only = roles.pop()
            out = [
                (
                    n,
                    role or (None if _is_body(n) or n in unnamed or _LEVEL_BODY.match(n) else only),
                    span,
                )
                for n, role, span in out
            ]
    return [
        make_addressee({"name": name, "role": role, "span": span})
        for name, role, span in out
        if name and name not in _COLLECTIVE
    ]


def _glued_pairs(
    text: str, *, bare_last: bool = False
) -> list[tuple[str, str | None, int, int]] | None:
    """Each name and role of ``text`` when it is two pairs or more of a name and its role
    glued together (:data:`_PAIR`), with the name's place in ``text``; None otherwise.
    With ``bare_last``, the last may be a name alone, its role lost with the blank before
    it (王某代表李某, as 王某代表 李某 is written: the role the pairs' own), role None."""
    if len(text) < (6 if bare_last else 8):
        return None  # (two names of two characters and their roles at least)
    if bare_last and _ROLE_LEAD.match(text):
        return None  # the role before the name (全国政协委员欧阳某某): one person
    out: list[tuple[str, str | None, int, int]] = []
    pos = 0
    while pos < len(text):
        m = _PAIR.match(text, pos)
        if m is None and bare_last and out and _BARE_LAST_MIN <= len(text) - pos <= 4:
            if not opens_with_surname(text[pos:]) or not _HANZI_NAME.fullmatch(text, pos):
                return None
            out.append((text[pos:], None, pos, len(text)))
            return out
        if m is None or not opens_with_surname(m.group("name")):
            return None
        out.append((m.group("name"), m.group("role"), pos, m.end("name")))
        pos = m.end()
    return out if len(out) > 1 else None


_BARE_LAST_MIN = 2
"""The fewest characters of a name alone after glued pairs (a surname and a given name)."""


def _without_act(role: str | None) -> str | None:
    """``role`` without what part the person took before it (领衔代表 → 代表)."""
    if role is None or len(role) < 4:  # (an act and a role word hold four at least)
        return role
    return _ACT_START.sub("", role)


_Named = tuple[str, str | None, Span]
"""An addressee's name, role and span, before it is made an :class:`Addressee`."""


def _without_blanks(text: str) -> str:
    """``text`` without its blanks (what :data:`_BLANKS` finds). Every blank but the space
    is unprintable: a text with neither holds none, and is given back as it is."""
    if " " not in text and text.isprintable():
        return text
    return _BLANKS.sub("", text)


COURTESY_POSTS = frozenset({"同志", "先生", "女士", "老师"})
"""Posts of data/posts.txt that follow a person's name as a courtesy, no post before it."""
_NO_PERSON_LEAST = 4
"""The fewest characters of a part before a person's name read as no person's name."""
_EMPLOYER_HEAD = re.compile(r"国家|国网|中国|中共|全国|[\u4e00-\u9fff]{1,4}?[省市州县区旗]")
"""What an employer's short name opens with: the state's words or a place and its level
(国家电网, 中国移动, 甲山县自来水); a person's name, a minority's transliterated one too
(米拉古尔), opens so never."""


_POST_WRITTEN = re.compile(
    rf"副?(?:{'|'.join(w for w in vocab.words('posts') if w not in COURTESY_POSTS)}|党员)$"
)
"""A post a salutation writes before the person's name (``某市政协副主席``, ``某村党支部书记``,
``中共党员``): data/posts.txt's posts, 副 before them or not, but the courtesies that follow
a name (同志, 先生, 女士, 老师), and 党员."""


_POST_UNITS = vocab.word_set("post_units")
"""Parts of a workplace or an office written before a post that open with a surname's
character (车间, 车队, 党支部: data/post_units.txt): no person's name before the post."""


def _post_of_next(name: str) -> bool:
    """Whether ``name``, the salutation's first part, a blank before the next, is the
    person's post (:data:`_POST_WRITTEN`) rather than a person with a post (王某主任): what
    stands before the post is no name of one (opens with no surname, or is longer than a
    name, 某镇党委书记) or opens with the state's words or a place with more after it
    (decided, lead64: an earlier round read the post as a body, role null, and the round
    before that as a second member; review64c: a name whose last character is a place's
    level, 李红旗主任, is a person's; left65: so is a minority's transliterated name,
    买买提依明主任, :func:`_transliterated`)."""
    post = _POST_WRITTEN.search(name)
    if post is None:
        return False
    if post.start() == 0:
        return True  # a post alone (主任 王某, 副主任 王某): no one's name (left68)
    if len(name) < _NO_PERSON_LEAST:
        return False
    office = name[: post.start()]  # (a person's name before the post: 王某主任)
    person = (
        opens_with_surname(office)
        and len(office) <= (4 if office[:2] in _SURNAMES else 3)
        and office not in _POST_UNITS  # (车间主任: a workshop's head, decided small67)
    )
    if not person and _transliterated(office):
        return False  # (a minority's name before the post, 买买提依明主任: a person's, left65)
    # (a place's level as a name's last character is the name's: 李红旗主任, 张建州站长 are
    # people; the place opens an employer only with more of its name after it, 温州市政协)
    return not person or (
        (head := _EMPLOYER_HEAD.match(office)) is not None and head.end() < len(office)
    )


_GLUED_POST_NAME_MIN = 3
"""The most characters a name read with no post glued before it holds (王局长, 马队长: a
surname and a post are how a letter names one person; a post and a name hold four at least)."""
_GLUED_NAME_SIZES = (2, 3, 4)
"""How long a person's name glued after a post may be (a compound surname's four)."""


def _post_glued_before(name: str) -> int | None:
    """Where the person's name starts in ``name`` when a post a salutation writes before
    it is glued to it, a copy's blank lost or none written (``车间主任王某``, ``某镇党委书记
    李某某``, ``主任王某``): the post ending right before a name of two to four hanzi that
    opens with a surname, what stands before the post no person's name either
    (:func:`_post_of_next`, as with a blank between). None where no such post stands
    there (``王某主任``, ``张主任李某``: a person with a post)."""
    for size in _GLUED_NAME_SIZES:
        cut = len(name) - size
        if cut < 2:
            break
        person = name[cut:]
        if (
            opens_with_surname(person)
            and _HANZI_NAME.fullmatch(person) is not None
            and _post_of_next(name[:cut])
        ):
            return cut
    return None


_TRANSLITERATED_LEAST = 3
"""The fewest characters of a minority's transliterated name read before a post with no dot
parting it (two are no longer than a Han name and may be the post's own words: 执行主任)."""
_OFFICE_MARK = re.compile(
    rf"[省市县区镇乡村州旗盟一二三四五六七八九十第]|人大|政协|{vocab.alternation('org_suffixes')}"
)
"""What an office's or a place's name holds and no minority's transliterated name does: a
place's level, a numeral (第一书记), ``人大``, ``政协`` or a body's ending (data/org_suffixes.txt:
党委, 社, 会 …)."""


_TRANSLITERATION_CHARS = frozenset("".join(vocab.words("transliteration_chars")))
"""The characters a minority's name is spelled with in hanzi (data/transliteration_chars.txt):
an undotted part before a post is such a name only where all its characters but one are
(review65b: 人力资源经理, 生产技术主任, a trade's or a field's words, are no one's name)."""


_NAME_DOT_TABLE = str.maketrans(dict.fromkeys(NAME_DOT_LOOKALIKES, "·"))
"""The middle dot's look-alikes, read as it (a salutation's part comes as written)."""


def _transliterated(office: str) -> bool:
    """Whether ``office``, what a salutation's first part writes before a post, is a
    minority's transliterated name, as the project reads one: its parts parted by a middle
    dot (买买提·依明), or undotted, three hanzi or more, all but one of them such a name's
    (:data:`_TRANSLITERATION_CHARS`, review65b), opening with no common surname (data/
    surnames.txt leaves such names' first characters out on purpose: 买买提依明, 阿不都热合曼)
    and holding no office's or place's mark (:data:`_OFFICE_MARK`: 某镇党委, 县医院 are no
    names), nor an employer's head (:data:`_EMPLOYER_HEAD`: 中国移动). Such a name is read
    whole where it stands alone too (米拉古尔 王某委员：, decided left64)."""
    if _DOTTED_NAME.fullmatch(office.translate(_NAME_DOT_TABLE)) is not None:
        return True  # (the dot as written, or a look-alike the view reads as it: 吐尔洪•依明)
    return (
        len(office) >= _TRANSLITERATED_LEAST
        and _HANZI_NAME.fullmatch(office) is not None
        and sum(ch not in _TRANSLITERATION_CHARS for ch in office) <= 1
        and not opens_with_surname(office)
        and _OFFICE_MARK.search(office) is None
        and _EMPLOYER_HEAD.match(office) is None
    )


def _no_person(name: str) -> bool:
    """Whether ``name``, the salutation's first part, a blank before the next, holds no
    person's name: hanzi alone, four or more, opening with no surname
    (:func:`opens_with_surname`; a compound one, 欧阳某某, is a person's) but with the state's
    words or a place (:data:`_EMPLOYER_HEAD`), no role word in it: a company's or a unit's
    short name with no office's ending (国家电网, 中国移动), the employer a letter writes
    before a deputy's name (decided, left64)."""
    return (
        len(name) >= _NO_PERSON_LEAST
        and "代表" not in name
        and "委员" not in name
        and _HANZI_NAME.fullmatch(name) is not None
        and not opens_with_surname(name)
        and _EMPLOYER_HEAD.match(name) is not None
    )


def _is_body(name: str) -> bool:
    """A body's name: an organisation ending, and long enough not to be a person's name."""
    if name.endswith(("代表", "委员", "同志", "先生", "女士")):
        return False
    return len(name) >= 4 and bool(_BODY_END.search(name))


def _cut_written(written: str, flat_len: int) -> int:
    """Index in ``written`` after ``flat_len`` non-space characters."""
    if " " not in written and written.isprintable():
        return min(flat_len, len(written))  # no blank at all (:func:`_without_blanks`)
    seen = 0
    for i, ch in enumerate(written):
        if seen == flat_len:
            return i
        if not ch.isspace():
            seen += 1
    return len(written)


def _split(text: str, base: int) -> list[tuple[str, int]]:
    """``text`` cut into one stretch per name: at the letter's separators, and at blanks
    where the words on both sides are names of two characters or more (a single
    character between blanks, or a role word, belongs to its neighbour)."""
    # Letters (CJK characters are letters) hold no separator and no blank, and 、 is the
    # usual separator: a text of letters is one stretch, and one of letters apart by 、 is
    # cut there (runs of 、 leave empty pieces, which name nobody), as the scans below cut
    # them, without their scans (a test compares the two).
    if text.isalnum():
        return [(text, base)]
    if "、" in text and text.replace("、", "").isalnum():
        out: list[tuple[str, int]] = []
        pos = base
        for piece in text.split("、"):
            if piece:
                out.append((piece, pos))
            pos += len(piece) + 1
        return out
    return _split_scanned(text, base)


def _split_scanned(text: str, base: int) -> list[tuple[str, int]]:
    """:func:`_split` by scanning for the separators and the blanks."""
    if _CUT.search(text) is None:  # no separator, no blank: nothing to cut at
        return [(text, base)] if text else []
    out: list[tuple[str, int]] = []
    pos = 0
    for m in [*_SEP.finditer(text), None]:
        stop = m.start() if m else len(text)
        out.extend(_split_gaps(text[pos:stop], base + pos))
        pos = m.end() if m else len(text)
    return out


def _split_gaps(text: str, base: int) -> list[tuple[str, int]]:
    words: list[tuple[int, int]] = []
    pos = 0
    for m in [*_GAP.finditer(text), None]:
        stop = m.start() if m else len(text)
        if stop > pos:
            words.append((pos, stop))
        pos = m.end() if m else len(text)
    if len(words) >= _PADDED_PAIRS_LEAST and (pairs := _padded_pairs(text, words)):
        return [(text[a:b], base + a) for a, b in pairs]
    runs: list[tuple[int, int]] = []
    for start, end in words:
        if runs and _joins(text[runs[-1][0] : runs[-1][1]], text[start:end]):
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return [(text[a:b], base + a) for a, b in runs]


_PADDED_PAIRS_LEAST = 4
"""The fewest single characters between blanks :func:`_padded_pairs` reads (two names)."""


def _padded_pairs(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The names of ``text``'s ``words`` (its pieces between blanks) when they are
    two-character names each padded to a three-character name's width, set side by side
    (``黄 山 王 芳``, ``黄  山  王  芳代表``): an even count of single characters, four or
    more, the role after the last, glued or spaced out too (``黄 山 王 芳 代 表``), or not,
    each pair opening with a one-character surname, none a compound surname (``欧 阳 小 明``
    is one name spaced out) nor a role word. A letter pads a two-character name alone
    (``王  芳``: a three-character name fills its width, a four-character one is wider), so
    no name pads four characters apart: each pair is one person. Six or twelve characters
    that are as well three-character names spaced out, each third opening with a surname
    (``王 建 华 李 高 峰``), are no such pairs: read as :func:`_joins` reads them. Each
    name's range in ``text`` (the last with its role); None when the words are not so."""
    pieces = [text[a:b] for a, b in words]
    last = _ONE.match(pieces[-1])
    if last is not None:
        pieces[-1] = last.group("name")
    if any(len(piece) != 1 for piece in pieces):
        return None
    count = len(pieces)  # (the names' characters: a role spaced out after them is none)
    if last is None:
        for tail in range(min(_SPACED_ROLE_MOST, count - _PADDED_PAIRS_LEAST), 1, -1):
            if _ROLE_ONLY.match("".join(pieces[-tail:])):
                count -= tail
                break
    if count % 2 or (count % 3 == 0 and all(pieces[k] in _SURNAMES for k in range(0, count, 3))):
        return None
    pairs = []
    for k in range(0, count, 2):
        name = pieces[k] + pieces[k + 1]
        if pieces[k] not in _SURNAMES or name in _SURNAMES or _ROLE_ONLY.match(name):
            return None
        pairs.append((words[k][0], words[k + 1][1]))
    pairs[-1] = (pairs[-1][0], words[-1][1])  # (the last with its role spaced out, if any)
    return pairs


_SPACED_ROLE_MOST = 4
"""The most characters of a role spaced out after padded pairs (``政 协 委 员``)."""


def _joins(left: str, right: str) -> bool:
    """Whether a blank between ``left`` and ``right`` is inside one name (王 小 明代表, and
    with the body that seats the person before the role, 王 小 明政协某县委员, decided flat55)."""
    right_name = _ONE.match(right)
    right_bare = right_name.group("name") if right_name else right
    if right_name and (seated := _SEAT_OPEN.match(right_bare)):
        right_bare = seated.group("name")  # (the name before its seat: 苍 林政协某县委员)
    left_ended = bool(_ONE.match(left))
    short = len(_BLANKS.sub("", left)) == 1 or len(right_bare) == 1
    return (short or bool(_ROLE_ONLY.match(right))) and not left_ended


def _run_together(name: str, role: str | None, start: int, end: int, written: str) -> list[_Named]:
    """One addressee for ``name`` (at ``start:end``), or one per person when the letter ran
    several names together with no separator (李明王芳): jieba's person names, each opening
    with a common surname; a body stays whole. ``written`` is the letter's text from
    ``start``: a blank may stand inside the run (``李明 王 芳``, where a single character
    between blanks was joined to the name before it), and each name's span is read
    through it."""
    parts = _people(name) if len(name) >= 4 and not _is_body(name) else None
    if parts is None:
        return [(name, role, (start, end))]
    return [
        (name[a:b], role, (start + _at_written(written, a), start + _cut_written(written, b)))
        for a, b in parts
    ]


def _at_written(written: str, flat_at: int) -> int:
    """Index in ``written`` of its non-space character number ``flat_at`` (from 0)."""
    at = _cut_written(written, flat_at)
    while at < len(written) and written[at].isspace():
        at += 1
    return at


def _surname_joined(name: str, parts: list[tuple[int, int]] | None) -> list[tuple[int, int]] | None:
    """``parts`` with a compound surname the segmenter cut off alone (皇甫 / 景辉) joined to
    the given name after it: one person (皇甫景辉), no two."""
    if parts is None:
        return None
    out: list[tuple[int, int]] = []
    for a, b in parts:
        if out and out[-1][1] - out[-1][0] == 2 and name[out[-1][0] : out[-1][1]] in _SURNAMES:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _people(name: str) -> list[tuple[int, int]] | None:
    if not _HANZI_NAME.fullmatch(name):
        return None
    from replyparse import nlp  # jieba's tagger loads only for names run together

    parts = _surname_joined(name, nlp.person_names(name))
    if parts is None or len(parts) < 2:
        return None
    for a, b in parts:
        word = name[a:b]
        if not 2 <= len(word) <= 4 or not (word[0] in _SURNAMES or word[:2] in _SURNAMES):
            return None
    return parts


def _names(text: str, base: int, role: str) -> list[Addressee]:
    out = []
    for part, at in _split(text, base):
        flat_part = _without_blanks(part)
        one = _ONE.match(flat_part)
        name = one.group("name") if one else flat_part
        if len(name) >= _BODY_THEN_PERSON_MIN and (glued := _body_before(name)):
            # a body and a person glued (民革某市委员会王某等委员): the body, then the person
            lead = _cut_written(part, glued)
            out.append(
                make_addressee({"name": name[:glued], "role": None, "span": (at, at + lead)})
            )
            at, part, name = at + lead, part[lead:], name[glued:]
        name, own = _seated(name, role) if len(name) >= _SEAT_MIN else (name, role)
        if own is not None and len(name) >= 4 and _is_body(name):
            own = None  # a body among the group's names (民革某市委并转王某等3位委员)
        if _NAME_CHARS.sub("", name):
            out.append(
                make_addressee(
                    {"name": name, "role": own, "span": (at, at + _cut_written(part, len(name)))}
                )
            )
    return out


# The fewest characters a body and a person glued hold (a body of three, its place's level
# and 人大 or 政协, :data:`_LEVEL_BODY`, a name of two; any other body of four).
_BODY_THEN_PERSON_MIN = 5
# A body of three characters: its place's level, then 人大 or 政协 (县政协, 市人大), as a
# salutation names the body a person sits in before the name (县政协孙某委员) or beside it
# (县政协、孙某委员): a body, as 某县政协 is, no person with the role.
_LEVEL_BODY = re.compile(r"[省市州盟县区旗镇乡](?:人大|政协)$")


def _body_before(name: str) -> int | None:
    """Where the person's name starts in ``name`` when a body's name is glued before it
    (民革某市委员会王某 + 委员 → 民革某市委员会, 王某): a name of two to four characters
    opening with a common surname after a body's name (:func:`_is_body`, or one of three,
    :data:`_LEVEL_BODY`: 县政协孙某 → 县政协, 孙某)."""
    for size in (2, 3, 4):
        cut = len(name) - size
        body = (
            _is_body(name[:cut])
            if cut >= 4
            else cut == 3 and _LEVEL_BODY.match(name[:cut]) is not None
        )
        if body and opens_with_surname(name[cut:]):
            return cut
    return None


def _seated(name: str, role: str | None) -> tuple[str, str | None]:
    """``name`` without the body that seats the person, written before the role word
    (王某政协某县 + 委员 → 王某, 委员: the seat is neither); the name must open with a
    surname."""
    seat = _SEAT.match(name) if role else None
    if seat is None or not opens_with_surname(seat.group("name")):
        return name, role
    return seat.group("name"), role
