"""Segmentation: which lines of a letter are header, title, salutation, body and closing.

The layout works on the content lines of a :class:`TextView`. It knows the shape of a
reply letter (GB/T 9704-2012 letter format and the variants archives hold) and nothing of
the fields inside each part: those are the field modules' business.

    header      版头: issuer mark (``…文件`` or the authority alone), 发文字号, 办理类型,
                是否公开, 签发人, …; also a 发文字号 line under the title or at the very
                end, so the header's lines need not be contiguous
    title       标题, possibly over several lines
    salutation  主送 line, ending with ``：``
    body        正文, numbered sections and closing formulas
    closing     contacts, signature authority, 成文日期, 附注, 抄送, 印发
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from itertools import pairwise
from operator import attrgetter

from replyparse import closing, vocab
from replyparse.chrome import (
    BARE_DOMAIN,
    FORM_END_LABELS,
    REPOST_LEAD_WORDS,
    article_heading_alone,
    article_heading_over_title,
    disclosure_banner,
    keyword_row,
    label_value_over_title,
    menu_cell,
    menu_heading_alone,
    page_label_alone,
    page_label_value,
)
from replyparse.closing import AUTHORITY_DATE_LINE, AUTHORITY_LINE, CC_LINE, DATE_LINE, cc_list_end
from replyparse.elements import (
    CITY_WORD,
    DOC_NUMBER,
    ITEM_CLASS_YEAR_SERIAL,
    ITEM_KIND_AFTER,
    ITEM_REGISTRY_NUMBER,
    ITEM_SERIAL,
    bracket_start,
    cut_title,
    damaged_doc_number,
    is_doc_number_line,
    is_element,
    is_label_line,
    label_words_go_on,
    number_first,
    number_note,
    numbered_heading,
    sent_under,
    serial_rest,
)
from replyparse.flatforms import ROW_HEADS, WRAP_LINES, form_lines, labels_row, values_row
from replyparse.labels import LabelSet, labels_on, opening_label
from replyparse.masks import STAR_MASKS
from replyparse.orgnames import ORG_SUFFIX
from replyparse.textview import CELL_BARS, Line, TextView, cell_spans

__all__ = [
    "AUTHORITY_DATE_LINE",
    "AUTHORITY_LINE",
    "CC_LINE",
    "DATE_LINE",
    "HEADING_WORDS",
    "Layout",
    "cc_list_end",
    "is_header_line",
    "issuer_mark",
    "issuer_mark_at",
    "segment",
    "written_before",
]
"""The closing's line shapes (:mod:`replyparse.closing`) are exported here too."""

# (a middle dot inside the name kept, 中国·某某研究会, as the signer's line keeps it)
_AUTHORITY_NAME = (
    rf"(?:[\u4e00-\u9fff（）()]|(?<=[\u4e00-\u9fff])·(?=[\u4e00-\u9fff])){{2,40}}?"
    rf"(?:{ORG_SUFFIX})"
)
# The mark: an authority's name (the first of a joint reply's, listed with 、 or ，:
# 某县教育局、某县财政局文件), 文件 or 函 (a 信函's header: 某县教育局函) after it or not;
# or any words before 文件.
_ISSUER_MARK = re.compile(
    rf"^(?P<name>{_AUTHORITY_NAME})(?:[、，]{_AUTHORITY_NAME}){{0,2}}(?:文件|函)?$|"
    rf"^(?P<mark>[\u4e00-\u9fff（）()]{{2,40}})文件$"
)
_ISSUER_LAST = frozenset([*(word[-1] for word in vocab.words("org_suffixes")), "件", "函", "\n"])
"""What a line :data:`_ISSUER_MARK` matches ends with: an office's suffix, 文件, 函, or a line
break (``$`` matches before a last one): the gate before it."""
_TITLE_START = re.compile(r"关于|答复|复函|的函$")
# How a reply names itself at its title's end (data/reply_endings.txt; a bare 函 each adds).
_REPLY_ENDINGS = vocab.alternation("reply_endings")
_OPENS_TITLE = re.compile(r"对(?!外)")
_DOC_NUMBERS = re.compile(DOC_NUMBER)
# How the last line of a title ends, when no salutation marks where the title stops (复文:
# the reply as a national body's database names it, ``第0332号提案复文``, ``…提案的复文``:
# after the item's kind word, its number's 号 or 的 only, as a line broken inside a title's
# words may end in 修复文 / 恢复文 before its 物 or 化: review63b).
_TITLE_END = re.compile(rf"(?:{_REPLY_ENDINGS}|函|意见|通知|报告|(?:建议|提案|议案|号|的)复文)$")
# Words of a title line: a header-shaped line holding one stays in the title.
_TITLE_WORDS = re.compile(r"关于|建议|提案|议案|答复$|的函$")
# What an issuer's code never holds and a title's words do (关于…的建议2017〕 is no code).
_TITLE_PHRASE = re.compile(r"关于|的")
_SALUTATION = re.compile(r"^[^。；！？]{2,120}：$")
# A bracket opened at a title line's end and closed on the next line (a PDF wrap).
_OPEN_TAIL = re.compile(r"[（(〔\[［【〖﹝][^（）()〔〕\[\]［］【】〖〗﹝﹞]{0,8}$")
_OPEN_TAIL_LONGEST = 1 + 8 + 1
"""The longest text :data:`_OPEN_TAIL` matches, with the line break ``$`` may stand before."""
_CLOSES = re.compile(r"[）)\]］】〗﹞]$")
# A title never holds a sentence (nor the opening's 如下：): a line with one is body, or a
# 办理单's summary above it.
_PROSE = re.compile(r"。|！|？|收悉|如下：")  # (each branch opens with a character: a quick scan)
_PROSE_LOST_KEPT = re.compile(
    r"。|！|收悉|如下："
    r"|(?<!？)(?:？(?!？)|？{2,}(?![？\u4e00-\u9fff]|[0-9]{1,6}号)|(?<![\u4e00-\u9fff])？{2,})"
)
""":data:`_PROSE` for a line that opens as a title does (关于…, 对…): there a run of two
question marks or more between two hanzi is a word's characters a copy could not write
(``关于某????村…``, the view widening each ``?`` to ``？``), no question (:func:`_prose_in`);
so is a run between a hanzi and the item's number, its 第 or kind word lost (``…会议代表建??12号
的答复``: fix96)."""


_FONT_SIZES_LOST = re.compile(r"(?:字体|字号)(?:大小)?[：:]?[【\[]？{1,12}[】\]]")
"""A page's font tool whose sizes a copy could not write, each a ``?`` the view widens
(``字体【？？？？？？】`` for ``字体【大 中 小】``): the page's tool, no question."""
_PROSE_ONE_LOST_KEPT = re.compile(
    r"。|！|收悉|如下：|(?<!？)(?:(?<![\u4e00-\u9fff])？|？+(?![？\u4e00-\u9fff]|[0-9]{1,6}号))"
)
""":data:`_PROSE_LOST_KEPT` for a line that also ends as a reply's title does (关于…的答复):
there one question mark alone between two hanzi is a character a copy could not write too
(``关于加快某村道?改造的建议的答复``), or between a hanzi and the item's number (``…建?12号的
答复``): a question ends no title's line mid-title."""
_WHOLE_TITLE_END = re.compile(rf"(?:的|建议|提案|议案|意见)(?:{_REPLY_ENDINGS}|函)$")
"""How a line :data:`_PROSE_ONE_LOST_KEPT` reads ends: a reply's title whole on its line, its
ending after the item's kind or 的 (…的建议的答复, …提案答复; a request ending a sentence,
``…？请尽快答复``, does not)."""


# A tag of a page's markup a copy broke into the text, its ``<`` lost or not, with the
# question marks a broken encoding left beside it for the characters it ate (建？/strong>？
# 120号, 某？span lang="EN-US">): damage, as the marks alone are (:func:`_prose_in`).
_TAG_DEBRIS = re.compile(
    r"？*(?:<|(?<=？))?/[A-Za-z][A-Za-z0-9]{0,9}>？*"
    r"|？*(?:<|(?<=？))[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>？]{0,60})?/?>？*"
)


def _prose_in(text: str) -> re.Match[str] | None:
    """Where ``text`` holds a sentence (:data:`_PROSE`), or None. In a line opening as a
    title a word's marked lost characters are no sentence's end (:data:`_PROSE_LOST_KEPT`;
    one mark alone too where the line ends as a reply's title, :data:`_PROSE_ONE_LOST_KEPT`),
    nor are the marks beside a broken tag of markup (:data:`_TAG_DEBRIS`; the match is then
    one of the text without the tags); elsewhere (``某镇????供水站`` over a title) they are
    read as before: such a line is no title's first words. Nor are the marks a copy left for
    a page's font tool's sizes in their bracket (``字体【？？？？】``: fix124)."""
    if "【？" in text or "[？" in text:
        text = _FONT_SIZES_LOST.sub("", text)
    if text[:1] in _OPENING_FIRST and _OPENING_TITLE.match(text):
        if ">" in text:
            text = _TAG_DEBRIS.sub("", text)
        if _WHOLE_TITLE_END.search(text.rstrip()):
            return _PROSE_ONE_LOST_KEPT.search(text)
        return _PROSE_LOST_KEPT.search(text)
    return _PROSE.search(text)


# The opening sentence (…建议收悉，现答复如下：) ends with ： too but is no salutation.
# (a label of a time or a date with its colon and no value, 归档时间：, names no one: a page's
# or a form's row whose value is missing; nor does a page's view counter left bare, 点击：)
_NOT_SALUTATION = re.compile(
    r"收悉|如下|现将|现就|(?:时间|日期)：\n?$|^(?:点击|浏览|阅读|访问)(?:次数|人次|量|数)?：\n?$"
)
# How the opening sentence of the body ends (…建议收悉，现答复如下), its colon lost or not
# (:func:`_under_opening`: a line ending with a colon under it is the body's).
_OPENED_END = re.compile(r"如下[：:]?$")
# A salutation written without its colon: names and a role word, nothing else (a long
# list of names parted by 、 too), or a group of them alone (某镇代表团, 某乡代表组, 某乡委员组).
# The marks of a name masked in a salutation written bare: masks.STAR_MASKS less its full-width
# ＊, with X, a typist's lower-case x (xx委员, decided pert67) and ○ (a bare salutation's line
# holds no date to run into); no □, a lost character (_SALUTATION_LEAD's before the names).
_NAME_MASKS = STAR_MASKS.replace("＊", "") + "Xx○"
_MASKED_NAME = (
    rf"[\u4e00-\u9fff]{{0,2}}[{_NAME_MASKS}]{{1,4}}"
    rf"|[\u4e00-\u9fff]{{1,2}}[{_NAME_MASKS}]{{1,2}}[\u4e00-\u9fff]"
)
"""A name the publisher masked (``XXX``, ``许**``, ``王××``, or in its middle, the last
character kept: ``李*兴``), as written (NFKC)."""
_BARE_SALUTATION = re.compile(
    rf"^(?:{vocab.alternation('salutation_openers')})?"
    rf"(?:(?:[\u4e00-\u9fff·]{{1,8}}|{_MASKED_NAME})、){{0,40}}"
    rf"(?:[\u4e00-\u9fff、·]{{1,40}}?|{_MASKED_NAME})"
    rf"(?:[（(]?等?[0-9０-９一二三四五六七八九十两]+[位名][）)]?)?"
    rf"(?:{vocab.alternation('roles')}|代表团|代表组|委员组)"
    # (a note in brackets after the role, the post or body the member works at, as with its
    # colon: 王某委员（某局）; pert65)
    r"(?:[（(][\u4e00-\u9fff]{2,20}[）)])?$"
)
# Names each with the role, the last one's role lost (王某代表 李某, 王某代表、李某: a list
# the salutation's colon would end), written without the colon: the pairs, then a name of
# two to four characters opening with a surname (:func:`_bare_salutation` asks).
_PAIRS_BARE_LAST = re.compile(
    rf"^(?:{vocab.alternation('salutation_openers')})?"
    rf"(?:[\u4e00-\u9fff·]{{2,4}}?(?:{vocab.alternation('roles')})[、，]?)+"
    r"(?P<last>[\u4e00-\u9fff·]{2,4})$"
)
_SURNAMES = vocab.word_set("surnames")
_ROLE_LAST = frozenset(word[-1] for word in (*vocab.words("roles"), "代表团", "代表组", "委员组"))
"""The last characters of :data:`_BARE_SALUTATION`'s role words (表, 员, 人…): a line whose
names end otherwise is no 主送 line, asked before the pattern."""
# What a salutation's line may end with in its colon's place: a comma a typist set there,
# the semicolon a scan's OCR reads ： as (王某代表，, 王某代表；).
_COLON_IN_PLACE = ("，", "；")
# The first line of a salutation wrapped inside a name (PDF copies): names and separators
# only, at least two names (尊敬的甲某、乙某、丙).
_NAME_LIST_HEAD = re.compile(
    rf"^(?:{vocab.alternation('salutation_openers')})?"
    r"[\u4e00-\u9fff·]{1,12}(?:[、，][\u4e00-\u9fff·]{1,12})+[、，]?$"
)
_SALUTATION_WITHIN = 12
"""Lines of title and form text (labels and marks aside) the salutation may stand below."""
_ATTACHMENTS = re.compile(r"^附件[：:\d]")
# The heading of the form a reply was written on (某县政协提案承办单, 建议办理单, 发文稿纸):
# above the title, never part of it (its last words: data/form_headings.txt).
_FORM_HEADING = re.compile(rf"^[^。！？，；]{{0,40}}(?:{closing.FORM_WORDS})$")


def is_form_heading(text: str) -> bool:
    """Whether ``text`` is the heading of the form a reply was written on
    (:data:`_FORM_HEADING`, ``2020年某区人大代表建议办理单``): the letter's own, no page's
    heading (its year a date: :mod:`replyparse.fields.dates`). The heading ends with a
    form's word (a last line break aside): a text ending otherwise needs no match (the
    usual title line)."""
    return text[-1:] in closing.FORM_LAST and _FORM_HEADING.match(text) is not None


# A page's listing cells under a title: the session alone (某区第十九届人民代表大会第二次会议),
# the proposal's number alone (24, 第24号). A line that opens as a title does, 对… or
# 关于…, its issuer before it or not (某局关于答复…会议), is none: a cell names no 关于.
_LISTING_CELL = re.compile(
    r"^(?:第?[0-9]{1,16}号?|(?!对)(?:(?!关于)[^，。；：:、]){0,30}[届次][^，。；：:、]{0,20}(?:会议|大会))$"
)
# The registry's number alone on its line, in brackets or not (县人大代表建议〔2031〕5号).
_REGISTRY_NUMBER_ALONE = rf"[（(]?{ITEM_REGISTRY_NUMBER}[）)]?$"
# The number of the item answered, alone on a line above or under the title (第56号建议,
# 建议第56号, （第0123号提案）, 市十七届人大三次会议第56号建议, 第56号, 第56号党派提案 with
# elements.ITEM_FILERS' words): a page's note, no title words, no label (建议编号：第56号
# is a label's row). Not a title's first line broken
# before its ending (对…会议 / 第56号建议的答复, or …第56号建议 / 的答复: see _TITLE_TAIL).
_NUMBER_LINE = re.compile(
    r"^[（(]?(?!对|关于)(?:[^，。；：:、（）()]{0,30}(?:会议|大会))?"
    rf"(?:(?:建议|提案|议案)?第?{ITEM_SERIAL}号(?:{ITEM_KIND_AFTER.pattern})?"
    # (or its 号 lost in copying, its 第 and kind word kept: 某县人大次会议第88建议)
    rf"|第[0-9]{{1,16}}{ITEM_KIND_AFTER.pattern}"
    # (a registry's class, bracketed year and serial, 第B（2031）45号建议, 第［2031］12号提案:
    # with its 第 and its kind word, as the title keeps it, elements._ITEM_NUMBER_PART)
    rf"|第{ITEM_CLASS_YEAR_SERIAL}号{ITEM_KIND_AFTER.pattern})[）)]?$"
    # (or in brackets of its own with no kind word, as （第12号）: （第B（2031）45号）)
    rf"|^[（(]第{ITEM_CLASS_YEAR_SERIAL}号[）)]$"
    # (or as the registry files it, its kind where a code stands: 代表建议〔2031〕5号,
    # 县人大代表建议〔2031〕5号, 提案〔2031〕第17号, elements.ITEM_REGISTRY_NUMBER)
    rf"|^{_REGISTRY_NUMBER_ALONE}"
)
# Its registry's form, which the header's run reads (elements._ITEM_NUMBER_PART).
_CLASSED_NUMBER_LINE = re.compile(
    rf"第{ITEM_CLASS_YEAR_SERIAL}号(?:{ITEM_KIND_AFTER.pattern}[）)]?|(?<=号)[）)])$"
)
# The registry's form with the kind where a code stands (代表建议〔2031〕5号), a header
# element too (no issuer's code: fields/docnumber.py reads none).
_REGISTRY_NUMBER_LINE = re.compile(_REGISTRY_NUMBER_ALONE)
# What each match of _NUMBER_LINE ends with (its gate).
_NUMBER_LINE_LAST = "号议案）)"
# How the last line of a title broken after the item's number opens (…第56号建议 / 的答复).
# (or opens with the item's kind word and goes on to the reply's words: …会议第14号 /
# 建议答复的函, / 建议的协办意见, / 提案复文: the title wrapped before its kind word, no
# title of its own under the number; pert65)
_TITLE_TAIL = re.compile(
    r"^(?:(?:建议|提案|议案)(?=的|之|答复|复函|回复|复文|办理|协办|会办))?(?:的|之|答复|复函|回复|复文|办理|协办|会办)"
)
# A title line that has ended and carries a note after a colon or dash (…的答复：关于…), or
# in brackets at its end (…的答复（关于…的建议）, …的答复《关于…》, …的答复【关于…】).
_ENDED_THEN_NOTE = re.compile(
    r"(?:函|答复|复函|回复|答复意见)(?:[：:—\-]|[（(][^（）()]{2,60}[）)]$"
    r"|《[^《》]{2,60}》$|【[^【】]{2,60}】$)"
)
# A whole title on one line: 关于… or 对… up to its 文种; the authority replying may open it
# before 对 as before 关于 (某州某局对州某届人大某次会议第9号建议的答复: titles name their
# authority so either way), a name ending as an office's does.
_WHOLE_TITLE = re.compile(
    r"^(?:[^，。；：:]{0,30}关于"
    rf"|(?:[\u4e00-\u9fff（）()]{{2,40}}?(?:{ORG_SUFFIX}))?对)"
    rf"[^。；：:]{{4,80}}(?:{_REPLY_ENDINGS}|函)$"
)
# The proposal's own title alone (关于加强某某的提案, in its quotes or book-title marks or
# not; or a site's name of the item, its number and the office handling it before it,
# 政协094市某局关于加强某某的提案): over a whole title of the reply (对…第123号提案的答复),
# the item answered, no line of that title.
_PROPOSAL_TITLE = re.compile(
    r"^(?:[“《\"]|[\u4e00-\u9fff0-9]{1,20}?(?=关于))?关于[^。；：:，,]{2,60}的(?:建议|提案|议案)[”》\"]?$"
)
# A web copy's row that names the letter's own title: the label (标题, 题目, 名称, 文件名称,
# 公文标题…, 主题, 事由: a page's or a form's subject line; the reply's own, 复文标题,
# 答复标题, 回复标题, 办复标题, a 建议 database's row: dev33), its colon or a gap, then a
# whole title up to its 文种 (标题：关于…的答复, 主题：关于…的答复). A 办理单's row naming
# the proposal (题目：关于…的建议, 事由：关于…的提案) ends otherwise and stays a label.
_TITLE_LABEL = re.compile(
    r"(?:文件|公文|文章|信息|复文|答复|回复|办复|复函)?(?:标题|题目|名称|主题|事由)[：:]?"
    # (or one a copy cut to its last character, its colon kept: 题： of 标题, 称： of 名称)
    r"|[题称][：:]"
)
# What each of :data:`_TITLE_LABEL`'s matches opens with (its gate).
_TITLE_LABEL_FIRST = "文公信复答回办标题名主事称"
# A title line has words: a line of bullets and marks alone is furniture.
_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
# HTML's character references alone on a line, a copy left as text (&nbsp;): no words.
_ENTITIES = re.compile(r"(?:&(?:[A-Za-z]{2,8}|#\d{1,6})[;；]?\s*)+")
# A line that is a name alone (an authority's, at least four characters), and a title's
# line that opens as a title does once its authority is written above it.
_NAME_ONLY = re.compile(r"^[\u4e00-\u9fff（）()]{4,40}$")
_OPENING_TITLE = re.compile(r"^(?:关于|对)")
_OPENING_FIRST = "关对"
"""The first characters of a line :data:`_OPENING_TITLE` matches."""
# The authority a title opens with, a year before it aside (2019年县某局对…的函); one that
# forwards another's reply (某县人民政府办公室转发县卫健局关于…, 批转, 印发) is the title's
# authority, the one forwarded no part of its name (left57a; an earlier round read
# 某县人民政府办公室转发县卫健局 as the name).
_FORWARDS = "转发|批转|印发|转送|转报|转呈|转交"
# A session right after the authority, its 对 left out (某局某县第十七届人大四次会议第68号
# 建议的答复): the congress's 届 and its 会议 with the item's number after it (or the text's
# end: a session read out of such a title, :func:`issuer_before_session`), no suffix
# nor 对 between (the name ends at 某某教育科技局's 局, not at its 科), as the
# re-segmentation parts the issuer's mark from such a title (fix126). A congress's own
# name before its session (某县政协第十届委员会第三次会议…) is no authority of the reply's.
_SESSION_NEXT = (
    r"(?<!人大)(?<!政协)(?<!常委会)(?<!代表大会)"
    rf"(?=(?:(?!{ORG_SUFFIX}|关于|对)[\u4e00-\u9fff]){{0,16}}?第?[一二三四五六七八九十]{{1,3}}届"
    r"[\u4e00-\u9fff]{0,12}?会议(?:第?[0-9]{1,4}号|$))"
)
_TITLE_ISSUER = re.compile(
    rf"^(?:(?:19|20)\d{{2}}年度?)?"
    rf"(?P<name>[\u4e00-\u9fff（）()]{{2,40}}?(?:{ORG_SUFFIX}))"
    rf"(?:(?:{_FORWARDS})[\u4e00-\u9fff（）()]{{2,40}}?(?:{ORG_SUFFIX}))?(?:关于|对|{_SESSION_NEXT})"
)
_CLOSING_FORMULA = re.compile(f"^(?:{vocab.alternation('closing_formulas')})")
_FORMULA_FIRST = frozenset(word[0] for word in vocab.words("closing_formulas"))
"""The first characters of the closing formulas: a line opening otherwise is none (the
gate before :data:`_CLOSING_FORMULA`, asked of the body's last lines)."""


@dataclass(unsafe_hash=True)
class Layout:
    """The parts of a letter, as content lines of the view (norm coordinates).

    Never changed once made (not declared frozen for speed, as :class:`Line`)."""

    header: tuple[Line, ...]
    title: tuple[Line, ...]
    salutation: Line | None
    body: tuple[Line, ...]
    closing: tuple[Line, ...]
    signature_issuer: tuple[Line, ...]
    signature_date: Line | None
    form: tuple[Line, ...] = ()
    """The header's lines that are cells of a form flattened into lines (labels alone over
    their values, :mod:`replyparse.flatforms`): a value there names no issuer."""
    authority: Line | None = None
    """The header's line above the title that names the signing authority in words the
    issuer's mark does not know (its last characters lost in copying, 某市某某执法 for the
    signature's 某市某某执法局): the issuer as written, no part of the title."""
    numbered: tuple[Line, ...] = ()
    """The header's lines right above or under the title that give the item's number alone
    (``第56号建议`` / ``关于…的答复``): read with the title for the proposal."""
    addressed: tuple[Line, ...] = ()
    """The 主送 lines of a salutation written a line for each addressee, each ending with
    its own colon (``张某代表：`` / ``李某委员：``), when there are two or more: the
    salutation spans them, each names its addressees and ends as a salutation does."""

    @classmethod
    def empty(cls) -> Layout:
        """No parts at all (what a letter is read as when its layout cannot be found)."""
        return cls((), (), None, (), (), (), None)

    @property
    def body_range(self) -> tuple[int, int]:
        """``[start, end)`` of the body in ``view.norm`` (empty when there is none)."""
        if not self.body:
            return (0, 0)
        return (self.body[0].start, self.body[-1].end)


def is_header_line(view: TextView, line: Line) -> bool:
    """Whether ``line`` is 版头 elements (:mod:`replyparse.elements`), not a title that has
    its 发文字号 or a note glued to it (关于…的答复（某〔2021〕3号）) or cites one (关于落实
    某政发〔2020〕3号文件的…)."""
    return is_label_line(view, line) or (is_element(view, line) and _elements_alone(view, line))


def _elements_alone(view: TextView, line: Line) -> bool:
    """Whether ``line``, header elements, is no title with elements glued to it or citing
    a 发文字号 (:func:`is_header_line`'s last test)."""
    core, cut = cut_title(view, line)
    if not cut and not _DOC_NUMBERS.search(core.text):
        return True  # a mark, a note, a label and its value
    return not _TITLE_START.search(_DOC_NUMBERS.sub("", core.text))


def _line_part(line: Line, start: int, end: int) -> Line:
    """``line.text[start:end]`` as a line of its own (same index, norm offsets)."""
    return Line(line.index, line.start + start, line.start + end, line.text[start:end])


def labelled_title(view: TextView, lines: tuple[Line, ...], i: int, stop: int) -> int:
    """Where the title starts in ``lines[i]`` when the line is a web copy's row naming the
    letter's own title (``标题：关于…的答复``, ``文件名称  对…的复函``): after its label, colon
    and gap; 0 when the line is none. The label stands at the line's start; without its
    colon a gap must part it from the title (``标  题    关于…``, a table's cells). The
    callers ask it only of a line opening with one of :data:`_TITLE_LABEL_FIRST`. A title
    wrapped onto the next line before ``stop`` (``标题：关于…第12号`` over ``建议的答复``)
    counts when the two lines make a whole title and the second opens none of its own."""
    line = lines[i]
    text = line.text
    m = _TITLE_LABEL.match(text)
    if m is None:
        return 0
    at = m.end()
    if text[at : at + 1] in _BAR_CHARS and at + 1 < len(text):
        at += 1  # a table's cell bar after the label (标题 | 关于…的答复): the title after it
    elif text[at - 1 : at] not in ("：", ":") and line.start + at not in view.gaps_in(
        line.start, line.start + len(text)
    ):
        return 0
    core = cut_title(view, _line_part(line, at, len(text)))[0].text
    if _prose_in(core):
        return 0
    if _WHOLE_TITLE.match(core) or _wraps_whole_title(core):
        return at
    if i + 1 >= stop or not _OPENING_TITLE.match(core):
        return 0
    more = cut_title(view, lines[i + 1])[0].text
    if _OPENING_TITLE.match(more):
        return 0  # a title of its own under the row's value (题目：关于…的建议 / 关于…的答复)
    return at if not _prose_in(more) and _WHOLE_TITLE.match(core + more) else 0


def _wraps_whole_title(text: str) -> bool:
    """Whether ``text`` ends in a bracket holding a reply's whole title, words before it: a
    page's heading wrapping the letter's title (``某镇2031年人大代表建议办理答复（某局关于…
    的函）``, fields.title.wrapped_title), which a title cell's value may be as the bare
    heading line is; a bracket holding a proposal's title or a note is none."""
    at = bracket_start(text)
    return at is not None and at > 0 and _WHOLE_TITLE.match(text[at + 1 : -1]) is not None


# A site's thanks to its visitor, as a page prints it over the article or at its foot
# (感谢您访问本站, 感谢您的访问, 谢谢访问某县政府网), its host's note after it or not, a blank
# between that the view drops (感谢您访问本站 某县人民政府主办): the page's words, never a
# reply's (a reply thanks its reader for the proposal: 感谢您对…的关心), nor an authority's
# name though it ends with 站 (本站). The host names no title's 关于.
SITE_HOST = r"(?:(?!关于)[\u4e00-\u9fff()（）]){2,30}?(?:主办|承办)[!！。.]?"
"""A site's host's note (某县人民政府主办): a pattern's text, after a site's thanks."""
SITE_THANKS = re.compile(
    r"(?:感谢|谢谢)(?:您|你)?的?(?:访问|光临|浏览)"
    r"(?:本站|本网站|本网|我站|我网|(?:(?!关于)[\u4e00-\u9fff]){2,20}?(?:网站|网))?[!！。.]?"
    rf"(?:{SITE_HOST})?"
)
SITE_THANKS_FIRSTS = frozenset("感谢")
"""What a :data:`SITE_THANKS` opens with: the gate before it."""


def site_thanks(text: str) -> bool:
    """Whether ``text`` is a site's thanks to its visitor alone (:data:`SITE_THANKS`)."""
    return text[:1] in SITE_THANKS_FIRSTS and SITE_THANKS.fullmatch(text) is not None


def issuer_mark_at(text: str) -> tuple[int, int] | None:
    """Where a header issuer line (``…文件`` or the name alone) names the authority: the
    first of a joint reply's authorities listed on it (``某县教育局、某县财政局``), as the
    signature gives the first. A line that opens with 对 opens a title (``对政协某县第八届
    委员会`` / ``第二次会议…的答复``)."""
    if text[-1:] not in _ISSUER_LAST or "关于" in text or _OPENS_TITLE.match(text):
        return None  # (the usual line ends otherwise: no search)
    if site_thanks(text):
        return None  # 感谢您访问本站: the site's thanks, no authority's name
    m = _ISSUER_MARK.match(text)
    if not m:
        return None
    return m.span("name") if m.group("name") else m.span("mark")


def issuer_mark(text: str) -> str | None:
    """The authority named by a header issuer line (``…文件`` or the name alone)."""
    at = issuer_mark_at(text)
    return text[at[0] : at[1]] if at else None


def _find_salutation(
    view: TextView,
    lines: tuple[Line, ...],
    head: int,
    form: frozenset[int],
    head_furniture: bool | None = None,
) -> int | None:
    """The salutation's index: the first line shaped like one (``…：``, or names greeted in
    the colon's place) that is no label, header element, form line nor a 联系人, 抄送 or
    附件 line. It is looked for down to twelve lines of title and form text past the header
    (lines of labels and marks a 办理单 puts above the reply not counted), the count kept as
    the search goes: a salutation found above the limit needs no count further down.
    ``head_furniture``, when given, is whether ``lines[head]`` is a label line or header
    elements (:func:`_header_end` asked it last)."""
    counted = len(lines) - head > _SALUTATION_WITHIN  # fewer lines: the limit is the end
    seen = 0
    for i, line in enumerate(lines):
        if i in form:
            continue
        text = line.text
        shaped = _salutation_shaped(text)
        below = counted and i >= head
        if not (shaped or below):
            continue
        if i == head and head_furniture is not None:
            furniture = head_furniture  # (the same question, answered above: no second ask)
        else:
            furniture = is_element(view, line)  # (a label line is elements: one ask for both)
        if below and not furniture:
            seen += 1
            if seen > _SALUTATION_WITHIN:
                return None
        if shaped and furniture and _role_set_off(view, line):
            return i  # 领衔代表 王某： (a 办理单's row of the same words has no colon)
        if shaped and not furniture and not text.startswith(("联系人", "抄送", "附件")):
            if _authority_over_title(lines, i):
                continue  # 某局： over 关于…的答复 over 王某代表：: the header's name
            if page_label_alone(text):
                continue  # 信息类别： (a page's table, a cell a line): names no one (fix108)
            if menu_heading_alone(text) and _title_under(lines, i):
                continue  # 通知公告： (a site's column over the article): names no one (fix138)
            if _label_alone(text):
                continue  # 回复内容： / 经研究： over the reply: names no one (left63b)
            return i
    return None


NO_BODY_NAME = re.compile(
    rf"(?:{vocab.alternation('form_row_words')})$|^(?:{vocab.alternation('paragraph_openers')})"
)
"""Words before a colon that name no body: a form's row (回复内容：, 问题描述：,
data/form_row_words.txt) or a paragraph's opening words (经研究：, data/paragraph_openers.txt;
review63a)."""


_LABEL_WORDS = re.compile(r"[\u4e00-\u9fff]{2,12}")
"""A label's words alone: hanzi only, no sentence's stop or blank (a sentence ending with its
colon, ``目前，…开展工作：``, is read by the rules of sentences, not as a label)."""
_OWN_BODY = vocab.word_set("own_body_words")
"""The writer's own words for its body (我局, 本单位): no one the letter addresses."""


def _label_alone(text: str) -> bool:
    """Whether ``text`` is such words alone with their colon on a line of their own
    (``回复内容：``, ``问题描述：``, ``经研究：``): a form's row or a paragraph's lead-in over
    what follows, no salutation, as the flattened reading refuses them; or the writer's own
    words for itself (``我局：``, data/own_body_words.txt), which address no one (left63b)."""
    if text[-1:] != "：":
        return False
    name = text[:-1].strip()
    return name in _OWN_BODY or (
        _LABEL_WORDS.fullmatch(name) is not None and NO_BODY_NAME.search(name) is not None
    )


def _authority_colon(text: str) -> bool:
    """Whether ``text`` is an authority's name alone with its colon (``某县水务局：``)."""
    name = text[:-1]
    return (
        text[-1:] == "："
        and _NAME_ONLY.match(name) is not None
        and _TITLE_WORDS.search(name) is None
        and issuer_mark_at(name) is not None
    )


_MENU_OVER_TITLE_REACH = 2
"""How many lines under a menu's word and colon the title it stands over opens within."""


def _title_under(lines: tuple[Line, ...], i: int) -> bool:
    """Whether a title opens or ends on one of the lines right under ``lines[i]``: a site's
    menu word and colon stands over the article's title (``通知公告：`` over ``关于…的答复``);
    under the title, a menu word that names a unit (``新闻中心：`` over ``你中心转来的…``) is
    the salutation (review70b)."""
    return any(
        _OPENING_TITLE.match(line.text) is not None or _TITLE_END.search(line.text) is not None
        for line in lines[i + 1 : i + 1 + _MENU_OVER_TITLE_REACH]
    )


def _authority_over_title(lines: tuple[Line, ...], i: int) -> bool:
    """Whether ``lines[i]`` is an authority's name and its colon over a whole title
    (``关于…的答复``, ``对…的复函``; on its line, or broken over two, review56b: the second
    ends it and holds no sentence's stop) over a salutation's line: the letter's own name
    in its head (the name and colon a page wrote before the title on one line, which the
    resegmenter parted), no salutation; a unit addressed has no title and names under it."""
    if (
        i + 2 >= len(lines)
        or not _authority_colon(lines[i].text)
        or _OPENING_TITLE.match(lines[i + 1].text) is None
    ):
        return False
    last = i + 1
    if _TITLE_END.search(lines[last].text) is None:
        last += 1  # (its ending on the next line: a long title printed over two)
        if last + 1 >= len(lines) or any(
            _TITLE_BREAK_STOP.search(lines[k].text) for k in (last - 1, last)
        ):
            return False
    return _TITLE_END.search(lines[last].text) is not None and _salutation_shaped(
        lines[last + 1].text
    )


_TITLE_BREAK_STOP = re.compile(r"[，。；！？：,;!?:]")
"""A sentence's or a label's stop: no piece of a title broken over two lines holds one."""


# The names a salutation sets off after the role it opens with (领衔代表 王某： → 王某):
# names apart by separators, 等 and a count with its role word, each part naming whom the
# role before it says (领衔代表 王某，联名代表 李某、赵某：).
_NAMES_AFTER_ROLE = re.compile(
    rf"[一-鿿·、，,]{{2,60}}(?:等?[0-9一二三四五六七八九十两]+[位名])?"
    rf"(?:{vocab.alternation('roles')})?：$"
)


_ROLE_WORDS = ("代表", "委员")
"""The role words a proposers' label ends with (领衔代表, 联名代表, 领衔委员)."""


def _role_set_off(view: TextView, line: Line) -> bool:
    """Whether ``line``, a salutation's shape that reads as header elements, is a salutation
    opening with the part the person took and the role (领衔代表, 领衔委员: a 办理单's label
    of the proposers) set off from the names by a blank: ``领衔代表 王某：``. Every label on
    it names proposers, none followed by its colon, and names alone stand after them."""
    found = labels_on(view, line)
    if not found or found[0].start != line.start:
        return False
    if any(
        f.colon or f.entry.field != "addressees" or f.entry.spelling[-2:] not in _ROLE_WORDS
        for f in found
    ):
        return False  # (提案人 王某： names no role: a form's row, its colon lost)
    return _NAMES_AFTER_ROLE.match(line.text, found[0].end - line.start) is not None


_TITLE_OPENING = re.compile(r"关于|对")
"""How the letter's own title line opens under a label's value (:func:`_value_over_title`)."""


def _value_over_title(view: TextView, line: Line, lines: tuple[Line, ...], head: int) -> bool:
    """Whether ``lines[head]``, under the label alone on ``line``, is that label's value over
    the letter's title (``联系人：`` / ``李某`` / ``关于…``, ``名称：`` / ``某乡便民桥`` /
    ``关于…``: :func:`~replyparse.chrome.label_value_over_title`, left63b): no element, and the line
    under it is no salutation. A line under it in a title's words that opens no title (no
    关于, 对 nor an authority's title: ``名称：`` / ``某乡便民桥`` / ``整修建议的答复``) is the
    value's own wrapped rest, the two one title (review63d)."""
    if head + 1 >= len(lines):
        return False
    under = lines[head + 1].text
    return (
        label_value_over_title(line.text, lines[head].text)
        and not is_element(view, lines[head])
        and not _salutation_shaped(under)
        and not (  # (a title's words that open no title: the value's wrapped rest)
            _TITLE_START.search(under) is not None
            and _TITLE_OPENING.match(under) is None
            and title_issuer(under) is None
        )
    )


def _salutation_shaped(text: str) -> bool:
    """Whether ``text`` ends as a salutation does (its colon, or a greeting in its place)
    and is no opening sentence (…收悉，现答复如下：)."""
    # (gates: the colon ends the text, a last line break aside; a greeting holds 好)
    shaped = (text.endswith(("：", "：\n")) and _SALUTATION.match(text) is not None) or (
        "好" in text and _greeted(text)
    )
    return shaped and not _NOT_SALUTATION.search(text)


GREETING_END = re.compile(r"[\s，,]*(?:您好|你好|您们好|你们好|大家好)[！!。，,]?\s*$")
"""A greeting at a salutation's end, before its colon (王某委员您好：) or in the colon's
place (王某委员，您好！), with the comma and blanks before it; its comma too, the opening
after it on the next line (王某代表您好， / 您提出的…: the marks the re-segmentation's
greeting ends at; fix126)."""


def _greeted(text: str) -> bool:
    """Whether ``text`` is names and a role word greeted in place of the colon."""
    m = GREETING_END.search(text)
    return m is not None and m.start() > 0 and _BARE_SALUTATION.match(text[: m.start()]) is not None


def _title_end(view: TextView, lines: tuple[Line, ...], start: int) -> int:
    """Without a salutation: the title runs to the line that ends like a title (函, 答复…),
    notes glued to its end aside, and over a title of its own right under it, whole on its
    line (a page's heading, ``名称：关于…的答复`` over ``关于…的答复``: :func:`_header_and_title`
    keeps the later) or broken (:func:`_broken_title_end`)."""
    for i in range(start, min(start + 4, len(lines))):
        text = cut_title(view, lines[i])[0].text
        if _prose_in(text):
            return i  # a sentence: the body has begun
        if _TITLE_END.search(text):
            if i + 1 < len(lines) and _restarts(lines[i], lines[i + 1]):
                return i + 2
            return _broken_title_end(view, lines, i + 1) or i + 1
    return start + 1 if start < len(lines) else start


_BROKEN_TITLE_LINES = 3
"""How many lines a title written again under a page's heading may be broken over."""


def _broken_title_end(view: TextView, lines: tuple[Line, ...], i: int) -> int | None:
    """Where a title that opens at ``lines[i]`` (关于…, 对…, its issuer before it or not:
    ``某局关于答复…会议`` / ``第8号提案的函``) under a title line that has
    ended, broken over two lines or three (``对某县某届某次会议`` / ``第72号建议答复``: the
    letter's own title under the page's heading), ends; None when no such title is there
    (a line of prose first, or no line ending as a title does)."""
    if i >= len(lines) or (
        _OPENING_TITLE.match(lines[i].text) is None and title_issuer(lines[i].text) is None
    ):
        return None
    if _TITLE_END.search(lines[i].text):
        return None  # a whole title on one line: its own question (_restarts)
    for k in range(i + 1, min(i + _BROKEN_TITLE_LINES, len(lines))):
        text = cut_title(view, lines[k])[0].text
        if _prose_in(text):
            return None
        if _TITLE_END.search(text):
            return k + 1
    return None


# A form's row whose value was left empty: a few words ending in what such a row asks
# for (反馈时间：, 主管领导意见：), and its colon; a date's blank template may stand in the
# value's place (办结时间：    年  月  日).
_EMPTY_ROW = re.compile(
    rf"^[\u4e00-\u9fff]{{0,8}}(?:{vocab.alternation('form_row_words')})：(?:年 *月 *日)?$"
)


_VALUE_LINES = 4
"""How many lines the paragraph a form's empty row holds may take (内容： over the text)."""


def _form_rows(view: TextView, lines: tuple[Line, ...], i: int, rows: set[int]) -> range:
    """The lines from ``lines[i]`` on, under a row of a 办理单 form (a label line, or a row
    this found), that are rows of the same form no label of ours names: a row whose value
    was left empty (``反馈时间：``), or the paragraph a label with an empty value holds when
    a label line follows it (``内容：`` over the proposal's text, over ``承办单位：…``), up to
    four lines with a sentence in them. Empty when there are none."""
    if i == 0 or not (i - 1 in rows or is_label_line(view, lines[i - 1])):
        return range(0)
    if _EMPTY_ROW.match(lines[i].text):
        return range(i, i + 1)
    if not (lines[i - 1].text.endswith("：") and is_label_line(view, lines[i - 1])):
        return range(0)
    for k in range(i + 1, min(i + 1 + _VALUE_LINES, len(lines))):
        if is_label_line(view, lines[k]):
            run = lines[i:k]
            prose = any(_prose_in(line.text) for line in run)
            return range(i, k) if prose else range(0)
    return range(0)


def _header_end(
    view: TextView, lines: tuple[Line, ...], form: frozenset[int]
) -> tuple[int, frozenset[int], bool | None]:
    """Where the run of header lines at the top ends (issuer marks, header elements, the
    lines of ``form``, the rows of a 办理单 no label of ours names), ``form`` with those
    rows, and whether the line it ends at is a label line or header elements (None when
    no line stops it): :func:`_find_salutation` asks that of the line again."""
    head = 0
    rows: set[int] = set()
    marked: str | None = None  # the authority the header's first mark names
    while head < len(lines):
        line = lines[head]
        if site_thanks(line.text):
            head += 1  # 感谢您访问本站 某县人民政府主办: the page's, the header's run goes on
            continue
        name = issuer_mark(line.text)
        mark = name is not None and not _TITLE_START.search(line.text)
        if mark and _congress_broken(lines, head):
            mark = False  # (the title's first line: a session broken after its congress)
        if mark:
            if marked is None:
                marked = name
            elif (
                name == marked
                and _title_repeats(lines, head)
                and not _heading_dropped(view, line, lines[head + 1])
            ):
                return head, form | rows, False  # the title's first line, not the header
        if not (mark or head in form):
            if line.text[:1] in _TITLE_LABEL_FIRST and labelled_title(
                view, lines, head, len(lines)
            ):
                return head, form | rows, False  # the title's own row (标题：关于…的答复)
            if line.text[:1] == "关" and keyword_row(line.text):
                head += 1  # 关键词：路灯；照明 (the page's keyword row): no title's line (left68)
                continue
            if line.text[-1:] == "：" and page_label_alone(line.text):
                head += 1  # 信息类别： (a page's cell, its value under it or none): no title
                if (
                    head < len(lines)
                    and (
                        page_label_value(line.text, lines[head].text)
                        or _value_over_title(view, line, lines, head)
                    )
                    and not is_element(view, lines[head])
                ):
                    head += 1  # 关键词： / 村道: its value, no title's line (review63a)
                continue
            # is_header_line, its answer of is_element kept (a label line is elements: the
            # label line's test is asked only of elements)
            furniture = is_element(view, line)
            if furniture and (is_label_line(view, line) or _elements_alone(view, line)):
                head += 1
                if line.text[-1:] == "：" and _value_over_title(view, line, lines, head):
                    head += 1  # 联系人： / 李某 over the title: the label's value (left63b)
                continue
            if line.text[:1] in _LEFTOVER_FIRST and _leftover_or_listed_row(view, line):
                head += 1
                continue
            if line.text[:1] in BUTTON_FIRSTS and _BUTTONS_LINE.fullmatch(line.text):
                head += 1  # a page's buttons alone (分享, 【打印】): the header's run goes on
                continue
            found = _form_rows(view, lines, head, rows)
            if (
                not found
                and head
                and (head - 1 in form or lines[head - 1].text[:2] in _VALUE_HEADS)
            ):
                # (a gate: the line above is a form's value or opens with a title's label)
                found = _title_value_wrap(view, lines, head, form) or _item_title_row(
                    view, lines, head
                )
            if not found:
                return head, form | rows, furniture
            rows.update(found)
            head = found.stop
            continue
        head += 1
    return head, form | rows, None


_TITLE_VALUE_LABELS = LabelSet(vocab.labels_of("proposal_title"))
_VALUE_HEADS = frozenset(e.spelling[:2] for e in _TITLE_VALUE_LABELS.entries)
"""The first two characters of those labels (a line opening otherwise holds none)."""
_KIND_ENDS = ("建议", "提案", "议案")
# The rows of an item's record (a 办理单) that may stand right under its title row: the
# item's text, its proposers, its number or title, the office handling it. A reply's own
# header rows (签发人：, 类别：, 公开方式：) under a title row tell no 办理单.
_ITEM_ROW_LABELS = LabelSet(
    vocab.labels_of("form", "addressees", "proposal_number", "proposal_title", "contact_org")
)


# A session a title broke after its congress (某旗第十六届人民代表大会 / 第二次会议第23号
# 建议办理单, 某县第九届政协委员会 / 第三次会议…): the line before the break names the
# congress of a 届, which reads as an authority's name alone, and the next line opens with
# the session's 次会议.
_CONGRESS_END = re.compile(r"届(?:人民代表大会|人大|政协|委员会)(?:常务委员会)?$")
_SESSION_REST = re.compile(r"第?[一二三四五六七八九十\d]{1,3}次(?:全体)?会议")


def _congress_broken(lines: tuple[Line, ...], i: int) -> bool:
    """Whether ``lines[i]``, an authority's name alone, is a title's first line broken
    inside its session, after the congress (:data:`_CONGRESS_END`), the session's 次会议
    opening the next line (:data:`_SESSION_REST`): no issuer's mark."""
    return (
        i + 1 < len(lines)
        and _CONGRESS_END.search(lines[i].text) is not None
        and _SESSION_REST.match(lines[i + 1].text) is not None
    )


def _title_value_wrap(
    view: TextView, lines: tuple[Line, ...], i: int, form: frozenset[int]
) -> range:
    """The lines from ``lines[i]`` on that end a proposal's title a 办理单's label holds,
    wrapped over line breaks (``建议标题：关于加强某某`` over ``管理的建议``, or the label
    alone over its value, ``建议标题`` / ``关于加强某某`` / ``管理的建议``): the value above
    does not end in its kind word, and the lines run to one that does, each holding no
    sentence, no colon and no label, none opening a title of its own (关于…). Empty when
    there are none."""
    for last in range(i, min(i + WRAP_LINES, len(lines))):
        if lines[last].text.endswith(_KIND_ENDS):
            break
    else:
        return range(0)  # (the usual line that ends the header: a title's, …答复)
    above = lines[i - 1]
    if above.text.endswith(_KIND_ENDS):
        return range(0)  # the value ended there
    if i - 1 in form:
        # the label alone over its value (a form flattened into lines)
        if i < 2 or i - 2 not in form:
            return range(0)
        label = lines[i - 2]
        found = opening_label(view, label, _TITLE_VALUE_LABELS)
        if found is None or found.value < label.end:
            return range(0)
    else:
        found = opening_label(view, above, _TITLE_VALUE_LABELS)
        if found is None or found.value >= above.end:
            return range(0)
    for k in range(i, last + 1):
        text = lines[k].text
        if (
            k in form
            or _prose_in(text)
            or "：" in text
            or text.startswith("关于")
            or opening_label(view, lines[k]) is not None
        ):
            return range(0)
    return range(i, last + 1)


# A mirror's tags of markup left as text on a line of their own, with nothing between them
# but a list's bullets a copy rendered for them (•<li id="x1"><option id="x1"></option></li>),
# also as a plain text's list marks (- <li …>, * <li …>) and a tag closed in itself (<br/>):
# the lines the reader counts as tags alone (readers._tags_above_text) when it reads the
# file as a text.
_TAGS_ONLY = re.compile(r"(?:[•·●▪*\-\s]*</?[A-Za-z][A-Za-z0-9]*(?:[\s/][^<>]*)?>)+[•·●▪*\-\s]*")
_BULLETS_LEAD = re.compile(r"[•·●▪]+")
_LEFTOVER_FIRST = "<•·●▪*-"
"""What a line :func:`_leftover_or_listed_row` answers yes for opens with."""


def _leftover_or_listed_row(view: TextView, line: Line) -> bool:
    """Whether ``line``, among the header's lines at the top, is a mirror's leftover tags
    alone (no words: furniture, as a copy's ``&nbsp;`` alone is) or a form's row a copy
    listed with a bullet before its label (``• 提出者：王某  建议号：11``): header both,
    and the header goes on under them (a 办理单 of the item printed over the reply)."""
    text = line.text
    if _TAGS_ONLY.fullmatch(text):
        return True
    bullets = _BULLETS_LEAD.match(text)
    return bullets is not None and is_label_line(view, _line_part(line, bullets.end(), len(text)))


def _item_title_row(view: TextView, lines: tuple[Line, ...], i: int) -> range:
    """``lines[i]`` alone when it is the value of a proposal's title label written alone
    above it with its colon (``标题：`` / ``建议标题：`` over ``关于…的建议``, a row a copy or
    the re-segmenting parted) and the form goes on right under it with a label line
    (``建议内容：``): a 办理单 of the item printed over the reply, whose title row names
    the item answered (ending in its kind word, no sentence, no colon), never the reply's
    own title. The line under it must open with a row of the item's record
    (:data:`_ITEM_ROW_LABELS`): a reply's own row there (``签发人：``, ``类别：``) leaves the
    title row's value the title, as with no form under it. Empty otherwise (a whole
    reply's title there is the title: :func:`labelled_title`)."""
    above = lines[i - 1]
    text = lines[i].text
    if (
        not above.text.endswith("：")
        or not text.endswith(_KIND_ENDS)
        or "：" in text
        or _prose_in(text)
        or i + 1 >= len(lines)
        or opening_label(view, lines[i + 1], _ITEM_ROW_LABELS) is None
    ):
        return range(0)
    found = opening_label(view, above, _TITLE_VALUE_LABELS)
    if found is None or found.value < above.end:
        return range(0)  # (the label holds a value of its own on its line)
    return range(i, i + 1)


def _form_title_again(
    view: TextView, lines: tuple[Line, ...], title: list[Line], form: frozenset[int]
) -> bool:
    """Whether the title lines (a page's heading) stand over a form flattened into lines
    whose proposal's title cell (``标题`` / ``建议标题`` alone, its value on the line under
    it) writes them again, blanks aside: the site's record of the item printed over the
    reply (``建议号`` / ``…第23号`` / ``标题`` / ``关于…的建议`` / ``建议内容`` / …), the
    heading the item's own title as filed, no title of the reply's (decided, fix112, as
    dev30 reads the page's heading over the same form written a row a line)."""
    written = "".join("".join(line.text.split()) for line in title)
    below = title[-1].index
    for i in sorted(form):
        if i <= below or i + 1 not in form:
            continue
        found = opening_label(view, lines[i], _TITLE_VALUE_LABELS)
        if (
            found is not None
            and found.value >= lines[i].end
            and not found.colon
            and "".join(lines[i + 1].text.split()) == written
        ):
            return True
    return False


def _number_line(lines: tuple[Line, ...], i: int, stop: int, title: list[Line]) -> bool:
    """Whether ``lines[i]``, between the header and the salutation (``stop``), is the
    number of the item answered alone (:data:`_NUMBER_LINE`) above a title line that
    opens on its own, or under a title that has ended (``title``: its lines so far)."""
    if _NUMBER_LINE.match(lines[i].text) is None:
        return False
    if title and _ended(_title_line_before(title).text):
        return True
    return i + 1 < stop and not _TITLE_TAIL.match(lines[i + 1].text)


def _title_repeats(lines: tuple[Line, ...], i: int) -> bool:
    """Whether line ``i``, the name of the authority the header's mark named above, is
    the first line of a title broken after its issuer (``某局`` / ``关于…的答复``) rather
    than the mark again: the line above is another, and the next opens as a title does."""
    return (
        lines[i - 1].text != lines[i].text
        and i + 1 < len(lines)
        and _OPENING_TITLE.match(lines[i + 1].text) is not None
    )


HEADING_WORDS = 8
"""How many of the title's first characters a page's heading the view dropped must write
after the authority's name (:func:`_heading_dropped`)."""


def written_before(view: TextView, pos: int, words: str) -> bool:
    """Whether the text before ``pos`` in the view, what the view dropped there included (a
    page's heading it read as the title's copy), writes ``words``, blanks aside."""
    before = "".join(view.original[: view.origin[pos]].split())
    return unicodedata.normalize("NFKC", words) in unicodedata.normalize("NFKC", before)


def _heading_dropped(view: TextView, line: Line, below: Line) -> bool:
    """Whether the text above ``line``, the authority's name alone again over ``below``, a
    title's opening, writes the two glued, blanks aside (``某局 关于…的答复``): a page's
    heading the view dropped as the title's copy (:mod:`replyparse.chrome`), over the
    letter's head (a flattened copy's lines put back). The page joined the letter's header
    and title on one line, as :func:`_heading_writes` reads a heading kept: the name is the
    header's mark, though the header named it already (decided, flat55)."""
    return written_before(view, line.start, line.text + below.text[:HEADING_WORDS])


def _heading_writes(title: list[Line], line: Line, below: Line) -> bool:
    """Whether the title lines read so far (a page's heading), joined with their blanks
    aside, open with ``line``, an authority's name alone, and ``below``, a title's opening,
    glued: the page joined the letter's header and title on one line. Asked when header
    lines (a class mark, a publication note, a 发文字号) part the heading from the name
    (``某局关于…的函`` / ``A`` / ``某函〔2025〕3号`` / ``某局`` / ``关于…`` / ``…的函``): the
    name is the header's mark then, though the header named it already, and the title the
    letter's own line under it."""
    heading = unicodedata.normalize("NFKC", "".join("".join(part.text.split()) for part in title))
    return heading.startswith(unicodedata.normalize("NFKC", line.text + below.text))


def _more_addressed(
    lines: tuple[Line, ...], body_start: int, salutation: Line
) -> tuple[int, tuple[Line, ...]]:
    """Where the body starts, and the salutation's 主送 lines, ``salutation`` first, when
    lines right under it each end with their own colon (``张某代表：`` / ``李某委员：``:
    a reply to a deputy and a member on one matter may give each addressee a line; GB/T
    9704-2012 7.3.2 parts them with 、 and sets one colon, but a reader sees each line as
    addressed); none when there is no such line. Such a line is names and a role word (or
    a group of them) and its colon, nothing else, as :data:`_BARE_SALUTATION` reads a
    salutation without one: never the body's first sentence nor a list's lead-in
    (``…如下：``, ``一、关于某某：``), which hold more than names. The letter's last line is
    left to the closing."""
    end = body_start
    while end < len(lines) - 1:
        text = lines[end].text
        # (gates before the pattern: the opening under a salutation ends with ： too,
        # …答复如下：, but no role word or group's word stands before its colon)
        if not text.endswith("：") or text[:-1].rstrip()[-1:] not in _ROLE_LAST:
            break
        if not _BARE_SALUTATION.match(text[:-1].rstrip()):
            break
        end += 1
    if end == body_start:
        return body_start, ()
    return end, (salutation, *lines[body_start:end])


def segment(view: TextView) -> Layout:
    """Split the letter's content lines into its parts."""
    lines = view.content_lines
    head, form, furniture = _header_end(view, lines, form_lines(view, lines))
    sal = _find_salutation(view, lines, head, form, furniture)
    if sal is None and head == 1 and _answered_at_top(view, lines):
        sal = 0  # (the body it answers alone over the opening, its colon lost: no header)
    cell: Line | None = None
    opening = _first_opening(lines, head) if sal is None else None
    if opening is not None and opening > 0:
        # a form's row whose value is the salutation without its colon, over the opening
        # (办理情况：王某代表 / 您提出的…收悉): the salutation is the value, the row the
        # head's last line or under the title and the form's rows (small67)
        cell = _cell_salutation(view, lines[opening - 1])
        if cell is not None:
            sal = opening - 1
    if sal is not None and sal < head:
        head = sal
    salutation: Line | None = lines[sal] if sal is not None else None
    if cell is not None:
        salutation = cell
    under_title: tuple[Line, ...] = ()
    if sal is not None:
        # a long list of names wraps: the lines above that end with 、 or ， belong to it,
        # and so does a line of names alone (wrapped inside a name)
        first = sal
        while (
            first - 1 > head
            and (
                lines[first - 1].text.endswith(("、", "，"))
                or _NAME_LIST_HEAD.match(lines[first - 1].text)
            )
            and not _TITLE_WORDS.search(lines[first - 1].text)
        ):
            first -= 1
        if first < sal:
            start, end = lines[first].start, lines[sal].end
            text = view.norm[start:end].replace("\n", "")
            salutation = Line(lines[first].index, start, end, text)
        title_end = first
        body_start = sal + 1
    if sal is None or (sal > head and _under_opening(lines, head, sal)):
        # (a line ending with a colon under the opening sentence introduces a list:
        # …从以下三方面开展工作：; the letter is read as one with no colon-ended salutation)
        title_end, body_start, under_title, sal, salutation = _colonless(view, lines, head, form)
        if sal is not None and sal in form:
            form = form - {sal}  # (the form's last cell's value read: the reply's salutation)
    elif sal > head + 1 and (found := _addressed_above(view, lines, head, sal, form)):
        title_end, body_start, under_title, sal, salutation = found
    addressed: tuple[Line, ...] = ()
    if salutation is not None and sal is not None:
        body_start, addressed = _more_addressed(lines, body_start, salutation)
        if addressed:
            start, end = salutation.start, addressed[-1].end
            text = view.norm[start:end].replace("\n", "")
            salutation = Line(salutation.index, start, end, text)
    header, title, numbered = _header_and_title(view, lines, head, title_end, form)
    if (title and form and _form_title_again(view, lines, title, form)) or (
        title and sal is not None and _column_alone(title)
    ):
        # the page's heading over the item's record: no title of the reply's (dev30); a
        # page's column naming a class of item alone over the salutation (人大建议): none
        header = sorted([*header, *title], key=attrgetter("start"))
        title = []
    header.extend(under_title)
    if cell is not None and sal is not None:
        # the row's label, the header's as on a line of its own (办理情况：)
        row = lines[sal]
        label = view.norm[row.start : cell.start].rstrip()
        header.append(Line(row.index, row.start, row.start + len(label), label))
    if len(title) > 1 and _authority_colon(title[0].text) and _OPENING_TITLE.match(title[1].text):
        # the authority's name and colon over the title (_authority_over_title): the
        # header's issuer line, its colon no part of the name
        lead, title = title[0], title[1:]
        header.insert(
            sum(line.start < lead.start for line in header),
            Line(lead.index, lead.start, lead.end - 1, lead.text[:-1]),
        )

    # the head's authority is read only when the closing asks (a date with a line above
    # it that nothing else reads); header and title are not changed before it returns
    def own() -> str:
        return _own_authority(header, title, frozenset(lines[i].start for i in form))

    closing_start, kinds = closing.closing_start(view, lines, body_start, own)
    authority, date_index = closing.signature(kinds, lines[closing_start:])
    signed = lines[closing_start + authority[0]].text if authority else ""
    if len(title) > 1 and _place_over_title(title, signed):
        place, title = title[0], title[1:]
        header.insert(sum(line.start < place.start for line in header), place)
    named: Line | None = None
    if (
        len(title) > 1
        and _names_the_signer(title[0].text, title[1].text, signed)
        and not _marked_above(header, title[0].text)
    ):
        named, title = title[0], title[1:]
        header.insert(sum(line.start < named.start for line in header), named)
    elif (
        title
        and (over := _header_over(header, lines, title[0])) is not None
        and _names_the_signer(over.text, title[0].text, signed)
        and issuer_mark(over.text) is None
    ):
        # the same name read as header already, between a page's heading and the title
        # (:func:`_between_titles`): the signer's name as the head writes it all the same
        named = over
    # a 发文字号 line at the very end of the letter belongs to the header too
    header.extend([line for line in lines[closing_start:] if is_doc_number_line(line.text)])
    body_end = _attachments_at(view, lines, body_start, closing_start)
    while (
        body_end > body_start
        and lines[body_end - 1].text[:1] in _FORMULA_FIRST
        and _CLOSING_FORMULA.match(lines[body_end - 1].text)
    ):
        body_end -= 1
    return Layout(
        header=tuple(header),
        title=tuple(title),
        salutation=salutation,
        body=lines[body_start:body_end],
        closing=lines[closing_start:],
        signature_issuer=tuple([lines[closing_start + i] for i in authority]),
        signature_date=lines[closing_start + date_index] if date_index is not None else None,
        form=tuple([lines[i] for i in sorted(form)]) if form else (),
        authority=named,
        numbered=tuple(numbered),
        addressed=addressed,
    )


_Colonless = tuple[int, int, tuple[Line, ...], int | None, Line | None]
"""What :func:`_colonless` finds: where the title ends and the body starts, the header's
lines under the title, the salutation's index and line (None when there is none)."""


def _colonless(
    view: TextView, lines: tuple[Line, ...], head: int, form: frozenset[int]
) -> _Colonless:
    """The parts of a letter read with no salutation ending in its colon: the title from
    ``head`` to the line that ends as a title does, the header elements under it, and a
    salutation written without its colon right under those (张某代表, a body's name), or
    at ``head`` when the letter opens with one."""
    sal: int | None = None
    salutation: Line | None = None
    under_title: tuple[Line, ...] = ()
    if head + 1 < len(lines) and _bare_salutation(view, lines[head]):
        # no title: the letter opens with its salutation, its colon lost (王某代表 /
        # 你提出的…), which reads as no title (one ends as a title does, 答复, 函)
        title_end = head
    else:
        title_end = _title_end(view, lines, head) if head < len(lines) else head
        if head < title_end < len(lines) and number_note(lines[title_end].text):
            # the title's note of the item's number on the line under it (…的答复 /
            # （2021年第58号）), as a salutation's title keeps it (decided, left64)
            title_end += 1
    body_start = title_end
    # header elements right under the title (a 发文字号, a note) are header
    while body_start < len(lines) and (
        body_start in form
        or _under_title(view, lines[body_start])
        or (body_start > 0 and serial_rest(lines[body_start - 1].text, lines[body_start].text))
    ):
        body_start += 1
    under_title = lines[title_end:body_start]
    # a salutation without its colon right under the title: 张某代表, or a body's name;
    # a long list of names may wrap over lines that end with 、 or ， (a PDF's copy)
    last = body_start
    while (
        last + 2 < len(lines)
        and lines[last].text.endswith(("、", "，"))
        and _NAME_LIST_HEAD.match(lines[last].text)
        and not _comma_for_colon(view, lines, last)
    ):
        last += 1
    if (
        last == body_start
        and last + 2 < len(lines)
        and _bare_salutation(view, lines[last + 1])
        and _opens_reply(lines[last + 2].text)
        and not _bare_salutation(view, lines[last])
        and _opens_letter_line(view, lines[last])
        and _addressed_body(view, lines, body_start, title_end)
    ):
        # a body's name addressed right over the names and a role word, the opening under
        # them, both without their colons (某县人大常委会 / 王某代表 / 您提出的…): both are
        # the salutation, as with the colons (review66; pert66's body gives way only to
        # names further down, :func:`_named_over_opening`)
        last += 1
    if last + 1 < len(lines) and (
        _bare_salutation(view, lines[last])
        or (
            last == body_start
            and _addressed_body(view, lines, body_start, title_end)
            and not _named_over_opening(view, lines, head, form, last)
        )
    ):
        sal = last
        salutation = lines[sal]
        if last > body_start:
            start, end = lines[body_start].start, lines[last].end
            text = view.norm[start:end].replace("\n", "")
            salutation = Line(lines[body_start].index, start, end, text)
        body_start = last + 1
    elif (found := _salutation_in_head(view, lines, head, body_start)) is not None:
        # a salutation with no colon further down the head, over the opening sentence: the
        # lines above it are read as a colon's salutation has them read (a 发文字号 and the
        # letter's own title under the page's heading, or a title it was glued to)
        title_end, body_start, under_title, sal = found, found + 1, (), found
        salutation = lines[sal]
    elif (found := _salutation_over_opening(view, lines, head, form)) is not None:
        # the same further down, with the proposal's text or a form's rows above it: read
        # as its colon would have it read (what stands above it is the head's)
        title_end, body_start, under_title, sal = found, found + 1, (), found
        salutation = lines[sal]
    elif (opening := _head_over_opening(view, lines, title_end, body_start)) > body_start:
        # no salutation: the letter's own name and its header elements under the title
        # down to the opening sentence are the header, as over a salutation (…的答复 /
        # 某县某局 / 某交函〔2099〕3号 / 您提出的…收悉; nosalut72)
        body_start = opening
        under_title = lines[title_end:body_start]
    if salutation is not None and (lead := _SALUTATION_LEAD.match(salutation.text)):
        # (the bullet or lost mark before the names is the line's, not the salutation's,
        # as before one with its colon: •王某代表 names 王某)
        cut = (
            lead.end()
            + len(salutation.text[lead.end() :])
            - len(salutation.text[lead.end() :].lstrip())
        )
        salutation = Line(
            salutation.index, salutation.start + cut, salutation.end, salutation.text[cut:]
        )
    return title_end, body_start, under_title, sal, salutation


def _head_over_opening(
    view: TextView, lines: tuple[Line, ...], title_end: int, body_start: int
) -> int:
    """Where the body starts in a letter with no salutation when the lines from
    ``body_start`` (under the title and the header elements right under it) down to the
    opening sentence (:func:`_opens_reply`) are all header: header elements
    (:func:`_under_title`: a 发文字号, a class mark) or the letter's own authority's name
    alone (no body it answers, :func:`_addressed_body`), at most :data:`_HEAD_REACH` of
    them (``…的答复`` / ``某县某局`` / ``某交函〔2099〕3号`` / ``A`` / ``您提出的…收悉``):
    the opening's index then, else ``body_start``. The letter's own name alone with no
    element is the header's too (``…的答复`` / ``某县某局`` / ``您提出的…``, head73: nosalut72
    left it the body's first line)."""
    k = body_start
    while k < len(lines) - 1 and k < body_start + _HEAD_REACH:
        line = lines[k]
        if _opens_reply(line.text):
            break  # (the opening, though it cites a number first: never the header's)
        if not _under_title(view, line) and (
            issuer_mark(line.text) != line.text or _addressed_body(view, lines, k, title_end)
        ):
            break
        k += 1
    if k > body_start and k < len(lines) - 1 and _opens_reply(lines[k].text):
        return k
    return body_start


def _opens_letter_line(view: TextView, line: Line) -> bool:
    """Whether ``line`` opens a line of the letter as written (blanks before it or none),
    not words the view set apart from the line before (a site's name glued after the
    title, …的答复某县人民政府: title58's)."""
    first = view.origin[line.start]
    return not view.original[view.original.rfind("\n", 0, first) + 1 : first].strip()


def _named_over_opening(
    view: TextView, lines: tuple[Line, ...], head: int, form: frozenset[int], at: int
) -> bool:
    """Whether a body's name alone at ``lines[at]``, right under what reads as the title,
    over no opening sentence (``某县人民政府`` / ``政府信息公开``: a site's name under its
    menu), gives way to names and a role word right over the opening further down
    (``王某、李某两位代表`` / ``您在…收悉``, :func:`_salutation_over_opening`): the 主送 line
    that lost its colon, the lines above it the head's, as with the colon (pert66)."""
    if at + 1 >= len(lines) or _opens_reply(lines[at + 1].text):
        return False
    found = _salutation_over_opening(view, lines, head, form)
    return found is not None and found > at and _bare_salutation(view, lines[found])


def _salutation_over_opening(
    view: TextView, lines: tuple[Line, ...], head: int, form: frozenset[int]
) -> int | None:
    """The index of a salutation written without its colon (:func:`_bare_salutation`:
    names and a role word, nothing else; or a body's name alone that is not the letter's
    own, :func:`_addressed_body`) right over the opening sentence, the first line that
    acknowledges the proposal (``…收悉``), addresses its reader (``您…``, ``你们…``) or
    says the reply follows (``…现答复如下：``), within :data:`_SALUTATION_WITHIN` lines of
    the head's end and their form lines: a page that printed the proposal's own text or a
    form's rows over the reply sets them above it, and a title cut short (``…建议的``)
    never ends, so the name under it is no title's (with its colon the salutation is found
    there, :func:`_find_salutation`). None when the opening has no such line over it (a
    收悉 further down is the body's, a unit's heading over it no salutation), or when the
    line over the name runs on into it (``经县人大常委会交办，`` / ``某县财政局`` /
    ``转来的…收悉``: a name inside a sentence)."""
    seen = 0
    for i in range(head + 1, len(lines)):
        text = lines[i].text
        if _opens_reply(text):
            above = i - 1
            if (
                above > head
                and (above not in form or _reply_cell_salutation(view, lines, above, form))
                and not _runs_on(lines[above - 1].text)
                and (
                    _bare_salutation(view, lines[above])
                    or _addressed_body(view, lines, above, above)
                )
            ):
                return above
            return None
        if i not in form:
            seen += 1
            if seen > _SALUTATION_WITHIN:
                return None
    return None


def _cell_salutation(view: TextView, line: Line) -> Line | None:
    """The value of ``line``, a form's row with its colon (``办理情况：``, ``答复内容：``: a
    label of field ``form``, data/labels.tsv), when it is the reply's salutation written
    without its colon (names and a role word, :func:`_bare_salutation`), as a line of its
    own: the reply the row holds opens with it, as ``办理情况：王某代表：`` reads with the
    colon (pert66). None otherwise."""
    found = opening_label(view, line)
    if found is None or not found.colon or found.entry.field != "form":
        return None
    value = view.norm[found.value : line.end]
    start = found.value + len(value) - len(value.lstrip())
    if start >= line.end:
        return None
    names = Line(line.index, start, line.end, view.norm[start : line.end])
    return names if _bare_salutation(view, names) else None


def _first_opening(lines: tuple[Line, ...], head: int) -> int | None:
    """The index of the first line from ``head`` on, the letter's last aside, that opens
    the reply (:func:`_opens_reply`); None when none does."""
    return next((i for i in range(head, len(lines) - 1) if _opens_reply(lines[i].text)), None)


def _opens_reply(text: str) -> bool:
    """Whether ``text`` is the reply's opening sentence as :func:`_salutation_over_opening`
    reads one: it acknowledges the proposal (``…收悉``), addresses its reader (``您…``,
    ``你们…``) or says the reply follows (``…现答复如下：``)."""
    return (
        "收悉" in text
        or _ADDRESSING.match(text) is not None
        or _REPLY_BEGUN.search(text) is not None
    )


def _reply_cell_salutation(
    view: TextView, lines: tuple[Line, ...], i: int, form: frozenset[int]
) -> bool:
    """Whether ``lines[i]``, read as the value of the form's last cell (``办理情况`` /
    ``答复内容`` over it), is the reply's salutation written without its colon (names and a
    role word, :func:`_bare_salutation`) over the opening sentence under it: the reply the
    cell holds opens with it, as it does with its colon (``办理情况`` / ``王某代表：`` /
    ``您提出的…``), which the form never takes (pert66)."""
    return (
        i - 1 in form
        and i + 1 < len(lines)
        and i + 1 not in form
        and _bare_salutation(view, lines[i])
    )


_REPLY_BEGUN = re.compile(r"(?:答复|回复|函复)如下")
"""What an opening that says no 收悉 holds (``…现答复如下：``): the reply begins."""


def _runs_on(text: str) -> bool:
    """Whether ``text`` ends inside a clause the next line goes on with: on ``，``/``、``, or
    after a ``，`` with no stop or colon since (``近年来…，建议由``)."""
    if text.endswith(("，", "、")):
        return True
    comma = text.rfind("，")
    return (
        comma >= 0
        and max(text.rfind("。"), text.rfind("！"), text.rfind("？"), text.rfind("：")) < comma
    )


_HEAD_REACH = 4
"""How many lines under the title and the header elements under it a salutation with no
colon may stand (a 发文字号's line, the letter's own title again)."""
_ADDRESSING = re.compile(r"^(?:您|你)")
"""How the opening sentence under a salutation opens (您提出的…, 你们提出的…)."""


def _salutation_in_head(
    view: TextView, lines: tuple[Line, ...], head: int, below: int
) -> int | None:
    """The index of a salutation written without its colon (:func:`_bare_salutation`) among
    the head's lines from the one under ``head`` to :data:`_HEAD_REACH` lines under
    ``below`` (where the body would start), right over the opening sentence (a sentence,
    or one opening with 您/你); no sentence nor clause above it (a line of marks parted by
    ，, ``（A类，同意公开）``, is none). None when there is none.

    So is the name of a body the letter answers, alone on its line with no colon (a party's
    or a unit's 提案 answered to it: ``某党某市委员会`` over ``某党某市委员会向…会议提交了…``;
    :func:`_addressed_body`), under the letter's own title printed below the page's
    heading, that title ended (…的办理意见; header elements between them or not): the same
    reading as right under a title, the lines above it for the title. (A name under a line
    that has not ended, ``…单位有某县公安局、`` / ``某县交通运输局`` / ``等部门…。``, is a
    sentence's, broken.)"""
    for i in range(head + 1, min(below + _HEAD_REACH, len(lines) - 1)):
        text = lines[i].text
        if _prose_in(text) or ("，" in text and not is_element(view, lines[i])):
            return None  # a sentence or a clause (经研究，现答复…) above: the body's
        nxt = lines[i + 1].text
        if (_prose_in(nxt) or _ADDRESSING.match(nxt)) and (
            _bare_salutation(view, lines[i])
            or (_under_ended_title(view, lines, head, i) and _addressed_body(view, lines, i, i))
        ):
            return i
    return None


def _under_ended_title(view: TextView, lines: tuple[Line, ...], head: int, i: int) -> bool:
    """Whether the line nearest above ``lines[i]`` (down to ``head``) that is no header
    element has reached its 文种 as a title does (:func:`_ended`)."""
    for k in range(i - 1, head - 1, -1):
        if not is_element(view, lines[k]):
            return _ended(lines[k].text)
    return False


def _under_opening(lines: tuple[Line, ...], head: int, sal: int) -> bool:
    """Whether the opening sentence (…建议收悉，现答复如下) stands between the header's end
    and ``lines[sal]``, a line ending with a colon: the body has begun, and the line is
    one of its sentences introducing a list (…从以下三方面开展工作：), no salutation."""
    for k in range(head, sal):
        text = lines[k].text
        if "收悉" in text:
            return True
        if "如下" in text and _OPENED_END.search(text) and not _leads_to_title(lines, k, sal):
            return True
    return False


def _leads_to_title(lines: tuple[Line, ...], k: int, sal: int) -> bool:
    """Whether a line ending with 如下 at ``lines[k]`` is a page's lead over the letter it
    gives whole (…发布对某建议的答复。 / 全文如下：), no opening sentence: its 如下 after
    :data:`~replyparse.chrome.REPOST_LEAD_WORDS` (全文, 原文), and a reply's title whole on
    its line (:data:`_WHOLE_TITLE_END`) under it, above ``lines[sal]``. An opening that says
    the reply follows (经认真研究，现答复如下：) is none, a body's heading under it ending as
    a title does (一、关于资金问题的答复) or not (review62d: fix104 read any 如下 so, took the
    heading for the title and the list's sentence under it for the salutation)."""
    lead = _OPENED_END.search(lines[k].text)
    if lead is None or not lines[k].text.endswith(REPOST_LEAD_WORDS, 0, lead.start()):
        return False
    return any(
        _WHOLE_TITLE_END.search(line.text) and not _sentence_in((line,))
        for line in lines[k + 1 : sal]
    )


def _sentence_in(lines: tuple[Line, ...]) -> bool:
    """Whether one of ``lines`` holds a sentence's end (``。！？``)."""
    for line in lines:
        text = line.text
        if "。" in text or "！" in text or "？" in text:
            return True
    return False


def _addressed_above(
    view: TextView, lines: tuple[Line, ...], head: int, sal: int, form: frozenset[int]
) -> _Colonless | None:
    """The letter read with no colon-ended salutation (:func:`_colonless`) when that reading
    finds a salutation without its colon right under the title with a sentence between it
    and ``lines[sal]``, a line ending with a colon (``某县某局`` / ``…已交我办研究办理。`` /
    ``目前…开展工作：``): the colon's line is the body's; None otherwise. (A sentence stands
    between the header and a salutation rarely: a 办理单's summary above the title.)"""
    if not _sentence_in(lines[head + 1 : sal]):
        return None
    found = _colonless(view, lines, head, form)
    at = found[3]
    if at is None or at >= sal:
        return None
    return found if _sentence_in(lines[at + 1 : sal]) else None


_START = attrgetter("start")


def _header_over(header: list[Line], lines: tuple[Line, ...], first: Line) -> Line | None:
    """The header's line right over ``first`` (the title's first line), no other line of
    the letter between them, or None."""
    above = bisect_left(lines, first.start, key=_START) - 1
    if above < 0:
        return None
    return next((line for line in header if line.start == lines[above].start), None)


def _names_the_signer(text: str, below: str, signed: str) -> bool:
    """Whether ``text``, a title's first line over one opening with 关于 or 对, is the
    signing authority's name alone (``signed`` is the signature's first line) in words
    the issuer's mark does not know: the name whole, or with its last one or two
    characters lost in copying (``某市某某执法`` signed ``某市某某执法局``)."""
    if not (_OPENING_TITLE.match(below) and _NAME_ONLY.match(text)) or _TITLE_WORDS.search(text):
        return False
    return closing.names_cut(text, signed)


# Place names alone (某省某县, 某市某区某镇): each a name and its level's word, up to four,
# no other word (关于, a verb, an office's suffix).
_PLACE_ONLY = re.compile(
    r"^(?!.*(?:关于|的|推进|加快|加强|建设|提升|完善|促进|实施|打造|创建))"
    r"(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|自治州|州|盟|地区|县|自治县|区|旗|镇|乡|街道)){1,4}$"
)
"""Place names alone, with their levels' words: no 关于, 的 or verb of a proposal's topic
(推进全域旅游示范区 is a title's first line)."""
_PLACE_GOVERNMENT = ("人民政府", "政府", "党委", "委员会", "办事处")
"""What follows a place's name in the name of its own government (某镇人民政府)."""


def _place_over_title(title: list[Line], signed: str) -> bool:
    """Whether the title's first line, over one opening with 关于 or 对 (or over the
    signing authority's name alone over one: ``某省某县`` / ``某县某局`` / ``关于…``), is place
    names alone (:data:`_PLACE_ONLY`, a page's or a banner's ``某省某县``) that name no
    signer: no part of the title. A place that signs, alone or as its government's name
    (``某镇`` signed ``某镇`` or ``某镇人民政府``), opens a title broken after its issuer."""
    text, below = title[0].text, title[1].text
    if len(text) > 20 or not _PLACE_ONLY.match(text):
        return False
    if not _OPENING_TITLE.match(below) and not (
        len(title) > 2
        and _OPENING_TITLE.match(title[2].text)
        and _NAME_ONLY.match(below)
        and not _TITLE_WORDS.search(below)
        and closing.names_cut(below, signed)
    ):
        return False
    signer = "".join(signed.split())
    return not (signer == text or any(signer == text + end for end in _PLACE_GOVERNMENT))


def _marked_above(header: list[Line], text: str) -> bool:
    """Whether the header's mark names the authority ``text`` names alone: the title then
    opens with its issuer, broken after it (:func:`_title_repeats`)."""
    name = issuer_mark(text)
    return name is not None and any(issuer_mark(line.text) == name for line in header)


def title_issuer(text: str) -> re.Match[str] | None:
    """The authority a title opens with (``某某局关于…的答复``, ``2019年县某局对…的函``: a
    year before it is no part of the name, group ``name``; or its session right after it,
    ``某局某县第十届人大二次会议第7号…``, when the name is one a mark would read)."""
    m = _TITLE_ISSUER.match(text)
    if m is None or m.group().endswith(("关于", "对")) or _named_before_session(m):
        return m
    return None


def issuer_before_session(text: str) -> int | None:
    """Where the authority a title opens with ends when its session follows right after it,
    its 对 left out (``某局某县第十七届人大四次会议第68号建议的答复``: :data:`_SESSION_NEXT`):
    the title's own first words, read whole on one line as glued (fix126); None otherwise."""
    m = _TITLE_ISSUER.match(text)
    if m is None or m.group().endswith(("关于", "对")):
        return None  # (its 关于 or 对 read: the usual title)
    return m.end("name") if _named_before_session(m) else None


_PLACED_NAME = re.compile(
    rf"^(?:[\u4e00-\u9fff]{{0,3}}[省市县区乡镇州盟旗](?![政场域])(?<!{CITY_WORD})"
    r"|国家|国务院|中共|中国|全国)"
)
"""An authority's name that names its place first (某县…, 甲山市…) or the state's words a
national one opens with (中国…, 国家…)."""


def _named_before_session(m: re.Match[str]) -> bool:
    """Whether a match of :data:`_TITLE_ISSUER` read by its session (no 关于 nor 对 after
    the name) names an authority as a header's mark would (:func:`issuer_mark`), its place
    first: no words of a title or a sentence before the session (关于办理县…, 本委认真办理了
    某区…)."""
    name = m.group("name")
    return _PLACED_NAME.match(name) is not None and issuer_mark(name) == name


def _own_authority(header: list[Line], title: list[Line], cells: frozenset[int]) -> str:
    """The authority the letter's head names: the header's mark (a form's cell, whose start
    ``cells`` holds, aside), else the name its title opens with; empty when neither does."""
    for line in header:
        if line.start not in cells and (name := issuer_mark(line.text)):
            return name
    m = title_issuer(title[0].text) if title else None
    return m.group("name") if m else ""


def _attachments_at(view: TextView, lines: tuple[Line, ...], start: int, stop: int) -> int:
    """Where among ``lines[start:stop]`` the 附件说明 (GB/T 9704-2012 7.3.4) begins, after
    the 正文 (``stop`` when it has none): the attachment list is no section."""
    if "附" not in view.norm:
        # the list's first line opens with 附件: a letter without 附 has none (one character
        # is found several times faster than the two over a whole letter; a letter with 附
        # but no 附件 only walks the lines below, where no line opens with it)
        return stop
    for i in range(start, stop):
        if _ATTACHMENTS.match(lines[i].text):
            return i
    return stop


def _bare_salutation(view: TextView, line: Line) -> bool:
    """A salutation written without its colon: names and a role word (张某代表), the names
    parted by 、 or by ， (a web copy's commas for 、: 张某，李某委员; the end of a list
    wrapped over lines that end with ，), a comma or semicolon in the colon's place allowed
    (张某代表，). A listing's heads of its columns parted by gaps (``序号  建议人  单位``,
    :func:`labels_row`) name nobody."""
    text = line.text
    if text.endswith(_COLON_IN_PLACE):
        text = text[:-1]  # 王某代表，: a typist's comma for the colon, or a scan's ； (OCR)
    # a list's bullet before the names, or one mark of a character the copy lost (•王某代表,
    # ?王某代表), as before a salutation with its colon (pert67)
    text = _SALUTATION_LEAD.sub("", text.replace("，", "、"), count=1)
    return (
        (_BARE_SALUTATION.match(text) is not None or _pairs_bare_last(text))
        and not _TITLE_START.search(line.text)
        and "会议" not in text  # (a title broken before 代表建议: 对某省某届人大某次会议代表)
        and not is_label_line(view, line)
        and (text[:2] not in ROW_HEADS or labels_row(view, line) is None)
    )


_SALUTATION_LEAD = re.compile(r"^(?:[•·●▪]+|[？?\ufffd□〓])")
"""What may open a salutation's line before its names (:func:`_bare_salutation`): a list's
bullets, or the one mark a copy wrote for a character it lost."""


def _pairs_bare_last(text: str) -> bool:
    """Whether ``text`` is names each with the role but the last (:data:`_PAIRS_BARE_LAST`),
    whose name opens with a surname."""
    m = _PAIRS_BARE_LAST.match(text)
    if m is None:
        return False
    last = m.group("last")
    return last[:1] in _SURNAMES or last[:2] in _SURNAMES


def _comma_for_colon(view: TextView, lines: tuple[Line, ...], i: int) -> bool:
    """Whether ``lines[i]``, names ending with ， (王某、李某代表，), is a whole salutation
    whose comma stands for its colon: a role word ends its names, and the line under it
    goes on with no more names (a list wrapped over lines, 王某代表，李某代表， over
    赵某代表：, goes on)."""
    if not lines[i].text.endswith("，") or not _bare_salutation(view, lines[i]):
        return False
    below = lines[i + 1].text
    return not (_salutation_shaped(below) or _BARE_SALUTATION.match(below.rstrip("，、；")))


def _addressed_body(view: TextView, lines: tuple[Line, ...], i: int, title_end: int) -> bool:
    """Whether ``lines[i]``, right under the title (and its header elements) of a letter
    with no salutation, is the body it answers with no colon (a 会办/协办意见 to the lead
    unit: ``某县某某办公室`` over the opening): an authority's name alone that is not the
    letter's own (the one its title opens with, or that signs it on a later line: the line
    whole, its end under a place, ``某县交通局`` for ``县交通局``, or its start before its
    date or seal, ``县交通局 2099年6月8日``, or the name written in full where it is short,
    ``某县交通运输局`` for ``县交通局``: :func:`_signed_in_full`), nor the value of a label
    left empty right above it (``承办单位：`` / ``某县某局``: :func:`_value_under_label`)."""
    text = lines[i].text
    name = issuer_mark(text)
    if name is None or name != text or _TITLE_START.search(text):
        return False
    if _value_under_label(view, lines, i):
        return False
    if any(line.text.startswith(name) for line in lines[:title_end]):
        return False  # the letter's own authority, above the title or opening it
    if _whole_title_at(lines, i + 1) and not _signed_by_another(lines, name, i + 2):
        return False  # over the letter's own title, the page's heading above: its header
    return not any(
        _signed_by(line.text, name) or _signed_in_full(line.text, name) for line in lines[i + 1 :]
    )


def _whole_title_at(lines: tuple[Line, ...], i: int) -> bool:
    """Whether ``lines[i]`` is a whole title on its line (``关于…的复函``, ``对…的答复``): a
    name alone right over it is the letter's own, its header's mark (fix7071), no body it
    answers (fix106: an earlier round read it so under a page's heading and the 发文字号,
    and lost the issuer and the salutation under the title), unless another authority
    signs the letter (review62b: then the name is the body it answers, as left56b reads
    one over the opening)."""
    return (
        i < len(lines)
        and _OPENING_TITLE.match(lines[i].text) is not None
        and _TITLE_END.search(lines[i].text) is not None
        and _TITLE_BREAK_STOP.search(lines[i].text) is None
    )


_HAN_LEAD = re.compile(r"[\u4e00-\u9fff]{2,40}(?![\u4e00-\u9fff])")
"""An authority's name opening a line, no longer than one is (a line of prose is read no
further)."""


_PLACE_LEVELS = frozenset("省市州盟县区旗镇乡")
_LOWER_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[市州盟县区旗镇乡]|街道)")
"""A place under another one's level (``某区`` after ``市``, ``青石镇`` after ``县``): written
right after a place of the name, it makes the signer a lower body of the same kind, no full
form of the name."""


def _signed_in_full(text: str, name: str) -> bool:
    """Whether a line ``text`` signs with the authority ``name`` written in full where the
    name is short (``县交通局`` for ``某县交通运输局``, ``县住建局`` for ``某县住房和城乡建设局``,
    ``市自然资源局`` for ``某市自然资源和规划局``): the line opens with an authority's name
    alone (a date or a seal's note after it, or nothing), longer than ``name``, ending with
    its last character and holding all of ``name``'s characters in their order, as a short
    form keeps them, and no lower place right after a place of the name's
    (:data:`_LOWER_PLACE`: ``某市某区交通运输局`` is no full form of ``市交通运输局``, it
    answers it)."""
    lead = _HAN_LEAD.match(text)
    if lead is None or len(lead.group()) <= len(name) or lead.group()[-1] != name[-1]:
        return False
    signed = lead.group()
    if issuer_mark(signed) != signed:
        return False
    at = -1
    for char in name:  # (each found after the one before it)
        found = signed.find(char, at + 1)
        if found < 0:
            return False
        if (
            at >= 0
            and signed[at] in _PLACE_LEVELS
            and _LOWER_PLACE.fullmatch(signed, at + 1, found)
        ):
            return False  # (某区 after the name's 市: a lower body of the same kind)
        at = found
    return True


_SIGNER_LEAD = re.compile(
    r"[\u4e00-\u9fff]{2,40}(?=\s*(?:(?:19|20)\d{2}|[〇零○一二][〇零○一二三四五六七八九]{3})年|$)"
)
"""An authority's name that a signer's line opens with, its date after it or nothing."""
_SIGNER_REACH = 4
"""How many of the letter's last lines the signer is looked for in."""


def _answered_at_top(view: TextView, lines: tuple[Line, ...]) -> bool:
    """Whether the letter's first line, an authority's name alone with no title anywhere
    (the header's one line), is the body it answers, its colon lost (``某省某厅`` over
    ``王某代表提出的《…》已收悉…``, the letter signed ``某省某局``): the opening right under
    it (收悉, 如下, a sentence, or 您/你 first), the name no authority the letter signs
    with (:func:`_addressed_body`), and another authority's name signing on one of its
    last lines (alone, or before its date), no office of it, the body over it nor its
    short form. A letter
    signed by no authority keeps the name as its header's."""
    if len(lines) < 3:
        return False
    below = lines[1].text
    if not (_prose_in(below) or _ADDRESSING.match(below)):
        return False
    if not _addressed_body(view, lines, 0, 0):
        return False
    return _signed_by_another(lines, lines[0].text, 2)


def _signed_by_another(lines: tuple[Line, ...], name: str, first: int) -> bool:
    """Whether another authority than ``name`` signs on one of the letter's last lines from
    ``first`` on (alone, or before its date): no office of it, the body over it nor its
    short form (``某县人民政府`` over a letter signed ``某县人民政府办公室`` is the letter's own
    header)."""
    for line in lines[max(first, len(lines) - _SIGNER_REACH) :]:
        lead = _SIGNER_LEAD.match(line.text)
        if lead is None or issuer_mark(signed := lead.group()) != signed:
            continue
        return not (
            signed.startswith(name) or name.startswith(signed) or _signed_in_full(name, signed)
        )
    return False


_UNIT_LABEL_END = re.compile(r"(?:单位|部门|科室|处室|股室|机关|机构|主送|主办|协办|会办|分办)$")
"""How a label whose value names a unit ends (承办单位, 责任科室, 发布机构, 主送, 主办)."""


def value_under_label(view: TextView, line: Line) -> bool:
    """Whether the content line ``line`` is the value of a unit's label right above it,
    left empty after its colon (``承办单位：`` / ``某县某局``, ``抄送：`` / …): a label whose
    spelling names a unit (:data:`_UNIT_LABEL_END`) or a list's (the 抄送 labels). An empty
    cell of the header's own (``密级：``, ``份号：``, ``签发人：``) over the authority's mark
    names no unit: the mark under it stays one (review57e; :func:`_value_under_label` asks
    of any label)."""
    lines = view.content_lines
    if not 0 <= line.index < len(lines):
        return False
    if _in_cc_list(view, lines, line.index):
        return True  # (a body of a 抄送 list over its label's line: 抄送： / 某局 / 某局)
    if not _value_under_label(view, lines, line.index):
        return False
    found = opening_label(view, lines[line.index - 1])
    return found is not None and (
        found.entry.field == "cc" or _UNIT_LABEL_END.search(found.entry.spelling) is not None
    )


def _in_cc_list(view: TextView, lines: tuple[Line, ...], i: int) -> bool:
    """Whether ``lines[i]`` is a line of a 抄送 list whose label opens a line above it
    (``抄送：`` / ``某县教育局`` / ``某县财政局``, ``抄送：某局、`` / ``某局``), to the list's end
    (:func:`cc_list_end`; review57e: left57a read the first body under the empty label as
    its value, and the second as the issuer). The lists are found once a view, each walked
    once (a list of thousands of lines is no quadratic scan), and only as far down as a
    line asked: a list that opens below ``lines[i]`` does not hold it, and the walk from the
    top is the same walk wherever it stops (the first line, the one asked most, reads
    none)."""
    key = ("cc_lists", len(lines))
    known = view.answers
    lists: tuple[list[int], list[int], list[int]] | None = known.get(key)
    if lists is None:
        lists = known[key] = ([], [], [0])
    firsts, lasts, walked = lists
    k = walked[0]
    if k < i:
        while k < i:  # (i is below len(lines): a line of them)
            if CC_LINE.match(lines[k].text):
                firsts.append(k)
                lasts.append(cc_list_end(lines, k))
                k = lasts[-1] + 1
            else:
                k += 1
        walked[0] = k
    at = bisect_left(firsts, i) - 1  # (the last list opening above the line)
    return at >= 0 and lasts[at] >= i


def _value_under_label(view: TextView, lines: tuple[Line, ...], i: int) -> bool:
    """Whether ``lines[i]`` is the value of the label right above it, left empty after its
    colon (``承办单位：`` / ``某县某局``, ``办理单位：`` / …): a copy set the value on the next
    line, and it names the unit the label names, no body the letter answers."""
    if i == 0 or not lines[i - 1].text.endswith("："):
        return False
    above = lines[i - 1]
    found = opening_label(view, above)
    return found is not None and found.colon and found.value >= above.end


def _signed_by(text: str, name: str) -> bool:
    """Whether a line ``text`` signs with the authority ``name``: it ends with the name (the
    whole, or under a place written before it), or opens with it followed by no Han
    character (a date or a seal's note after it, not a sentence it opens)."""
    if text.endswith(name):
        return True
    after = text[len(name) : len(name) + 1]
    return text.startswith(name) and not ("\u4e00" <= after <= "\u9fff")


def _banner(line: Line, above: Line) -> bool:
    """Whether ``line``, under a title line, is the issuer's mark (``某局文件``, or the
    authority's name alone under a title that has ended, a note after its 文种 or not): a
    banner the page put below. Not asked of the name right over a line opening a title
    (``opens_own``) when header lines part it from the title above and the header's mark
    named it already, the title above (a page's heading) not writing the name glued to the
    title (``关于…的答复`` / ``（B类）`` / ``某局`` / ``某函〔2024〕3号`` / ``某局`` /
    ``关于…的答复``): that name opens the letter's own title, broken after its issuer, as
    with no heading over it (:func:`_title_repeats`)."""
    if issuer_mark(line.text) is None or _TITLE_START.search(line.text):
        return False
    return line.text.endswith("文件") or _ended(above.text)


_BETWEEN_LONGEST = 20
"""The longest line of names alone between a page's heading and the letter's title."""
_NAMES_ALONE = re.compile(r"[\u4e00-\u9fff]{2,20}")


def _between_titles(lines: tuple[Line, ...], i: int, stop: int, above: Line) -> bool:
    """Whether ``lines[i]`` is a short line of names alone (no title's words, no
    punctuation: an authority's name a copy cut short, ``某县文化广电体育`` for its 局, a
    place, a site's name) between a title line that has ended (a page's heading) and a
    whole title right under it (``关于…的答复``, the letter's own, on one line or broken over
    two): header, as the name whole is (:func:`_banner`)."""
    text = lines[i].text
    return (
        i + 1 < stop
        and len(text) <= _BETWEEN_LONGEST
        and _NAMES_ALONE.fullmatch(text) is not None
        and _OPENING_TITLE.match(text) is None
        and not _TITLE_START.search(text)
        and _ended(above.text)
        and (
            _WHOLE_TITLE.match(lines[i + 1].text) is not None
            or _broken_title_under(lines, i + 1, stop)
        )
    )


_SITE_ALONE = re.compile(r"[\u4e00-\u9fff]{2,12}(?:网|网站|官网)")
"""A web site's name alone on its line (``中国某某网``, ``某某在线网站``)."""


def _site_over_title(lines: tuple[Line, ...], i: int, stop: int) -> bool:
    """Whether ``lines[i]``, over no title line, is a site's name alone (:data:`_SITE_ALONE`,
    no title's words) right over a whole title (``关于…的答复``, ``对…的答复``, on one line or
    broken over two): the banner of the page that carried the letter, header, no part of
    the title (an earlier round glued it to the title where no blank line parted them; a
    title broken after its words' 网, ``关于加强农村电网`` / ``改造的建议的答复``, opens
    with 关于)."""
    text = lines[i].text
    return (
        i + 1 < stop
        and _SITE_ALONE.fullmatch(text) is not None
        and _OPENING_TITLE.match(text) is None
        and not _TITLE_START.search(text)
        and (
            _WHOLE_TITLE.match(lines[i + 1].text) is not None
            or _broken_title_under(lines, i + 1, stop)
        )
    )


def _broken_title_under(lines: tuple[Line, ...], i: int, stop: int) -> bool:
    """Whether ``lines[i]`` opens a title (关于…, 对…) that the next line ends (its 文种):
    the letter's own title broken over two lines (``关于对某市第届…会议`` / ``9号建议的答复``)."""
    return (
        i + 1 < stop
        and _OPENING_TITLE.match(lines[i].text) is not None
        and not _ended(lines[i].text)
        and _WHOLE_TITLE.match(lines[i].text + lines[i + 1].text) is not None
    )


_NOTE_ALONE = re.compile(r"^[（(][^（）()]{2,60}[）)]$")
"""A note in brackets alone on its line (a page's heading's ``（关于…的提案）`` a copy set
under its ``…的答复``)."""


def _title_line_before(title: list[Line]) -> Line:
    """The title's last line, or the one before the notes in brackets alone that end it
    (``…的答复`` / ``（关于…的提案）`` / ``（主办）``): the line whose end tells whether the
    title has ended."""
    k = len(title) - 1
    while k > 0 and title[k].text[:1] in "（(" and _NOTE_ALONE.match(title[k].text):
        k -= 1
    return title[k]


_LIST_NUMBER_LEAD = re.compile(
    r"[\s•·●▪\-]*(?:\d{0,4}[（(]\d{1,2}[）)][.．、]?|\d{1,2}[、.．])(?=[\u4e00-\u9fff])"
)
"""A list's number opening a line (``(2).``, ``004(1).``, ``（2）``, ``2、``, ``2.``, a bullet
before it or not), hanzi after it."""
_NUMBER_LEAD_FIRSTS = "（(0123456789 \t•·●▪-"
"""The characters :data:`_LIST_NUMBER_LEAD` opens with (the gate: most lines open none)."""


def _restarts(above: Line, line: Line) -> bool:
    """Whether ``line`` is a whole title of its own under a title line that has ended (its
    文种, or 文种 and a note after a colon): the page's heading above the letter's own
    title, which is the later one; so after a listing's number (``004(1).对…的答复``,
    ``• 1、关于…的答复``: review60g, the number the title's reader cuts)."""
    if not _ended(above.text):
        return False
    if _WHOLE_TITLE.match(line.text):
        return True
    lead = _LIST_NUMBER_LEAD.match(line.text) if line.text[:1] in _NUMBER_LEAD_FIRSTS else None
    return lead is not None and _WHOLE_TITLE.match(line.text[lead.end() :]) is not None


_CUT_ENDING = re.compile(rf"的?(?:{_REPLY_ENDINGS}|函|意见)")
_CUT_SHORTEST = 8
"""The fewest characters a title's copy cut before its ending is read as one (a line shorter
is no title's words enough to tell it)."""


def _cut_copy(above: Line, line: Line) -> bool:
    """Whether ``line``, under a title line that has ended (a page's heading, a tag before it
    or not: ``【人大建议】关于…第11号建议的答复``), is the same title cut before its ending,
    the heading's words up to its 文种 and no more (``关于…第11号建议的``): the letter's own
    title line a copy lost the last characters of, the later one, read as written (fix92;
    fix73 reads a letter's damaged title so under a whole heading)."""
    text = line.text
    if len(text) < _CUT_SHORTEST or not _OPENING_TITLE.match(text) or _ended(text):
        return False
    at = above.text.rfind(text)
    return at >= 0 and _CUT_ENDING.fullmatch(above.text, at + len(text)) is not None


def _numbered_under(above: Line, line: Line) -> bool:
    """Whether ``line``, under a title line that has ended (…的答复), opens with a list's
    number and is no whole title after it (``(2).关于某路拓宽问题的办理情况``): a section's or
    a list's line, no more of the title (review60g: fix92 kept ``(2).``'s dot a dot, and such
    a line, no sentence then, was glued to the title; a listing's whole title after its
    number, ``004(1).对…的办理答复``, is the title's line still)."""
    if line.text[:1] not in _NUMBER_LEAD_FIRSTS or not _ended(above.text):
        return False
    m = _LIST_NUMBER_LEAD.match(line.text)
    return m is not None and _WHOLE_TITLE.match(line.text[m.end() :]) is None


def _under_proposal_title(title: list[Line], line: Line) -> bool:
    """Whether ``line`` is a whole title of its own under title lines that, joined, are the
    proposal's own title alone (``关于加强某某的提案`` / ``对…第123号提案的答复``): the item
    answered, written over the reply's title, which is the letter's."""
    return bool(_WHOLE_TITLE.match(line.text)) and bool(
        _PROPOSAL_TITLE.match("".join(part.text for part in title))
    )


def _broken_under_proposal_title(
    view: TextView, lines: tuple[Line, ...], title: list[Line], i: int, title_end: int
) -> bool:
    """Whether ``lines[i]`` opens a title broken over lines (:func:`_broken_title_end`, its
    end within the title's lines) under title lines that, joined, are the proposal's own
    title alone (``关于加强某某的建议`` / ``对市某届某次会议`` / ``第12号建议的答复``: a page's
    heading naming the item answered, over the letter's own title printed over two lines):
    the item's, header, as over a title whole on its line (:func:`_under_proposal_title`)."""
    if _PROPOSAL_TITLE.match("".join(part.text for part in title)) is None:
        return False
    end = _broken_title_end(view, lines, i)
    return end is not None and end <= title_end


def _restarts_broken(
    view: TextView, lines: tuple[Line, ...], above: Line, i: int, title_end: int
) -> bool:
    """Whether ``lines[i]`` opens a title broken over lines (:func:`_broken_title_end`, its
    end within the title's lines) under a title line that has ended: the letter's own
    title under the page's heading, which is the later one."""
    if not _ended(above.text):
        return False
    end = _broken_title_end(view, lines, i)
    return end is not None and end <= title_end


def _opens_after_a_gap(title: list[Line], line: Line) -> bool:
    """Whether ``line`` opens a title (关于…, 对…) after a blank line, or lines the view
    dropped, under title lines that neither open one (关于) nor end one (答复, 复函, 的函):
    a site's menu the chrome does not know (``综合信息 政务公开 提案办理``) is header, the
    title begins at ``line``. A title broken over a blank line runs on (``关于某会议`` /
    ``第9号建议的答复``), and so does one broken after its issuer's name (``某局`` /
    ``关于…的答复``), but not a menu's words above that name (``手机版`` / ``某局`` /
    ``关于…``: header, the name the header's mark as with no menu above). A title that
    names its own authority (``某局对…``, ``某局关于…``) has none broken off above it: an
    authority's name among the lines above (a site's name in its menu) is header too."""
    if line.index <= title[-1].index + 1 or any(_TITLE_START.search(p.text) for p in title):
        return False
    if _OPENING_TITLE.match(line.text) is not None:
        return not all(issuer_mark(part.text) for part in title)
    return title_issuer(line.text) is not None


_COLUMN_HEADING_LONGEST = 20
"""The longest page's column heading over a title (议案(建议)办理, 人大代表建议)."""
_COLUMN_KIND = re.compile(r"建议|提案|议案")
_NOT_COLUMN = re.compile(r"[0-9０-９号届次]|会议")


def _column_heading_over(title: list[Line], line: Line) -> bool:
    """Whether ``line`` is a whole title that names its own authority (``某局关于…的答复``,
    ``某局对…的复函``, on its one line) right under title lines that are a page's column
    heading naming the class of item it files (``议案(建议)办理``, ``人大代表建议``: a kind
    word, no title's opening or ending, no number or session, short), a blank line between
    or not, a page's heading that has ended above it or not: a title that names its own
    authority has none broken off above it, so the heading is header (as after a gap,
    :func:`_opens_after_a_gap`), and the title begins at ``line``."""
    if _WHOLE_TITLE.match(line.text) is None:
        return False
    k = len(title)
    while k > 0 and not _ended(title[k - 1].text):
        k -= 1  # (a page's heading that has ended above the column's: header with it)
    if k == len(title):
        return False
    heading = "".join(part.text for part in title[k:])
    if title_issuer(line.text) is None:
        # (a title with no authority, 关于…, 对…, under a column whose own words end it,
        # 人大代表建议专栏, 建议提案办理结果公开: no title opens so; left69)
        return (
            _OPENING_TITLE.match(line.text) is not None
            and OWN_COLUMN.fullmatch(heading) is not None
            and column_heading(heading)
        )
    return column_heading(heading)


_ITEM_BODIES = r"(?:人大|政协|代表|委员|建议|提案|议案|[和与及、/])+"
"""The words a column filing a class of item is made of: the bodies', the kinds' and the
links between them (``人大代表建议``, ``建议提案``, ``政协提案``)."""

OWN_COLUMN = re.compile(_ITEM_BODIES + r"(?:(?:办理)?(?:(?:结果|情况)公开|专栏)|办理情况)")
"""A column heading whose own words end it as no title's first line ends: a 专栏 of a class
of item (``人大代表建议专栏``, ``政协提案办理专栏``), the column publishing their results
(``建议提案办理结果公开``, ``…办理情况公开``), or their handling's account, the bodies' and
kinds' words alone before it (``人大代表建议办理情况``: a title's 办理情况 has the item's
number or session before it, which a column's words hold none of; left70)."""


_BARE_COLUMN = re.compile(_ITEM_BODIES)
"""A column named by the bodies' and the kinds' words alone (``人大建议``, ``政协提案``,
``建议提案``): with a kind word (:data:`_COLUMN_KIND`), a page's column, no title."""


def _column_alone(title: list[Line]) -> bool:
    """Whether the title lines, joined, are a page's column naming a class of item and no
    more (``人大建议``, ``人大代表建议专栏``, ``建议提案办理``: the bodies' and kinds' words
    alone, or :data:`ITEMS_COLUMN`, :data:`OWN_COLUMN`), a kind word among them: a crumb's or
    a menu's step right over the salutation of a reply that writes no title of its own is
    the page's, no title (decided, fix162: dev162/002 flattened, where the crumb's bars
    parted its steps into lines and the last step but one was read as the title)."""
    text = "".join([line.text for line in title])
    if len(text) > _COLUMN_HEADING_LONGEST or _COLUMN_KIND.search(text) is None:
        return False
    return (
        _BARE_COLUMN.fullmatch(text) is not None
        or ITEMS_COLUMN.fullmatch(text) is not None
        or OWN_COLUMN.fullmatch(text) is not None
    )


REPLIES_COLUMN = re.compile(_ITEM_BODIES + r"(?:办理)?(?:答复|回复|复文)(?:公开)?")
"""A column filing the replies to a class of item, its words the bodies', the kinds' and
the reply's alone (``政协提案办理答复``, ``建议提案办理答复``, ``人大建议答复``): it ends as
a title does, but names no authority, no session, no number and holds no 的."""


ITEMS_COLUMN = re.compile(_ITEM_BODIES + r"(?:办理(?:(?:结果|情况)公开|情况)?(?:专栏)?|专栏)")
"""A column filing a class of item for handling, its words the bodies' and the kinds' alone
then 办理 (``建议提案办理``, ``政协提案办理``), its results published (``建议提案办理结果公开``,
``…办理情况公开``) or a 专栏 (``人大代表建议专栏``, ``政协提案办理专栏``: left69): a column
heading (:func:`column_heading`) whose own words tell where it ends glued before the title."""
DISCLOSURE_ROOT = re.compile(r"(?:政府)?(?:信息|政务)公开")
"""The disclosure platform's name a page sets over its columns, bare (``政府信息公开``,
``政务公开``): the menu's root over a column heading (``政府信息公开  建议提案办理``)."""


def column_heading(text: str) -> bool:
    """Whether ``text`` may be a page's column heading naming the class of item it files
    (``议案(建议)办理``, ``人大代表建议``): a kind word, no title's opening or ending, no
    number or session, short; or the column of their replies (``政协提案办理答复``,
    :data:`REPLIES_COLUMN`) (:func:`_column_heading_over`; resegment's
    ``_title_after_column``)."""
    return len(text) <= _COLUMN_HEADING_LONGEST and (
        (
            _COLUMN_KIND.search(text) is not None
            and _TITLE_START.search(text) is None
            and _OPENING_TITLE.match(text) is None
            and _NOT_COLUMN.search(text) is None
        )
        or (REPLIES_COLUMN.fullmatch(text) is not None and _COLUMN_KIND.search(text) is not None)
    )


VIEWS_LABEL = r"(?:阅读|浏览|点击|访问)(?:次数|人次|量|数)?"
"""A page's count of its views by a bare word (``阅读``, ``浏览量``, ``点击数``, ``访问次数``), the
label before its figures: one spelling for the view, the title, the dates and the re-segmenter
(left69)."""
_VIEW_COUNT = re.compile(
    rf"[【\[（(]?{VIEWS_LABEL}\s*[：:]\s*\d+(?:\.\d+)?万?\s*(?:人次|次)?[】\]）)]?"
)
"""A page's count of its views by a bare word alone on a line, its figures after the colon
(``阅读：88``, ``【阅读：88】``, ``阅读：1.2万``): the page's cell, as ``浏览次数：88`` is, no
more of the title over it (left69; the word alone is no label: ``阅读：《某某》``)."""


def _chrome_after_title(above: str, text: str) -> bool:
    """Whether ``text``, a line under a title line that has reached its 文种 (…的复函), is
    no more of the title: it holds no title's word, neither 关于, 对 nor a kind word, and
    ends in no 文种 (a page's tool strip the copy set there, ``无障碍浏览 长者模式``; a 文种
    broken off its title, ``…的答复`` / ``意见``, still ends one)."""
    return (
        _TITLE_END.search(above) is not None
        and _TITLE_WORDS.search(text) is None
        and _TITLE_START.search(text) is None
        and _TITLE_END.search(text) is None
        and (_TITLE_PART.search(text) is None or _BRACKETED_TOOL.fullmatch(text) is not None)
    )


# A page's tool in its brackets that a copy glued before the salutation, set apart from the
# names (【关闭】 / 王某代表：, 【打印】): no note of the title's, though it opens with a bracket.
_BRACKETED_TOOL = re.compile(rf"[【\[［](?:{vocab.alternation('page_buttons')})[】\]］]")
_NOTE_OPENERS = frozenset("（(【[［")
_NOTE_CLOSERS = frozenset("）)】]］")


def _title_opens_below(lines: tuple[Line, ...], i: int, stop: int) -> bool:
    """Whether a line under ``lines[i]``, before ``stop``, opens a title (关于…, 对…)."""
    for k in range(i + 1, stop):  # noqa: SIM110 (a loop: no generator)
        if _OPENING_TITLE.match(lines[k].text):
            return True
    return False


BUTTON = rf"[【\[［]?(?:{vocab.alternation('page_buttons')})[】\]］]?"
"""A page's button as a copy of the page keeps it as text, in its brackets or bare (朗读,
【打印】: ``data/page_buttons.txt``): a pattern's text, for the patterns of a run of them."""
BUTTON_FIRSTS = frozenset("【[［" + "".join(word[0] for word in vocab.words("page_buttons")))
"""What a :data:`BUTTON` opens with: its bracket or its word's first character (a gate)."""
# A line of a page's buttons alone, bracketed or bare, one or more (朗读, 【打印】【关闭】,
# 打印本页 关闭窗口): a copy of the page kept them as text over the letter; never a title,
# also on a copy that shows no other sign of its page (where chrome.py reads nothing).
_BUTTONS_LINE = re.compile(rf"(?:{BUTTON}[\s|｜/]*)+")


# What a line of a title broken over lines may hold without a title's words: the session
# it answers (对县八届人大二次会议 / 第72号建议答复), a number, or a note in brackets the
# title's own rules read (…的答复（主办单位调整）: a note the re-segmenter set apart).
_TITLE_PART = re.compile(r"^[对（(〔\[［【]|会议|届|第|号|[0-9]")


def _ended(text: str) -> bool:
    """Whether a title line has reached its 文种 (…的答复), a note after it or not."""
    return bool(_TITLE_END.search(text) or _ENDED_THEN_NOTE.search(text))


def _cell_under_title(line: Line, above: Line) -> bool:
    """Whether ``line``, under a title line that has ended (…的答复), is a cell of the page's
    listing rather than more title: the session alone, or the number alone. Asked only of
    a line right under the title: header lines between them (类别, 签发人, a 发文字号) part
    a page's heading from the letter's own title, whose first line may be the session
    alone (关于对政协某县某届某次会议 / 第14号提案的复函)."""
    return _ended(above.text) and _LISTING_CELL.match(line.text) is not None


def _title_words(text: str) -> bool:
    """Whether ``text``, a line of header elements, holds a title's words outside the
    发文字号 on it: an issuer's code may hold them (``某交建议复〔2017〕9号    A类``), also
    the code of one that opens the line damaged (``某交建议复2017〕9号B类``, its 〔 lost)."""
    if _TITLE_WORDS.search(text) is None:
        return False
    rest = _DOC_NUMBERS.sub("", text)
    if _TITLE_WORDS.search(rest) is None:
        return False
    damaged = damaged_doc_number(rest)
    return (
        damaged is None
        or _TITLE_PHRASE.search(damaged.group("prefix")) is not None
        or _TITLE_WORDS.search(rest, damaged.end()) is not None
    )


def _under_title(view: TextView, line: Line) -> bool:
    """A header element that may stand under the title: a 发文字号 (also damaged), a mark
    or a note, a header label; never a line that opens the body."""
    if is_doc_number_line(line.text):
        return True
    return is_element(view, line)


_BAR_CHARS = frozenset(CELL_BARS)


def _row_parts(
    line: Line, spans: list[tuple[int, int]] | None = None
) -> tuple[list[Line], Line | None, list[Line]] | None:
    """``line`` as a table's row copied as text, its cells parted by bars (or ``spans``,
    its cells' ranges in ``line.text`` when a copy parted them otherwise), two cells or
    more with words: the part before the cell that holds a whole reply's title
    (``关于…的答复``), that cell, and the part after it; with no such cell, the whole line
    and None. None when ``line`` is no such row (a bar at its ends alone, one cell)."""
    text = line.text
    cells = [_line_part(line, a, b) for a, b in (cell_spans(text) if spans is None else spans)]
    if len(cells) < 2:
        return None
    for k in range(len(cells) - 1, -1, -1):
        if _WHOLE_TITLE.match(cells[k].text):
            # the cells around it as the row's pieces, their bars kept (no piece is read as
            # a name alone: a 主办单位 cell is no issuer's mark)
            cell = cells[k]
            a, b = cell.start - line.start, cell.end - line.start
            before = [_line_part(line, 0, a)] if a > 0 else []
            after = [_line_part(line, b, len(text))] if b < len(text) else []
            return before, cell, after
    if _WHOLE_TITLE.match("".join([cell.text for cell in cells])):
        return None  # a title a stray bar cuts (关于某路|某桥…的答复): no row
    return [line], None, []


def _gap_row(
    view: TextView, lines: tuple[Line, ...], i: int, line: Line
) -> tuple[list[Line], Line | None, list[Line]] | None:
    """:func:`_row_parts` of ``line`` (``lines[i]`` or its part) as a table's row a copy
    kept with gaps between its cells rather than bars: a row of labels (``建议编号⇥标题``),
    or the row of as many values right under one (``88⇥关于…的建议``)."""
    if line.start != lines[i].start or line.end != lines[i].end:
        return None  # a label cut from it: no row whole
    if labels_row(view, line) is not None:
        return [line], None, []
    cells = values_row(view, lines, i)
    if cells is None:
        return None
    return _row_parts(line, [(a - line.start, b - line.start) for a, b in cells])


# A page's date in figures alone, or with its clock time and the office that posted it
# (2017-05-03   政府办, a listing's row under the title): header, no title line.
_PAGE_DATE_LINE = re.compile(
    r"(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s*[\u4e00-\u9fff]{1,12})?$"
)
# A weekday alone, or after its date (星期三, 周五, 2024年5月8日 星期三, 2024-05-08（周三）):
# a page's day of the visit or of posting over the article, no letter's line over its
# title (left57a: an earlier round read it as the title's first words).
_WEEKDAY_LINE = re.compile(
    r"(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2})?"
    r"\s*[（(]?(?:星期|礼拜|周)[一二三四五六日天][）)]?$"
)
_CENTURIES = frozenset({"19", "20"})
_WEEKDAY_LAST = frozenset("一二三四五六日天）)")
CONTENT_LABEL = r"(?:创建时间|发布时间)?(?:答复|回复|建议|提案|正文|办理)?内容"
"""A page's label of the reply's text, its colon lost (答复内容, 正文内容, a page's empty
创建时间 before it)."""
_CONTENT_LABEL_LINE = re.compile(CONTENT_LABEL)
"""A page's label of the reply's text alone, its colon lost (``答复内容``, ``正文内容``): a
line of its own where a flattened head was parted before the names."""
_CLOCK_LINE = re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$")
"""A clock alone (``16:31:56``): a page's time of publication, its date on the line above
where a flattened head was parted at the blank between them."""
PAGE_DATE_LABELS = "发布于|发布时间|发布日期|发表于|更新时间|时间|日期"
"""The labels a page writes before its date of publication (发布于：2021-09-26)."""
_DATED_NOTE_LINE = re.compile(
    rf"[（(](?:{PAGE_DATE_LABELS})?[:：]?\s*"
    r"(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?[）)]$"
)
"""The page's date of publication in brackets (``（发布于：2021-09-26 14:10）``), a line of
its own under the title where a flattened head was parted: header, no part of the title."""
PAGE_UNIT = re.compile(
    rf"(?:政府信息公开|政务公开|信息公开)?[（(][\u4e00-\u9fff]{{1,20}}?(?:{ORG_SUFFIX})[）)]"
)
"""The unit a disclosure page files the article under, in brackets, its section's banner
before it or not (``（县某局）``, ``政府信息公开（县某局）``): the page's line over its cells,
never the title's words (and opening a flattened head, the page's line, no part of the
title after it: :mod:`replyparse.resegment`)."""
_KIND_REPLY = re.compile(r"(?:代表|委员)?(?:建议|提案|议案)(?:办理)?(?:答复|回复|复函)$")
"""A page section's label over the reply (``提案答复``, between the proposal's copy and the
reply): a kind and a reply's word, no subject, which no letter's title is."""
_KIND_REPLY_LONGEST = 8
_REPLY_CELL = re.compile(r"(?:回复|答复)(?:意见)?")
"""A reply's word alone (``回复``, ``答复``, ``答复意见``), the label of a page's form's cell
that holds the reply (``标题 | …的复函 |`` … ``正文 | …的建议 |`` / ``回复 |``): under a
title that has ended, no title of its own (the title is the whole one above, fix7677; a
title broken before its 文种, ``关于…的`` / ``答 复``, has not ended there)."""
MENU_LEAST = 3
"""How many names a site's menu of bodies holds at least (:func:`menu_names`)."""
MENU_NAME = re.compile(
    r"(?!.*(?:关于|建议|提案|议案|答复|函|意见|报告))[\u4e00-\u9fff（）、]{2,12}"
)
"""A name in a site's menu of bodies (市政府工作部门, 县（市、区）政府, 某县人民政府): words
and brackets, no title's words, no figures (:func:`_menu_line`; resegment's
``_title_after_names``)."""


def _menu_line(view: TextView, line: Line) -> bool:
    """Whether ``line``, right above a title's line, is a site's menu of bodies a flattened
    page left over the letter (市政府  市政府工作部门  县（市、区）政府  某县人民政府): three
    names or more apart by gaps (:func:`menu_names`); header, no part of the title."""
    gaps = view.gaps_in(line.start, line.end)
    if len(gaps) < MENU_LEAST - 1:
        return False  # (fewer pieces: the usual title line)
    cuts = [line.start, *gaps, line.end]
    return menu_names([view.norm[a:b].strip(" |｜│") for a, b in pairwise(cuts)])


def menu_names(pieces: list[str]) -> bool:
    """Whether ``pieces`` are the names of a site's menu of bodies: three or more, each a
    name of no title's words (:data:`MENU_NAME`), one at least no authority's own name
    (市政府工作部门): a joint reply's authorities side by side (甲局  乙局  丙局) are its
    marks, no menu."""
    return (
        len(pieces) >= MENU_LEAST
        and all(MENU_NAME.fullmatch(piece) for piece in pieces)
        and not all(AUTHORITY_LINE.fullmatch(piece) for piece in pieces)
    )


_ENTRY_CELL = re.compile(r"(?:词条|词目|释义|解释|基本解释|详细解释|释文)$")
"""An encyclopedia page's row label (``词条 | 关于…的答复 |`` / ``释义 | 王某委员：…``), alone on
its line once the row's bar is dropped: no title's word."""
_YEAR_ALONE = re.compile(r"(?:19|20)\d{2}年$")
_WEB_ADDRESS = re.compile(
    rf"(?:https?://|www\.)[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)+|(?<![0-9A-Za-z.@-]){BARE_DOMAIN}",
    re.IGNORECASE,
)
"""A web address, its www written or not (``example.gov.cn``): a line that holds one is a
site's (its name, an advertisement a mirror put over the letter), never a title."""


def _header_and_title(
    view: TextView, lines: tuple[Line, ...], head: int, title_end: int, form: frozenset[int]
) -> tuple[list[Line], list[Line], list[Line]]:
    """The header's lines (those above the title, then the elements inside and under it),
    the title's lines, each without the notes glued to its end, and the header's lines
    that give the item's number alone (:func:`_number_line`).

    The title is the last run of title lines above the salutation: a line of text that
    labels or a sentence part from it (a 办理单's item line, a class's explanation, a page
    heading above the form) is no part of it, nor is a line the page gave twice in a row;
    the heading of the form the reply was written on is the title only when no title
    line follows it."""
    header = list(lines[:head])
    title: list[Line] = []
    # a registry's number alone on a line (第B（2031）45号建议) is a header element, read
    # into the header's run (elements._ITEM_NUMBER_PART): the item's number all the same,
    # read with the title as the number line under the header is
    numbered: list[Line] = [
        line
        for i, line in enumerate(header)
        if (
            ("第" in line.text and _CLASSED_NUMBER_LINE.search(line.text))
            or ("号" in line.text and _REGISTRY_NUMBER_LINE.match(line.text))
        )
        and _number_line(lines, i, title_end, [])
    ]
    wrapped: Line | None = None
    parted = False
    for i in range(head, title_end):
        line = lines[i]
        if i in form:
            header.append(line)
            parted = bool(title)
            wrapped = None
            continue
        if line.text[:1] in _TITLE_LABEL_FIRST and (
            at := labelled_title(view, lines, i, title_end)
        ):
            # a web copy's row naming the title: its label is header (标题：关于…的答复)
            header.append(_line_part(line, 0, at))
            line = _line_part(line, at, len(line.text))
        if title and line.text == title[-1].text:
            continue  # a title line given twice (a page's rendering): read once
        if (
            ("|" in line.text or "｜" in line.text or "│" in line.text)
            and (row := _row_parts(line))
        ) or (
            (line.text[:2] in ROW_HEADS or (i > 0 and lines[i - 1].text[:2] in ROW_HEADS))
            and (row := _gap_row(view, lines, i, line))
        ):
            # a table's row a web copy kept as text (|序号|届次|建议号|标题|…, or the row of
            # values under it): header, but for a cell holding a whole reply's title
            before, cell, after = row
            header.extend(before)
            header.extend(after)
            if cell is None:
                parted = bool(title)
                wrapped = None
                continue
            line = cell
        if line.text[-1:] in _NUMBER_LINE_LAST and _number_line(lines, i, title_end, title):
            # the item's number alone (第56号建议 / 关于…的答复): header, read with the title
            # for the proposal
            header.append(line)
            numbered.append(line)
            parted = bool(title)
            wrapped = None
            continue
        if (
            line.text.isdecimal()
            or (line.text[:1].isdecimal() and _CLOCK_LINE.match(line.text))
            or (i > 0 and serial_rest(lines[i - 1].text, line.text))
            or (
                line.text[:2] in _CENTURIES
                and (
                    _PAGE_DATE_LINE.match(line.text) or (not title and _YEAR_ALONE.match(line.text))
                )
            )
            or (line.text[-1:] in _WEEKDAY_LAST and _WEEKDAY_LINE.match(line.text))
            or ("." in line.text and _WEB_ADDRESS.search(line.text))
            or (
                line.text[:1] in BUTTON_FIRSTS
                and (not title or _ended(title[-1].text))
                and _BUTTONS_LINE.fullmatch(line.text) is not None
            )
            or (
                line.text[-1:] in _NOTE_CLOSERS
                and (
                    numbered_heading(line.text)
                    or (
                        line.text[:1] in _NOTE_OPENERS
                        and i > 0
                        and is_doc_number_line(lines[i - 1].text)
                    )
                )
                and _title_opens_below(lines, i, title_end)
            )
            or (not title and line.text[-1:] in "网站" and _site_over_title(lines, i, title_end))
            or (not title and site_thanks(line.text))
            or (not title and disclosure_banner(line.text))
            or (line.text[:1] in "（(" and _DATED_NOTE_LINE.match(line.text))
            or (
                not title
                and line.text[-1:] in "）)"
                and PAGE_UNIT.fullmatch(line.text) is not None
                and i + 1 < title_end
                and (
                    _WHOLE_TITLE.match(lines[i + 1].text) is not None
                    or _title_opens_below(lines, i, title_end)
                )
            )
            or sent_under(line.text)
            or (line.text.endswith("内容") and _CONTENT_LABEL_LINE.fullmatch(line.text))
            # (a page's keyword row under the title, its words after it, 关键词：路灯；照明,
            # 关键字：道路 村道: the page's cell, as over the title; left74a. Not under words
            # that end no title, a dash's or a wrapped title's: 关于…的建议—— / 关键词：便民
            # is the title's own, mend74a)
            or (
                title
                and line.text[:1] == "关"
                and keyword_row(line.text)
                and _TITLE_END.search(title[-1].text) is not None
            )
            or (
                not title
                and i + 1 < title_end
                and line.text[-1:] in "文容情"
                and article_heading_over_title(line.text, lines[i + 1].text)
            )
            # (…or right over the salutation, the reply writing no title: 正文 / 王某代表：)
            or (
                not title
                and i + 1 == title_end
                and line.text[-1:] in "文容情"
                and article_heading_alone(line.text)
            )
            # (a record's last row alone over the reply's title, 办理情况：, what stands
            # above it: a flattened record's rows left on one line; fix126; a site's
            # column over the article, 通知公告：, fix138)
            or (
                line.text[-1:] == "："
                and (line.text[:-1] in FORM_END_LABELS or menu_heading_alone(line.text))
            )
            or ("：" in line.text and menu_cell(line.text))
            or (
                len(line.text) <= _KIND_REPLY_LONGEST
                and (_KIND_REPLY.match(line.text) or _ENTRY_CELL.match(line.text))
            )
            or (
                i + 1 < title_end
                and _TITLE_WORDS.search(lines[i + 1].text) is not None
                and _menu_line(view, line)
            )
        ):
            # figures alone (a listing's 序号 cell a copy put on its own line: 1 / 关于…; a
            # page's clock, 16:31:56), or
            # the rest of a 发文字号 broken after its year (某水函〔2024〕 / 12号), or a year
            # alone over the title (a column's, 2019年 / 某某提案的答复函), or a line
            # holding a web address, the page's dated note ((发布于：2021-09-26 14:10)) or its
            # label of the text (正文内容), a page section's label naming no subject (提案答复),
            # a government's disclosure platform named alone (某县人民政府信息公开: a flattened
            # copy glued it to the salutation, where a line of its own is chrome; fix140),
            # or an encyclopedia's row label (释义), or a page's buttons alone (朗读), or a
            # page's heading listing the letter by its 发文字号 with a note after it over
            # the letter's own title (某函14号（第16号建议，关于…的答复函）/ 关于…的函; the
            # note alone where the view set the number apart on a line of its own): header
            header.append(line)
            parted = bool(title)
            wrapped = None
            continue
        # the authority's name alone over a title's opening opens the letter's own title,
        # broken after its issuer, when header lines part it from the title above (a page's
        # heading) and the header's mark named it already (the name given once stays the
        # header's), unless that heading writes it glued to the title: the page joined the
        # letter's header and title on its one line, and the letter prints them apart, the
        # name its header's mark (a page's heading right above that writes it so leaves it
        # the header's too: the title is the line the letter prints under it)
        opens_own = (
            bool(title)
            and parted
            and i + 1 < title_end
            and lines[i + 1].text[:1] in _OPENING_FIRST  # (the gate: most lines open none)
            and _title_repeats(lines, i)
            and _marked_above(header, line.text)
            and not _heading_writes(title, line, lines[i + 1])
        )
        if _prose_in(line.text) or (
            title
            and (
                (is_label_line(view, line) and not label_words_go_on(view, title[-1].text, line))
                or (not parted and _cell_under_title(line, _title_line_before(title)))
                or (
                    not opens_own
                    and (
                        _banner(line, _title_line_before(title))
                        or _between_titles(lines, i, title_end, _title_line_before(title))
                    )
                )
                or (
                    is_header_line(view, line)
                    and not _title_words(line.text)
                    and not label_words_go_on(view, title[-1].text, line)
                )
                or _VIEW_COUNT.fullmatch(line.text) is not None
                or is_doc_number_line(line.text)
                or _numbered_under(_title_line_before(title), line)
            )
        ):
            if wrapped is not None and _CLOSES.search(line.text):
                # a note wrapped over the line break: …的函(编 / 号:B〔2017〕062号)
                last = title[-1]
                text = view.norm[last.start : wrapped.start]
                title[-1] = Line(last.index, last.start, wrapped.start, text)
                header.append(wrapped)
            wrapped = None
            header.append(line)
            parted = bool(title)
            continue
        core, notes = cut_title(view, line)
        if (
            not _WORDS.search(core.text)
            or _ENTITIES.fullmatch(core.text)
            # the rest of a 发文字号 broken after its year with header elements after it on
            # its line (某水函〔2024〕 / 12号  签发人：王某: left61a)
            or (notes and i > 0 and serial_rest(lines[i - 1].text, core.text))
            or (
                title
                and _ended(_title_line_before(title).text)
                and (is_form_heading(core.text) or _REPLY_CELL.fullmatch(core.text) is not None)
            )
            or (
                title
                and not opens_own
                and _chrome_after_title(_title_line_before(title).text, core.text)
            )
        ):
            # page furniture once its labels are cut (a tab strip's bullets: • 答复内容, a
            # copy's &nbsp; left as text), or
            # the heading of the form under a title that has ended (某市人大代表建议承办表), or
            # the label of the form's cell that holds the reply (回复 |), under it
            header.append(line)
            parted = bool(title)
            wrapped = None
            continue
        # the proposal's own title over the reply's (关于…的提案 / 对…的答复): header, read
        # with the title for the proposal, as the item's number alone is
        proposal_over = (
            bool(title)
            and not parted
            and (
                _under_proposal_title(title, core)
                or _broken_under_proposal_title(view, lines, title, i, title_end)
            )
        )
        if proposal_over:
            numbered.extend(title)
        if (
            parted
            or proposal_over
            or opens_own
            or (
                title
                and (
                    _restarts(above := _title_line_before(title), core)
                    or _restarts_broken(view, lines, above, i, title_end)
                    or _opens_after_a_gap(title, core)
                    or _cut_copy(above, core)
                    or _column_heading_over(title, core)
                )
            )
        ):
            header.extend(title)
            title, parted = [], False
        title.append(core)
        header.extend(notes)
        # the form's heading is the title only where no title line follows it
        parted = is_form_heading(core.text)
        # (the tail ends the text, a last line break aside: it starts within its longest,
        # ten characters, of the end, and a search from there finds the same one)
        tail = _OPEN_TAIL.search(core.text, len(core.text) - _OPEN_TAIL_LONGEST)
        wrapped = (
            Line(core.index, core.start + tail.start(), core.end, tail.group())
            if tail and tail.start() > 0
            else None
        )
    if title and header:
        # a note of marks that opens with the item's number, on the title's line or right
        # under it (…的答复（2023年第46号，同意公开）): header, its number read with the title
        # for the proposal, as the number alone is (the marks give their own fields)
        below = title[-1].index
        numbered.extend(
            line
            for line in header
            if below <= line.index <= below + 1
            and line.start >= title[-1].end
            and number_first(line.text)
        )
    return header, title, numbered
