"""KT102 required sections, KT104 empty sections, KT107 sections out of the profile's order.

A required section is found when a heading (at any level) names it by one of the profile's
keyword synonyms (see ``kiemtra_lint.rules.structure.profiles.SectionSpec.hits``), or when a paragraph opens with
one and a colon ("* Nguyên nhân: ..."), a common way to write a minor heading.  The order check
only trusts headings that *open* with the keyword (not "Nâng cao trách nhiệm...") and sit near the
top of the outline, since a deep sub-heading that happens to share a word would misplace a section.
"""

from __future__ import annotations

from dataclasses import replace
from difflib import SequenceMatcher

import regex

from kiemtra_lint.document import HEADING, PARAGRAPH, TABLE_CELL, Document, Section
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import Span, finding
from kiemtra_lint.labels import LADDER
from kiemtra_lint.rules.structure.profiles import KeywordHit, Profile, SectionSpec, current_profile
from kiemtra_lint.text import fold, shorten

from .forms import forms_start
from .ending import reaches_end
from .parts import document_parts

SIMILAR = 0.8  # SequenceMatcher ratio from which a heading "looks like" a missing section's keyword
LEAD_IN_COLON_WITHIN = 80
LEAD_IN_HEADING_CHARS = 100  # a paragraph this short that opens with a section's name stands for it
ARTICLE_TITLE_CHARS = 120  # an article's line longer than this is its provision, not only its title
_LEAD_MARK = regex.compile(r"^(?:[-+*•–]\s*|\(?(?:\d{1,2}|[a-zđ])\)\s*|(?:\d{1,2}|[IVX]{1,5}|[A-Z])[.-]\s+)?")


def heading_name(section: Section) -> str:
    """The heading as the reader sees it: label and title ("III. NGUYÊN NHÂN")."""
    return shorten(f"{section.label} {section.title}".strip())


def heading_span(doc: Document, section: Section) -> Span:
    return Span(section.heading, 0, len(doc.blocks[section.heading].text))


def _matches(doc: Document, ctx, profile: Profile) -> list[list[tuple[Section, KeywordHit]]]:
    """For each section of the profile, the headings that name it (first hit of each heading)."""
    def compute():
        out: list[list[tuple[Section, KeywordHit]]] = [[] for _ in profile.sections]
        for section in doc.sections():
            for i, spec in enumerate(profile.sections):
                hits = spec.hits(section.title)
                if hits:
                    out[i].append((section, hits[0]))
        return out
    return ctx.memo(f"structure.section_matches.{profile.name}", compute)


def _lead_in(doc: Document, spec: SectionSpec) -> bool:
    """A paragraph that opens with the section's name and either a colon ("- Hạn chế, khuyết điểm:
    ...") or nothing more, like a heading the outline did not take ("II. Hạn chế, khuyết điểm" typed
    without the bold of the other headings)."""
    for b in doc.blocks:
        if b.kind != PARAGRAPH:
            continue
        if len(b.text) <= LEAD_IN_HEADING_CHARS:
            head = b.text[_LEAD_MARK.match(b.text).end():]
        elif ":" in b.text[:LEAD_IN_COLON_WITHIN + 4]:
            head = b.text[_LEAD_MARK.match(b.text).end():][:LEAD_IN_COLON_WITHIN]
        else:
            continue
        head = head.split(":", 1)[0]
        if any(h.start == 0 for h in spec.hits(head)):
            return True
    return False


def _representative(found: list[tuple[Section, KeywordHit]], strong_only: bool, max_level: int | None = None):
    """The shallowest (then first) heading naming a section."""
    candidates = [s for s, h in found if (h.strong or not strong_only) and (max_level is None or s.level <= max_level)]
    return min(candidates, key=lambda s: (s.level, s.heading)) if candidates else None


# -- KT102 ------------------------------------------------------------------------------
@rule("KT102", "required-section", "structure", "warning",
      summary_vi="Thiếu mục bắt buộc theo loại báo cáo (hồ sơ): ưu điểm, hạn chế, nguyên nhân, phương hướng…",
      summary_en="A section the report type (profile) requires is missing: results, limitations, causes…",
      explanation_vi="Mỗi loại báo cáo (hồ sơ, xem `kiemtra check` ghi hồ sơ nào được dùng và vì sao) có các mục "
                     "bắt buộc, mỗi mục nhận biết bằng một nhóm từ đồng nghĩa trong đề mục (ví dụ “hạn chế”, "
                     "“khuyết điểm”, “tồn tại”, “yếu kém”), không phân biệt hoa thường và dấu. Quy tắc nêu mục còn "
                     "thiếu, hồ sơ, và đề mục gần giống nhất hoặc vị trí mục đó thường đứng. Văn bản không có đề mục "
                     "nào thì không được kiểm tra. Mục chỉ bị coi là thiếu khi văn bản đã đi qua chỗ của nó (có "
                     "một mục mà hồ sơ xếp sau nó) hoặc đã thấy rõ chỗ kết thúc (dấu “./.”, phụ lục, phần ký, nơi "
                     "nhận); văn bản dừng sớm hơn (bản chép phần đầu, bản thảo đang viết) chỉ được nhắc ở mức "
                     "thông tin. Hồ sơ riêng của đơn vị (đề cương theo hướng dẫn của cấp trên) "
                     "khai báo bằng tệp TOML, xem kiemtra_lint/profiles.py.",
      explanation_en="Each report type (profile; `kiemtra check` says which one it used and why) lists required "
                     "sections, each recognised by keyword synonyms in a heading, accent- and case-insensitively. "
                     "The rule names the missing section, the profile, and the most similar heading or where the "
                     "section usually goes. A draft with no headings at all is not checked. A section is missing only "
                     "when the text reaches past its place (a section the profile puts after it is there) or shows "
                     "its end (“./.”, an annex, the signature or recipients); a text that stops earlier (a copied "
                     "opening, a draft being written) gets an info. Users add their own "
                     "profiles as TOML files.",
      bad="Báo cáo kiểm điểm: I. Ưu điểm, kết quả / II. Hạn chế, khuyết điểm / III. Phương hướng (không có "
          "mục Nguyên nhân)",
      good="I. Ưu điểm, kết quả / II. Hạn chế, khuyết điểm / III. Nguyên nhân / ... / VI. Phương hướng, biện "
           "pháp khắc phục")
def check_required_sections(doc: Document, ctx):
    profile = current_profile(doc, ctx)
    if profile is None or not profile.sections or (ctx.profile is None and _title_in_forms(doc, ctx)):
        return
    sections = list(doc.sections())
    if not sections:
        return  # no headings: the outline cannot be judged, and saying so is not this rule's job
    if ctx.profile is None and _starts_part_way(doc):
        return  # "V. TỔ CHỨC THỰC HIỆN" first: an excerpt, whose other sections are elsewhere
    matches = _matches(doc, ctx, profile)
    ended = reaches_end(doc, document_parts(doc, ctx))
    for i, spec in enumerate(profile.sections):
        if spec.required and not matches[i] and not _lead_in(doc, spec):
            found = _missing(doc, profile, i, sections, matches)
            if not ended and not _passed(profile, i, matches):
                found = replace(found, severity="info")  # the text stops before the section's place
            yield found


def _passed(profile: Profile, i: int, matches) -> bool:
    """Whether the text reaches past where the profile's section ``i`` belongs: a section the
    profile puts after it is there.  A text that stops short (a page keeping only a report's
    opening, a draft being written) has not reached the place of its later sections."""
    return profile.ordered and any(matches[j] for j in range(i + 1, len(profile.sections)))


def _starts_part_way(doc: Document) -> bool:
    """Whether the first numbered heading at the top of the outline is numbered past the first
    ("III.", "C.", "Phần thứ hai"): the text is an excerpt (KT101 says so if it is a slip)."""
    first = next((s for s in doc.root.children if s.number is not None), None)
    return first is not None and first.number > 1 and first.kind not in ("article", "bold")


def _title_in_forms(doc: Document, ctx) -> bool:
    """Whether the type line ("BÁO CÁO") is the title of a form (it comes after the line that opens
    the annex forms: "Mẫu số 28 ... như sau:"): a form's headings are left for its user to fill."""
    type_line = document_parts(doc, ctx).type_line
    forms_from = forms_start(doc)
    return type_line is not None and forms_from is not None and forms_from <= type_line.block


def _missing(doc: Document, profile: Profile, i: int, sections: list[Section], matches):
    spec = profile.sections[i]
    keywords = ", ".join(f"“{k}”" for k in spec.keywords[:4]) + (", …" if len(spec.keywords) > 4 else "")
    head_vi = f"Thiếu mục “{spec.name}” mà hồ sơ “{profile.name}” yêu cầu (tìm theo {keywords})"
    head_en = f"Missing the section “{spec.name_en}” required by the profile “{profile.name}” (looked for {keywords})"
    similar = _most_similar(spec, sections)
    if similar is not None:
        name = heading_name(similar)
        return finding("KT102", f"{head_vi}; đề mục gần nhất tìm thấy: “{name}”",
                       f"{head_en}; the closest heading found: “{name}”", None, related=[heading_span(doc, similar)])
    if profile.ordered:
        before = [j for j in range(i - 1, -1, -1) if matches[j]]
        after = [j for j in range(i + 1, len(profile.sections)) if matches[j]]
        if before:
            anchor = _representative(matches[before[0]], strong_only=False)
            name = heading_name(anchor)
            return finding("KT102", f"{head_vi}; theo thứ tự của hồ sơ, mục này thường đứng sau “{name}”",
                           f"{head_en}; in the profile's order it comes after “{name}”", None,
                           related=[heading_span(doc, anchor)])
        if after:
            anchor = _representative(matches[after[0]], strong_only=False)
            name = heading_name(anchor)
            return finding("KT102", f"{head_vi}; theo thứ tự của hồ sơ, mục này thường đứng trước “{name}”",
                           f"{head_en}; in the profile's order it comes before “{name}”", None,
                           related=[heading_span(doc, anchor)])
    return finding("KT102", f"{head_vi}; không có đề mục nào gần giống", f"{head_en}; no heading is similar", None)


def _most_similar(spec: SectionSpec, sections: list[Section]) -> Section | None:
    """The heading with a run of words closest to one of the keywords (a misspelt "Nguyên nghân")."""
    best, best_score = None, SIMILAR
    titles = [(section, regex.findall(r"[\p{L}\p{N}]+", fold(section.title))) for section in sections]
    for keyword in spec.keywords:
        target = " ".join(fold(keyword).split())
        n = len(target.split())
        matcher = SequenceMatcher(None, b=target, autojunk=False)
        scores: dict[str, float] = {}  # a window scored below the best so far stays below it
        for section, words in titles:
            for size in {max(1, n - 1), n, n + 1}:
                for k in range(0, len(words) - size + 1):
                    window = " ".join(words[k:k + size])
                    if 2 * min(len(window), len(target)) / (len(window) + len(target)) <= best_score:
                        continue  # too different in length to reach the best ratio
                    score = scores.get(window)
                    if score is None:
                        matcher.set_seq1(window)
                        score = matcher.ratio() if matcher.quick_ratio() > best_score else 0.0
                        scores[window] = score
                    if score > best_score:
                        best, best_score = section, score
    return best


# -- KT104 ------------------------------------------------------------------------------
@rule("KT104", "empty-section", "structure", "warning",
      summary_vi="Mục trống: ngay sau đề mục là một đề mục cùng cấp hoặc cấp trên",
      summary_en="Empty section: a heading followed at once by a heading of the same or a higher level",
      explanation_vi="Một đề mục không có nội dung nào (không đoạn văn, không bảng, không mục con) trước đề mục "
                     "kế tiếp cùng cấp hoặc cấp trên, hoặc trước phần ký và nơi nhận. Thường là phần chưa viết "
                     "hoặc bị xóa nhầm khi chép từ bản khác. Đề mục cuối văn bản chỉ bị nêu khi văn bản đã thấy rõ chỗ "
                     "kết thúc (dấu “./.”, phụ lục, phần ký, nơi nhận): bản dừng ngay sau một đề mục có thể là bản "
                     "chép một phần hoặc đang viết.",
      explanation_en="A heading with no content (no paragraph, table or sub-section) before the next heading of the "
                     "same or a higher level, or before the signature block. Usually a part not yet written or "
                     "deleted by mistake. A heading at the very end is reported only when the text shows its end "
                     "(“./.”, an annex, the signature or recipients): a text that stops right after a heading may "
                     "be a part copied or a draft being written.",
      bad="3. Về quốc phòng, an ninh\nIII. TỔ CHỨC THỰC HIỆN",
      good="3. Về quốc phòng, an ninh\nTiếp tục xây dựng khu vực phòng thủ vững chắc...\nIII. TỔ CHỨC THỰC HIỆN")
def check_empty_sections(doc: Document, ctx):
    headings = [b.index for b in doc.blocks if b.kind == HEADING]
    if not headings:
        return
    parts = document_parts(doc, ctx)
    closing = parts.closing_start
    ended = reaches_end(doc, parts)
    end = closing if closing is not None and closing > headings[-1] else len(doc.blocks)
    forms_from = forms_start(doc)  # a form's headings are left empty for its user to fill in
    body_end = end if forms_from is None else min(end, forms_from)

    def empty(section: Section) -> bool:
        return not section.children and not any(_is_content(doc, i) for i in section.blocks if i < end)

    for section in doc.sections():
        if section.heading >= body_end or not empty(section) or not _sure_heading(doc, section) \
                or _in_empty_run(section, empty):
            continue
        own = {section.heading, *section.extra_headings}
        following = next((i for i in headings if i > section.heading and i not in own), None)
        if following is not None and not _plainly_after(section, doc.blocks[following].label_kind):
            continue
        name = heading_name(section)
        if following is not None and following < end:
            nxt = shorten(doc.blocks[following].text)
            yield finding("KT104", f"Mục “{name}” không có nội dung: ngay sau là đề mục “{nxt}”",
                          f"Section “{name}” is empty: the heading “{nxt}” follows at once",
                          heading_span(doc, section), related=[Span(following, 0, len(doc.blocks[following].text))])
        elif ended:  # a text that stops after a heading without showing its end is cut or unfinished
            yield finding("KT104", f"Mục “{name}” không có nội dung: văn bản kết thúc ngay sau đề mục",
                          f"Section “{name}” is empty: the document ends right after the heading",
                          heading_span(doc, section))


def _sure_heading(doc: Document, section: Section) -> bool:
    """A numbered or styled heading; a bold line without a number may be a label in the text
    (the signer's title, "QUYẾT NGHỊ:", a caption), whose "section" is empty by nature.  An
    article may state its provision in its own line, needing no body: when only its label is
    bold ("**Điều 2.** Bãi bỏ Quyết định số 15/2020/QĐ-UBND") or the line runs on past a
    title's length ("Điều 2. Sửa đổi, bổ sung … tại tiết g và tiết i điểm 11 …")."""
    if section.kind == "article" and (len(section.title) > ARTICLE_TITLE_CHARS
                                      or not doc.blocks[section.heading].bold):
        return False
    return section.kind != "bold"


def _plainly_after(section: Section, next_kind: str | None) -> bool:
    """Whether the heading that follows an empty section plainly closes it.

    Not when it is only a bold line (perhaps the section's first words), nor when its label
    usually sits deeper ("1." after "II."): then the outline, not the draft, is in doubt.
    A title that ends like a sentence (".", ":") is a numbered list item, empty by nature.
    """
    if next_kind == "bold" or section.title.rstrip("*_ ").endswith((".", ":")):
        return False
    if section.kind in LADDER and next_kind in LADDER:
        return LADDER.index(next_kind) <= LADDER.index(section.kind)
    return True


def _in_empty_run(section: Section, empty) -> bool:
    """One of two or more empty siblings in a row: a list typed as bold numbered lines, or a table
    of contents, not sections left unwritten."""
    siblings = section.parent.children if section.parent is not None else []
    i = next(k for k, s in enumerate(siblings) if s is section)
    return any(0 <= k < len(siblings) and empty(siblings[k]) for k in (i - 1, i + 1))


def _is_content(doc: Document, index: int) -> bool:
    block = doc.blocks[index]
    return block.kind in (PARAGRAPH, TABLE_CELL) and bool(block.text.strip())


# -- KT107 ------------------------------------------------------------------------------
@rule("KT107", "section-order", "structure", "info",
      summary_vi="Các mục không theo thứ tự thường gặp của loại báo cáo (hồ sơ)",
      summary_en="Sections out of the order the report type (profile) expects",
      explanation_vi="Hồ sơ có thứ tự mục (ví dụ kiểm điểm: ưu điểm → hạn chế → nguyên nhân → bài học → trách "
                     "nhiệm → phương hướng). Quy tắc chỉ xét các đề mục mở đầu bằng tên mục và nằm ở các cấp "
                     "trên cùng, rồi nêu mục đứng lệch so với phần còn lại. Chỉ là thông tin: đề cương của từng "
                     "hướng dẫn có thể khác.",
      explanation_en="Ordered profiles list their sections in the expected order. Only headings that open with a "
                     "section's name and sit near the top of the outline are used; the rule names the section that "
                     "is out of place. Information only: each directive's outline may differ.",
      bad="I. Ưu điểm, kết quả / II. Nguyên nhân / III. Hạn chế, khuyết điểm",
      good="I. Ưu điểm, kết quả / II. Hạn chế, khuyết điểm / III. Nguyên nhân")
def check_section_order(doc: Document, ctx):
    profile = current_profile(doc, ctx)
    if profile is None or not profile.ordered:
        return
    matches = _matches(doc, ctx, profile)
    strong_levels = [s.level for found in matches for s, h in found if h.strong]
    if not strong_levels:
        return
    top = min(strong_levels) + 1
    placed = [(i, rep) for i, found in enumerate(matches)
              if (rep := _representative(found, strong_only=True, max_level=top)) is not None]
    placed.sort(key=lambda item: (item[1].heading, item[0]))
    kept = _increasing(placed)
    for pos, (i, section) in enumerate(placed):
        if pos in kept:
            continue
        spec = profile.sections[i]
        ahead = next(((j, s) for p, (j, s) in enumerate(placed) if p in kept and p < pos and j > i), None)
        if ahead is not None:
            j, other = ahead
            word_vi, word_en = "đứng sau", "comes after"
            usual_vi, usual_en = "trước", "before"
        else:
            ahead = next(((j, s) for p, (j, s) in enumerate(placed) if p in kept and p > pos and j < i), None)
            if ahead is None:  # cannot happen for a longest run; stay silent rather than guess
                continue
            j, other = ahead
            word_vi, word_en = "đứng trước", "comes before"
            usual_vi, usual_en = "sau", "after"
        other_spec = profile.sections[j]
        yield finding(
            "KT107",
            f"Mục “{heading_name(section)}” ({spec.name}) {word_vi} mục “{heading_name(other)}” "
            f"({other_spec.name}); theo hồ sơ “{profile.name}”, mục này thường đứng {usual_vi}",
            f"Section “{heading_name(section)}” ({spec.name_en}) {word_en} “{heading_name(other)}” "
            f"({other_spec.name_en}); the profile “{profile.name}” puts it {usual_en}",
            heading_span(doc, section), related=[heading_span(doc, other)])


def _increasing(placed: list[tuple[int, Section]]) -> set[int]:
    """Positions of a longest run of strictly increasing profile indices; earlier items win ties."""
    n = len(placed)
    length, prev = [1] * n, [-1] * n
    for b in range(n):
        for a in range(b):
            if placed[a][0] < placed[b][0] and length[a] + 1 > length[b]:
                length[b], prev[b] = length[a] + 1, a
    end = max(range(n), key=lambda k: (length[k], -k)) if n else -1
    kept = set()
    while end >= 0:
        kept.add(end)
        end = prev[end]
    return kept
