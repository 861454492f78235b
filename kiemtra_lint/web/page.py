"""The page a drafter opens, and a rule's explanation, in Vietnamese or English.

The page is static/page.html filled in with the words below; it wears report/html.py's CSS,
so the form around the report and the report itself look like one thing.
"""

from __future__ import annotations

from typing import Any

import json
from html import escape
from pathlib import Path
from string import Template

from ..config import Settings
from ..report.html import CSS
from .options import profile_choices
from .uploads import MB, Limits

STATIC = Path(__file__).parent / "static"
# The report (in a frame) inherits this policy: its own inline style and script must run; nothing
# may be fetched from, or sent to, any other machine.
CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data: blob:; frame-src blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'")

WORDS: dict[str, dict[str, Any]] = {
    "vi": {"title": "Kiểm tra bản thảo", "other_lang": "English", "other_lang_href": "/?lang=en",
           "private": "Tệp chỉ được kiểm tra trên máy chủ này rồi xóa ngay; không gì được lưu lại hay gửi đi nơi khác.",
           "drop": "Kéo thả bản thảo vào đây", "or_choose": "hoặc chọn tệp:",
           "accepted": "Word (.docx), Markdown (.md), văn bản (.txt) · tối đa {files} tệp, {size} MB mỗi lần",
           "profile": "Loại báo cáo", "auto": "Tự nhận biết", "report_date": "Ngày báo cáo", "run": "Kiểm tra",
           "js": {"sending": "Đang gửi…", "checking": "Đang kiểm tra…", "annotating": "Đang ghi nhận xét…",
                  "done": "Xong", "unreadable": "tệp không đọc được", "errors": "lỗi", "warnings": "cảnh báo",
                  "infos": "thông tin",
                  "annotated": "Tải bản có nhận xét", "json": "Tải JSON", "html": "Tải báo cáo HTML",
                  "fixed": "Tải bản đã sửa (theo dõi thay đổi)", "fixing": "Đang ghi sửa đổi…",
                  "nothing_to_fix": "{name}: không có chỗ nào sửa tự động chắc chắn được",
                  "fixes_written": "{name}: đã ghi {n} sửa đổi dạng theo dõi thay đổi",
                  "fixes_left": "; {n} chỗ để người sửa (không sửa đúng được từng chữ)",
                  "undetected": "Chưa nhận ra loại báo cáo của:",
                  "choose_profile": "Hãy chọn “Loại báo cáo” ở trên rồi bấm “Kiểm tra” lại.",
                  "network": "Không kết nối được với máy chủ kiemtra.", "failed": "Không kiểm tra được"}},
    "en": {"title": "Check a draft", "other_lang": "Tiếng Việt", "other_lang_href": "/",
           "private": "Files are checked on this server only and deleted at once; nothing is kept or sent elsewhere.",
           "drop": "Drop drafts here", "or_choose": "or choose files:",
           "accepted": "Word (.docx), Markdown (.md), text (.txt) · at most {files} files, {size} MB per upload",
           "profile": "Report type", "auto": "Detect", "report_date": "Report date", "run": "Check",
           "js": {"sending": "Sending…", "checking": "Checking…", "annotating": "Writing comments…",
                  "done": "Done", "unreadable": "unreadable file(s)", "errors": "errors", "warnings": "warnings",
                  "infos": "infos",
                  "annotated": "Download with comments", "json": "Download JSON", "html": "Download HTML report",
                  "fixed": "Download the fixed copy (tracked changes)", "fixing": "Writing fixes…",
                  "nothing_to_fix": "{name}: nothing certain to fix automatically",
                  "fixes_written": "{name}: {n} fix(es) written as tracked changes",
                  "fixes_left": "; {n} left for a person (the words could not be changed exactly)",
                  "undetected": "Report type not recognised for:",
                  "choose_profile": "Choose a “Report type” above and press “Check” again.",
                  "network": "Cannot reach the kiemtra server.", "failed": "Could not check"}},
}


def render_page(lang: str, settings: Settings, limits: Limits) -> str:
    w = WORDS[lang]
    size = f"{limits.max_bytes / MB:g}"
    options = "".join(f"<option value=\"{escape(name)}\">{escape(title)} ({escape(name)})</option>"
                      for name, title in profile_choices(settings, lang))
    script_words = dict(w["js"], max_files=limits.max_files, max_bytes=limits.max_bytes,
                        too_many=limits.too_many().message.get(lang), too_large=limits.too_large().message.get(lang))
    fields = {k: escape(v) for k, v in w.items() if isinstance(v, str)}
    fields["accepted"] = escape(w["accepted"].format(files=limits.max_files, size=size))
    return Template((STATIC / "page.html").read_text(encoding="utf-8")).substitute(
        fields, lang=lang, report_css=CSS, profile_options=options,
        words_json=json.dumps(script_words, ensure_ascii=False).replace("</", "<\\/"))


def render_rule(code: str, lang: str) -> str | None:
    """``kiemtra rules CODE`` as a page; None for an unknown code."""
    from ..registry import get_rule
    from ..report.rules import explain

    r = get_rule(code)
    if r is None:
        return None
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>kiemtra-lint · "
            f"{escape(r.code)} {escape(r.name)}</title><style>{CSS}</style>"
            "<link rel=\"stylesheet\" href=\"/static/page.css\"></head><body>"
            f"<header class=\"top\"><h1>{escape(r.code)} · {escape(r.summary(lang))}</h1></header>"
            f"<main class=\"rule\"><pre>{escape(explain(r, lang))}</pre></main></body></html>\n")
