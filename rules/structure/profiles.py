"""Report profiles: which parts and sections each type of report must have, and which type a draft is.

A profile is one TOML file (the built-in ones are in ``rules/data/profiles/``; users add folders
of their own with ``[tool.kiemtra.data] profiles = ["my-profiles"]``, and a user profile with a
built-in's name replaces it).  The format::

    name = "so-ket"                      # defaults to the file name
    title = "Báo cáo sơ kết"             # shown to users
    title_en = "Mid-term review report"
    form = "party"                       # optional: party | state, when the draft does not say
    parts = ["header", "number", ...]    # required parts, see PART_NAMES
    ordered = true                       # the sections are listed in their expected order (KT107)
    ladder = ["Chương I", "Điều 1."]     # optional: the kind's own units, outermost first, as written

    [detect]                             # how a draft is recognised, from its title
    type = ["báo cáo", "dự thảo báo cáo"]  # the type line (default shown)
    title = ['\\bsơ kết\\b']              # one must match the title; none: a fallback profile
    also = []                            # each must match too
    not = []                             # none may match
    form = ["party", "state", "unknown"] # the draft's form must be one of these
    priority = 0                         # breaks ties
    body = ['kính gửi\\s*:']            # a text with no type line: a front-matter line opening so

    [[sections]]
    id = "han-che"
    name = "Hạn chế, khuyết điểm"
    name_en = "Limitations and shortcomings"
    keywords = ["hạn chế", "khuyết điểm", "tồn tại", "yếu kém"]
    exclude = ["khắc phục"]              # a keyword after (or inside) these does not count
    required = true

A ``ladder`` names the labels that are the document's own units (a decision's "Chương I", "Mục
1", "Điều 1."): a paragraph opening with one is a heading however long, and they nest in that
order.  The reader builds the outline before the kind is known, so :func:`apply_profile` builds
it again with the ladder of the profile it chose.

Patterns and keywords are written in Vietnamese and matched accent- and case-insensitively (the
patterns are regular expressions).  Detection runs once per file, in the pipeline, so that the
report says which profile it used and why even when no structure rule is selected.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

import regex

import tomllib
from kiemtra_lint.document import Document
from kiemtra_lint.errors import InputError
from kiemtra_lint.files import load_toml
from kiemtra_lint.rules import rules_data
from kiemtra_lint.findings import Msg
from kiemtra_lint.labels import parse_label
from kiemtra_lint.outline import DOCUMENT_TYPES, build_outline
from kiemtra_lint.text import shorten
# The folded matching and the parts of a document live with the structure rules that share them.
from .parts import Parts, document_parts, find_parts
from .text import fold_aligned, folded_regex, lines, phrase_regex

PART_NAMES = ("header", "issuer", "number", "place-date", "title", "signature", "recipients")
FORMS = ("party", "state", "unknown")
DEFAULT_TYPES = ("báo cáo", "dự thảo báo cáo")
FRONT_BLOCKS = 30  # blocks read for the kind of a text without a type line
# A keyword right after one of these words is negated ("không hạn chế"), not a section name.
NEGATORS = ("khong", "chua")
# Words that may open a heading before the words that name it ("Một số bài học kinh nghiệm").
LEAD_FILLERS = ("ve", "mot so", "nhung", "cac", "danh gia", "tu danh gia", "nhan dinh")


@dataclass(frozen=True, slots=True)
class KeywordHit:
    start: int
    end: int
    strong: bool  # the keyword opens the heading or one of its coordinated items


@dataclass(frozen=True)
class SectionSpec:
    id: str
    name: str
    name_en: str
    keywords: tuple[str, ...]
    exclude: tuple[str, ...] = ()
    required: bool = True

    def hits(self, text: str) -> list[KeywordHit]:
        """Where ``text`` (a heading title) names this section, in text order.

        A keyword counts as a whole phrase, accent- and case-insensitively, unless it is
        negated ("không hạn chế") or comes after an ``exclude`` phrase ("kết quả khắc phục hạn
        chế" is not about limitations).
        """
        folded = fold_aligned(text)
        blocked = min((m.start() for p in self.exclude for m in phrase_regex(p).finditer(folded)),
                      default=len(folded) + 1)
        out = []
        for kw in self.keywords:
            for m in phrase_regex(kw).finditer(folded):
                if m.start() >= blocked or _negated(folded, m.start()):
                    continue
                out.append(KeywordHit(m.start(), m.end(), _opens_item(folded[:m.start()])))
        return sorted(out, key=lambda h: (h.start, -h.end))


def _negated(folded: str, start: int) -> bool:
    before = folded[:start].split()
    return bool(before) and before[-1] in NEGATORS


def _opens_item(prefix: str) -> bool:
    """True when what precedes a keyword is nothing, a separator or a filler ("một số")."""
    prefix = prefix.rstrip()
    changed = True
    while changed:
        changed = False
        for filler in LEAD_FILLERS:
            if prefix == filler or prefix.endswith((" " + filler, "," + filler)):
                prefix = prefix[:-len(filler)].rstrip()
                changed = True
    return prefix == "" or prefix.endswith((",", ";", ":", "-", "–", "/", "(")) or prefix.endswith(" va") \
        or prefix == "va"


@dataclass(frozen=True)
class Detect:
    types: tuple[str, ...] = DEFAULT_TYPES
    title: tuple[str, ...] = ()
    also: tuple[str, ...] = ()
    not_: tuple[str, ...] = ()
    forms: tuple[str, ...] = FORMS
    priority: int = 0
    body: tuple[str, ...] = ()


@dataclass(frozen=True)
class Profile:
    name: str
    title: str
    title_en: str
    parts: tuple[str, ...]
    sections: tuple[SectionSpec, ...]
    detect: Detect
    ordered: bool = False
    form: str | None = None
    source: str = ""
    ladder: tuple[str, ...] = ()  # label kinds ("chapter", "article"), outermost first

    def display(self, lang: str = "vi") -> str:
        return self.title_en if lang == "en" else self.title


# -- loading --------------------------------------------------------------------------
_TOP_KEYS = {"name", "title", "title_en", "form", "parts", "ordered", "detect", "sections", "ladder"}
_DETECT_KEYS = {"type", "title", "also", "not", "form", "priority", "body"}
_SECTION_KEYS = {"id", "name", "name_en", "keywords", "exclude", "required"}


def _bad(source: str, vi: str, en: str) -> InputError:
    return InputError(f"Hồ sơ {source}: {vi}", f"Profile {source}: {en}", code="KT001")


def _strings(value, key: str, source: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _bad(source, f"“{key}” phải là danh sách chuỗi", f"“{key}” must be a list of strings")
    return tuple(value)


def _check_keys(table: dict, known: set[str], where: str, source: str) -> None:
    unknown = sorted(set(table) - known)
    if unknown:
        raise _bad(source, f"khóa không biết trong {where}: {', '.join(unknown)}",
                   f"unknown keys in {where}: {', '.join(unknown)}")


def _compile_all(patterns: tuple[str, ...], key: str, source: str) -> None:
    for p in patterns:
        try:
            folded_regex(p)
        except regex.error as exc:
            raise _bad(source, f"mẫu “{p}” trong “{key}” sai cú pháp ({exc})",
                       f"pattern “{p}” in “{key}” is invalid ({exc})") from None


def parse_profile(data: dict, source: str, default_name: str) -> Profile:
    """A Profile from one parsed TOML table; InputError names the file and the fault."""
    _check_keys(data, _TOP_KEYS, "hồ sơ", source)
    name = data.get("name", default_name)
    if not isinstance(name, str) or not regex.fullmatch(r"[a-z0-9][a-z0-9-]*", name):
        raise _bad(source, f"tên hồ sơ “{name}” chỉ gồm chữ thường không dấu, số và “-”",
                   f"profile name “{name}” must be lower-case ASCII letters, digits and “-”")
    parts = _strings(data.get("parts", list(PART_NAMES)), "parts", source)
    for part in parts:
        if part not in PART_NAMES:
            raise _bad(source, f"phần “{part}” không có; các phần: {', '.join(PART_NAMES)}",
                       f"unknown part “{part}”; parts are: {', '.join(PART_NAMES)}")
    form = data.get("form")
    if form is not None and form not in ("party", "state"):
        raise _bad(source, "“form” phải là party hoặc state", "“form” must be party or state")
    detect_table = data.get("detect", {})
    if not isinstance(detect_table, dict):
        raise _bad(source, "“detect” phải là bảng", "“detect” must be a table")
    _check_keys(detect_table, _DETECT_KEYS, "[detect]", source)
    detect = Detect(
        types=_strings(detect_table.get("type", list(DEFAULT_TYPES)), "type", source),
        title=_strings(detect_table.get("title", []), "title", source),
        also=_strings(detect_table.get("also", []), "also", source),
        not_=_strings(detect_table.get("not", []), "not", source),
        forms=_strings(detect_table.get("form", list(FORMS)), "form", source),
        priority=int(detect_table.get("priority", 0)),
        body=_strings(detect_table.get("body", []), "body", source),
    )
    if any(f not in FORMS for f in detect.forms):
        raise _bad(source, f"[detect] form chỉ nhận {', '.join(FORMS)}", f"[detect] form takes {', '.join(FORMS)}")
    for key, patterns in (("title", detect.title), ("also", detect.also), ("not", detect.not_),
                          ("body", detect.body)):
        _compile_all(patterns, key, source)
    sections = []
    raw_sections = data.get("sections", [])
    if not isinstance(raw_sections, list):
        raise _bad(source, "“sections” phải là danh sách [[sections]]", "“sections” must be an array of tables")
    for i, sec in enumerate(raw_sections, 1):
        if not isinstance(sec, dict):
            raise _bad(source, "mỗi [[sections]] phải là bảng", "each [[sections]] must be a table")
        _check_keys(sec, _SECTION_KEYS, f"[[sections]] thứ {i}", source)
        if "name" not in sec or "keywords" not in sec:
            raise _bad(source, f"[[sections]] thứ {i} cần “name” và “keywords”",
                       f"[[sections]] #{i} needs “name” and “keywords”")
        sections.append(SectionSpec(
            id=str(sec.get("id", f"muc-{i}")), name=str(sec["name"]), name_en=str(sec.get("name_en", sec["name"])),
            keywords=_strings(sec["keywords"], "keywords", source),
            exclude=_strings(sec.get("exclude", []), "exclude", source),
            required=bool(sec.get("required", True))))
    title = str(data.get("title", name))
    return Profile(name=name, title=title, title_en=str(data.get("title_en", title)), parts=parts,
                   sections=tuple(sections), detect=detect, ordered=bool(data.get("ordered", False)),
                   form=form, source=source, ladder=_ladder(data.get("ladder", []), source))


def _ladder(value, source: str) -> tuple[str, ...]:
    """The label kinds of a ``ladder`` written as labels ("Chương I", "Điều 1."), outermost first."""
    kinds: list[str] = []
    for written in _strings(value, "ladder", source) if value else ():
        label = parse_label(written)
        if label is None or label.kind in kinds:
            raise _bad(source, f"“ladder”: “{written}” không phải nhãn đề mục hoặc bị lặp",
                       f"“ladder”: “{written}” is not a heading label, or is repeated")
        kinds.append(label.kind)
    return tuple(kinds)


def _read(path, source: str) -> Profile:
    try:
        data = load_toml(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise _bad(source, f"không đọc được ({exc})", f"cannot read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise _bad(source, f"sai cú pháp TOML ({exc})", f"invalid TOML ({exc})") from None
    return parse_profile(data, source, Path(path.name).stem)


def _toml_files(folder) -> list:
    return sorted((f for f in folder.iterdir() if f.name.endswith(".toml") and f.is_file()), key=lambda f: f.name)


@lru_cache(maxsize=16)
def load_profiles(user_paths: tuple[str, ...] = ()) -> dict[str, Profile]:
    """Built-in profiles, then those in ``user_paths`` (folders or .toml files); later names win."""
    builtin = rules_data("profiles")
    profiles: dict[str, Profile] = {}
    for f in _toml_files(builtin):
        p = _read(f, f.name)
        profiles[p.name] = p
    for entry in user_paths:
        path = Path(entry)
        if path.is_dir():
            files = _toml_files(path)
        elif path.is_file():
            files = [path]
        else:
            raise _bad(str(path), "không có tệp hay thư mục này", "no such file or folder")
        for f in files:
            p = _read(f, str(f))
            profiles[p.name] = p
    return profiles


def user_profile_paths(options: dict) -> tuple[str, ...]:
    """The ``profiles`` entries of ``[tool.kiemtra.data]`` (already resolved by the config)."""
    paths = (options.get("data") or {}).get("profiles", ())
    return (paths,) if isinstance(paths, str) else tuple(paths)


def get_profile(name: str, user_paths: Iterable[str] = ()) -> Profile:
    """The profile called ``name``; InputError listing the known names when there is none.

    The CLI calls this once before checking files, so that an unknown ``--profile`` is a usage
    error (exit 2) with one clear message.
    """
    return _named(name, load_profiles(tuple(user_paths)))


def _named(name: str, profiles: dict[str, Profile]) -> Profile:
    if name in profiles:
        return profiles[name]
    known = ", ".join(sorted(profiles))
    raise InputError(f"Không có hồ sơ “{name}”. Các hồ sơ đã biết: {known}",
                     f"Unknown profile “{name}”. Known profiles: {known}", code="KT001")


# -- detection ------------------------------------------------------------------------
_FORM_WORDS = {"party": ("văn bản của Đảng", "a Party document"), "state": ("văn bản nhà nước", "a State document")}


def detect(doc: Document, forced_name: str | None = None, profiles: dict[str, Profile] | None = None,
           parts: Callable[[], Parts] | None = None) -> tuple[Profile | None, Msg]:
    """The profile for ``doc`` and why: forced by the user, named by the title, or the fallback.

    Among the profiles whose ``detect`` table fits, the one whose title pattern matches
    earliest wins ("BÁO CÁO sơ kết … và kiểm điểm …" is a sơ kết); ties go to the higher
    priority; profiles without title patterns are fallbacks, chosen by the draft's form.
    Other kinds (KẾ HOẠCH, QUYẾT ĐỊNH, TỜ TRÌNH…) have their own profiles by their type line; a
    text with no type line is a công văn when its front matter says so ("V/v …", "Kính gửi:"),
    else it gets no profile: required sections are not guessed.
    """
    profiles = load_profiles() if profiles is None else profiles
    if forced_name:
        return _named(forced_name, profiles), Msg("chọn bằng --profile hoặc khóa “profile” trong cấu hình",
                                                  "chosen with --profile or the “profile” config key")
    title = doc.title
    if not title and (found := _kind_from_body(doc, profiles)) is not None:
        profile, line = found
        short = shorten(line, 60)
        return profile, Msg(f"không có tên loại văn bản; phần đầu có “{short}”: {profile.title}",
                            f"no type line; the front matter has “{short}”: {profile.title_en}")
    if not title:
        return None, Msg("không thấy tên loại văn bản (“BÁO CÁO …”): không kiểm tra mục bắt buộc",
                         "no type line (“BÁO CÁO …”) found: required sections are not checked")
    form, evidence = (parts() if parts else find_parts(doc)).form()
    folded = fold_aligned(title)
    best: tuple | None = None
    for p in profiles.values():
        fit = _fit(p.detect, folded, form or "unknown")
        if fit is not None and (best is None or (fit[0], -p.detect.priority, p.name) < best[0]):
            best = ((fit[0], -p.detect.priority, p.name), p, fit[1])
    short = shorten(title, 60)
    if best is None:
        type_word = next((t for t in _TYPE_WORDS if title.upper().startswith(t)), title.split(" ")[0])
        return None, Msg(f"văn bản loại “{type_word}”, không phải báo cáo: không kiểm tra mục bắt buộc",
                         f"the document is a “{type_word}”, not a report: required sections are not checked")
    _, profile, spans = best
    if not spans and profile.detect.types != DEFAULT_TYPES:  # a kind's own profile, by its type line
        type_word = next((t for t in _TYPE_WORDS if title.upper().startswith(t)), title.split(" ")[0])
        return profile, Msg(f"tên loại “{type_word}”: hồ sơ {profile.title}",
                            f"the type line “{type_word}”: the profile {profile.title_en}")
    if spans:
        words = " và ".join(f"“{title[s:e]}”" for s, e in spans)
        words_en = " and ".join(f"“{title[s:e]}”" for s, e in spans)
        return profile, Msg(f"tiêu đề “{short}” có {words}", f"the title “{short}” contains {words_en}")
    if form is None:
        form_vi, form_en = "không rõ thể thức Đảng hay nhà nước", "neither a Party nor a State form was found"
    else:
        form_vi = f"{_FORM_WORDS[form][0]} (có “{evidence.line.text}”)"
        form_en = f"{_FORM_WORDS[form][1]} (it has “{evidence.line.text}”)"
    return profile, Msg(f"tiêu đề “{short}” không khớp hồ sơ riêng nào; hồ sơ chung, {form_vi}",
                        f"the title “{short}” matches no specific profile; the generic profile, {form_en}")


def _kind_from_body(doc: Document, profiles: dict[str, Profile]) -> tuple[Profile, str] | None:
    """The profile whose ``body`` patterns open a line of the front matter of a text without a
    type line ("V/v triển khai ...", "Kính gửi: ..." make a công văn), and that line."""
    candidates = [(p, [folded_regex(b) for b in p.detect.body]) for p in profiles.values() if p.detect.body]
    if not candidates:
        return None
    for block in doc.blocks[:FRONT_BLOCKS]:
        for _, _, line in lines(block.text):
            folded = fold_aligned(line.strip(" |*_"))
            for profile, patterns in candidates:
                if any(p.match(folded) for p in patterns):
                    return profile, line.strip(" |*_")
    return None


def _fit(d: Detect, folded: str, form: str) -> tuple[int, list[tuple[int, int]]] | None:
    """(where the profile's title pattern matches, spans to quote), or None when it does not fit."""
    if form not in d.forms or not any(phrase_regex(t).match(folded) for t in d.types):
        return None
    if any(folded_regex(n).search(folded) for n in d.not_):
        return None
    also = [folded_regex(a).search(folded) for a in d.also]
    if not all(also):
        return None
    if not d.title:
        return len(folded) + 1, []  # a fallback: after any title match
    found = [m for t in d.title if (m := folded_regex(t).search(folded))]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    return first.start(), [first.span()] + [m.span() for m in also]


_TYPE_WORDS = tuple(sorted(DOCUMENT_TYPES, key=len, reverse=True))  # longest first: "BÁO CÁO CHÍNH TRỊ"


def apply_profile(doc: Document, ctx) -> Profile | None:
    """Detect the profile once per file and record it in ``ctx.cache`` for the rules and the report.

    Sets ``profile`` (its name), ``profile_reason`` (a Msg) and ``profile_spec`` (the Profile).
    Raises InputError for an unknown forced name or a broken profile file.
    """
    profile, reason = detect(doc, ctx.profile, load_profiles(user_profile_paths(ctx.options)),
                             parts=lambda: document_parts(doc, ctx))
    if profile is not None and profile.ladder:
        build_outline(doc, profile.ladder)  # the kind's own units, now that it is known
    ctx.cache["profile"] = profile.name if profile is not None else None
    ctx.cache["profile_reason"] = reason
    ctx.cache["profile_spec"] = profile
    return profile


def current_profile(doc: Document, ctx) -> Profile | None:
    """The profile the pipeline chose (detected now when a caller ran the rules by hand)."""
    if "profile_spec" not in ctx.cache:
        return apply_profile(doc, ctx)
    return ctx.cache["profile_spec"]
