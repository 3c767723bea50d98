"""Re-segmentation: the line breaks a flattened copy lost, put back before the layout reads it.

The layout (:mod:`replyparse.layout`) reads a letter line by line: header lines, then the
title, the salutation on a line of its own, the body, the closing block. Web copies often
lost their line breaks: the salutation shares a line with the opening, paragraphs are
joined with a space (or with nothing), the signing authority and the date end the last
paragraph, a whole letter stands on one line. This module finds, inside each line of a
:class:`~replyparse.textview.TextView`, the boundaries a reader sees and gives back a view
with a line break at each of them.

A break is *virtual*: the letter's text is untouched, every character of the view keeps
its place in it (:attr:`TextView.origin`), and a break stands for the white space it
replaces (or for nothing, where the parts were glued). So every span stays exact.

Boundaries come in two strengths. A *strong* one is never found inside a line of a letter
that kept its line breaks: a salutation with the opening (or the title) on its line,
header elements running into the title or marks sharing a header line, the signature and
its date after the last sentence (or a signer above a date on the next line), a section
marker after a sentence end that opens the sections or continues their numbering, a
heading with its paragraph on its line, a closing label or note right after the last
paragraph, a 发文字号 with the authority that issued it glued after it. A line with a
strong boundary was flattened, and only there are the *weak* ones used too: a sentence
end followed by a gap, a label after a gap (also after text in the head that is no
title), a section marker or a closing formula after a sentence end, a heading followed
by a gap or by the word that opens its paragraph; page furniture and ``|`` in such a line
are dropped. A letter whose
lines are intact comes out as it went in, but for the ``|`` a copy of a page's table left
at the start or the end of a line (``关于…的回复 |``), dropped wherever it stands.

The boundary finders read the vocabularies the layout reads (labels, organisation
suffixes, roles, salutation openers, closing formulas, publication values) and
:func:`replyparse.fields.sections.marker_at` for section markers.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, NamedTuple

from replyparse import vocab
from replyparse.chrome import (
    ARTICLE_HEADING,
    FORM_END_LABELS,
    REPOST_LEAD_WORDS,
    SITE_COLUMN,
    SPOKEN_ASKING,
    TAB_STRIP,
    VALIDITY_CELL,
    VIEWS_UNIT,
    empty_box,
    menu_cell_end,
    menu_heading_alone,
    tools_alone,
)
from replyparse.closing import (
    BARE_JOINT,
    CONTACT_VALUE_LABEL,
    CUT_AUTHORITY_LONGEST,
    DATE,
    FORM_WORDS,
    JOINT_NOTE_END,
    JOINT_NOTE_LONGEST,
    MONTH_DATE,
    NOTE_AFTER_DATE,
    OFFICE_TAILS,
    SEAL_NOTE,
    SENT_TO,
    SENT_TO_REACH,
    SERVICE_NUMBER,
    contact_row,
    cut_authority_name,
    footnote_start,
    glued_cc_label,
    glued_person_start,
    level_menu,
    names_authority,
    names_in_sentence,
    one_unit_apart,
    person_note_start,
    sealed_person_start,
)
from replyparse.elements import (
    CITING_VERB,
    CITING_VERBS,
    CITY_WORD,
    CN_SERIAL,
    CODE_NOTE,
    ITEM_KIND_AFTER,
    ITEM_NUMBER_LEAD,
    ITEM_SERIAL,
    LEVEL_CHARS,
    NO_KIND_AFTER,
    SAID_CLASS,
    SAID_TAIL,
    SENT_UNDER,
    SERIAL_MARK,
    SUB_SERIAL,
    YEAR_FIRST_DOC_NUMBER,
    item_kind_code,
    opens_as,
    serial_rest_end,
)
from replyparse.fields.addressees import (
    COURTESY_POSTS,
    NAME_NOTE,
    PERSON_NOTE,
    opens_with_surname,
)
from replyparse.fields.numerals import int_to_chinese
from replyparse.fields.sections import POINT_SHAPE, Style, document_says, marker_at
from replyparse.fields.signature import SIGNER_GAP
from replyparse.labels import (
    NAME_WORD,
    OFFICE_LEAD_LONGEST,
    UNIT_LABEL_HEADS,
    office_words,
    work_before_label,
)
from replyparse.layout import (
    AUTHORITY_LINE,
    CONTENT_LABEL,
    DISCLOSURE_ROOT,
    HEADING_WORDS,
    ITEMS_COLUMN,
    MENU_LEAST,
    NO_BODY_NAME,
    OWN_COLUMN,
    PAGE_DATE_LABELS,
    PAGE_UNIT,
    REPLIES_COLUMN,
    VIEWS_LABEL,
    column_heading,
    issuer_before_session,
    menu_names,
    written_before,
)
from replyparse.masks import MASK_MARKS, MASKED_MOBILE, MOBILE, TYPED_MASKS, WHOLE_LANDLINE
from replyparse.orgnames import (
    AUTHORITY_NAME,
    MARK_LAST,
    ORG_END,
    ORG_INSIDE,
    ORG_LAST,
    ORG_SUFFIX,
    SELF_REFERENCE,
    SITE_CHAR,
    SITE_NAME_LONGEST,
    SPAM_LAST,
    SPAM_WORD,
    body_before_code,
    glued_brand_end,
    site_or_brand,
    site_or_marked_brand,
)
from replyparse.quotes import OPEN_QUOTES, QuoteDepth
from replyparse.textview import CELL_BARS, Line, TextView, invisible_alone

_CJK = "\u4e00-\u9fff"


# The labels of the label table (data/labels.tsv): marks and note heads are no labels.
_LABELS = tuple(entry for entry in vocab.labels() if entry.is_label)
_LABEL_WORDS = vocab.spellings(_LABELS)
_HEADER_LABEL_WORDS = vocab.spellings(tuple(e for e in _LABELS if e.in_zone("header")))
_OFFICE_VALUE_TITLE = re.compile(
    rf"[{_CJK}]{{1,12}}?(?:{vocab.alternation('org_suffixes')})(?=关于)"
)
"""An office's short name, a label's value, with a title glued after it opening with 关于."""
_ROW_STARTS_AFTER = frozenset("\n 号〕]】）)")
"""What a form's row glued after the element before it may follow (a 发文字号's 号)."""
_SUFFIX_WORDS_BEFORE = 8
"""How far before a salutation's names the work an office answers for is looked for."""
_OFFICE_LABEL_FIELDS = {
    e.spelling: e.field for e in _LABELS if e.in_zone("header") and e.field == "contact_org"
}
"""The header's labels of a contact's office (承办单位：, 责任科室：), which the work the
office answers for may open before (建议承办单位：, 建议承办责任科室：; fix164, mend75c)."""
_OFFICE_LABEL_WORDS = vocab.longest_first(_OFFICE_LABEL_FIELDS)
_WORK_THEN_OFFICE = re.compile(
    rf"[{_CJK}]{{2,{OFFICE_LEAD_LONGEST}}}?(?P<label>{_OFFICE_LABEL_WORDS})："
)
"""Words, then an office's label and its colon (建议承办单位：): the work before it, asked."""
_OFFICE_LABEL_END = re.compile(rf"(?:{_OFFICE_LABEL_WORDS})$")
"""An office's label ending a text (…承办责任科室)."""
# Labels that may carry a few words of their own before them (承办负责人：, 分管领导签发：).
_SUFFIX_LABELS = frozenset(e.spelling for e in _LABELS if e.needs == "suffix")
# The slots a leader seals or signs by hand (负责人盖章：, 领导签字：): no words in them.
_SEAL_LABELS = frozenset(
    e.spelling
    for e in _LABELS
    if e.field == "leader" and e.spelling.endswith(("盖章", "签章", "签字", "签名"))
)
# A label and its colon, in a bracket or not, two of them joined by 及 or a slash read as one
# (联系单位及联系人：, 联系人/电话：, as the contacts read them, flat118): 办理类型：, （联系人：,
# 抄 送：(the view drops the spaces inside).
# (a person's label may name its slot's 姓名, as contact forms write it: 联系人姓名：王某, 承办人
# 姓名：…; the label is the same, its 姓名 no part of it; also before the 及 that joins the
# phone's label, 联系人姓名及电话：, the two labels read as one)
# (and an office's label glued to the phone's, 联系单位电话：, 承办科室电话：, as the contacts
# read it: one label; fix156)
_LABEL = re.compile(
    rf"[（〔\[［【]?(?P<label>(?:{_LABEL_WORDS})"
    rf"(?:(?:(?<=人){NAME_WORD})?[及/](?:{_LABEL_WORDS})|(?<=[位门室])(?:联系)?电话)?)"
    rf"(?:(?<=人){NAME_WORD})?："
)
_LABEL_BEFORE_COLON = re.compile(rf"(?P<label>{_LABEL_WORDS})：$")
_PERSON_AND_UNIT_LONGEST = 30
"""How long a contact's name and the unit signing after it, glued, may be (a name of four, a
unit's name of twenty-six)."""
_LABEL_LAST = frozenset({*(e.spelling[-1] for e in _LABELS), "名"})
# Header labels whose value is a title (标题, 题目, 提案名称, 案由): never a short name glued
# to the next element (标题：市水务局关于…的函 is one value, not 市水务局 | 关于…).
_TITLE_VALUE_LABELS = frozenset(
    e.spelling for e in _LABELS if e.in_zone("header") and e.field == "proposal_title"
)
_CC_LABELS = tuple(e for e in _LABELS if e.field == "cc")
# The closing labels whose value is a person's name (联系人：, 承办人：, 签发人：): a signed
# date glued to such a value at the end of the row (联系人：王某2024年5月6日) stands apart.
_CONTACT_PERSON_LABELS = frozenset(e.spelling for e in _LABELS if e.field == "contact_name")
_PADDED_PERSON_HEADS = tuple(
    sorted({s[:-1] for s in _CONTACT_PERSON_LABELS if s.endswith("人") and len(s) >= 3})
)
"""The heads of the person's labels that end in 人 (联系, 承办, 经办 …): a blank a copy padded
between one and its 人 (``联系 人：``) parts no label (:meth:`_padded_label_head`)."""
_PHONE_LABELS = frozenset(e.spelling for e in _LABELS if e.field == "contact_phone")
_NAME_ROW_LABELS = frozenset(
    e.spelling for e in _LABELS if e.in_zone("closing") and e.field in ("contact_name", "leader")
)
_CC_LABEL = re.compile(rf"(?:{vocab.spellings(_CC_LABELS)})：")
# The 主题词 row of a 版记: its label, then a few words parted by blanks (主题词：政协 提案 答复).
_SUBJECT_WORDS = "主题词："
_SUBJECT_ROW = re.compile(rf"主题词：[{_CJK} ]{{2,30}}")
_SUBJECT_ROW_LONGEST = 34
_CC_LAST = frozenset(e.spelling[-1] for e in _CC_LABELS)
_CC_LABELS_COLONED = tuple(f"{e.spelling}：" for e in _CC_LABELS if len(e.spelling) >= 2)
"""The 抄送 labels with their colon that stand out wherever they stand (抄送：, 抄报单位：; the
bare 报：, 送： only after a gap, :meth:`_Reader._closing_starts`)."""
# A label of four characters or more without its colon, glued to its value.
_BARE_LABEL = re.compile(vocab.spellings(tuple(e for e in _LABELS if len(e.spelling) >= 4)))
_OPENER = re.compile(vocab.alternation("salutation_openers"))
_FORMULA = re.compile(vocab.alternation("closing_formulas"))
_CLOSING_OPENER = re.compile(
    f"{vocab.alternation('closing_formulas')}|{vocab.alternation('sentence_openers')}"
)
"""How the reply's closing sentence opens (:meth:`_Reader._closes_before`): thanks, a plea,
a formula; the wish a reply may end with instead is :data:`_WISH`."""
_CLOSING_LEAD = re.compile(r"(?:最后|同时|在此)[，,]?")
"""A word that may lead the reply's closing sentence to its opening word (最后，感谢您…;
同时，衷心感谢…; 在此恳请…): the sentence still opens as a closing one does. 此外 and 另外
are none: they open a further point of the answer (此外，请各村…), and no letter read closes
with them."""
_WISH_GOOD = "顺利|顺心|健康|康健|如意|愉快|进步|安康|平安|快乐|欢乐|吉祥|幸福|美满"
_WISH = re.compile(
    rf"(?:顺[祝致]|祝(?!贺))[^。！？!?，、,]{{0,8}}(?:{_WISH_GOOD})"
    rf"(?:[，、,][^。！？!?，、,]{{0,8}}(?:{_WISH_GOOD}))*[！!。]?"
)
"""The wish a reply may close with, after its thanks or instead of them, as a whole sentence
(``fullmatch``, :meth:`_Reader._closes_before`): 祝, 顺祝 or 顺致 (never 祝贺, nor a bare 致,
which addresses: 致工作组的函…), then only short clauses each ending in the good it wishes
(祝你们工作顺利，万事如意！, 顺致身体健康、工作顺利, 祝各位代表新春愉快！): a sentence that
goes on to say anything else (祝家庄路段已改造，村民出行平安！, a place's 祝) is none. Each
clause runs to its separator, so the match is read once, however long the text."""
_PUBLIC = "|".join(
    re.escape(w) for w in sorted(vocab.mapping("public_values"), key=len, reverse=True)
)
# A publication value standing alone (同意公开); 是 and 否 only count after their label.
_BARE_PUBLIC = "|".join(
    re.escape(w)
    for w in sorted(vocab.mapping("public_values"), key=len, reverse=True)
    if len(w) > 1
)
_OPEN = "（〔[［【"
# A publication note (此件公开发布, （本回复件主动公开）): 此/本, what it is, then a value.
_NOTE = re.compile(
    r"[（〔\[［【]?[此本](?:件|函|答复件|答复|回复件|回复|复函)[^（）〔〕\[\]［］【】]{0,4}?"
    rf"(?:公开发布|{_BARE_PUBLIC})[）〕\]］】]?"
)
# A note saying the class with the same head (此件为B类, 本件系A类办结, （此件属C类件）).
_SAID_NOTE = re.compile(
    rf"[（〔\[［【]?[此本](?:件|函|答复件|答复|回复件|回复|复函){SAID_CLASS}[）〕\]］】]?"
)
# How every such note begins (此件, 本答复…): a line without it holds none.
_NOTE_HEAD = re.compile("[此本][件函答回复]")

# -- header elements (what may stand before the title) --------------------------------------

# A 发文字号, with a label of its own (建议字：〔2023〕8号, 文号：…) or not, its code holding
# a part in brackets or not (某发改（审批）函〔…〕, 张某（王某）函〔…〕: elements.CODE_NOTE, one or
# two code characters after it), as fields.docnumber reads it: a code so written that ends
# in 函 is no title's ending and the number after it (…（审批）函 | 〔2023〕3号).
_DOC_NUMBER = re.compile(
    rf"(?:[{_CJK}]{{1,6}}：)?(?:[{_CJK}A-Za-z]{{1,8}}{CODE_NOTE}[{_CJK}A-Za-z]{{1,2}}"
    rf"|[{_CJK}A-Za-z]{{0,16}}?)(?P<open>[〔\[［【（])(?:\d{{4}}|\d{{2}})"
    rf"[〕\]］】）]第?(?:{SERIAL_MARK}\d{{1,5}}{SUB_SERIAL}|{CN_SERIAL})号"
)
# A 发文字号 with its issuer code (two characters or more) right after a number's label.
_CODED_NUMBER = re.compile(
    rf"[{_CJK}A-Za-z]{{2,16}}?[〔\[［【（](?:\d{{4}}|\d{{2}})"
    rf"[〕\]］】）]第?(?:{SERIAL_MARK}\d{{1,5}}{SUB_SERIAL}|{CN_SERIAL})号"
)
_SERIAL_REST_LONGEST = 1 + 1 + 5 + 6 + 1
"""How long a 发文字号's serial and 号 opening a line may be (第, a serial's mark, five figures,
a sub-serial's dash and figures, 号): what :meth:`_Reader._broken_serial` hands the reading."""
# Such a number's code and bracketed year ending a number label's value, its serial and 号
# broken onto the next line (文号：某交函〔2024〕 / 12号: left61a).
_CODED_YEAR = re.compile(
    rf"[{_CJK}A-Za-z]{{2,16}}?(?P<open>[〔\[［【（])(?:\d{{4}}|\d{{2}})[〕\]］】）]"
)
# A cited 发文字号 from its bracketed year to its 号 (the code before it left aside), and the
# brackets its year is in: what a title's value may hold over a gap a copy left inside it.
_CITED_NUMBER = re.compile(
    rf"(?P<open>[〔\[［【（])(?:\d{{4}}|\d{{2}})[〕\]］】）]第?{SERIAL_MARK}\d{{1,5}}{SUB_SERIAL}号"
)
_YEAR_OPENERS = frozenset("〔[［【（")
_YEAR_CLOSERS = frozenset("〕]］】）")
# The bracketed year every 发文字号 above holds: a line without one holds no number.
_NUMBER_YEAR = re.compile(r"[〔\[［【（](?:\d{4}|\d{2})[〕\]］】）]")
NUMBER_LEAD = 23
"""How many characters a 发文字号 has before its bracket at most (a label of six and its
colon, a code of sixteen)."""
PRINTED_REACH = 13
"""How many characters the date of a 印发 line has at most (二〇二一年十二月三十一日; a
damaged one, 2021 9 16, 2021年8月30日, fewer)."""
NUMBER_REACH = 48
"""How far past a bracketed year a 发文字号 that starts at most ``NUMBER_LEAD`` characters
before it is read (its bracket ``NUMBER_LEAD`` on at most, then 22 characters at most)."""
# Words before a code that make the number a cited one (落实, 根据…), not an element.
_LEAD_WORD = re.compile(vocab.alternation("docnumber_lead_words"))
# (a letter's class may carry a local scheme's sub-grade digit: C2类; 件, 答复 or 办理 may
# follow its 类: B类件, A类答复, B类办理, B类办理件, A类办结; its letter alone may stand in
# the brackets: （B）类)
_CLASS_MARK = re.compile(
    rf"[〔\[［【（]?(?:[A-D][1-9]?|[甲乙丙丁])类{SAID_TAIL}[〕\]］】）]?"
    r"|[〔\[［【（][A-D][〕\]］】）]类"
)
_MARK_FIRST = frozenset("〔[［【（ABCD甲乙丙丁此本")
"""The characters a class mark or a publication note opens with (asked before either is
searched)."""
# A class's letter alone in its brackets (【B】, （A）): a mark where it stands alone.
_BRACKETED_CLASS = re.compile(r"[〔\[［【（][A-D][〕\]］】）]")
# A page's label of the reply's text (答复内容, 正文内容, a page's empty 创建时间 before it),
# its colon lost, ending a flattened head after the title.
_CONTENT_LABEL = re.compile(f"{CONTENT_LABEL}$")
# The page's heading over the article that has no 内容 (正文, 详情, 信息详情) before the names.
_ARTICLE_HEADING_BARE = r"(?:正文|(?:文章|信息)?详情)"
_ARTICLE_HEADING_IN = re.compile(_ARTICLE_HEADING_BARE)
_ARTICLE_HEADING_END = re.compile(f"{_ARTICLE_HEADING_BARE}$")
# The form's last row's label (办理情况, 答复情况…: chrome.FORM_END_LABELS) before the names.
_FORM_END_ROW_IN = re.compile("|".join(w for w in FORM_END_LABELS if not w.endswith("内容")))
_FORM_END_ROW_END = re.compile(f"(?:{_FORM_END_ROW_IN.pattern})$")
# A class's letter alone glued to a publication value after it (A同意公开, B【公开】): a
# flattened head's class mark, written as a cell of its own over the value.
_BARE_CLASS_LETTER = re.compile(rf"[A-D](?=[〔\[［【（]?(?:{_BARE_PUBLIC}))")
# A class's letter alone glued before the title (A关于…, B某局关于…, a blank between or
# none): a page's head flattened with nothing between its lines, the letter's mark a line
# of its own over the title (the title opens with 关于 or 对, or the authority before it).
_CLASS_LETTER_OVER_TITLE = re.compile(
    rf"[A-D](?![类1-9])(?=[ ]?(?:关于|对|[{_CJK}（）]{{2,40}}?(?:{ORG_SUFFIX})(?:关于|对)))"
)
_BRACKETED_PUBLIC = re.compile(rf"[〔\[［【（](?:{_BARE_PUBLIC})[〕\]］】）]")
# A contact's row whose name label lost its head (人：李某 电话：…): the name, then a phone's
# label.
_HEADLESS_ROW = re.compile(rf"人：[{_CJK}]{{2,4}}(?:联系|办公|固定|移动)?(?:电话|手机)：")
# A class mark's end before a gap (办复类别：A类 某局): its 类 no head of the name after it.
_GLUED_CLASS_MARK = re.compile(r"[：:](?:[A-D][1-9]?|[甲乙丙丁])类")
"""A class mark as a label's value, right after its colon (办复类别：A类), a name glued after."""
_CLASS_MARK_END = re.compile(rf"(?:[A-D][1-9]?|[甲乙丙丁])类{SAID_TAIL}$")
_CLASS_MARK_LONGEST = 6
"""How long such a mark may be (``A1类办理件``)."""
_PUBLIC_VALUE = re.compile(rf"[〔\[［【（]?(?:{_BARE_PUBLIC})[〕\]］】）]?")
# A class mark or a publication value (bracketed or not) where a text ends: one stands
# between the signer and the date (某局 （B类） 2024年…); it spans at most MARK_REACH.
_MARK_BEFORE = re.compile(
    rf"(?:{_CLASS_MARK.pattern}|{_BRACKETED_CLASS.pattern}|{_PUBLIC_VALUE.pattern})$"
)
MARK_REACH = 12
_DIGITS = frozenset("0123456789")
_HEADER_LABEL = re.compile(rf"[〔\[［【（]?(?:{_HEADER_LABEL_WORDS})：")
# Labels that open with 文件 (文件编号): no banner's 文件 apart from the names before them.
_FILE_LABELS = tuple(e.spelling for e in _LABELS if e.spelling.startswith("文件"))
# A page's validity cell with its closed value and words glued after it (时效性：有效某局关于…,
# 效力状态：现行有效关于…): the value ends at its closed word, the title after it (title58).
_VALIDITY_GLUED = re.compile(rf"(?:{VALIDITY_CELL})(?=[\u4e00-\u9fff])")
_VALIDITY_FIRST = frozenset("时有效公")
_BRACKETED_CELL = re.compile(rf"[\[［【](?:{_HEADER_LABEL_WORDS})（[^）\]］】]{{1,12}}）[\]］】]")
"""A form's cell written whole in square brackets, its value in round ones and no colon
(``[办理结果标注（A1）]``, ``【是否同意公开（是）】``): an element of its own however many
a flattened head glues together."""
_SPACED_MARKERS_LEAST = 2
"""How many section markers inside a flattened line, each after a blank, show a copy that
parts its lines by blanks (:meth:`_Reader._marker_cuts`): one may follow a stray blank."""
# A label of the class or the publication with its value in square or lenticular brackets
# and no colon (分类标识【D】, 是否同意公开【主动公开】, 类别[B]): an element of its own
# however many a flattened head glues together (fix138); so in round ones (分类（A）, the
# letter's line over its authority: fix158). Only such a label: a form's row named 办理情况 is
# a title's words too (…第612号建议办理情况（A）的函, the class noted inside the title: fix162).
_CLASS_OR_PUBLIC_LABEL_WORDS = vocab.spellings(
    tuple(e for e in _LABELS if e.in_zone("header") and e.field in ("handling_type", "public"))
)
_BRACKETED_VALUE_CELL = re.compile(
    rf"(?:{_CLASS_OR_PUBLIC_LABEL_WORDS})(?:[\[［【](?:{vocab.key_alternation('handling_types')}|{_PUBLIC})"
    rf"类?[\]］】]|（(?:{vocab.key_alternation('handling_types')}|{_PUBLIC})类?）)"
)
# A label's value from the vocabularies, when it is glued to what follows.
_KNOWN_VALUE = re.compile(
    rf"[（(]?(?:{vocab.key_alternation('handling_types')}|{_PUBLIC})类?[）)]?[〕\]］】]?"
)
_CLASS_PLACE = re.compile(
    r"[甲乙丙丁](?!类)[\u4e00-\u9fff]{0,4}?(?:省|市|县|区|州|旗|盟|镇|乡|村|街道)"
)
"""A class's character 甲乙丙丁 that opens a place's name glued after it (``甲山县住建局``,
``乙河市``, ``甲县``): the place's first character, no class mark, which is the character
alone or before 类, or glued before a person's name (``类别：乙王某代表：``) (left69)."""
_ISSUER_MARK = re.compile(
    rf"[{_CJK}（）]{{1,40}}(?:{ORG_SUFFIX})(?:文件)?|[{_CJK}（）]{{2,40}}文件"
)
_ISSUER_RUN = re.compile(rf"[{_CJK}（）]*")
_SHORT_ZONE = 400
"""How long a zone's rest an issuer's mark asks of at once (a copy, then ``in``); a longer
one's (a line of a flattened page's cells) is asked through :meth:`_Reader._holds`."""
_REPLY_CODES = ("复政协", "复人大")
"""How a reply's own code opens when it names the body whose item it answers (复政协提字,
复人大建字): 复, then the body; never an authority's name (复兴区… is one: 复 and a place)."""
# Two or three authorities listed with 、 or ， between them, each a mark of its own (甲县
# 教育局、甲县财政局): a joint reply's header where the copy kept the list on one line.
_JOINT_LIST = re.compile(
    rf"(?:[{_CJK}（）]{{2,40}}?(?:{ORG_SUFFIX})[、，]){{1,2}}[{_CJK}（）]{{2,40}}?(?:{ORG_SUFFIX})"
)
# A title that opens with its authority (某县人民政府关于…): where it starts, an element
# glued before it ends.
_AUTHORITY_TITLE = re.compile(rf"[{_CJK}（）]{{1,40}}?(?:{ORG_SUFFIX})关于")
# (or 对: 某局对…的答复, where an element glued before it ends: 某字〔2016〕2号（B）类某局对…)
_TITLE_TWICE = re.compile(
    rf"(?:(?P<own>[{_CJK}（）]{{2,30}}?(?:{ORG_SUFFIX}))(?=关于))?"
    rf"(?P<heading>关于[{_CJK}（）0-9]{{4,80}}?(?:答复|复函|的函|意见))"
    rf"(?P<name>[{_CJK}（）]{{2,30}}?(?:{ORG_SUFFIX}))(?P=heading)"
)
"""A flattened page's head that writes the page's heading, then the letter's authority and
its title again, the same words, glued (``关于…的函某县政府办公室关于…的函``); the heading
may write the same authority before its title (``某局关于…的函某局关于…的函``, group
``own``: the caller asks that it is ``name``)."""
_TITLE_AT_END = re.compile(rf"关于[{_CJK}（）0-9]{{4,80}}?(?:答复|复函|的函|意见)")
"""A reply's title (关于…的答复) as it ends the text before a flattened page's salutation:
:meth:`_Reader.title_again` asks whether the same words stand earlier in the head."""
_COPY_DATE_END = re.compile(r"[。！？][ \t\u3000]*(\d{4}年\d{1,2}月\d{1,2}日)[ \t\u3000]*$")
"""A full date right after a sentence's stop, at the end of the text it is searched in (the
proposal's copy on the page signs off so before the reply's title again)."""
_COPY_DATE_BEFORE = re.compile(
    rf"[。！？][ \t\u3000]*(\d{{4}}年\d{{1,2}}月\d{{1,2}}日)[ \t\u3000]*"
    rf"(?P<own>[{_CJK}（）]{{2,40}}?(?:{ORG_SUFFIX}))?[ \t\u3000]*$"
)
""":data:`_COPY_DATE_END`, the reply's authority written before its title after the date or
not (``…。2031年12月23日某县水务局关于…``): the authority opens the title's line."""
_COPY_ROW = re.compile(r"(?:提出人|提案人|建议人|领衔人|(?:建议|提案|议案|主要)?内容)[：:]")
"""A row of the proposal's copy glued on after the text before it (…的建议提出人：王某内容：):
each opens a line, as on the page, so the copy reads as the item's record."""
_TITLE_AGAIN_LONGEST = 3000
"""The most characters before a salutation :meth:`_Reader.title_again` reads (a page's head
with the proposal's copy in it stands within it: its text is a few hundred)."""
_AUTHORITY_TITLE_AT = re.compile(rf"[{_CJK}（）]{{1,40}}?(?:{ORG_SUFFIX})(?:关于|对)")
# What an issuer's mark ends with (an organisation suffix, 文件): where it can end.
_ISSUER_LAST = frozenset(w[-1] for w in (*vocab.words("org_suffixes"), "文件"))
# A secrecy or urgency mark, written to open with one class (what each opens with), which
# a search skips to at once, and to ask behind it which one it was: the same matches as
# \d{6}(?!\d)|(?:特急|加急|平急|特提|秘密|机密|绝密)(?:★(?:\d{1,2}年|长期))?, five times as
# fast to search.
_SECRECY = re.compile(
    r"[\d特加平秘机绝](?:(?<=\d)\d{5}(?!\d)"
    r"|(?:(?<=[特加平])急|(?<=特)提|(?<=[秘机绝])密)(?:★(?:\d{1,2}年|长期))?)"
)
# A short note in brackets beside the title: （此回复件公开）, （编号：…）.
_BRACKET_NOTE = re.compile(r"（[^（）]{1,16}）")
_ITEM_NUMBER_NOTE = re.compile(
    rf"(?:建议|提案|议案)第{ITEM_SERIAL}号|第{ITEM_SERIAL}号(?:{ITEM_KIND_AFTER.pattern})?"
)
"""The number of the item answered, a page's note after the title that has ended (``…的答复
第27号 来源：…``, ``…的答复第27号提案``), as on its line under it (layout's number line):
an element of the title's tail, no word of the title (fix164); the kind's word before the
number too (``…的答复 提案第27号``, as ``建议第56号`` on its line: mend75c)."""
_ITEM_NUMBER_FIRST = frozenset("第建提议")
"""The characters such a note opens with."""
# Such a note after a salutation's role word, its colon right after it (王某委员（某局）：),
# or the co-signers named after it (王某委员并附议人：).
_ROLE_NOTE = re.compile(r"（[^（）：]{1,16}）：|[并及和]附议(?:人|委员|代表)：")
_ROLE_NOTE_FIRST = frozenset("（并及和")
# (not the 对 of 关于对…: a title that opens 关于对某委员提出的…提案的答复 is one title)
_TITLE_START = re.compile(r"关于|(?<!关于)对")
_HEAD_AFTER_DROP = re.compile(r"[\u4e00-\u9fff]{0,20}?(?:关于|对)")
"""A title's opening after the page's cells a view dropped, a name before it or not
(:meth:`_Reader._title_after_dropped`)."""
_MENU_COLUMN_LONGEST = 12
"""How far a site's column heading opening the head reaches to its colon (``【政务公开】：``)."""
_FIELD_LABELS = frozenset(label.spelling for label in vocab.labels() if label.field != "page")
"""The labels of the letter's own fields (``data/labels.tsv``, the page's own left out): a
menu's word that is one too (``信息公开：``, the ``public`` row's) opens no site's column."""
Element = Literal[
    "label",
    "secrecy",
    "issuer",
    "doc_number",
    "year_first_number",
    "damaged_doc_number",
    "spaced_year_number",
    "sent_under",
    "class_mark",
    "public",
    "note",
    "page_date",
    "tail",
]
# Elements a field reads only on a line of their own (a damaged 发文字号 too: no field
# pattern reads it beside another element).
_NUMBERS: frozenset[Element] = frozenset(
    {"doc_number", "year_first_number", "damaged_doc_number", "spaced_year_number", "sent_under"}
)
"""The 发文字号 elements, whole, written with the year first, damaged, or with its year's
brackets lost, or in the note of how the reply went out (:data:`_SENT_UNDER_AT`)."""
_JOINT_MARKS = 3
"""The most authorities a joint reply's header names side by side, read as marks."""
_ALONE: frozenset[Element] = frozenset(
    {"secrecy", "issuer", "damaged_doc_number", "class_mark", "public", "note"}
)
# A 发文字号 that lost its closing bracket and 号 (周交政发〔202527), or whose serial was never
# filled in (某民函〔2024〕号, 某民函〔2024〕  号, 某市环函〔2020〕) or was masked
# (某街函〔2024〕**号, ××号: a flattened head glues it to the title as any other), before a gap.
_DAMAGED_DOC_NUMBER = re.compile(
    rf"[{_CJK}A-Za-z]{{1,16}}?[〔\[［【](?:\d{{5,9}}(?!\d)"
    rf"|(?:19|20)\d\d[〕\]］】](?:[{MASK_MARKS}]{{1,5}}号|号)?(?!\d))"
)
# One that lost its closing bracket alone (某农函〔202327号) or its 号 alone (某农函〔2023〕27):
# an element too, tried only where one starts (what may follow an element asks for the
# number's first characters, which _DAMAGED_DOC_NUMBER reads).
_HALF_DAMAGED_DOC_NUMBER = re.compile(
    rf"[{_CJK}A-Za-z]{{1,16}}?[〔\[［【](?:\d{{5,9}}号|(?:19|20)\d\d[〕\]］】]\d{{1,5}})(?![\d号])"
)
_NUMBER_ENDING = re.compile(
    rf"(?:{_DOC_NUMBER.pattern}|{_DAMAGED_DOC_NUMBER.pattern}|{_HALF_DAMAGED_DOC_NUMBER.pattern})$"
)
"""A 发文字号, whole or damaged, ending where it is searched up to (the names after it)."""
# A publisher's note of how the reply went out (2031年6月16日以〔2031〕某发函第148号文函复：,
# elements.SENT_UNDER), glued after the authority in a flattened head: a header element,
# the salutation after it (decided, fix112).
_SENT_UNDER_AT = re.compile(SENT_UNDER)
_SENT_UNDER_FIRST = frozenset("12以")


def _sent_under(norm: str, pos: int, end: int) -> re.Match[str] | None:
    """The note of the number the reply was sent under that opens at ``norm[pos]``
    (:data:`_SENT_UNDER_AT`), its first character the gate (most places open none)."""
    if norm[pos] not in _SENT_UNDER_FIRST:
        return None
    return _SENT_UNDER_AT.match(norm, pos, end)


"""What the note opens with: its date's year, or 以."""
_NUMBER_BACK = 40
"""How far back from the names such a number is looked for."""
# One that lost its opening bracket (某政建议复2017〕1号), glued after the title's ending
# (…的回复某政建议复2017〕1号B类): an element of the title's tail only, where the title's
# ending says where its code starts; the code an issuer's (no title's 关于 nor 的, nor a
# title's ending: 关于增设意见箱建议答复某交发2017〕9号 ends at 答复, its 意见 a word's), no
# proposal's kind word after its 号.
_OPEN_LOST_DOC_NUMBER = re.compile(
    rf"(?:(?!关于|的|答复|回复|意见|通知|报告)[{_CJK}]){{1,10}}"
    rf"(?:19|20)\d\d[〕\]］】]\d{{1,5}}号{NO_KIND_AFTER}"
)
# One whose serial is a word of a local scheme, not digits (某教提复字〔2019〕来信号: a
# letter answered outside the numbered items), its code ending in 字 and both brackets
# kept, as :data:`replyparse.elements.DAMAGED_DOC_NUMBER` reads it alone on its line: an
# element before a gap, a class mark or the title in a flattened head; its code whole (no
# letter glued before it: 文号：某教提复字〔…〕 is the label's value, not 复字〔…〕 after 某教提).
_WORD_SERIAL_NUMBER = re.compile(
    rf"(?<![{_CJK}A-Za-z])[{_CJK}A-Za-z]{{0,15}}字[〔\[［【](?:19|20)\d\d[〕\]］】](?:(?!号)[{_CJK}]){{1,3}}号"
)
# One whose code ends in 字, as only a 发文字号's does, that lost both its year's brackets,
# its serial glued to its year, its 号 lost or kept (某农议字202146, 某议字20182: record.md
# reads its year and serial so, or none where they are a month and day; a header line all
# the same): an element before a gap, the salutation or the title (fix129).
_BRACKETLESS_ZI_NUMBER = re.compile(rf"[{_CJK}]{{1,15}}?字(?:19|20)\d\d\d{{1,5}}号?(?![\d年月日])")
# One whose code ends as a 代字 for a letter does (函, 发, 复), both its year's brackets lost,
# its serial glued to its year, its 号 lost or kept (某路函20219, 某农函202317: record.md
# reads it so on a header line, fix7879): an element as the 字 code's is, before a gap, the
# salutation or the title, and after the title's ending (…的答复某农函202317). Its code holds
# no title's words nor a title's ending (关于…的答复函20253 is a title); six figures after it
# are its year and serial, no 份号 after a code that ended the title (fix133).
_BRACKETLESS_LETTER_NUMBER = re.compile(
    rf"(?:(?!关于|的|答复|回复|意见|通知|报告|局|政府)[{_CJK}]){{1,10}}?[函发复]"
    r"(?P<year>(?:19|20)\d\d)\d{1,5}号?(?![\d年月日])"
)
# A 发文字号 written with its year first ([2016]某政复函 3号): an element where a gap, the
# next element or the title follows it.
_YEAR_FIRST_NUMBER = re.compile(YEAR_FIRST_DOC_NUMBER)
# A 发文字号 whose year lost both its brackets, a blank where they stood (某农函2023 27号,
# as :data:`replyparse.elements.SPACED_YEAR_NUMBER` reads it on a header line): an element
# of a flattened head too, where the title or a gap follows it (甲县某局 某教函2022 5号
# 关于…), so the title does not open with it. Its code ends as a code does (函, 发, 字, 复,
# 办) and holds no title's 关于 nor 的, nor an authority's 局 or 政府 (a code is the
# authority's short name: 某县教育局某教函2022 5号 is no code); no groups named (it joins
# _ANY_ELEMENT).
_SPACED_YEAR_NUMBER = re.compile(
    rf"(?:(?!关于|的|局|政府)[{_CJK}A-Za-z]){{0,11}}[函发字复办](?:19|20)\d\d[ \u3000]+\d{{1,5}}号"
)
# (a publication value first: a number's code never opens with one, and one glued before
# the number would be read as its code, 同意公开某水提〔2021115)
_SPACED_YEAR_AT = re.compile(r"[函发字复办](?:19|20)\d\d[ \u3000]+\d{1,5}号")
"""Where such a number's code ends, its year, serial and 号 after it."""
_BARE_LETTER_YEAR = re.compile(r"[函发复字](?:19|20)\d{3}")
"""A code's last character and the figures of a year and a serial glued after it
(函202317, 字20182): the gate an issuer's mark glued before such a number asks."""
_CODE_BEFORE_YEAR = re.compile(rf"[{_CJK}A-Za-z]{{2,}}?(?:19|20)\d\d[ \u3000]")
"""Such a number's code, two characters or more, then its year (the gate an issuer's mark
glued before one asks)."""
_ELEMENTS: tuple[tuple[Element, re.Pattern[str]], ...] = (
    ("public", _PUBLIC_VALUE),
    ("doc_number", _DOC_NUMBER),
    ("year_first_number", _YEAR_FIRST_NUMBER),
    ("spaced_year_number", _SPACED_YEAR_NUMBER),
    ("damaged_doc_number", _DAMAGED_DOC_NUMBER),
    ("damaged_doc_number", _HALF_DAMAGED_DOC_NUMBER),
    ("damaged_doc_number", _WORD_SERIAL_NUMBER),
    ("damaged_doc_number", _BRACKETLESS_ZI_NUMBER),
    ("damaged_doc_number", _BRACKETLESS_LETTER_NUMBER),
    ("class_mark", _CLASS_MARK),
    ("class_mark", _BRACKETED_CLASS),  # (its letter alone: 〔A〕〔公开〕某函〔…)
    ("note", _NOTE),
    ("secrecy", _SECRECY),
)
# An item's number in a registry's scheme of bracketed years (〔2031〕第45号建议, 第B（2031）
# 45号建议, a class's letter or two after its 第, 某政协第（2022）5号提案): no code before the
# bracket or one ending in that 第, a kind word right after its 号 (:func:`_item_number`).
# No 发文字号: the line is the item's note, whole, as fields/docnumber.py reads it (its
# _ITEM_LEAD), not a number and a title.
_ITEM_NUMBER_LEAD = re.compile(rf"(?:[{_CJK}]{{0,16}}{ITEM_NUMBER_LEAD})?")


def _item_number(norm: str, pos: int, number: re.Match[str], end: int) -> bool:
    """Whether the 发文字号's match ``number`` at ``norm[pos]`` is an item's number
    (:data:`_ITEM_NUMBER_LEAD`, :data:`~replyparse.elements.ITEM_KIND_AFTER`)."""
    return (
        _ITEM_NUMBER_LEAD.fullmatch(norm, pos, number.start("open")) is not None
        and ITEM_KIND_AFTER.match(norm, number.end(), end) is not None
    )


# A title that opens with the session and names the item by number, its 关于 or 对 lost
# (某市人大五次会议第88号建议, 号 lost or not): what a publication value glued before it
# (同意公开某市人大…会议第88建议) ends at, asked of that value alone.
_SESSION_TITLE = re.compile(
    rf"[{_CJK}]{{0,12}}?(?:人大|政协|人民代表大会)[{_CJK}]{{0,10}}?会议"
    r"第?[0-9]{1,4}号?(?:建议|提案|议案)"
)
# A page's date in figures (2024-05-03, 2024/5/3) after the title, a mark glued before it
# (…的答复函(B类)2024-05-03某办某函〔…): a flattened head's element where the page put it
# between the title and the 发文字号.
# (its clock after it, a blank between or none: …的答复2022-07-05 09:15王某委员：)
_PAGE_DATE = re.compile(
    r"(?:19|20)\d\d(?P<sep>[-/.])\d{1,2}(?P=sep)\d{1,2}"
    r"(?:[ ]?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?(?!\d)"
)
# The page's date of publication in brackets after the title, its label before it or not
# (…的答复（发布于：2021-09-26 14:10）): a note of the page's, longer than _BRACKET_NOTE's;
# in the square brackets a listing sets it in too (…的答复 [2021-09-26]: variants65).
_WHOLE_DATE = re.compile(
    r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日"
    r"|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
)
"""A whole date, in figures with 年月日 or in numerals, that no name holds: where names that
a copy glued after it open (left69)."""
_DATE_BEFORE_RUN = 4
"""How far before a run of names a date glued to it may open (its year's 〇, a run's bound)."""
_PAGE_DATE_NOTE = re.compile(
    rf"(?:（(?:{PAGE_DATE_LABELS})?：?|(?P<square>\[))(?:{_PAGE_DATE.pattern})"
    r"(?(square)\]|）)"
)
# Whatever may follow an element right away: the next element or the title.
_NEXT_ELEMENT = re.compile(
    "|".join(
        f"(?:{p.pattern})"
        for p in (
            _HEADER_LABEL,
            _DOC_NUMBER,
            _YEAR_FIRST_NUMBER,
            _DAMAGED_DOC_NUMBER,
            # (one that lost its 号 alone, the title glued after its serial: 同意公开某函
            # 〔2099〕19对…; flat74)
            _HALF_DAMAGED_DOC_NUMBER,
            _CLASS_MARK,
            _PUBLIC_VALUE,
            _NOTE,
            _BRACKET_NOTE,
            _SECRECY,
            _TITLE_START,
        )
    )
)
# Any of _ELEMENTS (and a bracket note), tried at once: where it fails, each of them fails.
_ANY_ELEMENT = re.compile(
    "|".join(f"(?:{p.pattern})" for _, p in _ELEMENTS) + f"|{_BRACKET_NOTE.pattern}"
)
# A 办理单's last row, its label alone with its colon or without, whose value is the reply
# under it, its title first (反馈时间： 办理情况 某县某局关于…的答复函, 办理情况：某局关于…,
# 办复情况：某局关于…): a header line of its own over the title, as it stands where the
# lines are kept.
_FORM_END_ROW = re.compile(
    rf"(?:{'|'.join(FORM_END_LABELS)})：?(?=[ ]?(?:关于|对|[{_CJK}（）]{{2,40}}?"
    rf"(?:{ORG_SUFFIX})(?:关于|对)))"
)
_FORM_END_FIRST = frozenset("办答")
_NUMBER_LABELS = frozenset(e.spelling for e in _LABELS if e.field == "doc_number")
# What a 发文字号, a class mark or a publication value may open with (a code's first
# character, a bracket, a class's letter): asked before an element run is read at a gap.
_MAY_OPEN_RUN = re.compile(rf"[{_CJK}A-Za-z〔\[［【（]")
# Words of a title: a header line followed by one ran into the title.
_TITLE_WORDS = re.compile(r"关于|建议|提案|议案|答复|复函|函|意见|报告")
# How a reply names itself at its title's end (答复, 答复函, 复函…: data/reply_endings.txt).
_REPLY_ENDINGS = "|".join(vocab.words("reply_endings"))  # (flat, longest first: gates split it)
# How a title ends (its 文种): a salutation glued after it starts after the last of these.
# (and a reply that names itself the feedback on the item, …建议的反馈, after 的 alone: 反馈
# opens a form's labels, 反馈意见：, 反馈时间：, and a title's own words, 反馈机制; left71;
# nor where the title goes on with the noun 反馈 qualifies, …的反馈情况, …的反馈说明: review71a)
# (its lookbehind after the word: a pattern each of whose branches opens with a character is
# searched for those characters alone)
_UNIT_ENDINGS = tuple(
    sorted((w for w in vocab.words("org_suffixes") if len(w) > 1), key=lambda w: (-len(w), w))
)
_TITLE_END = re.compile(
    rf"{_REPLY_ENDINGS}|函(?![件数授询电])|意见|报告|反馈(?<=的反馈)"
    # (lookaheads with no bar between them: the gates split the pattern at its bars)
    + "".join(f"(?!{w})" for w in ("情况", "说明", "意见", "报告", "材料", "机制"))
    + "".join(f"(?!{w})" for w in ("结果", "记录", "工作", "单", "表", "函"))
    # (nor a unit's name it opens, …联络站的反馈小组：, a salutation: an office's ending of two
    # characters or more after it, data/org_suffixes.txt, that closes the name at its colon;
    # left72a. An ending a further name follows, 的反馈 / 中心学校：, is the salutation's
    # opening after the title's end: mend72a)
    + "".join(f"(?!{w}[：:])" for w in _UNIT_ENDINGS)
    # (…的反馈情况, …的反馈说明: the title ends after the noun; left72a)
    + "|反馈情况(?<=的反馈情况)|反馈说明(?<=的反馈说明)"
)
# A form's heading run on after a title's ending and its bracketed note, the form's first
# row after it (…的答复（关于…的建议）某市人大代表建议承办表案 由 |…: flat117).
_FORM_AFTER_TITLE = re.compile(
    rf"(?:{_REPLY_ENDINGS}|函)(?:（[^（）]{{2,60}}）)?"
    rf"(?P<form>[\u4e00-\u9fff]{{2,24}}?(?:{FORM_WORDS}))"
)
_FORM_ROW_REACH = 12
"""How many characters of the copy after a form's heading its first row's bar stands within
(a label, its characters spaced out: ``案 由 |``)."""
# The kind word an item's own title ends with, where a title holding no reply's ending
# (_TITLE_END) ends (关于…的建议, the item's title written as the letter's): the whole word
# (建议案 before its 建议, 议事原案).
_KIND_END = re.compile(r"议事原案|建议案|建议|提案|议案")
_RECORD_END_ROW = re.compile(r"(?:办理情况|办理结果|答复情况|答复内容)：")
"""A proposal's record's handling row, the reply its value (fields/proposal.py's
``_RECORD_END_LABELS``)."""
_ITEM_TITLE_ENDS = re.compile(r"的(?:建议|提案|议案)$")
"""An item's own title's ending (关于…的建议), a form's next row glued after it."""
# A whole title's ending right before another title's opening (…第12号建议的答复关于县…, …的
# 建议关于对…): a page's heading (the item's name, the proposal's title) glued before the
# letter's own title in a flattened head; a title's words never run so inside one title
# (…提出的关于…, 关于对…: no ending before them).
_TITLE_THEN_TITLE = re.compile(
    r"(?:的(?:建议|提案|议案|答复|复函|函|意见)|答复函?|复函)(?=关于|对)"
)
# A whole reply's title ending with something glued after it (…的答复(B类)…, …复函某函〔…,
# …的答复函A同意公开…: a class's letter too): where a page's heading ends in a head flattened
# with nothing between its lines; the longest ending first (的答复函, not 的答复 before 函;
# 答复的函, …建议答复的函〔A类〕…: dev131/002).
_GLUED_HEADING_END = re.compile(
    r"(?:的(?:答复函|答复|复函)|答复的函|答复函|复函)(?=[（(〔\[［【\u4e00-\u9fffA-D])"
)
# A listing page's cells after the title it lists (…建议的答复  某镇第七届人民代表大会第五次
# 会议  9  建议人：…, also after a note of the title's in brackets, …的答复（某会议第9号建议）
# 某会议  9  建议人：…): the session the item was put to, alone, and the item's number after
# it. A title names its session before its reply ending, never after it: where a session
# follows the ending right away, the title ended there. A title written again after it
# (…第12号建议的答复关于县五届人大二次会议第12号建议的答复) opens with 关于 or 对, or goes
# on after its session with the item (第12号建议, 的建议, 12号建议) or with the items and a
# reply ending of its own (…会议代表建议的答复, …会议委员提案答复): no cell.
_SESSION_CELL = re.compile(
    r"(?:的答复|的复函|答复函|复函)(?:（[^（）\n]{1,40}）)?[ ]*(?!关于|对)"
    rf"(?P<session>[{_CJK}]{{0,16}}?第?[一二三四五六七八九十]{{1,3}}届"
    rf"[{_CJK}]{{0,12}}?第?[一二三四五六七八九十]{{1,3}}次(?:全体)?会议)"
    r"(?![第的])(?![ ]*[0-9]{1,4}号?(?:建议|提案|议案)(?![人者]))"
    rf"(?![{_CJK}]{{0,8}}?(?:建议|提案|议案|意见)的?(?:答复|复函|回复))"
    r"(?:[ ]*(?P<number>[0-9]{1,4}号?))?"
)
_CELL_END = re.compile(rf"$|[\s{CELL_BARS}]|[{_CJK}]{{2,6}}[：:]", re.MULTILINE)
"""What ends a session's cell with no number after it: the line's end, a gap, a bar or the
next cell's label (…会议  建议人：…); a session that runs on into words (…会议期间，您提出的…)
opens the letter's sentence: the title ends before it, the session is the sentence's."""
# How the letter's own title after it ends: as a reply does.
_REPLY_ENDING = re.compile(rf"(?:{_REPLY_ENDINGS}|函)$")
# A letter's title and its opening sentence on one line, when the letter has no salutation
# (…的建议的答复您提出的《…》收悉, …的答复  第5号，某代表提出的《…》): a page flattened
# into one line, or its cells between the two dropped as chrome. The title ends as a
# reply's does (答复, 答复函, 答复意见, 复函, 的函, 意见, 办理情况), and what follows opens as
# an opening does: it speaks to the addressee and says what was asked (您提出的, 你们所提),
# names the item by its number and who put it (第5号，某代表提出的), names the item in its
# marks and goes on as a sentence (《…》收悉, 关于“…的提案”，是…), or says it came within a
# short reach (…收悉; no title's ending after the marks or in that reach: the title's is the
# last, 关于答复《某条例》修改意见的函 stays whole). A
# title's own words after its 答复 (…答复意见, …答复的函, 关于…答复工作的通知) open none of
# these: the longest ending is tried first.
# An opening that says the reply follows, after a clause of what it follows or how it was
# looked into (经研究，现答复如下：, 根据某政发〔2099〕3号文件精神，现答复如下：), or that cites
# what it follows before its 收悉 (根据某文件，您提出的建议收悉): head73.
# A verb of citing opens it whichever it is (根据, 依据, 按照, 遵照, 参照, 对照…), and the number
# it cites may hold 函 in its code (按照某交函〔2099〕3号要求，现将…答复如下：): left74a.
_REPLY_FOLLOWS = (
    r"|(?:(?!答复|复函|函|意见)[^。；！？《]){0,40}?，(?:现|特|兹)[^。；！？，]{0,12}?如下"
    rf"|(?:{CITING_VERBS})(?:{_CODED_NUMBER.pattern})[^。；！？《，]{{0,20}}?"
    r"，(?:现|特|兹)[^。；！？，]{0,12}?如下"
    rf"|(?:{CITING_VERBS})[^。；！？]{{0,60}}?收悉"
)
_TITLE_THEN_OPENING = re.compile(
    rf"(?:{_REPLY_ENDINGS}|的函|意见|(?:办理|落实)情况)[ ]*"
    r"(?=[您你贵][^。；！？，]{0,8}?提|第[0-9]{1,4}号[，、][^。；！？]{0,16}?提出"
    r"|[《“][^》”。；]{1,60}[》”](?:(?!答复|复函|函|意见)[^。；！？，]){0,12}?(?:收悉|，)"
    r"|关于[《“][^》”。；]{1,60}[》”][^。；！？，]{0,12}?，"
    rf"|(?:(?!答复|复函|函|意见)[^。；！？，《]){{0,30}}?收悉{_REPLY_FOLLOWS})"
)
# The same with the letter's 发文字号 between them (…的答复某县某局某交函〔2099〕3号您提出的…,
# its class mark after it or not: …3号B类您提出的…), the head's elements of a letter with
# no salutation glued (nosalut72): the opening starts after the number and its mark.
_TITLE_NUMBER_THEN_OPENING = re.compile(
    rf"(?:{_REPLY_ENDINGS}|的函|意见|(?:办理|落实)情况)[ ]*"
    rf"(?:{_DOC_NUMBER.pattern})(?:[ ]*[A-DＡ-Ｄ]类?)?[ ]*"
    r"(?=[您你贵][^。；！？，]{0,8}?提|第[0-9]{1,4}号[，、][^。；！？]{0,16}?提出"
    r"|[《“][^》”。；]{1,60}[》”](?:(?!答复|复函|函|意见)[^。；！？，]){0,12}?(?:收悉|，)"
    r"|关于[《“][^》”。；]{1,60}[》”][^。；！？，]{0,12}?，"
    rf"|(?:(?!答复|复函|函|意见)[^。；！？，《]){{0,30}}?收悉{_REPLY_FOLLOWS})"
)
_TITLE_LONGEST = 120
"""How far into a flattened first line a title glued to its opening may end."""
_NUMBER_HEAD_LONGEST = 50
"""How much further the head may reach when the 发文字号 (:data:`_TITLE_NUMBER_THEN_OPENING`)
stands between the title and the opening: the authority's name and the number's code, year,
serial and class mark."""
_SENTENCE_REACH = 200
"""How far after a title's ending a paragraph glued to it ends its first sentence."""
_NOT_IN_SENTENCE = re.compile(r"[：:〔《“（(\[【]|关于|收悉|如下|答复|复函|回复")
"""What a paragraph glued after a title holds none of before its first sentence's end: a
label's or salutation's colon, a 发文字号's bracket, a note's, a quote, a title's opening
or an opening's words (a second title, a header element, the opening
:data:`_TITLE_THEN_OPENING` reads), or a reply's word (the title's own ending further on:
关于提高建议答复满意度的建议的答复, where the first 答复 ends no title)."""
# A sentence that opens by citing a number (按照某政发〔2099〕3号要求，…: a verb of citing,
# the number right after it): its bracket is the cited number's, no header element's.
_CITES_NUMBER = re.compile(rf"(?:{CITING_VERBS})(?:{_CODED_NUMBER.pattern})")
_OPENING_REACH = 80
"""How far past a title's ending :data:`_TITLE_THEN_OPENING` reads its opening (its
longest branch: 关于, a quoted name of 60 and a comma within 12 more)."""
_HEADING_LEAST = 6
"""How long a heading before the letter's own title is at least (关于某某的建议)."""
_LOST_IN_TITLE = 3
"""How many characters of the page's heading a letter's own title may have lost in copying
and still be read as its copy (``人大第五次会议`` written ``人大次会议``)."""


def _subsequence(short: str, long: str) -> bool:
    """Whether ``short``'s characters stand in ``long`` in their order."""
    chars = iter(long)
    return all(ch in chars for ch in short)


_SENTENCE_IN_TITLE = re.compile("[。；！!]")
"""A sentence's end, which no title holds (a question mark may stand for a lost character)."""
_FORM_HEADING_LONGEST = 40
"""How long a form's heading glued before its first row may be (第12号 某某道路硬化建议)."""
# A character each of _TITLE_END's words holds (答复书 its 复): a title's ending holds one.
_TITLE_END_CHARS = "复函见告馈"
# What an element after the title (_tail_element_at, a label aside) holds: a （ (a note in
# brackets), a digit (a 发文字号, a secrecy number), 类, 公开 (a publication value or note),
# 文件 (the issuer's banner) or a secrecy or urgency word; written to open with one class.
_TAIL_NEEDS = re.compile(
    r"[\d（类公文特加平秘机绝](?:(?<=[\d（类])|(?<=公)开|(?<=文)件"
    r"|(?<=[特加平])急|(?<=特)提|(?<=[秘机绝])密)"
)
# A 发文字号's code alone that holds a title's ending inside it: a short run of hanzi ending
# in 字 with no 的 (某交函议复字, 某政复函字〔…): a code, never a title's tail (titles end in
# their 文种, not in 字).
_ZI_CODE = re.compile(r"[\u4e00-\u9fff]{2,9}字")
# What a 发文字号's code after the issuer's 代字 holds when it is only its kind (函, 发, 办,
# 复) and 字: 函字, 发字, 办函, 复函字. No code is only these (it opens with its issuer's
# 代字), so a mark glued before them is that 代字, no issuer's mark: 余科函字〔2022〕15号 is
# one code, not 余科 | 函字〔…〕. So is the kind of a reply to a proposal, the item's kind
# (建议, 提案, 议案, or its first character) before 复, 函, 答 or 字 (提案复, 建复, 建议函,
# 提字): 某办提案复〔2020〕3号 and 某县政办建复〔2021〕12号 are one code each.
_KIND_CODE = re.compile(
    r"[函发办复]{1,3}字?|(?:建议|提案|议案|[建提议])[复函答]{0,2}字?(?<=[复函答字])"
)

# -- salutation ------------------------------------------------------------------------------

# (a tree of shared beginnings, longest first: at each character only the words that
# begin with it are tried; sorted first, the same pattern in every process)
# (a 政协 sector, 经济界别, proposes as a body too: the addressees read it so)
_GROUP_ROLES = frozenset(("代表组", "委员组"))
"""A group's words that end a salutation (某乡代表组): with no colon, only before the
opening that speaks to them (你们提出的…), as a sentence names a group too (现答复某乡委员组)."""
_UNIT_GROUP = "组"
"""An office's unit that ends in 组 (办公室综合组, 某局督查组): a salutation only with its
colon after it (组 stands in many a title's and sentence's words: 组织, 小组会议): left74a."""
_CLAUSE_STOP = re.compile(r"[，。；！？]")
"""A clause's stop inside the stretch of a unit's 组 and its colon (经研究，调研组：…): a
sentence's words, no salutation's (mend74a)."""
_SALUTATION_END = re.compile(
    vocab.longest_first(
        sorted(
            {
                *vocab.words("roles"),
                "代表团",
                "代表组",
                "委员组",
                "界别",
                "总支",  # (a party's branch that filed the proposal: 民盟某县总支, flat61a)
                _UNIT_GROUP,
                *vocab.words("org_suffixes"),
            }
        )
    )
)
# What ends a run of text before the names: a number's 号 (its serial masked too: 某函〔2024〕
# **号王某代表：), a closed bracket (not the one of 姜某（等10位）).
# A note in brackets beside a name that says what the person did: 王某（领衔）.
_BESIDE_NOTES = re.compile(NAME_NOTE)
# A note of which party, sector or delegation a person is of, between the name and the role
# word or the next name (王某（民盟）、李某委员：): part of the names too.
_PERSON_NOTES = re.compile(PERSON_NOTE)
# (a number's kind word after its 号 too: a title line that names only the proposal,
# …会议第48号提案, ends with it, and the 的 after it of a title that lost its 答复:
# …第12号建议的许某代表：)
# What a flattened head glues before a salutation's names that no name holds: a
# publication value (公开, 同意公开): the names start after it (公开王某代表：).
_BEFORE_NAMES = re.compile(
    "|".join(
        re.escape(w)
        for w in sorted(vocab.mapping("public_values"), key=len, reverse=True)
        if "公开" in w
    )
)
_HARD_BOUND = re.compile(
    r"[\d*＊×]号(?:代表|委员)?(?:(?:建议|提案|议案)的?)?|[〕\]］】]|(?<!位)(?<!名)）"
)
# A page's note that the document no longer holds, or still does (文件已失效, 该文件已废止,
# 现行有效), glued before a salutation's names in a flattened head (…【字体：文件已失效王某代表：):
# the site's, no name's characters, so the names start after it (decided, flat59). The bare
# 有效 or 失效 is left: a given name may hold them.
_VALIDITY_NOTE = re.compile(r"(?:本?文件|该文件)?(?:已失效|已废止|现行有效)[】\]]?")
# A title's end that names the item: by its number, its 号 lost (…会议第88建议), or by its
# subject (…的答复：关于某事的建议, a subtitle after the colon). The kind word no name
# holds, so the names start after it (…第88建议王某等代表你们提出的…, …的建议王某代表：,
# a flattened head that lost the title's line break).
_KIND_AFTER_FIGURES = re.compile(r"(?<=[0-9])(?:建议|提案|议案)的?|(?<=的)(?:建议|提案|议案)")
# What a copy masks a name's given name with (姜xx, 许**, 王××): no ○, which a date's zero is
# too (二○二四年), nor □, a lost character (masks.TYPED_MASKS says why).
_MASK = TYPED_MASKS
# The figures that open a run before a salutation's role (a page's clock, 09:15, or its
# count of views, 浏览次数：41, glued before the names): no name holds them.
_FIGURES_FIRST = re.compile(r"[0-9][0-9]*")
_VIEWS_BEFORE = re.compile(rf"{VIEWS_LABEL}[：:] ?(?:[0-9]+\.)?$")
"""A page's label of its count of views right before the count's figures (``阅读：``, the
whole figures of ``1.2万`` before its point: a run of names holds no point)."""
_VIEWS_BEFORE_REACH = 16
"""How far before a run of names :data:`_VIEWS_BEFORE` is looked for."""
_VIEWS_UNIT = re.compile(VIEWS_UNIT)
"""The unit of a count of views after its figures (``88次``, ``1.2万``, ``3万人次``); a bare
``万`` only after a count with its point (``1.2万``): after whole figures it is as likely a
name's surname (``阅读：88`` over ``万某代表：``), and a page counts tens of thousands with a
point (review70b)."""
_LONG_FIGURES = re.compile(r"[0-9]{4,}(?![0-9位名])")
"""Four figures or more in a run before a role, no count of names after them (等10位): a
year's or a serial's, no part of the names."""
_NAME_RUN = re.compile(rf"[{_CJK}·、，（）0-9{_MASK}]*")
_NAMES = re.compile(
    rf"(?:[{_CJK}·、，{_MASK}]|{NAME_NOTE}|{PERSON_NOTE}){{1,80}}?(?:（等?[0-9一二三四五六七八九十]+[位名]）)?"
    r"(?:等(?:[0-9一二三四五六七八九十两]+[位名]|各位|诸位)?|(?<=[\u4e00-\u9fff])[0-9]+[位名])?"
)
# A salutation that writes the role before the names (人大代表王某：, 领衔代表王某，联名代表
# 李某、赵某：, 政协委员王某等3位委员：): the role words that may stand so, the names after
# them (two to four characters each, a group's count and role, the co-signers' part and
# role before more names) up to the colon, and what part the person took before a bare
# 代表 or 委员 (data/role_acts.txt).
# More names and role words after a gap, to the colon, on the salutation's line: a list of
# addressees each with the role, parted by blanks (王某 代表 李某 代表：, 王某代表 李某代表：).
_MORE_PAIRS = re.compile(rf"(?:[{_CJK}·]{{2,4}}?(?:{vocab.alternation('roles')})[、，]?)+：")
# Such a list whose last name lost its role word (王某代表 李某：), as a list parted by 、 may
# write it (王某代表、李某：, the role read the first's): a surname opens that name, which is
# no label (王某代表  联系人：… is a salutation and a label).
_MORE_PAIRS_BARE_LAST = re.compile(
    rf"(?:[{_CJK}·]{{2,4}}?(?:{vocab.alternation('roles')})[、，]?)*(?P<last>[{_CJK}·]{{2,4}})："
)
# The same list written without its colon, its bare last name ending the line (王某代表 李某).
_PAIRS_BARE_LAST_ALONE = re.compile(
    rf"(?:[{_CJK}·]{{2,4}}?(?:{vocab.alternation('roles')})[、，]?)*(?P<last>[{_CJK}·]{{2,4}})"
)
_COLON_IN_PLACE = "，；"
"""What a salutation may write for its colon after a person's role word: a typist's
comma, the semicolon a scan's OCR reads ： as (王某代表，您提出的…, 王某代表； 您提出的…)."""
_LONE_HANZI = re.compile(f"[{_CJK}]")
_SPACED_NAME_LONGEST = 3
"""The most characters of a name a typist spaces out (:meth:`_Reader._spaced_name`)."""
"""One character of a name a typist spaced out (:meth:`_Reader._padded_middle`)."""
_PERSON_ROLES = frozenset(vocab.words("roles"))
"""The role words such a mark may follow: a person's (代表, 委员…), never a body's ending
(甲委， in a 抄送 list wrapped over lines)."""
_ROLE_ENDINGS = vocab.words("roles")
"""The same role words, for ``str.endswith``: a bare name ends in none of them."""
_SPOKEN_TO = frozenset("你您贵")
"""What the opening after such a mark opens with: it speaks to the addressee (您, 你们, 贵委)."""
_OPENING_WORDS = re.compile("现将|关于[你您贵]|首先|(?:非常|衷心)?感谢[你您]")
"""Words an opening after such a mark opens with that speak to the addressee a few words
on (现将您提出的…, 关于你们提出的…, 首先感谢您…, 感谢您对…的关心)."""
_ROLE_FIRST_WORDS = ("代表", "委员")
_ROLE_WORDS = (*_ROLE_FIRST_WORDS, *_ROLE_ENDINGS)
"""Every role word, which no body's name alone holds (:meth:`_Reader._body_after_title`)."""
_TITLES = ("人大", "政协")
"""What a deputy's or member's title holds before its 代表 or 委员 (人大代表, 政协委员)."""
_PERSON_AFTER = rf"[{_CJK}·]{{2,4}}"
_NAMES_AFTER_ROLE = re.compile(
    rf"{_PERSON_AFTER}(?:[、，]{_PERSON_AFTER})*?"
    r"(?:等(?:[0-9一二三四五六七八九十两]+[位名])?(?:代表|委员)?)?"
    rf"(?:，(?:{vocab.alternation('role_acts')})(?:代表|委员){_PERSON_AFTER}"
    rf"(?:[、，]{_PERSON_AFTER})*?)*："
)
_ROLE_FIRST_REACH = 60
"""How far after the role word the colon of such a salutation may stand."""
_ACT = re.compile(vocab.alternation("role_acts"))
_SURNAMES = vocab.word_set("surnames")


# The labels whose value a copy flattened with nothing between its lines glues to the
# salutation's names under it: a signer's (签发人：王某某李某代表：, a person's name), a
# page's cell that names who posted it (文章来源：某局王某代表：, an authority's name) and a
# form's row that names the unit handling the item (承办单位：某局 王某代表：, 主办单位：,
# 协办部门：: the handler, no one the letter answers; decided, left68).
_PERSON_VALUE_LABELS = frozenset(e.spelling for e in _LABELS if e.field == "leader")
_AUTHORITY_VALUE_LABELS = frozenset(
    e.spelling
    for e in _LABELS
    if (e.field == "page" and e.spelling.endswith(("来源", "机构", "单位")))
    or (e.field in ("form", "contact_org") and e.spelling.endswith(("单位", "部门")))
)
_DUI_TITLE = r"对(?=[^:：,，。;；!?！？\s]{2,100}?(?:答复|复函|的函|回复))"
"""A reply's title opening with 对, its ending further on with no label's colon nor stop
before it (``对王某代表提出的…的答复``): what a page cell's value may be glued to."""
_CELL_AUTHORITY = re.compile(
    rf"{AUTHORITY_NAME}(?=(?:{SITE_COLUMN}(?:{AUTHORITY_NAME})?)?"
    rf"(?:关于|{_DUI_TITLE}))"
)
"""A body's name a page's cell gives, up to the 关于 of a title glued after it, or its 对
with a reply's ending further on (``来源：某局对王某代表提出的…的答复``), or a site's column
glued before either, the title's authority after it or not (``来源：某局建议提案办理关于…``,
:data:`~replyparse.chrome.SITE_COLUMN`; page76)."""
_POST_BEFORE = re.compile(
    rf"副?(?:{vocab.longest_first(w for w in vocab.words('posts') if w not in COURTESY_POSTS)})$"
)
"""A post ending a text (主任, 副局长, 党委书记; not the courtesies a name is followed by)."""
_POST_LONGEST = 6
_HANDLER_LABEL_ENDS = re.compile(
    f"(?:{vocab.longest_first(w for w in _AUTHORITY_VALUE_LABELS if w.endswith(('单位', '部门')))})"
    "$"
)
"""Such a label of a unit ending a text, its colon lost (…的答复承办单位: left69)."""


class _LabelsBefore(NamedTuple):
    """Labels with their colon, searched ending where a value starts, and how far back
    their longest reaches (its characters and its colon: the search looks back no further,
    and no less far, than a label it holds runs)."""

    pattern: re.Pattern[str]
    reach: int


def _labels_before(words: frozenset[str]) -> _LabelsBefore:
    return _LabelsBefore(
        re.compile(rf"(?:{vocab.longest_first(words)})：$"), max(map(len, words)) + 1
    )


_PAGE_PERSON_LABELS = frozenset({"作者", "编辑", "责任编辑", "发布者"})
"""A page's labels of the person who wrote or posted the article (``作者：李某``), whose
value a copy may glue before the salutation's names as a signer's (left70)."""
_VALUE_LABEL_BEFORE = _labels_before(
    _PERSON_VALUE_LABELS | _PAGE_PERSON_LABELS | _AUTHORITY_VALUE_LABELS
)
_PUBLISHER_VALUE_LONGEST = 32
"""How far before the names a publisher's cell's colon may stand (its value, a body's name)."""
# (and a page's label of who wrote or posted the article, whose value may be a body too:
# 作者：某县某局  王某代表：, left71)
_PUBLISHER_LABEL_BEFORE = _labels_before(_AUTHORITY_VALUE_LABELS | _PAGE_PERSON_LABELS)
_PUBLISHER_CELL_BEFORE = _labels_before(
    frozenset(
        e.spelling
        for e in _LABELS
        if e.field == "page" and e.spelling.endswith(("来源", "机构", "单位"))
    )
)
"""A page's publisher cell's label (发布单位：, 来源：, 发布机构：) right before its value: no
form's row of the unit handling the item (承办单位：, 主办单位：, 责任部门：), whose value
before a 发文字号 stays a row of the letter's (mend72b)."""
_LINK_BEFORE_DATE = re.compile(
    r"(?:上一篇|下一篇|上一条|下一条|上篇|下篇)[:：][^。！？!?\n]{0,60}$"
)
"""A link to the page's previous or next article right before a date, its title between
(``上一篇：某局关于…的答复 2099年5月2日``): the date the linked article's (tail76)."""
_LINK_REACH = 64
_BODY_VALUE = re.compile(rf" ?[{_CJK}（）()]{{2,30}} ?")
"""A cell's value naming a body (来源：某局), a blank on either side or none."""
_ASKED_TITLE_REACH = 100
"""How far after colonless names their asking is read for a title's ending (mend75c)."""
_SENTENCE_MARK = re.compile(r"[，,。；;！？!?]")
"""A mark inside or at the end of a sentence: the asking's first clause ends there."""
_REPLY_END_THEN_NAMES = re.compile(r"(?:答复|复函|回复)函?(?!如下)[^：:]{2,30}[：:]")
"""A reply's title's ending, names and their colon glued after it (``…的答复王某代表：``)."""
_SITE_ITSELF = re.compile(r"(?:本网站|本站|本网)(?:原创)?")
"""The site's word for itself as a publisher's value (``来源：本站``, ``来源：本站原创``: the
article the site's own)."""
_COLONLESS_PUBLISHER = re.compile(
    "(?:"
    + vocab.longest_first(
        e.spelling
        for e in _LABELS
        if e.field == "page" and e.spelling.endswith(("来源", "机构", "单位"))
    )
    + ")"
)
"""A page's publisher cell's label whose colon the table never wrote (``发布机构 某局``)."""
_CELL_TITLE_AT = re.compile(
    rf"(?:{SITE_COLUMN})?(?:{AUTHORITY_NAME})?"
    rf"(?:关于|{_DUI_TITLE})"
)
"""A title opening with 关于 or a reply's 对, its authority before it or not, a site's column
before that or not, glued after a page cell's value (:data:`_SITE_ITSELF`, a date's)."""
_VALUE_WORDS = re.compile(rf"[{_CJK}（）]+")
"""A label's value glued before names: words alone, no separator of a list of names."""
_FIRST_NAME = re.compile(rf"(?:[{_CJK}]+(?:·[{_CJK}]+)+|[{_CJK}]{{2,}})(?=[、，,]|$)")
"""The first of a salutation's names, to a separator or the names' end (asked with an end):
also one whose parts a middle dot parts (阿某·某某某)."""
_BARE_LABEL_FIRST = frozenset(word[0] for word in _AUTHORITY_VALUE_LABELS)
_PUBLISHER_LABEL_LAST = frozenset(word[-1] for word in _AUTHORITY_VALUE_LABELS)
"""What a label of :func:`_bare_label_value_end` opens with (the gate before its words)."""
_BARE_VIEWS = re.compile(rf"[【\[（(]?{VIEWS_LABEL}[：:] ?\d")
"""A page's count of its views by a bare word, its figures after the colon (``阅读：88``,
``【浏览：12】``): the page's cell, as ``浏览次数：`` is."""
_CELL_DATE = r"(?:19|20)\d\d(?:(?P<sep>[-/.])\d{1,2}(?P=sep)\d{1,2}(?!\d)|年\d{1,2}月\d{1,2}日)"
"""A whole date as a page writes a cell's, in figures parted by ``-``, ``/`` or ``.`` or with
年月日 (``2099-07-02``, ``2099年7月2日``)."""
_DATE_VALUE = re.compile(
    rf"{_CELL_DATE}(?:[ \u3000]?\d{{1,2}}[:：]\d{{2}}(?:[:：]\d{{2}})?(?!\d))?"
)
"""A label's value that is a whole date, in figures or with 年月日, its clock after it or not
(``2099-07-02``, ``2099-07-02 10:30``, ``2099年7月2日``)."""
_BARE_DATED_CELL = re.compile(rf"(?:时间|日期)：{_CELL_DATE}")
"""A page's date under a bare word, its colon and the date after it (``时间：2024-05-08``,
``日期：2024年5月8日``): the page's cell, which the word alone is not."""
_AUTHORITY_VALUE = re.compile(AUTHORITY_NAME)
"""An authority's name: to its first ending (asked with match), or whole (with fullmatch)."""
_AUTHORITY_ENDING = re.compile(f"(?:{ORG_SUFFIX})")
"""An authority's name's ending, each one a name may end at (:func:`_value_end`)."""


_NAME_MASKS = "某" + TYPED_MASKS
"""What a copy writes for a masked character of a given name (王某, 李某某, 姜xx)."""


_COMPOUND_SURNAMES = frozenset(s for s in _SURNAMES if len(s) == 2)


def _surname_and_given(norm: str, p: int, role: int, single: bool) -> bool:
    """Whether ``norm[p:role]`` may be one name: a compound surname and a given name after
    it (司马某, 欧阳小明), or, where ``single``, one surname's character and a given name."""
    if norm[p : p + 2] in _COMPOUND_SURNAMES and p + 2 < role:
        return _given_name(norm[p + 2 : role])
    return single and norm[p] in _SURNAMES and _given_name(norm[p + 1 : role])


def _given_name(given: str) -> bool:
    """Whether ``given``, the characters after a surname, may be a given name: masked whole
    or not at all (王某, 王小明; no 路王某, whose 王某 is a masked name of its own)."""
    masked = [c in _NAME_MASKS for c in given]
    return all(masked) or not any(masked)


def _label_value_end(norm: str, run: int, role: int) -> int | None:
    """Where the value of the label right before ``run`` ends, glued before the names of a
    salutation that end at ``role`` (``签发人：张某某李某某代表：``, ``文章来源：某市某局王某
    代表：``): an authority's name to its ending; a signer's name of half the run glued
    before the first separator, six characters or four (two names of three, or of two:
    a run of five, 龙某冯某某 or 龙某某冯某, tells neither apart, and the addressees read
    it by its words); the names after it two characters at least, opening with a surname.
    None when no such label stands there, or no such value leaves names after it."""
    before = _VALUE_LABEL_BEFORE
    label = before.pattern.search(norm, max(0, run - before.reach), run)
    if label is None:
        return None
    return _value_end(norm, run, role, label.group()[:-1])


def _label_before(norm: str, run: int) -> bool:
    """Whether a page's label of a person or a body, with its colon, ends right at ``run``
    (签发人：, 来源：)."""
    before = _VALUE_LABEL_BEFORE
    return before.pattern.search(norm, max(0, run - before.reach), run) is not None


def _bare_label_value_end(norm: str, run: int, role: int) -> int | None:
    """Where the value of a page's label of the publishing body ends when the label opens
    the run of names itself, its colon lost (``来源某市某局王某委员：``, ``信息来源某局
    王某代表：``, a page flattened with nothing between its lines): the authority's name to
    its ending, the names after it as :func:`_label_value_end` asks. None when no such
    label opens the run."""
    for word in _AUTHORITY_VALUE_LABELS:
        if norm.startswith(word, run):
            return _value_end(norm, run + len(word), role, word)
    return None


def _value_end(norm: str, run: int, role: int, word: str) -> int | None:
    """Where the value of the label ``word`` that starts at ``run`` ends before the names
    (:func:`_label_value_end`)."""
    ends: tuple[int, ...] = ()
    body = word in _AUTHORITY_VALUE_LABELS
    if body or word in _PAGE_PERSON_LABELS:
        # (each ending of the name, longest first: a body named under its parent's name,
        # 某市某局某分局王某代表：, ends at its own ending, where the names open, not at its
        # parent's, whose next words may open with a surname's character; fix132; a page's
        # writer may be a body too, 作者：某局王某代表：, left71)
        ends = tuple(
            m.end()
            for m in _AUTHORITY_ENDING.finditer(norm, run + 2, role)
            if _AUTHORITY_VALUE.fullmatch(norm, run, m.end()) is not None
        )[::-1]
        if not ends and body and (own := _SITE_ITSELF.match(norm, run, role)) is not None:
            ends = (own.end(),)  # (the site's word for itself, 来源：本站王某代表：; left70)
    if not ends and not body:
        glued = _FIRST_NAME.match(norm, run, role)
        size = len(glued.group()) if glued is not None else 0
        ends = (run + size // 2,) if size in (4, 6) else ()
    for end in ends:
        # (the first name after it whole, two characters at least before a separator:
        # 签发人：张某某、李某代表： is a list of names, no value glued; after an authority's
        # name, also a surname alone before the role, 来源某市人民政府张委员：, as a letter
        # greets a member by the surname: flat61a)
        first = _FIRST_NAME.match(norm, end, role)
        if (
            (first is not None and opens_with_surname(first.group()))
            or (body and role == end + 1 and norm[end] in _SURNAMES)
        ) and _VALUE_WORDS.fullmatch(norm, run, end) is not None:
            return end
    return None


# A full date ending where it is searched up to (a label glued after it).
_DATE_ENDING = re.compile(f"{DATE}$")
# The word for the writer's unit, naming none, as it opens a contact's label (单位联系电话：,
# 部门联系人：): the label's own, when nothing but another element's end stands before it.
_BARE_UNITS = ("单位", "部门")
# Names that are no names: the opening sentence, a title, a label.
_NOT_NAMES = re.compile(rf"关于|收悉|如下|现将|现就|答复|会议|届|我局|我们|请|领衔|{NAME_WORD}")
# The opening that follows a salutation: it speaks to the addressee or names the proposal.
# An item's kind in a run before a salutation's role: words of a title, no names.
_ITEM_WORDS = re.compile(r"建议|提案|议案")
_OPENING = re.compile(r"^(?:您|你|贵)|提出|提交|所提|收悉|建议|提案|议案|意见|您好|你好|感谢[你您]")
_PRONOUN = re.compile(r"(?:你们|您们|你|您)(?!好)")
# A body's name written twice in a row after a title (:meth:`_Reader._repeated_body`):
# its ending, its characters, the verb after the second copy.
_BODY_END = re.compile(rf"(?:{vocab.alternation('org_suffixes')})$")
_BODY_NAME = re.compile(rf"[{_CJK}（）()]+")
_BODY_VERB = re.compile(r"向|在|提出|提交|所提|于")
_BODY_SHORTEST, _BODY_LONGEST = 4, 20
_TITLE_END_AT = re.compile(rf"(?:{_TITLE_END.pattern})$")
_FONT_TOOL_BEFORE = re.compile(
    r"(?:字体|字号)(?:大小)?[：:]?[\[【](?:[大中小\s]|[?？\ufffd]){1,12}[\]】]$"
)
"""A page's font tool, its sizes in their bracket (or the marks a copy left for them), ending
where a salutation's names start (:meth:`_Reader._title_ends_at`)."""
_FONT_TOOL_LONGEST = 20
_TITLE_END_IN_HEAD = re.compile(r"(?:的答复|答复函|答复书|复函)(?![\u4e00-\u9fff]{0,2}[：:])")
"""A title's ending before a name set apart from the opening (:meth:`_Reader.name_after_title`);
not a label's word (答复函：)."""
_TITLE_END_BEFORE_BODY = re.compile(r"的答复|答复函|答复书|复函|的回复|的办理意见")
"""A title's ending before a body's name and its colon (:meth:`_Reader._body_after_title`)."""
# A salutation that is a name alone (张某某：) and the opening that follows it, which speaks
# to the person and says what was asked (你提出的…, 您所提…, 你们领衔的…, 您在…会议上;
# data/asking_verbs.txt): no other colon in a head is followed so (:meth:`_Reader._bare_name`).
_BARE_NAME = re.compile(rf"[{_CJK}{_MASK}·]{{2,4}}")
_BARE_NAME_OPENING = re.compile(SPOKEN_ASKING)
# How far after a name alone and its colon, right after a title's ending, the opening's
# words are looked for (感谢你…, 你提出的…; flathead64).
_BARE_OPENING_REACH = 12
# The opening's verb right after a colonless salutation (…委员们提出的…, …代表在…会议上).
_ASKED = re.compile(r"提出|所提|提交|领衔|在")
# What the pronoun and the verb open with: neither is asked after another character.
_PRONOUN_FIRST = frozenset("你您")
# A greeting after a salutation's role word, its mark standing for the colon (王某委员您好：,
# 王某委员您好！): the salutation's, as the layout reads it (layout.GREETING_END).
_GREETING = re.compile(r"(?:您们好|你们好|您好|你好)[：！!，,]")
_ASKED_FIRST = frozenset("提所领在")
# An opening that thanks the person it speaks to (感谢你, 感谢您; flathead64).
_THANKS_SPOKEN = re.compile("感谢[你您]")
# An opening that starts with the proposal's title in 《》 and says it was received
# (《关于…的建议》收悉, 《…》的提案已收悉, 《…》（第9号）收悉).
_QUOTED_RECEIVED = re.compile(
    r"《[^《》\n]{2,80}》(?:（[^（）\n]{1,12}）)?的?(?:提案|建议|议案)?已?收悉"
)
# The opening's first words (found by _first_opening, the tests by this pattern). An
# article's lead over the letter it gives whole (…发布对某建议的答复。全文如下：) is no
# opening: its 如下： after 全文 or 原文 does not count.
_LEAD_WORDS = REPOST_LEAD_WORDS
"""What stands right before the 如下： of an article's lead (:data:`_FIRST_OPENING`)."""
_FIRST_OPENING = re.compile("收悉|" + "".join(f"(?<!{w})" for w in _LEAD_WORDS) + "如下：")
MAX_HEAD = 4000
"""Where a letter without 收悉 stops being searched for its salutation."""
MAX_NAMES = 100
"""How far back from its role word a salutation's names may reach (a long list of names)."""

# -- body and closing ------------------------------------------------------------------------

_SENTENCE_END = "。！？；!?"
# A phone glued to the postcode on the line under it in a copy that lost its line breaks
# (联系电话：0000-5550123650000, 13900000000650000): a landline with its area code and dash,
# or a mobile, then six figures, no more, that no phone's digits run on with (a landline's
# local number has seven or eight, so the figures left over are the postcode's; fix144).
_POSTCODE_AFTER_PHONE = re.compile(
    rf"(?<![0-9])(?:{WHOLE_LANDLINE}|{MOBILE})"
    r"(?=[0-8][0-9]{5}(?![0-9]))"  # (a northern postcode opens with 0: 050000; review71b)
)
# Where a paragraph may end (an inline list goes on after ；: …有：一、甲；二、乙。).
_PARAGRAPH_END = "。！？!?"
_PARAGRAPH_END_CHAR = re.compile(f"[{re.escape(_PARAGRAPH_END)}]")
"""Any of ``_PARAGRAPH_END``, searched for."""
# Kept characters that stand where a line break was: the view's one kept space (between
# two ASCII digits or letters) and a bar of a copy that joined table cells or paragraphs
# (|, ｜, │: textview.CELL_BARS).
_SEPARATORS = " " + CELL_BARS
# A dash a page put between a 发文字号 and the title it heads (某发〔2017〕46号-关于…).
_JOINER = re.compile(rf"[-－—–]{{1,2}}(?=[ ]?[{_CJK}“《])")
_BAR = re.compile(rf"(?<![0-9A-Za-z])[{CELL_BARS}]+|[{CELL_BARS}]+(?![0-9A-Za-z])")
_BAR_HEAD = re.compile(rf"[{CELL_BARS}][ {CELL_BARS}]*")
_BAR_TAIL = re.compile(rf"(?=[ {CELL_BARS}])(?<![0-9A-Za-z])[ ]*[{CELL_BARS}][ {CELL_BARS}]*$")
_CLOSERS = "”’」』）)】〕"
# How the opening ends (现答复如下：, 现函复如下：, 具体情况如下：; or the kind of reply and
# what it is for between 如下 and the colon, as a reply to another office writes it:
# 提出如下协办意见，供你单位答复代表时参考：); before the first section marker its colon may
# be lost (…现答复如下一、…).
_OPENING_END = re.compile(rf"如下(?:[{_CJK}]{{0,8}}意见(?:，[{_CJK}]{{2,20}})?)?：")
# Where a section marker that makes a line flattened may stand: after a sentence end or
# 如下 (a prefilter; the marker itself is checked by sections.marker_at). Written to open
# with a class (a sentence end or 如), which a search skips to at once, and to ask behind
# it which one it was: (?:[。！？；!?：][”’」』）)]*|如下)[…], twice as fast on a paragraph.
_MARKER_AFTER_SENTENCE = re.compile(
    r"[。！？；!?：如](?:(?<=如)下|(?<!如)[”’」』）)]*)[一二三四五六七八九十第（0-9\u2460-\u249b]"
)
_BEFORE_SECTIONS = re.compile(r"如下：?")
# A page's tabs glued after a listing's last row, each a bullet and its name (•答复内容•建议
# 内容), up to the salutation.
_TAB = re.compile(rf"[•·●▪◆■][{_CJK}]{{2,8}}")
_GLUED_TABS = re.compile(rf"(?:{_TAB.pattern})+$")
# A list's second point numbered, its heading a few words and a colon (二、储蓄方面：), and
# one written with no numeral (就医方面：): a first point ends alike (its last characters,
# :data:`~replyparse.fields.sections.POINT_SHAPE`, as the sections read them).
_NUMBERED_SECOND_POINT = re.compile(rf"二、(?P<words>[{_CJK}]{{2,12}})：")
_UNNUMBERED_POINT = re.compile(rf"(?P<words>[{_CJK}]{{2,12}})：")
# The paragraph a reply's plans open with, after what was done (…已完成。下一步，我局将…):
# in a flattened body a joint after the sentence end before it.
_NEXT_STEP = re.compile(r"下一步(?=[，我将])")
# The closing's note of who approved the reply (此答复函已经某某主任审签。, 本答复已经某某审定，
# 并经…签发): a paragraph of its own, so in a flattened body a joint before it, after a
# sentence's end or after the last paragraph's words that lost their full stop (…纳入补助
# 范围此答复函已经…审签。: the paragraph, and an inline point's heading that runs to its end,
# end there; fix133).
_APPROVAL_NOTE = re.compile(
    rf"[此本](?:答复函|答复件|答复|复函|回复件|回复)(?:已经|已|经)[{_CJK}，,]{{1,40}}?"
    r"(?:审签|审定|审核|签发)"
)

# What ends the short heading after a marker: a sentence end, a colon, a comma.
_HEADING_BREAK = re.compile(f"[{_SENTENCE_END}：，]")
_PARAGRAPH_OPENER = re.compile(vocab.alternation("paragraph_openers"))
# A body that acts, named right before such a word (交管部门根据…, 县交警大队按照…, 县公安局
# 针对…): the subject of the paragraph's first sentence, which opens at the marker, not a
# heading of its own (a heading names a topic or an action, never the actor alone). A word
# ending in 局 that names no body (布局, 格局, 大局, 全局…) is none; 当局 (the authorities)
# names one, and is an actor.
_ACTOR_BEFORE = re.compile(r"(?:部门|单位|[大支中]队|政府|(?<![布格结大全开时变僵残])局)$")
# The kind of topic a heading ends with (基本情况, 存在的困难, …的问题).
_HEADING_TOPIC = re.compile(vocab.alternation("heading_topics"))
# Words that end a heading only where its paragraph plainly opens right after them
# (二、下一步安排为满足…，…; 三、取得成果该项目…): as often the middle of a sentence's own
# words (我局已安排资金…, 巩固脱贫攻坚成果同乡村振兴…), so what follows must be a subject,
# a number (_SUBJECT) or an aim the paragraph opens with (_AIM_OPENING), never an object.
_WEAK_HEADING_TOPIC = re.compile(r"安排|成果")
_REPLY_TOPIC = ("答复", "回复", "回应")
"""The topic words that end a heading only as a noun, after 的 (…对提案建议的答复, …建议的
回复, …问题的回应): written after an adverb they are the verb, its object after it
(及时答复代表…, 积极回应群众…)."""
_POINT_BY_POINT = ("逐条", "逐项", "分条", "分项")
"""How the reply takes the item's points, between a heading's 的 and its reply topic
(…建议内容的逐条答复): the noun still, as right after the 的 (dev131/003)."""
_POINT_QUOTED = re.compile(r"关于(?:[“\"]|[您你]|建议|提案|议案)")
"""A paragraph that opens by naming the member's point it answers in quotes (关于“…”的
建议，我们的办理意见如下：), right after a heading's topic word: the heading ends there; so
does one that names it unquoted, by the item's own word or the member who asked (关于建议
增设某某站点，我局研究后认为：, 关于您提出的…: fix168)."""
# An aim opening a paragraph: 为 (为了) and a verb of what was sought (为满足群众需求，…,
# 为了解决某事，…): 为 before a noun (安排为专项资金) is the sentence's own verb.
_AIM_OPENING = re.compile(
    r"为了?(?:满足|解决|改善|提升|提高|加快|推进|确保|进一步|切实|保障|落实|促进|加强|做好|有效)"
)
# Such an aim as a whole clause, up to its comma (为确保站点科学规划、合理设置，…): after a
# heading glued to it, the paragraph opens there, the aim no word of the heading's.
_AIM_CLAUSE = re.compile(rf"(?:{_AIM_OPENING.pattern})[^，。；：！？]{{1,30}}，")
# What a 为 right after it is the object's verb with (改为, 列为, 作为): no aim opens there.
_VERB_BEFORE_WEI = frozenset("作改成认列定视称划变转")
# What opens a paragraph's first sentence right after a heading's topic word: a subject
# (该桥, 此项, 我局, 全县), a number or a date (2022年1—6月, 42个).
_SUBJECT = re.compile(rf"[该此这我\d]|全[国{LEVEL_CHARS}]|各[级地]")
_ASKED_BY_YOU = re.compile(r"[您你]们?(?:在?的?(?:提案|建议|议案)中)?所?(?:提出|提到|提|反映)的")
"""A heading's opening that names what the member asked, the member its attribute, no
subject (``你提案中提出的…问题``, ``您提出的…``, ``你们反映的…``; ``你在提案中提出的…``,
``您建议中提到的…``: variants65)."""
_DEMAND_CLOSER = re.compile(r"一事|事项|方面")
"""The noun that closes a phrase of 关于 after the demand it quotes (关于“…”一事, 关于“…”方面):
the heading's, which goes on to it (review65a)."""
_TIME_LEAD = re.compile(r"现阶段|现在|目前|当前|近年来?|今年|去年|近期|近来")
"""A time word that opens a paragraph's first clause (现阶段某某资金…, 目前全县…)."""
# A date a copy damaged, its 年 and 月 lost (20216 for 2021年6月, 2021830): a year, a month
# and maybe a day in figures, no unit or figure after them (20000亩, 2021年 are none).
_OPENING_DATE_LOST = re.compile(
    r"(?:19|20)\d{2}(?:1[0-2]|0?[1-9])(?:[12]\d|3[01]|0?[1-9])?"
    r"(?![\d年月日号.．%％万亿元个人名家户件项次所座公里米吨台辆套间平方亩])"
)
# The answering body opening a report of what it did or will do (我省已于…, 我局将…,
# 我委高度重视…, 我市积极…): a sentence's subject and its verb's first word, which no heading
# runs on with; after a heading glued to it, the paragraph starts there
# (:meth:`_Reader._heading_glued`). The verb is asked too: a heading may name the unit
# inside it (加快推进我市某工作).
_REPORT_SUBJECT = re.compile(
    r"我(?:[省市县区局委厅办院镇乡]|们)"
    r"(?:已|于|将|高度|积极|始终|一直|持续|按照|根据|通过|认真|坚持|多次|今年|近年|先后|及时|主动"
    r"|严格|大力|切实)"  # (…用地标准我省严格执行《…》: the manner of its doing, glued71)
)
# A verb or preposition whose object the body after it is (支持我市大力发展…, 推动我省切实减轻…,
# 督促我们切实做好…, 对我县积极…): the heading's own words, no paragraph's subject
# (review71b: glued71's manner words 严格, 大力, 切实 cut headings there).
_URGES_BEFORE = re.compile(
    r"(?:支持|推动|推进|促进|保障|督促|建议|要求|帮助|鼓励|引导|指导|协助|助力|希望|请求|为|对|向|给|让|使|请)$"
)
# The places or bodies a paragraph opens with as its subject, each of them (各地在编制规划时，…,
# 各县要…, 各乡镇已…): the scope, then where or how each acts (a frame's 在, a modal, a report's
# word). After a heading glued to its paragraph the paragraph starts there (一、加强规划衔接
# 各地在…: fix158), as at 我局已…; never after a verb that takes them as its object
# (要求各地在…, 组织各县积极…: _URGES_BEFORE and _SCOPE_TAKEN), where they are the heading's.
_SCOPE_SUBJECT = re.compile(
    r"各(?:地|县|区|市|乡镇|镇|乡|街道|级(?:政府|部门)?|部门|单位)(?:要|应|须|必须|均|已|将|在|"
    r"积极|结合|按照|根据|严格|认真|切实|要在|应在|应当)"
    # not a noun that opens with the same characters (调动各地积极性, 覆盖各镇均衡发展, 各地要素
    # 保障, 各地应急能力, 各县在建项目): the places are then the heading's words (mend73)
    r"(?<!积极(?=性))(?<!均(?=衡|等|匀))(?<!要(?=素))(?<!应(?=急|用|对))(?<!在(?=建|岗|校|库))"
)
_SCOPE_TAKEN = re.compile(r"(?:组织|动员|号召|统筹|通知|督导|责成|安排|调度|压实|明确|落实)$")
# A body named by its place and kind reporting what it did (市政协高度重视…, 县交通运输局积极…):
# the subject and the first word of a report's verb, or the phrase that says what it acted
# on (县农业局结合…, 市某局按照…), which no heading runs on with. The name
# holds no second place character (…全县管护责任县林业局…: the name is 县林业局) nor a person
# (…落户某市我委高度重视…: 我委 reports, _REPORT_SUBJECT). After a heading
# glued to its paragraph, the paragraph starts there, also after a heading written as two
# clauses and a comma (一、分管领导挂点督办，压实部门管护责任县林业局积极…). A place
# character may stand inside the name only as the first of a word that names no place
# (县市场监督管理局, 县住房和城乡建设局, 县城市管理局, 市政, 乡村振兴局: _PLACE_WORD), so the
# name opens at the body's own place character (县), not at the last one the name holds
# (…巡查县|市场监督管理局 would leave 县 on the heading).
_PLACE_WORD = r"城乡|城市|市场|市政|乡村|县域|区域"
_NAMED_REPORTER = re.compile(
    rf"[{LEVEL_CHARS}](?:{_PLACE_WORD}|[^{LEVEL_CHARS}我您你\W\d]){{0,8}}?(?:{ORG_SUFFIX})"
    r"(?:高度重视|积极|始终|一直|持续|认真|坚持|先后|及时|主动|结合|按照|根据|针对)"
)
# The words before such a body that make the item one sentence, not a heading and its
# paragraph: the body's place bound to a word before it (全县, 本市, 该区, 各县: the scope of
# the subject, 近年来全市交通部门积极…), or a clause that is the sentence's own adverbial,
# opening with a paragraph's opening word or a time (近年来, 经调查核实, 今年以来, 经过协调,
# 通过…) or ending as a time or a condition does (…以来, …支持下, …完成后). A heading names a
# topic or an action (压实部门管护责任, 分管领导挂点督办).
_PLACE_BOUND = frozenset("全本该各我其")
# A rule of a document cited to open a paragraph (《某条例》第九条规定：, 《某规定》明确：):
# the document, its article or clause, the verb of saying and a colon.
_CITED_RULE = re.compile(
    r"《[^《》]{1,40}》(?:第[^，。：《》]{1,12}条)?(?:第[^，。：《》]{1,6}款)?"
    r"(?:中)?(?:规定|明确|指出|要求)："
)
# The words before a document that take it as their object (落实《…》, 按照《…》, 对《…》):
# the heading's own clause goes on with the document.
_CITING_VERB_END = re.compile(
    r"(?:贯彻|落实|执行|对照|遵循|学习|宣传|宣贯|解读|修订|修改|制定|出台|印发|实施|颁布|发布|"
    r"废止|完善|[是为在对与和及的将把按依照据于])$"
)
_SHORTEST_CITING = 3
"""The fewest characters of an authority named before the document it cites (国务院, 民政部)."""
_POINT_HEADING_LONGEST = 16
"""The most characters of a point's own heading after its 一是, a full stop after it
(一是健全机制方面。)."""
# What 一 is the last character of a word with (统一, 之一, 唯一, 同一, 万一, 单一, 逐一, 专一,
# 第一, 划一): 一是 after it is no run of points opening.
_ONE_IN_WORD = frozenset("统之唯同万单逐专第划")
# Words ending in 划 a heading ends with (工作计划, 发展规划): their 划 makes no 划一 with the
# 一是 glued after them, which opens the run of points (下一步工作计划一是…).
_PLAN_WORDS = ("计划", "规划")
_CN_DIGITS = "〇一二三四五六七八九"
"""A Chinese numeral's digits, by value (:meth:`_Reader._run_afresh_opens`)."""
_AFRESH_REACH = 400
"""How far after a run numbered afresh its ``二、`` may stand."""
# A word no heading ends with, a conjunction, 的 or the copula 是 that binds it to the words
# after: a paragraph's opening word right after it goes on the heading's own clause (关于统计
# 某面积，并根据意愿统计…: 根据 there opens no paragraph; 对某机构的监管是依据《…》: the
# sentence says what the oversight rests on).
_BINDS_ON = frozenset("并及和与或且而的是")
_TIME_PREPOSITIONS = frozenset("至到于")
"""What a date after it is the object of (自通告之日至2099年3月31日，…, 截至…, 于…): the
sentence's own words, no paragraph the date opens (decided, fix122). Not 在, 自 or 从, which
may open the paragraph's time before its date (在2099年，…)."""
_UNDER_GUIDANCE = re.compile(
    r"在[^，,。；：]{2,20}?的(?:统筹|统一|大力|有力|精心|正确|坚强|亲切)?"
    r"(?:部署|领导|指导|支持|关心|帮助|推动|关怀|协调|安排)下[，,]"
)
"""A paragraph's opening frame, whose guidance the work was done under (``在某指挥部的统筹
部署下，``, ``在市委市政府的坚强领导下，``): a clause's adverbial, which no heading runs on
into after its words (dev119/005)."""
_CITED_FRAME = re.compile(
    r"在《[^《》，,。；：\n]{1,40}》[^，,。；：《》\n]{0,12}?(?:中|里|内)[，,]"
)
"""A paragraph's opening frame that places what follows in a document it cites (``在《某实施
意见》任务分工中，``): a clause's adverbial, which no heading runs on into after its words
(dev128/006: ``二、做好某某工作衔接在《…》任务分工中，明确了…``)."""
_FRAME_SUBJECT = re.compile(
    rf"[我该此这各]|全[国{LEVEL_CHARS}]|[{LEVEL_CHARS}][^，,。；：、\d]{{0,10}}?(?:{ORG_SUFFIX})"
)
"""The subject of the clause after such a frame's comma where the frame opens the paragraph
(…部署下，我局…, …领导下，县住建局…): after an item's subject the frame is followed by
its predicate (全县某某工作在…的领导下，取得…: one sentence, review65a)."""
_HOLDS_ON = re.compile(r"(?:坚持|始终|继续|持续)$")
"""Verbs a heading's own 在… frame follows (坚持在党的领导下，…): the frame is the heading's."""
_HEADING_CLAUSES = 3
"""How many clauses a heading glued to its paragraph may be written as, commas between
(统筹项目支撑，以时不我待的紧迫感，不断加大某某力度: dev119/005); after the first comma only
a body reporting, the paragraph's opening word or its frame ends it."""
# A paragraph's first clause that opens by moving what it acts on (将某某费用纳入某范围,
# 将某项目列入计划) or by naming what its work rests on (以某中心为主，…, 以某平台为依托，…):
# after an action's heading glued to it (一、建立某某制度将…纳入…; 二、推进某某建设以…为主，…)
# the paragraph opens there. Written after an adverb (已将, 已经将, 均将) or a word that binds
# it on (并将, 和以), 将 and 以 go on the sentence's own clause; so does a 以 that ends a word
# (可以, 予以, 所以), and either after an item that opens with its own subject (全县某某工作
# 以…为主，…, 各乡镇将…: _FRAME_SUBJECT, as review65a reads the 在…下， frame's clause).
_DISPOSAL_OPENING = re.compile(r"将[^，。；：！？]{2,30}?(?:纳入|列入|列为|纳为)")
_BASIS_OPENING = re.compile(
    r"以[^，。；：！？、]{2,20}?为(?:主|依托|抓手|重点|核心|导向|载体|引领|契机)，"
)
_BEFORE_NO_FRAME = frozenset("已经正均也都还拟要会就才又再即必仍可予所加难得足借用")
_ADVERB_ON = re.compile(r"(?:尽快|尽早|及时|适时|按时|逐步|优先|一并|统一|加快|全面|进一步)$")
"""An adverb right before such a 将 or 以, which binds it to the heading's own
clause (一、关于尽快将某河治理纳入某库，…: one sentence, the item's demand; decided, fix132)."""
_PRIORITY_NOUN = re.compile(
    r"(?:坚持|实行|落实|推进|推动|实施|突出|贯彻|强化)[\u4e00-\u9fff]{1,6}(?:优先|统一)$"
)
"""A heading that holds to a principle, whose 优先 or 统一 is its noun, no adverb of the
paragraph's 将 or 以 after it (一、坚持生态优先将某河治理纳入…: the heading ends at 优先;
review69)."""
_ADVERBIAL_LEAD = re.compile(
    rf"(?:{vocab.alternation('paragraph_openers')}|今年|去年|近期|近来|当前|经过|通过|随着|自)"
)
_ADVERBIAL_END = re.compile(r"(?:以来|以后|之后|之下|期间|[下后])$")
_RESTATED_LEAST = 4
_RESTATED_OPENING = re.compile(rf"[\u4e00-\u9fff]{{{_RESTATED_LEAST}}}")
"""A glued heading's first words, four characters at least, that its paragraph opens with
again (一、燃放某物的影响燃放某物作为传统习俗，…): the paragraph starts where they do, as
after a topic word, the words written there first since the heading's start (no run of one
character, 局局局局…, restates anything; fix122). Not after a word that binds a clause on
(加快某建设和加快某建设, 并进一步加强…: the sentence's parallel clause, review66)."""
_HANDLED_BEFORE_TOPIC = ("办理", "落实", "处理", "答复", "采纳", "整改")
"""What was done with the item, written between a 关于… heading's 的 and its topic word
(关于第二条“…”建议的办理情况, …的落实情况): the heading ends there as at …的情况 (fix122)."""
# What continues a sentence after a topic word (建议中提到的, 工作已完成, 问题和困难, 工作
# 请与某村研究: a request, as 要 asks it): the word is inside a clause, not at a heading's end.
_CLAUSE_GOES_ON = re.compile(r"[的中是和及与等之上下内外时后前已将了也都要请并被把由]")
# What opens a predicate's frame right after a topic word (…问题已在某会议上…, …工作已于…,
# …情况将由…): the item is a sentence, its topic word its subject, and a topic word
# later in that clause is the predicate's own (…已在某某遗留问题推进会上: no heading ends there).
_PREDICATE_FRAME = re.compile(r"已经|(?:已|将)[在于由]")
# Words that open with one of those and still open a clause (中央财政…, 上级部门…, 由于…):
# after a topic word, the paragraph starts there.
_CLAUSE_SUBJECT = re.compile(r"中央|上级|由于")
# Of those, what opens a clause of its own after a quoted demand's heading (一、“…”的建议
# 将部分…, 由某局…): no quoted demand's ending goes on with them.
_CLAUSE_VERB = "将由把被并"
# After a 关于…问题 heading, the member's demand restated as its paragraph's first clause:
# 建议 and a clause of four characters at least (建议对某路段加装护栏…), not the words that
# go on a heading (问题建议的答复, 问题建议办理情况) nor a subject after it (建议我局…).
_DEMAND_RESTATED = re.compile(rf"建议(?![的和及与等之中是答办落提采您你我])[{_CJK}]{{4}}")
# …or the paragraph's purpose clause and then who acted (为改善某事，我局…, 为此，各…).
_PURPOSE_CLAUSE = re.compile(r"为[^，。；：！？]{1,30}，(?:我|各|全|该|此|本)")
# Who a sentence speaks of or to: a heading that restates a demand names neither.
_PERSON = re.compile(r"[您你我]")
# What a sentence that turns to the member who asked opens with (您提出…, 你们反映…).
_SPOKEN_TO_FIRST = frozenset("您你")
# A ``、`` between two numerals (八、九十年代) is no punctuation of a heading.
_NUMERAL = "〇一二三四五六七八九十两0123456789"
MIN_CLAUSE = 4
"""How many characters the first clause after a glued heading has at least (a heading
that is a sentence, 加强工作协调，…, leaves two)."""
# Characters a sentence holds and a heading does not: a person (我, 您, 你, 们), asking
# (请), an auxiliary or aspect word (将, 已, 把, 被). (Not 会 nor 了: 社会保障, 了解民情
# are headings.)
_SENTENCE_ONLY = frozenset("我您你们请将已把被")
_PARALLEL_LONGEST = 12
"""The longest heading a list's parallel headings give an item no word ended
(:meth:`_Reader._parallel_headings`)."""
# Words a heading never ends with: a verb of degree that takes its object after it (加大,
# 加强, 做好: 持续加大|投入力度), or an adverb that leads a verb (进一步, 持续, 切实). An item's
# first words that a list's length would end on one (三、持续加大投入力度，…: 持续加大) are the
# opening of a sentence, whose object follows, not a heading (基本情况, 采取措施, 立行立改).
_NEEDS_OBJECT = re.compile(
    r"(?:加大|加强|加快|扩大|做好|抓好|强化|进一步|持续|不断|积极|切实|全面)$"
)
_SHORT_SENTENCE = MIN_CLAUSE + 2
"""How long the words after a topic word up to a full stop may be and still end the heading
(…工作保障力度。: a paragraph's first sentence is longer)."""
TOPIC_REACH = 6
"""How far after a topic word another may end the same heading (工作开展情况)."""
# A date that opens a paragraph's first clause: 2020年，… 2019年起，… 2021年4月，…
_CLAUSE_DATE = re.compile(
    r"(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:[至到—-][\d年月日]{1,8})?"
    r"(?:起|以来|底|初|上半年|下半年)?，"
)
# A date (or a span of years) with the answering body right after it, no comma between
# (…改善项目2024年至2025年我局累计投入…, 2023年我县…): the paragraph's first clause, opened
# by when and who; no heading runs on from a date into 我局.
_DATE_THEN_REPORTER = re.compile(
    r"(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:[至到—-][\d年月日]{1,8})?"
    r"(?:起|以来|底|初|上半年|下半年)?我(?:[省市县区局委厅办院镇乡]|们)"
)
# 对于 and what the paragraph speaks of (对于您提出的…, 对于在某村开展…, 对于该路段…): a
# paragraph's opening, as a heading names its topic with 关于 or 对 (加强对某事的管理).
_REGARDING = re.compile(r"对于(?=[您你在该此这我])")
_CLAUSE_END = re.compile(r"[。！？；，：]")
_JOINT_ISSUER_LONGEST = 16
"""How long an authority's name among joint issuers may be (:meth:`_Reader._joint_issuers_at`)."""
_JOINT_ISSUER_AFTER = re.compile(
    rf"[\u4e00-\u9fff]{{1,{_JOINT_ISSUER_LONGEST}}}?{ORG_SUFFIX}(?:关于|《)"
)
"""An authority's name glued to the title of a document it issued (省某厅关于…, 省某厅《…)."""
_MARKER_FIRST = re.compile(r"[一二三四五六七八九十第（0-9\u2460-\u249b]")
# The shape of every section marker sections.marker_at reads: a numbered symbol (①, ⒈,
# ⑴), or a numeral of three characters at most (第 or a bracket before it) closed by one
# of these marks; where no mark follows within four characters no marker starts.
_MARKER_SHAPE = re.compile(r"[\u2460-\u249b]|.{1,4}?[，、：.）]")
_MARKER_FIRSTS = frozenset(
    "一二三四五六七八九十第（0123456789" + "".join(map(chr, range(0x2460, 0x249C)))
)
"""The characters ``_MARKER_FIRST`` matches."""
# Where a marker may start: a marker's first character where the marker's shape matches
# (a numbered symbol, or a mark of _MARKER_SHAPE's within the four characters from it),
# read as one class and a lookaround after it (_MARKER_FIRST holds the numbered symbols):
# the same places as _MARKER_FIRST's matches at which _MARKER_SHAPE.match succeeds, found
# in one pass rather than each numeral of a paragraph's figures asked in turn.
_MARKER_CANDIDATE = re.compile(
    r"[一二三四五六七八九十第（0-9\u2460-\u249b](?:(?<=[\u2460-\u249b])|(?=.{0,3}?[，、：.）]))"
)
# What a marker numbered 1 opens with (第一、 一、 （一） 1. 01、 ⒈ ⑴ ①).
_FIRST_MARKS = "第一（01\u2488\u2474\u2460"
# What may stand right before a marker that follows a sentence (or 如下, or a kept space).
_MARKER_LEAD = _SENTENCE_END + "：下" + _SEPARATORS + _CLOSERS
_DATE = re.compile(DATE)
_AUTHORITY_CHARS = re.compile(rf"[{_CJK}（）、]")
_AUTHORITY_RUN = re.compile(rf"[{_CJK}（）、]*")
_REGIMENT_NUMERALS = "一二三四五六七八九十〇"
_AUTHORITY_RUN_BACK = re.compile(
    rf"(?:[{_CJK}（）、]|(?:(?<=团)|(?<=团[{_REGIMENT_NUMERALS}])|(?<=团[{_REGIMENT_NUMERALS}]{{2}}))〇)*"
)
""":data:`_AUTHORITY_RUN` read backwards (over the reversed text), the numerals' zero, 〇,
no CJK ideograph, taken within a regiment's number before its 团 (一〇一团, 一五〇团)."""
_UNIT_FIGURES = 4
"""How many figures a unit's number before its 团 or 师 has at most (101团, 第十师181团)."""


def _authority_run_before(norm: str, start: int, end: int) -> int:
    """How many characters of an authority's name stand right before ``end`` in
    ``norm[start:end]`` (:data:`_AUTHORITY_RUN_BACK`), a numbered unit's figures among
    them (兵团's 第十师181团, 102团某镇…: up to four, its 团 or 师 right after them), as the
    closing's authority reads them (closing._NAME_CHAR); an earlier round cut the name after
    the figures (团教育局). The run is read again past the figures only where it stops at one
    (the usual name holds none: one read)."""
    i = end - _run_before(_AUTHORITY_RUN_BACK, norm, start, end)
    while i > start and i < end and norm[i - 1].isdecimal():
        if norm[i] in "团师":
            k = i - 1
            while k > start and i - k < _UNIT_FIGURES and norm[k - 1].isdecimal():
                k -= 1
        elif (k := _service_number_start(norm, start, i)) < 0:
            break
        i = k - _run_before(_AUTHORITY_RUN_BACK, norm, start, k)
    return end - i


_SERVICE_NUMBER = re.compile(SERVICE_NUMBER)
_SERVICE_FIGURES = (3, 5)


def _service_number_start(norm: str, start: int, end: int) -> int:
    """Where a public service line's number that ends at ``end`` starts, inside an office's
    name (甲县12345热线办公室: :data:`~replyparse.closing.SERVICE_NUMBER`, read with the
    name as the closing reads it; decided, left64), or -1 where none ends there."""
    for length in _SERVICE_FIGURES:
        k = end - length
        if k > start and (m := _SERVICE_NUMBER.match(norm, k)) is not None and m.end() == end:
            return k
    return -1


_CJK_CHAR = re.compile(rf"[{_CJK}]")
_SITE_WORD_END = re.compile(rf"[\u4e00-\u9fffA-Za-z0-9_·\-]{{0,40}}?(?:{SPAM_WORD.pattern})")
"""The rest of a site's name (or a mirror's brand) after its bracketed note, to its site's
word (or the brand's gambling word: :data:`~replyparse.orgnames.SPAM_WORD`)."""
_ATTACHED_KINDS = "照片|图片|示意图|名单"
"""The pictures and lists a reply attaches (fix102): no name's words, and what an
attachment's title ends with (:data:`_NOT_AUTHORITY`, :data:`_DOCUMENT_KIND`)."""
# Words of a sentence, never of an authority's name.
_NOT_AUTHORITY = re.compile(
    # (any 表 but a deputy's 代表: an attachment's form, …沟通联系表某厅, as …明细表某局; fix121;
    # nor the 表 of 表彰 or 仪表 an authority's name holds, …达标表彰工作领导小组办公室,
    # …仪表检定所: review65b)
    r"的|您|你|感谢|支持|欢迎|宝贵|指正|我们|希望|请|情况|统计|方案|(?<![代仪])表(?!彰)|清单|此致|敬礼"
    # (an attachment's pictures or list, no name's words: …标识牌照片某局; fix102)
    rf"|{_ATTACHED_KINDS}"
    # (the closing plea's last clause, 以便改进工作, a name glued after it: review61f)
    r"|以便|以利"
    # (the verb a plea asks its act with, …请在某平台进行评价, …请予以评价: a blank after
    # it parts the sentence's last words from the signer, no stray piece of its name; fix133;
    # never the 进行 a name's verb ending in 进 runs into, 推进行政…办公室, 促进行业…中心:
    # review69)
    r"|(?<![推促改增引跟迈])进行|予以"
    rf"|{vocab.alternation('closing_formulas')}"
)
# What an attachment's title ends with: a name glued after it is a name of its own (fix102:
# also the pictures a reply attaches, …标识牌照片某县某局, …示意图某局, and a list, …名单).
_DOCUMENT_KIND = re.compile(
    rf"表|方案|清单|报告|办法|细则|计划|意见|通知|说明|材料|{_ATTACHED_KINDS}"
)
# (what each of them ends with: where none stands, none ends)
_DOCUMENT_KIND_LAST = frozenset(word[-1] for word in _DOCUMENT_KIND.pattern.split("|"))
_DOCUMENT_KIND_LONGEST = max(len(word) for word in _DOCUMENT_KIND.pattern.split("|"))
# An attachment's label right before a title in book-title marks, an item's number between
# or not (附：《, 附件：1.《, 附件2：《), and an item's number alone between two titles listed
# under one label (…》2.《, …》、《): :meth:`_Reader._attached_title_ends`.
_ATTACHED_ITEM_NUMBER = r"(?:(?:[0-9]{1,2}[.．、]|[（(][0-9]{1,2}[)）])[ ]?)?"
_ATTACHMENT_LABEL_BEFORE = re.compile(
    rf"附(?:件[0-9一二三四五六七八九十]{{0,2}})?：[ ]?{_ATTACHED_ITEM_NUMBER}$"
)
_ATTACHED_ITEM_BEFORE = re.compile(rf"》[ ]?[、，；]?[ ]?{_ATTACHED_ITEM_NUMBER}$")
_ATTACHED_TITLE_LONGEST = 80
"""How far back from its closing mark an attached title's opening mark is looked for."""
_ATTACHED_TITLES_MOST = 6
"""How many titles listed under one attachment's label are walked back over."""
MIN_AUTHORITY = 4
_MAKER_NOTE = re.compile(
    rf"(?<=[{ORG_LAST}])[印编]?制(?!委员会|度|定|订|作|造|改革|办公室|领导|机构)"
)
_MAKER_NOTE_END = re.compile(rf"(?:{_MAKER_NOTE.pattern})$")
"""The note of who made a form, after its maker's name (``某局制``, ``某局印制``): a form's
footer under an attached form's title, glued before the signer in a copy that lost its
lines (``附：《…》某局制某局2024年5月10日``). Not a 制 a name goes on after: 县委编制委员会,
办公室制度改革领导小组 (review71a). After an office's ending's last character (:data:`ORG_LAST`,
the gate): the maker's name before it is read whole where the note is used."""
# The words a reply's closing sentence ends with (感谢您对我们工作的关心和支持, 再次感谢您的
# 关注, 欢迎继续提出宝贵意见, 特此答复): a copy that lost the full stop after it and the line
# break glues the signer's name on (…的支持某县某局2020年4月27日), which starts right after
# them. ``_THANKS_LAST`` finds the places such a sentence may end, ``_THANKS`` tells whether
# the words before one are that sentence: its clause opens with thanks, a welcome or a plea.
# (decided, fix133: and the plea to rate the reply, 请…进行评价, 请…予以测评, which some
# closings ask in place of thanks)
_THANKS_WORDS = (
    "支持|关心|关注|帮助|理解|谅解|指导|监督|厚爱|信任|宝贵意见|意见和建议|意见建议|指正|评价|测评"
)
# The end of the reply's closing plea for the member's view, asked to help the work
# (对以上答复有什么意见，请…反馈给我们，以便进一步改进工作): its last clause, the words after
# the plea's comma, which a copy that lost the full stop glues the signer's name to.
_PLEA_END = r"以(?:便|利于?)(?:我们)?(?:进一步)?(?:改进|做好)(?:我们的?|今后的?)?工作"
_THANKS_LAST = re.compile(
    "|".join(
        dict.fromkeys(
            [w[-2:] for w in _THANKS_WORDS.split("|")]
            + [w[-2:] for w in vocab.words("signoff_formulas")]
            + ["工作"]
        )
    )
)
_THANKS = re.compile(
    rf"(?:(?:{vocab.alternation('sentence_openers')}|谢谢)[^。！？；!?，,]{{0,30}}"
    rf"(?:{_THANKS_WORDS})"
    rf"|(?<=[，,]){_PLEA_END}"
    rf"|{vocab.alternation('signoff_formulas')})$"
)
_PAGE_OF = re.compile(r"第\d{1,3}页，?共\d{1,3}页|共\d{1,3}页第\d{1,3}页")
_FURNITURE = re.compile(
    r"(?=[-—–─第共i])"  # what it opens with: other places are passed over at once
    r"(?:[-—–─]{1,2}\d{1,3}[-—–─]{1,2}?|第\d{1,3}页(?:，?共\d{1,3}页)?|共\d{1,3}页第\d{1,3}页"
    r"|image\d+\.(?:wmf|emf|png|jpe?g|gif|bmp))+",
    re.IGNORECASE,
)
# Furniture that ends a stretch: the reading :func:`furniture_tail` gives without searching
# (a search of it backtracks through every parting of a long run: the tests compare them).
_FURNITURE_TAIL = re.compile(f"(?:{_FURNITURE.pattern})$", re.IGNORECASE)
# One piece of furniture (_FURNITURE is a run of them), and the one piece of no bounded
# length (image1.wmf: its number may be long): read by :func:`furniture_tail`.
_FURNITURE_PIECE = re.compile(_FURNITURE.pattern.removesuffix("+"), re.IGNORECASE)
_IMAGE_PIECE = re.compile(r"image\d+\.(?:wmf|emf|png|jpe?g|gif|bmp)", re.IGNORECASE)
_IMAGE_EXTENSION = re.compile(r"\.(?:wmf|emf|png|jpe?g|gif|bmp)", re.IGNORECASE)
_SHORT_PIECE = 11
"""The longest piece of furniture but an image's name (第999页，共999页)."""
_FURNITURE_LAST = frozenset("-—–─页fgpFGP")
"""What a piece of furniture ends with (a dash, 页, an image's extension's last letter,
read case-blind: a test checks): a text ending otherwise ends with none."""
# The digit every piece of furniture holds right after what it opens with (— 2, 第1页,
# 共2页, image1), with the character before it: furniture starts one, two or five
# characters before such a digit.
_FURNITURE_DIGIT_CHARS = "-—–─第共eE"
_FURNITURE_DASHES = "-—–─"
"""``_FURNITURE_DIGIT_CHARS`` but 第 and 共, whose furniture holds 页, and e and E, whose
furniture (image1.wmf) holds a dot."""
_FURNITURE_DIGIT = re.compile(rf"[{_FURNITURE_DIGIT_CHARS}]\d")
_FURNITURE_LEADS = (1, 2, 5)
_FURNITURE_FIRSTS = frozenset("-—–─第共iIİı")
"""The characters ``_FURNITURE``'s opening lookahead lets through (its class, read
case-blind: a test checks): where another stands, no match starts."""
# A mobile number glued to the date after it (…13900000123 2021年5月6日, the space lost).
_MOBILE_BEFORE = re.compile(r"(?<!\d)1[3-9]\d{9}$")
# What every closing element holds (a label's colon, a note's head, 印发, a 发文字号's
# bracketed year): a line without any of these has none.
# Written to open with a class (what any of them opens with; a year's closing bracket),
# which a search skips to at once, and to ask behind it which one it was: the same
# matches as ：|[此本](?:件|函|答复|回复|复函)|印发|联系|承办|(?<=\d{4})[〕\]］】）], twice as fast.
_CLOSING_HINT = re.compile(
    r"[：此本印联承〕\]］】）](?:(?<=：)|(?<=[此本])(?:件|函|答复|回复|复函)|(?<=印)发"
    r"|(?<=联)系|(?<=承)办|(?<=\d{4}[〕\]］】）]))"
)
_LOST_ALL = r"(?:19|20)\d{2}(?:0?[1-9]|1[0-2])(?:0?[1-9]|[12]\d|3[01])"
"""A date that lost all of its 年月日 (2021830, 20211026)."""
# A date whose 年月日 were lost in copying (2021830, 2025 915, 2021年8月30, 2021年830日),
# or its 年月 alone, the 日 kept (2021830日: the 日 is the date's, no word's after it), or
# its 年 alone (20176月6日), or its 年 and 日 (20176月6, fix115): under a signer it still
# marks the date's place.
_DAMAGED_DATE = (
    rf"{_LOST_ALL}(?!\d)日?|(?:19|20)\d{{2}}(?:[ ]\d{{3,4}}(?!\d)"
    r"|年\d{1,2}月\d{1,2}(?![\d日])|年\d{3,4}日?|年\d{1,2}[ ]*$"
    r"|(?:0?[1-9]|1[0-2])月\d{1,2}(?:日|(?!\d)))"
)
# A date written in figures (2024.5.10, 2024-05-10, 2024/5/10: the same separator twice),
# as web copies and typed letters sign: read as a damaged one is, only under its signer.
_FIGURES_DATE = r"(?:19|20)\d{2}(?:\.\d{1,2}\.|-\d{1,2}-|/\d{1,2}/)\d{1,2}(?!\d)"
_FIGURES_DATE_WHOLE = re.compile(_FIGURES_DATE)
# What a figure's unit opens with after it (2022年4月8日, 第3号, 10时, 3点, 5万元, 8个, 2份,
# 20%): a digit and its unit are one token, never two lines (2017年6月16 日), and a unit
# opens no label's own words glued after a figure (8日承办负责人：).
_UNIT_AFTER_DIGIT = "年月日号时分秒点万亿元个份%"
# Where a damaged date that lost its 年 may start, or one in figures: a year, then a digit,
# a kept space or a figures date's separator.
_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}[\d ./-]")
# The same places, those of each century apart: each opens with a literal, which a search
# skips to at a fraction of the cost of the alternation (which opens with a class).
_YEAR_20 = re.compile(r"20(?=\d{2}[\d ./-])")
_YEAR_19 = re.compile(r"19(?=\d{2}[\d ./-])")
# What a signed date opens with, but for a digit (\d: any decimal digit, str.isdecimal).
_DATE_FIRST = "〇○零O一二三四五六七八九"
# A date written to the month (二〇二四年五月) counts as a damaged one does: only under its
# signer, ending the line or before a closing element.
_SIGNED_DATE = re.compile(  # the lookahead: what either kind of date opens with
    rf"(?=[\d{_DATE_FIRST}])(?:(?P<date>{_DATE.pattern})|(?P<damaged>{_DAMAGED_DATE}|{MONTH_DATE}|{_FIGURES_DATE}))"
)
_DIGIT_AROUND = re.compile(r"\d")
# A year alone ending the letter's last line (某局 2023年), in figures or numerals; what such a
# line, or one that ends with an authority's name, ends with (the gate before the search).
_YEAR_AT_END = re.compile(
    rf"(?<![\d{_DATE_FIRST}])(?:(?:19|20)\d{{2}}|[{_DATE_FIRST}]{{4}})年[ ]*$"
)
_YEAR_AT_END_LONGEST = 8
# A phone right before a name (…13900000000 某局, …0000-5550123某局): seven digits or more.
# (a mobile whose middle digits are masked counts: 189******0000, flat117; as the contacts
# read it, masks.MASKED_MOBILE)
_PHONE_BEFORE = re.compile(rf"(?:\d{{7,}}|{MASKED_MOBILE})[ ]*$")
_PHONE_BEFORE_LONGEST = 24
_PHONE_DIGITS = re.compile(rf"\d{{7}}|{MASKED_MOBILE}")
"""What every match of ``_PHONE_BEFORE`` holds: a line without it has no phone before a
name (the gate of the last line's signer after a phone, :meth:`_Reader.body_cuts`)."""
_MASKED_WHOLE = re.compile(r"[:：][ ]*[*＊]{5,}$")
"""A value a page masked whole after its label's colon (``联系电话：*******``): the end of a
contact's cell, as a phone's last figure is, before the signer a flattened copy glued after
it (fix122)."""
_SIGNER_AT_END_LAST = frozenset(
    (*(w[-1] for w in (*vocab.words("org_suffixes"), *vocab.words("signer_places"))), "年", " ")
)
# A seal note or a joint reply's note in brackets after a signed date (2024年6月12日（印章）).
_NOTE_AFTER_DATE = re.compile(NOTE_AFTER_DATE)
# A joint reply's note written bare, right before the signed date (…某局联合答复2024年6月12日);
# the last characters it ends with, and the most characters it holds.
_BARE_JOINT_END = re.compile(rf"{BARE_JOINT}$")
_BARE_JOINT_LAST = frozenset("复理")
_BARE_JOINT_LONGEST = 6
_DATE_BEFORE = re.compile(rf"(?:{_DATE.pattern})$")
# A date written in figures only, year, month and day run together (2099315, 20991231),
# glued after a name: what a page shows of a date whose 年月日 were images; its 日 kept
# or not (2099315日: the 日 is the date's, so what follows starts after it).
_FIGURES_DATE_IN = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:19|20)[0-9]{2}(?:1[0-2]|0?[1-9])(?:3[01]|[12][0-9]|0?[1-9])"
    r"(?![0-9号])日?"
)

_DATE_LONGEST = 4 + 1 + 3 + 1 + 3 + 1
"""The most characters a date of :data:`_DATE_BEFORE` holds (二〇二四年十二月三十一日)."""
# A date whose 年月日 were all lost (2023716, 20220916), ending where a label's own words
# start; the most characters it holds.
_DAMAGED_BEFORE = re.compile(rf"{_LOST_ALL}$")
_DAMAGED_LONGEST = 8
# A few words and a colon: a label the closing reader may not know (附件下载：, 分享到：), the
# page's chrome a flattened copy glued after the signed date.
_GLUED_WORD_LABEL = re.compile(rf"[{_CJK}]{{2,6}}：")
_LEAD_IN_COLON = re.compile(r"[如以]下：")
"""A sentence's lead-in before its colon (进度如下：, 包括以下：): no page's label."""
_LAST_SENTENCE = 200
"""How far back the reply's closing sentence is looked for (:meth:`_Reader._closes_before`),
also over a date that opens its line: a closing sentence is no longer (its opening stands
within so many characters of its end), and the look back stays short however long a run
without a sentence's end a flattened page holds."""
# What goes on from a date inside a sentence (…2024年5月8日起，…日前，…日，): a date so
# followed is no signature's, whatever stands before it.
_DATE_GOES_ON = re.compile(r"[，,、；;。！？!?：）)”’」』]|[起前后至到以止内召开印]")
# The 印发 line's date, whole, written to the month, or with its 年月 lost (2023712日印发).
_PRINTED = re.compile(rf"(?:{_DATE.pattern}|{MONTH_DATE}|(?:{_DAMAGED_DATE})日?)印发")
# What a closing element other than a label holds (a note's head, a 发文字号's bracketed
# year, 印发): where none of them matches, none of those elements is found.
# Written to open with a class (what any of them opens with), which a search skips to at
# once, and to ask behind it which one it was: the same matches as
# [此本][件函答回复]|[〔\[［【（](?:\d{4}|\d{2})[〕\]］】）]|印发 (their first characters
# differ, so one branch at most matches at a place), which no search skips through.
_OTHER_CLOSING = re.compile(
    r"[此本〔\[［【（印](?:(?<=[此本])[件函答回复]|(?<=[〔\[［【（])(?:\d{4}|\d{2})[〕\]］】）]"
    r"|(?<=印)发)"
)
# A person's name between a phone and another phone, as the rows of a flattened contact
# table stand (``0000-5550123  黄某  13900001111``): the place a row starts. The area code's
# dash any a copy writes (0000−5550124, 0000—5550124: the contacts read them all).
_ROW_AFTER_PHONE = re.compile(
    rf"(?<=\d)(?P<name>[{_CJK}]{{2,4}})"
    r"(?:(?:[（(]?\d{3,4}[)）\-‐‑–—―−﹣]?)?\d{7,8}|1\d{10})(?!\d)[）)]?"
)
# A hotline's row (服务热线：0000-5550123, 某市12345政务服务热线：12345) with words glued after
# its number: where its figures end, the next line's words start (tail75).
_HOTLINE_THEN_WORDS = re.compile(
    rf"热线(?:电话)?：?(?:{WHOLE_LANDLINE}|{MOBILE}|[0-9]{{5,8}})(?![0-9])(?=[{_CJK}])"
)
# A place's hotline row named by its number (甲山县12345政务服务热线：12345) glued right after
# a date written in full (…2099年5月6日甲山县12345…): the row opens its own line (mend75b).
_PLACE_HOTLINE_AFTER_DATE = re.compile(
    rf"(?<=[0-9]日)[{_CJK}]{{1,5}}?[省市县区州旗盟][0-9]{{5,8}}[{_CJK}]{{0,6}}?热线"
)
_FULL_DATE_ENDS = re.compile(r"(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日$")
# A date's next part after its 年 or 月 (年 5 月, 月 10 日), and a year before its 年.
_DATE_PART_AHEAD = re.compile(r"[0-9]{1,2}[月日]")
_SPREAD_YEAR = re.compile(r"(?:19|20)[0-9]{2}(?=年)")
MAX_AUTHORITY = 60
_PAIR_NAME_LONGEST = 2 * MAX_AUTHORITY
"""The most characters one authority of a glued pair (:meth:`_Reader._joint_signers`) may
have: ``AUTHORITY_LINE`` matches fewer (a seal note, sixty name characters, an ending and
a bracket after it)."""
MIN_SPACED_MARK = 4
"""The fewest characters of an issuer's mark spaced out that are read as one (某县某局)."""
MAX_NOTE = 80
MAX_OWN_WORDS = 4
MAX_LABEL = 2 * max(len(entry.spelling) for entry in _LABELS) + 2
"""How far before its colon a label (two joined by 及, in a bracket) may begin."""
MAX_FURNITURE_LINE = 40
"""A line of page furniture only (— 1 — image1.wmf) is no longer than this."""


def furniture_tail(norm: str, start: int, end: int) -> int | None:
    """Where the page furniture that ends ``norm[start:end]`` starts (``_FURNITURE_TAIL``'s
    search there: the first place from which pieces of furniture run to ``end``), or None.

    The search tried each place of the stretch, and at each every way of parting what
    follows into pieces (``第1页共2页`` is one piece or two): on a long run of pieces that
    does not end as furniture (``第1页 共2页`` written a thousand times, cut short), the
    cube of its length (minutes for 6,000 characters). Read back from ``end`` instead: a
    place is reached when a piece runs from it to ``end`` or to a place reached; the first
    place reached is the answer. A short piece ends at most :data:`_SHORT_PIECE` characters
    on, an image's name where its extension ends, so the reading stops once no piece can
    reach the places found (a line's prose is not read)."""
    if end <= start or norm[end - 1] not in _FURNITURE_LAST:
        return None  # (a line that ends as no piece does: most lines)
    reached = [end]  # the places reached, from the last (so falling)
    images: dict[int, int] = {}  # where an image's name ending at a place reached starts
    _image_before(norm, start, end, images)
    a = end - 1
    while a >= start and (a >= reached[-1] - _SHORT_PIECE or (images and a >= min(images))):
        if norm[a] in _FURNITURE_FIRSTS and (a in images or _short_piece(norm, a, reached)):
            reached.append(a)
            if norm[a - 1] in "fgpFGP":  # (an image's name may end here)
                _image_before(norm, start, a, images)
        images.pop(a, None)
        a -= 1
    return reached[-1] if reached[-1] < end else None


def _short_piece(norm: str, a: int, reached: list[int]) -> bool:
    """Whether a piece of furniture of :data:`_SHORT_PIECE` characters at most runs from
    ``a`` to one of the places ``reached`` (falling: the nearest last)."""
    for b in reversed(reached):
        if b > a + _SHORT_PIECE:
            return False
        if _FURNITURE_PIECE.fullmatch(norm, a, b):
            return True
    return False


def _image_before(norm: str, start: int, at: int, images: dict[int, int]) -> None:
    """Add to ``images`` where an image's name (image12.wmf) that ends at ``at`` starts,
    when one does: its number read back from its extension's dot (one way only: the
    digits, then ``image``)."""
    for size in (4, 5):  # .wmf, .jpeg
        dot = at - size
        if dot > start and _IMAGE_EXTENSION.fullmatch(norm, dot, at):
            k = dot
            while k > start and norm[k - 1].isdecimal():  # (\d: a character of class Nd)
                k -= 1
            if k < dot and k - 5 >= start and _IMAGE_PIECE.fullmatch(norm, k - 5, at):
                images[k - 5] = at


MIN_PARAGRAPH_OPENING = 7
"""The fewest characters a paragraph after its heading (on one line, a gap between) has
before its first sentence ends: fewer are the heading's own words past a stray blank."""
MAX_NAME_PIECE = 4
MIN_LABELLED_RUN = 5
"""How long a run before a salutation's role is at least for a form's label glued before
its names to be looked for (a label of four characters, a name of two)."""
# A longer piece from the line's start that opens with its place (青山市交通 运输局,
# 宜阳市文化广电 和旅游局): the name's head, a stray blank after it.
_PLACE_FIRST = re.compile(rf"[{_CJK}]{{1,5}}?(?:自治[区州县旗]|[{LEVEL_CHARS}])")
"""A piece of an authority's name split off by a stray space (宣威市交 通运输局), also one
that opens with an autonomous place's name, longer before its level (内蒙古自治区 甲山旗林业局,
新疆维吾尔自治区 …, 甲山彝族自治县 …: its people's name before 自治)."""
_AUTONOMOUS_PLACE = re.compile(rf"[{_CJK}]{{1,5}}?自治[区州县旗]")
"""An autonomous place's name whole (内蒙古自治区, 甲山彝族自治县; fullmatch): a piece before a
blank that heads the authority after it wherever it stands, after a sentence's end too, as
a province's short name (甲省) does, being at most :data:`MAX_NAME_PIECE` long."""


_OFFICE_END = re.compile(rf"(?:{ORG_SUFFIX})$")
"""An office's ending closing a piece (search): a piece before a blank that ends so is a
body of its own (某县公安局 某县交通局, 县委办 县政府办), no name's head."""
_PLACE_OPENS = re.compile(rf"[{_CJK}]{{0,3}}?[{LEVEL_CHARS}](?![政场域村])(?<!{CITY_WORD})")
"""A name that opens with its level or names its place within its first characters (县教育局,
乙县教育局; not 城乡建设局, 市场监督管理局: words with a level's character that name no
place): the rest of a name a blank cut opens so never (和旅游局, 运输局)."""
_JOINT_ISSUER_BEFORE = re.compile(
    r"(?:按照|根据|依据|依照|遵照|经|由|据|(?<![\u4e00-\u9fff]))"
    rf"(?:国家|国务院|中共|中央|{_PLACE_OPENS.pattern})"
    rf"[\u4e00-\u9fff]*{ORG_SUFFIX}$"
)
"""The first of joint issuers before the blank: an authority naming its place (甲省某委,
省发展改革委) or the state's (国家…), opening the words or after a word that cites a
document (按照, 根据); a heading's words that only end as an office's name does
(建设社区服务中心, 成立工作专班办公室) are none (review63d)."""


def _name_tail(piece: str, tail: str) -> bool:
    """Whether ``piece``, the words between a sentence's end and a blank, heads the
    authority ``tail`` after the blank, a stray blank a web copy left inside one name
    (``…特此答复。宜和市文化广电 和旅游局``), as it does opening a line: it opens with its
    place (:data:`_PLACE_FIRST`) and ends in no office's word (a body of its own), and
    ``tail`` opens with no level and no place (:data:`_PLACE_OPENS`: 甲市教育 乙县教育局
    keeps its second body)."""
    return (
        _PLACE_FIRST.match(piece) is not None
        and _OFFICE_END.search(piece) is None
        and _PLACE_OPENS.match(tail) is None
    )


_SHORT_PLACE_FIRST = re.compile(rf"[{_CJK}]{{1,2}}[{LEVEL_CHARS}]")
"""A signer's name that opens with a place's short name (某县财政局, 青岚县教育局)."""

_SEAL_LEAD_CLOSERS = "〕]］】"
"""What a seal note set before a signer's name ends with when no name's run holds it (a
round bracket's note, （印章）某局, is read with the name): the gate before its search."""


def _office_tail(name: str) -> bool:
    """Whether ``name`` is an office's ending alone (办公室), a seal note after it allowed
    (办公室（印章）)."""
    if name[-1:] in "）)〕]］】":
        name = SEAL_NOTE.sub("", name)
    return name in OFFICE_TAILS


MAX_HEADING = 40
_REPEATED_HEADING_LEAST = 2
"""The fewest characters of a heading read as written twice (二、甲甲 is no repeat)."""
_QUOTED_HEADING_LONGEST = 3 * MAX_HEADING
"""How far a heading that quotes a demand may run, the quoted words counted (关于“…”的建议)."""
MIN_HEADING = 4
_COMPOUND_TAIL = 2
"""How many characters a topic word's compound goes on after it (工作计划, 工作措施)."""
MAX_VALUE = 24
MAX_PARAGRAPH_VALUE = 400
"""How long a form row's paragraph value (the proposal's text) read in a glued head is."""
# The marker styles that open a line of their own (一、 （一） 1、 1. （1）): a list of them whose
# first marker was glued to the sentence before it, its 2 opening the next line, opens there.
# Not 第一，(a rank as often as a marker), nor the inline and circled styles.
_LINE_STYLES = frozenset({Style.CN, Style.CN_PAREN, Style.AR_DUN, Style.AR_DOT, Style.AR_PAREN})
# The numeral after each of 一 to 九: a 一、 followed at once by 二 (一、二年级, 如：一、二小)
# opens no item of its own but a run of numbers (_markers); and the heading that frames a
# glued 二、 to 九、 from after it is numbered with it (_fills_numbering).
# (to 十九, whose next is 二十: a letter of many headings numbers them on past the ninth)
_CN_NEXT = {
    n: "一二三四五六七八九十"[n]
    if n < 10
    else "二十"
    if n == 19
    else "十" + "一二三四五六七八九"[n - 10]
    for n in range(1, 20)
}
# The numerals a heading numbered on (二、 to 九、) opens with; 十、 and 十一、 to 十九、 open
# with 十 (_numbered_on_at).
_CN_LATER = frozenset("二三四五六七八九")
_CN_ONES = frozenset("一二三四五六七八九")
# The styles a heading numbered on glued after a paragraph that lost its stop is read in.
_FILLED_STYLES = frozenset({Style.CN, Style.CN_PAREN})
# The headings numbered on that frame a glued 二、 to 十九、 from after it (三、 to 二十、),
# and the bracketed ones that frame a glued （二） to （十九） (（三） to （二十）), keyed by
# their brackets too.
_CN_FRAMING = re.compile(
    "(?:[三四五六七八九]|十[一二三四五六七八九]?|二十)、|（(?:[三四五六七八九]|十[一二三四五六七八九]?|二十)）"
)
# The fewest characters of a lead-in before its colon (工作如下：, 以下几项工作：).
_LEAD_IN = 6
# What a header label's value never holds: a sentence's marks (a form's paragraph does).
_VALUE_STOPS = frozenset(_SENTENCE_END + "，")
_GLUED_VALUE_LENGTHS = (3, 2, 4, 1)
_BRACKETED_BUTTONS = re.compile(
    rf"[【\[［](?:{vocab.alternation('page_buttons')})[】\]］]"
    rf"(?:[ \u3000]*[【\[［](?:{vocab.alternation('page_buttons')})[】\]］])*"
)
"""A run of a page's buttons in their brackets (【打印】 【关闭】, data/page_buttons.txt)."""
_KEYWORD_LABEL = re.compile(r"关键[词字]：")
"""A page's keyword cell's label and its colon (no label of data/labels.tsv: a row of it
shows no page by itself); its value may be a list of words."""
_HEAD_KEYWORD_LABEL = re.compile(r"关键[词字]：|主题词：")
"""Such a label, or a 主题词 row's a page sets over the title (主题词：河道 治理 关于…: head75)."""
_EMPTY_KEYWORD_CELLS = ("关键词：", "关键字：", "主题词：")
"""A page's keyword cell's label and its colon, its value left empty, ending the head right
before the salutation (…的答复主题词：王某代表：): the page's cell, as on a line of its own."""
_KEYWORD_WORDS_LONGEST = 30
"""How long the words of a keyword cell ending a title's zone may be, blanks with them."""
_KEYWORD_WORDS = re.compile(rf"[{_CJK} ;；,，、]{{2,{_KEYWORD_WORDS_LONGEST}}}")
"""A keyword cell's words (``交通 道路 答复``, or parted by semicolons or commas, ``交通；道路``:
left74a)."""
_KEYWORD_LONGEST = 15
"""How long one keyword of such a list is at most (chrome's keyword list reads the same)."""
_KEYWORD_RUN = re.compile(
    rf"[{_CJK}0-9A-Za-z]{{1,{_KEYWORD_LONGEST}}}"
    rf"(?:[;；,，、][{_CJK}0-9A-Za-z]{{1,{_KEYWORD_LONGEST}}})*[;；,，、]"
    rf"(?P<last>[{_CJK}0-9A-Za-z]+)"
)
"""A keyword list whose last word runs on into what a copy glued after it (路灯;照明;提案关于…):
two words at least, the last one's end unknown."""
_HANZI_RUN = re.compile(rf"[{_CJK}]+")
"""Hanzi alone (a person's name, no mark nor figure in it)."""
_SIGNER_LABEL_BEFORE = re.compile(r"签发人[:：]?\s*$")
# The label of a row naming the item's proposers (建议人：, 提案人：, 领衔代表：…), its colon
# ending right before a value: a row whose value may be names parted by blanks.
_NAMES_LABEL_BEFORE = re.compile(
    rf"(?:{vocab.spellings(tuple(e for e in _LABELS if e.field == 'addressees'))})：$"
)
_LISTED_NAME_LONGEST = 4
_LISTED_NAME = re.compile(rf"[{_CJK}]{{2,{_LISTED_NAME_LONGEST}}}")
"""One of the names a proposers' row parts by blanks (崔某 王某某 …)."""
_LISTED_NAMES_MOST = 12
"""The most names a proposers' row lists before the next row's label (a joint proposal's)."""
"""A signer's label right before a value (its name), its colon lost or not."""
_NAME_AND_CODE = 5
"""How long the code before a 发文字号's year is at least when a signer's name is glued on."""
_CODE_LEVEL = re.compile("[省市县区州旗盟]")
"""A level's character in a 发文字号's code: the place the code opens with written whole,
its level after it (江北区政办函, 高新区管委函: a district's code)."""
_CODE_PLACE = 2
"""How many characters the place before such a level most often has (江北区, 高新区)."""
_NAME_STANDS_BEFORE = ("\n", "文件", "关于")
"""What follows an authority's name standing on its own, besides a gap or a date: its
line's end, or, as the letter's header, its 文件 (某县人民政府文件) or its title glued on
(某县人民政府关于…)."""


def _name_in_code(code: str, known: Callable[[str], bool] | None = None) -> int:
    """How long the person's name is that a flattened copy glued before a 发文字号's code
    after the signer's label (``签发人：王大明某交函〔…``); 0 when the code opens with no
    name. A name is two or three characters (four with a compound surname) opening with a
    common surname; a code is the issuing body's abbreviation, often its place written
    whole with its level (江北区, 高新区, 石家庄市) and the office's short name after it, or
    its level alone, the place left unsaid (市政办函, 县政发: the city's or the county's
    government). So a level's character in the code tells where the place starts. The split
    that leaves a place the letter knows comes first (``known``, asked of the place with its
    level: written elsewhere in the letter, 石家庄市 over its signer, or the level's own
    government or committee a code's 政 or 委 after a lone level stands for): 王明石家庄市交函
    → 王明, 王明市政办函 → 王明 (an earlier round cut 王明石 off, or none); a surname alone
    before a place the letter writes is a name a page cut short (陈海南省… → 陈, not 陈海
    before 南省, which the letter's 海南省 holds). With no such
    place, two characters before the level most often (a three-character place when that
    leaves a name of three): what stands before the place is the name (王明江北区政办函 →
    王明), nothing when the place opens the code (江北区政办函: 江 a surname though it is, no
    name). A code with no level is a name when it is five characters or more (王大明某交函: a
    code alone is rarely so long), the name three characters then, two when that would
    leave a code of two (王明某交函: a code holds its place, its office and its kind)."""
    if not code or not (code[0] in _SURNAMES or code[:2] in _SURNAMES):
        return 0
    longest = 4 if code[:2] in _SURNAMES else 3
    level = _CODE_LEVEL.search(code, 1)
    if level is not None:
        at = level.start()
        if known is not None:
            # (the longest place first: 石家庄市 before 家庄市, which it holds; also after a
            # name a page cut to its surname, 陈海南省教育厅对海南省…, where 南省 stands
            # inside the place the letter writes: flat61a)
            for n in range(max(0, at - 3), at + 1):
                if n <= longest and known(code[n:]):
                    return n
        for place in (_CODE_PLACE, _CODE_PLACE + 1):
            n = at - place
            if 2 <= n <= 3 or (n == 4 and code[:2] in _SURNAMES):
                return n
        return 0
    if len(code) < _NAME_AND_CODE:
        return 0
    return 2 if len(code) == _NAME_AND_CODE else 3


@dataclass(unsafe_hash=True)
class _Cut:
    """A line break to put before ``view.norm[at]``; ``strong`` when it alone shows that
    the line was flattened.

    Never changed once made (like :class:`~replyparse.textview.Line`, not declared frozen:
    a frozen dataclass sets each field through ``object.__setattr__``, several times as
    dear, and the finders make these for every letter)."""

    at: int
    strong: bool = False


@dataclass(unsafe_hash=True)
class _Salutation:
    """The salutation at ``view.norm[start:end]`` (its colon included, when written).
    Never changed once made (see :class:`_Cut`)."""

    start: int
    end: int


def resegment(view: TextView) -> TextView:
    """``view`` with a line break at every boundary its flattened lines lost (``view``
    itself when it lost none)."""
    breaks = find_breaks(view)
    return with_breaks(view, breaks) if breaks else view


@dataclass(unsafe_hash=True)
class Breaks:
    """What re-segmenting a view changes: line breaks before ``view.norm[at]`` for each
    ``at`` of ``cuts``, and ranges of page furniture (``— 2 —``) dropped, as the view
    drops a line that holds nothing else. Never changed once made (see :class:`_Cut`)."""

    cuts: tuple[int, ...] = ()
    drops: tuple[tuple[int, int], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.cuts or self.drops)


def find_breaks(view: TextView) -> Breaks:
    """Where the flattened lines of ``view`` are broken, in text order."""
    lines = view.content_lines
    if not lines:
        return Breaks()
    reader = _Reader(view)
    salutation = reader.salutation()
    head_end, body_start = reader.zones(salutation)
    out: set[int] = set()
    drops: list[tuple[int, int]] = []
    decorated = reader.decorated
    run_on = reader.glued_on(salutation)  # (the head glued to its salutation, once)
    last = len(lines) - 1
    # (the salutation's start, -1 for none: no line starts before 0; asked of each line)
    greeted = salutation.start if salutation is not None else -1
    for k, line in enumerate(lines):
        start, end = line.start, line.end
        # (each finder gives a list of its own: adding to it changes no answer kept)
        # (the head's strong cuts alone: its weak ones count only in a line a strong cut
        # shows flattened, and are asked for below where one does)
        headed = start < head_end
        cuts = (
            reader.head_cuts(start, min(end, head_end), k == 0, run_on, weak=False)
            if headed
            else []
        )
        if headed and reader.norm.find("答复内容", start, min(end, head_end)) >= 0:
            cuts += reader.tab_strip_cuts(start, min(end, head_end))
        if start <= greeted < end and salutation is not None:
            cuts += [_Cut(salutation.start, True), _Cut(reader.skip_space(salutation.end), True)]
            if (lost := reader.lost_before(salutation.start, line)) is not None:
                cuts.append(_Cut(lost, True))
            if (
                start < salutation.start
                and (twice := _TITLE_TWICE.fullmatch(reader.norm, start, salutation.start))
                and twice.group("own") in (None, twice.group("name"))
            ):
                # the page's heading, the letter's authority and its title written again,
                # all glued (关于…的函某县政府办公室关于…的函王某代表：, the heading with the
                # authority before it too, 某局关于…的函某局关于…的函): each a line
                cuts += [_Cut(twice.end("heading"), True), _Cut(twice.end("name"), True)]
            elif start < salutation.start:
                # the page's heading, the proposal's copy (its title, proposer, text and
                # date) and the reply's title again, all on the salutation's line: the
                # title again and the copy's date each a line (…的答复关于…提出人：…。
                # 2022年1月2日关于…的答复王某代表：)
                cuts += [_Cut(at, True) for at in reader.title_again(start, salutation.start)]
        if salutation is None and start < head_end == body_start < end:
            strong = head_end == reader.opening_after_title or reader.after_title(head_end, line)
            cuts.append(_Cut(head_end, strong))
            if not cuts[-1].strong and (named := reader.name_after_title(head_end, line)):
                cuts += [_Cut(named, True), _Cut(head_end, True)]
        if k == 0 and head_end == 0 and "会议" in line.text:
            # a letter with no salutation and no head read (no 收悉: its first line all
            # body): a listing page's session and number cells after the title that opens
            # it (对《…》的答复（某会议第9号建议）某会议  9  建议人：…) part it from them
            cuts += [_Cut(cell) for cell in reader.session_cells(start, end)]
        body = None
        if end > body_start:
            # (a page number run on after the signature's date ends the body before it:
            # …某局2022年8月18日— 1 —, the date the line's last element)
            if decorated and (tail := reader.furniture_at_end(line)) is not None:
                end = tail[0]
            body = (start if start > body_start else body_start, end)
            cuts += reader.body_cuts(body[0], end, line)
            # a signer above a date: asked only where the next line opens as a date does
            # (a line with text opens with a character: no empty text below)
            if k < last and ((below := lines[k + 1].text[0]).isdecimal() or below in _DATE_FIRST):
                signer = reader.signer_above_date(line, body[0], lines[k + 1])
                if signer is not None:
                    cuts.append(_Cut(signer, True))
                    cuts += reader.signers_beside(signer, body[0], lines[k + 1])
        if not cuts and not decorated:
            continue  # (exact: no cut to make, no furniture or | to drop)
        inside = [cut for cut in cuts if line.start < cut.at < line.end] if cuts else []
        flattened = False  # (a loop, not any() over a generator: most lines hold no cut)
        for cut in inside:
            if cut.strong:
                flattened = True
                break
        furniture: list[tuple[int, int]] = []
        if reader.decorated:
            short = line.end - line.start <= MAX_FURNITURE_LINE
            furniture = reader.furniture(line.start, line.end) if short or flattened else []
            if furniture and sum(b - a for a, b in furniture) == reader.kept(line):
                drops += furniture  # a line of page furniture only (— 1 — image1.wmf)
                continue
            drops += reader.bars_at_ends(line)
            tail = reader.furniture_at_end(line)
            if tail is not None:  # a page number run on at the end of a line: — 2 — image1.wmf
                drops.append(tail)
                out.add(tail[0])
        if flattened:
            if headed:  # (the head's weak cuts too: the finders read no state lines change)
                whole = reader.head_cuts(line.start, min(line.end, head_end), k == 0, run_on)
                inside += [cut for cut in whole if line.start < cut.at < line.end]
            if body is not None:
                inside += reader.paragraph_cuts(*body)
            out.update(cut.at for cut in inside)
            for a, b in furniture:
                drops.append((a, b))
                out.update(p for p in (a, b) if line.start < p < line.end)
    return Breaks(tuple(sorted(out)), tuple(drops))


def with_breaks(view: TextView, breaks: Breaks) -> TextView:
    """A view with ``breaks`` made. A kept space at a break becomes the break; elsewhere
    the break stands for the first white space the view dropped there, or, between glued
    characters, for the character after it.

    Built run by run: the text between two breaks, less the dropped ranges, is copied as
    one slice of ``norm`` (and of ``origin``). Exact: it keeps what a reading character by
    character keeps (tests/test_resegment_runs.py holds it to one): a character is left
    out only where it is dropped or is a space after a line break (a run's leading spaces
    after a break; a run that holds a space after a ``\\n`` of its own is read character
    by character), and a break takes back the spaces kept last before it."""
    norm, origin, original = view.norm, view.origin, view.original
    n = len(norm)
    dropped = bytearray(n)
    for a, b in breaks.drops:
        dropped[a:b] = b"\x01" * (b - a)
    pieces: list[str] = []
    at: list[int] = []
    after_break = False  # whether the last character kept is a line break
    pos = 0
    for cut in [*sorted({c for c in breaks.cuts if 0 <= c < n}), n]:
        # the kept runs of norm[pos:cut], each copied whole
        i = dropped.find(0, pos, cut)
        while 0 <= i < cut:
            k = dropped.find(1, i, cut)
            if k < 0:
                k = cut
            if after_break:
                while i < k and norm[i] == " ":
                    i += 1
            if i < k:
                run = norm[i:k]
                if "\n " in run:  # (a space after a break of norm's own: read one by one)
                    for j in range(i, k):
                        if norm[j] != " " or not after_break:
                            pieces.append(norm[j])
                            at.append(origin[j])
                            after_break = norm[j] == "\n"
                else:
                    pieces.append(run)
                    at += origin[i:k]
                    after_break = run[-1] == "\n"
            i = dropped.find(0, k, cut)
        if cut == n:
            break
        where = origin[cut]
        for k in range(origin[cut - 1] + 1, origin[cut]):
            if original[k].isspace():
                where = k
                break
        # the spaces kept last before the break become the break
        while pieces and pieces[-1].endswith(" "):
            last = pieces.pop()
            kept = last.rstrip(" ")
            where = at[len(at) - (len(last) - len(kept))]
            del at[len(at) - (len(last) - len(kept)) :]
            if kept:
                pieces.append(kept)
                break
        pieces.append("\n")
        at.append(where)
        after_break = True
        pos = cut
    return TextView.from_parts(
        original, "".join(pieces), at, invisible=view.invisible, glossed=view.glossed
    )


def _titled(label: str) -> bool:
    """Whether a header label with its colon (and its bracket) names a title's value."""
    return label.lstrip("〔[［【（")[:-1] in _TITLE_VALUE_LABELS


def _run_before(run: re.Pattern[str], text: str, start: int, end: int) -> int:
    """How many characters of ``text[start:end]`` that ``run`` (a class repeated) matches
    stand right before ``end``: the run read backwards, in one match."""
    m = run.match(text[start:end][::-1])
    return m.end() if m is not None else 0


def _may_be_dated(text: str) -> bool:
    """Whether ``text`` may hold a signed date (``_SIGNED_DATE``): every one holds 年 or its
    year's 19 or 20, as :meth:`_Reader.signed_date`'s searches ask; most lines hold none
    of them, and ``in`` asks a line's text at a fraction of the cost of ``str.find`` with
    bounds (which parses its arguments as a tuple)."""
    return "年" in text or "20" in text or "19" in text


def _may_close(text: str) -> bool:
    """Whether ``text`` may hold a hint of ``_CLOSING_HINT`` other than a colon: each holds
    one of 此, 本 (a note's head), 印 (印发), 联 (联系), 承 (承办) or a closing bracket (a
    bracketed year's); most lines of a letter's body hold none, and ``in`` asks a line's
    text at a fraction of the cost of the pattern's search."""
    return (
        "此" in text
        or "本" in text
        or "联" in text
        or "印" in text
        or "承" in text
        or "）" in text
        or "〕" in text
        or "】" in text
        or "］" in text
        or "]" in text
    )


def _may_hold_number_year(text: str) -> bool:
    """Whether ``text`` may hold a match of ``_NUMBER_YEAR``: each opens with one of its
    brackets, and ``in`` asks a short text for them at a fraction of the search's cost."""
    return "（" in text or "〔" in text or "【" in text or "［" in text or "[" in text


def _first_opening(norm: str) -> int:
    """Where ``_FIRST_OPENING`` first matches in ``norm`` (-1: nowhere), found by a
    ``str.find`` of each of its two words: a fraction of the cost of the pattern's search,
    which tries each character of the letter against the class of their first characters.
    Exact: its match is the leftmost of either word's first place (no place can start
    both: their first characters differ)."""
    received, follows = norm.find("收悉"), norm.find("如下：")
    while follows >= 2 and norm[follows - 2 : follows] in _LEAD_WORDS:
        follows = norm.find("如下：", follows + 3)  # (an article's lead: no opening)
    return min(received, follows) if received >= 0 and follows >= 0 else max(received, follows)


def _holds_furniture(norm: str) -> bool:
    """Whether page furniture stands anywhere in ``norm``, tried only before the digits it
    holds: where one of ``_FURNITURE_DIGIT``'s characters has a digit after it (the
    places its matches take, found by ``str.find``: a far quicker pass than the
    pattern's). A 第 or 共 opens furniture only with its 页 (第1页, 共2页第1页), and an
    image's e only with the dot of its extension (image1.wmf; ``\\.`` matches a dot alone,
    case-blind too): a letter without 页 is not asked about 第 and 共 (most letters hold
    第 before a digit), one without a dot not about e and E (a letter holds many
    characters a search for e stops at: 文, 日, 时, 新)."""
    leads = _FURNITURE_DASHES
    if "页" in norm:
        leads += "第共"
    if "." in norm:
        leads += "eE"
    for lead_char in leads:
        at = norm.find(lead_char)
        while at >= 0:
            digit = at + 1
            if digit < len(norm) and norm[digit].isdecimal():  # \d: a decimal digit
                for lead in _FURNITURE_LEADS:
                    if (
                        digit >= lead
                        and norm[digit - lead] in _FURNITURE_FIRSTS
                        and _FURNITURE.match(norm, digit - lead)
                    ):
                        return True
            at = norm.find(lead_char, digit)
    return False


_SIGNER_SHORTEST = 4
"""The shortest name :meth:`_Reader._signer_then_labels` takes for a signer's (某县财政局; a
bare 办公室 is the contact's office)."""
_SECTION_OF_AN_OFFICE = frozenset("科股组处")
"""How a section inside an office ends its name (财务科, 综合股): the contact's office before
its phone (财务科  联系电话：…), never the letter's signer."""


def _numbered_on_at(norm: str, p: int) -> bool:
    """Whether a heading numbered on may open at ``p``: 二、 to 九、, 十、, or 十一、 to 十九、
    (the gate of :meth:`_Reader._fills_numbering`, asked of every marker inside a line)."""
    ch = norm[p]
    if ch in _CN_LATER:
        return norm.startswith("、", p + 1)
    if ch != "十":
        return False
    return norm.startswith("、", p + 1) or (
        norm[p + 1 : p + 2] in _CN_ONES and norm.startswith("、", p + 2)
    )


def _paren_numbered_on_at(norm: str, p: int) -> bool:
    """Whether a bracketed heading numbered on may open at ``p``: （二） to （九）, （十）, or
    （十一） to （十九） (the gate of :meth:`_Reader._fills_numbering` for that style)."""
    if norm[p] != "（":
        return False
    ch = norm[p + 1 : p + 2]
    if ch in _CN_LATER:
        return norm.startswith("）", p + 2)
    if ch != "十":
        return False
    return norm.startswith("）", p + 2) or (
        norm[p + 2 : p + 3] in _CN_ONES and norm.startswith("）", p + 3)
    )


def _numeral_run(norm: str, number: int, marker_end: int) -> bool:
    """Whether the numeral after the Chinese marker numbered ``number`` (ending at
    ``marker_end``) is the next number, read with it as a run of numerals, not a marker:
    一、二年级, 九、十月; past ten the next number's last numeral alone too (十二、三家: twelve
    or thirteen)."""
    following = _CN_NEXT.get(number)
    if following is None:
        return False
    return norm.startswith(following, marker_end) or (
        number > 10 and norm.startswith(following[-1], marker_end)
    )


# A count by tens written as two numerals in a run (十、二十人不等: ten or twenty people;
# 二十、三十余个): a tens numeral, its 、, the next tens numeral, and what it counts (or
# 余, 多, 来 before that). Read as a marker only where the numbering asks for that number
# right there (:meth:`_Reader._asked_here`).
_TENS_COUNT = re.compile(
    rf"[{''.join(sorted(_CN_LATER))}]十[余多来几]?"
    rf"(?:[个名人家户次项件所座辆台套条处位种年天周万亿元千百米里亩吨岁期批]"
    rf"|{vocab.alternation('section_count_units')})"
)


def _tens_count(norm: str, number: int, marker_end: int) -> bool:
    """Whether the Chinese marker numbered ``number`` (a tens: 十、, 二十、…, ending at
    ``marker_end``) is followed by the next tens and a count (十、二十人, 二十、三十余个):
    the words of a count, shaped as a run of numerals, not a marker and its heading."""
    if number % 10 or not 10 <= number <= 80:
        return False
    m = _TENS_COUNT.match(norm, marker_end)
    return m is not None and "一二三四五六七八九"[number // 10] == norm[marker_end]


_COLON_REACH = 24
"""How far before a marker the lead-in's colon it follows is looked for."""


_SMALL_BRACKETS = str.maketrans("﹝﹞", "〔〕")


class _Reader:
    """The boundary finders, over one view."""

    def __init__(self, view: TextView) -> None:
        self.view = view
        norm = view.norm
        # the small brackets ﹝﹞ are the compatibility forms of 〔〕 (NFKC folds them so):
        # a 发文字号 written with them (某函﹝2024﹞5号) is read as one with 〔〕, and only the
        # finders see them so (same length: every place is the view's)
        self.norm = norm.translate(_SMALL_BRACKETS) if "﹝" in norm or "﹞" in norm else norm
        self.lines = view.content_lines
        self._starts = [line.start for line in self.lines]
        self.last_end = self.lines[-1].end if self.lines else -1
        """Where the letter's last line with text ends (asked of each body line)."""
        # the numbers of each marker style met so far in the body, line by line; and the
        # places of the lines' opening markers not read yet (see numbers_met)
        self._numbered: dict[Style, set[int]] = {}
        self._unread_openings: list[tuple[int, int]] = []
        # the last place of each of 三、 to 十、 written after a sentence's end (see
        # _fills_numbering), found in one pass when first asked for
        self._framing: dict[str, int] | None = None
        self._framing_first: dict[str, int] = {}  # (the first places, filled with it)
        # the items numbered 2 of a run inside one sentence (see _run_on): the sentence's
        # end and the style, then where the search began and the last such item's place
        self._runs: dict[tuple[int, Style], tuple[int, int]] = {}
        self._run_stop, self._run_end = (0, -1), -1  # where the last search began, its stop
        # Whether the letter holds a bar (|, ｜, │) at all, and page furniture anywhere
        # (tried only before the digits it holds): exact gates for the finders of either, as
        # a match inside a line is a match in the letter (_FURNITURE asserts nothing about
        # what follows it).
        norm = self.norm  # (CELL_BARS, each asked with `in`: a generator costs more)
        self._bars = "|" in norm or "｜" in norm or "│" in norm
        self._furnished = _holds_furniture(self.norm)
        self.decorated = self._bars or self._furnished
        """Whether the letter holds page furniture or a bar anywhere."""
        self._gaps: list[int] | None = None
        self._first_opening = -1  # (where _FIRST_OPENING first matches: set by salutation)
        self.opening_after_title = -1
        """Where the opening starts glued after the title, a form's last label or the
        letter's 发文字号 on the first line, a boundary no well-formed line holds (set by
        zones)."""
        self._markers_at: dict[tuple[int, int], tuple[Style, int, int] | None] = {}
        self._found: dict[tuple[str | re.Pattern[str], int], tuple[int, int]] = {}
        """For :meth:`_holds`: (what, zone's end) → (from where it was asked, where)."""

    # -- small questions ---------------------------------------------------------------------

    def index(self, line: Line) -> int:
        """Where ``line`` (one of the letter's lines with text) stands among them."""
        return bisect_left(self._starts, line.start)

    def line_at(self, pos: int) -> Line:
        return self.lines[max(0, bisect_right(self._starts, pos) - 1)]

    def gap(self, pos: int) -> bool:
        """Whether white space stood between ``norm[pos - 1]`` and ``norm[pos]`` (a kept
        space between them counts too)."""
        norm, origin = self.norm, self.view.origin
        if pos <= 0 or pos >= len(norm):
            return False
        if norm[pos - 1] in _SEPARATORS or norm[pos] in _SEPARATORS:
            return True
        if origin[pos] - origin[pos - 1] <= 1:
            return False
        if origin[pos] - origin[pos - 1] == 2 and self.view.original[origin[pos] - 1] == "\n":
            return False  # (a printed line's break unwrap joined, no blank at it: wrap66)
        if self.view.invisible is not False and invisible_alone(
            self.view.original, origin[pos - 1], origin[pos]
        ):
            return False  # (an invisible character strewn in, 齐抓\u200b共管: no blank)
        if not self.view.glossed:
            return True
        # a mirror's pinyin gloss the view read past (紅線(xiàn)寬度) is no blank: the view's
        # own gaps say where blanks were
        places = self._gap_places()
        at = bisect_left(places, pos)
        return at < len(places) and places[at] == pos

    def _holds(self, what: str | re.Pattern[str], pos: int, end: int) -> bool:
        """Whether ``norm[pos:end]`` holds ``what`` (a string, or a pattern's match), as
        ``what in norm[pos:end]`` or ``what.search(norm, pos, end)`` tell, for a zone's rest
        asked at place after place of a long line (a flattened page's cells, the title's
        tail tried at each): a string's last place in the zone and a pattern's first match
        after the place asked are kept for the zone's end, and answer every later place
        they decide, so the line is read about once, not once a place (quadratic).
        Exact: a match that starts at a place is the same whatever place the search
        started from (the patterns asked look behind no further than their own first
        character), so one found at ``m`` answers yes for every place up to ``m``, and
        none found from ``a`` answers no for every place after ``a``."""
        key = (what, end)
        kept = self._found.get(key)
        string = isinstance(what, str)
        if kept is not None and kept[0] <= pos:
            at = kept[1]
            if string or at < 0 or at >= pos:  # (a string's last place decides every place)
                return at >= pos
        if string:
            at = self.norm.rfind(what, pos, end)  # type: ignore[arg-type]
        else:
            m = what.search(self.norm, pos, end)  # type: ignore[union-attr]
            at = m.start() if m is not None else -1
        self._found[key] = (pos, at)
        return at >= 0

    def gaps_in(self, a: int, b: int) -> list[int]:
        """The places ``p``, ``a <= p < b``, where :meth:`gap` holds, in order."""
        places = self._gaps if self._gaps is not None else self._gap_places()
        if not places:
            return []  # (most letters have none: no search)
        return places[bisect_left(places, a) : bisect_left(places, b)]

    def _gap_places(self) -> list[int]:
        """Every place where :meth:`gap` holds, in order (once per letter): next to a kept
        space or ``|``, or where blanks were dropped (the view's own gaps inside and at the
        end of its lines, which it finds once and its later readers ask again; the start
        of each line asked here)."""
        if self._gaps is None:
            norm, origin = self.norm, self.view.origin
            n = len(norm)
            gaps = self.view.gaps_in(0, n)  # (in order, each 0 < p < n)
            more = [
                start
                for line in self.view.lines[1:]  # (the first starts at 0: no gap)
                if (start := line.start) < n and origin[start] - origin[start - 1] > 1
            ]
            # (the bars only in a letter that holds one: __init__ asked, most hold none)
            for sep in _SEPARATORS if self._bars else " ":
                i = norm.find(sep)
                while i >= 0:
                    more += (i, i + 1) if i else (1,)
                    i = norm.find(sep, i + 1)
            # (the view's gaps alone, in order, where nothing else is a gap)
            self._gaps = sorted({*gaps, *(p for p in more if p < n)}) if more else gaps
        return self._gaps

    def signed_date_in(self, start: int, end: int) -> bool:
        """Whether ``_SIGNED_DATE`` matches in ``norm[start:end]``."""
        return self.signed_date(start, end) is not None

    def signed_date(self, start: int, end: int, text: str | None = None) -> re.Match[str] | None:
        """A match of ``_SIGNED_DATE`` in ``norm[start:end]`` (the one at ``start`` when one
        starts there), or None when it matches nowhere there; tried only where one may
        start: four characters before a 年 (every date, and a damaged one that kept its 年),
        or at a year followed by a digit or a kept space (a damaged one that lost it:
        2021830, 2025 915). Cheaper than the search, which tries every numeral. ``text``,
        ``norm[start:end]`` when the caller holds it: the places are found in it (without
        bounds, which ``str.find`` parses at a cost)."""
        norm = self.norm
        if text is None:
            text = norm[start:end]
        year = text.find("年")  # (in the text: at 4 or later, as a date's 年 stands)
        while year >= 0:
            if year >= 4 and (date := _SIGNED_DATE.match(norm, start + year - 4, end)) is not None:
                return date
            year = text.find("年", year + 1)
        # (a year opens with 19 or 20: a line without either holds none; and where neither
        # century's literal-led search matches, _YEAR_DIGITS matches nowhere either, so
        # most lines, whose years are followed by 年, are passed over without its search)
        m = (
            _YEAR_DIGITS.search(norm, start, end)
            if ("20" in text and _YEAR_20.search(norm, start, end) is not None)
            or ("19" in text and _YEAR_19.search(norm, start, end) is not None)
            else None
        )
        while m is not None:
            if (date := _SIGNED_DATE.match(norm, m.start(), end)) is not None:
                return date
            m = _YEAR_DIGITS.search(norm, m.start() + 1, end)
        return None

    def marker_at(self, pos: int, end: int) -> tuple[Style, int, int] | None:
        """:func:`~replyparse.fields.sections.marker_at`, asked only where a marker's shape
        starts (most numerals in a letter are no marker), and once for a place (a line's
        opening marker is asked about again among the line's markers)."""
        if _MARKER_SHAPE.match(self.norm, pos, end) is None:
            return None
        key = (pos, end)
        if key not in self._markers_at:
            self._markers_at[key] = marker_at(self.view, pos, end)
        return self._markers_at[key]

    def skip_space(self, pos: int) -> int:
        """``pos``, or the first place after a kept space or a ``|`` standing there."""
        while pos < len(self.norm) and self.norm[pos] in _SEPARATORS:
            pos += 1
        return pos

    def before(self, pos: int) -> str:
        """The character before ``pos``, kept spaces, ``|`` and closing quotes skipped."""
        i = pos - 1
        while i >= 0 and self.norm[i] in _SEPARATORS + _CLOSERS:
            i -= 1
        return self.norm[i] if i >= 0 else ""

    def cuttable_gap(self, pos: int) -> bool:
        """A gap that may be a lost line break: not the one inside ``16 日``, nor one of a
        date a justified line spread with blanks (``于 2019 年 5 月 10 日``: after 年 or 月
        before the next part's figure, or before a year written whole whose 年 stands
        apart)."""
        if not self.gap(pos):
            return False
        norm = self.norm
        i = pos - 1
        while i > 0 and norm[i] in _SEPARATORS:
            i -= 1
        if norm[i].isdigit():
            return norm[pos] not in _UNIT_AFTER_DIGIT
        if not norm[pos].isdigit():
            return True
        if norm[i] in "年月":
            return _DATE_PART_AHEAD.match(norm, pos) is None
        # (a year whose digits a blank parts, 2 021 年, is no date spread so: a line's parts)
        year = _SPREAD_YEAR.match(norm, pos)
        return year is None or not self.gap(year.end()) or bool(self.gaps_in(pos + 1, year.end()))

    def furniture(self, start: int, end: int) -> list[tuple[int, int]]:
        """Page furniture (``— 2 —``, ``第1页 共2页``, ``image1.wmf``) standing between gaps
        inside a flattened line: the ranges to drop."""
        out: list[tuple[int, int]] = []
        for m in _FURNITURE.finditer(self.norm, start, end) if self._furnished else ():
            a, b = m.span()
            after_sentence = a > start and self.norm[a - 1] in _SENTENCE_END
            paged = _PAGE_OF.fullmatch(m.group(0)) is not None  # 第1页共2页: itself enough
            if paged or (
                (a == start or self.gap(a) or after_sentence)
                and (b == end or self.gap(b) or after_sentence)
            ):
                out.append((a, b))
        # the bar a copy put where a table's cells or the paragraphs met
        if self._bars:
            out += [m.span() for m in _BAR.finditer(self.norm, start, end)]
        return out

    def bars_at_ends(self, line: Line) -> list[tuple[int, int]]:
        """The ``|`` a copy of a table put at the start or the end of a line (``关于…的
        回复 |``), with the kept spaces beside them: table furniture, no part of an
        element."""
        out: list[tuple[int, int]] = []
        if not self._bars:
            return out
        head = _BAR_HEAD.match(self.norm, line.start, line.end)
        if head is not None and head.end() < line.end:
            out.append(head.span())
        tail = _BAR_TAIL.search(self.norm, line.start, line.end)
        if tail is not None and tail.start() > (head.end() if head else line.start):
            out.append(tail.span())
        return out

    def furniture_at_end(self, line: Line) -> tuple[int, int] | None:
        """Page furniture that ends ``line`` after a sentence's end, a gap or a date (a
        flattened page glues the page's number to the signature's date, …某局2022年8月18日
        — 1 —: the signed letter ends at its date)."""
        if not self._furnished:
            return None
        a = furniture_tail(self.norm, line.start, line.end)  # (_FURNITURE_TAIL's search)
        if a is None or a == line.start:
            return None
        norm = self.norm
        if self.gap(a) or norm[a - 1] in _SENTENCE_END:
            return (a, line.end)
        dated = norm[a - 1] == "日" and _DATE_ENDING.search(norm, max(line.start, a - 20), a)
        return (a, line.end) if dated else None

    def kept(self, line: Line) -> int:
        """How many characters of ``line`` are no kept space."""
        return len(line.text) - line.text.count(" ")

    def inside_brackets(self, start: int, end: int) -> set[int]:
        """Positions inside a pair of round brackets (closed within a short distance):
        ``（联系人：…，电话：…）`` is one note, not several lines."""
        out: set[int] = set()
        norm = self.norm
        i = norm.find("（", start, end)
        while i >= 0:
            close = norm.find("）", i, min(end, i + MAX_NOTE))
            inner = norm.find("（", i + 1, close) if close > 0 else -1
            if close > 0 and inner < 0:
                out.update(range(i + 1, close + 1))
            i = norm.find("（", i + 1, end)
        return out

    # -- zones -------------------------------------------------------------------------------

    def zones(self, salutation: _Salutation | None) -> tuple[int, int]:
        """Where the head (header and title) ends and the body begins: ``salutation``, as
        :meth:`salutation` found it (asked first: it finds the opening's place too)."""
        if salutation is not None:
            return salutation.start, salutation.end
        first = self._first_opening  # (found by :meth:`salutation`, asked first)
        if first >= 0 and (form_row := self._row_then_opening(self.line_at(first), first)):
            # (strong: a label's value never speaks to the asker, the row ends there)
            self.opening_after_title = form_row
            return form_row, form_row
        titled = self._title_then_opening(first)
        if titled is not None:
            self.opening_after_title = titled
            return titled, titled
        if first < 0:
            return 0, 0
        line = self.line_at(first)
        if line is not self.lines[0]:
            return line.start, line.start
        # a one-line letter without salutation: the opening sentence starts after the
        # last gap or sentence end before 收悉, or after a form's last row glued there, its
        # value the opening whatever it opens with (…办理结果：《关于…》收悉; a row whose
        # value speaks to the asker is :meth:`_row_then_opening`'s)
        i = first
        while i > line.start and not self.gap(i) and self.norm[i - 1] not in _SENTENCE_END:
            i -= 1
        for label in _HEADER_LABEL.finditer(self.norm, i, first):
            if not self._label_in_note(label, first):
                i = self.skip_space(label.end())
        # (or after the letter's 发文字号 that opens the line, the opening glued to it and
        # spoken to the asker: 某字〔2025〕141号您提出的…收悉, the number its head whole)
        number = _DOC_NUMBER.match(self.norm, i, first) if i == line.start else None
        if number is not None and _BARE_NAME_OPENING.match(self.norm, number.end(), first):
            i = self.opening_after_title = number.end()
        return i, i

    def _label_in_note(self, label: re.Match[str], end: int) -> bool:
        """Whether ``label`` (a :data:`_HEADER_LABEL` match before ``end``) is a note's in
        brackets, no form's row: it opens with a bracket, or its value closes one within a
        note's reach before ``end`` that it did not open (…的建议》（建议号：88）收悉)."""
        norm = self.norm
        if norm[label.start()] in _OPEN:
            return True
        close = norm.find("）", label.end(), min(end, label.end() + MAX_NOTE))
        return close >= 0 and norm.find("（", label.end(), close) < 0

    def _row_then_opening(self, line: Line, first: int) -> int | None:
        """Where the opening starts on ``line``, before ``first`` (its 收悉 or 如下：), when a
        form's last row holds it, its label's value the reply's opening itself
        (``办理结果：您好，你提出的…收悉``, ``答复内容：你提出的…``, the form's other rows or
        the title glued before it in a flattened copy): a letter with no salutation whose
        form ends with that row; the label is the form's, the opening the body's. None when
        no header label stands there with a greeting or words spoken to the asker right
        after its colon."""
        norm = self.norm
        for label in _HEADER_LABEL.finditer(norm, line.start, first):
            at = self.skip_space(label.end())
            greeting = _GREETING.match(norm, at, first)
            said = self.skip_space(greeting.end()) if greeting is not None else at
            if said < first and _BARE_NAME_OPENING.match(norm, said, first) is not None:
                return at
        return None

    def _title_then_opening(self, first: int) -> int | None:
        """Where the opening starts right after the letter's title on the first line, when
        the line opens as a title does (关于, 对, or its authority before them) and its
        reply ending meets an opening (:data:`_TITLE_THEN_OPENING`) before ``first`` (the
        first 收悉 or 如下：, -1: none): no salutation stands between them, so the title
        ends there."""
        if not self.lines:
            return None
        line = self.lines[0]
        start = self.skip_space(line.start)
        number = (
            _DOC_NUMBER.match(self.norm, start, line.end)
            if _TITLE_START.match(self.norm, start, line.end) is None
            else None
        )
        if number is not None and "关于" not in number.group() and "：" not in number.group():
            # the letter's 发文字号 over the title (its authority's name before or after it,
            # a class mark after it): the title starts after them
            start = self.skip_space(number.end())
            if (mark := _CLASS_MARK.match(self.norm, start, line.end)) is not None:
                start = self.skip_space(mark.end())
            dated = self.norm.startswith("，", start)
            if dated and (date := _WHOLE_DATE.match(self.norm, start + 1, line.end)):
                start = self.skip_space(date.end())  # (its date after a comma: mend73a)
            name = _AUTHORITY_VALUE.match(self.norm, start, line.end)
            if name is not None and _TITLE_START.match(self.norm, name.end(), line.end):
                start = name.end()
        if _TITLE_START.match(self.norm, start, line.end) is None:
            # (a title that opens with its authority: 某县水务局关于…的复函)
            name = _AUTHORITY_VALUE.match(self.norm, start, line.end)
            if name is None or _TITLE_START.match(self.norm, name.end(), line.end) is None:
                return None  # (the first line opens no title: most letters stop here)
        # (the opening the ending meets is read past the title's reach: its 收悉 too)
        reach = min(line.end, start + _TITLE_LONGEST + _OPENING_REACH)
        m = _TITLE_THEN_OPENING.search(self.norm, start + _HEADING_LEAST, reach)
        longest = start + _TITLE_LONGEST
        if m is None and self.norm.find("号", start, reach) >= 0:
            # (the 发文字号 between them: its authority's name and code read past the
            # title's reach)
            longest += _NUMBER_HEAD_LONGEST
            reach = min(line.end, reach + _NUMBER_HEAD_LONGEST)
            m = _TITLE_NUMBER_THEN_OPENING.search(self.norm, start + _HEADING_LEAST, reach)
        if m is None or m.end() > longest or m.end() > first >= 0:
            return None
        at = self.skip_space(m.end())
        return at if at < line.end else None

    # -- the salutation ----------------------------------------------------------------------

    def salutation(self) -> _Salutation | None:
        """The salutation (主送), wherever it stands: the first names and role word with a
        colon (or, without it, a pronoun or a gap after it) before the opening's 收悉,
        bounded on the left by a title ending, an opener (尊敬的), a header element or a
        gap; and an opening after it on its line, when anything follows."""
        first = self._first_opening = _first_opening(self.norm)
        limit = first if first >= 0 else min(len(self.norm), MAX_HEAD)
        unit: _Salutation | None = None  # (a unit's 组 with its colon, held: see below)
        for m in _SALUTATION_END.finditer(self.norm, 0, limit):
            group = m.group() == _UNIT_GROUP
            if group and not self.norm.startswith("：", m.end()):
                continue  # (a unit's 组 ends a salutation only before its colon)
            if self._words_go_on(m.end()):
                continue  # (most role words stand in the title: 会议, 代表建议)
            if self._padded_middle(m.start(), m.end()):
                continue  # (王 社 旭代表：, a name's middle character a body's ending)
            found = self._salutation_at(m.start(), m.end())
            if found is None:
                continue
            if unit is not None:
                # names and their colon after the unit's colon and its value: the unit's a
                # row's label (专家组：王某、李小明 王某代表：, 督查组：县政府督查室 王某代表：,
                # 起草组：王某 审核：…), no salutation
                if self.norm[found.end - 1] != "：":
                    continue
                # (the names open after the row's value: after its last gap, flattened with
                # blanks; glued, no later than after its colon)
                gaps = self.gaps_in(unit.end, found.end)
                start = self.skip_space(gaps[-1]) if gaps else max(found.start, unit.end)
                return _Salutation(max(start, found.start), found.end)
            if group:
                if _CLAUSE_STOP.search(self.norm, found.start, m.start()) is not None:
                    continue  # (a sentence's: 经研究，调研组：王某、李小明赴现场…)
                unit = found  # (the salutation unless names and a colon follow: mend74a)
                continue
            return found
        if unit is not None:
            return unit
        # none with the role after the names: one with the role before them (人大代表王某：),
        # asked only then (most letters' salutation is found above), after each 代表 or 委员
        norm, at = self.norm, []
        for word in _ROLE_FIRST_WORDS:  # (str.find: a regex's scan of a long head costs more)
            pos = norm.find(word, 0, limit)
            while pos >= 0:
                at.append(pos)
                pos = norm.find(word, pos + 2, limit)
        for pos in sorted(at):
            found = self._role_first_at(pos, pos + 2)
            if found is not None:
                return found
        return (
            self._repeated_body(limit)
            or self._bare_name(limit)
            or self._name_and_post(limit)
            or self._body_after_title(limit)
        )

    def _name_and_post(self, limit: int) -> _Salutation | None:
        """A salutation that is a person's name and post, no role word (``王某主任：``, a post
        of data/posts.txt), glued after a header element in a copy that lost its line breaks
        (``B类王某主任：您提出的…``, ``某函〔2024〕3号王某局长：…``): where the names before a
        role word would start there (:meth:`_names_start`, which knows the elements' ends),
        a name of two or three characters opening with a surname, then the post and its
        colon, an opening after it on its line (left71; :meth:`_bare_name` asks the line's
        start, a gap or a title's ending before the name, as where the copy kept its lines)."""
        norm = self.norm
        # (each colon asked for a post before it: str.find, a post's search only there)
        colon = norm.find("：", 0, limit)
        while colon >= 0:
            post = _POST_BEFORE.search(norm, max(0, colon - _POST_LONGEST), colon)
            line = self.line_at(colon)
            after = self.skip_space(colon + 1)
            if (
                post is not None
                and after < line.end
                and _OPENING.search(norm[after : min(after + _BARE_OPENING_REACH, line.end)])
                and (start := self._names_start(post.start(), line)) is not None
                and 2 <= post.start() - start <= 3
            ):
                name = norm[start : post.start()]
                if (
                    _BARE_NAME.fullmatch(name)
                    and opens_with_surname(name)
                    and not _NOT_NAMES.search(name)
                ):
                    return _Salutation(start, colon + 1)
            colon = norm.find("：", colon + 1, limit)
        return None

    def _padded_middle(self, role: int, role_end: int) -> bool:
        """Whether ``norm[role:role_end]``, a body's ending of one character (社, 局, 院),
        is the middle character of a three-character name a typist spaced out, the role
        after it (``王 社 旭代表：``): one character alone before it, blanks on both sides,
        and one character alone after it, glued to a person's role. No body's name is one
        character and its ending spaced apart with a person's name after it."""
        norm = self.norm
        if role_end - role != 1 or role < 1 or norm[role] in _PERSON_ROLES:
            return False
        line = self.line_at(role)
        lone = role - 1 == line.start or (role >= 2 and self.gap(role - 1))
        if not (lone and self.gap(role) and self.gap(role_end)):
            return False
        name_end = role_end + 1
        return (
            _LONE_HANZI.match(norm, role - 1) is not None
            and _LONE_HANZI.match(norm, role_end) is not None
            and not self.gap(name_end)
            and any(norm.startswith(word, name_end) for word in _PERSON_ROLES)
        )

    def _repeated_body(self, limit: int) -> _Salutation | None:
        """A body's name written as the salutation with no colon and again as the
        opening's subject, the copy's line break between them lost (…的办理意见某党某市委员会
        某党某市委员会向…会议提交了…): right after a title's ending, a name of four to
        twenty characters ending as a body's does (:data:`_BODY_END`), written twice in a
        row, the second followed by the verb of its sentence (向, 在, 提出, 提交, 所提, 于).
        The first is the salutation, as on a line of its own."""
        norm = self.norm
        for m in _TITLE_END.finditer(norm, 0, min(limit, MAX_HEAD)):
            at = m.end()
            if at >= len(norm):
                break
            # (the second copy opens with the first's character: only those places asked)
            stop = at + _BODY_LONGEST + 1
            again = norm.find(norm[at], at + _BODY_SHORTEST, stop)
            while again >= 0:
                size = again - at
                name = norm[at:again]
                if (
                    norm.startswith(name, again)
                    and _BODY_END.search(name) is not None
                    and _BODY_NAME.fullmatch(name) is not None
                    and _BODY_VERB.match(norm, at + 2 * size) is not None
                    and self.line_at(at) is self.line_at(at + 2 * size - 1)
                ):
                    return _Salutation(at, at + size)
                again = norm.find(norm[at], again + 1, stop)
        return None

    def _bare_name(self, limit: int) -> _Salutation | None:
        """A salutation that is a person's name alone, no role word (``张某某：你提出的…``),
        asked only where none with a role stands: two to four characters opening with a
        surname, bounded on the left by the line's start, a gap or a title's ending, then
        its colon and, on its line, an opening that speaks to that person, a pronoun and
        the verb of asking (:data:`_BARE_NAME_OPENING`). A colon before a pronoun is rare
        in a head: a label's value is no sentence to ``你``, and a name alone asks both."""
        norm = self.norm
        pos = norm.find("：", 0, limit)
        while pos >= 0:
            line = self.line_at(pos)
            after = self.skip_space(pos + 1)
            asking = (
                after < line.end
                and norm[after] in _PRONOUN_FIRST
                and _BARE_NAME_OPENING.match(norm, after, line.end) is not None
            )
            # (right after a title's ending, the opening need not ask: 感谢你…, flathead64)
            opens = asking or (
                after < line.end
                and _OPENING.search(norm[after : min(after + _BARE_OPENING_REACH, line.end)])
                is not None
            )
            if opens:
                for size in (2, 3, 4):
                    start = pos - size
                    if start < line.start:
                        break
                    name = norm[start:pos]
                    if (
                        _BARE_NAME.fullmatch(name)
                        and opens_with_surname(name)
                        and not name.endswith(_ROLE_ENDINGS)  # (a role's, not asked here)
                        and not _NOT_NAMES.search(name)
                        and _HEADER_LABEL.match(norm, start, pos + 1) is None
                        and (
                            (asking and (start == line.start or self.gap(start)))
                            or self._title_ends_at(self._back_over_gap(start, line), line)
                            # (or a header element's end, glued: B类王某：, 某函〔…〕3号李某：,
                            # as the names before a role start there; left72a)
                            or (asking and self._names_start(pos, line) == start)
                        )
                    ):
                        return _Salutation(self._post_before_name(start, line), pos + 1)
            pos = norm.find("：", pos + 1, limit)
        return None

    def _post_before_name(self, start: int, line: Line) -> int:
        """Where the salutation whose name starts at ``start`` opens: at a post a blank parts
        from the name before it (主任 王某：, 副局长 李某：, data/posts.txt), right after a
        title's ending, a gap or the line's start (…的答复 主任 王某：, flattened): the post
        is the salutation's, no word of the title's (left69); else at the name."""
        norm = self.norm
        end = self._back_over_gap(start, line)
        if end == start and not self.gap(start):
            return start  # (glued to the name: no post apart)
        post = _POST_BEFORE.search(norm, max(line.start, end - _POST_LONGEST), end)
        if post is None:
            return start
        at = post.start()
        if (
            at == line.start
            or self.gap(at)
            or self._title_ends_at(self._back_over_gap(at, line), line)
        ):
            return at
        return start

    def _back_over_gap(self, pos: int, line: Line) -> int:
        """``pos``, or the place before the kept spaces right before it on ``line``."""
        norm = self.norm
        while pos > line.start and norm[pos - 1] in _SEPARATORS:
            pos -= 1
        return pos

    def _body_after_title(self, limit: int) -> _Salutation | None:
        """A salutation that is a body's name alone, with no office's ending (国家电网：,
        中国移动：), right after a title's ending on a flattened line, glued or after a gap
        (``…的答复国家电网：你单位转来的…``), its colon and then an opening that speaks to it
        (你, 您, 贵): where the letter kept its lines, the name stands on a line of its own
        and the layout reads it so (decided, left63). Asked only where no other salutation
        was found: two to twenty characters, no title's or sentence's words, no role word
        (a salutation with one is read by the rules above, or is none: 代表王某：), no label,
        no form's row nor a paragraph's opening words (回复内容：, 经研究：; review63a)."""
        norm = self.norm
        pos = norm.find("：", 0, limit)
        while pos >= 0:
            line = self.line_at(pos)
            after = self.skip_space(pos + 1)
            if after < line.end and norm[after] in _SPOKEN_TO:
                lo = max(line.start, pos - _BODY_LONGEST - 8)
                for m in _TITLE_END_BEFORE_BODY.finditer(norm, lo, pos):
                    start = self.skip_space(m.end())
                    name = norm[start:pos]
                    if (
                        2 <= len(name) <= _BODY_LONGEST
                        and _BODY_NAME.fullmatch(name) is not None
                        and _TITLE_WORDS.search(name) is None
                        and _NOT_NAMES.search(name) is None
                        and (
                            not any(word in name for word in _ROLE_WORDS)
                            # (a unit's name that holds one, an office's ending after it:
                            # 某县人大代表联络站的反馈小组：; left72a)
                            or name.endswith(_UNIT_ENDINGS)
                        )
                        and _HEADER_LABEL.match(norm, start, pos + 1) is None
                        and NO_BODY_NAME.search(name) is None
                    ):
                        return _Salutation(start, pos + 1)
            pos = norm.find("：", pos + 1, limit)
        return None

    def _role_first_at(self, role: int, role_end: int) -> _Salutation | None:
        """The salutation that writes the role before the names, its 代表 or 委员 at
        ``norm[role:role_end]``, the names glued or after a blank, then its colon
        (``人大代表王某：``, ``领衔代表 王某，联名代表李某：``, ``市政协委员李某等3位委员：``):
        a deputy's or member's title (a level or place before it kept), or a bare 代表 or
        委员 after what part the person took (领衔, 联名…); the names open with a surname,
        and an opening (or a marker) follows the colon on its line, if anything does."""
        norm = self.norm
        if not opens_with_surname(norm[role_end : role_end + 2]):
            return None  # no name after it, as after most role words (代表建议): the gate
        line = self.line_at(role)
        colon = norm.find("：", role_end, min(line.end, role_end + _ROLE_FIRST_REACH))
        if colon < 0:
            return None  # (the gate: most role words have no colon after them)
        names = _NAMES_AFTER_ROLE.fullmatch(norm, role_end, colon + 1)
        if names is None:
            return None
        start = self._names_start(role, line)
        if start is None:
            return None
        lead = norm[start:role]
        opener = _OPENER.match(lead)
        while opener:  # 尊敬的人大代表王某：
            lead = lead[opener.end() :]
            opener = None if opener.group().endswith("的") else _OPENER.match(lead)
        # 人大代表, 市政协委员: a level or place may stand before the title; 领衔代表: the
        # part the person took; a bare 代表王某 is none
        titled = lead.endswith(_TITLES)
        place = lead[:-2] if titled else lead
        if not titled and _ACT.fullmatch(lead) is None:
            return None
        if titled and (len(place) > 6 or _NOT_NAMES.search(place)):
            return None
        end = colon + 1
        after = self.skip_space(end)
        if (
            after < line.end
            and not _OPENING.search(norm[after : min(after + 60, line.end)])
            and self.marker_at(after, line.end) is None
        ):
            return None  # (the marker asked only where the opening is not found)
        return _Salutation(start, end)

    def _words_go_on(self, role_end: int) -> bool:
        """Whether the words run on, glued, after a role word ending at ``role_end``: no
        colon (nor a mark for it, :meth:`_mark_for_colon`), no 们, no line's end, no gap,
        and no pronoun or verb of an opening after it. Exact: :meth:`_salutation_at` finds
        no salutation there (the same tests, asked of the one character that follows)."""
        norm = self.norm
        if role_end >= len(norm):
            return False
        ch = norm[role_end]
        if ch in _COLON_IN_PLACE:
            return not self._mark_for_colon(role_end, self.line_at(role_end).end)
        if ch in _ROLE_NOTE_FIRST and _ROLE_NOTE.match(norm, role_end):
            return False
        if ch == "《":  # the opening that names the proposal received (王某委员《…》收悉)
            return _QUOTED_RECEIVED.match(norm, role_end) is None
        if ch == "感" and _THANKS_SPOKEN.match(norm, role_end) is not None:
            return False  # (an opening that thanks the person, 王某委员感谢你…: asked there)
        return not (
            ch in "：们\n"
            or ch in _SEPARATORS
            or ch in _PRONOUN_FIRST
            or ch in _ASKED_FIRST
            or self.gap(role_end)
        )

    def _salutation_at(self, role: int, role_end: int) -> _Salutation | None:
        """The salutation whose role word (or body's ending) is ``norm[role:role_end]``."""
        norm = self.norm
        line = self.line_at(role)
        end = role_end + 1 if norm.startswith("们：", role_end) else role_end  # 各位委员们：
        if (
            end < line.end
            and norm[end] in _ROLE_NOTE_FIRST
            and (note := _ROLE_NOTE.match(norm, end, line.end))
        ):
            end = note.end() - 1  # a note after the role, its colon after it: 王某委员（某局）：
        greeting = None
        if end < line.end and norm[end] in _PRONOUN_FIRST:
            greeting = _GREETING.match(norm, end, line.end)
        elif end + 1 < line.end and norm[end] in "，," and norm[end + 1] in _PRONOUN_FIRST:
            greeting = _GREETING.match(norm, end + 1, line.end)  # 王某代表，您好：
        if greeting is not None:
            end = greeting.end() - 1  # (its mark read as the colon)
        colon = end < line.end and (
            norm[end] == "："
            or greeting is not None
            or (norm[role:role_end] in _PERSON_ROLES and self._mark_for_colon(end, line.end))
        )
        gap_after = end < line.end and self.gap(end)
        if gap_after and not colon:
            if more := self._more_pairs(end, line.end):
                # the next names and role after a blank: the salutation runs on to its colon
                end, colon = more.end() - 1, True
            elif alone := self._bare_last(_PAIRS_BARE_LAST_ALONE.fullmatch(norm, end, line.end)):
                end = alone.end()  # 王某代表 李某 ending its line: one salutation, no colon
        if colon:
            end += 1
        after = self.skip_space(end)  # where what follows it on its line starts
        said = after < line.end  # whether anything follows
        # without a colon, the opening's first words tell: a pronoun (its 们 may be left
        # over from 你们: …委员们提出的…), or the verb of the opening (提出, 在…会议上)
        opening = after + 1 if said and norm[after] == "们" else after
        # (each asked only after the character its words open with: 你/您, 提/所/领/在)
        first = norm[opening] if opening < line.end else ""
        spoken = first in _PRONOUN_FIRST and _PRONOUN.match(norm, opening, line.end) is not None
        asked = first in _ASKED_FIRST and _ASKED.match(norm, opening, line.end) is not None
        if first == "《" and not colon:
            # the opening names the proposal by its title, no colon after the role (王某委员
            # 《关于…的建议》收悉…): as its verb does, the quoted title received opens it
            asked = _QUOTED_RECEIVED.match(norm, opening, line.end) is not None
        # (or it thanks the person glued before it, a person's role right after the title:
        # …的答复王某委员感谢你…; a body's name there is the opening's subject, 某局感谢您…)
        thanked = (
            not colon
            and first == "感"
            and norm[role:role_end] in _PERSON_ROLES
            and _THANKS_SPOKEN.match(norm, opening, line.end) is not None
        )
        if not colon and said and not (gap_after or spoken or asked or thanked):
            return None
        if (
            not colon
            and gap_after
            and not spoken
            and norm[role:role_end] not in _PERSON_ROLES
            and _HEADER_LABEL.match(norm, after, line.end)
        ):
            # a cell of a page's row of metadata, a label the next cell (…的函 2024-01-02
            # 10:00 某市某局 审核人：王某代表：…): the publisher's name, spoken to by none.
            # Not a person with a role (王某代表 联系人：李某): a deputy is whom a letter
            # answers, whatever label follows the blank
            return None
        if not colon and not spoken and norm[role:role_end] in _GROUP_ROLES:
            return None  # (a group's name with no colon is the salutation only spoken to)
        start = self._names_start(role, line)
        if start is None:
            return None
        if colon and self._work_office_label_at(start, role_end, line):
            # the form's row of the office and the work it answers for (建议承办责任科室：
            # 某科): a label, no one addressed (mend75c)
            return None
        if (
            norm[start] == "，"
            and norm[start - 1 : start] == "号"
            and norm[role:role_end] not in _PERSON_ROLES
            and norm[role_end : role_end + 1] != "："
        ):
            # a body's name after a comma after the 发文字号, no colon of its own after it
            # (…5号，某县某局 王某代表：): the number's line's authority (mend73a), no one
            # addressed; the names after it are the salutation (left74a)
            return None
        if end > role_end + 1 and site_or_brand(norm[start:role_end]):
            # (a site's name or a mirror's brand, 某某网站, ends as a body's name does, the
            # names after it: the page's, spoken to by none; the salutation is theirs)
            return None
        if (
            gap_after
            and norm[role:role_end] not in _PERSON_ROLES
            and norm[role_end : role_end + 1] != "："
            and self._publisher_value(start, role_end)
        ):
            # a body named as a page's label of the publisher names it, the names after a
            # blank (来源：某局  王某委员：, a page flattened with spaces between its lines):
            # the label's value, no one the letter is addressed to; the salutation is the
            # names after it. A body with its own colon after the label is the salutation
            # (来源：某街道：, the label's value lost)
            return None
        # words that are no names before a gap (…会议第88建议 王某等代表, a title's): the
        # names follow it, one run to its role, unless a role word ends them (领衔代表
        # 王某等代表：, the role written first), or what follows is no names either
        # (the gaps asked first: a bisect; most runs of names hold none)
        gaps = self.gaps_in(start + 1, role)
        if (
            gaps
            and (_NOT_NAMES.search(norm, start, role) or _ITEM_WORDS.search(norm, start, role))
            and not norm.endswith(_ROLE_FIRST_WORDS, start, gaps[-1])
            and not _NOT_NAMES.search(norm, gaps[-1], end)
            and not self.gaps_in(gaps[-1] + 1, end)
        ):
            start = gaps[-1]
        if colon and not gaps and (met := norm.rfind("会议", start, role)) >= 0:
            # the names glued after a title a copy cut after its session (对某省某届人大某次
            # 会议余某某等代表：您提出的…, a head glued with nothing between its lines): the
            # names open after the session, when they read as names (flat61a)
            after = met + 2
            if (
                after < role
                and opens_with_surname(norm[after:role])
                and _NAMES.fullmatch(norm, after, role) is not None
                and _NOT_NAMES.search(norm, after, role) is None
            ):
                start = after
        names = norm[start:role]
        if (
            not names
            and colon
            and role > line.start
            and norm[role:role_end] in _PERSON_ROLES
            and self.gap(role)
            and self._title_ends_at(role, line)
            and (after >= line.end or _OPENING.search(norm[after : min(after + 60, line.end)]))
        ):
            # a role alone with its colon, no name (a published copy leaves it out), after
            # the title's ending and a blank (…的答复函 代表：您提出的…): the salutation
            return _Salutation(role, end)
        opener = _OPENER.match(names)
        opened = opener is not None
        while opener:  # 致尊敬的: both openers; 尊敬的致公党: 致 opens the names
            names = names[opener.end() :]
            opener = None if opener.group().endswith("的") else _OPENER.match(names)
        if not names or _NOT_NAMES.search(names) or not _NAMES.fullmatch(names):
            return None
        if colon:
            # (the marker asked only where the opening is not found: either one makes it)
            opens = not said or _OPENING.search(norm[after : min(after + 60, line.end)])
            if opens or self.marker_at(after, line.end) is not None:
                return _Salutation(start, end)
            if start > line.start and self._title_ends_at(start, line):
                # names and their colon right after a title's ending on its line, the
                # opening in words of its own (…的答复 某县政协办公室：感谢关心…): the
                # salutation, as on the line of its own the copy lost (flathead64)
                return _Salutation(start, end)
            return None
        titled = self.after_title(start, line)
        # (or the letter's 发文字号 right before them, whole or damaged, the opening after
        # them: 某函〔202323 李某代表 在…会议上提出的…, its lines flattened; flat61a)
        numbered = not titled and (spoken or asked) and self._number_ends_at(start, line)
        # (or a page's cell of the publisher right before them, its value the body's name
        # glued or after a blank: 来源：某局王某代表提出的…, fix132)
        published = (
            not titled
            and not numbered
            and asked
            and self._publisher_cell_ends_at(start, line)
            and not self._asked_runs_into_title(after, line)
        )
        titled = titled or numbered or published
        if not said:  # names and a role end the title's line: …的答复 王某代表
            if start > line.start and (titled or self._header_then_opening(start, line)):
                return _Salutation(start, end)
            return None
        if not (spoken or (gap_after and titled) or ((asked or thanked) and (opened or titled))):
            return None
        if not (spoken or asked) and (
            self._number_at(after, line.end) or self._sent_under_at(after, line.end) is not None
        ):
            # an authority under the title, its 发文字号 after the gap, or the note of the
            # number the reply was sent under (…以〔2031〕某发函第1号文函复：): no names
            return None
        if (
            start != line.start
            and not numbered
            and not published
            and not _TITLE_END.search(norm, line.start, start)
            and _KIND_AFTER_FIGURES.search(norm, max(line.start, start - 4), start) is None
        ):
            # a colonless salutation needs the title (or the line start) before it: a
            # title's ending, or the item its title names by number, 号 lost (…第88建议)
            return None
        if asked and not spoken:
            # an authority addressed with no colon, the opening naming the person who asked
            # glued after it (…的会办意见某区某局王某代表提出的…建议收悉): the authority is
            # the salutation, the person and the role open the sentence
            for n in (2, 3, 4):
                if (
                    role - n > start
                    and _AUTHORITY_VALUE.fullmatch(norm, start, role - n)
                    and opens_with_surname(norm[role - n : role])
                ):
                    return _Salutation(start, role - n)
        return _Salutation(start, end)

    def _header_then_opening(self, start: int, line: Line) -> bool:
        """Whether names and a role ending ``line`` at ``start`` are the salutation without its
        colon at the end of a flattened head's line, the opening on the line under it
        (``某函〔2031〕5号 王某代表`` / ``您提出的…``, ``签发人：李某 王某代表`` / ``提出的…``,
        ``…的答复（B）某代表团`` / ``你们在…``): the names set apart from the header before
        them (a blank, a 发文字号, a closing bracket or a bar), and the line under them
        opening as the reply does, spoken to its reader (您, 你们) or with the verb of the
        proposal's asking (提出的…, 在…会议上). A line the letter kept reads so as one of
        its own (layout); a copy's flattened head ends its line there."""
        k = self.index(line) + 1
        if k >= len(self.lines):
            return False
        norm, below = self.norm, self.lines[k]
        first = norm[below.start]
        if not (
            (first in _PRONOUN_FIRST and _PRONOUN.match(norm, below.start, below.end))
            or (first in _ASKED_FIRST and _ASKED.match(norm, below.start, below.end))
        ):
            return False
        return (
            self.gap(start)
            or norm[start - 1] in _CLOSERS
            or norm[start - 1] in CELL_BARS
            or self._number_ends_at(start, line)
        )

    def _asked_runs_into_title(self, after: int, line: Line) -> bool:
        """Whether the asking after colonless names at ``after`` runs on, before any mark of
        a sentence, into a reply's title's ending and names with their colon glued after it
        (``来源：本站王某代表提出的关于…的答复王某代表：您…``): a title broken after the role,
        the salutation the one with its colon under it, no opening after the names
        (mend75c: fix164's round read the title's first line as the salutation, glued)."""
        stop = min(after + _ASKED_TITLE_REACH, line.end)
        sentence = _SENTENCE_MARK.search(self.norm, after, stop)
        stop = sentence.start() if sentence is not None else stop
        return _REPLY_END_THEN_NAMES.search(self.norm, after, stop) is not None

    def _publisher_cell_ends_at(self, pos: int, line: Line) -> bool:
        """Whether a page's cell of the publisher (来源：, 信息来源：, 发布机构：…) ends right
        before ``pos`` on ``line``, its value an authority's name, a blank after it or none
        (``来源：某局王某代表提出的…``, ``来源：某局 王某代表 提出的…``): the names after it
        are set apart from the page's head as after a title (decided, fix132)."""
        norm = self.norm
        stop = pos - 1 if pos - 1 > line.start and norm[pos - 1] == " " else pos
        colon = norm.rfind("：", max(line.start, stop - _PUBLISHER_VALUE_LONGEST), stop)
        if colon < 0 or (
            _AUTHORITY_VALUE.fullmatch(norm, colon + 1, stop) is None
            and _SITE_ITSELF.fullmatch(norm, colon + 1, stop) is None
        ):
            return False
        before = _PUBLISHER_LABEL_BEFORE
        return before.pattern.search(norm, max(0, colon + 1 - before.reach), colon + 1) is not None

    def _number_ends_at(self, pos: int, line: Line) -> bool:
        """Whether a 发文字号 ends right before ``pos`` on ``line`` (a blank between or none):
        whole (某函〔2024〕5号) or damaged as a copy leaves it (某函〔202405, 某函〔2024〕5)."""
        stop = pos - 1 if pos - 1 > line.start and self.gap(pos) else pos
        if stop <= line.start or not (
            self.norm[stop - 1].isdecimal() or self.norm[stop - 1] == "号"
        ):
            return False
        return (
            _NUMBER_ENDING.search(self.norm, max(line.start, stop - _NUMBER_BACK), stop) is not None
        )

    def _publisher_value(self, start: int, end: int) -> bool:
        """Whether the body named from ``start`` to ``end`` (its ending's end) is the value
        of a page's label of the publisher (来源, 信息来源, 发布机构…): after the label and
        its colon (来源：某局), after the label, its colon lost (信息来源  某局, 发布机构某局,
        where the names' run stopped), or with the label opening the name (来源  某局,
        来源某局)."""
        norm = self.norm
        before = _PUBLISHER_LABEL_BEFORE
        if norm[start - 1 : start] == "：":
            return before.pattern.search(norm, max(0, start - before.reach), start) is not None
        back = start
        while back > 0 and norm[back - 1] in _SEPARATORS:
            back -= 1
        if (
            back > 0
            and norm[back - 1] in _PUBLISHER_LABEL_LAST
            and any(norm.endswith(word, 0, back) for word in _AUTHORITY_VALUE_LABELS)
        ):
            return True  # (the names' run stopped after the label: 信息来源某局  王某委员：)
        if norm[start] not in _BARE_LABEL_FIRST:
            return False  # (the gate: most names open with none of the labels' characters)
        return any(
            norm.startswith(word, start)
            and (
                self.gap(start + len(word))
                or _AUTHORITY_VALUE.fullmatch(norm, start + len(word), end) is not None
            )
            for word in _AUTHORITY_VALUE_LABELS
            if start + len(word) < end
        )

    def _more_pairs(self, pos: int, end: int) -> re.Match[str] | None:
        """The names and role words of a salutation's list after a blank, from ``pos`` to
        its colon: :data:`_MORE_PAIRS`, else :data:`_MORE_PAIRS_BARE_LAST` when its last
        name opens with a surname and is no header label."""
        norm = self.norm
        more = _MORE_PAIRS.match(norm, pos, end)
        if more is not None or "：" not in norm[pos:end]:
            return more
        return self._bare_last(_MORE_PAIRS_BARE_LAST.match(norm, pos, end))

    def _bare_last(self, m: re.Match[str] | None) -> re.Match[str] | None:
        """``m``, a list of names whose last lost its role (:data:`_MORE_PAIRS_BARE_LAST`),
        when that name opens with a surname and is no header label; else None."""
        if m is None or not opens_with_surname(m.group("last")):
            return None
        return None if _HEADER_LABEL.match(self.norm, m.start("last"), m.end()) else m

    def _mark_for_colon(self, pos: int, end: int) -> bool:
        """Whether ``norm[pos]``, right after a salutation's role word, is a comma or a
        semicolon written for its colon (:data:`_COLON_IN_PLACE`): the line ends after it
        or the opening speaks to the addressee there (您提出的…, 贵委…, or
        :data:`_OPENING_WORDS`: 现将您…), blanks between."""
        norm = self.norm
        if norm[pos] not in _COLON_IN_PLACE:
            return False
        after = self.skip_space(pos + 1)
        return (
            after >= end
            or norm[after] in _SPOKEN_TO
            or _OPENING_WORDS.match(norm, after, end) is not None
        )

    def _title_ends_at(self, pos: int, line: Line) -> bool:
        """Whether a title's ending (答复, 复函…) ends right at ``pos`` on its line (a name
        glued after the title it is under: …的答复张某某：), or before the page's font tool
        glued between them (…的答复字体【大 中 小】张某某：, its sizes lost to a copy's
        marks or not, 字体【？？？？】: fix124)."""
        norm = self.norm
        if norm[pos - 1 : pos] in "】]" and (
            tool := _FONT_TOOL_BEFORE.search(norm, max(line.start, pos - _FONT_TOOL_LONGEST), pos)
        ):
            pos = tool.start()
        return _TITLE_END_AT.search(norm, max(line.start, pos - 4), pos) is not None

    def name_after_title(self, pos: int, line: Line) -> int | None:
        """Where a name with no role word nor colon starts that stands between a title's
        ending and the opening at ``pos`` on a flattened line, set apart from the opening by
        a gap (``…的答复 某村代表组 你们提出的…``): the salutation to a group or a body,
        which the letter writes on a line of its own. Asked only where no salutation was
        found: the name is two to twenty characters with no title's or sentence's words,
        and the opening speaks to it (你, 您, 贵)."""
        norm = self.norm
        if norm[pos : pos + 1] not in _SPOKEN_TO or not self.gap(pos):
            return None
        for m in _TITLE_END_IN_HEAD.finditer(norm, max(line.start, pos - _BODY_LONGEST - 4), pos):
            name = norm[m.end() : pos].strip()
            if (
                _BODY_SHORTEST // 2 <= len(name) <= _BODY_LONGEST
                and _BODY_NAME.fullmatch(name) is not None
                and _TITLE_WORDS.search(name) is None
                and _NOT_NAMES.search(name) is None
            ):
                return m.end()
        return None

    def after_title(self, pos: int, line: Line) -> bool:
        """Whether a title's ending stands right before ``pos`` (on its line or at the end
        of the line above)."""
        if pos > line.start:
            return _TITLE_END.search(self.norm, max(line.start, pos - 4), pos) is not None
        k = self.index(line)
        if k == 0:
            return False
        above = self.lines[k - 1]
        return _TITLE_END.search(self.norm, max(above.start, above.end - 4), above.end) is not None

    def _right_under_text(self, line: Line) -> bool:
        """Whether ``line`` stands right under the letter's line with text above it, only
        blanks and line breaks between them as written: a title's ending opening ``line``
        (``函`` of ``…的答复`` over ``函王某代表：``) may end the title there. A line the view
        dropped between them (the page's byline under its heading) parts the two, and the
        ending is the names' first character as written (``函某某委员：``, fix117)."""
        k = self.index(line)
        return k > 0 and not self._dropped_between(self.lines[k - 1].end - 1, line.start)

    def _page_text_before(self, pos: int) -> bool:
        """Whether the view dropped words of the page right before ``norm[pos]`` on its line
        (a flattened page's byline between the title and the names, ``…的答复 来源：…
        【字体： 函某某委员：``): a title's ending opening the names there is their first
        character as written, as where the byline stands on its own line (fix117, flat117)."""
        return self._dropped_between(pos - 1, pos)

    def _dropped_between(self, last: int, first: int) -> bool:
        """Whether the copy as written holds words the view dropped between ``norm[last]``
        and ``norm[first]`` (blanks and line breaks are none)."""
        origin = self.view.origin
        return bool(self.view.original[origin[last] + 1 : origin[first]].strip())

    def _title_end_bound(self, m: re.Match[str], run: int) -> int:
        """Where a title's ending matched at ``m`` in the names' run from ``norm[run]`` ends
        the title: at the match's end, or where the view dropped the page's words inside it
        (``…的答复 来源：… 【字体： 函某某委员：``, read ``答复函``: ``答复`` ends the title
        and ``函`` opens the names, :meth:`_page_text_before`)."""
        for q in range(run + m.start() + 1, run + m.end()):
            if self._page_text_before(q):
                return q - run
        return m.end()

    def _opens_piece(self, run: int, at: int, bounds: list[int]) -> bool:
        """Whether the words at ``at`` in the names' run from ``norm[run]`` open a piece of
        their own: at the run's start, after a blank, or where a bound found in the run
        (``bounds``) ends: a title's ending, a number's 号, a date (``…的答复正文王某代表：``)."""
        return at == 0 or at in bounds or self.gap(run + at)

    def _names_start(self, role: int, line: Line) -> int | None:
        """Where the names before the role word at ``role`` begin."""
        norm = self.norm
        run = role - _run_before(_NAME_RUN, norm, max(line.start, role - MAX_NAMES), role)
        if run == role:
            return None if role > line.start and norm[role - 1] != " " else role
        # a note beside a name (王某（领衔）) is part of the names
        text = norm[run:role]
        # (an opener opens with 尊, 敬, 亲 or 致, and its search below looks inside the run:
        # a run that holds none of 敬, 亲 and 致 holds no opener, and is not searched)
        opened = "敬" in text or "亲" in text or "致" in text
        if "（" in text:  # (a note opens with a bracket, and the run has no other kind)
            text = _BESIDE_NOTES.sub(lambda m: "名" * len(m.group()), text)
            # (a party's note after a name: seen with the role word after the run)
            text = _PERSON_NOTES.sub(lambda m: "名" * len(m.group()), text + norm[role : role + 2])
            text = text[: role - run]
        # what cannot be part of the names: a title's ending, a number's 号, a closed bracket
        # (not the one of 姜某（等10位）)
        # (each search only where its matches' characters stand: every _TITLE_END word holds
        # one of _TITLE_END_CHARS; a run of _NAME_RUN holds no closing bracket but ）, so
        # each _HARD_BOUND match in it holds 号 or ）; most runs hold none, and ``in`` asks
        # a short text at a fraction of a finditer's cost)
        bounds = (
            [
                self._title_end_bound(m, run)
                for m in _TITLE_END.finditer(text)
                if m.start() > 0
                or (run > line.start and not self._page_text_before(run))
                or self._right_under_text(line)
            ]
            if "复" in text or "函" in text or "见" in text or "告" in text or "馈" in text
            else []
        )
        # (the names of a body spoken to, 甲山县答复情况核查小组：, 县公文正文规范小组：: a
        # label's or a heading's words inside them are the name's, mend75a)
        body = not norm.startswith(_ROLE_ENDINGS, role)
        if body and bounds and ("情况" in text or "结果" in text):
            # (nor does the 答复 of a form's row label inside it end a title there)
            spans = [m.span() for m in _FORM_END_ROW_IN.finditer(text)]
            bounds = [b for b in bounds if not any(a < b < z for a, z in spans)]
        if "号" in text or "）" in text:
            bounds += [m.end() for m in _HARD_BOUND.finditer(text)]
        if "日" in text:
            # (a whole date glued before them: …的答复2024年5月6日王某代表：; one in numerals
            # may open before the run, at a 〇 no name's run holds: 二〇二四年五月六日王某…)
            bounds += [
                m.end() - run
                for m in _WHOLE_DATE.finditer(norm, max(line.start, run - _DATE_BEFORE_RUN), role)
                if run < m.end() < role
            ]
        if "议" in text or "案" in text:  # (every kind word holds one)
            bounds += [m.end() for m in _KIND_AFTER_FIGURES.finditer(text) if m.end() < len(text)]
        # (a form's rows glued before them, their colons lost: 承办单位卫生局办理结果县政府：;
        # no name holds a label of four characters or more, but for a role written first,
        # 领衔代表王某、李某联名代表：, which opens the names)
        # (before a body's name, only where the label opens a piece of its own or the name
        # after it opens as a body's does: 甲山县答复情况核查小组： is one name, mend75a)
        if len(text) > MIN_LABELLED_RUN:
            rows = 0
            for m in _BARE_LABEL.finditer(text):
                if (
                    m.end() < len(text)
                    and not m.group().endswith(_ROLE_FIRST_WORDS)
                    and (
                        not body
                        or rows
                        or self._opens_piece(run, m.start(), bounds)
                        or opens_as(text[m.end() :], text)
                    )
                ):
                    bounds.append(m.end())
                    rows += 1
        # (a page's label of the reply's text glued before them, its colon lost:
        # 答复内容王某代表：, 正文内容王某代表：; no name holds 内容)
        content = text.rfind("内容")
        if 0 <= content < len(text) - 3:
            bounds.append(content + 2)
        elif "情况" in text or "结果" in text or "正文" in text or "详情" in text:
            # (the form's last row's label glued before them, its colon lost: 答复情况王某代表：,
            # 答复情况 王某代表：, as with it, a title's 答复 ending none inside it; or the
            # page's heading over the article: 正文王某代表：, 正文 王某代表：: head75), where
            # it opens a piece of its own (:meth:`_opens_piece`: …的答复正文王某代表：) or a
            # person's names follow it glued (…项目详情王某代表：, the title's last word);
            # inside the words before a blank (关于规范公文正文格式 王某代表：) or a body's
            # name (甲山县项目详情公开办公室：) it is theirs (mend75a)
            label = _FORM_END_ROW_IN.search(text) or _ARTICLE_HEADING_IN.search(text)
            if (
                label is not None
                and label.end() <= len(text) - 2
                and (
                    self._opens_piece(run, label.start(), bounds)
                    or (not body and not self.gaps_in(run + label.end(), role))
                )
            ):
                bounds.append(label.end())
        # (a publication value glued before them: 同意公开王某代表：)
        if "公开" in text:  # (every value searched holds it)
            bounds += [m.end() for m in _BEFORE_NAMES.finditer(text) if m.end() <= len(text) - 2]
        # (a validity note glued before them: 文件已失效王某代表：)
        if "效" in text or "废止" in text:
            bounds += [m.end() for m in _VALIDITY_NOTE.finditer(text) if m.end() <= len(text) - 2]
        if text[0] in _DIGITS:  # a page's clock or count glued before them: 09:15王某代表：
            figures = _FIGURES_FIRST.match(text)
            if figures is not None and figures.end() < len(text):
                # (a count of views with its unit, 阅读：88次王某代表：, 浏览次数：1.2万王某…:
                # the unit is the count's, two characters of names at least after it; left70)
                label = _VIEWS_BEFORE.search(norm, max(0, run - _VIEWS_BEFORE_REACH), run)
                unit = None if label is None else _VIEWS_UNIT.match(text, figures.end())
                if unit is not None and label is not None and unit.group() == "万":
                    unit = unit if label.group().endswith(".") else None
                    # (whole figures, then 万: a surname, 阅读：88 万某代表：)
                counted = unit is not None and unit.end() <= len(text) - 2
                bounds.append(unit.end() if unit is not None and counted else figures.end())
        elif text[-1] not in _DIGITS and any(c in _DIGITS for c in text):
            # (a number's figures inside the run, a year's or a serial's, four or more: no
            # name's count, 等3位; a 发文字号 that lost its brackets glued before them,
            # 某农议字202146王某代表：, its year and serial no names: fix129)
            bounds += [m.end() for m in _LONG_FIGURES.finditer(text) if m.end() < len(text)]
        if norm[run - 1 : run] == "：":  # a label's value glued to the names: 类别：乙王某代表
            value = _KNOWN_VALUE.match(norm, run, role)
            if value is not None and _CLASS_PLACE.match(norm, run, role):
                value = None  # (a place's first character: 来源：甲山县某局王某代表：)
            gaps = self.gaps_in(run + 1, role)
            if value is not None and value.end() < role:
                bounds.append(value.end() - run)
            elif not gaps and ((glued := _label_value_end(norm, run, role)) is not None):
                bounds.append(glued - run)
            elif gaps and _label_before(norm, run) and not self._spaced_name(run, role):
                # the value of a page's label, then a blank, then the names (来源：某局
                # 王某委员：, 签发人：张某  李某代表：, a page flattened with spaces between
                # its lines): the value ends at the blank
                bounds.append(gaps[0] - run)
            elif norm.startswith(_EMPTY_KEYWORD_CELLS, run - len(_EMPTY_KEYWORD_CELLS[0])) and (
                names := self._names_after_keywords(run, role, gaps)
            ):
                bounds.append(names - run)  # (主题词：河道 治理 王某代表：; left74b)
        start = run + max(bounds) if bounds else run
        if norm[start] == "，" and norm[start - 1 : start] == "号":
            start = self._after_number_comma(start, role)
        if norm[start] in _BARE_LABEL_FIRST and (
            (bare := _bare_label_value_end(norm, start, role)) is not None
        ):
            # a page's label of the publisher opening the names, its colon lost, and its
            # value glued after it (…2024-05-06来源某局王某委员：)
            bounds.append(bare - run)
            start = bare
        elif (
            bounds
            and (gaps := self.gaps_in(start + 1, role))
            and self._publisher_value(start, gaps[0])
        ):
            # …or its value set off by a blank, the label's colon lost (信息来源某局  王某
            # 委员：, 发布机构 某局 王某委员：)
            bounds.append(gaps[0] - run)
            start = gaps[0]
        # a class mark the names run on from (…9号 A类 刘某代表：, 乙类刘某代表：): it ends
        # before them (asked only where a 类 stands in the run: every mark that ends after
        # the run's start holds one inside it)
        if "类" in text:
            for at in range(max(line.start, start - 3), start + 1):
                mark = _CLASS_MARK.match(norm, at, role)
                if mark is not None and start < mark.end() < role:
                    bounds.append(mark.end() - run)
                    start = mark.end()
                    if norm[at - 2 : at] == "号，" and (gaps := self.gaps_in(start, role)):
                        # words glued after a class mark after the number's comma, then a
                        # blank (…3号，A类项目已列入计划 王某代表：): the mark is a word of
                        # the sentence's clause, the names after the blank (head75)
                        start = self.skip_space(gaps[-1])
                    break
        openers = list(_OPENER.finditer(norm, start, role)) if opened else []
        if openers:
            # openers written one after another open the names together (致尊敬的王某代表:
            # the first of them); an opener after one that ends in 的 is the names' own (尊敬
            # 的致公党某支部: 致 opens the party's name), which _salutation_at tells apart
            last = openers[-1]
            while len(openers) > 1 and openers[-2].end() == last.start():
                openers.pop()
                last = openers[-1]
            return last.start()
        if not bounds and run > line.start and not self._spaced_name(run, role):
            # a header value stands before the names: the first gap after more than one
            # character ends it (a padded name 陈  锦 stays whole, and 王 小 明 too)
            for p in range(run + 2, role):
                if self.gap(p):
                    return p
        return start

    def _names_after_keywords(self, run: int, role: int, gaps: list[int]) -> int | None:
        """Where the names open after a page's keyword cell's words glued before them, the
        run from ``run`` (right after ``主题词：``) to the role at ``role``: with blanks between
        the words (``河道 治理 王某代表：``), after the last word that opens with no surname,
        the words after it each a name's (two to four characters, a surname first); the last
        word glued to the names (``河道治理王某代表：``, ``河道 治理王某代表：``), at the one
        place two to four characters before the role where a name opening with a surname
        stands, a compound surname's at any (欧阳某, 欧阳小明), and no place whose character
        before completes a compound surname with the one after it (治理司马某: not 马某).
        None where nothing tells: every word opens with a surname, or two such places stand,
        or the names are a list (、, 等)."""
        norm = self.norm
        if "、" in norm[run:role] or "等" in norm[run:role]:
            return None
        starts = [run, *gaps]
        last = norm[starts[-1] : role]
        if not (2 <= len(last) <= 4 and opens_with_surname(last)):
            places = [
                p
                for n in (2, 3, 4)
                if starts[-1] < (p := role - n)
                and _surname_and_given(norm, p, role, n < 4)
                and norm[p - 1 : p + 1] not in _COMPOUND_SURNAMES
            ]
            return places[0] if len(places) == 1 else None
        for k in range(len(starts) - 1, 0, -1):
            word = norm[starts[k] : starts[k + 1] if k + 1 < len(starts) else role]
            if not 2 <= len(word) <= 4 or not opens_with_surname(word):
                return None
            if not opens_with_surname(norm[starts[k - 1] : starts[k]]):
                return starts[k]
        return None

    def _title_goes_on(self, pos: int, number_end: int, end: int) -> bool:
        """Whether the 发文字号 at ``pos`` that opens its line is a number the title cites,
        the title broken before it (``关于落实`` / ``某政发〔2099〕3号文件精神的建议的答复``):
        the line above is the title's opening (:meth:`_title_broken_at`)."""
        at = bisect_right(self._starts, pos) - 1
        if at <= 0 or self.lines[at].start != pos:
            return False
        above = self.lines[at - 1]
        return self._title_broken_at(above.start, above.end, number_end, end)

    def _title_broken_at(self, start: int, stop: int, number_end: int, end: int) -> bool:
        """Whether ``norm[start:stop]`` opens a title (关于, 对, its authority before them) and
        ends as none does, and the words after the number that ends at ``number_end``, to
        ``end``, open no title and end as a reply's title: one title broken before a number
        it cites (关于落实 | 某政发〔2099〕3号文件精神的建议的答复), no header element between
        (left74a)."""
        norm = self.norm
        if _TITLE_END.search(norm, start, stop) is not None:
            return False  # (a title's line whole above: the number its own, under it)
        if _TITLE_START.match(norm, start, stop) is None:
            name = _AUTHORITY_VALUE.match(norm, start, stop)
            if name is None or _TITLE_START.match(norm, name.end(), stop) is None:
                return False
        rest = self.skip_space(number_end)
        return (
            rest < end
            and _TITLE_START.match(norm, rest, end) is None
            and _REPLY_ENDING.search(norm, rest, end) is not None
        )

    def _after_number_comma(self, comma: int, role: int) -> int:
        """Where the names start after the letter's 发文字号 and a comma after it, before the
        role word at ``role`` (``某函〔2099〕5号，某县某局 王某代表：``): the words after the
        comma are the number's line's (mend73a: its authority, or a sentence's clause that
        makes the number a cited one), as where the copy kept its lines, so the names start
        after the last gap; at the comma where none stands (glued, no sign where the words
        end: ``…5号，某县某局王某代表：``, ``…5号，现已办结王某代表：``; left74a)."""
        gaps = self.gaps_in(comma + 1, role)
        return self.skip_space(gaps[-1]) if gaps else comma

    def _spaced_name(self, start: int, role: int) -> bool:
        """Whether ``norm[start:role]`` is one name a typist spaced out to a form's width
        (``王 小 明``, ``陈  锦``): two or three characters, a gap between each two, the
        first a surname."""
        norm = self.norm
        return (
            1 < role - start <= _SPACED_NAME_LONGEST
            and all(_LONE_HANZI.match(norm, k) for k in range(start, role))
            and all(self.gap(k) for k in range(start + 1, role))
            and opens_with_surname(norm[start:role])
        )

    # -- the head: header elements and the title ---------------------------------------------

    def title_again(self, start: int, end: int) -> list[int]:
        """Where the reply's title written a second time ends the text ``[start, end)``
        before the salutation, the same words standing earlier in it (the page's heading),
        with a sentence's stop between the two: the title again, and the full date right
        after that stop (the proposal's copy signing off), each open a line, and each row of
        the copy glued on before its text's first stop (:data:`_COPY_ROW`). Where the title
        stands once, the copy's rows and date over it tell the same (:meth:`_copy_over_title`);
        none otherwise."""
        norm = self.norm
        first = max(start, end - _TITLE_AGAIN_LONGEST)
        stop = end
        while stop > first and norm[stop - 1] in " \t\u3000":
            stop -= 1
        at = norm.rfind("关于", first, stop)
        while at > first:
            if _TITLE_AT_END.fullmatch(norm, at, stop):
                title = norm[at:stop]
                seen = norm.find(title, first, at)
                if seen < 0:
                    return self._copy_over_title(first, at)
                if norm.find("。", seen + len(title), at) < 0:
                    return []
                cuts = [at]
                copy = seen + len(title)
                if date := _COPY_DATE_END.search(norm, copy, at):
                    cuts.append(date.start(1))
                text = norm.find("。", copy, at)
                cuts += [
                    row.start()
                    for row in _COPY_ROW.finditer(norm, copy, text)
                    if norm[row.start() - 1] not in " \t\u3000"
                ]
                return cuts
            at = norm.rfind("关于", first, at)
        return []

    def _copy_over_title(self, first: int, at: int) -> list[int]:
        """Where the reply's title at ``at``, written once, and the proposal's copy over it
        open lines, the copy's rows standing in ``[first, at)`` before its text's first stop:
        its filer's row and its text's (``提出人：王某内容：…``, :data:`_COPY_ROW`), and its
        date right after its last stop, right before the title (``…。2031年12月23日关于…的
        答复``): the title, that date and each row glued on each open a line, as where the
        page kept its lines (fix156's record, its date the item's). None without both rows
        and the date."""
        norm = self.norm
        text = norm.find("。", first, at)
        if text < 0 or norm.find("内容", first, text) < 0:
            return []  # (the gate: no text's row before the first stop)
        rows = list(_COPY_ROW.finditer(norm, first, text))
        if not any("内容" in r.group() for r in rows) or all("内容" in r.group() for r in rows):
            return []  # (a filer's row and a text's row both: the item's record)
        date = _COPY_DATE_BEFORE.search(norm, first, at)
        if date is None:
            return []
        title = date.start("own") if date.group("own") else at
        return [title, date.start(1)] + [
            r.start() for r in rows if r.start() > first and norm[r.start() - 1] not in " \t\u3000"
        ]

    def lost_before(self, pos: int, line: Line) -> int | None:
        """Where a question mark stands that is glued before the salutation's names starting
        at ``pos``, a character the copy lost (``…的答复函 ?王某代表：``, ``…的答复函?王某代表：``),
        a title's ending or a gap before it: a line of its own, as where the copy kept its
        lines the names' line opens with it, so the title ends at its ending (flat61a).
        None when no such mark stands there."""
        at = pos - 1
        if (
            at > line.start
            and self.norm[at] in "?？"
            and (self.gap(at) or self._title_ends_at(at, line))
        ):
            return at
        return None

    def glued_on(self, salutation: _Salutation | None) -> bool:
        """Whether ``salutation`` stands glued to a title's ending before it, no blank
        between (…的答复王某代表：): the copy lost its line breaks with nothing in their
        place, so a blank left inside the head was the letter's own, on one line."""
        if salutation is None or salutation.start == 0:
            return False
        if self.gap(salutation.start) and not self._chrome_glued_before(salutation.start):
            return False
        line = self.line_at(salutation.start)
        at = salutation.start
        if self.norm[at - 1] == "：" and (
            signer := _SIGNER_LABEL_BEFORE.search(self.norm, max(line.start, at - 5), at)
        ):
            # (the signer's row glued between them, its name run into the salutation's:
            # …的复函签发人：王某李某委员：, the same sign; glued71)
            at = signer.start()
            if at <= line.start or self.gap(at):
                return False
        return self._title_ends_at(at, line)

    def _chrome_glued_before(self, pos: int) -> bool:
        """Whether the text the view dropped right before ``pos`` (a page's cells, read as
        chrome) stands glued on both sides, no blank after the character before it nor
        before ``pos`` (…的答 复发布时间：… 字体：【大】 【中】 【小】尊敬的王某代表：): the copy
        lost its line breaks with nothing in their place, as where the salutation is glued
        right after the title's ending (fix164)."""
        if pos == 0 or not self._glued_to_dropped(pos):
            return False
        before = self.view.origin[pos - 1] + 1
        return not self.view.original[before].isspace()

    def head_cuts(
        self, start: int, end: int, first_line: bool, run_on: bool = False, weak: bool = True
    ) -> list[_Cut]:
        """Header elements (labels with their values, 发文字号, class marks, publication
        values and notes, the issuer's mark) each on a line of their own: those from the
        line's start, and those that end the zone after the title (a 发文字号 under the
        title, a class mark beside it); and, after text that is no title (a class's
        explanation), the elements that follow its gap (weak). Strong when elements other
        than the issuer's mark ran into a title. In a head run on to its salutation (``run_on``,
        :meth:`glued_on`), the issuer's mark a blank parts from the title after it
        (某局 关于…的答复王某代表：) is the title's first words, as the letter wrote them on
        one line, not a line of its own. ``weak`` false leaves out the finders that give
        weak cuts alone (the cuts a line keeps only where a strong one shows it flattened:
        :func:`find_breaks` asks again with them for such a line); every strong cut is
        found either way."""
        pos = start
        cuts: list[int] = []
        kinds: list[Element] = []
        unit = (
            (
                self._page_unit_end(pos, end)
                or self._menu_column_end(pos, end)
                or self._article_heading_end(pos, end)
            )
            if first_line
            else None
        )
        if unit is not None:
            pos = unit  # (the page's unit over the title: a line of its own, strong below)
        # (what the kinds so far hold, kept as they grow: a form glued whole onto one line
        # has thousands of rows, and asking the list each time would be quadratic)
        issued, secrecy_only = False, True
        while pos < end:
            # the issuer's mark: once, among the letter's first elements or opening a line;
            # or right after it, a joint reply's next authority (甲局  乙局  甲发〔…)
            first = not issued and (first_line or secrecy_only)
            # (the authorities counted alone: elements over them, 某函〔…〕 甲局 乙局 关于…,
            # take no authority's place; dev131/002)
            joint = (
                kinds[-1:] == ["issuer"]
                and kinds[-_JOINT_MARKS:] != ["issuer"] * _JOINT_MARKS
                and self.gap(pos)
            )
            issuer = first or joint
            found = self._element_at(pos, end, issuer)
            if found is None:
                break
            element_end, kind = found
            if (
                run_on
                and kind == "issuer"
                and not kinds
                and not self.norm.startswith("文件", element_end - 2)  # (a banner's line)
                and self.gap(self.skip_space(element_end))
                and _TITLE_START.match(self.norm, self.skip_space(element_end), end)
            ):
                break  # (某局 关于…的答复王某代表：, glued: the title's own line)
            if (
                kind == "issuer"
                and not kinds
                and issuer_before_session(self.norm[pos:end]) == element_end - pos
            ):
                break  # (某局某县第十七届人大四次会议第68号建议的答复: the title's words, fix126)
            if kind in _NUMBERS and not kinds and self._title_goes_on(pos, element_end, end):
                break  # (关于落实 / 某政发〔2099〕3号文件精神的建议的答复: the title's words)
            kinds.append(kind)
            issued, secrecy_only = issued or kind == "issuer", secrecy_only and kind == "secrecy"
            pos = self.skip_space(element_end)
            if kind in _NUMBERS and (joiner := _JOINER.match(self.norm, pos, end)):
                # a dash joining the 发文字号 to the title (某发〔2017〕46号-关于…): a line of
                # its own, so the title opens after it
                cuts.append(pos)
                pos = self.skip_space(joiner.end())
            # the banner's 文件 apart from the names (a table's cell beside them): 甲局
            # 乙局  文件, one mark with the name before it
            if (
                kind == "issuer"
                and self.norm.startswith("文件", pos)
                and not self.norm.startswith(_FILE_LABELS, pos)  # (文件编号某函〔…: a label)
                and self._element_ends(pos + 2, end)
            ):
                pos = self.skip_space(pos + 2)
            cuts.append(pos)
        if (
            issued
            and pos < end
            and (own := self._mark_over_title(pos, end))
            and self._heading_wrote(pos, own[0], end)
        ):
            # the issuer's mark again, a blank before the title, after the header a
            # page's heading writes the two glued over (某局 关于…的答复 （B类） 某局
            # 某函〔…〕 签发人：王某 某局 关于…的答复): the name is the header's line over the
            # letter's own title, as kept lines read it (decided, flat55)
            pos = own[0]
            cuts.append(pos)
        if (
            (kinds or (first_line and pos == start and self._glued_to_dropped(pos)))
            and pos < end
            and (titled_at := self._name_under_heading(pos, end)) is not None
        ):
            # the letter's authority glued before its title after its elements, where the
            # page's heading over them wrote that title without the name (关于…的答复 来源：…
            # 某函〔…〕B类某局关于…的答复王某代表：): the name is the header's line, as when
            # the heading stands glued right before it (:data:`_TITLE_TWICE`; fix140); so
            # right after the page's head the view dropped, glued to it (关于…的复函日期：
            # 2099-06-24某局关于…的复函: no element between; flat74)
            cuts.append(titled_at)
            pos = titled_at
        if (
            first_line
            and not kinds
            and pos == start
            and (again := self._title_after_dropped(pos, end))
        ):
            # the page's heading, its cells and tools dropped as chrome, then the letter's
            # own head glued on both sides (…的答复发布时间：… 【字体： 打印某局关于…的答复):
            # the heading a line of its own, as on the kept lines (fix168)
            cuts.append(again)
            pos = again
        spaced_at = self._name_over_spaced_title(pos, end) if pos < end else None
        if spaced_at is not None:
            # the letter's authority glued before a title whose 文种 is spaced out (某局关于…
            # 的答 复王某代表：): the name was the print's line over its title block (glued71)
            pos = spaced_at
        if not kinds and (row := self._form_after_heading(pos, end)) is not None:
            # a form's heading (the item's number and name: 第12号 某某道路硬化建议) with the
            # form's rows glued after it, no gap between: the rows are lines of their own,
            # the heading one too
            cuts.append(row)
            pos = row
            while pos < end and (found := self._element_at(pos, end, False)) is not None:
                kinds.append(found[1])
                pos = self.skip_space(found[0])
                cuts.append(pos)
        weak_cuts: list[int] = []
        if weak:
            head = self.norm[start:end]
            if "阅" in head or "浏" in head or "点击" in head:
                weak_cuts += self._views_after_title(start, end)
            if "时间：" in head or "日期：" in head:
                weak_cuts += self._dated_after_title(start, end)
            if head.endswith(("单位", "部门")) and (label := _HANDLER_LABEL_ENDS.search(head)):
                # (a form's row naming the unit that handles the item, its colon lost,
                # ending the head after the title's ending, its value glued to the names on
                # the next line: …的答复承办单位 / 某县住建局周小岚代表：; a line of its own,
                # left69)
                at = start + label.start()
                if self._ending_before(start, at):
                    weak_cuts.append(at)
        while pos < end and (later := self._elements_after_text(pos, end)) is not None:
            # text that is no title before elements (a class's explanation: B.列入计划
            # 解决  分类：B  某字〔2020〕154号  对…; a 办理单's item line and summary): the
            # elements after its gap, and what follows them, are lines of their own where
            # the line was flattened
            starts, after = later
            if not self._no_title(pos, starts[0]):
                break
            weak_cuts += starts
            pos = after
        title_end = end
        tail = self._tail(pos, end)
        if tail is not None:
            title_end = tail[0]
            cuts += tail
            kinds.append("tail")
        if weak and self.norm.find("会议", pos + _HEADING_LEAST, title_end) >= 0:
            cells = self.session_cells(pos, title_end)
            weak_cuts += cells
            if cells:
                # (the listing's rows glued after its number cell: …会议24建议人：王某主办
                # 单位：某局答复时间：…, each a line of its own as the copy kept them)
                weak_cuts += self._elements_from(cells[-1], title_end)
        if weak and self.norm.find("：", pos, title_end) >= 0:
            weak_cuts += self._labels_after_title(pos, title_end)
        apart: list[int] = []
        for at in self._title_after_heading(pos, title_end):
            # a blank between a whole reply's title and a title of its own (a site's heading
            # that writes the item's name as a reply, then the letter's title: …的建议答复
            # 关于…会议第12号建议的答复): no title of a letter that kept its lines runs on
            # so, one title never ends as a reply does before a blank and a 关于 (strong)
            if self.gap(at) and _REPLY_ENDING.search(self.norm, max(pos, at - 4), at):
                apart.append(at)
            else:
                weak_cuts.append(at)
        gapped: list[int] = []
        if weak:
            # (the head's gaps asked once: a title after names or after a column heading
            # stands after one, and the elements before the title are read where one stands)
            gapped = self.gaps_in(pos + 1, title_end)
            if gapped:
                weak_cuts += self._title_after_names(pos, title_end)
            # (with no gap, only the column of the replies glued before the title: one match
            # at the line's start)
            weak_cuts += self._title_after_column(pos, title_end, gapped)
        if (paragraph := self._paragraph_after_title(pos, title_end)) is not None:
            apart.append(paragraph)
        if (lead := self._title_after_lead(pos, title_end)) is not None:
            apart.append(lead)
        if (form := self._form_after_title(pos, title_end)) is not None:
            apart += form
        if (record_row := self._record_row_before_title(pos, title_end)) is not None:
            apart += record_row
        if spaced_at is not None:
            apart.append(spaced_at)
        if weak and pos < title_end:
            glued = self._glued_after_heading(pos, title_end)
            if glued or gapped:
                weak_cuts += self._elements_before_title(pos, title_end, glued)
        titled = pos < title_end and _TITLE_WORDS.search(self.norm, pos, title_end) is not None
        # elements a field reads only standing alone (a mark, a note, the issuer's mark)
        # that share a line with another element
        # (a 发文字号 with its class mark after it is a line of its own kind: 某〔2021〕3号B类)
        # (a joint reply's authorities side by side are one line of their own kind too)
        # (asked of the list in C, no generator: a kind other than the issuer's mark is a
        # count of them short of the list's length)
        not_issuer = kinds.count("issuer") < len(kinds)
        crowded = (
            len(kinds) > 1
            and not _ALONE.isdisjoint(kinds)
            and kinds not in (["doc_number", "class_mark"], ["year_first_number", "class_mark"])
            and not_issuer
        )
        strong = (titled and not_issuer) or crowded
        # (each list made only when it holds a place: most are empty, and a comprehension
        # costs its frame even over none)
        out = [_Cut(cut, strong) for cut in cuts if cut < end] if cuts else []
        if unit is not None:
            out.append(_Cut(unit, True))
        if apart:
            out += [_Cut(cut, True) for cut in apart]
        if weak and (self._holds("•", start, end) or self._holds("·", start, end)):
            # the page's tabs glued at the head's end, each after its bullet (…答复时间：
            # 2024-06-12•答复内容•建议内容, the salutation after them): lines of their own
            tabs = _GLUED_TABS.search(self.norm, start, end)
            if tabs is not None and tabs.start() > start:
                weak_cuts += [m.start() for m in _TAB.finditer(self.norm, tabs.start(), end)]
        if weak_cuts:
            out += [_Cut(cut) for cut in weak_cuts if cut < end]
        return out

    def _menu_column_end(self, pos: int, end: int) -> int | None:
        """Where a site's column heading opening the head ends, one of its menu's words with
        its colon (``通知公告：``, ``【政务公开】：``:
        :func:`~replyparse.chrome.menu_heading_alone`), a title after it on the line, a blank
        between or none (``通知公告：甲山县…的答复``), the menu's word no label of a field's
        (``信息公开：`` is the ``public`` row's too): the article's title, the column a line
        of its own over it, as the page sets it (old71: an earlier round read the column
        into the title); None elsewhere."""
        norm = self.norm
        colon = norm.find("：", pos, min(end, pos + _MENU_COLUMN_LONGEST))
        if colon < 0 or not menu_heading_alone(norm[pos : colon + 1]):
            return None
        after = self.skip_space(colon + 1)
        if after >= end or _TITLE_END.search(norm, after, end) is None:
            return None
        if norm[pos:colon].strip("【】[] ") in _FIELD_LABELS:
            return None  # (信息公开：是…: a label of the letter's, its value after it; review71a)
        if (cell := menu_cell_end(norm, colon)) is not None:
            # (政务公开：主动公开…: a page's cell, its label and value, a line of its own over
            # the title; no column, whose word would leave the value to the title: left72a)
            return self.skip_space(cell) if cell < end else None
        return after

    def _article_heading_end(self, pos: int, end: int) -> int | None:
        """Where the page's heading over the article ends that opens the head, the letter's
        title after it glued or after a blank (``正文 甲山县某局关于…的答复``, ``信息内容对…``:
        :data:`~replyparse.chrome.ARTICLE_HEADING`), a head flattened with no page's cells
        to show it a page's: a line of its own, as where the lines were kept (left74a reads
        it so there; head75); None elsewhere."""
        norm = self.norm
        if (
            norm[pos] not in "正详文信内"
            or (heading := ARTICLE_HEADING.match(norm, pos, end)) is None
        ):
            return None
        return self.skip_space(heading.end())

    def _page_unit_end(self, pos: int, end: int) -> int | None:
        """Where the unit a disclosure page files the article under ends, in brackets at
        ``pos`` (:data:`~replyparse.layout.PAGE_UNIT`: ``（县某局）``, ``政府信息公开（县某局）``),
        where the letter's title follows it past a gap, or past the page's cells the view
        dropped between them (…（县某局） 索引号：… 某县某局关于…的答复函, flattened): a line
        of its own, as the page sets it over its cells; None where no such unit opens the
        head. (A letter's own bracketed note is no unit's name alone, and stands after its
        title.)"""
        norm = self.norm
        if norm[pos] not in "（政信" or (unit := PAGE_UNIT.match(norm, pos, end)) is None:
            return None
        after = self.skip_space(unit.end())
        if after >= end or not self.gap(after):
            return None
        if _TITLE_START.match(norm, after, end) or _AUTHORITY_TITLE_AT.match(norm, after, end):
            return after
        return None

    def _form_after_title(self, pos: int, end: int) -> tuple[int, int] | None:
        """Where a form's heading starts that a title runs on into, after the title's ending
        and its bracketed note (…的答复（关于…的建议）某市人大代表建议承办表案 由 |…, a page
        that gives the letter on its form, flattened): a piece of its own when the form's
        first row, its label and a bar, follows it (data/form_headings.txt), as the heading
        stands on its line over the form's rows where the copy kept its lines: the
        heading's start and end. None when no such heading and bar follow."""
        original, origin = self.view.original, self.view.origin
        for m in _FORM_AFTER_TITLE.finditer(self.norm, pos, end):
            after = m.end()
            if after >= end:
                continue
            row = original[origin[after] : origin[after] + _FORM_ROW_REACH]
            if any(bar in row for bar in CELL_BARS):
                return m.span("form")
        return None

    def _record_row_before_title(self, pos: int, end: int) -> tuple[int, int] | None:
        """Where the last row of an item's record (``办理情况：``, :data:`_FORM_END_ROW`) and
        the reply's own title after it stand, when a flattened record runs on into them
        past words no element reads (the proposers' names, the item's text: ``…反馈时间：
        办理情况：某局关于…的答复函``): the row a line of its own, the title one too, as the
        row read from a line's start is (:meth:`_element_at`; fix126). Its colon is asked:
        the label's words alone may stand in a title's (…办理情况的报告)."""
        norm = self.norm
        if norm.find("：", pos + 1, end) < 0:
            return None  # (each row's label ends with its colon: most heads' lines hold none)
        for label in FORM_END_LABELS:
            at = norm.find(label + "：", pos + 1, end)
            if at >= 0 and (row := _FORM_END_ROW.match(norm, at, end)) is not None:
                return at, self.skip_space(row.end())
        return None

    def _title_after_lead(self, pos: int, end: int) -> int | None:
        """Where the letter's title opens right after an article's lead that gives it whole
        (``…发布对某建议的答复。全文如下：对…的答复``, a blank between them or none): the
        lead's ``全文如下：`` or ``原文如下：`` (:data:`_LEAD_WORDS`) is no opening, and the
        title after it (关于, 对) a line of its own; None where the head holds no lead."""
        norm = self.norm
        at = norm.find("如下：", pos + 2, end)
        if at < 0 or norm[at - 2 : at] not in _LEAD_WORDS:
            return None  # (most heads: no lead)
        title = self.skip_space(at + 3)
        return title if _TITLE_START.match(norm, title, end) is not None else None

    def _paragraph_after_title(self, pos: int, end: int) -> int | None:
        """Where a paragraph starts that a title ending as a reply's does is glued to (a blank
        between them or none) in a head before its salutation: the reply restating the
        proposal first (``某局关于…第8号建议的答复近年来…。因此建议：…王某代表：…收悉``).
        The head's text from ``pos`` opens as a title does (关于, 对, or its authority before
        them) and its first reply ending is followed, within a sentence's reach, by a
        sentence's end with no colon, bracket, quote, 关于 nor 收悉 before it: a title holds
        no sentence. None where no such paragraph follows."""
        norm = self.norm
        at = pos
        if _TITLE_START.match(norm, at, end) is None:
            name = _AUTHORITY_VALUE.match(norm, at, end)
            if name is None or _TITLE_START.match(norm, name.end(), end) is None:
                return None  # (no title opens the zone: most heads stop here)
        if _PARAGRAPH_END_CHAR.search(norm, pos, end) is None:
            return None  # (no sentence's end after the title: a title's line alone)
        stop = min(end, pos + _TITLE_LONGEST)
        for m in _TITLE_END.finditer(norm, pos + _HEADING_LEAST, stop):
            if _REPLY_ENDING.search(norm, m.start() - 1, m.end()) is None:
                continue  # (意见, 报告: a proposal's own words as often as a title's)
            start = self.skip_space(m.end())
            sentence = _PARAGRAPH_END_CHAR.search(norm, start, min(end, start + _SENTENCE_REACH))
            if sentence is None or sentence.start() - start < _HEADING_LEAST:
                return None
            cited = _CITES_NUMBER.match(norm, start, sentence.start())
            words = start if cited is None else cited.end()
            if _NOT_IN_SENTENCE.search(norm, words, sentence.start()) is not None:
                return None
            return start
        return None

    def _form_after_heading(self, pos: int, end: int) -> int | None:
        """Where a form's first row (a header label and its colon) starts, glued after a short
        heading that holds no title's opening and no colon (``第12号某某道路硬化建议
        建议号：第12号提案人：王某…``): a flattened 办理单 whose heading names the item; None
        when no such label follows, or a second label does not follow it (one label after
        words may be a sentence's: 联系人：…)."""
        stop = min(end, pos + _FORM_HEADING_LONGEST + MAX_LABEL)
        colon = self.norm.find("：", pos, stop)
        if colon < 0:
            return None  # (no colon near the head's start: the usual head stops here)
        labels = self._labels(pos, min(end, colon + 1))
        if not labels:
            return None
        at = labels[0].start()
        if (
            at - pos < _HEADING_LEAST
            or _TITLE_START.search(self.norm, pos, at)
            or _HEADER_LABEL.match(self.norm, at, end) is None
            or self._element_at(at, end, False) is None
        ):
            return None
        after = self._element_at(at, end, False)
        if after is None or self._element_at(self.skip_space(after[0]), end, False) is None:
            return None
        return at

    def _views_after_title(self, pos: int, end: int) -> list[int]:
        """Where a page's count of views by a bare word (:data:`_BARE_VIEWS`: ``阅读：88``,
        ``【阅读：88】``) stands in ``norm[pos:end]`` right after a reply's title ending,
        glued or after a gap (…的答复阅读：88发布日期：…): the page's cell, a line of its own
        as ``浏览次数：`` is (weak; left69). The word alone is no label (``阅读：《某某》``)."""
        norm = self.norm
        return [
            m.start()
            for m in _BARE_VIEWS.finditer(norm, pos, end)
            if (self.gap(m.start()) or self._ending_before(pos, m.start()))
            and _TITLE_END.search(norm, pos, m.start()) is not None
        ]

    def _dated_after_title(self, pos: int, end: int) -> list[int]:
        """Where a page's date under a bare word (:data:`_BARE_DATED_CELL`: ``时间：2024-05-08``,
        ``日期：2024年5月8日``) stands in ``norm[pos:end]`` glued right after a reply's title
        ending, no label's colon before it (…的答复时间：2024-05-08阅读：88): the page's cell,
        a line of its own as ``发布时间：`` is (weak; left70). The word alone is no label: only
        its date after it makes it one."""
        out: list[int] = []
        for m in _BARE_DATED_CELL.finditer(self.norm, pos, end):
            ending = _REPLY_ENDING.search(self.norm, max(pos, m.start() - 4), m.start())
            # (not a form's label whose word is a reply's, after the title's own ending:
            # …的答复回复时间：…, …的答复答复时间：… write the label whole)
            if (
                ending is not None
                and self._ending_before(pos, m.start())
                and not self._ending_before(pos, ending.start())
                # (right after the title: no row's colon before it, 主办单位：某局答复时间：…
                # is a row's label)
                and self.norm.find("：", pos, m.start()) < 0
            ):
                out.append(m.start())
        return out

    def _labels_after_title(self, pos: int, end: int) -> list[int]:
        """The header labels with their colon in ``norm[pos:end]`` that a title's ending
        stands before, each after a gap (…的复函  代表姓名：王某  建议内容：关于…), or the
        first glued right after a reply's ending (:meth:`_ending_before`) and the rest after
        it glued or not (…的复函代表姓名：王某建议内容：关于…): a flattened head's form
        rows after its title (weak)."""
        norm = self.norm
        out: list[int] = []
        for m in self._labels(pos, end):
            at = m.start()
            if (
                (self.gap(at) or out or self._ending_before(pos, at))
                and _HEADER_LABEL.match(norm, at, end) is not None
                and _TITLE_END.search(norm, pos, at) is not None
            ):
                out.append(at)
        return out

    def tab_strip_cuts(self, start: int, end: int) -> list[_Cut]:
        """The page's tab strip in the head (:data:`~replyparse.chrome.TAB_STRIP`:
        ``• 答复内容 • 建议内容``, the reply's tab and the item's text's, each after its
        bullet), run on between the page's form and the letter's own head (…答复时间：…
        • 答复内容 • 建议内容 某镇人民政府
        对…的答复): each tab a line of its own, and the letter's head after it opens a line,
        as the page sets them (an earlier round read the strip and the letter's authority and
        title after it as one line of the page's form). Strong: the two tabs' labels show
        the page."""
        strip = TAB_STRIP.search(self.norm, start, end)
        if strip is None:
            return []
        out = [_Cut(strip.start(), True), _Cut(strip.start("second"), True)]
        after = self.skip_space(strip.end())
        if after < end:
            out.append(_Cut(after, True))
        return out

    def _elements_from(self, pos: int, end: int) -> list[int]:
        """Where each header element after the first that opens at ``pos`` starts, the
        elements glued one after the other (a flattened listing's rows), up to the first
        place no element opens, or the page's tabs glued after the last (…答复时间：2024-06-12
        •答复内容•建议内容, the letter's head after them or not: :meth:`head_cuts` and
        :meth:`tab_strip_cuts` part them)."""
        out: list[int] = []
        # (the strip with the letter's head glued after it too: …•建议内容某镇人民政府对…)
        tabs = _GLUED_TABS.search(self.norm, pos, end) or TAB_STRIP.search(self.norm, pos, end)
        end = end if tabs is None else tabs.start()
        while pos < end and (found := self._element_at(pos, end, False)) is not None:
            pos = self.skip_space(found[0])
            if pos < end:
                out.append(pos)
        return out

    def _ending_before(self, pos: int, at: int) -> bool:
        """Whether a reply's title ending stands right before ``at`` in ``norm[pos:at]``,
        glued (…情况的复函代表姓名：…: a head flattened with nothing between its lines)."""
        ending = _REPLY_ENDING.search(self.norm, max(pos, at - 4), at)
        return ending is not None and at - pos >= _HEADING_LEAST

    def session_cells(self, pos: int, end: int) -> list[int]:
        """A listing page's cells right after the title's reply ending in ``norm[pos:end]``
        (…建议的答复某镇第七届人民代表大会第五次会议9建议人：…, flattened): the session
        alone and the item's number, each a line of its own (weak), so the title ends at
        its ending (:data:`_SESSION_CELL`)."""
        m = _SESSION_CELL.search(self.norm, pos + _HEADING_LEAST, end)
        if m is None:
            return []
        cells = [m.start("session")]
        if m.group("number") or _CELL_END.match(self.norm, m.end("session")):
            cells.append(m.end("session"))  # (not a session opening a sentence: 会议期间，…)
        if m.group("number"):
            cells.append(m.end())
        return [cell for cell in cells if cell < end]

    def _title_after_heading(self, pos: int, end: int) -> list[int]:
        """Where a title opens in ``norm[pos:end]`` right after a whole title's ending
        (…第12号建议的答复关于县…的答复, 关于加强某某的建议关于对…的答复), when the text
        ends as a reply's title does: the page's heading glued before the letter's own
        title in a flattened head, each a line of its own (weak; the layout reads the later
        one as the letter's)."""
        norm = self.norm
        if "关于" not in norm[pos + _HEADING_LEAST : end] and "对" not in norm[pos:end]:
            return []  # (no title opens after the first: the usual head stops here)
        last = end
        while last > pos and norm[last - 1] in _SEPARATORS:
            last -= 1
        if _REPLY_ENDING.search(norm, max(pos, last - 4), last) is None:
            return []
        out: list[int] = []
        head = pos
        for m in _TITLE_THEN_TITLE.finditer(norm, pos, last):
            at = m.end()
            if at - head >= _HEADING_LEAST and last - at >= _HEADING_LEAST:
                out.append(at)
                head = at
        return out

    def _title_after_names(self, pos: int, end: int) -> list[int]:
        """Where a title that opens with its authority (某县水利局对…的答复) starts after a
        gap, when what stands before it on the line is a site's menu of bodies, three
        names or more apart by gaps (市政府  市政府工作部门  县（市、区）政府  某县人民政府,
        :func:`~replyparse.layout.menu_names`), that a page flattened with spaces between
        its lines left over the letter. The title is a line of its own (weak), the menu
        another; a title after one name alone (某局  关于…) is the issuer's mark's to
        read, after joint authorities' names (甲局  乙局  丙局) their marks'."""
        norm = self.norm
        gaps = self.gaps_in(pos + 1, end)
        if len(gaps) >= MENU_LEAST:  # (the gaps beside a kept space left out: fewer still)
            gaps = [g for g in gaps if norm[g] != " "]
        if len(gaps) < MENU_LEAST:
            return []  # (fewer than three names and a title: most heads stop here)
        last = end
        while last > pos and norm[last - 1] in _SEPARATORS:
            last -= 1
        at = gaps[-1]
        if at >= last or _REPLY_ENDING.search(norm, max(at, last - 4), last) is None:
            return []
        name = _AUTHORITY_VALUE.match(norm, at, last)
        if name is None or not _TITLE_START.match(norm, name.end(), last):
            return []
        pieces = [norm[a:b].strip(_SEPARATORS) for a, b in zip([pos, *gaps], gaps, strict=False)]
        return [at] if menu_names(pieces) else []

    def _title_after_column(self, pos: int, end: int, gaps: list[int]) -> list[int]:
        """Where a title that opens with its authority (某局关于…的答复) starts after a gap,
        when what stands before it on the line is a page's column heading naming the class
        of item it files (议案(建议)办理  某局关于…, :func:`~replyparse.layout.column_heading`),
        that a page flattened with spaces between its lines left over the letter: the
        title is a line of its own (weak), the heading another. ``gaps``: the line's gaps
        after its first character. With none, the column of the replies glued before the
        title (建议提案办理答复某局对…的答复, :data:`~replyparse.layout.REPLIES_COLUMN`)
        ends where its own words end (dev119/006 glued), and so does the items' column of a
        place's own site, its place first (某县建议提案办理某局对…: fix141)."""
        norm = self.norm
        if gaps:  # (the gaps beside a kept space left out; none left out of none)
            gaps = [g for g in gaps if norm[g] != " "]
        cuts: list[int] = []
        if len(gaps) == 2 and DISCLOSURE_ROOT.fullmatch(norm[pos : gaps[0]].strip(_SEPARATORS)):
            # the disclosure platform's name over the column (政府信息公开  建议提案办理
            # 某局关于…): a line of its own, the column after it (dev128/012)
            cuts.append(gaps[0])
            pos, gaps = gaps[0], gaps[1:]
        if len(gaps) > 1:
            return []  # (more pieces than a heading and a title)
        last = end
        while last > pos and norm[last - 1] in _SEPARATORS:
            last -= 1
        if gaps:
            at = gaps[0]
        else:
            # glued, no gap: only a column whose words are its own tells where it ends, the
            # replies' (建议提案办理答复某局对…的答复) or the items' for handling
            # (建议提案办理某局关于…), the platform's name glued before it or not
            first = pos
            while first < last and norm[first] in _SEPARATORS:
                first += 1
            if (root := DISCLOSURE_ROOT.match(norm, first, last)) is not None:
                first = root.end()
            column = REPLIES_COLUMN.match(norm, first, last) or ITEMS_COLUMN.match(
                norm, first, last
            )
            if column is None and (place := _PLACE_FIRST.match(norm, first, last)) is not None:
                # (the items' column of a place's own site, its name first: 某县建议提案办理
                # 某局对…; not the replies', whose place would head a title: fix141)
                column = ITEMS_COLUMN.match(norm, place.end(), last)
            if column is None or not column_heading(column.group()):
                return []
            if root is not None:
                cuts.append(first)
                pos = first
            at = column.end()
        if at >= last or _REPLY_ENDING.search(norm, max(at, last - 4), last) is None:
            return []
        heading = norm[pos:at].strip(_SEPARATORS)
        name = _AUTHORITY_VALUE.match(norm, at, last)
        if (name is None or not _TITLE_START.match(norm, name.end(), last)) and not (
            # (a title with no authority under a column whose own words end it: 人大代表建议
            # 专栏关于…的答复, 建议提案办理结果公开 对…的答复; left69)
            _TITLE_START.match(norm, at, last) and OWN_COLUMN.fullmatch(heading)
        ):
            return []
        return [*cuts, at] if column_heading(heading) else []

    def _glued_after_heading(self, pos: int, end: int) -> list[int]:
        """Where a whole reply's title ends inside ``norm[pos:end]`` with something glued
        after it (…的答复(B类)某函〔2024〕3号关于…的答复): in a head flattened with nothing
        between its lines, the places a run of header elements may open after the page's
        heading (:meth:`_elements_before_title`). Empty when the text ends as a reply's
        title does nowhere before its last characters (most heads: the title ends there)."""
        norm = self.norm
        inner = end - _HEADING_LEAST
        if inner <= pos + _HEADING_LEAST:
            return []
        middle = norm[pos + _HEADING_LEAST : inner]
        if "答复" not in middle and "复函" not in middle:
            return []  # (the gate: no reply's ending inside the head)
        return [m.end() for m in _GLUED_HEADING_END.finditer(norm, pos + _HEADING_LEAST, inner)]

    def _elements_before_title(
        self, pos: int, end: int, glued: tuple[int, ...] | list[int] = ()
    ) -> list[int]:
        """The starts of a run of header elements after a gap past ``pos``, one of them a
        发文字号 or a class mark, and of the title after them (one that opens as a title
        does or holds a title's words): a page's heading and its cells flattened before
        the letter's own head (…的答复 来源：某网 日期：… 某字〔2023〕5号 B类 同意公开
        对…的答复), each a line of its own where the line was flattened (weak). A title
        that cites a number (关于落实某发〔2020〕3号…) opens no run: the gap is asked
        before the element. ``glued``: places right after the heading's ending with no gap
        there, where a run may open too (:meth:`_glued_after_heading`)."""
        norm = self.norm
        # each element's start met on a run → where the run from it ends, and whether it
        # holds a 发文字号 or a class mark from there: a run from a later gap that comes to
        # one is not read again (the run from a place is the same whatever gap it opened
        # at), so a long line of cells is read once, not once a gap (quadratic)
        runs: dict[int, tuple[int, bool]] = {}
        after: dict[int, int] = {}  # (an element's start → the next one's, or the run's end)
        # (``glued``: the places right after a heading's ending with no gap there)
        gaps = self.gaps_in(pos + 1, end)
        for p in sorted({*gaps, *glued}) if glued else gaps:
            if not _MAY_OPEN_RUN.match(norm, p):
                continue
            if (
                p > pos
                and (number := _DOC_NUMBER.match(norm, p, end)) is not None
                and self._title_broken_at(pos, p, number.end(), end)
            ):
                continue  # (关于落实 某政发〔2099〕3号文件精神的建议的答复: one title, left74a)
            walked: list[tuple[int, bool]] = []
            q = p
            while (
                q < end
                and q not in runs
                # (after an element, the issuer's mark glued before the number: dev131/008)
                and (
                    (found := self._mark_over_number(q, end) if q != p else None)
                    or (found := self._element_at(q, end, False))
                )
            ):
                walked.append((q, found[1] in _NUMBERS or found[1] == "class_mark"))
                after[q] = self.skip_space(found[0])
                q = after[q]
            q, numbered = runs.get(q, (q, False))
            for start, marked in reversed(walked):
                numbered = numbered or marked
                runs[start] = (q, numbered)
            if (
                q < end
                and numbered
                and (_TITLE_START.match(norm, q) or _TITLE_WORDS.search(norm, q, end))
            ):
                starts = [p]
                while after[starts[-1]] < q:
                    starts.append(after[starts[-1]])
                return [*starts, q, *self._mark_over_title(q, end)]
        return []

    def _mark_over_title(self, pos: int, end: int) -> list[int]:
        """Where the letter's title starts after the issuer's mark that opens
        ``norm[pos:end]``, a blank between them (``某局 关于…的答复``, the letter's own head
        after a page's heading and cells): the name is the header's line over its title, as
        the letter printed them (decided, flat55); none where no blank parts them (a title
        that opens with its authority, ``某局关于…``, or no mark opens the text."""
        mark = self._issuer_mark(pos, end)
        if mark is None or not self.gap(mark):
            return []
        title = self.skip_space(mark)
        return [title] if _TITLE_START.match(self.norm, title, end) else []

    def _name_under_heading(self, pos: int, end: int) -> int | None:
        """Where the letter's title starts after an authority's name glued before it at
        ``pos`` (``某局关于…的答复``), when the text before ``pos`` (a page's heading the
        view dropped, or kept) writes that title whole, to its reply's ending, and not with
        the name before it: the page's heading copies the letter's title line, which opens
        with no name, so the name is the header's own line (decided, review55e, of the
        three glued with nothing between: ``关于…的函某局关于…的函``). None otherwise, as
        where no heading writes it (a title that opens with its authority, flat55), and
        where a gap stands before the name (a copy that set blanks at its breaks: the name
        glued to the title after it was written on the title's line, ``…同意公开 某局关于…``,
        as kept lines read it; review70)."""
        norm = self.norm
        named = _AUTHORITY_TITLE_AT.match(norm, pos, end)
        if named is None or self.gap(pos):
            return None
        title = named.end() - 2 if norm.startswith("关于", named.end() - 2) else named.end() - 1
        ending = _TITLE_END.search(norm, title, end)
        if ending is None or ending.end() - title < _HEADING_LEAST:
            return None
        words = norm[title : ending.end()]
        if written_before(self.view, pos, norm[pos:title] + words[:HEADING_WORDS]):
            return None
        if not written_before(self.view, pos, words) and not self._heading_whole_of(pos, words):
            return None
        return title

    def _title_after_dropped(self, pos: int, end: int) -> int | None:
        """Where the letter's own head opens after a page's heading at ``pos`` whose cells the
        view dropped, glued on both sides (``…建议的答复`` + dropped ``发布时间：… 【字体：
        打印`` + ``某局关于…的答复``): the text before the drop ends as a reply's title does,
        a heading's length at least, and the text after it runs, a name at most before its
        关于 or 对, to a reply's ending of its own (a name a copy damaged, its 局 lost, is
        still the head's first words). None where the view dropped nothing inside the line
        or no title follows the drop."""
        norm, origin = self.norm, self.view.origin
        for p in range(pos + _HEADING_LEAST, end - _HEADING_LEAST):
            if origin[p] - origin[p - 1] <= 1 or not self._chrome_glued_before(p):
                continue
            if _REPLY_ENDING.search(norm, max(pos, p - 4), p) is None:
                return None
            head = _HEAD_AFTER_DROP.match(norm, p, end)
            if head is None or _TITLE_END.search(norm, head.end(), end) is None:
                return None
            return p
        return None

    def _glued_to_dropped(self, pos: int) -> bool:
        """Whether text the view dropped (the page's head, read as chrome) stands right
        before ``pos`` in the letter, nothing between: a copy glued with nothing between its
        lines, the letter's first words run on after the page's."""
        at = self.view.origin[pos]
        original = self.view.original
        return (
            at > 0
            and not original[at - 1].isspace()
            and (pos == 0 or self.view.origin[pos - 1] < at - 1)
        )

    def _heading_whole_of(self, pos: int, words: str) -> bool:
        """Whether the text before ``pos`` (blanks aside) writes a heading of which the
        letter's title ``words`` is a copy that lost a few characters (the heading
        ``关于甲山县第九届人大第二次会议第7号建议的复函`` over the title ``关于甲山县第九届人大
        次会议第7号建议的复函``): its first and last words the same, the title's characters in
        its order, :data:`_LOST_IN_TITLE` at most of the heading's lost (flat74)."""
        before = unicodedata.normalize(
            "NFKC", "".join(self.view.original[: self.view.origin[pos]].split())
        )
        words = unicodedata.normalize("NFKC", words)
        head, tail = words[:_HEADING_LEAST], words[-_HEADING_LEAST:]
        at = before.find(head)
        while at >= 0:
            stop = before.find(tail, at + len(head), at + len(words) + _LOST_IN_TITLE)
            if stop >= 0 and _subsequence(words, before[at : stop + len(tail)]):
                return True
            at = before.find(head, at + 1)
        return False

    def _name_over_spaced_title(self, pos: int, end: int) -> int | None:
        """Where the letter's title starts after an authority's name glued before it at
        ``pos`` (``某局关于…的答 复``), when the title's 文种 is spaced out, a blank between
        its characters that ``norm`` drops (``答 复``, ``复   函``, ``答　复``): a print's
        title block, set apart and broken over its lines with the 文种 centred on the last,
        under the authority's name on a line of its own, so the name is the header's line
        and the title the block (decided, glued71). None otherwise: a title the letter
        wrote with its authority on one line spaces no 文种, and keeps the name (flat55)."""
        norm, origin = self.norm, self.view.origin
        if not _CJK_CHAR.match(norm[pos]) or origin[end - 1] - origin[pos] == end - 1 - pos:
            return None  # (no name, or the zone's characters all kept in a row: no blank)
        text = norm[pos:end]
        if not ("复" in text or "函" in text or "见" in text or "告" in text or "书" in text):
            return None  # (no 文种's later character: none spaced)
        # (the spaced 文种 first, at the zone's gaps: most heads hold none, and the name's
        # pattern is asked only where one stands)
        spaced = None
        for gap in self.gaps_in(pos + _HEADING_LEAST, end):
            if norm[gap - 1] == "的":
                continue  # (…的 答复: a wrapped title's break, no spaced 文种)
            kind = _TITLE_END.search(norm, max(pos, gap - 3), min(end, gap + 3))
            if kind is not None and kind.start() < gap < kind.end():
                if not self._glued_after(kind.end()):
                    return None  # (the 文种 ends its line, or a blank follows: kept lines)
                spaced = kind.start()
                break
        if spaced is None:
            return None
        named = _AUTHORITY_TITLE_AT.match(norm, pos, spaced)
        if named is None:
            return None
        title = named.end() - 2 if norm.startswith("关于", named.end() - 2) else named.end() - 1
        return title if spaced - title >= _HEADING_LEAST else None

    def _glued_after(self, at: int) -> bool:
        """Whether the text goes on glued right after ``at`` on its line, no blank between:
        a copy that lost its line breaks with nothing in their place (review71b: where the
        lines were kept, or a blank stands for each break, a spaced 文种 ends its line or
        stands before the blank, and the name on the title's line stays its first words)."""
        line = self.line_at(at - 1)
        return at < line.end and not self.gap(at) and not self.norm[at].isspace()

    def _heading_wrote(self, mark: int, title: int, end: int) -> bool:
        """Whether the text before ``mark`` (a page's heading the view dropped, or kept)
        writes the issuer's mark ``norm[mark:title]`` and the title's first words after it,
        glued or a blank between (``某局 关于…``): the page's heading over the letter's own
        head."""
        norm = self.norm
        return written_before(
            self.view, mark, norm[mark:title] + norm[title : min(end, title + HEADING_WORDS)]
        )

    def _no_title(self, start: int, end: int) -> bool:
        """Whether ``norm[start:end]`` (text before header elements) is no title: it opens
        with no 关于 or 对, ends with no title's ending and holds no 发文字号 (a title's
        tail: 答复函某商函〔2021〕67号)."""
        text = self.norm[start:end].rstrip(_SEPARATORS)
        return not (
            _TITLE_START.match(text) or _TITLE_END.search(text[-4:]) or _DOC_NUMBER.search(text)
        )

    def _elements_after_text(self, pos: int, end: int) -> tuple[list[int], int] | None:
        """The starts of header elements after a gap past ``pos`` (the first such run,
        opened by a label or a mark: a 发文字号's code might hold the title's last word),
        and of what follows them; None when no such element follows a gap."""
        for p in self.gaps_in(pos + 1, end):
            first = self._element_at(p, end, False)
            if first is None or first[1] in _NUMBERS:
                continue
            starts, q = [p], p
            while q < end and (found := self._element_at(q, end, False)) is not None:
                q = self.skip_space(found[0])
                if q < end:
                    starts.append(q)
            return starts, q
        return None

    def _element_at(self, pos: int, end: int, may_be_issuer: bool) -> tuple[int, Element] | None:
        """The end and kind of the header element that starts at ``pos``, if one does."""
        norm = self.norm
        if norm[pos] in _FORM_END_FIRST and (last_row := _FORM_END_ROW.match(norm, pos, end)):
            return last_row.end(), "label"
        if (
            (norm[pos].isdecimal() or norm[pos] == "第")
            and pos > 0
            and norm[pos - 1] == "\n"
            and (serial := self._broken_serial(pos, end))
        ):
            return serial, "doc_number"  # 某交函〔2024〕 / 12号关于…: the number's rest
        if norm[pos] in "[［【" and (cell := _BRACKETED_CELL.match(norm, pos, end)):
            return cell.end(), "label"
        if norm[pos] in _VALIDITY_FIRST and (closed := _VALIDITY_GLUED.match(norm, pos, end)):
            return closed.end(), "label"  # (its closed value ends it: 时效性：有效某局关于…)
        label: re.Match[str] | None = _HEADER_LABEL.match(norm, pos, end)
        if label is None and self.gap(pos):
            label = self._own_words_label(pos, end)
        if label is None and (pos == 0 or self.gap(pos) or norm[pos - 1] in _ROW_STARTS_AFTER):
            label = self._work_office_label(pos, end)
        if (
            label is None
            and norm.startswith("单位", pos)
            and (slot := _HEADER_LABEL.match(norm, pos + 2, end)) is not None
            and slot.group().lstrip(_OPEN)[:-1] in _SEAL_LABELS
        ):
            label = slot  # a seal slot's whole label glued after a value (…王某单位负责人盖章：)
        if (
            label is None
            and (slot := _HEADER_LABEL.match(norm, pos + 2, end)) is not None
            and slot.group().lstrip(_OPEN)[:-1] in _SEAL_LABELS
            and slot.group().startswith("单位")
            and self._unit_slot_head(pos + 2) == pos
        ):
            label = slot  # (the slot with a unit's label's words before it: 答复单位盖章：)
        if label is None and (publisher := self._colonless_publisher_end(pos, end)) is not None:
            return publisher, "label"  # (发布机构 某局 关于…: the cell apart from the title)
        if label is None and (valued := _BRACKETED_VALUE_CELL.match(norm, pos, end)):
            return valued.end(), "label"  # 分类标识【D】是否同意公开【主动公开】…: each apart
        if label is not None and label.group().lstrip(_OPEN)[:-1] in _NUMBER_LABELS:
            value = self.skip_space(label.end())
            if _TITLE_START.match(norm, value, end):
                # a 发文字号's cell left empty, the title glued after it in a flattened
                # page's table (文号：对…的答复): a title is no number
                return label.end(), "label"
            number = _CODED_NUMBER.match(norm, value, end) or _CODED_YEAR.fullmatch(
                norm, value, end
            )
            if number is not None:
                # the number whole, its code with it (复函编号：某环提（2018）32号[B]类): no
                # glued value of a name's length ends before the year's bracket
                return number.end(), "label"
        if (
            label is None
            and norm[pos] in "关主"
            and (keyword := _HEAD_KEYWORD_LABEL.match(norm, pos, end))
        ):
            # the page's keyword row run on into the title (关键词：路灯;照明;提案关于…, 关键字：
            # 路灯关于…): its list, or its value as a label's, then the title (left68)
            value = self.skip_space(keyword.end())
            listed = self._keyword_list_end(value, end)
            if (
                listed is None
                and _KEYWORD_WORDS.fullmatch(self.norm, value, end)
                and not self._title_opens_in(value, end)
            ):
                # its words to the zone's end, parted by blanks (河道 治理 答复), no title's
                # opening among them (关键词：河道 关于…: the title after them): left74a
                listed = end
            if listed is None:
                # its words parted by blanks over the title after a blank (关键词：河道 建议
                # 关于…, 对…): the row ends at the blank the title opens after (head75)
                listed = self._keywords_before_title(value, end)
            value_end = listed if listed is not None else self._value_end(keyword.end(), end)
            return (value_end, "label") if value_end is not None else None
        if label is not None:
            if (
                label.group().lstrip(_OPEN)[:-1] in _AUTHORITY_VALUE_LABELS
                and (own := _SITE_ITSELF.match(norm, self.skip_space(label.end()), end))
                and own.end() < end
                and _CELL_TITLE_AT.match(norm, own.end(), end)
            ):
                # the site's word for itself as the cell's value, the title glued after it
                # (来源：本站某局关于…, 来源：本站对…的答复): the value is the site's word, the
                # title whole after it, its authority with it (page76)
                return own.end(), "label"
            if (
                label.group().lstrip(_OPEN)[:-1] in _AUTHORITY_VALUE_LABELS
                and (body := _CELL_AUTHORITY.match(norm, self.skip_space(label.end()), end))
                and body.end() < end
                and not self.gaps_in(body.start() + 1, body.end())  # (glued: no blank in it)
            ):
                # a page's cell of a body, the title glued after it opening with 关于
                # (发布人：某局关于…, 来源：某局某局关于…): the cell's value runs to 关于, as
                # the flattened head's chrome reads it (flat65; left69)
                return body.end(), "label"
            if (
                label.group().lstrip(_OPEN)[:-1] in _OFFICE_LABEL_FIELDS
                and (office := _OFFICE_VALUE_TITLE.match(norm, label.end(), end))
                and not self.gaps_in(office.start() + 1, office.end())
            ):
                # an office's row, its value an office's short name with the title glued
                # after it (建议承办责任科室：某科关于…): the value runs to 关于 (mend75c)
                return office.end(), "label"
            if label.group().lstrip(_OPEN)[:-1] in _SEAL_LABELS:
                value = self.skip_space(label.end())
                if _TITLE_START.match(norm, value, end) or _AUTHORITY_TITLE.match(norm, value, end):
                    # a seal's or a signature's slot, the title glued after it (单位负责人
                    # 盖章：某局关于…): the slot holds no words, its value is empty (head73)
                    return label.end(), "label"
            value_end = self._value_end(label.end(), end, _titled(label.group()))
            return (value_end, "label") if value_end is not None else None
        if (
            label is None
            and norm.startswith("签发人", pos)
            and (n := self._colonless_signer(pos, end))
        ):
            return n, "label"  # (its colon lost: 某函〔2024〕5号签发人王某关于…; left70)
        if (
            label is None
            and norm[pos] in "时日"
            and _BARE_DATED_CELL.match(norm, pos, end) is not None
            and (dated := self._date_value_end(pos + 3, end)) is not None
        ):
            return dated, "label"  # (a page's date under a bare word: 日期：2099-07-02关于…)
        secrecy = _SECRECY.match(norm, pos, end)
        if secrecy is not None and self._element_ends(secrecy.end(), end):
            return secrecy.end(), "secrecy"
        if norm[pos] in "【[［" and (buttons := _BRACKETED_BUTTONS.match(norm, pos, end)):
            # the page's buttons in their brackets after its byline (…点击率：88 【打印】
            # 【关闭】 某局关于…): a line of their own, no title's words (layout reads such
            # a line as the page's; left68)
            return buttons.end(), "label"
        if may_be_issuer:
            issuer_end = self._issuer_mark(pos, end)
            if issuer_end is None:
                issuer_end = self._joint_marks(pos, end)
            if issuer_end is not None:
                return issuer_end, "issuer"
        if (
            norm[pos] in "ABCD"
            and (
                _BARE_CLASS_LETTER.match(norm, pos, end)
                # (alone: no Latin letter or digit before it, as in a code's ABC关于)
                or (
                    not (pos and norm[pos - 1].isascii() and norm[pos - 1].isalnum())
                    and (
                        _CLASS_LETTER_OVER_TITLE.match(norm, pos, end) is not None
                        # (or before the 发文字号, glued: C某交提〔2031〕34号; no code opens
                        # with a class's letter; flat61a)
                        or (
                            norm[pos + 1 : pos + 2] != "类"  # (B类某函〔…: the mark whole)
                            and _CJK_CHAR.match(norm, pos + 1, end)
                            and self._number_at(pos + 1, end)
                        )
                    )
                )
            )
        ):
            return pos + 1, "class_mark"
        if (sent := self._sent_under_at(pos, end)) is not None:
            return sent, "sent_under"
        for kind, pattern in _ELEMENTS if _ANY_ELEMENT.match(norm, pos, end) else ():
            m = pattern.match(norm, pos, end)
            if m is None:
                continue
            if kind == "damaged_doc_number":
                # a code never holds a gap: in a one-line head the marks before the number
                # (B类 公开 某农函〔202327) are elements of their own, not its code's words
                bracket = next(
                    (k for k in range(pos, m.end()) if self.norm[k] in _YEAR_OPENERS),
                    # (or where its year starts after its code's 字 or 函, 发, 复, both
                    # brackets lost)
                    m.start("year")
                    if pattern is _BRACKETLESS_LETTER_NUMBER
                    else self.norm.rfind("字", pos, m.end()) + 1,
                )
                if self.gaps_in(pos + 1, bracket) or self._mark_opens(pos, bracket):
                    continue
                if self._class_letter_after(m.end(), end):
                    return m.end() + 1, kind  # its class's letter glued after it (某字〔202302A)
            if not (
                kind == "doc_number"
                or self._element_ends(m.end(), end)
                or (kind == "public" and _SESSION_TITLE.match(norm, m.end(), end) is not None)
            ):
                continue
            if kind == "doc_number" and not self._code_only(pos, m.start("open")):
                continue  # the issuer's mark or a title, then the number
            if kind == "doc_number" and _item_number(norm, pos, m, end):
                continue  # 第B（2031）45号建议: the item's number, its kind word after it
            return m.end(), kind
        return None

    def _sent_under_at(self, pos: int, end: int) -> int | None:
        """The end of a publisher's note of how the reply went out that starts at ``pos``
        (:data:`_SENT_UNDER_AT`), when an element may end there; None otherwise."""
        m = _sent_under(self.norm, pos, end)
        return m.end() if m is not None and self._element_ends(m.end(), end) else None

    def _broken_serial(self, pos: int, end: int) -> int:
        """Where the serial and 号 that open the line at ``pos`` end (``12号``), when the line
        over it ends with a 发文字号's code and bracketed year (``某交函〔2024〕``: a copy
        broke the number after its year, :func:`~replyparse.elements.serial_rest_end`) and
        the line ends there, a gap, the title or another header element after it
        (``12号关于…的答复``, ``12号  签发人：王某``): the number's rest, an element of its
        own (left61a: glued to the title, the serial was read as the title's first
        words); 0 otherwise."""
        norm = self.norm
        above = norm[norm.rfind("\n", 0, pos - 1) + 1 : pos - 1]
        n = serial_rest_end(above, norm[pos : min(end, pos + _SERIAL_REST_LONGEST)])
        if not n:
            return 0
        p = pos + n
        ends = (
            p == end
            or self.gap(p)
            or _TITLE_START.match(norm, p, end) is not None
            or self._element_ends(p, end)
        )
        return p if ends else 0

    def _class_letter_after(self, pos: int, end: int) -> bool:
        """Whether a class's letter alone stands at ``pos``, right after the serial of a
        damaged 发文字号 that lost its 〕 and 号 (某公交提字〔202302A), an element ending
        after it: the number's line, as :func:`replyparse.elements.marked_after` reads it."""
        norm = self.norm
        return (
            pos < end
            and norm[pos] in "ABCD"
            and norm[pos - 1].isdecimal()
            and self._element_ends(pos + 1, end)
        )

    def _mark_over_number(self, pos: int, end: int) -> tuple[int, Element] | None:
        """The end of the issuer's mark glued before the 发文字号 after an element of the
        run (…的答复（B类）某街道办事处某处复〔2017〕23号 签发人：…), as :meth:`_tail_element_at`
        reads it after an element: the name is the header's line over the number, no part of
        its code (dev131/008); None where no such mark stands at ``pos``, or a blank parts it
        from the number (``某局 某函〔…〕``: the head's own reading, flat55, as before)."""
        mark = self._issuer_mark(pos, end, glued_only=True)
        if mark is None or mark <= pos or self.gap(mark) or not self._number_at(mark, end):
            return None
        return mark, "issuer"

    def _number_at(self, pos: int, end: int) -> bool:
        """Whether a 发文字号 of a code alone starts at ``pos`` (no words that cite it:
        根据某政办发〔…)."""
        m = _DOC_NUMBER.match(self.norm, pos, end)
        return m is not None and self._code_only(pos, m.start("open"))

    def _mark_opens(self, pos: int, bracket: int) -> bool:
        """Whether a class mark or a publication note opens ``norm[pos:bracket]``, the words
        before a 发文字号's bracket (B类某农函〔…, 此件公开某农函〔…): a code never opens with
        one, so a head glued together with nothing between its lines has the mark before
        the number as an element of its own."""
        if self.norm[pos] not in _MARK_FIRST:
            return False
        for pattern in (_CLASS_MARK, _NOTE):
            mark = pattern.match(self.norm, pos, bracket)
            if mark is not None and mark.end() < bracket:
                return True
        return False

    def _code_only(self, pos: int, bracket: int) -> bool:
        """Whether ``norm[pos:bracket]`` can be a 发文字号's code alone: no gap inside it and
        no title's ending that leaves two characters or more after it (答复函|玉商函〔…)."""
        if self.gaps_in(pos + 1, bracket) or self._mark_opens(pos, bracket):
            return False
        if _TITLE_START.match(self.norm, pos) or _LEAD_WORD.search(self.norm, pos, bracket):
            return False  # 关于落实某政发〔2020〕3号…: a title that cites a number
        if self.norm[bracket - 1] == "字" and _ZI_CODE.fullmatch(self.norm, pos, bracket):
            return "的" not in self.norm[pos:bracket]  # 某交函议复字〔…: one code
        return not any(m.end() <= bracket - 2 for m in _TITLE_END.finditer(self.norm, pos, bracket))

    def _issuer_mark(self, pos: int, end: int, glued_only: bool = False) -> int | None:
        """The end of the issuer's mark that opens the letter (某局, 某局文件): followed by
        a gap, or glued to a header label or a 发文字号."""
        norm = self.norm
        if norm.startswith("关于", pos):
            return None  # (a title's opening: 关于设立便民服务站的建议某邮函〔…, no name)
        # the run of a name's characters from pos, up to the first gap after one of them
        run = _ISSUER_RUN.match(norm, pos, min(end, pos + MAX_AUTHORITY))
        i = run.end() if run is not None else pos
        gaps = self.gaps_in(pos + 1, i + 1)
        if gaps:
            i = gaps[0]
            if not glued_only:
                # one character, then a gap, and so the next two: a banner spaced out?
                if i == pos + 1 and self.gap(i + 1) and self.gap(i + 2):
                    return self._spaced_mark(pos, end)
                if not _ISSUER_MARK.fullmatch(norm, pos, i):
                    return None
                return None if self._joint_title_after(pos, i, end) else i
        # glued: the longest mark after which a label or a 发文字号 (its code two characters
        # or more) starts; none where nothing of theirs follows (a colon, a secrecy mark,
        # 文件, a bracketed year)
        # (asked of the text with ``in`` first, at a fraction of the cost of bounded finds
        # and a class-led search: norm[pos:i] lies inside it, and a bracketed year opens
        # with one of _NUMBER_YEAR's brackets, so where none stands it matches nowhere)
        # (a long zone's rest is asked with _holds: a long line of page cells asks it at each
        # cell, and a copy or a search of the rest at each was quadratic; a short one's is
        # asked at once, as the same answers cost less so)
        if end - pos <= _SHORT_ZONE:
            text = norm[pos:end]
            blank = " " in text
            asked = (
                "：" in text
                or ("文件" in text and norm.find("文件", pos, i) >= 0)
                or _SECRECY.search(norm, pos, end)
                or (_may_hold_number_year(text) and _NUMBER_YEAR.search(norm, pos, end))
                # (a number whose year lost its brackets: a blank before its serial and 号)
                or ("号" in text and blank and _SPACED_YEAR_AT.search(norm, pos, end))
                # (or both, its serial glued to its year: 某农函202317, 某议字20182)
                or _BARE_LETTER_YEAR.search(norm, pos, end) is not None
                # (or a label of the class with its value in brackets, no colon: 分类（A）)
                or (
                    ("（" in text or "【" in text or "[" in text or "［" in text)
                    and _BRACKETED_VALUE_CELL.search(norm, pos, end) is not None
                )
            )
        else:
            blank = self._holds(" ", pos, end)
            asked = (
                self._holds("：", pos, end)
                or norm.find("文件", pos, i) >= 0
                or self._holds(_SECRECY, pos, end)
                or self._holds(_NUMBER_YEAR, pos, end)
                or (
                    self._holds("号", pos, end) and blank and self._holds(_SPACED_YEAR_AT, pos, end)
                )
                or self._holds(_BARE_LETTER_YEAR, pos, end)
            )
        if not asked:
            return None
        # (a line opening with 复 and the body answered is a reply's code, 复政协代表函〔…〕,
        # 复人大建字〔…〕: no authority's mark before a code, as 复兴区教育局复教函〔…〕 has one;
        # nor does a mark end inside the role word 委员, 某政协委|员函)
        if norm.startswith(_REPLY_CODES, pos):
            return None
        # a reply's code glued after words before it (…分享复政协代表函〔…〕, …分享复人大建字
        # 〔…〕): the words end where the code opens the number that follows, whether they
        # end like an authority's name or not (复 and the body answered ends no name, and a
        # mark never ends inside the code, …复政协|代表函; 答复人大… is the verb 答复)
        code = max(norm.rfind(c, pos + 1, i) for c in _REPLY_CODES)
        if code > pos and norm[code - 1] != "答" and _DOC_NUMBER.match(norm, code, end) is not None:
            return code
        for k in range(i, pos + 1, -1):
            if norm[k - 1] not in _ISSUER_LAST or not _ISSUER_MARK.fullmatch(norm, pos, k):
                continue
            if norm.startswith("委员", k - 1):
                continue
            if norm.endswith(_REPLY_CODES, pos, k):
                continue  # (inside a reply's code that opens no number: no mark's end)
            if norm.startswith(_FILE_LABELS, k - 2):
                continue  # (某局文件编号某函〔…: the 文件 opens a label, no banner's end)
            if (
                _HEADER_LABEL.match(norm, k, end)
                # (a label of the class with its value in brackets: 某局分类（A）…, left74a)
                or _BRACKETED_VALUE_CELL.match(norm, k, end)
                or _SECRECY.match(norm, k, end)
                or (norm.startswith("文件", k - 2) and k < end)
                # (the note of the number the reply was sent under: 某部2031年6月16日以…函复：)
                or (k < end and _sent_under(norm, k, end) is not None)
            ):
                return k
            number = _DOC_NUMBER.match(norm, k, end)
            if (
                number is not None
                and number.start("open") - k >= 2
                and not _KIND_CODE.fullmatch(norm, k, number.start("open"))
                # (nor the item's registry number after its session: 对某届某次会议委员提案
                # 〔…〕33号的答复, whose 会 ends no mark; left68)
                and not item_kind_code(norm, k, number.start("open"))
            ):
                # a reply's code opens the number where it stands inside the code read
                # (…文章分享复政协函〔…〕: a page's tool words glued before it)
                code = max(norm.rfind(c, k + 1, number.start("open")) for c in _REPLY_CODES)
                return code if code > k else k
            # (a number's code and bracketed year ending the line, its serial broken onto
            # the next, glued after the mark: 某县交通局某交函〔2024〕 / 12号, left61a)
            coded = _CODED_YEAR.fullmatch(norm, k, end)
            if coded is not None and not _KIND_CODE.fullmatch(norm, k, coded.start("open")):
                return k
            # (a number whose year lost its brackets, its code glued after the mark:
            # 甲县某局甲教函2022 5号; its code two characters or more before the year)
            spaced = _SPACED_YEAR_NUMBER.match(norm, k, end) if blank else None
            if spaced is not None and _CODE_BEFORE_YEAR.match(norm, k, spaced.end()) is not None:
                return k
            # (decided, left70: one that lost both, its serial glued to its year, a code of
            # two characters or more ending in 函, 发, 复 or 字 glued after the mark, an
            # element as on its line: 甲县某局甲农函202317关于…)
            if self._bare_number(k, end):
                return k
        return None

    def _bare_number(self, pos: int, end: int) -> bool:
        """Whether a 发文字号 that lost its year's brackets, its serial glued to its year
        (:data:`_BRACKETLESS_LETTER_NUMBER`, :data:`_BRACKETLESS_ZI_NUMBER`), its code two
        characters or more, starts at ``pos`` and ends where an element does (the title, a
        gap, the salutation)."""
        norm = self.norm
        bare = _BRACKETLESS_LETTER_NUMBER.match(norm, pos, end) or _BRACKETLESS_ZI_NUMBER.match(
            norm, pos, end
        )
        code = _BARE_LETTER_YEAR.search(norm, pos, bare.end()) if bare is not None else None
        if code is None or code.start() - pos < 1:
            return False
        found = self._element_at(pos, end, False)
        return found is not None and found[1] == "damaged_doc_number"

    def _spaced_mark(self, pos: int, end: int) -> int | None:
        """The end of an issuer's mark written with a gap after each of its characters (a
        banner spaced out: 金 沙 县 应 急 管 理 局 文 件): the longest run of such
        characters from ``pos`` that reads as a mark, never into a title (关 于 …)."""
        norm = self.norm
        ends: list[int] = []
        p = pos
        while (
            p < end
            and len(ends) < MAX_AUTHORITY
            and _CJK_CHAR.match(norm, p)
            and (p + 1 >= end or self.gap(p + 1))
            and not norm.startswith("关于", p)
        ):
            ends.append(p + 1)
            p = self.skip_space(p + 1)
        text = "".join(norm[e - 1] for e in ends)
        for k in range(len(ends), MIN_SPACED_MARK - 1, -1):
            if _ISSUER_MARK.fullmatch(text, 0, k):
                return ends[k - 1]
        return None

    def _joint_title_after(self, pos: int, i: int, end: int) -> bool:
        """Whether the mark ``norm[pos:i]`` (no 文件 banner) is the first of a joint
        title's authorities: after the gap, up to two more marks and a gap each, then a
        title that opens with another authority (甲局　乙局关于…的答复)."""
        norm = self.norm
        if norm.startswith("文件", i - 2):
            return False
        q = i
        for _ in range(_JOINT_MARKS - 1):
            q = self.skip_space(q)
            m = _AUTHORITY_TITLE.match(norm, q, end)
            if m is not None and not self.gap(m.end() - 2):
                # (not the banner's own name again: 甲局 甲局关于…; a blank before the 关于,
                # 甲局 乙局 关于…, parts the next mark from a title of its own: dev131/002)
                return norm[q : m.end() - 2] != norm[pos:i]
            gaps = self.gaps_in(q + 1, min(end, q + MAX_AUTHORITY + 1))
            if not gaps or not _ISSUER_MARK.fullmatch(norm, q, gaps[0]):
                return False
            q = gaps[0]
        return False

    def _joint_marks(self, pos: int, end: int) -> int | None:
        """The end of a joint reply's authorities listed at ``pos`` with ``、`` or ``，``
        between them (甲县教育局、甲县财政局), when a gap, a header label or a 发文字号
        follows the list: the issuer's mark of a flattened joint header."""
        norm = self.norm
        stop = min(end, pos + 3 * MAX_AUTHORITY)
        if norm.find("、", pos, stop) < 0 and norm.find("，", pos, stop) < 0:
            return None  # (no list without its separator: the usual head stops here)
        m = _JOINT_LIST.match(norm, pos, stop)
        if m is None:
            return None
        k = m.end()
        if self.gap(k) or _HEADER_LABEL.match(norm, k, end):
            return k
        number = _DOC_NUMBER.match(norm, k, end)
        if number is not None and self._code_only(k, number.start("open")):
            return k
        return None

    def _element_ends(self, pos: int, end: int, *, authority_title: bool = True) -> bool:
        """Whether an element may end at ``pos``: the zone ends, a gap follows, or the next
        element or the title starts right there (with ``authority_title``, also a title
        that opens with its authority: 某县人民政府关于…; a glued name's value asks without,
        since the name's last character might be the place's first)."""
        if pos >= end or self.gap(pos):
            return True
        return (
            _NEXT_ELEMENT.match(self.norm, pos, end) is not None
            or (
                self.norm[pos] in _SENT_UNDER_FIRST
                and _SENT_UNDER_AT.match(self.norm, pos, end) is not None
            )
            or self._issuer_mark(pos, end, glued_only=True) is not None
            or (authority_title and _AUTHORITY_TITLE_AT.match(self.norm, pos, end) is not None)
        )

    def _date_follows(self, pos: int, end: int) -> bool:
        """Whether a page's date starts at ``pos`` (…(B类)2024-05-03…): a class mark or a
        note after the title may end there too (asked only where the tail is read, and
        only after :meth:`_element_ends` said no: a branch of _NEXT_ELEMENT slowed every
        search of it, 12k instructions a letter)."""
        return (
            self.norm.startswith(("19", "20"), pos)
            and _PAGE_DATE.match(self.norm, pos, end) is not None
        )

    def _glued_row_after(self, pos: int, end: int) -> int | None:
        """Where the next row's header label starts when a short value from ``pos`` is glued
        to it, no gap nor a sentence's mark between (a listing's rows on one line, a blank
        after each colon: 建议人： 王某、李某主办单位： 某局…): the value ends there; None
        elsewhere."""
        norm = self.norm
        if pos >= end or norm.find("：", pos + 1, min(end, pos + MAX_VALUE + MAX_LABEL)) < 0:
            return None
        label = self._header_label_after(pos + 1, min(end, pos + MAX_VALUE + 1))
        if (
            label is None
            or self.gaps_in(pos + 1, label)
            or any(ch in _VALUE_STOPS for ch in norm[pos:label])
            or not any(ch.isalnum() for ch in norm[pos:label])  # (the label's bracket: 【字体：)
        ):
            return None
        return label

    def _names_row_end(self, pos: int, end: int) -> int | None:
        """Where a proposers' row ends (建议人：, 提案人：…, its colon right before ``pos``)
        whose value is names parted by blanks, the last glued to the next row's label (a
        listing's rows on one line: ``建议人： 王某 李某某 赵某主办单位： 某局…``): at that
        label, as a single name glued to it ends there (:meth:`_glued_row_after`); None
        elsewhere (glued72: an earlier round ended the row at its first name and read the
        rows after it, their reply date too, as the head's)."""
        norm = self.norm
        if _NAMES_LABEL_BEFORE.search(norm, max(0, pos - MAX_LABEL), pos) is None:
            return None
        first = at = self.skip_space(pos)
        for _ in range(_LISTED_NAMES_MOST):
            gaps = self.gaps_in(at + 1, min(end, at + _LISTED_NAME_LONGEST + 1))
            if not gaps:  # (the last name, the next row's label glued to it)
                return None if at == first else self._glued_row_after(at, end)
            if _LISTED_NAME.fullmatch(norm, at, gaps[0]) is None:
                return None
            at = self.skip_space(gaps[0])  # (one name, the next after its blank)
        return None

    def _empty_value_ends(self, pos: int, end: int) -> bool:
        """Whether a label's value, a blank after its colon, is empty: the zone ends after
        the blank, or the title, a label (its words spread by blanks or not: 协办单位：
        事  由：…) or another element with no blank inside it starts there, or what follows
        is no short value (a paragraph the form holds: 内容： 某某年久失修。…). A short
        run with no sentence in it before the next blank is the value (签发人： 王某
        某交函〔…: 王某 is a name, not part of a 发文字号's code)."""
        norm = self.norm
        if pos >= end or _TITLE_START.match(norm, pos, end) or _HEADER_LABEL.match(norm, pos, end):
            return True
        m = _NEXT_ELEMENT.match(norm, pos, end)
        if m is not None and not self.gaps_in(pos + 1, m.end()):
            # (not a signer's name glued to the 发文字号 after it, its code longer than a
            # code is with the name: 签发人： 王某某某交函〔2023〕6号, flattened; nor a
            # publisher's body so: 发布单位： 某市某局某农函〔2018〕16号)
            return not (
                self._name_before_number(pos, m.end()) or self._body_before_number(pos, m.end())
            )
        if (
            self._issuer_mark(pos, end, glued_only=True) is not None
            or _AUTHORITY_TITLE.match(norm, pos, end) is not None
        ):
            return True
        gaps = self.gaps_in(pos + 1, min(end, pos + MAX_VALUE + 1))
        stop = gaps[0] if gaps else end if end - pos <= MAX_VALUE else None
        return stop is None or any(ch in _VALUE_STOPS for ch in norm[pos:stop])

    def _name_before_number(self, pos: int, stop: int) -> bool:
        """Whether ``norm[pos:stop]``, after a signer's label (签发人：), opens with the
        signer's name glued to a 发文字号 (:meth:`_signer_name_length`)."""
        return bool(self._signer_name_length(pos, stop))

    def _signer_name_length(self, pos: int, stop: int) -> int | None:
        """How long the signer's name is that opens ``norm[pos:stop]`` after a signer's
        label (签发人：), glued to a 发文字号's code (:func:`_name_in_code`; 0 when the code
        holds none: the label's value is empty); None when no such label stands before it
        or no number follows."""
        norm = self.norm
        if _SIGNER_LABEL_BEFORE.search(norm, max(0, pos - 8), pos) is None:
            return None
        number = _DOC_NUMBER.match(norm, pos, stop)
        if number is None:
            return None
        code = norm[pos : number.start("open")]
        return _name_in_code(code, lambda rest: self._place_known(rest, pos, pos + len(code)))

    def _body_before_number(self, pos: int, end: int) -> int:
        """How long the body's name is that opens ``norm[pos:end]`` after a publisher's
        label (发布单位：, 来源：, 发布机构：), glued to a 发文字号's code (``发布单位：甲山市农业
        农村局甲农函〔2018〕16号``, a page flattened with nothing between its lines): the
        longest run of the code's characters that names a body (an office's ending, the
        closing's reading of a name) and leaves a code of two characters or more; 0 where
        no such label, number or name stands there (left72b)."""
        norm = self.norm
        before, back = _PUBLISHER_CELL_BEFORE, pos
        while back > 0 and norm[back - 1] == " ":
            back -= 1  # (the blank a copy kept after the label's colon)
        if before.pattern.search(norm, max(0, back - before.reach), back) is None:
            return 0
        number = _DOC_NUMBER.match(norm, pos, end)
        if number is None:
            return 0
        return body_before_code(norm[pos : number.start("open")], names_authority)

    def _colonless_signer(self, pos: int, end: int) -> int:
        """Where the signer's row that opens at ``pos`` ends when the copy lost its colon
        (``签发人王某``), its name glued to the title after it (``…5号签发人王某关于…``,
        ``签发人王某甲山县某局关于…``) or ending where another element or a gap does: a name
        of two or three hanzi opening with a surname, or the name a title opening with its
        authority leaves (:meth:`_signer_name_before_title`); 0 where none is."""
        norm = self.norm
        value = pos + len("签发人")
        if value >= end or norm[value] in "：:":
            return 0
        named = self._signer_name_before_title(value, end)
        if named:
            return value + named
        for size in (3, 2):
            after = value + size
            name = norm[value:after]
            if (
                after < end
                and _HANZI_RUN.fullmatch(name) is not None
                and opens_with_surname(name)
                and (
                    _TITLE_START.match(norm, after, end) is not None
                    or self.gap(after)
                    or self._element_ends(after, end, authority_title=False)
                )
            ):
                return after
        return 0

    def _signer_name_before_title(self, pos: int, end: int) -> int:
        """How long the signer's name is that a flattened copy glued, after the signer's
        label (签发人：), before the letter's title opening with its authority
        (``签发人：王明江北区某局关于…``, ``…王大明某县某局对…``): the name and the authority's
        place split as a 发文字号's code is (:func:`_name_in_code`), the place's level telling
        where it starts; 0 when no signer's label stands before ``pos``, no such title
        follows, or the authority names no level (no split is sure then)."""
        norm = self.norm
        if _SIGNER_LABEL_BEFORE.search(norm, max(0, pos - 8), pos) is None:
            return 0
        title = _AUTHORITY_TITLE_AT.match(norm, pos, end)
        if title is None:
            return 0
        named = title.group().removesuffix("关于").removesuffix("对")
        if _CODE_LEVEL.search(named, 1) is None:
            return 0
        return _name_in_code(named, lambda rest: self._place_known(rest, pos, title.end()))

    def _place_known(self, rest: str, start: int, end: int) -> bool:
        """Whether the letter names the place ``rest`` opens with, up to its level's
        character (a 发文字号's code after a name's split: 石家庄市交函), outside
        ``norm[start:end]``, the code it was read in (石家庄市交通运输局 over its date); a level
        alone opening ``rest`` with 政 or 府 after it (市政办函, 县政发: the level's government)
        when the letter names that government (市人民政府, 市政府), with 委 (市委办发) its
        party committee (市委)."""
        level = _CODE_LEVEL.search(rest)
        if level is None:
            return False
        if level.start() == 0:
            organ = rest[1:2]
            words = (
                ("人民政府", "政府") if organ in ("政", "府") else ("委",) if organ == "委" else ()
            )
            return any(self._placed_outside(rest[0] + w, start, end) for w in words)
        if self._named_outside(rest[: level.end()], start, end):
            return True
        # (a place of two characters the code cuts to its first, its level after it: 宝市环函
        # for 宝鸡市, which the letter writes)
        if level.start() == 1:
            return self._cut_place_outside(rest[0], level.group(), start, end)
        return False

    def _cut_place_outside(self, first: str, level: str, start: int, end: int) -> bool:
        """Whether the letter writes, outside ``norm[start:end]``, a place of two characters
        that opens with ``first``, its ``level`` after it (宝鸡市 for a code's 宝市)."""
        norm = self.norm
        for lo, hi in ((0, start), (end, len(norm))):
            at = norm.find(first, lo, hi - 2)
            while at >= 0:
                if norm[at + 2] == level and "\u4e00" <= norm[at + 1] <= "\u9fff":
                    return True
                at = norm.find(first, at + 1, hi - 2)
        return False

    def _placed_outside(self, word: str, start: int, end: int) -> bool:
        """Whether the government ``word`` (市人民政府, 县委) stands outside ``norm[start:end]``
        in an authority's name of its own, after a place (:meth:`_stands_as_name`): the
        letter's signer or its header (某市人民政府办公室 over the date, 某县人民政府 over the
        title), not a sentence's mention (经市政府同意, 我市政府, 县委县政府高度重视, 按市政府
        要求: a body's mention names no place, and then the code's own characters before its
        level may be the place, 王明市政办函 the city 王明市's; decided, signers53; told by
        where the name stands, whatever character its place ends with, 某和县人民政府 as
        much as 某山县人民政府; decided, mend53)."""
        norm = self.norm
        for piece_start, piece_end in ((0, start), (end, len(norm))):
            at = norm.find(word, piece_start, piece_end)
            while at >= 0:
                if self._stands_as_name(at, at + len(word), piece_start, piece_end):
                    return True
                at = norm.find(word, at + 1, piece_end)
        return False

    def _stands_as_name(self, at: int, stop: int, start: int, end: int) -> bool:
        """Whether the government at ``norm[at:stop]`` (inside ``norm[start:end]``) is part
        of an authority's name standing on its own, as a signer's or a header's line: the
        name (the government, or one of its offices after it, 某县人民政府办公室) ends where a
        line, a gap, a date, 文件 or the title (关于) follows, and runs back from there, over
        a place of its own, to where the line, a gap, a sentence or a label ends
        (:meth:`_authority_before`), its place not the letter's own words (我市, 本县). A
        sentence's mention runs on into the sentence (县委县政府高度重视, 以市政府名义) or
        ends at its full stop (已报市政府。)."""
        norm = self.norm
        stop_at = min(end, at + MAX_AUTHORITY)
        ends = [stop]
        tail = _ISSUER_RUN.match(norm, stop, stop_at)
        if tail is not None and tail.end() > stop:
            ends += [m.end() for m in ORG_INSIDE.finditer(norm, stop, tail.end())]
        for e in ends:
            if not (
                e >= len(norm)
                or self.gap(e)
                or norm.startswith(_NAME_STANDS_BEFORE, e)
                or _DATE.match(norm, e) is not None
            ):
                continue
            i = self._authority_before(e, start)
            if (
                i is not None
                and i < at
                and self.before(i) != "，"
                and SELF_REFERENCE.match(norm, i) is None
            ):
                return True
        return False

    def _named_outside(self, word: str, start: int, end: int) -> bool:
        """Whether ``word`` stands in the letter outside ``norm[start:end]``."""
        return self.norm.find(word, 0, start) >= 0 or self.norm.find(word, end) >= 0

    def _keyword_list_end(self, pos: int, end: int) -> int | None:
        """Where a page's keyword cell's list of words, parted by semicolons or commas, ends
        when the title is glued right after its last word (``关键词：路灯;照明;提案关于…的
        答复``, a page flattened with nothing between its lines): at the title's 关于 or 对
        after one character of that word at least; None where no such list stands at
        ``pos`` (a list is no short value, which :meth:`_value_end` reads; left68)."""
        norm = self.norm
        listed = _KEYWORD_RUN.match(norm, pos, end)
        if listed is None:
            return None
        last = listed.start("last") + 1
        title = _TITLE_START.search(norm, last, min(listed.end(), last + _KEYWORD_LONGEST))
        return title.start() if title is not None else None

    def _value_end(self, pos: int, end: int, titled: bool = False) -> int | None:
        """Where a header label's value ends: a known value, else the next gap (a title,
        ``titled``: never a short glued value)."""
        if pos < end and self.gap(pos):
            if (row := self._glued_row_after(self.skip_space(pos), end)) is not None:
                return (
                    row  # a short value glued to the next row's label (主办单位： 某局答复时间：…)
                )
            if (row := self._names_row_end(pos, end)) is not None:
                return row  # names parted by blanks, the last glued to the next row's label
            if self._empty_value_ends(self.skip_space(pos), end):
                return pos  # an empty value: 协办单位：  事由：…
        pos = self.skip_space(pos)
        if (
            pos < end
            and self.norm[pos] in _FORM_END_FIRST
            and _FORM_END_ROW.match(self.norm, pos, end)
        ):
            return pos  # an empty row over the form's last (反馈时间：办理情况某局关于…)
        known = _KNOWN_VALUE.match(self.norm, pos, end)
        if known is not None and not _CLASS_PLACE.match(self.norm, pos, end):
            return known.end()
        if (dated := self._date_value_end(pos, end)) is not None:
            return dated  # a date, its clock after it or not (成文日期：2099-07-02关于…)
        gaps = self.gaps_in(pos + 1, min(end, pos + MAX_VALUE))
        if gaps and (number := self._gapped_number(pos, gaps[0], end)) is not None:
            return number  # a 发文字号 a gap parts (文号：某函〔2024〕 12号): one value
        if titled and gaps:
            # a title's value citing a number a copy spaced (案由：关于落实某政发〔2020〕 3号
            # 文件的建议) runs on over the gaps inside that number
            gaps = [g for g in gaps if not self._inside_number(g, pos)]
        # glued: the next label ends it (姓名：王某、李某主办单位：…, 协办单位：事由：…)
        label = self._header_label_after(pos, min(end, pos + MAX_VALUE + MAX_LABEL))
        if label is not None and (not gaps or label <= gaps[0]):
            return label
        if not titled and (body := self._body_before_number(pos, gaps[0] if gaps else end)):
            # a publisher's body glued to the number (发布单位：某局某农函〔…〕, a blank after
            # the colon or none)
            return pos + body
        if gaps:
            if gaps[0] == pos + 1 and self._padded_pair(pos, gaps, end):
                return pos + 2  # a name of two characters padded to three (签发人：王 某)
            return gaps[0]
        if not titled and (n := self._signer_name_length(pos, end)) is not None:
            # the signer's name glued to the 发文字号 (签发人：王明江北区政办函…), or none
            # (签发人：江北区政办函…: the code opens with its place, the value empty)
            return pos + n
        if not titled and (n := self._signer_name_before_title(pos, end)):
            return pos + n  # the title glued after the name (签发人：王明江北区某局关于…)
        # glued: a short value (a name, most often of three characters or two) right
        # before the title or the next element; a title label's value is no such value
        for n in () if titled else _GLUED_VALUE_LENGTHS:
            p = pos + n
            if p < end and (
                _TITLE_START.match(self.norm, p, end)
                or self._element_ends(p, end, authority_title=False)
            ):
                if (
                    p - 1 > pos
                    and self.norm[p] == "类"
                    and _CLASS_MARK.match(self.norm, p - 1, end) is not None
                ):
                    # (a class mark's letter glued after the value, read as a 发文字号's
                    # code there: 来源：本网A类某函〔…〕; the mark opens with its letter)
                    return p - 1
                return p
        if not titled and (stop := self._paragraph_value_end(pos, end)) is not None:
            return stop
        return end if end - pos <= MAX_VALUE else None

    def _colonless_publisher_end(self, pos: int, end: int) -> int | None:
        """Where a page's publisher cell ends whose label has no colon (a table's cell, its
        label and value parted by a blank or its line's end, flattened: ``发布机构 某局
        关于…``, ``发布机构某局对…的答复``), the title glued after its value or after a blank:
        the value an authority's name, to the blank the title opens after, else to the
        title's 关于 or 对 (as :data:`_CELL_AUTHORITY` reads a cell with its colon). None
        when no such cell opens at ``pos`` (page76)."""
        norm = self.norm
        word = _COLONLESS_PUBLISHER.match(norm, pos, end)
        if word is None:
            return None
        value = self.skip_space(word.end())
        for gap in self.gaps_in(value + 1, min(end, value + _PUBLISHER_VALUE_LONGEST)):
            if _AUTHORITY_VALUE.fullmatch(norm, value, gap) and _CELL_TITLE_AT.match(
                norm, self.skip_space(gap), end
            ):
                return gap  # (发布机构 某局 某局对…: the value to the blank)
            break
        body = _CELL_AUTHORITY.match(norm, value, end)
        if body is None or self.gaps_in(body.start() + 1, body.end()):
            return None
        return body.end()

    def _date_value_end(self, pos: int, end: int) -> int | None:
        """Where a label's value that is a whole date (:data:`_DATE_VALUE`: ``2099-07-02``,
        ``2099年7月2日``, its clock after it, a blank between or none) ends, when the title
        or another element follows it, glued or after a gap (``成文日期：2099-07-02关于…``,
        ``发布时间：2099-07-02 10:30 关于…``): the value whole, the title after it (left70;
        an earlier round read the clock as the title's first words, or no title)."""
        norm = self.norm
        if not norm.startswith(("19", "20"), pos):
            return None
        dated = _DATE_VALUE.match(norm, pos, end)
        if dated is None:
            return None
        after = self.skip_space(dated.end())
        if after < end and (
            _TITLE_START.match(norm, after, end)
            or self._element_ends(after, end, authority_title=False)
            # (or a title opening with its authority, glued after the date: 发布时间：
            # 2099-07-02某局关于…, 2099-07-02某局对…的答复; page76)
            or _CELL_TITLE_AT.match(norm, after, end)
        ):
            return dated.end()
        return None

    def _padded_pair(self, pos: int, gaps: list[int], end: int) -> bool:
        """Whether the value at ``pos`` is two hanzi a blank parts, a blank or the zone's end
        after them (``签发人：王 某 关于…``): a name of two characters a typist padded to the
        width of three, one value (a hanzi alone is no value of its own, nor the title's
        first character)."""
        second = pos + 1
        if not (
            second < end
            and "\u4e00" <= self.norm[pos] <= "\u9fff"
            and "\u4e00" <= self.norm[second] <= "\u9fff"
        ):
            return False
        if second + 1 == end or (len(gaps) > 1 and gaps[1] == second + 1):
            return True
        # (or the title glued after it, a copy flattened with nothing between its lines:
        # 签发人：王 某某局关于…, 签发人：王 某关于…); not when the second character opens
        # the authority's place the letter writes elsewhere (签发人：陈 海南省教育厅 对海南省…:
        # a name cut to one character, a line break's blank after it; flat61a)
        if _TITLE_START.match(self.norm, second + 1, end) is not None:
            return True
        if _AUTHORITY_TITLE_AT.match(self.norm, second + 1, end) is None:
            return False
        stop = gaps[1] if len(gaps) > 1 else end
        return not self._place_known(self.norm[second:stop], pos, stop)

    def _paragraph_value_end(self, pos: int, end: int) -> int | None:
        """Where a form row's value that is a paragraph (a 办理单's ``内容：`` row holding
        the proposal's text) ends in a head glued together: right after a sentence's end
        that the next header label follows (…给予解决。承办单位：某局…); None when no such
        label follows one within ``MAX_PARAGRAPH_VALUE``."""
        norm = self.norm
        stop = min(end, pos + MAX_PARAGRAPH_VALUE)
        at = norm.find("。", pos, stop)
        while at >= 0:
            if _HEADER_LABEL.match(norm, at + 1, end) is not None:
                return at + 1
            at = norm.find("。", at + 1, stop)
        return self._title_after_paragraph(pos, end)

    def _title_after_paragraph(self, pos: int, end: int) -> int | None:
        """Where the letter's title starts after a form row's paragraph that lost its full
        stop, a blank between them, the title all the head holds after it up to its end
        (the salutation): ``提案内容：…方便群众出行 关于对…第12号建议的答复`` (a page's record
        of the item flattened over the letter). The title opens as one does (关于, 对), ends
        as a reply's does, and holds no sentence's end (a question mark there is a character
        the copy lost, 建？120号); None where no gap parts one."""
        norm = self.norm
        last = end
        while last > pos and norm[last - 1] == " ":
            last -= 1
        if last - pos > MAX_PARAGRAPH_VALUE or _REPLY_ENDING.search(norm, last - 4, last) is None:
            return None
        for gap in reversed(self.gaps_in(pos + 1, last - _HEADING_LEAST)):
            at = self.skip_space(gap)
            if last - at > _TITLE_LONGEST:
                break
            if _TITLE_START.match(norm, at, last) and not _SENTENCE_IN_TITLE.search(norm, at, last):
                return gap
        return None

    def _gapped_number(self, pos: int, gap: int, end: int) -> int | None:
        """Where a 发文字号 ends that opens a label's value at ``pos`` and runs on over its
        first gap, ``gap``, as a copy spaced it (``某函〔2024〕 12号``, ``某函 〔2024〕12号``,
        ``某函〔2024〕12 号``): the whole number is the value, as the same number is one
        element where no label stands before it (its code holds no gap: ``_code_only``);
        None when no such number opens the value."""
        norm = self.norm
        if not _may_hold_number_year(norm[pos:gap]) and not _may_hold_number_year(
            norm[gap : gap + 1]
        ):
            return None  # (its bracketed year opens before the gap, or right after it)
        m = _DOC_NUMBER.match(norm, pos, end)
        if m is None or m.end() <= gap or not self._code_only(pos, m.start("open")):
            return None
        return m.end()

    def _inside_number(self, gap: int, start: int) -> bool:
        """Whether the gap at ``gap`` (after ``start``) parts a cited 发文字号 a copy spaced
        (``某政发〔2020〕 3号``, ``某政发 〔2020〕3号``): its bracketed year ends right before
        the gap or opens right after it, and a number runs over it."""
        norm = self.norm
        before, after = norm[gap - 1 : gap], norm[gap : gap + 1]
        if before not in _YEAR_CLOSERS and after not in _YEAR_OPENERS:
            return False  # (the gate: the usual gap parts words, no bracket beside it)
        lo = max(start, gap - NUMBER_LEAD - 7)
        return any(
            m.start("open") - 1 <= gap < m.end()
            for m in _CITED_NUMBER.finditer(norm, lo, min(len(norm), gap + 10))
        )

    def _unit_slot_head(self, slot: int) -> int:
        """Where a unit's seal slot at ``slot`` (单位盖章：) starts with the words a unit's
        label writes before its 单位 (答复单位盖章：, 承办单位签章：): one label, the slot's;
        ``slot`` itself when no such words stand glued before it (mend75b)."""
        for head in UNIT_LABEL_HEADS:
            if self.norm.startswith(head, slot - len(head)):
                return slot - len(head)
        return slot

    def _header_label_after(self, pos: int, end: int) -> int | None:
        """Where the first header label with its colon in ``norm[pos:end]`` starts (at
        ``pos`` itself too: an empty value glued to the next label), or None."""
        norm = self.norm
        found = None
        for m in self._labels(pos, end) if norm.find("：", pos, end) >= 0 else ():
            if m.start() >= pos and _HEADER_LABEL.match(norm, m.start(), end) is not None:
                found = m.start()
                if (
                    m.group("label") in _SEAL_LABELS
                    and found - 2 >= pos
                    and norm.startswith("单位", found - 2)
                ):
                    # a seal slot's label in its whole form glued after a name (签发人：
                    # 王某单位负责人盖章：): its 单位 is the slot's, no part of the name
                    found -= 2
                elif m.group("label") in _SEAL_LABELS and norm.startswith("单位", found):
                    head = self._unit_slot_head(found)
                    if head < pos:
                        # (the slot's own words before it, 答复单位盖章：, open before
                        # ``pos``: no label after it; mend75b)
                        found = None
                        continue
                    found = head
                break
        # (or a page's keyword row, no label of ours: 索引号：0000-2099-001关键词：路灯…)
        key = norm.find("关键", pos, end if found is None else found)
        while key >= 0 and _KEYWORD_LABEL.match(norm, key, end) is None:
            key = norm.find("关键", key + 1, end if found is None else found)
        return key if key >= 0 else found

    def _tail(self, pos: int, end: int) -> list[int] | None:
        """The starts of the header elements that end the zone after the title (a 发文字号
        under it, a class mark or a note beside it), each after a gap or the title's
        ending; None when the zone does not end with one."""
        norm = self.norm
        if pos >= end:
            return None
        # Exact: with no gap and no colon in the zone, the only places tried are the title's
        # endings before the zone's end (a header label needs its colon), and each holds
        # one of _TITLE_END_CHARS (asked one by one with ``in``): where none stands before
        # the last character, nothing is tried. Most titles (…建议的答复) are told so
        # without the pattern's search.
        head = norm[pos : end - 1]
        colon = norm[end - 1] == "：" or "：" in head
        gaps = self.gaps_in(pos + 1, end)  # (asked once: the gate's and the starts')
        if not colon and not any(c in head for c in _TITLE_END_CHARS) and not gaps:
            return None
        endings = [m.span() for m in _TITLE_END.finditer(norm, pos, end)]
        if all(norm[e : e + 1] in _YEAR_OPENERS for _, e in endings):
            # a title with no reply's ending, the item's own ending in its kind word (关于…的
            # 建议某邮复2017〕9号): the number glued after it starts after that word (a title's
            # 关于 or 对 before it: a number's code holds a kind word too, 某交建议复…). An
            # ending right before a year's bracket is the code's (…的建议某邮函〔2017〕9号:
            # review56b), no reply's.
            about = pos if norm.startswith("对", pos) else norm.find("关于", pos, end)
            if about >= 0:
                endings = sorted(
                    [*endings, *(m.span() for m in _KIND_END.finditer(norm, about, end))]
                )
        ends = [e for _, e in endings]
        starts = [p for p in gaps if norm[p] != " "]
        # a header label glued after the title (…的建议办理单新编号：…, a form's heading),
        # not one that would take the title's ending (…的答复类别：A is 答复|类别：A)
        # (none without a colon in the zone: it ends with one)
        label = self._header_label_after(pos + 1, end) if colon else None
        if label is not None and not any(a <= label < e for a, e in endings):
            starts.append(label)
        if colon and norm.endswith(_EMPTY_KEYWORD_CELLS, pos, end):
            # a page's keyword cell left empty at the zone's end, the salutation right after
            # it (…的答复主题词：王某代表：, …3号关键词：王某代表：): a line of its own (glued72)
            starts.append(end - len(_EMPTY_KEYWORD_CELLS[0]))
        elif colon and (cell := self._keyword_cell_at_end(pos, end)) is not None:
            starts.append(cell)  # (its words after it: …的答复主题词：交通 道路 王某代表：)
        places = sorted({*starts, *ends})
        # Exact: with no colon in the zone (no header label), the element tried first at a
        # place needs in the rest of the zone a （, a digit, 类, 公开, 文件 or a secrecy word
        # (see _TAIL_NEEDS); the rest after the first place holds every later one's.
        first = end
        for p in places:  # (a loop, not next() over a generator: a generator costs more)
            if pos < p < end:
                first = p
                break
        if norm.endswith("内容", pos, end):
            # a page's label of the reply's text, its colon lost, between the title's ending
            # and the names (…的答复答复内容王某代表：, …的答复创建时间正文内容王某代表：)
            content = _CONTENT_LABEL.search(norm, pos, end)
            if content is not None and content.start() in ends:
                return [content.start()]
        elif norm.endswith(("情况", "结果"), pos, end) and (
            (row := _FORM_END_ROW_END.search(norm, pos, end)) is not None
            and row.start() > pos
            and (self.gap(row.start()) or self._ending_before(pos, row.start()))
        ):
            # the form's last row's label, its colon lost, between the title or a page's
            # column and the names (…的答复答复情况王某代表：, 人大建议 答复情况 王某代表：): a
            # line of its own, as where the lines were kept (head75)
            return [row.start()]
        elif norm.endswith(("正文", "详情"), pos, end):
            # the page's heading over the article between the title's ending and the names
            # (…的答复正文王某代表：, …的答复 正文 王某代表：): a line of its own (head75)
            heading = _ARTICLE_HEADING_END.search(norm, pos, end)
            back = heading.start() if heading is not None else pos
            while back > pos and norm[back - 1] in " \t\u3000":
                back -= 1
            if heading is not None and back in ends and back - pos >= _HEADING_LEAST:
                return [heading.start()]  # (答复正文 alone is a page's label: no title's)
        if not colon and _TAIL_NEEDS.search(norm, first, end) is None:
            return None
        # the places an element after another was read at on a walk that did not reach the
        # zone's end: a later walk that comes to one stops there (the walk from it is the
        # same whatever place it opened at), so a long line of cells whose last is no
        # element (… 同意公开 同意公开 乙) is walked once, not once a place (quadratic)
        failed: set[int] = set()
        for p in places:
            if not pos < p < end:
                continue
            if norm[p] in _YEAR_OPENERS and norm[p - 1] == "函" and self._cited_code_before(p):
                # a 函 right before a year's bracket, a verb of citing before the code, is
                # the code's, no reply's ending (按照某交函〔2099〕5号 under the title: as
                # review56b reads it after a title's kind word; head75)
                continue
            start = p
            verb = CITING_VERB.match(norm, p, end) if p in ends else None
            if verb is not None and _CITES_NUMBER.match(norm, p, end) is not None:
                # a verb of citing glued after the title's ending with the number right
                # after it (…的答复按照某交函〔2099〕5号): the number's line's lead words, the
                # title ending before them (head75)
                start = verb.end()
            number = _DOC_NUMBER.match(norm, start, end)
            bracket = number.start("open") if number is not None else self._damaged_open(p, end)
            # (the first ending after p asked, ends in text order: a line of many numbers
            # holds an ending in each code, 某函, and a scan of all of them at each was
            # quadratic)
            later = bisect_right(ends, p) if bracket >= 0 else len(ends)
            if later < len(ends) and ends[later] <= bracket - 2:
                continue  # the title ends later: the code is what follows its last ending
            out = [p]
            q = start
            clause = False  # (a comma after the number a verb of citing leads)
            while q < end and (q == start or q not in failed):
                found = self._tail_element_at(q, end, after_element=q != start)
                if found is None:
                    break
                q = self.skip_space(found)
                if q < end and norm[q] == "，" and q > p:
                    # a comma between two of them (某函〔2099〕5号，B类, …5号，签发人：王某): it
                    # ends the element's line, the next opens its own (mend73a)
                    clause = clause or start != p
                    q = self.skip_space(q + 1)
                if q < end:
                    out.append(q)
            if q >= end and not clause:
                # (the number a verb of citing leads with head elements after it, glued or
                # after a blank, 按照某交函〔2099〕5号A类, …5号签发人：李小明: their lines, as
                # where the lines were kept, mend75a; after a comma, 按照某交函〔…〕5号，A类…,
                # a sentence's clause, mend74a)
                return out
            failed.update(out[1:])
        return None

    def _cited_code_before(self, bracket: int) -> bool:
        """Whether a verb of citing opens the code of the number whose year's bracket is at
        ``bracket`` (按照某交函〔…: :data:`_CITES_NUMBER`), within a code's reach of it."""
        norm = self.norm
        floor = max(0, bracket - NUMBER_LEAD)
        for verb in CITING_VERB.finditer(norm, floor, bracket):
            cited = _CITES_NUMBER.match(norm, verb.start())
            if cited is not None and cited.end() > bracket:
                return True
        return False

    def _keywords_before_title(self, value: int, end: int) -> int | None:
        """Where a keyword row's words parted by blanks (:data:`_KEYWORD_WORDS`, from
        ``value``) end before a title that opens after a blank (关于, 对: :data:`_TITLE_START`),
        within :data:`_KEYWORD_WORDS_LONGEST`, or before the title's authority opening with
        its place (甲山县交通局关于…: mend75a); None where no title opens so. Where the
        authority's 关于 follows a row's word glued before its name (主题词：河道 治理甲山县
        交通局关于…), where the name opens is not told: the row runs to the 关于, the title
        read without its authority's name rather than opening with the row's last word
        (mend75a)."""
        norm = self.norm
        glued: int | None = None
        for gap in self.gaps_in(value + 1, min(end, value + _KEYWORD_WORDS_LONGEST + 1)):
            title = self.skip_space(gap)
            opens = self._title_at(title, end)
            authority = None if opens else self._authority_title(title, end)
            if authority is not None and _PLACE_OPENS.match(norm, title, end) is None:
                # (a row's word glued before the name: the title opens at its 关于 or 对)
                about = authority.end() - (2 if authority.group().endswith("关于") else 1)
                glued, authority = glued or about, None
            if (
                (authority is not None or opens)
                and _KEYWORD_WORDS.fullmatch(norm, value, gap) is not None
                and not self._title_opens_in(value, gap)
            ):
                return gap
        return glued

    def _title_opens_in(self, pos: int, end: int) -> bool:
        """Whether a title opens in a keyword row's words ``norm[pos:end]`` (关于, 对:
        :data:`_TITLE_START`); a 对 opening a word a blank ends within a keyword's reach
        (关键词：对口 帮扶, 河道 对外 开放: a word of the row, no title's) opens none
        (mend75a)."""
        return any(not self._row_word(m, end) for m in _TITLE_START.finditer(self.norm, pos, end))

    def _title_at(self, pos: int, end: int) -> bool:
        """Whether a title opens at ``pos`` (:data:`_TITLE_START`), no keyword row's word
        opening with 对 (:meth:`_title_opens_in`)."""
        m = _TITLE_START.match(self.norm, pos, end)
        return m is not None and not self._row_word(m, end)

    def _row_word(self, m: re.Match[str], end: int) -> bool:
        """Whether the 对 matched at ``m`` opens a keyword row's word a blank ends within
        four characters (对口 帮扶), before ``end`` or at it; a blank right after the 对
        spaces a title out (对 王某代表建议的答复)."""
        return m.group() == "对" and bool(self.gaps_in(m.end() + 1, min(end + 1, m.end() + 4)))

    def _authority_title(self, pos: int, end: int) -> re.Match[str] | None:
        """The title at ``pos`` that opens with its authority's name, no blank in it, then
        关于 or 对 (:data:`_AUTHORITY_TITLE_AT`); None where none opens there."""
        title = _AUTHORITY_TITLE_AT.match(self.norm, pos, end)
        if title is None or self.gaps_in(pos + 1, title.end()):
            return None
        return title

    def _keyword_cell_at_end(self, pos: int, end: int) -> int | None:
        """Where a page's keyword cell (:data:`_EMPTY_KEYWORD_CELLS`' labels) that ends the
        zone ``pos``..``end`` starts, its words after it (``主题词：交通 道路``: hanzi and
        blanks, :data:`_KEYWORD_WORDS_LONGEST` at most), the salutation right after the zone
        (…的答复主题词：交通 道路 王某代表：); None where none ends it."""
        lo = max(pos, end - len(_EMPTY_KEYWORD_CELLS[0]) - _KEYWORD_WORDS_LONGEST)
        for label in _EMPTY_KEYWORD_CELLS:
            at = self.norm.rfind(label, lo, end)
            if at >= 0 and _KEYWORD_WORDS.fullmatch(self.norm, at + len(label), end):
                return at
        return None

    def _damaged_open(self, pos: int, end: int) -> int:
        """Where the bracket of a damaged 发文字号 that starts at ``pos`` stands (某函〔2024〕
        **号, 某函〔2020740); -1 where none starts there."""
        m = _DAMAGED_DOC_NUMBER.match(self.norm, pos, end)
        if m is None:
            return -1
        return next(k for k in range(pos, m.end()) if self.norm[k] in _YEAR_OPENERS)

    def _item_number_ends(self, pos: int, end: int) -> bool:
        """Whether the item's number (:data:`_ITEM_NUMBER_NOTE`) starts at ``pos``, glued
        after a note of the title's tail, and ends an element there (…的答复（关于…）第27号
        ***委员：, a copy with nothing between its lines: fix164)."""
        if self.norm[pos : pos + 1] not in _ITEM_NUMBER_FIRST:
            return False
        m = _ITEM_NUMBER_NOTE.match(self.norm, pos, end)
        return m is not None and self._element_ends(m.end(), end)

    def _tail_element_at(self, pos: int, end: int, *, after_element: bool = False) -> int | None:
        """The end of an element that may follow the title (a short note in brackets too,
        a label inside it included: （编号：某〔2021〕3号）; the issuer's ``…文件`` banner,
        or, ``after_element`` (another element of the tail before it: the 发文字号), the
        issuer's name alone)."""
        if end - pos == len(_EMPTY_KEYWORD_CELLS[0]) and self.norm.startswith(
            _EMPTY_KEYWORD_CELLS, pos
        ):
            return end  # (a page's keyword cell left empty, the zone's last: 主题词：)
        if (
            self.norm.startswith(_EMPTY_KEYWORD_CELLS, pos)
            and self._keyword_cell_at_end(pos, end) == pos
        ):
            return end  # (its words after it, the zone's last: 主题词：交通 道路)
        note = _BRACKET_NOTE.match(self.norm, pos, end)
        if note is not None and (
            self._element_ends(note.end(), end)
            or self._date_follows(note.end(), end)
            or self._item_number_ends(note.end(), end)
        ):
            return note.end()
        label = _HEADER_LABEL.match(self.norm, pos, end)
        if label is not None:
            if note is not None:
                return None  # (a label in a note's brackets, the title's words after them:
                # 第5号（分类：重点）提案的答复, its value ends with the bracket, no tail)
            if label.group().lstrip(_OPEN)[:-1] in _NUMBER_LABELS and (
                number := _CODED_NUMBER.match(self.norm, self.skip_space(label.end()), end)
            ):
                # the number whole, its code with it, as :meth:`_element_at` reads it (文号：
                # 甲环函〔2099〕3号: no class's value 甲 ends it; glued72)
                return number.end()
            return self._value_end(label.end(), end, _titled(label.group()))
        banner = self._issuer_mark(pos, end)
        if banner is not None and (
            after_element
            or self.norm.startswith("文件", banner - 2)
            or self._number_at(self.skip_space(banner), end)
            or self._sent_under_at(self.skip_space(banner), end) is not None
        ):
            # the issuer's banner a page put under the title (某局文件), or its name over
            # the 发文字号 there (…的答复  某局  某函〔2024〕5号), or over the note of the
            # number the reply was sent under (…复文 某部 …以〔2031〕某发函第1号文函复：)
            return banner
        if (sent := self._sent_under_at(pos, end)) is not None:
            return sent
        if self.norm[pos] in "ABCD" and _BARE_CLASS_LETTER.match(self.norm, pos, end):
            return pos + 1  # a class's letter over the publication value: A同意公开
        if (
            after_element
            and pos + 1 == end
            and self.norm[pos] in "ABCD"
            and self.before(pos) == "号"
        ):
            # a class's letter alone after the 发文字号, the zone's last (…某函〔2099〕16号A
            # 某镇人民政府：): the class mark's line, as a page that kept its lines sets it
            return end
        tail_elements: tuple[tuple[Element, re.Pattern[str]], ...] = (
            *_ELEMENTS,
            ("note", _BRACKET_NOTE),
            ("note", _ITEM_NUMBER_NOTE),
            ("page_date", _PAGE_DATE),
            ("page_date", _PAGE_DATE_NOTE),
            ("damaged_doc_number", _OPEN_LOST_DOC_NUMBER),
        )
        gate = (
            _ANY_ELEMENT.match(self.norm, pos, end)
            or _PAGE_DATE.match(self.norm, pos, end)
            or _PAGE_DATE_NOTE.match(self.norm, pos, end)
            or _OPEN_LOST_DOC_NUMBER.match(self.norm, pos, end)
            or (
                self.norm[pos] in _ITEM_NUMBER_FIRST
                and _ITEM_NUMBER_NOTE.match(self.norm, pos, end)
            )
        )
        for kind, pattern in tail_elements if gate else ():
            m = pattern.match(self.norm, pos, end)
            if m is None or not (
                kind == "doc_number"
                or self._element_ends(m.end(), end)
                or (kind == "class_mark" and self._date_follows(m.end(), end))
            ):
                continue
            if kind == "doc_number" and not self._code_only(pos, m.start("open")):
                continue
            return m.end()
        return None

    # -- the body and the closing ------------------------------------------------------------

    def body_cuts(self, start: int, end: int, line: Line | None = None) -> list[_Cut]:
        """The body's section markers and the signature, those boundaries that may be
        strong; with them the closing elements the signature is told by, in ``line``
        (found when not given), which ends at ``end``. (A cut at the start of a line is no
        break: one may be left out.)"""
        norm = self.norm
        if line is None:
            line = self.line_at(start)
        # (the line's own text where the body fills it, for the gates' ``in``; and its start
        # for the finders that searched back for the line break: the view's lines are its
        # norm split at the breaks, so the line's start is the place after that break)
        text = line.text if start == line.start else norm[start:end]
        cuts: list[_Cut] = []
        opening = norm[start] in _MARKER_FIRSTS  # (_MARKER_FIRST.match, a set's look-up)
        # the opening marker is read now only where it is asked: a heading apart needs a
        # gap in the line, a list under it a marker's first character after it
        asked = opening and (
            self.gaps_in(start + 1, end) or _MARKER_FIRST.search(norm, start + 1, end)
        )
        opened = self.marker_at(start, end) if asked else None
        if opened is not None:
            heading = self._heading_apart(opened[2], end)
            if heading is None:
                heading = self._heading_at_joined_break(opened[2], end)
            if heading is not None:
                cuts.append(_Cut(heading, True))
            elif (again := self._written_again(start, opened[2], end)) is not None:
                cuts += [_Cut(at, True) for at in again if at < end]
        under = opened is not None and _MARKER_FIRST.search(
            norm, opened[2], min(end, opened[2] + MAX_HEADING)
        )
        if under or _MARKER_AFTER_SENTENCE.search(norm, start, end):
            # only the strong markers: the weak ones and the headings count in a flattened
            # line alone, where paragraph_cuts finds them all again (their places do not
            # hang on the numbers met)
            marked = self._markers(start, end)
            cuts += [_Cut(p, True) for p, strong, _ in marked if strong and p > start]
        if opening:
            self._unread_openings.append((start, end))  # its number: see numbers_met
        date = self.signed_date(start, end, text) if _may_be_dated(text) else None
        signed = date is not None and not self._date_alone(date, start, end)
        counts = signed or self._closing_counts(start, end, line.start, text)
        closing = self._closing_starts(start, end) if counts else []
        if not counts and "热线" in text:
            # (a hotline's row with an authority's name glued after its number, on a line
            # the copy kept, 服务热线：0000-5550123甲山县水利局: the name its own line, as
            # flattened; tail76)
            closing = self._signer_after_hotline(start, end)
        cuts += closing
        dated: list[_Cut] = []  # (a date read as signed that signs nothing: a sentence's)
        if signed:
            dated = self._signature_cuts(start, end, {cut.at for cut in closing})
            cuts += dated
            if "抄" in text:
                cuts += self._copied_after_date(start, end)
        if closing or end == self.last_end:
            cuts += self._undated_signer(start, end, closing, line.start)
        if end == self.last_end:
            # (each finds a name after a phone, seven digits or more on the line, which
            # most last lines lack; _signer_at_end may find one after a sentence too, where
            # a year ends the line)
            has_phone = _PHONE_DIGITS.search(norm, start, end) is not None
            if norm[end - 1] not in _SIGNER_AT_END_LAST:
                # (a date read in the body's sentences leaves it: the name is told by the
                # phone right before it)
                if has_phone:
                    cuts += self._cut_signer_at_end(start, end)
            elif not dated:
                # (also where the date read signs nothing: a flattened letter's body's date,
                # …于2021年12月30日完成…。联系人：王某 13800000000 某局 2023年)
                cuts += self._signer_at_end(start, end, has_phone)
        if (
            not closing
            and not signed
            and start == line.start
            and end == self.last_end
            and len(self.lines) > 1
        ):
            cuts += self._signer_then_labels(start, end)
        return cuts

    def _signer_at_end(self, start: int, end: int, has_phone: bool = True) -> list[_Cut]:
        """The letter's last line, ``norm[start:end]``, when it ends with the signing
        authority after a phone (``联系人：王某 1390… 某局``: the name no part of the
        contact), a year alone after it or not (``…1390… 某局 2023年``: a 成文日期 too
        partial to be one, which ends the name), or with such an authority and year after
        the last sentence (``…。某局 2023年``): a cut before the name and one before the
        year. (An authority and its year alone on a line are the closing's to part:
        :func:`~replyparse.closing.year_start`.) ``has_phone``: False where the line holds
        no seven digits in a row (``_PHONE_DIGITS``), so no phone: then only a year ends
        the name."""
        norm = self.norm
        pos = end
        year = _YEAR_AT_END.search(norm, max(start, end - _YEAR_AT_END_LONGEST), end)
        if year is None and not has_phone:
            return []  # (neither a phone before a name nor a year after one)
        if year is not None:
            pos = year.start()
            while pos > start and norm[pos - 1] == " ":
                pos -= 1
        if not self._may_end_name(pos, start):
            return []
        name = self._authority_before(pos, start, after_start=True)
        if name is None or name <= start or self.gaps_in(name + 1, pos):
            return []  # none, or a name and a word before a gap (王某 办公室): no authority
        if CONTACT_VALUE_LABEL.match(norm, name, pos) is not None:
            return []  # a contact row's label that lost its colon, then its value (传真县
            # 政务中心, 地址县政务服务中心三楼, 邮箱…): no authority after the phone
        # the phone and the name apart by a gap, or glued where a page flattened with
        # nothing between its lines ran the signer's line on after the phone's
        # (…支持。联系电话：00000000某局: the body's sentences on the line tell the flattening;
        # a contact line of its own with words glued to its phone, 0000-5550123传真机已配发到
        # 各站所, is no signer)
        glued = norm[name - 1].isdecimal() and _PARAGRAPH_END_CHAR.search(norm, start, name)
        phoned = (self.gap(name) or glued) and _PHONE_BEFORE.search(
            norm, max(start, name - _PHONE_BEFORE_LONGEST), name
        )
        if not phoned and not (year is not None and self.before(name) in "。！"):
            return []  # after a phone and a gap, or before its year after a sentence
        cuts = [_Cut(name, True)]
        if year is not None:
            cuts.append(_Cut(year.start(), True))
        return cuts

    def _cut_signer_at_end(self, start: int, end: int) -> list[_Cut]:
        """The letter's last line when it ends with what a page cut short left of the
        signing authority right after a phone, past a gap or glued to its figures in a copy
        flattened with nothing between its lines (``联系电话：0000-5550123 某镇人民政``,
        :func:`~replyparse.closing.cut_authority_name`): a cut before the name, which the
        closing reads as the signer the page cut short."""
        norm = self.norm
        last = end
        while last > start and norm[last - 1] in _SEPARATORS:
            last -= 1
        at = last
        floor = max(start, last - CUT_AUTHORITY_LONGEST - 1)
        while at > floor and _CJK_CHAR.match(norm[at - 1]) and not self.gap(at):
            at -= 1  # back over the name, to a gap or the phone's last figure
        glued = norm[at - 1].isdecimal()
        if at <= start or not (self.gap(at) or norm[at - 1] == " " or glued):
            return []
        if glued and _PARAGRAPH_END_CHAR.search(norm, start, at) is None:
            return []  # (glued to a contact line's phone of its own: no flattening, as at
            # :meth:`_signer_at_end`)
        if not cut_authority_name(norm[at:last]) or CONTACT_VALUE_LABEL.match(norm, at, last):
            return []  # (none, or a contact row's label and its value: 地址县政务中心三楼)
        back = at
        while back > start and norm[back - 1] == " ":
            back -= 1
        if _PHONE_BEFORE.search(norm, max(start, back - _PHONE_BEFORE_LONGEST), back) is None:
            return []
        return [_Cut(at, True)]

    def _signer_then_labels(self, start: int, end: int) -> list[_Cut]:
        """The letter's last line when it opens with an authority's name alone, closing
        labels after it past a gap (某县财政局  联系电话：…): the closing's cuts, the first one
        strong, so the name is the undated signer (and the office of the contact under
        it). No cut where the words before the first label are no authority's name (a section
        of an office, 财务科; a bare 办公室), or the line above is a dated signature's (the name
        is then the contact's office)."""
        norm = self.norm
        colon = norm.find("：", start, end)
        if colon < start + _SIGNER_SHORTEST + 2 or not self.gaps_in(start + 1, colon):
            return []  # (no label's colon after a name and a gap: no name set off from it)
        starts = self._closing_starts(start, end)
        if not starts:
            return []
        first = min(cut.at for cut in starts)
        back = first
        while back > start and norm[back - 1] in _SEPARATORS:
            back -= 1
        above = self.lines[-2]
        if (
            not self.gap(first)
            or back - start < _SIGNER_SHORTEST
            or norm[back - 1] in _SECTION_OF_AN_OFFICE
            or self.signed_date_in(above.start, above.end)
            or self._authority_in(start, back) != start
        ):
            return []  # (a gap before the label, and a whole name before the gap)
        return [_Cut(first, True), *(cut for cut in starts if cut.at != first)]

    def _closing_counts(self, start: int, end: int, line_start: int, text: str) -> bool:
        """Whether the closing elements of the body's ``norm[start:end]`` (``text``, in a
        line starting at ``line_start``) may count where the line holds no dated
        signature: one of them strong, or their places bounding an undated signer's name;
        False only where neither can be. The weak ones alone change nothing but in a
        flattened line, where :meth:`paragraph_cuts` finds them again.

        Exact: a note, a 发文字号 or a 印发 line holds one of ``_OTHER_CLOSING``; past
        them, a closing element is a label before its colon or a bare label after a gap.
        A strong label follows a paragraph's end on its line (:meth:`before` stops at the
        line's break) or a note's bracket and a gap; a 抄送 label (after the line's start)
        may be strong anyway. An undated signer's name ends at the last line's end or at a
        closing element's place, after a paragraph's end on the line. Only a label's colon
        counts (one after the line's start with a label's last character before it, as
        :meth:`_labels` and ``_CC_LABEL`` read them): 现答复如下： holds no label."""
        norm = self.norm
        # (_CLOSING_HINT's gate, asked of the text with in: a colon is a hint itself, and
        # every other hint holds one of these characters)
        colon = "：" in text
        if not (colon or _may_close(text)) or (
            not colon and _CLOSING_HINT.search(norm, start, end) is None
        ):
            return False  # (no closing element at all: _closing_starts finds none)
        if _OTHER_CLOSING.search(norm, start, end) is not None:
            return True
        # the last label's colon (a label's last character before it, after the line's
        # start: in the text, at 1 or later), and whether a 抄送 label's last character
        # stands before any of them (_CC_LAST: labels' last characters too)
        label_colon = -1
        copied = False
        at = text.find("：") if colon else -1
        while at >= 0:
            if at and text[at - 1] in _LABEL_LAST:
                label_colon = start + at
                copied = copied or text[at - 1] in _CC_LAST
            at = text.find("：", at + 1)
        gapped = self.gaps_in(start + 1, end)  # (bare labels are asked only in such a line)
        last = end == self.last_end
        if label_colon >= 0 or gapped or last:
            ended = _PARAGRAPH_END_CHAR.search(norm, line_start, end)
            if ended is not None and (ended.start() < label_colon or gapped or last):
                return True  # a label, or a signer's name, after a paragraph's end
        if "）" in text:  # (a note's bracket before the line's last character)
            bracket = norm.find("）", start, end - 1)
            while bracket >= 0:
                if self.gap(bracket + 1):
                    return True  # a label after a note's bracket and a gap
                bracket = norm.find("）", bracket + 1, end - 1)
        if copied:  # (a loop: no generator)
            for m in _CC_LABEL.finditer(norm, start, end):
                if m.start() > start:
                    return True
        return False

    def _date_alone(self, date: re.Match[str], start: int, end: int) -> bool:
        """Whether ``date`` fills a line from its start (kept spaces after it aside): the
        signature cuts of such a line stand at its start only, no break (no authority
        ends at a line's start, and nothing follows the date)."""
        starts_line = start == 0 or self.norm[start - 1] == "\n"
        return starts_line and date.start() == start and self.skip_space(date.end()) == end

    def _undated_signer(
        self, start: int, end: int, closing: list[_Cut], line_start: int | None = None
    ) -> list[_Cut]:
        """A signing authority with no date after the last sentence: at the end of the
        letter's last line, or before a closing element of its line (…宝贵意见。 某局);
        ``line_start``, where that line starts, found when not given."""
        out: list[_Cut] = []
        # the name's cut needs a paragraph's end before it (self.before stops at the line's
        # break): where none stands before a place on the line, no name there is asked for
        if line_start is None:
            line_start = self.norm.rfind("\n", 0, start) + 1
        ended = _PARAGRAPH_END_CHAR.search(self.norm, line_start, end)
        if ended is None:
            return out
        last = end == self.last_end
        out += self._signer_before_figures(ended.end(), end, start)
        ends = [end] if last else []
        ends += [cut.at for cut in closing]
        for pos in ends:
            back = pos
            while back > start and self.norm[back - 1] in _SEPARATORS:
                back -= 1
            if ended.start() >= back or not self._may_end_name(back, start):
                continue
            if _DATE_BEFORE.search(self.norm, max(start, back - 12), back):
                continue  # a dated signature is read by the date
            name = self._authority_before(back, start, after_start=True)
            if (
                name is not None
                and name > start
                and (self.before(name) in _PARAGRAPH_END or self._after_class_mark(name, start))
            ):
                out.append(_Cut(name, True))
            elif (glued := self._glued_after_class_mark(back, start)) is not None:
                out.append(_Cut(glued, True))
        return out

    def _signer_before_figures(self, after: int, end: int, start: int) -> list[_Cut]:
        """The signer glued before a date in figures only (``…支持。某局2099315联…``: a
        page that showed the 年月日 as images, flattened with nothing between its lines):
        the name after the paragraph's end, the figures and what follows them each apart."""
        out: list[_Cut] = []
        for m in _FIGURES_DATE_IN.finditer(self.norm, after, end):
            name = self._authority_before(m.start(), start, after_start=True)
            if name is None or name <= start:
                continue
            if self.before(name) not in _PARAGRAPH_END and not self._thanks_end(name, start):
                continue  # (after the reply's closing sentence, its full stop lost or not)
            out += [_Cut(name, True), _Cut(m.start(), True)]
            if m.end() < end:
                out.append(_Cut(m.end(), True))
        return out

    def _glued_after_class_mark(self, pos: int, start: int) -> int | None:
        """Where an undated signer ending at ``pos`` starts right after a class mark it is
        glued to (``…开展。办复类别：A类某局``, a page flattened with nothing between its
        lines: the class's row, then the signer's line); None when no such name is there."""
        norm = self.norm
        m = _GLUED_CLASS_MARK.search(norm, max(start, pos - MAX_AUTHORITY - 4), pos)
        if m is None or m.end() >= pos:
            return None
        name = norm[m.end() : pos]
        if not AUTHORITY_LINE.match(name) or _NOT_AUTHORITY.search(name):
            return None
        return m.end()

    def _after_class_mark(self, pos: int, start: int) -> bool:
        """Whether ``pos`` follows a gap after a class mark (``…支持。 办复类别：A类 某局``,
        the class's row set between the last sentence and the undated signer)."""
        if not self.gap(pos):
            return False
        back = pos
        while back > start and self.norm[back - 1] in _SEPARATORS:
            back -= 1
        return (
            _CLASS_MARK_END.search(self.norm, max(start, back - _CLASS_MARK_LONGEST), back)
            is not None
        )

    def paragraph_cuts(self, start: int, end: int) -> list[_Cut]:
        """The weak boundaries of a flattened body (asked only once a strong one showed the
        line was flattened): paragraph joints, closing elements, markers after gaps."""
        cuts = self._closing_starts(start, end)
        cuts += self._sentence_cuts(start, end)
        cuts += self._marker_cuts(start, end)
        return cuts

    def _sentence_cuts(self, start: int, end: int) -> list[_Cut]:
        """Paragraph joints: a sentence end (or a lead-in's colon) and a gap; the opening's
        如下：; a closing formula after a sentence end."""
        norm = self.norm
        out: list[_Cut] = []
        for p in self.gaps_in(start + 1, end):
            if norm[p] == " " or not self.cuttable_gap(p):
                continue
            prev = self.before(p)
            lead_in = (
                prev == "："
                and not self._label_ends(p)
                and self._clause_length(p) >= 6
                and not self._figures_before_colon(p)
            )
            if prev in _SENTENCE_END or lead_in:
                out.append(_Cut(p))
        for m in _OPENING_END.finditer(norm, start, end):
            out.append(_Cut(self.skip_space(m.end())))
        for m in _FORMULA.finditer(norm, start, end):
            if m.start() > start and (self.before(m.start()) in _SENTENCE_END):
                out.append(_Cut(m.start()))
        for m in _NEXT_STEP.finditer(norm, start, end):
            if m.start() > start and self.before(m.start()) in _SENTENCE_END:
                out.append(_Cut(m.start()))
        if norm.find("审", start, end) >= 0 or norm.find("签发", start, end) >= 0:
            # (the gate: the note ends with one of them)
            for m in _APPROVAL_NOTE.finditer(norm, start, end):
                if m.start() > start and (
                    self.before(m.start()) in _SENTENCE_END
                    or _CJK_CHAR.match(self.before(m.start())) is not None
                ):
                    out.append(_Cut(m.start()))
                # (and after it where it lost its full stop before the signer and the date,
                # …审签某县某局2099年6月19日: the signer's name opens no note; review69)
                if self._signer_then_date(m.end(), end):
                    out.append(_Cut(m.end()))
        if norm.find("二、", start, end) >= 0:
            out += self._unnumbered_first_points(start, end)
        if norm.find("：", start, end) >= 0:
            # a form's row glued after the item's title its row above ends with (题目：关于…
            # 的建议案由：…, a 办理单 flattened with nothing between its lines; flat61a)
            out += [
                _Cut(m.start())
                for m in _HEADER_LABEL.finditer(norm, start, end)
                if _ITEM_TITLE_ENDS.search(norm, max(start, m.start() - 3), m.start())
            ]
            # (and the record's handling row, its label alone on its line over the reply
            # where the copy kept its lines: 。答复内容：南水北调…, so the record's rows stay
            # the proposal's; flat61a)
            out += [
                _Cut(m.end())
                for m in _RECORD_END_ROW.finditer(norm, start, end)
                if m.end() < end and (m.start() == start or self.before(m.start()) in _SENTENCE_END)
            ]
        return out

    def _signer_then_date(self, pos: int, end: int) -> bool:
        """Whether an authority's name opens at ``pos`` with figures (its date) or ``end``
        right after it: the signer glued after the closing's last words."""
        norm = self.norm
        stop = min(end, pos + _PUBLISHER_VALUE_LONGEST)
        return any(
            (m.end() == end or norm[m.end()].isdigit())
            and _AUTHORITY_VALUE.fullmatch(norm, pos, m.end()) is not None
            for m in _AUTHORITY_ENDING.finditer(norm, pos + 2, stop)
        )

    def _figures_before_colon(self, p: int) -> bool:
        """Whether the colon before the gap at ``p`` follows figures (``联系电话：138…：
        王某``): a person's label lost whole after the phone, its colon left before the
        name (record.md, fix96), no lead-in's colon, which ends words (…如下：); the name
        is its value, on its line (fix122)."""
        k = p - 1
        while k > 0 and self.norm[k] in " \u3000\t":
            k -= 1
        return k > 0 and self.norm[k - 1].isdecimal()

    def _unnumbered_first_points(self, start: int, end: int) -> list[_Cut]:
        """A list's first point written without its 一、 after a sentence end (…发展。就医
        方面：为…), where its second, numbered, has a heading of the same shape (…。二、储蓄
        方面：…): the point opens its line, as the sections read such a list where the copy
        kept its lines (:func:`replyparse.fields.sections._first_unnumbered`). Only after a
        full stop: a point after ``；`` is one of a sentence's list (…，就医方面：…；就业方面：
        …。), which the kept lines hold on one line."""
        norm = self.norm
        shapes = {
            m["words"][-POINT_SHAPE:]: m.start()
            for m in _NUMBERED_SECOND_POINT.finditer(norm, start, end)
            if m.start() == start or self.before(m.start()) in _SENTENCE_END
        }
        return [
            _Cut(m.start())
            for m in _UNNUMBERED_POINT.finditer(norm, start, end)
            if m.start() > start
            and shapes.get(m["words"][-POINT_SHAPE:], m.start()) > m.start()
            and self.before(m.start()) in _PARAGRAPH_END
        ]

    def _label_ends(self, pos: int) -> bool:
        """Whether a label's colon stands right before ``pos``."""
        colon = pos - 1 if self.norm[pos - 1] != " " else pos - 2
        return any(
            m.end() == colon + 1 for m in _LABEL.finditer(self.norm, max(0, colon - 12), colon + 1)
        )

    def _clause_length(self, pos: int, enough: int = 6) -> int:
        """How many characters (up to ``enough``) the clause ending before ``pos`` has."""
        i = pos - 1
        n = 0
        while n < enough and i > 0 and self.norm[i - 1] not in _SENTENCE_END + "，：\n":
            if self.gap(i):
                break
            i -= 1
            n += 1
        return n

    def _marker_cuts(self, start: int, end: int) -> list[_Cut]:
        """Section markers after a sentence end, a colon or a gap (see :meth:`_markers`);
        a heading followed by a gap or glued to its paragraph."""
        out: list[_Cut] = []
        markers = self._markers(start, end)
        headed: dict[int, bool] = {}  # each marker's place: whether a heading was cut after it
        glued: list[tuple[int, int, int]] = []  # (marker's place and end, glued heading's end)
        lengths: dict[int, int] = {}  # each marker's place: its heading's length, when cut
        repeats: set[int] = set()  # (where a marker and heading written again start)
        # (whether the copy parts its lines by blanks: every marker inside the line, two at
        # least, after one; a heading glued to its paragraph there was glued by the letter,
        # its heading the first sentence, fix138; a copy glued with nothing between its
        # lines, a stray blank of the letter's before a marker or not, shows no such sign)
        inside = [p for p, _, _ in markers if p > start]
        spaced = len(inside) >= _SPACED_MARKERS_LEAST and all(self.gap(p) for p in inside)
        for p, strong, marker_end in markers:
            if p > start:
                out.append(_Cut(p, strong))
                if self._document_kind_ends(p, start) or (
                    self.before(p) == "：" and self._label_ends(p)
                ):
                    continue  # an item of a list of documents (附件：1.某情况表): no heading
            if p in repeats:
                headed[p] = True  # (its heading ends where the one it repeats does: cut)
                continue
            if (again := self._written_again(p, marker_end, end)) is not None:
                out += [_Cut(at, True) for at in again if at < end]
                repeats.add(again[0])
                headed[p] = True
                lengths[p] = again[0] - marker_end
                continue
            heading = self._heading_gap(marker_end, end)
            if heading is None and (heading := self._heading_glued(marker_end, end)) is not None:
                if spaced and not self.gap(heading):
                    heading = None  # (the letter wrote its heading on the paragraph's line)
                else:
                    glued.append((p, marker_end, heading))
            elif heading is not None:
                out.append(_Cut(heading))
                lengths[p] = heading - marker_end
            headed[p] = heading is not None
        for p, marker_end, heading in glued:
            if not self._among_sentences(p, markers, headed, end):
                out.append(_Cut(heading))
                lengths[p] = heading - marker_end
        if lengths and len(lengths) < len(markers):
            out.extend(self._parallel_headings(markers, lengths, end))
        return out

    def _written_again(self, pos: int, marker_end: int, end: int) -> tuple[int, int] | None:
        """Where the marker at ``pos`` and its heading are written again, glued right after
        the heading (``二、灌溉设施二、灌溉设施新修水渠…``: a page that prints a heading's
        line twice, its line breaks lost), and where that repeat ends; None where they are
        not. The heading is a few words, no sentence's end inside it; the sections read the
        two lines as one section, the repeat its text (decided, small67, as where the copy
        kept its lines; left68)."""
        norm = self.norm
        marker = norm[pos:marker_end]
        stop = min(end, marker_end + MAX_HEADING + len(marker))
        again = norm.find(marker, marker_end + _REPEATED_HEADING_LEAST, stop)
        while again >= 0:
            heading = norm[marker_end:again]
            if _HEADING_BREAK.search(heading) is not None:
                return None  # (a sentence ended: no heading repeated)
            repeat_end = again + len(marker) + len(heading)
            if norm.startswith(heading, again + len(marker)) and repeat_end <= end:
                return again, repeat_end
            again = norm.find(marker, again + 1, stop)
        return None

    def _parallel_headings(
        self, markers: list[tuple[int, bool, int]], lengths: dict[int, int], end: int
    ) -> list[_Cut]:
        """The end of a glued heading no word showed, where its list writes its headings
        in parallel, all of one length (the four-character headings of 一、基本情况 二、采取措施
        三、取得成果 四、立行立改): two of its items at least, of its style, had their
        headings found, all that long; the item's words run that long with no punctuation
        and go on into a clause of their own (三、取得成果提升村民环境意识，…: the
        heading 取得成果). A list whose headings differ in length, or whose item goes on
        with a word that continues its clause (加强宣传的力度), keeps the item whole."""
        norm = self.norm
        out: list[_Cut] = []
        styles: dict[int, Style | None] = {}
        for p, _, _ in markers:
            found = self.marker_at(p, end)
            styles[p] = None if found is None else found[0]
        for p, _, marker_end in markers:
            style = styles[p]
            if p in lengths or style is None:
                continue
            sizes = [size for q, size in lengths.items() if styles[q] is style]
            if len(sizes) < 2 or min(sizes) != max(sizes):
                continue
            q = marker_end + (size := sizes[0])
            if not MIN_HEADING <= size <= _PARALLEL_LONGEST or q >= end:
                continue
            if not all(_CJK_CHAR.match(ch) for ch in norm[marker_end : q + 1]):
                continue
            if not self._may_head(marker_end, q) or _NEEDS_OBJECT.search(norm, marker_end, q):
                continue
            clause = _CLAUSE_END.search(norm, q, end)
            clause_end = end if clause is None else clause.start()
            if _CLAUSE_GOES_ON.match(norm, q) or clause_end - q < MIN_CLAUSE:
                continue
            out.append(_Cut(q))
        return out

    def _may_head(self, start: int, end: int) -> bool:
        """Whether the words ``norm[start:end]`` an item opens with may be a heading a list's
        length gave (:meth:`_parallel_headings`), not the first words of a sentence the
        item is: no subject opening them (我局将继续…, 全县共有…, 县交通局积极…), no opening
        word of a paragraph (下一步我局…, 目前…), no word only a sentence holds (a person
        spoken of or to, an auxiliary: 请您放心…, …已完成, …将…)."""
        norm = self.norm
        if _SUBJECT.match(norm, start) or _PARAGRAPH_OPENER.match(norm, start):
            return False
        if norm[start] in LEVEL_CHARS and _NAMED_REPORTER.match(norm, start):
            return False
        return not any(ch in _SENTENCE_ONLY for ch in norm[start:end])

    def _among_sentences(
        self, pos: int, markers: list[tuple[int, bool, int]], headed: dict[int, bool], end: int
    ) -> bool:
        """Whether the marker at ``pos``, whose words a glued heading was found in, stands
        among items of its list that are sentences (two at least, none with a heading of its
        own: its first clause goes on after a comma): 一、某服务中心的配备按照某标准配备，我们…
        二、我局按照相关政策，已… 三、某中心的功能要日益完善，我局… — the first item is a
        sentence too, its 按照 no paragraph's opening word, as the tidy letter reads it.
        A list whose other items carry headings (or one other item only) keeps the cut."""
        found = self.marker_at(pos, end)
        if found is None:
            return False
        style = found[0]
        others = 0
        for q, _, q_end in markers:
            if q == pos:
                continue
            other = self.marker_at(q, end)
            if other is None or other[0] is not style:
                continue
            if headed.get(q, True) or not self._first_clause_goes_on(q_end, end):
                return False
            others += 1
        return others >= 2

    def _first_clause_goes_on(self, pos: int, end: int) -> bool:
        """Whether the item from ``pos`` opens with a clause a comma ends within a heading's
        length (我局按照相关政策，已…): a sentence, not a heading (加强宣传。…, 基本情况：…)."""
        m = _CLAUSE_END.search(self.norm, pos, min(end, pos + MAX_HEADING))
        return m is not None and m.group() == "，"

    def _markers(self, start: int, end: int) -> list[tuple[int, bool, int]]:
        """The section markers after a sentence end, a colon or a gap (or opening the
        line): where each starts, whether a cut there is strong, where it ends. Strong when
        the marker continues the numbering of one before it in the line after a sentence
        end, or opens the sections right after 如下：. Every marker found, the one opening
        the line too, is added to the numbers met (that one is never strong: its callers
        make no cut at ``start``)."""
        norm = self.norm
        out: list[tuple[int, bool, int]] = []
        # (the numbers met, the lines' opening markers read only when a number is asked
        # for: see numbers_met, which adds them to the same sets)
        seen = self._numbered
        last: tuple[Style, int, int] | None = None  # the last marker's style, end, start
        quoted: Style | None = None  # (the style of a cited document's provisions quoted)
        # in a letter without page furniture, a marker inside the line after none of these
        # characters and no gap is neither glued nor apart; unless it may open a list
        # numbered 1 under a heading just before, it is passed over at once (exact: below)
        gaps = set(self.gaps_in(start + 1, end)) if not self._furnished else None
        # (only where a marker's shape starts: elsewhere self.marker_at finds no marker)
        for m in _MARKER_CANDIDATE.finditer(norm, start, end):
            p = m.start()
            # (a heading numbered on, glued after a paragraph that lost its stop: asked
            # only of 二、 to 九、 inside the line)
            filling = (
                p > start
                and (
                    ((norm[p] in _CN_LATER or norm[p] == "十") and _numbered_on_at(norm, p))
                    or _paren_numbered_on_at(norm, p)
                )  # (the gate, asked inline first)
                and self._fills_numbering(p, end)
            )
            if (
                not filling
                and gaps is not None
                and p > start
                and norm[p - 1] not in _MARKER_LEAD
                and p not in gaps
                and (norm[p] not in _FIRST_MARKS or last is None or p - last[1] > MAX_HEADING)
                and (last is None or not self._document_kind_ends(p, start))
            ):
                continue
            if p == start:  # the marker opening the line, placed there
                found = self.marker_at(p, end)
                if found is not None:
                    last = (found[0], found[2], p)
                    seen.setdefault(found[0], set()).add(found[1])
                    out.append((p, False, found[2]))
                continue
            prev = self.before(self._furniture_before(p, start))
            # after a sentence, a lead-in's colon, or 如下 whose colon was lost
            glued = (
                prev in _SENTENCE_END + "：" or norm.startswith("如下", p - 2)
            ) and not self.gap(p)
            # a list that opens right after a heading it was glued to: 二、措施（一）…
            under = last is not None and self._in_heading(last[1], p)
            # the next item of a list of documents, after the last one's kind (附件：1.某表
            # 2.某方案): numbered on from the item before it, checked below
            documents = last is not None and self._document_kind_ends(p, start)
            placed = glued or self.cuttable_gap(p) or documents or filling
            if not (placed or under):
                continue
            only_under = not placed
            if only_under and norm[p] not in _FIRST_MARKS:
                continue  # under a heading only a list numbered 1 counts (below)
            found = self.marker_at(p, end)
            if found is None:
                continue
            style, number, marker_end = found
            if number == 1:
                # a cited document's provisions, quoted in the paragraph; any other run
                # numbered 1 is the letter's own again (…2.禁止乙。我局做了大量工作。1.划定…)
                quoted = style if prev == "：" and document_says(norm, self._colon_end(p)) else None
            elif quoted is not None and style is not quoted:
                quoted = None  # (another style: the letter's own numbering again)
            if style is quoted:
                continue  # (the paragraph's words: no line of their own, no number met)
            if style is Style.CN and _numeral_run(norm, number, marker_end):
                continue  # numerals in a run, no marker (…路段如：一、二小，…: 一小 and 二小)
            if (
                style is Style.CN
                and _tens_count(norm, number, marker_end)
                and not self._asked_here(number, p)
            ):
                continue  # a count by tens (…每期十、二十人不等。) where no 十、 is due
            if only_under and (number != 1 or last is None or last[0] is style):
                continue  # under a heading, only a new list (numbered 1, another style)
            if documents and not glued and (last is None or last[0] is not style or number < 2):
                continue
            # a list glued to the heading that opens the line: 二、措施1.严格管控。…
            listed = only_under and last is not None and last[2] == start
            last = (style, marker_end, p)
            # strong: the next number after a sentence end; the first after 如下; after a
            # sentence end or a lead-in's colon and a gap, the first or the next number;
            # the first after a colon, its heading running to the line's end
            follows = number - 1 in self.numbers_met().get(style, set())
            apart = prev in _PARAGRAPH_END + "：" and self.cuttable_gap(p)
            strong = (
                (prev in _PARAGRAPH_END and follows)
                or filling  # (numbered on where a copy lost the stop before it)
                or (number == 1 and _BEFORE_SECTIONS.search(norm, max(start, p - 4), p) is not None)
                or (
                    number == 1
                    and style in _LINE_STYLES
                    and (prev in _PARAGRAPH_END or (prev == "：" and self._lead_in_before(p)))
                    and self._goes_on_below(p, style)
                )
                or (apart and (number == 1 or follows))
                or (
                    number == 1
                    and prev == "："
                    and self._heading_to_end(marker_end, end)
                    and not self._label_ends(p)  # 附件：1.某表 is a list of its own
                )
                or listed
            )
            seen.setdefault(style, set()).add(number)
            if not strong and prev == "；" and self._in_colon_sentence(p, start):
                continue  # an item of a run inside one sentence (具体为：1…；2、…；3、…)
            if not strong and prev == "：" and number == 1 and self._run_on(marker_end, style, end):
                continue  # the first item of a run inside one sentence (位于：①甲，②乙。)
            out.append((p, strong, marker_end))
        return out

    def _colon_end(self, pos: int) -> int:
        """Where the colon before the marker at ``pos`` ends (a kept blank or a page's
        furniture between them, a few characters at most)."""
        return self.norm.rfind("：", max(0, pos - _COLON_REACH), pos) + 1

    def _in_colon_sentence(self, pos: int, start: int) -> bool:
        """Whether ``pos`` stands in a sentence that a lead-in's colon opened earlier on the
        line, no full stop between (…具体为：1总投资…；2、…): the items of a run a letter writes
        inside its paragraph, split by semicolons, which the sections read inline. A
        flattened copy keeps them one line, as a tidy one has them; a marker glued after a
        sentence's full stop still starts a line of its own."""
        norm = self.norm
        colon = norm.rfind("：", start, pos)
        if colon < 0:
            return False
        return max(norm.rfind(e, colon, pos) for e in _PARAGRAPH_END) < 0

    def _fills_numbering(self, pos: int, end: int) -> bool:
        """Whether the 二、 to 九、 at ``pos`` (inside a line, after no sentence end) is the
        heading numbered on between its neighbours: the one before it met earlier in the
        body, the one after it written further on after a sentence's end (一、甲。…信息二、乙。
        …。三、丙。): a paragraph the copy wrote without its final stop, and a copy flattened
        with nothing between its lines glued the next heading to it. A 二、 the numbering
        does not frame (一、二年级, 第二、三季度) stays in its sentence. Only the
        numerals 二 to 十九 are asked (the caller's gate, :func:`_numbered_on_at`, and
        :data:`_CN_NEXT`): a letter of many headings glues its tenth so too (…信息十、); a
        count's 十二、 (十二、三家) is a run of numerals, which the caller passes over. The
        bracketed （二） to （十九） are asked alike (:func:`_paren_numbered_on_at`). The last
        heading, with none after it to frame it, is one where its paragraph's opening word
        follows the marker (…规模三、下一步，我厅…) and the numbering writes it nowhere else."""
        if self.norm[pos - 1] in _NUMERAL or self.norm[pos - 1] in "第、":
            return False  # a count's or a number's numerals (一、二、三, 十二、, 第二、三)
        found = self.marker_at(pos, end)
        if found is None or found[0] not in _FILLED_STYLES or not 2 <= found[1] <= 19:
            return False
        style, number, marker_end = found
        if number - 1 not in self.numbers_met().get(style, set()):
            return False
        framing = self._framing_after()
        own, following = int_to_chinese(number), _CN_NEXT[number]
        if style is Style.CN_PAREN:
            own, following = f"（{own}）", f"（{following}）"
            # a bracketed one (…逐步实施（二）关于…的问题经了解…。（三）…) is written after a
            # sentence's end nowhere else (a clause's （二） citing an item of a document,
            # …办法（二）规定…, where the heading （二） stands on its own)
            if own in framing:
                return False
        if framing.get(following, -1) >= marker_end:
            return True
        # the last heading, none after it: glued to a paragraph's last word (a hanzi, the
        # stop lost), written after a sentence's end nowhere else, its paragraph opening
        # right after the marker as a paragraph does (…优化工程规模三、下一步，我厅将…); 二、
        # is asked only framed (no 二、 is in the framing read)
        return (
            number > 2
            and _CJK_CHAR.match(self.norm, pos - 1) is not None
            and own not in framing
            and following not in framing
            and _PARAGRAPH_OPENER.match(self.norm, marker_end) is not None
        )

    def _asked_here(self, number: int, pos: int) -> bool:
        """Whether the numbering asks for the Chinese marker numbered ``number`` at ``pos``:
        the number before it met, and that marker written after a sentence's end nowhere
        else, neither before ``pos`` (the words at ``pos`` are no second one: …十、甲。…
        十、二十人不等。十一、…) nor further on (where the real marker then stands: …九、甲。
        …十、二十人不等。十、乙。十一、…). (Not the numbers met: every pass over the line
        adds this one's too.)"""
        if number - 1 not in self.numbers_met().get(Style.CN, set()):
            return False
        numeral = int_to_chinese(number)
        last = self._framing_after().get(numeral, pos)
        return last == pos and self._framing_first.get(numeral, pos) == pos

    def _framing_after(self) -> dict[str, int]:
        """The last place of each of 三、 to 二十、 written after a sentence's end, keyed by
        its numeral (the first place into ``_framing_first``, in the same pass): one pass
        over the text, asked by every glued 二、 to 九、 (each looking further on from its own
        place read the rest of the text again: quadratic on a long line of glued markers)."""
        if self._framing is None:
            self._framing = {}
            for m in _CN_FRAMING.finditer(self.norm):
                if self.before(m.start()) in _PARAGRAPH_END:
                    key = m.group() if m.group().startswith("（") else m.group()[:-1]
                    self._framing[key] = m.start()
                    self._framing_first.setdefault(key, m.start())
        return self._framing

    def _run_on(self, pos: int, style: Style, end: int) -> bool:
        """Whether the item that opens at ``pos`` (after a marker of ``style`` numbered 1)
        is followed, in the same sentence, by the item numbered 2 after a comma or a
        semicolon (选址位于：①甲街口，②乙路北，③…。): a run of items a letter writes inside
        its paragraph, which a tidy copy keeps on the paragraph's line and the sections read
        inline; a flattened copy keeps it there too. A list whose items end as sentences
        (…工作：1.加强巡查。2.…) opens lines of its own."""
        norm = self.norm
        # (the sentence's end, found once for the places before it)
        since, stop_at = self._run_stop
        if not since <= pos <= stop_at <= end or (stop_at == end and self._run_end != end):
            stop = _PARAGRAPH_END_CHAR.search(norm, pos, end)
            stop_at = end if stop is None else stop.start()
            self._run_stop, self._run_end = (pos, stop_at), end
        # (the sentence's items are looked for once, from the first place asked: every
        # item 1 after a colon in one long sentence asked again read it again, quadratic)
        known = self._runs.get((stop_at, style))
        if known is None or pos < known[0]:
            last = -1
            for m in _MARKER_CANDIDATE.finditer(norm, pos, stop_at):
                p = m.start()
                if norm[p - 1] not in "，；":
                    continue
                found = self.marker_at(p, stop_at)
                if found is not None and found[0] is style and found[1] == 2:
                    last = p
            known = self._runs[(stop_at, style)] = (pos, last)
        return known[1] >= pos

    def _lead_in_before(self, pos: int) -> bool:
        """Whether the colon before ``pos`` ends a lead-in sentence (我们重点做好以下几项工作：),
        not a short heading of its own (具体打算：, which the sections read with its list as
        it stands)."""
        return self._clause_length(pos) >= _LEAD_IN

    def _goes_on_below(self, pos: int, style: Style) -> bool:
        """Whether the line after the one holding ``pos`` opens with the marker of ``style``
        numbered 2: a list whose first marker was glued after a sentence end or a lead-in's
        colon (…取得了成效。一、某措施。, …以下工作：一、某措施。) and whose next item kept its
        line opens there, as a next item glued after a sentence end continues one."""
        k = self.index(self.line_at(pos)) + 1
        if k >= len(self.lines):
            return False
        below = self.lines[k]
        found = self.marker_at(below.start, below.end)
        return found is not None and found[0] is style and found[1] == 2

    def numbers_met(self) -> dict[Style, set[int]]:
        """The numbers of each marker style met so far in the body. The markers opening the
        lines are read here, when the numbers are first asked for after them (most letters
        never ask): the numbers are a set, so when one was added does not matter, and
        :meth:`_markers`, which asks (only where a marker found may follow one: the markers
        it meets go to the same sets before, and these are read before the first number
        is looked up), adds its line's opening marker itself first."""
        for start, end in self._unread_openings:
            found = self.marker_at(start, end)
            if found is not None:
                self._numbered.setdefault(found[0], set()).add(found[1])
        self._unread_openings.clear()
        return self._numbered

    def _furniture_before(self, pos: int, start: int) -> int:
        """Where page furniture glued right before ``pos`` starts (…巡查。— 2 —三、…, a
        page's number between two paragraphs); ``pos`` when none stands there."""
        if not self._furnished:
            return pos
        a = furniture_tail(self.norm, max(start, pos - MAX_FURNITURE_LINE), pos)
        return a if a is not None and a > start else pos

    def _heading_apart(self, pos: int, end: int) -> int | None:
        """The gap after a short heading that opens a line, when its paragraph follows on
        the same line (一、基本情况 近年来，…; （一）措施 1.加强巡查。…): the last gap before
        the first punctuation, with a clause or a marker after it."""
        norm = self.norm
        gap = None
        stop = min(end, pos + MAX_HEADING)
        for p in self.gaps_in(pos + 2, stop):
            if any(ch in _SENTENCE_END + "：，、" for ch in norm[pos + 1 : p]):
                break
            if norm[p] != " " and self.cuttable_gap(p) and not self._joint_issuers_at(p, pos):
                gap = p
        if gap is None:
            return None
        if self.marker_at(gap, end) is not None:
            return gap
        clause = _CLAUSE_END.search(norm, gap, end)
        if clause is None:
            return None
        # the words after the gap open a paragraph, not the few that end the heading's own
        # sentence (（一）落实乡村教 师生活补助。…: a stray blank inside the heading)
        if clause.group() in _SENTENCE_END and clause.start() - gap < MIN_PARAGRAPH_OPENING:
            return None
        return gap

    def _heading_at_joined_break(self, pos: int, end: int) -> int | None:
        """Where a heading glued to its paragraph ends (see :meth:`_heading_glued`) when the
        letter has a line break right there that an unwrapping joined (a heading that filled
        a printed line, read as one wrapped into its paragraph); None elsewhere."""
        original, origin, norm = self.view.original, self.view.origin, self.norm
        stop = min(end, pos + MAX_HEADING)
        if pos >= stop:
            return None
        # (asked only at a line break of the letter within the heading's reach that a
        # topic word ends right before)
        at = original.find("\n", origin[pos], origin[stop - 1])
        while at >= 0:
            p = bisect_right(origin, at, pos, stop)
            if any(m.end() == p for m in _HEADING_TOPIC.finditer(norm, max(pos, p - 2), p)):
                return p if self._heading_glued(pos, end) == p else None
            at = original.find("\n", at + 1, origin[stop - 1])
        return None

    def _heading_to_end(self, pos: int, end: int) -> bool:
        """Whether a short heading without punctuation runs from ``pos`` to the line's end."""
        return 0 < end - pos <= MAX_HEADING and _CLAUSE_END.search(self.norm, pos, end) is None

    def _in_heading(self, marker_end: int, pos: int) -> bool:
        """Whether ``pos`` is still inside the short heading after a marker ending at
        ``marker_end`` (no sentence has ended since)."""
        if not 0 < pos - marker_end <= MAX_HEADING:
            return False
        return _HEADING_BREAK.search(self.norm, marker_end, pos) is None

    def _heading_glued(self, pos: int, end: int) -> int | None:
        """Where a heading glued to its paragraph ends (一、基本情况近年来，…): before the
        paragraph's opening word or a date opening its first clause (2020年，…), after four
        characters of heading at least; or after the topic word the heading ends with
        (基本情况全县共有…, 存在的困难部分林区…); before any punctuation outside quotes."""
        norm = self.norm
        stop = self._heading_reach(pos, end)
        # inside quotation marks: a quoted demand may hold punctuation of its own; so may a
        # demand restated after 关于 (关于整合甲、乙资源，提高丙的建议), while it speaks of
        # nobody (关于道路，经我局查看，您的建议… is a sentence)
        quotes = QuoteDepth(norm, pos)
        restated = norm.startswith("关于", pos)
        comma = None  # where the heading's last clause opens, when written as two or three
        clauses = 1
        for p in range(pos + 1, stop):
            if quotes.at(p) > 0:
                continue
            ch = norm[p - 1]
            if ch in _SENTENCE_END + "：，、" and not self._between_numerals(p - 1):
                if restated and ch in "，、" and _PERSON.search(norm, pos, p) is None:
                    continue
                if (
                    ch == "，"
                    and clauses < _HEADING_CLAUSES
                    and p - 1 - (pos if comma is None else comma) >= MIN_HEADING
                    and not restated
                ):
                    comma = p
                    clauses += 1
                    continue
                return None
            if p - pos >= MIN_HEADING and self._inline_run_opens(p, end):
                return p  # (…加快形成联建联治格局一是健全机制方面。…二是…)
            if p - pos >= MIN_HEADING and norm[p] == "一" and self._run_afresh_opens(pos, p, end):
                return p  # (三、下一步工作计划一、确保…。二、…: its items numbered afresh)
            if (
                p - pos >= MIN_HEADING
                and comma is None
                and norm[p] == norm[pos]
                and norm[p - 1] not in _BINDS_ON
                and _RESTATED_OPENING.fullmatch(norm, pos, pos + _RESTATED_LEAST)
                and norm.find(norm[pos : pos + _RESTATED_LEAST], pos + 1, p + _RESTATED_LEAST) == p
            ):
                # (一、燃放某物的影响燃放某物作为…: its paragraph opens with its words; after
                # 和, 并, 与 they are the sentence's parallel clause, 加快某建设和加快…: review66)
                return p
            if comma is not None:
                # after the comma only a body reporting ends the heading, its second
                # clause a heading's length at least (…挂点督办，压实部门管护责任县林业局积极…)
                if (
                    p - comma >= MIN_HEADING
                    and _NAMED_REPORTER.match(norm, p)
                    and self._heading_before_reporter(pos, comma, p)
                ):
                    return p
                # or the paragraph's opening word, bound to neither clause (…提升某某能力，
                # 健全某某机制近年来，…; …打造某某队伍按照…部署，…), the frame it opens
                # with (…，不断加大某某力度在某指挥部的统筹部署下，…) or its subject, each
                # place acting (…，控制养殖规模各地在…)
                if (
                    p - comma >= MIN_HEADING
                    and (
                        _PARAGRAPH_OPENER.match(norm, p)
                        or self._frame_opens(pos, p)
                        or (norm[p] == "各" and self._scope_opens(pos, p))
                    )
                    and norm[p - 1] not in _BINDS_ON
                    and not _ACTOR_BEFORE.search(norm, pos, p)
                    and self._heading_before_reporter(pos, comma, p)
                ):
                    return p
                continue
            if p - pos >= MIN_HEADING:
                if (
                    norm[p] in LEVEL_CHARS
                    and _NAMED_REPORTER.match(norm, p)
                    and self._heading_before_reporter(pos, pos, p)
                ):
                    return p  # a named body reporting (…管护责任县林业局积极…)
                if (
                    _PARAGRAPH_OPENER.match(norm, p)
                    and norm[p - 1] not in _BINDS_ON
                    and not _ACTOR_BEFORE.search(norm, pos, p)
                ):
                    return p
                if norm[p - 1] not in _BINDS_ON and self._frame_opens(pos, p):
                    return p  # (…建设力度在某指挥部的统筹部署下，我局…: the frame it opens with)
                if self._cited_frame_opens(pos, p):
                    return p  # (…工作衔接在《某意见》任务分工中，…: the document it works under)
                if (
                    norm[p] == "我"
                    and _REPORT_SUBJECT.match(norm, p)
                    and not _URGES_BEFORE.search(norm, max(pos, p - 2), p)
                ):
                    return p  # the answering body reporting what it did (…落户某市我省已于…)
                if norm[p] == "各" and self._scope_opens(pos, p):
                    return p  # each place acting, the paragraph's subject (…规划衔接各地在…)
                if (
                    norm[p] in "12"
                    and not norm[p - 1].isdigit()
                    and _OPENING_DATE_LOST.match(norm, p)
                ):
                    return p  # a date that lost its 年 and 月 opening the paragraph (…示范区20216…)
                date = _CLAUSE_DATE.match(norm, p) or _DATE_THEN_REPORTER.match(norm, p)
                if (
                    date is not None
                    and not norm[p - 1].isdigit()
                    and norm[p - 1] not in _TIME_PREPOSITIONS
                ):
                    return p
                if _REGARDING.match(norm, p) and not _ACTOR_BEFORE.search(norm, pos, p):
                    return p
                if norm[p] == "《" and (cited := self._citing_opens(pos, p, end)) is not None:
                    return cited  # (…安葬范围的规定国务院《某条例》第九条规定：…)
                if (
                    (_DISPOSAL_OPENING.match(norm, p, end) or _BASIS_OPENING.match(norm, p, end))
                    and norm[p - 1] not in _BINDS_ON
                    and norm[p - 1] not in _BEFORE_NO_FRAME
                    and not _ACTOR_BEFORE.search(norm, pos, p)
                    and _HOLDS_ON.search(norm, pos, p) is None
                    and (
                        _ADVERB_ON.search(norm, pos, p) is None
                        or _PRIORITY_NOUN.search(norm, pos, p) is not None
                    )
                    and _FRAME_SUBJECT.match(norm, pos) is None
                ):
                    # (…统筹制度将某某费用纳入…; …体系建设以某中心为主，…: an action's heading;
                    # an item's own subject first, 全县某某工作以…为主，…, is one sentence)
                    return p
                if (
                    norm[p] == "为"
                    and _AIM_CLAUSE.match(norm, p, end)
                    and norm[p - 1] not in _BINDS_ON
                    and norm[p - 1] not in _VERB_BEFORE_WEI
                ):
                    return p  # the paragraph's aim (…的公交站为确保站点合理设置，…)
            if self._topic_ends_heading(pos, p, stop) and not self._run_opens_after_word(
                pos, p, end
            ):
                return p
            if norm[p - 1] == "”" and self._quoted_demand_ends(pos, p, stop):
                return p
        return None

    def _scope_opens(self, pos: int, p: int) -> bool:
        """Whether the paragraph under the heading that opens at ``pos`` opens at ``p`` with
        the places or bodies each acting as its subject (:data:`_SCOPE_SUBJECT`: 各地在…,
        各县要…): not after a word that binds it on (的, 和), a body acting, or a verb that
        takes them as its object (要求各地…, 组织各县…)."""
        norm = self.norm
        return (
            _SCOPE_SUBJECT.match(norm, p) is not None
            and norm[p - 1] not in _BINDS_ON
            and not _ACTOR_BEFORE.search(norm, pos, p)
            and not _URGES_BEFORE.search(norm, max(pos, p - 2), p)
            and not _SCOPE_TAKEN.search(norm, max(pos, p - 2), p)
        )

    def _frame_opens(self, pos: int, p: int) -> bool:
        """Whether the paragraph under the heading that opens at ``pos`` opens at ``p`` with
        its frame, the guidance the work was done under (:data:`_UNDER_GUIDANCE`: 在某指挥部的
        统筹部署下，我局…): the clause after its comma has a subject of its own
        (:data:`_FRAME_SUBJECT`), and the heading holds to no frame of its own before it
        (:data:`_HOLDS_ON`: 坚持在…的领导下). After an item's subject the frame is followed
        by its predicate (全县某某工作在…的领导下，取得…), and the item is one sentence."""
        norm = self.norm
        if norm[p] != "在" or (frame := _UNDER_GUIDANCE.match(norm, p)) is None:
            return False
        return (
            _FRAME_SUBJECT.match(norm, frame.end()) is not None
            and _HOLDS_ON.search(norm, pos, p) is None
        )

    def _cited_frame_opens(self, pos: int, p: int) -> bool:
        """Whether the paragraph under the heading that opens at ``pos`` opens at ``p`` with a
        frame placing it in a document it cites (:data:`_CITED_FRAME`: 在《某意见》任务分工
        中，…): not after a word that binds it on or a verb's adverb (落实在…, 已在…), nor
        after a body acting (某局在《…》中，…: its sentence)."""
        norm = self.norm
        return (
            norm[p] == "在"
            and norm[p - 1] not in _BINDS_ON
            and norm[p - 1] not in _BEFORE_NO_FRAME
            and _CITED_FRAME.match(norm, p) is not None
            and not _ACTOR_BEFORE.search(norm, pos, p)
            and _HOLDS_ON.search(norm, pos, p) is None
        )

    def _quoted_demand_ends(self, pos: int, p: int, stop: int) -> bool:
        """Whether the heading that opens at ``pos`` with 关于 and a quoted demand right
        after it ends at ``p``, after the quote's close (一、关于“支持某某发展”市级部门积极…:
        the heading names the demand by its quote, dev119/002): the paragraph's first clause
        opens there, long enough to be one, no heading's topic word soon (关于“…”的建议,
        关于“…”建议的回复, 关于“…”项目进展情况 go on), no word that binds it on (的, 和, 等)."""
        norm = self.norm
        if not norm.startswith("关于“", pos) or norm.find("”", pos + 3) != p - 1:
            return False
        if p >= stop or norm[p] in _SENTENCE_END + "：，、）)》“" or _CLAUSE_GOES_ON.match(norm, p):
            return False
        if _DEMAND_CLOSER.match(norm, p):
            return False  # (关于“…”一事, 关于“…”方面: the phrase goes on to its noun)
        clause = p
        while clause < stop and norm[clause] not in _SENTENCE_END + "：，":
            clause += 1
        if clause - p < MIN_CLAUSE or (
            clause - p < _SHORT_SENTENCE and norm[clause : clause + 1] == "。"
        ):
            return False
        return not any(m.end() <= p + TOPIC_REACH for m in _HEADING_TOPIC.finditer(norm, p, clause))

    def _run_afresh_opens(self, pos: int, p: int, end: int) -> bool:
        """Whether a run numbered afresh in its heading's own style opens at ``p``, glued
        to the heading that opens at ``pos`` after its ``N、`` (``三、下一步工作计划一、确保
        配建到位。…。二、…``: fix113, as the lined letter sets the items under the heading):
        the heading's numeral two to nine, ``一、`` at ``p`` after no numeral and ending no
        word (统一、规范…, 唯一、…: review63b), no numeral after it (一、二类), and its ``二、``
        after a sentence's end within reach, before the heading's own next number."""
        norm = self.norm
        own = _CN_DIGITS.find(norm[pos - 2 : pos - 1]) if norm[pos - 1 : pos] == "、" else -1
        if own < 2 or (pos > 2 and norm[pos - 3] in _CN_DIGITS + "十第"):
            return False
        if (
            not norm.startswith("一、", p)
            or norm[p - 1] in _CN_DIGITS + "十"
            or self._one_ends_word(p)
            or (p + 2 < len(norm) and norm[p + 2] in _CN_DIGITS)
        ):
            return False
        reach = min(end, p + _AFRESH_REACH)
        second = norm.find("。二、", p, reach)
        following = norm.find(f"。{_CN_DIGITS[own + 1]}、", p, reach) if own < 9 else -1
        return second >= 0 and (following < 0 or second < following)

    def _run_opens_after_word(self, pos: int, p: int, end: int) -> bool:
        """Whether the paragraph's run of points opens a word after ``p`` (…下一步工作|计划
        一是…；二是…), or a run numbered afresh under the heading at ``pos`` does
        (…工作|计划一、…。二、…: :meth:`_run_afresh_opens`): the topic word at ``p`` goes on
        into that word and the heading ends at the run, not at the topic word."""
        return any(
            self._inline_run_opens(q, end)
            or (self.norm[q] == "一" and self._run_afresh_opens(pos, q, end))
            for q in range(p + 1, min(end, p + _COMPOUND_TAIL + 1))
        )

    def _citing_opens(self, pos: int, p: int, end: int) -> int | None:
        """Where the paragraph opens that cites a rule of a document at ``p`` (``《某条例》
        第九条规定：``, its issuing authority before it or not, 国务院《…》): a heading glued to
        it ends there (一、某公墓安葬范围的规定国务院《某条例》第九条规定：…), at the
        authority's name (the shortest that ends at ``p``) or at the ``《``; None where the
        words before it take the document as their object (贯彻落实《…》, 按照《…》) or the
        heading would be shorter than a heading is."""
        norm = self.norm
        if _CITED_RULE.match(norm, p, end) is None:
            return None
        at = p
        for q in range(p - _SHORTEST_CITING, max(pos, p - MAX_AUTHORITY) - 1, -1):
            if AUTHORITY_LINE.match(norm[q:p]) is not None:
                at = q
                break
        if at - pos < MIN_HEADING or _CITING_VERB_END.search(norm, pos, at) is not None:
            return None  # (落实国务院《…》: the document the heading's own object)
        return at

    def _one_ends_word(self, p: int) -> bool:
        """Whether the 一 at ``p`` ends a word with the character before it (统一, 之一, 唯一,
        第一…: :data:`_ONE_IN_WORD`; a plan's 计划 or 规划 makes none with it)."""
        return self.norm[p - 1] in _ONE_IN_WORD and self.norm[p - 2 : p] not in _PLAN_WORDS

    def _inline_run_opens(self, p: int, end: int) -> bool:
        """Whether the paragraph's run of points opens at ``p`` (一是…, its 二是 further on the
        line, or the first point's own short heading a full stop ends, 一是健全机制方面。): a
        heading glued to its paragraph ends there (…联建联治格局一是健全机制方面。…). Not the
        一 of a word before 是 (统一是, 之一是, 唯一是)."""
        norm = self.norm
        if not norm.startswith("一是", p):
            return False
        if self._one_ends_word(p):
            return False
        if norm.find("二是", p + 2, end) >= 0:
            return True
        point = _CLAUSE_END.search(norm, p + 2, min(end, p + 2 + _POINT_HEADING_LONGEST + 1))
        return point is not None and point.group() == "。"

    def _heading_before_reporter(self, pos: int, clause: int, p: int) -> bool:
        """Whether the words ``norm[pos:p]`` before a body named reporting at ``p`` (their
        last clause opening at ``clause``) can be a heading: the body's place not bound to
        the word before it (全县…), the item not opening with an adverbial, its last clause
        not ending as one (:data:`_ADVERBIAL_END`)."""
        norm = self.norm
        if norm[p - 1] in _PLACE_BOUND:
            return False
        if _ADVERBIAL_LEAD.match(norm, pos) or _ADVERBIAL_LEAD.match(norm, clause):
            return False
        return _ADVERBIAL_END.search(norm, clause, p) is None

    def _after_of(self, topic: int) -> bool:
        """Whether the topic word at ``norm[topic]`` stands after a 的, right before it or with
        how the points are taken between (…的答复, …的逐条答复: :data:`_POINT_BY_POINT`)."""
        norm = self.norm
        return norm[topic - 1 : topic] == "的" or (
            norm[topic - 3 : topic - 2] == "的" and norm[topic - 2 : topic] in _POINT_BY_POINT
        )

    def _subject_topic_before(self, pos: int, p: int) -> bool:
        """Whether a topic word before ``p`` in the clause of the heading that opens at
        ``pos`` has a predicate's frame right after it (:data:`_PREDICATE_FRAME`: 土路未硬化
        问题已在…): the item opened as a sentence whose subject is that topic, so the topic
        word ending at ``p`` is inside its predicate (old71: dev138/005 glued, where the
        heading was cut at …遗留问题, before 推进会上)."""
        norm = self.norm
        start = max(pos, norm.rfind("，", pos, p) + 1)
        return any(
            _PREDICATE_FRAME.match(norm, m.end()) is not None
            for m in _HEADING_TOPIC.finditer(norm, start, p - 2)
        )

    def _led_by_of(self, pos: int, p: int) -> bool:
        """Whether the topic word ending at ``p`` has 的 right before it (…解决的情况, …研究的
        困难): the noun the clause before it qualifies, so the heading ends with it."""
        norm = self.norm
        return any(
            m.end() == p and m.start() > pos and norm[m.start() - 1] == "的"
            for m in _HEADING_TOPIC.finditer(norm, max(pos, p - 8), p)
        )

    def _topic_ends_heading(self, pos: int, p: int, stop: int) -> bool:
        """Whether the heading that opens at ``pos`` ends at ``p`` after its topic word: a
        subject or a number opens the paragraph there; or the sentence goes on with no
        other topic word soon (工作|开展情况 is one heading) and its first clause is long
        enough to be one (一、加强工作协调，… is a sentence)."""
        norm = self.norm
        weak = False
        if not any(m.end() == p for m in _HEADING_TOPIC.finditer(norm, max(pos, p - 2), p)):
            if _WEAK_HEADING_TOPIC.match(norm, max(pos, p - 2), p) is None:
                return False
            weak = True
        if p >= stop or norm[p] in _SENTENCE_END + "：，、）)》”":
            return False
        if self._subject_topic_before(pos, p) and not self._led_by_of(pos, p):
            # (二、某某问题已在某某遗留问题推进会上，…: one sentence; but a topic word 的
            # leads is the noun the clause before it qualifies, 问题已经解决的情况, the
            # heading's own end: review71a)
            return False
        if norm.startswith(_REPLY_TOPIC, p - 2) and not self._after_of(p - 2):
            # 答复 the verb, its object after it (一、及时答复代表关切的问题…, 限时答复…):
            # the point that gives the reply names it after 的 (对提案建议的答复: review64a)
            return False
        if norm.startswith("建议", p - 2) and (p - 2 == pos or self._unquoted_in("向", pos, p - 2)):
            # 建议 the verb, its object after it: opening the item (三、建议审批部门把…) or
            # after whom it is made to (一、某局向市政府建议成立…), no heading's topic; a
            # 向 of a demand it quotes is none (关于“某校定向招收”的建议)
            return False
        if norm[pos] in "您你" and _ASKED_BY_YOU.match(norm, pos, p) is None:
            # a heading that opens with its subject is a sentence (您这一…); 你 the asker
            # of what it names is none (你提案中提出的…问题: dev119/009)
            return False
        if norm.startswith("我们", pos) and norm[pos + 2 : pos + 3] != "的":
            # so is one that opens with the answering 我们 (我们会继续建议主管部门…: 建议 a
            # verb there); 我们的主要做法 names a topic
            return False
        if (
            norm[p] in _SPOKEN_TO_FIRST
            and norm.startswith("关于", pos)
            and _PERSON.search(norm, pos, p) is None
        ):
            # the paragraph under a 关于… heading turns to the member who asked (关于某某
            # 问题您提出…, 关于某某问题你们反映…): a 关于 heading names what was asked,
            # written without 的 too, and speaks to no one
            return True
        if (
            norm.startswith("关于", pos)
            and norm.startswith("问题", p - 2)
            and (_DEMAND_RESTATED.match(norm, p) or _PURPOSE_CLAUSE.match(norm, p))
        ):
            # a 关于…问题 heading (written with or without 的) names the issue; its
            # paragraph restates what the member asked (…问题建议对某路段加装…) or opens
            # with the purpose of what was done (…问题为改善某事，我局…)
            return True
        if (
            norm.startswith("关于", pos)
            and not self._after_of(p - 2)
            and not (norm[p - 5 : p - 4] == "的" and norm[p - 4 : p - 2] in _HANDLED_BEFORE_TOPIC)
        ):
            return False  # 关于… ends with …的建议, …的问题, …建议的办理情况
        if not weak and _POINT_QUOTED.match(norm, p):
            return True  # (…的逐条答复关于“某事”的建议，…: the point answered, named)
        if _SUBJECT.match(norm, p):
            return True
        if _FRAME_SUBJECT.match(norm, pos) and _BASIS_OPENING.match(norm, p):
            # the item's own subject, then what its work rests on (全县某某工作以…为主，…):
            # the predicate follows, one sentence, as on its kept line (small66)
            return False
        if weak:
            return _AIM_OPENING.match(norm, p) is not None
        if norm[pos] in "您你":
            # what the member asked, named as its topic: the paragraph opens after it with
            # a body, its opening word or a time (…的问题县财政…, …的问题现阶段…); a
            # predicate after it judges it in one sentence (你反映的某问题确实存在，…)
            return (
                _NAMED_REPORTER.match(norm, p) is not None
                or _PARAGRAPH_OPENER.match(norm, p) is not None
                or _TIME_LEAD.match(norm, p) is not None
            )
        if (
            _CLAUSE_GOES_ON.match(norm, p)
            and not _CLAUSE_SUBJECT.match(norm, p)
            and not (
                norm[pos] in "“‘"
                and norm[p - 4 : p - 2] in ("”的", "’的")
                and norm[p] in _CLAUSE_VERB
            )
        ):
            return False  # (“…”的建议将… : the quoted demand's heading, then a clause)
        # (a list's 、 inside the first clause goes on with it: 基本情况县委、县政府历来重视…,
        # the clause's subject two bodies listed)
        clause = p
        while clause < stop and norm[clause] not in _SENTENCE_END + "：，":
            clause += 1
        if clause - p < MIN_CLAUSE:
            return False
        if clause - p < _SHORT_SENTENCE and clause < stop and norm[clause] == "。":
            # a few words and the full stop after the topic word (…调解工作保障力度。您提出的…):
            # the heading's own words, written as a sentence, no paragraph's first one
            return False
        if any(self._cited_frame_opens(pos, q) for q in range(p + 1, min(clause, p + TOPIC_REACH))):
            return False  # (…的工作|衔接在《某意见》…中，: the heading runs on to that frame)
        return not any(m.end() <= p + TOPIC_REACH for m in _HEADING_TOPIC.finditer(norm, p, clause))

    def _between_numerals(self, at: int) -> bool:
        """Whether ``norm[at]`` is a ``、`` between two numerals (八、九十年代)."""
        norm = self.norm
        return (
            norm[at] == "、"
            and 0 < at < len(norm) - 1
            and norm[at - 1] in _NUMERAL
            and norm[at + 1] in _NUMERAL
        )

    def _heading_reach(self, pos: int, end: int) -> int:
        """Where a heading that opens at ``pos`` has ended at the latest: after
        :data:`MAX_HEADING` characters, those of a demand it quotes not counted (关于“…”的
        建议, the demand restated whole, as long as the member wrote it), up to
        :data:`_QUOTED_HEADING_LONGEST`; ``end`` at the latest."""
        norm = self.norm
        stop = min(end, pos + MAX_HEADING)
        if not any(mark in norm[pos:stop] for mark in OPEN_QUOTES):
            return stop
        limit = min(end, pos + _QUOTED_HEADING_LONGEST)
        quotes = QuoteDepth(norm, pos)
        unquoted = 0
        p = pos
        while p < limit and unquoted < MAX_HEADING:
            if quotes.at(p) == 0 and norm[p] not in OPEN_QUOTES:
                unquoted += 1
            p += 1
        return p

    def _unquoted_in(self, word: str, pos: int, end: int) -> bool:
        """Whether ``word`` stands in ``norm[pos:end]`` outside quotation marks."""
        norm = self.norm
        at = norm.find(word, pos, end)
        if at < 0 or not any(mark in norm[pos:at] for mark in OPEN_QUOTES):
            return at >= 0
        quotes = QuoteDepth(norm, pos)
        while at >= 0:
            if quotes.at(at) == 0:
                return True
            at = norm.find(word, at + 1, end)
        return False

    def _heading_gap(self, pos: int, end: int) -> int | None:
        """The gap after a short heading (一、总体情况 2020年…): the heading's line ended.
        Within :data:`MAX_HEADING` characters, quoted words counted: a heading that quotes a
        demand reaches no further here (flat65 let it, and a kept-lines letter's gap past a
        long quoted heading then ended its heading at a later gap; the glued heading still
        reaches over the quote, :meth:`_heading_glued`). A gap between a figure and the
        hanzi after it (``…将3路、4 路、5 路…``, a web copy's blank before the word a figure
        counts) ends no heading: the words go on; nor does one inside brackets the words
        opened (``…用地标准我省严格执行《某标准》（GB/T 50180-2018）``: a code's own blank,
        and no heading's line ends with its bracket open; glued71), nor one inside a 《…》
        the words opened (``二、前期所做工作根据《关于做好某某 工作的方案》…``: a web copy's
        blank inside the cited title, no heading's line ends with its 《 open; fix168)."""
        norm = self.norm
        for p in range(pos + 1, min(end, pos + MAX_HEADING)):
            if norm[p - 1] in _SENTENCE_END + "：":
                return None
            if self.cuttable_gap(p) and norm[p] != " ":
                if norm[p - 1].isdigit() and "\u4e00" <= norm[p] <= "\u9fff":
                    continue
                if norm.count("（", pos, p) > norm.count("）", pos, p):
                    continue  # (inside brackets the words opened: the line goes on)
                if norm.count("《", pos, p) > norm.count("》", pos, p):
                    continue  # (inside a title the words cite: a blank of the copy's, fix168)
                return None if self._joint_issuers_at(p, pos) else p
        return None

    def _joint_issuers_at(self, gap: int, pos: int) -> bool:
        """Whether the gap at ``gap`` (words from ``pos`` before it) parts two authorities
        that issued a document together, cited by their names and its title (按照省某委
        省某厅关于…的通知》…, the blank a letter writes between joint issuers): the words
        before it end as an authority's name naming its place does, opening the words or
        after a citing word (:data:`_JOINT_ISSUER_BEFORE`; review63d: 建设社区服务中心 is a
        heading's words), and those after it are one glued to ``关于`` or ``《``; a
        sentence's words, no short heading's end (fix114)."""
        norm = self.norm
        return (
            _JOINT_ISSUER_BEFORE.search(norm, max(pos, gap - _JOINT_ISSUER_LONGEST - 2), gap)
            is not None
            and _JOINT_ISSUER_AFTER.match(norm, gap) is not None
        )

    def _closing_starts(self, start: int, end: int) -> list[_Cut]:
        """Where closing elements start: labels (联系人：, 抄送：…), publication notes, a
        发文字号 at the end and the office and date of a 印发 line, after a gap or a
        sentence end. Strong where no well-formed line has one: a label or a note right
        after a paragraph's end, a 抄送 or a 印发 line after what ends another element."""
        norm = self.norm
        out: list[_Cut] = []
        if _CLOSING_HINT.search(norm, start, end) is None:
            return out  # (a colon is a hint too: no colon either)
        colons = self._colons(start, end)
        labels = self._labels(start, end, colons)
        gapped = self.gaps_in(start + 1, end)
        bare = list(_BARE_LABEL.finditer(norm, start, end)) if gapped else []
        # (only a label or a bare one after the line's start is asked whether it is noted)
        asked = bool(bare)
        for m in labels if not asked else ():  # (a loop: no generator)
            if m.start() > start:
                asked = True
                break
        noted = self.inside_brackets(start, end) if asked else set()
        for m in labels:
            p = m.start()
            prev = self.before(p)
            if p == start or p in noted:
                continue
            if m.group("label") in _PHONE_LABELS and self._sent_to_before(m.start("label"), start):
                continue  # (请与某科联系，电话：…。: the sentence's phone, no line of its own)
            if m.group("label") in _SUFFIX_LABELS:
                p, prev = self._own_words_before(p, start)
            elif m.group("label") in _CONTACT_PERSON_LABELS and m.start("label") == p:
                # (not one in brackets after its office: 某局（联系人：王某）, a note of its)
                p, prev = self._office_before_contact(p, start)
            if m.start("label") == p and norm.startswith(_BARE_UNITS, p - 2, p):
                p, prev = self._bare_unit_before(p, start)
            # (a label glued after a date's 日 stands apart: 2024年5月10日类别：B)
            apart = (
                self.gap(p)
                or prev in _SENTENCE_END + "，、）"
                or prev.isdigit()
                or (prev == "日" and _DATE_ENDING.search(norm, max(start, p - 16), p) is not None)
            )
            if apart or len(m.group("label")) >= 3:  # a long label stands out when glued
                after_note = norm[p - 1] == "）" and self.gap(p)
                out.append(_Cut(p, prev in _PARAGRAPH_END or after_note))
        for m in bare:
            # a long label glued to its value after a gap (… 联系人及电话王某0000-…), or
            # glued after a paragraph's end with its value after a gap (…实施。主管领导姓名
            # 王某  联系电话 0000-…: a row of a table typed with blanks for its colons)
            p = m.start()
            if p > start and p not in noted and (self.gap(p) or self._bare_row_after_end(m)):
                out.append(_Cut(p, not self.gap(p)))
        phoned = norm.find("电话", start, end)
        if phoned >= 0:
            if gapped:
                out += self._next_rows(start, end)
            # (…电话：0000-5550123650000: the postcode's line glued after the phone's)
            out += [_Cut(m.end()) for m in _POSTCODE_AFTER_PHONE.finditer(norm, phoned, end)]
            # (after a gap, or glued after a sentence's end: …指导。人：李某电话：…)
            out += self._headless_name_labels(start, end)
        if norm.find("热线", start, end) >= 0:
            out += self._signer_after_hotline(start, end)
        # a 抄送 label ends with one of its words' last characters right before its colon
        copied = False  # (a loop, not any() over a generator: most lines hold no colon)
        for c in colons:
            if c > start and norm[c - 1] in _CC_LAST:
                copied = True
                break
        for m in _CC_LABEL.finditer(norm, start, end) if copied else ():
            # 抄送：, 抄报： stand out anywhere; 报： only after a gap or a sentence
            p = m.start()
            before = norm[p - 1] if p > 0 else ""
            apart = (
                self.gap(p)
                or before in "。；）"
                or before.isdigit()
                or (p > start and self._subject_words_before(p, start))
            )
            if p > start and (len(m.group(0)) > 2 or apart):
                out.append(_Cut(p, apart))
        # a publication value alone in its brackets, glued after another element's value
        # (联系电话：0000-5550123（依申请公开）): a note of its own
        publishing = norm.find("公开", start, end) >= 0
        for m in _BRACKETED_PUBLIC.finditer(norm, start, end) if publishing else ():
            if m.start() > start:
                out.append(_Cut(m.start()))
        # notes, 发文字号 and 印发 lines, asked at once: most lines hold none of them
        if _OTHER_CLOSING.search(norm, start, end) is None:
            return out
        noting = _NOTE_HEAD.search(norm, start, end) is not None
        for m in _NOTE.finditer(norm, start, end) if noting else ():
            p = m.start()
            if p > start and (m.group(0)[0] in _OPEN or self.gap(p)):
                out.append(_Cut(p, self.before(p) in _PARAGRAPH_END))
            # the signing authority glued after the note's bracket ((此件主动公开)某县某局):
            # no line of a letter reads so
            after = self.skip_space(m.end())
            closed = norm[m.end() - 1] in _CLOSERS
            if closed and after < end and _ISSUER_MARK.match(norm, after, end):
                out.append(_Cut(after, True))
        for m in self.doc_numbers(start, end):
            # a 发文字号 at the end of the letter (after the signature or the 抄送 list)
            if m.end() == end or self.gap(m.end()):
                at = self._bounded_start(m.start(), m.start("open"), start)
                if at is not None and at > start:
                    out.append(_Cut(at))
            elif _ISSUER_MARK.fullmatch(norm, self.skip_space(m.end()), end):
                # …and the authority that issued it glued after it (某政函〔2022〕60号某镇
                # 人民政府, a page's last line): no line of a letter reads so
                out.append(_Cut(self.skip_space(m.end()), True))
        for m in self.printed(start, end):
            office = self._authority_before(m.start(), start, after_start=True)
            if office is not None and office > start and norm[office - 1] in "：、，":
                office = self._after_copied(office, m.start(), start)
            if office is not None and office > start:
                apart = self.gap(office) or self.before(office) in _SENTENCE_END
                out.append(_Cut(office, apart))
        return out

    def _signer_after_hotline(self, start: int, end: int) -> list[_Cut]:
        """Where an authority's name glued after a hotline's number starts, the name
        running to the line's end (``服务热线：0000-5550123甲山县水利局``, or after a blank: the
        row under the signed date over the name that ends the letter, flattened): the
        name's own line, as the number's figures end where the name's words start. A name
        with more after it on the line (a sentence, another label) is left as it stands."""
        norm, out = self.norm, []
        out += [
            _Cut(m.start(), True)
            for m in _PLACE_HOTLINE_AFTER_DATE.finditer(norm, start, end)
            if _FULL_DATE_ENDS.search(norm, max(start, m.start() - 11), m.start())
        ]
        for m in _HOTLINE_THEN_WORDS.finditer(norm, start, end):
            if _ISSUER_MARK.fullmatch(norm, m.end(), end) is not None:
                out.append(_Cut(m.end(), True))
        return out

    def _bare_row_after_end(self, m: re.Match[str]) -> bool:
        """Whether the long label ``m`` (:data:`_BARE_LABEL`, no colon) opens a row glued
        after a paragraph's end in a copy that lost its line breaks, its value after a gap
        (``…分步推进。主管领导姓名   王某    联系电话 0000-…``; ``姓名`` glued after the label or
        not): a table's row typed with blanks for its colons, as on its own line. A
        sentence opening with such words (``…。分管领导高度重视…``) sets no gap after them."""
        at = m.end()
        if self.norm.startswith(NAME_WORD, at):  # (a row's label may end with it, fix144)
            at += len(NAME_WORD)
        return self.before(m.start()) in _PARAGRAPH_END and self.gap(at)

    def _subject_words_before(self, pos: int, start: int) -> bool:
        """Whether the 抄送 or 报 label at ``pos`` is glued to the last of the 主题词 row's
        words (主题词：政协 提案 答复报：某办, a 版记 flattened with nothing between its rows):
        that row's value is a few words parted by blanks, no sentence, and the 版记 sets the
        list of whom the letter is sent to under it."""
        label = self.norm.rfind(_SUBJECT_WORDS, max(start, pos - _SUBJECT_ROW_LONGEST), pos)
        return (
            label >= 0
            and _SUBJECT_ROW.fullmatch(self.norm, label, pos) is not None
            # (the row opens where another element ended, as the 版记's rows do: never
            # words of a sentence that names the label, 您在主题词：…中提到的汇报：)
            and (
                self._element_ended_before(label, start)
                or (label > 0 and self.norm[label - 1] in "）)")  # (（此件公开）主题词：…)
            )
        )

    def _sent_to_before(self, label: int, start: int) -> bool:
        """Whether a closing sentence's clause that sends the reader to an office ends right
        before the phone's label at ``label`` (如有疑问，请与某局某科联系，电话：…, decided
        fix88): the label goes on the sentence, as on a line the copy kept whole."""
        norm = self.norm
        return (
            label > start
            and norm[label - 1] in "，（"
            and SENT_TO.search(norm, max(start, label - SENT_TO_REACH), label) is not None
        )

    def _headless_name_labels(self, start: int, end: int) -> list[_Cut]:
        """Where a contact's name label that lost its head in copying (``人：`` for 联系人：)
        starts after a gap or a sentence's end, a phone's label after its name on the line
        (``…某局 2023927 人：李某 电话：…``, ``…多加指导。人：李某电话：…``, glued): a contact's
        row, as it is on a line of its own."""
        norm, out = self.norm, []
        at = norm.find("人：", start + 1, end)
        while at >= 0:
            if (
                (self.gap(at) or norm[at - 1] in _SENTENCE_END)
                and _HEADLESS_ROW.match(norm, at, end) is not None
                and not self._spaced_char_before(at, start)
                and not self._padded_label_head(at, start)
            ):
                out.append(_Cut(at))
            at = norm.find("人：", at + 2, end)
        return out

    def _padded_label_head(self, pos: int, start: int) -> bool:
        """Whether the head of a person's label ending in 人 stands right before the gap at
        ``pos``, a blank padding the label to its neighbours' width (``联系 人：李某  联系电话：…``,
        ``经办 人：``): the label is whole, its 人 no head lost (fix99)."""
        norm = self.norm
        return any(
            norm.startswith(head, pos - len(head)) and pos - len(head) >= start
            for head in _PADDED_PERSON_HEADS
        )

    def _spaced_char_before(self, pos: int, start: int) -> bool:
        """Whether one character alone between gaps stands right before the gap at ``pos``:
        a label spaced out character by character (``联 系 人：``), whose 人 is no head lost."""
        return (
            pos - 1 > start
            and self.gap(pos - 1)
            and _CJK_CHAR.match(self.norm[pos - 1]) is not None
        )

    def _copied_after_date(self, start: int, end: int) -> list[_Cut]:
        """Where a 抄送 list whose 抄 label has no colon starts right after the signed date,
        glued to its list or set off by blanks (``…2024年5月10日 抄送县政府办公室，县财政局。``,
        :func:`~replyparse.closing.glued_cc_label`): the list runs to the line's end. No
        line of a letter reads so (strong)."""
        norm, out = self.norm, []
        at = norm.find("抄", start + 1, end)
        while at >= 0:
            back = at
            while back > start and norm[back - 1] in _SEPARATORS:
                back -= 1
            date = _DATE_BEFORE.search(norm, max(start, back - _DATE_LONGEST), back)
            if (
                date is not None
                # the signed date stands apart (a sentence's date, 已于2024年5月10日抄送…,
                # is glued to its words)
                and (date.start() == start or self.gap(date.start()))
                and glued_cc_label(norm[at:end].replace(" ", ""))
            ):
                out.append(_Cut(at, True))
            at = norm.find("抄", at + 1, end)
        return out

    def _next_rows(self, start: int, end: int) -> list[_Cut]:
        """Where a contact table's next row starts after a phone (weak): its label cells
        blank, a person's name, a gap, a phone alone (``联系电话：0000-5550123  黄某
        13900001111``, the rows of a flattened table)."""
        norm, out = self.norm, []
        for m in _ROW_AFTER_PHONE.finditer(norm, start, end):
            p, q = m.start("name"), m.end()
            row = Line(self.line_at(p).index, p, q, norm[p:q])
            if contact_row(self.view, row) is not None:
                out.append(_Cut(p))
        return out

    def _after_copied(self, office: int, date: int, start: int) -> int:
        """Where a 印发 line's office starts whose name runs on from the last body of a 抄送
        list glued before it (抄送：某市某委某街道办 2024年8月14日印发): after the first
        suffix in the run that leaves an authority's name opening as the body before it
        does (:func:`replyparse.elements.opens_as`); ``office`` where no 抄送 label
        stands before it or no such suffix does."""
        norm = self.norm
        if _CC_LABEL.search(norm, start, office) is None:
            return office
        stop = date
        while stop > office and norm[stop - 1] in _SEPARATORS:
            stop -= 1
        for m in ORG_INSIDE.finditer(norm, office + 2, stop - MIN_AUTHORITY):
            rest = norm[m.end() : stop]
            # (the office opens as the body before it does, as the list's reader cuts it:
            # 甲山县人大常委会选举任免联络工作委员会 runs on past its 常委会, tail75)
            if (
                AUTHORITY_LINE.match(rest)
                and not _NOT_AUTHORITY.search(rest)
                and opens_as(rest, norm[office : m.end()])
            ):
                return m.end()
        return office

    def doc_numbers(self, start: int, end: int) -> list[re.Match[str]]:
        """The matches of ``_DOC_NUMBER.finditer(norm, start, end)``, looked for only
        before the bracketed years there are (a number starts at most ``NUMBER_LEAD``
        characters before one, and is read no further than ``NUMBER_REACH`` past it, so
        a search bounded so finds the same match where one starts by the year)."""
        norm = self.norm
        out: list[re.Match[str]] = []
        pos = start
        for year in _NUMBER_YEAR.finditer(norm, start, end):
            y = year.start()
            if y < pos:
                continue  # the year of the last number
            m = _DOC_NUMBER.search(norm, max(pos, y - NUMBER_LEAD), min(end, y + NUMBER_REACH))
            if m is not None and m.start() <= y:
                out.append(m)
                pos = m.end()
        return out

    def printed(self, start: int, end: int) -> list[re.Match[str]]:
        """The matches of ``_PRINTED.finditer(norm, start, end)``, looked for only before
        each 印发 there whose character before may end a date (日, 号, 月 or a digit: the
        last of every date the pattern reads), in a search from ``PRINTED_REACH``
        characters before it. Exact: every match ends with 印发 and holds no other 印 (a
        date holds none), so the first match after the last one is the first found so;
        most 印发 in a letter are a verb in a sentence (…指挥部印发了《…》)."""
        norm = self.norm
        out: list[re.Match[str]] = []
        pos = start
        at = norm.find("印发", start, end)
        while at >= 0:
            last = norm[at - 1] if at > pos else ""  # (the date's last character, after pos)
            if last and (last in "日号月" or last.isdecimal()):  # \d: a decimal digit
                m = _PRINTED.search(norm, max(pos, at - PRINTED_REACH), at + 2)
                if m is not None:
                    out.append(m)
                    pos = m.end()
            at = norm.find("印发", at + 2, end)
        return out

    def signed_dates(self, start: int, end: int) -> list[re.Match[str]]:
        """The matches of ``_SIGNED_DATE.finditer(norm, start, end)``, tried only where one
        may start (see :meth:`signed_date`: four characters before a 年, or at a year
        followed by a digit or a kept space), in order, each after the last one's end as
        finditer goes on. Cheaper than finditer, which tries every numeral of a line."""
        norm = self.norm
        places: set[int] = set()
        year = norm.find("年", start + 4, end)
        while year >= 0:
            places.add(year - 4)
            year = norm.find("年", year + 1, end)
        m = _YEAR_DIGITS.search(norm, start, end)
        while m is not None:  # (searched on from each start: these overlap)
            places.add(m.start())
            m = _YEAR_DIGITS.search(norm, m.start() + 1, end)
        out: list[re.Match[str]] = []
        pos = start
        for p in sorted(places):
            if p >= pos and (date := _SIGNED_DATE.match(norm, p, end)) is not None:
                out.append(date)
                pos = date.end()
        return out

    def _labels(self, start: int, end: int, colons: list[int] | None = None) -> list[re.Match[str]]:
        """The labels with their colon in ``norm[start:end]``, looked for only before the
        colons there are (``colons``, when the caller found them: the table is long, a
        line's colons are few)."""
        out: list[re.Match[str]] = []
        last = start
        for colon in self._colons(start, end) if colons is None else colons:
            lo = max(last, colon - MAX_LABEL)
            # a label ends with one of its words' last characters right before its colon
            ending = colon > lo and self.norm[colon - 1] in _LABEL_LAST
            for m in _LABEL.finditer(self.norm, lo, colon + 1) if ending else ():
                if m.end() == colon + 1:
                    out.append(m)
                    break
            last = colon + 1
        return out

    def _colons(self, start: int, end: int) -> list[int]:
        """Where the colons of ``norm[start:end]`` stand."""
        out: list[int] = []
        colon = self.norm.find("：", start, end)
        while colon >= 0:
            out.append(colon)
            colon = self.norm.find("：", colon + 1, end)
        return out

    def _office_before_contact(self, pos: int, start: int) -> tuple[int, str]:
        """Where a contact's person label begins with the office the person works in glued
        before it, as such a line opens (县林业局联系人：, 本部门联系人：, 县政府联系人：), after
        a gap (a copy flattened with blanks, where the signer's line would stand apart) or
        the signature's date (…2024年5月10日县政府联系人：王某…: no signer after its date),
        the words read as a line that opens so reads them (:func:`replyparse.labels.
        office_words`); ``pos`` when no such words stand before it. Glued after a sentence's
        end with nothing between (…考虑。某县某局联系人：…), the words are the signer's line
        run on, as before. With the character before that place."""
        norm = self.norm
        q = pos
        while (
            q > start
            and pos - q < OFFICE_LEAD_LONGEST
            and not self.gap(q)
            and _CJK_CHAR.match(norm[q - 1])
        ):
            q -= 1
        dated = q < pos and norm[q] == "日" and norm[q - 1 : q].isdecimal()
        if dated:
            q += 1  # (a date's last character: 2024年5月10日县政府联系人：)
        if q > start and not dated and self._in_cc_list(start, q):
            # (the gap parts two bodies of a 抄送 list on the line, the label glued after its
            # last: 抄送：甲委 乙办联系人：…; the words the list's, fix140)
            return pos, self.before(pos)
        if q < pos and (dated or q == start or self.gap(q)) and office_words(norm[q:pos]):
            return q, self.before(q)
        return pos, self.before(pos)

    def _in_cc_list(self, start: int, at: int) -> bool:
        """Whether ``at``, on the line from ``start``, stands inside a 抄送 list: a 抄送
        label of two characters or more (:data:`_CC_LABELS_COLONED`) before it on the line, no
        colon between its own and ``at`` (another label's), the label glued to what went
        before it (…2031年6月6日抄送：…: a copy that lost its breaks with nothing, where a
        gap is the list's own). A label that opens the line or stands after a gap is in a
        copy that kept its breaks or set blanks at them, where a gap before the office may
        be the line's break (抄送：甲委 某局办公室联系人：…: the office the contact's;
        review70)."""
        norm = self.norm
        colon = norm.rfind("：", start, at)
        if colon <= start or not norm.endswith(_CC_LABELS_COLONED, start, colon + 1):
            return False
        for label in _CC_LABELS_COLONED:
            if norm.endswith(label, start, colon + 1):
                opens = colon + 1 - len(label)
                return opens > start and not self.gap(opens)
        return False

    def _bare_unit_before(self, pos: int, start: int) -> tuple[int, str]:
        """Where a contact's label begins with the word for the writer's unit glued before
        it, naming none (单位联系电话：, 部门联系人：, :data:`_BARE_UNITS`), after what ends
        another element: the line's start, a gap, a sentence's end, a figure, or the
        signed date's 日 (…2024年5月10日单位联系电话：…: the date over the label's line).
        After other words (某建设单位联系人：) the word ends a name and stays with it;
        ``pos`` then, with the character before that place."""
        q = pos - 2
        if self._element_ended_before(q, start):
            return q, self.before(q)
        return pos, self.before(pos)

    def _element_ended_before(self, pos: int, start: int) -> bool:
        """Whether what stands before ``pos`` (on the line from ``start``) ends another
        element, so that a closing's row may open there, glued: the line's start, a gap, a
        sentence's end, a figure (a phone's), or the signed date's 日."""
        prev = self.before(pos)
        return (
            pos == start
            or self.gap(pos)
            or prev in _SENTENCE_END
            or prev.isdigit()
            or (
                prev == "日"
                and _DATE_ENDING.search(self.norm, max(start, pos - 16), pos) is not None
            )
        )

    def _work_office_label(self, pos: int, end: int) -> re.Match[str] | None:
        """The office's label of a form's row after the work the office answers for, which
        starts at ``pos`` (建议承办单位：某局, 建议承办责任科室：某科): the row's label as
        without them, so its value parts from the title after it as a line of its own does
        (fix164 made the label a contact line's, and a copy flattened with a blank lost the
        title under it; mend75c). None when no such label stands there."""
        norm = self.norm
        found = _WORK_THEN_OFFICE.match(norm, pos, end)
        if found is None:
            return None
        q = found.start("label")
        label = _HEADER_LABEL.match(norm, q, end)
        if label is None:
            return None
        spelling = label.group()[:-1]
        field = _OFFICE_LABEL_FIELDS.get(spelling)
        if field is not None and work_before_label(norm[pos:q], spelling, field):
            return label
        return None

    def _work_office_label_at(self, start: int, end: int, line: Line) -> bool:
        """Whether ``norm[start:end]``, names before a colon, is an office's label after the
        work the office answers for, that work's words in it or glued before it on ``line``
        (建议|承办责任科室：, 建议承办单位：): a form's row's label (fix164's contact label)."""
        norm = self.norm
        office = _OFFICE_LABEL_END.search(norm, start, end)
        if office is None:
            return False
        spelling = office.group()
        field = _OFFICE_LABEL_FIELDS[spelling]
        lead = start
        while True:
            words = norm[lead : office.start()]
            if words and work_before_label(words, spelling, field):
                return True
            if lead <= line.start or start - lead >= _SUFFIX_WORDS_BEFORE:
                return False
            if not _CJK_CHAR.match(norm[lead - 1]) or self.gap(lead):
                return False
            lead -= 1

    def _own_words_label(self, pos: int, end: int) -> re.Match[str] | None:
        """The ``suffix`` label after its own few words that start at ``pos``, after a gap
        (签发人：王某 单位负责人盖章： 某局关于…: a seal's slot, its value empty), as a line
        of its own opens with them; None when none stands there."""
        norm = self.norm
        q = pos
        while q < end and q - pos < MAX_OWN_WORDS and _CJK_CHAR.match(norm[q]):
            q += 1
            if (label := _HEADER_LABEL.match(norm, q, end)) is not None:
                if label.group()[:-1] in _SUFFIX_LABELS and not self.gaps_in(pos + 1, q + 1):
                    return label
                return None
        return None

    def _own_words_before(self, pos: int, start: int) -> tuple[int, str]:
        """Where a suffix label begins with its own few words (承办|负责人：), after a gap,
        a sentence end, a date, or the figures of the value before it (a phone's: a form
        flattened with nothing between its rows, …电话：0000-5550123委员反馈意见：, the
        proposer's row after the handler's; not a figure's unit, 8日承办负责人：, a date's
        end, asked below); ``pos`` when no such words stand before it.
        With the character before that place."""
        q = pos
        while q > start and pos - q < MAX_OWN_WORDS and _CJK_CHAR.match(self.norm[q - 1]):
            q -= 1
            if self.gap(q):
                break
        if q < pos and (
            q == start
            or self.gap(q)
            or self.before(q) in _SENTENCE_END
            or (self.norm[q - 1].isdecimal() and self.norm[q] not in _UNIT_AFTER_DIGIT)
        ):
            return q, self.before(q)
        for p in range(q, pos):  # the signature's date glued before them: …16日承办负责人：
            if _DATE_BEFORE.search(self.norm, max(start, p - 12), p) is not None:
                return p, self.before(p)
            if self._damaged_date_before(p, start):
                return p, self.before(p)
        return pos, self.before(pos)

    def _damaged_date_before(self, p: int, start: int) -> bool:
        """Whether a signed date that lost its 年月日 (2023716) ends right before ``p``, glued
        after a name's last character: a letter flattened with nothing between its lines
        reads ``…某局2023716承办负责人：``, the signer over a date the copy kept in figures
        only, then the suffix label with its own words. Digits before the year (a phone's)
        are no date's. A date that kept its 日 and lost only its 年月 (2023716日) ends after
        the 日: ``…支持。2023716日承办负责人：`` is the date, then the label's own words, and
        no place between the figures and their 日 is the date's end."""
        norm = self.norm
        if p < len(norm) and norm[p] == "日":
            return False  # (the date's own 日 follows: it ends after it)
        if p - start >= 9 and norm[p - 1] == "日" and norm[p - 2].isdecimal():
            p -= 1  # 2023716日: the figures before the kept 日
        if p - start < 8 or not norm[p - 1].isdecimal():
            return False
        m = _DAMAGED_BEFORE.search(norm, max(start, p - _DAMAGED_LONGEST), p)
        return (
            m is not None and m.start() > start and _CJK_CHAR.match(norm[m.start() - 1]) is not None
        )

    def _bounded_start(self, a: int, b: int, start: int) -> int | None:
        """The last place in ``[a, b)`` that follows a gap or a sentence end (or ``start``)."""
        for p in range(b - 1, a - 1, -1):
            if p == start or self.gap(p) or self.norm[p - 1] in _SENTENCE_END:
                return p
        return None

    def _authority_before(self, pos: int, start: int, *, after_start: bool = False) -> int | None:
        """Where an authority's name that ends at ``pos`` starts (back to a gap, a
        punctuation mark or ``start``), or None when no authority ends there. Short pieces
        before a gap belong to the name when they are no name of their own: a stray space
        (宣威市交 通运输局) or a name padded with spaces (某 市 民 政 局). With
        ``after_start`` (the caller wants only a name after ``start``), None too where the
        name could start at ``start`` only."""
        norm = self.norm
        # back over a name's characters, no further than the last gap inside
        gaps = self.gaps_in(start + 1, pos)
        lo = max(start, pos - MAX_AUTHORITY, gaps[-1] if gaps else start)
        i = pos - _authority_run_before(norm, lo, pos)
        while i < pos and norm[i] in "）、":
            i += 1
        if i < pos and norm[i] in "日号" and i > lo and norm[i - 1].isdecimal():
            i += 1  # the day of a date before the name, the blank between lost (…6日某局)
        if i == pos:
            return None
        if after_start and i == start and not _NOT_AUTHORITY.search(norm, i, pos):
            # (exact: from start, no pieces before it are read, and _authority_in gives i or
            # None but after a document's kind, a word of no authority: 统计表|某县某局)
            return None
        found = self._authority_in(i, pos)
        # an office's ending alone after the gap (某县人民政府 办公室): the whole authority
        # before it is its name's head, a stray blank between, not a signer of its own
        tail = found == i and _office_tail(norm[i:pos])
        while i > start and self.gap(i) and pos - i < MAX_AUTHORITY:
            j = i
            while j > start and _CJK_CHAR.match(norm[j - 1]) and not (j < i and self.gap(j)):
                j -= 1
            piece = norm[j:i]
            if tail:
                tail = False
                if AUTHORITY_LINE.match(piece) and not _NOT_AUTHORITY.search(piece):
                    found = i = j
                    continue
            if (
                not piece
                or (
                    i - j > MAX_NAME_PIECE
                    and not (j == start and _PLACE_FIRST.match(piece))
                    and _AUTONOMOUS_PLACE.fullmatch(piece) is None
                    and not (
                        # run on after the last sentence (…特此答复。宜和市文化广电 和旅游局):
                        # read as opening its line, the tail read whole so far, or an
                        # office's ending alone (…。甲山县教育 局: left61a)
                        (found == i or _office_tail(norm[i:pos]))
                        and j > start
                        and self.before(j) in _PARAGRAPH_END
                        and _name_tail(piece, norm[i:pos])
                    )
                )
                or AUTHORITY_LINE.match(piece)
                or _NOT_AUTHORITY.search(piece)
                or self.before(j) == "："  # a label's value (联系人：王明 某局)
                or _CLASS_MARK_END.search(norm, max(start, j - 2), i) is not None  # (A类 某局)
                or (norm[j] in "日号" and j > start and norm[j - 1].isdecimal())  # (…6日 某局)
            ):
                return None if self._named_in_sentence(j, found, pos) else found
            i = j
            if self._authority_in(i, pos) == i:
                found = i
            elif self._named_in_sentence(i, found, pos):
                return None
        return found

    def _named_in_sentence(self, head: int, name: int | None, end: int) -> bool:
        """Whether the authority at ``norm[name:end]``, after a stray blank, is the rest of
        an office's name that a sentence from ``head`` names (``已转交县文化 和旅游局``,
        ``现转请市水利 管理局``: a verb of handing over or asking, or a preposition, before
        it): it opens no name of its own (no level, no place: :data:`_PLACE_OPENS`), so it
        signs nothing (left61a: the tail after the blank signed)."""
        norm = self.norm
        if name is None or name <= head or _PLACE_OPENS.match(norm, name) is not None:
            return False
        whole = norm[head:end]
        return AUTHORITY_LINE.match(whole) is not None and names_in_sentence(whole)

    def _brand_glued_before(self, name: int, end: int, start: int) -> int | None:
        """Where a mirror's brand starts that is glued, no blank between, before the
        authority read at ``name`` (ending at ``end``), its marks telling its end
        (:func:`~replyparse.orgnames.glued_brand_end`: ``xy365某某_某某app下载公安局``), after
        a sentence's end or the line's start: the signer's line is the two, as the
        signature reads them (fix113); None where none stands there."""
        norm = self.norm
        lo = max(start, name - SITE_NAME_LONGEST)
        j = name
        while j > lo and SITE_CHAR.match(norm, j - 1) and not self.gap(j):
            j -= 1
        for k in range(j, name):
            if (k == start or self.before(k) in _SENTENCE_END) and glued_brand_end(norm[k:end]):
                return k
        return None

    def _brand_before_date(self, date: int, start: int) -> int | None:
        """Where a web site's name or a mirror's brand (:func:`~replyparse.orgnames.
        site_or_marked_brand`: ``某某博彩app``) starts that a spam mirror glued, no blank
        between, before the date at ``date`` where the signer stood, opening the line or
        after a sentence's end (``…发展。某某博彩app2024年8月28日``): the line over the date,
        as the letter's lines keep it (the signature reads it, the brand no one's name);
        None where none stands there."""
        norm = self.norm
        if date <= start or (norm[date - 1] not in SPAM_LAST and norm[date - 1] not in MARK_LAST):
            return None  # (every site's name or brand ends so: most dates have none before)
        lo = max(start, date - SITE_NAME_LONGEST)
        j = date
        while j > lo and SITE_CHAR.match(norm, j - 1) and not self.gap(j):
            j -= 1
        for k in range(j, date - 1):
            if (k == start or self.before(k) in _SENTENCE_END) and site_or_marked_brand(
                norm[k:date]
            ):
                return k
        return None

    def _site_before(self, name: int, start: int) -> int | None:
        """Where a web site's name (:data:`~replyparse.orgnames.SITE_NAME`) or a mirror's
        brand (:func:`~replyparse.orgnames.spam_name`: 大发体育投注) starts that a spam mirror
        set one blank before the authority at ``name`` where the place stood (``某某官网
        教育局``), opening the line or after a sentence's end or a gap; None where none
        stands there. The signature reads the two (the page's name before an authority that
        names its place, the mirror's words in the place's stead before one that names none,
        neither signing then: spam60), so no cut parts them, as none does over the date
        (:meth:`_one_unit_apart`)."""
        norm = self.norm
        if name - 2 <= start:
            return None
        i = name - 1 if norm[name - 1] == " " else name
        if norm[i - 1] == "）" and not self.gap(name):
            # the name read from the site's words after its bracketed note (某某(中国)官方网站
            # 教育局: a stray blank, read into the name): the site's name runs on into it
            word = _SITE_WORD_END.match(norm, name, min(len(norm), name + SITE_NAME_LONGEST))
            if word is None:
                return None
            i = word.end()
        elif not self.gap(name) or (norm[i - 1] not in SPAM_LAST and norm[i - 1] not in MARK_LAST):
            return None  # (every site's name or brand ends so: most signers have none)
        lo = max(start, i - SITE_NAME_LONGEST)
        j = i
        while j > lo and SITE_CHAR.match(norm, j - 1) and not (j < i and self.gap(j)):
            j -= 1
        if j > start and not (self.before(j) in _SENTENCE_END or self.gap(j)):
            return None  # (words of a sentence before it, or a run longer than a site's name)
        return j if site_or_marked_brand(norm[j:i]) else None

    def _may_end_name(self, pos: int, start: int) -> bool:
        """Whether an authority's name may end at ``pos`` after ``start``: a name's
        character stands before it (where none does, :meth:`_authority_before` finds no
        name, so a caller that needs one may stop)."""
        return pos > start and _AUTHORITY_CHARS.match(self.norm, pos - 1) is not None

    def _document_kind_ends(self, pos: int, start: int) -> bool:
        """Whether an attachment's title ends right before ``pos`` (…明细表|某局)."""
        if pos <= start or self.norm[pos - 1] not in _DOCUMENT_KIND_LAST:
            return False
        return any(
            m.end() == pos
            for m in _DOCUMENT_KIND.finditer(
                self.norm, max(start, pos - _DOCUMENT_KIND_LONGEST), pos
            )
        )

    def _maker_note_ends(self, pos: int, start: int) -> bool:
        """Whether a form's maker note (:data:`_MAKER_NOTE`, ``某局制``) ends right before
        ``pos``, its maker's name right after an attachment's title (…此复。附：《某某征询意见
        表》某局制某局2024年5月10日, a closing flattened with nothing between its lines): the
        note is the form's footer, and the name after it opens the signer's line."""
        made = _MAKER_NOTE_END.search(self.norm, max(start, pos - 2), pos)
        if made is None:
            return False
        maker = self._authority_before(made.start(), start)
        return maker is not None and (
            self._attached_title_ends(maker, start) or self._document_kind_ends(maker, start)
        )

    def _attached_title_ends(self, pos: int, start: int) -> bool:
        """Whether an attachment's title in book-title marks, the value of the attachment's
        label (附：, 附件：, an item's number after it or not; several so listed), ends right
        before ``pos`` (…此复。附：《某某征询意见表》某局2024年5月27日, a closing flattened
        with nothing between its lines): its closing mark ends the value whatever the title's
        last word, as a kind word ends one written bare (:meth:`_document_kind_ends`)."""
        norm = self.norm
        for _ in range(_ATTACHED_TITLES_MOST):
            if pos <= start or norm[pos - 1] != "》":
                return False
            opening = norm.rfind("《", max(start, pos - _ATTACHED_TITLE_LONGEST), pos - 1)
            if opening < 0 or any(c in "》\n" for c in norm[opening + 1 : pos - 1]):
                return False
            if _ATTACHMENT_LABEL_BEFORE.search(norm, max(start, opening - 12), opening):
                return True
            item = _ATTACHED_ITEM_BEFORE.search(norm, max(start, opening - 8), opening)
            if item is None:
                return False
            pos = item.start() + 1  # the title listed before it (附件：1.《甲表》2.《乙表》)
        return False

    def _authority_in(self, i: int, pos: int) -> int | None:
        """``i`` when ``norm[i:pos]`` is an authority's name; else where one starts after a
        document's kind that a glued attachment line ended with (…统计表某县农业农村局)."""
        name = self.norm[i:pos]
        if "制" in name and (made := _MAKER_NOTE.search(name)) is not None:
            # (an attached form's maker note glued before the signer, 附：《…》某局制某局: the
            # note is the form's, the name after it signs; left71)
            rest = name[made.end() :]
            if (
                len(rest) >= MIN_AUTHORITY
                and AUTHORITY_LINE.match(rest)
                and AUTHORITY_LINE.match(name[: made.start()])
                and not _NOT_AUTHORITY.search(rest)
            ):
                return i + made.end()
        if AUTHORITY_LINE.match(name) and not _NOT_AUTHORITY.search(name):
            # (a sentence naming an office, 详询某县教育局, 资金由某县财政局, is none)
            return None if names_in_sentence(name) else i
        if not _NOT_AUTHORITY.search(name):
            return None
        for m in reversed(list(_DOCUMENT_KIND.finditer(name))):
            rest = name[m.end() :]
            if len(rest) >= MIN_AUTHORITY and AUTHORITY_LINE.match(rest):
                return None if _NOT_AUTHORITY.search(rest) else i + m.end()
        return self._after_thanks(i, pos)

    def _after_thanks(self, i: int, pos: int) -> int | None:
        """Where an authority's name ending at ``pos`` starts right after the reply's
        closing sentence, its full stop lost (``感谢您对我们工作的支持某县某局``, ``再次感谢您的
        关注某局``): the first place in ``norm[i:pos]`` after which the rest is a name of no
        sentence's words and before which the words end that sentence; None when none."""
        norm = self.norm
        line = norm.rfind("\n", 0, i) + 1
        for m in _THANKS_LAST.finditer(norm, i, pos - MIN_AUTHORITY):
            rest = norm[m.end() : pos]
            if (
                rest[0] not in "和与及、并"  # (…的关心和支持某局: the sentence goes on)
                and AUTHORITY_LINE.match(rest)
                and not _NOT_AUTHORITY.search(rest)
                # (the sentence's words from its line's start: a quote inside it, 请在“某某”
                # 平台进行评价, ends the name's run before them, not the sentence)
                and _THANKS.search(norm, max(line, m.end() - MAX_AUTHORITY), m.end()) is not None
            ):
                return m.end()
        return None

    def _thanks_end(self, pos: int, start: int) -> bool:
        """Whether the reply's closing sentence ends right before ``pos`` (…的支持|某局)."""
        return _THANKS.search(self.norm, max(start, pos - MAX_AUTHORITY), pos) is not None

    def signer_above_date(self, line: Line, start: int, below: Line) -> int | None:
        """Where the signing authority starts that ends ``line`` after its last sentence,
        when the next line, ``below``, is the date (a copy, or a PDF's lines, joined the
        authority's line to the paragraph above it: ``…宝贵意见。某县水务局`` /
        ``2019年7月15日``)."""
        if not self._may_end_name(line.end, start):
            return None
        if level_menu(self.norm[line.start : line.end]):
            return None  # a page's menu of the place's bodies (市委 市政府 市人大): no signer
        # the name first, then the date: a cut needs both, each is read alone (the same
        # answer in either order), and most lines above a date hold the signer's name
        # alone, from the line's start, which is no cut: the date is not read for them
        name = self._authority_before(line.end, start, after_start=True)
        if name is None or name <= start:
            return None
        name = self._spaced_name_start(name, line.end, start)
        date = _SIGNED_DATE.match(self.norm, below.start, below.end)
        if date is None:
            return None
        if date.group("damaged") is not None and date.end() != below.end:
            return None  # a damaged date only alone on its line (2021830)
        after = date.end()
        # (a wiki-style mirror's citation marks glued after it end its line as well: 2007年
        # 5月24日[1], as the closing reads it)
        ends = (
            after == below.end
            or self.gap(after)
            or (self.norm[after] == "[" and footnote_start(self.norm[after : below.end]) == 0)
        )
        if not (ends or _CC_LABEL.match(self.norm, after) or _LABEL.match(self.norm, after)):
            return None  # the date opens a sentence of the line below
        if self._one_unit_apart(line, name):
            return None  # authorities one blank apart: the signature reads them, as beside the date
        # joint signers run on after the last sentence, one blank apart, each a name whole
        # or a stray blank inside it (…。某县公安局 某县交通局, …。某县教 育局 某县财 政局),
        # or a wide gap apart over one date: read back to the first, as with the date on
        # their line (_signature_cuts), the line cut before it (left61a: the last was cut
        # off alone); side by side over a row of their dates, signers_beside cuts each off
        wide = not self._dates_row(below.start, below.end)
        first = name
        while (
            self.gap(first)
            and (wide or not self._wide_gap(first))
            and (before := self._authority_before(first, start)) is not None
            and before > start
        ):
            first = before
        if first != name and (
            self.before(first) in _PARAGRAPH_END or self._thanks_end(first, start)
        ):
            # (after a sentence's full stop, no ；: a broken &nbsp; a copy left before a
            # signer's line ends so, &nb某sp； 某某 某局  某局, its junk no signer's)
            name = first
        prev = self.before(name)
        # digits opening the line are the unit's number, part of its name (101团…)
        numbered = self.norm[line.start : name].isdigit()
        return (
            name
            if prev in _SENTENCE_END
            or (prev.isdigit() and not numbered)
            or self.gap(name)
            or self._thanks_end(name, start)
            else None
        )

    def _wide_gap(self, pos: int) -> bool:
        """Whether the gap before ``norm[pos]`` is a wide one (:data:`SIGNER_GAP`: two blanks
        or more, a tab, an ideographic space), which parts two signers."""
        view = self.view
        return (
            SIGNER_GAP.search(view.original, view.origin[pos - 1] + 1, view.origin[pos]) is not None
        )

    def _spaced_name_start(self, name: int, end: int, start: int) -> int:
        """Where the authority at ``norm[name:end]`` starts when it is letter-spaced to fill
        its cell (``某  县  财  政  局``, each character a gap apart): the single characters a
        gap apart before it are its own too (its place, 某), so no cut parts them (left57a:
        an earlier round cut ``承办单位：某`` off ``县财政局``). ``name`` for any other. A
        note in brackets that names the person who handled it, glued after the last
        character (``某 县 财 政 局（王某某）``), is no part of the spacing (review57e)."""
        norm = self.norm
        if norm[end - 1] in "）)" and (note := person_note_start(norm[name:end])) is not None:
            end = name + note
        if end - name < 2 or not all(self.gap(i) for i in range(name + 1, end)):
            return name
        while (
            name - 1 > start
            and self.gap(name)
            and _CJK_CHAR.match(norm, name - 1)
            and (self.gap(name - 1) or not _CJK_CHAR.match(norm, name - 2))
        ):
            name -= 1
        return name

    def signers_beside(self, signer: int, start: int, below: Line) -> list[_Cut]:
        """The cuts before each signer of a row set side by side, wide gaps apart, when the
        line ``below`` is a row of their dates (``某县财政局    某县教育局    某县水利局`` over
        ``2024年5月10日    2024年5月11日    2024年5月12日``): a line each, as the last is cut off
        at ``signer``, so each signer stands over its own date as two side by side do (the
        letter dated by the last). None where one date stands below (the row kept as read)."""
        view = self.view
        if not self._dates_row(below.start, below.end):
            return []
        out: list[_Cut] = []
        s = signer
        while s > start and self.gap(s):
            if SIGNER_GAP.search(view.original, view.origin[s - 1] + 1, view.origin[s]) is None:
                break  # (one blank may sit inside a name: a wide gap parts two signers)
            name = self._authority_before(s, start)
            if name is None or name <= start:
                break
            out.append(_Cut(name, True))
            s = name
        return out

    def _one_unit_apart(self, line: Line, name: int) -> bool:
        """Whether ``line`` (over the date), authorities one blank apart ending with the one
        at ``name``, is left whole: the signature reads its pieces as it reads them beside the
        date, one reading (joint departments, 生态环境部 发展改革委, 甲县财政局 教育局; a unit
        and its part, 甲市生态环境局 乙县分局, 某县教育局 财务科: one name), so no cut here,
        where every authority after a blank was cut off as a second signer. A wide gap parts
        two signers: cut."""
        view = self.view
        origin, original = view.origin, view.original
        if name <= line.start or original[origin[name - 1] + 1 : origin[name]] != " ":
            return False  # (a wide gap parts two signers)
        if SIGNER_GAP.search(original, origin[line.start], origin[name - 1] + 1) is not None:
            return False  # (…  甲局 乙局: the pieces a wide gap parts are cut as before)
        first = self.norm[line.start : name].strip()
        # (a sentence's words before it, 感谢某县教育局 办公室, no authority: cut as before)
        # (nor a site's name a spam mirror set where the place stood, 某某官方网站 教育局: the
        # signature reads the line whole, as the same line beside the date)
        if (
            AUTHORITY_LINE.match(first) is None and not site_or_marked_brand(first)
        ) or _NOT_AUTHORITY.search(first):
            return False
        if not any(view.lines[i].text for i in range(line.index)):
            # the text's first line, no letter above it (a snippet of names over a date): no
            # signature's closing to read it in, the cut as before (a branch kept whole)
            return one_unit_apart(self.norm[name : line.end].strip())
        return True

    def _publisher_cell_over(self, name: int, start: int) -> int | None:
        """Where a page's publisher cell's label (``来源：``, ``发布机构：``) glued right before
        the signer's name at ``name`` starts: the name is the cell's value, the page's, and
        the label and it one line, as where the page kept its lines (mend74b)."""
        before = _PUBLISHER_CELL_BEFORE
        label = before.pattern.search(self.norm, max(start, name - before.reach), name)
        return label.start() if label is not None else None

    def _publisher_cell_dated(self, date: int, start: int) -> bool:
        """Whether the date at ``date`` is glued after a page's publisher cell's value, a
        body's name, on the line from ``start`` (``来源：某局2099年5月9日``): under a date that
        signed, the page's row, the date its own (tail76)."""
        norm = self.norm
        colon = norm.rfind("：", max(start, date - _PUBLISHER_VALUE_LONGEST), date)
        if colon < 0 or not _BODY_VALUE.fullmatch(norm, colon + 1, date):
            return False
        before = _PUBLISHER_CELL_BEFORE
        return (
            before.pattern.search(norm, max(start, colon + 1 - before.reach), colon + 1) is not None
        )

    def _signature_cuts(self, start: int, end: int, closing: set[int]) -> list[_Cut]:
        """The signing authority (or several, apart by gaps) and the date after the last
        sentence, at the end of the line or before a closing element: ``…。 某局 2019年7月
        15日``, with a seal note between, the date alone, or the date first."""
        norm = self.norm
        out: list[_Cut] = []
        row: bool | None = None  # whether the line is a row of dates: asked once a line
        for m in self.signed_dates(start, end):
            d0, d1 = m.span()
            damaged = m.group("damaged") is not None
            if norm.startswith("印发", d1) or (damaged and _DIGIT_AROUND.match(norm, d1)):
                continue
            if out and (
                self._publisher_cell_dated(d0, start)
                or _LINK_BEFORE_DATE.search(norm, max(start, d0 - _LINK_REACH), d0) is not None
            ):
                # (the page's row after the date that signed: its date its own; so is a link
                # to another article, its date after its title: …上一篇：关于…的答复 2099年5月2日)
                continue
            after = self.skip_space(d1)
            if after < end and norm[after] in "（(星礼":
                # a seal note or a joint reply's note after the date: its line's (…2024年6月12日
                # （联合答复）); so is a weekday, bare too (…2024年6月12日 星期三)
                note = _NOTE_AFTER_DATE.match(norm, after, end)
                after = self.skip_space(note.end()) if note is not None else after
            if after < end and norm[after] == "[" and footnote_start(norm[after:end]) == 0:
                # a wiki-style mirror's citation marks glued after it, to the line's end
                # (…。某局二〇〇七年五月二十四日[1]): they end its line, as the closing reads them
                after = end
            signers: list[int] = []
            trailing: list[int] = []
            noted: list[int] = []  # a joint reply's note between the signers and the date
            marks: list[int] = []
            runs_on = False
            if after < end and after not in closing and _BARE_LABEL.match(norm, after) is None:
                # (a bare label glued after the date, …2021830联系人及电话…, is a closing
                # element as one with its colon is)
                marks = self._marks_to_end(after, end)
                if marks:
                    closing = closing | set(marks)  # 2024年5月10日  （B类）  同意公开
                elif row or (row is None and (row := self._dates_row(start, end))):
                    # joint signers side by side, each date under its name: a line that is a
                    # row of dates (2024年5月10日    2024年5月11日    2024年5月12日), each one
                    # a line of its own as each of two is; no page chrome run on after a date
                    pass
                elif self._tools_to_end(after, end):
                    # the page's tools glued after the date to the line's end (…某局2024年
                    # 5月10日关闭返回顶部, …。2024年5月10日我要写信): the page's run on, no
                    # authority after the date (its 部 no office's), as past a gap (left72b)
                    runs_on = True
                elif (named := self._authority_after(after, end, closing)) is not None and (
                    not damaged
                    or self._opens_closing(d0, start)
                    or (d0 == start and self._own_figures_date(m, start, end))
                ):
                    # the date first, the authority after it (a damaged date only right
                    # after a sentence: …空调。 2022726 某局  联系电话：…)
                    trailing.append(after)
                elif not (
                    self.gap(after)
                    or _GLUED_WORD_LABEL.match(norm, after, end)
                    or (not damaged and self._page_glued_after(after, end))
                ):
                    continue
                else:
                    # past a gap, something the letter does not close with: a flattened
                    # page's chrome run on after the signature, or labels the closing
                    # reader does not know (…。 某局 2021年8月20日 本站部分信息…): the
                    # signature still, when its signer stands after a sentence or a gap;
                    # glued, such a run opens with a word and its colon (…某局20220916附件
                    # 下载：…, a page flattened with nothing between its lines)
                    runs_on = True
            named_by = 0  # (where a contact's name glued before the signer ends, if one is)
            if not marks and not trailing:
                s = d0
                seal = SEAL_NOTE.search(norm, max(start, d0 - 8), d0)
                if seal is not None:
                    s = seal.start()
                elif d0 > start and norm[d0 - 1] in "）)":
                    # a joint reply's note between its signers and the date: 某局某局（联合答复）
                    note = JOINT_NOTE_END.search(norm, max(start, d0 - JOINT_NOTE_LONGEST), d0)
                    s = note.start() if note is not None else s
                elif d0 > start and norm[d0 - 1] in _BARE_JOINT_LAST:
                    # …written bare, a line of its own: 某局  某局  联合答复  2024年6月12日
                    note = _BARE_JOINT_END.search(norm, max(start, d0 - _BARE_JOINT_LONGEST), d0)
                    if note is not None and note.start() > start:
                        s = note.start()
                        noted.append(s)
                if s == d0 and (mark := self._mark_before(d0, start)) is not None:
                    # a class mark or a publication value between the signer and the date:
                    # 某局 （A类） 2024年6月12日, a line of its own
                    s = mark
                    noted.append(s)
                while (name := self._authority_before(s, start)) is not None:
                    signers.insert(0, name)
                    s = name
                    if not (s > start and self.gap(s)):
                        break
                if signers and (site := self._site_before(signers[0], start)) is not None:
                    signers[0] = site  # 某某官网 教育局 2024年…: the signature reads the two
                elif (
                    len(signers) == 1
                    and (brand := self._brand_glued_before(signers[0], d0, start)) is not None
                ):
                    signers[0] = brand  # 。xy365某某_某某app下载公安局2024年…: the two (fix113)
                elif not signers and (brand := self._brand_before_date(d0, start)) is not None:
                    signers.append(brand)  # 。某某博彩app2024年…: in the signer's place (fix129)
                # (run on after the sentence only: a line that opens with the list or the
                # signer and its person is cut at its date as before)
                if signers:
                    signers[0] = self._listed_head(signers[0], start)
                    if (named_by := self._person_before_signer(signers[0], d0, start)) > 0:
                        signers[0] = named_by
                elif (d1 >= end or self.gap(d1)) and (
                    person := self._signer_with_person(d0, start)
                ) is not None:
                    # (a date that ends its line or stands before a gap: a body's date in
                    # its sentence, 于2024年5月6日召开, is not read back)
                    signers.append(person)
            if damaged and (
                (
                    not signers
                    and not trailing
                    and not (d0 == start and self._signer_line_above(start))
                    and not self._figures_date_alone(m, start, after, end, closing)
                )
                or (d0 > 0 and norm[d0 - 1].isdigit())
            ):
                continue  # a damaged date counts only under its signer (on its line or above)
            signers = [
                part for a in signers for part in self._joint_signers(a, noted[0] if noted else d0)
            ]
            if runs_on and not (signers and empty_box(norm[after:end].strip())):
                # run on: under a signer after the closing sentence, or the date alone right
                # after it (:meth:`_dated_alone_after_closing`); an article's empty box of
                # attachments alone after the date (…某局 2024年5月6日 附件下载：) is the
                # page's, which tells the signature as the line's end does (left64)
                closes = (
                    self._closes_before(signers[0], start, closing)
                    or self._labelled_after_sentence(signers[0], start, closing)
                    if signers
                    else self._dated_alone_after_closing(d0, after, start, end)
                ) or self._label_ends_letter(signers[0] if signers else d0, after, end)
                if not closes:
                    continue
            parts = [*signers, *(noted if signers else ()), d0, *trailing]
            if signers and parts[0] > start and norm[parts[0] - 1] in _SEAL_LEAD_CLOSERS:
                # a seal note the copy set over the name, before it: 。 〔印章〕某局 2024年…
                seal = SEAL_NOTE.search(norm, max(start, parts[0] - 8), parts[0])
                parts[0] = seal.start() if seal is not None else parts[0]
            if signers and (cell := self._publisher_cell_over(parts[0], start)) is not None:
                parts[0] = cell  # (来源：某局2024年…: the page's cell, its label with it)
            first = parts[0]
            if first > start:
                prev = self.before(first)
                if signers:
                    joint = (
                        named_by > 0
                        or prev in _SENTENCE_END + "："
                        or self.gap(first)
                        or prev.isdigit()
                        or (prev in "*＊" and _MASKED_WHOLE.search(norm, start, first) is not None)
                        or self._document_kind_ends(first, start)
                        or self._attached_title_ends(first, start)
                        or (prev == "制" and self._maker_note_ends(first, start))
                        or self._thanks_end(first, start)
                    )
                else:  # the date alone, or first: after a sentence, not after a label
                    joint = (
                        prev in _SENTENCE_END
                        or (self.gap(first) and prev != "：")
                        or _MOBILE_BEFORE.search(norm, max(start, first - 11), first) is not None
                        or any(first - MAX_VALUE <= c < first for c in closing)
                        or self._name_row_before(start, first, prev)
                    )
                if not joint:
                    continue
            out += [_Cut(first, first > start), *(_Cut(p) for p in parts[1:])]
            if (
                trailing
                and d0 == start
                and (not damaged or self._own_figures_date(m, start, end))
                and self._own_last_line(start, end)
                and names_authority(norm[trailing[0] : named])
            ):
                # the letter's own last line, its date first and its authority after a gap
                # (2017-05-03 政府办, 2024年5月10日 某县交通局): the authority signs, as on
                # the line under the date (left61a: a line of an intact letter, no cut was
                # made and nothing signed); a name as the closing reads one over the date,
                # no sentence's words in it (2024年5月10日 县交通局牵头召开了协调会: a body's
                # last sentence, review61c)
                out.append(_Cut(trailing[0], True))
            if after < end and not trailing:
                out.append(_Cut(after, True))  # a closing element on the date's line
                out += [_Cut(p) for p in marks[1:]]  # each mark a line of its own
        return out

    def _own_last_line(self, start: int, end: int) -> bool:
        """Whether ``norm[start:end]`` is the letter's last line, a whole line with lines of
        the letter above it (a one-line text, or a page's row of its date and the authority
        that posted it at the top, is no closing)."""
        return end == self.last_end and len(self.lines) > 1 and start == self.lines[-1].start

    def _own_figures_date(self, m: re.Match[str], start: int, end: int) -> bool:
        """Whether the signed date ``m`` is one in figures (2017-05-03, 2017.5.3) opening
        the letter's own last line (:meth:`_own_last_line`): a whole date, as its authority
        after it shows (read as damaged elsewhere, a figures' run being a code as often)."""
        figures = _FIGURES_DATE_WHOLE.fullmatch(m.group()) is not None
        return figures and self._own_last_line(start, end)

    def _dates_row(self, start: int, end: int) -> bool:
        """Whether ``norm[start:end]`` is a row of whole signed dates and blanks alone, two or
        more (the dates of joint signers side by side, a line of their own under the names;
        not dates a table's bar parts, nor a date with words after it)."""
        norm, pos, dates = self.norm, start, 0
        while pos < end:
            m = _SIGNED_DATE.match(norm, pos, end)
            if m is None or m.group("date") is None or (dates and not self.gap(pos)):
                return False
            dates += 1
            pos = m.end()
            while pos < end and norm[pos] == " ":
                pos += 1
        return dates > 1

    def _listed_head(self, name: int, start: int) -> int:
        """Where a list of signers starts whose last, at ``name``, follows a list's
        semicolon or comma (``…的支持。某县财政局；某县教育局 2024年5月6日``, ``…。某县教育局，
        某县财政局 2024年5月6日``: a joint reply's signers listed on their line, as the
        signature reads them there, run on after the last sentence): each name before a
        ``；`` or a ``，`` back to one that opens after a sentence end, a gap or the thanks;
        ``name`` itself when no such list stands there (a body's items that end with ``；``,
        a sentence naming a body before it, 资金由某县财政局，) or the list opens the line
        with ``；`` (cut after it, which the signature reads as a list wrapped there); the
        line's start when it opens the line with a comma (``某县教育局，某县财政局 2024年…``:
        the date cut off, the list a line of its own as a tidy letter writes it)."""
        norm = self.norm
        head = name
        comma = False
        while head - 1 > start and norm[head - 1] in "；;，,":
            comma = comma or norm[head - 1] in "，,"
            before = self._authority_before(head - 1, start)
            if before is None or not (
                norm.startswith(norm[name : name + 2], before)
                or _SHORT_PLACE_FIRST.match(norm, before) is not None
            ):
                # (each signer of a list is named whole, by its place: the same as the last's
                # or a place's short name, 某县财政局；某县教育局; a sentence's words before
                # a body's name, 资金由某县财政局；, are no signer's)
                return name
            head = before
            prev = self.before(head)
            if head == start:
                # (the line opens with the list: cut after its ； as before; a comma's list
                # is no sentence's end to cut after, so the line is cut at the date alone)
                return start if comma else name
            if prev in "。！？!?" or self.gap(head) or self._thanks_end(head, start):
                return head
        return name

    def _signer_with_person(self, pos: int, start: int) -> int | None:
        """Where a signer's name starts that ends before ``pos`` (the date) with the person
        who signed glued after it, a seal's or a hand's note after him or between (``…的
        支持。某县教育局李某某（盖章） 2024年5月6日``, ``…。某县教育局李某某 2024年…``): the
        line the signature reads as the authority, the person and the note none of its
        name (:func:`glued_person_start`, :func:`sealed_person_start`), run on after the
        last sentence; None when no such line stands there (a sentence naming a person)."""
        norm = self.norm
        end = pos
        while end > start and norm[end - 1] in _SEPARATORS:
            end -= 1
        if end <= start or not (_CJK_CHAR.match(norm, end - 1) or norm[end - 1] in "）)〕]］】"):
            return None  # (a person's name or a note's bracket ends such a line)
        a, b = max(start, end - MAX_AUTHORITY), end
        for _ in range(2):  # (a blank between the authority and the person: one back more)
            q = self._bounded_start(a, b, start)
            if q is None or q >= end or q == start:
                return None  # (a line that opens with the signer: its date cut as before)
            text = norm[q:end].replace(" ", "")
            if (
                not _NOT_AUTHORITY.search(text)
                and (glued_person_start(text) or sealed_person_start(text)) is not None
            ):
                return q
            b = q
        return None

    def _figures_date_alone(
        self, date: re.Match[str], start: int, after: int, end: int, closing: set[int]
    ) -> bool:
        """Whether ``date``, a date in figures with its separators (2099-7-21, 2099.7.21),
        stands alone between the last sentence and a closing element or the line's end
        (…的关心和支持。2099-7-21承办负责人：…): a letter signed by no name puts its date
        under the last paragraph, and a copy flattened with nothing between its lines glues
        it there. Year, month and day written whole are a date, not a figure that lost its
        年月日 (2022726, which counts only under its signer)."""
        d0, d1 = date.span()
        return (
            d0 > start
            and _FIGURES_DATE_WHOLE.fullmatch(self.norm, d0, d1) is not None
            and self.before(d0) in _PARAGRAPH_END
            and (after >= end or after in closing)
        )

    def _person_before_signer(self, signer: int, d0: int, start: int) -> int:
        """Where the signer read at ``signer`` (its date at ``d0``) begins after the name of
        a contact it was read with, right after a contact's person label and its colon
        (…联系人：李某某县某某局2024年5月10日, a closing flattened with nothing between its
        lines), or a leader's who signed or answers for the reply (…责任人：李某某县某某局
        2024年…, 签发人：, 分管领导：; left72b): the person's name glued before the unit, as
        the contacts read a unit in a person's slot
        (:func:`replyparse.fields.contacts.person_then_office`), and the unit signs. 0 where
        no such name stands there."""
        norm = self.norm
        if signer <= start or norm[signer - 1] != "：" or d0 - signer > _PERSON_AND_UNIT_LONGEST:
            return 0
        label = _LABEL_BEFORE_COLON.search(norm, max(start, signer - MAX_LABEL - 1), signer)
        if label is None or label.group("label") not in _NAME_ROW_LABELS:
            return 0
        from replyparse.fields.contacts import person_then_office  # (its tagger: rare)

        cut = person_then_office(norm[signer:d0])
        return signer + cut if cut else 0

    def _labelled_after_sentence(self, pos: int, start: int, closing: set[int]) -> bool:
        """Whether the signer at ``pos`` is the value of a closing label that opens the
        closing right after the last sentence (…作用。承办单位：某局2024年7月8日…): the
        label, like the reply's closing sentence, says the closing has begun. So is one glued
        after such a label's value that an attachment's title ends (…作用。附件：某标识牌照片
        某局2024年7月8日…, :meth:`_document_kind_ends`; fix102): the title is the value."""
        if pos > start and self.before(pos) != "：" and self._document_kind_ends(pos, start):
            colon = self.norm.rfind("：", max(start, pos - MAX_VALUE), pos)
            if colon >= 0 and not any(c in _SENTENCE_END for c in self.norm[colon:pos]):
                pos = colon + 1
        if pos <= start or self.before(pos) != "：":
            return False
        return any(
            pos - MAX_LABEL - 1 <= c < pos and self._opens_closing(c, start) for c in closing
        )

    def _page_glued_after(self, after: int, end: int) -> bool:
        """Whether the words glued right after a whole signed date at ``after`` may be a
        page's text run on after the letter (…支持。某局2024年7月8日网站地图…, …2024年7月8日
        Copyright…): a web copy flattened with nothing between its lines glues the page's
        footer to the date under the signer. A date a sentence goes on from (…日起，…日前，
        …日召开) is not. The caller counts it only under a signer standing after the reply's
        closing sentence (:meth:`_closes_before`), the evidence that this is the signature."""
        return after < end and _DATE_GOES_ON.match(self.norm, after) is None

    def _opens_closing(self, pos: int, start: int) -> bool:
        """Whether ``pos`` stands right after a sentence's end, past a gap or not."""
        i = pos
        while i > start and self.norm[i - 1] in _SEPARATORS:
            i -= 1
        return i > start and self.norm[i - 1] in _SENTENCE_END

    def _dated_alone_after_closing(self, d0: int, after: int, start: int, end: int) -> bool:
        """Whether a whole date at ``d0``, no signer before it, stands right after the
        reply's closing sentence with a page's text run on after it (``after``) past a gap
        or glued as a word and its colon (…并提出宝贵建议。 2022年8月18日 标签：留言与评论…):
        the signature's date, as under a signer so run on (decided, signers52: an earlier
        round cut nothing there, and the letter lost its date); a sentence's date right after
        the closing one (…。2022年8月18日市政府…) has no gap nor label after it. A date that
        opens its line (a cut made before it) is read after the sentences over it."""
        if not (
            self.gap(after)
            or _GLUED_WORD_LABEL.match(self.norm, after, end) is not None
            or self._tools_to_end(after, end)
        ):
            return False
        return self._closes_before(d0, start if d0 > start else max(0, d0 - _LAST_SENTENCE), set())

    def _tools_to_end(self, after: int, end: int) -> bool:
        """Whether the words glued after a signed date at ``after`` are the page's tools
        alone to the line's end (``关闭返回顶部``, ``我要写信``:
        :func:`replyparse.chrome.tools_alone`), the line the text's last: a copy flattened
        with nothing between its lines glues the page's buttons under the signature; no
        sentence goes on with them."""
        return end == self.last_end and after < end and tools_alone(self.norm[after:end].strip())

    def _label_ends_letter(self, first: int, after: int, end: int) -> bool:
        """Whether the words glued after a signed date at ``after`` are a page's label
        alone that ends the letter, nothing after its colon (…已开工建设。2024年5月6日相关
        附件：, …某局2024年5月6日附件下载：): the page's box the view emptied, glued under
        the signature where a copy lost its line breaks. No sentence goes on after such a
        date, so it is the signature's, whatever the last sentence says (the rest of the
        run on asks for a closing sentence: a page's text may go on there). Decided,
        review64a: not where the signature's first part at ``first`` is a page cell's value,
        a label's colon right before it (…某局发布日期：2024年5月6日附件下载：, 来源：某局
        2024年…), nor where the words are a lead-in, no label (2024年5月6日各乡进度如下：)."""
        if end != self.last_end or self.before(first) in "：:":
            return False
        label = _GLUED_WORD_LABEL.match(self.norm, after, end)
        return (
            label is not None
            and self.skip_space(label.end()) >= end
            and _LEAD_IN_COLON.search(self.norm, after, label.end()) is None
        )

    def _closes_before(self, pos: int, start: int, closing: set[int]) -> bool:
        """Whether the letter's closing stands right before ``pos``, past a gap or a
        sentence's end: the reply's closing sentence (感谢您对…的支持。, 特此答复), or a closing
        element of the line (联系电话：…)."""
        if pos <= start or not (self.gap(pos) or self.before(pos) in _SENTENCE_END):
            return False
        if any(start <= c < pos for c in closing):
            return True
        i = pos
        while i > start and self.norm[i - 1] in _SEPARATORS + _CLOSERS:
            i -= 1
        if i > start and self.norm[i - 1] in _SENTENCE_END:
            i -= 1
        if self._thanks_end(i, start):
            return True
        # the last sentence opens as a reply's closing one does (感谢…，希望…。, 以上答复…。)
        # (looked for within :data:`_LAST_SENTENCE`: a run longer than that with no
        # sentence's end is no closing sentence, and each date of a long run asks again)
        back = max(start, i - _LAST_SENTENCE)
        k = max(self.norm.rfind(end, back, i) for end in _SENTENCE_END) + 1
        if k == 0 and back > start:
            return False
        k = self.skip_space(max(k, start))
        if (lead := _CLOSING_LEAD.match(self.norm, k, i)) is not None:
            k = lead.end()  # (最后，感谢…: the last point's lead word before the thanks)
        return (
            _CLOSING_OPENER.match(self.norm, k, i) is not None
            or _WISH.fullmatch(self.norm, k, i) is not None
        )

    def _mark_before(self, pos: int, start: int) -> int | None:
        """Where a class mark or a publication value ending right before ``pos`` (a signed
        date; kept spaces between) starts, in its brackets or after a gap (``某局 （B类）
        2024年…``, ``某局 同意公开 2024年…``); None when none stands there."""
        norm = self.norm
        back = pos
        while back > start and norm[back - 1] in _SEPARATORS:
            back -= 1
        if back <= start or norm[back - 1] in _DIGITS:
            return None  # (a mark ends with 类, a value's word or a bracket)
        m = _MARK_BEFORE.search(norm, max(start, back - MARK_REACH), back)
        if m is None or m.start() <= start:
            return None
        at = m.start()
        return at if norm[at] in _OPEN or self.gap(at) else None

    def _marks_to_end(self, pos: int, end: int) -> list[int]:
        """Where each mark starts when ``norm[pos:end]``, after a signed date, is class marks
        and publication values only (``（B类）``, ``A类  同意公开``, ``【主动公开】``, a note
        with the document's head, ``B类  此件主动公开``, a class's
        explanation in brackets after it, ``A类（已解决）``), the first after a gap or in its
        brackets, each next after a gap or in its own: a note set on the date's line (a
        flattened copy, or one the page set beside the date), no part of the signature.
        Empty when it is none."""
        norm = self.norm
        if not (self.gap(pos) or norm[pos] in _OPEN or self._glued_mark(pos)):
            return []  # glued to the date: 2024年5月10日主动公开 is no line a letter writes
        out: list[int] = []
        while pos < end:
            if out and not (self.gap(pos) or norm[pos] in _OPEN):
                return []
            m = _CLASS_MARK.match(norm, pos, end) or _BRACKETED_CLASS.match(norm, pos, end)
            if m is not None:
                stop = m.end()
                # (a class's explanation, 已解决, not a publication value of its own)
                why = _BRACKET_NOTE.match(norm, stop, end)
                if why is not None and not _PUBLIC_VALUE.fullmatch(norm, stop, why.end()):
                    stop = why.end()
            else:
                # a publication value, or its note with the document's head (此件主动公开)
                m = (
                    _PUBLIC_VALUE.match(norm, pos, end)
                    or _NOTE.match(norm, pos, end)
                    or _SAID_NOTE.match(norm, pos, end)
                )
                if m is None:
                    return []
                stop = m.end()
            out.append(pos)
            pos = self.skip_space(stop)
        return out

    def _glued_mark(self, pos: int) -> bool:
        """Whether a class mark or a publication note with the document's head opens at
        ``pos``, glued to a whole date's 日 or 号 (2024年6月1日B类, 2024年6月1日此件主动公开):
        a copy that lost the gap between them. A bare publication value is no such mark
        (2024年6月1日公开 reads as words of a sentence)."""
        norm = self.norm
        return (
            pos > 0
            and norm[pos - 1] in "日号"
            and (
                _CLASS_MARK.match(norm, pos) is not None
                or _NOTE.match(norm, pos) is not None
                or _SAID_NOTE.match(norm, pos) is not None
            )
        )

    def _name_row_before(self, start: int, first: int, prev: str) -> bool:
        """Whether the date at ``first`` is glued to the value of a name row that opens the
        line (联系人：王某2024年5月6日, 签发人：李某2023年4月1日): no such value runs into a
        date, so the date is the letter's own, lost off its line. Not after a digit (a
        phone run into it, 联系人及电话：王某0000-55501232024年…, is one run of digits)."""
        if prev.isdigit() or first - start > MAX_LABEL + MAX_VALUE:
            return False
        m = _LABEL.match(self.norm, start)
        return m is not None and m.group("label").split("及")[0] in _NAME_ROW_LABELS

    def _signer_line_above(self, start: int) -> bool:
        """Whether the line above the one starting at ``start`` is a signing authority alone
        (a damaged date or one in figures opening the line under it is then its date:
        ``某局`` / ``2024.5.10（此件公开发布）``)."""
        i = bisect_left(self._starts, start)
        if i == 0 or i >= len(self.lines) or self._starts[i] != start:
            return False
        name = self.lines[i - 1].text.strip()
        return AUTHORITY_LINE.match(name) is not None and _NOT_AUTHORITY.search(name) is None

    def _joint_signers(self, start: int, end: int) -> list[int]:
        """``[start]``, or the starts of two authorities glued in one signer's place (a
        joint reply: 某市教育局某市财政局), told by the second opening with the first's
        place name (its first two characters) right after an organisation suffix."""
        norm = self.norm
        place = norm[start : start + 2]
        # (each of the two is a name of ``_PAIR_NAME_LONGEST`` characters at most: the second
        # starts that far before ``end`` at the earliest, the first no further from ``start``;
        # a run-on list's head read to its date, thousands of names, was scanned whole for
        # each name of it, quadratic)
        lo = max(start + MIN_AUTHORITY, end - _PAIR_NAME_LONGEST)
        hi = min(end - MIN_AUTHORITY, start + _PAIR_NAME_LONGEST)
        for k in range(lo, hi + 1):
            if (
                norm.startswith(place, k)
                and ORG_END.search(norm, start, k) is not None
                and AUTHORITY_LINE.match(norm[start:k])
                and AUTHORITY_LINE.match(norm[k:end].rstrip(_SEPARATORS))
                and not _NOT_AUTHORITY.search(norm[start:end])
            ):
                return [start, k]
        return [start]

    def _name_run_end(self, pos: int, end: int, closing: set[int]) -> int:
        """Where the run of a name's characters from ``pos`` ends: at the first character of
        none (``MAX_AUTHORITY`` at most, ``end`` at the latest), or earlier where a closing
        element starts or a gap stands inside it."""
        run = _AUTHORITY_RUN.match(self.norm, pos, min(end, pos + MAX_AUTHORITY))
        i = run.end() if run is not None else pos
        # (the fewer asked: the elements, or the run's places of the set, MAX_AUTHORITY at
        # most: each element tested was quadratic on a long line of signatures and cells)
        if len(closing) <= i - pos:
            stops = [c for c in closing if pos < c <= i]
        else:
            stops = [c for c in range(pos + 1, i + 1) if c in closing]
        stops += self.gaps_in(pos + 1, min(i + 1, end))[:1]
        return min(stops, default=i)

    def _authority_after(self, pos: int, end: int, closing: set[int]) -> int | None:
        """The end of an authority's name that starts at ``pos`` and ends the line or
        stands before a closing element (the date-first signature)."""
        i = self._name_run_end(pos, end, closing)
        name = self.norm[pos:i]
        if not AUTHORITY_LINE.match(name) or _NOT_AUTHORITY.search(name) or tools_alone(name):
            return None  # (nor the page's tools, 返回顶部, whose 部 is no office's)
        if self.skip_space(i) < end and self.skip_space(i) not in closing:
            return None
        return i
