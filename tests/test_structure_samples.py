"""KT1xx on the sample drafts (samples/*.docx): every planted structure mistake of
samples/src/*.mistakes.md is found, at its words, and nothing else is."""

import pytest
from test_structure_support import SAMPLES, lint_path

KT102_SO_KET = ("Thiếu mục “Bài học kinh nghiệm” mà hồ sơ “so-ket” yêu cầu (tìm theo “bài học”, “kinh nghiệm”); "
                "theo thứ tự của hồ sơ, mục này thường đứng sau “III. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN”")
KT103_DANH_SO = ("Văn bản thiếu thẩm quyền, chức vụ và họ tên người ký (như “TM. ỦY BAN NHÂN DÂN”, “CHỦ TỊCH”); "
                 "nơi nhận (“Nơi nhận:”)")
PROFILE_REASON = {
    "kiem-diem": ("kiem-diem", "tiêu đề “BÁO CÁO kiểm điểm giữa nhiệm kỳ của Ban Chấp hành Đảng bộ h…” có "
                               "“kiểm điểm”"),
    "so-ket": ("so-ket", "tiêu đề “BÁO CÁO sơ kết 5 năm thực hiện Nghị quyết số 35-NQ/TW, ngày…” có “sơ kết”"),
    "sach": ("so-ket", "tiêu đề “BÁO CÁO sơ kết 3 năm thực hiện Chỉ thị số 28-CT/TW, ngày 21…” có “sơ kết”"),
    "danh-so-tu-dong": ("bao-cao-hanh-chinh", "tiêu đề “BÁO CÁO Kết quả công tác cải cách hành chính năm 2023 và "
                                              "ph…” không khớp hồ sơ riêng nào; hồ sơ chung, văn bản nhà nước (có "
                                              "“CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”)"),
}
PROFILE_REASON["danh-so-go-tay"] = PROFILE_REASON["danh-so-tu-dong"]

# (code, excerpt or None for the whole document, section path, message or None when KT101's)
PLANTED = {
    "kiem-diem": [
        ("KT101", "1.4", ["A.", "I.", "1.", "1.4"], None),
        ("KT101", "4.", ["A.", "I.", "4."], None),
        ("KT106", "…………", ["A.", "IV."], "Chỗ trống chưa điền “…………”"),
        ("KT101", "1.1.", ["B.", "I.", "1.1."], None),
        ("KT104", "3. Về quốc phòng, an ninh", ["B.", "II.", "3."],
         "Mục “3. Về quốc phòng, an ninh” không có nội dung: ngay sau là đề mục “III. TỔ CHỨC THỰC HIỆN”"),
    ],
    "so-ket": [
        ("KT102", None, None, KT102_SO_KET),
        ("KT106", "[tên đơn vị]", ["Phần thứ nhất", "I.", "2."],
         "Chỗ trống hoặc lời dặn của mẫu “[tên đơn vị]” chưa được thay bằng nội dung thật"),
        ("KT101", "2.", ["Phần thứ nhất", "II.", "2."], None),
        ("KT105", "kỳ", ["Phần thứ nhất", "II.", "4."],
         "Dấu chú thích số 4 dẫn tới một chú thích không có trong văn bản"),
    ],
    "danh-so-tu-dong": [
        ("KT103", None, None, KT103_DANH_SO),
        ("KT101", "Cải cách thủ tục hành chính", ["Phần thứ nhất", "II.", "3."], None),
        ("KT106", "XXX", ["Phần thứ nhất", "II.", "6."], "Ký hiệu giữ chỗ “XXX” chưa được thay bằng nội dung thật"),
    ],
    "danh-so-go-tay": [
        ("KT103", None, None, KT103_DANH_SO),
        ("KT101", "3.", ["Phần thứ nhất", "II.", "3."], None),
        ("KT106", "XXX", ["Phần thứ nhất", "II.", "6."], "Ký hiệu giữ chỗ “XXX” chưa được thay bằng nội dung thật"),
    ],
    "sach": [],
}


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_planted_structure_mistakes_and_nothing_else(name):
    path = SAMPLES / f"{name}.docx"
    if not path.exists():
        pytest.skip(f"{path} has not been built")
    result = lint_path(path, ["KT1"])
    assert (result.profile, result.profile_reason.vi) == PROFILE_REASON[name]
    got = [(f.rule, f.place["excerpt"] if f.place else None, f.place["location"]["section"] if f.place else None,
            f.message.vi if f.rule != "KT101" else None) for f in result.findings]
    assert got == PLANTED[name]
