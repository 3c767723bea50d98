"""Score the parser on every letter with a gold record, as the project is measured.

Not a test: a developer's loop (``make eval``), about a minute. It extracts, with the
installed ``replyparse extract``, into a temporary folder:

- the samples, the seeds and the real-letter corpus (a set whose folder is absent is
  skipped with a line saying so), and prints ``score.py --max-level 2`` for each;
- the perturbation suite (``tests/perturb.py``): every one of those letters rewritten by
  each transform, scored against its unchanged gold, per transform and over all of them;
- with ``--formats``, the corpus as DOCX (python-docx, one paragraph per line) and as PDF
  (that DOCX through LibreOffice), built once into a cache folder outside the repository,
  and compared with the text scores (#7 asks for them within 0.01).

    .venv/bin/python scripts/eval.py                # tables
    .venv/bin/python scripts/eval.py --formats -v   # + DOCX/PDF, + every miss and extra
    .venv/bin/python scripts/eval.py --json         # one JSON summary on stdout
    .venv/bin/python scripts/eval.py --keep /tmp/ev # keep the inputs and records

``-v`` lists the misses and extras of each set (score.py's own ``-v``) and, for the
perturbation suite, only what a transform broke that the untouched letter had right.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import goldsets  # noqa: E402
import perturb  # noqa: E402
from fixtures_build import plain_docx, soffice  # noqa: E402
from goldsets import GoldLetter  # noqa: E402

SCORE_PY = goldsets.SHARED / "tools" / "score.py"
MAX_LEVEL = 2
TARGET = 0.98
FORMAT_TOLERANCE = 0.01
# Bump when the DOCX builder changes, so cached conversions are rebuilt.
DOCX_BUILDER = "eval-docx-1"

Totals = dict[str, list[int]]  # field -> [tp, n_pred, n_gold]


# --- scoring ------------------------------------------------------------------------------


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SCORE_PY)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer {SCORE_PY}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_json(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    record: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return record


class Scored:
    """Per-letter, per-field results of score.py's ``score_pair`` over some letters."""

    def __init__(self, score: ModuleType) -> None:
        self.score = score
        self.totals: Totals = {}
        self.per_letter: dict[str, dict[str, tuple[Any, ...]]] = {}
        self.missing: list[str] = []

    def add(self, key: str, pred_path: Path, gold: dict[str, Any]) -> None:
        if not pred_path.is_file():
            self.missing.append(key)
        result = self.score.score_pair(read_json(pred_path), gold, MAX_LEVEL)
        self.per_letter[key] = result
        for field, (tp, n_pred, n_gold, _, _) in result.items():
            t = self.totals.setdefault(field, [0, 0, 0])
            t[0] += tp
            t[1] += n_pred
            t[2] += n_gold

    def micro(self) -> tuple[float, float, float]:
        tp = sum(t[0] for t in self.totals.values())
        n_pred = sum(t[1] for t in self.totals.values())
        n_gold = sum(t[2] for t in self.totals.values())
        p, r, f = self.score.prf(tp, n_pred, n_gold)
        return float(p), float(r), float(f)

    def field_f1(self) -> dict[str, float]:
        return {k: float(self.score.prf(*v)[2]) for k, v in self.totals.items()}

    def _prf(self, counts: list[int]) -> dict[str, float]:
        p, r, f = self.score.prf(*counts)
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}

    def summary(self) -> dict[str, Any]:
        p, r, f = self.micro()
        return {
            "letters": len(self.per_letter),
            "missing": self.missing,
            "micro": {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)},
            "fields": {k: self._prf(v) for k, v in self.totals.items()},
        }


def score_table(pred: Path, gold: Path, *, verbose: bool) -> str:
    """score.py's own output (its table; with ``verbose`` its misses and extras first)."""
    command = [sys.executable, str(SCORE_PY), str(pred), str(gold), "--max-level", str(MAX_LEVEL)]
    if verbose:
        command.append("-v")
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return (done.stderr if verbose else "") + done.stdout


# --- extraction ---------------------------------------------------------------------------


def replyparse_command() -> list[str]:
    script = Path(sys.executable).with_name("replyparse")
    return [str(script)] if script.exists() else [sys.executable, "-m", "replyparse"]


def extract(inputs: Path, out: Path, jobs: int | None) -> None:
    command = [*replyparse_command(), "extract", str(inputs), "-o", str(out), "--quiet"]
    if jobs:
        command += ["-j", str(jobs)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"replyparse extract exited {done.returncode}:\n{done.stderr}")
    for line in done.stderr.splitlines():
        print(f"  extract: {line}", file=sys.stderr)


# --- DOCX and PDF of the corpus -----------------------------------------------------------


def default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "replyparse-eval"


def converted(letters: list[GoldLetter], cache: Path) -> dict[str, dict[str, Path]]:
    """``{"docx": {key: path}, "pdf": {key: path}}`` from the cache, building what is missing.
    Without LibreOffice the PDF part is empty."""
    docx_dir, pdf_dir = cache / "docx", cache / "pdf"
    docx_dir.mkdir(parents=True, exist_ok=True)
    pdf_dir.mkdir(parents=True, exist_ok=True)
    out: dict[str, dict[str, Path]] = {"docx": {}, "pdf": {}}
    to_pdf: list[Path] = []
    for letter in letters:
        text = letter.text()
        digest = hashlib.sha256(f"{DOCX_BUILDER}\n{text}".encode()).hexdigest()[:20]
        docx = docx_dir / f"{digest}.docx"
        if not docx.is_file():
            plain_docx(text, docx.with_suffix(".part"))
            docx.with_suffix(".part").replace(docx)
        out["docx"][letter.key] = docx
        pdf = pdf_dir / f"{digest}.pdf"
        if not pdf.is_file():
            to_pdf.append(docx)
        out["pdf"][letter.key] = pdf
    office = soffice()
    if to_pdf and office:
        print(
            f"converting {len(to_pdf)} DOCX to PDF with LibreOffice, into {cache}", file=sys.stderr
        )
        profile = (cache / "lo-profile").as_uri()
        command = [office, f"-env:UserInstallation={profile}", "--headless"]
        command += ["--convert-to", "pdf", "--outdir", str(pdf_dir), *map(str, to_pdf)]
        subprocess.run(command, capture_output=True, check=False, timeout=1800)
    out["pdf"] = {k: p for k, p in out["pdf"].items() if p.is_file()}
    if not office:
        print("skipped PDF: soffice not found (make system-deps installs it)", file=sys.stderr)
    return out


# --- the run ------------------------------------------------------------------------------


def stage_copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def stage_text(text: str, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    # newline="" so that a CRLF transform reaches the reader as CRLF
    with target.open("w", encoding="utf-8", newline="") as handle:
        handle.write(text)


KEEP_MARK = ".replyparse-eval"


def clear_keep(folder: Path) -> None:
    """Empty a ``--keep`` folder from an earlier run; refuse any other non-empty folder."""
    if folder.exists() and any(folder.iterdir()):
        if not (folder / KEEP_MARK).is_file():
            raise SystemExit(f"--keep {folder}: not empty and not an earlier eval folder")
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / KEEP_MARK).write_text("scripts/eval.py output; removed by the next --keep run\n")


def pred_path(out: Path, part: str, letter: GoldLetter) -> Path:
    return out / part / letter.set / f"{letter.stem}.json"


def fmt_fields(f1: dict[str, float], count: int = 3) -> str:
    worst = sorted(f1.items(), key=lambda kv: kv[1])[:count]
    return "  ".join(f"{k} {v:.3f}" for k, v in worst if v < 1.0)


def broken_by(plain: Scored, changed: Scored, label: str) -> list[str]:
    """One line per letter and field: what ``changed`` misses or adds that ``plain`` did not."""
    out = []
    for key, fields in changed.per_letter.items():
        before_fields = plain.per_letter.get(key, {})
        for field, (_, _, _, misses, extras) in fields.items():
            before = before_fields.get(field, (0, 0, 0, [], []))
            missed = list((Counter(map(repr, misses)) - Counter(map(repr, before[3]))).elements())
            extra = list((Counter(map(repr, extras)) - Counter(map(repr, before[4]))).elements())
            if missed or extra:
                out.append(f"{label} {key} {field}: missed {missed} extra {extra}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--formats", action="store_true", help="also score the corpus as DOCX and PDF")
    ap.add_argument("--json", action="store_true", help="print one JSON summary instead of tables")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and extras")
    set_names = [s.name for s in goldsets.SETS]
    ap.add_argument("--sets", nargs="*", default=set_names, choices=set_names)
    names = [t.name for t in perturb.TRANSFORMS]
    ap.add_argument("--transforms", nargs="*", default=names, choices=names, metavar="NAME")
    ap.add_argument("--cache", type=Path, default=default_cache(), help="DOCX/PDF cache folder")
    ap.add_argument("--keep", type=Path, help="write inputs and records here and keep them")
    ap.add_argument("-j", "--jobs", type=int, default=None, help="replyparse extract -j")
    args = ap.parse_args(argv)

    if not SCORE_PY.is_file():
        where = "the shared folder: $REPLYPARSE_SHARED, else ../shared"
        print(f"cannot score: {SCORE_PY} not found ({where})")
        return 2
    score = load_scorer()
    say = (lambda *a, **k: None) if args.json else print
    started = time.perf_counter()

    skipped: list[str] = []
    sets: list[goldsets.GoldSet] = []
    for name in args.sets:
        gold_set = goldsets.get_set(name)
        if gold_set.present():
            sets.append(gold_set)
        else:
            skipped.append(name)
            say(f"skipped {name}: {gold_set.letters} not found")
    letters = [letter for s in sets for letter in goldsets.letters(s)]
    golds = {letter.key: letter.gold() for letter in letters}
    transforms = [perturb.get(name) for name in args.transforms]

    with tempfile.TemporaryDirectory(prefix="replyparse-eval-") as tmp:
        work = args.keep or Path(tmp)
        if args.keep:
            clear_keep(args.keep)
        inputs, out = work / "in", work / "out"
        changed: dict[str, set[str]] = {t.name: set() for t in transforms}
        for letter in letters:
            text = letter.text()
            stage_copy(letter.path, inputs / "plain" / letter.set / letter.path.name)
            for t in transforms:
                rewritten = t(text, golds[letter.key], letter.key)
                if rewritten != text:
                    changed[t.name].add(letter.key)
                stage_text(rewritten, inputs / t.name / letter.set / letter.path.name)
        corpus = [letter for letter in letters if letter.set == "corpus"]
        formats: dict[str, dict[str, Path]] = {}
        if args.formats and corpus:
            formats = converted(corpus, args.cache)
            for kind, paths in formats.items():
                for letter in corpus:
                    if letter.key in paths:
                        target = inputs / kind / letter.set / f"{letter.stem}.{kind}"
                        stage_copy(paths[letter.key], target)
        elif args.formats:
            say("skipped formats: the corpus is absent")
        extract(inputs, out, args.jobs)

        summary: dict[str, Any] = {"skipped": skipped, "sets": {}, "perturbation": {}}
        plain: dict[str, Scored] = {}
        for gold_set in sets:
            scored = Scored(score)
            for letter in goldsets.letters(gold_set):
                scored.add(letter.key, pred_path(out, "plain", letter), golds[letter.key])
            plain[gold_set.name] = scored
            summary["sets"][gold_set.name] = scored.summary()
            say(f"\n== {gold_set.name} ({len(scored.per_letter)} letters)")
            say(score_table(out / "plain" / gold_set.name, gold_set.gold, verbose=args.verbose))

        everything = Scored(score)
        for letter in letters:
            everything.add(letter.key, pred_path(out, "plain", letter), golds[letter.key])
        by_set = ", ".join(f"{s.name} {len(plain[s.name].per_letter)}" for s in sets)
        say(f"\n== perturbation suite ({len(letters)} letters: {by_set}; same gold)")
        summary["perturbation"] = score_perturbation(
            score, letters, golds, out, transforms, changed, everything, say, verbose=args.verbose
        )

        if formats and "corpus" in plain:
            gold_dir = goldsets.get_set("corpus").gold
            for kind in ("docx", "pdf"):
                if formats.get(kind):
                    say(f"\n== corpus as {kind.upper()}")
                    say(score_table(out / kind / "corpus", gold_dir, verbose=False))
            summary["formats"] = score_formats(
                score, corpus, golds, out, plain["corpus"], say, verbose=args.verbose
            )
    summary["seconds"] = round(time.perf_counter() - started, 1)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=1))
    else:
        say(f"\n(eval took {summary['seconds']} s)")
    return 0


def score_perturbation(
    score: ModuleType,
    letters: list[GoldLetter],
    golds: dict[str, dict[str, Any]],
    out: Path,
    transforms: list[perturb.Transform],
    changed: dict[str, set[str]],
    untouched: Scored,
    say: Any,
    *,
    verbose: bool,
) -> dict[str, Any]:
    """Per transform and pooled over all of them, against the untouched letters' scores."""
    summary: dict[str, Any] = {}
    base_f1 = untouched.micro()[2]
    pooled = Scored(score)
    say(f"{'transform':<20}{'changed':>8}{'P':>8}{'R':>8}{'F1':>8}{'ΔF1':>8}  weakest fields")
    p, r, f = untouched.micro()
    say(f"{'(none)':<20}{len(letters):>8}{p:>8.3f}{r:>8.3f}{f:>8.3f}{'':>8}  "
        f"{fmt_fields(untouched.field_f1())}")  # fmt: skip
    broken: list[str] = []
    for t in transforms:
        scored = Scored(score)
        for letter in letters:
            path = pred_path(out, t.name, letter)
            scored.add(letter.key, path, golds[letter.key])
            pooled.add(f"{t.name}:{letter.key}", path, golds[letter.key])
        broken += broken_by(untouched, scored, t.name)
        p, r, f = scored.micro()
        say(f"{t.name:<20}{len(changed[t.name]):>8}{p:>8.3f}{r:>8.3f}{f:>8.3f}"
            f"{f - base_f1:>+8.3f}  {fmt_fields(scored.field_f1())}")  # fmt: skip
        summary[t.name] = {
            "changed": len(changed[t.name]),
            "delta_f1": round(f - base_f1, 4),
            **scored.summary(),
        }
    p, r, f = pooled.micro()
    verdict = "meets" if f >= TARGET else "below"
    say(f"{'all transforms':<20}{'':>8}{p:>8.3f}{r:>8.3f}{f:>8.3f}{f - base_f1:>+8.3f}  "
        f"{verdict} the target {TARGET}")  # fmt: skip
    say("\nall transforms, per field:")
    say(f"{'field':<18}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for field, (tp, n_pred, n_gold) in pooled.totals.items():
        fp, fr, ff = score.prf(tp, n_pred, n_gold)
        say(f"{field:<18}{n_gold:>6}{n_pred:>6}{tp:>6}{fp:>8.3f}{fr:>8.3f}{ff:>8.3f}")
    summary["all"] = {"target": TARGET, **pooled.summary()}
    if verbose and broken:
        say(f"\nwhat the transforms broke ({len(broken)} letter fields worse than untouched):")
        for line in broken:
            say(f"  {line}")
    return summary


def score_formats(
    score: ModuleType,
    corpus: list[GoldLetter],
    golds: dict[str, dict[str, Any]],
    out: Path,
    text: Scored,
    say: Any,
    *,
    verbose: bool,
) -> dict[str, Any]:
    """The corpus as DOCX and PDF against its text scores, field by field."""
    results: dict[str, Scored] = {"txt": text}
    for kind in ("docx", "pdf"):
        if not (out / kind).is_dir():
            continue
        scored = Scored(score)
        for letter in corpus:
            scored.add(letter.key, pred_path(out, kind, letter), golds[letter.key])
        results[kind] = scored
    kinds = list(results)
    say(f"\n== corpus by format (micro F1 and per field; #7: within {FORMAT_TOLERANCE} of text)")
    say(f"{'field':<18}" + "".join(f"{k:>8}" for k in kinds))
    f1s = {k: s.field_f1() for k, s in results.items()}
    for field in f1s["txt"]:
        say(f"{field:<18}" + "".join(f"{f1s[k].get(field, 0.0):>8.3f}" for k in kinds))
    micro = {k: s.micro()[2] for k, s in results.items()}
    say(f"{'micro F1':<18}" + "".join(f"{micro[k]:>8.3f}" for k in kinds))
    summary: dict[str, Any] = {}
    for kind in kinds[1:]:
        delta = micro[kind] - micro["txt"]
        ok = abs(delta) <= FORMAT_TOLERANCE
        say(f"{kind}: {delta:+.3f} against text, {'within' if ok else 'NOT within'} "
            f"{FORMAT_TOLERANCE}; missing records: {len(results[kind].missing)}")  # fmt: skip
        summary[kind] = {"delta_f1": round(delta, 4), "within": ok, **results[kind].summary()}
        if verbose:
            for line in broken_by(text, results[kind], kind):
                say(f"  {line}")
    return summary


if __name__ == "__main__":
    sys.exit(main())
