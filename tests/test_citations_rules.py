"""KT301-KT306: exact findings (code, Vietnamese message, excerpt, related excerpts) on focused drafts."""

import datetime as dt

import pytest



def checker(lint_text):
    """``check(md, select, report_date, data)``: (code, Vietnamese message, excerpt, related excerpts) of
    every finding of ``md``, through the shared ``lint_text``."""
    def run(md: str, select=("KT3",), report_date=None, data=None):
        result = lint_text(md, select, report_date=report_date, data=data or {})
        assert result.error is None
        out = []
        for f in result.findings:
            if f.place is not None:
                assert f.place["text"][f.place["location"]["start"]:f.place["location"]["end"]] == f.place["excerpt"]
            out.append((f.rule, f.message.vi, f.place["excerpt"] if f.place else None,
                        [p["excerpt"] for p in f.related_places]))
        return out
    return run


@pytest.fixture
def check(lint_text):
    return checker(lint_text)


def test_a_correct_draft_has_no_finding(check):
    md = ("Tây Sơn, ngày 05 tháng 7 năm 2023\n\n"
          "Thực hiện Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị (sau đây gọi tắt là Nghị quyết 35) "
          "và Kết luận 14, 15-KL/TU, ngày 12/3/2021 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy đã ban hành "
          "Kế hoạch số 68-KH/HU, ngày 14/01/2019.\n\n"
          "Quy định số 132-QĐ/TW, ngày 08/3/2018 của Bộ Chính trị; Quy định số 12-QĐi/TU, ngày 10/5/2021 của "
          "Tỉnh ủy; Quy định số 15/QyĐ-UBND ngày 10/5/2021 của UBND tỉnh; Công văn số 123/UBND-VX, ngày "
          "10/5/2021 của UBND huyện; Công văn số 5053-CV/VPTW/nb, ngày 10/5/2021 của Văn phòng Trung ương Đảng; "
          "Luật An ninh mạng số 24/2018/QH14, ngày 12/6/2018 của Quốc hội; Nghị định số 30/2020/NĐ-CP, ngày "
          "05/3/2020 của Chính phủ.\n\n"
          "Nghị quyết 35 được quán triệt; Kế hoạch số 68-KH/HU được kiểm tra; có 05 đồng chí, Ban Chỉ đạo 35, "
          "49/53 trường, trực 24/7, Kế hoạch 5 năm.\n")
    assert check(md) == []


def test_kt301_malformed_symbols(check):
    md = ("Nghị quyết số 07 - NQ/HU, ngày 22/4/2021 của Huyện ủy; Nghị quyết số 08-NQ TU, ngày 22/4/2021 của "
          "Tỉnh ủy; Kế hoạch số 05-KHHĐ/TU, ngày 22/4/2021 của Tỉnh ủy; Nghị quyết số 35/NQ-TW, ngày 22/10/2018 "
          "của Bộ Chính trị; Quyết định số 123-QĐ/UBND, ngày 22/4/2021 của UBND tỉnh; Quy định số 12-QyĐ/TU, ngày "
          "22/4/2021 của Tỉnh ủy; Chương trình số 05-Ctr/TU, ngày 22/4/2021 của Tỉnh ủy; Nghị quyết số 09–NQ/HU, "
          "ngày 22/4/2021 của Huyện ủy.\n")
    assert check(md, select=("KT301",)) == [
        ("KT301", "Ký hiệu “07 - NQ/HU” có dấu cách thừa: viết đúng là “07-NQ/HU”", "07 - NQ/HU", []),
        ("KT301", "Ký hiệu “08-NQ TU” thiếu dấu gạch chéo “/”: viết đúng là “08-NQ/TU”", "08-NQ TU", []),
        ("KT301", "Ký hiệu “05-KHHĐ/TU”: “KHHĐ” không phải chữ viết tắt tên loại văn bản; Kế hoạch viết tắt là KH "
                  "(“05-KH/TU”)", "05-KHHĐ/TU", []),
        ("KT301", "Ký hiệu “35/NQ-TW” trộn thể thức văn bản của Nhà nước với của Đảng: văn bản của Đảng ghi "
                  "“35-NQ/TW”", "35/NQ-TW", []),
        ("KT301", "Ký hiệu “123-QĐ/UBND” trộn thể thức văn bản của Đảng với của Nhà nước: văn bản của UBND ghi "
                  "“123/QĐ-UBND”", "123-QĐ/UBND", []),
        ("KT301", "Ký hiệu “12-QyĐ/TU”: “QyĐ” là chữ viết tắt của văn bản nhà nước, không dùng trong ký hiệu văn "
                  "bản của Đảng; Quy định của Đảng viết tắt là QĐ hoặc QĐi", "12-QyĐ/TU", []),
        ("KT301", "Ký hiệu “05-Ctr/TU” viết sai chữ hoa, chữ thường: viết đúng là “05-CTr/TU”", "05-Ctr/TU", []),
        ("KT301", "Ký hiệu “09–NQ/HU” dùng dấu gạch ngang dài thay cho dấu gạch nối “-”: viết đúng là “09-NQ/HU”",
         "09–NQ/HU", []),
    ]


def test_kt302_type_word_against_symbol(check):
    md = ("Việc triển khai Chương trình số 07-CT/TU, ngày 10/5/2021 của Tỉnh ủy.\n\n"
          "Kế hoạch số 12-TB/ĐU, ngày 10/5/2021 của Đảng ủy.\n\n"
          "Quy định số 12-QĐ/TU, ngày 10/5/2021 của Tỉnh ủy; Quy định số 13-QĐi/TU, ngày 10/5/2021 của Tỉnh ủy; "
          "Quy định số 14/QĐ-UBND ngày 10/5/2021 của UBND tỉnh; Quy định số 15/QyĐ-UBND ngày 10/5/2021 của "
          "UBND tỉnh.\n\n"
          "Nghị định số 24/2018/QH14, ngày 12/6/2018 của Quốc hội. Thông tư 05-TT/TW ngày 10/5/2021 của Ban Bí thư. "
          "Văn bản số 16-KH/TU ngày 10/5/2021 của Tỉnh ủy.\n")
    assert check(md, select=("KT302",)) == [
        ("KT302", "Loại văn bản “Chương trình” không khớp ký hiệu “07-CT/TU”: CT là Chỉ thị (Chương trình của Đảng "
                  "viết tắt là CTr)", "Chương trình số 07-CT/TU", []),
        ("KT302", "Loại văn bản “Kế hoạch” không khớp ký hiệu “12-TB/ĐU”: TB là Thông báo (Kế hoạch của Đảng viết "
                  "tắt là KH)", "Kế hoạch số 12-TB/ĐU", []),
        ("KT302", "Loại văn bản “Quy định” không khớp ký hiệu “14/QĐ-UBND”: QĐ là Quyết định (Quy định của cơ quan "
                  "nhà nước viết tắt là QyĐ)", "Quy định số 14/QĐ-UBND", []),
        ("KT302", "Loại văn bản “Nghị định” không khớp ký hiệu “24/2018/QH14”: ký hiệu không có phần tên loại, là ký "
                  "hiệu của Luật, Bộ luật, Pháp lệnh hoặc Nghị quyết (Nghị định viết tắt là NĐ)",
         "Nghị định số 24/2018/QH14", []),
        ("KT302", "Loại văn bản “Thông tư” không khớp ký hiệu “05-TT/TW”: TT là Thông tri (văn bản của Đảng không có "
                  "loại Thông tư)", "Thông tư 05-TT/TW", []),
    ]


def test_kt301_misspelt_abbreviation_names_one_document_with_the_right_one(check):
    md = ("Nghị định số 33/2023/NĐ-CP, ngày 10/6/2023 của Chính phủ quy định về cán bộ cấp xã.\n\n"
          "Nghị định số 33/2023/ND-CP được triển khai đồng bộ.\n")
    assert check(md) == [
        ("KT301", "Ký hiệu “33/2023/ND-CP” viết sai chữ viết tắt “ND” (đúng là “NĐ”): viết đúng là “33/2023/NĐ-CP”",
         "33/2023/ND-CP", [])]


def test_kt302_stays_silent_when_kt301_speaks(check):
    md = "Kế hoạch hành động số 05-KHHĐ/HU, ngày 26/02/2021 của Ban Thường vụ Huyện ủy.\n"
    assert [code for code, *_ in check(md)] == ["KT301"]


def test_kt303_dates(check):
    md = ("Tây Sơn, ngày 05 tháng 7 năm 2023\n\n"
          "Hướng dẫn số 14-HD/BTGHU, ngày 30/02/2021 của Ban Tuyên giáo Huyện ủy; Kế hoạch số 15-KH/HU, ngày "
          "12/13/2021 của Huyện ủy; Kế hoạch số 86-KH/HU, ngày 20/9/2023 của Ban Thường vụ Huyện ủy; Nghị định số "
          "30/2020/NĐ-CP, ngày 05/3/2019 của Chính phủ; Nghị quyết số 21-NQ/TW, ngày 16/6/2022 của Ban Chấp hành "
          "Trung ương Đảng khóa XII. Hoàn thành trước ngày 31/7/2023.\n")
    assert check(md, select=("KT303",)) == [
        ("KT303", "Ngày “30/02/2021” không có thật: tháng 2 năm 2021 chỉ có 28 ngày", "30/02/2021", []),
        ("KT303", "Ngày “12/13/2021” không có thật: không có tháng 13", "12/13/2021", []),
        ("KT303", "Ngày ban hành 20/9/2023 muộn hơn ngày của báo cáo (05/7/2023)", "20/9/2023", []),
        ("KT303", "Ngày ban hành 05/3/2019 không cùng năm với ký hiệu “30/2020/NĐ-CP” (năm 2020)", "05/3/2019", []),
        ("KT303", "Ngày 16/6/2022 thuộc khóa XIII, không phải khóa XII", "khóa XII", []),
    ]


def test_kt303_impossible_dates_outside_citations(check):
    md = ("Ngày 30/02/2023, Ủy ban nhân dân xã tổ chức hội nghị. Từ ngày 31-4-2023 đến ngày 05/5/2023, đoàn làm "
          "việc tại xã. Ngày 15/9/20190 tổng kết; ngày 30 tháng 02 năm 2024 sơ kết; Quyết định số 1566/QĐ- ngày "
          "25/21/2019 ban hành chuẩn đầu ra.\n\n"
          "Ngày 29/02/2024, ngày 31.12.2023 và ngày 30 tháng 4 năm 2023 là ngày có thật; tỷ lệ 3/4/2023 và phân số "
          "31/4 không phải ngày.\n")
    assert check(md, select=("KT303",)) == [
        ("KT303", "Ngày “30/02/2023” không có thật: tháng 2 năm 2023 chỉ có 28 ngày", "30/02/2023", []),
        ("KT303", "Ngày “31-4-2023” không có thật: tháng 4 năm 2023 chỉ có 30 ngày", "31-4-2023", []),
        ("KT303", "Ngày “15/9/20190” không có thật: năm 20190 thừa chữ số", "15/9/20190", []),
        ("KT303", "Ngày “30 tháng 02 năm 2024” không có thật: tháng 2 năm 2024 chỉ có 29 ngày",
         "30 tháng 02 năm 2024", []),
        ("KT303", "Ngày “25/21/2019” không có thật: không có tháng 21", "25/21/2019", []),
    ]


def test_kt303_report_date_from_the_command_line_and_off_without_one(check):
    md = "Kế hoạch số 86-KH/HU, ngày 20/9/2023 của Ban Thường vụ Huyện ủy.\n"
    assert check(md, select=("KT303",)) == []
    assert check(md, select=("KT303",), report_date=dt.date(2023, 9, 1)) == [
        ("KT303", "Ngày ban hành 20/9/2023 muộn hơn ngày của báo cáo (01/9/2023)", "20/9/2023", [])]


def test_kt304_one_symbol_two_dates_issuers_or_types(check):
    md = ("Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 68-KH/HU, ngày 14/01/2019 của Ban Thường vụ Huyện ủy.\n\n"
          "Việc thực hiện Kế hoạch số 68-KH/HU, ngày 14/11/2019 của Ban Thường vụ Huyện ủy được kiểm tra; Kế hoạch "
          "số 68-KH/HU, ngày 14/01/2019 của Tỉnh ủy.\n\n"
          "Quyết định số 245-QĐ/TU, ngày 10/3/2021 của Tỉnh ủy; Quy định số 245-QĐ/TU, ngày 10/3/2021 của Tỉnh ủy.\n")
    assert check(md, select=("KT304",)) == [
        ("KT304", "“68-KH/HU” được ghi hai ngày ban hành khác nhau: 14/11/2019 ở đây, 14/01/2019 ở chỗ khác",
         "14/11/2019", ["14/01/2019"]),
        ("KT304", "“68-KH/HU” được ghi hai cơ quan ban hành khác nhau: “Tỉnh ủy” ở đây, “Ban Thường vụ Huyện ủy” ở "
                  "chỗ khác", "Tỉnh ủy", ["Ban Thường vụ Huyện ủy"]),
        ("KT304", "“245-QĐ/TU” lúc ghi là Quy định, lúc ghi là Quyết định", "Quy định", ["Quyết định"]),
    ]


def test_kt304_says_numbering_restarts_each_term_or_year(check):
    md = ("Chỉ thị số 07-CT/TU, ngày 10/5/2018 của Tỉnh ủy; Chỉ thị số 07-CT/TU, ngày 10/5/2022 của Tỉnh ủy.\n\n"
          "Chỉ thị số 12-CT/TW, ngày 10/5/2019 của Ban Bí thư; Chỉ thị số 12-CT/TW, ngày 10/5/2022 của Ban Bí thư.\n\n"
          "Quyết định số 12/QĐ-UBND ngày 10/5/2019 của UBND tỉnh; Quyết định số 12/QĐ-UBND ngày 10/5/2022 của UBND "
          "tỉnh.\n")
    assert [(m, e) for _, m, e, _ in check(md, select=("KT304",))] == [
        ("“07-CT/TU” được ghi hai ngày ban hành khác nhau: 10/5/2022 ở đây, 10/5/2018 ở chỗ khác. Hai ngày thuộc hai "
         "nhiệm kỳ khác nhau; văn bản của Đảng được đánh số lại từ đầu mỗi nhiệm kỳ nên có thể đây là hai văn bản: "
         "nếu vậy, hãy ghi rõ nhiệm kỳ", "10/5/2022"),
        ("“12-CT/TW” được ghi hai ngày ban hành khác nhau: 10/5/2022 ở đây, 10/5/2019 ở chỗ khác. Hai ngày thuộc hai "
         "khóa khác nhau (khóa XII và khóa XIII); văn bản của Đảng được đánh số lại từ đầu mỗi khóa nên có thể đây "
         "là hai văn bản: nếu vậy, hãy ghi rõ khóa", "10/5/2022"),
        ("“12/QĐ-UBND” được ghi hai ngày ban hành khác nhau: 10/5/2022 ở đây, 10/5/2019 ở chỗ khác. Hai ngày thuộc "
         "hai năm khác nhau; văn bản của cơ quan nhà nước được đánh số lại từ đầu mỗi năm nên có thể đây là hai văn "
         "bản", "10/5/2022"),
    ]


def test_kt304_same_date_in_two_forms_and_named_terms_are_not_clashes(check):
    md = ("Kế hoạch số 12-KH/TU, ngày 05/3/2021 của Tỉnh ủy và Kế hoạch số 12-KH/TU ngày 05 tháng 3 năm 2021.\n\n"
          "Chỉ thị số 15-CT/TW, ngày 10/5/2019 của Ban Bí thư (khóa XII) khác Chỉ thị số 15-CT/TW, ngày 10/5/2022 "
          "của Ban Bí thư (khóa XIII).\n")
    assert check(md, select=("KT304",)) == []


def test_kt304_leaves_a_date_outside_its_symbol_year_to_kt303(check):
    md = ("Quyết định số 45/2023/QĐ-UBND, ngày 22/9/2023 của UBND tỉnh.\n\n"
          "Theo Quyết định số 45/2023/QĐ-UBND ngày 22/9/2022 của UBND tỉnh, các huyện bố trí cán bộ.\n")
    assert [(code, excerpt) for code, _, excerpt, _ in check(md)] == [("KT303", "22/9/2022")]


def test_kt304_prefers_the_registry_and_the_symbol_as_reference(check):
    md = ("Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp.\n\n"
          "Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị đã được tổng kết.\n\n"
          "Kế hoạch số 33-KH/TXU, ngày 05/5/2021 của Ủy ban nhân dân thị xã; Kế hoạch số 33-KH/TXU, ngày "
          "05/5/2021 của Ban Thường vụ Thị ủy.\n")
    assert check(md, select=("KT304",)) == [
        ("KT304", "“35-CT/TW” được ghi hai ngày ban hành khác nhau: 14/6/2024 ở đây, 30/5/2019 ở chỗ khác. Hai ngày "
                  "thuộc hai khóa khác nhau (khóa XII và khóa XIII); văn bản của Đảng được đánh số lại từ đầu mỗi "
                  "khóa nên có thể đây là hai văn bản: nếu vậy, hãy ghi rõ khóa", "14/6/2024", ["30/5/2019"]),
        ("KT304", "“33-KH/TXU” được ghi hai cơ quan ban hành khác nhau: “Ủy ban nhân dân thị xã” ở đây, “Ban "
                  "Thường vụ Thị ủy” ở chỗ khác", "Ủy ban nhân dân thị xã", ["Ban Thường vụ Thị ủy"]),
    ]


def test_kt305_shipped_registry(check):
    md = ("Nghị quyết số 35-NQ/TW, ngày 22/10/2019 của Bộ Chính trị; Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của "
          "Ban Bí thư; Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị; Quyết định số 66-QĐ/TW của Ban Chấp "
          "hành Trung ương; Chỉ thị 05-CT/TW (khóa XI).\n")
    assert check(md, select=("KT305",)) == [
        ("KT305", "Nghị quyết 35-NQ/TW ban hành ngày 22/10/2018, không phải 22/10/2019 (nguồn: Nghị quyết 35-NQ/TW "
                  "ngày 22/10/2018 của Bộ Chính trị (văn bản gốc))", "22/10/2019", []),
        ("KT305", "Nghị quyết 35-NQ/TW do Bộ Chính trị ban hành, không phải “Ban Bí thư” (nguồn: Nghị quyết "
                  "35-NQ/TW ngày 22/10/2018 của Bộ Chính trị (văn bản gốc))", "Ban Bí thư", []),
        ("KT305", "66-QĐ/TW là Quy định, không phải Quyết định (nguồn: Quy định 66-QĐ/TW (văn bản gốc))",
         "Quyết định", []),
        ("KT305", "Chỉ thị 05-CT/TW là văn bản khóa XII, không phải khóa XI (nguồn: Chỉ thị 05-CT/TW ngày 15/5/2016 "
                  "(văn bản gốc))", "khóa XI", []),
    ]


def test_kt305_user_registry(check, tmp_path):
    (tmp_path / "so.csv").write_text("# sổ văn bản đi\nsymbol,type,date,issuer\n"
                                     "131-KH/HU,Kế hoạch,06/3/2023,Ban Thường vụ Huyện ủy\n", encoding="utf-8")
    md = ("Kế hoạch số 131-KH/HU, ngày 16/3/2023 của Ban Thường vụ Huyện ủy; Kế hoạch số 131-KH/HU, ngày 06/3/2023 "
          "của Ủy ban nhân dân huyện.\n")
    data = {"registries": (str(tmp_path / "so.csv"),)}
    assert check(md, select=("KT305",), data=data) == [
        ("KT305", "Kế hoạch 131-KH/HU ban hành ngày 06/3/2023, không phải 16/3/2023 (danh mục so.csv:3)",
         "16/3/2023", []),
        ("KT305", "Kế hoạch 131-KH/HU do Ban Thường vụ Huyện ủy ban hành, không phải “Ủy ban nhân dân huyện” "
                  "(danh mục so.csv:3)", "Ủy ban nhân dân huyện", []),
    ]


def test_kt305_bad_user_registry_is_reported_once(check, tmp_path):
    (tmp_path / "bad.csv").write_text("symbol,type,date\n131-KH/HU,Kế hoạch,31/02/2023\n", encoding="utf-8")
    md = "Kế hoạch số 131-KH/HU, ngày 16/3/2023 của Ban Thường vụ Huyện ủy.\n"
    assert check(md, select=("KT305",), data={"registries": (str(tmp_path / "bad.csv"),)}) == [
        ("KT305", "Danh mục văn bản bad.csv:2: ngày “31/02/2023” không hợp lệ", None, [])]


def test_kt305_bad_user_registry_is_reported_without_any_citation(check, tmp_path):
    (tmp_path / "bad.csv").write_text("symbol,type,date\n131-KH/HU,Kế hoạch,31/02/2023\n", encoding="utf-8")
    md = "Các chi bộ đã học tập đầy đủ.\n"
    assert check(md, select=("KT305",), data={"registries": (str(tmp_path / "bad.csv"),)}) == [
        ("KT305", "Danh mục văn bản bad.csv:2: ngày “31/02/2023” không hợp lệ", None, [])]


def test_a_draft_citing_nothing_does_not_load_the_registry(check, monkeypatch):
    from kiemtra_lint.rules.citations import registry as _citations_registry

    def refuse(paths):
        raise AssertionError("the registry was loaded")

    monkeypatch.setattr(_citations_registry, "load", refuse)
    assert check("Các chi bộ đã học tập đầy đủ.\n", select=("KT3",)) == []


def test_kt306_first_mentions(check):
    md = ("Triển khai Đề án số 03-ĐA/HU về nâng cao chất lượng. Thực hiện Chỉ thị 05-CT/TW, các chi bộ học tập.\n\n"
          "Ban Thường vụ đã ban hành Kế hoạch số 19-KH/HU, ngày 15/3/2021. Quyết định số 217-QĐ/TW và 218-QĐ/TW, "
          "ngày 12/12/2013 của Bộ Chính trị. Theo Kế hoạch số 20-KH/HU của Huyện ủy, các xã... Bộ tiêu chí ban hành "
          "kèm theo Quyết định số 318/QĐ-TTg, ngày 08/3/2022.\n\n"
          "Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị.\n")
    assert check(md, select=("KT306",)) == [
        ("KT306", "Lần đầu nhắc đến “Đề án số 03-ĐA/HU” chưa ghi ngày ban hành và cơ quan ban hành",
         "Đề án số 03-ĐA/HU", []),
        ("KT306", "Lần đầu nhắc đến “Chỉ thị 05-CT/TW” chưa ghi ngày ban hành và cơ quan ban hành (ghi đầy đủ ở lần "
                  "nhắc sau)", "Chỉ thị 05-CT/TW", ["Chỉ thị số 05-CT/TW"]),
        ("KT306", "Lần đầu nhắc đến “Kế hoạch số 20-KH/HU” chưa ghi ngày ban hành", "Kế hoạch số 20-KH/HU", []),
        ("KT306", "Lần đầu nhắc đến “Quyết định số 318/QĐ-TTg” chưa ghi cơ quan ban hành",
         "Quyết định số 318/QĐ-TTg", []),
    ]


def test_kt306_headings_titles_and_notes(check):
    md = ("# 1. Kết quả thực hiện Chỉ thị 28-CT/TW\n\n"
          "Ban Chấp hành Đảng bộ huyện đã ban hành 05 nghị quyết chuyên đề[^1].\n\n"
          "Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư được quán triệt.\n\n"
          "[^1]: Gồm: Nghị quyết số 05-NQ/HU, ngày 18/01/2021 về nông thôn mới; Nghị quyết số 06-NQ/HU, ngày "
          "18/01/2021 về công nghiệp.\n")
    assert check(md, select=("KT306",)) == []


def test_kt306_table_cells_issuer_named_in_the_sentence_and_laws(check):
    md = ("| Văn bản | Ngày |\n|---|---|\n| Nghị quyết số 05-NQ/HU | 18/01/2021 |\n\n"
          "Ủy ban Kiểm tra Tỉnh ủy thực hiện Chương trình kiểm tra, giám sát số 05-CTr/UBKTTU ngày 10/01/2023.\n\n"
          "Quyết định số 15/QĐ-TTg, ngày 03/02/2020 của Thủ tướng Chính phủ; Quyết định số 16/QĐ-TTg, ngày "
          "05/3/2020. Luật số 80/2015/QH13 được phổ biến.\n")
    assert check(md, select=("KT306",)) == [
        ("KT306", "Lần đầu nhắc đến “Quyết định số 16/QĐ-TTg” chưa ghi cơ quan ban hành",
         "Quyết định số 16/QĐ-TTg", [])]


def test_english_messages(lint_text):
    result = lint_text("Chương trình số 07-CT/TU, ngày 10/5/2021 của Tỉnh ủy.\n", ("KT302",))
    assert [f.message.en for f in result.findings] == [
        "Type “Chương trình” does not match the symbol “07-CT/TU”: CT stands for Chỉ thị (Chương trình in a Party "
        "document is abbreviated CTr)"]


def test_user_registry_and_report_date_from_the_configuration(tmp_path, capsys):
    """[data] registries and report-date in kiemtra.toml reach KT305 and KT303 through the CLI."""
    import json

    from kiemtra_lint.cli import main

    (tmp_path / "kiemtra.toml").write_text('report-date = "2023-07-05"\n\n[data]\nregistries = ["so-cong-van.csv"]\n',
                                           encoding="utf-8")
    (tmp_path / "so-cong-van.csv").write_text("symbol,type,date,issuer\n131-KH/HU,Kế hoạch,06/3/2023,"
                                               "Ban Thường vụ Huyện ủy\n", encoding="utf-8")
    (tmp_path / "d.md").write_text("Kế hoạch số 131-KH/HU, ngày 16/3/2023 của Ban Thường vụ Huyện ủy; Kế hoạch số "
                                   "86-KH/HU, ngày 20/9/2023 của Ban Thường vụ Huyện ủy.\n", encoding="utf-8")
    code = main(["check", "--format", "json", "--select", "KT303,KT305", str(tmp_path / "d.md")])
    findings = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    assert code == 1
    assert [(f["rule"], f["excerpt"], f["message"]) for f in findings] == [
        ("KT305", "16/3/2023", "Kế hoạch 131-KH/HU ban hành ngày 06/3/2023, không phải 16/3/2023 (danh mục "
                               "so-cong-van.csv:2)"),
        ("KT303", "20/9/2023", "Ngày ban hành 20/9/2023 muộn hơn ngày của báo cáo (05/7/2023)"),
    ]
