"""Batch extraction: many letters in, one record each out, resumable and parallel.

How a run goes, and which module owns each step:

1. **Plan** (:mod:`.options`, :mod:`.output`, :mod:`.plan`). Resolve the output mode
   the options ask for, discover the files (:mod:`replyparse.discover`), refuse an
   output that cannot work, name each output, open the writer
   (:mod:`replyparse.writers`), decide how many workers the work is worth.
2. **Resume** (:mod:`.resume`, output folder only). A file whose manifest entry says
   ``ok`` with the same size, mtime, output name and settings, and whose output is still
   there at the recorded size, is skipped; every other file is to do.
3. **Parse** (:mod:`.run`, :mod:`.pool`, :mod:`.workers`, :mod:`.work`). Forked worker
   processes read, parse and serialise one file at a time (old Word files in small
   groups), each within its time limit; with an output folder a worker writes the
   record itself, otherwise the record's bytes come back to the parent.
4. **Account** (:mod:`.ledger`, :mod:`.folder`). As each file finishes, in any order,
   the parent counts it, hands the record to the writer (ordered outputs put records
   back in input order) and appends the manifest line; at the end it compacts the
   manifest and writes ``errors.jsonl``.

Ctrl-C (or SIGTERM) asks the run to stop: nothing new is started, the files already
running are finished and recorded, and the summary says what is left; a second Ctrl-C
abandons them. A full output stops the run the same way. A rerun finishes the rest.
"""

from replyparse.batch.options import BatchOptions
from replyparse.batch.run import run_batch

__all__ = ["BatchOptions", "run_batch"]
