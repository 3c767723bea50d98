"""The perturbation suite: a letter rewritten the way archives damage it, gold unchanged.

Each transform takes a letter's text and its gold record and returns a text a careful
reader would still turn into the same record: the line breaks a flattened web copy loses,
CRLF, the other width of ``：，（）``, blank lines removed or doubled, names padded with
spaces, a ``（盖章）`` line, page numbers between paragraphs, the header's label lines in
another order, the signature run into the last paragraph. Names, the signing authority
and its date are taken from the gold record, so nothing is guessed from the text that the
parser is supposed to find.

Every transform is deterministic: its random choices come from a generator seeded with
the transform's name and the letter's key. A transform that finds nothing to do (no
person named, no label lines) returns the text unchanged; ``eval.py`` counts those.

``scripts/eval.py`` scores the parser on every transformed letter; ``tests/test_perturb.py``
checks that each transform does what it says and keeps every character the gold depends on.
"""

from __future__ import annotations

import html
import random
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

Gold = Mapping[str, Any]

_CJK = "\u4e00-\u9fff"
_SPACE_RUN = re.compile(r"\s+")

# --- reading the gold ---------------------------------------------------------------------


def skeleton(text: str) -> str:
    """``text`` as the scorer compares it: NFKC (``：`` is ``:``), no white space at all."""
    return _SPACE_RUN.sub("", unicodedata.normalize("NFKC", text))


_NAME = re.compile(rf"^[{_CJK}]{{2,4}}$")


def person_names(gold: Gold) -> list[str]:
    """The persons the gold names: addressees with a role and contact names (2-4 hanzi),
    longest first so that a name inside another is padded after it."""
    found: set[str] = set()
    for addressee in gold.get("addressees") or []:
        if addressee.get("role") and addressee.get("name"):
            found.add(skeleton(addressee["name"]))
    for contact in gold.get("contacts") or []:
        if contact.get("name"):
            found.add(skeleton(contact["name"]))
    return sorted((n for n in found if _NAME.match(n)), key=lambda n: (-len(n), n))


def gold_strings(gold: Gold) -> list[str]:
    """Every string of the gold record that is read off the letter's characters."""
    out: list[str] = []

    def add(value: Any) -> None:
        if isinstance(value, str) and value.strip():
            out.append(value)

    add(gold.get("issuer"))
    add(gold.get("title"))
    add((gold.get("doc_number") or {}).get("text"))
    proposal = gold.get("proposal") or {}
    for key in ("number", "session", "title"):
        add(proposal.get(key))
    for addressee in gold.get("addressees") or []:
        add(addressee.get("name"))
    for contact in gold.get("contacts") or []:
        for key in ("name", "org", "phone"):
            add(contact.get(key))
    signed = (gold.get("signature") or {}).get("issuer")
    if isinstance(signed, str):
        for part in signed.split("、"):
            add(part)
    for item in gold.get("cc") or []:
        add(item)
    for reference in gold.get("references") or []:
        add(reference.get("text"))
    for key in ("amounts", "dates"):
        for item in gold.get(key) or []:
            add(item.get("text"))
    stack = list(gold.get("sections") or [])
    while stack:
        section = stack.pop()
        add(section.get("heading"))
        stack.extend(section.get("children") or [])
    return out


def _loose(word: str) -> re.Pattern[str]:
    """``word`` with any white space allowed between its characters."""
    return re.compile(r"[ \t\u3000]*".join(re.escape(ch) for ch in skeleton(word)))


_DIGIT = {ch: i for i, ch in enumerate("〇一二三四五六七八九")}
_DIGIT.update({"○": 0, "零": 0, "O": 0})


def _small_number(written: str) -> int:
    """一 … 三十一, as months and days are written."""
    if "十" not in written:
        return _DIGIT.get(written, -1)
    tens, _, ones = written.partition("十")
    return (_DIGIT.get(tens, -1) if tens else 1) * 10 + (_DIGIT.get(ones, -1) if ones else 0)


# 某局办公室 2024年8月14日印发: the date the copies were printed, not the signature's
_PRINTED = re.compile(r"\s*印发")
_ARABIC_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?")
_CHINESE_DATE = re.compile(
    r"([〇○零O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日"
)


def _date_matches(line: str, iso: str) -> Iterator[re.Match[str]]:
    """Where ``line`` writes the date ``iso`` (YYYY-MM-DD), in Arabic or Chinese numerals."""
    year, month, day = (int(part) for part in iso.split("-"))
    for m in _ARABIC_DATE.finditer(line):
        if (int(m.group(1)), int(m.group(2)), int(m.group(3))) == (year, month, day):
            yield m
    for m in _CHINESE_DATE.finditer(line):
        digits = "".join(str(_DIGIT[ch]) for ch in m.group(1))
        if (int(digits), _small_number(m.group(2)), _small_number(m.group(3))) == (
            year,
            month,
            day,
        ):
            yield m


@dataclass(frozen=True)
class _Place:
    """A position in the letter: line index and column."""

    line: int
    column: int


def _signature_date(lines: list[str], gold: Gold) -> tuple[_Place, _Place] | None:
    """Start and end of the signature date (the last place the letter writes it)."""
    iso = (gold.get("signature") or {}).get("date")
    if not isinstance(iso, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return None
    for i in range(len(lines) - 1, -1, -1):
        found = [m for m in _date_matches(lines[i], iso) if not _PRINTED.match(lines[i], m.end())]
        if found:
            return _Place(i, found[-1].start()), _Place(i, found[-1].end())
    return None


def _signature_authority(lines: list[str], gold: Gold) -> tuple[_Place, _Place] | None:
    """Start and end of the last signing authority: the last place before the signature
    date that names it, or without a date, the last line that holds it alone."""
    signed = (gold.get("signature") or {}).get("issuer")
    if not isinstance(signed, str) or not signed.strip():
        return None
    pattern = _loose(signed.split("、")[-1])
    date = _signature_date(lines, gold)
    if date is None:
        for i in range(len(lines) - 1, -1, -1):
            m = pattern.search(lines[i])
            if m and not lines[i][: m.start()].strip() and not lines[i][m.end() :].strip():
                return _Place(i, m.start()), _Place(i, m.end())
        return None
    start, _ = date
    for i in range(start.line, -1, -1):
        line = lines[i][: start.column] if i == start.line else lines[i]
        found = list(pattern.finditer(line))
        if found:
            return _Place(i, found[-1].start()), _Place(i, found[-1].end())
    return None


# --- the transforms -------------------------------------------------------------------------


def _one_line(separator: str) -> Callable[[str, Gold, random.Random], str]:
    def join(text: str, gold: Gold, rng: random.Random) -> str:
        return separator.join(line.strip() for line in text.split("\n") if line.strip())

    return join


def _crlf(text: str, gold: Gold, rng: random.Random) -> str:
    return text.replace("\n", "\r\n")


_WIDTH_PAIRS = {"：": ":", "，": ",", "（": "(", "）": ")"}
_SWAP = {**_WIDTH_PAIRS, **{half: full for full, half in _WIDTH_PAIRS.items()}}


def _width_swap(text: str, gold: Gold, rng: random.Random) -> str:
    """``：，（）`` become ``:,()`` and the other way round; a comma or colon between two
    digits (``1,000``, ``8:30``) is a number's, not the sentence's, and stays."""
    out = []
    for i, ch in enumerate(text):
        swapped = _SWAP.get(ch)
        if swapped and ch in "：:，,":
            before = text[i - 1] if i else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if before.isascii() and before.isdigit() and after.isascii() and after.isdigit():
                swapped = None
        out.append(swapped or ch)
    return "".join(out)


def _no_blank_lines(text: str, gold: Gold, rng: random.Random) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


def _double_blank_lines(text: str, gold: Gold, rng: random.Random) -> str:
    return text.replace("\n", "\n\n")


_PADS = ("  ", "\u3000")


def _padded_names(text: str, gold: Gold, rng: random.Random) -> str:
    """Every occurrence of a gold person's name padded: a two-character name to the width
    of three (``陈  锦``, two spaces or one ideographic space), a longer one with a space
    between its characters (``王 小 明``), as table-like forms justify them. A name longer
    than three characters is left whole (no form pads it: it fills the width, and four
    characters spaced apart read as two padded names), and so is a name only blanks part
    from another gold name (``王某 李某某``: spaced out letter by letter, where one name
    ends could no longer be read)."""
    pad = rng.choice(_PADS)
    names = [name for name in person_names(gold) if len(name) <= _PADDED_LONGEST]
    loose = "|".join(_loose(name).pattern for name in person_names(gold))
    for name in names:
        own = _loose(name).pattern
        if re.search(rf"(?:{own})[ \t\u3000]+(?:{loose})|(?:{loose})[ \t\u3000]+(?:{own})", text):
            continue
        padded = pad.join(name) if len(name) == 2 else " ".join(name)
        text = _loose(name).sub(padded, text)
    return text


_PADDED_LONGEST = 3
"""The longest name :func:`_padded_names` pads (a form's column holds three characters)."""


_SEALS = ("（盖章）", "(盖章)")


def _seal(text: str, gold: Gold, rng: random.Random) -> str:
    """``（盖章）`` between the signing authority and the date: on a line of its own when the
    authority ends its line, else inside the line (a flattened copy)."""
    seal = rng.choice(_SEALS)
    lines = text.split("\n")
    authority = _signature_authority(lines, gold)
    if authority is not None:
        _, end = authority
        line = lines[end.line]
        if not line[end.column :].strip():
            indent = line[: len(line) - len(line.lstrip())]
            lines.insert(end.line + 1, indent + seal)
        else:
            lines[end.line] = f"{line[: end.column]} {seal}{line[end.column :]}"
        return "\n".join(lines)
    date = _signature_date(lines, gold)
    if date is not None:
        start, _ = date
        line = lines[start.line]
        if not line[: start.column].strip():
            lines.insert(start.line, line[: start.column] + seal)
        else:
            lines[start.line] = f"{line[: start.column]}{seal} {line[start.column :]}"
        return "\n".join(lines)
    return text


_PAGE_NUMBERS = ("— {n} —", "- {n} -", "—{n}—")
_PARAGRAPH_END = ("。", "！", "!", "；")


def _page_numbers(text: str, gold: Gold, rng: random.Random) -> str:
    """One or two page numbers (``— 2 —``) on lines of their own, each after a line that
    ends a paragraph (。！；) and before more text."""
    lines = text.split("\n")
    content = [i for i, line in enumerate(lines) if line.strip()]
    if not content:
        return text
    last = content[-1]
    candidates = [i for i in content if i < last and lines[i].rstrip().endswith(_PARAGRAPH_END)]
    if not candidates:
        return text
    chosen = sorted(rng.sample(candidates, min(2, len(candidates))))
    form = rng.choice(_PAGE_NUMBERS)
    for page, i in reversed(list(enumerate(chosen, start=2))):
        lines.insert(i + 1, form.format(n=page))
    return "\n".join(lines)


# The line that opens the reply (…收悉，现答复如下：); the salutation is above it or starts it.
_OPENING = re.compile(r"收悉|如下|现答复|现将|现函复|现回复")
# A header label line: a short hanzi label (spaces allowed: 事    由) and a colon.
_LABEL_LINE = re.compile(rf"^\s*[〔\[［【（(]?[{_CJK}][{_CJK} \u3000]{{0,9}}[：:]")


def _opening_line(lines: list[str]) -> int | None:
    for i, line in enumerate(lines[:60]):
        if _OPENING.search(line):
            return i
    return None


def _salutation_line(lines: list[str], opening: int) -> int:
    """The salutation's line: the line above the opening sentence when it ends like one
    (a colon, or a role word without it), else the opening line itself."""
    above = [i for i in range(opening) if lines[i].strip()]
    if above:
        candidate = lines[above[-1]].strip()
        if len(candidate) < 120 and (
            candidate.endswith(("：", ":")) or re.search(r"(代表|委员|同志|代表团)$", candidate)
        ):
            return above[-1]
    return opening


def _label_runs(lines: list[str], end: int) -> list[list[int]]:
    """Runs of consecutive label lines (blank lines allowed between) above line ``end``."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i in range(end):
        line = lines[i]
        if not line.strip():
            continue
        if _LABEL_LINE.match(line) and "关于" not in line:
            current.append(i)
        else:
            if len(current) > 1:
                runs.append(current)
            current = []
    if len(current) > 1:
        runs.append(current)
    return runs


def _labels_reordered(text: str, gold: Gold, rng: random.Random) -> str:
    """Consecutive label lines of the header (``类别：B``, ``签发人：…``, ``新编号：…``)
    in another order; the lines around them stay where they are."""
    lines = text.split("\n")
    opening = _opening_line(lines)
    if opening is None:
        return text
    end = _salutation_line(lines, opening)
    for run in _label_runs(lines, end):
        contents = [lines[i] for i in run]
        if len(set(contents)) < 2:
            continue
        order = list(range(len(run)))
        while order == sorted(order):
            rng.shuffle(order)
        for slot, source in zip(run, order, strict=True):
            lines[slot] = contents[source]
    return "\n".join(lines)


def _flat_body(text: str, gold: Gold, rng: random.Random) -> str:
    """The lines from the salutation to the end joined with a space, the header and title
    kept on their lines: a web copy that lost the body's line breaks."""
    lines = text.split("\n")
    opening = _opening_line(lines)
    if opening is None:
        return text
    start = _salutation_line(lines, opening)
    tail = " ".join(line.strip() for line in lines[start:] if line.strip())
    return "\n".join([*lines[:start], tail])


def _signature_joined(text: str, gold: Gold, rng: random.Random) -> str:
    """The signing authority and the date run on at the end of the last paragraph above
    them, after a few spaces: ``…宝贵意见。   某县水务局   2019年7月15日``."""
    lines = text.split("\n")
    authority = _signature_authority(lines, gold)
    date = _signature_date(lines, gold)
    if authority is not None:
        first = authority[0]
    elif date is not None:
        first = date[0]
    else:
        return text
    if lines[first.line][: first.column].strip():
        return text  # already run on: nothing left to join
    block_end = date[0].line if date is not None else first.line
    above = [i for i in range(first.line) if lines[i].strip()]
    if not above or not lines[above[-1]].rstrip().endswith(_PARAGRAPH_END):
        return text  # contacts or a 附件 line stand between: no paragraph to end
    gap = " " * rng.randint(2, 6)
    parts = [lines[above[-1]].rstrip()]
    parts += [lines[i].strip() for i in range(first.line, block_end + 1) if lines[i].strip()]
    joined = gap.join(parts)
    return "\n".join([*lines[: above[-1]], joined, *lines[block_end + 1 :]])


# --- page chrome -----------------------------------------------------------------------------
# A saved web page around the letter: what a site prints above and below every article.
# Every name here is invented (no real site's words); the letter's own lines are untouched.

_PLACES = ("青岚县", "松川市", "临澄区", "白鹭湾区", "云溪县", "北苇市")
_OFFICES = ("人民政府", "人民政府办公室", "住房和城乡建设局", "教育局", "自然资源局", "水务局")
_TRAIL = (
    "政务公开",
    "政府信息公开",
    "法定主动公开内容",
    "建议提案办理",
    "人大代表建议",
    "政协委员提案",
    "部门信息",
)
_CRUMB_LEADS = ("", "当前位置：", "您的位置：", "您当前的位置：", "当前位置: ")
_CRUMB_SEPARATORS = (" > ", ">", " >> ", " » ", "＞", " / ", " → ")
_SUBJECTS = ("城乡建设、环境保护", "综合政务\\其他", "人大建议、政协提案", "教育、文化")
_TOOLS_ABOVE = (
    "【字体：大 中 小】",
    "字体：[ 大 中 小 ]",
    "字号：大 中 小 | 打印 | 关闭",
    "【打印本页】 【关闭窗口】",
    "分享到：",
    "扫一扫在手机打开当前页",
    "【字体：大 中 小】  【打印】  【关闭】",
)
_TOOLS_BELOW = (
    "【打印本页】 【关闭窗口】",
    "打印本页  关闭窗口",
    "打印 关闭",
    "扫一扫在手机打开当前页",
    "分享到：",
    "【我要纠错】  【打印本页】  【关闭】",
)


def _page_date(rng: random.Random) -> str:
    year, month, day = rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28)
    form = rng.choice(
        ("{y}-{m:02d}-{d:02d}", "{y}-{m:02d}-{d:02d} {h:02d}:{n:02d}", "{y}年{m:02d}月{d:02d}日")
    )
    return form.format(y=year, m=month, d=day, h=rng.randint(8, 18), n=rng.randint(0, 59))


def _site(rng: random.Random) -> str:
    return rng.choice(_PLACES) + rng.choice(_OFFICES)


def _banner_lines(rng: random.Random) -> list[str]:
    place = rng.choice(_PLACES)
    return [
        rng.choice((f"{place}人民政府门户网站", f"欢迎访问{place}政府网站！", f"{place}政务网"))
    ]


def _crumb_lines(rng: random.Random) -> list[str]:
    trail = ["首页", *rng.sample(_TRAIL, rng.randint(1, 3))]
    return [rng.choice(_CRUMB_LEADS) + rng.choice(_CRUMB_SEPARATORS).join(trail)]


def _metadata_lines(gold: Gold, rng: random.Random) -> list[str]:
    """A 政府信息公开 metadata table in one of the layouts pages render it in: a cell to a
    line, the label over its value, ``|`` cells, all on one line, labels without colons.
    The 文号 cell holds the letter's own number or nothing; 公开方式 is there only when
    the gold says the letter is public (it is a label of the letter's own field)."""
    index = f"{rng.randint(10**8, 10**9 - 1)}/{rng.randint(2016, 2025)}-{rng.randint(1, 99999):05d}"
    number = (gold.get("doc_number") or {}).get("text") or ""
    cells = [
        ("索引号", index),
        ("发布机构", _site(rng)),
        (rng.choice(("生成日期", "发布日期")), _page_date(rng)),
        ("主题分类", rng.choice(_SUBJECTS)),
        ("文号", number),
    ]
    if gold.get("public") is True:
        cells.append(("公开方式", "主动公开"))
    layout = rng.choice(("lines", "over", "pipes", "one-line", "spaced"))
    colon = rng.choice(("：", ":"))
    if layout == "lines":
        return [f"{label}{colon}{value}" for label, value in cells]
    if layout == "over":
        return [line for label, value in cells for line in (label, value) if line]
    pairs = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    if layout == "pipes":
        return [
            "| " + " | ".join(f"{label}{colon} | {value}" for label, value in pair) + " |"
            for pair in pairs
        ]
    if layout == "one-line":
        return ["  ".join(f"{label}{colon}{value}" for label, value in cells)]
    return [
        "    ".join(
            f"{' '.join(label) if len(label) < 4 else label}  {value}".rstrip()
            for label, value in pair
        )
        for pair in pairs
    ]


def _heading_lines(gold: Gold, rng: random.Random) -> list[str]:
    """The page's heading, which repeats the letter's title, and its line of what the page
    says of itself (来源, 发布时间, 浏览次数) under it."""
    title = gold.get("title")
    under = rng.choice(
        (
            f"来源：{_site(rng)}  发布时间：{_page_date(rng)}  浏览次数：{rng.randint(10, 9999)}",
            f"发布日期：{_page_date(rng)}    信息来源：{_site(rng)}",
            f"{_page_date(rng)}  来源：{_site(rng)}  【字体：大 中 小】",
            f"时间：{_page_date(rng)}   点击数：{rng.randint(10, 9999)}",
        )
    )
    if not isinstance(title, str) or not title.strip():
        return [under]
    return [title, under]


def _prev_next_lines(rng: random.Random) -> list[str]:
    place = rng.choice(_PLACES)
    return [
        f"上一篇：关于{place}第{rng.randint(1, 200)}号建议的答复",
        rng.choice(("下一篇：没有了", f"下一篇：关于{place}老旧小区改造提案的答复")),
    ]


def _links_lines(rng: random.Random) -> list[str]:
    place = rng.choice(_PLACES)
    links = [f"{place}人民政府", f"{place}政务服务网", "中国政府网"]
    rng.shuffle(links)
    if rng.random() < 0.5:
        return ["相关链接：" + " | ".join(links)]
    return ["相关链接", *links]


def _footer_lines(rng: random.Random) -> list[str]:
    place = rng.choice(_PLACES)
    code = "".join(str(rng.randint(0, 9)) for _ in range(10))
    lines = [
        f"主办单位：{place}人民政府办公室  承办单位：{place}大数据中心",
        f"网站标识码：{code}  苍ICP备{rng.randint(10**7, 10**8 - 1)}号-{rng.randint(1, 3)}",
        f"地址：{place}文昌路1号  邮编：000000  电话：0000-5550{rng.randint(100, 199)}",
        "版权所有 © 本站  未经许可不得转载",
    ]
    return rng.sample(lines, rng.randint(2, len(lines)))


def _page_chrome(text: str, gold: Gold, rng: random.Random) -> str:
    """The letter inside the site chrome of a saved page: above it a banner, a breadcrumb,
    the page's heading (the title again) with its source line, a metadata table, tool lines
    (字体, 打印, 分享), some of them in a random order; below it tool lines, 上一篇/下一篇,
    related links and a footer. The letter's lines are kept as they are."""
    above = [_banner_lines(rng), _crumb_lines(rng), _heading_lines(gold, rng)]
    above += [_metadata_lines(gold, rng), [rng.choice(_TOOLS_ABOVE)]]
    keep = sorted(rng.sample(range(len(above)), rng.randint(2, len(above))))
    head = [above[i] for i in keep]
    if rng.random() < 0.5:
        rng.shuffle(head)
    below = [
        [rng.choice(_TOOLS_BELOW)],
        _prev_next_lines(rng),
        _links_lines(rng),
        _footer_lines(rng),
    ]
    keep = sorted(rng.sample(range(len(below)), rng.randint(1, len(below))))
    tail = [below[i] for i in keep]
    gap = rng.choice(("\n", "\n\n"))
    top = gap.join(line for block in head for line in block)
    bottom = gap.join(line for block in tail for line in block)
    return f"{top}{gap}{text.strip(chr(10))}{gap}{bottom}\n"


# a gap of layout inside a line: a full-width space, a tab or two spaces, then more blanks
_SPACED = re.compile(r"\S(?:\u3000|\t| {2})[ \t\u3000]*\S")


_PARAGRAPH_INDENT_WIDEST = 8
"""The widest indent of a paragraph, in columns (four hanzi): a wider one sets its line to
the right (a signature, a date)."""


def _cols(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WFA" else 1


def _hard_wrapped(text: str, gold: Gold, rng: random.Random) -> str:
    """Each paragraph printed as a page prints it, one line per printed line: a line wider
    than the page (26 to 30 hanzi, drawn per letter) is broken where the next word would not
    fit, its first line keeping the paragraph's indent and the rest flush left. A word is a
    hanzi or a mark, or a run of ASCII letters, figures and marks (``101``, ``2024-04-22``,
    ``15:07``, an e-mail address), which a print moves to the next line whole; and a print
    keeps its rules for marks (避头尾): a closing mark (``，``, ``。``, ``：``, ``）``, ``”``…)
    opens no line, the word before it going down with it, and an opening one (``（``, ``“``,
    ``《``…) ends none. Lines that fit (titles, signatures, labels) are left as they are,
    and so is a line set to the right whose words fit (a signature a copy indents past the
    page's width with blanks: the page prints it at its right margin, whole)."""
    width = 2 * rng.randint(26, 30)
    out: list[str] = []
    for line in text.split("\n"):
        body = line.lstrip(" \t\u3000")
        indent = line[: len(line) - len(body)]
        body_cols = sum(_cols(ch) for ch in body)
        indent_cols = sum(_cols(ch) for ch in indent)
        if (
            body_cols + indent_cols <= width
            or (indent_cols > _PARAGRAPH_INDENT_WIDEST and body_cols <= width)
            or _SPACED.search(body)
        ):
            out.append(line)  # it fits, or it is laid out in columns (类别：A　　公开：…)
            continue
        out.extend(_printed_rows(indent, body, width))
    return "\n".join(out)


_PRINT_WORD = re.compile(r"(?P<gloss>[(（][a-zü\u00c0-\u024f]{1,7}[)）])|[!-~]+|.", re.DOTALL)
"""A word a print moves to the next line whole: a run of ASCII letters, figures and marks,
or any other character alone; a mirror's pinyin gloss (``會(huì)``) is broken anywhere, as a
print view breaks it (record.md, tail46b)."""
_OPENS_NO_LINE = frozenset("，。、；：？！）》」』】〕〗〉’”…％,.;:?!)]}%")
"""The closing marks a print never sets at a line's start."""
_ENDS_NO_LINE = frozenset("（《「『【〔〖〈‘“([{")
"""The opening marks a print never sets at a line's end."""


class _GlossPiece(str):
    """A character of a pinyin gloss: no mark of the text's, so no rule of 避头尾 holds it."""

    __slots__ = ()


def _printed_rows(indent: str, body: str, width: int) -> list[str]:
    """``indent`` and ``body``, a line wider than ``width`` columns, as a page prints it
    (:func:`_hard_wrapped`)."""
    words: list[str] = []
    for m in _PRINT_WORD.finditer(body):
        word = m.group()
        if m.group("gloss"):
            words.extend(_GlossPiece(ch) for ch in word)  # (no mark of the text's)
        elif sum(_cols(ch) for ch in word) > width // 2:
            words.extend(word)  # (a word longer than half a line, a link: broken anywhere)
        else:
            words.append(word)
    rows: list[list[str]] = [[indent]]
    used = sum(_cols(ch) for ch in indent)
    for word in words:
        cols = sum(_cols(ch) for ch in word)
        row = rows[-1]
        if used + cols > width and len(row) > 1:
            carried: list[str] = []
            if word[0] in _OPENS_NO_LINE and len(row) > 2 and not isinstance(word, _GlossPiece):
                carried.append(row.pop())  # (the word before the mark goes down with it)
            while (
                len(row) > 2
                and row[-1][-1] in _ENDS_NO_LINE
                and not isinstance(row[-1], _GlossPiece)
            ):
                carried.insert(0, row.pop())
            rows.append(["", *carried])
            used = sum(_cols(ch) for w in carried for ch in w)
        rows[-1].append(word)
        used += cols
    return ["".join(row) for row in rows]


# Invisible format characters a web copy leaves among the letter's characters: a zero-width
# space most often, a soft hyphen, a byte-order mark, a zero-width joiner.
INVISIBLE = ("\u200b", "\u200b", "\u200b", "\u00ad", "\ufeff", "\u200d")
_INVISIBLE_SHARE = 0.02


def _invisible_chars(text: str, gold: Gold, rng: random.Random) -> str:
    """An invisible format character after about one character in fifty (never inside a
    line break), anywhere else: inside names, numbers and 发文字号 too."""
    out: list[str] = []
    for ch in text:
        out.append(ch)
        if ch != "\n" and rng.random() < _INVISIBLE_SHARE:
            out.append(rng.choice(INVISIBLE))
    return "".join(out)


def without_invisible(text: str) -> str:
    """``text`` without the characters :func:`_invisible_chars` adds."""
    return text.translate({ord(ch): None for ch in INVISIBLE})


_FRAGMENT_BLOCKS = ("<p>{}</p>", '<p style="text-indent:2em">{}</p>', "<div>{}</div>")


def _html_fragment(text: str, gold: Gold, rng: random.Random) -> str:
    """The letter as a site's content system stores its article: each line a paragraph
    (``<p>``, ``<p style=…>`` or ``<div>``, drawn per letter), its characters escaped, a
    blank line an empty paragraph; no ``<html>`` or ``<head>``."""
    block = rng.choice(_FRAGMENT_BLOCKS)
    lines = [html.escape(line.strip(), quote=False) for line in text.split("\n")]
    return "\n".join(block.format(line or "&nbsp;") for line in lines)


def fragment_text(page: str) -> str:
    """What :func:`_html_fragment` wrote, read back: its tags out, its characters unescaped."""
    return html.unescape(re.sub(r"<[^<>]+>", "", page)).replace("\xa0", "")


_REFERENCES = {"“": "&ldquo;", "”": "&rdquo;", "—": "&mdash;", "…": "&hellip;", "。": "&#12290;"}
_INDENT = re.compile(r"(?m)^[ \u3000]+")


def _html_references(text: str, gold: Gold, rng: random.Random) -> str:
    """A page's source copied as plain text: quotes, dashes, ellipses and one full stop in
    ten as HTML character references, each line's indent as ``&nbsp;``s."""
    out = "".join(
        _REFERENCES[ch] if ch in _REFERENCES and (ch != "。" or rng.random() < 0.1) else ch
        for ch in text
    )
    return _INDENT.sub(lambda m: "&nbsp;" * len(m.group()), out)


def _period_stops(text: str, gold: Gold, rng: random.Random) -> str:
    """Every full stop typed as ``.``, as an English keyboard or a converter leaves it."""
    return text.replace("。", ".")


# --- damage the web copies do to the letter's own lines --------------------------------------
# Each kind below is what the open dev sets' SOURCES.tsv report of real copies: a title over
# two or three lines, a salutation that lost its colon, a signature pushed right by runs of
# blanks, blank lines that hold nbsp or full-width spaces, a metadata block printed twice,
# yearless dates that lost their 月, spam injected mid-sentence, a title with a stray blank,
# paragraphs that lost their last 。, a class mark glued to the 发文字号. Each one leaves what
# the gold reads where a careful reader still reads it; where it would not (a dated 年月日
# that lost its marks is no date to the gold), the transform does not touch it.


def _head_line(
    lines: list[str], value: Any, *, ends: tuple[str, ...] = ("",), above: int | None = None
) -> int | None:
    """The first line of the head (above the opening sentence, and above line ``above``
    when given) that holds ``value`` alone, or before one of ``ends``."""
    if not isinstance(value, str) or not value.strip():
        return None
    want = {skeleton(value) + end for end in ends}
    opening = _opening_line(lines)
    end = min(len(lines), 40) if opening is None else opening
    for i in range(end if above is None else min(end, above)):
        if skeleton(lines[i]) in want:
            return i
    return None


_REPLY_END = ("的答复", "的回复", "的复函", "的答复函")


def _title_broken(text: str, gold: Gold, rng: random.Random) -> str:
    """The title printed over two or three lines, as a centred heading wraps: broken near
    even widths, never between two ASCII letters or digits (``第1`` / ``2号`` is no wrap a
    page makes) nor right before its ``关于``/``对`` (an authority alone over the rest is
    the header's mark, not the title's start, to a reader as to the record); a title
    ending ``…的答复`` may end on ``答    复`` alone, spaced out."""
    lines = text.split("\n")
    at = _head_line(lines, gold.get("title"))
    if at is None:
        return text
    line = lines[at]
    body = line.strip()
    indent = line[: len(line) - len(line.lstrip())]
    if len(body) < 8:
        return text
    spread = body.endswith(_REPLY_END) and rng.random() < 0.4
    head = body[:-2] if spread else body
    pieces = 2 if spread or len(head) < 24 else rng.choice((2, 3))
    cuts: list[int] = []
    for k in range(1, pieces):
        cut = len(head) * k // pieces + rng.randint(-2, 2)
        while 0 < cut < len(head) and head[cut - 1].isascii() and head[cut].isascii():
            cut += 1
        if head.startswith(("关于", "对"), cut):
            cut += 2  # (an authority alone over 关于… reads as the header's: not the title's)
        if 0 < cut < len(head) and (not cuts or cut > cuts[-1]):
            cuts.append(cut)
    parts = [head[a:b] for a, b in zip([0, *cuts], [*cuts, len(head)], strict=True)]
    if spread:
        parts.append(body[-2] + "    " + body[-1])
    return "\n".join([*lines[:at], *(indent + part for part in parts), *lines[at + 1 :]])


# A salutation's role word and colon: 代表：, 委员：, 同志：, 代表团：, 先生：, 女士：
_SALUTE = re.compile(r"(代表|委员|同志|代表团|代表组|委员组|先生|女士)[ \t\u3000]*[：:]")
# the same ending its line (a salutation alone on its line)
_SALUTE_END = re.compile(_SALUTE.pattern + "$")
# an opening addressed to the reader: 您提出的, 你们提出的, 您们所提
_YOU = re.compile(r"^([ \t\u3000]*)(?:您们|你们|您|你)(?=(?:所)?提)")


def _salutation_broken(text: str, gold: Gold, rng: random.Random) -> str:
    """The salutation without its colon: names and their role word (代表, 委员, 先生…), the
    colon the one mark lost. On its own line it just loses it (a name without
    a colon over the opening); on the opening's line it loses it and the line breaks after
    the role word. Half the time the opening's ``您`` goes too, so the names read as the
    sentence's subject continued on the next line (``王某等代表`` / ``提出的…收悉``)."""
    lines = text.split("\n")
    opening = _opening_line(lines)
    if opening is None:
        return text
    at = _salutation_line(lines, opening)
    line = lines[at]
    if at != opening:
        stripped = line.rstrip()
        if not _SALUTE_END.search(stripped):
            # (a form's label over the reply, 办理结果：, is no salutation; nor is a body's
            # name with no role word, 某县某局：, which without its colon is an authority's
            # name alone on its line, as a head prints its issuer: pert66)
            return text
        lines[at] = stripped[:-1]
        if rng.random() < 0.5:
            lines[opening] = _YOU.sub(r"\1", lines[opening], count=1)
        return "\n".join(lines)
    m = _SALUTE.search(line)
    if m is None or m.start() > 80:
        return text
    rest = line[m.end() :].lstrip(" \t\u3000")
    if rng.random() < 0.5:
        rest = _YOU.sub(r"\1", rest, count=1)
    lines[at : at + 1] = [line[: m.end(1)], rest]
    return "\n".join(lines)


def _long_blank(rng: random.Random) -> str:
    """A run of blanks a page uses to push a line right: spaces, nbsp, full-width, mixed."""
    n = rng.randint(12, 40)
    return rng.choice((" " * n, "\xa0" * n, "\u3000" * (n // 2), " \u3000" * (n // 3)))


def _signature_indented(text: str, gold: Gold, rng: random.Random) -> str:
    """The signing authority's and the date's lines pushed right by long runs of blanks
    (spaces, nbsp or full-width, one kind per letter), as a page lays out its closing."""
    lines = text.split("\n")
    places = [_signature_authority(lines, gold), _signature_date(lines, gold)]
    run = _long_blank(rng)
    done: set[int] = set()
    for place in places:
        if place is None:
            continue
        start, _ = place
        if start.line in done or lines[start.line][: start.column].strip():
            continue  # already indented, or run on after text
        lines[start.line] = run + lines[start.line].lstrip(" \t\u3000\xa0")
        done.add(start.line)
    return "\n".join(lines)


_BLANK_FILLS = (" ", "\xa0", "\xa0\xa0", "\u3000", "\u3000\u3000\u3000", " \xa0 ", "\t")


def _space_lines(text: str, gold: Gold, rng: random.Random) -> str:
    """Blank lines that hold blanks (a lone space, nbsp, full-width spaces), some of them
    repeated two to four times: what a page's empty paragraphs leave in a copy."""
    out: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            out.append(line)
            continue
        repeat = rng.randint(2, 4) if rng.random() < 0.3 else 1
        out.extend(rng.choice(_BLANK_FILLS) for _ in range(repeat))
    return "\n".join(out)


def _printed_twice(text: str, gold: Gold, rng: random.Random) -> str:
    """A saved page whose content system printed its metadata block twice (or the heading
    and its source line twice) above the letter, a footer below it."""
    twice = rng.choice(("metadata", "heading"))
    if twice == "metadata":
        block = _metadata_lines(gold, rng)
        head = [*_crumb_lines(rng), *_heading_lines(gold, rng), *block, *block]
    else:
        heading = _heading_lines(gold, rng)
        head = [*_crumb_lines(rng), *heading, *heading]
    gap = rng.choice(("\n", "\n\n"))
    bottom = gap.join(_footer_lines(rng))
    return f"{gap.join(head)}{gap}{text.strip(chr(10))}{gap}{bottom}\n"


# a month and day with no year before them: 3月17日, 10月8日 (not 2023年3月17日)
_YEARLESS = re.compile(r"(?<!\d年)(?<![\d\-—～~至到])(\d{1,2})月(\d{1,2})日")


def _dates_lost_marks(text: str, gold: Gold, rng: random.Random) -> str:
    """Yearless dates (``3月17日``) that lost their 月 (``317日``), as damaged copies print
    them: no date for the gold either way. A date with its year is left alone (the gold
    would lose it), as is one a gold string holds."""
    held = "".join(skeleton(value) for value in gold_strings(gold))

    def damage(m: re.Match[str]) -> str:
        if skeleton(m.group()) in held:
            return m.group()
        return m.group(1) + m.group(2) + "日"

    return _YEARLESS.sub(damage, text)


_SPAM = (
    " Buy cheap replica watches since 1985 free shipping worldwide ",
    " click here www.example-casino.invalid best online slots ",
    "【稳赚快三计划群】",
    "彩虹娱乐官网注册",
    "吧",
    "白唱",
)


def _free_body_lines(lines: list[str], gold: Gold) -> list[int]:
    """The body's lines under the opening sentence and above the signature (the letter's
    end when none is found) that hold none of the gold's strings, as the scorer compares
    them: what a damage may touch leaving the gold whole (none when no opening is found)."""
    opening = _opening_line(lines)
    if opening is None:
        return []
    values = [skeleton(value) for value in gold_strings(gold)]
    signed = _signature_authority(lines, gold) or _signature_date(lines, gold)
    end = signed[0].line if signed is not None else len(lines)
    free: list[int] = []
    for i in range(opening + 1, end):
        flat = skeleton(lines[i])
        if not any(value in flat for value in values):
            free.append(i)
    return free


_SENTENCE_END = re.compile("[。！；]")
_HAN = re.compile(rf"[{_CJK}]")


def _spam_injected(text: str, gold: Gold, rng: random.Random) -> str:
    """Spam a hijacked mirror injects mid-sentence: a Latin advert, a gambling plug or a
    stray character or two, once or twice, inside the body's sentences (lines with a
    sentence's end, above the signature, holding none of the gold's strings), between two
    hanzi (never inside a figure); the page's footer is left alone."""
    lines = text.split("\n")
    candidates = [
        i
        for i in _free_body_lines(lines, gold)
        if len(lines[i].strip()) >= 20 and _SENTENCE_END.search(lines[i])
    ]
    if not candidates:
        return text
    for i in sorted(rng.sample(candidates, min(2, len(candidates))), reverse=True):
        line = lines[i]
        spots = [
            j
            for j in range(len(line) // 4, len(line) - 2)
            if _HAN.match(line[j - 1]) and _HAN.match(line[j])
        ]
        if spots:
            j = rng.choice(spots)
            lines[i] = line[:j] + rng.choice(_SPAM) + line[j:]
    return "\n".join(lines)


# where a page's title shows a stray blank: before its 第N号, or after the authority
_TITLE_GAPS = re.compile(
    r"(?<=[^\s])(?=第[0-9一二三四五六七八九十百]+号)|(?<=[局府委会院办厅处室])(?=关于)"
)


def _title_spaced(text: str, gold: Gold, rng: random.Random) -> str:
    """A blank inside the title where pages show one: ``…二次会议 第45号建议的答复``,
    ``某县水利局 关于…``."""
    lines = text.split("\n")
    at = _head_line(lines, gold.get("title"))
    if at is None:
        return text
    gaps = [m.start() for m in _TITLE_GAPS.finditer(lines[at]) if m.start() > 0]
    if not gaps:
        return text
    j = rng.choice(gaps)
    lines[at] = lines[at][:j] + rng.choice((" ", "  ", "\u3000")) + lines[at][j:]
    return "\n".join(lines)


def _stops_lost(text: str, gold: Gold, rng: random.Random) -> str:
    """Body paragraphs that lost their final 。: the last one before the signature (the
    thanks) and one more, among lines above the signature that hold none of the gold's
    strings (a 抄送 list under it keeps its stop)."""
    lines = text.split("\n")
    ends = [i for i in _free_body_lines(lines, gold) if lines[i].rstrip().endswith("。")]
    if not ends:
        return text
    chosen = {ends[-1], rng.choice(ends)}
    for i in chosen:
        stripped = lines[i].rstrip()
        lines[i] = stripped[:-1] + lines[i][len(stripped) :]
    return "\n".join(lines)


# a class mark's label and letter in the head: 类别：B, 类 别: B类, 办理类别:A
_CLASS_LABEL = re.compile(
    r"(?:类[ \t\u3000]*别|分类|办理类别|办复类别|答复类别)[ \t\u3000]*[：:][ \t\u3000]*([A-D])(?:[ \t\u3000]*类)?"
)


def _class_glued(text: str, gold: Gold, rng: random.Random) -> str:
    """The class mark's label gone and its letter glued after the 发文字号 (``某函〔2023〕
    7号B类``, ``…7号[B]类``), as copies that lost a row of the header show it; the label's
    line goes when nothing else is on it."""
    handling = gold.get("handling_type")
    number = (gold.get("doc_number") or {}).get("text")
    lines = text.split("\n")
    opening = _opening_line(lines)
    if not isinstance(handling, str) or not isinstance(number, str) or opening is None:
        return text
    labels = [
        (i, m)
        for i in range(opening)
        for m in _CLASS_LABEL.finditer(lines[i])
        if m.group(1) == handling
    ]
    found = [(i, m) for i in range(opening) for m in _loose(number).finditer(lines[i])]
    if len(labels) != 1 or len(found) != 1:
        return text
    (at, mark), (line_no, m) = labels[0], found[0]
    glued = rng.choice(("{}类", "[{}]类", "（{}类）")).format(handling)
    line = lines[line_no]
    lines[line_no] = line[: m.end()] + glued + line[m.end() :]
    offset = len(glued) if at == line_no and mark.start() > m.end() else 0
    line = lines[at]
    start, end = mark.start() + offset, mark.end() + offset
    lines[at] = (line[:start].rstrip(" \t\u3000") + " " + line[end:].lstrip(" \t\u3000")).strip(" ")
    if not lines[at].strip():
        del lines[at]
    return "\n".join(lines)


# --- damage56: the next classes the open dev sets' SOURCES report ----------------------------
# A mirror's 繁體 conversion (with pinyin glosses), an aggregator's reprint trailer under the
# signature, page lines set between the letter's head and its salutation, labels spaced out
# (联 系 人：), dates respelled (2024 年 6 月 20 日, 二0二一年, full-width digits). What the
# gold reads stays where it was: a transform that rewrites characters leaves every place a
# gold string is read from as it is.


def _held(text: str, gold: Gold, *, keep_dates: bool = True) -> list[bool]:
    """For each character of ``text``, whether an occurrence of a gold string covers it
    (any white space, line breaks too, allowed inside it), or of an addressee's role (the
    gold writes it as the letter does); without ``keep_dates`` the gold's dates are left
    out (a transform of dates reads them itself)."""
    dates = {skeleton(item.get("text") or "") for item in gold.get("dates") or []}
    values = [value for value in gold_strings(gold) if keep_dates or skeleton(value) not in dates]
    values += [item.get("role") or "" for item in gold.get("addressees") or []]
    held = [False] * len(text)
    # the text as the scorer compares it, one character for one (``，`` is ``,``)
    wide = "".join(
        folded if len(folded := unicodedata.normalize("NFKC", ch)) == 1 else ch for ch in text
    )
    for value in values:
        flat = skeleton(value)
        if not flat:
            continue
        for m in re.finditer(r"\s*".join(re.escape(ch) for ch in flat), wide):
            for j in range(m.start(), m.end()):
                held[j] = True
    return held


# A 繁體 conversion's common characters, simplified then traditional, written out here (not
# read from the package's fold, so the fold is tested on forms it did not make); where
# converters differ (复: 復 or 覆, 系: 係 or 繫) the letter takes one. Characters whose
# form depends on the word (干, 后, 余, 里, 斗, 面, 冲, 征) are left as they are.
_PAIRS = (
    "关關 于於 县縣 区區 乡鄉 镇鎮 会會 议議 届屆 号號 发發 门門 办辦 联聯 电電 话話 单單 类類 "
    "别別 签簽 开開 报報 员員 团團 协協 务務 财財 经經 济濟 农農 业業 设設 规規 划劃 资資 项項 "
    "进進 强強 实實 们們 对對 现現 为為 这這 个個 时時 间間 计計 万萬 亿億 长長 说說 请請 谢謝 "
    "问問 题題 将將 还還 没沒 过過 应應 当當 与與 从從 组組 织織 训訓 练練 学學 卫衛 医醫 疗療 "
    "养養 运運 输輸 桥橋 车車 辆輛 环環 护護 网網 络絡 执執 监監 质質 标標 准準 处處 认認 况況 "
    "统統 筹籌 机機 构構 营營 价價 费費 补補 贴貼 级級 责責 负負 东東 厅廳 户戶 众眾 见見 观觀 "
    "点點 线線 纪紀 录錄 选選 举舉 属屬 权權 难難 续續 继繼 传傳 邮郵 编編 码碼 称稱 书書 记記 "
    "讲講 论論 证證 该該 试試 调調 审審 额額 预預 决決 压壓 积積 极極 态態 结結 优優 势勢 变變 "
    "动動 劳勞 导導 领領 带帶 头頭 产產 园園 场場 队隊 层層 尽盡 稳穩 险險 扩擴 张張 广廣 宽寬 "
    "严嚴 谈談 贯貫 彻徹 树樹 节節 约約 适適 达達 远遠 连連 边邊 递遞 块塊 声聲 备備 够夠 宁寧 "
    "宝寶 师師 并並 庄莊 库庫 废廢 归歸 总總 扫掃 担擔 据據 损損 换換 数數 断斷 无無 旧舊 显顯 "
    "暂暫 术術 条條 来來 杨楊 样樣 档檔 检檢 楼樓 欢歡 气氣 汇匯 汉漢 沟溝 洁潔 测測 温溫 满滿 "
    "灾災 烟煙 热熱 爱愛 状狀 独獨 献獻 画畫 盖蓋 矿礦 础礎 确確 离離 种種 税稅 穷窮 笔筆 筑築 "
    "简簡 粮糧 紧緊 红紅 纳納 细細 终終 给給 绝絕 绩績 维維 综綜 绿綠 缓緩 缩縮 职職 脑腦 艺藝 "
    "范範 药藥 获獲 虽雖 装裝 视視 讨討 让讓 许許 访訪 评評 识識 词詞 询詢 详詳 语語 读讀 课課 "
    "谁誰 谓謂 购購 贷貸 赔賠 赵趙 践踐 转轉 轮輪 轻輕 较較 辅輔 辖轄 违違 遗遺 释釋 鉴鑒 钱錢 "
    "铁鐵 银銀 销銷 错錯 闭閉 阅閱 阳陽 际際 陆陸 陈陳 随隨 页頁 顺順 须須 顾顧 频頻 风風 饮飲 "
    "马馬 驻駐 验驗 鱼魚 鸡雞 齐齊 龙龍 伤傷 体體 侧側 债債 儿兒 党黨 兴興 军軍 净淨 减減 刘劉 "
    "则則 创創 剂劑 剧劇 华華 卖賣 厂廠 历歷 参參 双雙 图圖 围圍 圆圓 坚堅 坝壩 宾賓 岗崗 岭嶺 "
    "帮幫 弯彎 恳懇 愿願 挡擋 挥揮 敛斂 旷曠 晓曉 朴樸 杂雜 杰傑 润潤 涨漲 渐漸 湾灣 灯燈 "
    "灵靈 炉爐 牵牽 猪豬 疮瘡 盘盤 砖磚 礼禮 窝窩 竞競 纠糾 纯純 纸紙 绍紹 绕繞 绘繪 缘緣 "
    "罚罰 聪聰 肃肅 胜勝 脱脫 腾騰 苏蘇 荐薦 萧蕭 衬襯 览覽 触觸 订訂 讯訊 诚誠 误誤 谨謹 贝貝 "
    "贡貢 贤賢 败敗 货貨 贫貧 贸貿 赋賦 赛賽 赞贊 趋趨 踪蹤 软軟 载載 辞辭 迟遲 邻鄰 郑鄭 针針 "
    "钟鐘 钢鋼 键鍵 闲閒 闻聞 阴陰 隐隱 顶頂 顿頓 颜顏 飞飛 饭飯 馆館 驾駕 鸟鳥 岁歲 启啟 响響"
)
_LEAST_CONVERTED = 0.1
"""The least share of a letter's Han characters the conversion must change (a mirror's copy
changes about a quarter of them): where the gold's places (whole paragraphs that are
sections' headings) leave fewer, the letter stays as it is, a few labels in 繁體 amid a
simplified text being no mirror's copy."""
_AMBIGUOUS = {"复": ("復", "覆"), "系": ("係", "繫"), "台": ("臺", "台")}
_TO_TRADITIONAL = {pair[0]: pair[1] for pair in _PAIRS.split()}


# A mirror's pinyin gloss after a character (會(huì), 縣(xiàn)): for a few characters only.
_GLOSSES = {
    "會": "huì",
    "議": "yì",
    "縣": "xiàn",
    "關": "guān",
    "號": "hào",
    "屆": "jiè",
    "區": "qū",
    "鄉": "xiāng",
    "鎮": "zhèn",
    "運": "yùn",
    "設": "shè",
    "規": "guī",
    "劃": "huà",
    "將": "jiāng",
    "當": "dāng",
}


def _traditional(text: str, gold: Gold, rng: random.Random) -> str:
    """The letter as a mirror's 繁體 conversion serves it: its common characters in their
    traditional forms (复 as 復 or 覆, one per letter), half the time with pinyin glosses
    after some characters (``會(huì)``); the places the gold reads its strings from are left
    as written (a letter they cover nearly whole is left as it is: :data:`_LEAST_CONVERTED`)."""
    table = {**_TO_TRADITIONAL, **{ch: rng.choice(forms) for ch, forms in _AMBIGUOUS.items()}}
    held = _held(text, gold)
    gloss = rng.random() < 0.5
    out: list[str] = []
    converted = 0
    for ch, kept in zip(text, held, strict=True):
        written = ch if kept else table.get(ch, ch)
        out.append(written)
        if written != ch:
            converted += 1
            if gloss and written in _GLOSSES and rng.random() < 0.3:
                out.append(f"({_GLOSSES[written]})")
    if converted < _LEAST_CONVERTED * len(_HAN.findall(text)):
        return text  # the gold's places hold nearly all the letter: no mirror's copy is left
    return "".join(out)


_DISCLAIMERS = (
    "免责声明：本文转载自网络，仅供学习交流，版权归原作者所有，如有侵权请与我们联系删除。",
    "免责声明：本站所载文章来自网络转载，不代表本站观点，如涉及版权请与本",
    "免责声明：以上内容来源于公开网络，本网仅作信息存储，如有问题请联系我",
)


def _reprint_trailer(text: str, gold: Gold, rng: random.Random) -> str:
    """An aggregator's reprint of the letter: under its last line the page adds the
    original title (``原标题：【…】``), a summary that repeats a body sentence cut short,
    the article's address and a disclaimer, sometimes cut mid-word."""
    lines = text.split("\n")
    free = [i for i in _free_body_lines(lines, gold) if len(lines[i].strip()) >= 20]
    if not free:
        return text
    sentence = lines[rng.choice(free)].strip()
    summary = sentence[: rng.randint(18, min(60, len(sentence)))] + rng.choice(("……", "...", ""))
    title = gold.get("title")
    if not isinstance(title, str) or not title.strip():
        title = f"关于{rng.choice(_PLACES)}建议的答复"
    colon = rng.choice(("：", ":"))
    summary_line = [f"内容摘要{colon}{summary}"] if rng.random() < 0.7 else []
    trailer = [
        f"原标题{colon}{rng.choice(('【{}】', '{}', '《{}》')).format(title.strip())}",
        *summary_line,
        f"文章网址{colon}https://www.example-news.invalid/a/{rng.randint(10**5, 10**6 - 1)}.html",
        rng.choice(_DISCLAIMERS),
    ]
    gap = rng.choice(("\n", "\n\n"))
    return text.rstrip("\n") + gap + gap.join(trailer) + "\n"


def _source_line(rng: random.Random) -> str:
    return rng.choice(
        (
            f"发布时间：{_page_date(rng)}  来源：{_site(rng)}",
            f"来源：{_site(rng)}    时间：{_page_date(rng)}    浏览次数：{rng.randint(10, 9999)}",
            f"作者：  来源：{_site(rng)}  发布时间：{_page_date(rng)}",
            f"{_page_date(rng)}  来源：{_site(rng)}",
        )
    )


def _bulleted(lines: list[str], rng: random.Random) -> list[str]:
    mark = rng.choice(("", "- ", "· ", "• "))
    return [mark + line for line in lines]


def _chrome_inside(text: str, gold: Gold, rng: random.Random) -> str:
    """Page lines set inside the letter's head: a source/timestamp line, a metadata list
    (bulleted or not) or both, right under the title, or above it when a 发文字号 line
    stands over it, as pages that print their metadata under the heading lay it out;
    above the salutation when no title line is found."""
    lines = text.split("\n")
    opening = _opening_line(lines)
    if opening is None:
        return text
    salutation = _salutation_line(lines, opening)
    title = _head_line(lines, gold.get("title"))
    number = _head_line(lines, (gold.get("doc_number") or {}).get("text"))
    block = rng.choice(
        (
            [_source_line(rng)],
            _bulleted([f"{k}：{v}" for k, v in _cells(gold, rng)], rng),
            [_source_line(rng), *_bulleted([f"{k}：{v}" for k, v in _cells(gold, rng)], rng)],
        )
    )
    if title is not None and number is not None and number < title < salutation:
        at = rng.choice((title, title + 1))  # under the 发文字号 line, or under the title
    elif title is not None and title < salutation:
        at = title + 1
    else:
        at = salutation
    return "\n".join([*lines[:at], *block, *lines[at:]])


def _cells(gold: Gold, rng: random.Random) -> list[tuple[str, str]]:
    """A short metadata list: 索引号, 发布机构, a date and, when the letter has one, its
    own 文号 (a page repeats it)."""
    index = f"{rng.randint(10**8, 10**9 - 1)}/{rng.randint(2016, 2025)}-{rng.randint(1, 99999):05d}"
    cells = [
        ("索引号", index),
        ("发布机构", _site(rng)),
        (rng.choice(("发布日期", "成文日期", "公开日期")), _page_date(rng)),
    ]
    number = (gold.get("doc_number") or {}).get("text")
    if isinstance(number, str) and number.strip() and rng.random() < 0.5:
        cells.append(("文号", number.strip()))
    return rng.sample(cells, len(cells))


# the labels a letter's closing and head write before a colon, spaced out by forms: a label
# that opens its line or a form's cell (after a tab, a full-width space or two spaces), not
# one inside a row of single-spaced cells
_SPACED_LABEL = re.compile(
    r"(?:^|(?<=  )|(?<=\t)|(?<=\u3000))(联系人|联系电话|联系单位|联系方式|承办人|经办人|签发人|承办单位|答复单位|办理单位|类别|"
    r"文号|抄送|抄报|电话|邮编|传真|办理结果|公开属性|是否公开)(?=[ \t\u3000]*[：:])",
    re.MULTILINE,
)


def _labels_spaced(text: str, gold: Gold, rng: random.Random) -> str:
    """The closing's and head's labels spaced out as forms justify them: ``联 系 人：``,
    ``承  办  人:``, ``类　别：B`` (one spacing a letter); the gold's strings stay as written."""
    gap = rng.choice((" ", "  ", "\u3000"))
    held = _held(text, gold)
    out: list[str] = []
    last = 0
    for m in _SPACED_LABEL.finditer(text):
        if any(held[m.start() : m.end()]):
            continue
        out.append(text[last : m.start()])
        out.append(gap.join(m.group(1)))
        last = m.end()
    out.append(text[last:])
    return "".join(out)


# a full Arabic date with all three marks: 2024年6月20日 (not 2024年6月, not 20246月20日)
_FULL_ARABIC_DATE = re.compile(r"(?<!\d)\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
_ZEROS = ("〇", "○", "0", "O", "零")


def _dates_respelled(text: str, gold: Gold, rng: random.Random) -> str:
    """Full dates respelled the way copies write them, one way a letter: blanks around
    年月日 (``2024 年 6 月 20 日``, ``2024年 6月20日``), full-width digits
    (``２０２４年６月２０日``), or a Chinese numeral's zero as another zero (``二0二一年``,
    ``二○二一年``, ``二O二一年``). A date inside another gold string is left as it is."""
    held = _held(text, gold, keep_dates=False)
    styles = ["spaced", "half-spaced", "full-width"]
    if _CHINESE_DATE.search(text):
        styles.append("zero")
    style = rng.choice(styles)
    zero = rng.choice(_ZEROS)

    def respell(m: re.Match[str]) -> str:
        if any(held[m.start() : m.end()]):
            return m.group()
        written = m.group()
        if m.re is _CHINESE_DATE:
            return (
                written[:4].translate(str.maketrans(dict.fromkeys("〇○0O零", zero))) + written[4:]
            )
        if style == "spaced":
            return re.sub(r"\s*([年月日])\s*", r" \1 ", written).strip()
        if style == "half-spaced":
            return re.sub(r"\s*年\s*", "年 ", written)
        if style == "full-width":
            return written.translate(_FULL_DIGITS)
        return written

    pattern = _CHINESE_DATE if style == "zero" else _FULL_ARABIC_DATE
    return pattern.sub(respell, text)


# --- title58: the title's line run on into what is no title, or led by what is none --------
# A saved page's head that lost its breaks glues to the title's last line the page's cells,
# the 发文字号 and its class, the page's date row, the heading again, a handling note, the
# site's name or a crumb's step; to its first line a validity cell, a title cell's label, a
# list's number or the page's date. What the gold reads stays where it was (the 发文字号 and
# the class letter glued are the gold's own, written again).


def _title_place(lines: list[str], value: Any) -> tuple[int, int] | None:
    """The first and last of up to three lines of the head (above the opening sentence)
    that hold the title ``value`` alone, joined."""
    if not isinstance(value, str) or not value.strip():
        return None
    want = skeleton(value)
    opening = _opening_line(lines)
    end = min(len(lines), 40) if opening is None else opening
    for i in range(end):
        if not lines[i].strip():
            continue
        joined = ""
        for j in range(i, min(i + 3, end)):
            joined += skeleton(lines[j])
            if joined == want:
                return i, j
            if not want.startswith(joined):
                break
    return None


_RUN_ON_DATES = (
    "{y}-{m:02d}-{d:02d}",
    "{y}年{m}月{d}日",
    "{y}/{m:02d}/{d:02d}",
    "{y}.{m:02d}.{d:02d}",
)


def _run_on_date(rng: random.Random) -> str:
    form = rng.choice(_RUN_ON_DATES)
    return form.format(y=rng.randint(2016, 2025), m=rng.randint(1, 12), d=rng.randint(1, 28))


def _run_ons(gold: Gold, rng: random.Random) -> list[str]:
    """The run-ons a page may glue after this letter's title (those that repeat the
    letter's 发文字号 or class letter only where the gold has one)."""
    colon = rng.choice(("", ":", "："))
    number = (gold.get("doc_number") or {}).get("text")
    number = number.strip() if isinstance(number, str) and number.strip() else None
    handling = gold.get("handling_type")
    handling = handling if isinstance(handling, str) and handling in "ABCD" else None
    title = skeleton(gold.get("title") or "")
    date = _run_on_date(rng)
    serial = str(rng.randint(10, 99999))
    out = [
        f"文号{colon}成文日期{colon}{date}发布日期{colon}{_run_on_date(rng)}",
        f"发布时间{colon}{_page_date(rng)}来源{colon}{_site(rng)}",
        f"索引号{colon}{rng.randint(10**8, 10**9 - 1)}/{rng.randint(2016, 2025)}-{serial}",
        f"信息来源{colon}{_site(rng)}浏览次数{colon}{serial}",
        date,
        f"{date}{_site(rng)}",
        f"{date}{_site(rng)}{serial}",
        f"{date} {_site(rng)} {serial}",
        rng.choice(("_", "-", "｜", " - ")) + _site(rng),
        _site(rng) + rng.choice(("门户网站", "网站", "")),
        rng.choice(("-正文", "_正文", ">正文", "--正文内容", "-详细信息")),
    ]
    if number:
        klass = rng.choice(("{}类", "[{}]类", "{}")).format(handling) if handling else ""
        out += [number + klass, number + title, f"文号{colon}{number}"]
    else:
        out.append(title)  # the page's heading written again, glued
    if handling:
        note = rng.choice(
            ("（复文类型：{}）", "(复文类型:{})", "（办理类型：{}类）", "【答复类别：{}】")
        )
        out.append(note.format(handling))
    return out


def _title_run_on(text: str, gold: Gold, rng: random.Random) -> str:
    """The title's line run on, with no break, into what is no title: one of
    :func:`_run_ons` a letter."""
    lines = text.split("\n")
    place = _title_place(lines, gold.get("title"))
    if place is None:
        return text
    _, last = place
    glued = rng.choice(_run_ons(gold, rng))
    lines[last] = lines[last].rstrip() + glued
    return "\n".join(lines)


def _junk_leads(rng: random.Random) -> list[str]:
    colon = rng.choice((":", "："))
    return [
        rng.choice(("时效性有效", f"时效性{colon}有效", f"有效性{colon}有效", "- 时效性有效")),
        rng.choice(
            (f"-标题{colon}", f"标题{colon}", f"-文号{colon}无-标题{colon}", f"题目{colon}")
        ),
        rng.choice(("1、", "2.", "12、", "3．", "（1）")),
        rng.choice((f"名称{colon}", f"名 称{colon}", f"信息名称{colon}", "信息名称")),
        rng.choice((_run_on_date(rng), f"[{_run_on_date(rng)}]", _page_date(rng) + " ")),
    ]


def _title_junk_before(text: str, gold: Gold, rng: random.Random) -> str:
    """The title's first line led, with no break, by a page's junk: a validity cell, a
    title cell's label, a list's number or the page's date."""
    lines = text.split("\n")
    place = _title_place(lines, gold.get("title"))
    if place is None:
        return text
    first, _ = place
    line = lines[first]
    indent = line[: len(line) - len(line.lstrip())]
    lines[first] = indent + rng.choice(_junk_leads(rng)) + line.lstrip()
    return "\n".join(lines)


# --- issuer59: the authority's name led by junk, lost from the head, glued to its date -------
# Of the issuer misses on letters nobody had tuned for, three had junk glued before the
# authority (a page's 发布机构 cell glued to its value over the head, a hijacked mirror's
# spam and broken ``&nbsp;`` debris before the signer), four named it nowhere the parser
# looked (the head's line gone: only the signature names it), and one-line copies run the
# signer into its date. What the gold reads stays where it was.


_MARK_WORDS = ("文件", "")


def _head_authority(lines: list[str], gold: Gold) -> _Place | None:
    """Where the header's mark names the issuer: a line of the head that holds it alone or
    before 文件, above the signer's (a letter with no opening sentence found, its signer
    among its first lines, has no head the signer's line is)."""
    signer = _signature_authority(lines, gold)
    above = None if signer is None else signer[0].line
    at = _head_line(lines, gold.get("issuer"), ends=_MARK_WORDS, above=above)
    if at is None:
        return None
    return _Place(at, len(lines[at]) - len(lines[at].lstrip(" \t\u3000")))


def _signed_by_issuer(gold: Gold) -> bool:
    """Whether the gold's first signer is its issuer: the letter names it twice."""
    issuer, signed = gold.get("issuer"), (gold.get("signature") or {}).get("issuer")
    if not isinstance(issuer, str) or not isinstance(signed, str):
        return False
    return skeleton(signed.split("、")[0]) == skeleton(issuer)


def _signer_opening(lines: list[str], gold: Gold) -> _Place | None:
    """Where the signing authority opens its line (the last one a joint reply signs)."""
    place = _signature_authority(lines, gold)
    if place is None or lines[place[0].line][: place[0].column].strip():
        return None
    return place[0]


_DEBRIS = "林石云岸木禾田舟"


def _head_junk(rng: random.Random) -> str:
    """What a page glues before the header's mark: its 发布机构/来源 cell's label (a colon or
    none), the cell's value the authority. (A list's bullet before an authority is the
    page's list of cells too, its 发布机构 value with the label lost: no letter's mark, so
    none is set before the letter's.)"""
    colon = rng.choice(("", "", ":", "："))
    return rng.choice((f"发布机构{colon}", f"来源{colon}", f"信息来源{colon}"))


def _signer_junk(rng: random.Random) -> str:
    """What a hijacked mirror writes before the signer on its line: a run of broken
    ``&nbsp;`` entities with stray characters in them, or spam, then stray characters and
    a blank before the name."""
    if rng.random() < 0.5:
        lead = rng.choice(("吧", "白唱", "彩虹娱乐官网注册"))
    else:
        lead = "".join(f"&nb{rng.choice(_DEBRIS)}sp; " for _ in range(rng.randint(1, 4)))
    return lead + "".join(rng.choice(_DEBRIS) for _ in range(rng.randint(1, 2))) + " "


def _issuer_junk_before(text: str, gold: Gold, rng: random.Random) -> str:
    """Junk before the header's mark (a page cell's label glued to it) and before the
    signer (spam or broken ``&nbsp;`` debris, stray characters, a blank); each place the
    letter has, one junk a place."""
    lines = text.split("\n")
    head = _head_authority(lines, gold)
    signer = _signer_opening(lines, gold)
    # (a cell's label makes the mark the page's cell: only where the signer names the issuer
    # again, never before a 文件 line)
    if head is not None and (
        not _signed_by_issuer(gold) or skeleton(lines[head.line]).endswith("文件")
    ):
        head = None
    if head is None and signer is None:
        return text
    for place, junk in ((signer, _signer_junk(rng)), (head, _head_junk(rng))):
        if place is not None:
            line = lines[place.line]
            lines[place.line] = line[: place.column] + junk + line[place.column :]
    return "\n".join(lines)


def _issuer_head_lost(text: str, gold: Gold, rng: random.Random) -> str:
    """The head's line that names the issuer alone (``某县水务局``, ``某县水务局文件``)
    gone, as copies that start at the title or the salutation lose it: the signer, which
    the gold's issuer is, names it alone. Only where the signer is the issuer."""
    lines = text.split("\n")
    if not _signed_by_issuer(gold) or _signature_authority(lines, gold) is None:
        return text
    head = _head_authority(lines, gold)
    if head is None:
        return text
    return "\n".join([*lines[: head.line], *lines[head.line + 1 :]])


def _signer_glued(text: str, gold: Gold, rng: random.Random) -> str:
    """The signer's line and the date's run together, as a copy that lost the break between
    them: ``某县水务局2019年7月15日``, or one blank between them."""
    lines = text.split("\n")
    authority = _signature_authority(lines, gold)
    date = _signature_date(lines, gold)
    if authority is None or date is None:
        return text
    (_, end), (start, _) = authority, date
    if start.line <= end.line or lines[end.line][end.column :].strip():
        return text  # already on one line, or something after the signer
    if any(lines[i].strip() for i in range(end.line + 1, start.line)):
        return text  # a seal or another line between them
    if lines[start.line][: start.column].strip():
        return text
    gap = rng.choice(("", "", " "))
    joined = lines[end.line].rstrip() + gap + lines[start.line].lstrip(" \t\u3000")
    return "\n".join([*lines[: end.line], joined, *lines[start.line + 1 :]])


@dataclass(frozen=True)
class Transform:
    """A named rewrite of a letter that keeps its gold record."""

    name: str
    what: str
    rewrite: Callable[[str, Gold, random.Random], str]

    def __call__(self, text: str, gold: Gold, key: str) -> str:
        """The transformed text; the same (text, gold, key) always gives the same result."""
        return self.rewrite(text, gold, random.Random(f"{self.name}:{key}"))


TRANSFORMS: tuple[Transform, ...] = (
    Transform("one-line-space", "every line stripped, joined with a space", _one_line(" ")),
    Transform("one-line-glued", "every line stripped, joined with nothing", _one_line("")),
    Transform("flat-body", "salutation to the end joined with a space", _flat_body),
    Transform("signature-joined", "authority and date end the last paragraph", _signature_joined),
    Transform("crlf", "line ends written CRLF", _crlf),
    Transform("width-swap", "：，（） and :,() swapped", _width_swap),
    Transform("no-blank-lines", "blank lines removed", _no_blank_lines),
    Transform("double-blank-lines", "every line break doubled", _double_blank_lines),
    Transform("padded-names", "persons' names padded with spaces", _padded_names),
    Transform("seal", "（盖章） between authority and date", _seal),
    Transform("page-numbers", "— 2 — lines between paragraphs", _page_numbers),
    Transform("labels-reordered", "header label lines in another order", _labels_reordered),
    Transform("page-chrome", "a saved page's site chrome above and below", _page_chrome),
    Transform("hard-wrapped", "paragraphs broken at a printed line's width", _hard_wrapped),
    Transform("invisible-chars", "zero-width spaces and the like strewn in", _invisible_chars),
    Transform("html-fragment", "each line a <p> of a stored article, no <html>", _html_fragment),
    Transform("period-stops", "every 。 typed as .", _period_stops),
    Transform("html-references", "&ldquo; &nbsp; &#12290; left in plain text", _html_references),
    Transform("title-broken", "the title over two or three lines", _title_broken),
    Transform("salutation-broken", "the salutation without its colon", _salutation_broken),
    Transform("signature-indented", "signer and date pushed right by blanks", _signature_indented),
    Transform("space-lines", "blank lines of nbsp and full-width spaces", _space_lines),
    Transform("printed-twice", "a page's metadata or heading printed twice", _printed_twice),
    Transform("dates-lost-marks", "yearless 3月17日 printed 317日", _dates_lost_marks),
    Transform("spam-injected", "spam injected mid-sentence", _spam_injected),
    Transform("title-spaced", "a blank inside the title", _title_spaced),
    Transform("stops-lost", "paragraphs that lost their last 。", _stops_lost),
    Transform("class-glued", "类别：B gone, B类 glued to the 发文字号", _class_glued),
    Transform("traditional", "a mirror's 繁體 conversion, glosses at times", _traditional),
    Transform(
        "reprint-trailer", "an aggregator's 原标题/摘要/网址/免责声明 under it", _reprint_trailer
    ),
    Transform("chrome-inside", "page lines between the head and the salutation", _chrome_inside),
    Transform("labels-spaced", "labels spaced out: 联 系 人：", _labels_spaced),
    Transform(
        "dates-respelled", "dates with blanks, full-width digits or another zero", _dates_respelled
    ),
    Transform("title-run-on", "page cells, a number, a date glued after the title", _title_run_on),
    Transform("title-junk-before", "a page's junk glued before the title", _title_junk_before),
    Transform(
        "issuer-junk-before",
        "junk glued before the head's authority and the signer",
        _issuer_junk_before,
    ),
    Transform("issuer-head-lost", "the head's authority line gone", _issuer_head_lost),
    Transform("signer-glued", "the signer run into its date's line", _signer_glued),
)


def get(name: str) -> Transform:
    for transform in TRANSFORMS:
        if transform.name == name:
            return transform
    raise KeyError(name)
