#!/usr/bin/env python3
"""Time the duplicates and consistency rules (KT4xx, KT5xx) on a 200-page-equivalent draft.

    python bench/duplicates_timing.py            # generated draft, 200 pages
    python bench/duplicates_timing.py --pages 400
    python bench/duplicates_timing.py samples/so-ket.docx   # a real file instead
    python bench/duplicates_timing.py --stages bench/out/draft-200.docx   # where KT4xx spend it

The draft is generated, not read: each sentence opens with a subject and a predicate from a bank
of report phrases, carries its own content (words drawn from a lexicon of a few hundred report
words) and often ends on a shared formula, so formulas recur as they do in real reports; there
are figures, headings, tables, footnotes, a few planted copies and spelling variants.  A page
is about 350 words, so 200 pages are about 70,000 words.  --stress builds sentences from the
phrase bank alone: far more repetitive than any real draft (hundreds of genuinely near-identical
sentence pairs), the worst case for the duplicate index.  Each rule runs on a fresh context (KT402
and KT403 share their analysis within one run, so they are timed together as well).  Times are
CPU time of this process (time.process_time), the best of --repeat runs, so that a busy machine
does not inflate them.
Self-contained: it builds the Document in memory and needs nothing but kiemtra_lint.
"""

from __future__ import annotations

import argparse
import random
import time

from kiemtra_lint.document import FOOTNOTE, HEADING, PARAGRAPH, TABLE_CELL, Block, Document
from kiemtra_lint.engine import Context
from kiemtra_lint.registry import all_rules

WORDS_PER_PAGE = 350

SUBJECTS = [
    "Ban Thường vụ Huyện ủy", "Các cấp ủy, tổ chức đảng", "Ủy ban nhân dân huyện", "Các chi bộ trực thuộc",
    "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội", "Các cơ quan chuyên môn", "Đội ngũ cán bộ, công chức",
    "Công tác kiểm tra, giám sát", "Công tác tuyên truyền", "Việc phát triển đảng viên", "Công tác dân vận",
    "Hội Nông dân huyện", "Các xã, thị trấn", "Trung tâm Chính trị huyện", "Công tác cải cách hành chính",
    "Việc thu hút đầu tư", "Hạ tầng giao thông nông thôn", "Công tác quản lý đất đai", "Ngành giáo dục",
    "Lực lượng công an", "Công tác phòng, chống tham nhũng, lãng phí, tiêu cực", "Các hợp tác xã",
]
PREDICATES = [
    "đã tập trung lãnh đạo, chỉ đạo", "tiếp tục được quan tâm", "còn gặp nhiều khó khăn trong",
    "được triển khai đồng bộ với", "đạt nhiều kết quả tích cực trong", "chưa thật sự quyết liệt trong",
    "đã chủ động phối hợp thực hiện", "từng bước đổi mới", "được duy trì nền nếp trong", "có chuyển biến rõ nét về",
    "còn hạn chế trong", "đã ban hành kế hoạch về", "kịp thời tháo gỡ khó khăn, vướng mắc trong",
    "đã tổ chức sơ kết, đánh giá", "tăng cường kiểm tra, đôn đốc",
]
OBJECTS = [
    "nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng", "phát triển kinh tế - xã hội",
    "xây dựng nông thôn mới", "chuyển đổi số", "công tác cán bộ", "bảo vệ nền tảng tư tưởng của Đảng",
    "giải quyết đơn thư khiếu nại, tố cáo", "bảo đảm quốc phòng, an ninh", "thực hành tiết kiệm, chống lãng phí",
    "xây dựng hệ thống chính trị trong sạch, vững mạnh", "chăm lo đời sống nhân dân", "phát triển đảng viên",
    "đơn giản hóa thủ tục hành chính", "bảo vệ môi trường", "sắp xếp tổ chức bộ máy",
    "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "thu ngân sách nhà nước",
]
TAILS = [
    "theo đúng quy định", "gắn với nhiệm vụ chính trị của địa phương", "nhất là ở các xã vùng sâu",
    "bảo đảm đúng quy trình, quy định", "góp phần hoàn thành các chỉ tiêu đề ra", "nhưng hiệu quả chưa cao",
    "trong tình hình mới", "ở một số cơ sở còn hình thức", "được nhân dân đồng tình, ủng hộ",
]
FIGURES = [
    "đạt {p},{q}% kế hoạch", "tăng {p},{q}% so với cùng kỳ", "với {n} lượt người tham gia",
    "trong đó có {n} trường hợp được xử lý", "tổng kinh phí {n} triệu đồng",
]
VARIANTS = ["hòa", "hoà", "COVID-19", "Covid-19", "kỹ thuật", "kĩ thuật"]
LEXICON = """
cán bộ đảng viên chi bộ thôn xóm khu phố nhân dân hộ nghèo hộ cận nghèo doanh nghiệp hợp tác xã
nông dân thanh niên phụ nữ cựu chiến binh học sinh giáo viên bác sĩ trạm y tế trường học
đường giao thông kênh mương thủy lợi cầu cống nhà văn hóa sân thể thao chợ nông thôn điện chiếu sáng
cây trồng vật nuôi lúa nước cà phê hồ tiêu cao su keo lai rừng trồng thủy sản chăn nuôi
vốn vay ngân sách kinh phí xã hội hóa đầu tư công dự án quy hoạch đất đai mặt bằng giải phóng
thủ tục hồ sơ dịch vụ công trực tuyến một cửa liên thông chữ ký số phần mềm dữ liệu dân cư
tuyên truyền vận động hướng dẫn kiểm tra giám sát đôn đốc sơ kết tổng kết đánh giá xếp loại
bồi dưỡng đào tạo tập huấn quy hoạch luân chuyển điều động bổ nhiệm khen thưởng kỷ luật
khó khăn vướng mắc hạn chế tồn tại nguyên nhân giải pháp nhiệm vụ mục tiêu chỉ tiêu kế hoạch
thường xuyên kịp thời hiệu quả thiết thực đồng bộ chặt chẽ nghiêm túc công khai minh bạch
mùa mưa bão lũ lụt sạt lở hạn hán dịch bệnh an toàn thực phẩm môi trường rác thải nước sạch
"""


def sentence(rng: random.Random, stress: bool = False) -> str:
    if stress:
        parts = [rng.choice(SUBJECTS), rng.choice(PREDICATES), rng.choice(OBJECTS)]
    else:
        lexicon = LEXICON.split()
        own = [rng.choice(lexicon)]
        while len(own) < rng.randint(8, 20):
            word = rng.choice(lexicon)
            if word != own[-1]:  # no accidental "thôn thôn"
                own.append(word)
        own = " ".join(own)
        parts = [rng.choice(SUBJECTS), rng.choice(PREDICATES), own]
        if rng.random() < 0.4:
            parts.append("để " + rng.choice(OBJECTS))
    if rng.random() < 0.6:
        parts.append(", " + rng.choice(TAILS))
    if rng.random() < 0.5:
        parts.append(", " + rng.choice(FIGURES).format(p=rng.randint(1, 99), q=rng.randint(0, 9),
                                                       n=rng.randint(2, 9999)))
    if rng.random() < 0.05:
        parts.append(f", tỷ lệ {rng.choice(VARIANTS)} đạt yêu cầu")
    text = " ".join(parts).replace(" ,", ",")
    return text[0].upper() + text[1:] + "."


def generate(pages: int, seed: int = 20231, stress: bool = False) -> Document:
    rng = random.Random(seed)
    doc = Document(path=f"generated-{pages}-pages{'-stress' if stress else ''}", format="docx")
    target = pages * WORDS_PER_PAGE
    count = 0
    written: list[str] = []

    def add(kind: str, text: str, section: tuple[str, ...], **extra) -> None:
        doc.blocks.append(Block(index=len(doc.blocks), kind=kind, text=text, section=section, **extra))

    part = 0
    while count < target:
        part += 1
        section = (f"{part}.",)
        add(HEADING, f"{part}. Về lĩnh vực thứ {part}", section)
        for _ in range(rng.randint(4, 9)):
            sentences = [sentence(rng, stress) for _ in range(rng.randint(3, 6))]
            if written and rng.random() < 0.02:  # a copy-paste slip: an earlier paragraph again
                sentences = [rng.choice(written)]
            if rng.random() < 0.02:  # a word typed twice
                sentences[0] = sentences[0].replace(" đã ", " đã đã ", 1)
            text = " ".join(sentences)
            written.append(text)
            add(PARAGRAPH, text, section)
            count += len(text.split())
            if rng.random() < 0.1:
                add(FOOTNOTE, sentence(rng, stress), section, footnote=str(len(doc.blocks)))
        if rng.random() < 0.3:  # a small table
            for row in range(5):
                for col, cell in enumerate(["TT", "Đơn vị", "Kế hoạch", "Thực hiện"] if row == 0 else
                                           [str(row), f"Xã {rng.randint(1, 30)}", str(rng.randint(10, 99)),
                                            str(rng.randint(10, 99))]):
                    add(TABLE_CELL, cell, section, table=part, row=row, col=col)
    return doc


def read(path: str) -> Document:
    from kiemtra_lint.readers import read_document

    return read_document(path)


def stages(doc: Document, repeat: int) -> None:
    """CPU time of each stage of the duplicates family (KT401-KT403), the best of ``repeat``
    runs on a fresh context; the caches of words seen (token keys, weights) stay warm."""
    from kiemtra_lint.rules.duplicates import match as _dup_match
    from kiemtra_lint.rules.duplicates import passages as _dup_passages
    from kiemtra_lint.rules.duplicates import units as _dup_units
    from kiemtra_lint.rules.vocabulary import word_list

    best: dict[str, float] = {}
    for _ in range(repeat):
        ctx = Context()
        times: dict[str, float] = {}

        def timed(name, compute):
            t0 = time.process_time()
            result = compute()
            times[name] = time.process_time() - t0
            return result

        words = timed("words (one split of the document)", lambda: _dup_units.doc_words(doc, ctx))
        timed("word codes and weights", lambda: words.codes)
        rules = {r.code: r for r in all_rules() if r.family == "duplicates"}
        timed("KT401 repeated words", lambda: list(rules["KT401"].check(doc, ctx)))
        formulas = _dup_units.Formulas(word_list(ctx, "duplicates_formulas.txt", "formulas"))
        units = timed("sentences (units)", lambda: _dup_units.sentence_units(doc, formulas, words))
        matches = timed("similar pairs (KT402)", lambda: _dup_match.similar_pairs(units))
        passages = timed("passages (KT403)", lambda: _dup_passages.find_passages(units, matches))
        ctx.cache["duplicates.analysis"] = units, matches, passages
        timed("KT402 + KT403 messages", lambda: [list(rules[c].check(doc, ctx)) for c in ("KT402", "KT403")])
        for name, seconds in times.items():
            best[name] = min(best.get(name, seconds), seconds)
    for name, seconds in best.items():
        print(f"  {name:36} {seconds * 1000:8.1f} ms")
    print(f"  {'sum':36} {sum(best.values()) * 1000:8.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", help="a draft to time instead of the generated one")
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--stress", action="store_true", help="sentences from the phrase bank only (worst case)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per rule; the best is reported")
    ap.add_argument("--stages", action="store_true", help="time the stages of KT401-KT403 instead of each rule")
    args = ap.parse_args()
    doc = read(args.path) if args.path else generate(args.pages, stress=args.stress)
    words = sum(len(b.text.split()) for b in doc.blocks)
    print(f"{doc.path}: {len(doc.blocks)} blocks, {words} words "
          f"(~{words / WORDS_PER_PAGE:.0f} pages of {WORDS_PER_PAGE} words)")
    if args.stages:
        stages(doc, args.repeat)
        return
    rules = [r for r in all_rules() if r.family in ("duplicates", "consistency")]
    total = 0.0
    for r in rules:
        best, n = float("inf"), 0
        for _ in range(args.repeat):
            ctx = Context()
            t0 = time.process_time()
            n = len(list(r.check(doc, ctx)))
            best = min(best, time.process_time() - t0)
        total += best
        print(f"  {r.code} {r.name:24} {best * 1000:8.1f} ms  {n:5} findings")
    shared = float("inf")
    for _ in range(args.repeat):  # KT402 and KT403 in one context, as the engine runs them
        ctx = Context()
        t0 = time.process_time()
        for code in ("KT402", "KT403"):
            list(next(r for r in rules if r.code == code).check(doc, ctx))
        shared = min(shared, time.process_time() - t0)
    together = float("inf")
    for _ in range(args.repeat):  # all of them in one context: what `kiemtra check --select KT4,KT5` runs
        ctx = Context()
        t0 = time.process_time()
        for r in rules:
            list(r.check(doc, ctx))
        together = min(together, time.process_time() - t0)
    print(f"  KT402+KT403 sharing their analysis: {shared * 1000:.1f} ms")
    print(f"  sum of the rules run separately: {total * 1000:.1f} ms")
    print(f"  all of them in one context (shared words and analysis): {together * 1000:.1f} ms")


if __name__ == "__main__":
    main()
