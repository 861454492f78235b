"""KT101 after a repeated number: one slip, one finding."""

from test_structure_support import found


def heads(*labels):
    return "\n\n".join(f"**{label} Tiêu đề**\n\nNội dung." for label in labels) + "\n"


def test_the_heading_after_a_repeat_may_take_either_next_number(lint_text):
    # "2., 2., 4.": the second "2." was meant as "3."; "4." repeats nothing (samples/so-ket.docx)
    assert [f[2] for f in found(lint_text(heads("I.", "1.", "2.", "2.", "4."), ["KT101"]))] == [
        "Số mục “2.” bị lặp lại (mục trước cũng là “2.”)"]
    # "2., 2., 3.": read as a stray repeat; "3." continues
    assert [f[2] for f in found(lint_text(heads("I.", "1.", "2.", "2.", "3."), ["KT101"]))] == [
        "Số mục “2.” bị lặp lại (mục trước cũng là “2.”)"]
    # a gap after the repeat is still a gap
    assert [f[2] for f in found(lint_text(heads("I.", "1.", "2.", "2.", "5."), ["KT101"]))] == [
        "Số mục “2.” bị lặp lại (mục trước cũng là “2.”)",
        "Đánh số mục không liên tục: sau “2.” là “5.”, thiếu “3.”"]
