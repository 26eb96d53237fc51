// dragoman's web UI: hash routes, every view's filters in the URL, all text set through
// textContent (never innerHTML), so article text, titles and names cannot inject markup.
"use strict";

const TYPE_COLOURS = {
  AGREE: "#7cc48b", CONSULT: "#8fd19e", SUPPORT: "#5fb274", CONCEDE: "#a9dcb4",
  COOPERATE: "#6fb7df", AID: "#4aa3d6", RETREAT: "#9ccfec",
  REQUEST: "#f2b66d", ACCUSE: "#ee9f4a", REJECT: "#e98b2e", PROTEST: "#f4c28c",
  THREATEN: "#e57373", MOBILIZE: "#ef9a9a", SANCTION: "#d9534f", COERCE: "#c9302c", ASSAULT: "#a71d1d",
};

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs = {}) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  return node;
}

async function api(path, params = {}) {
  const url = new URL(path, location.origin);
  for (const [key, value] of Object.entries(params)) if (value) url.searchParams.set(key, value);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return response.json();
}

function route() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, query] = hash.split("?");
  return { parts: path.split("/").filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query || "") };
}

function go(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString();
  location.hash = path + (query ? "?" + query : "");
}

const speakerLink = (name) => el("a", { class: "speaker", href: "#/speaker/" + encodeURIComponent(name), text: name });
const actorLabel = (actor) => actor ? (actor.code ? `${actor.name} (${actor.code})` : actor.name) : "—";

function filterForm(fields, params, onSubmit) {
  const form = el("form", { class: "filters" });
  for (const [name, label, type] of fields) {
    form.append(el("label", {}, label + " ", el("input", { name, type: type || "text", value: params.get(name) || "" })));
  }
  form.append(el("button", { type: "submit", text: "Apply" }));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    onSubmit(Object.fromEntries(new FormData(form).entries()));
  });
  return form;
}

async function showDocuments(view, params) {
  view.append(el("h1", { text: params.get("search") ? `Articles matching “${params.get("search")}”` : "Articles" }));
  view.append(filterForm([["search", "Words"], ["since", "Since", "date"], ["until", "Until", "date"]], params,
    (values) => go("/documents", values)));
  const data = await api("/api/documents", { search: params.get("search"), since: params.get("since"), until: params.get("until"), limit: 100 });
  const list = el("ul", { class: "list", id: "documents" });
  for (const doc of data.items) {
    list.append(el("li", {}, el("a", { href: "#/article/" + encodeURIComponent(doc.id), text: doc.title || doc.path || doc.id }),
      el("div", { class: "meta", text: [doc.published || "undated", doc.source, doc.duplicate_of ? "duplicate" : null].filter(Boolean).join(" · ") })));
  }
  view.append(data.items.length ? list : el("p", { class: "empty", text: "No articles." }));
}

function renderText(text, quotes, events) {
  // Cut the text at every span boundary; each piece is wrapped in the quote and trigger it lies in.
  const cuts = new Set([0, text.length]);
  quotes.forEach((q) => q.content.forEach(([s, e]) => { cuts.add(s); cuts.add(e); }));
  events.forEach((ev) => { cuts.add(ev.trigger[0]); cuts.add(ev.trigger[1]); });
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const container = el("div", { class: "text", id: "article-text" });
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    let node = document.createTextNode(text.slice(start, end));
    const event = events.find((ev) => ev.trigger[0] <= start && end <= ev.trigger[1]);
    if (event) {
      node = el("span", { class: "trigger type-" + event.type, "data-type": event.type, title: `${event.type} ${actorLabel(event.source)} → ${actorLabel(event.target)}` }, node);
    }
    const index = quotes.findIndex((q) => q.content.some(([s, e]) => s <= start && end <= e));
    if (index >= 0) {
      const quote = quotes[index];
      const name = quote.speaker ? quote.speaker.name : null;
      node = el("mark", {
        class: "quote", "data-quote": String(index), title: name ? "said by " + name : "unattributed",
        onclick: () => { if (name) go("/speaker/" + encodeURIComponent(name)); },
      }, node);
    }
    container.append(node);
  }
  return container;
}

async function showArticle(view, id) {
  const data = await api("/api/documents/" + encodeURIComponent(id));
  const doc = data.document;
  view.append(el("h1", { text: doc.title || doc.path || doc.id }));
  view.append(el("p", { class: "meta" }, [doc.published || "undated", doc.source, doc.url].filter(Boolean).join(" · "),
    doc.tone === null ? "" : ` · tone ${doc.tone}`));
  const side = el("aside", { class: "side" });
  const quoteList = el("ul", { class: "list", id: "quote-list" });
  data.quotes.forEach((q) => quoteList.append(el("li", {}, q.speaker ? speakerLink(q.speaker.name) : el("span", { text: "unattributed" }),
    el("span", { class: "tag", text: q.kind }), q.via.length ? el("span", { class: "tag", text: "via " + q.via.map((v) => v.name).join(", ") }) : null,
    el("div", { text: q.text.length > 180 ? q.text.slice(0, 179) + "…" : q.text }))));
  const eventList = el("ul", { class: "list", id: "event-list" });
  data.events.forEach((ev) => eventList.append(el("li", {},
    el("span", { class: "trigger type-" + ev.type, text: ev.type }), " ",
    `${actorLabel(ev.source)} → ${actorLabel(ev.target)}`, el("span", { class: "tag", text: ev.trigger_text }),
    ev.date ? el("span", { class: "tag", text: ev.date }) : null, ev.location ? el("span", { class: "tag", text: ev.location.name }) : null)));
  side.append(el("section", {}, el("h2", { text: `Who said what (${data.quotes.length})` }), quoteList));
  side.append(el("section", {}, el("h2", { text: `Events (${data.events.length})` }), eventList));
  view.append(el("div", { class: "article" }, renderText(doc.text, data.quotes, data.events), side));
}

async function showSpeaker(view, name, params) {
  view.append(el("h1", { id: "speaker-name", text: name }));
  const data = await api("/api/quotes", { speaker: name, since: params.get("since"), until: params.get("until"), limit: 500 });
  const exact = data.items.filter((q) => q.speaker && q.speaker.name === name);
  const actor = exact.find((q) => q.speaker.actor);
  view.append(el("p", { class: "meta", text: `${exact.length} quotes` + (actor ? ` · ${actor.speaker.actor.code || ""}` : "") }));
  const list = el("ul", { class: "list", id: "speaker-quotes" });
  for (const quote of exact) {
    list.append(el("li", {}, el("div", { class: "meta" }, quote.published || "undated", " · ",
      el("a", { href: "#/article/" + encodeURIComponent(quote.document_id), text: "article" }), el("span", { class: "tag", text: quote.kind })),
      el("div", { text: quote.text })));
  }
  view.append(exact.length ? list : el("p", { class: "empty", text: "No quotes." }));
}

async function showQuotes(view, params) {
  view.append(el("h1", { text: "Quotes" }));
  view.append(filterForm([["speaker", "Speaker"], ["search", "Words"], ["since", "Since", "date"], ["until", "Until", "date"]], params,
    (values) => go("/quotes", values)));
  const data = await api("/api/quotes", Object.fromEntries(params.entries()));
  const list = el("ul", { class: "list" });
  data.items.forEach((q) => list.append(el("li", {}, q.speaker ? speakerLink(q.speaker.name) : "unattributed", el("span", { class: "tag", text: q.kind }),
    el("div", { text: q.text }))));
  view.append(data.items.length ? list : el("p", { class: "empty", text: "No quotes." }));
}

function goldsteinColour(score) {
  if (score === null || score === undefined) return "#999";
  const t = Math.max(-10, Math.min(10, score)) / 10;
  return t < 0 ? `rgb(${200}, ${Math.round(200 * (1 + t))}, ${Math.round(200 * (1 + t))})` : `rgb(${Math.round(200 * (1 - t))}, ${170}, ${Math.round(200 * (1 - t))})`;
}

async function showNetwork(view, params) {
  view.append(el("h1", { text: "Actor network" }));
  view.append(filterForm([["type", "Event type"], ["actor", "Actor code"], ["since", "Since", "date"], ["until", "Until", "date"]], params,
    (values) => go("/network", values)));
  const data = await api("/api/dyads", Object.fromEntries(params.entries()));
  const width = 900, height = 560;
  const names = [...new Set(data.items.flatMap((d) => [d.source, d.target]))];
  const nodes = names.map((name, i) => ({ name, x: width / 2 + 200 * Math.cos((2 * Math.PI * i) / names.length), y: height / 2 + 200 * Math.sin((2 * Math.PI * i) / names.length), vx: 0, vy: 0 }));
  const byName = Object.fromEntries(nodes.map((n) => [n.name, n]));
  const links = data.items.map((d) => ({ ...d, a: byName[d.source], b: byName[d.target] }));
  for (let step = 0; step < 300; step++) {  // a small force layout: repulsion, springs, gravity
    for (const a of nodes) for (const b of nodes) if (a !== b) {
      const dx = a.x - b.x, dy = a.y - b.y, d2 = Math.max(dx * dx + dy * dy, 25);
      a.vx += (dx / d2) * 400; a.vy += (dy / d2) * 400;
    }
    for (const l of links) {
      const dx = l.b.x - l.a.x, dy = l.b.y - l.a.y, d = Math.max(Math.hypot(dx, dy), 1), f = (d - 140) * 0.01;
      l.a.vx += (dx / d) * f; l.a.vy += (dy / d) * f; l.b.vx -= (dx / d) * f; l.b.vy -= (dy / d) * f;
    }
    for (const n of nodes) {
      n.vx += (width / 2 - n.x) * 0.005; n.vy += (height / 2 - n.y) * 0.005;
      n.x = Math.max(40, Math.min(width - 40, n.x + n.vx * 0.5)); n.y = Math.max(30, Math.min(height - 30, n.y + n.vy * 0.5));
      n.vx *= 0.6; n.vy *= 0.6;
    }
  }
  const canvas = svg("svg", { id: "network", width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "actor network" });
  const max = Math.max(1, ...links.map((l) => l.events));
  for (const l of links) {
    const line = svg("line", { x1: l.a.x, y1: l.a.y, x2: l.b.x, y2: l.b.y, stroke: goldsteinColour(l.goldstein), "stroke-width": 1 + (5 * l.events) / max, "stroke-opacity": 0.8 });
    const title = svg("title"); title.textContent = `${l.source} → ${l.target}: ${l.events} events, mean Goldstein ${l.goldstein}`;
    line.append(title); canvas.append(line);
  }
  for (const n of nodes) {
    const circle = svg("circle", { cx: n.x, cy: n.y, r: 7, fill: "#1f5fa8", class: "node" });
    const label = svg("text", { x: n.x + 9, y: n.y + 4 }); label.textContent = n.name;
    canvas.append(circle, label);
  }
  view.append(names.length ? canvas : el("p", { class: "empty", text: "No dyads yet." }));
  view.append(el("p", { class: "meta", text: "Edges: width by event count, colour by mean Goldstein score (red hostile, green cooperative)." }));
}

async function showTimeline(view, params) {
  view.append(el("h1", { text: "Event timeline" }));
  view.append(filterForm([["type", "Event type"], ["actor", "Actor code"], ["since", "Since", "date"], ["until", "Until", "date"]], params,
    (values) => go("/timeline", values)));
  const data = await api("/api/timeline", Object.fromEntries(params.entries()));
  const dates = [...new Set(data.items.map((d) => d.date))].sort();
  const types = [...new Set(data.items.map((d) => d.type))].sort();
  const totals = Object.fromEntries(dates.map((d) => [d, 0]));
  data.items.forEach((d) => { totals[d.date] += d.events; });
  const width = 900, height = 320, pad = 40, max = Math.max(1, ...Object.values(totals));
  const bar = Math.max(4, Math.min(60, (width - 2 * pad) / Math.max(dates.length, 1) - 4));
  const chart = svg("svg", { id: "timeline", width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "event timeline" });
  dates.forEach((date, i) => {
    let y = height - pad;
    const x = pad + i * (bar + 4);
    for (const type of types) {
      const item = data.items.find((d) => d.date === date && d.type === type);
      if (!item) continue;
      const h = ((height - 2 * pad) * item.events) / max;
      y -= h;
      const rect = svg("rect", { x, y, width: bar, height: h, fill: TYPE_COLOURS[type] || "#888" });
      const title = svg("title"); title.textContent = `${date}: ${item.events} ${type}`;
      rect.append(title); chart.append(rect);
    }
    if (dates.length <= 20 || i % Math.ceil(dates.length / 20) === 0) {
      const label = svg("text", { x, y: height - pad + 14 }); label.textContent = date; chart.append(label);
    }
  });
  view.append(dates.length ? chart : el("p", { class: "empty", text: "No events yet." }));
  view.append(el("p", { class: "legend" }, ...types.map((t) => el("span", {}, el("i", { style: null, "data-colour": t }), t))));
  view.querySelectorAll(".legend i").forEach((i) => { i.style.background = TYPE_COLOURS[i.dataset.colour] || "#888"; });
}

async function render() {
  const view = document.getElementById("view");
  view.replaceChildren();
  const { parts, params } = route();
  try {
    if (parts[0] === "article" && parts[1]) await showArticle(view, parts[1]);
    else if (parts[0] === "speaker" && parts[1]) await showSpeaker(view, parts[1], params);
    else if (parts[0] === "quotes") await showQuotes(view, params);
    else if (parts[0] === "network") await showNetwork(view, params);
    else if (parts[0] === "timeline") await showTimeline(view, params);
    else await showDocuments(view, params);
  } catch (error) {
    view.append(el("p", { class: "empty", text: "Could not load this view: " + error.message }));
  }
}

document.getElementById("search").addEventListener("submit", (event) => {
  event.preventDefault();
  go("/documents", { search: new FormData(event.target).get("q") });
});
window.addEventListener("hashchange", render);
render();
