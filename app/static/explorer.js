// Entente explorer: vis-network view over the JSON API. Article text is untrusted: it only ever
// reaches the page through textContent, never innerHTML.
(function () {
  "use strict";
  const initial = JSON.parse(document.getElementById("initial-data").textContent);
  const nodes = new vis.DataSet(initial.nodes);
  const edges = new vis.DataSet(initial.edges);
  const hiddenKinds = new Set();
  const hiddenTypes = new Set();
  const expanded = new Map();   // node id -> ids of the nodes its expansion added
  const state = Object.assign({center: [], depth: 1, since: "", until: "", expand: []}, initial.state);

  const nodeView = new vis.DataView(nodes, {filter: (n) => !hiddenKinds.has(n.kind)});
  const edgeView = new vis.DataView(edges, {filter: (e) => !hiddenTypes.has(e.type)});
  const container = document.getElementById("network");
  const options = Object.assign({}, initial.options, {
    interaction: {hover: true, tooltipDelay: 150, navigationButtons: false},
    edges: {smooth: false, font: {size: 9, align: "middle"}},
    nodes: {font: {size: 13}},
  });
  const network = new vis.Network(container, {nodes: nodeView, edges: edgeView}, options);
  const $ = (id) => document.getElementById(id);
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; };

  // once laid out, physics stays off so expanding a node never reshuffles the view
  const markStable = () => { if (!window.entente.stable) { window.entente.stable = true; window.entente.stableAt = performance.now(); } };
  const settle = () => { network.setOptions({physics: {enabled: false}}); markStable(); };
  network.on("stabilizationIterationsDone", settle);
  network.on("stabilized", settle);
  network.on("afterDrawing", () => {
    window.entente.drawn = true;
    if (!network.physics.options.enabled) markStable();
  });

  // ---- state in the URL -------------------------------------------------------------------
  function query(extra) {
    const p = new URLSearchParams();
    state.center.forEach((c) => p.append("center", c));
    p.set("depth", state.depth);
    if (hiddenTypes.size) p.set("types", typeNames().filter((t) => !hiddenTypes.has(t)).join(","));
    if (hiddenKinds.size) p.set("kinds", kindNames().filter((k) => !hiddenKinds.has(k)).join(","));
    if (state.since) p.set("since", state.since);
    if (state.until) p.set("until", state.until);
    state.expand.forEach((e) => p.append("expand", e));
    Object.entries(extra || {}).forEach(([k, v]) => p.set(k, v));
    return p;
  }
  function saveUrl() { history.replaceState(null, "", "/?" + query().toString()); }
  const typeNames = () => [...document.querySelectorAll("#legend-types input")].map((i) => i.dataset.type);
  const kindNames = () => [...document.querySelectorAll("#legend-kinds input")].map((i) => i.dataset.kind);

  function status(text) { $("status").textContent = text; }

  async function getJson(url) {
    const r = await fetch(url);
    const body = await r.json();
    if (!r.ok) throw new Error(body.detail ? (typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail)) : r.statusText);
    return body;
  }

  // ---- loading a view -----------------------------------------------------------------------
  function apiFilters(p) {
    // the API filters what the server sends; hidden legend entries are filtered client-side
    p.delete("types"); p.delete("kinds"); p.delete("expand");
    return p;
  }
  async function load() {
    if (!state.center.length) return;
    const p = apiFilters(query());
    state.expand.forEach((e) => p.append("expand", e));
    status("loading…");
    try {
      const g = await getJson("/api/subgraph?" + p.toString() + "&layout=auto");
      nodes.clear(); edges.clear(); expanded.clear(); window.entente.stable = false;
      const laidOut = g.nodes.length && g.nodes.every((n) => n.x !== undefined);
      network.setOptions({physics: {enabled: !laidOut && g.nodes.length <= 300}});
      nodes.add(g.nodes.map(visNode));
      addEdges(g.relationships);
      state.expand.forEach((id) => expanded.set(id, []));
      network.fit();
      status(`${g.nodes.length} entities, ${g.relationships.length} relations` + (g.truncated ? ` — truncated: ${g.left_out}` : ""));
      saveUrl();
    } catch (err) { status("error: " + err.message); }
  }
  const KIND_COLORS = {}; document.querySelectorAll("#legend-kinds input").forEach((i) => { KIND_COLORS[i.dataset.kind] = i.nextElementSibling.style.background; });
  const TYPE_COLORS = {}; document.querySelectorAll("#legend-types input").forEach((i) => { TYPE_COLORS[i.dataset.type] = i.nextElementSibling.style.background; });
  const SYMMETRIC = new Set(["TRADES_WITH", "ALLIED_WITH", "MEETS"]);
  function visNode(n) {
    const v = {id: n.id, label: n.name, kind: n.kind, title: `${n.name} (${n.kind})`, shape: "dot",
      color: KIND_COLORS[n.kind] || "#999", size: 10 + Math.min(n.degree || 1, 40) / 2};
    if (n.x !== undefined) { v.x = n.x; v.y = n.y; }
    return v;
  }
  function visEdge(e) {
    return {id: e.id, from: e.source, to: e.target, type: e.type, label: e.type.replace(/_/g, " ").toLowerCase(),
      title: `${e.type} (${e.count} evidence)`, color: TYPE_COLORS[e.type] || "#999", count: e.count,
      arrows: SYMMETRIC.has(e.type) ? "" : "to", width: 1 + Math.min(e.count || 1, 10) / 3, smooth: curve(e)};
  }
  // several relations between one pair: each gets its own curve, so each stays visible and clickable
  function curve(e) {
    const pair = [e.source, e.target].sort().join("|");
    const siblings = edges.get({filter: (o) => o.id !== e.id && [o.from, o.to].sort().join("|") === pair});
    const k = siblings.length;
    if (!k) return false;
    const flip = (e.source < e.target) === (k % 2 === 0);
    return {enabled: true, type: flip ? "curvedCW" : "curvedCCW", roundness: 0.15 + 0.15 * Math.floor((k - 1) / 2)};
  }
  function addEdges(list) { list.forEach((e) => edges.update(visEdge(e))); }

  // ---- search with suggestions --------------------------------------------------------------
  function suggest(input, list, onPick) {
    let timer = null;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      const q = input.value.trim();
      if (!q) { list.replaceChildren(); return; }
      timer = setTimeout(async () => {
        try {
          const r = await getJson("/api/search?q=" + encodeURIComponent(q));
          list.replaceChildren(...r.results.map((hit) => {
            const li = el("li", hit.name);
            li.dataset.id = hit.id;
            li.append(el("span", hit.kind, "kind"));
            li.addEventListener("mousedown", (ev) => { ev.preventDefault(); list.replaceChildren(); onPick(hit); });
            return li;
          }));
        } catch (err) { status("search failed: " + err.message); }
      }, 120);
    });
    input.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" && list.firstChild) { list.firstChild.dispatchEvent(new MouseEvent("mousedown")); }
    });
  }
  suggest($("search"), $("suggestions"), (hit) => { $("search").value = hit.name; state.center = [hit.id]; state.expand = []; load(); });

  // ---- controls -----------------------------------------------------------------------------
  $("depth").value = String(state.depth);
  $("since").value = state.since && state.since.length === 10 ? state.since : "";
  $("until").value = state.until && state.until.length === 10 ? state.until : "";
  $("depth").addEventListener("change", () => { state.depth = Number($("depth").value); load(); });
  $("since").addEventListener("change", () => { state.since = $("since").value; load(); });
  $("until").addEventListener("change", () => { state.until = $("until").value; load(); });
  (initial.state.types || []).length && document.querySelectorAll("#legend-types input").forEach((i) => {
    if (!initial.state.types.includes(i.dataset.type)) { i.checked = false; hiddenTypes.add(i.dataset.type); }
  });
  (initial.state.kinds || []).length && document.querySelectorAll("#legend-kinds input").forEach((i) => {
    if (!initial.state.kinds.includes(i.dataset.kind)) { i.checked = false; hiddenKinds.add(i.dataset.kind); }
  });
  nodeView.refresh(); edgeView.refresh();
  document.querySelectorAll("#legend input").forEach((box) => box.addEventListener("change", () => {
    const set = box.dataset.type ? hiddenTypes : hiddenKinds;
    const key = box.dataset.type || box.dataset.kind;
    if (box.checked) set.delete(key); else set.add(key);
    nodeView.refresh(); edgeView.refresh(); saveUrl();
  }));

  // ---- details and evidence -----------------------------------------------------------------
  async function showEntity(id) {
    const panel = $("panel");
    try {
      const e = await getJson("/api/entities/" + encodeURIComponent(id));
      const body = [el("h2", e.name), el("p", [e.kind, e.office, e.iso3, e.orgType].filter(Boolean).join(" · "), "meta")];
      if (e.aliases && e.aliases.length) body.push(el("p", "Also: " + e.aliases.slice(0, 12).join(", "), "meta"));
      const list = el("ul");
      e.relations.forEach((r) => list.append(el("li", `${r.type} (${r.direction}): ${r.relationships} relations, ${r.evidence} evidence`)));
      body.push(el("h3", "Relations"), list);
      panel.replaceChildren(...body);
    } catch (err) { panel.replaceChildren(el("p", "error: " + err.message)); }
  }
  async function showEvidence(id) {
    const panel = $("panel");
    try {
      const r = await getJson("/api/relationships/" + encodeURIComponent(id) + "/evidence");
      const name = (nid) => (nodes.get(nid) || {}).label || nid;
      const body = [el("h2", `${name(r.source)} — ${r.type} → ${name(r.target)}`),
        el("p", `CAMEO ${r.cameo || "–"} · PLOVER ${r.plover || "–"} · ${r.evidence.length} sentence(s)`, "meta")];
      r.evidence.forEach((v) => {
        const quote = el("blockquote");
        quote.className = "evidence";
        const a = v.spanStart - v.start, b = v.spanEnd - v.start;
        quote.append(document.createTextNode(v.sentence.slice(0, a)), el("mark", v.sentence.slice(a, b)),
          document.createTextNode(v.sentence.slice(b)));
        const meta = el("p", "", "meta");
        const title = v.article.title || v.article.id;
        if (v.article.url && /^https?:\/\//.test(v.article.url)) {
          const link = el("a", title); link.href = v.article.url; link.rel = "noopener noreferrer"; link.target = "_blank";
          meta.append(link);
        } else meta.append(document.createTextNode(title));
        meta.append(document.createTextNode(` · ${v.date || v.article.date || "undated"} · chars ${v.spanStart}–${v.spanEnd} · rule ${v.rule}`));
        body.push(quote, meta);
      });
      panel.replaceChildren(...body);
    } catch (err) { panel.replaceChildren(el("p", "error: " + err.message)); }
  }
  function showProperties(item) {
    const list = el("dl");
    Object.entries(item.props || {}).forEach(([k, v]) => list.append(el("dt", k), el("dd", typeof v === "string" ? v : JSON.stringify(v))));
    $("panel").replaceChildren(el("h2", item.label || item.type || item.id), el("p", item.kind || item.type || "", "meta"), list);
  }
  network.on("click", (ev) => {
    if (ev.nodes.length || ev.edges.length) showTab("details");
    const node = ev.nodes.length && nodes.get(ev.nodes[0]);
    const edge = !ev.nodes.length && ev.edges.length && edges.get(ev.edges[0]);
    if (node) (node.props ? showProperties(node) : showEntity(node.id));
    else if (edge) (edge.props ? showProperties(edge) : showEvidence(edge.id));
  });

  // ---- Cypher tab: a read-only query, its rows as a table and its graph in the view -----------
  function showTab(name) {
    ["details", "cypher"].forEach((t) => {
      const on = t === name;
      $("tab-" + t).classList.toggle("active", on); $("tab-" + t).setAttribute("aria-selected", String(on));
    });
    $("panel").hidden = name !== "details"; $("cypher-pane").hidden = name !== "cypher";
  }
  $("tab-details").addEventListener("click", () => showTab("details"));
  $("tab-cypher").addEventListener("click", () => showTab("cypher"));
  const cell = (v) => (v === null ? "null" : typeof v === "object" ? JSON.stringify(v.properties || v) : String(v));
  function cypherGraph(graph) {
    // entities keep the ids the rest of the explorer uses (evidence, expand); other nodes their element id
    const ids = new Map();
    const drawn = graph.nodes.map((n) => {
      const p = n.properties || {};
      if (n.labels.includes("Entity") && p.id) { ids.set(n.id, p.id); return visNode({id: p.id, name: p.name || p.id, kind: p.kind}); }
      ids.set(n.id, n.id);
      const label = String(p.name || p.title || p.id || n.labels[0] || n.id).slice(0, 40);
      return {id: n.id, label, kind: n.labels[0] || "node", title: n.labels.join(":"), shape: "dot", size: 8, color: "#bbb", props: p};
    });
    const lines = graph.relationships.map((r) => {
      const from = ids.get(r.start), to = ids.get(r.end);
      if (TYPE_COLORS[r.type] && from !== r.start && to !== r.end) {
        return visEdge({id: `${r.type}|${from}|${to}`, source: from, target: to, type: r.type, count: (r.properties || {}).count});
      }
      return {id: r.id, from, to, type: r.type, label: r.type.toLowerCase(), arrows: "to", color: "#bbb", props: r.properties, title: r.type};
    });
    return {drawn, lines};
  }
  async function runCypher() {
    const query = $("cypher-query").value;
    const out = $("cypher-status");
    out.textContent = "running…";
    try {
      const r = await fetch("/api/cypher", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify({query})});
      const body = await r.json();
      if (!r.ok) throw new Error(typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail));
      const table = el("table"), head = el("tr");
      body.columns.forEach((c) => head.append(el("th", c)));
      table.append(head);
      body.rows.slice(0, 200).forEach((row) => { const tr = el("tr"); row.forEach((v) => { const td = el("td", cell(v)); td.title = td.textContent; tr.append(td); }); table.append(tr); });
      $("cypher-table").replaceChildren(table);
      const {drawn, lines} = cypherGraph(body.graph);
      if (drawn.length) {
        nodes.clear(); edges.clear(); expanded.clear(); state.center = []; state.expand = [];
        window.entente.stable = false;
        network.setOptions({physics: {enabled: drawn.length <= 300}});
        nodes.add(drawn); lines.forEach((e) => edges.update(e));
        network.fit();
      }
      out.textContent = `${body.rows.length} row${body.rows.length === 1 ? "" : "s"}${body.truncated ? " (truncated)" : ""}, ${drawn.length} nodes, ${lines.length} relationships · ${body.elapsed_ms} ms`;
    } catch (err) { out.textContent = "error: " + err.message; }
  }
  $("cypher-run").addEventListener("click", runCypher);
  $("cypher-query").addEventListener("keydown", (ev) => { if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); runCypher(); } });

  // ---- expand / collapse in place -----------------------------------------------------------
  async function expand(id) {
    if (expanded.has(id)) return collapse(id);
    const p = apiFilters(query({depth: 1}));
    p.delete("center"); p.append("center", id);
    try {
      const g = await getJson("/api/subgraph?" + p.toString() + "&layout=none");
      const origin = network.getPosition(id);
      const fresh = g.nodes.filter((n) => !nodes.get(n.id));
      fresh.forEach((n, i) => {
        const angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
        n.x = origin.x + 160 * Math.cos(angle); n.y = origin.y + 160 * Math.sin(angle);
      });
      nodes.add(fresh.map(visNode));
      addEdges(g.relationships.filter((e) => !edges.get(e.id)));
      expanded.set(id, fresh.map((n) => n.id));
      if (!state.expand.includes(id)) state.expand.push(id);
      saveUrl();
      status(`expanded ${nodes.get(id).label}: +${fresh.length} entities`);
    } catch (err) { status("error: " + err.message); }
  }
  function collapse(id) {
    const added = expanded.get(id) || [];
    const keep = new Set(state.center);
    expanded.forEach((ids, other) => { if (other !== id) ids.forEach((n) => keep.add(n)); });
    const gone = added.filter((n) => !keep.has(n));
    edges.remove(edges.get({filter: (e) => gone.includes(e.from) || gone.includes(e.to)}).map((e) => e.id));
    nodes.remove(gone);
    expanded.delete(id);
    state.expand = state.expand.filter((e) => e !== id);
    saveUrl();
    status(`collapsed: −${gone.length} entities`);
  }
  network.on("doubleClick", (ev) => { if (ev.nodes.length) expand(ev.nodes[0]); });

  // ---- path finder --------------------------------------------------------------------------
  const pathEnds = {from: null, to: null};
  ["from", "to"].forEach((end) => {
    const input = $("path-" + end);
    const list = el("ul"); list.className = "suggest"; list.id = "path-suggestions-" + end;
    input.after(list);
    suggest(input, list, (hit) => { input.value = hit.name; pathEnds[end] = hit.id; });
  });
  $("path-find").addEventListener("click", async () => {
    const out = $("path-results");
    if (!pathEnds.from || !pathEnds.to) { out.replaceChildren(el("li", "pick both ends from the suggestions")); return; }
    try {
      const p = new URLSearchParams({source: pathEnds.from, target: pathEnds.to});
      const r = await getJson("/api/paths?" + p.toString());
      if (!r.paths.length) { out.replaceChildren(el("li", "no path")); return; }
      nodes.update(r.nodes.filter((n) => !nodes.get(n.id)).map(visNode));
      const names = Object.fromEntries(r.nodes.map((n) => [n.id, n.name]));
      const pathEdges = r.paths.flatMap((path) => path.edges);
      addEdges(pathEdges.filter((e) => !edges.get(e.id)));
      out.replaceChildren(...r.paths.map((path) => el("li", path.nodes.map((n) => names[n] || n).join(" → "))));
      network.selectNodes(r.paths[0].nodes);
      network.selectEdges(r.paths[0].edges.map((e) => e.id));
      network.fit({nodes: r.paths[0].nodes});
    } catch (err) { out.replaceChildren(el("li", "error: " + err.message)); }
  });

  // ---- exports ------------------------------------------------------------------------------
  function download(name, href) { const a = el("a"); a.href = href; a.download = name; document.body.append(a); a.click(); a.remove(); }
  $("export-png").addEventListener("click", () => {
    const canvas = container.querySelector("canvas");
    download("entente.png", canvas.toDataURL("image/png"));
  });
  $("export-graphml").addEventListener("click", () => {
    const p = apiFilters(query()); state.expand.forEach((e) => p.append("expand", e));
    download("entente.graphml", "/api/subgraph?" + p.toString() + "&format=graphml&layout=none");
  });
  $("export-json").addEventListener("click", () => {
    const data = {nodes: nodeView.get(), edges: edgeView.get(), state: Object.fromEntries(query())};
    download("entente.json", URL.createObjectURL(new Blob([JSON.stringify(data, null, 1)], {type: "application/json"})));
  });

  window.entente = {network, nodes, edges, nodeView, edgeView, state, expand, collapse, runCypher, drawn: false, stable: false,
    domPosition: (id) => network.canvasToDOM(network.getPosition(id))};
  if (state.center.length && !initial.nodes.length) load();
  else if (state.center.length) saveUrl();
})();
