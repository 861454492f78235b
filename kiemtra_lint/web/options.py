"""The settings one request asks for: ``profile``, ``report_date`` and ``lang``.

They come from the form fields (or the query string) and go on top of the server's
settings (its --config file, or the defaults), as the CLI's flags go on top of a
configuration file.  A bad value is a 400 with the CLI's words.
"""

from __future__ import annotations

from ..config import LANGS, Settings, parse_date
from ..errors import InputError
from ..findings import Msg
from .errors import WebError


def asked_lang(values) -> str:
    """``lang`` from a form or query (``vi`` when absent or unknown: a message must still be read)."""
    lang = values.get("lang") or "vi"
    return lang if lang in LANGS else "vi"


def request_settings(base: Settings, form, query) -> Settings:
    """``base`` with the request's choices on top; raises WebError for a bad one."""
    def field(name: str) -> str:
        value = form.get(name)
        value = value if isinstance(value, str) else query.get(name, "")
        return value.strip()

    lang = field("lang") or base.lang
    if lang not in LANGS:
        raise WebError(400, "bad-lang", Msg(f"lang: chỉ nhận {', '.join(LANGS)}, không nhận “{lang}”",
                                            f"lang: one of {', '.join(LANGS)}, not “{lang}”"))
    report_date = None
    if field("report_date"):
        try:
            report_date = parse_date(field("report_date"))
        except ValueError as exc:
            raise WebError(400, "bad-date", Msg(f"report_date: {exc}",
                                                f"report_date: not a date: “{field('report_date')}” "
                                                "(write 2023-07-05 or 05/7/2023)")) from None
    settings = base.merged(profile=field("profile") or None, report_date=report_date, lang=lang)
    if settings.profile is not None:
        _known_profile(settings)
    return settings


def _known_profile(settings: Settings) -> None:
    from ..rules.structure.profiles import get_profile, user_profile_paths

    try:
        get_profile(settings.profile, user_profile_paths({"data": settings.data}))
    except InputError as exc:
        raise WebError(400, "unknown-profile", Msg(exc.message_vi, exc.message_en)) from None


def profile_choices(base: Settings, lang: str) -> list[tuple[str, str]]:
    """(name, title) of every profile the server knows, for the page's chooser."""
    from ..rules.structure.profiles import load_profiles, user_profile_paths

    profiles = load_profiles(user_profile_paths({"data": base.data}))
    return [(name, profiles[name].display(lang)) for name in sorted(profiles)]
