"""TextView reads a letter by runs and whole-text searches: the same view as the rules read
one character at a time, line by line, for any text."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goldsets import SETS
from replyparse import chrome, textview, traditional
from replyparse.chrome import chrome_lines, chrome_tail
from replyparse.textview import TextView

# -- the rules, one character at a time ---------------------------------------------------


def _reference(original: str) -> tuple[str, list[int]]:
    """The view's ``norm`` and ``origin`` as the module docstring's rules give them, read
    line by line and character by character (how the view was once built)."""
    chars: list[str] = []
    origin: list[int] = []
    pos = 0
    raw_lines = original.split("\n")
    chrome = chrome_lines(raw_lines)
    # the last line with text that is no chrome loses the chrome a flattened page ran on,
    # in a text that shows a page (as the view's scan tells it)
    blanks = textview._ANY_BLANKS if textview._past_bmp(original) else textview._BMP_BLANKS
    shown = textview._scanned(original, blanks)[2]
    content = [i for i, line in enumerate(raw_lines) if i not in chrome and line.strip()]
    last = content[-1:] if shown else []
    tail = {i: chrome_tail(raw_lines[i]) for i in last}
    for index, raw_line in enumerate(raw_lines):
        if index not in chrome:
            at = tail.get(index)
            _reference_line(raw_line if at is None else raw_line[:at], pos, chars, origin)
        pos += len(raw_line) + 1
        chars.append("\n")
        origin.append(pos - 1)
    chars.pop()
    origin.pop()
    return "".join(chars), origin


def _reference_line(line: str, base: int, chars: list[str], origin: list[int]) -> None:
    stripped = "".join(ch for ch in line.strip(textview._BLANK) if ch not in textview.FORMAT_CHARS)
    if not stripped or textview._NOISE_LINE.match(stripped):
        return
    spaces, n, last_kept, i = textview._SPACES, len(line), "", 0
    # a year typed with a letter for a digit (20l6年), as the line reads with ASCII widths
    half = "".join(textview._FULL_TO_HALF.get(ch, ch) for ch in line)
    year_digits = {
        year.start() + k: digit
        for pattern in (
            textview.LETTER_YEAR,
            textview.LETTER_MONTH_DAY,
            textview.LETTER_SERIAL,
            textview.ONE_AS_L,
        )
        for year in pattern.finditer(half)
        for k, digit in enumerate(year.group().translate(textview.LETTER_DIGITS))
    }
    # a Chinese-numeral year's zero typed with a look-alike (二o二三年): it reads 〇
    year_digits.update(
        {
            year.start() + k: "〇"
            for year in textview.CN_YEAR_ZERO.finditer(half)
            for k, ch in enumerate(year.group())
            if ch in textview.ZERO_LOOKALIKES
        }
    )
    # a dash between figures written 一 (0000一5550123): it reads -
    year_digits.update({dash.start(): "-" for dash in textview.DASH_AS_YI.finditer(half)})
    # a section marker's 一 read as a dash (—、加强…): it reads 一
    year_digits.update({dash.start(): "一" for dash in textview.YI_AS_DASH.finditer(half)})
    # a day marked 曰 for 日 (2023年5月8曰): its 曰 reads 日
    year_digits.update({day.end() - 1: "日" for day in textview.DAY_TYPO.finditer(half)})
    # a day marked 目 (2023年5月8目) and a year marked 午 (2023午5月): 日 and 年
    year_digits.update({day.end() - 1: "日" for day in textview.DAY_MU.finditer(half)})
    year_digits.update({year.start(): "年" for year in textview.YEAR_WU.finditer(half)})
    # a full stop typed as . after a Han character (已完成.下一步): it reads 。
    year_digits.update({stop.start(): "。" for stop in textview._PERIOD.finditer(half)})
    # an indent or a run written in a copy's marks for blanks it could not write (??某局):
    # read past as a format character is
    marked = {k for a, b in textview.marked_indents(line) for k in range(a, b)}
    while i < n:
        ch = line[i]
        if ch in textview.FORMAT_CHARS or i in marked:
            i += 1
            continue
        if ch in spaces:
            j = i
            while j < n and line[j] in spaces:
                j += 1
            nxt = line[j] if j < n else ""
            # no space kept inside a date's numeral spread out by blanks (2 0 2 3 年)
            if (
                _ascii_alnum(last_kept)
                and _ascii_alnum(nxt)
                and not textview.inside_spread_numeral(half, i, j)
            ):
                chars.append(" ")
                origin.append(base + i)
                last_kept = " "
            i = j
            continue
        out = year_digits.get(i, textview._FULL_TO_HALF.get(ch, ch))
        out = textview.LOOKALIKES.get(out, out)
        if out in textview._HALF_TO_FULL:
            nxt = line[i + 1] if i + 1 < n else ""
            between_digits = last_kept.isdigit() and textview._FULL_TO_HALF.get(nxt, nxt).isdigit()
            if not (between_digits and out in ",:"):
                out = textview._HALF_TO_FULL[out]
        chars.append(out)
        origin.append(base + i)
        last_kept = out
        i += 1


def _ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


# characters with rules of their own, and ordinary ones around them
ALPHABET = (
    " \t\u3000\u00a0\u200b\u200d\u2060\u00ad\ufeff\f\v\r\n"  # spaces, format characters
    "\U000e0020\U0001d173"  # format characters past the BMP
    ":,;()?!：，（）∶︰﹕丶﹑､、"  # half- and full-width punctuation, look-alikes of ： and 、
    "０１９ＡＺａｚ．％－／²①"  # full-width digits, letters and signs, other digits
    "0123456789abcXYZ.-/iİı"  # ASCII, and what reads as i case-blind
    "lIOoＯｌ"  # letters a year may be typed with (20l6年)
    "曰至"  # a day marked 曰 (5月8曰), a range's word
    "目午"  # a day marked 目 (5月8目), a year marked 午 (2023午5月)
    "源量©Cc"  # characters a page's sign opens with (来源, 浏览量, ©, ICP)
    "ΟοОо◯○"  # look-alikes of 〇 (二o二三年)
    "第页共—一二〇年月日号答复函关于市局𠀀"  # letter text, page-number words
    "\ufffd"  # a copy's mark for a character it could not write (? above too)
)
PIECES = [
    "<p>正文</p>",
    "— 1 —", "- 2 -", "第1页 共3页", "共3页第2页", "1/3", "image1.wmf", "IMAGE2.PNG", "———", "* * *",
    "当前位置：首页 > 政务公开", "【打印本页】 【关闭窗口】", "来源：某局  发布时间：2024-06-01",
    "关于某事的答复", "1,000", "10:30", "1 ,2", "3\u200b:4", "İmage1.png", "GB/T  9704", "\u3000\u3000", "\u200b", "\n", "１,２",
    "20l6年", "2O19年", "２０ｌ６年", "19I8年", "201l年", "A20l6年", "20lO年",
    "0000一5550123", "50 一 100", "5一一6", "第1一", "一1", "1一二",
    "〔20 23〕1 2号", "第1 2号", "(20 23)",
    "2 0 2 3 年", "20 23年", "年1 2月", "月1 8日", "1 2 3 4 5 6 7 8 9 0 1 2年", "2019 2020年",
    "年l2月", "月O8日", "年lO月", "年l月", "月1l号", "年O5", "O5月",
    "〔2O23〕", "(2O23)", "[19l8]", "A2O23〕", "〔2O23", "〈2O23〉",
    "二o二三年", "一九Ο八年", "二ｏ二三年", "二О一九", "三o二三年", "二o二三四年",
    "5月8曰", "月 １２ 曰", "八曰", "十曰", "8日至10曰", "子曰", "第3曰",
    "5月8目", "项目", "每月8目", "2023午", "二〇二三午", "下午", "5月",
    "\n??某局", "\n \u3000?? ?\u200b?2023年", "\n?\n", "a???? b", "a ????b", "某??局", "\n\ufffd\ufffd某局",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=120))
def test_the_view_follows_the_rules_on_any_characters(text: str) -> None:
    view = TextView(text)
    assert (view.norm, view.origin) == _reference(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(ALPHABET, max_size=6)), max_size=16))
def test_the_view_follows_the_rules_on_lines_it_drops(pieces: list[str]) -> None:
    text = "".join(pieces)
    view = TextView(text)
    assert (view.norm, view.origin) == _reference(text)


LETTERS = sorted(path for s in SETS if s.letters.is_dir() for path in s.letters.glob("*.txt"))


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_view_follows_the_rules_on_the_letters(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    view = TextView(text)
    assert (view.norm, view.origin) == _reference(text)


def test_the_view_follows_the_rules_past_the_offsets_made_once() -> None:
    """A letter longer than :data:`replyparse.textview._OFFSETS` holds: its origin is made
    the slow way past them, blanks and a dropped line on both sides of the border."""
    line = "关于 A 9 的答复，2O19年\u3000见。\n— 1 —\n"
    text = line * (len(textview._OFFSETS) // len(line) + 2)
    view = TextView(text)
    assert view.origin[-1] > len(textview._OFFSETS)
    assert (view.norm, view.origin) == _reference(text)


def test_digitish_holds_every_digit() -> None:
    """:data:`replyparse.textview._DIGITISH` is a class of every character ``str.isdigit``
    calls a digit (more may be in it)."""
    pattern = re.compile(f"[{textview._DIGITISH}]")
    digits = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isdigit()]
    assert all(pattern.fullmatch(d) for d in digits)


def _plain_between_digits(text: str) -> list[int]:
    """Every half-width comma or colon with a digit (``str.isdigit``) on either side."""
    return [
        at
        for at in range(1, len(text) - 1)
        if text[at] in ",:" and text[at - 1].isdigit() and text[at + 1].isdigit()
    ]


_MARK_SNIPPETS = [
    "1,000 2:30 ,1 1, a,1 1,a :1 1: ²,³ ١,٢ ①,② 1,,2 1::2 12,345,678 ,:,",
    "电话:0736,1 时间:9:30,第1,2条",
    ",1",
    "1:",
]


@pytest.mark.parametrize(
    "text",
    [
        *(pytest.param(p.read_text(encoding="utf-8"), id=p.name) for p in LETTERS),
        *_MARK_SNIPPETS,
    ],
)
def test_marks_between_digits_are_the_plain_reading_s(text: str) -> None:
    assert textview._between_digits(text) == _plain_between_digits(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="12,:a²١①。 ", max_size=30))
def test_marks_between_digits_on_any_text(text: str) -> None:
    assert textview._between_digits(text) == _plain_between_digits(text)


@pytest.mark.parametrize(
    ("text", "norm"),
    [
        pytest.param("关于  加强 工作", "关于加强工作", id="spaces-between-chinese-dropped"),
        pytest.param("GB/T  9704", "GB/T 9704", id="one-space-between-ascii-kept"),
        pytest.param("２０２０年", "2020年", id="full-width-digits"),
        pytest.param("电话:1,000(元)", "电话：1,000（元）", id="web-punctuation"),
        pytest.param("已完成.下一步", "已完成。下一步", id="full-stop-typed-as-period"),
        pytest.param("已完成．2024年起", "已完成。2024年起", id="full-width-period-before-a-year"),
        pytest.param("占30%.下一步", "占30%。下一步", id="period-after-a-percent"),
        pytest.param("《办法》.", "《办法》。", id="period-after-a-title-mark"),
        pytest.param("一.加强管理", "一.加强管理", id="period-of-a-section-marker-stays"),
        pytest.param("约1.5公里", "约1.5公里", id="decimal-point-stays"),
        pytest.param("见附件.docx", "见附件.docx", id="period-before-a-latin-letter-stays"),
        pytest.param("等等...", "等等...", id="dots-stay"),
        pytest.param("— 2 —\n正文", "\n正文", id="page-number-line"),
        pytest.param("\u3000\u3000— 1 —\u200b\n正文", "\n正文", id="page-number-among-blanks"),
        pytest.param("正文\n共3页 第1页", "正文\n", id="page-count-line"),
        pytest.param("İmage1.png\n正文", "\n正文", id="conversion-leftover-case-blind"),
        pytest.param("ımage2.gif\n正文", "\n正文", id="conversion-leftover-dotless-i"),
        pytest.param("1 ,2", "1,2", id="comma-after-a-space-between-digits"),
        pytest.param("1\u200b:30", "1:30", id="colon-after-a-format-character"),
        pytest.param("a \u200b b", "a b", id="space-kept-past-a-format-character"),
        pytest.param("20l6年7月4日", "2016年7月4日", id="year-typed-with-l"),
        pytest.param("2O19年", "2019年", id="year-typed-with-capital-o"),
        pytest.param("于2o21年", "于2021年", id="year-typed-with-small-o"),
        pytest.param("19I8年", "1918年", id="year-typed-with-capital-i"),
        pytest.param("２０ｌ６年", "2016年", id="year-typed-full-width"),
        pytest.param("201l年", "201l年", id="letter-at-the-year-end-stays"),
        pytest.param("l998年", "l998年", id="letter-at-the-year-start-stays"),
        pytest.param("20lO年", "20lO年", id="two-letters-stay"),
        pytest.param("A20l6年", "A20l6年", id="letter-year-glued-to-a-code-stays"),
        pytest.param("20l6号", "20l6号", id="letter-year-without-nian-stays"),
        pytest.param("2l16年", "2l16年", id="no-19xx-or-20xx-year-stays"),
        pytest.param("0000一5550123", "0000-5550123", id="dash-typed-as-yi"),
        pytest.param("50 一 100万元", "50-100万元", id="dash-typed-as-yi-between-blanks"),
        pytest.param("139一0000一0000", "139-0000-0000", id="dashes-typed-as-yi"),
        pytest.param("第1一二", "第1一二", id="yi-before-a-numeral-stays"),
        pytest.param("一1", "一1", id="yi-before-a-figure-stays"),
        pytest.param("5一一6", "5一一6", id="two-yi-stay"),
        pytest.param("2 0 2 3 年 5 月 8 日", "2023年5月8日", id="date-spread-out-by-blanks"),
        pytest.param("20 23年1 2月1 8日", "2023年12月18日", id="date-numerals-split-by-blanks"),
        pytest.param(
            "１3900000123 2021年", "13900000123 2021年", id="phone-then-year-keeps-its-space"
        ),
        pytest.param("2019 2020年", "2019 2020年", id="two-years-keep-their-space"),
        pytest.param("A2 023年", "A2 023年", id="code-before-a-split-year-keeps-its-space"),
        pytest.param("工作1 2月", "工作1 2月", id="month-after-no-nian-keeps-its-space"),
        pytest.param("第1 2号", "第12号", id="serial-after-di-spread"),
        pytest.param("第 1 8 1 0 4 5 号", "第181045号", id="six-digit-serial-letter-spaced"),
        pytest.param("某函〔20 23〕1 2号", "某函〔2023〕12号", id="doc-number-spread"),
        pytest.param("编号1 2号", "编号1 2号", id="number-after-no-di-keeps-its-space"),
        pytest.param("第1 234567号", "第1 234567号", id="seven-digits-keep-their-space"),
        pytest.param("（20 2）", "（20 2）", id="three-digits-in-brackets-keep-their-space"),
        pytest.param(
            "1 2 3 4 5 6 7 8 9 0 1 2 3年",
            "1 2 3 4 5 6 7 8 9 0 1 2 3年",
            id="line-of-figures-keeps-its-spaces",
        ),
        pytest.param("2023年l2月O8日", "2023年12月08日", id="month-and-day-typed-with-letters"),
        pytest.param("5月1l号", "5月11号", id="day-before-hao-typed-with-l"),
        pytest.param("年lO月", "年lO月", id="month-of-two-letters-stays"),
        pytest.param("年l月", "年l月", id="month-of-one-letter-stays"),
        pytest.param("编号O5月", "编号O5月", id="month-after-no-nian-stays"),
        pytest.param("某函〔2O23〕3号", "某函〔2023〕3号", id="bracketed-year-typed-with-o"),
        pytest.param("某函(2O23)3号", "某函（2023）3号", id="round-bracketed-year-typed-with-o"),
        pytest.param("某函【20l9】3号", "某函【2019】3号", id="lenticular-year-typed-with-l"),
        pytest.param("某函〔2Ol3〕3号", "某函〔2Ol3〕3号", id="bracketed-year-two-letters-stay"),
        pytest.param("〔2O23号", "〔2O23号", id="year-after-a-bracket-never-closed-stays"),
        pytest.param("A2O23〕", "A2O23〕", id="year-closed-but-never-opened-stays"),
        pytest.param("二o二三年", "二〇二三年", id="cn-year-small-o"),
        pytest.param("二Ο一九年", "二〇一九年", id="cn-year-greek-omicron"),
        pytest.param("二О一九年", "二〇一九年", id="cn-year-cyrillic-o"),
        pytest.param("二\u200bΟΟ九年", "二〇〇九年", id="cn-year-omicron-after-a-zero-width-space"),
        pytest.param(
            "二Ο\u200b一\u00ad九年", "二〇一九年", id="cn-year-invisible-characters-among"
        ),
        pytest.param("二◯◯◯年", "二〇〇〇年", id="cn-year-large-circles"),
        pytest.param("二ｏ二三年", "二〇二三年", id="cn-year-full-width-o"),
        pytest.param("二o二三", "二o二三", id="cn-year-without-nian-stays"),
        pytest.param("三o二三年", "三o二三年", id="cn-year-not-opening-with-1-or-2-stays"),
        pytest.param("二o二三四年", "二o二三四年", id="cn-five-numerals-stay"),
        pytest.param("zoo二三年", "zoo二三年", id="o-in-a-word-stays"),
        pytest.param("2023年5月8曰", "2023年5月8日", id="day-marked-yue"),
        pytest.param("５月 ８ 曰", "5月8日", id="day-marked-yue-full-width-spaced"),
        pytest.param("五月二十八曰", "五月二十八日", id="day-marked-yue-chinese-numerals"),
        pytest.param("5月8曰至10曰", "5月8日至10日", id="day-range-marked-yue"),
        pytest.param("5月8日——10曰", "5月8日——10日", id="day-range-end-marked-yue"),
        pytest.param("5月8日−10曰", "5月8日−10日", id="day-range-minus-end-marked-yue"),
        pytest.param("5月8日﹣10曰", "5月8日﹣10日", id="day-range-small-minus-end-marked-yue"),
        pytest.param("5月8日〜10曰", "5月8日〜10日", id="day-range-wave-dash-end-marked-yue"),
        pytest.param("子曰", "子曰", id="yue-after-no-day-stays"),
        pytest.param("第3曰", "第3曰", id="yue-after-no-month-stays"),
        pytest.param("月曰", "月曰", id="yue-without-a-day-numeral-stays"),
        pytest.param("5月8\n曰", "5月8\n曰", id="yue-on-the-next-line-stays"),
        pytest.param("2023年5月8目", "2023年5月8日", id="day-marked-mu"),
        pytest.param("５ 月 １２ 目", "5月12日", id="day-marked-mu-full-width-spaced"),
        pytest.param("五月二十八目", "五月二十八日", id="day-marked-mu-chinese-numerals"),
        pytest.param("项目5月完成", "项目5月完成", id="mu-of-a-word-stays"),
        pytest.param("每月8目标", "每月8目标", id="mu-after-no-month-numeral-stays"),
        pytest.param("5月目标", "5月目标", id="mu-without-a-day-numeral-stays"),
        pytest.param("5月8\n目", "5月8\n目", id="mu-on-the-next-line-stays"),
        pytest.param("2023午5月8日", "2023年5月8日", id="year-marked-wu"),
        pytest.param("2023 午 5 月", "2023年5月", id="year-marked-wu-spaced"),
        pytest.param("二〇二三午十二月", "二〇二三年十二月", id="cn-year-marked-wu"),
        pytest.param("下午5月", "下午5月", id="wu-of-a-word-stays"),
        pytest.param("2023午后", "2023午后", id="wu-before-no-month-stays"),
        pytest.param("12023午5月", "12023午5月", id="wu-after-five-digits-stays"),
        pytest.param("A2023午5月", "A2023午5月", id="wu-after-a-code-stays"),
        pytest.param("3023午5月", "3023午5月", id="wu-after-no-year-stays"),
    ],
)
def test_view_cleans(text: str, norm: str) -> None:
    assert TextView(text).norm == norm
    assert _reference(text)[0] == norm


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("一" * 5000, id="one-long-run"),
        pytest.param("关于 " * 2000, id="runs-between-spaces"),
        pytest.param("", id="empty"),
        pytest.param("\n\n", id="blank-lines"),
    ],
)
def test_origin_points_at_each_kept_character(text: str) -> None:
    view = TextView(text)
    assert len(view.origin) == len(view.norm)
    for o, n in zip(view.origin, view.norm, strict=True):
        assert n == "\n" or text[o] == n


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET + "\ud800\udfff\U0010ffff", max_size=40))
def test_past_bmp_reads_as_a_search(text: str) -> None:
    assert textview._past_bmp(text) == bool(re.search("[\U00010000-\U0010ffff]", text))
    # strings made from others: cut, joined, with the wide character replaced away
    for made in (text[1:], text[:-1], text + "中", text.replace("\U0010ffff", "a"), text * 3):
        assert textview._past_bmp(made) == bool(re.search("[\U00010000-\U0010ffff]", made))


def test_past_bmp_on_the_letters() -> None:
    for path in LETTERS:
        text = path.read_text(encoding="utf-8")
        for made in (text, text + "\U0001d173", ("\U0001d173" + text)[1:]):
            assert textview._past_bmp(made) == bool(re.search("[\U00010000-\U0010ffff]", made))


def _assert_scanned_as_apart(text: str) -> None:
    """:func:`textview._scanned` gives what the width pattern's ``sub`` and each set's run
    pattern, searched apart, give, whether the chrome's search finds a page's sign and
    whether a search finds a format character."""
    plain_widened = textview._WIDTH_RUN.sub(
        lambda run: run.group().translate(textview._WIDTH_TABLE), text
    )
    for blanks in (textview._ANY_BLANKS, textview._BMP_BLANKS):
        widened, runs, shown, invisible, toned = textview._scanned(text, blanks)
        assert widened == plain_widened
        assert runs == [m.span() for m in blanks.run.finditer(text)]
        assert shown == (chrome._SHOWS_PAGE_UNTRIMMED().search(text) is not None)
        assert invisible == (blanks.formats.search(text) is not None)
        assert toned == any(ch in text for ch in traditional.TONED)


_SCAN_TEXTS = [
    "",
    " ",
    "(",
    "２０２１年（试行）;ＡＢＣ  abc\u3000\u3000某某\u200b局\t\f\v",
    "( )?! ;\u3000（１）\u200d:,",
    "a\U000e0020 \U0001d173(b)",
    "来源：某局  发布时间：2024-06-01\n点击 (量)\u3000©ICP备",
    "甲  \u200b乙",  # spaces, then a format character: one run, which holds it
    "甲\u00ad乙 丙\ufeff",
    "甲 \u3000\t乙",
    "鎮(zhèn)康縣 發(fā)",  # a pinyin gloss's toned vowel
]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=80))
def test_one_scan_finds_the_widths_and_blanks_apart_searches_find(text: str) -> None:
    _assert_scanned_as_apart(text)


def test_one_scan_finds_the_widths_and_blanks_on_the_letters() -> None:
    for text in [*_SCAN_TEXTS, *(path.read_text(encoding="utf-8") for path in LETTERS)]:
        _assert_scanned_as_apart(text)


def test_a_views_answers_are_worked_out_once_and_kept() -> None:
    view = TextView("关于某事的答复\n\n王某  代表：\n")
    lines = view.lines  # (made with the view: every view parse_text makes is read by lines)
    assert view.lines is lines
    assert view.content_lines == tuple(line for line in lines if line.text)
    assert view.gaps == frozenset(view.gaps_in(0, len(view.norm)))
    assert view.answers is view.answers


@settings(max_examples=500, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=4), min_size=1, max_size=60), st.data())
def test_skips_are_every_step_of_more_than_one(steps: list[int], data: st.DataObject) -> None:
    origin = [0]
    for step in steps:
        origin.append(origin[-1] + step)
    start = data.draw(st.integers(0, len(origin) - 1))
    end = data.draw(st.integers(start, len(origin) - 1))
    plain = [i for i in range(start + 1, end + 1) if origin[i] - origin[i - 1] > 1]
    assert textview._skips(origin, start, end) == plain
