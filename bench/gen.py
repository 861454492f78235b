#!/usr/bin/env python3
"""Generate realistic synthetic Vietnamese draft reports (.docx) of a given length.

    python bench/gen.py 200                 -> bench/out/draft-200.docx
    python bench/gen.py 25 50 100 --out DIR
    python bench/gen.py 200 --txt           also write the same text as draft-200.txt

A "page" is about 2,800 characters of body text (A4, Times New Roman 14 pt, 1.15
spacing), the density of a real committee report.  Each draft has what real ones have:
a two-column header table, the title block, typed bold headings on five rungs
("Phần thứ nhất", "A.", "I.", "1.", "1.1.", "a)"), running prose with figures
(fractions and percentages, parts and totals, some of them wrong), citations of Party
and State documents (some with clashing dates), footnotes (about 1.5 a page, some
references to notes that do not exist are NOT planted: the draft is valid), tables
with a total row every few pages, an inline picture with its caption every ten pages,
typed bullet lists, repeated words and paragraphs pasted twice.

The markup is what Word writes: paragraphs split into several runs, each with its own
rPr (fonts, size, language), rsid attributes, proofErr and bookmark marks; so
document.xml weighs what a real one does (about 25 KB a page).

Deterministic: the same length and seed always give the same bytes.
"""

from __future__ import annotations

import argparse
import random
import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

CHARS_PER_PAGE = 2800
HERE = Path(__file__).resolve().parent

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = R_NS
NS = (f'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      f'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      f'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="{R_NS}" '
      f'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      f'xmlns:v="urn:schemas-microsoft-com:vml" '
      f'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      f'xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="{W}" '
      f'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      f'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      f'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      f'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      f'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" mc:Ignorable="w14"')

# -- vocabulary ------------------------------------------------------------------------------

UNITS = ["xã, thị trấn", "chi bộ", "tổ chức cơ sở đảng", "trường học", "hợp tác xã", "thôn, khu phố",
         "cơ quan, đơn vị", "hộ gia đình", "doanh nghiệp", "trạm y tế"]
PEOPLE = ["đảng viên", "đồng chí", "cán bộ, công chức", "học viên", "hội viên", "lao động", "hộ nghèo"]
SUBJECTS = ["Ban Chấp hành Đảng bộ huyện", "Ban Thường vụ Huyện ủy", "Các cấp ủy, tổ chức đảng",
            "Ủy ban nhân dân huyện", "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội",
            "Ủy ban Kiểm tra Huyện ủy", "Các chi, đảng bộ cơ sở", "Hội đồng nhân dân huyện"]
VERBS = ["đã lãnh đạo, chỉ đạo triển khai thực hiện nghiêm túc", "tập trung chỉ đạo quyết liệt",
         "thường xuyên quan tâm, chỉ đạo", "ban hành nhiều văn bản lãnh đạo, chỉ đạo về",
         "chủ động xây dựng kế hoạch thực hiện", "kịp thời cụ thể hóa và tổ chức thực hiện"]
TOPICS = ["công tác xây dựng Đảng về chính trị, tư tưởng, đạo đức", "công tác cải cách hành chính",
          "phát triển kinh tế - xã hội", "công tác quốc phòng, an ninh", "chương trình xây dựng nông thôn mới",
          "công tác dân vận và phát huy quyền làm chủ của nhân dân", "công tác phòng, chống tham nhũng, lãng phí",
          "công tác kiểm tra, giám sát và thi hành kỷ luật đảng", "chuyển đổi số trong các cơ quan đảng",
          "công tác cán bộ và bảo vệ chính trị nội bộ", "phát triển văn hóa, giáo dục, y tế",
          "bảo vệ môi trường và ứng phó với biến đổi khí hậu"]
RESULTS = ["từng bước nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức đảng",
           "tạo chuyển biến rõ nét trong nhận thức và hành động của cán bộ, đảng viên",
           "góp phần giữ vững ổn định chính trị, trật tự an toàn xã hội trên địa bàn",
           "đạt và vượt nhiều chỉ tiêu Nghị quyết Đại hội đề ra",
           "tạo sự đồng thuận cao trong cán bộ, đảng viên và nhân dân",
           "nâng cao chất lượng, hiệu quả hoạt động của hệ thống chính trị"]
LIMITS = ["Tuy nhiên, việc tổ chức thực hiện ở một số nơi còn chậm, chưa đồng bộ",
          "Công tác kiểm tra, giám sát có lúc chưa thường xuyên, chất lượng chưa cao",
          "Một số chỉ tiêu về thu ngân sách và giải ngân vốn đầu tư công chưa đạt kế hoạch",
          "Vai trò tiên phong, gương mẫu của một bộ phận cán bộ, đảng viên chưa được phát huy đầy đủ",
          "Việc sơ kết, tổng kết, rút kinh nghiệm có lúc chưa kịp thời"]
DOCS = [("Nghị quyết", "35-NQ/TW", "22/10/2018", "Bộ Chính trị"),
        ("Chỉ thị", "05-CT/TW", "15/5/2016", "Bộ Chính trị"),
        ("Kết luận", "01-KL/TW", "18/5/2021", "Bộ Chính trị"),
        ("Kết luận", "21-KL/TW", "25/10/2021", "Ban Chấp hành Trung ương"),
        ("Quy định", "132-QĐ/TW", "08/3/2018", "Ban Bí thư"),
        ("Hướng dẫn", "12-HD/BTCTW", "06/7/2018", "Ban Tổ chức Trung ương"),
        ("Nghị quyết", "21-NQ/TW", "16/6/2022", "Ban Chấp hành Trung ương"),
        ("Chỉ thị", "28-CT/TW", "21/01/2019", "Ban Bí thư"),
        ("Kế hoạch", "131-KH/HU", "06/3/2023", "Ban Thường vụ Huyện ủy"),
        ("Chương trình hành động", "05-CTr/TU", "12/4/2021", "Tỉnh ủy"),
        ("Nghị định", "30/2020/NĐ-CP", "05/3/2020", "Chính phủ"),
        ("Quyết định", "1520/QĐ-UBND", "14/9/2022", "Ủy ban nhân dân tỉnh"),
        ("Thông tư", "01/2011/TT-BNV", "19/01/2011", "Bộ Nội vụ")]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
ORDINAL = ["thứ nhất", "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "thứ tám", "thứ chín",
           "thứ mười"]
PART_TITLES = ["TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI",
               "KIẾN NGHỊ, ĐỀ XUẤT"]
SECTION_TITLES = ["ƯU ĐIỂM, KẾT QUẢ", "HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN", "BÀI HỌC KINH NGHIỆM",
                  "TRÁCH NHIỆM CỦA TẬP THỂ, CÁ NHÂN", "PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC", "KẾT QUẢ KHẮC PHỤC"]


def vn_int(n: int, pad: bool = False) -> str:
    s = f"{n:,}".replace(",", ".")
    return f"0{s}" if pad and n < 10 else s


def vn_pct(num: int, den: int, wrong: bool = False, rng: random.Random | None = None) -> str:
    value = 100 * num / den
    if wrong and rng is not None:
        value += rng.choice([-2.5, 1.7, 3.1])
    return f"{value:.2f}".replace(".", ",") + "%"


class Text:
    """Sentence and paragraph makers over a seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def citation(self, full: bool = True, clash: bool = False) -> str:
        kind, sym, date, issuer = self.rng.choice(DOCS)
        if clash:
            d, m, y = date.split("/")
            date = f"{int(d) % 28 + 1:02d}/{m}/{y}"
        if full:
            return f"{kind} số {sym}, ngày {date} của {issuer}"
        return f"{kind} {sym}"

    def figure(self) -> str:
        r = self.rng
        unit = r.choice(UNITS)
        den = r.randint(12, 480)
        num = r.randint(den // 2, den)
        wrong = r.random() < 0.05
        kind = r.randrange(4)
        if kind == 0:
            return f"có {vn_int(num, True)}/{vn_int(den, True)} {unit} đạt chuẩn, đạt tỷ lệ {vn_pct(num, den, wrong, r)}"
        if kind == 1:
            a = r.randint(1, 40)
            b = r.randint(1, 40)
            c = r.randint(1, 40)
            total = a + b + c + (r.choice([0, 0, 0, 0, 10]))
            p = r.choice(PEOPLE)
            return (f"tổng số {vn_int(total, True)} {p} được khen thưởng, trong đó {vn_int(a, True)} {p} hoàn thành "
                    f"xuất sắc nhiệm vụ, {vn_int(b, True)} {p} hoàn thành tốt và {vn_int(c, True)} {p} hoàn thành nhiệm vụ")
        if kind == 2:
            big = r.randint(1200, 98000)
            return f"thu ngân sách trên địa bàn đạt {vn_int(big)} triệu đồng, bằng {vn_pct(big, int(big * r.uniform(0.8, 1.2)))} dự toán"
        p = r.choice(PEOPLE)
        return f"kết nạp {vn_int(num, True)} {p} mới, tăng {vn_pct(r.randint(1, 30), 100)} so với cùng kỳ"

    def sentence(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.25:
            s = f"Thực hiện {self.citation(full=r.random() < 0.6, clash=r.random() < 0.03)}, {r.choice(SUBJECTS).lower()} {r.choice(VERBS)} {r.choice(TOPICS)}"
        elif roll < 0.55:
            s = f"{r.choice(SUBJECTS)} {r.choice(VERBS)} {r.choice(TOPICS)}; {self.figure()}"
        elif roll < 0.75:
            s = f"Qua đó, {r.choice(RESULTS)}, {self.figure()}"
        elif roll < 0.9:
            s = r.choice(LIMITS)
        else:
            s = f"{r.choice(SUBJECTS)} {r.choice(VERBS)} {r.choice(TOPICS)}, {r.choice(RESULTS)}"
        if r.random() < 0.01:  # a repeated word, the commonest slip
            words = s.split(" ")
            i = r.randrange(1, len(words))
            words.insert(i, words[i])
            s = " ".join(words)
        return s[0].upper() + s[1:] + "."

    def paragraph(self) -> str:
        n = self.rng.randint(2, 4)
        return " ".join(self.sentence() for _ in range(n))


# -- WordprocessingML -----------------------------------------------------------------------

RPR = ('<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
       '{extra}<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr>')


class Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.body: list[str] = []
        self.notes: list[str] = []
        self.note_id = 0
        self.bookmark = 0
        self.chars = 0
        self.pictures = 0

    def rsid(self) -> str:
        return f"00{self.rng.randrange(16**6):06X}"

    def runs(self, text: str, bold: bool = False, italic: bool = False) -> str:
        """Split ``text`` into 2-9 runs at word boundaries, as Word's editing history does."""
        extra = ("<w:b/><w:bCs/>" if bold else "") + ("<w:i/><w:iCs/>" if italic else "")
        words = text.split(" ")
        cuts = sorted(self.rng.sample(range(1, len(words)), min(len(words) - 1, self.rng.randint(1, 8)))) \
            if len(words) > 1 else []
        pieces, last = [], 0
        for c in cuts + [len(words)]:
            piece = " ".join(words[last:c]) + (" " if c < len(words) else "")
            last = c
            if piece:
                pieces.append(piece)
        out = []
        for i, piece in enumerate(pieces):
            if i and self.rng.random() < 0.1:
                out.append('<w:proofErr w:type="spellStart"/>')
            out.append(f'<w:r w:rsidRPr="{self.rsid()}">{RPR.format(extra=extra)}'
                       f'<w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
            if i and self.rng.random() < 0.1:
                out.append('<w:proofErr w:type="spellEnd"/>')
        return "".join(out)

    def ppr(self, jc: str = "both", indent: bool = True, style: str | None = None, keep: bool = False) -> str:
        return ("<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
                + ("<w:keepNext/>" if keep else "")
                + '<w:spacing w:before="60" w:after="60" w:line="276" w:lineRule="auto"/>'
                + ('<w:ind w:firstLine="567"/>' if indent else "")
                + f'<w:jc w:val="{jc}"/><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:pPr>')

    def para(self, text: str, *, bold: bool = False, italic: bool = False, jc: str = "both",
             indent: bool = True, notes: int = 0, style: str | None = None) -> str:
        inner = self.runs(text, bold, italic)
        for _ in range(notes):
            inner += self.footnote_ref()
        if self.rng.random() < 0.05:
            self.bookmark += 1
            inner = (f'<w:bookmarkStart w:id="{self.bookmark}" w:name="_Toc{self.bookmark:08d}"/>' + inner
                     + f'<w:bookmarkEnd w:id="{self.bookmark}"/>')
        self.chars += len(text)
        return (f'<w:p w:rsidR="{self.rsid()}" w:rsidRDefault="{self.rsid()}" w:rsidP="{self.rsid()}">'
                f"{self.ppr(jc, indent, style, keep=bold)}{inner}</w:p>")

    def footnote_ref(self) -> str:
        self.note_id += 1
        text = Text(self.rng)
        body = f"{text.citation(full=True)}; {text.figure()}."
        self.notes.append(
            f'<w:footnote w:id="{self.note_id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {escape(body)}</w:t></w:r></w:p></w:footnote>')
        self.chars += len(body) // 3  # footnotes are set smaller
        return (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:sz w:val="28"/></w:rPr>'
                f'<w:footnoteReference w:id="{self.note_id}"/></w:r>')

    def cell(self, text: str, width: int, bold: bool = False, jc: str = "center") -> str:
        return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
                f'<w:p w:rsidR="{self.rsid()}">{self.ppr(jc, False)}{self.runs(text, bold)}</w:p></w:tc>')

    def table(self, n: int) -> str:
        r = self.rng
        unit = r.choice(UNITS)
        header = ["TT", "Đơn vị", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"]
        widths = [700, 3500, 1600, 1600, 1600]
        rows = [header]
        plan_total = done_total = 0
        for i in range(r.randint(5, 12)):
            plan = r.randint(20, 900)
            done = r.randint(plan // 2, plan + plan // 5)
            plan_total += plan
            done_total += done
            rows.append([str(i + 1), f"{unit.capitalize()} {r.choice(['Bình', 'An', 'Tây', 'Phú', 'Hòa'])} "
                                     f"{r.choice(['Thành', 'Tân', 'Hưng', 'Lợi', 'Xuân'])}",
                         vn_int(plan), vn_int(done), vn_pct(done, plan)[:-1]])
        if r.random() < 0.1:
            done_total += r.choice([-10, 7, 100])  # a total that does not add up
        rows.append(["", "Tổng cộng", vn_int(plan_total), vn_int(done_total), vn_pct(done_total, plan_total)[:-1]])
        out = [f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>'
               + "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                         for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
               + '</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>'
               + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"]
        for ri, row in enumerate(rows):
            out.append(f'<w:tr w:rsidR="{self.rsid()}">' + ('<w:trPr><w:tblHeader/></w:trPr>' if ri == 0 else ""))
            for ci, text in enumerate(row):
                out.append(self.cell(text, widths[ci], bold=ri in (0, len(rows) - 1), jc="left" if ci == 1 else "center"))
                self.chars += len(text) + 3
            out.append("</w:tr>")
        out.append("</w:tbl>")
        caption = self.para(f"Bảng {n}. Kết quả thực hiện chỉ tiêu của các {unit}", italic=True, jc="center",
                            indent=False)
        return caption + "".join(out)

    def picture(self) -> str:
        self.pictures += 1
        n = self.pictures
        drawing = (f'<w:p w:rsidR="{self.rsid()}">{self.ppr("center", False)}<w:r><w:drawing>'
                   f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5400000" cy="3000000"/>'
                   f'<wp:docPr id="{n}" name="Hình {n}"/><a:graphic><a:graphicData '
                   f'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr>'
                   f'<pic:cNvPr id="{n}" name="bieu-do.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>'
                   f'<a:blip r:embed="rIdImg"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr>'
                   f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="3000000"/></a:xfrm>'
                   f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>'
                   f'</a:graphic></wp:inline></w:drawing></w:r></w:p>')
        self.chars += 1400  # half a page
        return drawing + self.para(f"Hình {n}. Biểu đồ kết quả thực hiện các chỉ tiêu chủ yếu giai đoạn 2020 - 2025",
                                   italic=True, jc="center", indent=False)


def header_table(w: Writer) -> str:
    left = ["ĐẢNG BỘ TỈNH BÌNH ĐỊNH", "HUYỆN ỦY TÂY SƠN", "*", "Số 112-BC/HU"]
    right = ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Tây Sơn, ngày 05 tháng 7 năm 2023", ""]
    cell = lambda lines, width: (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'  # noqa: E731
                                 + "".join(w.para(t, bold=i < 2, jc="center", indent=False) if t else
                                           f"<w:p>{w.ppr('center', False)}</w:p>" for i, t in enumerate(lines))
                                 + "</w:tc>")
    return (f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders><w:top w:val="nil"/>'
            f'<w:bottom w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr>'
            f'<w:tblGrid><w:gridCol w:w="3600"/><w:gridCol w:w="5400"/></w:tblGrid>'
            f"<w:tr>{cell(left, 3600)}{cell(right, 5400)}</w:tr></w:tbl>")


def build(pages: int, seed: int = 2023) -> dict[str, bytes]:
    """The parts of a draft of about ``pages`` pages."""
    rng = random.Random(f"{seed}-{pages}")
    w = Writer(rng)
    text = Text(rng)
    target = pages * CHARS_PER_PAGE
    body = [header_table(w),
            w.para("BÁO CÁO", bold=True, jc="center", indent=False),
            w.para("kiểm điểm giữa nhiệm kỳ của Ban Chấp hành Đảng bộ huyện khóa XXIII, nhiệm kỳ 2020 - 2025",
                   bold=True, jc="center", indent=False),
            w.para("-----", jc="center", indent=False),
            w.para(f"Thực hiện {text.citation()} và {text.citation()}, Ban Chấp hành Đảng bộ huyện báo cáo như sau:")]
    pasted: list[str] = []
    n_parts = 2 if pages < 100 else 3
    per_part = target / n_parts
    tables = 0
    for part in range(n_parts):
        body.append(w.para(f"Phần {ORDINAL[part]}", bold=True, jc="center", indent=False))
        body.append(w.para(PART_TITLES[part % 3], bold=True, jc="center", indent=False))
        part_end = (part + 1) * per_part
        letter = 0
        while w.chars < part_end:
            body.append(w.para(f"{'ABCDEFGH'[letter % 8]}. {rng.choice(TOPICS).upper()}", bold=True, indent=False))
            letter += 1
            for sec in range(rng.randint(2, 4)):
                body.append(w.para(f"{ROMAN[sec]}. {SECTION_TITLES[sec % len(SECTION_TITLES)]}", bold=True))
                for sub in range(rng.randint(2, 5)):
                    body.append(w.para(f"{sub + 1}. Về {rng.choice(TOPICS)}", bold=True))
                    n_subsub = rng.randint(0, 3)
                    for subsub in range(max(1, n_subsub)):
                        if n_subsub:
                            topic = rng.choice(TOPICS)
                            body.append(w.para(f"{sub + 1}.{subsub + 1}. {topic[0].upper()}{topic[1:]}", bold=True))
                        if rng.random() < 0.3:
                            for k in range(rng.randint(2, 3)):
                                body.append(w.para(f"{'abcde'[k]}) {text.sentence()}", indent=True))
                        for _ in range(rng.randint(2, 5)):
                            roll = rng.random()
                            if roll < 0.015 and pasted:  # a paragraph pasted twice
                                t = rng.choice(pasted)
                                body.append(w.para(t))
                                continue
                            t = text.paragraph()
                            if rng.random() < 0.05:
                                pasted.append(t)
                            body.append(w.para(t, notes=1 if rng.random() < 0.35 else 0))
                            if rng.random() < 0.08:
                                for _ in range(rng.randint(2, 4)):
                                    body.append(w.para(f"- {text.sentence()}"))
                        if w.chars >= (tables + 1) * 4 * CHARS_PER_PAGE:
                            tables += 1
                            body.append(w.table(tables))
                        if w.chars >= (w.pictures + 1) * 10 * CHARS_PER_PAGE:
                            body.append(w.picture())
                        if w.chars >= part_end:
                            break
                    if w.chars >= part_end:
                        break
                if w.chars >= part_end:
                    break
    body += [w.para("Nơi nhận:", bold=True, indent=False), w.para("- Ban Thường vụ Tỉnh ủy,", indent=False),
             w.para("- Lưu Văn phòng Huyện ủy.", indent=False),
             w.para("T/M HUYỆN ỦY", bold=True, jc="center", indent=False),
             w.para("BÍ THƯ", bold=True, jc="center", indent=False)]
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document {NS}><w:body>'
                + "".join(body)
                + '<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
                  '<w:pgSz w:w="11907" w:h="16840" w:code="9"/><w:pgMar w:top="1134" w:right="1134" '
                  'w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>'
                  "</w:body></w:document>")
    footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:footnotes {NS}>'
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
                 "</w:p></w:footnote>" + "".join(w.notes) + "</w:footnotes>")
    return {
        "[Content_Types].xml": CONTENT_TYPES.encode(),
        "_rels/.rels": ROOT_RELS.encode(),
        "word/document.xml": document.encode(),
        "word/_rels/document.xml.rels": DOC_RELS.encode(),
        "word/styles.xml": STYLES.encode(),
        "word/footnotes.xml": footnotes.encode(),
        "word/settings.xml": SETTINGS.encode(),
        "word/media/image1.png": png(),
        "docProps/core.xml": CORE.encode(),
    }


def png() -> bytes:
    """A tiny valid grey PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\0" + b"\x80" * 16 for _ in range(16))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="png" ContentType="image/png"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"""

ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"""

DOC_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="{REL}/settings" Target="settings.xml"/><Relationship Id="rId3" Type="{REL}/footnotes" Target="footnotes.xml"/><Relationship Id="rIdImg" Type="{REL}/image" Target="media/image1.png"/></Relationships>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style><w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style><w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style></w:styles>"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="{W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"""

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Báo cáo kiểm điểm (dự thảo)</dc:title><dc:creator>Văn phòng Huyện ủy</dc:creator></cp:coreProperties>"""


def write_docx(path: Path, parts: dict[str, bytes]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2023, 7, 5, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return path


def plain_text(parts: dict[str, bytes]) -> str:
    """The draft's text, one paragraph a line (footnotes at the end), for the peer linters."""
    from lxml import etree

    out = []
    for part in ("word/document.xml", "word/footnotes.xml"):
        root = etree.fromstring(parts[part])
        for p in root.iter(f"{{{W}}}p"):
            text = "".join(t.text or "" for t in p.iter(f"{{{W}}}t"))
            if text.strip():
                out.append(text.strip())
    return "\n\n".join(out) + "\n"


def generate(pages: int, out: Path, seed: int = 2023, txt: bool = False) -> Path:
    parts = build(pages, seed)
    path = write_docx(out / f"draft-{pages}.docx", parts)
    if txt:
        (out / f"draft-{pages}.txt").write_text(plain_text(parts), encoding="utf-8")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pages", nargs="+", type=int)
    ap.add_argument("--out", type=Path, default=HERE / "out")
    ap.add_argument("--seed", type=int, default=2023)
    ap.add_argument("--txt", action="store_true", help="also write the text as .txt")
    args = ap.parse_args()
    for n in args.pages:
        path = generate(n, args.out, args.seed, args.txt)
        print(f"{path} {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
