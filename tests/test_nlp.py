"""The segmenter seam (``nlp.tokenizer``): rjieba cuts jieba's words, jieba is the fallback,
and no cache outside our own folder is ever loaded."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import SAMPLES, SEEDS, SHARED
from replyparse import nlp, privatecache
from replyparse.textview import normalise_newlines

CORPUS = SHARED / "corpus" / "letters"
HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _letters(folder: Path, what: str) -> list[object]:
    if not folder.is_dir():
        reason = (
            f"{what} not found at {folder} (the shared folder: $REPLYPARSE_SHARED, else ../shared)"
        )
        return [pytest.param(None, id=what, marks=pytest.mark.skip(reason=reason))]
    return [pytest.param(p, id=f"{what}/{p.name}") for p in sorted(folder.glob("*.txt"))]


LETTERS = _letters(SAMPLES, "samples") + _letters(SEEDS, "seeds") + _letters(CORPUS, "corpus")

# invented runs where the user dictionary decides the cut, or where ties are close
RUNS = [
    pytest.param("市民政局养老服务科", id="user-word-inside-longer-match"),
    pytest.param("市人大代表建议办理情况征询意见表", id="user-word-at-start"),
    pytest.param("关于加快老旧小区改造和营商环境优化的提案", id="two-user-words"),
    pytest.param("一" * 40, id="one-character-repeated"),
    pytest.param("鿖鿯中国鿿人", id="characters-past-jieba-han-range"),
]


@pytest.fixture(scope="module")
def jieba_seg() -> nlp.Segmenter:
    return nlp.jieba_tokenizer()


@pytest.fixture(scope="module")
def rust_seg() -> nlp.Segmenter:
    try:
        return nlp.rust_tokenizer()
    except ImportError as exc:
        pytest.skip(f"rjieba is not installed here ({exc}); jieba alone is used")


def _cuts(seg: nlp.Segmenter, text: str) -> Iterator[list[str]]:
    for run in HAN_RUN.findall(normalise_newlines(text)):
        yield list(seg.cut(run, HMM=False))


@pytest.mark.parametrize("path", LETTERS)
def test_rjieba_cuts_jiebas_words(
    path: Path, jieba_seg: nlp.Segmenter, rust_seg: nlp.Segmenter
) -> None:
    text = path.read_text(encoding="utf-8")
    assert list(_cuts(rust_seg, text)) == list(_cuts(jieba_seg, text))


@pytest.mark.parametrize("run", RUNS)
def test_rjieba_cuts_jiebas_words_in_close_cases(
    run: str, jieba_seg: nlp.Segmenter, rust_seg: nlp.Segmenter
) -> None:
    assert list(rust_seg.cut(run, HMM=False)) == list(jieba_seg.cut(run, HMM=False))


def test_user_dictionary_is_loaded(rust_seg: nlp.Segmenter, jieba_seg: nlp.Segmenter) -> None:
    # 三社联动 is no word of jieba's own dictionary; the user dictionary makes it one
    for seg in (rust_seg, jieba_seg):
        assert "三社联动" in list(seg.cut("推进三社联动", HMM=False))


def test_user_words_read_every_line() -> None:
    entries = nlp.user_words()
    assert entries, "data/jieba_user.txt is empty"
    assert all(e.word and (e.freq is None or e.freq > 0) for e in entries)


def test_tokenizer_falls_back_to_jieba(monkeypatch: pytest.MonkeyPatch) -> None:
    import jieba

    monkeypatch.setitem(sys.modules, "rjieba", None)  # import rjieba now raises ImportError
    monkeypatch.setitem(sys.modules, "rjieba.rjieba", None)
    nlp.tokenizer.cache_clear()
    try:
        assert isinstance(nlp.tokenizer(), jieba.Tokenizer)
    finally:
        nlp.tokenizer.cache_clear()


ALONE = """
import sys
from replyparse import nlp
if sys.argv[1] == "no-extension-spec":
    import importlib.util
    find = importlib.util.find_spec
    importlib.util.find_spec = lambda name, *a: None if name == "rjieba" else find(name, *a)
words = list(nlp.tokenizer().cut("推进三社联动", HMM=False))
print("package-init-ran" if "rjieba" in sys.modules else "extension-alone")
import rjieba  # a later import by anyone else still works, with the same class
assert rjieba.Jieba is sys.modules["rjieba.rjieba"].Jieba
assert rjieba.cut("人民代表") and words == ["推进", "三社联动"], words
"""


@pytest.mark.parametrize(
    ("how", "expected"),
    [("as-installed", "extension-alone"), ("no-extension-spec", "package-init-ran")],
)
def test_rjieba_extension_loads_without_the_package_default(how: str, expected: str) -> None:
    pytest.importorskip("rjieba", reason="without rjieba, jieba is the segmenter")
    done = subprocess.run(
        [sys.executable, "-c", ALONE, how], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == expected


def test_tokenizer_prefers_rjieba(rust_seg: nlp.Segmenter) -> None:
    nlp.tokenizer.cache_clear()
    assert isinstance(nlp.tokenizer(), (nlp.RustSegmenter, nlp.LexiconSegmenter))


# --- jieba's cache -------------------------------------------------------------------

# A well-formed marshal cache of the kind jieba writes, (FREQ, total), with a total of 0:
# jieba loads it without complaint and every cut then fails (log of 0).
POISON = marshal.dumps(({"人": 1}, 0))

PARSE_ONE = """
import json, sys
if sys.argv[1] == "jieba":
    sys.modules["rjieba"] = sys.modules["rjieba.rjieba"] = None
from replyparse import parse_text
letter = parse_text(open(sys.argv[2], encoding="utf-8").read())
print(json.dumps(letter.keywords, ensure_ascii=False))
"""

SAMPLE = SAMPLES / "s01_zhengxie_weiyuan.txt"


def _poisoned_env(tmp_path: Path) -> dict[str, str]:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    for name in ["jieba.cache", "jieba-0.42.1.cache"]:
        (tmp / name).write_bytes(POISON)
    env = dict(os.environ, TMPDIR=str(tmp), XDG_CACHE_HOME=str(tmp_path / "cache"))
    return env


def test_the_poison_breaks_a_default_jieba(tmp_path: Path) -> None:
    """The poisoned cache is a real attack: jieba's default tokenizer loads it and fails."""
    code = "import jieba; jieba.setLogLevel(60); list(jieba.Tokenizer().cut('人民'))"
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=_poisoned_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert "math domain error" in done.stderr


@pytest.mark.parametrize("segmenter", ["rjieba", "jieba"])
def test_poisoned_tmpdir_cache_does_not_break_a_parse(segmenter: str, tmp_path: Path) -> None:
    from replyparse import parse_text

    expected = parse_text(SAMPLE.read_text(encoding="utf-8")).keywords  # this clean process
    assert expected
    done = subprocess.run(
        [sys.executable, "-c", PARSE_ONE, segmenter, str(SAMPLE)],
        env=_poisoned_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == expected


def test_private_cache_dir_is_made_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = privatecache.private_cache_dir()
    assert folder == tmp_path / "replyparse"
    assert folder.stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda d: d.chmod(0o755), id="readable-by-others"),
        pytest.param(lambda d: d.chmod(0o770), id="writable-by-group"),
        pytest.param(lambda d: (d.rmdir(), d.symlink_to(d.parent / "elsewhere")), id="link"),
        pytest.param(lambda d: (d.rmdir(), d.write_text("")), id="a-file"),
    ],
)
def test_untrusted_cache_dir_is_refused(
    spoil: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    (tmp_path / "elsewhere").mkdir(mode=0o700)
    folder = tmp_path / "replyparse"
    folder.mkdir(mode=0o700)
    spoil(folder)  # type: ignore[operator]
    assert privatecache.private_cache_dir() is None


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="chown needs root")
def test_cache_dir_of_another_user_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = tmp_path / "replyparse"
    folder.mkdir(mode=0o700)
    os.chown(folder, 65534, 65534)
    assert privatecache.private_cache_dir() is None


def test_relative_cache_home_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    assert privatecache.private_cache_dir() is None


def test_jieba_cache_goes_to_the_private_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    seg = nlp.jieba_tokenizer()
    assert Path(seg.cache_file).parent == tmp_path / "replyparse"  # type: ignore[attr-defined]
    assert Path(seg.cache_file).is_file()  # type: ignore[attr-defined]


def test_idf_table_reads_every_line() -> None:
    from importlib import resources

    raw = resources.files("jieba").joinpath("analyse", "idf.txt").read_text(encoding="utf-8")
    table = nlp.idf_table()
    assert len(table.idf) == len(raw.splitlines())
    word, value = raw.splitlines()[0].split(" ")
    assert table.idf[word] == float(value)
    assert min(table.idf.values()) <= table.median <= max(table.idf.values())
