"""KT401 repeated words, KT402 repeated sentences, KT403 repeated passages: exact findings."""

import pytest
from docx_factory import make_docx, p, para, run, table

from kiemtra_lint.config import Settings
from kiemtra_lint.lint import lint_file


def lint(path, codes, **settings):
    """The findings of a Word file (``lint_text`` writes text files only)."""
    result = lint_file(str(path), Settings(select=codes, **settings))
    assert result.error is None
    return result.findings


@pytest.fixture
def check_md(lint_text):
    """``check_md(md, codes, **settings)``: the findings of ``md``, through the shared ``lint_text``."""
    def run(md: str, codes=("KT401",), **settings):
        result = lint_text(md, codes, **settings)
        assert result.error is None
        return result.findings
    return run


def summary(findings):
    """(rule, message, excerpt, related excerpts) of every finding."""
    return [(f.rule, f.message.vi, f.place["excerpt"], [r["excerpt"] for r in f.related_places])
            for f in findings]


# --- KT401 -----------------------------------------------------------------------------

def test_word_typed_twice(check_md):
    findings = check_md("Ban Thường vụ Huyện ủy đã đã chỉ đạo thực hiện.\n")
    assert summary(findings) == [("KT401", "Lặp từ: “đã” bị viết hai lần liền nhau", "đã", ["đã"])]
    f = findings[0]
    assert (f.place["location"]["start"], f.place["location"]["end"]) == (26, 28)  # the second “đã”
    assert (f.related_places[0]["location"]["start"], f.related_places[0]["location"]["end"]) == (23, 25)
    assert f.severity == "warning" and f.family == "duplicates"


def test_case_and_tone_mark_placement_are_ignored(check_md):
    md = "Đã đã có kết quả.\n\nCác tổ đã hoà hòa.\n"
    assert summary(check_md(md)) == [
        ("KT401", "Lặp từ: “Đã” bị viết hai lần liền nhau", "đã", ["Đã"]),
        ("KT401", "Lặp từ: “hoà” bị viết hai lần liền nhau", "hòa", ["hoà"]),
    ]


def test_phrase_typed_twice(check_md):
    assert summary(check_md("Tiếp tục nâng cao nâng cao chất lượng sinh hoạt chi bộ.\n")) == [
        ("KT401", "Lặp cụm từ: “nâng cao” bị viết hai lần liền nhau", "nâng cao", ["nâng cao"])]


def test_phrase_repeated_around_a_stray_word(check_md):
    assert summary(check_md("Các chi bộ thực hiện công tác tốt công tác phát triển đảng viên.\n")) == [
        ("KT401", "Lặp cụm từ “công tác” quanh chữ “tốt” (“công tác tốt công tác”): có lẽ sót lại khi sửa câu",
         "công tác", ["công tác"])]


def test_repetition_across_runs_and_line_breaks(tmp_path):
    body = (para(run("Ban Thường vụ đã "), run("đã chỉ đạo.", bold=True))
            + para(run("Phát triển kinh tế các"), '<w:r><w:br/><w:t>các xã vùng sâu.</w:t></w:r>'))
    findings = lint(make_docx(tmp_path / "d.docx", body), ("KT401",))
    assert [(f.message.vi, f.place["excerpt"], f.place["location"]["start"]) for f in findings] == [
        ("Lặp từ: “đã” bị viết hai lần liền nhau", "đã", 17),
        ("Lặp từ: “các” bị viết hai lần liền nhau", "các", 23),
    ]


def test_correct_repetitions_are_not_reported(check_md):
    md = ("Ngày ngày, người người, nhà nhà thi đua; đời đời nhớ ơn, mãi mãi biết ơn, dần dần ổn định.\n\n"
          "Phân công rõ người, rõ việc; giữa cán bộ với cán bộ, từ xã đến xã.\n\n"
          "Năm 2021 2022 là hai năm khó khăn; trong năm năm qua huyện phát triển.\n")
    assert check_md(md) == []


def test_users_extend_the_reduplicatives(check_md, tmp_path):
    extra = tmp_path / "lay.txt"
    extra.write_text("# từ láy của đơn vị\nrất rất\n", encoding="utf-8")
    md = "Kết quả rất rất đáng khích lệ.\n"
    assert len(check_md(md)) == 1
    assert check_md(md, data={"reduplicatives": (str(extra),)}) == []


# --- KT402 -----------------------------------------------------------------------------

SENTENCE = ("Việc huy động nguồn lực xã hội hóa để xây dựng hạ tầng giao thông nông thôn ở một số xã còn gặp "
            "nhiều khó khăn, chưa đáp ứng yêu cầu đề ra.")


def test_same_sentence_in_two_sections(check_md):
    md = (f"**I. KẾT QUẢ**\n\nGiao thông được quan tâm. {SENTENCE}\n\n"
          f"**II. HẠN CHẾ**\n\nKinh tế tăng trưởng chưa bền vững. {SENTENCE} Đất đai còn buông lỏng.\n")
    findings = check_md(md, ("KT402", "KT403"))
    assert summary(findings) == [
        ("KT402", "Câu này lặp lại nguyên văn một câu ở mục I", SENTENCE, [SENTENCE])]
    assert findings[0].place["location"]["section"] == ["II."]
    assert findings[0].related_places[0]["location"]["section"] == ["I."]


def test_nearly_the_same_sentence_shows_what_differs(check_md):
    changed = SENTENCE.replace("nông thôn", "nông thông")
    md = f"**1. Giao thông**\n\n{SENTENCE}\n\n**2. Hạn chế**\n\n{changed}\n"
    assert summary(check_md(md, ("KT402",))) == [
        ("KT402", "Câu này gần trùng với một câu ở mục 1 (giống 96%; khác: “thôn” / “thông”)", changed, [SENTENCE])]


def test_a_provision_repeated_for_another_point_is_not_a_slip(check_md):
    """Only the point's letter differs ("điểm b" / "điểm c"): the same rule stated for another
    provision, as a changed figure is a new statement; a one-letter slip inside a word still is."""
    rule = ("Hồ sơ đề nghị hỗ trợ theo quy định tại điểm b khoản 2 Điều 5 của Quy định này được nộp trực tiếp "
            "tại bộ phận tiếp nhận và trả kết quả của Ủy ban nhân dân cấp xã.")
    other = rule.replace("điểm b", "điểm c")
    md = f"**1. Hỗ trợ nhà ở**\n\n{rule}\n\n**2. Hỗ trợ sản xuất**\n\n{other}\n"
    assert summary(check_md(md, ("KT402", "KT403"))) == []
    slip = rule.replace("tiếp nhận", "tiếp nhân")
    md = f"**1. Hỗ trợ nhà ở**\n\n{rule}\n\n**2. Hỗ trợ sản xuất**\n\n{slip}\n"
    assert [f[0] for f in summary(check_md(md, ("KT402",)))] == ["KT402"]


def test_sentence_copied_as_a_clause_points_at_the_clause(check_md):
    clause = ("Hệ thống quản lý văn bản và điều hành được triển khai đồng bộ đến 100% cơ quan, đơn vị cấp huyện "
              "và UBND các xã, thị trấn")
    later = clause.replace("đồng bộ", "thống nhất") + "."
    md = f"{clause}; tỷ lệ văn bản điện tử đạt 98,7%.\n\nKết quả được ghi nhận. {later}\n"
    assert summary(check_md(md, ("KT402",))) == [
        ("KT402", "Câu này gần trùng với một vế câu ở đoạn ngay trên (giống 92%; khác: “đồng bộ” / “thống nhất”)",
         later, [clause])]


def test_three_copies_are_two_findings_against_the_first(check_md):
    md = f"{SENTENCE}\n\nĐoạn khác hẳn về nội dung.\n\n{SENTENCE}\n\nMột đoạn nữa.\n\n{SENTENCE}\n"
    findings = check_md(md, ("KT402",))
    assert [(f.span.block, [r.block for r in f.related]) for f in findings] == [(2, [0]), (4, [0])]


def test_formulas_figures_names_and_short_sentences_are_not_reported(check_md):
    md = ("Tiếp tục nâng cao năng lực lãnh đạo, sức chiến đấu của Đảng bộ; xây dựng hệ thống chính trị trong "
          "sạch, vững mạnh; huy động mọi nguồn lực để phát triển kinh tế - xã hội nhanh và bền vững.\n\n"
          "Các chi bộ đã có nhiều cố gắng trong việc nâng cao năng lực lãnh đạo, sức chiến đấu, nhất là các "
          "chi bộ thôn.\n\n"
          "Năm 2021, có 16/18 chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên, đạt 88,89%.\n\n"
          "Năm 2022, có 17/18 chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên, đạt 94,44%.\n\n"
          "Đảng ủy xã Tây Xuân đã ban hành kế hoạch thực hiện Chỉ thị và tổ chức quán triệt đến cán bộ, đảng viên.\n\n"
          "Đảng ủy xã Tây Bình đã ban hành kế hoạch thực hiện Chỉ thị và tổ chức quán triệt đến cán bộ, đảng viên.\n\n"
          "Kết quả cụ thể như sau:\n\nKết quả cụ thể như sau:\n")
    assert check_md(md, ("KT402", "KT403")) == []


def test_headings_and_table_cells_are_not_compared(tmp_path):
    long_title = "Công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị gắn với phát triển kinh tế ở cơ sở vùng sâu"
    long_cell = "Các cơ quan, đơn vị liên quan phối hợp thực hiện theo chức năng, nhiệm vụ được giao hằng năm"
    body = (p(f"1. {long_title}", bold=True) + p(long_title)
            + table([["TT", "Nội dung"], ["1", long_cell], ["2", long_cell], ["Tổng cộng", "Tổng cộng"]]))
    assert lint(make_docx(tmp_path / "d.docx", body), ("KT402", "KT403")) == []


# --- KT403 -----------------------------------------------------------------------------

P1 = ("Công tác tuyên truyền về Nghị quyết được thực hiện bằng nhiều hình thức phong phú, phù hợp với đặc điểm "
      "của huyện miền núi có đông đồng bào dân tộc thiểu số. Trung tâm Văn hóa huyện đã xây dựng 146 chuyên mục, "
      "phóng sự phát trên hệ thống truyền thanh của huyện và các xã.")
P2 = ("Các ngày lễ lớn được tổ chức trang trọng tại quảng trường của huyện, gắn với tuyên truyền về truyền thống "
      "cách mạng của quê hương. Kết quả rất đáng ghi nhận. Việc học tập lý luận chính trị được chú trọng, các lớp "
      "bồi dưỡng được mở đều đặn ở cả hai khu vực.")


def test_passage_of_two_paragraphs_is_one_finding(check_md):
    md = (f"**1. Tuyên truyền**\n\n{P1}\n\n{P2}\n\nKết quả khác của mục một còn được ghi nhận rõ.\n\n"
          f"**2. Học tập**\n\nMục hai có nội dung riêng của nó.\n\n{P1}\n\n{P2}\n")
    findings = check_md(md, ("KT402", "KT403"))
    assert summary(findings) == [
        ("KT403", "Từ đây, 2 đoạn văn (5 câu) lặp lại nguyên văn một đoạn ở mục 1", P1, [P1, P2])]


def test_whole_section_pasted_twice(check_md):
    md = f"**1. Tuyên truyền**\n\n{P1}\n\n{P2}\n\n**2. Học tập**\n\n{P1}\n\n{P2}\n"
    assert summary(check_md(md, ("KT402", "KT403"))) == [
        ("KT403", "Toàn bộ mục 2 (2 đoạn văn, 5 câu) lặp lại nguyên văn nội dung ở mục 1", P1, [P1, P2])]


def test_paragraph_pasted_twice_with_an_edit(check_md):
    edited = P1.replace("146 chuyên mục", "146 chuyên mục, tin bài")
    md = f"**1. Tuyên truyền**\n\n{P1}\n\n**2. Học tập**\n\nMở đầu mục hai.\n\n{edited}\n\nKết thúc mục hai.\n"
    assert summary(check_md(md, ("KT402", "KT403"))) == [
        ("KT403", "2 câu liên tiếp này lặp lại gần nguyên văn 2 câu ở mục 1", edited, [P1])]
