"""KT3xx recall (issue 17, point 6): each shape of slip as an invented sentence, wrong and right,
with the exact finding."""

import pytest
from test_citations_rules import checker


@pytest.fixture
def check(lint_text):
    return checker(lint_text)


def test_kt307_a_period_that_runs_backwards(check):
    md = ("Kết quả thực hiện Nghị quyết giai đoạn 2021-2020 và nhiệm kỳ 2015 – 2010 đạt khá.\n\n"
          "Kết quả thực hiện Nghị quyết giai đoạn 2021-2025, năm học 2022-2023; Quyết định số 45/2017-2016 và "
          "mã 12020-2019 không phải giai đoạn.\n")
    assert check(md, select=("KT307",)) == [
        ("KT307", "Giai đoạn “2021-2020” ghi ngược: năm kết thúc 2020 trước năm bắt đầu 2021", "2021-2020", []),
        ("KT307", "Giai đoạn “2015 – 2010” ghi ngược: năm kết thúc 2010 trước năm bắt đầu 2015", "2015 – 2010", [])]


def test_kt306_the_date_given_earlier_in_the_sentence_in_another_form(check):
    md = ("Ngày 03-8-2021, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 25-KH/TU về chuyển đổi số.\n\n"
          "Ngày 05-8-2021, Huyện ủy tổ chức hội nghị quán triệt Kế hoạch số 26-KH/TU về chuyển đổi số.\n")
    assert check(md, select=("KT306",)) == [
        ("KT306", "Lần đầu nhắc đến “Kế hoạch số 26-KH/TU” chưa ghi ngày ban hành và cơ quan ban hành",
         "Kế hoạch số 26-KH/TU", [])]


def test_kt303_a_year_with_a_digit_too_many_and_a_day_the_month_lacks(check):
    md = ("Thực hiện Kế hoạch số 12-KH/HU, ngày 15/9/20190 của Ban Thường vụ Huyện ủy về công tác cán bộ; "
          "Hướng dẫn số 14-HD/HU, ngày 30/02/2023 của Ban Thường vụ Huyện ủy; Quyết định số 15-QĐ/HU, "
          "ngày 15 tháng 9 năm 20190 của Ban Thường vụ Huyện ủy.\n\n"
          "Thực hiện Kế hoạch số 13-KH/HU, ngày 15/9/2019 của Ban Thường vụ Huyện ủy; Hướng dẫn số 16-HD/HU, "
          "ngày 28/02/2023 của Ban Thường vụ Huyện ủy.\n")
    assert check(md) == [
        ("KT303", "Ngày “15/9/20190” không có thật: năm 20190 thừa chữ số", "15/9/20190", []),
        ("KT303", "Ngày “30/02/2023” không có thật: tháng 2 năm 2023 chỉ có 28 ngày", "30/02/2023", []),
        ("KT303", "Ngày “ngày 15 tháng 9 năm 20190” không có thật: năm 20190 thừa chữ số",
         "ngày 15 tháng 9 năm 20190", [])]


def test_kt301_letter_case_of_the_issuer(check):
    md = ("Căn cứ Quyết định số 1234/QĐ-TTG ngày 12/5/2021 của Thủ tướng Chính phủ; Quyết định số 1235/QĐ-TTg "
          "ngày 12/5/2021 của Thủ tướng Chính phủ.\n")
    assert check(md, select=("KT301",)) == [
        ("KT301", "Ký hiệu “1234/QĐ-TTG” viết sai chữ hoa, chữ thường ở “TTG”: viết đúng là “1234/QĐ-TTg”",
         "1234/QĐ-TTG", [])]


def test_kt301_a_missing_hyphen_between_type_and_issuer(check):
    md = ("Căn cứ Thông tư số 21/2024/TTBTC ngày 11/4/2024 của Bộ Tài chính; Nghị định số "
          "64/2019/NĐCP ngày 16/7/2019 của Chính phủ; Thông tư số 22/2024/TT-BTC ngày 11/4/2024 của Bộ "
          "Tài chính; Nghị quyết số 15/2020/HĐND ngày 07/8/2020; Luật số 80/2015/QH13.\n")
    assert check(md, select=("KT301", "KT302")) == [
        ("KT301", "Ký hiệu “21/2024/TTBTC” thiếu dấu gạch nối “-” giữa “TT” và “BTC”: viết đúng là "
                  "“21/2024/TT-BTC”", "21/2024/TTBTC", []),
        ("KT301", "Ký hiệu “64/2019/NĐCP” thiếu dấu gạch nối “-” giữa “NĐ” và “CP”: viết đúng là “64/2019/NĐ-CP”",
         "64/2019/NĐCP", [])]


def test_kt301_spaces_inside_a_symbol(check):
    md = ("Thực hiện Hướng dẫn số 09 - HD/BTCTW, ngày 12/5/2021 của Ban Tổ chức Trung ương và Nghị quyết số "
          "10/NQ- HĐND, ngày 12/5/2021 của Hội đồng nhân dân tỉnh; Hướng dẫn số 08-HD/BTCTW, ngày 12/5/2021 của "
          "Ban Tổ chức Trung ương.\n")
    assert check(md, select=("KT301",)) == [
        ("KT301", "Ký hiệu “09 - HD/BTCTW” có dấu cách thừa: viết đúng là “09-HD/BTCTW”", "09 - HD/BTCTW", []),
        ("KT301", "Ký hiệu “10/NQ- HĐND” có dấu cách thừa: viết đúng là “10/NQ-HĐND”", "10/NQ- HĐND", [])]


def test_kt301_a_forms_code_followed_by_a_dash_and_its_title_in_capitals(check):
    md = ("Ban hành kèm theo Thông tư này các mẫu: 1.- Mẫu số: 07/QTT-TNCN – BẢNG KÊ THU NHẬP CHỊU THUẾ; "
          "2.- Mẫu số: 09/KK – TỜ KHAI QUYẾT TOÁN.\n")
    assert check(md, select=("KT301",)) == []
    # a code piece after the spaced dash is still a spacing slip of the symbol
    md = "Thực hiện Kế hoạch số 12/KH – UBND ngày 3/4/2023 của Ủy ban nhân dân huyện.\n"
    assert check(md, select=("KT301",)) == [
        ("KT301", "Ký hiệu “12/KH – UBND” dùng dấu gạch ngang dài thay cho dấu gạch nối “-”, có dấu cách thừa: "
                  "viết đúng là “12/KH-UBND”", "12/KH – UBND", [])]


def test_kt303_kt305_year_of_the_symbol_and_issuer_of_a_known_document(check):
    md = ("Căn cứ Nghị định số 45/2017/NĐ-CP ngày 12/5/2019 của Chính phủ và Nghị định số 46/2017/NĐ-CP ngày "
          "12/5/2017 của Chính phủ; thực hiện Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Ban Bí thư và Nghị "
          "quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị.\n")
    assert check(md, select=("KT303", "KT305")) == [
        ("KT303", "Ngày ban hành 12/5/2019 không cùng năm với ký hiệu “45/2017/NĐ-CP” (năm 2017)", "12/5/2019", []),
        ("KT305", "Nghị quyết 35-NQ/TW do Bộ Chính trị ban hành, không phải “Ban Bí thư” (nguồn: Nghị quyết "
                  "35-NQ/TW ngày 22/10/2018 của Bộ Chính trị (văn bản gốc))", "Ban Bí thư", [])]


def test_kt301_a_dash_for_the_slash_after_the_year(check):
    md = ("Căn cứ Nghị định số 46/2017-NĐ-CP ngày 12/5/2017 của Chính phủ và Nghị định số 47/2017/NĐ-CP ngày "
          "12/5/2017 của Chính phủ; kết quả giai đoạn 2017-2020.\n")
    assert check(md, select=("KT301", "KT302")) == [
        ("KT301", "Ký hiệu “46/2017-NĐ-CP” viết sai dấu phân cách: viết đúng là “46/2017/NĐ-CP”", "46/2017-NĐ-CP", [])]


def test_kt301_a_space_for_the_dash_of_a_party_symbol(check):
    md = ("Thực hiện Kế hoạch số 117 KH/TU, ngày 12/5/2021 của Tỉnh ủy về chuyển đổi số và Kế hoạch số 118-KH/TU, "
          "ngày 12/5/2021 của Tỉnh ủy; toàn tỉnh có 12 NQ/TU được sơ kết.\n")
    assert check(md, select=("KT301", "KT302", "KT306")) == [
        ("KT301", "Ký hiệu “117 KH/TU” thiếu dấu gạch nối “-”: viết đúng là “117-KH/TU”", "117 KH/TU", [])]


def test_kt308_one_document_cited_with_two_years(check):
    first = ("Căn cứ Thông tư số 07/2023/TT-BTC ngày 10/3/2023 của Bộ Tài chính hướng dẫn quản lý kinh phí "
             "chuyển đổi số cấp xã.\n\n")
    md = first + ("Các xã thực hiện theo Thông tư số 07/2024/TT-BTC của Bộ Tài chính hướng dẫn quản lý kinh phí "
                  "chuyển đổi số cấp xã.\n")
    assert check(md, select=("KT308",)) == [
        ("KT308", "“07/2024/TT-BTC” và “07/2023/TT-BTC” (ở chỗ khác) cùng loại, cùng số, cùng cơ quan ban hành, "
                  "cùng trích yếu “hướng dẫn quản lý kinh phí chuyển đổi số cấp xã” nhưng khác năm: có lẽ một "
                  "trong hai ghi sai năm", "07/2024/TT-BTC", ["07/2023/TT-BTC"])]
    # the same symbol again, a replacement said so, another title, a series of one title: silent
    for later in ("Các xã thực hiện theo Thông tư số 07/2023/TT-BTC của Bộ Tài chính hướng dẫn quản lý kinh phí "
                  "chuyển đổi số cấp xã.\n",
                  "Thông tư số 07/2024/TT-BTC của Bộ Tài chính hướng dẫn quản lý kinh phí chuyển đổi số cấp xã "
                  "thay thế thông tư cũ.\n",
                  "Các xã thực hiện theo Thông tư số 07/2024/TT-BTC của Bộ Tài chính hướng dẫn quản lý kinh phí "
                  "bảo trì đường giao thông nông thôn.\n",
                  "Các xã thực hiện theo Thông tư số 08/2023/TT-BTC của Bộ Tài chính hướng dẫn quản lý kinh phí "
                  "chuyển đổi số cấp xã.\n",
                  "Các xã thực hiện theo Thông tư số 07/2024/TT-BTC của Bộ Tài chính về kinh phí.\n"):
        assert check(first + later, select=("KT308",)) == []


def test_kt306_not_the_drafts_own_number_in_its_header(check):
    md = ("ỦY BAN NHÂN DÂN HUYỆN TÂY SƠN | Số: 12/KH-UBND | Tây Sơn, ngày 05 tháng 7 năm 2023\n\n"
          "Thực hiện Kế hoạch số 15/KH-UBND về chuyển đổi số, Ủy ban nhân dân huyện triển khai như sau.\n")
    assert check(md, select=("KT306",)) == [
        ("KT306", "Lần đầu nhắc đến “Kế hoạch số 15/KH-UBND” chưa ghi ngày ban hành và cơ quan ban hành",
         "Kế hoạch số 15/KH-UBND", [])]
