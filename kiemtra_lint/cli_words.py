"""The words of ``kiemtra --help`` and of argparse's own messages, in Vietnamese or English.

The options' help is written in Vietnamese in cli.build_parser; ``--lang en`` on the command
line shows the English of each (HELP_EN) through :class:`HelpFormatter`.  argparse's own words
("usage:", "options", "the following arguments are required") go through its module-level
``_`` (gettext), which :func:`use_language` points at ARGPARSE_VI while the command line is parsed.
"""

from __future__ import annotations

import argparse
from contextlib import contextmanager

ARGPARSE_VI = {
    "usage: ": "cách dùng: ",
    "positional arguments": "đối số",
    "options": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "show program's version number and exit": "in số phiên bản rồi thoát",
    "the following arguments are required: %s": "thiếu đối số bắt buộc: %s",
    "unrecognized arguments: %s": "đối số không nhận ra: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)",
    "argument %(argument_name)s: %(message)s": "đối số %(argument_name)s: %(message)s",
    "expected one argument": "cần một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn không rõ: %(option)s có thể là %(matches)s",
    "not allowed with argument %s": "không dùng cùng với %s",
    "one of the arguments %s is required": "cần một trong các đối số %s",
    "ignored explicit argument %r": "bỏ qua giá trị %r",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "không có lệnh %(parser_name)r (các lệnh: %(choices)s)",
    "expected %s argument": "cần %s giá trị",
    "expected %s arguments": "cần %s giá trị",
}

HELP_EN = {
    "Kiểm tra bản thảo báo cáo tiếng Việt (.docx, .md, .txt).": "Check Vietnamese draft reports (.docx, .md, .txt).",
    "kiểm tra bản thảo": "check drafts",
    "in cây đề mục như trình kiểm tra thấy": "print the section tree as the linter sees it",
    "liệt kê quy tắc / giải thích một quy tắc": "list the rules / explain one rule",
    "ghi một bản sao .docx có nhận xét Word cho từng phát hiện": "write a copy of a .docx with a Word comment per finding",
    "ghi một bản sao .docx trong đó mỗi lỗi sửa chắc chắn được là một thay đổi được theo dõi (Track Changes)":
        "write a copy of a .docx in which each certain fix is a tracked change",
    "chỉ chạy các mã/tiền tố này, ví dụ KT2,KT301": "run only these codes/prefixes, e.g. KT2,KT301",
    "bỏ các mã/tiền tố này": "leave out these codes/prefixes",
    "loại báo cáo (hồ sơ), ví dụ kiem-diem": "the kind of report (profile), e.g. kiem-diem",
    "ngày của báo cáo (2023-07-05 hoặc 05/7/2023)": "the report's date (2023-07-05 or 05/7/2023)",
    "tệp cấu hình (mặc định: tìm kiemtra.toml/pyproject.toml ngược lên từ thư mục của từng tệp)":
        "config file (default: the nearest kiemtra.toml/pyproject.toml above each file)",
    "dạng kết quả: terminal (mặc định), concise (mỗi phát hiện một dòng có đường dẫn), json, sarif, github, html":
        "output format: terminal (default), concise (one line per finding, with the path), json, sarif, github, "
        "html",
    "ghi kết quả vào tệp (ghi an toàn)": "write the output to a file (atomically)",
    "luôn thoát với mã 0 khi kiểm tra xong, kể cả khi có phát hiện (như --fail-on never)":
        "exit 0 once checked, even with findings (as --fail-on never)",
    "chỉ in số phát hiện của từng quy tắc, nhiều nhất trước": "print only how many findings each rule made, most first",
    "chỉ in các phát hiện: không in tệp không có phát hiện, bảng tổng hợp hay thông báo":
        "print the findings only: no clean files, summary tables or notices",
    "số tiến trình song song (mặc định: số lõi; khi chỉ có một tệp, các nhóm quy tắc được chia cho hai tiến trình)":
        "parallel processes (default: the number of cores; a single file has its rule families split over two)",
    "in thời gian từng bước ra stderr": "print the time of each step on stderr",
    "bản sao có nhận xét": "the annotated copy",
    "bản sao có các sửa đổi": "the copy with the fixes",
    "ghi đè OUT nếu đã có": "overwrite OUT if it exists",
    "ngôn ngữ của thông báo (mặc định: vi)": "language of the messages (default: vi)",
    "ngưỡng thoát mã 1 (mặc định: error)": "the severity that makes the exit 1 (default: error)",
}

USAGE_ERROR = {"vi": "lỗi cách dùng", "en": "usage error"}


def language_of(argv: list[str]) -> str:
    """"en" when the command line asks for it (``--lang en`` or ``--lang=en``), else "vi"."""
    for i, arg in enumerate(argv):
        if arg == "--lang=en" or (arg == "--lang" and argv[i + 1:i + 2] == ["en"]):
            return "en"
    return "vi"


@contextmanager
def use_language(lang: str):
    """argparse's own words in ``lang`` while the command line is built and parsed (argparse
    looks them up each time through argparse._); its own functions are put back afterwards, so
    a program that calls :func:`kiemtra_lint.cli.main` keeps argparse as it was."""
    saved = argparse._, argparse.ngettext
    if lang == "en":
        argparse._ = lambda text: text
        argparse.ngettext = lambda one, many, n: one if n == 1 else many
    else:
        argparse._ = lambda text: ARGPARSE_VI.get(text, text)
        argparse.ngettext = lambda one, many, n: ARGPARSE_VI.get(one if n == 1 else many, one if n == 1 else many)
    HelpFormatter.lang = lang
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter (long help wrapped under its option, indented), with the help in
    the language of the command line."""

    lang = "vi"

    def _translate(self, text):
        return HELP_EN.get(" ".join(text.split()), text) if self.lang == "en" and text else text

    def _get_help_string(self, action):
        return self._translate(action.help)

    def _format_text(self, text):
        return super()._format_text(self._translate(text))
