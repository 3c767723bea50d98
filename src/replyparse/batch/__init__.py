"""Batch extraction: many letters in, one record each out, resumable and parallel.

How a run goes, and which module owns each step:

1. **Plan** (:mod:`.plan`). Check the inputs and the output mode, discover the files
   (:mod:`replyparse.discover`), name each output (collisions resolved deterministically).
2. **Classify** (:mod:`.run`, output folder only). A file whose manifest entry says ``ok``
   with the same size, mtime, output name and settings, and whose output is still there
   at the recorded size, is skipped; every other file (new, changed, failed before) is
   to do.
3. **Parse** (:mod:`.pool`, :mod:`.work`). Worker processes (``-j``) read, parse and
   serialise chunks of files; with an output folder each worker writes its records
   itself (atomic writes), otherwise the record's bytes come back to the parent.
4. **Account** (:mod:`.run`, :mod:`.folder`). The parent counts each outcome, writes the
   records that came back, appends the manifest line, and writes ``errors.jsonl`` at the
   end.

Ctrl-C (or SIGTERM) asks the run to stop: nothing new is started, the chunks already
running are finished and recorded, and the summary says what is left; a second Ctrl-C
abandons the running chunks. A rerun finishes the rest.
"""

from replyparse.batch.plan import BatchOptions
from replyparse.batch.run import run_batch

__all__ = ["BatchOptions", "run_batch"]
