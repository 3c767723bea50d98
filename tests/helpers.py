"""Steps the command-line tests share: running the app in this process, reading its
messages without rich's box drawing, and making input folders (invented letters, copies
of the samples)."""

from __future__ import annotations

import heapq
import importlib.util
import random
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import FrameType, ModuleType

from typer.testing import CliRunner, Result

from archivegen import invented_letter
from replyparse import nlp, vocab
from replyparse.cli import app
from replyparse.context import Context
from replyparse.layout import segment
from replyparse.model import Letter
from replyparse.parser import REGISTRY
from replyparse.resegment import resegment
from replyparse.textview import TextView
from replyparse.unwrap import unwrap

ROOT = Path(__file__).resolve().parent.parent
# Invented letters for the findings about a whole file (validate's github and SARIF
# tests): one with no title, the same with its title, and a note that is no letter.
NO_TITLE = "某林函〔2022〕7号\n王某代表：\n  您提出的建议收悉，现答复如下。\n  一、今冬增设瞭望点。\n某县林业局\n2022年3月5日\n"
TIDY = NO_TITLE.replace("王某代表：", "关于加强防火巡护建议的答复\n王某代表：")
NOTE = "下周二上午把会议室的投影仪修好。\n"
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
runner = CliRunner()
_BOX = re.compile(r"[│╭╮╰╯─]")


def invoke(*args: str, stdin: str | bytes | None = None) -> Result:
    """``replyparse ARGS`` in this process; an exception other than the exit is raised
    here, so that a bug fails the test with its traceback."""
    result = runner.invoke(app, list(args), input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def run(*args: str, stdin: str | bytes | None = None) -> tuple[int, str, str]:
    """The exit code, standard output and standard error of ``replyparse ARGS``."""
    result = invoke(*args, stdin=stdin)
    return result.exit_code, result.stdout, result.stderr


def run_validate(*args: str) -> tuple[int, str, str]:
    """``replyparse validate ARGS``: its exit code, standard output and standard error."""
    return run("validate", *args)


def write_text(name: str, text: str) -> str:
    """``text`` written to the file ``name`` (UTF-8); its name back, to pass on."""
    Path(name).write_text(text, encoding="utf-8")
    return name


def run_bytes(*args: str) -> tuple[int, bytes, str]:
    """As :func:`run`, standard output as bytes (a Word file)."""
    result = invoke(*args)
    return result.exit_code, result.stdout_bytes, result.stderr


def flat(text: str) -> str:
    """Error text without rich's box drawing and line wrapping."""
    return " ".join(_BOX.sub(" ", text).split())


def write_letters(folder: Path, names: list[str], seed: int = 3) -> list[Path]:
    """Invented letters at ``folder/NAME`` (a name may hold folders), the same ones for
    the same seed."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in names:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(invented_letter(rng), encoding="utf-8")
        paths.append(path)
    return paths


def copy_samples(folder: Path, count: int) -> Path:
    """``folder`` made, holding copies of the first ``count`` samples."""
    folder.mkdir()
    for sample in SAMPLES[:count]:
        shutil.copy(sample, folder / sample.name)
    return folder


def load_script(name: str) -> ModuleType:
    """``scripts/NAME.py`` loaded as a module (the scripts are no package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def python_output(code: str) -> str:
    """What ``python -c CODE`` prints in a fresh interpreter (what it imports is then its
    own doing); the test fails, with the traceback, when it exits non-zero."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def contexts_before(texts: list[str], name: str) -> list[Context]:
    """Each text's context as the extractor ``name`` sees it: the view and layout the parser
    makes, the items of the extractors before it added."""
    out = []
    for text in texts:
        view = resegment(unwrap(TextView(text)))
        ctx = Context(view=view, layout=segment(view), letter=Letter(source=None, text=text))
        for extractor in REGISTRY:
            if extractor.name == name:
                break
            for item in extractor.run(ctx):
                ctx.add(item)
        out.append(ctx)
    return out


def resegment_steps(text: str) -> int:
    """The lines of resegment.py run to find the breaks of ``text``: the work the
    re-segmenter does, counted rather than timed (a test doubles a hostile line and asks
    that the count no more than about doubles)."""
    import replyparse.resegment as module

    count = 0
    here = module.__file__

    def local(frame: FrameType, event: str, arg: object) -> object:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame: FrameType, event: str, arg: object) -> object:
        return local if frame.f_code.co_filename == here else None

    view = TextView(text)
    before = sys.gettrace()
    sys.settrace(calls)
    try:
        module.find_breaks(view)
    finally:
        sys.settrace(before)
    return count


def plain_keywords(body: str, top_k: int = 10) -> list[str]:
    """The keywords of plain TF-IDF, with no memo: every word counted, then the ones that
    may be keywords (two characters or more, no stop word) kept and scored afresh, the
    total summed over the kept words (what :func:`replyparse.fields.keywords.find_keywords`
    must give)."""
    stop = vocab.word_set("keyword_stopwords")
    table = nlp.idf_table()
    runs = "\n".join(re.findall(r"[\u4e00-\u9fff]+", body))
    counts = Counter(nlp.tokenizer().cut(runs, HMM=False))
    kept = {w: n for w, n in counts.items() if len(w) >= 2 and w not in stop}
    total = sum(kept.values())
    scored = [(-n / total * table.idf.get(w, table.median), w) for w, n in kept.items()]
    return [w for _, w in heapq.nsmallest(top_k, scored)]
