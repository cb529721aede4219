/* Het interactieve tafelkleed van het buurtportfolio (stelsel portfolio).
 * Leest de knopen en verbindingen uit <script id="kleed-data"> op dezelfde pagina (geen verzoek
 * naar buiten, ook niet vanaf file://) en tekent ze met sigma.js en graphology. De posities zijn
 * in Python berekend, dezelfde als op het afgedrukte tafelkleed. */
(function () {
  "use strict";
  var houder = document.getElementById("kleed");
  var bron = document.getElementById("kleed-data");
  if (!houder || !bron || typeof Sigma === "undefined" || typeof graphology === "undefined") {
    return;
  }
  var data = JSON.parse(bron.textContent);
  var graaf = new graphology.Graph();
  data.knopen.forEach(function (k) {
    graaf.addNode(k.id, {
      label: k.label, x: k.x, y: k.y, size: k.size, color: k.color,
      soort: k.soort, verhaal: k.verhaal, positie: k.positie || "", posities: k.posities || [],
      ingredienten: k.ingredienten || [], schakels: k.schakels || []
    });
  });
  data.verbindingen.forEach(function (v) {
    graaf.addEdge(v[0], v[1], { size: 1, color: "#b7b2a6" });
  });

  var gekozen = null;
  var gevonden = new Set();
  var tekening;
  try {
    tekening = new Sigma(graaf, houder, {
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 6,
      labelFont: "Helvetica, Arial, sans-serif",
      zIndex: true,
      nodeReducer: function (knoop, attrs) {
        var uit = Object.assign({}, attrs);
        if (gevonden.size && !gevonden.has(knoop) && knoop !== gekozen) {
          uit.color = "#d9d6cf";
          uit.label = "";
        }
        if (knoop === gekozen || gevonden.has(knoop)) {
          uit.highlighted = true;
          uit.zIndex = 2;
          uit.forceLabel = true;
        }
        return uit;
      }
    });
  } catch (fout) {
    houder.textContent = "Het netwerk kan in deze browser niet getekend worden (" + fout.message +
      "). De lijst hieronder toont hetzelfde netwerk per positie.";
    return;
  }
  houder.setAttribute("data-knopen", String(graaf.order));
  houder.setAttribute("data-getekend", "ja");

  var detail = document.getElementById("kleed-detail");
  function zin(kop, tekst) {
    var p = document.createElement("p");
    var b = document.createElement("strong");
    b.textContent = kop + ": ";
    p.appendChild(b);
    p.appendChild(document.createTextNode(tekst));
    return p;
  }
  function toon(knoop) {
    gekozen = knoop;
    var a = graaf.getNodeAttributes(knoop);
    detail.textContent = "";
    var h = document.createElement("h3");
    h.textContent = a.label;
    detail.appendChild(h);
    if (a.soort === "thema") {
      detail.appendChild(document.createTextNode("Het thema in het midden van het tafelkleed."));
    }
    if (a.soort === "schakel") {
      detail.appendChild(zin("Positie van betrokkenheid", a.posities.join(", ") || a.positie));
      if (a.verhaal) { detail.appendChild(zin("Verhaal", a.verhaal)); }
      if (a.ingredienten.length) { detail.appendChild(zin("Verbindt", a.ingredienten.join("; "))); }
    }
    if (a.soort === "ingredient") {
      detail.appendChild(zin("Ingrediënt, verbonden door", a.schakels.join(", ") ||
        "nog geen schakel"));
    }
    tekening.refresh();
  }
  tekening.on("clickNode", function (e) { toon(e.node); });

  var camera = tekening.getCamera();
  document.getElementById("kleed-in").addEventListener("click", function () {
    camera.animatedZoom({ duration: 300 });
  });
  document.getElementById("kleed-uit").addEventListener("click", function () {
    camera.animatedUnzoom({ duration: 300 });
  });
  document.getElementById("kleed-reset").addEventListener("click", function () {
    gevonden.clear();
    gekozen = null;
    camera.animatedReset({ duration: 300 });
    tekening.refresh();
  });

  var resultaten = document.getElementById("kleed-resultaten");
  function normaal(tekst) {
    return tekst.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  document.getElementById("kleed-zoekform").addEventListener("submit", function (e) {
    e.preventDefault();
    var vraag = normaal(document.getElementById("kleed-zoek").value.trim());
    gevonden.clear();
    resultaten.textContent = "";
    if (!vraag) { tekening.refresh(); return; }
    graaf.forEachNode(function (knoop, a) {
      if (normaal(a.label).indexOf(vraag) !== -1) { gevonden.add(knoop); }
    });
    var kop = document.createElement("p");
    kop.textContent = gevonden.size === 0 ? "Niets gevonden." :
      gevonden.size + (gevonden.size === 1 ? " knoop gevonden:" : " knopen gevonden:");
    resultaten.appendChild(kop);
    var lijst = document.createElement("ul");
    gevonden.forEach(function (knoop) {
      var li = document.createElement("li");
      var knop = document.createElement("button");
      knop.type = "button";
      knop.textContent = graaf.getNodeAttribute(knoop, "label");
      knop.addEventListener("click", function () {
        toon(knoop);
        var plek = tekening.getNodeDisplayData(knoop);
        if (plek) { camera.animate({ x: plek.x, y: plek.y, ratio: 0.5 }, { duration: 300 }); }
      });
      li.appendChild(knop);
      lijst.appendChild(li);
    });
    resultaten.appendChild(lijst);
    if (gevonden.size) { toon(gevonden.values().next().value); }
    tekening.refresh();
  });
})();
