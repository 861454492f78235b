"""KT2xx: what a number next to a level, a rank or a category's abbreviation counts, and a
breakdown whose first facet is named right after its cue (issue 15).

Invented sentences, each a right and a wrong version: "THCS 137/240" and "MN 14 trường" count
schools of that level (not a name like "Trường THCS 2/9"); "hạng III 55 người" counts the people
of rank III; "trong đó, về trình độ chuyên môn: ..." lists parts of the total before the cue; a
part's own bracket ("(tỷ lệ 80%)") does not make parts look nested; "19 đảng bộ cơ sở, gồm
3.480 đảng viên" is no part larger than its whole.
"""

import pytest

CASES = [
    ('Toàn tỉnh có 412/750 trường đạt chuẩn quốc gia, trong đó MN 95/210, TH 180/300, THCS 137/240.', []),
    ('Toàn tỉnh có 412/760 trường đạt chuẩn quốc gia, trong đó MN 95/210, TH 180/300, THCS 137/240.', [('KT203', 'error', 60, '95/210, TH 180/300, THCS 137/240', '210 + 300 + 240 = 750, khác mẫu số 760 của 412/760')]),
    ('Có 96/130 trường đạt chuẩn, trong đó THCS 41/55 trường, THPT 55/75 trường.', []),
    ('Có 96/130 trường đạt chuẩn, trong đó THCS 41/55 trường, THPT 55/70 trường.', [('KT203', 'error', 42, '41/55 trường, THPT 55/70', '55 + 70 = 125, khác mẫu số 130 của 96/130')]),
    ('Có 31/40 trường học đạt chuẩn xanh, sạch, đẹp, trong đó THCS 2/9 được tuyên dương, tiểu học 29/31.', []),
    ('Có 50 đơn vị tham gia, trong đó Trường THCS 2/9 đạt giải nhất, chiếm 2%.', []),
    ('Đảng bộ có 236 đảng viên, trong đó, về trình độ chuyên môn: đại học 180 đồng chí, cao đẳng 20 đồng chí, trung cấp 36 đồng chí.', []),
    ('Đảng bộ có 236 đảng viên, trong đó, về trình độ chuyên môn: đại học 180 đồng chí, cao đẳng 20 đồng chí, trung cấp 46 đồng chí.', [('KT203', 'error', 68, '180 đồng chí, cao đẳng 20 đồng chí, trung cấp 46', '180 + 20 + 46 = 246, khác tổng số 236')]),
    ('Đảng bộ có 236 đảng viên, trong đó về trình độ lý luận chính trị: cao cấp 12 đồng chí, trung cấp 98 đồng chí, sơ cấp 126 đồng chí; về trình độ chuyên môn: đại học 180 đồng chí, cao đẳng 20 đồng chí, trung cấp 36 đồng chí.', []),
    ('Đảng bộ có 236 đảng viên, trong đó về trình độ lý luận chính trị: cao cấp 12 đồng chí, trung cấp 98 đồng chí, sơ cấp 136 đồng chí; về trình độ chuyên môn: đại học 180 đồng chí, cao đẳng 20 đồng chí, trung cấp 36 đồng chí.', [('KT203', 'error', 74, '12 đồng chí, trung cấp 98 đồng chí, sơ cấp 136', '12 + 98 + 136 = 246, khác tổng số 236')]),
    ('Tổng số công chức là 150 người; trong đó đại học 120 người (tỷ lệ 80%), cao đẳng 10 người (tỷ lệ 6,7%), trung cấp 20 người (tỷ lệ 13,3%).', []),
    ('Tổng số công chức là 150 người; trong đó đại học 120 người (tỷ lệ 80%), cao đẳng 15 người (tỷ lệ 6,7%), trung cấp 20 người (tỷ lệ 13,3%).', [('KT203', 'error', 49, '120 người (tỷ lệ 80%), cao đẳng 15 người (tỷ lệ 6,7%), trung cấp 20', '120 + 15 + 20 = 155, khác tổng số 150'), ('KT202', 'error', 97, '6,7%', '15/150 = 10,00%, không phải 6,7%')]),
    ('Tổng số viên chức là 80 người, trong đó hạng II 30 người (tỷ lệ 37,5%), hạng III 45 người (tỷ lệ 56,3%), hạng IV 5 người (tỷ lệ 6,3%).', []),
    ('Tổng số viên chức là 80 người, trong đó hạng II 30 người (tỷ lệ 37,5%), hạng III 55 người (tỷ lệ 56,3%), hạng IV 5 người (tỷ lệ 6,3%).', [('KT203', 'error', 48, '30 người (tỷ lệ 37,5%), hạng III 55 người (tỷ lệ 56,3%), hạng IV 5', '30 + 55 + 5 = 90, khác tổng số 80'), ('KT202', 'error', 97, '56,3%', '55/80 = 68,75%, không phải 56,3%')]),
    ('Năm học này có 1.254 học sinh, trong đó, về học lực: giỏi 188 em, khá 376 em, trung bình 627 em, yếu 63 em.', []),
    ('Năm học này có 1.254 học sinh, trong đó, về học lực: giỏi 188 em, khá 376 em, trung bình 627 em, yếu 73 em.', [('KT203', 'error', 58, '188 em, khá 376 em, trung bình 627 em, yếu 73', '188 + 376 + 627 + 73 = 1.264, khác tổng số 1.254')]),
    ('Tổng số cán bộ là 120 người, trong đó loại I 30 người (25%), loại II 90 người (75%).', []),
    ('Tổng số cán bộ là 120 người, trong đó loại I 30 người (25%), loại II 90 người (70%).', [('KT204', 'error', 55, '25%), loại II 90 người (70%', '25% + 70% = 95%, không phải 100%'), ('KT202', 'error', 79, '70%', '90/120 = 75,00%, không phải 70%')]),
    ('Có 45 công chức, trong đó ngạch chuyên viên chính 15 người, ngạch chuyên viên 30 người.', []),
    ('Toàn huyện có 42 trường, trong đó MN 14 trường, TH 16 trường, THCS 12 trường.', []),
    ('Toàn huyện có 42 trường, trong đó MN 14 trường, TH 16 trường, THCS 14 trường.', [('KT203', 'error', 37, '14 trường, TH 16 trường, THCS 14', '14 + 16 + 14 = 44, khác tổng số 42')]),
    ('Có 18/20 xã đạt chuẩn, trong đó khu vực I 10/11 xã, khu vực II 8/9 xã.', []),
    ('Có 18/20 xã đạt chuẩn, trong đó khu vực I 10/11 xã, khu vực II 8/10 xã.', []),
    ('Có 50 đơn vị tham gia hội thi, trong đó Trường TH 4 đạt giải nhất, chiếm 2%.', []),
    ('Toàn huyện có 42 trường, trong đó: MN 14 trường (33,3%), TH 16 trường (38,1%), THCS 12 trường (28,6%).', []),
    ('Toàn huyện có 42 trường, trong đó: MN 14 trường (33,3%), TH 16 trường (38,1%), THCS 12 trường (26,8%).', [('KT204', 'error', 49, '33,3%), TH 16 trường (38,1%), THCS 12 trường (26,8%', '33,3% + 38,1% + 26,8% = 98,2%, không phải 100%'), ('KT202', 'error', 95, '26,8%', '12/42 = 28,57%, không phải 26,8%')]),
    # a part larger than its whole only when it counts the same noun, with no count between
    ('Huyện có 60 tổ chức cơ sở đảng, trong đó có 41 chi bộ và 19 đảng bộ cơ sở, với 215 chi bộ trực thuộc, gồm 3.480 đảng viên.', []),
    ('Toàn huyện có 19 đảng bộ cơ sở, gồm 3.480 đảng viên.', []),
    ('Toàn huyện có 19 đảng bộ, trong đó 25 đảng bộ cơ sở.', [('KT203', 'error', 35, '25', '25 > 19: một phần lớn hơn tổng số đã nêu')]),
    ('Đã tiếp nhận 9 đơn thư, trong đó chuyển 12 đơn thư đến cơ quan có thẩm quyền.', [('KT203', 'error', 40, '12', '12 > 9: một phần lớn hơn tổng số đã nêu')]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[f"c{i:02}" for i in range(len(CASES))])
def test_levels_labels_and_facets(lint_text, text, expected):
    result = lint_text(text + "\n", select=("KT2",))
    assert result.error is None
    assert [(f.rule, f.severity, f.span.start, f.place["excerpt"], f.message.vi) for f in result.findings] == expected


TABLE = """| STT | Nội dung | Tổng số | Khối 6 | Khối 7 |
|---|---|---|---|---|
| I | Số học sinh | 420 | 215 | 205 |
| a | Học sinh giỏi | {good} | 40 | 38 |
| b | Học sinh khá | 190 | 100 | 90 |
"""


def test_a_row_numbered_by_a_letter_is_named_by_its_label(lint_text):
    assert lint_text(TABLE.format(good=78), select=("KT2",)).findings == []
    (f,) = lint_text(TABLE.format(good=87), select=("KT2",)).findings
    assert (f.rule, f.place["excerpt"], f.message.vi) == (
        "KT205", "87", "Dòng “Học sinh giỏi”: 40 + 38 = 78, khác 87")
