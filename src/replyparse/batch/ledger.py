"""The parent's accounts of a batch run: what there is to do, each outcome, the end.

:class:`Ledger` decides which files to do (all of them, or, with a manifest, those it
does not show unchanged: :mod:`.resume`), notes outputs renamed or whose sources are
gone (removing them with ``--prune``), and accounts for each outcome as it arrives, in
any order: the counts, the failure line, the record for the writer, the manifest entry.
A write that fails because the output can take no more (a full disk) stops the run. At
the end it closes the writer, compacts the manifest in input order and writes
``errors.jsonl``. :mod:`.run` drives it.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from replyparse.batch.folder import ErrorsFile, write_skipped
from replyparse.batch.kept import current_sha256, source_unchanged
from replyparse.batch.options import DOCUMENT_SUFFIXES, STDIN_NAME, BatchOptions, Mode, kept
from replyparse.batch.output import earlier_output, errors_path, skipped_path
from replyparse.batch.plan import (
    Holder,
    Job,
    Renamed,
    plan_outputs,
    settings,
    settings_change,
)
from replyparse.batch.pool import Stop
from replyparse.batch.resume import (
    STDIN_KEY,
    gone_sources,
    last_failures,
    manifest_entry,
    manifest_keys,
    plan_resume,
)
from replyparse.batch.work import Outcome
from replyparse.discover import STDIN, Discovery, InputFile
from replyparse.errors import Stage
from replyparse.limits import DEFAULT_LIMITS
from replyparse.manifest import Manifest, ManifestStore, holds_output
from replyparse.paths import said, shown, why_unwritable
from replyparse.progress import BatchStats, Reporter, plural
from replyparse.writers import KeepsPrevious, OutputClosed, RecordFile, RecordWriter


class Ledger:
    """One run's counts, manifest and failures, and what to do with each outcome."""

    def __init__(
        self,
        options: BatchOptions,
        mode: Mode,
        found: Discovery,
        reporter: Reporter,
        out: Path | None,
        manifest: Manifest | None = None,
    ) -> None:
        self.options = options
        self.mode = mode
        self.found = found
        self.files = found.files
        self.reporter = reporter
        self.out = out
        self.stats = BatchStats(seen=len(found.files))
        if options.out not in (None, "-"):  # (a device or a pipe, -o /dev/null, by its name)
            self.stats.output = said(options.out)
        self.stats.kept = kept(mode)
        self.stats.forced = options.force
        assert options.format is not None, "run_batch resolves the format"
        self.format = options.format
        self.settings = settings(options.keep_text, options.format, options.keywords)
        # (``manifest``: the output folder's, when the walk has read it already)
        self.manifest: ManifestStore | None = (
            (manifest or Manifest(out)) if mode == "folder" and out is not None else None
        )
        target = errors_path(mode, options.out, options.errors)
        self.errors = ErrorsFile(target) if target is not None else None
        self.skipped_list = skipped_path(mode, options.out, options.skipped)
        self._sources: list[str] | None = None
        self.failed_here: dict[int, tuple[str, Stage | None, str | None]] = {}
        """This run's failures by position (outputs with no manifest list these)."""
        self.written: set[str] = set()
        """The paths of the files whose record (or report) this run wrote."""
        self.renamed: list[Renamed] = []
        """The files given another output name than their own, told at the end
        (:meth:`_note_renamed`): only those that wrote one clash with anything."""
        self.replacing: list[Job] = []
        """Standard input under a name whose record an earlier run made here, told at the
        end when it wrote its own (:meth:`_note_replaced`)."""
        self.replacing_letter: str | None = None
        """Standard input's name, when it is to replace the letter of that name in a
        database (told at the end when it did, as :attr:`replacing`)."""
        self.stop = Stop()
        self.stdin_data: bytes | None = None
        """What standard input held, when it is among the files (for :meth:`_keeps`)."""

    def classify(self) -> list[Job]:
        """The files to parse, with the output each gets; those the manifest shows
        unchanged are counted as skipped and left out."""
        if self.manifest is None:
            if self.mode != "csv":
                return [Job(f, None, -1, -1) for f in self.files]
            names, self.renamed = plan_outputs(self.files)  # the letters' names in the tables
            return [Job(f, name, -1, -1) for f, name in zip(self.files, names, strict=True)]
        resume = plan_resume(
            self.files,
            self.sources(),
            self.manifest,
            settings=self.settings,
            force=self.options.force,
            suffix=DOCUMENT_SUFFIXES.get(self.format, ".json"),
            skip_failed=self.options.skip_failed,
            occupied=self._occupied if self.mode == "folder" else None,
        )
        self._sources = resume.sources  # (as the manifest spells them)
        self.stats.skipped = resume.skipped
        self.stats.failed_kept = resume.failed_kept
        for old, count in sorted(resume.resettled.items()):
            files = plural(count, "unchanged file")
            self.reporter.note(
                f"{files} had {'its' if count == 1 else 'their'} output made with other "
                f"settings ({settings_change(old, self.settings)}): parsed again"
            )
        self._note_failed_before(resume.failed_before, resume.failed_kept)
        # the summary's warnings are those of every letter the output holds for these
        # files: the unchanged ones' as they were found (rows of their own), then each
        # parsed one's
        self.stats.unchanged_warnings.update(resume.warnings)
        self.stats.kept_warnings.update(resume.kept_warnings)
        self._sources_gone(resume.outputs)
        if self.options.prune:
            self._prune_strays(resume.outputs)
        self.renamed = resume.renamed
        if self.mode == "folder":  # (an archive knows it as it opens: run._stdin_into)
            self.replacing = self._stdin_replacing(resume.todo)
        for path, name in resume.shortened:
            self.reporter.note(f"name too long: {self._named(path)} is written to {said(name)}")
        return resume.todo

    def _occupied(self, name: str) -> bool:
        """Whether the output folder holds a file named ``name`` that replyparse did not
        write (a user's own ``a.json`` or Word file, the letter read itself): not replaced,
        as ``render -o folder/`` replaces none (:func:`~replyparse.writers.may_replace`)."""
        from replyparse.writers import may_replace

        assert self.out is not None
        return not may_replace(self.out / name)

    def _stdin_replacing(self, todo: list[Job]) -> list[Job]:
        """The letter from standard input when it is to replace the record an earlier run
        made under its name (``--stdin-name``) in the output folder."""
        manifest = self.manifest
        assert manifest is not None
        replacing: list[Job] = []
        for job in todo:
            if job.file.path != STDIN or job.source is None or job.output is None:
                continue
            entry = manifest.get(job.source)
            if entry is not None and holds_output(entry) and entry.output == job.output:
                replacing.append(job)
        return replacing

    def _note_replaced(self) -> None:
        """Say so when standard input replaced its earlier record, or its letter in a
        database (one that failed instead is told as withdrawn, :meth:`_withdraw`)."""
        if self.replacing_letter is not None and STDIN in self.written:
            out = said(str(self.options.out))
            self.reporter.note(
                f"standard input replaces the letter {self.replacing_letter} in {out}"
            )
        for job in self.replacing:
            if job.file.path in self.written and job.output is not None:
                self.reporter.note(
                    f"{self._named(STDIN)} replaces {said(job.output)}, made by an earlier run"
                )

    def sources(self) -> list[str]:
        """Each file's key in the manifest, its absolute path (worked out once)."""
        if self._sources is None:
            self._sources = manifest_keys(self.files)
        return self._sources

    def _sources_gone(self, planned: set[str]) -> None:
        """Count the outputs of sources deleted since they were made (their manifest
        entry stays, and so does the output, unless ``--prune``), and with ``--prune``
        remove them: the record or report file, the archive's rows, the entry. An
        output whose name this run gives another file is left to that file."""
        manifest = self.manifest
        assert manifest is not None
        for entry in gone_sources(manifest):
            owned = entry.output is not None and entry.output not in planned
            if owned and self.mode == "folder" and entry.output is not None:
                # a user's own file put at the name since is theirs: left, entry dropped
                # (by its head, not its size: a record sorted by jq -S keeps its size)
                owned = not self._occupied(entry.output)
            there = owned and holds_output(entry) and manifest.present(entry)
            self.stats.gone += there
            if there:
                self.stats.gone_sources.append(entry.source)
            if not self.options.prune:
                continue
            try:
                manifest.forget(entry, output=owned)
            except OSError as exc:
                self.reporter.note(
                    f"cannot prune {said(entry.output or entry.source)}: {exc.strerror or exc}"
                )
                continue
            self.stats.pruned += there
            if there:
                self.stats.pruned_sources.append(entry.source)
        if self.options.prune:
            with contextlib.suppress(OSError):  # a full disk: compacted at the end
                manifest.compact()

    def _prune_strays(self, planned: set[str]) -> None:
        """``--prune``: remove the outputs no manifest entry names (nor this run): a
        record left by a source whose entry is lost, or a second record of one source
        left by an older replyparse. Never a file this run reads, nor one replyparse did
        not write (:meth:`_occupied`: a user's own ``notes.json``)."""
        manifest = self.manifest
        assert manifest is not None
        suffix = DOCUMENT_SUFFIXES.get(self.format, ".json")
        inputs = set(self.sources())
        for output in manifest.strays(planned, suffix):
            if self.out is not None and self._key(self.out / output) in inputs:
                continue
            if self.mode == "folder" and self._occupied(output):
                continue  # a user's own file of the suffix (notes.json): never replyparse's
            try:
                self.stats.strays += manifest.remove_output(output)
            except OSError as exc:
                self.reporter.note(f"cannot prune {said(output)}: {exc.strerror or exc}")

    @staticmethod
    def _key(path: Path) -> str:
        """``path``'s key in a manifest, as :func:`manifest_keys` makes one."""
        return manifest_keys([InputFile(os.fspath(path), path.name)])[0]

    def _note_failed_before(self, failed: int, kept: int) -> None:
        """Say what becomes of the files that failed last time and are unchanged since:
        tried again (and each failure told again), or passed over with ``--skip-failed``
        (their failures stay listed); either way, how to ask for the other."""
        if not failed:
            return
        files = plural(failed, "file")
        verb = "is" if failed == 1 else "are"
        if not kept:
            self.reporter.note(
                f"{files} failed on the last run and {verb} unchanged since: tried again "
                "(--skip-failed passes such files over)"
            )
            return
        listed = said(str(self.errors.target)) if self.errors is not None else None
        where = f": still listed in {listed}" if listed is not None else ""
        self.reporter.note(
            f"{files} failed on the last run and {verb} unchanged since: not tried again "
            f"(--skip-failed){where}; a run without --skip-failed tries them"
        )

    def _note_renamed(self) -> None:
        """One note per file renamed that this run wrote, naming the holder of every name
        it was refused (``a.json`` and then ``a.txt.json`` for ``a.txt.2.json``): the
        first three, and how many more. A file that wrote nothing (it failed, or the run
        stopped before it) clashes with nothing and is not told; a holder that failed here
        is said to have failed, as its name is kept for it while no file is there."""
        renamed = [r for r in self.renamed if r.path in self.written]
        self.stats.renamed = len(renamed)
        failed = {path for path, _, _ in self.failed_here.values()}
        for r in renamed[:10]:
            taken = [f"{said(r.wanted)} {self._held(r.wanted, r.holder, r.held, failed)}"]
            taken += [
                f"{said(name)} {self._held(name, holder, held, failed, again=True)}"
                for name, holder, held in r.also
            ]
            if len(taken) > _HOLDERS_TOLD:
                more = plural(len(taken) - _HOLDERS_TOLD, "more name")
                taken[_HOLDERS_TOLD:] = [f"{more} taken"]
            self.reporter.note(
                f"output name clash: {self._named(r.path)} is written to {said(r.output)} "
                f"({'; '.join(taken)})"
            )
        if len(renamed) > 10:
            self.reporter.note(f"… and {len(renamed) - 10} more renamed outputs")

    def _held(
        self, name: str, holder: str, held: Holder, failed: set[str], *, again: bool = False
    ) -> str:
        """Who holds the output name ``name``, as a clash note says it after the name
        (``is taken by a.htm``; ``again``: the second name on, ``by a.htm``); ``failed``:
        the paths that failed in this run, whose name is kept for them though nothing was
        written. A document of replyparse's edited since in a word processor is told as
        one, and so is the letter ``render`` typeset, which is no report to replace."""
        if held == "outside":
            from replyparse.writers import replyparse_document, saved_since

            target = self.out / name if self.out is not None else None
            if target is not None and (kind := saved_since(target)) is not None:
                what = (
                    "a report replyparse wrote"
                    if kind == "report"
                    else "a letter replyparse typeset"
                )
                return f"is there, {what}, saved since in a word processor: left alone"
            if target is not None and replyparse_document(target) == "letter":
                return "is there, the letter replyparse typeset: left alone"
            return "is there, a file replyparse did not write: left alone"
        by = "by" if again else "is taken by"
        if held == "earlier":
            return f"{by} {self._named(holder)}, written by an earlier run"
        if holder in failed:
            return f"{by} {self._named(holder)}, which failed and keeps the name"
        return f"{by} {self._named(holder)}"

    def _named(self, path: str) -> str:
        """A source as a note names it: its path, or standard input and its name (``-``
        in this run, ``stdin:NAME`` as a manifest keys it)."""
        if path == STDIN:
            return f"standard input ({self.options.stdin_name or STDIN_NAME})"
        if path.startswith(STDIN_KEY):
            return f"standard input ({path.removeprefix(STDIN_KEY)})"
        return said(path)

    def _failed_name(self, path: str) -> str:
        """A source as its failure line names it: its path, or standard input by the
        name ``--stdin-name`` gives it (``-`` named nothing a reader knows)."""
        if path == STDIN:
            return said(self.options.stdin_name) if self.options.stdin_name else "standard input"
        return said(path)

    def consume(self, index: int, job: Job, outcome: Outcome, writer: RecordWriter) -> None:
        """Account for the outcome of the ``index``-th file to do."""
        keeps = outcome.stage in ("read", "parse") and self._keeps(index, job, writer)
        # (the entry of the record kept, before this outcome's replaces it)
        earlier = None
        if keeps and self.manifest is not None and job.source is not None:
            earlier = self.manifest.get(job.source)
        try:
            if keeps and isinstance(writer, KeepsPrevious) and self.manifest is None:
                self.stats.kept_warnings.update(writer.keep_previous(index))
            else:
                writer.add(index, outcome.data if outcome.stage is None else None)
                if outcome.stage == "write" and isinstance(writer, RecordFile):
                    writer.leave_previous()  # (the output's fault: what it held stays)
        except OutputClosed:
            self.stats.closed = True
            self.stop.requested = True
            return
        except OSError as exc:  # the output itself failed, not this letter: it is not done
            self._halt(f"cannot write output: {exc.strerror or exc}")
            return
        stage, reason = outcome.stage, outcome.reason
        if stage is None:
            self.stats.parsed += 1
            self.written.add(job.file.path)
            if outcome.warnings:
                self.stats.warnings.update(outcome.warnings)
        else:
            assert reason is not None
            self.stats.failed += 1
            self.reporter.failure(self._failed_name(job.file.path), stage, reason)
            self.failed_here[index] = (job.file.path, stage, reason)
            if keeps:
                self.stats.kept_earlier += 1
                if earlier is not None:
                    self.stats.kept_warnings.update(earlier.warnings)
                self._note_kept(job)
            if self.options.fail_fast:
                self.stats.failed_fast = True
                self.stop.requested = True
        if outcome.output_full:
            folder = self.out if self.mode == "folder" else None
            record = folder / job.output if folder is not None and job.output else None
            self._halt(reason or "cannot write output", record)
        if self.manifest is not None:
            try:
                if not keeps:
                    self._withdraw(job, outcome, self.manifest)
            except OSError as exc:
                self.reporter.note(
                    f"cannot remove the earlier output of {said(job.file.path)}: {exc}"
                )
            try:
                self.manifest.record(manifest_entry(job, outcome, self.settings, earlier))
            except OSError as exc:
                path = getattr(self.manifest, "path", None)  # (an archive's is the archive)
                self._halt(f"cannot write the manifest: {exc.strerror or exc}", path)

    def _keeps(self, index: int, job: Job, writer: RecordWriter) -> bool:
        """Whether the record an earlier run made of the letter ``job`` reads, which fails
        now, stays: the output still holds it, and the source is unchanged since, by its
        SHA-256 (:func:`~.kept.source_unchanged`). An output folder and a database know
        it by the manifest's entry; a JSON Lines file and the CSV tables, written whole,
        by the record they held before this run (:class:`KeepsPrevious`)."""
        cap = max(self.options.limits.max_file_bytes, DEFAULT_LIMITS.max_file_bytes)
        data = self.stdin_data if job.file.path == STDIN else None
        if self.manifest is not None:
            entry = self.manifest.get(job.source) if job.source is not None else None
            if (
                entry is None
                or not holds_output(entry)
                or entry.output != job.output
                or entry.sha256 is None
                or not self.manifest.present(entry)
            ):
                return False
            recorded = (entry.size, entry.mtime_ns)
            return source_unchanged(
                job.file.path, entry.sha256, data=data, recorded=recorded, cap=cap
            )
        if not isinstance(writer, KeepsPrevious):
            return False
        path = job.file.path
        if path == STDIN:
            path = self.options.stdin_name or STDIN
        return writer.find_previous(
            index,
            shown(path),
            shown(job.file.rel),
            lambda: current_sha256(job.file.path, data=data, cap=cap),
        )

    def _note_kept(self, job: Job) -> None:
        """Say that the letter that failed keeps the record an earlier run made of it."""
        out = said(str(self.options.out))
        what = "report" if self.format == "docx" else "record"
        earlier = f"{what} in {out}"
        if self.mode == "folder" and job.output is not None:
            earlier = f"{what} {said(job.output)}"
        elif self.mode in ("sqlite", "csv") and job.output is not None:
            from replyparse.tables.outputs import letter_name

            name = said(letter_name(job.output) or job.output)
            tables = out if self.mode == "sqlite" else f"the tables in {out}"
            what, earlier = "letter", f"letter {name} in {tables}"
        self.reporter.note(
            f"{self._named(job.file.path)} failed, but it is unchanged since its {earlier} "
            f"was made: the {what} is kept"
        )

    def _note_removed(self, writer: RecordWriter) -> None:
        """Say that the one letter's file (``-o a.json``) no longer holds the record it
        held: the letter failed, and that record was not made from its bytes as they are
        now (:class:`~replyparse.writers.RecordFile`)."""
        if not isinstance(writer, RecordFile) or not writer.removed:
            return
        self.stats.withdrawn += 1
        failed = [path for path, _, _ in self.failed_here.values()]
        what = "report" if self.format == "docx" else "record"
        self.reporter.note(
            f"{self._named(failed[0]) if failed else 'the letter'} now fails: the earlier "
            f"{what} in {said(str(self.options.out))} was removed (it was not made from the "
            "file as it is now)"
        )

    def _withdraw(self, job: Job, outcome: Outcome, manifest: ManifestStore) -> None:
        """A file that now fails to be read or parsed loses the output it made before
        (its name is this run's for it: :func:`~.resume.plan_resume` keeps a source's
        name), rather than keep a record the file no longer gives. A failure to write
        (the output's fault, not the letter's) leaves the earlier output as it was."""
        if outcome.stage in (None, "write") or job.output is None:
            return
        if manifest.remove_output(job.output):
            self.stats.withdrawn += 1
            earlier = f"output {said(job.output)}"
            if self.mode == "sqlite":  # (no file: the letter, by its name in the tables)
                from replyparse.tables.outputs import letter_name

                name = said(letter_name(job.output) or job.output)
                earlier = f"letter {name} in {said(str(self.options.out))}"
            self.reporter.note(
                f"{self._named(job.file.path)} now fails: its earlier {earlier} was removed"
            )

    def _halt(self, reason: str, target: Path | None = None) -> None:
        """The output can take no more: stop, and say so once, naming the file that could
        not be written (``target``, else the output) and what to do."""
        if self.stats.halted is None:
            self.stats.halted = reason
            if target is not None:
                where = said(str(target))
            else:
                where = said(self.options.out) if self.options.out else "standard output"
            # (with --force, the same command would parse every file again, not resume)
            resume = self.options.force and self.stats.kept == "resumable"
            again = "run the command again without --force" if resume else _AGAIN
            self.reporter.failure(where, "write", reason + _halt_advice(reason, again))

    def finish(self, writer: RecordWriter, complete: bool) -> None:
        """Close the writer (``complete``: every file was done), compact the manifest and
        write the errors file, whatever stopped the run."""
        try:
            writer.close(complete)
        except OutputClosed:
            self.stats.closed = True
        except OSError as exc:
            self._halt(f"cannot write output: {exc.strerror or exc}")
        if not complete and self.stats.kept == "whole":
            self.stats.left_as_was = earlier_output(self.mode, self.out)
        if not self.stats.closed:
            self._note_replaced()
            self._note_renamed()
            self._note_removed(writer)
        if self.manifest is not None:
            self.manifest.close()
            with contextlib.suppress(OSError):  # a full disk: the appended lines stay valid
                self.manifest.compact(self.sources())
        if self.errors is not None:
            try:
                if self.manifest is not None:  # resumable: the last outcome of each input
                    failures = last_failures(self.files, self.sources(), self.manifest)
                else:
                    failures = [self.failed_here[i] for i in sorted(self.failed_here)]
                failures.extend((p.path, "read", p.reason) for p in self.found.failures)
                # standard input as its record names it: the name --stdin-name gives, or -
                named = self.options.stdin_name or STDIN
                self.errors.write((named if p == STDIN else p, st, e) for p, st, e in failures)
                if failures:
                    self.stats.errors_file = said(str(self.errors.target))
            except OSError as exc:
                why = why_unwritable(self.errors.target, exc)
                reason = f"cannot write {said(str(self.errors.target))}: {why}"
                self.reporter.failure(said(str(self.out)), "write", reason)
        if self.skipped_list is not None:
            try:
                if write_skipped(self.skipped_list, self.found.skipped):
                    self.stats.skipped_list = said(str(self.skipped_list))
            except OSError as exc:
                why = why_unwritable(self.skipped_list, exc)
                reason = f"cannot write {said(str(self.skipped_list))}: {why}"
                self.reporter.failure(said(str(self.out)), "write", reason)


_NO_SPACE = os.strerror(errno.ENOSPC)
_QUOTA = os.strerror(errno.EDQUOT)
_READ_ONLY = os.strerror(errno.EROFS)


_AGAIN = "run the same command again"


def _halt_advice(reason: str, again: str = _AGAIN) -> str:
    """What a run stopped by an output it cannot write says after ``reason``: what the system's
    reason in it means, and what to do, ending in ``again`` (its summary then says what
    the output kept)."""
    if _READ_ONLY in reason:
        gloss, fix = " (the file system is read-only)", "give -o a place that can be written"
    elif _QUOTA in reason:
        gloss, fix = " (your disk quota is used up)", "free some of it, or give -o another disk"
    elif _NO_SPACE in reason:
        gloss, fix = " (the disk is full)", "free space on it, or give -o another disk"
    else:  # (a database locked by another program, a damaged file: not a want of room)
        return f"; the run stops: {again} once it can be written"
    return f"{gloss}; the run stops: {fix}, then {again}"


_HOLDERS_TOLD = 3
"""The names refused to one file whose holders a clash note names; the rest are counted."""
