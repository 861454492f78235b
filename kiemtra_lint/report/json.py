"""JSON output, version 1 (the contract in shared/DESIGN.md)."""

from __future__ import annotations

import json

from ..lint import FileResult

VERSION = 1


def finding_record(f, lang: str) -> dict:
    record = {"rule": f.rule, "name": f.name, "family": f.family, "severity": f.severity,
              "message": f.message.get(lang)}
    record.update(_place_record(f.place) if f.place else {"location": None, "text": "", "excerpt": ""})
    record["related"] = [_place_record(rp) for rp in f.related_places]
    record["fix"] = fix_record(f)
    return record


def fix_record(f) -> dict | None:
    """{"start", "end", "excerpt", "replacement"}: offsets and excerpt in the finding's block
    text (the record's "text"), as its location's are; None when no certain fix is known."""
    if f.fix is None or f.place is None:
        return None
    fix = f.fix
    return {"start": fix.start, "end": fix.end, "excerpt": f.place["text"][fix.start:fix.end],
            "replacement": fix.replacement}


# A block longer than this (a pasted 10 MB paragraph) is not repeated whole in each of its
# findings: "text" is then a window of TEXT_WINDOW characters on each side of the excerpt, and
# "text_start" says where the window starts in the block.
LONG_BLOCK = 20_000
TEXT_WINDOW = 2_000


def _place_record(p: dict) -> dict:
    """The contract's three keys (a place may carry more, e.g. the source region of a .md line).

    For a block of more than LONG_BLOCK characters, "text" is the window around the excerpt and
    "text_start" its offset in the block, so that text[start - text_start:end - text_start] is
    still the excerpt; "location" keeps the offsets in the whole block."""
    text, loc = p["text"], p["location"]
    record = {"location": loc, "text": text, "excerpt": p["excerpt"]}
    if len(text) > LONG_BLOCK:
        lo = max(0, loc["start"] - TEXT_WINDOW)
        record["text"] = text[lo:loc["end"] + TEXT_WINDOW]
        record["text_start"] = lo
    return record


def summary(results: list[FileResult]) -> dict:
    counts = {"error": 0, "warning": 0, "info": 0}
    for r in results:
        for f in r.findings:
            counts[f.severity] += 1
    return {"files": len(results), "errors": counts["error"], "warnings": counts["warning"],
            "infos": counts["info"], "unreadable": sum(1 for r in results if r.error is not None)}


def render(results: list[FileResult], lang: str = "vi") -> str:
    """The JSON document: laid out as in DESIGN.md, one finding a line (see :func:`pieces`)."""
    return "".join(pieces(results, lang))


def pieces(results, lang: str = "vi"):
    """The JSON document in pieces, one file's results at a time, so that a folder run writes
    each file as it finishes (the totals come last, counted on the way).

    Each finding is written by the json module's C encoder (``indent`` would switch to the
    pure-Python one, four times slower on a 200-page draft's 800 findings), and a finding a
    line keeps the output readable and easy to grep or diff.
    """
    counts = {"files": 0, "errors": 0, "warnings": 0, "infos": 0}
    plural = {"error": "errors", "warning": "warnings", "info": "infos"}
    yield f'{{"version": {VERSION},\n "files": ['
    for i, r in enumerate(results):
        counts["files"] += 1
        head = {"path": r.path, "profile": r.profile, "error": r.error.get(lang) if r.error else None}
        yield ("," if i else "") + f'\n  {_dump(head)[:-1]},\n   "findings": ['
        for j, f in enumerate(r.findings):
            counts[plural[f.severity or "info"]] += 1  # the engine has set it
            yield (",\n    " if j else "\n    ") + _dump(finding_record(f, lang))
        yield "\n   ]}" if r.findings else "]}"
    yield ("\n ],\n" if counts["files"] else "],\n") + f' "summary": {_dump(counts)}}}\n'


_dump = json.JSONEncoder(ensure_ascii=False).encode
