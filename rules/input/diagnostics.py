"""KT0xx: what the reader found about the file itself.

KT001/KT002 are raised by the readers for files that cannot be read at all; the
CLI reports them as the file's error (exit 2).  They are registered here so that
``kiemtra rules KT001`` explains them and --ignore/--select know the codes.
"""

from __future__ import annotations

from kiemtra_lint.engine import rule
from kiemtra_lint.findings import Span, finding
from kiemtra_lint.text import UNREADABLE


def _diagnostics(code: str):
    def check(doc, ctx):
        for d in doc.diagnostics:
            if d.code == code:
                span = Span(d.block, d.start, d.end) if d.block is not None else None
                yield finding(code, d.message_vi, d.message_en, span)
    return check


def _reported_by_reader(doc, ctx):
    """Unreadable files never reach the rules; the CLI reports them with this code."""
    return ()


def _reported_by_pipeline(doc, ctx):
    """Produced by kiemtra_lint.suppress after the rules have run, not by a check."""
    return ()


rule("KT001", "unreadable-file", "input", "error",
     summary_vi="Không đọc được tệp (hỏng, không phải .docx, bị cắt cụt, nén bất thường, XML sai)",
     summary_en="The file cannot be read (corrupt, not a .docx, truncated, zip bomb, malformed XML)",
     explanation_vi="Tệp không mở được như một gói .docx hợp lệ. Lệnh trả mã thoát 2 và nêu rõ nguyên nhân; "
                    "các tệp khác vẫn được kiểm tra.",
     explanation_en="The file cannot be opened as a valid .docx package. The command exits with 2 and names "
                    "the cause; other files are still checked.",
     bad="du-thao.docx bị cắt cụt khi gửi qua thư điện tử",
     good="du-thao.docx mở được bằng Word và lưu lại đầy đủ")(_reported_by_reader)

rule("KT002", "unsupported-format", "input", "error",
     summary_vi="Định dạng không hỗ trợ: tệp Word 97-2003 (.doc), tệp có mật khẩu, tệp Excel/PowerPoint",
     summary_en="Unsupported format: Word 97-2003 (.doc), password-protected file, Excel/PowerPoint file",
     explanation_vi="Chỉ đọc được .docx (và .docm, .dotx). Hãy mở tệp bằng Word, gỡ mật khẩu nếu có, rồi "
                    "lưu lại dưới dạng .docx.",
     explanation_en="Only .docx (and .docm, .dotx) are read. Open the file in Word, remove any password and "
                    "save it as .docx.",
     bad="bao-cao.doc (Word 97-2003)",
     good="bao-cao.docx")(_reported_by_reader)

rule("KT003", "legacy-encoding", "input", "error",
     summary_vi="Văn bản gõ bằng bảng mã cũ TCVN3 (.VnTime) hoặc VNI, không phải Unicode",
     summary_en="Text typed in the legacy TCVN3 (.VnTime) or VNI encoding, not Unicode",
     explanation_vi="Bản thảo gõ bằng phông .VnTime/.VnTimeH (TCVN3) hoặc VNI-Times lưu chữ Việt bằng các ký tự "
                    "Latin-1 thay thế, nên mọi phép kiểm tra khác sẽ cho kết quả vô nghĩa. Hãy chuyển mã sang "
                    "Unicode (Unikey: Công cụ chuyển mã) rồi kiểm tra lại; khi phát hiện bảng mã cũ, các quy tắc "
                    "khác không chạy.",
     explanation_en="Drafts typed with .VnTime/.VnTimeH (TCVN3) or VNI-Times fonts store Vietnamese as Latin-1 "
                    "look-alikes, so every other check would report nonsense. Convert to Unicode and check again; "
                    "when a legacy encoding is found, the other rules do not run.",
     bad="Uû ban nh©n d©n huyÖn (phông .VnTime)",
     good="Ủy ban nhân dân huyện (Unicode, phông Times New Roman)")(_diagnostics("KT003"))

rule("KT004", "tracked-changes", "input", "info",
     summary_vi="Bản thảo còn thay đổi được theo dõi (Track Changes) chưa xử lý",
     summary_en="The draft still contains tracked changes",
     explanation_vi="Văn bản được kiểm tra như thể mọi thay đổi đã được chấp nhận (phần chèn giữ lại, phần xóa bỏ "
                    "đi). Trước khi trình, hãy chấp nhận hoặc từ chối hết các thay đổi.",
     explanation_en="The text is checked as if every change were accepted (insertions in, deletions out). Accept "
                    "or reject all changes before submitting.",
     bad="Bản thảo còn 12 chỗ sửa hiện màu đỏ trong chế độ Track Changes",
     good="Review > Accept All Changes trước khi trình")(_diagnostics("KT004"))

def _unreadable_characters(doc, ctx):
    """One finding per block holding U+FFFD, at its first one, with how many the block holds:
    the readers put it where a byte or a code point could not be read (a stray byte in a text
    file, a w:sym that is no character, a control character), so the text checked is not all
    the drafter's.  Grouped, so that a block of ten thousand gives one finding, not ten thousand."""
    for block in doc.blocks:
        first = block.text.find(UNREADABLE)
        if first < 0:
            continue
        count = block.text.count(UNREADABLE)
        end = first + 1
        while end < len(block.text) and block.text[end] == UNREADABLE:
            end += 1
        where_vi = f"{count} ký tự" if count > 1 else "Ký tự"
        where_en = f"{count} characters" if count > 1 else "A character"
        yield finding("KT005", f"{where_vi} không đọc được (byte hoặc mã ký tự hỏng trong tệp), hiện thành “�”; "
                               "hãy gõ lại chỗ này",
                      f"{where_en} could not be read (a broken byte or code point in the file), shown as “�”; "
                      "retype it", Span(block.index, first, end))


rule("KT005", "unreadable-characters", "input", "error",
     summary_vi="Có ký tự không đọc được (byte hỏng, mã ký tự không hợp lệ, ký tự điều khiển), hiện thành “�”",
     summary_en="Characters that could not be read (broken bytes, invalid code points, control characters), shown "
                "as “�”",
     explanation_vi="Tệp có chỗ hỏng: một byte không đúng mã UTF-8/UTF-16, một ký hiệu Word (w:sym) mang mã không "
                    "phải ký tự, hay một ký tự điều khiển. Phần còn lại vẫn được kiểm tra; chỗ hỏng hiện thành “�” "
                    "và được báo một lần cho mỗi đoạn, kèm số chỗ. Hãy gõ lại chữ ở đó.",
     explanation_en="The file is damaged in places: a byte that is not valid UTF-8/UTF-16, a Word symbol (w:sym) "
                    "whose code is not a character, or a control character. The rest is still checked; each "
                    "damaged place shows as “�” and is reported once per paragraph, with a count. Retype the text "
                    "there.",
     bad="Toàn huyện có 49/53 tr\ufffd\ufffdng đạt chuẩn.",
     good="Toàn huyện có 49/53 trường đạt chuẩn.")(_unreadable_characters)

rule("KT006", "unreadable-part", "input", "error",
     summary_vi="Một phần phụ của tệp .docx bị hỏng (kiểu, đánh số, chú thích, nhận xét) và đã bị bỏ qua",
     summary_en="A secondary part of the .docx is damaged (styles, numbering, notes, comments) and was skipped",
     explanation_vi="Phần thân văn bản đọc được nên vẫn được kiểm tra, nhưng phần hỏng thì không: ví dụ chú thích "
                    "cuối trang hỏng thì không kiểm tra được chú thích, đánh số hỏng thì không thấy số đề mục do Word "
                    "đánh. Hãy mở tệp bằng Word và lưu lại (Word sửa hoặc báo phần hỏng) rồi kiểm tra lại.",
     explanation_en="The body could be read and is checked, but the damaged part is not: damaged footnotes are not "
                    "checked, damaged numbering hides the heading numbers Word generates. Open the file in Word and "
                    "save it again (Word repairs or reports the part), then check it again.",
     bad="du-thao.docx có word/footnotes.xml bị cắt dở",
     good="du-thao.docx được Word lưu lại đầy đủ")(_diagnostics("KT006"))

rule("KT009", "rule-crashed", "input", "warning",
     summary_vi="Một quy tắc gặp lỗi nội bộ và đã bị bỏ qua",
     summary_en="A rule crashed and was skipped",
     explanation_vi="Lỗi của kiemtra-lint, không phải của bản thảo: các quy tắc khác vẫn chạy. Hãy báo lỗi kèm tệp.",
     explanation_en="A bug in kiemtra-lint, not in the draft: the other rules still ran. Please report it.",
     bad="Quy tắc KT201 gặp lỗi nội bộ",
     good="(không có)")(_reported_by_reader)

rule("KT010", "unused-suppression", "input", "info",
     summary_vi="Chú thích “kiemtra: bỏ qua” không bỏ qua phát hiện nào",
     summary_en="A “kiemtra: ignore” comment silences nothing",
     explanation_vi="Một nhận xét Word (hoặc chú thích HTML <!-- --> trong .md/.txt) bắt đầu bằng “kiemtra: bỏ qua "
                    "KT201” làm im các phát hiện KT201 trên đúng đoạn chữ nó được gắn vào; “kiemtra: bỏ qua” không kèm "
                    "mã thì làm im mọi mã. Khi không còn phát hiện nào để bỏ qua (số liệu đã được sửa, hoặc mã viết "
                    "sai), chú thích đó thừa và nên xóa, để nó không che mất một lỗi mới sau này. Chỉ các mã đang được "
                    "kiểm tra mới được xét; một phát hiện về toàn văn bản được bỏ qua bởi chú thích nêu đúng mã của "
                    "nó ở bất kỳ đâu trong văn bản.",
     explanation_en="A Word comment (or an HTML comment <!-- --> in .md/.txt) starting with “kiemtra: ignore KT201” "
                    "(or “kiemtra: bỏ qua KT201”) silences KT201 findings on the text it is anchored to; a bare "
                    "“kiemtra: ignore” silences every code. When there is nothing left to silence (the figure was "
                    "fixed, or the code is mistyped), the comment is dead weight and should go, before it hides a "
                    "new mistake. Only codes being checked are considered; a finding about the whole document is "
                    "silenced by a comment naming its code anywhere in the document.",
     bad="Nhận xét “kiemtra: bỏ qua KT201” trên câu “đạt tỷ lệ 92,5%” sau khi số liệu đã được sửa đúng",
     good="Xóa nhận xét đó; giữ “kiemtra: bỏ qua” chỉ ở nơi còn phát hiện cần bỏ qua")(_reported_by_pipeline)
