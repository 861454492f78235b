"""The ``kiemtra`` command: check, tree, rules.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 a usage
error or a file that could not be read (the other files are still checked).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__
from .config import FAIL_ON, LANGS, Settings, find_config, load_settings, parse_date
from .errors import InputError
from .findings import SEVERITY_RANK

FORMATS = ("terminal", "json")
EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's own errors: exit 2 with a Vietnamese lead
        self.print_usage(sys.stderr)
        print(f"kiemtra: lỗi cách dùng: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _codes(value: str) -> tuple[str, ...]:
    return tuple(c.strip().upper() for c in value.split(",") if c.strip())


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kiemtra", description="Kiểm tra bản thảo báo cáo tiếng Việt (.docx, .md, .txt).")
    parser.add_argument("--version", action="version", version=f"kiemtra-lint {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    check = sub.add_parser("check", help="kiểm tra bản thảo")
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument("--format", choices=FORMATS, default="terminal")
    check.add_argument("--output", "-o", metavar="FILE", help="ghi kết quả vào tệp (ghi an toàn)")
    check.add_argument("--select", type=_codes, help="chỉ chạy các mã/tiền tố này, ví dụ KT2,KT301")
    check.add_argument("--ignore", type=_codes, help="bỏ các mã/tiền tố này")
    check.add_argument("--profile", help="loại báo cáo (hồ sơ), ví dụ kiem-diem")
    check.add_argument("--report-date", help="ngày của báo cáo (2023-07-05 hoặc 05/7/2023)")
    check.add_argument("--lang", choices=LANGS)
    check.add_argument("--fail-on", choices=FAIL_ON)
    check.add_argument("--jobs", "-j", type=int, default=None, help="số tiến trình song song")
    check.add_argument("--config", help="tệp cấu hình (mặc định: tìm kiemtra.toml/pyproject.toml ngược lên)")
    check.add_argument("--timings", action="store_true", help="in thời gian từng bước ra stderr")

    tree = sub.add_parser("tree", help="in cây đề mục như trình kiểm tra thấy")
    tree.add_argument("path", metavar="PATH")
    tree.add_argument("--format", choices=("terminal", "json"), default="terminal")

    rules = sub.add_parser("rules", help="liệt kê quy tắc / giải thích một quy tắc")
    rules.add_argument("code", nargs="?")
    rules.add_argument("--lang", choices=LANGS, default="vi")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return cmd_check(args)
        if args.command == "tree":
            return cmd_tree(args)
        if args.command == "rules":
            return cmd_rules(args)
    except UsageError as exc:
        print(f"kiemtra: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("kiemtra: đã dừng", file=sys.stderr)
        return 130
    return EXIT_USAGE


def _settings(args) -> Settings:
    try:
        if args.config:
            path = Path(args.config)
            if not path.is_file():
                raise UsageError(f"không tìm thấy tệp cấu hình {args.config}")
            settings = load_settings(path)
        else:
            settings = load_settings(find_config(Path(args.paths[0])))
    except InputError as exc:
        raise UsageError(exc.message_vi) from None
    report_date = None
    if args.report_date:
        try:
            report_date = parse_date(args.report_date)
        except ValueError as exc:
            raise UsageError(f"--report-date: {exc}") from None
    return settings.merged(select=args.select, ignore=args.ignore, profile=args.profile,
                           report_date=report_date, lang=args.lang, fail_on=args.fail_on)


def run_check(files: list[str], settings: Settings, jobs: int | None, timed: bool = False):
    from .lint import lint_file

    jobs = jobs if jobs is not None else (os.cpu_count() or 1)
    if jobs <= 1 or len(files) <= 1:
        return [lint_file(f, settings, timed=timed) for f in files]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=min(jobs, len(files))) as pool:
        return list(pool.map(lint_file, files, [settings] * len(files), [False] * len(files),
                             [timed] * len(files), chunksize=1))


def cmd_check(args) -> int:
    from .files import expand_paths, write_atomic

    settings = _settings(args)
    files = expand_paths(args.paths)
    if not files:
        raise UsageError("không có tệp .docx/.md/.txt nào để kiểm tra trong " + ", ".join(args.paths))
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs phải ≥ 1")
    results = run_check(files, settings, args.jobs, timed=args.timings)
    lang = settings.lang
    if args.format == "json":
        from .report.json import render

        out = render(results, lang)
        if args.output:
            write_atomic(args.output, out)
        else:
            sys.stdout.write(out)
    else:
        from .report.terminal import make_console, render

        if args.output:
            import io

            buf = io.StringIO()
            render(results, lang, make_console(buf))
            write_atomic(args.output, buf.getvalue())
        else:
            render(results, lang)
    if args.timings:
        _print_timings(results)
    return exit_code(results, settings.fail_on)


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
    from .readers import read_document

    try:
        doc = read_document(args.path)
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
    from .engine import all_rules, get_rule
    from .report.rules import explain, listing

    console_print = print
    if args.code:
        r = get_rule(args.code)
        if r is None:
            raise UsageError(f"không có quy tắc {args.code}; xem danh sách bằng `kiemtra rules`")
        console_print(explain(r, args.lang))
    else:
        console_print(listing(all_rules(), args.lang))
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
