"""The lexicon (``replyparse.lexicon``) and the segmenter over it (``nlp.LexiconSegmenter``):
holding only the words a text can use, it cuts and tags as rjieba with the whole
dictionary does; the file is private, remade when stale or damaged."""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import SAMPLES, SEEDS, SHARED
from replyparse import idf, lexicon, nlp, privatecache
from replyparse.textview import normalise_newlines

rjieba = pytest.importorskip("rjieba", reason="without rjieba, jieba is the segmenter")

HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
CORPUS = SHARED / "corpus" / "letters"


def _letters() -> list[object]:
    out: list[object] = []
    for folder, what in ((SAMPLES, "samples"), (SEEDS, "seeds"), (CORPUS, "corpus")):
        if not folder.is_dir():
            reason = f"{what} not found at {folder} (the shared folder: $REPLYPARSE_SHARED, else ../shared)"
            out.append(pytest.param(None, id=what, marks=pytest.mark.skip(reason=reason)))
            continue
        out += [pytest.param(p, id=f"{what}/{p.name}") for p in sorted(folder.glob("*.txt"))]
    return out


@pytest.fixture(scope="module")
def whole() -> nlp.RustSegmenter:
    return nlp.rust_tokenizer()


@pytest.fixture(scope="module")
def installed() -> lexicon.Lexicon:
    found = lexicon.open_lexicon()
    if found is None:
        pytest.skip("no private cache folder here: the whole dictionary is used")
    return found


def _fresh(lex: lexicon.Lexicon) -> nlp.LexiconSegmenter:
    return nlp.LexiconSegmenter(lex, nlp.user_words())


@pytest.mark.parametrize("path", _letters())
def test_a_letters_words_cut_as_the_whole_dictionary(
    path: Path, installed: lexicon.Lexicon, whole: nlp.RustSegmenter
) -> None:
    text = normalise_newlines(path.read_text(encoding="utf-8"))
    runs = "\n".join(HAN_RUN.findall(text))
    seg = _fresh(installed)  # one letter, as a cold `replyparse extract` cuts it
    assert seg.cut(runs, HMM=False) == whole.cut(runs, HMM=False)
    assert seg.cut(text, HMM=True) == whole.cut(text, HMM=True)
    assert seg._whole is None, "the letter was cut by the lexicon's words, not the whole"


# invented: user words that jieba's dictionary has with another tag (人大代表, 教育局),
# user words it lacks (三社联动), run-together names, ties decided by frequencies
SNIPPETS = [
    "抄送：县人大代表工委，区教育局。",
    "年初区教育局对该校进行了检查",
    "推进三社联动和老旧小区改造",
    "尊敬的张明李华代表：",
    "王小红代表、陈立委员：你们提出的建议收悉。",
    "一" * 30,
    "鿖鿯中国鿿人",
]


@pytest.mark.parametrize("text", SNIPPETS)
def test_snippets_cut_and_tag_as_the_whole_dictionary(
    text: str, installed: lexicon.Lexicon, whole: nlp.RustSegmenter
) -> None:
    seg = _fresh(installed)
    assert seg.tag(text) == whole.engine.tag(text, True)
    assert seg.cut(text, HMM=False) == whole.cut(text, HMM=False)
    assert nlp.tagger_of(seg)(text) == nlp.tagger_of(whole)(text)


def test_after_its_budget_it_loads_the_whole_dictionary(
    installed: lexicon.Lexicon, whole: nlp.RustSegmenter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(nlp, "LEXICON_BUDGET", 40)
    seg = _fresh(installed)
    first = "市民政局养老服务科"
    assert seg.cut(first) == whole.cut(first) and seg._whole is None
    second = "关于加快老旧小区改造和营商环境优化的提案，市人大代表建议办理情况征询意见表"
    assert seg.cut(second) == whole.cut(second)
    assert seg._whole is not None


def test_hmm_given_by_place_cuts_as_by_name(
    installed: lexicon.Lexicon, whole: nlp.RustSegmenter
) -> None:
    """The segmenters hand rjieba its ``hmm`` by place (cheaper than by name): the same
    words, with and without the HMM, before and after the whole dictionary is loaded."""
    seg = _fresh(installed)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    texts += ["李明王芳代表：您提出的关于加装电梯的建议收悉。", "ABC 2021 年 某某"]
    for text in texts:
        for hmm in (False, True):
            by_name = whole.engine.cut(text, hmm=hmm)
            assert whole.cut(text, HMM=hmm) == by_name
            assert seg.cut(text, HMM=hmm) == by_name
    seg.load_all()
    for text in texts:
        for hmm in (False, True):
            assert seg.cut(text, HMM=hmm) == whole.engine.cut(text, hmm=hmm)
    assert len(texts) >= 3


def test_warm_up_loads_the_whole_dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp.tokenizer.cache_clear()
    try:
        seg = nlp.tokenizer()
        nlp.warm_up()
        if isinstance(seg, nlp.LexiconSegmenter):
            assert seg._whole is not None
        else:
            assert isinstance(seg, nlp.RustSegmenter)
    finally:
        nlp.tokenizer.cache_clear()


def test_without_a_private_folder_the_whole_dictionary_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/is/not/trusted")
    monkeypatch.setattr(nlp, "_lexicon", lambda: lexicon.open_lexicon())
    assert lexicon.open_lexicon() is None
    assert isinstance(nlp.rust_segmenter(), nlp.RustSegmenter)


# --- a small lexicon, made from invented files ------------------------------------------

DICT = "提案 300 n\n建议 400 n\n政府 500 n\n答复 300 v\n答 20 v\n复 30 v\n政 10 n\n府 10 n\n人大代表 50 nz\n人大 80 nt\n代表 90 n\n"
IDF = "政府 5.5\n答复 7.25\n建议 6.0\n"


def _made(folder: Path) -> list[Path]:
    return sorted((folder / "jieba").glob("lexicon-*.sqlite"))


def _sources(tmp_path: Path) -> tuple[Path, Path, Path]:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700, exist_ok=True)
    (tmp_path / "dict.txt").write_text(DICT, encoding="utf-8")
    (tmp_path / "idf.txt").write_text(IDF, encoding="utf-8")
    return tmp_path / "dict.txt", tmp_path / "idf.txt", folder


def test_each_word_in_a_text_is_found_once(tmp_path: Path) -> None:
    lex = lexicon.load_lexicon(*_sources(tmp_path))
    assert lex is not None
    assert lex.total == sum(int(line.split()[1]) for line in DICT.splitlines())
    found = {e.word: (e.freq, e.tag) for e in lex.words_in("人大代表答复政府")}
    assert found == {
        "人大代表": (50, "nz"),
        "人大": (80, "nt"),
        "代表": (90, "n"),
        "答复": (300, "v"),
        "答": (20, "v"),
        "复": (30, "v"),
        "政府": (500, "n"),
        "政": (10, "n"),
        "府": (10, "n"),
    }
    assert sorted(e.word for e in lex.words_in("政府答复")) == [
        "复",
        "府",
        "政",
        "政府",
        "答",
        "答复",
    ]
    assert len(lex.words_in("政政政")) == 1
    assert lex.entry("人大代") is None  # a prefix is no word


def test_the_small_lexicon_segmenter_weighs_words_by_the_whole_total(tmp_path: Path) -> None:
    lex = lexicon.load_lexicon(*_sources(tmp_path))
    assert lex is not None
    engine = rjieba.Jieba.empty()  # the whole small dictionary, as rjieba would hold it
    for line in DICT.splitlines():
        word, freq, tag = line.split()
        engine.add_word(word, int(freq), tag)
    users = [nlp.UserWord("人大代表", 5, "n"), nlp.UserWord("政府答复", 40, "n")]
    for user in users:
        engine.add_word(user.word, user.freq, user.tag)
    seg = nlp.LexiconSegmenter(lex, users)
    for text in ("人大代表答复", "政府答复人大代表", "答复政府", "代表人大"):
        assert seg.cut(text, HMM=False) == engine.cut(text, hmm=False), text
        assert seg.tag(text) == engine.tag(text, True), text


def test_idf_values_come_from_the_lexicon(tmp_path: Path) -> None:
    lex = lexicon.load_lexicon(*_sources(tmp_path))
    assert lex is not None
    table = lex.idf_table()
    assert table.median == 6.0
    assert dict(table.idf) == {"政府": 5.5, "答复": 7.25, "建议": 6.0}
    assert table.idf.get("没有", 1.0) == 1.0
    with pytest.raises(KeyError):
        table.idf["没有"]


def test_installed_idf_matches_jiebas_file(installed: lexicon.Lexicon) -> None:
    from_file = idf.read_idf_file(idf.jieba_file("analyse", "idf.txt"))
    table = installed.idf_table()
    assert table.median == from_file.median
    words = list(from_file.idf)[::509]
    assert [table.idf.get(w) for w in words] == [from_file.idf[w] for w in words]


def test_the_file_is_private(tmp_path: Path) -> None:
    source, idf_source, folder = _sources(tmp_path)
    lexicon.load_lexicon(source, idf_source, folder)
    (made,) = _made(folder)
    assert made.parent.stat().st_mode & 0o777 == 0o700
    assert made.stat().st_mode & 0o777 == 0o600


def test_a_changed_dictionary_is_read_again(tmp_path: Path) -> None:
    source, idf_source, folder = _sources(tmp_path)
    lexicon.load_lexicon(source, idf_source, folder)
    source.write_text(DICT + "提案 70 n\n", encoding="utf-8")
    os.utime(source, ns=(1, 1))
    lex = lexicon.load_lexicon(source, idf_source, folder)
    assert lex is not None and lex.entry("提案") == lexicon.Entry("提案", 70, "n")


def _garbage(path: Path) -> None:
    path.write_bytes(b"not a database" * 100)


def _no_meta(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE meta")


def _empty(path: Path) -> None:
    path.write_bytes(b"")


@pytest.mark.parametrize("damage", [_garbage, _no_meta, _empty])
def test_a_damaged_file_is_made_again(damage: Callable[[Path], None], tmp_path: Path) -> None:
    source, idf_source, folder = _sources(tmp_path)
    lex = lexicon.load_lexicon(source, idf_source, folder)
    assert lex is not None
    lex._db.close()
    (made,) = _made(folder)
    damage(made)
    lex = lexicon.load_lexicon(source, idf_source, folder)
    assert lex is not None and lex.entry("政府") == lexicon.Entry("政府", 500, "n")


def test_making_one_removes_the_earlier_versions_files(tmp_path: Path) -> None:
    source, idf_source, folder = _sources(tmp_path)
    old = time.time() - privatecache.GRACE_SECONDS - 60
    stale, recent = folder / "lexicon-2-0000.sqlite", folder / "lexicon-1111.sqlite"
    for path in (stale, recent):
        path.write_bytes(b"x")
    os.utime(stale, (old, old))
    lexicon.load_lexicon(source, idf_source, folder)
    assert not stale.exists() and recent.exists()


def test_no_lexicon_when_it_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(lexicon.tempfile, "mkstemp", full_disk)
    assert lexicon.load_lexicon(*_sources(tmp_path)) is None


def test_a_forked_child_opens_its_own_connection(tmp_path: Path) -> None:
    lex = lexicon.load_lexicon(*_sources(tmp_path))
    assert lex is not None and lex.entry("政府") is not None
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its own connection, the same answers
        try:
            ok = lex.entry("答复") == lexicon.Entry("答复", 300, "v")
            ok = ok and lex._db._pid == os.getpid()
            os.write(write, b"1" if ok else b"0")
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    assert os.read(read, 1) == b"1"
    assert lex._db._pid == os.getpid()


def test_a_word_written_twice_counts_once_with_its_first_tag(tmp_path: Path) -> None:
    source, idf_source, folder = _sources(tmp_path)
    source.write_text(DICT + "政府 7 v\n", encoding="utf-8")  # 政府 500 n above
    lex = lexicon.load_lexicon(source, idf_source, folder)
    assert lex is not None and lex.entry("政府") == lexicon.Entry("政府", 7, "n")
    assert lex.total == sum(int(line.split()[1]) for line in DICT.splitlines()) - 500 + 7
