"""rules/vocabulary.py: the data lists every family reads, and UNEVEN_CASE."""

from __future__ import annotations

import pytest
import regex

from kiemtra_lint.engine import Context
from kiemtra_lint.rules.vocabulary import UNEVEN_CASE, group_list, word_list


def _ctx(**data) -> Context:
    return Context(options={"data": data})


def test_a_word_list_merges_the_built_in_file_and_the_users_files(tmp_path):
    one = tmp_path / "mot.txt"
    one.write_text("\ufeff# các từ viết tắt của phòng\nDVCTT  # dịch vụ công trực tuyến\n\nUBND\nQLDA\n",
                   encoding="utf-8")
    two = tmp_path / "hai.txt"
    two.write_text("Ho\u0300a Bi\u0300nh\nQLDA\nC#\n", encoding="utf-8")  # decomposed; "C#" keeps its '#'
    built_in = word_list(None, "abbreviations.txt", "abbreviations")
    merged = word_list(_ctx(abbreviations=[str(one), str(two)]), "abbreviations.txt", "abbreviations")
    assert "UBND" in built_in and "DVCTT" not in built_in
    assert merged == built_in + ("DVCTT", "QLDA", "Hòa Bình", "C#")  # in order, each entry once, NFC


def test_a_group_list_reads_quoted_spellings_and_drops_groups_of_one(tmp_path):
    user = tmp_path / "nhom.csv"
    user.write_text('Hà Nội, "Hà Nội, Việt Nam"\nmột mình\nTP. HCM,TP.HCM, TP. HCM\n', encoding="utf-8")
    built_in = group_list(None, "variants.csv", "variants")
    merged = group_list(_ctx(variants=[str(user)]), "variants.csv", "variants")
    assert merged == built_in + (("Hà Nội", "Hà Nội, Việt Nam"), ("TP. HCM", "TP.HCM"))


def test_a_list_that_cannot_be_read_says_which_file(tmp_path):
    bad = tmp_path / "hong.txt"
    bad.write_bytes(b"\xff\xfe\x00h")
    with pytest.raises(ValueError, match="không đọc được tệp dữ liệu .*hong.txt / cannot read data file"):
        word_list(_ctx(abbreviations=[str(bad)]), "abbreviations.txt", "abbreviations")


def test_uneven_case_ranges_hold_every_letter_the_regex_module_pairs_differently():
    """A plain search in ``text.lower()`` stands for a case-insensitive one where neither side
    holds a character of UNEVEN_CASE: sound only if the regex module's case-insensitive pairs
    of the other characters agree with ``str.lower``."""
    regex_core = pytest.importorskip("regex._regex_core")
    get_all_cases = getattr(regex._regex, "get_all_cases", None)
    if get_all_cases is None:
        pytest.skip("this regex module does not expose its case tables")
    flags = regex_core.UNICODE | regex_core.IGNORECASE
    missing = []
    for cp in range(0x10000):  # UNEVEN_CASE holds every character beyond the BMP
        y = chr(cp)
        if 0xD800 <= cp < 0xE000 or UNEVEN_CASE.match(y):
            continue
        for c in get_all_cases(flags, cp):
            x = chr(c)
            if not UNEVEN_CASE.match(x) and (x.lower() != y.lower() or len(x.lower()) != 1):
                missing.append(f"U+{cp:04X}/U+{c:04X}")
    assert not missing, "add to UNEVEN_CASE: " + ", ".join(missing)
    assert UNEVEN_CASE.match("\U00010400") and not UNEVEN_CASE.match("ạ")
