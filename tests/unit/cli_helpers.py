"""What the command-line tests share: the bundled ids and a runner of `reader.cli.main`."""

from __future__ import annotations

from reader.cli import main

PRESS_TV_ID = "press-tv-2016-08-11-turkey-calls-for-joint-anti-daesh-operations-with-russia"
NEW_ARAB_ID = "the-new-arab-2016-08-11-turkey-offers-russia-joint-operations-against-is-in-syria"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """Run the command line in-process; return its exit code, stdout and stderr."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
