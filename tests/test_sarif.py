"""--format sarif: valid SARIF 2.1.0 (checked against the OASIS schema), exact regions."""

import json
from pathlib import Path

import jsonschema
import pytest
from docx_factory import make_docx, p

from kiemtra_lint.cli import main
from kiemtra_lint.registry import get_rule

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
GAP = "**I. KẾT QUẢ**\n\nNội dung.\n\n**III. HẠN CHẾ**\n\nNội dung.\n"


def validate(log: dict) -> None:
    jsonschema.Draft4Validator.check_schema(SCHEMA)
    jsonschema.Draft4Validator(SCHEMA).validate(log)


@pytest.fixture
def drafts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("gap.md").write_text(GAP, encoding="utf-8")
    make_docx(Path("gap.docx"), p("I. KẾT QUẢ", bold=True) + p("Nội dung.") + p("III. HẠN CHẾ", bold=True)
              + p("Nội dung."))
    Path("hong.docx").write_bytes(b"not a zip")
    return tmp_path


def sarif(capsys, *args):
    code = main(["check", "--format", "sarif", "--select", "KT101", *args])
    out, _ = capsys.readouterr()
    return code, json.loads(out)


def test_sarif_validates_against_the_oasis_schema(drafts, capsys):
    code, log = sarif(capsys, "gap.md", "gap.docx", "hong.docx")
    assert code == 2
    validate(log)
    # and the validator does catch a broken log
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        validate(log)


def test_markdown_results_have_exact_regions(drafts, capsys):
    _, log = sarif(capsys, "gap.md")
    (run,) = log["runs"]
    assert log["version"] == "2.1.0" and run["columnKind"] == "unicodeCodePoints"
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["KT101"]
    (result,) = run["results"]
    assert result["ruleId"] == "KT101" and result["ruleIndex"] == 0 and result["level"] == "warning"
    assert result["message"] == {"text": "Đánh số mục không liên tục: sau “I.” là “III.”, thiếu “II.”"}
    (loc,) = result["locations"]
    assert loc["physicalLocation"] == {
        "artifactLocation": {"uri": "gap.md"},
        "region": {"startLine": 5, "startColumn": 3, "endLine": 5, "endColumn": 7, "snippet": {"text": "III."}}}
    assert GAP.splitlines()[4][2:6] == "III."
    assert loc["logicalLocations"] == [{"name": "III.", "fullyQualifiedName": "III", "kind": "section"}]
    (related,) = result["relatedLocations"]
    assert related["physicalLocation"]["region"] == {"startLine": 1, "startColumn": 3, "endLine": 1, "endColumn": 5,
                                                      "snippet": {"text": "I."}}
    assert related["message"] == {"text": "I: «I.»"}


def test_docx_results_name_the_section_and_quote_the_words(drafts, capsys):
    _, log = sarif(capsys, "gap.docx", "--lang", "en")
    (run,) = log["runs"]
    assert run["tool"]["driver"]["rules"][0]["shortDescription"]["text"] == get_rule("KT101").summary_en
    assert run["tool"]["driver"]["rules"][0]["defaultConfiguration"] == {"level": "warning"}
    (result,) = run["results"]
    assert result["message"]["text"] == "[III] Heading numbering skips: “I.” is followed by “III.”; “II.” is missing: «III.»"
    assert result["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "gap.docx"}, "region": {"startLine": 1, "snippet": {"text": "III."}}}
    assert result["properties"]["location"] == {"kind": "heading", "block": 2, "section": ["III."], "footnote": None,
                                                "table": None, "row": None, "col": None, "start": 0, "end": 4}
    assert len(result["partialFingerprints"]["kiemtraPlace/v1"]) == 32


def test_unreadable_files_are_notifications_and_output_is_deterministic(drafts, capsys):
    _, first = sarif(capsys, "hong.docx", "gap.md")
    _, second = sarif(capsys, "hong.docx", "gap.md")
    assert first == second
    inv = first["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False
    assert inv["toolExecutionNotifications"] == [{
        "level": "error", "message": {"text": "hong.docx: không đọc được: không phải tệp .docx hợp lệ (không phải gói ZIP)"},
        "descriptor": {"id": "KT001"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "hong.docx"}}}]}]


def test_paths_become_uri_references(drafts, capsys):
    Path("hồ sơ").mkdir()
    Path("hồ sơ", "báo cáo.md").write_text(GAP, encoding="utf-8")
    _, log = sarif(capsys, "hồ sơ")
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "h%E1%BB%93%20s%C6%A1/b%C3%A1o%20c%C3%A1o.md"
    validate(log)
    _, log = sarif(capsys, str(drafts / "gap.md"))
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == (drafts / "gap.md").as_uri()


def test_source_region_follows_one_segment_per_source_line():
    """A reader that joins wrapped lines gives one segment per line; the region then lands on the right line."""
    from kiemtra_lint.document import Block, Document, Segment
    from kiemtra_lint.findings import Span
    from kiemtra_lint.report.locate import source_region

    text = "Dòng đầu của đoạn và dòng thứ hai đã đã xong."
    cut = text.index(" dòng thứ")
    block = Block(0, "paragraph", text, segments=[Segment(0, cut, "text", 4, -1, 2),
                                                  Segment(cut + 1, len(text), "text", 5, -1, 0)])
    doc = Document("x.md", "md", blocks=[block])
    at = text.index("đã đã")
    assert source_region(doc, Span(0, at, at + 5)) == {"startLine": 6, "startColumn": at - cut, "endLine": 6,
                                                         "endColumn": at - cut + 5}
    assert source_region(doc, Span(0, 0, 4)) == {"startLine": 5, "startColumn": 3, "endLine": 5, "endColumn": 7}


def test_certain_fixes_of_a_text_file_are_sarif_fixes(tmp_path, monkeypatch, capsys):
    """A .md line's certain fix becomes a replacement of exactly its characters."""
    monkeypatch.chdir(tmp_path)
    Path("fix.md").write_text("Báo cáo\n\nKết quả: 49/53 trường, đạt 92,4%.\n\nCó ký tự\u200b ẩn.\n", encoding="utf-8")
    main(["check", "--format", "sarif", "--select", "KT201,KT502", "fix.md"])
    log = json.loads(capsys.readouterr().out)
    validate(log)
    results = {(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"]): r
               for r in log["runs"][0]["results"]}
    (share,) = results[("KT201", 3)]["fixes"]
    assert share["description"]["text"] == "Sửa «92,4» thành «92,5»"
    (change,) = share["artifactChanges"]
    assert change["artifactLocation"]["uri"] == "fix.md"
    assert change["replacements"] == [{"deletedRegion": {"startLine": 3, "startColumn": 28, "endLine": 3,
                                                         "endColumn": 32}, "insertedContent": {"text": "92,5"}}]
    (hidden,) = results[("KT502", 5)]["fixes"]
    assert hidden["description"]["text"] == "Xoá «U+200B»"
    assert hidden["artifactChanges"][0]["replacements"][0] == {
        "deletedRegion": {"startLine": 5, "startColumn": 9, "endLine": 5, "endColumn": 10},
        "insertedContent": {"text": ""}}
