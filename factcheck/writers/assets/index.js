// Sorts the article table by a clicked header and filters its rows by verdict, measure,
// source and text. Rows are server-rendered; the JSON block carries only their filter keys.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("factcheck-data").textContent);
  var table = document.getElementById("articles");
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var form = document.getElementById("filters");
  var fVerdict = document.getElementById("f-verdict");
  var fMeasure = document.getElementById("f-measure");
  var fPublisher = document.getElementById("f-publisher");
  var fText = document.getElementById("f-text");
  var shown = document.getElementById("shown");
  var nomatch = document.getElementById("nomatch");

  function key(row, col, type) {
    var v = row.cells[col].getAttribute("data-sort") || "";
    return type === "num" ? Number(v) : v;
  }

  function sortBy(col) {
    var th = heads[col];
    var type = th.getAttribute("data-type");
    var dir = th.getAttribute("aria-sort") === "descending" ? "ascending"
      : th.getAttribute("aria-sort") === "ascending" ? "descending"
      : type === "num" ? "descending" : "ascending";
    heads.forEach(function (h) { h.setAttribute("aria-sort", "none"); });
    th.setAttribute("aria-sort", dir);
    var sign = dir === "ascending" ? 1 : -1;
    var sorted = rows.slice().sort(function (a, b) {
      var x = key(a, col, type), y = key(b, col, type);
      var c = x < y ? -1 : x > y ? 1 : 0;
      return c * sign || Number(a.getAttribute("data-row")) - Number(b.getAttribute("data-row"));
    });
    sorted.forEach(function (r) { tbody.appendChild(r); });
  }

  heads.forEach(function (th, col) {
    th.querySelector("button").addEventListener("click", function () { sortBy(col); });
  });

  function matches(row) {
    var findings = data.findings[Number(row.getAttribute("data-row"))] || [];
    var v = fVerdict.value, m = fMeasure.value, p = fPublisher.value;
    var text = fText.value.trim().toLowerCase();
    if (text && row.cells[0].textContent.toLowerCase().indexOf(text) < 0) return false;
    if (!v && !m && !p) return true;
    return findings.some(function (f) {
      if (v === "discrepancy" ? data.discrepancies.indexOf(f.v) < 0 : v && f.v !== v) return false;
      if (m && f.m !== m) return false;
      if (p && f.p.indexOf(p) < 0) return false;
      return true;
    });
  }

  function filter() {
    var n = 0;
    rows.forEach(function (row) {
      var ok = matches(row);
      row.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = "Showing " + n + " of " + rows.length + " articles";
    nomatch.hidden = n > 0 || rows.length === 0;
  }

  [fVerdict, fMeasure, fPublisher].forEach(function (s) { s.addEventListener("change", filter); });
  fText.addEventListener("input", filter);
  form.addEventListener("submit", function (ev) { ev.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(filter, 0); });
  filter();
})();
