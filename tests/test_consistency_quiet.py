"""KT501-KT504 on the shapes of real published text (issue 17): invented sentences, a correct and
a wrong version of each shape."""

from __future__ import annotations

from kiemtra_lint.config import Settings
from kiemtra_lint.lint import lint_file


def check(tmp_path, md: str, codes=("KT503",)):
    path = tmp_path / "d.md"
    path.write_text(md, encoding="utf-8")
    return lint_file(str(path), Settings(select=codes)).findings


def shown(findings):
    return [(f.rule, f.severity, f.place["excerpt"]) for f in findings]


# --- KT503: abbreviations ---------------------------------------------------------------------

def test_well_known_abbreviations_need_no_definition(tmp_path):
    md = ("UBND, HĐND và MTTQ các xã giải quyết TTHC đúng hạn; KT-XH tăng trưởng khá, QP-AN được giữ vững; "
          "BCĐ, BCH và BTV họp định kỳ; ứng dụng CNTT; bảo đảm ATTP và PCCC; chi NSNN đúng dự toán.\n")
    assert check(tmp_path, md) == []


def test_a_well_known_abbreviation_the_draft_spells_out_after_using_it(tmp_path):
    """The draft chose to spell it out: its first use should be where it does."""
    md = "Thực hiện CCHC.\n\nĐẩy mạnh cải cách hành chính (CCHC) ở cấp xã.\n"
    assert shown(check(tmp_path, md)) == [("KT503", "warning", "CCHC")]
    assert check(tmp_path, "Đẩy mạnh cải cách hành chính (CCHC) ở cấp xã.\n\nThực hiện CCHC.\n") == []


def test_office_codes_after_the_recipients_or_the_archive_line_are_not_abbreviations(tmp_path):
    md = ("Quyết định có hiệu lực từ ngày ký./. | **Nơi nhận:** - Như Điều 3; - VPUB: CVP, các PCVP; - Lưu: VT, "
          "KGVX. | **TM. ỦY BAN NHÂN DÂN**\n")
    assert check(tmp_path, md) == []
    md = "Giao Sở Y tế chủ trì thực hiện. - Lưu: VT, NCTH.\n"
    assert check(tmp_path, md) == []


def test_a_newspaper_dateline_is_not_a_use(tmp_path):
    md = "Hà Nội (TTXVN) - Sáng nay, Thủ tướng chủ trì phiên họp. (PV)\n"
    assert check(tmp_path, md) == []


def test_a_group_spelled_out_at_once(tmp_path):
    md = ("Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (sau đây gọi là KHCN, ĐMST và CĐS) "
          "là đột phá.\n\nĐầu tư cho ĐMST và CĐS tăng.\n")
    assert check(tmp_path, md) == []
    wrong = "Đầu tư cho ĐMST tăng.\n\n" + md
    assert shown(check(tmp_path, wrong)) == [("KT503", "warning", "ĐMST")]


def test_an_abbreviation_joined_by_an_ampersand_is_one(tmp_path):
    assert check(tmp_path, "Nắm bắt tiến bộ KH&CN trong sản xuất.\n") == []
    findings = check(tmp_path, "Phối hợp với Phòng KT&ĐBCL tổ chức thi.\n")
    assert shown(findings) == [("KT503", "info", "KT&ĐBCL")]


def test_words_in_a_run_of_capitals_are_headings_or_signatures(tmp_path):
    md = ("**V/V ỨNG PHÓ MƯA LŨ TẠI ĐẮK LẮK VÀ GIA LAI**\n\nKT. GIÁM ĐỐC PHÓ GIÁM ĐỐC\n\n"
          "THE MINISTRY OF FINANCE\n")
    assert check(tmp_path, md) == []
    assert shown(check(tmp_path, "Sinh viên làm KLTN cuối khóa.\n")) == [("KT503", "info", "KLTN")]
