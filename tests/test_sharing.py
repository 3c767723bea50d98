"""A document-sharing site's page (fix69): the file's rows at its head (its upload 时间 no
date), its line naming the document as shared by a member (its 《》 no reference), and the
marks numbering its preview's pieces (``1、`` ``2、``, each piece cut mid-sentence: no part
of the title, no section) are none of the letter. A letter's own rows and lists stay.
Snippets invented (names, numbers and sites made up)."""

from __future__ import annotations

import pytest

from replyparse import parse_text, sharing
from replyparse.model import Letter
from replyparse.sharing import preview_marks, sharing_lines
from spans import span_problems

TITLE = "对县政协八届三次会议第042号提案的答复"
HEAD = (
    "欢迎来到某某文库\n"
    "ID:20190001\n"
    "大小:21.50 KB\n"
    "页数:2页\n"
    "时间:2019-09-12\n"
    "《对县政协九届三次会议第042号提案的》由网友上传分享,可在线阅读,更多相关资料请到某某文库。\n"
)
PIECES = (
    "1、" + TITLE + "吴某委员:您好!您提出的《关于整治某河沿岸环境的建议》的提案已收悉,"
    "现答复如下:我县自2015年起开展沿岸整治,累计清理河道12公里,其中\n"
    "2、上游段8公里。一是加强巡查,落实河长制度。二是完善设施,新建护栏3处。\n"
)


def _letter(text: str) -> Letter:
    letter = parse_text(text, keywords=False)
    assert span_problems(letter) == []
    return letter


def test_a_sharing_page_reads_the_letter_alone() -> None:
    letter = _letter(HEAD + PIECES)
    assert letter.title == TITLE
    assert [d.text for d in letter.dates] == ["2015年"]
    assert letter.references == []
    assert [s.marker for s in letter.sections] == ["一是", "二是"]


@pytest.mark.parametrize(
    "shared",
    [
        "《某某答复》由网友上传分享,可在线阅读,更多相关资料请到某某文库。",
        "《某某答复》由用户某某分享，可在线阅读，更多相关《某某答复》请在某某网上搜索。",
    ],
    ids=["member", "user-named"],
)
def test_the_shared_line_is_the_sites(shared: str) -> None:
    texts = ["某某文库", shared, "王某代表："]
    assert sharing_lines(texts, [0, 1, 2]) == {1}


# (the lines, the indices that are the site's)
SHARED_LINES = [
    pytest.param(["《甲答复》由会员上传分享，免费", "在线阅读，更多相关内容在某某文库。"], {0, 1}, id="wrapped-before-reading"),
    pytest.param(["《甲答复》由会员上传分享，免费在线阅读，更多", "相关内容在某某文库。"], {0, 1}, id="wrapped-before-more"),
    pytest.param(["《甲答复》由会员上传分享，免费在线阅读，更多相关内容在", "某某文库。"], {0, 1}, id="wrapped-in-the-offer"),
    pytest.param(["《甲答复》由会员上传分享，免费在线阅读，更多相关内容在某某", "文库。", "1、甲乙。"], {0, 1}, id="wrapped-in-the-sites-name"),
    pytest.param(["《甲答复》由会员上传分享，免费在线阅读，更多相关内容在某某文库。", "王某今年已办。"], {0}, id="ended-then-a-sentence"),
    pytest.param(["《甲答复》由会员上传分享，免费在线阅读，更多相关内容在", "1、甲乙丙丁。"], {0}, id="offer-cut-then-a-piece"),
    pytest.param(["《甲答复》由会员上传分享，免费在线阅读", "王某代表："], {0}, id="cut-after-reading"),
    # a letter's sentence that tells of a book shared for reading online goes on otherwise
    pytest.param(["《某县乡土读本》由县图书馆数字化后分享，群众可通过网站在线阅读，更多相关书目将陆续上线。"], set(), id="letter-sentence-words-between"),
    pytest.param(["《某县乡土读本》由县图书馆分享，可在线阅读。"], set(), id="letter-sentence-ended"),
    pytest.param(["《某县乡土读本》由县图书馆分享，", "读者可在线阅读其电子版。"], set(), id="letter-sentence-wrapped"),
]  # fmt: skip


@pytest.mark.parametrize(("texts", "site"), SHARED_LINES)
def test_the_shared_lines_words(texts: list[str], site: set[int]) -> None:
    assert sharing_lines(texts, list(range(len(texts)))) == site


def test_a_letter_telling_of_a_book_shared_keeps_its_lines() -> None:
    # (an earlier round read the sentence as the site's line: the letter lost it, its
    # 《》, and its list's marks under it, taken for a preview's)
    said = (
        "《某县乡土读本》由县图书馆数字化后分享，群众可通过网站在线阅读，更多相关书目将陆续上线。"
    )
    text = TITLE + "\n吴某委员：\n现答复如下：\n" + said + "\n1、扩充数字书目\n2、增设阅读点位\n"
    letter = _letter(text)
    assert [r.text for r in letter.references] == ["某县乡土读本"]
    assert [s.marker for s in letter.sections] == ["1、", "2、"]


# (the rows, the indices that are the site's)
ROWS = [
    pytest.param(["ID:20190001", "大小:21.50 KB", "页数:2页", "时间:2019-09-12"], {0, 1, 2, 3}, id="all"),
    pytest.param(["页数：3", "格式：DOC"], {0, 1}, id="pages-and-format"),
    pytest.param(["上传者:甲乙", "大小:812 字节"], {0, 1}, id="uploader-and-bytes"),
    pytest.param(["页数：3页（含本页）", "时间：2019-09-12"], set(), id="fax-cover-pages-noted"),
    pytest.param(["页数：2", "时间：2019-09-12"], set(), id="fax-cover-pages-and-time"),
    pytest.param(["页数:2页", "时间:2019-09-12 10:30"], set(), id="fax-cover-clock-time"),
    pytest.param(["页数:2页", "时间:2019-09-12", "上传者:甲乙"], {0, 1, 2}, id="pages-time-uploader"),
    pytest.param(["时间:2019-09-12", "ID:20190001"], set(), id="no-size-or-pages"),
    pytest.param(["大小:21.50 KB"], set(), id="one-row"),
    pytest.param(["页数:2页", "某局关于某事的答复", "时间:2019-09-12"], set(), id="rows-apart"),
]  # fmt: skip


@pytest.mark.parametrize(("rows", "site"), ROWS)
def test_the_files_rows(rows: list[str], site: set[int]) -> None:
    assert sharing_lines(rows, list(range(len(rows)))) == site


def test_a_letters_own_list_keeps_its_marks() -> None:
    # every item ends with its sentence: the letter's list, no preview's pieces
    own = "1、加强巡查，落实河长制度。\n2、完善设施，新建护栏3处。\n"
    text = HEAD + TITLE + "\n吴某委员：\n现答复如下：\n" + own
    assert preview_marks(text, frozenset(range(6))) == []
    letter = _letter(text)
    assert [s.marker for s in letter.sections] == ["1、", "2、"]


@pytest.mark.parametrize(
    "own",
    [
        "1、加强巡查，落实河长制度。\n2、完善设施，新建护栏3处。\n",
        # short items with no stop: headings, no page's text the site cut (review55b)
        "1、加强巡查\n2、完善设施\n3、强化考核\n",
        "1、加强巡查，落实河长制度\n2、完善设施，新建护栏3处\n",
    ],
    ids=["sentences", "headings", "items-no-stop"],
)
def test_a_list_right_under_the_sites_lines_keeps_its_marks(own: str) -> None:
    assert preview_marks(HEAD + own, frozenset(range(6))) == []


# The same page as a print wrapped it (the shared line's rest and each piece over lines of
# their own), and with a page's number between the site's lines and the preview.
WRAPPED = (
    HEAD.replace("免费在线阅读", "免费\n在线阅读")
    + "1、" + TITLE + "吴某委员:您好!您提出的《关于整治某河沿岸环境的建议》\n"
    "的提案已收悉,现答复如下:我县自2015年起开展沿岸整治,累计清理河道12公里,其中\n"
    "2、上游段8公里。一是加强巡查,落实河长制度。二是完善设施,\n新建护栏3处。\n"
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        WRAPPED,
        HEAD + "— 2 —\n" + PIECES,
        HEAD.replace("更多相关内容在", "更多相关内容在\n") + PIECES,  # (review55b)
    ],
    ids=["wrapped", "page-number-between", "wrapped-in-the-offer"],
)
def test_the_same_page_copied_otherwise(text: str) -> None:
    letter = _letter(text)
    assert letter.title == TITLE
    assert [d.text for d in letter.dates] == ["2015年"]
    assert letter.references == []


def test_pieces_on_a_page_with_no_sharing_site_stay() -> None:
    text = "欢迎来到某某网\n" + PIECES
    assert preview_marks(text, frozenset({0})) == []


def test_the_marks_dropped_are_the_pieces() -> None:
    text = HEAD + PIECES
    marks = preview_marks(text, frozenset(range(6)))
    assert [text[a:b] for a, b in marks] == ["1、", "2、"]


def _items_maxed(rows: int, patch: pytest.MonkeyPatch) -> int:
    """How many line indices :func:`preview_marks` takes the largest of, on a page of
    ``rows`` pairs of a file's rows (a hostile file: every line the site's)."""
    seen = [0]

    def counted(indices: set[int]) -> int:
        seen[0] += len(indices)
        return max(indices)

    text = "\n".join(["大小:3 KB", "页数:5页"] * rows)
    with patch.context() as patched:
        patched.setattr(sharing, "max", counted, raising=False)
        preview_marks(text, frozenset(range(2 * rows)))
    return seen[0]


def test_a_page_of_many_rows_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # (each line under the site's asked for the last of its lines afresh was quadratic: a
    # page of 20000 rows took half a minute; counted, never timed)
    small, large = _items_maxed(500, monkeypatch), _items_maxed(1000, monkeypatch)
    assert large < 2.3 * small, (small, large)


def test_a_fax_covers_rows_stay_the_letters() -> None:
    # (a fax cover counts its pages and gives its time: no sharing site's file rows, and
    # its time is a date the letter holds)
    cover = "传  真\n收件人：吴某委员\n发件人：某县文化馆\n页数：2\n时间：2019-09-12\n"
    letter = _letter(
        cover + TITLE + "\n吴某委员：\n您提出的提案收悉，现答复如下：\n某县文化馆\n2019年9月20日\n"
    )
    assert [d.value for d in letter.dates] == ["2019-09-12", "2019-09-20"]
    assert letter.signature.date == "2019-09-20"
