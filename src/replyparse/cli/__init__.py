"""The command line: wires readers, the parser and writers together.

One module per command (:mod:`.extract`, :mod:`.validate`, :mod:`.rules`,
:mod:`.render`; ``schema`` and the application itself in :mod:`.app`), the options they
share in :mod:`.limits` and :mod:`.options`. The commands are registered here, in the
order ``--help`` lists them.
"""

from replyparse.cli.app import app, main, schema
from replyparse.cli.extract import extract
from replyparse.cli.limits import parse_size
from replyparse.cli.render import render
from replyparse.cli.rules import rules
from replyparse.cli.validate import validate
from replyparse.helpformat import Command

for _command in (schema, extract, validate, rules, render):
    app.command(cls=Command)(_command)

__all__ = ["app", "main", "parse_size"]
