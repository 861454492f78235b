"""JSON keeps a window of a very long block's text around each finding, not the whole block."""

import json

from kiemtra_lint.cli import main
from kiemtra_lint.report.json import LONG_BLOCK, TEXT_WINDOW


def test_a_long_block_is_cut_to_a_window_and_says_where_it_starts(tmp_path, capsys):
    filler = "Các chi bộ duy trì sinh hoạt định kỳ. " * (LONG_BLOCK // 30)
    text = filler + "Ban Thường vụ đã\u200b chỉ đạo. " + filler
    (tmp_path / "dai.md").write_text(text + "\n", encoding="utf-8")
    main(["check", "--format", "json", "--select", "KT502", str(tmp_path / "dai.md")])
    [finding] = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    start, end, shift = finding["location"]["start"], finding["location"]["end"], finding["text_start"]
    assert text[start:end] == finding["excerpt"] == "\u200b"
    assert shift == start - TEXT_WINDOW and len(finding["text"]) == end - start + 2 * TEXT_WINDOW
    assert finding["text"][start - shift:end - shift] == "\u200b"
    assert finding["text"] == text[shift:end + TEXT_WINDOW]


def test_an_ordinary_block_keeps_its_whole_text_and_no_text_start(tmp_path, capsys):
    (tmp_path / "ngan.md").write_text("Ban Thường vụ đã đã chỉ đạo.\n", encoding="utf-8")
    main(["check", "--format", "json", "--select", "KT401", str(tmp_path / "ngan.md")])
    [finding] = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    assert finding["text"] == "Ban Thường vụ đã đã chỉ đạo." and "text_start" not in finding
