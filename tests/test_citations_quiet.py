"""KT301/KT302 stay quiet on shapes that published documents use rightly (issue 17), and still
speak on the slip next to each.  Every sentence is invented; the shapes were audited on
../shared/corpus (labels in bench/labels/findings-citations.csv)."""

import pytest
from test_citations_rules import checker


@pytest.fixture
def check(lint_text):
    return checker(lint_text)


def test_kt301_ends_a_state_symbol_before_a_capitalised_word(check):
    # a table cell lists an article, then the next item after " - "
    md = "Khoản 2 Điều 9 Nghị định số 58/2019/NĐ-CP - Quy trình cấp phép; Điều 11 Nghị định số 58/2019/NĐ- CP.\n"
    assert check(md, select=("KT301",)) == [
        ("KT301", "Ký hiệu “58/2019/NĐ- CP” có dấu cách thừa: viết đúng là “58/2019/NĐ-CP”",
         "58/2019/NĐ- CP", [])]


def test_kt301_keeps_mixed_case_issuer_parts(check):
    md = "Căn cứ Quyết định số 1234/QĐ- TTg ngày 12/5/2021 của Thủ tướng Chính phủ.\n"
    assert check(md, select=("KT301",)) == [
        ("KT301", "Ký hiệu “1234/QĐ- TTg” có dấu cách thừa: viết đúng là “1234/QĐ-TTg”", "1234/QĐ- TTg", [])]


def test_kt301_accepts_nd_in_english_text_only(check):
    md = ("Pursuant to the Government’s Decree No. 45/2016/ND-CP dated May 12, 2016.\n\n"
          "Căn cứ Nghị định số 46/2016/ND-CP ngày 12/5/2016 của Chính phủ.\n")
    assert check(md, select=("KT301",)) == [
        ("KT301", "Ký hiệu “46/2016/ND-CP” viết sai chữ viết tắt “ND” (đúng là “NĐ”): viết đúng là "
                  "“46/2016/NĐ-CP”", "46/2016/ND-CP", [])]


def test_kt301_english_text_does_not_excuse_spaces(check):
    md = "Pursuant to the Government’s Decree No. 45/2016/ND- CP dated May 12, 2016.\n"
    assert check(md, select=("KT301",)) == [
        ("KT301", "Ký hiệu “45/2016/ND- CP” có dấu cách thừa: viết đúng là “45/2016/ND-CP”", "45/2016/ND- CP", [])]


def test_kt302_a_cong_van_symbol_opens_with_its_issuer(check):
    # 512/CT-TTHT: a công văn of an office whose code is CT, not a Chỉ thị
    md = ("Cục Thuế đã có Công văn số 512/CT-TTHT ngày 10/11/2025 hướng dẫn kê khai.\n\n"
          "Thực hiện Kế hoạch số 513/CT-UBND ngày 10/11/2025 của UBND tỉnh.\n")
    assert check(md, select=("KT302",)) == [
        ("KT302", "Loại văn bản “Kế hoạch” không khớp ký hiệu “513/CT-UBND”: CT là Chỉ thị (Kế hoạch của cơ quan "
                  "nhà nước viết tắt là KH)", "Kế hoạch số 513/CT-UBND", [])]


def test_kt302_a_party_cong_van_is_still_checked(check):
    md = "Thực hiện Công văn số 35-NQ/HU, ngày 10/5/2021 của Ban Thường vụ Huyện ủy.\n"
    assert [f[0] for f in check(md, select=("KT302",))] == ["KT302"]


def test_kt301_kt302_leave_documents_older_than_todays_forms(check):
    # before 2005 a Thông tư of the finance ministry was written "41-TC/TCT"
    md = ("Căn cứ Thông tư số 41-TC/TCT ngày 14/3/1996 của Bộ Tài chính.\n\n"
          "Căn cứ Thông tư số 42-TC/TCT ngày 14/3/2016 của Bộ Tài chính.\n")
    assert check(md, select=("KT301", "KT302")) == [
        ("KT302", "Loại văn bản “Thông tư” không khớp ký hiệu “42-TC/TCT”: TC là Thông cáo (văn bản của Đảng không "
                  "có loại Thông tư)", "Thông tư số 42-TC/TCT", [])]


def test_a_capitalised_word_right_after_the_dash_stays_in_the_symbol(check):
    md = "Theo Thông tư số 12/2016/TT-Bộ GDĐT ngày 20/5/2016 của Bộ Giáo dục và Đào tạo.\n"
    assert check(md, select=("KT301", "KT302")) == []


def test_kt301_letter_case_is_free_in_a_line_of_capitals(check):
    md = ("KẾ HOẠCH THỰC HIỆN QUYẾT ĐỊNH SỐ 15/QĐ-TTG NGÀY 09 THÁNG 3 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ\n\n"
          "Thực hiện Quyết định số 07/QĐ-TTG ngày 02/01/2025 của Thủ tướng Chính phủ.\n")
    assert check(md, select=("KT301",)) == [
        ("KT301", "Ký hiệu “07/QĐ-TTG” viết sai chữ hoa, chữ thường ở “TTG”: viết đúng là “07/QĐ-TTg”",
         "07/QĐ-TTG", [])]


def test_an_abbreviation_of_its_own_is_not_a_glued_one(check):
    md = "Căn cứ Nghị quyết liên tịch số 31/2023/NQLT ngày 14/6/2023 của Ủy ban Thường vụ Quốc hội.\n"
    assert check(md, select=("KT301",)) == []


def test_kt304_a_cong_van_called_by_its_symbols_type_is_one_document(check):
    md = ("Thực hiện Công văn số 412/HD-SNV ngày 06/10/2024 của Sở Nội vụ; theo Hướng dẫn số 412/HD-SNV ngày "
          "06/10/2024 của Sở Nội vụ.\n")
    assert check(md, select=("KT304",)) == []


def test_kt302_a_symbol_cut_after_its_abbreviation_agrees_with_it(check):
    md = ("Căn cứ Nghị quyết liên tịch số 31/2023/NQLT ngày 14/6/2023 của Ủy ban Thường vụ Quốc hội; Thông tư số "
          "32/2023/NQLT ngày 14/6/2023.\n")
    assert [(f[0], f[2]) for f in check(md, select=("KT302",))] == [
        ("KT302", "Thông tư số 32/2023/NQLT")]


def test_kt302_a_regulation_cited_by_its_decision_is_a_note(lint_text):
    result = lint_text("Theo Quy định số 75/QĐ-ĐHKT ngày 3/4/2020 của Trường; Quy định số 12-QĐ/TU, ngày 3/4/2020 "
                       "của Tỉnh ủy; Kế hoạch số 76/QĐ-ĐHKT ngày 3/4/2020 của Trường.\n", ("KT302",))
    found = [(f.rule, f.severity, f.place["excerpt"]) for f in result.findings]
    assert found == [("KT302", "info", "Quy định số 75/QĐ-ĐHKT"), ("KT302", "error", "Kế hoạch số 76/QĐ-ĐHKT")]


def test_kt302_a_letter_numbered_by_a_bank_or_a_company(check):
    md = ("Trả lời công văn số 2106/2024/PL ngày 21/6/2024 của Công ty TNHH Minh Phát về chính sách thuế; "
          "công văn số 15/2024/QH15 ngày 21/6/2024; Thông tư số 45/2024/BTC-TCT ngày 21/6/2024.\n")
    assert [(f[0], f[2]) for f in check(md, select=("KT302",))] == [
        ("KT302", "công văn số 15/2024/QH15"), ("KT302", "Thông tư số 45/2024/BTC-TCT")]
