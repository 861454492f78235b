"""Report profiles: loading, validation, detection and how the pipeline reports them."""

import io

import pytest
from test_structure_support import PROFILE_DRAFTS, draft

from kiemtra_lint.document import Document
from kiemtra_lint.errors import InputError
from kiemtra_lint.rules.structure.profiles import detect, get_profile, load_profiles, parse_profile
from kiemtra_lint.readers import read_document

BUILT_IN = ["bao-cao", "bao-cao-chinh-tri", "bao-cao-hanh-chinh", "chuong-trinh", "cong-van", "de-an", "huong-dan",
            "ke-hoach", "kiem-diem", "kiem-diem-hang-nam", "luat", "nghi-dinh", "nghi-quyet", "quyet-dinh", "so-ket",
            "thong-bao", "thong-tu", "to-trinh", "tong-ket"]


def test_built_in_profiles_and_one_clean_draft_each():
    assert sorted(load_profiles()) == BUILT_IN
    assert sorted(p.stem for p in PROFILE_DRAFTS.glob("*.md")) == BUILT_IN


@pytest.mark.parametrize("name, reason", [
    ("kiem-diem", "tiêu đề “BÁO CÁO kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành Đả…” có “kiểm điểm”"),
    ("kiem-diem-hang-nam", "tiêu đề “BÁO CÁO kiểm điểm tập thể Ban Thường vụ Huyện ủy năm 2025” có “kiểm điểm” "
                           "và “tập thể”"),
    ("so-ket", "tiêu đề “BÁO CÁO sơ kết 3 năm thực hiện Chỉ thị số 28-CT/TW, ngày 21…” có “sơ kết”"),
    ("tong-ket", "tiêu đề “BÁO CÁO tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW, n…” có “tổng kết”"),
    ("bao-cao-chinh-tri", "tiêu đề “BÁO CÁO CHÍNH TRỊ của Ban Chấp hành Đảng bộ huyện khóa XXII…” có "
                          "“BÁO CÁO CHÍNH TRỊ”"),
    ("bao-cao", "tiêu đề “BÁO CÁO tình hình tư tưởng của cán bộ, đảng viên và nhân dâ…” không khớp hồ sơ riêng "
                "nào; hồ sơ chung, văn bản của Đảng (có “ĐẢNG CỘNG SẢN VIỆT NAM”)"),
    ("bao-cao-hanh-chinh", "tiêu đề “BÁO CÁO Kết quả công tác cải cách hành chính năm 2023 và ph…” không khớp hồ sơ "
                           "riêng nào; hồ sơ chung, văn bản nhà nước (có “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”)"),
])
def test_each_draft_is_detected_with_its_reason(name, reason):
    profile, why = detect(read_document(str(PROFILE_DRAFTS / f"{name}.md")))
    assert (profile.name, why.vi) == (name, reason)


def titled(title: str) -> Document:
    doc = Document(path="x.md", format="md")
    doc.title = title
    return doc


@pytest.mark.parametrize("title, expected", [
    ("BÁO CÁO Kiểm điểm giữa nhiệm kỳ 2020 - 2025", "kiem-diem"),
    ("BÁO CÁO Kiểm điểm tập thể, cá nhân giữa nhiệm kỳ", "kiem-diem"),  # "nhiệm kỳ" rules out the annual form
    ("BÁO CÁO Kết quả kiểm điểm năm 2024 của Ban Thường vụ", "kiem-diem-hang-nam"),
    ("BÁO CÁO kiểm điểm hằng năm", "kiem-diem-hang-nam"),
    ("BÁO CÁO KIỂM ĐIỂM", "kiem-diem"),  # case-insensitive
    ("BÁO CÁO sơ kết 5 năm ... và kiểm điểm ...", "so-ket"),  # the kind named first wins
    ("DỰ THẢO BÁO CÁO tổng kết công tác năm 2023", "tong-ket"),
    ("BÁO CÁO CHÍNH TRỊ của Ban Chấp hành", "bao-cao-chinh-tri"),
    ("BÁO CÁO tình hình kinh tế - xã hội quý I", "bao-cao"),  # no form shown: the generic Party report
    ("BÁO CÁO về việc không kiểm điểm", "kiem-diem"),  # detection reads the title, not its sense
])
def test_detection_from_the_title(title, expected):
    assert detect(titled(title))[0].name == expected


def test_a_document_that_is_not_a_report_gets_no_profile():
    profile, why = detect(titled("CHỈ THỊ về tăng cường công tác phòng cháy"))
    assert profile is None
    assert why.vi == "văn bản loại “CHỈ THỊ”, không phải báo cáo: không kiểm tra mục bắt buộc"


def test_a_document_without_a_type_line_gets_no_profile():
    profile, why = detect(titled(""))
    assert profile is None
    assert why.vi == "không thấy tên loại văn bản (“BÁO CÁO …”): không kiểm tra mục bắt buộc"
    assert why.en == "no type line (“BÁO CÁO …”) found: required sections are not checked"


def test_forced_profile_and_unknown_name():
    profile, why = detect(titled("BÁO CÁO sơ kết"), "tong-ket")
    assert profile.name == "tong-ket"
    assert why.vi == "chọn bằng --profile hoặc khóa “profile” trong cấu hình"
    with pytest.raises(InputError) as exc:
        get_profile("kiemdiem")
    assert exc.value.message_vi == ("Không có hồ sơ “kiemdiem”. Các hồ sơ đã biết: bao-cao, bao-cao-chinh-tri, "
                                    "bao-cao-hanh-chinh, chuong-trinh, cong-van, de-an, huong-dan, ke-hoach, kiem-diem, "
                                        "kiem-diem-hang-nam, luat, nghi-dinh, nghi-quyet, quyet-dinh, so-ket, "
                                        "thong-bao, thong-tu, to-trinh, tong-ket")
    assert exc.value.message_en.startswith("Unknown profile “kiemdiem”. Known profiles: bao-cao, ")


def test_the_pipeline_reports_the_profile_even_when_no_structure_rule_runs(lint_text):
    result = lint_text(draft("so-ket"), ["KT101"])
    assert result.profile == "so-ket"
    assert result.profile_reason.vi.endswith("có “sơ kết”")


def test_an_unknown_profile_makes_the_file_an_error(tmp_path):
    path = tmp_path / "d.md"
    path.write_text(draft("so-ket"), encoding="utf-8")
    from kiemtra_lint.config import Settings
    from kiemtra_lint.lint import lint_file

    result = lint_file(str(path), Settings(select=("KT1",), profile="khong-co"))
    assert result.error.vi.startswith("Không có hồ sơ “khong-co”. Các hồ sơ đã biết: bao-cao,")
    assert result.findings == []


def test_the_terminal_report_gives_the_reason(lint_text):
    from rich.console import Console

    from kiemtra_lint.report.terminal import render

    result = lint_text(draft("kiem-diem"), ["KT1"])
    out = io.StringIO()
    render([result], console=Console(file=out, no_color=True, width=300))
    assert out.getvalue().splitlines()[0].endswith(
        "(hồ sơ: kiem-diem — tiêu đề “BÁO CÁO kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành Đả…” có “kiểm điểm”)")


USER_PROFILE = """
name = "so-ket"
title = "Sơ kết theo đề cương của Tỉnh ủy"
parts = ["title"]

[detect]
title = ['\\bsơ kết\\b']

[[sections]]
name = "Đề xuất"
keywords = ["đề xuất"]
"""


def test_user_profiles_replace_and_add(tmp_path, lint_text):
    folder = tmp_path / "ho-so"
    folder.mkdir()
    (folder / "so-ket.toml").write_text(USER_PROFILE, encoding="utf-8")
    (folder / "thi-dua.toml").write_text('title = "Báo cáo thi đua"\n[detect]\ntitle = ["thi đua"]\n', encoding="utf-8")
    profiles = load_profiles((str(folder),))
    assert profiles["so-ket"].title == "Sơ kết theo đề cương của Tỉnh ủy"
    assert profiles["thi-dua"].parts == ("header", "issuer", "number", "place-date", "title", "signature",
                                         "recipients")
    result = lint_text(draft("so-ket"), ["KT101"], data={"profiles": (str(folder),)})
    assert result.profile == "so-ket"
    assert detect(titled("BÁO CÁO kết quả thi đua năm 2023"), profiles=profiles)[0].name == "thi-dua"


@pytest.mark.parametrize("table, message", [
    ({"sections": [{"name": "X", "keywords": ["x"], "synonyms": ["y"]}]},
     "Hồ sơ p.toml: khóa không biết trong [[sections]] thứ 1: synonyms"),
    ({"parts": ["header", "chu-ky"]},
     "Hồ sơ p.toml: phần “chu-ky” không có; các phần: header, issuer, number, place-date, title, signature, "
     "recipients"),
    ({"detect": {"title": ["(kiểm điểm"]}}, "Hồ sơ p.toml: mẫu “(kiểm điểm” trong “title” sai cú pháp"),
    ({"name": "Kiểm Điểm"}, "Hồ sơ p.toml: tên hồ sơ “Kiểm Điểm” chỉ gồm chữ thường không dấu, số và “-”"),
    ({"sections": [{"name": "X"}]}, "Hồ sơ p.toml: [[sections]] thứ 1 cần “name” và “keywords”"),
])
def test_a_broken_profile_names_its_file_and_fault(table, message):
    with pytest.raises(InputError) as exc:
        parse_profile(table, "p.toml", "p")
    assert exc.value.message_vi.startswith(message)


def test_a_user_profile_with_bad_toml_is_an_input_error(tmp_path):
    (tmp_path / "x.toml").write_text("name = \n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_profiles((str(tmp_path),))
    assert exc.value.message_vi.startswith(f"Hồ sơ {tmp_path / 'x.toml'}: sai cú pháp TOML")


@pytest.mark.parametrize("title, hit", [
    ("HẠN CHẾ, KHUYẾT ĐIỂM", ("HẠN CHẾ", True)),
    ("Những hạn chế, yếu kém", ("hạn chế", True)),  # "những" is a filler
    ("Nguyên nhân của hạn chế", ("hạn chế", False)),  # named, but not what the heading is about
    ("Tồn tai, han che", ("Tồn tai", True)),  # accent- and case-insensitive
    ("KẾT QUẢ KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM ĐÃ CHỈ RA", None),  # after "khắc phục": not this section
    ("Tăng cường quản lý, không hạn chế quyền", None),  # negated
    ("Hạn chế tối đa tai nạn", ("Hạn chế", True)),  # a verb: matching reads words, not sense
])
def test_section_keywords_match_whole_words_with_their_exclusions(title, hit):
    spec = next(s for s in load_profiles()["kiem-diem"].sections if s.id == "han-che")
    hits = spec.hits(title)
    assert ((title[hits[0].start:hits[0].end], hits[0].strong) if hits else None) == hit


def test_config_names_the_profile_and_a_folder_of_user_profiles(tmp_path, capsys, monkeypatch):
    from kiemtra_lint.cli import main

    monkeypatch.setenv("NO_COLOR", "1")
    (tmp_path / "ho-so").mkdir()
    (tmp_path / "ho-so" / "thi-dua.toml").write_text(
        'title = "Báo cáo thi đua"\n[detect]\ntitle = ["thi đua"]\n[[sections]]\nname = "Khen thưởng"\n'
        'keywords = ["khen thưởng"]\n', encoding="utf-8")
    (tmp_path / "kiemtra.toml").write_text('[data]\nprofiles = ["ho-so"]\n', encoding="utf-8")
    (tmp_path / "a.md").write_text(draft("so-ket").replace("sơ kết 3 năm", "thi đua 3 năm"), encoding="utf-8")
    main(["check", "--select", "KT102", str(tmp_path / "a.md")])
    out = capsys.readouterr().out
    assert "(hồ sơ: thi-dua — tiêu đề “BÁO CÁO thi đua 3 năm thực hiện" in out
    assert "Thiếu mục “Khen thưởng” mà hồ sơ “thi-dua” yêu cầu" in out
    (tmp_path / "kiemtra.toml").write_text('profile = "tong-ket"\n', encoding="utf-8")
    main(["check", "--select", "KT102", str(tmp_path / "a.md")])
    assert "(hồ sơ: tong-ket — chọn bằng --profile hoặc khóa “profile” trong cấu hình)" in capsys.readouterr().out
