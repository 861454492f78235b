"""Settings: [tool.kiemtra] in pyproject.toml or kiemtra.toml, then command-line flags.

The nearest configuration file is searched upward from the checked file's
folder, as Ruff does; a kiemtra.toml wins over a pyproject.toml in the same
folder.  Command-line flags override the file.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, replace
import os
from pathlib import Path

import re

import tomllib
from .errors import InputError
from .files import load_toml
from .findings import SEVERITIES

FAIL_ON = ("error", "warning", "info", "never")
LANGS = ("vi", "en")


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    severity: dict = field(default_factory=dict)  # code -> severity
    profile: str | None = None
    report_date: _dt.date | None = None
    lang: str = "vi"
    fail_on: str = "error"
    per_file_ignores: dict = field(default_factory=dict)  # glob -> codes
    data: dict = field(default_factory=dict)  # extra data files: registries, profiles, variants...
    source: str | None = None  # the file the settings came from
    options: dict = field(default_factory=dict)  # rule options, e.g. {"duplicates": {...}}
    exclude: tuple[str, ...] = ()  # globs of files and folders a folder run passes over
    extend_exclude: tuple[str, ...] = ()

    def merged(self, **overrides) -> "Settings":
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})

    def _names(self, path: str) -> set[str]:
        """What a glob is matched against: the name, the path as given, and the path relative
        to the folder of the config file (as Ruff matches)."""
        p = Path(path)
        names = {p.name, p.as_posix()}
        if self.source:
            try:
                names.add(p.resolve().relative_to(Path(self.source).resolve().parent).as_posix())
            except ValueError:
                pass
        return names

    def ignores_for(self, path: str) -> tuple[str, ...]:
        """--ignore plus the per-file-ignores whose glob matches ``path``."""
        from fnmatch import fnmatch

        extra: list[str] = []
        candidates = self._names(path)
        for pattern, codes in self.per_file_ignores.items():
            pattern = pattern.replace("\\", "/")
            if any(fnmatch(c, pattern) for c in candidates):
                extra.extend(codes)
        return self.ignore + tuple(extra)

    def excludes(self, path: str) -> bool:
        """Whether exclude/extend-exclude pass ``path`` over in a folder run: a glob that matches
        the file (its name, its path) or one of the folders above it up to the config's folder."""
        from fnmatch import fnmatch

        patterns = [g.replace("\\", "/").rstrip("/") for g in (*self.exclude, *self.extend_exclude)]
        if not patterns:
            return False
        candidates = set()
        for name in self._names(path):
            parts = name.split("/")
            candidates.update("/".join(parts[:i]) for i in range(1, len(parts) + 1))
            candidates.update(parts)
        return any(fnmatch(c, g) for c in candidates for g in patterns)


_DATE_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def parse_date(value: str) -> _dt.date:
    """A date as 2023-07-05 or 05/7/2023."""
    value = value.strip()
    m = _DATE_DMY.match(value)
    try:
        if m:
            return _dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"ngày không hợp lệ: {value!r} (dạng 2023-07-05 hoặc 05/7/2023)") from None


def find_config(start: Path) -> Path | None:
    try:
        start = start.resolve()
    except (OSError, RuntimeError):  # a symbolic-link loop: look up from where it is named
        start = Path(os.path.abspath(start))
    folder = start if os.path.isdir(start) else start.parent
    for d in (folder, *folder.parents):  # os.path: False for a name too long (Path raises)
        candidate = d / "kiemtra.toml"
        if os.path.isfile(candidate):
            return candidate
        py = d / "pyproject.toml"
        if os.path.isfile(py) and _has_tool_table(py):
            return py
    return None


def _has_tool_table(path: Path) -> bool:
    """Whether a pyproject.toml configures kiemtra.  One that cannot be parsed counts: its
    error is reported (exit 2), as Ruff does, instead of the defaults being used in silence."""
    try:
        return "kiemtra" in load_toml(path).get("tool", {})
    except OSError:
        return False
    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
        return True


def load_settings(path: Path | None) -> Settings:
    """Settings from a config file (``None``: defaults)."""
    if path is None:
        return Settings()
    try:
        data = load_toml(path)
    except OSError as exc:
        raise InputError(f"{path}: không đọc được tệp cấu hình ({exc.strerror or exc})",
                         f"{path}: cannot read config ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: tệp cấu hình không phải văn bản UTF-8",
                         f"{path}: the config file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: tệp cấu hình sai cú pháp TOML{_where_vi(exc)} ({exc})",
                         f"{path}: invalid TOML{_where_en(exc)} ({exc})") from None
    table = data.get("tool", {}).get("kiemtra", {}) if path.name == "pyproject.toml" else data
    return settings_from_table(table, path)


def _line_col(exc: Exception) -> tuple[int, int] | None:
    """(line, column) of a TOML error, from tomllib's "(at line 3, column 5)"."""
    m = re.search(r"at line (\d+), column (\d+)", str(exc))
    return (int(m.group(1)), int(m.group(2))) if m else None


def _where_vi(exc: Exception) -> str:
    at = _line_col(exc)
    if at is None:
        return " ở cuối tệp" if "end of document" in str(exc) else ""
    return f" ở dòng {at[0]}, cột {at[1]}"


def _where_en(exc: Exception) -> str:
    at = _line_col(exc)
    if at is None:
        return " at the end of the file" if "end of document" in str(exc) else ""
    return f" at line {at[0]}, column {at[1]}"


_CODE = re.compile(r"^(?:ALL|[A-Z]{1,8}\d{0,4})$")


def _codes(value, key: str, path: Path) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v for v in re.split(r"[,\s]+", value) if v]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{path}: '{key}' phải là danh sách mã quy tắc", f"{path}: '{key}' must be a list of codes")
    codes = tuple(v.strip().upper() for v in value)
    bad = [c for c in codes if not _CODE.match(c)]
    if bad:
        raise InputError(f"{path}: '{key}': mã quy tắc không hợp lệ: {', '.join(bad)} (dạng KT201, tiền tố KT2 hoặc ALL)",
                         f"{path}: '{key}': invalid rule codes: {', '.join(bad)} (like KT201, a prefix KT2, or ALL)")
    return codes


def settings_from_table(table: dict, path: Path) -> Settings:
    known = {"select", "ignore", "extend-select", "severity", "profile", "report-date", "lang", "fail-on",
             "per-file-ignores", "data", "options", "exclude", "extend-exclude"}
    unknown = sorted(set(table) - known)
    if unknown:
        raise InputError(f"{path}: khóa cấu hình không biết: {', '.join(unknown)}",
                         f"{path}: unknown config keys: {', '.join(unknown)}")
    s = Settings(source=str(path))
    kw: dict = {}
    if "select" in table:
        kw["select"] = _codes(table["select"], "select", path)
    if "ignore" in table:
        kw["ignore"] = _codes(table["ignore"], "ignore", path)
    if "extend-select" in table:
        kw["extend_select"] = _codes(table["extend-select"], "extend-select", path)
    if "severity" in table:
        sev = table["severity"]
        if not isinstance(sev, dict) or any(v not in SEVERITIES for v in sev.values()):
            raise InputError(f"{path}: 'severity' phải ánh xạ mã quy tắc sang error|warning|info",
                             f"{path}: 'severity' must map codes to error|warning|info")
        _codes(list(sev), "severity", path)
        kw["severity"] = {k.upper(): v for k, v in sev.items()}
    if "profile" in table:
        if not isinstance(table["profile"], str) or not table["profile"].strip():
            raise InputError(f"{path}: 'profile' phải là tên một hồ sơ, ví dụ \"kiem-diem\"",
                             f"{path}: 'profile' must be a profile name, e.g. \"kiem-diem\"")
        kw["profile"] = table["profile"].strip()
    if "report-date" in table:
        value = table["report-date"]
        try:
            kw["report_date"] = value if isinstance(value, _dt.date) else parse_date(str(value))
        except ValueError as exc:
            raise InputError(f"{path}: report-date: {exc}", f"{path}: report-date: {exc}") from None
    if "lang" in table:
        if table["lang"] not in LANGS:
            raise InputError(f"{path}: 'lang' phải là vi hoặc en", f"{path}: 'lang' must be vi or en")
        kw["lang"] = table["lang"]
    if "fail-on" in table:
        if table["fail-on"] not in FAIL_ON:
            raise InputError(f"{path}: 'fail-on' phải là một trong {', '.join(FAIL_ON)}",
                             f"{path}: 'fail-on' must be one of {', '.join(FAIL_ON)}")
        kw["fail_on"] = table["fail-on"]
    if "per-file-ignores" in table:
        pfi = table["per-file-ignores"]
        if not isinstance(pfi, dict):
            raise InputError(f"{path}: 'per-file-ignores' phải là bảng mẫu tệp -> mã",
                             f"{path}: 'per-file-ignores' must map globs to codes")
        kw["per_file_ignores"] = {k: _codes(v, "per-file-ignores", path) for k, v in pfi.items()}
    if "data" in table:
        kw["data"] = _data_files(table["data"], path)
    for key in ("exclude", "extend-exclude"):
        if key in table:
            globs = table[key]
            if not isinstance(globs, list) or not all(isinstance(g, str) and g.strip() for g in globs):
                raise InputError(f"{path}: '{key}' phải là danh sách mẫu tên tệp, ví dụ [\"*.mistakes.md\"]",
                                 f"{path}: '{key}' must be a list of file globs, e.g. [\"*.mistakes.md\"]")
            kw[key.replace("-", "_")] = tuple(g.strip() for g in globs)
    if "options" in table:
        if not isinstance(table["options"], dict):
            raise InputError(f"{path}: 'options' phải là một bảng", f"{path}: 'options' must be a table")
        kw["options"] = dict(table["options"])
    return replace(s, **kw)


def _data_files(table, path: Path) -> dict[str, tuple[str, ...]]:
    """[data]: key -> file or folder (or a list of them), relative to the config file; each must exist."""
    if not isinstance(table, dict):
        raise InputError(f"{path}: 'data' phải là bảng tên -> tệp dữ liệu",
                         f"{path}: 'data' must map names to data files")
    base = path.parent
    data = {}
    for key, value in table.items():
        values = value if isinstance(value, list) else [value]
        if not values or not all(isinstance(v, str) and v for v in values):
            raise InputError(f"{path}: data.{key} phải là đường dẫn tệp (hoặc danh sách đường dẫn)",
                             f"{path}: data.{key} must be a file path (or a list of paths)")
        resolved = []
        for v in values:
            target = (base / v).resolve()
            if not target.exists():
                raise InputError(f"{path}: data.{key}: không có tệp hay thư mục {v}",
                                 f"{path}: data.{key}: no such file or folder {v}")
            resolved.append(str(target))
        data[key] = tuple(resolved)
    return data
