"""The ``summarizer`` command line: argument parsing and printing only.

Results go to standard output, diagnostics to standard error. Exit codes:
0 success, 1 error (bad input, model failure), 2 usage error,
3 verification found unsupported numbers. Heavy modules are imported inside
the commands so that ``summarizer --help`` starts fast.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .facts.checks import TableCheck
    from .types import Document, Figure, OtherNumber

__all__ = ["main"]

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_UNSUPPORTED = 0, 1, 2, 3


def _add_input_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="FILE", help="earnings release: EDGAR .txt, HTML, text, or - for stdin")
    parser.add_argument("--document", metavar="PART", help="part of an EDGAR submission to read (type, sequence or filename)")
    parser.add_argument("--max-bytes", type=_positive, default=None, metavar="N", help="largest input in bytes (default 25 MiB)")


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive whole number, not {value!r}")
    return number


def _load(args: argparse.Namespace):
    from .ingest.decoding import MAX_INPUT_BYTES
    from .ingest.load import load_document

    return load_document(args.source, document=args.document, max_bytes=args.max_bytes or MAX_INPUT_BYTES)


def _figures_command(args: argparse.Namespace) -> int:
    from .figures.columns import fiscal_anchor, table_periods
    from .figures.extract import extract_figures, figures_in_order

    document = _load(args)
    anchor = fiscal_anchor(document)
    periods = [table_periods(table, anchor, document.text) for table in document.tables]
    # JSON is written a figure at a time, each figure made as it is written (``figures_in_order``): 25 MiB of table
    # rows have ~1.7 million figures, ~400 MiB when held at once (issue 13)
    in_order = figures_in_order(document) if args.format == "json" else None
    if in_order is not None:
        _dump_figures(document, periods, _table_checks(document, None), *in_order)
        return EXIT_OK
    figures = extract_figures(document)
    checks = _table_checks(document, figures.financial)
    if args.format == "json":
        _dump_figures(document, periods, checks, figures.financial, figures.other)
        return EXIT_OK
    from .render.figures_table import figures_table_lines

    for line in figures_table_lines(document, figures, periods, checks, include_other=args.all):
        sys.stdout.write(line + "\n")
    return EXIT_OK


def _table_checks(document: Document, figures: Sequence[Figure] | None) -> dict[int, TableCheck]:
    """The tables' self-checks, from the facts of their cells, of ``figures`` (every figure of the document) or, for
    None, read here: those of the tables whose rows and headings say a check may hold in them (``tables_to_check``)
    to tell which it does, and again for the facts of those. Not the prose reading a whole FactIndex makes, which
    costs more than the figures themselves; and only the cells of the tables some check may hold in
    (``checkable_tables``)."""
    from .facts import check_tables
    from .facts.checks import checkable_tables, tables_to_check
    from .facts.table_reading import table_fact
    from .figures.extract import table_figures

    lookups: dict = {}
    if figures is None:
        checkable = checkable_tables(document, table_figures(document, tables_to_check(document)))
        cells: Iterable[Figure] = table_figures(document, checkable)
    else:
        checkable = checkable_tables(document, figures)
        cells = figures
    return check_tables(document, [table_fact(document, f, lookups) for f in cells if f.table in checkable])


def _dump_figures(
    document: Document, periods: list, checks: dict[int, TableCheck], financial: Iterable[Figure], other: Iterable[OtherNumber]
) -> None:
    """The ``figures`` command's JSON: the document, its tables with their periods and checks, its figures and its
    other numbers, each figure written as it comes."""
    from .render.serialize import document_json, figure_list_texts, other_list_texts, table_json

    _dump_streaming(
        {
            "document": document_json(document),
            "tables": [table_json(i, t, periods[i], checks.get(i)) for i, t in enumerate(document.tables)],
        },
        {
            "figures": figure_list_texts(financial, level=2),
            "other": other_list_texts(other, level=2),
        },
    )


def _dump_streaming(head: dict, lists: dict[str, Iterable[str]]) -> None:
    """``json.dump({**head, **lists}, indent=2)`` and a newline, each list item written as it is
    made: a 25 MiB release has close to a million figures, whose dicts would not fit in memory.
    The items of ``lists`` come as their JSON text, indented as members of a member (level 2); one text may be
    several items joined as the list joins them (``serialize.figure_list_texts``, ``other_list_texts``)."""
    from .render.json_text import indented

    out = sys.stdout
    out.write(indented(head)[:-2] + ",\n" if head else "{\n")
    for position, (key, items) in enumerate(lists.items()):
        out.write(f"  {json.dumps(key)}: [")
        first = True
        for body in items:
            out.write(("\n    " if first else ",\n    ") + body)
            first = False
        out.write("]" if first else "\n  ]")
        out.write(",\n" if position < len(lists) - 1 else "\n")
    out.write("}\n")


def _read_claims(source: str) -> str:
    from .ingest.decoding import decode
    from .ingest.load import read_source

    data, name = read_source(source)
    return decode(data, name=name)[0]


def _argument_text(value: str, option: str) -> str:
    """An argument as text: bytes that are not UTF-8 reach Python as lone surrogates, which
    nothing downstream can print."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        from .errors import InputError

        raise InputError(f"{option} is not valid UTF-8 text") from None
    return value


def _use_color(stream) -> bool:
    return stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def _verify_command(args: argparse.Namespace) -> int:
    from .facts import FactIndex
    from .render.report_text import report_text
    from .render.serialize import report_json
    from .verify.claim_size import refuse_long_claims, refuse_long_sentences
    from .verify.verifier import verify_claims, verify_text

    document = _load(args)
    index = FactIndex(document)
    if args.summary:
        from .summary.model import load_summary, verify_summary

        report = verify_summary(load_summary(args.summary), document, index)
    elif args.claims:
        claims = _read_claims(args.claims).splitlines()
        refuse_long_claims(claims, "line")
        report = verify_claims(claims, document, index)
    else:
        text = _argument_text(args.text, "--text")
        refuse_long_sentences(text)
        report = verify_text(text, document, index)
    if args.format == "json":
        # In pieces of thousands of tokens: json.dump writes each token on its own, which for a report
        # of thousands of numbers took longer than the verification; one piece of a claim of 240,000
        # numbers is 300 MB of text, held twice.
        from .render.json_text import write_indented

        write_indented(report_json(report, lazy=True), sys.stdout.write)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(report_text(report, color=_use_color(sys.stdout)))
    return EXIT_OK if report.supported else EXIT_UNSUPPORTED


def _summarize_command(args: argparse.Namespace) -> int:
    from .pipeline import engine_note, summarize_document

    progress = _progress if sys.stderr.isatty() or args.verbose else None
    if progress:
        from .ingest.load import display_name

        progress(f"reading {display_name(args.source)}")
    document = _load(args)
    envelope, report = summarize_document(
        document, engine=args.engine, model=args.model, base_url=args.base_url, progress=progress,
        timeout=args.timeout, fallback=args.fallback, log=_log if args.verbose else None,
    )  # fmt: skip
    if progress and _use_color(sys.stderr):
        sys.stderr.write("\r\033[K")
    if envelope.fallback_reason:
        print(f"summarizer: {envelope.model}'s answer could not be used ({envelope.fallback_reason}); "
              "the extractive summary is given instead", file=sys.stderr)  # fmt: skip
    note = engine_note(envelope.engine, envelope.model, envelope.fallback_reason)
    if args.format == "json":
        output = envelope.model_dump_json(indent=2) + "\n"
    elif args.format == "slack":
        from .render.json_text import indented
        from .render.slack import slack_message

        output = indented(slack_message(envelope, report, engine_note=note)) + "\n"
    elif args.format == "html":
        from .render.html_page import review_page

        output = review_page(envelope, report, document.text, engine_note=note)
    else:
        from .render.markdown import briefing_note

        output = briefing_note(envelope, report, engine_note=note)
    _write(output, args.output, source=args.source)
    print(f"summarizer: {report.summary_line()}", file=sys.stderr)
    return EXIT_UNSUPPORTED if args.strict and not report.supported else EXIT_OK


def _batch_command(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .batch import BatchOptions, run_batch

    options = BatchOptions(
        out=Path(args.out), engine=args.engine, model=args.model, base_url=args.base_url, html=args.html,
        workers=args.workers, concurrency=args.concurrency, requests_per_minute=args.requests_per_minute,
        tokens_per_minute=args.tokens_per_minute, user_agent=args.user_agent, executor=args.executor,
        openai_batch=args.openai_batch, poll_seconds=args.poll_seconds, timeout=args.timeout, fallback=args.fallback,
        **({"max_bytes": args.max_bytes} if args.max_bytes else {}),
    )  # fmt: skip
    result = run_batch(args.sources, options)
    counts = ", ".join(f"{count} {status}" for status, count in result.counts.items() if count)
    print(f"summarizer: batch in {args.out}: {counts or 'nothing to do'} ({result.seconds:.1f} s)", file=sys.stderr)
    if result.interrupted:
        return 130
    return EXIT_ERROR if result.counts.get("failed") else EXIT_OK


def _progress(message: str) -> None:
    """Progress on a terminal: one line, rewritten in place (plain lines under NO_COLOR)."""
    if _use_color(sys.stderr):
        sys.stderr.write(f"\r\033[Ksummarizer: {message}…")
    else:
        sys.stderr.write(f"summarizer: {message}…\n")
    sys.stderr.flush()


def _log(message: str) -> None:
    """A ``--verbose`` line: one model call, its purpose, tokens, time and cost."""
    if _use_color(sys.stderr):
        sys.stderr.write("\r\033[K")
    sys.stderr.write(f"summarizer: {message}\n")
    sys.stderr.flush()


def _port(text: str) -> int:
    if not text.isdigit() or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}")
    return int(text)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be positive: {text!r}")
    return value


def _write(output: str, path: str | None, *, source: str | None = None) -> None:
    """Results to standard output, or to ``path`` whole: written aside, then moved in place,
    never through a symbolic link nor over the input ``source`` (see ``output_file``)."""
    if not path or path == "-":
        sys.stdout.write(output)
        return
    from .output_file import write_file

    write_file(path, output, protect=source)


def _add_engine_arguments(parser: argparse.ArgumentParser, *, fallback: str) -> None:
    """The engine's options, the same for ``summarize``, ``batch`` and the Slack bot."""
    parser.add_argument(
        "--engine", choices=("auto", "extractive", "llm"), default="auto",
        help="auto (default): the model when one is configured, else the built-in extractive engine",
    )  # fmt: skip
    parser.add_argument("--model", help="model name (default: $SUMMARIZER_MODEL)")
    parser.add_argument("--base-url", help="OpenAI-compatible server (default: $OPENAI_BASE_URL)")
    parser.add_argument("--timeout", type=_seconds, metavar="SECONDS",
                        help="longest wait for one model call, retries included (default: $SUMMARIZER_TIMEOUT, else 120)")
    parser.add_argument("--fallback", choices=("none", "extractive"), default=fallback,
                        help=f"extractive: when the model's answer is unusable, give the extractive summary, marked as such (default: {fallback})")  # fmt: skip


def _slack_command(args: argparse.Namespace) -> int:
    from .slack import EngineOptions, SlackSettings
    from .slack.server import run

    engine = EngineOptions(engine=args.engine, model=args.model, base_url=args.base_url, timeout=args.timeout, fallback=args.fallback)
    run(SlackSettings.from_env(engine=engine, per_user=args.per_user, per_channel=args.per_channel),
        host=args.host, port=args.port, user_agent=args.user_agent)  # fmt: skip
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summarizer",
        description="Grounded, number-checked summaries of earnings releases.",
        epilog="Exit codes: 0 success, 1 error, 2 usage error, 3 unsupported numbers found.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    summarize = commands.add_parser(
        "summarize",
        help="summarize a release: key figures, guidance and business update, every number checked",
        description="Summarize an earnings release. Every item is cited; every number is verified against the release.",
    )
    _add_input_arguments(summarize)
    summarize.add_argument(
        "--format", choices=("md", "json", "slack", "html"), default="md",
        help="md: briefing note; json: the envelope; slack: Block Kit payload; html: review page",
    )
    summarize.add_argument("-o", "--output", metavar="PATH", help="write the result here instead of standard output")
    _add_engine_arguments(summarize, fallback="none")
    summarize.add_argument("--strict", action="store_true", help="exit 3 when any number is not supported")
    summarize.add_argument("--verbose", action="store_true",
                           help="progress, and every model call with its purpose, tokens, time and cost, on standard error")  # fmt: skip
    summarize.set_defaults(run=_summarize_command)

    batch = commands.add_parser(
        "batch",
        help="summarize many filings: folders, lists of paths or URLs, EDGAR indexes and feeds; resumable",
        description="Summarize every earnings release of the sources into DIR. Run it again to resume: what is done "
        "is skipped, what failed is retried. Exit 1 when some filings failed (see DIR/metrics.csv).",
    )
    batch.add_argument("sources", nargs="+", metavar="SOURCE",
                       help="a folder, a list of paths or URLs, an EDGAR form/master/company.idx or Atom feed (path or URL)")
    batch.add_argument("--out", required=True, metavar="DIR", help="output folder (state.sqlite, summaries.jsonl, metrics.csv)")
    _add_engine_arguments(batch, fallback="extractive")
    batch.add_argument("--html", action="store_true", help="also write DIR/<key>.html review pages")
    batch.add_argument("--concurrency", type=_positive, default=4, metavar="N", help="model calls in flight (default 4)")
    batch.add_argument("--workers", type=_positive, default=1, metavar="N", help="worker processes (default 1)")
    batch.add_argument("--requests-per-minute", type=float, metavar="N", help="limit on model requests per minute")
    batch.add_argument("--tokens-per-minute", type=float, metavar="N", help="limit on prompt tokens per minute")
    batch.add_argument("--user-agent", help="for EDGAR: name and contact e-mail (default: $SEC_USER_AGENT)")
    batch.add_argument("--executor", choices=("local", "ray"), default="local",
                       help="local processes (default), or Ray ($RAY_ADDRESS to join a cluster)")
    batch.add_argument("--max-bytes", type=_positive, default=None, metavar="N", help="largest filing in bytes (default 25 MiB)")
    batch.add_argument("--openai-batch", action="store_true",
                       help="send the model's calls through OpenAI's Batch API (cheaper, within 24 h); resumable")
    batch.add_argument("--poll-seconds", type=float, default=30.0, metavar="S", help="between looks at an OpenAI batch (default 30)")
    batch.set_defaults(run=_batch_command)

    slack = commands.add_parser(
        "slack",
        help="run the Slack bot: /summarize and mentions answered with checked summaries",
        description="Run the Slack bot (HTTP on --port, or Socket Mode when SLACK_APP_TOKEN is set). Needs SLACK_BOT_TOKEN "
        "and SLACK_SIGNING_SECRET; SLACK_API_URL, SUMMARIZER_FETCH_ALLOW, SEC_USER_AGENT and EDGAR_BASE_URL as in the README.",
    )  # fmt: skip
    slack.add_argument("--port", type=_port, default=3000, help="HTTP port (default 3000)")
    slack.add_argument("--host", default="0.0.0.0", help="address to listen on (default 0.0.0.0)")
    _add_engine_arguments(slack, fallback="extractive")
    slack.add_argument("--user-agent", help="for EDGAR: name and contact e-mail (default: $SEC_USER_AGENT)")
    slack.add_argument("--per-user", type=_positive, default=5, metavar="N", help="summaries per user per 10 minutes (default 5)")
    slack.add_argument("--per-channel", type=_positive, default=20, metavar="N",
                       help="summaries per channel per 10 minutes (default 20)")  # fmt: skip
    slack.set_defaults(run=_slack_command)

    figures = commands.add_parser("figures", help="list every number in a release with its value, unit, scale and context")
    _add_input_arguments(figures)
    figures.add_argument("--format", choices=("table", "json"), default="table")
    figures.add_argument("--all", action="store_true", help="also list numbers that are not figures (dates, phones ...)")
    figures.set_defaults(run=_figures_command)

    verify = commands.add_parser(
        "verify",
        help="check every number of a summary, of claims or of a text against the release",
        description="Check every number against the figures of the release. Exit 0 when all are supported, 3 when not.",
    )
    _add_input_arguments(verify)
    claims = verify.add_mutually_exclusive_group(required=True)
    claims.add_argument("--summary", metavar="JSON", help="a summary made by summarizer (its JSON envelope or summary)")
    claims.add_argument("--claims", metavar="FILE", help="one claim per line; - for standard input")
    claims.add_argument("--text", metavar="TEXT", help="a free text, checked sentence by sentence")
    verify.add_argument("--format", choices=("text", "json"), default="text")
    verify.set_defaults(run=_verify_command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from .errors import SummarizerError

    # A large release makes millions of small containers, almost none of them cyclic: at the default
    # thresholds (700, 10, 10) the collector took a quarter of the CPU time of a table of thousands of
    # rows, a larger share the larger the input. Fewer collections of the young generations, the
    # thresholds restored for whoever called.
    thresholds = gc.get_threshold()
    gc.set_threshold(100_000, 20, 10)
    try:
        return args.run(args)
    except SummarizerError as error:
        print(f"summarizer: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("summarizer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as error:  # a bug of ours: still one line, with a way to see more
        if os.environ.get("SUMMARIZER_DEBUG"):
            raise
        print(
            f"summarizer: internal error: {type(error).__name__}: {error} (set SUMMARIZER_DEBUG=1 to see where)",
            file=sys.stderr,
        )
        return EXIT_ERROR
    finally:
        gc.set_threshold(*thresholds)


if __name__ == "__main__":
    sys.exit(main())
