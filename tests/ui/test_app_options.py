"""The command line: a plain launch skips argparse, with the very defaults argparse gives."""

from __future__ import annotations

from healer import app


def test_a_plain_launch_reads_as_argparse_would() -> None:
    assert app._parse([]) == app.Options(**vars(app.option_parser().parse_args([])))
    assert app._parse([]) == app.Options(vault=None, smoke_test=False, check_resources=False)


def test_options_given_are_read_by_argparse() -> None:
    options = app._parse(["--vault", "/tmp/x.vault", "--smoke-test"])
    assert options == app.Options(vault="/tmp/x.vault", smoke_test=True, check_resources=False)
