/*
 * Kechuang charts: renders every [data-chart] element with ECharts.
 *
 *   <div class="kc-chart" data-chart="bar|line|pie|map" data-chart-source="stats-data"></div>
 *   {{ stats|json_script:"stats-data" }}
 *
 * bar/line/pie source: {"title", "categories": [...], "series": [{"name", "data": [...]}],
 *                       "drill": {"<category or adcode>": "/url/"}}
 * map source:          {"title", "map_url", "map_name", "data": [{"name", "adcode", "value"}],
 *                       "drill": {"<adcode>": "/url/"}}
 * optional:            "colors": ["#198754", ...] (series or slice colours, e.g. by status),
 *                       "horizontal": true (bar: categories down the side; a bar chart whose
 *                       labels do not fit under the bars turns on its side by itself),
 *                       "stacked": true (bar/line: series stacked, e.g. counts by stage)
 * Every chart has a "save as image" button (ECharts toolbox).
 *
 * Load with <script defer> after echarts.min.js. CSP-safe: no eval, no inline script or style
 * attributes (tooltips use ECharts' canvas "richText" mode, not HTML). Charts inside content
 * swapped in by htmx are rendered on htmx:afterSettle; instances whose element left the page are
 * disposed. The element needs a height from CSS; 360px is used when it has none.
 */
(function () {
  "use strict";

  const echarts = window.echarts;
  if (!echarts) {
    console.error("charts.js: echarts.min.js must be loaded first");
    return;
  }

  const live = new Set(); // instances we created, for resize and disposal
  const maps = new Map(); // map_name -> Promise<{name -> adcode}>, so each map is fetched once
  const MAP_COLORS = ["#e8f1fb", "#9ecae1", "#4292c6", "#08519c", "#08306b"];

  // Same-origin URLs only, so a drill link can never be javascript: or point off-site.
  function safeUrl(url) {
    if (typeof url !== "string" || !url) return null;
    try {
      const u = new URL(url, window.location.href);
      return u.origin === window.location.origin ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  function readSource(el) {
    const node = document.getElementById(el.dataset.chartSource || "");
    if (!node) {
      console.warn("charts.js: no data element #" + el.dataset.chartSource);
      return null;
    }
    try {
      return JSON.parse(node.textContent);
    } catch (e) {
      console.warn("charts.js: bad JSON in #" + el.dataset.chartSource, e);
      return null;
    }
  }

  // Rich-text tooltips treat {...} as style markup; keep user text literal.
  function plain(text) {
    return String(text == null ? "" : text).replace(/[{}]/g, "");
  }

  function num(v) {
    return typeof v === "number" && isFinite(v) ? v.toLocaleString("zh-CN") : "暂无数据";
  }

  function baseOption(spec) {
    const option = {
      title: { text: spec.title || "", left: "center", textStyle: { fontSize: 15 } },
      tooltip: { renderMode: "richText" },
      textStyle: { fontFamily: "system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif" },
      // Every chart can be saved as a picture for slides and reports (导出图片).
      toolbox: {
        right: 4,
        top: 0,
        feature: {
          saveAsImage: { title: "保存为图片", name: spec.title || "chart", pixelRatio: 2 },
        },
      },
    };
    if (Array.isArray(spec.colors) && spec.colors.length) option.color = spec.colors;
    return option;
  }

  // Category labels (region names) that cannot all stand under vertical bars, even wrapped
  // on two lines, turn a bar chart on its side: names down the side, one per row, none
  // dropped (the city overview lost every other district name at 1366 px). 12 px a character.
  const LABEL_PX = 12;
  const WRAP_PX = 84;

  function labelsFitUnder(el, categories) {
    if (!categories.length) return true;
    const slot = Math.max(((el.clientWidth || 600) - 80) / categories.length, 1);
    const perLine = Math.max(Math.floor(Math.min(slot - 4, WRAP_PX) / LABEL_PX), 1);
    return categories.every((c) => String(c).length <= perLine * 2);
  }

  // A chart on its side grows to give every category a row (and so does its saved image).
  function sideHeight(spec) {
    const rows = (spec.categories || []).length;
    const perRow = 10 + 10 * Math.max((spec.series || []).length, 1);
    return 76 + 40 + rows * Math.max(perRow, 22);
  }

  function cartesianOption(spec, type) {
    const series = spec.series || [];
    const many = series.length > 1;
    return Object.assign(baseOption(spec), {
      tooltip: {
        renderMode: "richText",
        trigger: "axis",
        formatter: (items) =>
          plain(items[0] && items[0].name) +
          items.map((p) => "\n" + plain(p.seriesName) + "：" + num(p.value)).join(""),
      },
      legend: many ? { top: 36, type: "scroll", data: series.map((s) => s.name) } : { show: false },
      grid: { left: 16, right: 24, bottom: 16, top: many ? 76 : 52, containLabel: true },
      // spec.horizontal: categories down the side (long names such as qualification types).
      [spec.horizontal ? "yAxis" : "xAxis"]: {
        type: "category",
        data: spec.horizontal ? (spec.categories || []).slice().reverse() : spec.categories || [],
        // Show every label: wrapped under the bars (labelsFitUnder checked they fit), or one
        // per row on the side, very long names wrapped at 160 px. A line's dates may thin out.
        axisLabel: spec.horizontal
          ? { interval: 0, width: 160, overflow: "break" }
          : { interval: 0, width: WRAP_PX, overflow: "break", hideOverlap: type === "line" },
      },
      [spec.horizontal ? "xAxis" : "yAxis"]: { type: "value" },
      series: series.map((s) => ({
        name: s.name,
        type: type,
        data: spec.horizontal ? s.data.slice().reverse() : s.data,
        smooth: type === "line",
        barMaxWidth: 48,
        stack: spec.stacked ? "total" : undefined,
      })),
    });
  }

  function pieOption(spec) {
    const s = (spec.series || [])[0] || { name: "", data: [] };
    const cats = spec.categories || [];
    return Object.assign(baseOption(spec), {
      tooltip: {
        renderMode: "richText",
        trigger: "item",
        formatter: (p) => plain(p.name) + "\n" + num(p.value) + "（" + p.percent + "%）",
      },
      legend: { type: "scroll", bottom: 0 },
      series: [{
        name: s.name,
        type: "pie",
        radius: ["30%", "62%"],
        top: 24,
        bottom: 24,
        data: cats.map((c, i) => ({ name: c, value: s.data[i] })),
      }],
    });
  }

  function mapOption(spec) {
    const data = (spec.data || []).map((d) => ({ name: d.name, value: d.value, adcode: d.adcode }));
    const values = data.map((d) => d.value).filter((v) => typeof v === "number" && isFinite(v));
    const max = values.length ? Math.max.apply(null, values) : 1;
    const min = values.length ? Math.min(0, Math.min.apply(null, values)) : 0;
    return Object.assign(baseOption(spec), {
      tooltip: {
        renderMode: "richText",
        trigger: "item",
        formatter: (p) => plain(p.name) + "\n" + plain(spec.value_label || "数值") + "：" + num(p.value),
      },
      visualMap: {
        type: "continuous",
        min: min,
        max: max > min ? max : min + 1,
        left: 16,
        bottom: 16,
        text: ["高", "低"],
        calculable: true,
        inRange: { color: MAP_COLORS },
      },
      series: [{
        type: "map",
        map: spec.map_name,
        name: spec.title || "",
        selectedMode: false,
        top: 48,
        bottom: 16,
        // A white halo keeps the names readable on both light and dark fills.
        label: { show: true, fontSize: 11, color: "#222", textBorderColor: "#fff", textBorderWidth: 2 },
        emphasis: { label: { show: true, fontWeight: "bold" }, itemStyle: { areaColor: "#fdd49e" } },
        itemStyle: { borderColor: "#fff", borderWidth: 1, areaColor: "#eee" },
        data: data,
      }],
    });
  }

  // Fetch the GeoJSON once per map name; the promise resolves to {region name: adcode}.
  function loadMap(name, url) {
    if (!maps.has(name)) {
      const promise = fetch(url, { credentials: "same-origin" })
        .then((r) => {
          if (!r.ok) throw new Error("HTTP " + r.status + " for " + url);
          return r.json();
        })
        .then((geo) => {
          echarts.registerMap(name, geo);
          const codes = {};
          (geo.features || []).forEach((f) => {
            if (f.properties) codes[f.properties.name] = f.properties.adcode;
          });
          return codes;
        });
      promise.catch(() => maps.delete(name)); // allow a retry on the next render
      maps.set(name, promise);
    }
    return maps.get(name);
  }

  function init(el, option, drillKey) {
    dispose(el);
    if (!el.clientHeight) el.style.height = "360px";
    const chart = echarts.init(el, null, { renderer: "canvas" });
    chart.setOption(option);
    live.add(chart);
    chart.on("click", (params) => {
      const url = safeUrl(drillKey(params));
      if (url) window.location.assign(url);
    });
    return chart;
  }

  function dispose(el) {
    const chart = echarts.getInstanceByDom(el);
    if (chart) {
      live.delete(chart);
      chart.dispose();
    } else if (el.hasAttribute("_echarts_instance_")) {
      // Stale markup restored from htmx's history cache: clear it before drawing again.
      el.removeAttribute("_echarts_instance_");
      el.replaceChildren();
    }
  }

  function render(el) {
    const spec = readSource(el);
    if (!spec) return;
    const drill = spec.drill || {};
    const type = el.dataset.chart;
    if (type === "map") {
      loadMap(spec.map_name, spec.map_url)
        .then((codes) => {
          if (!el.isConnected) return;
          init(el, mapOption(spec), (p) => {
            const code = (p.data && p.data.adcode) || codes[p.name];
            return drill[code] || drill[p.name];
          });
        })
        .catch((e) => console.error("charts.js: cannot load map " + spec.map_name, e));
    } else if (type === "bar" || type === "line" || type === "pie") {
      if (type === "bar" && !spec.horizontal && !labelsFitUnder(el, spec.categories || [])) {
        spec.horizontal = true;
      }
      if (type === "bar" && spec.horizontal) {
        const wanted = sideHeight(spec);
        if (el.clientHeight < wanted) el.style.height = wanted + "px";
      }
      const option = type === "pie" ? pieOption(spec) : cartesianOption(spec, type);
      init(el, option, (p) => drill[p.name] || (p.data && drill[p.data.adcode]));
    } else {
      console.warn("charts.js: unknown data-chart type " + type);
    }
  }

  function renderAll(root) {
    const scope = root && root.isConnected ? root : document;
    if (scope.matches && scope.matches("[data-chart]")) render(scope);
    scope.querySelectorAll("[data-chart]").forEach(render);
  }

  // Dispose instances whose element is no longer in the page.
  function sweep() {
    live.forEach((chart) => {
      if (!chart.getDom().isConnected) {
        live.delete(chart);
        chart.dispose();
      }
    });
  }

  let resizePending = false;
  window.addEventListener("resize", () => {
    if (resizePending) return;
    resizePending = true;
    window.requestAnimationFrame(() => {
      resizePending = false;
      live.forEach((chart) => chart.resize());
    });
  });

  document.addEventListener("htmx:beforeCleanupElement", (evt) => {
    if (evt.target.matches && evt.target.matches("[data-chart]")) dispose(evt.target);
  });
  document.addEventListener("htmx:afterSettle", (evt) => {
    sweep();
    renderAll(evt.target);
  });
  document.addEventListener("htmx:historyRestore", () => {
    sweep();
    renderAll(document);
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", () => renderAll(document));
  } else {
    renderAll(document);
  }

  window.KechuangCharts = { render: renderAll };
})();
