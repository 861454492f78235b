"""KT2xx on the claims found since the claim model reads rests, bracketed fraction lists, outcomes
told in the next sentence and shares that make a whole, and on the bases it no longer takes
(issue 15).

Every sentence is invented; the numbers of some follow shapes met on real pages.  Each shape
comes right and wrong, and every finding is pinned: rule, severity, where its span starts, the
words it covers and the Vietnamese message.  A right sentence must raise nothing.
"""

import pytest

from test_figures_real_shapes import findings


CASES = [
    ('Đã giải quyết 45/60 đơn, đạt 75%, còn lại 15 đơn đang xác minh.', []),
    ('Đã giải quyết 45/60 đơn, đạt 75%, còn lại 12 đơn đang xác minh.', [
        ('KT203', 'error', 42, '12', '60 - 45 = 15, không phải 12: số còn lại của 45/60'),
    ]),
    ('Hoàn thành 18/20 chỉ tiêu; còn 2 chỉ tiêu chưa đạt.', []),
    ('Hoàn thành 18/20 chỉ tiêu; còn 3 chỉ tiêu chưa đạt.', [
        ('KT203', 'error', 31, '3', '20 - 18 = 2, không phải 3: số còn lại của 18/20'),
    ]),
    ('Có 9/12 thôn đã có nhà văn hóa, số còn lại là 3 thôn.', []),
    ('Có 9/12 thôn đã có nhà văn hóa, số còn lại là 4 thôn.', [
        ('KT203', 'error', 46, '4', '12 - 9 = 3, không phải 4: số còn lại của 9/12'),
    ]),
    ('Đã giải quyết 45/60 đơn, còn lại 10 đơn đang xác minh, 5 đơn chưa đến hạn.', []),
    ('Có 45/60 xã đạt chuẩn; số hộ nghèo giảm còn 120 hộ.', []),
    ('Có 12/15 xã đạt chuẩn, còn lại 5 thôn chưa đạt.', []),
    ('Tổ chức 8/10 cuộc kiểm tra, còn 2 cuộc chuyển sang quý sau.', []),
    ('Tổ chức 8/10 cuộc kiểm tra, còn 1 cuộc chuyển sang quý sau.', [
        ('KT203', 'error', 32, '1', '10 - 8 = 2, không phải 1: số còn lại của 8/10'),
    ]),
    ('Toàn huyện có 40/52 trường đạt chuẩn, đạt 76,9% (mầm non 12/18, tiểu học 16/19, trung học cơ sở 12/15).', []),
    ('Toàn huyện có 40/52 trường đạt chuẩn, đạt 76,9% (mầm non 12/18, tiểu học 16/19, trung học cơ sở 12/16).', [
        ('KT203', 'error', 57, '12/18, tiểu học 16/19, trung học cơ sở 12/16', '18 + 19 + 16 = 53, khác mẫu số 52 của 40/52'),
    ]),
    ('Toàn huyện có 40/52 trường đạt chuẩn, đạt 76,9% (mầm non 12/18, tiểu học 15/19, trung học cơ sở 12/15).', [
        ('KT203', 'error', 57, '12/18, tiểu học 15/19, trung học cơ sở 12/15', '12 + 15 + 12 = 39, khác tử số 40 của 40/52'),
    ]),
    ('Toàn huyện có 40/52 trường đạt chuẩn (mầm non 12/18 - 66,7%; tiểu học 16/19 - 84,2%; trung học cơ sở 12/15 - 80%).', []),
    ('Toàn huyện có 40/52 trường đạt chuẩn (mầm non 12/18 - 66,7%; tiểu học 16/19 - 82,4%; trung học cơ sở 12/15 - 80%).', [
        ('KT201', 'error', 78, '82,4%', '16/19 = 84,21%, không phải 82,4%'),
    ]),
    ('Toàn huyện có 40/52 trường đạt chuẩn (trong đó có mầm non 12/18, tiểu học 16/19).', []),
    ('Toàn huyện có 40/52 trường đạt chuẩn (mầm non 12/18, tiểu học 16/19, trung học cơ sở 14/15).', [
        ('KT203', 'error', 46, '12/18, tiểu học 16/19, trung học cơ sở 14/15', '12 + 16 + 14 = 42, khác tử số 40 của 40/52'),
    ]),
    ('Năm 2024, Thanh tra huyện giải quyết 36 vụ khiếu nại. Qua giải quyết, 8 vụ khiếu nại đúng, 20 vụ khiếu nại sai, 8 vụ khiếu nại đúng một phần.', []),
    ('Năm 2024, Thanh tra huyện giải quyết 36 vụ khiếu nại. Qua giải quyết, 8 vụ khiếu nại đúng, 20 vụ khiếu nại sai, 10 vụ khiếu nại đúng một phần.', [
        ('KT203', 'error', 70, '8 vụ khiếu nại đúng, 20 vụ khiếu nại sai, 10', '8 + 20 + 10 = 38, khác tổng số 36 ở câu trước'),
    ]),
    ('Năm 2024, Thanh tra huyện giải quyết 36 vụ khiếu nại. Qua giải quyết, 8 vụ khiếu nại đúng, 20 vụ khiếu nại sai.', []),
    ('Năm 2024, Thanh tra huyện giải quyết 36 vụ khiếu nại. Qua giải quyết, kiến nghị thu hồi 30 triệu đồng, xử lý kỷ luật 12 người.', []),
    ('Đã giải quyết 30/34 đơn tố cáo. Kết quả xác minh: 6 đơn tố cáo đúng, 20 đơn tố cáo sai, 4 đơn tố cáo đúng một phần.', []),
    ('Đã giải quyết 30/34 đơn tố cáo. Kết quả xác minh: 6 đơn tố cáo đúng, 20 đơn tố cáo sai, 6 đơn tố cáo đúng một phần.', [
        ('KT203', 'error', 50, '6 đơn tố cáo đúng, 20 đơn tố cáo sai, 6', '6 + 20 + 6 = 32, khác tổng số 30 ở câu trước'),
    ]),
    ('Đã giải quyết 36 vụ. Trong năm có 20 vụ khiếu nại, 20 vụ tố cáo mới phát sinh.', []),
    ('Tổng số cử tri là 12.500 cử tri; có 40 người cách ly tại nhà đã bỏ phiếu, đạt tỷ lệ 100%.', []),
    ('Tổng số hộ nghèo đầu năm là 600 hộ; trong năm có 150 hộ thoát nghèo (25%).', []),
    ('Tổng số hộ nghèo đầu năm là 600 hộ; trong năm có 150 hộ thoát nghèo (30%).', [
        ('KT202', 'error', 69, '30%', '150/600 = 25,00%, không phải 30%'),
    ]),
    ('Tổng số đoàn viên là 3.200 người; trong đó 1.600 đoàn viên là nữ (50%).', []),
    ('Tổng số đoàn viên là 3.200 người; trong đó 1.600 đoàn viên là nữ (55%).', [
        ('KT202', 'error', 66, '55%', '1.600/3.200 = 50,00%, không phải 55%'),
    ]),
    ('Có 300 trường hợp cách ly tập trung và 45 người cách ly tại nhà, đạt tỷ lệ 100%.', []),
    ('Toàn huyện có 120 trường đạt chuẩn quốc gia, trong đó mầm non 40 trường (60,6%), tiểu học 50 trường (83,3%), trung học cơ sở 30 trường (75%).', []),
    ('Toàn huyện có 120 trường đạt chuẩn quốc gia, trong đó mầm non 40 trường (33,3%), tiểu học 50 trường (41,7%), trung học cơ sở 30 trường (25%).', []),
    ('Toàn huyện có 120 trường đạt chuẩn quốc gia, trong đó mầm non 40 trường (33,3%), tiểu học 50 trường (45,7%), trung học cơ sở 30 trường (25%).', [
        ('KT204', 'error', 73, '33,3%), tiểu học 50 trường (45,7%), trung học cơ sở 30 trường (25%', '33,3% + 45,7% + 25% = 104,0%, không phải 100%'),
        ('KT202', 'error', 101, '45,7%', '50/120 = 41,67%, không phải 45,7%'),
    ]),
    ('Toàn tỉnh có 40 xã. Có 4 xã đạt dưới 10 tiêu chí (chiếm 10%).', []),
    ('Bình quân mỗi xã đạt 15,2 tiêu chí. Cụ thể, 3 xã đạt 19 tiêu chí, 10 xã đạt 15 - 18 tiêu chí.', []),
    ('Toàn huyện có 15 xã. Cụ thể, 3 xã đạt 19 tiêu chí, 10 xã đạt 15 - 18 tiêu chí, 2 xã đạt dưới 15 tiêu chí.', []),
    ('Toàn huyện có 13 xã. Cụ thể, 3 xã đạt 19 tiêu chí, 10 xã đạt 15 - 18 tiêu chí, 2 xã đạt dưới 15 tiêu chí.', [
        ('KT203', 'error', 29, '3 xã đạt 19 tiêu chí, 10 xã đạt 15 - 18 tiêu chí, 2', '3 + 10 + 2 = 15, khác tổng số 13 ở câu trước'),
    ]),
    ('Tổng số xã đạt chuẩn là 44 xã/104 xã, tỷ lệ 42,31%.', []),
    ('Đã giải quyết 64.300 hồ sơ; trong đó, số hồ sơ đúng hạn là 63.552 hồ sơ, chiếm tỷ lệ 98,84%; số hồ sơ trễ hạn là 748 hồ sơ, chiếm tỷ lệ 1,16%.', []),
    ('Đã giải quyết 64.300 hồ sơ; trong đó, số hồ sơ đúng hạn là 63.551 hồ sơ, chiếm tỷ lệ 98,84%; số hồ sơ trễ hạn là 748 hồ sơ, chiếm tỷ lệ 1,16%.', [
        ('KT203', 'error', 59, '63.551 hồ sơ, chiếm tỷ lệ 98,84%; số hồ sơ trễ hạn là 748', '63.551 + 748 = 64.299, khác tổng số 64.300 (các tỷ lệ 98,84% + 1,16% = 100%: các phần là toàn bộ)'),
    ]),
    ('Có 120 hộ, trong đó 30 hộ nghèo (25%), 90 hộ cận nghèo (75%).', []),
    ('Có 120 hộ, trong đó 30 hộ nghèo (25%), 80 hộ cận nghèo (75%).', [
        ('KT203', 'error', 20, '30 hộ nghèo (25%), 80', '30 + 80 = 110, khác tổng số 120'),
        ('KT202', 'error', 56, '75%', '80/120 = 66,67%, không phải 75%'),
    ]),
    ('Có 120 hộ, trong đó 30 hộ nghèo (25%), 60 hộ cận nghèo (50%).', []),
    ('Toàn tỉnh có 324/590 trường đạt chuẩn (mầm non 71/179 - 39,7%; tiểu học 160/206 - 77,7%).', []),
    ('Đã giải quyết 40/45 vụ khiếu nại và 20/22 vụ tố cáo. Có 6 vụ khiếu nại đúng, 30 vụ khiếu nại sai, 4 vụ khiếu nại có đúng có sai, 5 vụ tố cáo đúng, 10 vụ tố cáo sai và 5 vụ tố cáo không có cơ sở.', []),
    ('Đã giải quyết 40/45 vụ khiếu nại và 20/22 vụ tố cáo. Có 6 vụ khiếu nại đúng, 30 vụ khiếu nại sai, 4 vụ khiếu nại có đúng có sai, 5 vụ tố cáo đúng, 12 vụ tố cáo sai và 5 vụ tố cáo không có cơ sở.', [
        ('KT203', 'error', 129, '5 vụ tố cáo đúng, 12 vụ tố cáo sai và 5', '5 + 12 + 5 = 22, khác tổng số 20 ở câu trước'),
    ]),
    ('Đã giải quyết 40/45 vụ khiếu nại và 20/22 vụ tố cáo. Có 6 vụ khiếu nại đúng, 32 vụ khiếu nại sai, 4 vụ khiếu nại có đúng có sai, 5 vụ tố cáo đúng, 10 vụ tố cáo sai và 5 vụ tố cáo không có cơ sở.', [
        ('KT203', 'error', 56, '6 vụ khiếu nại đúng, 32 vụ khiếu nại sai, 4', '6 + 32 + 4 = 42, khác tổng số 40 ở câu trước'),
    ]),
    ('Đã giải quyết 20 vụ tố cáo. Có 5 vụ tố cáo đúng, 12 vụ tố cáo sai, 3 vụ tố cáo có đúng có sai.', []),
    ('Đã giải quyết 20 vụ tố cáo. Có 5 vụ tố cáo đúng, 12 vụ tố cáo sai, 4 vụ tố cáo có đúng có sai.', [
        ('KT203', 'error', 31, '5 vụ tố cáo đúng, 12 vụ tố cáo sai, 4', '5 + 12 + 4 = 21, khác tổng số 20 ở câu trước'),
    ]),
    ('Đã giải quyết 20 vụ tố cáo. Có 15 vụ sai phạm, 12 vụ vi phạm hành chính.', []),
    ('Đã giải quyết 40 vụ khiếu nại và 20 vụ tố cáo. Có 6 vụ đúng, 30 vụ sai, 4 vụ có đúng có sai.', []),
    ('Tần suất quan trắc: 2 đợt/tháng (18 đợt/năm).', []),
    ('Đã tổ chức 2 đợt kiểm tra (18 đợt kiểm tra chuyên đề).', [
        ('KT203', 'error', 27, '18', '18 > 2: một phần lớn hơn tổng số đã nêu'),
    ]),
    ('Năm 2023, Đảng bộ có 250 tổ chức cơ sở đảng. Qua đánh giá, có 180 tổ chức cơ sở đảng đạt trong sạch, vững mạnh (chiếm 72%), trong đó 40 tổ chức đạt tiêu biểu (chiếm 22,2%).', []),
    ('Năm 2023, Đảng bộ có 250 tổ chức cơ sở đảng. Qua đánh giá, có 180 tổ chức cơ sở đảng đạt trong sạch, vững mạnh (chiếm 74%), trong đó 40 tổ chức đạt tiêu biểu (chiếm 22,2%).', [
        ('KT202', 'error', 118, '74%', '180/250 = 72,00%, không phải 74%; 250 là tổng số tổ chức ở câu trước'),
    ]),
    ('Huyện có 60 chi bộ. Qua đánh giá, có 30 chi bộ đạt trong sạch, vững mạnh, chiếm 50%. Có 24 chi bộ hoàn thành tốt nhiệm vụ, tỷ lệ 40%.', []),
    ('Huyện có 60 chi bộ. Qua đánh giá, có 30 chi bộ đạt trong sạch, vững mạnh, chiếm 50%. Có 24 chi bộ hoàn thành tốt nhiệm vụ, tỷ lệ 42%.', [
        ('KT202', 'error', 129, '42%', '24/60 = 40,00%, không phải 42%; 60 là tổng số chi bộ ở đầu đoạn'),
    ]),
    ('Huyện có 60 chi bộ. Qua đánh giá, có 30 chi bộ đạt trong sạch, vững mạnh, chiếm 50%. Có 6 chi bộ hoàn thành nhiệm vụ, tỷ lệ trên 9,5%.', []),
    ('Huyện có 60 chi bộ, 20 tổ đảng. Có 30 chi bộ đạt trong sạch, vững mạnh, chiếm 50%. Có 24 chi bộ hoàn thành tốt nhiệm vụ, tỷ lệ 42%.', []),
    ('Xã có 1.200 hộ; tỷ lệ hộ nghèo 4,8%.', []),
    ('# Cả nước có 3.996.000 hộ nông dân đạt danh hiệu sản xuất, kinh doanh giỏi các cấp\n\nVề cơ cấu, hộ sản xuất, kinh doanh giỏi ngành trồng trọt là 1.877.588 hộ, chiếm 47%; ngành chăn nuôi là 1.471.062 hộ, chiếm 36,8%; ngành nghề và dịch vụ là 647.350 hộ, chiếm 16,2%.', []),
    ('# Cả nước có 3.396.011 hộ nông dân đạt danh hiệu sản xuất, kinh doanh giỏi các cấp\n\nVề cơ cấu, hộ sản xuất, kinh doanh giỏi ngành trồng trọt là 1.877.588 hộ, chiếm 47%; ngành chăn nuôi là 1.471.062 hộ, chiếm 36,8%; ngành nghề và dịch vụ là 647.350 hộ, chiếm 16,2%.', [
        ('KT202', 'error', 80, '47%', '1.877.588/3.396.011 = 55,29%, không phải 47%; 3.396.011 là tổng số hộ nông ở đề mục'),
        ('KT202', 'error', 124, '36,8%', '1.471.062/3.396.011 = 43,32%, không phải 36,8%; 3.396.011 là tổng số hộ nông ở đề mục'),
        ('KT202', 'error', 174, '16,2%', '647.350/3.396.011 = 19,06%, không phải 16,2%; 3.396.011 là tổng số hộ nông ở đề mục'),
    ]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[f"c{i:03}" for i in range(len(CASES))])
def test_claims(lint_text, text, expected):
    assert findings(lint_text, text) == expected
