"""`kiemtra tree` shows the outline `check` works on: a decision's articles by its kind's ladder."""

import json

DECISION = ("**QUYẾT ĐỊNH**\n\nVề việc thành lập tổ công tác\n\n**QUYẾT ĐỊNH:**\n\n"
            "**Điều 1.** Thành lập tổ công tác chuyển đổi số của xã gồm các thành viên có tên kèm theo.\n\n"
            "**Điều 2.** Tổ công tác có nhiệm vụ sau:\n\n1. Xây dựng kế hoạch.\n\n2. Theo dõi, báo cáo.\n")


def test_tree_of_a_decision_holds_its_articles(tmp_path, capsys, run_cli):
    path = tmp_path / "qd.md"
    path.write_text(DECISION, encoding="utf-8")
    code, out, _ = run_cli("tree", "--format", "json", path)
    assert code == 0
    tree = json.loads(out)
    assert tree["title"] == "QUYẾT ĐỊNH Về việc thành lập tổ công tác"
    assert [(s["label"], s["title"], s["blocks"]) for s in tree["sections"]] == [
        ("Điều 1.", "Thành lập tổ công tác chuyển đổi số của xã gồm các thành viên có tên kèm theo.", 0),
        ("Điều 2.", "Tổ công tác có nhiệm vụ sau:", 2)]
