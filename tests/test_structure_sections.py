"""KT102 required sections, KT104 empty sections, KT107 section order: exact findings."""

import pytest
from test_structure_support import PARTY_HEAD, PARTY_TAIL, draft, found, without

KIEM_DIEM_CAUSES = ("**III. NGUYÊN NHÂN**", "**1. Nguyên nhân khách quan**",
                    "Thiên tai, dịch bệnh xảy ra liên tiếp ảnh hưởng đến sản xuất và đời sống.",
                    "**2. Nguyên nhân chủ quan**", "Một số cấp ủy chưa thật sự quyết liệt trong lãnh đạo, chỉ đạo.")


def kiem_diem_body(*headings: str) -> str:
    """A kiểm điểm draft with the given headings, each followed by one paragraph."""
    body = "".join(f"**{h}**\n\nNội dung của mục.\n\n" for h in headings)
    return PARTY_HEAD + "**BÁO CÁO**\n\n**kiểm điểm nhiệm kỳ 2020 - 2025**\n\n" + body + PARTY_TAIL


# -- KT102 -----------------------------------------------------------------------------------
@pytest.mark.parametrize("profile", ["kiem-diem", "kiem-diem-hang-nam", "so-ket", "tong-ket", "bao-cao-chinh-tri",
                                     "bao-cao", "bao-cao-hanh-chinh"])
def test_no_structure_finding_on_the_clean_draft_of_each_profile(lint_text, profile):
    result = lint_text(draft(profile), ["KT1"])
    assert result.profile == profile
    assert found(result) == []


def test_missing_causes_named_with_the_profile_and_where_it_goes(lint_text):
    result = lint_text(without(draft("kiem-diem"), *KIEM_DIEM_CAUSES), ["KT102"])
    assert found(result) == [(
        "KT102", "warning",
        "Thiếu mục “Nguyên nhân” mà hồ sơ “kiem-diem” yêu cầu (tìm theo “nguyên nhân”); theo thứ tự của hồ sơ, "
        "mục này thường đứng sau “II. HẠN CHẾ, KHUYẾT ĐIỂM”",
        None, ["II. HẠN CHẾ, KHUYẾT ĐIỂM"])]
    assert result.findings[0].message.en == (
        "Missing the section “Causes” required by the profile “kiem-diem” (looked for “nguyên nhân”); in the "
        "profile's order it comes after “II. HẠN CHẾ, KHUYẾT ĐIỂM”")


def test_a_misspelt_heading_is_named_as_the_closest(lint_text):
    text = draft("kiem-diem").replace("**III. NGUYÊN NHÂN**", "**III. NGUYÊN NGHÂN**")
    text = without(text, *KIEM_DIEM_CAUSES[1:])
    assert found(lint_text(text, ["KT102"])) == [(
        "KT102", "warning",
        "Thiếu mục “Nguyên nhân” mà hồ sơ “kiem-diem” yêu cầu (tìm theo “nguyên nhân”); đề mục gần nhất tìm thấy: "
        "“III. NGUYÊN NGHÂN”", None, ["III. NGUYÊN NGHÂN"])]


def test_synonyms_accents_and_case(lint_text):
    text = kiem_diem_body("I. Thành tựu", "II. TỒN TẠI, YẾU KÉM", "III. Nguyen nhan", "IV. Bài học",
                          "V. Trách nhiệm", "VI. Phương hướng khắc phục")
    assert found(lint_text(text, ["KT102"])) == []


def test_remedying_limitations_is_not_the_limitations_section(lint_text):
    text = kiem_diem_body("I. ƯU ĐIỂM, KẾT QUẢ", "II. NGUYÊN NHÂN", "III. KẾT QUẢ KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM",
                          "IV. BÀI HỌC KINH NGHIỆM", "V. TRÁCH NHIỆM", "VI. PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC")
    assert found(lint_text(text, ["KT102"])) == [(
        "KT102", "warning",
        "Thiếu mục “Hạn chế, khuyết điểm” mà hồ sơ “kiem-diem” yêu cầu (tìm theo “hạn chế”, “khuyết điểm”, "
        "“tồn tại”, “yếu kém”, …); đề mục gần nhất tìm thấy: “III. KẾT QUẢ KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM”",
        None, ["III. KẾT QUẢ KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM"])]


def test_a_lead_in_paragraph_with_a_colon_counts(lint_text):
    text = without(draft("kiem-diem"), *KIEM_DIEM_CAUSES).replace(
        "Việc cụ thể hóa", "* Nguyên nhân: do thiên tai. Việc cụ thể hóa")
    assert found(lint_text(text, ["KT102"])) == []


def test_the_first_section_missing_points_to_the_next_one(lint_text):
    text = kiem_diem_body("I. HẠN CHẾ", "II. NGUYÊN NHÂN", "III. BÀI HỌC KINH NGHIỆM", "IV. TRÁCH NHIỆM",
                          "V. PHƯƠNG HƯỚNG")
    assert found(lint_text(text, ["KT102"])) == [(
        "KT102", "warning",
        "Thiếu mục “Ưu điểm, kết quả” mà hồ sơ “kiem-diem” yêu cầu (tìm theo “ưu điểm”, “kết quả”, “thành tựu”, "
        "“mặt làm được”); theo thứ tự của hồ sơ, mục này thường đứng trước “I. HẠN CHẾ”", None, ["I. HẠN CHẾ"])]


def test_a_forced_profile_asks_for_its_own_sections(lint_text):
    result = lint_text(draft("kiem-diem"), ["KT102"], profile="kiem-diem-hang-nam")
    assert result.profile == "kiem-diem-hang-nam"
    assert found(result) == [(
        "KT102", "warning",
        "Thiếu mục “Tự nhận mức xếp loại” mà hồ sơ “kiem-diem-hang-nam” yêu cầu (tìm theo “xếp loại”, "
        "“tự nhận mức”, “tự xếp loại”); theo thứ tự của hồ sơ, mục này thường đứng sau "
        "“B. PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM”",
        None, ["B. PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM"])]


def test_a_user_profile_without_order_says_no_heading_is_similar(tmp_path, lint_text):
    folder = tmp_path / "ho-so"
    folder.mkdir()
    (folder / "so-ket.toml").write_text('[detect]\ntitle = ["sơ kết"]\n[[sections]]\nname = "Đề xuất"\n'
                                        'keywords = ["đề xuất"]\n', encoding="utf-8")
    text = draft("so-ket").replace("**II. KIẾN NGHỊ, ĐỀ XUẤT**", "**II. KIẾN NGHỊ**")
    assert found(lint_text(text, ["KT102"], data={"profiles": (str(folder),)})) == [(
        "KT102", "warning", "Thiếu mục “Đề xuất” mà hồ sơ “so-ket” yêu cầu (tìm theo “đề xuất”); không có đề mục "
                            "nào gần giống", None, [])]


def test_no_finding_without_headings_or_without_a_report_profile(lint_text):
    flat = PARTY_HEAD + "**BÁO CÁO**\n\n**kiểm điểm nhiệm kỳ 2020 - 2025**\n\nMột đoạn văn.\n" + PARTY_TAIL
    assert found(lint_text(flat, ["KT102"])) == []
    plan = draft("kiem-diem").replace("**BÁO CÁO**", "**CHỈ THỊ**")
    result = lint_text(without(plan, *KIEM_DIEM_CAUSES), ["KT102"])
    assert result.profile is None and found(result) == []


def test_a_text_that_stops_early_lacks_its_later_sections_only_as_infos(lint_text):
    """A report copied up to its causes (or a draft written that far) has not reached the place
    of its lessons and tasks: they are infos.  Once the text shows its end, they are missing."""
    opening = PARTY_HEAD + "**BÁO CÁO**\n\n**kiểm điểm nhiệm kỳ 2020 - 2025**\n\n" + "".join(
        f"**{h}**\n\nNội dung của mục.\n\n" for h in ("I. ƯU ĐIỂM, KẾT QUẢ", "II. HẠN CHẾ, KHUYẾT ĐIỂM",
                                                       "III. NGUYÊN NHÂN"))
    later = [f[:2] for f in found(lint_text(opening, ["KT102"]))]
    assert later and set(later) == {("KT102", "info")}
    closed = opening.rstrip().replace("Nội dung của mục.", "Nội dung của mục./.")
    assert {f[:2] for f in found(lint_text(closed, ["KT102"]))} == {("KT102", "warning")}
    assert {f[:2] for f in found(lint_text(opening + PARTY_TAIL, ["KT102"]))} == {("KT102", "warning")}


def test_a_section_skipped_before_a_later_one_is_missing_even_in_an_unfinished_text(lint_text):
    opening = PARTY_HEAD + "**BÁO CÁO**\n\n**kiểm điểm nhiệm kỳ 2020 - 2025**\n\n" + "".join(
        f"**{h}**\n\nNội dung của mục.\n\n" for h in ("I. ƯU ĐIỂM, KẾT QUẢ", "II. HẠN CHẾ, KHUYẾT ĐIỂM",
                                                       "III. MỘT SỐ BÀI HỌC KINH NGHIỆM"))
    causes = [f for f in found(lint_text(opening, ["KT102"])) if "“Nguyên nhân”" in f[2]]
    assert causes == [(
        "KT102", "warning",
        "Thiếu mục “Nguyên nhân” mà hồ sơ “kiem-diem” yêu cầu (tìm theo “nguyên nhân”); theo thứ tự của hồ sơ, "
        "mục này thường đứng sau “II. HẠN CHẾ, KHUYẾT ĐIỂM”", None, ["II. HẠN CHẾ, KHUYẾT ĐIỂM"])]


# -- KT104 -----------------------------------------------------------------------------------
def test_a_heading_that_ends_a_text_without_its_end_is_not_reported(lint_text):
    """A page that keeps only a plan's opening, or a draft being written, stops after a heading."""
    text = ("**BÁO CÁO**\n\n**tình hình quý I**\n\n**I. KẾT QUẢ**\n\nNội dung.\n\n**II. NHIỆM VỤ**\n\n"
            "**1. Kinh tế**\n\nNội dung.\n\n**2. Xã hội**\n")
    assert found(lint_text(text, ["KT104"])) == []
    assert found(lint_text(text + PARTY_TAIL, ["KT104"])) == [
        ("KT104", "warning", "Mục “2. Xã hội” không có nội dung: văn bản kết thúc ngay sau đề mục", "2. Xã hội", [])]


def test_empty_sections_before_a_sibling_a_parent_and_the_signature(lint_text):
    text = (PARTY_HEAD + "**BÁO CÁO**\n\n**tình hình quý I**\n\n**I. KẾT QUẢ**\n\n**1. Kinh tế**\n\n"
            "**2. Xã hội**\n\nNội dung.\n\n**3. Quốc phòng**\n\n**II. NHIỆM VỤ**\n\n**1. Kinh tế**\n\n"
            "Nội dung.\n\n**2. Xã hội**\n" + PARTY_TAIL)
    assert found(lint_text(text, ["KT104"])) == [
        ("KT104", "warning", "Mục “1. Kinh tế” không có nội dung: ngay sau là đề mục “2. Xã hội”", "1. Kinh tế",
         ["2. Xã hội"]),
        ("KT104", "warning", "Mục “3. Quốc phòng” không có nội dung: ngay sau là đề mục “II. NHIỆM VỤ”",
         "3. Quốc phòng", ["II. NHIỆM VỤ"]),
        ("KT104", "warning", "Mục “2. Xã hội” không có nội dung: văn bản kết thúc ngay sau đề mục", "2. Xã hội", []),
    ]


def test_a_heading_with_sub_sections_or_a_table_is_not_empty(lint_text):
    text = ("**BÁO CÁO**\n\n**tình hình quý I**\n\n**I. KẾT QUẢ**\n\n**1. Kinh tế**\n\n| Chỉ tiêu | Kết quả |\n"
            "|---|---|\n| Thu ngân sách | 312 tỷ đồng |\n\n**Phần thứ hai**\n\n**NHIỆM VỤ**\n\nNội dung.\n")
    assert found(lint_text(text, ["KT104"])) == []


# -- KT107 -----------------------------------------------------------------------------------
def test_sections_out_of_order(lint_text):
    text = kiem_diem_body("I. ƯU ĐIỂM, KẾT QUẢ", "II. NGUYÊN NHÂN", "III. HẠN CHẾ, KHUYẾT ĐIỂM",
                          "IV. BÀI HỌC KINH NGHIỆM", "V. TRÁCH NHIỆM", "VI. PHƯƠNG HƯỚNG")
    result = lint_text(text, ["KT107"])
    assert found(result) == [(
        "KT107", "info",
        "Mục “III. HẠN CHẾ, KHUYẾT ĐIỂM” (Hạn chế, khuyết điểm) đứng sau mục “II. NGUYÊN NHÂN” (Nguyên nhân); "
        "theo hồ sơ “kiem-diem”, mục này thường đứng trước", "III. HẠN CHẾ, KHUYẾT ĐIỂM", ["II. NGUYÊN NHÂN"])]


def test_a_section_moved_to_the_front_is_the_one_named(lint_text):
    text = kiem_diem_body("I. PHƯƠNG HƯỚNG", "II. ƯU ĐIỂM, KẾT QUẢ", "III. HẠN CHẾ", "IV. NGUYÊN NHÂN",
                          "V. BÀI HỌC KINH NGHIỆM", "VI. TRÁCH NHIỆM")
    assert found(lint_text(text, ["KT107"])) == [(
        "KT107", "info",
        "Mục “I. PHƯƠNG HƯỚNG” (Phương hướng, biện pháp khắc phục) đứng trước mục “II. ƯU ĐIỂM, KẾT QUẢ” (Ưu điểm, "
        "kết quả); theo hồ sơ “kiem-diem”, mục này thường đứng sau", "I. PHƯƠNG HƯỚNG", ["II. ƯU ĐIỂM, KẾT QUẢ"])]


def test_deep_or_incidental_headings_do_not_reorder_sections(lint_text):
    # "1. Nâng cao trách nhiệm" names responsibility only in passing, and "1. Phương hướng phát triển"
    # sits two levels down: neither places its section.
    text = kiem_diem_body("A. KẾT QUẢ", "I. ƯU ĐIỂM", "1. Nâng cao trách nhiệm người đứng đầu", "a) Phương hướng "
                          "phát triển", "II. HẠN CHẾ", "III. NGUYÊN NHÂN", "IV. BÀI HỌC KINH NGHIỆM",
                          "V. TRÁCH NHIỆM CỦA TẬP THỂ, CÁ NHÂN", "B. PHƯƠNG HƯỚNG")
    assert found(lint_text(text, ["KT107"])) == []


def test_a_heading_the_outline_did_not_take_still_names_its_section(lint_text):
    # "III. Nguyên nhân" is not bold while the other headings are, so the outline reads it as a list item
    text = without(draft("kiem-diem"), *KIEM_DIEM_CAUSES[1:]).replace("**III. NGUYÊN NHÂN**", "III. Nguyên nhân")
    result = lint_text(text, ["KT102"])
    assert found(result) == []
