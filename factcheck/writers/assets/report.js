// Shows the finding of the selected claim and moves between discrepancies with n/p (j/k).
// All data comes from the inert JSON block; every string reaches the page via textContent.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("factcheck-data").textContent);
  var detail = document.getElementById("detail");
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.claim[data-finding]"));
  var BOUNDS = { exact: "exactly", lower: "at least", upper: "at most", approx: "about" };
  var current = null;
  var status = el("div", "status");
  status.setAttribute("role", "status");
  document.body.appendChild(status);

  // Control and bidi-override characters are shown as escapes, as the page's HTML shows them.
  var HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
  function visible(text) {
    return String(text).replace(HIDDEN, function (c) {
      var code = c.charCodeAt(0);
      return code < 256 ? "\\x" + ("0" + code.toString(16)).slice(-2)
                        : "\\u" + ("000" + code.toString(16)).slice(-4);
    });
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = visible(text);
    return node;
  }

  function group(s) {
    if (s === null || s === undefined) return "";
    var m = /^(-?)(\d+)(\.\d+)?$/.exec(s);
    if (!m) return s;
    return m[1] + m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (m[3] || "");
  }

  function quantity(o) {
    var text = o.value !== null && o.value !== undefined ? group(o.value)
      : (o.low !== null && o.high !== null && o.low !== undefined) ? group(o.low) + "\u2013" + group(o.high)
      : "\u2014";
    return o.unit ? text + " " + o.unit : text;
  }

  function shownValue(shown, fallback) {
    return shown && shown.value ? shown.value : fallback;
  }

  function isHttp(url) {
    return typeof url === "string" && /^https?:\/\/\S+$/i.test(url);
  }

  function source(publisher, url) {
    var span = el("span");
    if (isHttp(url)) {
      var a = el("a", null, publisher || url);
      a.href = url;
      a.rel = "noopener noreferrer";
      span.appendChild(a);
    } else {
      span.appendChild(el("span", null, publisher || ""));
      if (url) span.appendChild(el("span", "url", " (" + url + ")"));
    }
    return span;
  }

  function kv(dl, key, value) {
    if (value === null || value === undefined || value === "") return;
    dl.appendChild(el("dt", null, key));
    var dd = el("dd");
    if (typeof value === "string") dd.textContent = visible(value); else dd.appendChild(value);
    dl.appendChild(dd);
  }

  function badge(verdict) {
    var v = data.verdicts[verdict] || { icon: "", label: verdict };
    var b = el("span", "badge v-" + verdict);
    var icon = el("span", "icon", v.icon);
    icon.setAttribute("aria-hidden", "true");
    b.appendChild(icon);
    b.appendChild(document.createTextNode(" " + v.label));
    return b;
  }

  function renderFinding(f, shown) {
    var c = f.claim, m = c.mention;
    var frag = document.createDocumentFragment();
    var h = el("h2", null, "Finding");
    frag.appendChild(h);
    frag.appendChild(badge(f.verdict));
    frag.appendChild(el("p", "quote", "\u201c" + m.text + "\u201d"));
    // What it was checked against comes first, so it is in view without scrolling the pane.
    var checked = el("dl", "kv checked");
    kv(checked, "Subject", (c.subject || "not identified") + (c.subject_text ? " (from \u201c" + c.subject_text + "\u201d)" : ""));
    kv(checked, "Time", shown.time);
    frag.appendChild(checked);
    frag.appendChild(el("p", "sentence", c.sentence));
    frag.appendChild(el("p", "explanation", f.explanation));

    frag.appendChild(el("h3", null, "Reference"));
    if (!f.evidence.length) frag.appendChild(el("p", "muted", "No reference value was found."));
    f.evidence.forEach(function (e, k) {
      var box = el("div", "evidence");
      box.appendChild(el("p", "value", shownValue(shown.evidence[k], quantity({ value: e.value, unit: e.unit }))));
      // The checker's description often opens with the value just shown: then it adds nothing.
      if (e.description.indexOf(group(e.value)) !== 0) box.appendChild(el("p", "description", e.description));
      e.facts.forEach(function (fact, n) {
        var div = el("div", "fact");
        var fdl = el("dl", "kv");
        kv(fdl, "Value", shown.evidence[k] ? shown.evidence[k].facts[n] : quantity(fact));
        kv(fdl, "As of", fact.as_of);
        kv(fdl, "Source", source(fact.publisher, fact.url));
        kv(fdl, "Fact", el("span", "code", fact.id));
        div.appendChild(fdl);
        if (fact.notes) div.appendChild(el("p", "notes-text", fact.notes));
        box.appendChild(div);
      });
      frag.appendChild(box);
    });
    frag.appendChild(el("h3", null, "The claim, as read"));
    var dl = el("dl", "kv");
    kv(dl, m.value !== null ? "Value" : "Range", shown.value);
    kv(dl, "Bound", (BOUNDS[m.bound] || m.bound) + (m.qualifier ? " (\u201c" + m.qualifier + "\u201d)" : ""));
    kv(dl, "Unit", m.unit);
    kv(dl, "Measure", c.measure + (c.measure_text ? " (from \u201c" + c.measure_text + "\u201d)" : ""));
    kv(dl, "Share of", c.denominator);
    kv(dl, "Tolerance", f.tolerance);
    kv(dl, "Reason", f.reason ? el("span", "code", f.reason) : null);
    kv(dl, "Accepted", f.accepted ? f.accepted.reason + " (" + f.accepted.where + ")" : null);
    if (m.problem) kv(dl, "Problem", m.problem);
    frag.appendChild(dl);

    return frag;
  }

  function select(mark, focus, onLoad) {
    var i = Number(mark.getAttribute("data-finding"));
    var f = data.findings[i];
    if (!f) return;
    if (current) { current.classList.remove("selected"); current.setAttribute("aria-pressed", "false"); }
    current = mark;
    mark.classList.add("selected");
    mark.setAttribute("aria-pressed", "true");
    while (detail.firstChild) detail.removeChild(detail.firstChild);
    detail.appendChild(renderFinding(f, data.display[i]));
    detail.scrollTop = 0;
    if (focus) {
      mark.focus();
      mark.scrollIntoView({ block: "center" });
    }
    if (!onLoad) try { history.replaceState(null, "", "#" + mark.id); } catch (e) { /* file: URLs may refuse */ }
  }

  function isDiscrepancy(mark) {  // an accepted one has been reviewed: n/p pass it by
    if (mark.classList.contains("accepted")) return false;
    return data.discrepancies.some(function (v) { return mark.classList.contains("v-" + v); });
  }

  function move(step) {
    var list = marks.filter(isDiscrepancy);
    if (!list.length) { say("No discrepancies in this article."); return; }
    if (shownOnLoad && current && step > 0) { shownOnLoad = false; select(current, true); return; }
    shownOnLoad = false;
    var here = marks.indexOf(document.activeElement);
    if (here < 0 && current) here = marks.indexOf(current);
    var next = null;
    if (step > 0) {
      for (var i = 0; i < list.length; i++) if (marks.indexOf(list[i]) > here) { next = list[i]; break; }
      if (!next) { next = list[0]; if (here >= 0) say("Back to the first discrepancy."); }
    } else {
      for (var j = list.length - 1; j >= 0; j--) if (here < 0 || marks.indexOf(list[j]) < here) { next = list[j]; break; }
      if (!next) { next = list[list.length - 1]; say("On to the last discrepancy."); }
    }
    select(next, true);
  }

  var timer = null;
  function say(text) {
    status.textContent = text;
    clearTimeout(timer);
    timer = setTimeout(function () { status.textContent = ""; }, 2500);
  }

  marks.forEach(function (mark) {
    mark.setAttribute("aria-pressed", "false");
    mark.addEventListener("click", function () { select(mark, false); });
    mark.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); select(mark, false); }
    });
  });

  Array.prototype.forEach.call(document.querySelectorAll("a[data-finding]"), function (a) {
    a.addEventListener("click", function (ev) {
      var mark = document.getElementById("claim-" + a.getAttribute("data-finding"));
      if (mark) { ev.preventDefault(); select(mark, true); }
    });
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var t = ev.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    if (ev.key === "n" || ev.key === "j") { ev.preventDefault(); move(1); }
    else if (ev.key === "p" || ev.key === "k") { ev.preventDefault(); move(-1); }
  });

  var hide = document.getElementById("hide-unverifiable");
  if (hide) hide.addEventListener("change", function () {
    document.body.classList.toggle("hide-unverifiable", hide.checked);
    marks.forEach(function (mark) {
      if (mark.classList.contains("v-unverifiable")) mark.tabIndex = hide.checked ? -1 : 0;
    });
  });

  // On load: the claim in the address, else the first discrepancy, is shown in the pane; the
  // first `n` then moves to that one (it is shown, but not yet visited).
  var shownOnLoad = false;
  var start = /^#claim-\d+$/.test(location.hash) && document.getElementById(location.hash.slice(1));
  if (start) select(start, true);
  else {
    var first = marks.filter(isDiscrepancy)[0];
    if (first) { select(first, false, true); shownOnLoad = true; }
  }
})();
