"""How a letter names an office: by its name, which ends with an office's suffix
(``ORG_END``: …局, …委员会, …科), or by its own words for its authority or place (我局, 本部门,
我县: ``SELF_REFERENCE``), which name none. The closing, the contacts and the labels
(an office's name glued before a contact's label, :func:`replyparse.labels.opening_label`)
read both the same way."""

from __future__ import annotations

import re
from collections.abc import Callable

from replyparse import vocab


def _not_after(words: tuple[str, ...]) -> str:
    """Lookbehinds that fail right after any of ``words``: a lookbehind reads a fixed width,
    so one for each length of them."""
    return "".join(
        "(?<!" + "|".join(re.escape(w) for w in words if len(w) == n) + ")"
        for n in sorted({len(w) for w in words})
    )


# An office's suffix; never the end of an everyday word that ends like one (打官司, 上司:
# data/not_org_endings.txt), told behind the suffix once it matched (a look there costs
# less than one before every place a suffix is tried).
NOT_EVERYDAY_WORD = _not_after(vocab.words("not_org_endings"))
"""Lookbehinds that fail right after an everyday word ending like an office or a town that
signs in its own name (data/not_org_endings.txt): asked after the suffix or the place matched."""
ORG_SUFFIX = f"(?:{vocab.alternation('org_suffixes')})" + NOT_EVERYDAY_WORD
AUTHORITY_NAME = rf"[\u4e00-\u9fff（）]{{2,30}}?(?:{ORG_SUFFIX})"
"""An authority's name on the letter's text: two to thirty hanzi or full-width round
brackets, then an office's ending (某县交通局, 某县人民政府（办公室）): to its first ending
when matched, whole when fullmatched. One pattern for the header's name alone after a
number's comma (elements) and the flattened head's authority before a title or a label
(resegment)."""
# A name that ends with an office's suffix (…局, …委员会): search it, or search a slice
# with ``ORG_END.search(text, start, end)``. ``ORG_INSIDE`` finds the suffixes inside a name.
ORG_END = re.compile(rf"(?:{ORG_SUFFIX})$")
ORG_INSIDE = re.compile(ORG_SUFFIX)
ORG_LAST = "".join(sorted({w[-1] for w in vocab.words("org_suffixes")}))
"""The last character of each office's suffix (局, 委, 室, 心…): what a character right
before a word must be for an office's name to end there, a lookbehind's class (the name
itself read after it by ``ORG_END`` or an authority's pattern)."""

SITE_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9（）()_·\-【】]")
"""A character of a web site's name (:data:`SITE_NAME`)."""
SITE_NAME_LONGEST = 44
"""The longest site's name :data:`SITE_NAME` matches (40 characters and 官方网站)."""
SITE_NAME = re.compile(rf"{SITE_CHAR.pattern}{{0,40}}?(?:{vocab.alternation('site_words')})")
"""A web site's name, whole (match it with ``fullmatch``): words, a bracketed note or a
mark a mirror writes among them (``某某娱乐(中国)官方网站``, ``某某app_某某官网``), ending in a
site's word (data/site_words.txt). No office's name ends so (网站 is no 站 of a station:
data/not_org_endings.txt); a spam mirror sets one where a place's name stood
(``某某官方网站 教育局``)."""


PORTAL = re.compile(r"政府|门户|政务")
"""Words of a government's own web site's name (``某市人民政府门户网站``, ``某县政务公开网站``),
never of a spam mirror's brand: the banner of the page that carried the letter, or a body a
reply is copied to for publication, never a mirror's words in a place's seat."""
_PORTAL_NET = re.compile(
    rf"{SITE_CHAR.pattern}{{1,30}}?(?:{PORTAL.pattern}){SITE_CHAR.pattern}{{0,4}}?网"
)
"""A government's portal named with 网 alone (``某市人民政府网``, ``某县政府门户网``,
``某省政务服务网``): a site's name too, as :data:`SITE_NAME`'s are (no office's name ends in
网 after a government's words)."""


def site_name_opening(text: str) -> re.Match[str] | None:
    """The shortest web site's name ``text`` opens with, glued to what follows it: one ending
    in a site's word (:data:`SITE_NAME`), else a government's portal named with 网 alone
    (:data:`_PORTAL_NET`, ``某市政府网王某代表：``, fix123); None where it opens with none.
    Whether the name is one whole is :func:`site_name`'s to say."""
    return SITE_NAME.match(text) or _PORTAL_NET.match(text)


def site_name(text: str) -> bool:
    """Whether ``text`` is a web site's name whole (:data:`SITE_NAME`, or a portal's named
    with 网 alone, :data:`_PORTAL_NET`) and no sentence's words that end in a site's word,
    a reader told where to look (``详见本局官网``, ``请查阅官网``, ``可登录官方网站``: a
    request, a reader's verb, a person addressed or the letter's own authority,
    :data:`SELF_REFERENCE`)."""
    return (
        SITE_NAME.fullmatch(text) is not None
        or (text[-1:] == "网" and _PORTAL_NET.fullmatch(text) is not None)
    ) and _SITE_SENTENCE.search(text) is None


def _any_case(pattern: str) -> str:
    """``pattern`` with each ASCII letter matching in either case (``app`` → ``[Aa][Pp][Pp]``).
    A vocabulary's alternation holds no letter but its entries'."""
    return "".join(
        f"[{ch.upper()}{ch.lower()}]" if ch.isascii() and ch.isalpha() else ch for ch in pattern
    )


_SPAM_WORDS = (
    *vocab.words("site_words"),
    *vocab.words("spam_gambling_words"),
    *vocab.words("spam_download_words"),
)
SPAM_WORD = re.compile(_any_case(vocab.longest_first(_SPAM_WORDS)))
"""The closed words a hijacked mirror's brand ends with (a site's word, a gambling word, a
download's: ``data/site_words.txt``, ``spam_gambling_words.txt``, ``spam_download_words.txt``),
which no authority's or session's name ends with before a blank, a colon or its
届: ``环球国际(中国)官方网站``, ``大发体育投注``, ``金沙娱乐``, ``某某app下载``. A real name that
holds one inside it (``网站管理办公室``) never ends so where the mirror's words end. Longest
first, so a search ends a brand at the longest word there (``某某官网下载``, not ``官网``)."""
_SPAM_PHRASE = re.compile(
    rf"{SITE_CHAR.pattern}{{0,40}}?(?:{SPAM_WORD.pattern})"
    + _not_after(vocab.words("not_spam_endings"))
)
"""Words a brand's characters make ending in a :data:`SPAM_WORD`, but not in an ordinary word
that ends in one (文化娱乐, 教育体育: ``data/not_spam_endings.txt``)."""
_PLACE_HEAD = re.compile(
    r"[省市县区州]|[\u4e00-\u9fff]{1,8}?[省市县区旗盟乡镇]|[\u4e00-\u9fff]{1,8}?(?<![九神])州"
)
"""A place and its level opening words (甲山县文化娱乐 管理办公室, 甲山县融媒体中心网站): a real
name's head, a stray blank after it, or a real site's that names its own place, never a
mirror's brand, which stands where the place stood. 九州 and 神州, the old names for the whole
country, are no place's head: they open many a mirror's brand (九州某游(中国)官方网站:
decided, left61b), and stand in one after a character or two of it (新九州体育, 金沙九州官网:
their 州 is no level wherever it stands; review61e), while a city written without its 市
(杭州官网 教育局) is its own place (decided at review61a's merge: left61b had taken every one
character before 州 for a brand's). The level alone opening the words is the letter's own
place written short, as it names its own place's offices (市体育 事业发展中心,
县融媒体中心网站: decided, review61a)."""
_TAG_CLOSE = "】"
SPAM_LAST = frozenset(word[-1] for word in _SPAM_WORDS) | {_TAG_CLOSE}
"""The last characters of :data:`SPAM_WORD`'s words, and the closing bracket of a brand's
tag (:data:`_BRAND_TAG`): the gate before :func:`spam_name`."""
_BRAND_TAG = re.compile(
    r"(?P<head>[\u4e00-\u9fffA-Za-z0-9_·\-]{0,40}?)【(?P<tag>[^【】\s]{1,20})】"
)
"""A brand's words with its tag in lenticular brackets after them, the tag ending in a
:data:`SPAM_WORD` (``某某体育_某某app-【官网下载】``: fix113); match it with ``fullmatch``."""


def spam_name(text: str) -> bool:
    """Whether ``text`` is a hijacked mirror's brand whole (spam60): a site's name that is no
    government's own portal (:func:`site_name` without :data:`PORTAL`'s words), or words a
    brand's characters make ending in a :data:`SPAM_WORD` (``大发体育投注``, ``澳门真人百家乐``),
    or a brand's words with a tag in lenticular brackets after them that ends so
    (:data:`_BRAND_TAG`, ``某某体育_某某app-【官网下载】``: fix113), no sentence's words in it,
    and neither opening with a place and its level (:data:`_PLACE_HEAD`: a real site's name,
    甲山县融媒体中心网站, is the page's banner as a portal's is; review60a). Standing where a
    place should be (before a blank or a colon and an authority, before a session's 届) it
    is no part of any name."""
    if (
        text[-1:] not in SPAM_LAST
        or PORTAL.search(text) is not None
        or _PLACE_HEAD.match(text) is not None
    ):
        return False
    if text[-1] == _TAG_CLOSE:
        tagged = _BRAND_TAG.fullmatch(text)
        return (
            tagged is not None
            and _SPAM_PHRASE.fullmatch(tagged.group("tag")) is not None
            and _SITE_SENTENCE.search(text) is None
        )
    return site_name(text) or (
        _SPAM_PHRASE.fullmatch(text) is not None and _SITE_SENTENCE.search(text) is None
    )


def site_or_brand(text: str) -> bool:
    """Whether ``text`` is a web site's name (:func:`site_name`: a government's portal or a
    mirror's) or a hijacked mirror's brand (:func:`spam_name`: 大发体育投注), the words a
    spam mirror may set where a place's name stood."""
    return text[-1:] in SPAM_LAST and (site_name(text) or spam_name(text))


def spam_end(text: str) -> int:
    """Where the mirror's brand (:func:`spam_name`) that opens ``text`` ends, the longest one
    that ends at a :data:`SPAM_WORD` (or at its tag's bracket, ``某某app-【官网下载】``); 0
    where none opens it (``环球官网某区十六届…`` → 4)."""
    end = 0
    for m in SPAM_WORD.finditer(text):
        if text.startswith(_TAG_CLOSE, m.end()) and spam_name(text[: m.end() + 1]):
            end = m.end() + 1  # (its tag whole, not its words inside the bracket)
        elif spam_name(text[: m.end()]):
            end = m.end()
    return end


_MIRROR_MARKS = re.compile(r"[_【】A-Za-z]")
"""What a mirror's brand writes among its words and no authority's name holds: an
underscore, a tag's lenticular brackets, Latin letters (``bt365某某_某某体育app下载``)."""


_MARKS_BEFORE_HANZI = re.compile(r"[^\u4e00-\u9fff]+(?=[\u4e00-\u9fff]+$)")
"""The run of marks or figures right before the hanzi that end a name: where a brand glued
before an office's name writes its own end (``…_mobile123365sb`` before ``水务局``) when
the run holds an underscore or a tag's bracket or follows the brand's word; in an
authority's own name after the brand (``某市5G``, ``某县12345``) it is none (review63d)."""
_BRAND_CUT = re.compile(r"[_【】]")
"""The marks that end a brand wherever they stand after its word (``…app下载_某市…``)."""
_OFFICE_AFTER_BRAND = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff0-9A-Za-z]+")
"""The words after a glued brand: opening with hanzi, no mark that ends a brand in them
(Latin letters and figures inside a real name, ``某市5G产业办公室``, stay)."""


def glued_brand_end(name: str) -> int:
    """Where a mirror's brand glued before an office's name ends (``xy365某某体育_某某app下载``
    before ``公安局``, ``…体育官网平台_mobile123sb`` before ``水务局``, ``某某app-【官网下载】``
    before ``教育局``): a brand (:func:`spam_end`: a brand's word in it) whose words hold a
    mark of a mirror's (:data:`_MIRROR_MARKS`), ending at its last brand word, at the run of
    marks or figures right before the hanzi that end the name where that run follows the
    brand's word or holds an underscore or a bracket, else at the last underscore or
    bracket after the brand's word (review63d: figures or letters inside the name after it,
    ``…app下载_某市5G产业办公室``, are the name's), with two characters or more after it
    that open with hanzi and end as an office's name does; 0
    where none opens ``name``. The marks tell the brand's end from a place's, so the two
    are read as with a blank between (fix114, overturning dev35's as-written reading for
    them; dev113/011, dev114/010). A brand with no such mark glued so
    (``某某官方网站教育局``, ``国家体育总局``) gives 0: read as written (dev35)."""
    if _MIRROR_MARKS.search(name) is None:
        return 0  # (the gate: no authority's name holds one)
    end = spam_end(name)
    if not end:
        return 0
    run = _MARKS_BEFORE_HANZI.search(name)
    if run is not None and (run.start() <= end or _BRAND_CUT.search(run.group())):
        end = max(end, run.end())
    else:  # (the last underscore or bracket after the brand's word: …app下载_某市5G…)
        end = max((m.end() for m in _BRAND_CUT.finditer(name, end)), default=end)
    if (
        len(name) - end < 2
        or _MIRROR_MARKS.search(name, 0, end) is None
        or _OFFICE_AFTER_BRAND.fullmatch(name, end) is None
        or ORG_END.search(name, end) is None
    ):
        return 0
    return end


_MARKS_TAIL = re.compile(r"[A-Za-z0-9_·\-【】]+$")
"""The run of a mirror's marks or figures ending a brand's words (``…平台_mobile123sb``)."""
MARK_LAST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
"""The last characters of a :func:`marked_brand`'s words: the gate before it."""


def marked_brand(words: str) -> bool:
    """Whether ``words``, standing before a blank on a signer's line, are a mirror's brand
    that ends in a run of its marks or figures (``…体育平台_mobile123sb``, ``…体育app``), read
    as :func:`glued_brand_end` reads the same words glued before the name: a brand's word in
    them (:func:`spam_end`), a mirror's mark among them, and the run that ends them right
    after the brand's word or holding an underscore or a bracket (decided, left64: glued or
    a blank apart, the brand is no part of the name)."""
    if words[-1:] not in MARK_LAST or _MIRROR_MARKS.search(words) is None:
        return False
    end = spam_end(words)
    if not end:
        return False
    run = _MARKS_TAIL.search(words)
    return run is not None and (run.start() <= end or _BRAND_CUT.search(run.group()) is not None)


def site_or_marked_brand(text: str) -> bool:
    """Whether the words a blank parts from the authority on a signer's line are a site's
    name or a mirror's brand (:func:`site_or_brand`), or a brand its marks end
    (:func:`marked_brand`: decided, left64)."""
    return site_or_brand(text) or marked_brand(text)


# The words a letter names its own authority with (我局, 本委, 本部门, 本单位) or its own place
# (我县, 本市: ``level``), before one of its offices (我局工程科, 本委规划处, 我县水利局) or
# alone. A word the authority's character opens is the whole word, the letter's own office
# named so (本办公室, 我委员会: no 办 + 公室, no 委 + 员会), and so is 部门 (本部门: no 部 + 门).
OWN_AUTHORITY = r"办公[室厅]|委员会|部门|单位|中心|局|委|厅|办|院|部|会|府"
"""What follows 我 or 本 where the letter names its own authority (我局, 本委, 本部门), no
place (:data:`SELF_REFERENCE` without its ``level``)."""
SELF_REFERENCE = re.compile(rf"[我本](?:(?P<level>[省市州盟县区旗镇乡])|{OWN_AUTHORITY})")

_SITE_SENTENCE = re.compile(rf"见|请|查|登录|访问|浏览|点击|关注|您|你|{SELF_REFERENCE.pattern}")
"""Words of a sentence ending in a site's word, never of a site's name (:func:`site_name`)."""

OWN_WORDS_END = re.compile(rf"(?:{SELF_REFERENCE.pattern})$")
"""The letter's own words ending a text (search a slice with ``OWN_WORDS_END.search(text,
start, end)``): …，本部门 before a contact's label."""


def own_words_end(words: str) -> int:
    """Where the office ``words`` name begins after the letter's own words opening them
    (:data:`SELF_REFERENCE`): right after an authority's (我局工程科 → 工程科: the section is
    named, the bureau is the letter's); at a place's level, which the place's office keeps
    as the letter writes it (我县水利局 → 县水利局, 本市交通局 → 市交通局); 0 when no own
    words open them."""
    own = SELF_REFERENCE.match(words)
    if own is None:
        return 0
    return own.start("level") if own.group("level") else own.end()


UNNAMED_OFFICES = ("相关", "有关", "各")
"""The words a sentence points to offices with, naming none (相关科室联系人, 各科室联系人,
各乡镇水利站联系人)."""

SENTENCE_WORDS = re.compile(
    vocab.longest_first((*vocab.words("sentence_openers"), *vocab.words("prose_not_authority")))
)
"""Words a sentence holds and no office's name does (请, 欢迎, 如有…, 我们, 目前…: the
sentence openers and the prose words the closing reads a signer's line with)."""
OPENING_PREPOSITIONS = "由|请|与|对|给|按|据|被|把"
"""The prepositions a sentence opens with before the office it names (由某局办理, 请某局…,
与某局对接): an office's name opens with none (对外… aside, an office's own words)."""
_CLAUSE = re.compile(rf"^(?:{OPENING_PREPOSITIONS})(?!外)|已|{SENTENCE_WORDS.pattern}")


def names_in_clause(words: str) -> bool:
    """Whether ``words``, glued before a contact's label where an office's name would
    stand, are a clause that names an office rather than the office's name: they open
    with a preposition (由县水利局, 请县水利局: :data:`OPENING_PREPOSITIONS`), say what was
    done (已通知县水利局, 此事已交县水利局: 已, which no office's name holds), hold a
    sentence's words (我们将请县水利局: :data:`SENTENCE_WORDS`) or point to offices unnamed
    (各乡镇水利站, 相关科室: :data:`UNNAMED_OFFICES`)."""
    return words.startswith(UNNAMED_OFFICES) or _CLAUSE.search(words) is not None


def own_words_alone(words: str) -> bool:
    """Whether ``words`` are the letter's own words alone (我局, 本部门, 我县), naming no
    office."""
    return SELF_REFERENCE.fullmatch(words) is not None


CODE_LEAST = 2
"""The fewest characters of a 发文字号's code (某函: its body's short name and its kind)."""
_BODY_LEAST = 4
"""The fewest characters of a body's name glued before a code (某县某局)."""
_OFFICE_WORD_REST = 3
"""How far an office's word a body's name would end inside runs on past that end (办|公室)."""


def body_before_code(code: str, names: Callable[[str], bool]) -> int:
    """How long the body's name is that opens ``code``, the characters before a 发文字号's
    year glued to a publisher's cell's value (``甲山市农业农村局甲农函`` of ``发布单位：甲山市
    农业农村局甲农函〔2018〕16号``): the longest run that ends as an office does, ends inside
    no office's word that runs on (``甲山县教育局办|公室函``), leaves a code of
    :data:`CODE_LEAST` characters or more and that ``names`` takes for a body's name; 0 when
    none does (left72b, read once for the cells the page's chrome drops and the ones the
    flattened head parts: head73)."""
    for n in range(len(code) - CODE_LEAST, _BODY_LEAST - 1, -1):
        if (
            ORG_END.search(code, 0, n) is not None
            and not _inside_office_word(code, n)
            and names(code[:n])
        ):
            return n
    return 0


def _inside_office_word(code: str, n: int) -> bool:
    """Whether ``code[:n]`` ends inside an office's word that runs on after it (甲山县教育局
    办|公室函: 办公室), so the body's name ends at no place there (mend72b)."""
    for e in range(n + 1, min(len(code), n + _OFFICE_WORD_REST) + 1):
        m = ORG_END.search(code, 0, e)
        if m is not None and m.start() < n:
            return True
    return False
