"""``Sentence.breakdown_cues``: the breakdown cues of a sentence, found once for may_claim and the
claim finders, and only where their hints are."""

from __future__ import annotations

from kiemtra_lint.readers.textfile import parse_text
from kiemtra_lint.rules.figures.claims import may_claim
from kiemtra_lint.rules.figures.lexicon import lexicon
from kiemtra_lint.rules.figures.sentences import split_sentences

TEXTS = [
    "Tổng số 45 đảng viên được khen thưởng, trong đó 26 đảng viên hoàn thành xuất sắc nhiệm vụ, 19 hoàn thành tốt.",
    "Toàn huyện có 16 đơn vị hành chính, gồm 14 xã và 02 thị trấn. Trong số đó, 3 xã đạt chuẩn.",
    "Tạo sự đồng thuận cao trong cán bộ, kết nạp 274 lao động mới, tăng 17,00% so với cùng kỳ.",
    "Có 62 tổ chức (trong đó 19 đảng bộ cơ sở, 43 chi bộ cơ sở), BAO GỒM cả khối doanh nghiệp.",
]


def _sentences():
    for text in TEXTS:
        doc = parse_text(text + "\n", "t.md", "md")
        for block in doc.blocks:
            yield from split_sentences(block.index, block.text)


def test_the_cues_are_those_the_pattern_finds():
    pattern = lexicon().breakdown
    for s in _sentences():
        found = [(m.span(), m.group()) for m in pattern.finditer(s.text, s.start, s.end)]
        assert [(m.span(), m.group()) for m in s.breakdown_cues] == found
        assert s.breakdown_cues is s.breakdown_cues  # found once


def test_a_hint_without_its_cue_does_not_let_a_sentence_through():
    s = next(s for s in _sentences() if "đồng thuận" in s.text[s.start:s.end])
    assert "trong " in s.lowered and not s.breakdown_cues
    assert not may_claim(s)
