"""Elements of the 版头 (header): lines, or ends of title lines, that are never title,
salutation or body.

An element is one of:

- a label and its value, the label opening it (:func:`replyparse.labels.opening_label`):
  ``新编号：第15号``, ``协办单位：`` (empty), ``签发人：王某``, ``〔是否公开：是〕``;
- a mark or a note standing alone (rows of ``data/labels.tsv`` with ``needs`` alone or
  note), brackets and an explanation allowed: ``B类``, ``A类)``, ``【B】``, ``同意公开``,
  ``(此回复件公开)``, ``不予公开（涉及个人信息）``, ``机密★1年``;
- a 发文字号, well-formed in any bracket pair, its year first (``[2016]某政复函 3号``) or
  damaged (:data:`DAMAGED_DOC_NUMBER`), with a few more words beside it (``某交复〔2021〕7号
  B类``), or a 份号 (six digits);
- a date written whole, alone or beside them (a web page's ``2024年3月2日  来源：…`` kept
  above the letter): no title holds one;
- several of these on one line, apart by gaps (``某字〔2021〕3号  同意公开``); a label's
  value may stand after a gap of its own (``来源： 某县人民政府``).

A title line may end with elements glued to it in brackets (``…的答复（同意公开）``,
``(编号:B〔2017〕062号)``, ``[某交〔2018〕68号]``) or after a gap (``…的答复    某水函〔2021〕
12号``): :func:`cut_title` takes them off, so the title is the title and each element
feeds its field.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right

from replyparse import vocab
from replyparse.chrome import ITEM_KIND
from replyparse.labels import ALL, OPENERS, LabelSet, opening_label
from replyparse.masks import MASK_MARKS
from replyparse.orgnames import AUTHORITY_NAME
from replyparse.textview import Line, TextView

OPEN = "〔[［【（﹝〖〈<{｛"
"""Brackets that open the year of a 发文字号 (``(`` is ``（`` in the view); angle brackets
and braces are how a scan's OCR reads 〔〕 and how a typist without 〔〕 writes them
(``某函{2024}3号``)."""
CLOSE = "〕]］】）﹞〗〉>}｝"
"""Brackets that close it."""
_O, _C = re.escape(OPEN), re.escape(CLOSE)

LEVEL_CHARS = "省市县区州盟旗镇乡"
"""The levels of government a body's name opens with when its place is left unsaid
(县教育局, 市财政局), or ends its place with (某某县农业局): 省, 市, 县, 区, an autonomous
州, a 盟 or 旗 (Inner Mongolia's 市 and 县), 镇, 乡. The one set every reader of a level
asks: joint signers each opening with their level (:mod:`replyparse.fields.signature`),
the bodies of a 抄送 list sharing theirs and a column's rows opening with it
(:mod:`replyparse.fields.cc`, :data:`replyparse.closing.CC_COLUMN_OPENS`), an authority's
name glued before a cited number's code (:mod:`replyparse.fields.references`), a
signature a page cut short (:mod:`replyparse.closing`), a signer's name split by a stray
blank after its place (青山镇农业 服务中心) and a paragraph's subject after a heading (全县,
全盟: :mod:`replyparse.resegment`)."""
LEVELS = frozenset(LEVEL_CHARS)
""":data:`LEVEL_CHARS` as a set, for a character's look-up."""
_PLACE_OPENS = re.compile(f"[\u4e00-\u9fff]{{1,3}}(?:[{LEVEL_CHARS}]|街道)")
"""A place named to its level opening a body's name (某某省…, 某镇…, 某某街道…)."""


def opens_as(name: str, before: str) -> bool:
    """Whether the body's ``name`` opens as a body of one list may after ``before`` (the
    body glued before it): with ``before``'s first character (its place), a level, or a
    place named to its level (县财政局县水利局办公室, 县政协提案委某镇党政办, 县政协提案委
    某某街道党政办). Words run on inside one body's name open none (…常委会选举任免联络工作
    委员会: 选举… is no body), nor do words that hold a level's character and name no place
    (…常委会城乡建设…, …常委会社区治理…: neither 城乡 nor 区 a place; mend75b)."""
    if before[-1:] + name[:1] in _NO_PLACE_OPENINGS:
        return False  # (a cut inside such a word, 社|区治理…: its level's character no level)
    if name.startswith(_NO_PLACE_OPENINGS):
        # (城乡建设…, 社区…, 乡村…: a body's own words, no place: mend75b)
        return name[:1] == before[:1]
    return name[:1] == before[:1] or name[:1] in LEVELS or _PLACE_OPENS.match(name) is not None


_NO_PLACE_OPENINGS = ("城市", "城区", "城乡", "城镇", "社区", "乡村")
"""Words that hold a level's character and name no place (:data:`CITY_WORD`'s, 乡村): inside
a body's name (…常委会城乡建设环境保护工作委员会) they open no place, no body after it."""


CITY_WORD = "城市|城区|城乡|城镇|社区"
"""The words that end with a level's character and name no place (城市管理科, 城乡建设局,
城镇规划股, 社区警务室), as a regex's alternatives, each two characters: no level of
government stands at their end. Asked where a section after its authority on the
signer's line opens with one (:func:`replyparse.closing.one_unit_apart`: 甲县住房和城乡建设局
城市管理科, one name) and where a level opens a name inside a signer's line (after it, as
a lookbehind: :mod:`replyparse.fields.signature`)."""

SERIAL_MARK = r"(?:[\u4e00-\u9fffA-Za-z](?<!第)(?=\d))?"
"""One letter or word a local scheme writes inside the serial, before its digits
(``建议主办〔2023〕闭08号``: 闭 for the recess's items, ``〔2021〕B12号``); the serial's
value is then null."""
SUB_SERIAL = r"(?:[-‐‑–—―﹣]\d{1,5})?"
"""A sub-serial after the serial's dash (``〔2023〕12-1号``), any dash a typist or an IME
writes (``12—1号``, ``12–1号``; the view reads a full-width ``－`` and a 一 between digits
as ``-``); the serial's value is then null."""
CN_SERIAL_DIGITS = "一二三四五六七八九十百零〇"
"""The Chinese numerals a serial is written in (第十二号, 第一〇五号)."""
CN_SERIAL = rf"(?<=第)[{CN_SERIAL_DIGITS}]{{1,6}}"
"""A serial written in Chinese numerals after its 第 (``某政协提字（2020）第十二号``): a number
all the same, its value the numeral's (:mod:`replyparse.fields.docnumber`)."""
LISTED_SERIALS = r"(?:[、,，]\d{1,5}){0,4}"
"""Serials listed after the first under one code and year (``某财预〔2023〕12、13号``, or
with a comma, ``12,13号``, ``12，13号``): one number as written
(:mod:`replyparse.fields.docnumber`)."""
_FILERS = (
    "人大代表|政协委员|代表团|代表|委员|人大|政协|民主党派|党派|界别|人民团体|团体|专委会"
    "|个人|集体|重点|联名"
)
ITEM_FILERS = f"(?:闭会期间(?:{_FILERS}){{0,2}}|(?:{_FILERS}){{1,2}})"
"""What may stand between an item's number and its kind word: whose it is (第12号代表建议,
第50-1号人大建议, 第24号委员提案, 第7号代表团建议; a committee's filers: 第9号党派提案, 民主党派,
界别, 团体, 人民团体, 专委会, 个人), what sort of item (第15号集体提案, 第3号重点提案, 第8号
联名建议), or when it came in (第6号闭会期间建议, 第6号闭会期间代表建议: between two
sessions); two of them together too (第141号委员个人提案, 第5号重点集体提案). The item's
kind is still the word after them (fields/proposal.py, layout's number line)."""
NO_KIND_AFTER = rf"(?!代表|委员|{ITEM_FILERS}?(?:建议|提案|议案))"
"""No proposal's kind word after a 号, nor its proposers or the words :data:`ITEM_FILERS`
reads before it (〔2021〕3号代表建议, 【2031】政协第12号党派提案, …3号闭会期间建议): the
number is the item's, not the reply's."""
YEAR_FIRST_DOC_NUMBER = (
    rf"[{_O}](?:19|20)\d{{2}}[{_C}](?!关于|对)[\u4e00-\u9fff]{{2,10}}?第?\d{{1,5}}号"
    rf"{NO_KIND_AFTER}"
)
"""A 发文字号 written with its year first (``[2016]某政复函 3号``, ``【2016】某政函3号``): the
year in brackets, the issuer code (no title's 关于/对 opening it), the serial, 号 (no
proposal's kind word after it). Where it starts, no issuer code may stand glued before
it (某交复〔2022〕闭会15号 is none): :data:`DOC_NUMBER` asks; a caller that knows the gaps
asks itself."""
CODE_NOTE = (
    r"（(?![^）]*(?:试行|暂行|修订|修正|草案|稿|章|签字|签名)|[一二三四五六七八九十]+）)"
    r"[\u4e00-\u9fff]{1,4}）"
)
"""A 发文字号's code's part in round brackets (the view's full-width ones) naming the business
or the person its office numbers apart (西审管（投资）发〔2023〕74号, 某发改（审批）函〔…〕,
张某（王某）函〔…〕): one to four hanzi, no draft's or trial's note (试行, 暂行, 修订, 草案, …稿)
nor a seal's or a signature's (（盖章）, （签字）) nor a list's numeral (（二）), which a
document's name or a word writes before what follows (:mod:`replyparse.fields.docnumber`,
:mod:`replyparse.resegment`)."""
DOC_NUMBER = (
    rf"(?:[\u4e00-\u9fffA-Za-z]{{0,16}}[{_O}]\d{{2,4}}年?[{_C}]"
    rf"第?(?:{SERIAL_MARK}\d{{1,5}}{SUB_SERIAL}{LISTED_SERIALS}|{CN_SERIAL})号"
    rf"|(?<![\u4e00-\u9fffA-Za-z]){YEAR_FIRST_DOC_NUMBER})"
)
"""A well-formed 发文字号 (issuer code, year in brackets, serial or listed serials, 号), or one
written with its year first (:data:`YEAR_FIRST_DOC_NUMBER`)."""

DAMAGED_DOC_NUMBER = re.compile(
    rf"(?P<prefix>(?:[\u4e00-\u9fffA-Za-z]|{CODE_NOTE}){{1,16}}?)(?P<di>(?<=字)第)?(?P<open>[{_O}])?"
    rf"(?P<year>(?:19|20)\d{{2}})"
    rf"(?P<close>[{_C}])?(?:(?P<di2>(?<=[{_C}])第)?(?P<serial>\d{{1,5}})|(?P<word>(?:(?!号)[\u4e00-\u9fff]){{1,3}}(?=号))"
    rf"|(?P<masked>[{MASK_MARKS}]{{1,5}}(?=号)))?"
    rf"(?P<hao>号)?(?!\d)"
)
"""A 发文字号 that lost its closing bracket, its 号 or both in copying (``某发〔202527``), or its
opening bracket (``某发2025〕27号``): the year is the first four digits, the serial the rest; a code
ending in 字 may have 第 after it, its brackets lost or never written (``某交字第20231205号``: year
2023, serial 1205, as ``某交字20231205号`` is read; the code is matched lazily, so that the 第 is no
part of it), and any code may have 第 after the year's closing bracket, its 号 lost
(``某公复字(2024)第16``), and a note in round brackets inside it (``提案(某公复)字``:
:data:`CODE_NOTE`). Or one whose serial was never filled in (``某民函〔2024〕号``,
``某民函〔2024〕 号``, ``某市环函〔2020〕``: a draft's or a template's blank), or holds a word
for it (``某教提复字〔2019〕来信号``: a letter answered outside the numbered items; no plain
number), or a mask the publisher wrote for it (``某街函〔2024〕**号``, ``××号``:
:data:`MASK_MARKS`). Only a header element, and only when it is not whole and keeps one bracket
or its code ends in 字, or in 函, 发 or 复 with its serial glued to its year (``某路函20219``:
:data:`_BARE_CODE`; a month and day there, ``回复20231205``, a date glued to the code:
:func:`glued_date`), or, with no serial, keeps both brackets (:func:`damaged_doc_number`)."""
# The code of a number with no serial: an issuer's 代字, no title's words (某某的答复〔2020〕).
_UNFILLED_CODE = re.compile(r"(?!.*(?:关于|的))[\u4e00-\u9fffA-Za-z]{1,10}")
# A title's words in a damaged number's code (关于, 的, 对 opening it): a title's line, no code.
_TITLED_CODE = re.compile(r"关于|的|^对")
# What an issuer's 代字 holds before the character it ends in: no title's words (关于, 的).
_CODE_HEAD = r"(?:(?!关于|的)[\u4e00-\u9fffA-Za-z]){0,11}"
# The code of a number glued to its year and serial with no bracket (某路函20219): an
# issuer's 代字 for a letter, ending so, no title's words (:data:`_SPACED_CODE`'s, but 办).
_BARE_CODE = re.compile(rf"{_CODE_HEAD}[函发复]")
# The digits after such a code that are a date in figures, its month and day glued to its
# year (回复20231205, 来函20230815: 2023-12-05), no serial of a number.
_GLUED_MONTH_DAY = re.compile(r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")

_MARKS = vocab.spellings(tuple(e for e in vocab.labels() if e.needs == "alone"))
_HEADS = vocab.spellings(tuple(e for e in vocab.labels() if e.needs == "note"))
_SECRECY = vocab.spellings(
    tuple(e for e in vocab.labels() if e.needs == "alone" and e.field in ("secrecy", "urgency"))
)
CLOSERS = '）)〕]］】〗﹞」』”’"》>'
"""Closing brackets and quotes (the partners of :data:`replyparse.labels.OPENERS`)."""
_ANY_OPEN, _ANY_CLOSE = re.escape(OPENERS), re.escape(CLOSERS)
# A class mark with a local scheme's sub-grade digit before its 类: C2类 is C类.
GRADED_CLASS = r"[A-D][1-9]类"
# A class mark whose letter alone stands in brackets, its 类 after them: (B)类, 【C】类.
BRACKETED_CLASS = r"[（(〔\[［【][A-D][）)〕\]］】]类"
# The words a publication note may set between its head and its value (此件属主动公开, 此件
# 予以主动公开, 此件经删减后公开, 此件可在网上公开, 此答复件同意在网上公开): a verb of being or
# permission, then where it is published. No negation among them: 此件不对外公开 says no
# value of ours, and is read as none.
NOTE_LINK = r"(?:属于?|为|系|经|可以?|予以|同意|拟)?(?:在?网上|对外|向社会)?"
# The same words negated (此件不在网上公开, 本件暂不在网站公开, 此件不向社会公开发布): the note
# then says no whatever its value says. Tried before NOTE_LINK, whose words are all optional.
NOTE_NEGATION = r"(?:属于?|为|系)?暂?不(?:在?(?:网上|网站上?|政府网站|门户网站)|对外|向社会)"
# A class said in the words a scheme defines it by, led in by what was asked (所提问题已经
# 解决或采纳, 所提建议正在解决或列入计划解决, 所提问题因条件限制或其他原因暂时不能解决，留作参考):
# the lead-in, a value of data/handling_types.txt of two characters or more (no bare A, no
# …类 mark), the rest of its wording with no sentence's end.
CLASS_LEAD_IN = "所提的?(?:问题|建议|意见|事项)"
CLASS_WORDS_VALUES = vocab.longest_first(
    k for k in vocab.mapping("handling_types") if len(k) > 1 and not k.endswith("类")
)
CLASS_WORDS_REST = r"[\u4e00-\u9fff，、]{0,20}"
EXPLANATION_LONGEST = 30
"""The longest explanation in brackets after a mark: a class's own wording
(``C类（所提问题因条件限制或其他原因暂时不能解决，留作参考）``, 25 characters)."""
# A mark or note alone: 同意公开, (A类), A类), 【B】, (此回复件公开), A类（已解决或采纳）, C2类,
# (B)类
# A note saying the class with the document's own head: 此件为A类, （本件属B类件）, 此件为B类
# 办理件, 本件系A类办结 (the item handled or closed as that class).
CLASS_LETTERS = "A-D甲乙丙丁"
"""A class's letter, in a character class: ``A``…``D``, or 甲乙丙丁 as some schemes write it."""
SAID_TAIL = "(?:件|答复|办理件?|办结)?"
"""What may follow a class mark's 类 (B类件, A类答复, B类办理, B类办理件, A类办结)."""
SAID_VERB = "(?:为|属于?|是|系)"
"""The verb that joins a class to what is said to be of it (此件为A类, 办理类型属B类)."""
SAID_CLASS = rf"{SAID_VERB}[“\"「]?[{CLASS_LETTERS}][”\"」]?类{SAID_TAIL}"
_MARK = (
    rf"[{_ANY_OPEN}]*(?:(?:(?:(?:{_HEADS})(?:{NOTE_NEGATION}|{NOTE_LINK}))?"
    rf"(?:{_MARKS}|{GRADED_CLASS}|{BRACKETED_CLASS})"
    rf"|(?:{_HEADS}){SAID_CLASS})"
    rf"[{_ANY_CLOSE}]*(?:（[^（）]{{1,{EXPLANATION_LONGEST}}}）)?[。.]?"
    # a class in its scheme's words: no full stop (所提建议已采纳，感谢…。 is a sentence)
    rf"|{CLASS_LEAD_IN}(?:{CLASS_WORDS_VALUES}){CLASS_WORDS_REST})[{_ANY_CLOSE}]*"
)
_MARK_ALONE = re.compile(f"^{_MARK}$")
# A publication note that goes on with the letter's contact on its line, nothing or a
# separator between them (（此件公开发布，联系人：王某…）, （此件主动公开。联系人…）): the note
# and its separator, which :func:`noted_contact_at` looks past for a contact's label.
_NOTE_THEN = re.compile(
    rf"[{_ANY_OPEN}]?(?:{_HEADS})(?:{NOTE_NEGATION}|{NOTE_LINK})(?:{_MARKS})[，,。.；;、]?"
)
NOTE_THEN_FIRST = frozenset(OPENERS) | frozenset("此本")
"""The characters :data:`_NOTE_THEN` may open with (a bracket, a note's head): its gate."""
# A 份号 (six digits), or a 密级 or 紧急程度 (机密★1年).
_SHAPE = rf"\d{{6}}|(?:{_SECRECY}).{{0,8}}"
_SHAPES = re.compile(f"^(?:{_SHAPE})$")
# A 发文字号 with a few words beside it (签发人, a class mark).
_DOC_NUMBER_SHAPE = re.compile(rf"^.{{0,16}}{DOC_NUMBER}.{{0,16}}$")
# A sentence around a number it cites (根据某政发〔2099〕3号文件精神，现答复如下：): a comma
# or a sentence's stop beside the number outside brackets (a class mark's note in brackets
# holds its own: 某函〔2024〕5号（A类，公开）), or a verb of citing before it, words after it. A
# letter's own number stands alone on its line, or beside 签发人, a class or an authority.
_BRACKETED_NOTE = re.compile(r"（[^（）]*）")
_SENTENCE_STOP = re.compile(r"[，。；！？]")
CITING_VERBS = "根据|按照|依据|依照|遵照|参照|对照"
"""The verbs a sentence cites a number by (按照某政发〔2099〕3号要求，…), one list for the
head's readings of a cited number (here, resegment's openings, handling's class)."""
CITING_VERB = re.compile(CITING_VERBS)
_DOC_NUMBER_IN = re.compile(DOC_NUMBER)
_YEAR_OPEN = re.compile(rf"[{_O}]\d")
# An authority's name alone after a comma beside the number (某函〔2099〕5号，某县某局).
_AUTHORITY_ALONE = re.compile(AUTHORITY_NAME)
_REPLY_TAIL = re.compile(r"的(?:答复|回复|复函|函)(?:意见)?$")
"""A reply title's ending (``的答复``, ``的复函``): no words a 发文字号 has beside it."""
# A 发文字号's year in its brackets: a gate before the shape's match, which tries every
# place the number might begin (a title holds 号 and brackets: 关于…（第24号）).
_BRACKETED_YEAR = re.compile(rf"[{_O}]\d{{2,4}}年?[{_C}]")
# What stands before and after an item's number in a registry's scheme of class, year and
# serial (第B（2031）45号建议): its 第 with a class's letter or two (no issuer's code ends so),
# and its kind word after 号, whoever filed it between (ITEM_FILERS: 第B（2031）45号党派
# 提案, as 第B（2031）45号代表建议). One reading for the elements here, re-segmenting's header
# (resegment._item_number) and the 发文字号 finder (fields/docnumber.py), each of which
# turns such a number away as no 发文字号.
ITEM_NUMBER_LEAD = "第[A-Za-z]{0,2}"
ITEM_KIND_AFTER = re.compile(rf"{ITEM_FILERS}?(?:建议|提案|议案)")
_HANDLING_WORDS = "督办|主办|会办|协办|分办|合办|领办|交办|办结|重点"
HANDLING = (
    rf"(?:[\u4e00-\u9fff]{{0,4}}?(?:{_HANDLING_WORDS})(?:件|单位|意见)?"
    rf"(?:[、，,](?=[\u4e00-\u9fff]))?){{1,3}}"
)
"""How the office handles the item, as a note in brackets writes it: up to three handling
words, a few words before each (who presses for it: 市长督办, 政协主席督办) and 件, 单位 or
意见 after it (督办件, 协办单位, 会办意见), parted by 、 or a comma (主办，重点督办)."""
_HANDLING_ALONE = re.compile(rf"^[（(【\[［〔](?:{HANDLING})[）)】\]］〕]$")
ITEM_NOTE = (
    r"[（(【](?:[\u4e00-\u9fff]{1,8}类(?:第?[0-9]{1,6}号)?"
    r"|(?:分类|类别)[：:][\u4e00-\u9fff]{1,8}"
    rf"|{HANDLING})[）)】]"
)
"""A note in brackets right after an item's number's 号 and before its kind word: the
item's count within its class (第03314号（工交邮电类455号）提案: a national committee's
registry numbers a proposal twice, over all and within its class), its class alone
(（农业类）) or under its label (（分类：重点）, （类别：一般）), or how it is handled
(:data:`HANDLING`: （重点督办）, （主办）, （会办）, （已办结）, （主办，重点督办）,
（市长督办件）, 【县长督办】). No number of the item's own and no part of anything, the kind
word after it the item's (fields/proposal.py, and fields/docnumber.py, where a number of class, year
and serial so followed, 第B（2031）45号（工交类12号）提案, is the item's, no 发文字号)."""
ITEM_KIND_CODE = (
    r"(?:(?:[\u4e00-\u9fff]{0,6}?[省市州盟县区旗镇乡])?"  # the filing body, its place
    r"(?:第?[一二三四五六七八九十]{1,3}届)?(?:人大|政协))?"  # its term or not
    f"{ITEM_KIND}"  # the kind, whose it is or not (chrome.ITEM_KIND)
)
"""The item's kind where a 发文字号's code stands, as a registry numbers the items it files
(``代表建议〔2023〕5号``, ``委员提案【2023】17号``, ``政协提案〔2023〕8号``), the body that files
them named with its place's level before it or not (``县人大代表建议〔2023〕5号``,
``某市政协提案〔2023〕8号``), its term too (``县十届人大代表建议〔2023〕5号``): the item's own
number, no issuer's code (fields/docnumber.py), read as the proposal's number
(fields/proposal.py, :data:`ITEM_REGISTRY_NUMBER`)."""
_ITEM_KIND_CODE = re.compile(ITEM_KIND_CODE)
_SESSION_WORD = "会议"


def item_kind_code(norm: str, start: int, opened: int) -> bool:
    """Whether ``norm[start:opened]``, the code before a number's bracketed year at
    ``opened``, is the item's kind where a code stands (:data:`ITEM_KIND_CODE`), alone or
    right after the session that names the item (``市政协某届某次会议委员提案〔2031〕33号``:
    a title that writes the registry's number after the session, as ``…会议第33号提案``
    writes the plain one). The session's 会议 may begin a character before ``start``, where
    a walk read its 会 as a name's end (``对市政协某届某次会|议委员提案〔…``: fix127, left68)."""
    if _ITEM_KIND_CODE.fullmatch(norm, start, opened):
        return True
    at = norm.rfind(_SESSION_WORD, max(0, start - 1), opened)
    return at >= 0 and _ITEM_KIND_CODE.fullmatch(norm, at + 2, opened) is not None


ITEM_REGISTRY_NUMBER = (
    rf"{ITEM_KIND_CODE}[{_O}](?:19|20)\d{{2}}[{_C}]第?(?P<registered>\d{{1,6}})号"
)
"""Such a number whole, its 第 written or not (``提案〔2023〕第17号``); its serial the
group ``registered``. Alone on a line above the title (layout), in a note's brackets or
after a blank, it is the item's number."""
ITEM_CLASS_YEAR_SERIAL = rf"[A-Za-z]{{0,2}}[{_O}](?:19|20)\d{{2}}[{_C}]\d{{1,6}}"
"""Such a number between its 第 and its 号 (``B（2031）45``, ``b(2031)45``, ``〔2021〕12``,
``［2031］12``): a class's letter or two in either case, as :data:`ITEM_NUMBER_LEAD` reads
them, the year in any bracket a 发文字号's year takes (:data:`OPEN`, :data:`CLOSE`: a typist
writes ［］ or [] as readily as 〔〕), the serial. The one reading of the elements here, the
proposal's number (fields/proposal.py) and the page's number line (layout._NUMBER_LINE)."""
# An item's own number in a registry's scheme of class, year and serial, its kind word
# after 号 (第B（2031）45号建议, 第A(2023)15号代表提案, 第〔2021〕12号提案): the proposal's
# number where a title names it after a blank, no 发文字号 (its 第 and a class's letter or
# two are no issuer's code), so such a part is the title's, not an element cut off it
# (:func:`cut_title`; alone on a header line it stays the header's note).
_ITEM_NUMBER_PART = re.compile(rf"第{ITEM_CLASS_YEAR_SERIAL}号{ITEM_KIND_AFTER.pattern}")
# A 发文字号 alone on its line, in brackets or after a short label of its own (文号：…,
# 建议字：〔2023〕8号, (编号:B〔2017〕062号)).
# A date written whole, in words or figures.
_DATE_WHOLE = (
    r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:19|20)\d{2}(?P<sep>[-./])\d{1,2}(?P=sep)\d{1,2}"
)
_DATE_PART = re.compile(f"^(?:{_DATE_WHOLE})$")
# Any of the three, in one match: a line is tried with them all one after another. The
# date may stand in round brackets, as a published copy sets it under the title
# (（2024年3月1日）): both or neither.
_ALONE = re.compile(f"^(?:{_MARK}|{_SHAPE}|(?P<dated>（)?(?:{_DATE_WHOLE})(?(dated)）))$")
YEARLESS_DOC_NUMBER = re.compile(
    r"(?P<prefix>(?:(?!关于|的|建议|提案|议案)[\u4e00-\u9fff]){1,11}[函发字复])"
    r"(?P<di>第)?(?P<serial>\d{1,5})号"
)
"""A 发文字号 that names no year (``某农函14号``, ``某政发第3号``: an office numbering its
letters by serial alone), its code an issuer's 代字 for a letter (函, 发, 字, 复; no title's
words, nor an item's kind: ``人大建议字第12号`` is the item's registry number): read only
where it opens a header line (:func:`numbered_heading`, :func:`after_doc_number`, the doc
number's ``_yearless``), never in prose, where ``某发5号文件`` may cite anything."""
_YEARLESS = re.sub(r"\?P<(?:prefix|di|serial)>", "", YEARLESS_DOC_NUMBER.pattern)
"""The same pattern with its groups unnamed, to sit inside other patterns."""
# A publisher's note over the salutation of how the reply went out (a national body's
# database of the items it answered: ``2031年6月16日以〔2031〕某发函第148号文函复：``): the day
# or not, 以, the number the reply was sent under (its code first or its year first), then
# the verb of replying, 文 or 函 before it or not, its colon or not. A header line, no
# salutation (it names nobody); its number is the letter's own. The whole line so, never a
# sentence of the body (…已以某函〔2031〕5号函复。 ends with its stop).
SENT_UNDER = (
    r"(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)?"
    rf"以(?:{DOC_NUMBER}|{YEAR_FIRST_DOC_NUMBER})(?:文件|文|函)?(?:函复|答复|复函|回复)[：:]?"
)
"""The note as a pattern's source, unanchored (a flattened head reads it in its line:
:mod:`replyparse.resegment`); its date in words only, whole."""
_SENT_UNDER = re.compile(rf"^{SENT_UNDER}$")


def sent_under(text: str) -> bool:
    """Whether ``text`` is a publisher's note of how the reply went out
    (:data:`_SENT_UNDER`): a header line, never a title's, whatever words its number's code
    holds (``以〔2031〕某建议第12号答复：``)."""
    return "以" in text and _SENT_UNDER.match(text) is not None


_DOC_NUMBER_LINE = re.compile(
    rf"^[{_ANY_OPEN}]?(?:[\u4e00-\u9fff]{{1,6}}：)?(?:{DOC_NUMBER}|{_YEARLESS})[{_ANY_CLOSE}]?$"
)
# A page's heading that lists the letter by its 发文字号, a note in round or square brackets
# after it naming what it answers (某农函〔2021〕14号（人大第16号建议，关于…的答复函）).
_NUMBERED_HEADING = re.compile(
    rf"^(?:{DOC_NUMBER}|{_YEARLESS})[（(【\[［][^（）()【】\[\]［］]{{2,80}}[）)】\]］]$"
)
_MARK_FIRST = frozenset(
    [
        *OPENERS,
        *(e.spelling[0] for e in vocab.labels() if e.needs in ("alone", "note")),
        *"ABCD（(〔[［【",
        CLASS_LEAD_IN[0],
    ]
)
"""The characters a mark or note alone (:data:`_MARK`) may open with: an opening bracket,
the first character of a note's head or of a mark (its graded class's letter, its
bracketed class's bracket): the gate before :data:`_MARK_ALONE` (a failing match costs
about fifteen times the look-up)."""
_ALONE_FIRST = _MARK_FIRST | frozenset("12")
"""What :data:`_ALONE` may open with besides a decimal digit (its 份号's ``\\d``): a mark's
first character, a 密级's (a mark's too) or a date's year's (19…, 20…)."""


# A handling label that lost its colon, glued to the class mark that ends its line (类别C,
# 办理类型B类, 类别（A）): a header element as the label with its colon is.
_CLASS_LABELS = tuple(
    e.spelling for e in vocab.labels_of("handling_type") if e.needs not in ("alone", "note")
)
GLUED_CLASS = re.compile(
    rf"^(?:{vocab.longest_first(_CLASS_LABELS)})[（(]?[{CLASS_LETTERS}][）)]?类?$"
)
_CLASS_LABEL_FIRST = frozenset(spelling[0] for spelling in _CLASS_LABELS)


def glued_class(text: str) -> bool:
    """Whether ``text`` is a handling label glued to its class mark, its colon lost."""
    return text[:1] in _CLASS_LABEL_FIRST and GLUED_CLASS.match(text) is not None


def _may_stand_alone(text: str) -> bool:
    """Whether :data:`_ALONE` may match ``text``: its first character is one of
    :data:`_ALONE_FIRST` or a decimal digit (what ``\\d`` matches: ``str.isdecimal``)."""
    first = text[:1]
    return first in _ALONE_FIRST or first.isdecimal()


def damaged_doc_number(text: str) -> re.Match[str] | None:
    """A damaged 发文字号 opening ``text`` and ending it (or a gap the caller checked)."""
    m = DAMAGED_DOC_NUMBER.match(text)
    if m is None or (m.group("open") and m.group("close") and m.group("hao") and m.group("serial")):
        return None
    if m.group("serial") is None:
        # no serial: both brackets kept, an issuer's code before them, and 号 or a bracket
        # no title's note uses (工作要点（2020） is no number)
        if not (m.group("open") and m.group("close")):
            return None
        if not _UNFILLED_CODE.fullmatch(m.group("prefix")):
            return None
        if m.group("word") and m.group("open") in "（<〈":
            return None  # a title's note in round brackets (…（2019）来信号…) is no number
        return m if m.group("hao") or m.group("open") not in "（<〈" else None
    if _TITLED_CODE.search(m.group("prefix")):
        # a title's words before the year (关于某提案〔2031〕第16, 对某提案(2031)第16: a title a
        # page cut after its item's serial) make no code of an issuer's (review62c)
        return None
    if not (m.group("open") or m.group("close") or m.group("prefix").endswith("字")) and (
        m.group("serial") is None
        or not _BARE_CODE.fullmatch(m.group("prefix"))
        or (m.group("hao") and _GLUED_MONTH_DAY.fullmatch(m.group("serial")))
    ):
        # a code glued to digits with no bracket at all is no number, unless the code ends
        # in 字, as only a 发文字号's does (某议字20182: 〔〕 and 号 lost); or as an issuer's
        # 代字 for a letter does (函, 发, 复; not 办, which ends an office's short name, 县政府办),
        # no title's words in it, its serial glued to its year (某路函20219: 〔〕 and 号 lost,
        # its year 2021, its serial 9), as a number whose lost brackets left a blank is read
        # (SPACED_YEAR_CODE); not with its 号 kept when the digits after the year are a
        # month and day (转发20240630号: a date glued to a word ending so). With no 号 such
        # digits (某交函20231205, 回复20231205) are a date glued to the code, no serial
        # (:func:`glued_date`): the line is still a header element, as 某议字20231205's is,
        # never the title's (left59a)
        return None
    return m


def glued_date(m: re.Match[str]) -> bool:
    """Whether ``m``, a :func:`damaged_doc_number`, is a code glued to a date in figures: no
    bracket, no 号, and the digits after its year a month and day (``某议字20231205``:
    2023-12-05, no serial 1205). A code ending in 字 is a 发文字号's all the same, a header
    element; its number is not read (left58a)."""
    return (
        not (m.group("open") or m.group("close") or m.group("hao") or m.group("di"))
        and m.group("serial") is not None
        and _GLUED_MONTH_DAY.fullmatch(m.group("serial")) is not None
    )


def _part(line: Line, start: int, end: int) -> Line:
    """``line.text[start:end]`` as a line of its own (same index, norm offsets)."""
    return Line(line.index, line.start + start, line.start + end, line.text[start:end])


def gap_parts(view: TextView, line: Line) -> list[Line]:
    """The parts of ``line`` that blanks stood between in the letter."""
    gaps = view.gaps_in(line.start, line.start + len(line.text))
    if not gaps and line.end == line.start + len(line.text):
        return [line]  # no gap: the one part is the line itself
    cuts = [p - line.start for p in gaps]
    bounds = [0, *cuts, len(line.text)]
    return [_part(line, a, b) for a, b in itertools.pairwise(bounds)]


def gap_part_at(view: TextView, line: Line, pos: int) -> Line | None:
    """The part of ``line`` (:func:`gap_parts`) that holds ``pos``, or None when ``pos``
    is not on the line: the one part made, not all of them (asked once for each number
    found on a line, which may hold thousands of parts)."""
    stop = line.start + len(line.text)
    if not line.start <= pos < stop:
        return None
    gaps = view.gaps_in(line.start, stop)
    if not gaps and line.end == stop:
        return line
    k = bisect_right(gaps, pos)
    a = gaps[k - 1] if k else line.start
    b = gaps[k] if k < len(gaps) else stop
    return _part(line, a - line.start, b - line.start)


# What parts the marks of a line of marks besides a gap (A类，同意公开; B类/主动公开).
MARK_SEPARATOR = re.compile("[，、；/／]")


def holds_separator(text: str) -> bool:
    """Whether ``text`` holds a character that parts a line of marks (:data:`MARK_SEPARATOR`),
    asked with ``in`` of each: ``frozenset.isdisjoint`` makes a string of each character
    of the text, and a search tries the class at each."""
    return "，" in text or "、" in text or "；" in text or "/" in text or "／" in text


MARKS_LINE_ENDS = frozenset(
    [*(e.spelling[-1] for e in vocab.labels() if e.needs in ("alone", "note")), *CLOSERS, "类"]
)
"""What a line of marks read by :func:`mark_parts` ends with, its last mark's: a mark's
last character, a closing bracket or quote (an explanation's too), 类 (a graded or
bracketed class); not a full stop (``A类，同意公开。`` is not read as one: a body's short
line ends so): the gate before it."""
MARKS_LINE_LONGEST = 40
"""The longest line of marks read (a class, its explanation in brackets, a publication
note, the separators: ``（C类（因条件限制暂不能解决），此件依申请公开）`` has 26 characters)."""


ITEM_SERIAL = r"[0-9A-Za-z\-]{1,16}"
"""The serial of an item's number as a note writes it, between 第 and 号 or after a label
(``58``, ``2024018``, ``50-1``, ``A12``: figures, letters, a dash; sixteen at most, as a
registry numbers an item with its date and a serial)."""
ITEM_YEAR = r"(?:19|20)\d{2}年"
"""The year a note may write before the item's number (``2021年第58号``)."""
ITEM_NUMBER = rf"(?:{ITEM_YEAR})?第{ITEM_SERIAL}号"
"""The item's number as a note after the title writes it (``第58号``, ``2021年第58号``)."""
# The item's number opening a bracket of marks after the title (（2023年第46号，同意公开）,
# （第46号，公开）): a page's note of which item this answers and whether it is published,
# the number's year before it or not. It stands first only, before a mark: alone it is
# the title's number note (title.py), and no mark of a line of marks otherwise.
_NUMBER_FIRST = re.compile(rf"^[{_ANY_OPEN}]{ITEM_NUMBER}$")
# The item's number with its class after a comma in the same brackets, as a page notes
# both after the title (…的答复（第123号，B类）, …（编号:45号, A类）): a note of the title's;
# the class is the handling type's (:mod:`replyparse.fields.handling` reads it there).
NUMBER_CLASS_NOTE = re.compile(
    rf"^(?:{ITEM_NUMBER}|编号[：:]\s*{ITEM_SERIAL}号)\s*[，,、；;]\s*(?P<value>[A-D])\d?类$"
)


_NUMBER_NOTE = re.compile(rf"^[（(]{ITEM_NUMBER}[）)]$")


def number_note(text: str) -> bool:
    """Whether ``text`` is the item's number alone in brackets (``（2021年第58号）``,
    ``（第58号）``): the note a title writes after its ending (title.py drops it from the
    title, the proposal reads its number), on the title's line or on the line under it."""
    return text[-1:] in "）)" and _NUMBER_NOTE.match(text) is not None


def number_first(text: str) -> bool:
    """Whether ``text`` is a bracket of marks that opens with the item's number
    (``（2023年第46号，同意公开）``: :data:`_NUMBER_FIRST`)."""
    if text[:1] not in OPENERS or "号" not in text:
        return False
    cut = MARK_SEPARATOR.search(text)
    return cut is not None and _NUMBER_FIRST.match(text[: cut.start()]) is not None


def mark_parts(view: TextView, line: Line) -> list[Line] | None:
    """The marks of ``line`` when it is marks and notes alone, two or more, parted by gaps
    or by ``，`` ``、`` ``；`` ``/`` (``B类  同意公开``, ``（A类，同意公开）``, ``A类/主动公开``:
    each part :func:`is_mark`, a bracket around them all kept with the first and the
    last); None when it is one part, or a part is no mark (asked part by part, the first
    that is none ending the walk: most lines with a comma open with no mark)."""
    if line.text[:1] not in _MARK_FIRST:
        return None  # (exact: the first part opens the line, and is_mark needs this)
    parts: list[Line] = []
    for part in gap_parts(view, line):
        at = 0
        if holds_separator(part.text):
            for m in MARK_SEPARATOR.finditer(part.text):
                piece = _part(part, at, m.start())
                if not is_mark(piece.text) and (parts or not _NUMBER_FIRST.match(piece.text)):
                    return None
                parts.append(piece)
                at = m.end()
        piece = _part(part, at, len(part.text)) if at else part
        if not piece.text and parts:
            continue  # a separator, then a gap (（第46号， 公开）, A类， 同意公开)
        if not is_mark(piece.text):
            return None
        parts.append(piece)
    return parts if len(parts) > 1 else None


def trailing_marks(view: TextView, line: Line) -> list[Line]:
    """The parts of ``line`` after its last gap that is followed by marks and notes alone
    (:func:`is_mark`), each a part of its own, in text order: the marks a header line sets
    apart at its end after the 发文字号 and the date (``某民函〔2024〕5号  2024年3月1日  A类
    主动公开`` → ``A类``, ``主动公开``); empty when its last part is no mark. The first part
    is never one of them (a line of marks alone is :func:`mark_parts`'s)."""
    parts = gap_parts(view, line)
    first = len(parts)
    while first > 1 and is_mark(parts[first - 1].text):
        first -= 1
    return parts[first:]


def _gapped(view: TextView, line: Line) -> bool:
    """Whether :func:`gap_parts` cuts ``line`` in two or more parts (it makes one part more
    than it finds gaps; one part's text is the line's)."""
    return bool(view.gaps_in(line.start, line.start + len(line.text)))


def _one_element(view: TextView, line: Line, labels: LabelSet) -> bool:
    text = line.text
    if opening_label(view, line, labels) is not None:
        return True
    if _may_stand_alone(text) and _ALONE.match(text):  # (the first character's gate)
        return True
    if glued_class(text):
        return True
    if text[-1:] in CLOSERS and _HANDLING_ALONE.match(text):
        return True  # how the item is handled, a note alone on its line: （市长督办件）
    # a 发文字号 ends with 号 and holds its year in brackets: a line without both needs no
    # match of its shape
    if "号" in text and _BRACKETED_YEAR.search(text):
        if _DOC_NUMBER_SHAPE.match(text) and not _cited_in_sentence(view, line, labels):
            # (a number with a reply's ending after it is a title's rest, the item's own
            # number in its brackets: …》 （委员提案〔2023〕17号）的答复, fix7677)
            return _REPLY_TAIL.search(text) is None
        # a number then marks longer than a few words (某函〔2024〕5号（C类（…），此件依申请公开）)
        rest = after_doc_number(line)
        if rest is not None and (is_mark(rest.text) or mark_parts(view, rest) is not None):
            return True
    if text[-1:] == "号" and YEARLESS_DOC_NUMBER.fullmatch(text):
        return True  # one that names no year, alone on its line (某农函14号)
    if sent_under(text):
        return True  # how the reply went out, a publisher's note (…以某函〔2031〕5号文函复：)
    # a damaged one holds its year: 19… or 20…
    if "19" not in text and "20" not in text:
        return False
    if " " in text and SPACED_YEAR_NUMBER.fullmatch(text):
        return True  # its year's brackets lost, a blank where they stood (某农函2023 27号)
    text = text.lstrip(_ANY_OPEN)
    m = damaged_doc_number(text)
    return m is not None and (m.end() == len(text) or marked_after(text, m.end()))


def _cited_in_sentence(view: TextView, line: Line, labels: LabelSet) -> bool:
    """Whether the words beside the 发文字号 of ``line`` make it a sentence that cites the
    number (``根据某政发〔2099〕3号文件精神，现答复如下：``: :data:`_SENTENCE_STOP`,
    :data:`CITING_VERB`), no line of the letter's own number. A comma after the number
    before a header element (:func:`_header_after_comma`: ``某函〔2099〕5号，B类``,
    ``…5号，签发人：王某``, ``…5号，2099年5月6日``) makes none (mend73a)."""
    text = line.text
    found = _DOC_NUMBER_IN.search(text)
    if found is None:
        return False
    # the words before the year's bracket: the number's code is matched greedily, and may
    # hold the sentence's first words (根据某政发…)
    year = _YEAR_OPEN.search(text, found.start())
    before = _BRACKETED_NOTE.sub("", text[: year.start() if year else found.start()])
    if _SENTENCE_STOP.search(before):
        return True
    if before.startswith("关于") and "的" not in before:
        # a title's first line that cites the number, its words going on under it (关于落实
        # 某政发〔2099〕3号 / 文件精神的建议的答复: no 的 before the number, so no title and
        # its own number glued after it, 关于…的答复某函〔…〕): left74a
        return True
    commas = _commas_outside_brackets(text, found.end())
    glued = _BRACKETED_NOTE.sub("", text[found.end() : commas[0] if commas else len(text)])
    if _SENTENCE_STOP.search(glued):
        return True
    for at, end in itertools.pairwise([*commas, len(text)]):
        # (a comma that ends the line right after the number holds nothing after it: the
        # element it parts went onto a line of its own, as a copy flattened with blanks cuts
        # it, 某函〔2099〕5号， 签发人：…; words glued between them make a sentence's clause,
        # 某函〔2099〕5号投入资金5万元，)
        last = end == len(text) and not text[at + 1 :].strip(" \u3000") and not glued.strip()
        if not last and not _header_after_comma(view, _part(line, at + 1, end), labels):
            return True
    # (a verb of citing before a number alone is the lead words a header line may keep
    # before the letter's own: 根据（投资）发〔2023〕74号; words after it make the sentence)
    return text[found.end() :].strip() != "" and CITING_VERB.search(before) is not None


def cites_in_sentence(view: TextView, line: Line, at: int) -> bool:
    """Whether the 发文字号 of ``line`` that opens at ``at`` is a number a sentence cites: a
    verb of citing right before its code (``按照某交函〔2099〕3号要求，我局…。``) and the
    words beside it a sentence's (:func:`_cited_in_sentence`), wherever the line stands in
    the head (over the salutation too: head75). A verb of citing before a number alone on
    its line is a header line's lead words (``根据（投资）发〔2023〕74号``)."""
    before = line.text[: at - line.start].rstrip(" \u3000")
    verb = CITING_VERB.search(before[-2:]) if len(before) >= 2 else None
    return verb is not None and _cited_in_sentence(view, line, ALL)


def _commas_outside_brackets(text: str, start: int) -> list[int]:
    """Where the commas of ``text[start:]`` stand outside round brackets (a class's note in
    its brackets keeps its own: ``（A类，公开）``)."""
    depth = 0
    found = []
    for i in range(start, len(text)):
        c = text[i]
        if c == "（":
            depth += 1
        elif c == "）":
            depth = max(depth - 1, 0)
        elif c == "，" and depth == 0:
            found.append(i)
    return found


def _header_after_comma(view: TextView, part: Line, labels: LabelSet) -> bool:
    """Whether ``part``, what follows a comma after a 发文字号 up to the next one, is a
    header element the letter's own number's line holds beside it (mend73a): a class mark
    or a note (``B类``, ``主动公开``), a date (``2099年5月6日``), a label's row (``签发人：
    王某``), or an authority's name alone (``某县某局``); no sentence's words."""
    text = part.text.strip(" \u3000")
    if not text or _SENTENCE_STOP.search(_BRACKETED_NOTE.sub("", text)):
        return False
    if _ALONE.match(text) or _AUTHORITY_ALONE.fullmatch(text):
        return True
    lead = len(part.text) - len(part.text.lstrip(" \u3000"))
    return opening_label(view, _part(part, lead, lead + len(text)), labels) is not None


def marked_after(text: str, at: int) -> bool:
    """Whether ``text[at:]``, after a damaged 发文字号 that ends with its 号, is a mark glued to
    it (``某教提复字〔2019〕来信号B类``: the class); or, after one that lost its 〕 and 号, the
    class's letter alone glued to its serial (``某公交提字〔202302A``: digits then a letter,
    no serial's part), or after one blank (``某路函20219 B``, a web copy's gap collapsed)."""
    last = text[at - 1 : at]
    if last == "号":
        return is_mark(text[at:])
    rest = text[at + 1 :] if text[at : at + 1] == " " else text[at:]
    return last.isdecimal() and class_letter(rest)


def class_letter(rest: str) -> bool:
    """Whether ``rest`` is a class's letter alone (``A``…``D``), as a number that lost its
    号 has it glued after its serial."""
    return len(rest) == 1 and rest in "ABCD"


def class_after_damaged(line: Line) -> Line | None:
    """The class's letter glued to the serial of a damaged 发文字号 that is the rest of
    ``line`` (``某公交提字〔202302A`` → ``A``), or after one blank (``某路函20219 B``), as a
    line of its own; None otherwise."""
    text = line.text
    if not class_letter(text[-1:]):
        return None
    m = damaged_doc_number(text)
    if m is None or m.end() < len(text) - 2 or not marked_after(text, m.end()):
        return None
    return _part(line, len(text) - 1, len(text))


def after_damaged_gap(view: TextView, line: Line) -> Line | None:
    """The part of ``line`` after a gap when the part before it is a damaged 发文字号 whole
    (``某路函20219  B``: its brackets and 号 lost, its class's letter set off by the gap),
    as :func:`after_doc_number` gives the rest after a whole one; None otherwise."""
    if not view.gaps_in(line.start, line.end):
        return None  # (the gate: most lines hold no gap)
    parts = gap_parts(view, line)
    if len(parts) != 2:
        return None
    first = parts[0].text.rstrip(" ")
    m = damaged_doc_number(first)
    return parts[1] if m is not None and m.end() == len(first) else None


def is_label_line(view: TextView, line: Line) -> bool:
    """Whether ``line`` opens with a label: then it is never title or salutation,
    whatever follows (also nothing: ``协办单位：``)."""
    return opening_label(view, line) is not None


def is_element(view: TextView, line: Line, labels: LabelSet = ALL) -> bool:
    """Whether the whole of ``line`` is header elements (one, or several apart by gaps);
    a line opened by a label counts for the labels of ``labels``."""
    if not line.text:
        return False
    if _one_element(view, line, labels):
        return True
    if (
        len(line.text) <= MARKS_LINE_LONGEST
        and line.text[-1] in MARKS_LINE_ENDS
        and holds_separator(line.text)
        and mark_parts(view, line) is not None
    ):
        return True  # marks parted by ，、；/: （A类，同意公开）
    if not _gapped(view, line):
        return False  # one part, the line itself: asked above
    parts = gap_parts(view, line)
    if (
        damaged_doc_number(parts[0].text) is None
        and not _one_element(view, parts[0], labels)
        and not spaced_year_hao(parts[0].text, parts[1].text)
    ):
        return False
    for before, part in itertools.pairwise(parts):
        if (
            not _one_element(view, part, labels)
            and not _empty_label(view, before, labels)
            and not unfilled_hao(before.text, part.text)  # 某民函〔2024〕    号
            and not spaced_year_hao(before.text, part.text)  # 某农函2023 27号
        ):
            return False
    return True


# A 发文字号 that lost both brackets of its year in copying, the gap the page left where
# they stood parting the year from the serial (``某农函2023 27号``, ``某教办发2021 42号``):
# the code and year one part of a header line, the serial and 号 the next. The code ends
# as an issuer's 代字 for a letter does (函, 发, 字, 复, 办) and holds no title's words; the
# gap is what tells it from a title's or a sentence's digits (``2023年27号`` has its 年, a
# telephone number or an amount no 号 after its digits).
_SPACED_CODE = rf"(?P<prefix>{_CODE_HEAD}[函发字复办])(?P<year>(?:19|20)\d{{2}})"
SPACED_YEAR_CODE = re.compile(_SPACED_CODE)
SPACED_YEAR_SERIAL = re.compile(r"(?P<serial>\d{1,5})号")
SPACED_YEAR_NUMBER = re.compile(rf"{_SPACED_CODE}[ \u3000]+(?P<serial>\d{{1,5}})号")
"""The whole number so written in one part of its line (one blank kept between the year
and the serial, which parts no line: :func:`spaced_year_hao` reads the two parts a wider
gap makes)."""


def spaced_year_hao(before: str, part: str) -> bool:
    """Whether ``part`` is the serial and 号 of a 发文字号 whose code and year, their brackets
    lost, are ``before``, a gap between (:data:`SPACED_YEAR_CODE`: ``某农函2023`` ``27号``)."""
    before = before.rstrip()  # (a part keeps the one blank the view kept before the gap)
    if part[-1:] != "号" or not before[-1:].isdecimal():
        return False  # (the gate: most parts end with neither)
    return (
        SPACED_YEAR_SERIAL.fullmatch(part) is not None
        and SPACED_YEAR_CODE.fullmatch(before) is not None
    )


def unfilled_hao(before: str, part: str) -> bool:
    """Whether ``part`` is the 号 of a 发文字号 in ``before`` whose serial was left blank
    (``某民函〔2024〕    号``: a template's room for the serial)."""
    if part != "号" or not before or before[-1] not in CLOSE:
        return False
    m = damaged_doc_number(before + part)
    return m is not None and m.group("serial") is None and m.end() == len(before) + 1


def _empty_label(view: TextView, part: Line, labels: LabelSet) -> bool:
    """Whether ``part`` is a label and nothing else (``来源：``): the next part, after a gap,
    is its value (``2024年3月2日  来源： 某县人民政府``)."""
    found = opening_label(view, part, labels)
    return found is not None and found.value >= part.end


def is_note(view: TextView, line: Line, labels: LabelSet = ALL) -> bool:
    """Whether ``line`` is labels and notes only: opened by a label of ``labels``, or
    marks and notes standing alone (``(依申请公开)``, ``A类  同意公开``). Unlike
    :func:`is_element`, a sentence that cites a 发文字号 is none."""
    if not line.text:
        return False
    if opening_label(view, line, labels) is not None:
        return True
    if not _gapped(view, line):  # one part, the line's own text: no label opens it (asked above)
        return is_mark(line.text)
    parts = gap_parts(view, line)
    return all(is_mark(p.text) or opening_label(view, p, labels) is not None for p in parts)


def noted_contact_at(text: str) -> int:
    """Where the contact starts in ``text`` when a publication note opens it and goes on
    with something after the note (``（此件公开发布联系人及电话：王某、…）``); 0 when no
    such note opens it. The caller asks whether a contact's label stands there."""
    if text[:1] not in NOTE_THEN_FIRST:
        return 0
    m = _NOTE_THEN.match(text)
    return m.end() if m is not None and m.end() < len(text) else 0


def is_mark(text: str) -> bool:
    """Whether ``text`` is a mark or a note standing alone (``(依申请公开)``, ``A类``)."""
    # (the first character's gate: a text opening otherwise is no mark)
    return text[:1] in _MARK_FIRST and _MARK_ALONE.match(text) is not None


_LEADING_DOC_NUMBER = re.compile(f"{DOC_NUMBER}|{_YEARLESS}")


def after_doc_number(line: Line) -> Line | None:
    """The rest of ``line`` after the 发文字号 that opens it (``某民函〔2024〕5号（A类，同意
    公开）`` → ``（A类，同意公开）``; also one naming no year, ``某农函14号 B`` → ``B``), as a
    line of its own, for the marks written there to be read as a line of marks; None when no
    number opens it or nothing follows it."""
    text = line.text
    if "号" not in text or text[-1:] == "号":
        return None  # (a number ends with 号: a line with none holds none)
    m = _LEADING_DOC_NUMBER.match(text)
    if m is None:
        return None
    return _part(line, m.end(), len(text))


def numbered_heading(text: str) -> bool:
    """Whether ``text`` is a page's heading listing the letter by its 发文字号, a note in
    brackets after it (:data:`_NUMBERED_HEADING`)."""
    return "号" in text and _NUMBERED_HEADING.match(text) is not None


def is_doc_number_line(text: str) -> bool:
    """A 发文字号 standing alone on its line, in brackets or after a short label of its own
    (``(编号:B〔2017〕062号)``, ``文号：…``)."""
    return "号" in text and _DOC_NUMBER_LINE.match(text) is not None  # it ends with 号


_SERIAL_REST = re.compile(rf"第?{SERIAL_MARK}\d{{1,5}}{SUB_SERIAL}号")
_YEAR_ENDS = re.compile(rf"[\u4e00-\u9fffA-Za-z]{{1,16}}[{_O}](?:19|20)\d{{2}}年?[{_C}]$")


def serial_rest(above: str, text: str) -> bool:
    """Whether ``text`` is the serial and 号 alone (``12号``) of a 发文字号 whose code and
    bracketed year end ``above``, the line over it (``某水函〔2024〕``): a copy broke the
    number after its year."""
    return text[-1:] == "号" and serial_rest_end(above, text) == len(text)


def serial_rest_end(above: str, text: str) -> int:
    """Where the serial and 号 that open ``text`` end (``12号关于…``, ``12号  签发人：…``:
    :func:`serial_rest`'s with more on its line), when ``above``, the line over it, ends
    with a 发文字号's code and bracketed year; 0 when it is none."""
    if above[-1:] not in CLOSE or (rest := _SERIAL_REST.match(text)) is None:
        return 0
    m = _YEAR_ENDS.search(above)
    # the code and year alone read as a number whose serial is not there: an issuer's
    # code, no title's words, no round bracket a title's note uses (工作要点（2024）)
    return rest.end() if m is not None and damaged_doc_number(m.group()) is not None else 0


def bracket_start(text: str) -> int | None:
    """Where the bracket group that ends ``text`` opens (brackets of any kind nest)."""
    if not text or text[-1] not in CLOSERS:
        return None
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        ch = text[i]
        if ch in CLOSERS:
            depth += 1
        elif ch in OPENERS:
            depth -= 1
            if depth == 0:
                return i
    return None


def _inside_number_note(text: str, gap: int) -> bool:
    """Whether the gap at ``gap`` stands inside the bracket that ends ``text`` and holds the
    item's number and its class (``（第123号， B类）``, a copy's blank after the comma): the
    note is one, never a title's ``（第123号，`` with its class mark cut off after it."""
    if "类" not in text:
        return False  # (the gate: most lines cut at a gap hold no class's 类)
    at = bracket_start(text)
    return at is not None and at < gap and NUMBER_CLASS_NOTE.match(text[at + 1 : -1]) is not None


def _class_letter_after_mark(view: TextView, line: Line) -> Line | None:
    """The class's letter alone glued after a bracketed class mark that ends ``line``'s text
    but for it (``…的答复(A类)A``: a form's class cell and its value, a copy's lines joined
    with no blank), the same letter in both, as a part of its own; None otherwise."""
    text = line.text
    if len(text) < 4 or not class_letter(text[-1]) or text[-2] not in CLOSERS:
        return None  # (the gate: most titles end otherwise)
    at = bracket_start(text[:-1])
    if not at or text[-1] not in text[at:-1]:
        return None
    if not is_element(view, _part(line, at, len(text) - 1)):
        return None
    return _part(line, len(text) - 1, len(text))


# A title's first line that has not ended (关于某县第二巡察组: it opens as a title does and
# holds no ending), and what ends one (…的答复, …的整改报告) after a label's words glued on.
_TITLE_OPENED = re.compile(r"关于|对(?!外)")
_TITLE_ENDED = re.compile(
    rf"(?:{vocab.alternation('reply_endings')}|函|意见|通知|报告)(?:[（(][^（）()]*[）)])?$"
)


def label_words_go_on(view: TextView, above: str, line: Line) -> bool:
    """Whether ``line``, opened by a label's words glued to what follows with no colon
    (``反馈意见的整改报告``), is the rest of a title broken before it: ``above`` opens a title
    (关于, 对) and has not ended, and ``line`` goes on with ``的`` and ends as a title does
    (``关于某县第二巡察组`` / ``反馈意见的整改报告``, on two lines or after a blank: head75; an
    earlier round read the line as a form's row and cut the title)."""
    if not _TITLE_OPENED.match(above) or _TITLE_ENDED.search(above):
        return False
    label = opening_label(view, line)
    if label is None or label.colon:
        return False
    rest = line.text[label.end - line.start :]
    return rest.startswith("的") and _TITLE_ENDED.search(rest) is not None


def cut_title(view: TextView, line: Line) -> tuple[Line, tuple[Line, ...]]:
    """A title line without the elements glued to its end (in brackets, or after a gap),
    and those elements, in text order. The title keeps at least its first character."""
    cut: list[Line] = []
    # (the line's parts are found once, and again only after a bracketed note is cut: a
    # part cut off the end leaves the parts before it, as they were; finding them for each
    # element cut read a long line of marks once a mark, 64 KB in minutes)
    parts: list[Line] | None = None
    while True:
        text = line.text
        at = bracket_start(text)
        if at is not None and at > 0:
            note = _part(line, at, len(text))
            inner = _part(line, at + 1, len(text) - 1)
            if is_element(view, note) or is_element(view, inner):
                cut.append(note)
                line, parts = _part(line, 0, at), None
                continue
        if (letter := _class_letter_after_mark(view, line)) is not None:
            cut.append(letter)  # (…的答复(A类)A: the mark, then its letter glued after it)
            line, parts = _part(line, 0, letter.start - line.start), None
            continue
        if parts is None:
            parts = gap_parts(view, line)
        if (
            len(parts) > 1
            and is_element(view, parts[-1])
            and not _inside_number_note(text, parts[-1].start - line.start)
            and not _ITEM_NUMBER_PART.match(parts[-1].text)
            and not label_words_go_on(view, text[: parts[-1].start - line.start], parts[-1])
        ):
            last = parts.pop()
            cut.append(last)
            line = _part(line, 0, last.start - line.start)
            continue
        return line, tuple(reversed(cut))
