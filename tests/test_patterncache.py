"""The table of compiled patterns (``replyparse.patterncache``): a pattern made from the
table is the pattern ``re`` makes, a table that cannot be trusted is never used, and only
replyparse's own patterns are kept."""

from __future__ import annotations

import importlib
import marshal
import re
import subprocess
import sys
import zlib
from array import array
from collections.abc import Callable
from pathlib import Path

import pytest

from replyparse import patterncache

# Compiled "from" a replyparse module (the table keeps only those) and "from" elsewhere.
OURS = {"__name__": "replyparse.fake_field", "re": re}
THEIRS = {"__name__": "someone_else", "re": re}
DIGEST = 4  # the file opens with a CRC-32 of the rest
# this Python's tables, their programs' code as the bytes of an array of 32-bit units
STAMP = f"{sys.version} {importlib.import_module('_sre').MAGIC} {sys.byteorder} I4"

PATTERNS = [
    pytest.param(r"(?P<year>\d{4})年(?P<month>\d{1,2})月", 0, "2023年7月", id="named-groups"),
    pytest.param(r"^(?:联系人|联系电话)：\s*(\S+)$", re.M, "联系人：王某", id="multiline"),
    pytest.param(r"[一二三四五六七八九十]+是", 0, "二是加强", id="charset"),
    pytest.param(r"(?i)abc|x(?=y)", 0, "ABC", id="inline-flag-lookahead"),
    pytest.param(r"(元)(?:整)?\1?", 0, "元整", id="backreference"),
]


def signed(stored: object) -> bytes:
    """A table file as patterncache writes it: the checksum, then the marshalled table."""
    payload = marshal.dumps(stored)
    return zlib.crc32(payload).to_bytes(DIGEST, "big") + payload


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private cache folder of the test's own; ``re``'s in-process cache emptied."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    re.purge()
    return tmp_path / "replyparse"


def compile_in(namespace: dict[str, object], pattern: str, flags: int) -> re.Pattern[str]:
    code = "compiled = re.compile(pattern, flags)"
    scope = {**namespace, "pattern": pattern, "flags": flags}
    exec(code, scope)  # the caller's module name is the namespace's __name__
    compiled = scope["compiled"]
    assert isinstance(compiled, re.Pattern)
    return compiled


def tables(cache: Path) -> list[Path]:
    return sorted(cache.glob("patterns-*.marshal"))


@pytest.mark.parametrize(("pattern", "flags", "sample"), PATTERNS)
def test_a_pattern_made_from_the_table_is_the_one_re_makes(
    cache: Path, pattern: str, flags: int, sample: str
) -> None:
    with patterncache.cached_patterns():
        first = compile_in(OURS, pattern, flags)  # a miss: compiled by re, kept
    assert len(tables(cache)) == 1
    written = tables(cache)[0].stat().st_mtime_ns
    re.purge()
    with patterncache.cached_patterns():
        second = compile_in(OURS, pattern, flags)  # a hit: made from the table
    expected = re.compile(pattern, flags)
    assert first == second == expected
    assert second.groupindex == expected.groupindex and second.groups == expected.groups
    assert second.search(sample) is not None
    assert second.search(sample).groups() == expected.search(sample).groups()  # type: ignore[union-attr]
    assert tables(cache)[0].stat().st_mtime_ns == written, "nothing missed: not rewritten"


def test_patterns_compiled_elsewhere_are_not_kept(cache: Path) -> None:
    with patterncache.cached_patterns():
        theirs = compile_in(THEIRS, r"someone(?:else)+", 0)
    assert theirs == re.compile(r"someone(?:else)+")
    assert tables(cache) == []


def test_outside_the_block_re_compiles_as_usual(cache: Path) -> None:
    compile_in(OURS, r"外面(?:的)?", 0)
    assert re._compiler.compile.__module__ == "re._compiler"  # type: ignore[attr-defined]
    assert re._compile.__module__ == "re"  # type: ignore[attr-defined]
    assert tables(cache) == []


def test_a_source_asked_for_twice_in_the_block_is_made_once(cache: Path) -> None:
    with patterncache.cached_patterns():
        compile_in(OURS, r"再问(?:一次)?", 0)
    re.purge()
    with patterncache.cached_patterns():
        first = compile_in(OURS, r"再问(?:一次)?", 0)  # made from the table
        second = compile_in(OURS, r"再问(?:一次)?", 0)
    assert first is second


def test_a_bytes_pattern_is_kept_and_made_from_the_table(cache: Path) -> None:
    with patterncache.cached_patterns():
        first = compile_in(OURS, rb"ab+(?P<tail>c)", 0)  # type: ignore[arg-type]
    re.purge()
    with patterncache.cached_patterns():
        second = compile_in(OURS, rb"ab+(?P<tail>c)", 0)  # type: ignore[arg-type]
    stored = marshal.loads(tables(cache)[0].read_bytes()[DIGEST:])
    assert (rb"ab+(?P<tail>c)", 0) in stored["table"]
    assert first == second == re.compile(rb"ab+(?P<tail>c)")


def test_re_debug_is_left_to_re(cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with patterncache.cached_patterns():
        compile_in(OURS, r"调试(?:中)", 0)
        for _ in range(2):  # re prints the parsed pattern each time and caches nothing
            debugged = compile_in(OURS, r"调试(?:中)", re.DEBUG)
    assert capsys.readouterr().out.count("LITERAL") >= 4
    assert debugged == re.compile(r"调试(?:中)", re.DEBUG)
    stored = marshal.loads(tables(cache)[0].read_bytes()[DIGEST:])
    assert list(stored["table"]) == [(r"调试(?:中)", 0)]


@pytest.mark.skipif(not hasattr(re, "TEMPLATE"), reason="re.T is gone from this Python")
def test_re_template_is_left_to_re_and_warns(cache: Path) -> None:
    template = int(getattr(re, "TEMPLATE", 0))
    with pytest.warns(DeprecationWarning), patterncache.cached_patterns():
        compile_in(OURS, r"模板", template)
    re.purge()
    with pytest.warns(DeprecationWarning), patterncache.cached_patterns():
        compile_in(OURS, r"模板", template)


def test_without_re_compile_the_block_hooks_the_compiler(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``re._compile`` is private: on a Python without it, the block replaces
    ``re._compiler.compile`` as before (called here directly, as ``re._compile`` would)."""
    plain = re._compiler.compile  # type: ignore[attr-defined]
    monkeypatch.setattr(re, "_compile", None)
    code = "compiled = re._compiler.compile(pattern, 0)"
    for _ in range(2):  # the first writes the table, the second makes it from there
        scope = {**OURS, "pattern": r"旧(?:路)+"}
        with patterncache.cached_patterns():
            assert re._compiler.compile is not plain  # type: ignore[attr-defined]
            exec(code, scope)
    assert re._compiler.compile is plain  # type: ignore[attr-defined]
    assert re._compile is None  # type: ignore[attr-defined]
    stored = marshal.loads(tables(cache)[0].read_bytes()[DIGEST:])
    assert list(stored["table"]) == [(r"旧(?:路)+", 0)]
    monkeypatch.undo()
    assert scope["compiled"] == re.compile(r"旧(?:路)+")


class Maker:
    """A source maker that counts its calls."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        return self.source


def test_a_source_is_kept_in_the_table_and_made_once(cache: Path) -> None:
    key = ("tree", ("联系人电话", "联系人"), "")
    first = Maker("联系人(?:电话)?")
    with patterncache.cached_patterns():
        assert patterncache.source(key, first) == "联系人(?:电话)?"
    assert first.calls == 1
    (table,) = tables(cache)
    written = table.stat().st_mtime_ns
    again = Maker("never asked for")
    with patterncache.cached_patterns():
        assert patterncache.source(key, again) == "联系人(?:电话)?"
    assert again.calls == 0, "made from the table"
    assert table.stat().st_mtime_ns == written, "nothing missed: not rewritten"


def test_a_source_built_from_other_entries_is_made_anew(cache: Path) -> None:
    """The key holds what the source is made from: a changed vocabulary is a miss."""
    with patterncache.cached_patterns():
        patterncache.source(("tree", ("甲", "乙"), ""), Maker("甲|乙"))
    changed = Maker("甲|乙|丙")
    with patterncache.cached_patterns():
        made = patterncache.source(("tree", ("甲", "乙", "丙"), ""), changed)
    assert (made, changed.calls) == ("甲|乙|丙", 1)
    stored = marshal.loads(tables(cache)[0].read_bytes()[DIGEST:])
    assert stored["sources"] == {("tree", ("甲", "乙", "丙"), ""): "甲|乙|丙"}


def test_outside_the_block_a_source_is_made_each_time(cache: Path) -> None:
    maker = Maker("x|y")
    assert patterncache.source(("tree", ("x", "y"), ""), maker) == "x|y"
    assert patterncache.source(("tree", ("x", "y"), ""), maker) == "x|y"
    assert maker.calls == 2
    assert tables(cache) == []


def defer_in(namespace: dict[str, object], pattern: str, flags: int) -> patterncache.Deferred:
    """:func:`patterncache.deferred` asked from ``namespace``'s module (as compile_in)."""
    scope = {**namespace, "patterncache": patterncache, "pattern": pattern, "flags": flags}
    exec("made = patterncache.deferred(pattern, flags)", scope)
    made = scope["made"]
    assert isinstance(made, patterncache.Deferred)
    return made


def counted_makes(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The patterns made from the table's programs from now on (their sources)."""
    makes: list[object] = []
    plain = patterncache._made

    def made(sre: object, pattern: str, program: patterncache.Program) -> object:
        makes.append(pattern)
        return plain(sre, pattern, program)

    monkeypatch.setattr(patterncache, "_made", made)
    return makes


@pytest.mark.parametrize(("pattern", "flags", "sample"), PATTERNS)
def test_a_deferred_pattern_is_made_from_the_table_when_first_called(
    cache: Path, pattern: str, flags: int, sample: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with patterncache.cached_patterns():
        missed = defer_in(OURS, pattern, flags)  # a miss: compiled now, kept
    assert missed() == re.compile(pattern, flags)
    (table,) = tables(cache)
    written = table.stat().st_mtime_ns
    makes = counted_makes(monkeypatch)
    re.purge()
    with patterncache.cached_patterns():
        later = defer_in(OURS, pattern, flags)
    assert makes == [], "not made in the block"
    made = later()
    assert makes == [pattern], "made from the table's program at the first call"
    assert later() is made, "and once"
    assert made == re.compile(pattern, flags)
    assert made.search(sample).groups() == re.compile(pattern, flags).search(sample).groups()  # type: ignore[union-attr]
    assert table.stat().st_mtime_ns == written, "kept in the table: not rewritten"
    re.purge()
    with patterncache.cached_patterns():
        defer_in(OURS, pattern, flags)
    assert table.stat().st_mtime_ns == written, "a deferred program stays in the next table"


def test_a_deferred_pattern_is_kept_beside_the_blocks_others(cache: Path) -> None:
    """A block that asks for one pattern now and one deferred keeps both; the next block
    misses neither."""
    with patterncache.cached_patterns():
        compile_in(OURS, r"现在(?:就)?", 0)
        defer_in(OURS, r"以后(?:再)?", 0)
    stored = marshal.loads(tables(cache)[0].read_bytes()[DIGEST:])
    assert {(r"现在(?:就)?", 0), (r"以后(?:再)?", 0)} <= stored["table"].keys()


def test_a_table_written_again_keeps_the_deferred_programs_it_served(cache: Path) -> None:
    """A block that misses another pattern writes the table anew with the patterns it
    asked for: a deferred one it served without making it is among them."""
    with patterncache.cached_patterns():
        defer_in(OURS, r"以后(?:再)?", 0)
    re.purge()
    with patterncache.cached_patterns():
        defer_in(OURS, r"以后(?:再)?", 0)  # served, not made
        compile_in(OURS, r"新的(?:一个)?", 0)  # a miss: the table is written again
    stored = marshal.loads(tables(cache)[0].read_bytes()[DIGEST:])
    assert {(r"以后(?:再)?", 0), (r"新的(?:一个)?", 0)} <= stored["table"].keys()


def test_outside_the_block_a_deferred_pattern_is_compiled_at_its_first_call(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled: list[object] = []
    plain = re.compile

    def counted(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return plain(pattern, flags)

    later = patterncache.deferred(r"外面(?:以后)?", re.M)
    monkeypatch.setattr(re, "compile", counted)
    assert compiled == []
    made = later()
    assert compiled == [r"外面(?:以后)?"] and later() is made
    assert made == plain(r"外面(?:以后)?", re.M)
    assert tables(cache) == []


def test_a_deferred_program_sre_refuses_is_compiled_anew(cache: Path) -> None:
    pattern = r"拒绝(?:了)?"
    with patterncache.cached_patterns():
        defer_in(OURS, pattern, 0)
    (table,) = tables(cache)
    rewrite(table, lambda code: [9999, *code])
    re.purge()
    with patterncache.cached_patterns():
        later = defer_in(OURS, pattern, 0)
    assert later() == re.compile(pattern)


def test_sources_in_a_damaged_table_are_not_used(cache: Path) -> None:
    key = ("tree", ("甲",), "")
    with patterncache.cached_patterns():
        patterncache.source(key, Maker("甲"))
    (table,) = tables(cache)
    stored = marshal.loads(table.read_bytes()[DIGEST:])
    stored["sources"][key] = "乙"
    table.write_bytes(zlib.crc32(b"not it").to_bytes(DIGEST, "big") + marshal.dumps(stored))
    maker = Maker("甲")
    with patterncache.cached_patterns():
        assert patterncache.source(key, maker) == "甲"
    assert maker.calls == 1


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"\x00garbage\xff", id="garbage"),
        pytest.param(marshal.dumps({"stamp": "x", "table": {}}), id="no-digest"),
        pytest.param(signed({"stamp": "another python", "table": {}}), id="other-python"),
        pytest.param(signed([1, 2, 3]), id="not-a-table"),
        pytest.param(signed({"stamp": STAMP, "table": [1, 2]}), id="table-not-a-dict"),
    ],
)
def test_a_table_that_cannot_be_used_is_ignored_and_written_anew(
    cache: Path, damage: bytes
) -> None:
    pattern = r"第(?P<n>[0-9]+)号"
    with patterncache.cached_patterns():
        compile_in(OURS, pattern, 0)
    (table,) = tables(cache)
    table.write_bytes(damage)
    re.purge()
    with patterncache.cached_patterns():
        again = compile_in(OURS, pattern, 0)
    assert again == re.compile(pattern)
    assert table.read_bytes() != damage


def rewrite(table: Path, change: Callable[[list[int]], list[int]]) -> None:
    """Change the one program the table holds, and sign the file again."""
    stored = marshal.loads(table.read_bytes()[DIGEST:])
    (key,) = stored["table"]
    flags, code, groups, groupindex, indexgroup = stored["table"][key]
    changed = array("I", change(array("I", code).tolist())).tobytes()
    stored["table"][key] = (flags, changed, groups, groupindex, indexgroup)
    table.write_bytes(signed(stored))


def test_each_copy_of_replyparse_keeps_a_table_of_its_own(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another folder or another version is another copy, with its own table: two copies
    sharing a machine never rewrite each other's table on every run."""
    pattern = r"第(?P<n>[0-9]+)号"
    with patterncache.cached_patterns():
        compile_in(OURS, pattern, 0)
    (own,) = tables(cache)
    written = own.stat().st_mtime_ns
    for name, other in [
        ("__file__", "/elsewhere/replyparse/patterncache.py"),
        ("__version__", "9"),
    ]:
        with monkeypatch.context() as patched:
            patched.setattr(patterncache, name, other)
            re.purge()
            with patterncache.cached_patterns():
                compile_in(OURS, r"答复(?:函)?", 0)
    assert len(tables(cache)) == 3
    assert own.stat().st_mtime_ns == written


def test_a_program_sre_refuses_is_compiled_anew(cache: Path) -> None:
    pattern = r"答复(?:函)?"
    with patterncache.cached_patterns():
        compile_in(OURS, pattern, 0)
    (table,) = tables(cache)
    rewrite(table, lambda code: [9999, *code])
    re.purge()
    with patterncache.cached_patterns():
        again = compile_in(OURS, pattern, 0)
    assert again == re.compile(pattern)


def test_a_flipped_byte_is_caught_by_the_digest_even_where_the_program_stays_valid(
    cache: Path,
) -> None:
    """A program changed in one literal is still a program _sre takes (it would match
    答复涵): the digest keeps it from being used at all."""
    pattern = r"答复函"
    with patterncache.cached_patterns():
        compile_in(OURS, pattern, 0)
    (table,) = tables(cache)
    data = bytearray(table.read_bytes())
    at = data.index("函".encode("utf-16-le")[:1] + b"\x51", DIGEST)  # a code unit: 函
    data[at] = ord("涵") & 0xFF  # 函 U+51FD becomes 涵 U+6DB5's low byte: U+51B5 (况)
    table.write_bytes(bytes(data))
    re.purge()
    with patterncache.cached_patterns():
        again = compile_in(OURS, pattern, 0)
    assert again == re.compile(pattern)
    assert again.search("答复函") and not again.search("答复况")


def test_no_private_folder_means_no_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/not/trusted")
    re.purge()
    with patterncache.cached_patterns():
        made = compile_in(OURS, r"没有(?:缓存)", 0)
    assert made == re.compile(r"没有(?:缓存)")
    assert not (tmp_path / "relative").exists()


def test_the_parser_imports_the_same_patterns_with_and_without_the_table(tmp_path: Path) -> None:
    """In fresh interpreters: every module-level pattern of the parser, compiled by re,
    written to the table, or made from it, equals the one re compiles from its source; so
    does every deferred one (:func:`patterncache.deferred`), made when called."""
    probe = (
        "import gc, re, sys, replyparse.pipeline\n"
        "from replyparse.patterncache import Deferred\n"
        "found = [v for n, m in sorted(sys.modules.items()) if n.startswith('replyparse.')\n"
        "         for v in vars(m).values() if isinstance(v, re.Pattern)]\n"
        "later = [v for v in gc.get_objects() if isinstance(v, Deferred)]\n"
        "assert len(later) >= 8, len(later)  # (the parser's deferred patterns, made here)\n"
        "found += [v() for v in later]\n"
        "re.purge()\n"
        "print(len(found), sum(v != re.compile(v.pattern, v.flags) for v in found))\n"
    )

    source = str(Path(patterncache.__file__).parents[1])  # the package under test

    def run(cache_home: str) -> tuple[int, int]:
        env = {"XDG_CACHE_HOME": cache_home, "PATH": "/usr/bin:/bin", "PYTHONPATH": source}
        done = subprocess.run(
            [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
        )
        found, unequal = done.stdout.split()
        return int(found), int(unequal)

    plain = run("relative-so-no-cache")
    first = run(str(tmp_path))  # writes the table
    (table,) = tables(tmp_path / "replyparse")
    written = table.stat().st_mtime_ns
    second = run(str(tmp_path))  # made from the table
    assert plain == first == second
    assert plain[0] > 100 and plain[1] == 0
    assert table.stat().st_mtime_ns == written, "every pattern was in the table"


def test_reading_and_parsing_a_text_letter_compiles_none_of_our_patterns(tmp_path: Path) -> None:
    """Once ``replyparse.pipeline`` is imported, a text letter is read and parsed without
    compiling a pattern of replyparse's (the readers' patterns are imported under the
    table too): a cold ``extract one.txt`` compiles none of them afresh."""
    letter = tmp_path / "letter.txt"
    letter.write_bytes("关于某某建议的答复\n\n张三代表：\n\n您提出的建议收悉。\n".encode("gb18030"))
    probe = (
        "import re, sys, replyparse.pipeline as p\n"
        "from replyparse import patterncache\n"
        "from re import _compiler\n"
        "asked = []\n"
        "plain = _compiler.compile\n"
        "def compile_(pattern, flags=0):\n"
        "    if patterncache._ours():\n"
        "        asked.append(pattern)\n"
        "    return plain(pattern, flags)\n"
        "_compiler.compile = compile_\n"
        "re.purge()\n"
        f"p.parse_file({str(letter)!r})\n"
        "print(asked)\n"
    )
    source = str(Path(patterncache.__file__).parents[1])  # the package under test
    env = {"XDG_CACHE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONPATH": source}
    for _ in range(2):  # the first run writes the table
        done = subprocess.run(
            [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
        )
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("given", ["letter", "record"])
def test_rendering_compiles_none_of_our_patterns(tmp_path: Path, given: str) -> None:
    """``render``'s worker loads the parser under the table before the typesetter and the
    report, which import its modules too: a cold ``render`` of a record or of a letter
    compiles none of the parser's patterns afresh (nearly 600, seconds on a busy machine);
    only the few of the modules the parser does not import (the typesetter's own)."""
    letter = tmp_path / "letter.txt"
    letter.write_text("关于某某建议的答复\n\n李四代表：\n\n您提出的建议收悉。\n", encoding="utf-8")
    source = str(Path(patterncache.__file__).parents[1])  # the package under test
    env = {"XDG_CACHE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONPATH": source}
    target = letter
    if given == "record":
        target = tmp_path / "letter.json"
        write = (
            "import replyparse.pipeline as p, sys\n"
            "open(sys.argv[2], 'w').write(p.parse_file(sys.argv[1]).model_dump_json())\n"
        )
        subprocess.run([sys.executable, "-c", write, str(letter), str(target)], env=env, check=True)
    probe = (
        "import re, sys\n"
        "from pathlib import Path\n"
        "from replyparse import patterncache\n"
        "from re import _compiler\n"
        "asked = []\n"
        "plain = _compiler.compile\n"
        "def compile_(pattern, flags=0):\n"
        "    if patterncache._ours():\n"
        "        frame = sys._getframe(1)\n"
        "        while not frame.f_globals['__name__'].startswith('replyparse.'):\n"
        "            frame = frame.f_back\n"
        "        asked.append(frame.f_globals['__name__'])\n"
        "    return plain(pattern, flags)\n"
        "_compiler.compile = compile_\n"
        "re.purge()\n"
        "from replyparse.cli.render import _render\n"
        "asked.clear()  # (what the command line imports first is no part of rendering)\n"
        f"_render(Path({str(target)!r}), report=False)\n"
        f"_render(Path({str(target)!r}), report=True)\n"
        "print(' '.join(sorted(set(asked))))\n"
    )
    for _ in range(2):  # the first run may write the table
        done = subprocess.run(
            [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
        )
    compiling = set(done.stdout.split())
    parser = "import sys, replyparse.pipeline; print(' '.join(sys.modules))"
    loaded = subprocess.run(
        [sys.executable, "-c", parser], env=env, capture_output=True, text=True, check=True
    )
    assert compiling.isdisjoint(loaded.stdout.split())
    assert "replyparse.closing" in loaded.stdout.split()  # (letter_parts imports it)


def test_the_page_sign_searches_are_kept_and_read_back_as_built(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """chrome's sign searches (their sources a start built afresh) come from the table as
    :func:`chrome._sign_search` builds them; a chrome.py changed since (another size or
    time of change) is a miss, built anew."""
    from replyparse import chrome

    signs, labels = tuple(chrome._PAGE_SIGNS[:6]), tuple(sorted(chrome._PAGE)[:4])
    built = chrome._sign_search(signs, labels)
    with patterncache.cached_patterns():
        assert chrome._kept_sign_search(iter(signs), iter(labels)) == built
    calls: list[object] = []

    def counted(*args: object) -> tuple[str, str]:
        calls.append(args)
        return built

    monkeypatch.setattr(chrome, "_sign_search", counted)
    with patterncache.cached_patterns():
        assert chrome._kept_sign_search(signs, labels) == built
    assert not calls, "read from the table"
    edited = tmp_path / "chrome.py"
    edited.write_text("# another chrome.py\n", encoding="utf-8")
    monkeypatch.setattr(chrome, "__file__", str(edited))
    with patterncache.cached_patterns():
        assert chrome._kept_sign_search(signs, labels) == built
    assert len(calls) == 1, "a changed file: built anew"
