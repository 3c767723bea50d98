"""A site's search box, as a copy of the page keeps it over the article: its label left empty
(``搜索热词：``, ``热门搜索：``, ``站内搜索：``), its placeholder (``请输入关键词``) and its
button (``搜索``). The page's chrome, never the letter's salutation nor its title (dev88: an
earlier round read ``搜索热词`` as the addressee and lost the salutation, the title, the
issuer and the proposal's title). The box's own words (a label with its colon, a placeholder,
a button) show a page by themselves; the bare ``搜索：`` or ``关键词：`` only on a page that
shows itself otherwise. The words inside the letter's prose stay. Snippets in our own words,
invented names and numbers."""

from __future__ import annotations

import pytest

from datafiles import entries
from replyparse import chrome, parse_text
from replyparse.chrome import chrome_lines
from spans import span_problems

TITLE = "柳溪县交通运输局关于对县政协九届二次会议第27号提案的答复函"
LETTER = (
    f"{TITLE}\n"
    "孟某某、钟某委员：\n"
    "您们提出的“关于完善乡村客运站点的提案”已收悉。现答复如下：\n"
    "我局将督促各乡镇在今年内完成候车亭建设。\n"
    "感谢您们对交通运输工作的关心和支持。\n"
    "柳溪县交通运输局\n"
    "2031年6月12日\n"
)
PAGE = (
    "当前位置：首页 > 信息公开 > 建议提案办理\n发布时间：2031-06-13 09:12  信息来源：柳溪县交通局\n"
)


def _check(text: str) -> None:
    record = parse_text(text)
    assert [(a.name, a.role) for a in record.addressees] == [("孟某某", "委员"), ("钟某", "委员")]
    assert record.title == TITLE
    assert record.issuer == "柳溪县交通运输局"
    assert record.proposal.title == "关于完善乡村客运站点的提案"
    assert span_problems(record) == []


BY_ITSELF = [
    pytest.param("搜索热词：", id="hot-words-label"),
    pytest.param("热门搜索：", id="popular-searches-label"),
    pytest.param("热搜词:", id="hot-search-half-width-colon"),
    pytest.param("站内搜索：", id="site-search-label"),
    pytest.param("全站搜索  请输入关键词  搜索", id="label-placeholder-button"),
    pytest.param("请输入关键词", id="placeholder"),
    pytest.param("请输入搜索内容…", id="placeholder-ellipsis"),
    pytest.param("高级检索 查询", id="advanced-search-button"),
]
ON_A_PAGE = [
    pytest.param("搜索：", id="bare-search-label"),
    pytest.param("关键词：", id="keywords-label"),
    pytest.param("站内搜索", id="site-search-alone"),
    pytest.param("搜索", id="button-alone"),
    pytest.param("查询", id="query-button-alone"),
]


@pytest.mark.parametrize("box", BY_ITSELF + ON_A_PAGE)
def test_a_search_box_over_a_page_is_no_salutation(box: str) -> None:
    _check(f"{box}\n{PAGE}{LETTER}")


@pytest.mark.parametrize("box", BY_ITSELF + ON_A_PAGE)
def test_a_search_box_over_the_title_under_the_crumb_is_the_pages(box: str) -> None:
    _check(f"当前位置：首页 > 建议提案办理\n{box}\n{LETTER}")


@pytest.mark.parametrize("box", BY_ITSELF)
def test_the_boxs_own_words_show_a_page_by_themselves(box: str) -> None:
    _check(f"{box}\n{LETTER}")
    assert chrome_lines(f"{box}\n{LETTER}".split("\n")) == {0}


@pytest.mark.parametrize("box", ON_A_PAGE)
def test_bare_words_over_a_letter_that_shows_no_page_stay(box: str) -> None:
    assert not chrome_lines(f"{box}\n{LETTER}".split("\n"))


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("站内搜索功能已于今年上线。", id="sentence-on-a-sites-search"),
        pytest.param("请输入姓名", id="a-forms-other-prompt"),
        pytest.param("热门搜索：柳溪 客运", id="popular-searches-with-words"),
        pytest.param("关键词：客运站点", id="keywords-with-a-value"),
    ],
)
def test_lines_that_are_no_empty_search_box_show_no_page(line: str) -> None:
    assert not chrome_lines(f"{line}\n{LETTER}".split("\n"))


@pytest.mark.parametrize("word", ["搜索：", "查询"])
def test_a_search_word_inside_the_letter_stays(word: str) -> None:
    # furniture is read from the page's ends to the letter's first and last lines only (a
    # list's items one a line: 办理方式如下： / 查询 / 预约)
    text = PAGE + LETTER.replace("我局将督促", f"办理方式如下：\n{word}\n预约\n我局将督促")
    lines = text.split("\n")
    assert lines.index(word) not in chrome_lines(lines)


@pytest.mark.parametrize("box", ["搜索热词：", "站内搜索 请输入关键词 搜索", "关键词："])
def test_a_search_box_opening_a_flattened_page_is_its_heads(box: str) -> None:
    # the page flattened onto one line, its pieces parted by blanks: the box, the crumb, the
    # heading, the byline, then the letter
    body = "我局将督促各乡镇在今年内完成候车亭建设，并加强日常管护，确保群众出行便利。" * 3
    flat = " ".join(
        [
            box,
            *PAGE.split("\n"),
            *LETTER.replace("我局将督促各乡镇在今年内完成候车亭建设。", body).split("\n"),
        ]
    )
    _check(flat)


# The box's Latin button alone on its line (`GO`), on a page shown otherwise (left61b: an
# earlier round read `GO关于…` as the title under a crumb).
@pytest.mark.parametrize("button", ["GO", "Go"])
def test_the_latin_go_button_over_the_title_is_the_pages(button: str) -> None:
    _check(f"当前位置：首页 > 建议提案办理\n{button}\n{LETTER}")
    _check(f"请输入关键词\n{button}\n{LETTER}")
    _check(f"{button}\n{PAGE}{LETTER}")


# The box's words are data: its labels (data/search_box_labels.txt), how its placeholder
# opens (search_box_prompts.txt) and its buttons (search_box_buttons.txt).
LABELS = entries("search_box_labels")
PROMPTS = entries("search_box_prompts")
BUTTONS = entries("search_box_buttons")
HAN_BUTTONS = [b for b in BUTTONS if not b.isascii()]


def test_the_signs_are_the_files_words_in_their_order() -> None:
    assert [word for word, _ in chrome._SEARCH_SIGNS] == LABELS + PROMPTS


@pytest.mark.parametrize("label", LABELS)
def test_each_label_of_the_file_with_its_colon_shows_a_page_by_itself(label: str) -> None:
    assert chrome_lines(f"{label}：\n{LETTER}".split("\n")) == {0}


@pytest.mark.parametrize("prompt", PROMPTS)
def test_each_placeholder_of_the_file_shows_a_page_by_itself(prompt: str) -> None:
    assert chrome_lines(f"{prompt}\n{LETTER}".split("\n")) == {0}


@pytest.mark.parametrize("button", BUTTONS)
def test_each_button_of_the_file_after_a_label_shows_a_page_by_itself(button: str) -> None:
    # (站内搜索 alone shows none: test_bare_words_over_a_letter_that_shows_no_page_stay)
    assert chrome_lines(f"站内搜索 {button}\n{LETTER}".split("\n")) == {0}


@pytest.mark.parametrize("verb", HAN_BUTTONS)
def test_each_han_button_is_the_verb_a_placeholder_names(verb: str) -> None:
    # (请输入查询内容 opens with none of search_box_prompts.txt: the box's on a page only)
    assert chrome._SEARCH_BOX.fullmatch(f"请输入{verb}内容") is not None
    assert chrome._SEARCH_BOX.fullmatch(f"请输入您要{verb}的关键词 {verb}") is not None
    assert chrome._SEARCH_BOX.fullmatch(verb) is not None


@pytest.mark.parametrize("button", BUTTONS)
def test_each_button_of_the_file_alone_is_the_box(button: str) -> None:
    # (the Latin GO too: decided, left61b)
    assert chrome._SEARCH_BOX.fullmatch(button) is not None


def test_a_placeholder_of_no_search_is_no_box() -> None:
    assert chrome._SEARCH_BOX.fullmatch("请输入姓名") is None
    assert chrome._SEARCH_BOX.fullmatch("请输入提交内容") is None


@pytest.mark.parametrize("word", LABELS + PROMPTS + BUTTONS)
def test_each_word_opens_with_a_character_of_the_gate(word: str) -> None:
    # (the gate before the box's patterns: a word opening otherwise would never be read)
    assert word[0] in chrome._SEARCH_FIRSTS


@pytest.mark.parametrize("label", LABELS)
def test_each_label_of_the_file_is_one_the_box_reads_bare(label: str) -> None:
    assert chrome._SEARCH_BOX.fullmatch(f"{label}:") is not None
