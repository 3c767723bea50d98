"""The suggestion or proposal answered: kind, number, session and its own title.

Read from the letter's title and the opening paragraph of the body (its lines joined, so a
copy that wrapped it reads the same). Each part is an item of its own: the session's and
the title's claims keep dates out of the one and references out of the other.

A summary, part by part as docs/record.md's ``proposal`` section sets the rules out one by
one (kind, number, session, title), with the decisions and examples behind them:

- **kind** is the word the letter attaches to the item it answers. The letter's own title
  speaks first: the word right after a quoted title there, after the number (``第57号
  提案``, ``第50-1号人大建议``; ``第16号意见``, where 意见 is the item's), or any kind
  word of it outside the proposal's own title (``…会议提案167号答复``,
  ``…6.11提案的复函``; not 提案委员会, 提案人, 建议和提案).
  Then the opening: the word right after its quoted title (``《…的议案》的建议``,
  ``关于…的建议提案``) or after the number noted there (``《…的建议》(2024018号)提案``),
  after its number, ``你/您(们)的提案``; then a word of the body
  that names the item (``该提案``, ``接到提案后``, ``现将提案办理情况…``, ``提案中关于…``,
  ``结合提案精神``; a body's
  ``建议`` only after the quoted title's ending: it is also the common noun for a
  proposal's points; so is a body's ``提案`` in a letter addressed to deputies alone, who
  make no 提案); then the quoted title's own ending (``《关于…的建议》``); the
  word inside the bracketed number after the title (``“…的提案”(第10号建议)``: the
  title's own word wins over the note's); any kind word of the title, then of the
  opening. A kind word of its own (``议事原案``, ``建议案``) is kept as written. Last of
  all, the proposal's own title ending in ``意见`` (``“关于…的意见”``), when nothing else
  names the item (意见 is also the common noun for a remark, so nowhere else; so is the
  opening's 意见 right after its quoted title before 收悉, ``“…”的意见已…收悉``), and
  ``议案建议`` (``…第8号代表议案建议的答复``: items of both kinds, no one kind; not where its
  建议 is a verb, ``该议案建议将…``: 议案).
- **number** as written (leading zeros, numerals of 第十二号 and a letter before the digits
  kept, ``第l5号``; one a scan gave for a digit after a digit reads as it, ``第1O号`` → 10):
  ``第N号`` or
  ``N号`` before a kind word (``号`` may be lost: ``第30代表建议``; ``第N号`` may stand alone in
  brackets before it: ``（第12号）建议``; the proposers' names may stand between:
  ``第20号王某等代表建议``), in brackets right after
  the kind word or the quoted title (``建议(第24号)``, ``《…》（第86号）``), after the kind
  word (``建议第12号``, ``建议：第009号``, ``提案167号答复``) or before the quoted title
  (``第181号《…》``), with a colon (``第111021号：关于“…”提案``, ``第12号：关于…的建议``);
  several in one 第…号, as written (``第13、53号建议``); right after the session's 会议
  with a one-character prefix of its own or dots (``会议温36号建议``, ``会议6.11提案``),
  also in brackets of their own (``会议（温36号）建议``; a year alone there none);
  labelled in the brackets after the quoted title (``(自编号027号)``,
  ``(提案号：20180006)``), or digits alone there after a title ending in its kind word
  (``《…的建议》(0641)``; not a year); right after it with no kind word, one mistyped or lost
  (``》的第105号建设``; not ``第588号令``); before an unquoted one
  (``第2024085号代表关于…建议``); a dash kept (``50-1``); never inside a cited 发文字号;
  else under a label of its own in the header (``建议编号：第15号``, ``建议编号`` alone
  over ``2024085`` in a form flattened into lines).
- **session** from the region or body to ``…次会议``, after the words that lead to it
  (``data/session_lead_words.txt``: 关于, 对, 您向, 答复, 办理…; a place whose name opens
  with one, ``data/session_lead_places.txt``, keeps it: 于都县…); numerals lost kept as
  written, a body's session that counts no 届 or no 次, the body alone before the number,
  …N届…N次 whose 会议 was lost right before the number (:data:`_SESSION`).
- **title**: the quoted span after an asking word (提出, 提的, 所提, 提交, 领衔, 题为…) or
  right before 收悉 (or after 现将/收到, in their clause), or before its kind word and a
  comma with what is done with it (``“…”的提案，经认真办理，…``); a ``关于…”`` run whose opening
  quote was lost; an unquoted ``关于…的建议`` phrase that names no number or session, run
  to its last kind word before 收悉/办理情况/的答复 (``关于…和建议…的建议``), a kind word
  after it, glued or after 的, the letter's word for the item (``…的建议的提案收悉``); else
  an unquoted phrase right after the asking words ending in its kind word before 收悉 or
  the clause's end (``您提出的改善…的建议收悉``, ``关于您提出的改善…的建议，…``); a
  ``关于…`` phrase holding commas only from the asking words to its kind word right
  before 收悉 or a comma and the handing over or answer (``，已交…``, ``，现答复如下``) or
  the answer's verb glued on (``…的建议提出如下意见``, a 协办 unit's opinion);
  in the title line, one holding commas to its kind word right before 答复/复函/回复; an
  unquoted ``关于…的意见`` only right after the asking words and before 收悉 or the handing
  over;
  else the quoted span of the letter's title, or the title line whole when it is the
  proposal's own title (a web copy's page heading, ``筹建…中心的建议``: its kind word
  then ranks as a title's ending, after the opening's ``23号提案``). When the title line
  quotes a proposal's title (关于…, …的建议) in other words than the opening, the title
  line's wins and the opening's is claimed as the same proposal (no reference). A number
  note the quotes hold at the end (``《关于…(第25号提案》``) is dropped. A word quoted
  inside an unquoted 关于… phrase is a term, not the title: the phrase whole is
  (``关于打造“3A”级景区的建议``).
"""

from __future__ import annotations

import re
from itertools import pairwise
from operator import attrgetter
from typing import ClassVar, Literal, NamedTuple

from replyparse import vocab
from replyparse.chrome import page_item_title
from replyparse.closing import DATE_LINE
from replyparse.context import Context, Covered, Flat, Found, Item, Range
from replyparse.elements import (
    CLOSE,
    ITEM_CLASS_YEAR_SERIAL,
    ITEM_FILERS,
    ITEM_NOTE,
    ITEM_REGISTRY_NUMBER,
    ITEM_SERIAL,
    ITEM_YEAR,
    OPEN,
)
from replyparse.fields.docnumber import doc_numbers_found
from replyparse.flatforms import ROW_HEADS, WRAP_LINES, gap_cells, labels_row
from replyparse.formatchars import INVISIBLE
from replyparse.labels import (
    ALL,
    LabelSet,
    column_value,
    labelled_value,
    labels_on,
    opening_label,
)
from replyparse.layout import issuer_before_session
from replyparse.model import Letter, Proposal, make_proposal
from replyparse.orgnames import (
    OWN_AUTHORITY,
    SITE_CHAR,
    SPAM_WORD,
    site_or_brand,
    spam_end,
    spam_name,
)
from replyparse.quotes import CLOSE_QUOTES, OPEN_QUOTES
from replyparse.textview import CELL_BAR, CELL_BARS, Line, cell_spans

# 建议案 (a deputies' motion some congresses name so) is a kind word of its own, kept as
# written; 建议案由 is a form's label, no kind.
# 建议意见 and 意见建议 (an item some congresses name with both words) likewise, and the
# deputies' 建议、批评和意见 as the law names them (批评、建议和意见), whole.
_COMPOUNDS = "批评、建议和意见|建议、批评和意见|意见建议|建议意见"
# 议案建议, a congress's word for its deputies' items of both kinds together (代表议案建议, as
# its site files them and a title copies), is read whole, so neither half is taken for the
# item's kind by where it stands, and it ranks last (_both_kinds_last); not where its 建议
# is the verb of a sentence the 议案 opens, its object after it (该议案建议将某路纳入规划:
# 议案, then the verb): read whole before what a noun takes (的, 办理, 答复, 收悉, 第…号, 已,
# 和, 及) or no hanzi.
_BOTH_KINDS = "议案建议"
_NOUN_TAKERS = "的办答收第号已和及"
"""What follows a kind word as a noun (its 的, 办理, 答复, 收悉, 第…号, 已, 和, 及): after 建议,
anything else but no hanzi at all makes it the verb (…议案建议将…, …提案建议加快…)."""
_BOTH_KINDS_WORD = rf"{_BOTH_KINDS}(?![\u4e00-\u9fff])|{_BOTH_KINDS}(?=[{_NOUN_TAKERS}])"
# 建议提案, the pair a site files a congress's and a committee's items under together (建议提案
# 办理), is such a word too where the letter names its item by it: right after the item's
# quoted title or its number, before what a noun takes or no hanzi (“…”的建议提案收悉, 第5号
# 建议提案); ranked last as 议案建议 is. Unquoted (关于…的建议提案) the title's ending is its
# 建议 and the item's word 提案, as before; and 建议 before anything else is the verb.
_PAIR = "建议提案"
_PAIR_WORD = rf"{_PAIR}(?![\u4e00-\u9fff])|{_PAIR}(?=[{_NOUN_TAKERS}])"
_LAST_KINDS = frozenset({_BOTH_KINDS, _PAIR})
"""Kind words naming a class of items of both kinds, ranked last (:func:`_both_kinds_last`)."""
_SUGGESTS = re.compile(rf"建议(?=[\u4e00-\u9fff])(?![{_NOUN_TAKERS}])")
"""建议 as the verb of a sentence (…的议案建议将某路纳入规划), not a kind word."""
_KINDS = f"议事原案|{_COMPOUNDS}|批评意见|建议案(?![由号])|{_BOTH_KINDS_WORD}|建议|提案|议案"
# What may stand between a number and its kind word (elements.ITEM_FILERS): whose it is,
# what sort of item, when it came in (第12号代表建议, 第9号党派提案, 第6号闭会期间建议).
_WHOSE = ITEM_FILERS
# Or the proposers named before their role (第20号王某等代表建议, 第5号王某、李某某委员提案):
# names of two or three characters (a decree's or a file's 第…号令/文 none), 、 between,
# 等 after the last or not.
_NAME = r"(?![令文])[\u4e00-\u9fff]{2,3}"
_NAMED = rf"(?:{_NAME}(?:、{_NAME}){{0,9}}等?(?:人大代表|政协委员|代表|委员))"
# Up to 16 characters: some registries number a proposal with its date and a serial
# (第20240118040077号建议).
_N = r"[0-9A-Za-z][0-9A-Za-z\-]{0,15}"
_SERIAL = r"[0-9A-Za-z\-]{0,15}[0-9]"
_HANZI_SERIAL = r"[一二三四五六七八九十百零〇○]{1,6}"  # 第十二号建议, 第一○五号, as written
# One 第…号 over several proposals answered together (第13、53号建议), or one 第…号 each
# (第5号、第17号提案, 第5号和第17号建议): every number, not the last alone, read from the
# first's first character to the last's last (``5号、第17``) and recorded as the one 第…号
# writes them (``5、17``: :func:`_numbers_as_one`).
_SERIALS = rf"{_SERIAL}(?:号?[、，,和及]第?{_SERIAL})*"
_EACH_OWN = re.compile(r"号([、，,和及])第")
# Some congresses number an item in a scheme of its class's letter and its year in brackets
# before the serial (第B（2031）45号建议, 第A(2023)15号提案, as a registry writes them): the
# number is all of it as written, read only with 第 before it and its kind word after 号 (a
# 发文字号 with its code before the letter, 某卫B〔2023〕45号, opens with no 第). The letter
# may be missing (第〔2021〕12号提案: the year and serial alone, 第 and the kind word still
# the item's), as elements._ITEM_NUMBER_PART keeps such a part on the title; the letter in
# either case and the year in any bracket (第b(2031)45号, 第［2031］12号), one reading with
# it (elements.ITEM_CLASS_YEAR_SERIAL). In the brackets of a note after the title, 第
# before it (（第B（2031）45号）): read where a plain number is, 第 standing right before it.
# So is a class's letter with 类 and the serial (第A类27号, as a registry files the item
# under its class: fix113), the number as written (A类27); read where a classed one is.
_CLASS_SERIAL = r"[A-Za-z]{1,2}类[0-9]{1,6}"
_CLASSED = rf"(?<=第)(?:{ITEM_CLASS_YEAR_SERIAL}|{_CLASS_SERIAL})"
# 第12号建议, 第12号代表建议, 第30代表建议 (号 lost), 12号提案 (no 第: not after a digit,
# a bracket or a letter, so no 发文字号's serial), and the number alone in brackets before
# its kind word ((第12号)建议, （第十二号）代表建议).
# 意见 alone right after the number (第16号意见, 第16号代表意见): the item numbered so is an
# 意见, which elsewhere is the common noun for a remark.
# The national committee's registry numbers a proposal twice, its serial over all and its
# serial within its class, and a ministry's reply writes the second in brackets between the
# first's 号 and the kind word (第03314号（工交邮电类455号）提案, 第88号（农业水利类12号）提案):
# the item's number is the first; the note is its class's count, no number of its own. A
# note on how the item is handled stands there too (第00958号（重点督办）提案, （主办）, （会办）,
# （已办结）), and so does its class alone (（农业类）): no part of anything.
_ITEM_NOTE = rf"(?:(?<=号){ITEM_NOTE})"  # (elements.ITEM_NOTE)
# A form's blank 第（  ）号 filled in before the kind word (第(J027)号建议, 第（12）号提案): the
# number inside the brackets as written, letters kept; a year alone there (第（2021）号) is none.
# A county's committee writes both counts in one note before the kind word, the class's
# first and the serial over all after 总 (（经济类3号总第7号）提案, （社会类2号总15号）): the
# item's number is the one over all, as above (the class's count is none; group g).
_NUMBER_KIND = re.compile(
    rf"(?:第(?P<a>{_SERIALS})号?|第(?P<c>{_HANZI_SERIAL})号"
    rf"|(?<![0-9A-Za-z〕\]］】）)\-])(?P<b>{_SERIAL})号"
    rf"|(?<=[（(])第(?P<d>{_SERIALS}|{_HANZI_SERIAL})号[）)]"
    rf"|(?<=[0-9]号)总第?(?P<g>{_SERIAL})号[）)]"
    rf"|第(?P<e>{ITEM_CLASS_YEAR_SERIAL}|{_CLASS_SERIAL})号"
    rf"|第[（(](?!(?:19|20)[0-9]{{2}}[）)])(?P<h>{_SERIAL})[）)]号)"
    rf"{_ITEM_NOTE}?(?:{_WHOSE}|{_NAMED})?(?P<kind>{_PAIR_WORD}|{_KINDS}|(?<=号)意见|(?<=号人大)意见|(?<=号代表)意见)"
)
# Where a match of _NUMBER_KIND may start: its 第 or 总, or a serial's first character with
# 号 after the serial (sixteen characters at most). A superset: each branch opens with 第,
# 总 or the serial. One character class opens it (the engine scans for it in C), where
# _NUMBER_KIND, a branch of it opening with a lookbehind, is tried at every place.
_NUMBER_KIND_AT = re.compile(r"[第总0-9A-Za-z\-](?:(?<=[第总])|(?=[0-9A-Za-z\-]{0,15}号))")


def _number_kinds(text: str) -> list[re.Match[str]]:
    """``list(_NUMBER_KIND.finditer(text))``, the pattern tried only where
    :data:`_NUMBER_KIND_AT` says a match may start (from where the last match ended, as
    the scan goes on: the same matches)."""
    out: list[re.Match[str]] = []
    pos = 0
    while (at := _NUMBER_KIND_AT.search(text, pos)) is not None:
        m = _NUMBER_KIND.match(text, at.start())
        if m is None:
            pos = at.start() + 1
            continue
        out.append(m)
        pos = m.end()
    return out


# The item's number as its registry files it, its kind where a 发文字号's code stands
# (elements.ITEM_REGISTRY_NUMBER): no 文件 or 令 after it. (The year's closing bracket
# gates it.)
_REGISTRY_NUMBER = re.compile(rf"{ITEM_REGISTRY_NUMBER}(?![文令])")
# A label before the number in the brackets after a quoted title: (自编号027号), (提案号：…),
# (建议编号：15), the registry's case number (立案号：2020099号, 案号：…), a web copy's
# half-width colon (编号:15); the label said as a phrase, 按编号 / 编号为, and 第 before the
# number after it ((按编号第8号), (编号：第15号)), as the header's 建议编号：第15号 writes it
_NUMBER_LABEL = (
    r"(?:(?:按照?)?(?:[自原新]|建议|提案|议案)?编号为?|(?:建议|提案|议案|立案|案)?号)[：:]?第?"
)
# 建议(第24号), 建议（编号：15）, 建议第12号, 建议：第009号, 提案167号答复 (no 第: only before
# the title's 答复 or 的, a stop, a bracket or the quoted title, 建议45号《…》, so 建议3号楼…
# is none); its numerals as written
# (建议第十二号, 提案第一〇五号, 建议（第二十号）)
# A form's blank filled in, the number inside its brackets and 号 after them (提案（70）号,
# 建议(第8)号, as a template's 第（  ）号 is written): the item's number, read before the
# same marks as the bare 提案167号 or 收悉, 已… (a year alone in the brackets, （2021）号,
# is none, and so is one before any other word: 建议(3)号楼).
# The item's own number as its registry writes it, in the brackets of a note after its title
# (关于…的提案（委员提案【2023】17号）的答复, 《…》 （代表建议〔2023〕5号）, （〔2023〕5号）): its
# kind, the year in a 发文字号's brackets and the serial, no code before them, so no 发文字号
# (fix7677): the item's number is the serial.
_YEARLY = rf"(?:{_WHOSE}?(?:{_KINDS}))?[{re.escape(OPEN)}](?:19|20)\d{{2}}[{re.escape(CLOSE)}]"
_KIND_NUMBER = re.compile(
    rf"(?P<kind>{_KINDS})(?:[（(]第?(?P<a>{_CLASSED}|{_N})号[）)]|[（(]{_NUMBER_LABEL}(?P<e>{_N})号?[）)]"
    rf"|[（(]{_YEARLY}(?P<y>{_N})号[）)]"
    rf"|：?第(?P<b>{_SERIALS})号"
    rf"|(?P<c>{_SERIAL})号(?=答复|的|办理|[，。；（(《“「]|$)"
    rf"|[（(]第?(?!(?:19|20)[0-9]{{2}}[）)])(?P<f>{_SERIAL})[）)]号"
    rf"(?=答复|的|办理|收悉|已|[，。；（(《“「]|$)"
    rf"|[（(]?：?第(?P<d>{_HANZI_SERIAL})号)"
)
# Right after the session's 会议, a number with a one-character prefix of its own (温36号
# 建议, the delegation's) or dots (6.11提案), its 号 lost or not, also in brackets of its
# own before the kind word (会议（岚7号）建议, 会议(12号)代表建议, as （第12号）建议 is read;
# a year alone there, 会议（2021）建议, is none): 会议第12号 is _NUMBER_KIND's, and a word
# after 会议 (上, 期间…) is no prefix, nor is a count's 共 or 计 (会议（共5）建议: a listing
# page's count of the items under the session, copied with the title).
_AFTER_SESSION = re.compile(
    r"会议(?P<open>[（(](?!(?:19|20)\d{2}[）)]))?"
    r"(?P<number>(?![第上中后前期时的将及和与在于对由共计])[\u4e00-\u9fffA-Za-z]?\d+(?:[.\-]\d+)*)"
    rf"号?(?(open)[）)]){_WHOSE}?(?:{_KINDS})"
)
# The item's number whose 第 or kind word a broken copy lost, question marks for the lost
# characters or a broken tag of the page's markup standing in their place (建？/strong>？120号
# 的答复, 代表建？？15号的答复: an encoding's damage), after what is left of the kind word, the
# session or whom it came from, and before the title's ending: the item's number, as 建议120号
# 的答复 is read (fix96).
# (A question mark among the damage at least: a tag alone, 建议<b>12号, is read as before.)
_DAMAGED_BEFORE_NUMBER = re.compile(
    r"[建提议案会表员第](?P<damage>(?:？|<?/?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>]{0,60})?/?>){1,6})"
    r"(?P<number>[0-9]{1,6})号(?=的?(?:答复|复函|回复|函|办理))"
)
# A bracketed note naming the session and the number after an unquoted title or a kind
# word (关于…的建议（县十七届人大二次会议第15号）收悉, 您的提案（市政协五届三次会议第8号）):
# the item's number, the note holding nothing else.
# The note may write the session short, its 会议 left out (（18届4次第15号）, （十八届四次
# 第15号）: …N届…N次 in the note), and the number without 第 (（十六届三次会议88号）).
# (Matched at each 会议 or 次 before a number and 号 at the note's end, the note's opener
# looked for behind it: :func:`_note_opener`.)
_SESSION_NOTE = re.compile(rf"(?:会议|(?P<short>次))第?(?P<number>{_N})号[）)]")
_NOTE_REACH = 25  # the opener at most 24 characters before the 会议
# The session a bracketed number note names before the number (《…》（十四届二次会议第88号）):
# the last branch, tried only where the others fail (its lazy run is the dearest)
_NOTE_SESSION = r"(?:[\u4e00-\u9fff0-9]{2,24}?会议)"
# right after a quoted title: 》的建议, ”提案, 》(第86号), ”(第10号建议), 》的建议(第088号);
# digits alone in the brackets only after a title that ends in its kind word (《…的建议》
# (0641)), and no year ((2019) dates a cited document); the kind word right after the
# note (》(20240208号)提案, the word the letter calls the item by, as 》提案).
_AFTER_QUOTE = re.compile(
    rf"[》”」\"](?:的?(?:代表|委员)?(?P<kind>{_PAIR_WORD}|{_KINDS}))?"
    rf"(?:[（(](?:第?(?P<number>{_CLASSED}|{_N})号|{_NUMBER_LABEL}(?P<labelled>{_N})号?"
    r"|(?<=(?:建议|提案|议案)[》”」\"][（(])(?!(?:19|20)[0-9]{2}[）)])(?P<bare>[0-9]{2,12})(?=[）)])"
    rf"|{_NOTE_SESSION}第(?P<noted>{_N})号|{_YEARLY}(?P<yearly>{_N})号)"
    rf"{_WHOSE}?(?P<bkind>{_KINDS})?[）)](?:的?(?:代表|委员)?(?P<akind>{_KINDS}))?)?"
)
# right after a quoted title, a 第…号 that no kind word follows (its word mistyped or lost:
# 《关于…的建议》的第105号建设已转交, 》第105号已收悉): the number of the item so titled; a
# decree's or a file's number (第588号令, 第5号文) is none.
_NUMBER_AFTER_QUOTE = re.compile(rf"的?第(?P<number>{_SERIALS})号(?![令文])")
# A title's closing quote whose opening one the copy lost (提出的关于…的建议”(第54号)，…),
# right after its kind word and before a bracket: the note after it read as after a quote.
# (The mark first, its kind word looked at behind it: the engine scans for the mark in C.)
_LONE_CLOSE = re.compile(r"[”」\"](?<=(?:建议|提案|议案|意见)[”」\"])(?=[（(])")
# the number a sentence gives after 编号为 (您提出的编号为第88号的建议, 编号为0031的《…》,
# 建议编号为2024088的…): right before the item's kind word or its quoted title, 的 between
# or not; a number so written before anything else (编号为88，…) is not read.
_NUMBERED_AS = re.compile(
    rf"编号为第?(?P<number>{_N})号?(?=的?(?:{_WHOSE}?(?:{_KINDS})|[《“「\"]))"
)
# the number alone in brackets after the title's 文种 ending (关于对《…》的答复（第58号）): the
# item's, a note the title drops; its year before it or not (…的建议”复文（2021年第58号）)
# (also with a page's marks after it, a separator between: （2023年第46号，同意公开）)
_NUMBER_AFTER_ENDING = re.compile(
    rf"[（(](?:{ITEM_YEAR})?第(?P<number>{_SERIALS})号"
    # (its class after a comma in the same brackets: （第123号，B类）, the handling type's;
    # or a page's mark: （第46号，同意公开）)
    rf"(?:\s*[，,、；;]\s*(?:[A-D]\d?类|{vocab.key_alternation('public_values')}))?[）)]"
)
_ENDING_NOTE_OPENERS = ("（第", "(第", "（20", "(20")
# the number after a colon ending the title, right after its 文种 ending (…代表建议的答复：
# 第3号, …的复函：2021年第5号): the item's, as in brackets there (the view makes a web copy's
# ``:`` full-width); the title keeps it, as it keeps a colon's note but the proposal's title.
_NUMBER_AFTER_ENDING_COLON = re.compile(rf"：(?:{ITEM_YEAR})?第(?P<number>{_SERIALS})号\s*$")
# In the letter's title, a 第…号 with no kind word after it, the reply's ending right after
# its 的 (关于市人大某届某次会议第12号的答复, 对…会议第5号的答复函, 第12号的办理意见): the
# item's number, as 第12号建议的答复 is read (decided, left63); the kind is the letter's word
# for the item elsewhere (the opening, the proposal's own title). Never a 发文字号's serial
# (…〔2023〕第12号的答复, 某政函〔2023〕12号的答复: a bracket before the 第, or no 第), nor a
# decree's or a file's (第5号令的答复: 的 right after 号), nor a letter's the reply answers
# (…第12号的函的复函: the 函 no ending of the title).
_NUMBER_BEFORE_ENDING = re.compile(
    rf"第(?P<number>{_SERIALS}|{_HANZI_SERIAL})号的(?=答复|复函|回复|函(?![的之])|办理)"
)
# What stands right before such a 第 (blanks between or not) where the number is a
# document's (review63a): a 发文字号's bracket (〔2023〕第12号, (2023)第12号), figures or a
# letter, a decree's or a notice's own number (某市人民政府令第12号, 某局公告第3号, 通告) and
# a year's count of documents (公告2023年第12号, 2023年第12号): items are numbered in a
# session, which the title names before the number (…会议第12号).
_DOCUMENT_BEFORE_NUMBER = re.compile(rf"(?:[{re.escape(CLOSE)})0-9A-Za-z告令年]|公报)\s*$")
_DOCUMENT_BEFORE_REACH = 8
_TITLE_ENDINGS = ("答复", "复函", "回复", "函", "复文")
# before a quoted title: 第181号《…》, 第12号：关于“…”提案, 第12号：关于…的建议; also in
# brackets of its own, as a page sets the item's number alone on a line above the title
# (（第12号） / 关于…的答复, a registry's long serial as well: （第2024011804号）): read in
# the title's lines joined (the layout's numbered line first), the bracket right before
# 关于 or the quote. (A bracket opened before the 第 must close right after the 号.)
_NUMBER_BEFORE_QUOTE = re.compile(
    rf"(?P<open>[（(])?第(?P<number>{_CLASSED}|{_N})号(?(open)[）)]|(?:代表|委员)?：?)(?:关于)?$"
)
_NUMBER_BEFORE_QUOTE_REACH = 24
"""How far before a quote a match of :data:`_NUMBER_BEFORE_QUOTE` may start: its longest is
23 characters (第, 16 of the number, 号, 代表：, 关于), one more where ``$`` matches before a
last line break. Searched from there, not from the text's start (a search tries every
place: a long title of many quotes searched all the text before each, quadratic)."""
# the letter's word for it in the opening: 你的提案, 您们的建议, 你(们)的议案
_YOURS = re.compile(r"[你您](?:们|[（(]们[）)])?的(?P<kind>建议|提案|议案)")
_KIND = re.compile(
    rf"(?P<kind>议事原案|{_COMPOUNDS}|建议案(?![由号])|{_BOTH_KINDS_WORD}|建议|提案|议案)"
)
# The deputies' compound right before the quoted item it files, with 中 and 提出的 between
# or not (代表建议、批评和意见中提出的《…》, …批评和意见“…”): decided (fix106), the letter's
# word for the item, ranked as a body's word naming it (an earlier round read the quoted
# title's own ending, 建议). Only before an item's title (关于… or its words to a kind word,
# review62b): a motto or a rule's name quoted after it (…批评和意见“件件有回音”, 代表建议、批评
# 和意见《办理办法》) is no item, and the quoted title's own ending speaks.
_LAW_COMPOUNDS = "|".join(c for c in _COMPOUNDS.split("|") if "批评" in c)
_COMPOUND_BEFORE_QUOTE = re.compile(
    rf"(?P<kind>{_LAW_COMPOUNDS})中?(?:所?提出?的)?"
    r"(?=[《“\"「](?:关于|[^《》“”\"「」。；]{1,80}?(?:建议|提案|议案|意见)[》”\"」]))"
)
# The compound kind words as a title's ending (one longer than _KIND's four characters).
_COMPOUND_ENDINGS = tuple(_COMPOUNDS.split("|"))
_KIND_WORD = re.compile(_KINDS)
_KIND_FIRSTS = ("议", "意", "建", "批", "提")  # what a kind word of _KINDS opens with
# The ending of an item's own title that names it only when nothing else does: 意见 (批评意见
# whole, a kind word of its own).
_OPINION = re.compile(r"(?:批评)?意见$")
# So is 提议, a member's or deputy's motion as some bodies name it (《关于…的提议》): the item's
# own title ends with it, and it names the item only when nothing else does (fix117).
_MOTION = "提议"
# The same word as the opening's name for an item it quotes, right after the quote and before
# what is done with it (您提出的“…”的意见已由…转我局收悉, “…”意见收悉, “…”的意见，经研究…):
# ranked as that ending (last: 意见 is also the common noun for a remark, so only where nothing
# else names the item; not after 对, 您对“…”的意见，…: a remark on a quoted topic).
_OPINION_AFTER_QUOTE = re.compile(r"的?(?P<kind>意见)(?=已|收悉|，)")
_NUMERAL = "0-9一二三四五六七八九十"
# The bodies whose sessions proposals are made at.
_BODIES = "人民代表大会|代表大会|党代会|人大|政协|委员会"
_LEAD_IN = r"[\u4e00-\u9fff〇○0-9]{0,24}?"
# 会议 whose 议 was lost, kept as written when the number or the kind word follows at once
# (十七届人大三次会第56号建议); 三次会上 is no session of this kind.
_MEETING = rf"会(?:议|(?=(?:第?[{_NUMERAL}]+号?)?{_WHOSE}?(?:{_KINDS})))"
# 会议 lost whole (市政协八届一次委员第094号提案, 十一届一次第111021号): the session is
# kept as written when the number or the kind word follows …N届…N次 at once.
_MEETING_LOST = rf"(?={_WHOSE}?(?:第?[{_NUMERAL}]+号|{_KINDS}))"
# (The lookahead after the lead-in holds what every branch opens with: the same matches,
# the branches tried only where one may start.)
# A run of underscores a copy left inside the name (市十七届人大___三次会议: a form's blank
# or a site's filler) is read past, the name kept as written, as a gloss is.
_FILL = "_"
# A place's body and its 会议, neither 届 nor 次 named (某区人大会议, 县政协会议, 某县人民代表大会
# 会议), where it names the meeting the item was made at: before 上 or 期间 and the asking
# word, or before the item's number or kind word. Its place's level right before the body
# (a bare 人大会议 names no body's session); a mention anywhere else is none (在区人大会议上，…).
# A level a word points to or counts with names no place (该县人大会议, 各区政协会议, 两县…).
_PLACE_MEETING = (
    r"(?<=[省市县区镇乡州旗盟])(?<![该各其此每两几][省市县区镇乡州旗盟])"
    r"(?:人大|政协|人民代表大会)会议"
    rf"(?=(?:上|期间)所?(?:提出|提交|提的|提)|{_WHOSE}?第?[0-9]+号|{_WHOSE}?(?:{_KINDS}))"
)
ANNUAL_ITEM_NUMBER = rf"第{ITEM_SERIAL}号(?:[)），,、；]|{_WHOSE}?(?:{_KINDS}))"
"""An item's number right after the year its body numbers its items in (2017年第239号提案,
2019年第8号重点提案, （2021年第58号）): its kind word or a note's stop after the 号. That
year is no date (:mod:`replyparse.fields.dates`) and, a place's body before it, the
session (:data:`_PLACE_YEAR`); the body's 公告, 决定 or 文件 numbered so (2019年第3号公告) is
no item's, its year a date."""
# A place's body and the year it numbers its items in, right before the item's number
# (市政协2017年第239号提案: a committee counting its proposals afresh each year, no 届 or 次
# named): the session as written, the year no date. Its place's level right before the
# body, as above.
_PLACE_YEAR = (
    r"(?<=[省市县区镇乡州旗盟])(?<![该各其此每两几][省市县区镇乡州旗盟])"
    r"(?:人大|政协|人民代表大会)"
    r"(?:(?:19|20)[0-9]{2}|[一二][〇零○O][一二三四五六七八九〇零○O]{2})年度?"
    rf"(?={ANNUAL_ITEM_NUMBER})"
)
# What stands before a session name and is no part of it: the session starts after the
# last of them (_strip_lead). With the verbs of receiving or forwarding the item before its
# session (我局收到县…会议第5号建议, 接到, 转交, 交办, 根据 …); none stands inside a session's name.
_CUT_WORDS = r"关于|在|于|对|向|的|提出|收到|接到|接收|转来|转交|交办|交来|批转|根据|按照|依据"
# A place whose name opens with one of those words (于都县, 向阳区) is the session's own.
_LEAD_PLACES = vocab.alternation("session_lead_places")
# The same year written first, before the place and its body (2017年市政协第239号提案): the
# session as written, year first (a named group: no lead word strips its year). What stands
# between the year and the level is a place's name: no word that leads to a session or is
# cut before one (2019年收到县政协…, 2019年我们在县政协…, 2019年我局办理县政协…: the year
# the sentence's, review56b), a place opening with such a word kept (2019年于洪区政协), and
# no time running from the year (2019年以来县政协…).
_YEAR_PLACE = (
    r"(?P<annual>(?:(?:19|20)[0-9]{2}|[一二][〇零○O][一二三四五六七八九〇零○O]{2})年度?"
    r"(?!以[来后前])"
    rf"(?:{_LEAD_PLACES}|(?!{_CUT_WORDS}|{vocab.alternation('session_lead_words')})"
    r"[\u4e00-\u9fff]){0,10}?(?<![该各其此每两几])[省市县区镇乡州旗盟]"
    r"(?:人大|政协|人民代表大会))"
    rf"(?={ANNUAL_ITEM_NUMBER})"
)
_SESSION = re.compile(
    rf"""{_LEAD_IN}(?=[{_NUMERAL}人代党政委])(?:
        [{_NUMERAL}]{{1,4}}届[\u4e00-\u9fff0-9{_FILL}]{{0,12}}?[{_NUMERAL}]{{0,3}}次(?:全体)?{_MEETING}
      | (?:{_BODIES})[\u4e00-\u9fff0-9{_FILL}]{{0,12}}?[{_NUMERAL}]{{0,3}}次(?:全体)?{_MEETING}
      | [{_NUMERAL}]{{1,4}}届(?:{_BODIES})?会议
      | [{_NUMERAL}]{{1,4}}届(?:{_BODIES})(?=第?[{_NUMERAL}]+号|上提|上所?提|期间)
      | [{_NUMERAL}]{{1,4}}届[\u4e00-\u9fff0-9{_FILL}]{{0,12}}?[{_NUMERAL}]{{1,3}}次{_MEETING_LOST}
      | {_PLACE_MEETING}
      | {_PLACE_YEAR}
      | {_YEAR_PLACE}
    )""",
    re.VERBOSE,
)
"""A session: …N届…N次会议 (its 议 lost right before the number: …三次会第56号); a
body's name before …次会议 whose numerals were lost (县政协次会议, 政协某县届委员会次会议)
or that counts no 届 (镇第十四次党代表大会一次会议); …N届会议 with no 次 (市政协七届会议);
…N届 and the body, named before the number with no 会议 (东区十一届人民代表大会第13号建议)
or before 上 and the asking word or 期间 (您在第十七届人民代表大会上提出的…); a place's
body and 会议 with neither 届 nor 次, where it names the meeting the item was made at
(:data:`_PLACE_MEETING`: 您在某区人大会议上所提建议), or its body and the year it numbers its
items in (:data:`_PLACE_YEAR`: 市政协2017年第239号提案; year first, :data:`_YEAR_PLACE`:
2017年市政协第239号提案);
…N届…N次 right before the number or the kind word, its 会议 lost (市政协八届一次委员第094号
提案, 十一届一次第111021号)."""
# A named campaign or occasion where the session stands, read where no session of a body
# is named (fix96): a title's `关于县“某某，某某”行动第9号建议的答复`, an opening's `您在“某某”
# 活动中提出的…`. The campaign's name in quotes, a place or a body before it (县, 市人大…)
# and a few words after it (主题, 实践) before the word naming the occasion
# (data/session_campaigns.txt: 活动, 行动, 专题调研, 视察…), right before the item's number,
# or 中/上/期间 and the asking word after the one asked (您在…). The session is the place's
# words (from after the words that lead to a session, 关于, 您在, as a session's), the quote
# and the rest, as written. A quote alone or a campaign word alone is none, and so is a
# campaign the item is about or the office acted in (review62a: 关于推进“某某”行动提案,
# 结合“某某”专项行动提出了…, 我局在“某某”活动中提出的目标, 关于在“某某”行动中提出的…建议):
# what is left before the quote is a place or a body or nothing (_CAMPAIGN_PLACE), and a
# campaign the item was asked in follows 您在 (_ASKED_IN).
_CAMPAIGN = re.compile(
    r"(?P<lead>[\u4e00-\u9fff0-9]{0,12})"
    r"(?P<named>(?:“[^“”。；：]{1,30}”|「[^「」。；：]{1,30}」)[\u4e00-\u9fff]{0,6}?"
    rf"(?:{vocab.alternation('session_campaigns')}))"
    r"(?=(?:期间|中|上)?(?:(?P<numbered>第?[0-9]+号)|所?(?:提出|提交|提的)))"
)
_CAMPAIGN_ENDS = tuple(vocab.words("session_campaigns"))
_CAMPAIGN_PLACE = re.compile(
    rf"(?:[\u4e00-\u9fff]{{0,10}}?[省市县区镇乡州旗盟])?(?:{_BODIES})?(?:常委会)?"
)
"""What may stand before a campaign's quote, past the lead words: a place, a body, both or
nothing (县, 市人大, 区政协常委会); a verb (推进, 结合) makes the campaign the item's topic."""
_ASKED_IN = re.compile(r"[您你]们?[在于]$")
"""The lead words before a campaign the item was asked in (您在“某某”活动中提出的)."""


def _campaign(text: str) -> tuple[str, int] | None:
    """The first named campaign of ``text`` standing where a session does
    (:data:`_CAMPAIGN`), as the session's name and where it ends; None when none does
    (most texts quote nothing: no search)."""
    if "”" not in text and "」" not in text:
        return None
    if not any(word in text for word in _CAMPAIGN_ENDS):
        return None
    for cm in _CAMPAIGN.finditer(text):
        lead = cm.group("lead")
        place = _strip_lead(lead)
        if not lead.endswith(place) or not _CAMPAIGN_PLACE.fullmatch(place):
            continue
        if cm.group("numbered") is None and not _ASKED_IN.search(lead[: len(lead) - len(place)]):
            continue
        return place + cm.group("named"), cm.end()
    return None


_CUT = re.compile(_CUT_WORDS)
# The end of the last of them, by one match: the greedy run puts the match at the last
# place one starts (none is the start of another); that is where the last match of a left-to-
# right scan starts, or inside it (于 of 关于), the same end; where two overlap (转交办: 转交,
# 交办) it is the later one's end, past both.
_LAST_CUT = re.compile(rf"(?s:.*)(?:{_CUT.pattern})")
# A place whose name opens with one of those words (于都县, 向阳区) is the session's own.
_LEAD_PLACE = re.compile(_LEAD_PLACES)
# The reply's own subject, an office's first person (我局, 我委, 本局, 我们, 我单位…: no
# place, as 我县 and 本市 are; the authority's own words, orgnames.OWN_AUTHORITY, that the
# letter's other readers share, and 我们, 本所, 本站, 我公司), before the session: the words
# after it are its clause (我局认真落实县政协…会议…). Where the clause is a run of the words
# an office takes an item up with (:data:`_OWN_CLAUSE`), the place's name after it is the
# session's, whole (我局认真落实某县政协… → 某县政协…, review57e); where a word cut before a
# session stands in it (我局对某县政协…, 我局收到…), the cut decides, as without the
# subject; else the clause's verb is one no list names and the session starts at the place's
# level right before its body or its 届 (县政协, 县十七届人大…), where the place's name, if
# any, is lost.
_OWN_SUBJECT = re.compile(
    rf"(?:[我本](?:{OWN_AUTHORITY}|公司|[所站处科室司])|我们)"
    r"(?P<clause>[\u4e00-\u9fff]*?)"
    rf"(?=[省市县区镇乡州旗盟](?:{_BODIES}|第?[{_NUMERAL}]+届))"
)
_OWN_ACT = (
    rf"(?:{vocab.alternation('own_clause_adverbs')})*"
    rf"(?:{vocab.alternation('own_clause_verbs')})"
)
_OWN_CLAUSE = re.compile(rf"{_OWN_ACT}(?:并?{_OWN_ACT})*[了好]?")
# A year a title puts before the session (2020年某县七届人大三次会议…) is the year's date,
# no part of the session's name: stripped as a lead word.
_YEAR_LEAD = r"(?:19|20)[0-9]{2}年(?:度)?|[一二][〇零○O][一二三四五六七八九〇零○O]{2}年(?:度)?"
_LEAD = re.compile(f"^(?:{vocab.alternation('session_lead_words')}|{_YEAR_LEAD})")
# Quotes around the proposal's own title. Order: book-title marks first, then curly and
# straight quotes. Each branch has one group (_quoted_span).
# A title may quote a word with the same curly quotes (“关于解决“停车难”的建议”): one
# level of such quotes stays inside. Written as a run of other characters between the
# inner quotes, not as a repeat of one character or one inner quote (what it was): the
# same matches (each part of the span can be read one way only, so backtracking finds no
# other), a run the engine counts in C; the lookahead keeps the span non-empty.
# A title citing a document in the same book-title marks (《关于落实《某条例》…的建议》, a web
# copy's 〈〉 turned to 《》) holds them, one level deep, within one sentence (no 。: an
# outer mark lost does not swallow the text up to the next cited title's).
_QUOTED = re.compile(
    r"《(?P<a>[^《》]+|[^《》。]*(?:《[^《》。]+》[^《》。]*)+)》|“(?!”)(?P<b>[^“”]*(?:“[^“”]*”[^“”]*)*)”|\"(?P<c>[^\"]+)\""
    r"|「(?!」)(?P<d>[^「」]*(?:「[^「」]*」[^「」]*)*)」"
)


def _quotes(text: str) -> list[re.Match[str]]:
    """``list(_QUOTED.finditer(text))``, not searched where no opening mark stands (every
    branch opens with 《, “, " or 「): four ``in`` checks in place of a scan trying the
    pattern's class at every character (most titles and many openings quote nothing)."""
    if "“" in text or "《" in text or '"' in text or "「" in text:
        return list(_QUOTED.finditer(text))
    return []


_RECEIVED = re.compile(r"收悉|收到|已交|转来|交由|交我|现答复|答复如下|现将")
# The handing over (…的建议已交由我局办理) follows the item: its kind word, its closing quote,
# its bracketed number or a comma. A 交由 anywhere else is the proposal's own words (关于将
# 某园区交由某市建设的建议收悉) and the title runs on past it.
# So does what another body sends on (市人大常委会转来您提出的《…》收悉: 转来 before the item).
_HANDED_OVER = frozenset({"已交", "交由", "交我", "转来"})
_HANDED_AFTER = re.compile(rf"(?:{_KINDS}|[》”」\"）)，,])(?:已经?|均已|现已|业已|并已|已于)?$")
# Words that say the quoted title that follows is what the addressee asked.
# (every word of two characters: _proposal_title reads where the first one ends)
_ASKED = re.compile(r"提出|所提|提的|提交|领衔|联名|关于|题为|名为")
# Words that say what follows in quotes was said (答复：“若增设只会更拥堵”): a reported
# answer's or remark's words, no title, though a 关于 stands before them.
_SAID = re.compile(r"(?:答复|回复|表示|指出|认为|称|说)[:：]\s*[“「\"]$")
_SAID_REACH = 5
# What parts two quoted titles of items answered together (第4号提案《…》和第5号提案《…》,
# 《…》、《…》): the first one's number noted in brackets or not (《…》（第4号）和《…》), a
# joining word or mark, the next item's number and kind word or not.
_JOINS = frozenset("和及与、，,")
_JOINS_OR_NOTE = _JOINS | frozenset("（(")
_JOINED = re.compile(
    r"(?:[（(][^（）()]{0,12}[0-9０-９]{1,8}号?[）)])?"
    rf"[和及与、，,](?:第?[0-9]{{1,5}}号)?(?:{_WHOSE})?(?:{_KINDS})?"
)
# A quoted title right before the word that says it arrived (您《…》收悉), a bracketed
# number or a kind word between them.
_BEFORE_RECEIVED = re.compile(
    rf"[》”」\"](?:[（(][^（）()]{{1,12}}[）)])?(?:的?(?:{_KINDS}))?(?:已经?|均已|已于)?"
    rf"(?:{_RECEIVED.pattern})"
)
# A quoted title the letter names the item by, its kind word after it (a number note between
# or not), then a comma and what is done with it (“…”的提案，经认真办理，现答复如下: a 协办
# unit's reply to the lead unit, 我单位协助贵单位办理的“…”的提案, no asking word before it):
# the item answered, as before 收悉 (:data:`_HANDLED_AFTER_COMMA`, defined below).
_HANDLED_AFTER_QUOTE_HEAD = (
    rf"[》”」\"](?:[（(][^（）()]{{1,12}}[）)])?的?(?:{_WHOSE})?(?:{_KINDS})"
    r"(?:[（(][^（）()]{1,12}[）)])?"
)
# (The lookahead holds what the kind word, or 的, opens with: the same matches, and the
# lazy run tries the kind words only where one may start.)
_PHRASE = re.compile(rf"关于[^，。；：“”《》]{{2,80}}?(?=[的议意建批提])的?(?:{_KINDS})")
# The same phrase whole: to the last kind word before what follows a title (收悉, 办理情况,
# 的答复…), so a kind word inside it (关于整治河道和建议设立护栏的建议) ends nothing; a kind
# word glued after another (…的建议提案收悉), or joined by 的 after a title that ends in 的
# and its own kind word (…的建议的提案收悉), is the letter's word for the item, no part of
# the title, as it is after a quoted one (《…的建议》的提案收悉). A kind word that is the
# subject's noun stays in the title (关于重视群众建议的提案, 关于完善议案的提案).
_ITEM_WORDS = ("建议", "提案", "议案")
"""The kind words a letter sets after an unquoted title as its word for the item."""
_NOT_AFTER_AN_ITEM = "".join(rf"(?<!的{w}的)" for w in _ITEM_WORDS)
"""Not right after a title ending in 的 and its kind word, then 的 (…的建议的|提案)."""
_NOT_AFTER_A_KIND = "".join(rf"(?<!{w})" for w in _ITEM_WORDS) + _NOT_AFTER_AN_ITEM
_PHRASE_BODY = rf"关于[^，。；：“”《》]{{2,80}}{_NOT_AFTER_A_KIND}(?:{_KINDS})"
# What follows a title in the opening and in the title line: the letter's word for the
# item may come first, glued or after 的, when the title ends in 的 and its kind word.
_ITEM_WORD_AFTER = (
    rf"(?:(?<={'|'.join('的' + w for w in _ITEM_WORDS)})的?(?:{'|'.join(_ITEM_WORDS)}))?"
)
_AFTER_IN_OPENING = (
    rf"(?={_ITEM_WORD_AFTER}(?:(?:[（(][^（）()]{{1,12}}[）)])?(?:已经?|均已|已于)?"
    r"(?:收悉|收到|已交|转来|交由|交我)|的?办理(?:情况|结果|意见)|的?(?:答复|回复)))"
)
# The same word read where the title ends (not the head of a longer word: 提案人).
_ITEM_WORD_AT_END = re.compile(rf"的?(?P<kind>{'|'.join(_ITEM_WORDS)})(?![人者书])")
_AFTER_IN_TITLE = rf"(?={_ITEM_WORD_AFTER}(?:的?(?:答复|复函|回复|函|办理|意见)|$))"
_WHOLE_IN_OPENING = re.compile(rf"{_PHRASE_BODY}{_AFTER_IN_OPENING}")
_WHOLE_IN_TITLE = re.compile(rf"{_PHRASE_BODY}{_AFTER_IN_TITLE}")
# A word the letter quotes inside an unquoted 关于… phrase (关于加大…打造“3A”级景区的建议,
# 关于“双减”后课后服务的建议): the quotes mark a term, not the title, which is the phrase
# whole, its terms and their quotes in it. Book-title marks cite a document and stay out.
# A term is a name, a word or a programme's (东坡片区和西坡片区两处高标准农田示范区): up to 30
# characters, no clause's mark in it.
_CURLY_TERM = r"“[^“”《》\"「」，。；：]{1,30}”"
"""Such a term in curly quotes: the one an unquoted title with no 关于 may hold too
(_ASKED_PHRASE, _TITLE_AFTER_NUMBER)."""
_TERM = rf"{_CURLY_TERM}" r"|\"[^“”《》\"「」，。；：]{1,30}\"" r"|「[^「」“”《》，。；：]{1,30}」"
_TERMED_BODY = rf"关于(?:[^，。；：“”《》\"「」]|{_TERM}){{2,80}}{_NOT_AFTER_A_KIND}(?:{_KINDS})"
_TERMED_IN_TITLE = re.compile(rf"{_TERMED_BODY}{_AFTER_IN_TITLE}")
# A quote that runs from 关于 to the kind word (关于“X”的建议) is the title, X; so with the
# filer's role before the kind word (关于“X”的代表建议, 关于“X”的委员提案: fix92), its
# body and level too (的人大代表建议, 的市政协委员提案: review60g), as roles.txt writes them.
_FILER_ROLES = vocab.longest_first(
    role for role in vocab.words("roles") if role.endswith(("代表", "委员"))
)
_TO_THE_KIND = re.compile(rf"的?(?:{_FILER_ROLES})?(?:{_KINDS})")
# A 关于… phrase that names the session or the number is the letter's words, no title.
# A phrase that names a number (第12号, 5号, 十二号) or a session names no title; a 号 inside
# a word (信号灯, 号召, 口号) does not count.
_NUMBERED_PHRASE = re.compile(r"[0-9０-９一二三四五六七八九十百〇零A-Za-z]号|会议")
# A title line that is the proposal's own title, not a reply's (a web copy's page heading:
# 筹建…中心的建议): six characters or more to …的 and its kind word, nothing after it, and
# no word of a reply (答复, 复函, 办理…), of whom it answers (代表, 您) or of a remark (意见).
_PROPOSAL_TITLE_LINE = re.compile(
    r"(?![^，。]*(?:答复|复函|回复|回函|函复|办理|情况|意见|代表|委员|[你您]))"
    rf"[^，。；：“”《》\s]{{6,80}}的(?:{_KINDS})"
)
# A title with neither quotes nor 关于, right after the asking words and ending in its kind
# word before 收悉 or the clause's end (您提出的改善村道照明条件的建议收悉): six characters
# or more before the kind word, not opening with a word that only praises or points
# (宝贵, 有关, 相关, 这些…).
# An unquoted 关于… title whose words hold commas (关于增加班次，延长线路的提案), right after
# the asking words (their 的 or none: 您提出关于甲，乙的建议，由…) and running to its kind
# word just before what is done with it: 收悉 glued on, or after a comma the handing over
# or the answer (，已交…办理, ，已转我局, ，现答复如下, ，经研究…), or the answer's verb
# glued on (…的建议提出如下意见): the commas before it are its own; never past a
# sentence's end (。；).
_HANDLED_AFTER_COMMA = (
    r"，(?:已经?|均已|现已|业已|已于)?(?:交|转|由|收悉|收到)"
    r"|，(?:现|特|经)(?:答复|回复|函复|研究|认真|我|将)"
    r"|，(?:我|本)(?:局|委|办|厅|院|们|单位|中心|镇|乡|部门)"
)
# Or the verb that gives the answer right after the kind word, in a 协办/会办 unit's
# opinion on the item (现对某代表提出的关于甲，乙的建议提出如下意见): the clause closes there.
_ANSWERED_AFTER = r"(?:提出|作出|做出|给出|提)(?:如下|以下)"
_HANDLED_AFTER_QUOTE = re.compile(rf"{_HANDLED_AFTER_QUOTE_HEAD}(?:{_HANDLED_AFTER_COMMA})")
# The unquoted 关于… phrase holding a term in the opening (_TERMED_BODY), to its kind word
# before what a title there ends before, 收悉 or a comma and what is done with it (关于推广
# “一窗通办”的提案，已交我局办理): the title whole, as a quoted title is read there.
_TERMED_IN_OPENING = re.compile(
    rf"{_TERMED_BODY}(?:{_AFTER_IN_OPENING}|(?=(?:{_HANDLED_AFTER_COMMA})))"
)
# Decided (fix138): so after the words that say the item came in (接到关于甲，乙的提案后，…,
# 收到关于…的建议后，), to its kind word before 后 and a comma, as 收到…后 reads a reply's
# first clause; and the phrase may hold a term the letter quotes (_TERM), or one whose
# closing mark the copy lost (_OPEN_TERM: 关于甲，书写“乙丙的提案, the mark kept as written).
_OPEN_TERM = r"“(?![^“”。；！？]*”)"
"""A curly opening mark no closing one follows in its sentence: a term's, its closing mark
lost (``关于书写“山乡新貌的提案``), one character of an unquoted title that holds it."""
_COMMA_PHRASE = re.compile(
    rf"(?:提出|所提|提交|提|接到|收到)的?(?P<title>关于(?:[^。；：“”《》\s]|{_TERM}|{_OPEN_TERM})"
    rf"{{2,80}}?{_NOT_AFTER_A_KIND}(?:{_KINDS}))"
    rf"(?={_ITEM_WORD_AFTER}(?:(?:已经?|均已|已于)?(?:收悉|收到)|{_HANDLED_AFTER_COMMA}"
    rf"|{_ANSWERED_AFTER}|后[，,]))"
)
# The same in the letter's title line (对…会议关于加强甲乙管理，保持丙丁卫生建议的答复): a
# 关于… phrase with commas, to its first kind word right before the title's 答复/复函/回复.
_COMMA_IN_TITLE = re.compile(
    rf"关于[^。；：“”《》\s]{{2,80}}?{_NOT_AFTER_A_KIND}(?:{_KINDS})"
    rf"(?={_ITEM_WORD_AFTER}的?(?:答复|复函|回复|办理))"
)
# A title line that answers the item with 对 and no 关于, its title unquoted (对加快某某
# 改造的建议的答复, 某局对改善某镇饮水条件的提案的复函): the run after 对 to its kind word
# right before the title's 答复/复函/回复, six characters or more before the kind word, 对
# opening the line or after the issuer's name; none naming a number, a session or whom it
# answers (对某代表…, 对市人大…会议…), nor opening with a word that only points (有关,
# 相关, 各, 这些…: :data:`_NOT_DUI_TITLE`).
_DUI_IN_TITLE = re.compile(
    rf"(?:^|(?<=[局厅委府办院部会]))对(?P<title>[^，。；：“”《》\s]{{6,80}}?的?(?:{_KINDS}))"
    r"(?=的?(?:答复|复函|回复|办理)[^，。；：“”《》\s]{0,6}$)"
)
# The proposal's own title after its number and kind word in the title line, with no kind
# word of its own (关于市政协某届某次会议第15号提案关于加快某某改造的答复): the 关于… run to
# the title's 答复/复函/回复 (one with its kind word is _PHRASE's, after _INNER_ABOUT); the
# kind word after the number is wanted (a 发文字号's 号 before 关于… names no item).
_ABOUT_AFTER_NUMBER = re.compile(
    rf"号{_WHOSE}?(?:{_KINDS})的?(?P<title>关于[^，。；：“”《》\s]{{4,80}}?)(?<!的)"
    r"(?=的?(?:答复|复函|回复|办理)[^，。；：“”《》\s]{0,6}$)"
)
_NOT_DUI_TITLE = re.compile(
    r"^[你您贵宝有相各这此该上]|提出|所提|提交|提的|代表|委员|届|人大|政协|关于"
)
# The same for an item titled …的意见, which nothing else names (关于…的意见 is also how a
# policy is cited): only right after the asking words and before 收悉 or the handing over.
_ASKED_OPINION = re.compile(
    r"(?:提出|所提|提交|提)的(?P<title>关于[^，。；：“”《》\s]{2,80}?的意见)"
    rf"(?=(?:已经?|均已|已于)?(?:收悉|收到)|{_HANDLED_AFTER_COMMA})"
)
# The run may hold a term the letter quotes (您提出的加快“某某”工程建设的建议收悉): the
# quotes mark a term, the title is the run whole, as inside a 关于… phrase (_CURLY_TERM;
# the quote loop of :func:`_proposal_title` asks :func:`_run_holding` before it takes one).
_ASKED_PHRASE = re.compile(
    rf"(?:提出|所提|提交|提)的(?P<title>(?![宝有相各这此该上])(?:[^，。；：“”《》\s]|{_CURLY_TERM})"
    rf"{{6,80}}?的?{_NOT_AFTER_AN_ITEM}(?:{_KINDS}))(?={_ITEM_WORD_AFTER}"
    r"(?:(?:[（(][^（）()]{1,12}[）)])?(?:已经?|均已|已于)?(?:收悉|收到)|[，,。；]|的?办理))"
)
# A title with neither quotes nor 关于 whose own words hold commas or a colon, as a title
# written as a slogan and its subtitle is (某委员提出的以文化城，共建共享：打造某某新街区的提案
# 收悉): the run after the asking words to 的 and its kind word glued to 收悉 or 收到, where
# the item alone is what arrived, so the marks before are its own; opening with no mark,
# no word for an item or a remark (提出的建议：…, 提出的问题，…) and no word that only praises
# or points; no clause after a mark in the letter's own voice (…，我局…, ，经研究…, ，对…,
# ，您…: the reply talking, its marks no title's); never past a sentence's end (。；) or a
# quote; ！ and ？ end a sentence as 。 does. A run with no mark of its own is left to the
# readers after (_ASKED_OPINION, _title_before_number): it is not this pattern's kind.
_PUNCTUATED_RUN = (
    r"(?:[^。；！？!?“”《》\s，,：:]|[，,：:](?![我您你贵经对现特并已该]|目前|当前|下一步))"
)
_TITLE_MARK = re.compile(r"[，,：:]")
_ASKED_PUNCTUATED = re.compile(
    r"(?:提出|所提|提交|提)的"
    r"(?P<title>(?![宝有相各这此该上，,：:、]|问题|意见|要求|建议|提案|议案)"
    rf"{_PUNCTUATED_RUN}{{6,80}}?的{_NOT_AFTER_AN_ITEM}(?:{_KINDS}))"
    r"(?=(?:已经?|均已|已于)?(?:收悉|收到))"
)
# The item's own title written bare right after its number, with neither 关于 nor quotes
# (…会议第33号：硬化某村道路的议案，县政府交由…; …会议第33号硬化某村道路的议案收悉; a
# mirror that put its own words or a colon where 关于 stood): the run after the number (and
# a colon) to its kind word, six characters or more, before 收悉 or a clause's end. Not when
# the number's kind word or whose it is follows (第33号代表建议, _NUMBER_KIND's), nor the
# asking words (第33号提出的…) or 关于 (…号关于…的建议, _PHRASE's); the title names no
# number or session (_NUMBERED_PHRASE, asked by the caller).
# Also after the number's kind word and a colon, the session anywhere before or none
# (您…提出的第33号建议：把某某纳入…的建议，…; a blank a copy left inside the number read
# past, 第2024 33号建议：): the number is _NUMBER_KIND's there, or the title's. Either
# may quote a term of its own inside (把某某纳入山区“某某区”建设内容的建议): the quotes
# mark a term, not the title, which is the run whole, as inside a 关于… phrase (_TERM);
# a run that opens with a quote is none (the quote is the title there). Nor is the reply's
# own sentence about the item (第5号建议：我局高度重视代表的建议，…, 经认真研究您的建议，…):
# a run that opens as the answering body reports (_REPLY_OPENS) or speaks to the addressee
# anywhere (您, 你: a title names no reader). A title ends before another item's number
# joined after it (第5号建议：甲的建议和第6号建议：乙的建议): the first named is the
# proposal, as with quoted titles, never the next item's title under the first's number.
_REPLY_OPENS = (
    r"我(?:局|委|办|厅|们|单位|部门|院|处|司|站|所|中心)|本(?:局|委|办|厅|单位|部门)"
    r"|经(?:过|认真|研究|调查|调研|核实|查|了解|商)|现(?:将|就|已)|根据|按照|针对|收到|接到"
    r"|对此|为此|该|此"
)
# A hijacked mirror may set its words where the number's kind word stood, before the colon
# (…会议第33号某某城_某某网-【某某平台】：硬化某村道路的议案，…): words an underscore joins,
# which no letter writes between words (a site's handle: 手游365_365平台), a site's tag in
# lenticular brackets after them or not; read past as the kind word would be (an earlier
# round read neither number nor title there). Four underscores at most: a handle's few
# names, and each number's try reads a bounded run (a run of underscores and 会议第N号
# read to its end from each number took quadratic time).
_MIRROR_WORDS = (
    r"[\u4e00-\u9fffA-Za-z0-9]{1,20}(?:_[\u4e00-\u9fffA-Za-z0-9]{1,20}){1,4}"
    r"(?:-?【[^【】\s，。；：:]{1,20}】)?"
)
# The same mirror's words where the session's place stood, before its 届 (…在某某娱乐(中国)
# 官方网站 十六届人大…, 您在某某城_某某网-【某某平台】第十七届人民代表大会…): a site's name, a
# bracketed note inside it or not, no sentence's words ending in a site's word (请登录(新版)
# 官网: :func:`~replyparse.orgnames.site_name`), a brand ending in a gambling word
# (:func:`~replyparse.orgnames.spam_name`), or the words an underscore joins: no part of the
# session, which starts after them (spam60; mirror57 read them into it as written). The run
# read back over them is bounded by the longest of either.
_ORDINAL = re.compile(rf"第?[{_NUMERAL}]{{1,4}}届")
_SEAT_LONGEST = 110
_MIRROR_RUN = re.compile(_MIRROR_WORDS)


def _mirror_seat_end(text: str, at: int) -> int:
    """Where the mirror's words end that stand in a session's place around ``text[at:]`` (a
    session read after a bracket or an underscore of them: read back over the words to the
    lead word before them, 您在, 你们在: :func:`_strip_lead`), its ordinal's start, or the
    end of a brand that opens them before a place (``某某(中国)官方网站甲山区十五届…``:
    :func:`~replyparse.orgnames.spam_end`); ``at`` where none stand there."""
    ordinal = _ORDINAL.search(text, at, at + 12)
    if ordinal is None:
        return at
    seat_end = ordinal.start()
    i = at
    lo = max(0, at - _SEAT_LONGEST)
    while i > lo and SITE_CHAR.match(text, i - 1):
        i -= 1
    seat = _strip_lead(text[i:seat_end])
    if site_or_brand(seat) or _MIRROR_RUN.fullmatch(seat):
        return seat_end
    brand_end = seat_end - len(seat) + spam_end(seat)  # (a place after the brand: its own)
    return brand_end if brand_end > at else at


_SEAT_CLOSES = "）】_"
"""What ends a mirror's words right before the session it read back over (a bracket's close,
a handle's underscore: ``某某网-【某某平台】第九届…``): the sign to look past them."""


def _past_mirror(text: str, at: int, name: str) -> str:
    """``name``, the session read at ``text[at:]``, past the mirror's words that open it or
    stand right before it in the place's seat (:func:`_mirror_seat_end`; a brand that opens
    it, ``金沙娱乐十六届…``, ``某某官网 某区十六届…``: :func:`~replyparse.orgnames.spam_end`)."""
    if at and text[at - 1] in _SEAT_CLOSES:
        # (words read back over that are a sentence's, 请登录(新版)官网, are none: as read)
        return name[_mirror_seat_end(text, at) - at :]
    ordinal = _ORDINAL.search(name)
    return name[spam_end(name[: ordinal.start() if ordinal else len(name)]) :]


_TITLE_AFTER_NUMBER = re.compile(
    rf"(?:会议第(?P<number>{_N})号(?:{_MIRROR_WORDS}[：:]|[：:]?)"
    rf"|(?:(?<=第)|(?<![第0-9A-Za-z\-]))(?P<mirrored>{_N})号(?:{_WHOSE}?(?:{_KINDS}))?[）)]?"
    rf"{_MIRROR_WORDS}[：:]"
    rf"|第{_N}(?: {_N})?号{_WHOSE}?(?:{_KINDS})[：:])"
    rf"(?P<title>(?!关于|提出|所提|提交|领衔|联名|[你您贵]|{_REPLY_OPENS}|{_WHOSE}|{_KINDS}|“)"
    rf"(?:[^，。；：“”《》\s你您]|{_CURLY_TERM}){{6,80}}?的(?:{_KINDS}))"
    rf"(?=(?:已经?|均已|已于)?(?:收悉|收到)|[，,。；]|(?:[和及、]|以及)(?=第)|的?办理)"
)
# The proposal's own title in brackets right after the item's number and kind word, or
# after the title's ending (关于第0456号提案（关于加强河道治理）的答复, 您提出的第12号建议
# （关于…的建议）收悉, …的答复（关于…）): the brackets' 关于… whole, its kind word or not,
# never a document's name cited so (…（关于印发…的通知）).
_BRACKETED_TITLE = re.compile(
    r"(?:(?<=建议)|(?<=提案)|(?<=议案)|(?<=号)|(?<=答复)|(?<=复函)|(?<=回复))[（(]"
    r"(?P<title>关于[^（）()，。；：“”《》]{2,80}"
    r"(?<!通知)(?<!办法)(?<!规定)(?<!方案)(?<!决定)(?<!批复)(?<!意见)(?<!条例)(?<!函))[）)]"
)
# An unquoted 关于… title whose kind word comes after the item's number, 的 between them
# (您提出的关于加快某某改造的第88号建议收悉): the title is the 关于… run before the 的 (no
# number or session in it, nor whom it answers or a body: 关于对某代表提出的第8号建议, 关于
# 县人大的第8号建议 name no title).
_TITLE_BEFORE_NUMBER = re.compile(
    rf"关于[^，。；：“”《》]{{4,80}}?(?=的第?{_SERIAL}号{_WHOSE}?(?:{_KINDS}))"
)
_NOT_A_TITLE = re.compile(r"^关于[你您贵]|提出|所提|提交|提的|代表|委员|届|人大|政协")
# After the reply's 关于对 (关于对加快某某改造的第88号建议的答复), the title as written, 对
# in it; not whom the item came from: a body (关于对县工商联的第8号提案) or a person named
# bare (关于对王某某的第8号建议, a name of up to three characters opening with a surname).
_FROM_BODY = re.compile(r"(?:政府|委员会|常委会|工委|党委|代表团|界别|工商联|委|局|厅|办)$")
_SURNAMES = vocab.word_set("surnames")


def _names_whom(run: str) -> bool:
    """Whether ``run``, what follows 关于对 up to 的第N号, names a body or a person (the one
    the item came from), not the item's own words."""
    if _FROM_BODY.search(run):
        return True
    return len(run) <= 3 and (run[:1] in _SURNAMES or run[:2] in _SURNAMES)


# A title whose opening quote was lost: 关于…” or 关于…」 (the run has no quote of its own), or
# 关于…" with a straight quote, which closes only right before the kind word or 收悉 (关于…"的提案;
# a straight quote elsewhere may open a term: 关于加强"三保"…). The run holds no quote, so
# it is taken whole at once (possessive): the first quote after it is the one. A title never
# opens 关于关于: the lost quote stood between the two (提出的关于关于…的建议”), the run opens
# at the second.
_LOST_QUOTE = re.compile(
    rf"关于(?!关于)[^“”「」《》\"。；]{{2,80}}+(?:[”」]|\"(?=的?(?:{_KINDS})|收悉))"
)
# The same after the asking words, a title that does not open with 关于 (提出加强某某管理，
# 打造某某公园。”的建议收悉): the run after 提出/所提/提交/提的 to a closing quote right before
# the kind word, with no quote, colon or sentence's end inside; a full stop the proposer's
# sentence ended with, right inside the quote, is no part of the title.
_LOST_QUOTE_ASKED = re.compile(
    r"(?:提出|所提|提交|提的)的?(?P<title>(?![你您贵]|关于)[^“”「」《》\"。；：]{6,80}+)。?[”」]"
    rf"(?=的?(?:{_KINDS}))"
)
# The same title quoted whole with its kind word, the opening quote lost (提出的加强某某管理
# 的建议”，现答复如下), or a hijacked mirror's brand standing where the quote and the place
# stood (提出的某某体育_某某投注-彩票平台要求…的建议”: the brand no part of it, as of no
# session, spam60): the run after the asking words to the first kind word the closing quote
# follows, no quote, colon or sentence's end inside (fix124).
_LOST_QUOTE_WHOLE = re.compile(
    r"(?:提出|所提|提交|提的)的?(?P<title>(?![你您贵]|关于)[^“”「」《》\"。；：]{4,80}?"
    rf"(?:{_KINDS}))[”」]"
)
_OPENING_QUOTE = re.compile('[“「"]')
_OPENING_LINES = 3
# Received words the proposal's title follows (现将…的提案办理情况答复如下, 收到《…》后).
_TITLE_FOLLOWS = frozenset({"现将", "收到"})
_CLAUSE_END = re.compile(r"[。；：！？]")
# A quoted title that reads as a proposal's (not a law or plan the title cites).
_PROPOSAL_LIKE = re.compile(rf"^关于|(?:{_KINDS})$")
# _PROPOSAL_LIKE's ends as str methods take them: 意见建议 ends in 建议 and 建议案 in 议案
# (its lookahead sees nothing at the end).
_KIND_ENDINGS = ("建议", "提案", "议案", "议事原案", "建议意见", "批评意见", *_COMPOUND_ENDINGS[:2])


def _proposal_like(inner: str) -> bool:
    """``_PROPOSAL_LIKE.search(inner)`` for a stripped ``inner`` without the regex scan
    (a class of alternatives tried at every character): ^ is its start, and $ its end as
    no line break ends it. A quote that only designates the item by its session and number
    (“某市政协十三届二次会议第103号提案”) names no title."""
    if inner.startswith("关于"):
        return True
    return inner.endswith((*_KIND_ENDINGS, _MOTION)) and _DESIGNATION.search(inner) is None


# An item designated by its number (and its session before it) and nothing else: no title.
_DESIGNATION = re.compile(
    rf"^(?:[^，。；：“”《》]{{0,30}}(?:会议|届|次))?第?{_N}号{_WHOSE}?(?:{_KINDS})$"
)


# A number note at the end of a quoted title: (第25号提案), its ) lost or not.
_NUMBER_NOTE = re.compile(rf"[（(]第?{_N}号{_WHOSE}?(?:{_KINDS})?[）)]?$")

# A kind word that names the item in the body: after a word pointing at it (该提案, 接到
# 提案后, 您的建议) or before what is done with it (提案办理情况, 建议收悉); 提案 or 议案
# before 中 (提案中关于…的建议: what the item holds; 建议中 is the common noun's, a
# proposal's points) or 精神 (结合提案精神, 按照议案的精神: what the item asks; fix8486); the
# word glued to 你/您 (its 的 left out) before what the item says (您建议提到…, 您建议中提到,
# 你们提案中提出的, 您建议所提: the addressee's item, no verb; 您建议将… suggests). The
# pattern opens
# with the kind word, so the engine tries only where one stands; the word pointing at it is
# looked for behind the kind word's two characters (``..``). The same matches as the
# pointing word first: no pointing word holds a kind word's character, so none overlaps
# the match before (tests/test_field_patterns.py holds the two alike).
_ITEM_WORD = re.compile(
    r"(?P<kind>议案|提案|建议)(?:"
    r"(?:(?<=[该此本]..)|(?<=(?:这个|这项|这件|上述|接到|收到|你的|您的)..)|(?<=[你您]们的..))"
    r"(?![委人])"
    r"|(?<![和、及与]..)(?=后|收悉|已收悉|办理情况|的办理情况)"
    r"|(?<=案)(?<![和、及与]..)(?=中(?!心)|的?精神)"
    r"|(?:(?<=[你您]..)|(?<=[你您]们..))(?=[中里]?(?:提到|提及|所提|提出的|指出|反映)))"
)
# A kind word of the title that names no item: a body (提案委员会, 提案委), a person (提案人),
# a pair of kinds (建议和提案, 建议、提案办理工作).
_NOT_ITEM = re.compile(r"(?:议案|提案|建议)(?:委|人|[和、及与])|[和、及与](?:议案|提案|建议)")

Rank = int
"""Where a kind was read (lower wins): see the module's docstring."""
(
    _AFTER_TITLE,
    _AFTER_NUMBER,
    _OUTSIDE,
    _YOUR_WORD,
    _NAMES_ITEM,
    _TITLE_ENDING,
    _IN_NOTE,
    _OPINION_ENDING,
    _ANYWHERE,
) = range(9)


class ProposalPart(Found[str]):
    """One part of the proposal answered; ``part`` names its field (and its span's). It
    claims its range; :class:`ProposalFound`, made of the parts, goes on the record."""

    part: ClassVar[Literal["kind", "number", "session", "title"]]
    span_field: ClassVar[str]
    """The field of its span (``part`` and ``_span``), named once per class."""
    placed: ClassVar[bool] = True
    """Whether the record keeps it (:func:`_with_record`)."""


class ProposalFound(Found[Proposal]):
    """The proposal the parts found make, built in one go (one validation, not a field
    set at a time)."""

    def place(self, letter: Letter) -> None:
        letter.proposal = self.value


def _with_record(parts: list[ProposalPart]) -> list[Item]:
    """The parts, after the :class:`ProposalFound` the placed ones make (none when none
    is placed: the record's proposal stays null)."""
    fields: dict[str, object] = {}
    for part in parts:
        if part.placed:
            fields[part.part] = part.value
            fields[part.span_field] = part.span
    if not fields:
        return list(parts)
    # the model's own validator on the dict (see make_proposal): Proposal(**fields) unpacked
    # and packed the dict again, model_validate passes its seven options by name
    return [ProposalFound(make_proposal(fields), None), *parts]


class ProposalKind(ProposalPart):
    part = "kind"
    span_field = "kind_span"


class ProposalNumber(ProposalPart):
    part = "number"
    span_field = "number_span"


class ProposalSession(ProposalPart):
    """The session's name (its years and numbers are no dates)."""

    part = "session"
    span_field = "session_span"


class ProposalTitle(ProposalPart):
    """The proposal's own title (not a reference, wherever it is cited)."""

    part = "title"
    span_field = "title_span"


class ProposalTitleCited(ProposalTitle):
    """The proposal's title quoted a second time in other words (the opening's, when the
    title line's is the one kept): claimed, so it is no reference, and never placed (the
    record keeps the title line's wording)."""

    placed = False


class _Read(NamedTuple):
    """A value read at ``flat.text[at:at + len(value)]``, and how surely (``rank``): a
    tuple, as several are read for each letter and only one of a kind is kept."""

    value: str
    flat: Flat
    at: int
    rank: Rank = 0
    in_title: bool = False

    @property
    def order(self) -> tuple[int, Rank]:
        """How surely a kind read names the item (lower wins): the word the letter's own
        title attaches to it first, then the rank."""
        return (0 if self.in_title and self.rank <= _OUTSIDE else 1, self.rank)


_new = tuple.__new__
"""Makes a :class:`_Read`, a :class:`_Scan` or a :class:`~replyparse.context.Flat` from all
its fields (what their ``__new__`` does, with no Python call: a named tuple's is a frame),
where one is made for most letters."""


def _order(read: _Read) -> tuple[int, Rank]:
    """The key the kind reads are ranked by: :attr:`_Read.order` written out (a plain
    function: no attrgetter and property call for each read)."""
    return (0 if read.in_title and read.rank <= _OUTSIDE else 1, read.rank)


def _strip_lead(session: str) -> str:
    """Drop what stands before the session name: an issuer and 关于 in a title, 您在, 对,
    a verb (答复, 办理), a year (2020年) … Session names hold none of the cut words, so the
    name starts after the last of them; so does a title's authority its session follows
    right after, its 对 left out (某局某县第十届人大二次会议, fix126)."""
    if "届" in session and (named := issuer_before_session(session)) is not None:
        session = session[named:]
    if own := _OWN_SUBJECT.search(session):
        at, level = own.start("clause"), own.end()
        if (clause := _OWN_CLAUSE.match(session, at, level)) is not None:
            at = clause.end()  # (the place's name after the clause kept whole)
        elif _CUT.search(session, at, level) is None:
            at = level  # (a clause no list names: the session from the place's level)
        session = session[at:]
    place = _LEAD_PLACE.search(session)
    last = _LAST_CUT.match(session, 0, place.start() if place else len(session))
    if last is not None:
        session = session[last.end() :]
    while not _LEAD_PLACE.match(session) and (lead := _LEAD.match(session)) and lead.end():
        session = session[lead.end() :]
    return session


def _session_search(text: str) -> re.Match[str] | None:
    """``_SESSION.search(text)``, not tried where neither 届 nor 次 and 会 both stand: every
    branch of the pattern holds 届, or 次 and the 会 of its meeting (a failed search tries
    25 lead-ins at each place: a text naming a 委员会 or a 会议 and no session)."""
    return _SESSION.search(text) if _may_name_session(text) else None


def _may_name_session(text: str) -> bool:
    """Whether ``text`` holds what every match of _SESSION does: 届, or 次 and 会, or a
    body's 会议 (:data:`_PLACE_MEETING`), or a year before the item's 第 (:data:`_PLACE_YEAR`),
    or a year and a body right before it (:data:`_YEAR_PLACE`)."""
    return (
        "届" in text
        or ("次" in text and "会" in text)
        or ("会议" in text and ("人大会议" in text or "协会议" in text or "大会会议" in text))
        or ("年第" in text or "年度第" in text)
        or ("年" in text and ("协第" in text or "人大第" in text or "大会第" in text))
    )


def _part(ctx: Context, kind: type[ProposalPart], read: _Read) -> ProposalPart:
    value = read.value
    if not value:
        return kind(value, None, None)
    # read.flat.range and ctx.span written out: the flat's offsets only grow, so the range
    # holds a character and the span is the view's origin at its ends
    at, origin = read.flat.at, ctx.view.origin
    start, end = at[read.at], at[read.at + len(value) - 1] + 1
    if kind is ProposalNumber and "第" in value:
        value = _numbers_as_one(value)
    return kind(value, (origin[start], origin[end - 1] + 1), (start, end))


def _numbers_as_one(written: str) -> str:
    """Several numbers each written with its own 第…号 (``5号、第17``, the span's text) as
    one 第…号 over them writes them (``5、17``): the 号 and 第 between them left out, the
    separator kept."""
    return _EACH_OWN.sub(r"\1", written)


# The label a 办理单 or a web listing puts before the session on its line (会议届次：…).
_SESSION_LABEL = re.compile(r"(?:会议届次|届次|会议名称|届别|会次)[ \u3000]*[：:][ \u3000]*")


def _session_alone(ctx: Context) -> _Read | None:
    """The session a page's listing gives on a header line of its own, under or over the
    title (``某区第十九届人民代表大会第二次会议``), or after its label there (``届次：…``),
    when neither title nor opening names it."""
    for line in ctx.layout.header:
        text = line.text
        if not _may_name_session(text):
            continue
        at = 0
        if "：" in text or ":" in text:  # (every label ends in one)
            label = _SESSION_LABEL.match(text)
            at = label.end() if label else 0
        if (sm := _SESSION.fullmatch(text, at)) is not None:
            return _Read(sm.group(0), Flat.line(line), at)
    for cell_label, (start, end) in _table_values(ctx):
        if (
            (not cell_label or cell_label in _SESSION_CELL_LABELS)
            and _may_name_session(ctx.view.norm[start:end])
            and (sm := _SESSION.fullmatch(ctx.view.norm, start, end)) is not None
        ):
            return _Read(sm.group(0), Flat(sm.group(0), range(start, end)), 0)
    return None


# A page's heading over the letter's own title, naming the item it answers in a reply's
# title of its own words (某县某届人大某次会议第63号建议的答复 over 关于修复某路建议的答复):
# the item's kind word, then a reply's ending; the item's own title in brackets may stand
# between them (…第309号提案（关于…的建议）的答复, as a title notes it after its ending).
_HEADING_REPLY = re.compile(
    rf"(?:{_KINDS})(?:（关于[^（）]{{2,80}}）)?"
    r"(?:的|之)?(?:办理)?(?:答复|复函|回复|答复函|答复意见|办理情况|办理结果)$"
)


def _item_headings(ctx: Context, title_at: int) -> list[Line]:
    """The header's lines over the letter's own title (index ``title_at``) that are a page's
    heading naming the item answered (:data:`_HEADING_REPLY`): where the letter's own title
    and opening name no number or session, the page's heading gives them, as the page's 文号
    and 标题 cells give what the letter writes none of."""
    return [
        line
        for line in ctx.layout.header
        if line.index < title_at
        and ("号" in line.text or "届" in line.text)
        and _HEADING_REPLY.search(line.text) is not None
    ]


_SESSION_CELL_LABELS = frozenset({"会议届次", "届次", "会议名称", "届别", "会次"})


def _cells(ctx: Context, line: Line) -> list[Range]:
    """The cells of a table's row copied as text (``届次|某会议|建议号|88``): the ranges of
    ``view.norm`` between its bars, blanks at their ends out, empty ones dropped."""
    return cell_spans(ctx.view.norm, line.start, line.end)


def _table_values(ctx: Context) -> list[tuple[str, Range]]:
    """The values of the rows of a table copied as text above the letter (a web listing's
    or a 办理单's, its cells parted by bars, in the header or the title's place), each with
    the label it stands under: the cell after a label cell of its row (``届次|某会议``), a
    cell under its label in a row of labels right above one of as many cells (``届次|建议号``
    over ``某会议|88``), else no label (``""``: ``|某会议|第88号|``)."""
    out: list[tuple[str, Range]] = []
    # the letter's lines as written down to the title's end (the layout may cut a row in
    # two, a label of its own left in the header)
    limit = max([line.end for line in (*ctx.layout.header, *ctx.layout.title)], default=0)
    head = ctx.view.norm[:limit]
    barred = "|" in head or "｜" in head or "│" in head
    gapped = False  # a row of labels its copy parted with gaps (建议编号⇥标题), in the header
    if not barred:
        for line in ctx.layout.header:  # (a few lines; a row of labels is header)
            if line.text[:2] in ROW_HEADS and labels_row(ctx.view, line) is not None:
                gapped = True
                break
        else:
            return out
    above: list[str] | None = None  # the row of labels right above, its cells' texts
    for line in ctx.view.lines:
        text = line.text
        if line.start >= limit:
            break
        if "|" not in text and "｜" not in text and "│" not in text:
            if not gapped:
                above = None
                continue
            # a row a copy parted with tabs or blanks (建议编号⇥标题 over 88⇥关于…)
            under = above is not None and len(cells := gap_cells(ctx.view, line)) == len(above)
            if above is not None and under:
                out.extend(zip(above, cells, strict=True))
            above = None if under else labels_row(ctx.view, line)
            continue
        cells = _cells(ctx, line)
        words = [ctx.view.norm[a:b] for a, b in cells]
        if above is not None and len(above) == len(cells):
            out.extend(zip(above, cells, strict=True))
            above = None
            continue
        if any(w in _CELL_LABELS or w in _TITLE_CELL_LABELS for w in words) and all(
            w in _HEAD_CELLS for w in words
        ):
            above = words  # a row of labels only: its values in the row under it
        i = 0
        while i < len(cells):
            if i + 1 < len(cells) and (words[i] in _HEAD_CELLS or _LABEL_CELL.fullmatch(words[i])):
                out.append((words[i], cells[i + 1]))
                i += 2
            else:
                out.append(("", cells[i]))
                i += 1
    return out


def _settled(kinds: list[_Read], numbers: list[_Read]) -> tuple[bool, bool]:
    """Whether the kind and the number are read already, so the next place's need not be:
    a kind the letter's own title attaches (order (0, rank)) is read before every other
    and beats them all (min keeps the first of equals); only the first number counts."""
    for r in kinds:  # (a loop: no generator)
        if r.in_title and r.rank <= _OUTSIDE:  # order[0] 0
            return True, bool(numbers)
    return False, bool(numbers)


def _joined(ctx: Context, lines: tuple[Line, ...]) -> Flat:
    """The text of ``lines`` (one or more, in text order) joined, line breaks out."""
    if len(lines) == 1:
        return Flat.line(lines[0])  # what ctx.flat gives for one line, without searching it
    return ctx.flat((lines[0].start, lines[-1].end))


def _opening(body: tuple[Line, ...]) -> tuple[Line, ...]:
    """The opening paragraph: the body's first lines up to the one that says the proposal
    arrived or ends with ： (a greeting line above it, a wrap inside it)."""
    return _opening_read(body)[0]


_Received = tuple[re.Match[str] | None]
"""The first match of _RECEIVED in the opening's text, when one search gave it."""


def _opening_read(body: tuple[Line, ...]) -> tuple[tuple[Line, ...], _Received | None]:
    """:func:`_opening`, and, for an opening of one line, the first match of _RECEIVED in
    its text (the search that ended it there, or found none in the body's only line):
    its text is the opening's whole, so :func:`_proposal_title` need not search it again."""
    for i, line in enumerate(body[:_OPENING_LINES]):
        if (received := _RECEIVED.search(line.text)) or line.text.endswith("："):
            return body[: i + 1], (received,) if i == 0 else None
    return body[:2], (None,) if len(body) == 1 else None


# What a kind word (议, 案, 意见), a session (会, 届) or a quoted or 关于… title (its quotes;
# an unquoted one ends in a kind word) holds, or a bracketed 关于… title (:func:`_has_bracketed`,
# which may hold no kind word): a letter that holds none names no part but a labelled
# number, or, when it has header lines, a title its label gives (事由：关于…, which need not
# end in a kind word either: :func:`_labelled_title`).
_ANY_PART = re.compile('[议案见会届《》“”「」"]')


def extract(ctx: Context) -> list[Item]:
    if (
        not ctx.layout.header
        and _ANY_PART.search(ctx.view.norm) is None
        and not _has_bracketed(ctx.view.norm)
    ):
        number = _labelled_number(ctx)
        return _with_record([number]) if number is not None else []
    title, (opening, received) = ctx.layout.title, _opening_read(ctx.layout.body)
    if ctx.layout.numbered and title:
        # the item's number alone on a line by the title (第56号建议 / 关于…的答复)
        title = tuple(sorted(ctx.layout.numbered + title, key=_START_OF))
    title_flat = _joined(ctx, title) if title else None
    opening_flat = _joined(ctx, opening) if opening else None
    places = (
        (title_flat, opening_flat)
        if title_flat is not None and opening_flat is not None
        else (title_flat,)
        if title_flat is not None
        else (opening_flat,)
        if opening_flat is not None
        else ()
    )
    # the 发文字号s cited, gathered at the first number read (most letters read none: the
    # items found so far not walked for them; none is added while the proposal is read)
    cited: list[Range] | None = None

    kinds: list[_Read] = []
    numbers: list[_Read] = []
    session: _Read | None = None
    title_quotes: list[re.Match[str]] | None = None
    opening_quotes: list[re.Match[str]] | None = None
    anywhere: list[Flat] = []  # the places whose kind words were read, for _anywhere
    for place, flat in enumerate(places):
        in_opening = place == len(places) - 1 and bool(opening)
        # nothing is read before the first place
        kind_read, number_read = _settled(kinds, numbers) if place else (False, False)
        if not kind_read or not number_read:
            scan = _Scan.of_place(flat)
            if place == 0 and len(title) == 1:
                title_quotes = scan.quotes  # (one line: its text is what _title_quoted reads)
            if in_opening:
                opening_quotes = scan.quotes
            if not kind_read:
                kinds.extend(_kinds(scan, in_opening, in_title=place == 0 and bool(title)))
                anywhere.append(flat)
            if not number_read and (read := _numbers(scan, place == 0 and bool(title))):
                if cited is None:
                    # a 发文字号's serial is no proposal number; a bracketed year with no
                    # issuer code before it (关于〔2021〕第12号提案) is the proposal's own
                    # numbering
                    docs = doc_numbers_found(ctx)  # (most letters cite none: no comprehension)
                    cited = [(d.start, d.end) for d in docs if d.item.prefix] if docs else []
                if (first := _first_number(flat, read, cited)) is not None:
                    numbers.append(first)  # (only the first number is kept)
        if session is None and _may_name_session(flat.text) and (sm := _SESSION.search(flat.text)):
            name = sm.group("annual") or _strip_lead(sm.group(0))
            at = sm.end() - len(name)
            if (at and flat.text[at - 1] in _SEAT_CLOSES) or SPAM_WORD.search(name):
                name = _past_mirror(flat.text, at, name)  # (the mirror's words none of it)
            session = _new(_Read, (name, flat, sm.end() - len(name), 0, False))
        if session is None and (campaign := _campaign(flat.text)) is not None:
            # a named campaign where the session stands (关于县“某某”行动第9号建议)
            name, end = campaign
            session = _new(_Read, (name, flat, end - len(name), 0, False))
    if (not numbers or session is None) and title:
        for heading in _item_headings(ctx, title[0].index):
            flat = Flat.line(heading)
            read = _numbers(_Scan.of_place(flat))
            first = _first_number(flat, read, []) if read else None
            if numbers and first is not None and first.value != numbers[0].value:
                continue  # another item's heading (第47号 over a letter naming 第7号)
            gave = False
            if not numbers and first is not None:
                numbers.append(first)
                gave = True
            if session is None and (sm := _SESSION.search(flat.text)):
                name = _strip_lead(sm.group(0))
                session = _new(_Read, (name, flat, sm.end() - len(name), 0, False))
                gave = True
            if gave:
                break  # (the first heading that names the item gives both, no other)
    if session is None:
        session = _session_alone(ctx)

    if len(title) > 1:
        # a title of lines: _title_quoted reads its quotes in view.norm (line breaks in),
        # not in the scan's text; searched once here for both its calls (every letter with
        # a title makes one: the opening gives a title, or _proposal_title reads the title's)
        title_quotes = _quotes(ctx.view.norm[title[0].start : title[-1].end])
    found = _proposal_title(
        ctx, title, title_flat, opening_flat, title_quotes, opening_quotes, received
    )
    if found is None and ctx.layout.header:
        found = _labelled_title(ctx)
    elif found is not None and ctx.layout.header and _unquoted_in(ctx, found[1], opening):
        # the opening's own words for the item a form above files whole (建议内容：关于…)
        found = _registered_title(ctx, found) or found
    if found is None and numbers and (rest := ctx.layout.body[len(opening) :]):
        found = _numbered_in_body(ctx, numbers[0].value, rest)
    also: ProposalPart | None = None
    filed: ProposalTitle | None = None  # (the title a page's record files, in its chrome)
    if found is not None and _unbalanced(found[0].text):
        # a damaged copy of the title a form above files whole (建议标题：关于…“…”的建议):
        # the form's, the copy no reference
        if (whole := _filed_whole(ctx, found)) is not None:
            also, found = ProposalTitleCited("", None, found[1]), whole
        else:
            filed = _page_filed(ctx, found[0].text)
    in_title = _title_quoted(ctx, title, quotes=title_quotes) if title and found else None
    if in_title is None and found is not None and title_flat is not None:
        # the title line's own brackets name the item too (…的答复（关于…的建议）): in other
        # words than the opening's, the title line's wins as a quote of it does (the
        # opening's paraphrase, 关于甲的乙的建议 for 关于甲乙的建议, kept before)
        bracketed = _title_bracketed(ctx, title_flat)
        if (
            bracketed is not None
            and bracketed[0].text != found[0].text
            and bracketed[0].text.endswith(_KIND_ENDINGS)
            and _same_item(bracketed[0].text, found[0].text)
        ):
            in_title = bracketed  # (to its kind word: not a report, 关于…建议的办理情况)
    if in_title is not None and found is not None and found[1] != in_title[1]:
        # the title line and the opening quote it differently: the title line's wins, the
        # opening's names the same proposal (no reference either)
        also = ProposalTitleCited("", None, found[1])
        found, filed = in_title, None
    own_title: ProposalPart | None = None
    if found is not None:
        flat, claim = found
        if flat.text:
            # ctx.span(*flat.range(0, len(flat.text))) written out (three calls less): the
            # flat's offsets only grow, so its range runs from its first offset to past its
            # last, and the span is the view's origin at those ends
            origin, offsets = ctx.view.origin, flat.at
            span = (origin[offsets[0]], origin[offsets[-1]] + 1)
        else:  # quotes around nothing but blanks: an empty span where they open
            at = ctx.span(*claim)[0]
            span = (at, at)
        own_title = ProposalTitle(flat.text, span, claim)
        if (km := _ITEM_WORD_AT_END.match(ctx.view.norm, claim[1])) and not _SUGGESTS.match(
            ctx.view.norm, km.start("kind")
        ):
            # the letter's word for the item right after an unquoted title, glued or after
            # 的 (…的建议的提案，已交…): as the word after a quoted one; not 建议 as the verb
            # of the sentence the title opens (关于…的议案建议将…: the title's ending names it)
            word = (km.start("kind"), km.end("kind"))
            kinds.append(_Read(km.group("kind"), ctx.flat(word), 0, _AFTER_TITLE))
        last = flat.text[-4:]  # (one slice for both)
        tail = len(flat.text) - len(last)
        if flat.text.endswith(_COMPOUND_ENDINGS[:2]):  # (the two longer than ``last``)
            at = len(flat.text) - len(_COMPOUND_ENDINGS[0])
            kinds.append(_Read(flat.text[at:], flat, at, _TITLE_ENDING))
        elif km := _KIND.search(last):
            at, ending = tail + km.start("kind"), km.group("kind")
            rank = _OPINION_ENDING if ending in _LAST_KINDS else _TITLE_ENDING
            kinds.append(_new(_Read, (ending, flat, at, rank, False)))
        elif om := _OPINION.search(flat.text):
            # an item titled …的意见, which no other word names (意见 is also the common noun
            # for any remark: only the item's own title ending says it, and last)
            kinds.append(_Read(om.group(0), flat, om.start(), _OPINION_ENDING))
        elif flat.text.endswith(_MOTION):  # (…的提议: the same, last)
            kinds.append(_Read(_MOTION, flat, len(flat.text) - len(_MOTION), _OPINION_ENDING))
        if filed is not None:
            # (the record's title kept, the opening's damaged copy of it claimed, no reference)
            own_title, also = filed, ProposalTitleCited("", None, claim)
    kinds = _deputies_words(ctx, kinds)
    kind = min(kinds, key=_order) if kinds else None
    # the rest's kind words read no better than _NAMES_ITEM outside the title and come after
    # every other read (min keeps the first of equals): read only while none is as good
    # (the rest's lines sliced out only then)
    if (kind is None or _order(kind) > _REST_BEST) and (rest := ctx.layout.body[len(opening) :]):
        kinds = [kind] if kind else []
        kinds.extend(_deputies_words(ctx, _rest_kinds(ctx, rest)))
        kind = min(kinds, key=_order) if kinds else None
    if kind is None:
        kind = _anywhere(anywhere)
    # the parts found, in the order kind, number, session, title, cited title (appended
    # one by one: no list of maybes filtered by a comprehension)
    parts: list[ProposalPart] = [_part(ctx, ProposalKind, kind)] if kind else []
    if numbers:
        parts.append(_part(ctx, ProposalNumber, numbers[0]))
    elif (labelled := _labelled_number(ctx)) is not None:
        parts.append(labelled)
    if session:
        parts.append(_part(ctx, ProposalSession, session))
    if own_title is not None:
        parts.append(own_title)
    if also is not None:
        parts.append(also)
    if (
        found is not None
        and opening_flat is not None
        and ctx.view.norm[found[1][1] + 1 : found[1][1] + 2] in _JOINS_OR_NOTE
    ):
        # (a title joined to another item right after its closing mark, 《A》和…, or
        # after its number noted in brackets, 《A》（第4号）和…)
        parts.extend(_answered_together(opening_flat, opening_quotes, found[1]))
    items = _with_record(parts)
    if (record := _item_record(ctx)) is not None:
        items.append(record)
    return items


class ItemRecord(Found[None]):
    """The rows of a proposal database's record of the item printed over the reply
    (:func:`_item_record`): claimed, on no field; the dates and amounts read off them are
    the page's, none of the letter's."""


# The row a proposal database's record of the item ends with, its value the reply under it
# (办理情况：, 办理结果：…; or the label alone, its colon left out as a form's last row
# over the reply often is: 反馈时间： / 办理情况 / 某局关于…的答复函), and its row of the
# proposal's own text (内容：, 建议内容：…).
_RECORD_END_LABELS = ("办理情况", "办理结果", "答复情况", "答复内容")
_RECORD_TEXT_LABELS = ("建议内容", "提案内容", "议案内容", "主要内容", "内容")
_RECORD_END = re.compile(rf"(?:{'|'.join(_RECORD_END_LABELS)})[ \u3000]*[：:]?$")
_RECORD_TEXT = re.compile(r"(?:建议|提案|议案|主要)?内容[ \u3000]*[：:]")


def _tails(labels: tuple[str, ...]) -> re.Pattern[str]:
    """What is left of one of ``labels`` that lost its first character(s), alone on its
    line with its colon (``容：`` for ``内容：``, ``况：`` for ``办理情况：``); no whole label
    of the record's end or text row (``内容`` is its own, no cut ``答复内容``)."""
    whole = {*_RECORD_END_LABELS, *_RECORD_TEXT_LABELS}
    tails = {label[k:] for label in labels for k in range(1, len(label))} - whole
    return re.compile("(?:" + vocab.longest_first(tails) + ")[ \u3000]*[：:][ \u3000]*$")


# A row of the record whose label a copy cut at the line's start (review60f, dev93/013:
# 容： over the proposal's text, its 内 lost): the tail of its label alone with its colon. It
# counts only among two or more rows of whole record labels (_RECORD_ROW) one under another,
# so no line of a letter's own (…主要内容：, a sentence) opens a record.
_RECORD_END_TAIL = _tails(_RECORD_END_LABELS)
_RECORD_TEXT_TAIL = _tails(_RECORD_TEXT_LABELS)
_RECORD_ROW = re.compile(
    "(?:"
    + vocab.spellings(
        tuple(
            e
            for e in vocab.labels_of(
                "form",
                "proposal_number",
                "proposal_title",
                "addressees",
                "leader",
                "contact_org",
                "date",
                "reply_date",
            )
            if e.field != "date" or e.spelling.startswith(("交办", "办结"))
        )
    )
    + ")[ \u3000]*[：:]"
)
"""A row of a proposal's record opened by a whole label of it and its colon (建议号：,
提案人：, 承办单位：, 责任领导：, 交办日期：, 内容：, 办理情况：…)."""
_WHOLE_ROWS = 2
"""How many rows of whole record labels a record with a cut label's row must hold."""


def _item_record(ctx: Context) -> ItemRecord | None:
    """A proposal database's record of the item over the reply: header lines one under
    another down to the title, the last its handling row left for the reply (``办理情况：``),
    one of them the proposal's text (``建议号：第9号`` / ``提案人：王某`` / ``内容：`` / ``…所需
    资金20万元。`` / ``交办日期：2019年3月1日`` / ``办理情况：`` over ``某局关于…的答复函``),
    on lines or flattened onto one. Its rows' money and dates are the proposal's and the
    page's (as a database's ``议案内容 | …`` rows are chrome, dev27). Rows a copy parted by
    blank lines (a page that sets a paragraph's gap after each row) are one under another
    all the same: the record is its rows in order, whatever blank space a copy put between
    them."""
    header, title = ctx.layout.header, ctx.layout.title
    if not title:
        return _untitled_record(ctx)
    if not header:
        return None
    lines = ctx.view.lines
    # the line right over the title, blank lines skipped, asked first (most are no handling
    # row): the record's last row is that line when the header holds it (_row_over)
    i = title[0].index - 1
    while i >= 0 and not lines[i].text:
        i -= 1
    if i < 0:
        return None
    cut = _RECORD_END.match(lines[i].text) is None
    if cut and _RECORD_END_TAIL.match(lines[i].text) is None and not _record_date(lines[i].text):
        return None
    # (the header's lines in text order: those inside or under the title follow them)
    above = {line.index: line for line in header if line.index < title[0].index}
    end = above.get(i)
    if end is None:
        return None
    if cut and (handling := _row_over(lines, above, end)) and _RECORD_END.match(handling.text):
        # a date under the handling row left for the reply (办理情况： / 2031年12月23日 /
        # the title): the row's value, the reply's, no day of the record's (left74b)
        end, cut = handling, False
    line: Line | None = end
    while line is not None and (line := _row_over(lines, above, line)) is not None:
        whole = _RECORD_TEXT.match(line.text) is not None
        if whole or _RECORD_TEXT_TAIL.match(line.text):
            first = _first_row(lines, above, line)
            if (cut or not whole) and not _whole_rows(lines, above, first, end):
                return None  # (a cut label's row among no record's rows: none)
            return ItemRecord(None, None, (first.start, end.end))
    return None


def _record_date(text: str) -> bool:
    """Whether ``text``, the line right over the title, is a date alone: the day the item
    was filed, ending its record's text (``提出人：王某`` / ``内容：`` / the proposal's text /
    ``2022年12月23日`` over the reply's title, a page that prints the item over the reply:
    fix156). Read as a cut label's row is, among two or more rows of whole labels. A day
    under its label (``交办日期：…``) is no such line: with no handling row under it, the
    rows are the header's and their dates the letter's, as before."""
    return text[-1:] in "日号" and "：" not in text and DATE_LINE.match(text) is not None


_RECORD_END_COLON = re.compile(rf"(?:{'|'.join(_RECORD_END_LABELS)})[ \u3000]*[：:]$")
"""The record's handling row with its colon (:data:`_RECORD_END`'s labels), where no title
stands under the record."""


def _untitled_record(ctx: Context) -> ItemRecord | None:
    """:func:`_item_record` of a page that stores the item's record and the reply as its
    handling row's value with no title between (``建议内容：`` / ``题目：关于…的建议`` /
    ``案由：…2012年以来…`` / ``建议：…`` / ``答复内容：`` / the reply's paragraphs): the
    record opens the text (no line of the letter's over its first row, no salutation over
    its handling row), the text's first line the record's first row (a whole label of it, or
    its text row's: a sentence or the opening over the rows leaves them the letter's;
    review61b), the handling row has its colon, and two rows or more are opened by a whole
    label of the record. Its rows' dates and money are the proposal's, none of the
    letter's, as under a titled reply (dev29)."""
    layout = ctx.layout
    lines = ctx.view.lines
    if layout.salutation is not None and (record := _record_over_reply(ctx)) is not None:
        return record
    stop = layout.salutation.index if layout.salutation is not None else len(lines)
    above: dict[int, Line] = {}
    for line in sorted((*layout.header, *layout.body), key=_START_OF):
        if line.index >= stop or not line.text:
            continue
        if _RECORD_END_COLON.match(line.text) is None:
            above[line.index] = line
            continue
        last = line
        row: Line | None = line
        while row is not None and (row := _row_over(lines, above, row)) is not None:
            if _RECORD_TEXT.match(row.text) is None:
                continue
            first = _first_row(lines, above, row)
            if any(lines[i].text for i in range(first.index)):
                return None  # (the letter's lines over it: no record that opens the text)
            if _RECORD_ROW.match(first.text) is None and _RECORD_TEXT.match(first.text) is None:
                return None  # (the text opens with a line of the letter's, no record's row)
            if not _whole_rows(lines, above, first, last):
                return None
            return ItemRecord(None, None, (first.start, last.end))
        return None
    return None


# The reply's own label alone on its line right over the salutation, under the record
# (提案答复, 建议答复, 答复内容, 办理情况：…): the page's tab that opens the reply.
_REPLY_LABEL = re.compile(
    rf"(?:(?:{_KINDS})的?(?:答复|回复|办理情况|办理结果)|{'|'.join(_RECORD_END_LABELS)})"
    r"[ \u3000]*[：:]?$"
)


def _record_over_reply(ctx: Context) -> ItemRecord | None:
    """:func:`_untitled_record` of a page that prints the item's record, its text with no
    label of its own, over the reply's label and the reply (``领衔代表：王某`` / ``附议代表：
    李某、赵某`` / the proposal's text / ``提案答复`` / ``王某等代表：`` / …): the record opens
    the text with two rows or more of its whole labels one under another, then the text's
    lines (no row's label), then the reply's label alone right over the salutation. Its
    dates and money are the proposal's (the text is what the deputy wrote), none of the
    letter's."""
    layout = ctx.layout
    lines = ctx.view.lines
    assert layout.salutation is not None
    head = {line.index: line for line in layout.header if line.index < layout.salutation.index}
    end = _row_over(lines, head, layout.salutation)
    if end is None or _REPLY_LABEL.match(end.text) is None:
        return None
    text = _row_over(lines, head, end)
    if text is None or _RECORD_ROW.match(text.text) or "。" not in text.text:
        return None  # (the proposal's text: a sentence, no row's label)
    first = _first_row(lines, head, text)
    if any(lines[i].text for i in range(first.index)):
        return None  # (the letter's lines over it: no record that opens the text)
    rows = [head[i] for i in range(first.index, end.index) if i in head]
    whole = 0
    while whole < len(rows) and _RECORD_ROW.match(rows[whole].text) is not None:
        whole += 1  # (the record's rows, then the text's lines: none of them a row)
    if whole < _WHOLE_ROWS or any(_RECORD_ROW.match(r.text) for r in rows[whole:]):
        return None
    return ItemRecord(None, None, (first.start, end.end))


def _whole_rows(lines: tuple[Line, ...], above: dict[int, Line], first: Line, end: Line) -> bool:
    """Whether the rows from ``first`` down to ``end`` (one under another) hold two or more
    opened by a whole label of a proposal's record (:data:`_RECORD_ROW`)."""
    count = 0
    line: Line | None = end
    while line is not None:
        if _RECORD_ROW.match(line.text):
            count += 1
            if count >= _WHOLE_ROWS:
                return True
        line = None if line is first else _row_over(lines, above, line)
    return False


def _row_over(lines: tuple[Line, ...], above: dict[int, Line], line: Line) -> Line | None:
    """The header's line right over ``line`` (in ``above``), blank lines between them or
    none; None when the line over it (past the blank ones) is no header line."""
    i = line.index - 1
    while i >= 0 and not lines[i].text:
        i -= 1
    return above.get(i)


def _first_row(lines: tuple[Line, ...], above: dict[int, Line], line: Line) -> Line:
    """The first of the header's lines one under another (blank lines between them or
    none: :func:`_row_over`) down to ``line``."""
    while (up := _row_over(lines, above, line)) is not None:
        line = up
    return line


_START_OF = attrgetter("start")
"""A line's start, read in C (the sort's key)."""

_REST_BEST = (1, _NAMES_ITEM)
"""The best order a kind word of the body after the opening reads with (outside the title,
ranked _NAMES_ITEM or _TITLE_ENDING)."""


def _rest_kinds(ctx: Context, rest: tuple[Line, ...]) -> list[_Read]:
    """The kind words naming the item in the body after the opening (``rest``)."""
    # the rest's text is its lines joined: with no item word there, its Flat is not needed
    if not _ITEM_WORD.search(ctx.view.norm[rest[0].start : rest[-1].end].replace("\n", "")):
        return []
    flat = ctx.flat((rest[0].start, rest[-1].end))
    # 建议 is also the common noun (a proposal's points are 建议 too: 该建议 after a quoted
    # point), and so is 意见建议 (您提出意见建议后, the reply's own account), 提案 and 议案
    # never are: in the body they give way to the quoted title's own ending (《…的提案》 …
    # 该建议需要论证 answers a 提案; …提出的关于…的建议 … 您提出意见建议后 a 建议)
    return [
        _Read(r.value, r.flat, r.at, _TITLE_ENDING) if r.value in _COMMON_NOUNS else r
        for r in _item_words(flat)
    ]


_COMMON_NOUNS = frozenset({"建议", "意见建议"})
"""The kind words the body after the opening also writes as common nouns."""

# Deputies of a congress (代表) make 建议 and 议案; a 提案 is a political consultative
# committee's member's (委员), or a delegate's to a congress that is no people's congress: a
# party congress's (党代表, 党代会代表, 党代表大会代表, 党员代表), a staff congress's (职工代表,
# 教职工代表, 职代会代表, 教代会代表) or a youth league congress's (团代会代表). A letter whose
# salutation addresses deputies alone answers no 提案: the body's 提案 naming the item there
# (接到提案后, 该提案) is a loose word for it. A salutation naming any of the others, alone or
# among deputies, keeps it.
_DEPUTY = "代表"
_NOT_DEPUTY = re.compile("委员|党代|党员代表|职工代表|[职教团]代会")


def _deputies_addressed(ctx: Context) -> bool:
    """Whether the letter's salutation addresses deputies of a congress alone (王某代表：,
    尊敬的王某、李某代表：; not 王某委员：, 各位代表、委员：, 王某党代表：, 党代会代表王某：,
    王某党代表、李某代表：)."""
    layout = ctx.layout
    lines = layout.addressed or ((layout.salutation,) if layout.salutation else ())
    text = "".join([line.text for line in lines])
    return _DEPUTY in text and _NOT_DEPUTY.search(text) is None


def _deputies_words(ctx: Context, reads: list[_Read]) -> list[_Read]:
    """``reads`` with the body's 提案 naming the item (ranked _NAMES_ITEM) given way to the
    quoted title's own ending, as the body's 建议 gives way (ranked _TITLE_ENDING and moved
    after every other read: min keeps the first of equals), when the letter addresses
    deputies alone (:func:`_deputies_addressed`): a deputy's item is no 提案, and the body
    calls it so loosely (``《关于…的建议》收悉`` … ``接到提案后`` → 建议). Else ``reads``."""
    loose = [r for r in reads if r.rank == _NAMES_ITEM and r.value == "提案"]
    if not loose or not _deputies_addressed(ctx):
        return reads
    kept = [r for r in reads if r.rank != _NAMES_ITEM or r.value != "提案"]
    return kept + [r._replace(rank=_TITLE_ENDING) for r in loose]


_NUMBER_LABELS = LabelSet(vocab.labels_of("proposal_number"))
# A labelled number as a form writes it: 第15号, 15号, 2024085 (letters and dashes kept),
# or in Chinese numerals with its 第 and 号 (第十二号).
_LABELLED_NUMBER = re.compile(rf"第?(?P<number>{_N})号?|第(?P<hanzi>{_HANZI_SERIAL})号")


# A labelled number with the session it was made at written before it, as a form's cell
# names the item whole (建议号 over 某区十一届人大三次会议第23号): its 第 and 号 written.
_SESSION_NUMBER = re.compile(rf"(?P<session>.+?)第(?P<number>{_N})号")


def _labelled_number(ctx: Context) -> ProposalNumber | None:
    """The number a header label gives (建议编号：第15号, 建议编号 alone over 2024085, or
    over the session and the number, 某区某届人大某次会议第23号), when the title and the
    opening give none."""
    norm = ctx.view.norm
    header = ctx.layout.header
    for at, line in enumerate(header):
        if "号" not in line.text:
            continue  # every spelling of _NUMBER_LABELS holds 号: no label stands there
        for found in labels_on(ctx.view, line, _NUMBER_LABELS):
            start, end = labelled_value(ctx.view, line, found)
            if (
                start == end == line.end
                and at + 1 < len(header)
                and norm[line.end : (below := header[at + 1]).start].isspace()
            ):
                # a label alone over a value longer than a form's short cell: the session
                # and the number, the line under it whole
                m = _session_number(norm, below.start, below.end)
            else:
                m = _LABELLED_NUMBER.fullmatch(norm, start, end) or _session_number(
                    norm, start, end
                )
            if m is not None:
                return _number_of(ctx, m)
    for label, (start, end) in _table_values(ctx):
        if (label in _NUMBER_CELL_LABELS or (not label and "第" in ctx.view.norm[start:end])) and (
            m := _LABELLED_NUMBER.fullmatch(ctx.view.norm, start, end)
        ) is not None:
            return _number_of(ctx, m)
    return _number_under_session(ctx)


def _session_number(norm: str, start: int, end: int) -> re.Match[str] | None:
    """``norm[start:end]`` as a session whole and the item's number after it
    (:data:`_SESSION_NUMBER`), else None."""
    m = _SESSION_NUMBER.fullmatch(norm, start, end)
    if m is None or not _may_name_session(session := m.group("session")):
        return None
    return m if _SESSION.fullmatch(session) is not None else None


# A listing's number cell: digits alone, no year (a year alone dates the row).
_BARE_NUMBER = re.compile(r"(?!(?:19|20)\d\d$)(?P<number>\d{1,8})")


def _number_under_session(ctx: Context) -> ProposalNumber | None:
    """Digits alone on the header line right under a header line that is the session alone
    (a web listing's cells a line each: ``某区第十九届人民代表大会第二次会议`` / ``24`` /
    ``建议人：王某``; blank lines between or not, as a copy may set them): the listing's
    number cell. Bare digits anywhere else are a row's count, no number."""
    header = ctx.layout.header
    norm = ctx.view.norm
    for above, line in pairwise(header):
        if (
            line.text.isdecimal()
            and (line.index == above.index + 1 or norm[above.end : line.start].isspace())
            and (m := _BARE_NUMBER.fullmatch(norm, line.start, line.end)) is not None
            and _may_name_session(above.text)
            and _SESSION.fullmatch(above.text) is not None
        ):
            return _number_of(ctx, m)
    return None


_TITLE_LABELS = LabelSet(vocab.labels_of("proposal_title"))
# A reply's own title under a title label (标题：关于…的答复) is no proposal's.
_REPLY_WORDS = re.compile(r"答复|复函|回复|函复|回函|办理")


def _labelled_title(ctx: Context) -> tuple[Flat, Range] | None:
    """The proposal's title a header label gives (a 办理单's ``建议题目：关于…的建议``, a
    table row's ``| 提案名称 | 关于… |``, the cell under such a label in a row of labels
    over a row of values), when the title and the opening give none: a proposal's (关于…,
    …的建议) of six characters or more, no reply's."""
    norm = ctx.view.norm
    form = frozenset(line.start for line in ctx.layout.form)
    for line in ctx.layout.header:
        for found in labels_on(ctx.view, line, _TITLE_LABELS):
            cell = (
                column_value(ctx.view, line)
                if found.value >= line.end and not found.colon
                else None
            )
            whole = cell is not None
            if cell is not None:
                # a row of labels over its row of values, one cell a line (建议编号 / 标题 /
                # 88 / 关于…): the value is its line, no more
                at, start, end = cell, cell.start, cell.end
            else:
                start, end = labelled_value(ctx.view, line, found)
                at = line  # the value's line
            # a form flattened into lines, the label alone over its value (建议标题 over
            # 关于…的建议, or 案由： over it as the form reads it, flatforms._titled_cell): a
            # title is longer than labelled_value's short cell
            if (
                not whole
                and start >= line.end
                # (with its colon, a form's cell under the reply's title: 案由： / 关于…)
                and (not found.colon or line.start in form)
                and found.start <= line.start + 1
                and (below := _line_below(ctx, line)) is not None
            ):
                at, start, end = below, below.start, below.end
            while start < end and (norm[start] in CELL_BARS or norm[start].isspace()):
                start += 1  # a table's row: | 建议标题 | 关于… |
            bar = CELL_BAR.search(norm, start, end)
            end = bar.start() if bar else end
            value = norm[start:end].strip()
            if len(value) >= 6 and _proposal_like(value) and not _REPLY_WORDS.search(value):
                end = start + len(norm[start:end].rstrip())
                if bar is None and not whole and not value.endswith(_KIND_ENDINGS):
                    end = _wrapped_end(ctx, at, end)  # (-1: its end not known)
                if end > start:
                    return _quoted(ctx, (start, end))
    for label, (start, end) in _table_values(ctx):
        # a table's row of labels over its row of values (建议编号|标题|领衔代表 over
        # 88|关于…的建议|王某): the cell under a title's label
        if label in _TITLE_CELL_LABELS:
            value = norm[start:end]
            if len(value) >= 6 and _proposal_like(value) and not _REPLY_WORDS.search(value):
                return _quoted(ctx, (start, end))
    return _content_title(ctx)


_CONTENT_LABELS = LabelSet(
    tuple(e for e in vocab.labels_of("form") if e.spelling in ("建议内容", "提案内容", "议案内容"))
)
# A 办理单's content row that writes the item by its title alone (建议内容：关于…的建议): a
# whole title, 关于 to its kind word, no sentence, no mark (the usual value is the item's
# text, sentences, which gives none); decided (fix106): also one filed with no 关于, its
# words and 的 before the kind word (提案内容：尽快促进某协会换届的提案), as such a title is
# written when nothing is quoted (an earlier round read no title off it).
_FILED_TITLE = re.compile(
    r"关于[^。，,；;：:！？!?“”《》\s]{4,60}(?:建议|提案|议案)"
    r"|[^。，,；;：:！？!?“”《》\s]{5,60}的(?:建议|提案|议案)"
)
_FILED_BY = re.compile(
    rf"(?:提|{vocab.alternation('asking_verbs')}|{vocab.alternation('roles')})的(?:建议|提案|议案)$"
)
"""A row's words for whose item it is, not its title (``王某代表提出的建议``, ``详见委员提交
的提案``, ``该代表的建议``): the filer's act or role right before 的 (review62b: fix106's
reading of a row filed with no 关于 took them for a title)."""


def _content_title(ctx: Context) -> tuple[Flat, Range] | None:
    """The item's title a 办理单's content row writes whole as its value (``建议内容：关于
    深化某某政策的建议``, :data:`_FILED_TITLE`), no reply's; None when its value is the
    item's text or the row is missing."""
    norm = ctx.view.norm
    for line in ctx.layout.header:
        if "内容" not in line.text:
            continue  # (the usual header line: no such row)
        for found in labels_on(ctx.view, line, _CONTENT_LABELS):
            start, end = labelled_value(ctx.view, line, found)
            value = norm[start:end].strip()
            if (
                _FILED_TITLE.fullmatch(value)
                and not _REPLY_WORDS.search(value)
                and (value.startswith("关于") or not _FILED_BY.search(value))
            ):
                start += len(norm[start:end]) - len(norm[start:end].lstrip())
                return _quoted(ctx, (start, start + len(value)))
    return None


_OPENERS = f'{OPEN_QUOTES}《〈"'
_CLOSERS = f'{CLOSE_QUOTES}》〉"'
"""The marks that open or close a quoted title in the view."""
_SAME_ITEM_LEAST = 6
"""The fewest characters after 关于 a form's title has before its kind word (and a 的) for
the opening's phrase that opens with them to name the same item (关于深化某某优抚政策的建议
/ 关于深化某某优抚政策意见建议)."""


def _unquoted_in(ctx: Context, claim: Range, opening: tuple[Line, ...]) -> bool:
    """Whether the proposal's title at ``claim`` is the opening's unquoted phrase (no quote
    mark or book-title mark around it)."""
    norm = ctx.view.norm
    start, end = claim
    if not opening or not (opening[0].start <= start and end <= opening[-1].end):
        return False
    return norm[start - 1 : start] not in _OPENERS and norm[end : end + 1] not in _CLOSERS


def _registered_title(ctx: Context, found: tuple[Flat, Range]) -> tuple[Flat, Range] | None:
    """The title a 办理单's label above the letter gives (``建议内容：关于…的建议``,
    :func:`_labelled_title`) in place of the opening's unquoted phrase for the item, when
    that phrase words the same item otherwise (``您提出的关于深化某某政策意见建议收悉``):
    the form writes the item's title as it was filed, whole with its kind word; the
    opening's own words are a paraphrase. The phrase opens with the filed title's words
    before its kind word and a 的 before that (关于深化某某政策, :data:`_SAME_ITEM_LEAST`
    characters after 关于 at least) and words its ending otherwise (…意见建议, …等问题);
    None otherwise, as for an item the phrase names in words of its own after a shared
    start (关于整治某市场环境的建议 under 关于整治某市场秩序的建议)."""
    phrase = found[0].text
    if not phrase.startswith("关于"):
        return None
    labelled = _labelled_title(ctx)
    if labelled is None:
        return None
    filed = labelled[0].text
    if filed == phrase or not filed.startswith("关于") or not filed.endswith(_KIND_ENDINGS):
        return None
    kind = max((e for e in _KIND_ENDINGS if filed.endswith(e)), key=len)
    words = filed[: -len(kind)].removesuffix("的")
    same = len(words) >= 2 + _SAME_ITEM_LEAST and phrase.startswith(words)
    return labelled if same else None


_PAIRED_MARKS = (("“", "”"), ("「", "」"), ("‘", "’"))
_ANY_MARK = re.compile('[“”「」‘’"]')


def _unbalanced(title: str) -> bool:
    """Whether ``title`` holds a quote mark without its partner (``关于…申报“某某城市``): a
    copy that lost a mark, or the title's end."""
    for a, b in _PAIRED_MARKS:  # noqa: SIM110 (a loop: no generator)
        if title.count(a) != title.count(b):
            return True
    return False


def _copy_of(copy: str, filed: str) -> bool:
    """Whether ``copy``, a quote that lost a mark, is a copy of the ``filed`` title: its
    words, the marks aside, are the filed title's first ones (at least
    :data:`_SAME_ITEM_LEAST` of them), and the two differ."""
    words = _ANY_MARK.sub("", copy)
    return (
        copy != filed
        and len(words) >= _SAME_ITEM_LEAST
        and _ANY_MARK.sub("", filed).startswith(words)
    )


def _filed_whole(ctx: Context, found: tuple[Flat, Range]) -> tuple[Flat, Range] | None:
    """The title a form's label above the letter gives (``建议标题：关于…申报“某某城市”的
    建议``, :func:`_labelled_title`) in place of the opening's quote of it that lost a mark
    (``《关于…申报“某某城市》``, :func:`_unbalanced`), when the quote is a copy of it
    (:func:`_copy_of`); None otherwise (a quote of another item keeps its own, as an
    opening's quote does beside a form, review53e)."""
    if not ctx.layout.header:
        return None
    labelled = _labelled_title(ctx)
    return labelled if labelled is not None and _copy_of(found[0].text, labelled[0].text) else None


def _page_filed(ctx: Context, copy: str) -> ProposalTitle | None:
    """:func:`_filed_whole` for a proposal database's record of the item that the view drops
    as the page's chrome (``建议标题: | 关于…“…”的建议 |``, :func:`page_item_title`): its
    value, placed at its span in the letter (a range of no view: it claims none), when
    it reads as a proposal's title and ``copy`` is a copy of it."""
    if ctx.view.glossed:
        return None  # (a mirror's pinyin glosses: its record is not read)
    where = page_item_title(ctx.view.original)
    if where is None:
        return None
    # (a wrapped cell's two pieces joined; a web copy's invisible format characters, which
    # no value of the record holds, dropped)
    value = "".join(INVISIBLE.sub("", ctx.view.original[where[0] : where[1]]).split())
    if _REPLY_WORDS.search(value) or not _proposal_like(value) or not _copy_of(copy, value):
        return None
    return ProposalTitle(value, where, None)


def _line_below(ctx: Context, line: Line) -> Line | None:
    """The line under ``line`` (blank lines skipped) when it holds no sentence (no 。) and
    no label opens it."""
    for below in ctx.view.lines[line.index + 1 : line.index + 3]:
        if not below.text.strip():
            continue
        if "。" in below.text or opening_label(ctx.view, below) is not None:
            return None
        return below
    return None


_TITLE_CELL_LABELS = frozenset(e.spelling for e in _TITLE_LABELS.entries)


def _wrapped_end(ctx: Context, line: Line, end: int) -> int:
    """Where a labelled title with no kind word at its end ends: on its line (``end``) when
    the next line is blank, a label's or the salutation; at the end of the line, of the
    next three, that ends in a kind word (the value wrapped, ``题目：关于改善…`` over
    ``设施的建议``), the lines up to it holding no sentence and no label, none opening a
    title of its own (关于…); else not known (-1)."""
    lines = ctx.view.lines
    stop = min(line.index + 1 + WRAP_LINES, len(lines))
    for k in range(line.index + 1, stop):
        below = lines[k]
        if not below.text or below == ctx.layout.salutation:
            return end if k == line.index + 1 else -1
        if opening_label(ctx.view, below) is not None:
            return end if k == line.index + 1 else -1
        if "。" in below.text or below.text.startswith("关于"):
            return -1
        if below.text.endswith(_KIND_ENDINGS):
            return below.end
    return end if line.index + 1 >= len(lines) else -1


def _number_of(ctx: Context, m: re.Match[str]) -> ProposalNumber:
    """The number a match of _LABELLED_NUMBER reads."""
    group = "number" if m.group("number") or "hanzi" not in m.re.groupindex else "hanzi"
    where = m.span(group)
    return ProposalNumber(m.group(group), ctx.span(*where), where)


# A table's cell that numbers the proposal: the labels of one, and 编号 (which numbers a
# 发文字号 too, but a cell holding one alone is no number of _LABELLED_NUMBER's shape).
_NUMBER_CELL_LABELS = frozenset(e.spelling for e in _NUMBER_LABELS.entries) | {"编号"}
_CELL_LABELS = _NUMBER_CELL_LABELS | _SESSION_CELL_LABELS
# What a row of a listing's labels holds: labels of the table, and the row's own count.
_HEAD_CELLS = frozenset(ALL.by_spelling) | _CELL_LABELS | {"序号"}
# A cell a row's value follows: a label of the table's, or a few words no session ends
# (备注, 提出人): the cell after it is its value, not a bare cell's.
_LABEL_CELL = re.compile(r"[\u4e00-\u9fff]{1,6}(?<!会议)")


def _item_words(flat: Flat, quotes: list[re.Match[str]] | None = None) -> list[_Read]:
    """The kind words of the body that name the item (该提案, 提案办理情况), outside quotes
    (``quotes``: the matches of _QUOTED in ``flat.text``, when known)."""
    words = list(_ITEM_WORD.finditer(flat.text))
    if not words:
        return []
    if quotes is None:
        quotes = list(_QUOTED.finditer(flat.text))
    quoted = Covered.of([_quoted_span(q) for q in quotes])
    out: list[_Read] = []
    for m in words:
        at, kind = m.start("kind"), m.group("kind")
        if kind == "议案" and at and flat.text[at - 1] == "建":
            at, kind = at - 1, "建议案"  # one word (建议案收悉), kept as written
        elif kind == "建议" and flat.text.startswith("意见", at - 2):
            at, kind = at - 2, "意见建议"  # one word (意见建议收悉), kept as written
        elif kind == "建议" and flat.text.startswith("议案", at - 2):
            at, kind = at - 2, _BOTH_KINDS  # one word (议案建议收悉), ranked last
        if not quoted.holds(at):  # (the spans joined: one halving a word)
            out.append(_Read(kind, flat, at, _NAMES_ITEM))
    return out


def _outside(text: str, taken: list[tuple[int, int]]) -> list[tuple[str, int]]:
    """The kind words of a title outside its quoted or phrased proposal title and the
    places read already: the word the title itself uses (…6.11提案的复函)."""
    out: list[tuple[str, int]] = []
    covered = Covered.of(taken)  # (one halving a word, not a test of each span)
    for m in _KIND.finditer(text):
        at = m.start("kind")
        if covered.holds(at):
            continue
        if _NOT_ITEM.match(text, at) or (at > 0 and _NOT_ITEM.match(text, at - 1)):
            continue
        out.append((m.group("kind"), at))
    return out


class _Scan(NamedTuple):
    """A place the kinds and the numbers are read in (the title, the opening) and the
    matches both readings share, each searched for once."""

    flat: Flat
    quotes: list[re.Match[str]]
    """The matches of _QUOTED in ``flat.text``."""
    after_quotes: list[re.Match[str] | None]
    """_AFTER_QUOTE at each quote's closing mark."""
    number_kinds: list[re.Match[str]]
    """The matches of _NUMBER_KIND."""
    phrases: list[re.Match[str]] | None
    """The matches of _PHRASE; None when not searched for (:meth:`of_place`): then none
    of them has a kind word glued after it or a 第…号 before it (:data:`_PHRASE_READ`)."""

    @classmethod
    def of(cls, flat: Flat) -> _Scan:
        return cls.of_place(flat, lazy=False)

    @classmethod
    def of_place(cls, flat: Flat, lazy: bool = True) -> _Scan:
        """:meth:`of`, the phrases searched for only where :func:`_kind_reads` or
        :func:`_numbers` may read one (:data:`_PHRASE_READ`); else left to :func:`_kinds`,
        which needs them only for the title's words outside (:func:`_phrases`). The same
        for the opening: its reads take the phrases nowhere else (its item words are read
        by :func:`_item_words`, its title by :func:`_proposal_title`'s own search).
        (One frame for the scan read by :func:`extract`, not three.)"""
        text = flat.text
        phrases: list[re.Match[str]] | None = None
        if "关于" not in text:
            phrases = []  # _PHRASE opens with 关于
        elif not lazy or _PHRASE_READ.search(text):
            phrases = list(_PHRASE.finditer(text))
        # _quotes written out (a call less for each place)
        may_quote = "“" in text or "《" in text or '"' in text or "「" in text
        quotes = list(_QUOTED.finditer(text)) if may_quote else []
        return _new(
            cls,
            (
                flat,
                quotes,
                # (most titles hold no quote: no comprehension called for nothing)
                [_AFTER_QUOTE.match(text, q.end() - 1) for q in quotes] if quotes else [],
                # every branch holds 第 or 号 (a search tries three branches at each place)
                _number_kinds(text) if "第" in text or "号" in text else [],
                phrases,
            ),
        )


# Where a match of _PHRASE is read by more than _kinds' words outside: a kind word glued
# after its own kind word (…的建议提案: a kind word of _KINDS ends in 案, 议 or 见 and opens
# with one of _KIND_FIRSTS), or the end of _NUMBER_BEFORE_QUOTE right before its 关于 (号,
# 代表, 委员, ：, or a 关于 of its own, or the bracket closing a 第…号 in brackets). A text
# holding neither pair has no match that _kind_reads or _numbers reads.
# (One class opens it, so the engine scans for it in C; the lookbehinds part the branches.)
_PHRASE_READ = re.compile(
    "[案议见号表员：于）)](?:(?<=[案议见])[议意建批提]|(?<=[号表员：于])关于|(?<=号[）)])关于)"
)


def _phrases(scan: _Scan) -> list[re.Match[str]]:
    """The matches of _PHRASE in the scan's text (searched for now when :meth:`_Scan.of_place`
    left them)."""
    if scan.phrases is not None:
        return scan.phrases
    return list(_PHRASE.finditer(scan.flat.text))


def _kinds(scan: _Scan, in_opening: bool, in_title: bool = False) -> list[_Read]:
    """Every kind word of the place that names the item, ranked; in text order per rank
    (the title's words outside its proposal's title only where one may win)."""
    flat = scan.flat
    reads = _both_kinds_last(_kind_reads(scan, in_opening, in_title))
    if in_title:
        if not _outside_beaten(reads):
            text = flat.text
            taken = [(r.at, r.at + len(r.value)) for r in reads]  # (no _ANYWHERE read here)
            taken += [_quoted_span(q) for q in scan.quotes]
            taken += [p.span() for p in _phrases(scan) if not _NUMBERED_PHRASE.search(p[0])]
            if _is_proposal_title(text):
                taken.append((0, len(text)))
            outside = [_Read(k, flat, at, _OUTSIDE, True) for k, at in _outside(text, taken)]
            reads += _both_kinds_last(outside)
    elif in_opening and not _item_words_beaten(reads):
        words = _item_words(flat, scan.quotes)
        # (a half of a pair read after the quote is the pair's: “…”的建议提案收悉 no 提案)
        pairs = [(r.at, r.at + len(r.value)) for r in reads if r.value in _LAST_KINDS]
        if pairs:
            words = [w for w in words if not any(a <= w.at < b for a, b in pairs)]
        reads += _both_kinds_last(words)
    return reads


def _both_kinds_last(reads: list[_Read]) -> list[_Read]:
    """``reads`` with each read of 议案建议 (or 建议提案) ranked last (_OPINION_ENDING, not
    the title's own: the word names a class of items of both kinds, not the item's): the
    item's kind is
    the one the letter names it by otherwise (``…第8号代表议案建议的答复`` over
    ``您…13号“关于…的建议”收悉`` → 建议; ``“关于…的议案”`` → 议案), and the pair as written
    only where nothing else names it."""
    for r in reads:  # (a loop: most letters read none)
        if r.value in _LAST_KINDS:
            break
    else:
        return reads
    return [
        r._replace(rank=_OPINION_ENDING, in_title=False) if r.value in _LAST_KINDS else r
        for r in reads
    ]


def _item_words_beaten(reads: list[_Read]) -> bool:
    """Whether the opening's item words (ranked _NAMES_ITEM) would lose to one of
    ``reads``, the opening's other reads (outside the title: their order is (1, rank)):
    one ranked no worse comes before them in the kind reads, and min keeps the first of
    equals; the opening is the last place read, so no :func:`_settled` counts them
    either. Then they are not looked for (a scan of the opening for every kind word)."""
    for r in reads:  # noqa: SIM110 (a loop: no generator)
        if r.rank <= _NAMES_ITEM:
            return True
    return False


def _outside_beaten(reads: list[_Read]) -> bool:
    """Whether a kind word of the title outside its proposal's title (ranked _OUTSIDE)
    would lose to one of ``reads``, the title's other reads: a word right after the
    title or the number ranks before it (and comes first in the list), so the words
    outside are not looked for."""
    for r in reads:  # noqa: SIM110 (a loop: no generator)
        if r.rank < _OUTSIDE:
            return True
    return False


def _kind_reads(scan: _Scan, in_opening: bool, in_title: bool) -> list[_Read]:
    """The reads of :func:`_kinds` but the title's words outside its proposal's title and
    the body's item words, each made with its ``in_title`` at once."""
    flat = scan.flat
    text = flat.text
    out: list[_Read] = []
    for m in scan.number_kinds:
        if _another_items(text, m.start()):
            continue  # another item's (与第12号建议合并办理): its word names that one
        # in a note (（第12号建议）), unless the note holds the number alone (（第12号）建议)
        # (the character before it looked at, not a slice of the text up to it: the same)
        bracketed = m.start() > 0 and text[m.start() - 1] in "（(" and not m.group("d")
        if not bracketed and text.startswith(("）", ")"), m.end()):
            # a note that names the session before it (（县政协十届二次会议第15号提案）)
            bracketed = _note_opener(text, m.start()) >= 0
        rank = _IN_NOTE if bracketed else _AFTER_NUMBER
        out.append(_new(_Read, (m.group("kind"), flat, m.start("kind"), rank, in_title)))
    for q, after in zip(scan.quotes, scan.after_quotes, strict=True):
        word = "akind" if after and not after.group("kind") else "kind"  # (after the note)
        # (not 建议 as the verb of the sentence the title opens: 《关于…的议案》建议将…)
        if (
            after
            and (said := after.group(word))
            and (said in _LAST_KINDS or not _SUGGESTS.match(text, after.start(word)))
            and (said != _PAIR or _quotes_the_item(text, q, after.end(word)))
        ):
            out.append(_Read(said, flat, after.start(word), _AFTER_TITLE, in_title))
        if after and after.group("bkind"):
            out.append(_Read(after.group("bkind"), flat, after.start("bkind"), _IN_NOTE, in_title))
        inner = _quoted_span(q)
        ending = _KIND.search(text, max(inner[0], inner[1] - 4), inner[1])
        if ending:
            at = ending.start("kind")
            out.append(_new(_Read, (ending.group("kind"), flat, at, _TITLE_ENDING, in_title)))
        elif (
            in_opening
            and not text.endswith("对", 0, q.start())
            and (om := _OPINION_AFTER_QUOTE.match(text, q.end()))
        ):
            # (a title ending in its own kind word names the item by it: 意见 after it none;
            # after 对 the quote is a topic, 您对“…”的意见 a remark on it)
            out.append(_Read(om.group("kind"), flat, om.start("kind"), _OPINION_ENDING, in_title))
    if in_title and "批评" in text:
        # the compound kind word right before the item's number (代表建议、批评和意见第542号):
        # as strong as one right after it (a plain one there, 建议第12号, the title's words
        # outside its proposal's title read already)
        pos = 0
        while kn := _KIND_NUMBER.search(text, pos):
            out.append(_Read(kn.group("kind"), flat, kn.start("kind"), _AFTER_NUMBER, in_title))
            pos = kn.end()
    if in_opening and "批评" in text:
        # the law's compound naming the class the quoted item was filed in (代表建议、批评和
        # 意见中提出的《…的建议》): the letter's word for the item, above its title's ending
        for cq in _COMPOUND_BEFORE_QUOTE.finditer(text):
            out.append(_Read(cq.group("kind"), flat, cq.start("kind"), _NAMES_ITEM, in_title))
    for p in scan.phrases or ():  # (None: no kind word glued after one, _PHRASE_READ)
        # an unquoted title and the word after it: 关于…的建议提案; not a 建议 that is the
        # verb of the sentence the title opens, its object after it (关于…的议案建议将…,
        # 关于…的提案建议加快…: the title's own ending names the item)
        if (
            text.startswith(_KIND_FIRSTS, p.end())
            and (km := _KIND_WORD.match(text, p.end()))
            and not _SUGGESTS.match(text, p.end())
        ):
            out.append(_Read(km.group(0), flat, km.start(), _AFTER_TITLE, in_title))
    if in_opening:
        for m in _YOURS.finditer(text) if "你" in text or "您" in text else ():  # (its first)
            out.append(_Read(m.group("kind"), flat, m.start("kind"), _YOUR_WORD, in_title))
    return _notes_agreeing(out)


_CLAUSE_MARKS = "。；！？，;!?,"
"""What ends the clause before a quote: an asking word before one of them asks another
thing (您提出的问题已收悉，根据“两会”建议提案…: no item's title in quotes, review63a)."""
# What is done with the item right after the pair's 建议提案 (“…”建议提案已收悉, 收到…): the
# letter names the item it answers by the pair, whatever the quote before it.
_PAIR_RECEIVED = re.compile(rf"(?:已经?|均已|已于)?(?:{_RECEIVED.pattern})")


def _quotes_the_item(text: str, quote: re.Match[str], pair_end: int) -> bool:
    """Whether the quote right before a 建议提案 (its end at ``pair_end``) is the item's
    quoted title, so the pair is the letter's word for the item (decided, fix110; narrowed,
    left63): an asking word before the quote in its clause (您提出的关于“…”的建议提案, 关于“…”;
    one in a clause before asks another thing, review63a), a title's shape inside it
    (“关于…”, “…的建议”), or what is done with the item after the pair (“…”建议提案收悉).
    A name in quotes that is no item's title, a campaign's (根据“两会”建议提案办理要求),
    makes the pair the class of items a site files, no item's kind."""
    inner = _quoted_span(quote)
    clause = max(text.rfind(mark, 0, quote.start()) for mark in _CLAUSE_MARKS) + 1
    return (
        _ASKED.search(text, clause, quote.start()) is not None
        or _proposal_like(text[inner[0] : inner[1]].strip())
        or _PAIR_RECEIVED.match(text, pair_end) is not None
    )


def _notes_agreeing(reads: list[_Read]) -> list[_Read]:
    """``reads`` with the quoted title's own ending ranked as the word after the number
    when the bracketed note after it says the same (``《关于…的建议》（第63号建议）收悉``):
    the letter names the item so twice where it names it formally, and a word of the body
    (``接到代表提案后``, a deputy's 建议 called loosely) no longer outranks the two. The
    ending is the read kept, the first of the two (its span as before). A note that says
    another word (``“…的提案”(第10号建议)``) leaves the ending its rank, and so does a note
    after another title: each ending is paired with the first note after it in its place,
    none when another title's ending comes between (``《…的提案》（第3号建议）和《…的建议》``:
    the 建议 note is the first title's, which it contradicts)."""
    notes = [r for r in reads if r.rank == _IN_NOTE]
    if not notes:
        return reads
    endings = [r for r in reads if r.rank == _TITLE_ENDING]

    def agrees(ending: _Read) -> bool:
        after = [n for n in notes if n.flat is ending.flat and n.at > ending.at]
        if not after:
            return False
        note = min(after, key=lambda n: n.at)
        between = any(e.flat is ending.flat and ending.at < e.at < note.at for e in endings)
        return note.value == ending.value and not between

    return [
        r._replace(rank=_AFTER_NUMBER) if r.rank == _TITLE_ENDING and agrees(r) else r
        for r in reads
    ]


def _anywhere(places: list[Flat]) -> _Read | None:
    """The first kind word of the first of ``places`` holding one (ranked _ANYWHERE), the
    places whose kind words :func:`_kinds` read, in order. Asked only when no other read
    was made: one ranked _ANYWHERE loses to every other (its order, (1, _ANYWHERE), is the
    last there is), counts for neither :func:`_settled` nor :func:`_outside_beaten`, and
    takes no place from the title's words outside, so it changes nothing else."""
    for flat in places:
        if km := _KIND.search(flat.text):
            return _Read(km.group("kind"), flat, km.start("kind"), _ANYWHERE)
    return None


def _numbers(scan: _Scan, in_title: bool = False) -> list[_Read]:
    """Every proposal number of the place, as read: not in text order, and a place may be
    read twice (:func:`_first_number` picks the one kept); ``in_title``: the place is the
    letter's title (:data:`_NUMBER_BEFORE_ENDING` is read there alone)."""
    flat = scan.flat
    text = flat.text
    numbered = "第" in text  # _NUMBER_BEFORE_QUOTE and _NUMBER_AFTER_QUOTE hold it
    out: list[_Read] = []
    for m in scan.number_kinds:
        for group in ("a", "b", "c", "d", "e", "g", "h"):  # the first that matched (a loop)
            if m.group(group):
                break
        out.append(_new(_Read, (m.group(group), flat, m.start(group), 0, False)))
    # searches from where the last match ended, not finditer: the same matches (none is
    # empty), without the iterator a text's usual none or one match does not need
    if "号" in text:  # every branch holds 号
        pos = 0
        while kn := _KIND_NUMBER.search(text, pos):
            for group in ("a", "e", "y", "b", "c", "d", "f"):  # the first that matched (a loop)
                if kn.group(group):
                    break
            out.append(_Read(kn.group(group), flat, kn.start(group)))
            pos = kn.end()
        for opener in _ENDING_NOTE_OPENERS:  # (the note opens with one: found by find)
            at = text.find(opener)
            while at >= 0:
                en = _NUMBER_AFTER_ENDING.match(text, at)
                if en is not None and text.endswith(_TITLE_ENDINGS, 0, at):
                    out.append(_Read(en.group("number"), flat, en.start("number")))
                at = text.find(opener, at + 2)
    if "〕" in text or "】" in text or "]" in text or "］" in text or "）" in text:
        # the registry's number, its kind where a code stands (代表建议〔2099〕5号, 县人大
        # 代表建议〔2099〕5号, 提案〔2099〕第17号): anywhere in the place, as 第5号建议 is
        # (a line of its own, a note, the opening's words: 您提出的代表建议〔2099〕5号收悉)
        for rn in _REGISTRY_NUMBER.finditer(text):
            out.append(_Read(rn.group("registered"), flat, rn.start("registered")))
    if "编号为" in text:  # it opens so
        for na in _NUMBERED_AS.finditer(text):
            out.append(_Read(na.group("number"), flat, na.start("number")))
    if "会议" in text:  # it opens with 会议
        pos = 0
        while sn := _AFTER_SESSION.search(text, pos):
            out.append(_Read(sn.group("number"), flat, sn.start("number")))
            pos = sn.end()
        bare = _bare_title_after_number(text, len(text)) if numbered else None
        if bare is not None and bare.group("number"):  # (else _NUMBER_KIND's: 第33号建议：)
            out.append(_Read(bare.group("number"), flat, bare.start("number")))
    if "_" in text and "号" in text:  # (a mirror's words after another number's spelling)
        bare = _bare_title_after_number(text, len(text))
        if bare is not None and bare.group("mirrored"):
            out.append(_Read(bare.group("mirrored"), flat, bare.start("mirrored")))
    if "？" in text and "号" in text:  # (its damage holds a question mark)
        for dn in _DAMAGED_BEFORE_NUMBER.finditer(text):
            if "？" in dn.group("damage"):
                out.append(_Read(dn.group("number"), flat, dn.start("number")))
    if "号）" in text or "号)" in text:  # the note ends so
        for sn in _SESSION_NOTE.finditer(text):
            opened = _note_opener(text, sn.start())
            if opened >= 0 and (not sn.group("short") or "届" in text[opened : sn.start()]):
                out.append(_Read(sn.group("number"), flat, sn.start("number")))
    for q, after in zip(scan.quotes, scan.after_quotes, strict=True):
        for group in ("number", "labelled", "bare", "noted", "yearly"):
            if after and after.group(group):
                out.append(_Read(after.group(group), flat, after.start(group)))
        read_after = after is not None and after.end() > q.end()  # a kind word or a note
        if numbered and not read_after and (bare := _NUMBER_AFTER_QUOTE.match(text, q.end())):
            out.append(_Read(bare.group("number"), flat, bare.start("number")))
        reach = max(0, q.start() - _NUMBER_BEFORE_QUOTE_REACH)
        if numbered and (before := _NUMBER_BEFORE_QUOTE.search(text, reach, q.start())):
            out.append(_Read(before.group("number"), flat, before.start("number")))
    if "号" in text:  # (第N号) holds it
        closed: set[int] | None = None  # (the quotes' closing places, made at the first lone)
        for lone in _LONE_CLOSE.finditer(text):
            if closed is None:
                closed = {q.end() - 1 for q in scan.quotes}
            after = _AFTER_QUOTE.match(text, lone.start())
            if lone.start() not in closed and after and after.group("number"):
                out.append(_Read(after.group("number"), flat, after.start("number")))
    for p in (scan.phrases or ()) if numbered else ():  # (None: no 第…号 before one)
        # before an unquoted title too: 第2024085号代表关于…建议的答复
        reach = max(0, p.start() - _NUMBER_BEFORE_QUOTE_REACH)
        if before := _NUMBER_BEFORE_QUOTE.search(text, reach, p.start()):
            out.append(_Read(before.group("number"), flat, before.start("number")))
    if in_title and "号的" in text:  # (the pattern holds it)
        for be in _NUMBER_BEFORE_ENDING.finditer(text):
            reach = max(0, be.start() - _DOCUMENT_BEFORE_REACH)
            if not _DOCUMENT_BEFORE_NUMBER.search(text, reach, be.start()):
                out.append(_Read(be.group("number"), flat, be.start("number")))
    if in_title and "：" in text:  # (the pattern opens with it)
        colon = _NUMBER_AFTER_ENDING_COLON.search(text)
        if colon is not None and text.endswith(_TITLE_ENDINGS, 0, colon.start()):
            out.append(_Read(colon.group("number"), flat, colon.start("number")))
    if out and (_OTHER_ITEM_MARK.search(text) or _MERGED_MARK.search(text)):
        out = [r for r in out if not _another_items(text, r.at)]
    return out


# A number the words before it give to another item, one the answered item is merged with
# or answered beside (该建议与第12号建议合并办理, 同第12号提案一并答复, 已并入第12号建议,
# 详见第12号建议的答复, （与〔2099〕12号合并）): no number of the item answered. Not 和 or
# 及, which join the item's own numbers (第5号和第17号建议), nor a bare 见 (意见第12号).
_OTHER_ITEM_LEAD = r"(?:与|同|跟|并入|并到|参见|详见)第?[（(〔\[［【]?"
_OTHER_ITEM = re.compile(f"{_OTHER_ITEM_LEAD}$")  # (searched for right before a read)
# (whether a place holds one at all: most hold none, and their reads are kept unasked)
_OTHER_ITEM_MARK = re.compile(f"{_OTHER_ITEM_LEAD}[0-9〇一二三四五六七八九十]")
# Such a word a little before, the other item's session or proposer between it and the
# number (该建议与县九届人大二次会议第12号建议合并办理, 同赵某委员提出的第8号提案一并答复),
# when the clause merges the items after the number: 参与, 共同, 会同, 协同 name no item,
# nor 与 after the proposer (您与钱某代表联名提出的第31号建议: the item's own).
_OTHER_ITEM_CLAUSE = re.compile(
    r"(?<![您你们参共会协陪相一不])(?:与|同|跟)[^，,。；;：:！!？?、您你]{1,20}第?[（(〔\[［【]?$"
)
_MERGED_AFTER = re.compile(r"[^，,。；;：:！!？?]{1,20}?(?:合并|一并|并案)")
_MERGED_MARK = re.compile(r"合并|一并|并案")


def _another_items(text: str, at: int) -> bool:
    """Whether the number read at ``at`` (its 第 or its first figure) is another item's, one
    the answered item is merged with or answered beside (:data:`_OTHER_ITEM_LEAD` right
    before it, or :data:`_OTHER_ITEM_CLAUSE` and the merging after it)."""
    if _OTHER_ITEM.search(text, max(0, at - 4), at):
        return True
    return (
        _MERGED_AFTER.match(text, at) is not None
        and _OTHER_ITEM_CLAUSE.search(text, max(0, at - 24), at) is not None
    )


def _note_opener(text: str, at: int) -> int:
    """Where the brackets ``at`` stands inside open, at most 24 characters before it, no
    bracket between (``[（(][^（）()]{0,24}`` right before it); -1 when it stands in none."""
    low = max(0, at - _NOTE_REACH)
    opener = max(text.rfind("（", low, at), text.rfind("(", low, at))
    if opener < 0 or text.find("）", opener, at) >= 0 or text.find(")", opener, at) >= 0:
        return -1
    return opener


def _first_number(flat: Flat, reads: list[_Read], cited: list[Range]) -> _Read | None:
    """The first of a place's ``reads`` in text order outside the cited 发文字号s
    (``cited``), of the reads at one place the last made: the first that sorting them by
    place, one a place (a dict's, the last kept), and dropping those inside gives, without
    the dict and the sort (only the first number is kept). Exact: whether a read stands
    inside depends on its place alone (:func:`_inside` asks where it starts), so dropping
    before or after keeping one a place drops the same places."""
    first: _Read | None = None
    for r in reads:  # (a loop: no generator)
        if (first is None or r.at <= first.at) and not (cited and _inside(flat, r, cited)):
            first = r
    return first


def _inside(flat: Flat, read: _Read, ranges: list[Range]) -> bool:
    """Whether ``read`` stands inside one of ``ranges`` of ``view.norm`` (a 发文字号)."""
    start, _ = flat.range(read.at, read.at + len(read.value))
    for a, b in ranges:  # noqa: SIM110 (a loop: no generator)
        if a <= start < b:
            return True
    return False


def _follows_received(text: str, m: re.Match[str], received: re.Match[str] | None) -> bool:
    """Whether the quote ``m`` stands right after 现将 or 收到 (``received``) and quotes an
    item's own title to its ending (``现将《关于…的提议》协办意见答复如下``, ``收到《…的建议》
    后``): the item the clause answers, with no asking word before it (a 协办 unit's opinion
    to the lead unit). A document quoted there (``现将《…的通知》``) is none."""
    if received is None or received.group() not in _TITLE_FOLLOWS or m.start() != received.end():
        return False
    inner = text[slice(*_quoted_span(m))].strip()
    return inner.endswith((*_KIND_ENDINGS, _MOTION)) and _DESIGNATION.search(inner) is None


def _quoted_span(m: re.Match[str]) -> tuple[int, int]:
    """The span of the text between the quotes: the group of the branch that matched."""
    assert m.lastgroup is not None  # every branch of _QUOTED has its group
    return m.span(m.lastgroup)


def _proposal_title(
    ctx: Context,
    title: tuple[Line, ...],
    title_flat: Flat | None,
    opening_flat: Flat | None,
    title_quotes: list[re.Match[str]] | None = None,
    opening_quotes: list[re.Match[str]] | None = None,
    opening_received: _Received | None = None,
) -> tuple[Flat, Range] | None:
    """The proposal's own title as written (line breaks out, ends stripped) and the range
    of ``view.norm`` it was read from (``title_flat``, ``opening_flat``: the title's and
    the opening's text, when there is one; ``title_quotes``: :func:`_title_quoted`'s, when
    known; ``opening_quotes`` and ``opening_received``: what was read of the opening's
    text already, the matches of _QUOTED (its scan's) and the first match of _RECEIVED
    (:func:`_opening_read`'s), when known; two arguments, not a tuple built for them)."""
    if opening_flat is not None:
        flat = opening_flat
        text = flat.text
        received = opening_received[0] if opening_received else _RECEIVED.search(text)
        while (
            received
            and received.group() in _HANDED_OVER
            and not _HANDED_AFTER.search(text, max(0, received.start() - 8), received.start())
        ):
            received = _RECEIVED.search(text, received.end())
        limit = received.start() if received else len(text)
        if received and received.group() in _TITLE_FOLLOWS:
            # 现将您提出的关于…的提案办理情况答复如下: the title follows, in its clause
            stop = _CLAUSE_END.search(text, received.end())
            limit = stop.start() if stop else len(text)
        before = _quotes_before(text, limit, opening_quotes)
        # where the first asking word ends: one stands before a quote when it ends by the
        # quote's start (every word of _ASKED has two characters), read once, not searched
        # from the text's start before each quote (a text of many quotes took quadratic time)
        asked_by = word.end() if (word := _ASKED.search(text)) else len(text) + 1
        for k, m in enumerate(before):
            if text[m.start() - 1 : m.start()] in (":", "：") and _SAID.search(
                text, max(0, m.start() - _SAID_REACH), m.start() + 1
            ):
                continue  # (words said, quoted: no title)
            if (
                asked_by <= m.start()
                or _BEFORE_RECEIVED.match(text, m.end() - 1)
                or _HANDLED_AFTER_QUOTE.match(text, m.end() - 1)
                or _follows_received(text, m, received)
            ):
                while k > 0 and _JOINED.fullmatch(text, before[k - 1].end(), before[k].start()):
                    k -= 1  # (items answered together: the first named is the proposal)
                m = before[k]
                if run := _run_holding(text, m, limit):
                    where = flat.range(*run)
                    return ctx.flat(where, written=True), where
                if (phrase := _term_phrase(_TERMED_IN_OPENING, text, m)) or (
                    phrase := _comma_phrase_holding(text, m, limit)
                ):
                    where = flat.range(*phrase)
                    return ctx.flat(where, written=True), where
                if outer := _outer_lost(text, before, k) or _straight_nested(text, before, k):
                    return _quoted(ctx, flat.range(*outer))
                return _quoted(ctx, flat.range(*_quoted_span(m)))
        if _has_bracketed(text):
            bracketed = _BRACKETED_TITLE.search(text, 0, limit + 1)
            if bracketed and bracketed.end() <= limit + 1:
                where = flat.range(*bracketed.span("title"))
                return ctx.flat(where, written=True), where
        lost = _LOST_QUOTE.search(text, 0, limit + 2)  # (its lookahead may read 收悉)
        if lost and not _OPENING_QUOTE.search(text, 0, lost.start()):
            where = flat.range(lost.start(), lost.end() - 1)
            return ctx.flat(where, written=True).strip(), where
        if "”" in text or "」" in text:  # (the closing quote it wants: most openings lack one)
            asked = _LOST_QUOTE_ASKED.search(text, 0, limit + 4)
            if asked and not _OPENING_QUOTE.search(text, 0, asked.end()):
                where = flat.range(*asked.span("title"))
                return ctx.flat(where, written=True).strip(), where
            whole = _LOST_QUOTE_WHOLE.search(text, 0, limit + 4)
            if whole and not _left_open(text, whole.start()):
                start, end = whole.span("title")
                start += _brand_at(text[start:end])
                where = flat.range(start, end)
                return ctx.flat(where, written=True).strip(), where
        for m2 in _PHRASE.finditer(text, 0, limit + 4):
            if text.startswith(("您", "你", "贵"), m2.start() + 2):
                continue  # 关于您提出的…: the letter's words, the title follows them
            if not _NUMBERED_PHRASE.search(m2.group(0)):
                where = flat.range(*_whole(_WHOLE_IN_OPENING, text, m2))
                return ctx.flat(where, written=True), where
        if bare := _bare_title_after_number(text, limit + 4):
            where = flat.range(*bare.span("title"))
            return ctx.flat(where, written=True), where
        comma = _COMMA_PHRASE.search(text, 0, limit + 4)
        if comma and not _NUMBERED_PHRASE.search(comma.group("title")):
            where = flat.range(*comma.span("title"))
            return ctx.flat(where, written=True), where
        asked = _ASKED_PHRASE.search(text, 0, limit + 4)
        if asked and not _NUMBERED_PHRASE.search(asked.group("title")):
            where = flat.range(*asked.span("title"))
            return ctx.flat(where, written=True), where
        punctuated = _ASKED_PUNCTUATED.search(text, 0, limit + 4)
        if (
            punctuated
            and _TITLE_MARK.search(punctuated.group("title"))
            and not _NUMBERED_PHRASE.search(punctuated.group("title"))
        ):
            where = flat.range(*punctuated.span("title"))
            return ctx.flat(where, written=True), where
        opinion = _ASKED_OPINION.search(text, 0, limit + 4)
        if opinion and not _NUMBERED_PHRASE.search(opinion.group("title")):
            where = flat.range(*opinion.span("title"))
            return ctx.flat(where, written=True), where
        if before_number := _title_before_number(text, limit + 4):
            where = flat.range(*before_number)
            return ctx.flat(where, written=True), where
    if title and title_flat is not None:
        quoted = _title_quoted(ctx, title, proposal_only=False, quotes=title_quotes)
        return quoted or _title_phrase(ctx, title_flat)
    return None


_BRAND_MARKS = re.compile(r"[_【】A-Za-z]")


def _left_open(text: str, at: int) -> bool:
    """Whether a quote opened before ``at`` in ``text`` is still open there (the last
    curly or corner quote before it an opening one): a closing quote after it is that
    one's, no lost quote's."""
    opened = text.rfind("“", 0, at), text.rfind("「", 0, at)
    closed = text.rfind("”", 0, at), text.rfind("」", 0, at)
    return max(opened) > max(closed)


def _brand_at(title: str) -> int:
    """How many characters of a hijacked mirror's brand open ``title`` (a brand's words
    ending in its word, :func:`~replyparse.orgnames.spam_end`, holding a mirror's mark: an
    underscore, a tag's brackets, Latin letters), the title's own words after it; 0 where
    none does (a title's words that end in a brand's word, 加强全民体育…, are its own)."""
    end = spam_end(title)
    if not end or _BRAND_MARKS.search(title, 0, end) is None or end >= len(title) - 2:
        return 0
    return end


_BODY_REACH = 3000
"""How far into the body after the opening :func:`_numbered_in_body` looks."""
_NUMBER_KIND_QUOTE = re.compile(rf"号{_WHOSE}?(?:{_KINDS})(?=[“《「\"])")
"""An item's 号, its kind word after it and a quote's opening mark right after that
(``23号建议“…”``): the item's number is read back from the 号 (:func:`_numbered_in_body`)."""
_NUMBER_GOES_ON = re.compile(r"[0-9A-Za-z\-]")
"""What a number's character before it says the number runs on from (17 for 7)."""


def _numbered_in_body(
    ctx: Context, number: str, rest: tuple[Line, ...]
) -> tuple[Flat, Range] | None:
    """The item's title the body quotes right after the item's own number and kind word
    (``收到…交办的县人大23号建议“关于…的建议”``, ``第23号提案《关于…》``), where neither the
    letter's title nor its opening names it (fix113): the quote that reads as a proposal's
    title (关于…, …的建议), the number the one the title or the opening gives; None
    elsewhere (another number, no kind word, a quote that designates or cites)."""
    start = rest[0].start
    end = min(rest[-1].end, start + _BODY_REACH)
    norm = ctx.view.norm
    if number not in norm[start:end]:
        return None  # (the usual body names no number)
    for m in _NUMBER_KIND_QUOTE.finditer(norm, start, end):
        at = m.start() - len(number)
        if at < start or not norm.startswith(number, at) or _NUMBER_GOES_ON.match(norm, at - 1):
            continue  # another item's number (17号 where the item is 7)
        quote = _QUOTED.match(norm, m.end(), end)
        if quote is not None and _proposal_like(quote.group(quote.lastgroup or 0).strip()):
            return _quoted(ctx, _quoted_span(quote))
    return None


def _answered_together(
    flat: Flat, quotes: list[re.Match[str]] | None, claim: Range
) -> list[ProposalPart]:
    """The other items the opening names beside the proposal, each quoted and joined to
    the next (``第4号提案《A》和第5号提案《B》已收悉``, ``《A》、《B》``) when the proposal's
    title is one of them (read at ``claim``): items answered, claimed as the proposal's
    title is (no reference), never placed; a quote joined so that reads as no proposal's
    title (《某条例》) stays a document cited. ``quotes``: the opening's, when known."""
    if quotes is None:
        quotes = _quotes(flat.text)
    if len(quotes) < 2:
        return []  # (most openings quote one title or none)
    text = flat.text
    joined = [_JOINED.fullmatch(text, a.end(), b.start()) is not None for a, b in pairwise(quotes)]
    if not any(joined):
        return []  # (quotes apart: a title and documents cited)
    spans = [flat.range(*_quoted_span(q)) for q in quotes]
    if claim not in spans:
        return []
    at = spans.index(claim)
    first = last = at
    while first > 0 and joined[first - 1]:
        first -= 1
    while last < len(joined) and joined[last]:
        last += 1
    return [
        ProposalTitleCited("", None, spans[k])
        for k in range(first, last + 1)
        if k != at and _proposal_like(text[slice(*_quoted_span(quotes[k]))].strip())
    ]


def _quotes_before(
    text: str, limit: int, quotes: list[re.Match[str]] | None
) -> list[re.Match[str]]:
    """``list(_QUOTED.finditer(text, 0, limit))``, read off ``quotes`` (the matches over
    the whole text) when it is known and none of them runs across ``limit``. Exact then:
    the text cut at ``limit`` fails wherever the whole text does (fewer ways to match),
    and a match that ends by ``limit`` is the first way to match there in both; only a
    match running across ``limit`` could leave a shorter one or one inside it."""
    if quotes is not None:
        before: list[re.Match[str]] = []
        for q in quotes:  # (one loop: no generator, no second pass)
            if q.start() < limit < q.end():
                break  # it runs across limit: searched again
            if q.end() <= limit:
                before.append(q)
        else:
            return before
    return list(_QUOTED.finditer(text, 0, limit))


def _title_quoted(
    ctx: Context,
    title: tuple[Line, ...],
    *,
    proposal_only: bool = True,
    quotes: list[re.Match[str]] | None = None,
) -> tuple[Flat, Range] | None:
    """The first quoted span of the letter's title; with ``proposal_only``, only one that
    reads as a proposal's title (关于…, …的建议), not a document the title cites.
    ``quotes``: the matches of _QUOTED in the title's text, when known: a one-line
    title's scan's (the same text: the line's is ``view.norm`` over it), a longer one's
    searched once by :func:`extract`."""
    if quotes is not None and not quotes:
        return None  # no quote (most titles): the title's text not sliced out for nothing
    start, end = title[0].start, title[-1].end
    joined = ctx.view.norm[start:end]
    for m in _QUOTED.finditer(joined) if quotes is None else quotes:
        inner = m.group(m.lastgroup or 0).strip()
        if proposal_only and not _proposal_like(inner) and not _kind_after(joined, m):
            continue
        if not proposal_only and (phrase := _term_phrase(_TERMED_IN_TITLE, joined, m)):
            flat = ctx.flat((start, end))
            where = flat.range(*phrase)
            return ctx.flat(where, written=True), where
        s, e = (start + at for at in _quoted_span(m))
        return _quoted(ctx, (s, e))
    return None


_KIND_AFTER_QUOTE = re.compile(r"\s*的?\s*(?:建议|提案|议案)")
"""The item's kind word right after a quote, a blank or a 的 between or not (``“X” 的建议``)."""


def _kind_after(joined: str, quote: re.Match[str]) -> bool:
    """Whether ``quote`` in the title's text ``joined`` names the item by its title in a
    note after the title's 文种 ending and a colon or a dash, its kind word right after
    it (``…的答复：“X” 的建议``: the part quoted, X, as ``关于“X”的建议`` gives it), a
    mirror's brand where 关于 or the place stood before it or not (``…的答复：某某体育_某某
    app-【官网下载】“X”的建议``, the brand no part of it: fix113). Its 建议 is no verb (``“X”
    建议将…``); a quote in the title's own words, or in 《》 (which cite), is read as before."""
    if joined[quote.start()] == "《":
        return False
    kind = _KIND_AFTER_QUOTE.match(joined, quote.end())
    if kind is None or _SUGGESTS.match(joined, kind.end() - 2):
        return False
    colon = max(joined.rfind("：", 0, quote.start()), joined.rfind(":", 0, quote.start()))
    dash = joined.rfind("—", 0, quote.start())
    for at in sorted({colon, dash}, reverse=True):
        if at < 0:
            continue
        lead = joined[at + 1 : quote.start()].strip()
        if joined[:at].rstrip(" —").endswith(_TITLE_ENDINGS) and (not lead or spam_name(lead)):
            return True
    return False


_RUN_REACH = 90
"""How far before a quoted term the unquoted title holding it may open (its asking words or
its number first, and up to 80 characters of the title)."""


def _run_holding(text: str, quote: re.Match[str], limit: int) -> Range | None:
    """The unquoted title with no 关于 that holds ``quote`` as a term of its own: the run
    after the number's kind word and colon (``第33号建议：把某某纳入山区“某某区”建设内容的
    建议``) or after the asking words (``提出的加快“某某”工程建设的建议收悉``) to its kind
    word, naming no number or session (:data:`_TITLE_AFTER_NUMBER`, :data:`_ASKED_PHRASE`).
    Not a quote that is a proposal's title itself (关于…, …的建议), nor one that opens the run
    with only its kind word after it (提出的“加强某某”建议: the quote is the title), nor a
    run opening with 关于 (:func:`_term_phrase`'s)."""
    if text[quote.start()] != "“" or _proposal_like(quote.group(quote.lastgroup or 0).strip()):
        return None
    low = max(0, quote.start() - _RUN_REACH)
    for pattern in (_TITLE_AFTER_NUMBER, _ASKED_PHRASE):
        for r in pattern.finditer(text, low, min(len(text), limit + 4)):
            start, end = r.span("title")
            if start > quote.start():
                break
            if end < quote.end() or text.startswith("关于", start):
                continue
            if _NUMBERED_PHRASE.search(text, start, end):
                continue
            if start == quote.start() and _TO_THE_KIND.fullmatch(text, quote.end(), end):
                return None
            return start, end
    return None


_OUTER_STOPS = re.compile(r"[。；！？”」《》]")
"""What no quoted title holds between its lost outer mark and the quote inside it."""
_TO_A_KIND = re.compile(rf"[^，。；：“”「」《》\s]{{0,40}}?的?(?:{_KINDS})")


def _outer_lost(text: str, quotes: list[re.Match[str]], k: int) -> Range | None:
    """The title a quote stands inside whose outer quote lost one of its marks, ``quotes[k]``
    the inner one as :data:`_QUOTED` read it: an opening mark of the same kind earlier in
    the clause, matched by none (no 。；, no closing mark or title mark between), opens the
    title. It ends at the quote's closing mark when the quote's words end in a kind word
    (``“关于解决“停车难问题的建议”``: the inner closing mark lost, the title as written,
    ``关于解决“停车难问题的建议``), else at the first kind word after the quote (``“加快“某某”
    工程建设的建议（第9号）收悉``: the outer closing mark lost, ``加快“某某”工程建设的建议``);
    None when neither reads, or what it gives reads as no proposal's title."""
    quote = quotes[k]
    mark = text[quote.start()]
    if mark not in "“「" or text.startswith("关于", quote.start() + 1):
        return None  # (a quote opening with 关于 is a title whole, a stray mark before it)
    low = max(quotes[k - 1].end() if k else 0, quote.start() - _RUN_REACH)
    at = text.rfind(mark, low, quote.start())
    if at < 0 or _OUTER_STOPS.search(text, at + 1, quote.start()):
        return None
    if quote.group(quote.lastgroup or 0).strip().endswith(_KIND_ENDINGS):
        end = quote.end() - 1
    elif (kind := _TO_A_KIND.match(text, quote.end())) is not None:
        end = kind.end()
    else:
        return None
    return (at + 1, end) if _proposal_like(text[at + 1 : end].strip()) else None


_TERM_BETWEEN = re.compile(r'[^"，。；：\s《》“”]{1,16}')


def _straight_nested(text: str, quotes: list[re.Match[str]], k: int) -> Range | None:
    """The title in straight quotes that quotes a term in straight quotes too, which
    :data:`_QUOTED` reads as two quotes (``"关于解决"停车难"问题的建议"``: ``"关于解决"`` and
    ``"问题的建议"``): the run from the first's opening mark to the second's closing one, when
    only a short term stands between them, the first's words end in no kind word (a whole
    title there: ``"关于甲的建议"和"关于乙的建议"`` are two) and the second's do, or a kind
    word follows it (``"关于解决"停车难"问题"的建议``)."""
    first = quotes[k]
    if text[first.start()] != '"' or k + 1 >= len(quotes):
        return None
    second = quotes[k + 1]
    if text[second.start()] != '"':
        return None
    between = _TERM_BETWEEN.fullmatch(text, first.end(), second.start())
    if between is None or first.group("c").strip().endswith(_KIND_ENDINGS):
        return None
    if second.group("c").strip().endswith(_KIND_ENDINGS) or _TO_THE_KIND.match(text, second.end()):
        return first.start() + 1, second.end() - 1
    return None


def _term_phrase(pattern: re.Pattern[str], text: str, quote: re.Match[str]) -> Range | None:
    """The unquoted 关于… phrase of ``text`` (``pattern``: to the end a title has there)
    that holds ``quote`` as a term of its own, when there is one: not a quote that is a
    proposal's title itself (关于…, …的建议), nor one running from 关于 to the kind word
    (关于“X”的建议: X is the title), nor one after the asking words (关于您提出的“…”)."""
    inner = quote.group(quote.lastgroup or 0)
    if quote.group(0).startswith("《") or _proposal_like(inner.strip()):
        return None
    about = text.rfind("关于", max(0, quote.start() - 80), quote.start())
    if about < 0 or _ASKED.search(text, about + 2, quote.start()):
        return None
    if text.startswith(("您", "你", "贵"), about + 2):
        return None
    whole = pattern.match(text, about)
    if whole is None or whole.end() < quote.end() or _NUMBERED_PHRASE.search(whole.group(0)):
        return None
    if quote.start() == about + 2 and _TO_THE_KIND.fullmatch(text, quote.end(), whole.end()):
        return None
    return whole.span()


def _comma_phrase_holding(text: str, quote: re.Match[str], limit: int) -> Range | None:
    """The unquoted 关于… title of :data:`_COMMA_PHRASE` (commas in its words, or after the
    words that say the item came in) that holds ``quote`` as a term of its own (``接到关于
    甲，书写“乙丙”的提案后``: the title whole, its term's quotes in it, fix138), when there is
    one: not a quote that is a proposal's title itself, nor one running from 关于 to the kind
    word (关于“X”的建议: X is the title), as :func:`_term_phrase` reads them."""
    if quote.group(0).startswith("《") or _proposal_like(quote.group(quote.lastgroup or 0).strip()):
        return None
    low = max(0, quote.start() - _RUN_REACH)
    for r in _COMMA_PHRASE.finditer(text, low, min(len(text), limit + 4)):
        start, end = r.span("title")
        if start > quote.start():
            break
        if end < quote.end() or _NUMBERED_PHRASE.search(text, start, end):
            continue
        if quote.start() == start + 2 and _TO_THE_KIND.fullmatch(text, quote.end(), end):
            return None
        return start, end
    return None


# In a title, the 关于 that opens the proposal's own title after the reply's own 关于 and
# whom or what it answers (关于对某代表关于…的建议的答复, 关于某委员提出的关于…的提案的答复,
# 关于对县…会议关于…的建议的答复): the proposal's title starts at the later one.
_INNER_ABOUT = re.compile(
    r"(?:代表|委员|会议|[0-9一二三四五六七八九十]号|提出的|所提的?|提交的)关于"
)


# A 关于 phrase of the title that names only whom the item came from, up to its kind word
# (关于孙某代表所提建议的答复, 关于孙某等5名代表联名提出的建议, 关于某镇代表团的建议,
# 关于孙某所提建议): the designation a bracket may hold too (:data:`_BRACKET_DESIGNATES`),
# written bare; no title of the item (left59a). Its words are a person's or a group's role,
# the proposing verb or both, right before the kind word: a title's own words about
# delegates run on before it (关于发挥人大代表作用的建议).
_NAMES_WHOM_ONLY = re.compile(
    r"(?:(?:代表|委员)(?:团|组)?|领衔|联名|所提|提出|提交|提的)的?(?:领衔|联名)?"
    rf"(?:所提|提出|提交|提的)?的?(?:{_KINDS})$"
)


def _title_phrase(ctx: Context, flat: Flat) -> tuple[Flat, Range] | None:
    """An unquoted proposal title in the letter's title (``flat``: its text): in brackets
    after the number and kind word or the title's ending, a 关于… phrase naming no number
    or session (after one that does: 关于第5号提案关于…的提案的答复), …"""
    text = flat.text
    if (bracketed := _title_bracketed(ctx, flat)) is not None:
        return bracketed
    bracket_start, bracket_end = _designating_bracket(text)
    m = _PHRASE.search(text)
    while m is not None:
        if bracket_start <= m.start() < bracket_end:
            # (a bracket naming whom the item came from, or its number: no title in it)
            m = _PHRASE.search(text, bracket_end) if "关于" in text[bracket_end:] else None
            continue
        if inner := _INNER_ABOUT.search(text, m.start() + 2, m.end()):
            m = _PHRASE.search(text, inner.end() - 2)  # (关于对某代表关于…的建议的答复)
            if m is None:
                break
        if not _NUMBERED_PHRASE.search(m.group(0)):
            start, end = _whole(_WHOLE_IN_TITLE, text, m)
            # (whom the item came from, the phrase whole: 关于孙某代表所提建议, not 关于加快
            # 办理代表建议的建议, whose first kind word ends no whole phrase)
            if not (
                _NAMES_WHOM_ONLY.search(text, start, end) or _FILER_BODY.fullmatch(text, start, end)
            ):
                where = flat.range(start, end)
                return ctx.flat(where, written=True), where
        m = _PHRASE.search(text, m.end()) if "关于" in text[m.end() :] else None
    comma = _COMMA_IN_TITLE.search(flat.text)
    if comma and "，" in comma.group(0) and not _NUMBERED_PHRASE.search(comma.group(0)):
        where = flat.range(*comma.span())
        return ctx.flat(where, written=True), where
    if _is_proposal_title(flat.text):
        where = flat.range(0, len(flat.text))
        return ctx.flat(where, written=True), where
    # (a run naming a number or a session is none: a title that holds one is not searched)
    if (
        "对" in text
        and "号" not in text
        and "会议" not in text
        and (dui := _DUI_IN_TITLE.search(text))
    ):
        found = dui.group("title")
        if not _NUMBERED_PHRASE.search(found) and not _NOT_DUI_TITLE.search(found):
            where = flat.range(*dui.span("title"))
            return ctx.flat(where, written=True), where
    if before_number := _title_before_number(text, len(text)):
        where = flat.range(*before_number)
        return ctx.flat(where, written=True), where
    if (
        (number := text.find("号")) >= 0
        and text.find("关于", number) > 0
        and (after := _ABOUT_AFTER_NUMBER.search(text, number))
        and not _NUMBERED_PHRASE.search(found := after.group("title"))
        and not _NOT_A_TITLE.search(found)
    ):
        where = flat.range(*after.span("title"))
        return ctx.flat(where, written=True), where
    return None


# What a title's brackets hold when they designate the item rather than write its title:
# its number and kind (关于县一届一次会议第7号建议), or whom it came from (关于郑涛代表所提
# 建议, 关于郑涛代表的建议, 关于郑涛等5名代表联名建议, 关于郑涛委员等人的提案). 等 and a
# person's word designate only with a count of persons or right before the kind word or the
# proposing verb: a title's own words run on after them (关于加强留守儿童等人群关爱的建议,
# 等人才引进, 等代表性建筑, 等3个代表性村落).
# 领衔 and 联名 designate only after a person's word or 等 (代表领衔, 委员联名, 等联名) or
# right before the proposing verb or the kind word (领衔提出, 联名建议): a title's own words
# hold them too (关于推行银企联名担保的建议, 关于发挥龙头企业领衔作用的建议; left59a).
_PERSONS_COUNT = "[0-9一二三四五六七八九十]+"
_BRACKET_DESIGNATES = re.compile(
    rf"(?:{_N}|第[〇零一二三四五六七八九十百千]+)号{_WHOSE}?(?:{_KINDS})"
    rf"|所提|提出|提交|提的|(?:领衔|联名)(?=[提所]|的?(?:{_KINDS})|$)|(?<=[表员人等])(?:领衔|联名)"
    rf"|等(?:{_PERSONS_COUNT}[名位](?:人大代表|政协委员|代表|委员)|{_PERSONS_COUNT}人(?![才群员口士])"
    rf"|(?:人|代表|委员)(?=的?(?:{_KINDS})|[提联所领]|$))"
    rf"|(?:代表|委员)(?:团|组)?的?(?:{_KINDS})$"
)


# A body that files proposals named bare between 关于 and the kind word (关于县工商联的提案,
# 关于民盟某县委员会的提案, 关于农工党某市委的提案, 关于某县政协农业界的提案, 关于教育界别的
# 提案): its place before it or not, a party's committee after it or not; whom the item
# came from, no title (left59a). A title naming an agency it is about (关于组建县应急管理局的
# 提案) names no such body.
_FILER_BODY = re.compile(
    rf"关于对?(?:某|[\u4e00-\u9fff]{{0,6}}?[省市州盟县区旗镇乡])?"
    rf"(?:(?:{vocab.alternation('filer_bodies')})"
    r"(?:某?[\u4e00-\u9fff]{0,4}?(?:委员会|总支|支部|委))?"
    r"|政协[\u4e00-\u9fff]{1,8}界别?|[\u4e00-\u9fff]{1,8}界别)"
    rf"的?(?:{_KINDS})"
)


def _bracket_designates(inner: str) -> bool:
    """Whether a title's bracket ``inner`` (关于… up to its kind word) designates the item
    (its number, whom it came from: :data:`_BRACKET_DESIGNATES`, a body that files items:
    :data:`_FILER_BODY`) rather than writes its title."""
    return _BRACKET_DESIGNATES.search(inner) is not None or _FILER_BODY.fullmatch(inner) is not None


_ITEM_FILLER = re.compile(rf"关于|对|的|(?:{_KINDS})$")
"""Words every item's title may hold, asked of none when two titles are compared."""
_SAME_ITEM_SHARE = 2
"""Two titles name the same item when they share at least half of the shorter one's pairs
of characters (:func:`_same_item`)."""


def _pairs(title: str) -> set[str]:
    """The pairs of neighbouring characters of ``title``, 关于, 的 and the kind word aside."""
    words = _ITEM_FILLER.sub("", title)
    return {words[i : i + 2] for i in range(len(words) - 1)}


def _same_item(a: str, b: str) -> bool:
    """Whether the titles ``a`` and ``b`` name the same item in other words (关于将甲纳入乙改造
    范围的建议, 关于将甲纳入乙的改造范围的建议; 关于修缮柳村祠堂的建议, 关于尽快修缮柳村古祠堂
    的建议): their pairs of neighbouring characters, 关于, 的 and the kind word aside, share at
    least half of the shorter one's. Two items share few: none (关于修缮甲村祠堂的建议, 关于加快
    乙镇污水处理的建议), or a word or two that many titles hold (关于硬化甲村道路的建议, 关于
    拓宽乙村道路的建议: 村道, 道路), which characters counted one by one took for a third of a
    short title (left59a)."""
    first, second = _pairs(a), _pairs(b)
    shorter = min(len(first), len(second))
    return shorter == 0 or len(first & second) * _SAME_ITEM_SHARE >= shorter


def _title_bracketed(ctx: Context, flat: Flat) -> tuple[Flat, Range] | None:
    """The proposal's own title in brackets in the letter's title (``flat``: its text),
    after the number and kind word or the title's ending (``…的答复（关于…的建议）``,
    :data:`_BRACKETED_TITLE`), or None; none when they designate the item rather than write
    its title (:data:`_BRACKET_DESIGNATES`: 关于县一届一次会议第7号建议)."""
    text = flat.text
    if (
        _has_bracketed(text)
        and (bracketed := _BRACKETED_TITLE.search(text))
        and not _bracket_designates(bracketed["title"])
    ):
        where = flat.range(*bracketed.span("title"))
        return ctx.flat(where, written=True), where
    return None


def _designating_bracket(text: str) -> Range:
    """Where the bracket of a title's ``text`` that designates the item (whom it came from,
    its number: :func:`_bracket_designates`) stands, (0, 0) when it holds none: no 关于
    phrase inside it is the item's title (关于第12号建议（关于孙某代表提出的建议）的答复)."""
    if not _has_bracketed(text):
        return 0, 0
    bracketed = _BRACKETED_TITLE.search(text)
    if bracketed is None or not _bracket_designates(bracketed["title"]):
        return 0, 0
    return bracketed.span()


def _has_bracketed(text: str) -> bool:
    """Whether ``text`` holds what every match of :data:`_BRACKETED_TITLE` does."""
    return "（关于" in text or "(关于" in text


def _bare_title_after_number(text: str, limit: int) -> re.Match[str] | None:
    """The first :data:`_TITLE_AFTER_NUMBER` of ``text[:limit]`` whose title names no
    number or session, None when there is none (asked only where 会议第 stands, or a
    number's 号 with a colon after its kind word: 第33号建议：)."""
    if "会议第" not in text and not ("号" in text and ("：" in text or ":" in text)):
        return None
    for m in _TITLE_AFTER_NUMBER.finditer(text, 0, limit):
        if not _NUMBERED_PHRASE.search(m.group("title")):
            return m
    return None


def _title_before_number(text: str, limit: int) -> tuple[int, int] | None:
    """The range of an unquoted 关于… title of ``text[:limit]`` that its number and kind
    word follow (:data:`_TITLE_BEFORE_NUMBER`), when it names neither a number or session
    nor whom it answers."""
    if "号" not in text:
        return None
    m = _TITLE_BEFORE_NUMBER.search(text, 0, limit)
    if m is None or _NUMBERED_PHRASE.search(m.group(0)) or _NOT_A_TITLE.search(m.group(0)):
        return None
    if text.startswith("关于对", m.start()) and _names_whom(m.group(0)[3:]):
        return None
    return m.span()


def _is_proposal_title(text: str) -> bool:
    """Whether the letter's title line ``text`` is the proposal's own title whole
    (:data:`_PROPOSAL_TITLE_LINE`), naming no number or session."""
    return _PROPOSAL_TITLE_LINE.fullmatch(text) is not None and not _NUMBERED_PHRASE.search(text)


def _whole(pattern: re.Pattern[str], text: str, phrase: re.Match[str]) -> tuple[int, int]:
    """The unquoted title that opens with ``phrase`` (its first kind word found) run on to
    the end ``pattern`` allows, when that names no number or session; else ``phrase``."""
    whole = pattern.match(text, phrase.start())
    if whole is None or _NUMBERED_PHRASE.search(whole.group(0)):
        return phrase.span()
    return whole.span()


# The anchor of a reviewer's comment a word processor left in the text ([张律师1], [A2]).
_COMMENT_ANCHOR = re.compile(r"[\[［][A-Za-z\u4e00-\u9fff]{1,8}\d{1,3}[\]］]")


def _without_anchors(flat: Flat) -> Flat:
    """``flat`` without the comment anchors in it."""
    if "[" not in flat.text and "［" not in flat.text:
        return flat  # every anchor opens with one of them
    keep = [True] * len(flat.text)
    for m in _COMMENT_ANCHOR.finditer(flat.text):
        keep[m.start() : m.end()] = [False] * (m.end() - m.start())
    if all(keep):
        return flat
    text = "".join(ch for ch, k in zip(flat.text, keep, strict=True) if k)
    return Flat(text, tuple(a for a, k in zip(flat.at, keep, strict=True) if k)).strip()


# A quoted title that quotes only its subject, from 关于 to the kind word (《关于“X”的建议》,
# “关于「X」的提案”): the quote's words, X, as of the same title written with no outer marks;
# also with a number note the quotes hold at its end (《关于“X”的建议（第12号）》), which
# :func:`_quoted` strips from any title (review61b: fix95's round kept that one whole).
_ABOUT_QUOTE_ONLY = re.compile(
    r"\s*关于\s*(?:“(?P<a>[^“”]+)”|「(?P<b>[^「」]+)」|\"(?P<c>[^\"]+)\")"
    rf"\s*{_TO_THE_KIND.pattern}\s*(?:{_NUMBER_NOTE.pattern.removesuffix('$')}\s*)?"
)


def _quoted(ctx: Context, where: Range) -> tuple[Flat, Range]:
    """The quoted title at ``where`` as written, without a number note the quotes hold at
    its end (《关于…(第25号提案》) and without a comment's anchor ([张律师1]); the part a
    title written 关于“X”的建议 quotes, X, when that is the whole of it (spec: when only
    part is quoted, that part; the outer marks a title's are stripped first)."""
    if "关于" in ctx.view.norm[where[0] : where[0] + 4]:
        only = _ABOUT_QUOTE_ONLY.fullmatch(ctx.view.norm, *where)
        if only is not None:
            where = only.span(next(g for g in "abc" if only.group(g) is not None))
    flat = _without_anchors(_written_stripped(ctx, where))
    note = _NUMBER_NOTE.search(flat.text) if "号" in flat.text else None  # (every note's)
    if note is not None and note.start() > 0:
        flat = Flat(flat.text[: note.start()], flat.at[: note.start()]).strip()
    if flat.text[-1:] == "。" and len(flat.text) > 1:
        # the full stop the proposer's sentence ended with inside the quotes (提出“加强某某
        # 管理。”的建议): no part of the title, as where the opening quote was lost
        flat = Flat(flat.text[:-1], flat.at[:-1])
    return flat, where


def _written_stripped(ctx: Context, where: Range) -> Flat:
    """``ctx.flat(where, written=True).strip()``, the usual quoted title made at once: a
    run of ``view.norm`` with no line break or blank, its characters following one another
    in the letter, is the letter's own slice (``Flat.of`` takes one run, ``_written`` that
    slice), and one with no white space at either end is what ``strip`` leaves whole (both
    ask ``str.isspace``'s question). Else the plain reading (a flat, a copy and a strip
    cost about 30k instructions a title)."""
    start, end = where
    view = ctx.view
    origin, run = view.origin, view.norm[start:end]
    kept_whole = run and origin[end - 1] - origin[start] == end - 1 - start
    if kept_whole and " " not in run and "\n" not in run:
        text = view.original[origin[start] : origin[end - 1] + 1]
        if not text[0].isspace() and not text[-1].isspace():
            return _new(Flat, (text, range(start, end)))
    return ctx.flat(where, written=True).strip()
