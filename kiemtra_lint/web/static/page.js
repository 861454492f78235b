// kiemtra serve: send the chosen drafts to /api/report, show the report (report/html.py's
// page) in a frame, and offer the downloads. Files stay in this browser tab; the server keeps nothing.
(function(){
  "use strict";
  const W = JSON.parse(document.getElementById("words").textContent);
  const form = document.getElementById("upload");
  const input = document.getElementById("files");
  const drop = document.getElementById("drop");
  const run = document.getElementById("run");
  const progress = document.getElementById("progress");
  const statusText = document.getElementById("status-text");
  const alertBox = document.getElementById("alert");
  const hint = document.getElementById("hint");
  const downloads = document.getElementById("downloads");
  const frame = document.getElementById("report");
  const profile = document.getElementById("profile");
  let files = [];
  let frameUrl = null;

  function say(text, busy){
    statusText.textContent = text || "";
    progress.hidden = !busy;
  }
  function fail(text){ alertBox.textContent = text; alertBox.hidden = !text; }
  function isWord(f){ return /\.(docx|docm|dotx)$/i.test(f.name); }
  function fields(chosen){
    const data = new FormData();
    for (const f of chosen) data.append("file", f, f.name);
    for (const name of ["profile", "report_date", "lang"]) data.append(name, form.elements[name].value);
    return data;
  }
  function tooMuch(chosen){
    if (chosen.length > W.max_files) return W.too_many;
    const size = chosen.reduce((n, f) => n + f.size, 0);
    return size > W.max_bytes ? W.too_large : "";
  }
  // POST the chosen files; resolves with {status, body (Blob), headers}.
  function post(url, chosen, showUpload){
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", url);
      xhr.responseType = "blob";
      if (showUpload) {
        xhr.upload.onprogress = e => { if (e.lengthComputable) { progress.max = e.total; progress.value = e.loaded; } };
        xhr.upload.onload = () => { progress.removeAttribute("value"); say(W.checking, true); };
      }
      xhr.onload = () => resolve({status: xhr.status, body: xhr.response, type: xhr.getResponseHeader("content-type") || "",
                                  header: name => xhr.getResponseHeader(name)});
      xhr.onerror = () => reject(new Error(W.network));
      xhr.send(fields(chosen));
    });
  }
  async function errorOf(answer){
    try { return JSON.parse(await answer.body.text()).error.message; } catch (e) { return W.failed + " (" + answer.status + ")"; }
  }
  function save(blob, name){
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob); a.download = name;
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 60000);
  }
  function button(text, action){
    const b = document.createElement("button");
    b.type = "button"; b.textContent = text;
    b.addEventListener("click", async () => { b.disabled = true; try { await action(); } finally { b.disabled = false; } });
    downloads.appendChild(b);
    return b;
  }
  function stem(name){ return name.replace(/\.[^.]*$/, ""); }
  function renamed(name, tail){ return stem(name) + tail + name.slice(stem(name).length); }
  function filled(text, values){ return text.replace(/\{(\w+)\}/g, (m, k) => k in values ? values[k] : m); }
  function note(text){
    const s = document.createElement("span");
    s.className = "nofix"; s.textContent = text;
    downloads.appendChild(s);
  }
  // The fixed copy (tracked changes): offered only when the report knows a certain fix, and
  // saved only when the server could write at least one (never an unchanged copy).
  async function fixed(f){
    say(W.fixing, true); fail("");
    const answer = await post("/api/fix", [f], false);
    say("");
    if (answer.status !== 200) { fail(await errorOf(answer)); return; }
    const n = Number(answer.header("x-kiemtra-fixes") || 0), left = Number(answer.header("x-kiemtra-fixes-left") || 0);
    const tail = left ? filled(W.fixes_left, {n: left}) : "";
    if (!n) { say(filled(W.nothing_to_fix, {name: f.name}) + tail + "."); return; }
    save(answer.body, renamed(f.name, "-da-sua"));
    say(filled(W.fixes_written, {name: f.name, n: n}) + tail + ".");
  }
  function offer(checked, report){
    downloads.textContent = "";
    const results = JSON.parse(report.json).files;  // same order as sent
    const words = checked.map((f, i) => [f, results[i]]).filter(([f, r]) => r.error === null && isWord(f));
    for (const [f, r] of words) {
      const b = button(W.annotated + ": " + f.name, async () => {
        say(W.annotating, true); fail("");
        const answer = await post("/api/annotate", [f], false);
        say("");
        if (answer.status !== 200) { fail(await errorOf(answer)); return; }
        save(answer.body, renamed(f.name, "-nhan-xet"));
      });
      b.className = "annotate";
      if (r.findings.some(x => x.fix !== null)) button(W.fixed + ": " + f.name, () => fixed(f)).className = "fix";
      else note(filled(W.nothing_to_fix, {name: f.name}));
    }
    button(W.json, async () => save(new Blob([report.json], {type: "application/json"}), "kiemtra.json")).id = "download-json";
    button(W.html, async () => save(new Blob([report.html], {type: "text/html"}), "kiemtra.html")).id = "download-html";
    downloads.hidden = false;
  }
  function askProfile(report){
    const undetected = JSON.parse(report.json).files.filter(f => f.error === null && f.profile === null).map(f => f.path);
    hint.hidden = !undetected.length || !!profile.value;
    hint.textContent = undetected.length ? W.undetected + " " + undetected.join(", ") + ". " + W.choose_profile : "";
    profile.classList.toggle("ask", !hint.hidden);
  }
  async function check(){
    const chosen = files.slice();
    if (!chosen.length) return;
    fail(""); hint.hidden = true;
    const refused = tooMuch(chosen);
    if (refused) { fail(refused); return; }
    run.disabled = true;
    progress.value = 0;
    say(W.sending, true);
    try {
      const answer = await post("/api/report", chosen, true);
      if (answer.status !== 200) { say(""); fail(await errorOf(answer)); return; }
      const report = JSON.parse(await answer.body.text());
      if (frameUrl) URL.revokeObjectURL(frameUrl);
      frameUrl = URL.createObjectURL(new Blob([report.html], {type: "text/html"}));
      frame.src = frameUrl; frame.hidden = false;
      const result = JSON.parse(report.json), summary = result.summary;
      const unreadable = result.files.filter(f => f.error !== null).length;
      say(W.done + ": " + summary.errors + " " + W.errors + ", " + summary.warnings + " " + W.warnings + ", " + summary.infos + " " + W.infos
          + (unreadable ? "; " + unreadable + " " + W.unreadable : "") + ".");
      offer(chosen, report);
      askProfile(report);
    } catch (e) {
      say(""); fail(e.message);
    } finally {
      run.disabled = !files.length;
    }
  }
  function choose(list){
    files = Array.from(list);
    run.disabled = !files.length;
    if (files.length) check();
  }
  input.addEventListener("change", () => choose(input.files));
  form.addEventListener("submit", e => { e.preventDefault(); check(); });
  for (const name of ["dragenter", "dragover"]) drop.addEventListener(name, e => { e.preventDefault(); drop.classList.add("over"); });
  for (const name of ["dragleave", "drop"]) drop.addEventListener(name, () => drop.classList.remove("over"));
  drop.addEventListener("drop", e => { e.preventDefault(); choose(e.dataTransfer.files); });
  document.body.dataset.ready = "1";
})();
