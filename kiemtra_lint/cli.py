"""The ``kiemtra`` command: check, tree, rules.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 a usage
error or a file that could not be read (the other files are still checked).
"""

from __future__ import annotations

import argparse
import errno
import io
import os
import sys
from pathlib import Path
from typing import Any

from . import __version__
from .cli_words import USAGE_ERROR, HelpFormatter, language_of, use_language
from .config import FAIL_ON, LANGS, Settings, find_config, load_settings, parse_date
from .errors import InputError, OutputError
from .findings import SEVERITY_RANK

FORMATS = ("terminal", "concise", "json", "sarif", "github", "html")
EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
PROGRESS_MIN_FILES = 4  # a progress bar for batches of more than a few files (on a terminal)


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)  # help in the command line's language
        super().__init__(*args, **kwargs)

    def error(self, message: str):  # argparse's own errors: exit 2, in the command line's language
        self.print_usage(sys.stderr)
        print(f"kiemtra: {USAGE_ERROR[HelpFormatter.lang]}: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _codes(value: str) -> tuple[str, ...]:
    return tuple(c.strip().upper() for c in value.split(",") if c.strip())


def _rule_options(parser: argparse.ArgumentParser) -> None:
    """The options that choose and tune the rules (check and annotate)."""
    parser.add_argument("--select", type=_codes, help="chỉ chạy các mã/tiền tố này, ví dụ KT2,KT301")
    parser.add_argument("--ignore", type=_codes, help="bỏ các mã/tiền tố này")
    parser.add_argument("--profile", help="loại báo cáo (hồ sơ), ví dụ kiem-diem")
    parser.add_argument("--report-date", help="ngày của báo cáo (2023-07-05 hoặc 05/7/2023)")
    parser.add_argument("--lang", choices=LANGS, help="ngôn ngữ của thông báo (mặc định: vi)")
    parser.add_argument("--config", help="tệp cấu hình (mặc định: tìm kiemtra.toml/pyproject.toml ngược lên "
                                         "từ thư mục của từng tệp)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kiemtra", description="Kiểm tra bản thảo báo cáo tiếng Việt (.docx, .md, .txt).")
    parser.add_argument("--version", action="version", version=f"kiemtra-lint {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    check = sub.add_parser("check", help="kiểm tra bản thảo")
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument("--format", "--output-format", dest="format", choices=FORMATS, default="terminal",
                       metavar="FORMAT", help="dạng kết quả: terminal (mặc định), concise (mỗi phát hiện một dòng "
                                              "có đường dẫn), json, sarif, github, html")
    check.add_argument("--output", "-o", metavar="FILE", help="ghi kết quả vào tệp (ghi an toàn)")
    _rule_options(check)
    check.add_argument("--fail-on", choices=FAIL_ON, help="ngưỡng thoát mã 1 (mặc định: error)")
    check.add_argument("--exit-zero", action="store_true",
                       help="luôn thoát với mã 0 khi kiểm tra xong, kể cả khi có phát hiện (như --fail-on never)")
    check.add_argument("--statistics", action="store_true",
                       help="chỉ in số phát hiện của từng quy tắc, nhiều nhất trước")
    check.add_argument("--quiet", "-q", action="store_true",
                       help="chỉ in các phát hiện: không in tệp không có phát hiện, bảng tổng hợp hay thông báo")
    check.add_argument("--jobs", "-j", type=int, default=None,
                       help="số tiến trình song song (mặc định: số lõi; khi chỉ có một tệp, các nhóm quy tắc "
                            "được chia cho hai tiến trình)")
    check.add_argument("--timings", action="store_true", help="in thời gian CPU của từng bước ra stderr")

    tree = sub.add_parser("tree", help="in cây đề mục như trình kiểm tra thấy")
    tree.add_argument("path", metavar="PATH")
    tree.add_argument("--format", choices=("terminal", "json"), default="terminal")

    rules = sub.add_parser("rules", help="liệt kê quy tắc / giải thích một quy tắc")
    rules.add_argument("code", nargs="?")
    rules.add_argument("--lang", choices=LANGS, default="vi", help="ngôn ngữ của thông báo (mặc định: vi)")

    annotate = sub.add_parser("annotate", help="ghi một bản sao .docx có nhận xét Word cho từng phát hiện")
    annotate.add_argument("path", metavar="PATH")
    annotate.add_argument("--output", "-o", metavar="OUT.docx", required=True, help="bản sao có nhận xét")
    annotate.add_argument("--force", action="store_true", help="ghi đè OUT nếu đã có")
    _rule_options(annotate)

    serve = sub.add_parser("serve", help="mở trang web cục bộ để kéo thả bản thảo và xem kết quả")
    serve.add_argument("--host", default="127.0.0.1", help="địa chỉ nghe (mặc định 127.0.0.1: chỉ máy này; "
                                                          "0.0.0.0: cả mạng nội bộ)")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--open", action="store_true", help="mở trình duyệt vào trang")
    serve.add_argument("--jobs", "-j", type=int, default=None, help="số tiến trình kiểm tra (mặc định: số lõi)")
    serve.add_argument("--config", help="tệp cấu hình dùng cho mọi bản thảo được gửi lên")
    fix = sub.add_parser("fix", help="ghi một bản sao .docx trong đó mỗi lỗi sửa chắc chắn được là một thay đổi "
                                     "được theo dõi (Track Changes)")
    fix.add_argument("path", metavar="PATH")
    fix.add_argument("--output", "-o", metavar="OUT.docx", required=True, help="bản sao có các sửa đổi")
    fix.add_argument("--force", action="store_true", help="ghi đè OUT nếu đã có")
    _rule_options(fix)
    return parser


def run() -> None:
    """The ``kiemtra`` command: :func:`main`, then a quick exit.

    Tearing down the interpreter frees every object one by one (bench/results.md has the
    cost after a long draft), paid by every pre-commit run for nothing, since the outputs are
    already written (atomically) and flushed here.  mypy ends the same way.
    """
    if sys.stdout is None:  # started with its standard output closed (`kiemtra check x.docx >&-`)
        sys.stdout = _ClosedStdout()
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, OSError):  # `kiemtra check | head`: the reader has gone
        pass
    os._exit(code)


def _unicode_safe_streams() -> None:
    """stdout and stderr that never die on a Vietnamese letter (UnicodeEncodeError, exit 1,
    read as "findings"): a redirected or piped stream in a legacy code page (cp1252, cp1258,
    cp437) is switched to UTF-8, which is what a file or another program should get; a console
    keeps its code page and shows "?" for what it cannot show."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if encoding in ("utf8", "utf8sig") or not hasattr(stream, "reconfigure"):
            continue
        try:
            if stream.isatty():
                stream.reconfigure(errors="replace")
            else:
                stream.reconfigure(encoding="utf-8", errors="replace")
        except (OSError, ValueError):  # a closed or detached stream: nothing to protect
            pass


def main(argv: list[str] | None = None) -> int:
    _unicode_safe_streams()
    with use_language(language_of(sys.argv[1:] if argv is None else argv)):
        parser = build_parser()
        args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return cmd_check(args)
        if args.command == "tree":
            return cmd_tree(args)
        if args.command == "rules":
            return cmd_rules(args)
        if args.command == "annotate":
            return cmd_annotate(args)
        if args.command == "serve":
            return cmd_serve(args)
        if args.command == "fix":
            return cmd_fix(args)
    except UsageError as exc:
        print(f"kiemtra: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OutputError as exc:
        print(f"kiemtra: {exc.message(getattr(args, 'lang', None) or 'vi')}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        if exc.errno not in (errno.EPIPE, errno.EBADF):
            raise
        _stdout_lost(exc)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("kiemtra: đã dừng", file=sys.stderr)
        return 130
    return EXIT_USAGE


class _ClosedStdout(io.TextIOBase):
    """Stands for a standard output that was closed before the start: writing to it fails
    as writing to a closed descriptor does, so that the command says so (exit 2)."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))

    def isatty(self) -> bool:
        return False


def _stdout_lost(exc: OSError) -> None:
    """The standard output went away (closed, or the reader of a pipe quit): say so on stderr."""
    try:
        print(f"kiemtra: không ghi được ra đầu ra chuẩn ({exc.strerror}); kết quả không được in ra, "
              "hãy dùng -o TỆP để ghi vào tệp", file=sys.stderr)
    except (OSError, ValueError, AttributeError):  # stderr gone too: the exit code says it
        pass
    sys.stdout = open(os.devnull, "w")  # nothing more to lose; the final flush must not fail


class SettingsResolver:
    """The settings of each checked file: the nearest configuration file above it (as
    Ruff does; or the one named by --config), then the command-line flags on top."""

    def __init__(self, args) -> None:
        report_date = None
        if args.report_date:
            try:
                report_date = parse_date(args.report_date)
            except ValueError as exc:
                raise UsageError(f"--report-date: {exc}") from None
        fail_on = "never" if getattr(args, "exit_zero", False) else getattr(args, "fail_on", None)
        self.overrides = dict(select=args.select, ignore=args.ignore, profile=args.profile,
                              report_date=report_date, lang=args.lang, fail_on=fail_on)
        _check_command_line_codes(args)
        self.explicit: Settings | None = None
        if args.config:
            path = Path(args.config)
            if not path.is_file():
                raise UsageError(f"không tìm thấy tệp cấu hình {args.config}")
            self.explicit = self._load(path)
        self._by_config: dict[Path | None, Settings] = {}
        self._profiles_checked: set = set()

    @staticmethod
    def _load(path: Path | None) -> Settings:
        try:
            from .registry import check_selectors

            settings = load_settings(path)
            check_selectors(settings, str(path))
            return settings
        except InputError as exc:
            raise UsageError(exc.message_vi) from None

    def __call__(self, path: str) -> Settings:
        if self.explicit is not None:
            base = self.explicit
        else:
            config = find_config(Path(path))
            cached = self._by_config.get(config)
            base = cached if cached is not None else self._load(config)
            self._by_config[config] = base
        settings = base.merged(**self.overrides)
        key = (settings.profile, tuple(sorted((k, tuple(v)) for k, v in settings.data.items())))
        if key not in self._profiles_checked:
            _validate_profile(settings)
            self._profiles_checked.add(key)
        return settings


def _check_command_line_codes(args) -> None:
    """--select/--ignore codes that name no rule: a usage error (exit 2), as in Ruff."""
    from .registry import unknown_selectors

    for option, codes in (("--select", args.select), ("--ignore", args.ignore)):
        bad = unknown_selectors(codes or ())
        if bad:
            raise UsageError(f"{option}: không có quy tắc nào mang mã {', '.join(bad)}; "
                             "xem danh sách bằng `kiemtra rules`")


def _validate_profile(settings: Settings) -> None:
    """An unknown report profile is a usage error (exit 2), found before any file is read."""
    if settings.profile is None:
        return
    from .rules.structure.profiles import get_profile, user_profile_paths

    try:
        get_profile(settings.profile, user_profile_paths({"data": settings.data}))
    except InputError as exc:
        raise UsageError(exc.message(settings.lang)) from None


def run_check(files: list[str], settings, jobs: int | None, timed: bool = False, with_tree: bool = False,
              progress: bool = False):
    """Check ``files`` (``settings``: one Settings for all, or one per file), in parallel
    when ``jobs`` > 1; the results come back in the order of ``files``."""
    from .batch import check_files

    bar = _ProgressBar(len(files)) if progress else None
    try:
        return list(check_files(files, settings, jobs, timed, with_tree, bar))
    finally:
        if bar:
            bar.close()


class _ProgressBar:
    """A rich progress bar on stderr (transient: it leaves nothing behind)."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._progress = Progress(TextColumn("kiemtra"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                  console=Console(file=sys.stderr), transient=True)
        self._task = self._progress.add_task("", total=total)
        self._progress.start()

    def advance(self) -> None:
        self._progress.advance(self._task)

    def close(self) -> None:
        self._progress.stop()


def _show_progress(n_files: int) -> bool:
    return n_files >= PROGRESS_MIN_FILES and sys.stderr.isatty() and not os.environ.get("CI")


STREAMED_FORMATS = ("terminal", "concise", "json", "github")  # written file by file (batch.ResultLog)


def cmd_check(args) -> int:
    from contextlib import nullcontext

    from .batch import ResultLog, check_files
    from .files import expand_paths, open_output

    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs phải ≥ 1")
    resolver = SettingsResolver(args)
    files = _not_excluded(expand_paths(args.paths), args.paths, resolver)
    if not files:
        raise UsageError("không có tệp .docx/.md/.txt nào để kiểm tra trong " + ", ".join(args.paths))
    if args.output:
        _refuse_output_onto_input(args.output, files)
    settings = resolver(args.paths[0])
    per_file = [resolver(f) for f in files]
    lang = settings.lang
    bar = _ProgressBar(len(files)) if _show_progress(len(files)) else None
    arriving = check_files(files, per_file, args.jobs, args.timings, args.format == "html", bar)
    results: Any = ResultLog(arriving, len(files)) if args.statistics or args.format in STREAMED_FORMATS else None
    try:
        with open_output(args.output) if args.output else nullcontext(sys.stdout) as stream:
            if results is None:  # sarif and html read every result more than once: all are kept
                results = list(arriving)
            if args.statistics:
                from .report.concise import statistics

                stream.write(statistics(results, lang))
            else:
                write_report(args.format, results, lang, stream, to_file=bool(args.output), quiet=args.quiet)
    finally:
        arriving.close()
        if bar:
            bar.close()
    _report_unreadable(results, lang)
    if args.timings:
        _print_timings(results)
    return exit_code(results, settings.fail_on)


def write_report(fmt: str, results, lang: str, stream, to_file: bool = False, quiet: bool = False) -> None:
    """The output of ``kiemtra check`` in ``fmt``, written to ``stream`` file by file where the
    format allows (see :data:`STREAMED_FORMATS`)."""
    if fmt == "terminal":
        from .report.terminal import make_console, render as render_terminal

        render_terminal(results, lang, make_console(_NotATerminal(stream) if to_file else stream), quiet=quiet)
        return
    if fmt in ("json", "concise", "github"):
        from .report import concise, github, json

        pieces = {"json": json.pieces, "concise": concise.lines, "github": github.lines}[fmt]
        for piece in pieces(results, lang):
            stream.write(piece)
        return
    stream.write(render(fmt, results, lang))


class _NotATerminal:
    """A report file as the terminal format sees it: never a terminal (no colours, 120 columns),
    whatever it is (-o /dev/stdout)."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return False


def _not_excluded(files: list[str], named: list[str], resolver) -> list[str]:
    """The files of a folder run less those its config's exclude/extend-exclude name (a file
    named on the command line is always checked, as in Ruff)."""
    named_set = set(named)
    return [f for f in files if f in named_set or not resolver(f).excludes(f)]


def _report_unreadable(results, lang: str) -> None:
    """Each file that could not be checked, on stderr whatever the format (the report on
    stdout, or in -o, names it too): a pipe or a CI log never hides it."""
    for r in results:
        if r.error is not None:
            print(f"kiemtra: {r.error.get(lang)}", file=sys.stderr)


def render(fmt: str, results, lang: str, to_file: bool = False, quiet: bool = False) -> str | None:
    """The output of ``kiemtra check`` in ``fmt``; None when the terminal output was printed.
    ``quiet``: the terminal output holds the findings only (files without any and the summary
    tables left out)."""
    if fmt == "concise":
        from .report.concise import render as render_concise

        return render_concise(results, lang)
    if fmt == "json":
        from .report.json import render as render_json

        return render_json(results, lang)
    if fmt == "sarif":
        from .report.sarif import render as render_sarif

        return render_sarif(results, lang)
    if fmt == "github":
        from .report.github import render as render_github

        return render_github(results, lang)
    if fmt == "html":
        from .report.html import render as render_html

        return render_html(results, lang)
    from .report.terminal import make_console, render as render_terminal

    if to_file:
        import io

        buf = io.StringIO()
        render_terminal(results, lang, make_console(buf), quiet=quiet)
        return buf.getvalue()
    render_terminal(results, lang, quiet=quiet)
    return None


def _refuse_output_onto_input(output: str, inputs: list[str]) -> None:
    """Stop before anything is read when the output would replace one of the inputs."""
    from .files import same_file_as_input

    victim = same_file_as_input(output, inputs)
    if victim is not None:
        raise UsageError(f"{output}: tệp kết quả trùng với tệp đầu vào {victim}; không ghi đè lên bản thảo, "
                         "hãy chọn tên khác cho tệp kết quả")


def _word_copy(args, what_vi: str, make) -> int:
    """annotate and fix: check a Word draft, then write ``make(src, result, lang)``'s bytes to
    -o (never onto the draft, never over a file without --force); its summary on stderr."""
    from .files import write_output
    from .readers import DOCX_SUFFIXES
    from .report.docx_copy import CopyRefused, word_copy

    src, out = Path(args.path), Path(args.output)
    if src.suffix.lower() not in DOCX_SUFFIXES:
        raise UsageError(f"{src.name}: chỉ {what_vi} được vào tệp Word (.docx, .docm, .dotx)")
    if out.suffix.lower() != src.suffix.lower():
        raise UsageError(f"{out.name}: bản sao phải có cùng đuôi với tệp gốc ({src.suffix})")
    _refuse_output_onto_input(str(out), [str(src)])
    if out.exists() and not args.force:
        raise UsageError(f"{out} đã có; thêm --force để ghi đè")
    if not out.parent.is_dir():
        raise UsageError(f"không có thư mục {out.parent}")
    settings = SettingsResolver(args)(str(src))
    try:
        data, summary = word_copy(str(src), settings, lambda path, result, lang: make(path, result, lang, str(out)))
    except CopyRefused as exc:
        print(f"kiemtra: {exc.msg.get(settings.lang)}", file=sys.stderr)
        return EXIT_USAGE
    write_output(out, data)
    print(f"kiemtra: {summary}", file=sys.stderr)
    return EXIT_OK


def cmd_serve(args) -> int:
    from .web.server import port_taken, serve

    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs phải ≥ 1")
    if not 0 < args.port < 65536:
        raise UsageError(f"--port {args.port}: cổng phải từ 1 đến 65535")
    settings = SettingsResolver._load(Path(args.config)) if args.config else Settings()
    if port_taken(args.host, args.port):
        raise UsageError(f"không mở được {args.host}:{args.port} (cổng đang bận hoặc địa chỉ không có); "
                         "hãy chọn --port khác")
    serve(args.host, args.port, settings, args.jobs, args.open)
    return EXIT_OK


def cmd_annotate(args) -> int:
    def make(src, result, lang, out):
        from .report.docx import annotate_bytes, summary_line

        data, stats = annotate_bytes(src, result.document, result.findings, lang)
        return data, summary_line(stats, out, lang)

    return _word_copy(args, "ghi nhận xét", make)


def cmd_fix(args) -> int:
    """``kiemtra fix DRAFT.docx -o OUT.docx``: each certain fix a tracked change (report/fix_docx.py)."""
    def make(src, result, lang, out):
        from .report.fix_docx import fix_bytes, summary_line

        data, stats = fix_bytes(src, result.document, result.findings)
        return data, summary_line(stats, out, lang)

    return _word_copy(args, "ghi sửa đổi", make)


def _print_timings(results) -> None:
    for r in results:
        parts = ", ".join(f"{k} {v * 1000:.1f} ms" for k, v in sorted(r.timings.items()))
        print(f"{r.path}: {parts}", file=sys.stderr)


def exit_code(results, fail_on: str) -> int:
    if any(r.error is not None for r in results):
        return EXIT_USAGE
    if fail_on == "never":
        return EXIT_OK
    threshold = SEVERITY_RANK[fail_on]
    if any(SEVERITY_RANK[f.severity] >= threshold for r in results for f in r.findings):
        return EXIT_FINDINGS
    return EXIT_OK


def cmd_tree(args) -> int:
    from .engine import Context
    from .readers import read_document
    from .rules.structure.profiles import apply_profile

    try:
        doc = read_document(args.path)
        apply_profile(doc, Context())  # the outline as `check` sees it: with its kind's own ladder
    except InputError as exc:
        print(f"kiemtra: {exc.message_vi}", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "json":
        import json

        from .report.tree import tree_json

        sys.stdout.write(json.dumps(tree_json(doc), ensure_ascii=False, indent=2) + "\n")
    else:
        from .report.terminal import make_console
        from .report.tree import tree_rich

        make_console().print(tree_rich(doc))
    return EXIT_OK


def cmd_rules(args) -> int:
    from .registry import all_rules, get_rule
    from .report.rules import docs_base_url, explain, listing

    console_print = print
    if args.code:
        r = get_rule(args.code)
        if r is None:
            raise UsageError(f"không có quy tắc {args.code}; xem danh sách bằng `kiemtra rules`")
        console_print(explain(r, args.lang, docs_base_url()))
    else:
        # wrapped to a terminal's width; one rule a line into a pipe or a file (grep)
        console_print(listing(all_rules(), args.lang, None if sys.stdout.isatty() else 10_000))
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
