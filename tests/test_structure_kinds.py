"""Document kinds beyond reports (issue 16 point 3): each has its profile, found by its type line
or, for a công văn without one, by its front matter; each clean draft raises no structure warning."""

import pytest
from test_structure_support import PROFILE_DRAFTS, draft, found, without

from kiemtra_lint.readers import read_document
from kiemtra_lint.rules.structure.profiles import detect

KINDS = {
    "ke-hoach": "tên loại “KẾ HOẠCH”: hồ sơ Kế hoạch",
    "quyet-dinh": "tên loại “QUYẾT ĐỊNH”: hồ sơ Quyết định",
    "nghi-quyet": "tên loại “NGHỊ QUYẾT”: hồ sơ Nghị quyết",
    "huong-dan": "tên loại “HƯỚNG DẪN”: hồ sơ Hướng dẫn",
    "thong-bao": "tên loại “THÔNG BÁO”: hồ sơ Thông báo",
    "to-trinh": "tên loại “TỜ TRÌNH”: hồ sơ Tờ trình",
    "chuong-trinh": "tên loại “CHƯƠNG TRÌNH”: hồ sơ Chương trình",
    "de-an": "tên loại “ĐỀ ÁN”: hồ sơ Đề án",
    "luat": "tên loại “LUẬT”: hồ sơ Luật",
    "thong-tu": "tên loại “THÔNG TƯ”: hồ sơ Thông tư",
    "nghi-dinh": "tên loại “NGHỊ ĐỊNH”: hồ sơ Nghị định",
    "cong-van": "không có tên loại văn bản; phần đầu có “V/v triển khai tiêm chủng đợt 2”: Công văn",
}


@pytest.mark.parametrize("name", sorted(KINDS))
def test_each_kind_is_detected_and_its_clean_draft_is_quiet(name, lint_text):
    profile, why = detect(read_document(str(PROFILE_DRAFTS / f"{name}.md")))
    assert (profile.name, why.vi) == (name, KINDS[name])
    assert [f for f in found(lint_text(draft(name), ["KT1"])) if f[1] != "info"] == []


def test_a_letter_needs_no_type_line_but_still_its_closing(lint_text):
    text = draft("cong-van").split("| Nơi nhận:")[0]
    missing = ("Văn bản thiếu thẩm quyền, chức vụ và họ tên người ký (như “TM. ỦY BAN NHÂN DÂN”, “CHỦ TỊCH”); "
               "nơi nhận (“Nơi nhận:”)")
    assert found(lint_text(text.replace("Phòng Y tế.", "Phòng Y tế./."), ["KT103"])) == [
        ("KT103", "warning", missing, None, [])]
    assert found(lint_text(text, ["KT103"])) == [("KT103", "info", missing, None, [])]


def test_a_text_addressed_with_kinh_gui_is_a_letter(lint_text):
    text = draft("cong-van").replace("| V/v triển khai tiêm chủng đợt 2 | |\n", "")
    result = lint_text(text, ["KT103"])
    assert (result.profile, found(result)) == ("cong-van", [])


def test_a_plan_without_its_implementation_section(lint_text):
    text = without(draft("ke-hoach"), "**III. TỔ CHỨC THỰC HIỆN**",
                   "Phòng Văn hóa và Thông tin chủ trì, phối hợp Phòng Giáo dục và Đào tạo thực hiện.")
    assert [f[2] for f in found(lint_text(text, ["KT102"]))] == [
        "Thiếu mục “Tổ chức thực hiện” mà hồ sơ “ke-hoach” yêu cầu (tìm theo “tổ chức thực hiện”, “phân công”, "
        "“trách nhiệm”, “tiến độ”, …); không có đề mục nào gần giống"]


def test_a_lesson_plan_is_not_an_administrative_plan(lint_text):
    text = draft("ke-hoach").replace("**Tổ chức Ngày hội đọc sách năm 2024**", "**BÀI DẠY môn Tiếng Việt lớp 3**")
    assert lint_text(text, ["KT102"]).profile != "ke-hoach"


def test_an_excerpt_starting_at_a_later_part_is_not_judged_for_sections(lint_text):
    text = without(draft("ke-hoach"), "**I. MỤC ĐÍCH, YÊU CẦU**",
                   "Khơi dậy phong trào đọc sách trong cán bộ, học sinh và nhân dân.")
    assert found(lint_text(text, ["KT102"])) == []


@pytest.mark.parametrize("name, word", [("quyet-dinh", "QUYẾT ĐỊNH:"), ("nghi-quyet", "QUYẾT NGHỊ:")])
def test_a_decision_or_resolution_without_its_type_line_is_known_by_its_enacting_word(name, word, lint_text):
    text = draft("quyet-dinh").replace("**QUYẾT ĐỊNH**\n\n**Về việc thành lập Ban Tổ chức Ngày hội đọc sách năm 2024**\n\n", "")
    text = text.replace("**QUYẾT ĐỊNH:**", f"**{word}**")
    result = lint_text(text, ["KT103"])
    assert (result.profile, result.profile_reason.vi) == (
        name, f"không có tên loại văn bản; phần đầu có “{word}”: {'Quyết định' if name == 'quyet-dinh' else 'Nghị quyết'}")
    kind = "quyết định" if name == "quyet-dinh" else "nghị quyết"
    assert [(f[1], f[2]) for f in found(result)] == [
        ("warning", f"Văn bản thiếu tên loại và trích yếu nội dung (“{kind.upper()}” và một dòng nêu {kind} về việc gì)")]


def test_a_profiles_ladder_is_written_as_labels():
    from kiemtra_lint.errors import InputError
    from kiemtra_lint.rules.structure.profiles import load_profiles, parse_profile

    assert load_profiles()["quyet-dinh"].ladder == ("annex", "part", "chapter", "muc", "article")
    assert load_profiles()["ke-hoach"].ladder == ()
    assert parse_profile({"ladder": ["Chương I", "Điều 1."]}, "x.toml", "x").ladder == ("chapter", "article")
    with pytest.raises(InputError) as exc:
        parse_profile({"ladder": ["Chương I", "Khoản 1"]}, "x.toml", "x")
    assert exc.value.message_vi == "Hồ sơ x.toml: “ladder”: “Khoản 1” không phải nhãn đề mục hoặc bị lặp"


def test_a_decision_known_by_its_enacting_word_gets_its_ladder(tmp_path):
    from test_structure_support import checked

    text = ("*Căn cứ Luật Tổ chức chính quyền địa phương;*\n\n**QUYẾT ĐỊNH:**\n\n"
            "**Điều 1.** Thành lập tổ công tác chuyển đổi số của xã gồm các thành viên có tên kèm theo.\n\n"
            "**Điều 2.** Quyết định có hiệu lực từ ngày ký.\n")
    (tmp_path / "qd.md").write_text(text, encoding="utf-8")
    assert [s.label for s in checked(tmp_path / "qd.md").root.children] == ["Điều 1.", "Điều 2."]
