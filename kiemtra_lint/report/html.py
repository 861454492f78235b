"""HTML output (``--format html``): one self-contained page, no network.

For each file: the section tree as the linter sees it (with the number of findings
under each section; a click shows only that section), then the findings grouped by
section or by rule family, each shown in its sentence with the flagged words marked.
Filters (severity, family, file, free text) and the grouping live in the page's URL
fragment (``#by=family&sev=error``), so a filtered view can be bookmarked or sent.
The page carries a Content-Security-Policy that forbids every network access.
"""

from __future__ import annotations

from html import escape

from .. import __version__
from ..findings import FAMILIES
from ..lint import FileResult
from .fix_words import for_finding
from .locate import context, section_display

SEP = "␟"  # joins section labels in data-path attributes
SEVERITIES = ("error", "warning", "info")

WORDS = {
    "vi": {"title": "Kết quả kiểm tra", "files": "tệp", "findings": "phát hiện", "severity": "Mức",
           "family": "Nhóm quy tắc", "search": "Tìm", "search_hint": "chữ trong phát hiện hoặc câu",
           "group": "Xếp theo", "by_section": "mục", "by_family": "nhóm quy tắc", "all_files": "Mọi tệp",
           "file": "Tệp", "reset": "Bỏ lọc", "tree": "Cây đề mục", "whole": "Toàn văn bản",
           "front": "Phần đầu văn bản", "also": "xem thêm", "profile": "hồ sơ", "clean": "Không có phát hiện nào.",
           "unreadable": "Không đọc được", "no_tree": "Không có đề mục nào được nhận ra.",
           "showing": "Đang hiện", "of": "trên", "table": "bảng", "row": "hàng", "col": "cột", "note": "chú thích",
           "worst": "Tệp nhiều phát hiện nhất", "section_filter": "Chỉ mục",
           "nomatch": "Không có phát hiện nào khớp bộ lọc.",
           "sev": {"error": "lỗi", "warning": "cảnh báo", "info": "thông tin"},
           "fam": {"input": "Đầu vào", "structure": "Cấu trúc", "figures": "Số liệu", "citations": "Trích dẫn",
                   "duplicates": "Trùng lặp", "consistency": "Thống nhất"}},
    "en": {"title": "Lint results", "files": "files", "findings": "findings", "severity": "Severity",
           "family": "Rule family", "search": "Search", "search_hint": "words in a finding or its sentence",
           "group": "Group by", "by_section": "section", "by_family": "rule family", "all_files": "All files",
           "file": "File", "reset": "Clear filters", "tree": "Section tree", "whole": "Whole document",
           "front": "Front matter", "also": "see also", "profile": "profile", "clean": "No findings.",
           "unreadable": "Cannot be read", "no_tree": "No headings were recognised.",
           "showing": "Showing", "of": "of", "table": "table", "row": "row", "col": "col", "note": "note",
           "worst": "Files with the most findings", "section_filter": "Only section",
           "nomatch": "No finding matches the filters.",
           "sev": {"error": "error", "warning": "warning", "info": "info"},
           "fam": {"input": "Input", "structure": "Structure", "figures": "Figures", "citations": "Citations",
                   "duplicates": "Duplicates", "consistency": "Consistency"}},
}

CSS = """
:root{--err:#b42318;--warn:#b54708;--info:#175cd3;--line:#d0d5dd;--muted:#667085;--bg:#f9fafb}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 "Noto Sans","Segoe UI",Arial,sans-serif;color:#101828;background:var(--bg)}
[hidden]{display:none!important}
header.top{background:#fff;border-bottom:1px solid var(--line);padding:12px 24px;position:sticky;top:0;z-index:2}
header.top h1{font-size:20px;margin:0 0 4px}
.totals{margin:0 0 8px;color:var(--muted)}
form#filters{display:flex;flex-wrap:wrap;gap:8px 20px;align-items:center}
fieldset{border:0;margin:0;padding:0;display:flex;gap:10px;align-items:center}
legend{float:left;font-weight:600;margin-right:6px}
input[type=search]{padding:4px 8px;border:1px solid var(--line);border-radius:6px;min-width:16em}
select,button{padding:4px 8px;border:1px solid var(--line);border-radius:6px;background:#fff}
#shown{color:var(--muted);margin-left:auto}
#section-filter{background:#eef4ff;border-radius:6px;padding:2px 8px}
main{padding:16px 24px}
section.file{background:#fff;border:1px solid var(--line);border-radius:10px;margin:0 0 20px;padding:0 0 12px}
section.file>h2{font-size:17px;margin:0;padding:12px 16px;border-bottom:1px solid var(--line);word-break:break-all}
section.file>h2 .meta{font-weight:400;color:var(--muted);font-size:14px;margin-left:8px}
.layout{display:grid;grid-template-columns:minmax(220px,320px) 1fr;gap:16px;padding:12px 16px}
nav.tree{font-size:14px;border-right:1px solid var(--line);padding-right:12px}
nav.tree h3,.findings h3{font-size:14px;margin:0 0 6px;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
nav.tree ul{list-style:none;margin:0;padding-left:14px}
nav.tree>ul{padding-left:0}
nav.tree a{color:inherit;text-decoration:none;display:flex;gap:6px;padding:1px 4px;border-radius:4px}
nav.tree a:hover,nav.tree a.active{background:#eef4ff}
nav.tree .lbl{font-weight:600;white-space:nowrap}
nav.tree .count{margin-left:auto;background:#fef3f2;color:var(--err);border-radius:9px;padding:0 7px;font-size:12px;height:18px}
section.group{margin:0 0 14px}
section.group>h4{margin:0 0 6px;font-size:15px;border-bottom:1px solid var(--line);padding-bottom:2px}
section.group>h4 small{font-weight:400;color:var(--muted)}
article.finding{border-left:4px solid var(--line);padding:6px 10px;margin:0 0 8px;background:#fcfcfd}
article.sev-error{border-color:var(--err)}article.sev-warning{border-color:var(--warn)}article.sev-info{border-color:var(--info)}
.badge{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;font-weight:600;color:#fff}
.badge.error{background:var(--err)}.badge.warning{background:var(--warn)}.badge.info{background:var(--info)}
article code{font-weight:700;margin:0 4px}
.name,.where{color:var(--muted);font-size:13px}
p.msg{margin:2px 0}
p.fix{margin:2px 0;color:#1a7f37}
blockquote.ctx,q{font-family:"Noto Serif","Times New Roman",serif}
blockquote.ctx{margin:4px 0;padding:4px 8px;background:#fff;border:1px dashed var(--line);border-radius:4px;white-space:pre-wrap}
q{quotes:none}
mark{background:#fde68a;text-decoration:underline wavy var(--err);text-underline-offset:3px;padding:0 1px}
ul.related{margin:2px 0 0;padding-left:18px;font-size:14px;color:var(--muted)}
p.error{color:var(--err);font-weight:600;padding:0 16px}
p.clean{color:#067647;padding:0 16px}
table.worst{border-collapse:collapse;margin:4px 0 0;font-size:14px}
table.worst td,table.worst th{padding:2px 10px;border-bottom:1px solid var(--line);text-align:right}
table.worst td:first-child,table.worst th:first-child{text-align:left}
footer{color:var(--muted);font-size:13px;padding:0 24px 24px}
p.nomatch{display:none;color:var(--muted);padding:0 16px}
section.file.nomatch .layout{display:none}section.file.nomatch p.nomatch{display:block}
@media (max-width:800px){.layout{grid-template-columns:1fr}nav.tree{border-right:0}}
"""

JS = r"""
(function(){
  const SEP = "\u241F";
  const form = document.getElementById("filters");
  const all = Array.from(document.querySelectorAll("article.finding"));
  const words = JSON.parse(document.getElementById("words").textContent);
  let path = "", pathFile = "";
  const norm = s => s.normalize("NFC").toLocaleLowerCase("vi");
  const texts = new Map(all.map(a => [a, norm(a.textContent)]));
  function checked(name){ return new Set(Array.from(form.querySelectorAll("input[name=" + name + "]:checked")).map(i => i.value)); }
  function apply(write){
    const sev = checked("sev"), fam = checked("fam");
    const q = norm(form.q.value.trim());
    const by = form.querySelector("input[name=by]:checked").value;
    const file = form.file ? form.file.value : "";
    let shown = 0;
    for (const a of all) {
      const p = a.dataset.path;
      const ok = sev.has(a.dataset.sev) && fam.has(a.dataset.family) && (!q || texts.get(a).includes(q))
        && (!path || (a.dataset.file === pathFile && (p === path || p.startsWith(path + SEP))));
      a.hidden = !ok;
      if (ok && a.closest(".view").dataset.view === "section" && (!file || a.dataset.file === file)) shown++;
    }
    for (const g of document.querySelectorAll("section.group")) g.hidden = !g.querySelector("article.finding:not([hidden])");
    for (const f of document.querySelectorAll("section.file")) {
      // the tree counts what the filters let through; a file with nothing left folds away
      const visible = Array.from(f.querySelectorAll(".view[data-view=section] article.finding")).filter(a => !a.hidden);
      f.classList.toggle("nomatch", !!f.querySelector("article.finding") && visible.length === 0);
      for (const t of f.querySelectorAll("nav.tree a")) {
        const p = t.dataset.path;
        const n = visible.filter(a => a.dataset.path === p || a.dataset.path.startsWith(p + SEP)).length;
        let c = t.querySelector(".count");
        if (!c && n) { c = document.createElement("span"); c.className = "count"; t.appendChild(c); }
        if (c) { c.textContent = n; c.hidden = !n; }
      }
    }
    for (const v of document.querySelectorAll(".view")) v.hidden = v.dataset.view !== by;
    for (const f of document.querySelectorAll("section.file")) f.hidden = !!file && f.dataset.file !== file;
    for (const t of document.querySelectorAll("nav.tree a")) t.classList.toggle("active", !!path && t.dataset.path === path && t.dataset.file === pathFile);
    const sf = document.getElementById("section-filter");
    sf.hidden = !path; sf.textContent = path ? words.section_filter + ": " + path.split(SEP).join(" › ") + " ✕" : "";
    document.getElementById("shown").textContent = words.showing + " " + shown + " " + words.of + " " + (all.length / 2) + " " + words.findings;
    if (write) {
      const h = new URLSearchParams();
      if (sev.size !== 3) h.set("sev", Array.from(sev).join(","));
      if (fam.size !== form.querySelectorAll("input[name=fam]").length) h.set("fam", Array.from(fam).join(","));
      if (q) h.set("q", form.q.value.trim());
      if (by !== "section") h.set("by", by);
      if (file) h.set("file", file);
      if (path) { h.set("path", path); h.set("pathfile", pathFile); }
      history.replaceState(null, "", h.toString() ? "#" + h.toString() : location.pathname + location.search);
    }
  }
  function read(){
    const h = new URLSearchParams(location.hash.slice(1));
    for (const name of ["sev", "fam"]) {
      const want = h.get(name);
      for (const i of form.querySelectorAll("input[name=" + name + "]")) i.checked = want === null || want.split(",").includes(i.value);
    }
    form.q.value = h.get("q") || "";
    const by = h.get("by") === "family" ? "family" : "section";
    form.querySelector("input[name=by][value=" + by + "]").checked = true;
    if (form.file) form.file.value = h.get("file") || "";
    path = h.get("path") || ""; pathFile = h.get("pathfile") || "";
  }
  form.addEventListener("input", () => apply(true));
  form.addEventListener("submit", e => e.preventDefault());
  document.getElementById("reset").addEventListener("click", () => { location.hash = ""; read(); apply(true); });
  document.getElementById("section-filter").addEventListener("click", () => { path = ""; apply(true); });
  for (const t of document.querySelectorAll("nav.tree a")) t.addEventListener("click", e => {
    e.preventDefault();
    const same = path === t.dataset.path && pathFile === t.dataset.file;
    path = same ? "" : t.dataset.path; pathFile = same ? "" : t.dataset.file;
    apply(true);
  });
  window.addEventListener("hashchange", () => { read(); apply(false); });
  read(); apply(false);
  document.body.dataset.ready = "1";
})();
"""


def _path_key(labels) -> str:
    return SEP.join(labels)


def _counts(results: list[FileResult]) -> tuple[dict, dict]:
    sev = {s: 0 for s in SEVERITIES}
    fam = {f: 0 for f in FAMILIES}
    for r in results:
        for f in r.findings:
            sev[f.severity] = sev.get(f.severity, 0) + 1
            fam[f.family] = fam.get(f.family, 0) + 1
    return sev, fam


def _where(place: dict, w: dict) -> str:
    loc = place["location"]
    bits = []
    if loc["table"] is not None:
        bits.append(f"{w['table']} {loc['table'] + 1}, {w['row']} {loc['row'] + 1}, {w['col']} {loc['col'] + 1}")
    if loc["footnote"] is not None:
        bits.append(f"{w['note']} {loc['footnote']}")
    return ", ".join(bits)


def _in_context(place: dict) -> str:
    loc = place["location"]
    before, flagged, after = context(place["text"], loc["start"], loc["end"])
    return f"{escape(before)}<mark>{escape(flagged) or '‸'}</mark>{escape(after)}"


def _rule_code(code: str, w: dict) -> str:
    """The rule's code; a link to its explanation when the caller gave one (``kiemtra serve``)."""
    if not w.get("rule_link"):
        return f"<code>{escape(code)}</code>"
    href = escape(w["rule_link"].replace("{code}", code))
    return f"<a href=\"{href}\" target=\"_blank\" rel=\"noopener\"><code>{escape(code)}</code></a>"


def _finding(f, file_index: int, w: dict) -> str:
    place = f.place
    labels = place["location"]["section"] if place else []
    attrs = (f'class="finding sev-{f.severity}" data-sev="{f.severity}" data-family="{escape(f.family)}" '
             f'data-rule="{escape(f.rule)}" data-file="{file_index}" data-path="{escape(_path_key(labels))}"')
    out = [f"<article {attrs}><div class=\"head\"><span class=\"badge {f.severity}\">{escape(w['sev'][f.severity])}"
           f"</span>{_rule_code(f.rule, w)}<span class=\"name\">{escape(f.name)}</span>"]
    if place is not None:
        where = _where(place, w)
        if where:
            out.append(f" <span class=\"where\">[{escape(where)}]</span>")
    out.append(f"</div><p class=\"msg\">{escape(f.message.get(w['lang']))}</p>")
    if place is not None:
        out.append(f"<blockquote class=\"ctx\">{_in_context(place)}</blockquote>")
        fix = for_finding(f, w["lang"])
        if fix:
            out.append(f"<p class=\"fix\">✎ {escape(fix)}</p>")
    if f.related_places:
        out.append("<ul class=\"related\">")
        for rp in f.related_places:
            sect = section_display(rp["location"]["section"]) or w["front"]
            out.append(f"<li>↳ {escape(w['also'])} {escape(sect)}: <q>{_in_context(rp)}</q></li>")
        out.append("</ul>")
    out.append("</article>")
    return "".join(out)


def _titles(tree: dict | None) -> dict[tuple[str, ...], str]:
    """Section path -> its title, from a tree_json record."""
    out: dict[tuple[str, ...], str] = {}

    def walk(nodes, prefix):
        for n in nodes:
            path = (*prefix, n["label"] or n["title"])
            out[path] = n["title"]
            walk(n["children"], path)

    walk((tree or {}).get("sections", []), ())
    return out


def _tree(tree: dict | None, findings, file_index: int, w: dict) -> str:
    paths = [tuple(f.place["location"]["section"]) for f in findings if f.place is not None]
    if not tree or not tree.get("sections"):
        return f"<p class=\"muted\">{escape(w['no_tree'])}</p>"

    def count(path):
        n = len(path)
        return sum(1 for p in paths if p[:n] == path)

    def walk(nodes, prefix) -> str:
        items = []
        for node in nodes:
            path = (*prefix, node["label"] or node["title"])
            n = count(path)
            badge = f"<span class=\"count\">{n}</span>" if n else ""
            label = f"<span class=\"lbl\">{escape(node['label'])}</span> " if node["label"] else ""
            title = node["title"] if len(node["title"]) <= 70 else node["title"][:69] + "…"
            children = walk(node["children"], path) if node["children"] else ""
            items.append(f"<li><a href=\"#\" data-file=\"{file_index}\" data-path=\"{escape(_path_key(path))}\" "
                         f"title=\"{escape(node['title'])}\">{label}<span>{escape(title)}</span>{badge}</a>"
                         f"{children}</li>")
        return "<ul>" + "".join(items) + "</ul>"

    return walk(tree["sections"], ())


def _by_section(r: FileResult, file_index: int, w: dict) -> str:
    titles = _titles(r.tree)
    groups: dict[tuple, list] = {}
    for f in r.findings:
        key = ("\0whole",) if f.place is None else tuple(f.place["location"]["section"])
        groups.setdefault(key, []).append(f)
    out = []
    for key, items in groups.items():
        if key == ("\0whole",):
            head = escape(w["whole"])
        elif not key:
            head = escape(w["front"])
        else:
            title = titles.get(key, "")
            head = escape(section_display(key)) + (f" <small>{escape(title)}</small>" if title else "")
        out.append(f"<section class=\"group\"><h4>{head}</h4>{''.join(_finding(f, file_index, w) for f in items)}"
                   "</section>")
    return "".join(out)


def _by_family(r: FileResult, file_index: int, w: dict) -> str:
    out = []
    for fam in FAMILIES:
        items = [f for f in r.findings if f.family == fam]
        if items:
            out.append(f"<section class=\"group\"><h4>{escape(w['fam'].get(fam, fam))} <small>({len(items)})</small>"
                       f"</h4>{''.join(_finding(f, file_index, w) for f in items)}</section>")
    others = [f for f in r.findings if f.family not in FAMILIES]
    if others:
        out.append(f"<section class=\"group\"><h4>…</h4>{''.join(_finding(f, file_index, w) for f in others)}</section>")
    return "".join(out)


def _file(r: FileResult, index: int, w: dict) -> str:
    counts = {s: sum(1 for f in r.findings if f.severity == s) for s in SEVERITIES}
    meta = " · ".join(f"{counts[s]} {w['sev'][s]}" for s in SEVERITIES)
    if r.profile:
        meta += f" · {w['profile']}: {r.profile}"
    head = f"<h2>{escape(r.path)}<span class=\"meta\">{escape(meta)}</span></h2>"
    if r.error is not None:
        return (f"<section class=\"file\" data-file=\"{index}\">{head}<p class=\"error\">{escape(w['unreadable'])}: "
                f"{escape(r.error.get(w['lang']))}</p></section>")
    if not r.findings:
        body = f"<p class=\"clean\">{escape(w['clean'])}</p>"
    else:
        body = (f"<div class=\"view\" data-view=\"section\">{_by_section(r, index, w)}</div>"
                f"<div class=\"view\" data-view=\"family\" hidden>{_by_family(r, index, w)}</div>")
    return (f"<section class=\"file\" data-file=\"{index}\">{head}<p class=\"nomatch\">{escape(w['nomatch'])}</p>"
            f"<div class=\"layout\"><nav class=\"tree\">"
            f"<h3>{escape(w['tree'])}</h3>{_tree(r.tree, r.findings, index, w)}</nav>"
            f"<div class=\"findings\">{body}</div></div></section>")


def _worst(results: list[FileResult], w: dict) -> str:
    ranked = sorted((r for r in results if r.findings), key=lambda r: (
        -sum(1 for f in r.findings if f.severity == "error"), -sum(1 for f in r.findings if f.severity == "warning"),
        -len(r.findings), r.path))[:10]
    if len(results) < 2 or not ranked:
        return ""
    rows = "".join(
        f"<tr><td>{escape(r.path)}</td>" + "".join(
            f"<td>{sum(1 for f in r.findings if f.severity == s)}</td>" for s in SEVERITIES) + "</tr>"
        for r in ranked)
    head = "".join(f"<th>{escape(w['sev'][s])}</th>" for s in SEVERITIES)
    return (f"<details><summary>{escape(w['worst'])}</summary><table class=\"worst\"><tr><th>{escape(w['file'])}"
            f"</th>{head}</tr>{rows}</table></details>")


def render(results: list[FileResult], lang: str = "vi", rule_link: str | None = None) -> str:
    """The page; ``rule_link`` (an address with ``{code}``) turns each rule code into a link."""
    import json

    w = dict(WORDS["en" if lang == "en" else "vi"], lang=lang, rule_link=rule_link)
    sev, fam = _counts(results)
    total = sum(sev.values())
    totals = (f"{len(results)} {w['files']} · {total} {w['findings']}: "
              + ", ".join(f"{sev[s]} {w['sev'][s]}" for s in SEVERITIES))
    sev_boxes = "".join(f"<label><input type=\"checkbox\" name=\"sev\" value=\"{s}\" checked> "
                        f"<span class=\"badge {s}\">{escape(w['sev'][s])}</span> {sev[s]}</label>" for s in SEVERITIES)
    fam_boxes = "".join(f"<label><input type=\"checkbox\" name=\"fam\" value=\"{escape(f)}\" checked> "
                        f"{escape(w['fam'].get(f, f))} {n}</label>" for f, n in fam.items() if n)
    file_select = ""
    if len(results) > 1:
        options = "".join(f"<option value=\"{i}\">{escape(r.path)}</option>" for i, r in enumerate(results))
        file_select = (f"<label>{escape(w['file'])} <select name=\"file\"><option value=\"\">{escape(w['all_files'])}"
                       f"</option>{options}</select></label>")
    words_json = json.dumps({k: w[k] for k in ("showing", "of", "findings", "section_filter")},
                            ensure_ascii=False).replace("</", "<\\/")
    return (
        "<!DOCTYPE html>\n"
        f"<html lang=\"{'en' if lang == 'en' else 'vi'}\"><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "script-src 'unsafe-inline'; img-src data:\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>kiemtra-lint: {escape(w['title'])} ({total} {escape(w['findings'])})</title>"
        f"<style>{CSS}</style></head><body>"
        f"<header class=\"top\"><h1>kiemtra-lint · {escape(w['title'])}</h1><p class=\"totals\">{escape(totals)}</p>"
        f"<form id=\"filters\"><fieldset><legend>{escape(w['severity'])}</legend>{sev_boxes}</fieldset>"
        f"<fieldset><legend>{escape(w['family'])}</legend>{fam_boxes}</fieldset>"
        f"<label>{escape(w['search'])} <input type=\"search\" name=\"q\" placeholder=\"{escape(w['search_hint'])}\">"
        f"</label><fieldset><legend>{escape(w['group'])}</legend>"
        f"<label><input type=\"radio\" name=\"by\" value=\"section\" checked> {escape(w['by_section'])}</label>"
        f"<label><input type=\"radio\" name=\"by\" value=\"family\"> {escape(w['by_family'])}</label></fieldset>"
        f"{file_select}<span id=\"section-filter\" hidden></span>"
        f"<button type=\"button\" id=\"reset\">{escape(w['reset'])}</button><span id=\"shown\"></span></form>"
        f"{_worst(results, w)}</header><main>"
        + "".join(_file(r, i, w) for i, r in enumerate(results))
        + f"</main><footer>kiemtra-lint {escape(__version__)}</footer>"
        f"<script type=\"application/json\" id=\"words\">{words_json}</script>"
        f"<script>{JS}</script></body></html>\n"
    )
