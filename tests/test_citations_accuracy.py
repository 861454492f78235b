"""Parse accuracy and KT3xx precision/recall on the labelled set in tests/data/citations.

The format of the set is described in tests/data/citations/README.md.  Run this file as a
script to print the figures: ``python tests/test_citations_accuracy.py``.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "citations"
RULES = ("KT301", "KT302", "KT303", "KT304", "KT305", "KT306")
NOTE_REF = re.compile(r"\[\^[^\]\s]+\]")
NOTE_DEF = re.compile(r"^\[\^[^\]\s]+\]:\s*")


@dataclass
class Paragraph:
    source: str  # as written in the set (Markdown: "# " heading, "[^1]: " footnote)
    where: str  # file:line, for failure messages
    citations: list[tuple] = field(default_factory=list)
    findings: list[tuple[str, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The block text the reader will produce."""
        text = self.source[2:] if self.source.startswith("# ") else self.source
        return NOTE_REF.sub("", NOTE_DEF.sub("", text)).strip()


@dataclass
class Draft:
    name: str
    paragraphs: list[Paragraph] = field(default_factory=list)


def load() -> list[Draft]:
    drafts: list[Draft] = []
    for path in sorted(DATA.glob("*.txt")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{n}"
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("=== "):
                drafts.append(Draft(f"{path.stem}/{line[4:].strip()}"))
            elif line.startswith(">"):
                drafts[-1].paragraphs.append(Paragraph(line[1:].strip(), where))
            elif line[0] in "=~":
                cells = [c.strip() for c in line[1:].split("|")]
                cells += [""] * (5 - len(cells))
                drafts[-1].paragraphs[-1].citations.append((line[0] == "~", *cells[:5]))
            elif line.startswith("!"):
                code, excerpt = (c.strip() for c in line[1:].split("|", 1))
                drafts[-1].paragraphs[-1].findings.append((code, excerpt))
            else:
                raise ValueError(f"{where}: cannot read {line!r}")
    return drafts


def _parsed(c) -> tuple:
    head = c.number if c.is_short else c.symbol.part
    return (c.is_short, *(p.text if p is not None else "" for p in (c.type_word, head, c.date, c.issuer, c.term)))


@dataclass
class Scores:
    expected: int = 0
    correct: int = 0
    spurious: int = 0
    wrong: list[str] = field(default_factory=list)  # what did not match, for failure messages
    rules: dict[str, Counter] = field(default_factory=dict)  # code -> tp, fp, fn

    @property
    def parse_accuracy(self) -> float:
        return self.correct / (self.expected + self.spurious)

    def precision(self, code: str) -> float:
        c = self.rules[code]
        return c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0

    def recall(self, code: str) -> float:
        c = self.rules[code]
        return c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0


@lru_cache(maxsize=1)
def evaluate() -> Scores:
    from kiemtra_lint.rules.citations.parse import find_citations
    from kiemtra_lint.config import Settings
    from kiemtra_lint.lint import lint_file

    scores = Scores(rules={code: Counter() for code in RULES})
    with tempfile.TemporaryDirectory() as tmp:
        for i, draft in enumerate(load()):
            path = Path(tmp) / f"d{i}.md"
            path.write_text("\n\n".join(p.source for p in draft.paragraphs) + "\n", encoding="utf-8")
            result = lint_file(str(path), Settings(select=("KT3",)), keep_document=True)
            assert result.error is None, (draft.name, result.error)
            doc = result.document
            block_of = _match_blocks(draft, doc)
            paragraph_of = {b: p for p, b in block_of.items()}
            found = find_citations(doc)
            for p_index, paragraph in enumerate(draft.paragraphs):
                got = [_parsed(c) for c in found if c.block == block_of[p_index]]
                _score_parses(scores, paragraph, got)
            expected = Counter((p_index, code, excerpt) for p_index, p in enumerate(draft.paragraphs)
                               for code, excerpt in p.findings)
            reported = Counter((paragraph_of.get(f.span.block), f.rule, f.place["excerpt"])
                               for f in result.findings if f.span is not None)
            for key in expected | reported:
                tp = min(expected[key], reported[key])
                counts = scores.rules[key[1]]
                counts["tp"] += tp
                counts["fn"] += expected[key] - tp
                counts["fp"] += reported[key] - tp
                if expected[key] != reported[key]:
                    where = draft.paragraphs[key[0]].where if key[0] is not None else draft.name
                    verb = "missed" if expected[key] > reported[key] else "unexpected"
                    scores.wrong.append(f"{where}: {verb} {key[1]} “{key[2]}”")
    return scores


def _match_blocks(draft: Draft, doc) -> dict[int, int]:
    """Paragraph index -> block index (footnotes move in reading order, so match by text)."""
    free = {b.index: b.text for b in doc.blocks}
    out = {}
    for p_index, paragraph in enumerate(draft.paragraphs):
        index = next((i for i, text in free.items() if text == paragraph.text), None)
        assert index is not None, f"{paragraph.where}: no block reads {paragraph.text!r}"
        out[p_index] = index
        del free[index]
    return out


def _score_parses(scores: Scores, paragraph: Paragraph, got: list[tuple]) -> None:
    expected = list(paragraph.citations)
    scores.expected += len(expected)
    for item in got:
        same = next((e for e in expected if e[0] == item[0] and e[2] == item[2]), None)
        if same is None:
            scores.spurious += 1
            scores.wrong.append(f"{paragraph.where}: unexpected citation {item}")
            continue
        expected.remove(same)
        if same == item:
            scores.correct += 1
        else:
            scores.wrong.append(f"{paragraph.where}: parsed {item}, labelled {same}")
    for missing in expected:
        scores.wrong.append(f"{paragraph.where}: missed citation {missing}")


def test_the_set_is_large_enough():
    assert sum(len(p.citations) for d in load() for p in d.paragraphs) >= 300


def test_parse_accuracy():
    scores = evaluate()
    assert scores.parse_accuracy >= 0.98, "\n".join(w for w in scores.wrong if "citation" in w or "parsed" in w)


def test_rule_precision_and_recall():
    scores = evaluate()
    report = "\n".join(w for w in scores.wrong if "KT3" in w)
    for code in RULES:
        assert scores.rules[code]["tp"] + scores.rules[code]["fn"] > 0, f"{code}: no labelled finding"
        assert scores.precision(code) >= 0.98, f"{code}\n{report}"
        assert scores.recall(code) >= 0.95, f"{code}\n{report}"


def main() -> None:
    scores = evaluate()
    cites = scores.expected
    print(f"labelled citations: {cites}; parsed exactly: {scores.correct}; spurious: {scores.spurious}; "
          f"parse accuracy {scores.parse_accuracy:.4f}")
    print(f"{'rule':6} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>10} {'recall':>7}")
    for code in RULES:
        c = scores.rules[code]
        print(f"{code:6} {c['tp']:4} {c['fp']:4} {c['fn']:4} {scores.precision(code):10.3f} {scores.recall(code):7.3f}")
    if scores.wrong:
        print("\n".join(["", "differences:", *scores.wrong]))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main()
