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
    """The JSON document: laid out as in DESIGN.md, one finding a line.

    Each finding is written by the json module's C encoder (``indent`` would switch to the
    pure-Python one, four times slower on a 200-page draft's 800 findings), and a finding a
    line keeps the output readable and easy to grep or diff.  The pieces are joined once: every
    finding carries its whole block, so a 10 MB paragraph makes pieces of 20 MB each, and
    every extra concatenation would be another copy of them all.
    """
    totals = summary(results)
    contract = {key: totals[key] for key in ("files", "errors", "warnings", "infos")}  # DESIGN.md, version 1
    pieces = [f'{{"version": {VERSION},\n "files": [']
    for i, r in enumerate(results):
        head = {"path": r.path, "profile": r.profile, "error": r.error.get(lang) if r.error else None}
        pieces += [("," if i else "") + f'\n  {_dump(head)[:-1]},\n   "findings": [']
        for j, f in enumerate(r.findings):
            pieces += [",\n    " if j else "\n    ", _dump(finding_record(f, lang))]
        pieces.append("\n   ]}" if r.findings else "]}")
    pieces.append(("\n ],\n" if results else "],\n") + f' "summary": {_dump(contract)}}}\n')
    return "".join(pieces)


_dump = json.JSONEncoder(ensure_ascii=False).encode
