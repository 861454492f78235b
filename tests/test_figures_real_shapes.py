"""KT2xx on the shapes real published reports write their figures in (issue 15).

Every sentence here is invented; each shape comes as a right and a wrong version, and the test
pins every finding exactly: rule, severity, where the span starts, the words it covers and the
Vietnamese message.  A right sentence must raise nothing: a linter that cries wolf is switched off.
"""

import pytest

from kiemtra_lint.config import Settings
from kiemtra_lint.lint import lint_file


def findings(tmp_path, text: str):
    path = tmp_path / "d.md"
    path.write_text(text + "\n", encoding="utf-8")
    result = lint_file(str(path), Settings(select=("KT2",)))
    assert result.error is None
    return [(f.rule, f.severity, f.span.start, f.place["excerpt"], f.message.vi) for f in result.findings]


CASES = [
    # shapes met in real reports (invented sentences)
    ('Đội ngũ có 30 giảng viên, trong đó tiến sĩ chiếm 20,0% (6/30), phó giáo sư chiếm 10,0% (3/30), giảng viên có chứng chỉ sư phạm đạt 100%, 25/30 (83,3%) là giảng viên trẻ.', []),
    ('Đội ngũ có 30 giảng viên, trong đó tiến sĩ chiếm 20,0% (6/30), phó giáo sư chiếm 13,3% (3/30), giảng viên có chứng chỉ sư phạm đạt 100%, 25/30 (83,3%) là giảng viên trẻ.', [
        ('KT201', 'error', 81, '13,3%', '3/30 = 10,00%, không phải 13,3%'),
    ]),
    ('Số giảng viên có trình độ tiến sĩ trở lên chiếm 35,0% (7/20), số phó giáo sư chiếm 15,0% (3/20).', []),
    ('Số giảng viên có trình độ tiến sĩ trở lên chiếm 30,0% (7/20), số phó giáo sư chiếm 15,0% (3/20).', [
        ('KT201', 'error', 48, '30,0%', '7/20 = 35,00%, không phải 30,0%'),
    ]),
    ('Khoa có 21 giảng viên gồm 02 giảng viên cao cấp chiếm tỷ lệ 9,5% (2/21); 19 giảng viên chính chiếm tỷ lệ 90,5% (19/21).', []),
    ('Khoa có 21 giảng viên gồm 02 giảng viên cao cấp chiếm tỷ lệ 9,5% (2/21); 19 giảng viên chính chiếm tỷ lệ 80,5% (19/21).', [
        ('KT201', 'error', 105, '80,5%', '19/21 = 90,48%, không phải 80,5%'),
    ]),
    ('Tỷ lệ giảng viên trẻ chiếm (3/12) 25% tổng số giảng viên.', []),
    ('Tỷ lệ giảng viên trẻ chiếm (3/12) 20% tổng số giảng viên.', [
        ('KT201', 'error', 34, '20%', '3/12 = 25,00%, không phải 20%'),
    ]),
    ('Số giảng viên đạt chuẩn ngoại ngữ là 9/12 người (75%); số đạt chuẩn tin học là 12/12 (100 %).', []),
    ('Số giảng viên đạt chuẩn ngoại ngữ là 9/12 người (70%); số đạt chuẩn tin học là 12/12 (100 %).', [
        ('KT201', 'error', 49, '70%', '9/12 = 75,00%, không phải 70%'),
    ]),
    ('Đợt khảo sát có 18 đơn vị trả lời phiếu trong tổng số 24 đơn vị được gửi phiếu (chiếm tỷ lệ 75%).', []),
    ('Đợt khảo sát có 18 đơn vị trả lời phiếu trong tổng số 24 đơn vị được gửi phiếu (chiếm tỷ lệ 80%).', [
        ('KT202', 'error', 92, '80%', '18/24 = 75,00%, không phải 80%'),
    ]),
    ('Có 45 hộ được hỗ trợ trên tổng số 60 hộ đăng ký, chiếm 75%.', []),
    ('Có 45 hộ được hỗ trợ trên tổng số 60 hộ đăng ký, chiếm 70%.', [
        ('KT202', 'error', 55, '70%', '45/60 = 75,00%, không phải 70%'),
    ]),
    ('Có 45 hộ được hỗ trợ trên tổng số 60 tỷ đồng, chiếm 70%.', []),
    ('Đến 02 tỷ đồng mức thu là 15 triệu đồng; trên 02 tỷ đồng mức thu là 15 triệu đồng + (0,4% x phần giá trị trên 02 tỷ đồng).', []),
    ('Mức phí bằng 8 triệu đồng + (1,5% × giá trị vượt 500 triệu đồng).', []),
    ('[3] trong đó: 12 nhiệm vụ đã hoàn thành, 13 nhiệm vụ đang triển khai.', []),
    ('Có 25 nhiệm vụ[3], trong đó: 12 nhiệm vụ đã hoàn thành, 13 nhiệm vụ đang triển khai.', []),
    ('Có 25 nhiệm vụ[3], trong đó: 12 nhiệm vụ đã hoàn thành, 11 nhiệm vụ đang triển khai và 03 nhiệm vụ chưa triển khai.', [
        ('KT203', 'error', 29, '12 nhiệm vụ đã hoàn thành, 11 nhiệm vụ đang triển khai và 03', '12 + 11 + 03 = 26, khác tổng số 25'),
    ]),
    ('Bãi bỏ 03 thủ tục hành chính (số thứ tự 05, 08, 09) tại Quyết định số 12/QĐ-UBND.', []),
    ('Bãi bỏ 03 thủ tục hành chính (gồm 01 thủ tục cấp tỉnh, 03 thủ tục cấp xã).', [
        ('KT203', 'error', 34, '01 thủ tục cấp tỉnh, 03', '01 + 03 = 4, khác tổng số 03'),
    ]),
    ('Sửa đổi 02 thủ tục (STT 11 và 14 của Phụ lục).', []),
    ('| Muối | 3,5 | | Nước | 2,5 | | Chất béo tổng số bao gồm axit béo | 1,0 | Đường | 2,0 |', []),
    ('| 12 | Diện tích bị thiệt hại | ha | 13 | Chia ra: lúa | ha | 14 | hoa màu | ha | 15 |', []),
    ('Về trình độ chuyên môn: đại học 380 đồng chí (tỷ lệ 92,2%), cao đẳng 07 đồng chí (1,7%), trung cấp 25 đồng chí (6,1%).', []),
    ('Tổng số cán bộ hiện có 412 đồng chí; trong đó, về trình độ chuyên môn: đại học 380 đồng chí (tỷ lệ 92,2%), cao đẳng 07 đồng chí (1,7%), trung cấp 25 đồng chí (6,1%).', []),
    ('Tổng số cán bộ hiện có 412 đồng chí; trong đó, về trình độ chuyên môn: đại học 380 đồng chí (tỷ lệ 92,2%), cao đẳng 07 đồng chí (1,7%), trung cấp 25 đồng chí (7,1%).', [
        ('KT204', 'error', 99, '92,2%), cao đẳng 07 đồng chí (1,7%), trung cấp 25 đồng chí (7,1%', '92,2% + 1,7% + 7,1% = 101,0%, không phải 100%'),
        ('KT202', 'error', 159, '7,1%', '25/412 = 6,07%, không phải 7,1%'),
    ]),
    ('Tổng số cán bộ là 412 đồng chí, trong đó cao cấp 61 đồng chí (tỷ lệ 14,8%), trung cấp 300 đồng chí (72,8%), sơ cấp 51 đồng chí (12,4%).', []),
    ('Tổng số cán bộ là 412 đồng chí, trong đó cao cấp 61 đồng chí (tỷ lệ 14,8%), trung cấp 300 đồng chí (72,8%), sơ cấp 51 đồng chí (13,4%).', [
        ('KT204', 'error', 68, '14,8%), trung cấp 300 đồng chí (72,8%), sơ cấp 51 đồng chí (13,4%', '14,8% + 72,8% + 13,4% = 101,0%, không phải 100%'),
        ('KT202', 'error', 128, '13,4%', '51/412 = 12,38%, không phải 13,4%'),
    ]),
    ('Tổng số cán bộ là 412 đồng chí, gồm: cao cấp 61 đồng chí, trung cấp 300 đồng chí, sơ cấp 51 đồng chí.', []),
    ('Tổng số cán bộ là 412 đồng chí, gồm: cao cấp 61 đồng chí, trung cấp 310 đồng chí, sơ cấp 51 đồng chí.', [
        ('KT203', 'error', 45, '61 đồng chí, trung cấp 310 đồng chí, sơ cấp 51', '61 + 310 + 51 = 422, khác tổng số 412'),
    ]),
    ('Toàn huyện có 46 trường; 04 trường đạt chuẩn quốc gia mức độ 2, đạt tỷ lệ 8,7%.', []),
    ('Toàn huyện có 46 trường, trong đó 04 trường đạt chuẩn quốc gia mức độ 2, đạt tỷ lệ 9,7%.', [
        ('KT202', 'error', 83, '9,7%', '04/46 = 8,70%, không phải 9,7%'),
    ]),
    ('Có 96% học sinh xếp loại sức khỏe loại 1 và 2.', []),
    ('Học sinh năm thứ 3 và năm thứ 4 chiếm 45,5%.', []),
    ('Toàn huyện có 17 xã. Có 11 xã đạt chuẩn nông thôn mới (chiếm 64,7%).', []),
    ('Toàn huyện có 17 xã. Có 11 xã đạt chuẩn nông thôn mới (chiếm 61,1%).', [
        ('KT202', 'error', 61, '61,1%', '11/17 = 64,71%, không phải 61,1%; 17 là tổng số xã ở câu trước'),
    ]),
    ('Toàn huyện có 17 xã. Có 11 xã đạt chuẩn nông thôn mới, chiếm 61,1%.', [
        ('KT202', 'error', 61, '61,1%', '11/17 = 64,71%, không phải 61,1%; 17 là tổng số xã ở câu trước'),
    ]),
    ('Toàn huyện có 17 xã và 3 thị trấn. Có 11 xã đạt chuẩn nông thôn mới (chiếm 55%).', []),
    ('Toàn huyện có 17 xã. Có 11 trường đạt chuẩn (chiếm 61,1%).', []),
    ('Toàn huyện có 17 xã. Có 11 xã đạt chuẩn nông thôn mới, 02 xã đạt chuẩn nâng cao (chiếm 11,8%).', []),
    ('Tỷ lệ hồ sơ đạt 87.25% (89/102 hồ sơ).', []),
    ('Tỷ lệ hồ sơ đạt 85.25% (89/102 hồ sơ).', [
        ('KT201', 'error', 16, '85.25%', '89/102 = 87,25%, không phải 85.25%'),
    ]),
    ('Có 89/102 hồ sơ giải quyết đúng hạn, đạt 87.3%.', []),
    ('Có 89/102 hồ sơ giải quyết đúng hạn, đạt 86.3%.', [
        ('KT201', 'error', 41, '86.3%', '89/102 = 87,25%, không phải 86.3%'),
    ]),
    ('Có 22/57 trường đạt chuẩn mức độ 1, chiếm 38,6%.', []),
    ('Có 22/57 trường đạt chuẩn mức độ 1, chiếm 36,8%.', [
        ('KT201', 'error', 42, '36,8%', '22/57 = 38,60%, không phải 36,8%'),
    ]),
    ('Thu ngân sách đạt 101,2% kế hoạch, tăng 5,2% so với cùng kỳ; có 12 xã đạt 92% dự toán.', []),
    ('Đại hội bầu 35 đồng chí vào Ban Chấp hành. Đến nay, Ban Chấp hành hiện còn 31 đồng chí.', []),
    ('Tỷ lệ cán bộ có trình độ thạc sĩ trở lên chiếm 60% (15/25).', []),
    ('Tỷ lệ cán bộ có trình độ thạc sĩ trở lên chiếm 65% (15/25).', [
        ('KT201', 'error', 47, '65%', '15/25 = 60,00%, không phải 65%'),
    ]),
    # parts and wholes, sub-fractions, targets and changes, money with decimals
    ('Tiếp nhận 9 đơn, trong đó chuyển 12 đơn đến cơ quan có thẩm quyền.', [
        ('KT203', 'error', 33, '12', '12 > 9: một phần lớn hơn tổng số đã nêu'),
    ]),
    ('Tiếp nhận 19 đơn, trong đó chuyển 12 đơn đến cơ quan có thẩm quyền.', []),
    ('Có 412/760 trường đạt chuẩn, trong đó mầm non 95/210, tiểu học 180/300, trung học cơ sở 137/240.', [
        ('KT203', 'error', 46, '95/210, tiểu học 180/300, trung học cơ sở 137/240', '210 + 300 + 240 = 750, khác mẫu số 760 của 412/760'),
    ]),
    ('Có 412/750 trường đạt chuẩn, trong đó mầm non 95/210, tiểu học 180/300, trung học cơ sở 137/240.', []),
    ('Có 402/750 trường đạt chuẩn, trong đó mầm non 95/210, tiểu học 180/300, trung học cơ sở 137/240.', [
        ('KT203', 'error', 46, '95/210, tiểu học 180/300, trung học cơ sở 137/240', '95 + 180 + 137 = 412, khác tử số 402 của 402/750'),
    ]),
    ('Tổng số cán bộ hiện có 412 đồng chí; trong đó, về trình độ chuyên môn: đại học 380 đồng chí, cao đẳng 07 đồng chí, trung cấp 25 đồng chí; về trình độ lý luận chính trị: cao cấp 61 đồng chí, trung cấp 300 đồng chí, sơ cấp 51 đồng chí.', []),
    ('Tổng số cán bộ hiện có 412 đồng chí; trong đó, về trình độ chuyên môn: đại học 380 đồng chí, cao đẳng 07 đồng chí, trung cấp 25 đồng chí; về trình độ lý luận chính trị: cao cấp 61 đồng chí, trung cấp 310 đồng chí, sơ cấp 51 đồng chí.', [
        ('KT203', 'error', 177, '61 đồng chí, trung cấp 310 đồng chí, sơ cấp 51', '61 + 310 + 51 = 422, khác tổng số 412'),
    ]),
    ('Tổng số cán bộ hiện có 412 đồng chí; trong đó, về trình độ chuyên môn: đại học 390 đồng chí, cao đẳng 07 đồng chí, trung cấp 25 đồng chí; về trình độ lý luận chính trị: cao cấp 61 đồng chí, trung cấp 300 đồng chí, sơ cấp 51 đồng chí.', [
        ('KT203', 'error', 79, '390 đồng chí, cao đẳng 07 đồng chí, trung cấp 25', '390 + 07 + 25 = 422, khác tổng số 412'),
    ]),
    ('Tổng số cán bộ là 412 đồng chí, trong đó cao cấp 61 đồng chí (tỷ lệ 14,5%), trung cấp 310 đồng chí (73,5%), sơ cấp 51 đồng chí (12,1%).', [
        ('KT202', 'error', 18, '412', 'Các tỷ lệ 14,5%, 73,5%, 12,1% được tính trên 422 (tổng các phần), không phải 412 đã nêu'),
    ]),
    ('Tổng chi ngân sách là 615.240,5 triệu đồng, gồm: chi giáo dục 300.120,2 triệu đồng, chi y tế 215.100,3 triệu đồng, chi khác 100.020 triệu đồng.', []),
    ('Tổng chi ngân sách là 615.240,5 triệu đồng, gồm: chi giáo dục 300.120,2 triệu đồng, chi y tế 205.100,3 triệu đồng, chi khác 100.020 triệu đồng.', [
        ('KT203', 'error', 62, '300.120,2 triệu đồng, chi y tế 205.100,3 triệu đồng, chi khác 100.020', '300.120,2 + 205.100,3 + 100.020 = 605.240,5, khác tổng số 615.240,5'),
    ]),
    ('Tổng chi ngân sách là 615.240,5 triệu đồng, trong đó chi giáo dục 300.120,2 triệu đồng (48,78%), chi y tế 215.100,3 triệu đồng (34,96%), chi khác 100.020 triệu đồng (16,26%).', []),
    ('Tổng chi ngân sách là 615.240,5 triệu đồng, trong đó chi giáo dục 300.120,2 triệu đồng (48,78%), chi y tế 215.100,3 triệu đồng (36,96%), chi khác 100.020 triệu đồng (16,26%).', [
        ('KT204', 'error', 88, '48,78%), chi y tế 215.100,3 triệu đồng (36,96%), chi khác 100.020 triệu đồng (16,26%', '48,78% + 36,96% + 16,26% = 102,00%, không phải 100%'),
        ('KT202', 'error', 128, '36,96%', '215.100,3/615.240,5 = 34,96%, không phải 36,96%'),
    ]),
    ('Tiếp nhận 254 đơn, trong đó 45 đơn khiếu nại, 212 đơn kiến nghị, 07 đơn tố cáo.', [
        ('KT203', 'error', 28, '45 đơn khiếu nại, 212 đơn kiến nghị, 07', '45 + 212 + 07 = 264, khác tổng số 254'),
    ]),
    ('Tiếp nhận 264 đơn, trong đó 45 đơn khiếu nại, 212 đơn kiến nghị, 07 đơn tố cáo.', []),
    ('Phát hiện 15 vụ vi phạm, xử lý 18 người, thu nộp ngân sách 1,2 tỷ đồng.', []),
    ('Khởi tố 12 vụ, 18 bị can, trong đó 10 vụ tham nhũng (83,3%).', []),
    ('Khởi tố 12 vụ, 18 bị can, trong đó 10 vụ tham nhũng (55,6%).', []),
    ('Thu ngân sách đạt 1.250 tỷ đồng, bằng 104,2% dự toán, tăng 8,5% so với cùng kỳ.', []),
    ('Thu ngân sách đạt 1.250 tỷ đồng, bằng 104,2% dự toán (1.200 tỷ đồng).', []),
    ('Thu ngân sách đạt 1.250 tỷ đồng, bằng 94,2% dự toán (1.200 tỷ đồng).', [
        ('KT202', 'error', 38, '94,2%', '1.250/1.200 = 104,17%, không phải 94,2%'),
    ]),
    ('Kết nạp 152 đảng viên, đạt 101,3% chỉ tiêu.', []),
    ('Kết nạp 152 đảng viên mới, vượt 1,3% chỉ tiêu năm.', []),
    ('Số hộ nghèo còn 320 hộ, giảm 2,1% so với năm trước.', []),
    ('Có 312 đảng viên được đánh giá, trong đó hoàn thành xuất sắc nhiệm vụ 45 đồng chí (14,4%), hoàn thành tốt nhiệm vụ 240 đồng chí (76,9%), hoàn thành nhiệm vụ 20 đồng chí (6,4%), không hoàn thành nhiệm vụ 7 đồng chí (2,2%).', []),
    ('Có 312 đảng viên được đánh giá, trong đó hoàn thành xuất sắc nhiệm vụ 45 đồng chí (14,4%), hoàn thành tốt nhiệm vụ 240 đồng chí (76,9%), hoàn thành nhiệm vụ 20 đồng chí (6,4%), không hoàn thành nhiệm vụ 7 đồng chí (3,2%).', [
        ('KT204', 'error', 83, '14,4%), hoàn thành tốt nhiệm vụ 240 đồng chí (76,9%), hoàn thành nhiệm vụ 20 đồng chí (6,4%), không hoàn thành nhiệm vụ 7 đồng chí (3,2%', '14,4% + 76,9% + 6,4% + 3,2% = 100,9%, không phải 100%'),
        ('KT202', 'error', 215, '3,2%', '7/312 = 2,24%, không phải 3,2%'),
    ]),
    ('Đảng bộ có 62 tổ chức cơ sở đảng (19 đảng bộ cơ sở, 43 chi bộ cơ sở).', []),
    ('Đảng bộ có 62 tổ chức cơ sở đảng (19 đảng bộ cơ sở, 45 chi bộ cơ sở).', [
        ('KT203', 'error', 34, '19 đảng bộ cơ sở, 45', '19 + 45 = 64, khác tổng số 62'),
    ]),
    ('Huyện có 16 đơn vị hành chính cấp xã, gồm 14 xã và 02 thị trấn.', []),
    ('Huyện có 16 đơn vị hành chính cấp xã, gồm 13 xã và 02 thị trấn.', [
        ('KT203', 'error', 42, '13 xã và 02', '13 + 02 = 15, khác tổng số 16'),
    ]),
    ('Cơ cấu kinh tế: nông nghiệp 38,2%; công nghiệp - xây dựng 27,5%; dịch vụ 34,3%.', []),
    ('Cơ cấu kinh tế: nông nghiệp 38,2%; công nghiệp - xây dựng 27,5%; dịch vụ 36,3%.', [
        ('KT204', 'error', 28, '38,2%; công nghiệp - xây dựng 27,5%; dịch vụ 36,3%', '38,2% + 27,5% + 36,3% = 102,0%, không phải 100%'),
    ]),
    ('Số học sinh nữ là 512 em, chiếm 48,2% tổng số 1.062 học sinh.', []),
    ('Số học sinh nữ là 512 em, chiếm 46,2% tổng số 1.062 học sinh.', [
        ('KT202', 'error', 32, '46,2%', '512/1.062 = 48,21%, không phải 46,2%'),
    ]),
    ('Có 412/760 trường đạt chuẩn, trong đó có mầm non 95/210, tiểu học 180/300.', []),
    ('Có 412/760 trường đạt chuẩn, gồm: mầm non 95/210 (45,2%), tiểu học 180/300 (60%), trung học cơ sở 137/240 (57,1%).', [
        ('KT203', 'error', 42, '95/210 (45,2%), tiểu học 180/300 (60%), trung học cơ sở 137/240', '210 + 300 + 240 = 750, khác mẫu số 760 của 412/760'),
    ]),
    ('Có 412/750 trường đạt chuẩn, gồm: mầm non 95/210 (45,2%), tiểu học 180/300 (60%), trung học cơ sở 137/240 (57,1%).', []),
    ('Có 402/760 trường đạt chuẩn, trong đó mầm non 95/210, tiểu học 180/300, trung học cơ sở 137/240.', [
        ('KT203', 'error', 46, '95/210, tiểu học 180/300, trung học cơ sở 137/240', '95 + 180 + 137 = 412, khác tử số 402 của 402/760'),
    ]),
    ('Ghi chú: 4. Cột (7): số liệu tính đến cuối kỳ. 5. Cột (10): tỷ lệ làm tròn đến hai chữ số thập phân, gồm 3 cột con.', []),
    ('Tiếp nhận 9 đơn, trong đó có 12 đơn trùng lặp.', [
        ('KT203', 'error', 29, '12', '12 > 9: một phần lớn hơn tổng số đã nêu'),
    ]),
    ('Tổ chức 14 hội nghị, trong đó 20 hội nghị trực tuyến.', [
        ('KT203', 'error', 30, '20', '20 > 14: một phần lớn hơn tổng số đã nêu'),
    ]),
    ('Tổ chức 14 hội nghị, trong đó 20 lượt đại biểu dự.', []),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[f"s{i:03}" for i in range(len(CASES))])
def test_real_shapes(tmp_path, text, expected):
    assert findings(tmp_path, text) == expected
