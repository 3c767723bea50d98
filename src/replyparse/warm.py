"""Importing this module loads jieba's dictionary and IDF table.

Only the batch's fork server imports it (``set_forkserver_preload``), so that worker
processes fork with everything loaded once, sharing its memory, instead of each loading
jieba for itself. Nothing else should import it.
"""

from replyparse.nlp import warm_up

warm_up()
