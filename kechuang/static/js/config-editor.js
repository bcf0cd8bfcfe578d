/*
 * Programme configuration editor: tables and forms over the configuration's JSON parts, so an
 * officer never has to write JSON. Progressive enhancement of the type's configuration page:
 *
 *   <div id="config-editor" data-options-source="config-options" hidden></div>
 *   <textarea name="form">…</textarea> … one per part, with data-config-part="form" etc.
 *   {{ options|json_script:"config-options" }}
 *
 * Each part's textarea stays the form field the server reads; the editor edits the parsed value
 * in place and writes it back as JSON on every change. Keys the editor does not know are kept
 * untouched, so configurations written by hand (or by newer code) survive an edit here. The
 * textareas move to a "JSON" tab for people who prefer them; editing there re-draws the tables.
 * The server validates the result either way and names what is wrong.
 *
 * CSP-safe: DOM built with createElement/textContent only, no inline script or style.
 */
(function () {
  "use strict";

  // --- small DOM helpers ----------------------------------------------------------------------

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v === undefined || v === null || v === false) return;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else node.setAttribute(k, v === true ? "" : v);
    });
    (children || []).forEach((c) => c && node.appendChild(c));
    return node;
  }

  let uid = 0;
  function nextId(prefix) {
    uid += 1;
    return `${prefix}-${uid}`;
  }

  function button(label, icon, cls, onClick, title) {
    const b = el("button", { type: "button", class: `btn btn-sm ${cls}`, title: title || label });
    if (icon) b.appendChild(el("i", { class: `bi bi-${icon}` }));
    if (label) b.appendChild(document.createTextNode(icon ? ` ${label}` : label));
    b.addEventListener("click", (event) => {
      event.preventDefault(); // inside a <summary> a click would also fold the card
      onClick(event);
    });
    return b;
  }

  // --- schema ---------------------------------------------------------------------------------
  // A leaf: {key, label, kind: text|number|bool|select|checks|lines|csv, options, default, width}
  // A list of objects: {kind: "rows" (a table) or "cards", key, label, item: [leaves], …}

  function schemas(o) {
    const fieldRows = {
      kind: "rows",
      key: "fields",
      label: "字段",
      addLabel: "添加字段",
      blank: () => ({ name: "", label: "", type: "text" }),
      item: [
        { key: "label", label: "字段名称", kind: "text", keep: true, width: "w-name" },
        { key: "name", label: "编码", kind: "text", keep: true, width: "w-code" },
        { key: "type", label: "类型", kind: "select", options: o.field_types, keep: true, width: "w-type" },
        { key: "required", label: "必填", kind: "bool" },
        { key: "max_length", label: "字数上限", kind: "number" },
        { key: "min", label: "最小值", kind: "number" },
        { key: "max", label: "最大值", kind: "number" },
        { key: "choices", label: "选项（用、分隔）", kind: "csv", width: "w-name" },
        { key: "identifying", label: "可识别申报人", kind: "bool" },
      ],
    };
    const formSchema = {
      kind: "cards",
      key: "sections",
      label: "分节",
      addLabel: "添加分节",
      blank: () => ({ title: "", fields: [] }),
      title: (s, i) => s.title || `第 ${i + 1} 节`,
      item: [{ key: "title", label: "分节标题", kind: "text", keep: true }, fieldRows],
    };
    const stageCodes = () => [{ value: "", label: "（下一环节）" }].concat(o.stage_codes());
    const actionRows = {
      kind: "rows",
      key: "actions",
      label: "可办理的操作",
      addLabel: "添加操作",
      blank: () => ({ code: "", label: "", kind: "forward" }),
      item: [
        { key: "label", label: "操作名称", kind: "text", keep: true, width: "w-name" },
        { key: "code", label: "编码", kind: "text", keep: true, width: "w-code" },
        { key: "kind", label: "结果", kind: "select", options: o.action_kinds, keep: true, width: "w-type" },
        { key: "to", label: "转到环节", kind: "select", options: stageCodes, width: "w-type" },
        { key: "needs_reason", label: "须填理由", kind: "bool" },
        { key: "needs_amount", label: "须填金额", kind: "bool" },
        { key: "check_blacklist", label: "核查黑名单", kind: "bool" },
        { key: "after_publicity", label: "公示期满后", kind: "bool" },
      ],
    };
    return {
      form: { kind: "object", item: [formSchema] },
      attachments: {
        kind: "rows",
        addLabel: "添加附件要求",
        blank: () => ({ code: "", label: "", kinds: ["pdf"], required: true }),
        item: [
          { key: "label", label: "附件名称", kind: "text", keep: true, width: "w-name" },
          { key: "code", label: "编码", kind: "text", keep: true, width: "w-code" },
          { key: "kinds", label: "允许格式", kind: "checks", options: o.file_kinds },
          { key: "max_mb", label: "大小上限（MB）", kind: "number" },
          { key: "max_count", label: "数量上限", kind: "number" },
          { key: "required", label: "必交", kind: "bool" },
        ],
      },
      stages: {
        kind: "cards",
        addLabel: "添加环节",
        blank: () => ({ code: "", name: "", actor: "province", actions: [] }),
        title: (s, i) => `${i + 1}. ${s.name || s.code || "新环节"}`,
        collapsible: true,
        summary: (s) => {
          const actor = (o.stage_actors.find((a) => a.value === s.actor) || {}).label || s.actor || "";
          const days = s.due_working_days ? ` · ${s.due_working_days} 个工作日` : "";
          const acts = (s.actions || []).map((a) => a.label || a.code).filter(Boolean).join("、");
          return `${actor}${days}${acts ? ` · ${acts}` : ""}${s.review ? " · 专家评审" : ""}${s.form ? " · 有填报表" : ""}`;
        },
        item: [
          { key: "name", label: "环节名称", kind: "text", keep: true },
          { key: "code", label: "编码", kind: "text", keep: true },
          { key: "actor", label: "办理人", kind: "select", options: o.stage_actors, keep: true },
          { key: "due_working_days", label: "办理时限（工作日）", kind: "number" },
          { key: "publicity_days", label: "公示天数", kind: "number" },
          { key: "quota", label: "受推荐名额限制", kind: "bool" },
          { key: "review", label: "专家评审环节", kind: "bool" },
          { key: "public", label: "结果公开", kind: "bool" },
          { key: "withdrawable", label: "申报单位可撤回", kind: "bool", default: true },
          { key: "checklist", label: "形式审查清单（每行一项）", kind: "lines" },
          actionRows,
          { kind: "nested-form", key: "form", label: "本环节填报表（如中期报告、验收材料）", schema: formSchema },
        ],
      },
      eligibility: {
        kind: "object",
        item: [
          { key: "kinds", label: "可申报的单位类型（不选即不限）", kind: "checks", options: o.org_kinds },
          { key: "sizes", label: "企业规模（不选即不限）", kind: "checks", options: o.sizes },
          { key: "regions", label: "申报地区（不选即全省）", kind: "checks", options: o.cities },
          { key: "qualification", label: "须持有的有效资质", kind: "select", options: [{ value: "", label: "（不要求）" }].concat(o.qualifications) },
        ],
      },
      quotas: { kind: "map", label: "推荐名额（留空即不限）", options: o.cities },
      scoring: {
        kind: "object",
        item: [
          {
            kind: "rows",
            key: "items",
            label: "评分项",
            addLabel: "添加评分项",
            blank: () => ({ code: "", label: "", max: 10 }),
            item: [
              { key: "label", label: "评分项", kind: "text", keep: true, width: "w-name" },
              { key: "code", label: "编码", kind: "text", keep: true, width: "w-code" },
              { key: "max", label: "满分", kind: "number", keep: true },
            ],
            footer: (items) => `合计满分 ${items.reduce((t, i) => t + (Number(i.max) || 0), 0)}`,
          },
          { key: "blind", label: "盲评（专家看不到申报单位和人员）", kind: "bool" },
          { key: "due_working_days", label: "评审时限（工作日，默认 10）", kind: "number" },
          {
            kind: "group",
            key: "aggregation",
            label: "评分汇总规则",
            item: [
              { key: "trim_min_count", label: "评分不少于几份时去掉最高最低分（默认 5）", kind: "number" },
              { key: "trim_drop", label: "去掉最高、最低分各几个（默认 1）", kind: "number" },
              { key: "normalise", label: "按专家打分尺度标准化", kind: "bool" },
              { key: "disagreement_measure", label: "分歧度量", kind: "select", options: [
                { value: "", label: "（默认：极差）" },
                { value: "range", label: "极差" },
                { value: "std", label: "标准差" },
              ] },
              { key: "disagreement_threshold", label: "分歧提示阈值（分，默认满分的 20%）", kind: "number" },
            ],
          },
        ],
      },
    };
  }

  // --- leaves ---------------------------------------------------------------------------------

  function optionsOf(leaf) {
    return typeof leaf.options === "function" ? leaf.options() : leaf.options || [];
  }

  function setValue(obj, leaf, value) {
    const empty = value === "" || value === null || (Array.isArray(value) && value.length === 0);
    if (empty && !leaf.keep) delete obj[leaf.key];
    else obj[leaf.key] = value;
  }

  function leafInput(obj, leaf, changed, labelled) {
    const id = nextId("cfg");
    const current = obj[leaf.key];
    let input;
    if (leaf.kind === "bool") {
      input = el("input", { type: "checkbox", class: "form-check-input", id });
      input.checked = current === undefined ? Boolean(leaf.default) : Boolean(current);
      input.addEventListener("change", () => {
        if (input.checked === Boolean(leaf.default)) delete obj[leaf.key];
        else obj[leaf.key] = input.checked;
        changed();
      });
    } else if (leaf.kind === "select") {
      input = el("select", { class: "form-select form-select-sm", id });
      const fill = () => {
        const value = obj[leaf.key];
        const opts = optionsOf(leaf).slice();
        if (value !== undefined && value !== "" && !opts.some((op) => String(op.value) === String(value))) {
          opts.push({ value, label: `${value}（未知）` });
        }
        input.replaceChildren(
          ...opts.map((op) => {
            const option = el("option", { value: op.value, text: op.label });
            option.selected = String(op.value) === String(value ?? "");
            return option;
          })
        );
      };
      fill();
      // Choices that depend on other parts of the page (the stage codes) are refreshed on use.
      if (typeof leaf.options === "function") input.addEventListener("focus", fill);
      input.addEventListener("change", () => {
        setValue(obj, leaf, input.value);
        changed();
      });
    } else if (leaf.kind === "checks") {
      input = el("div", { class: "d-flex flex-wrap gap-2", id, role: "group" });
      const chosen = new Set((current || []).map(String));
      optionsOf(leaf).forEach((op) => {
        const cid = nextId("chk");
        const box = el("input", { type: "checkbox", class: "form-check-input", id: cid, value: op.value });
        box.checked = chosen.has(String(op.value));
        box.addEventListener("change", () => {
          const values = Array.from(input.querySelectorAll("input:checked")).map((b) => b.value);
          setValue(obj, leaf, values);
          changed();
        });
        input.appendChild(
          el("div", { class: "form-check form-check-inline me-0" }, [
            box,
            el("label", { class: "form-check-label small", for: cid, text: op.label }),
          ])
        );
      });
    } else if (leaf.kind === "lines") {
      input = el("textarea", { class: "form-control form-control-sm", rows: "3", id });
      input.value = (current || []).join("\n");
      input.addEventListener("input", () => {
        const values = input.value.split("\n").map((s) => s.trim()).filter(Boolean);
        setValue(obj, leaf, values);
        changed();
      });
    } else {
      input = el("input", {
        type: leaf.kind === "number" ? "number" : "text",
        class: "form-control form-control-sm",
        id,
        step: leaf.kind === "number" ? "any" : undefined,
      });
      if (leaf.kind === "csv") input.value = (current || []).join("、");
      else input.value = current === undefined || current === null ? "" : String(current);
      input.addEventListener("input", () => {
        let value = input.value.trim();
        if (leaf.kind === "number") value = value === "" ? "" : Number(value);
        if (leaf.kind === "csv") {
          value = input.value.split(/[、,，;；\n]/).map((s) => s.trim()).filter(Boolean);
        }
        setValue(obj, leaf, value);
        changed();
      });
    }
    if (labelled === false) {
      input.setAttribute("aria-label", leaf.label);
      return input;
    }
    const label = el("label", { class: "form-label small mb-1", for: id, text: leaf.label });
    if (leaf.kind === "bool") {
      return el("div", { class: "form-check" }, [input, el("label", { class: "form-check-label small", for: id, text: leaf.label })]);
    }
    return el("div", {}, [label, input]);
  }

  // --- containers -----------------------------------------------------------------------------

  function moveControls(list, index, redraw) {
    return el("div", { class: "btn-group btn-group-sm" }, [
      button("", "arrow-up", "btn-outline-secondary", () => {
        if (index > 0) [list[index - 1], list[index]] = [list[index], list[index - 1]];
        redraw();
      }, "上移"),
      button("", "arrow-down", "btn-outline-secondary", () => {
        if (index < list.length - 1) [list[index + 1], list[index]] = [list[index], list[index + 1]];
        redraw();
      }, "下移"),
      button("", "trash", "btn-outline-danger", () => {
        list.splice(index, 1);
        redraw();
      }, "删除"),
    ]);
  }

  function renderRows(list, schema, changed, redraw) {
    const wrap = el("div", { class: "mb-3", "data-config-list": schema.key || "rows" });
    if (schema.label) wrap.appendChild(el("div", { class: "fw-semibold small mb-1", text: schema.label }));
    const table = el("table", { class: "table table-sm align-middle kc-config-table mb-1" });
    const head = el("tr", {}, schema.item.map((leaf) => el("th", { class: `small ${leaf.width || ""}`, text: leaf.label })));
    head.appendChild(el("th", { class: "small text-end", text: "" }));
    table.appendChild(el("thead", {}, [head]));
    const body = el("tbody");
    const sum = el("span", { class: "small text-muted" });
    const rowChanged = () => {
      if (schema.footer) sum.textContent = schema.footer(list);
      changed();
    };
    list.forEach((row, index) => {
      const tr = el("tr", { "data-config-row": String(index) });
      schema.item.forEach((leaf) => tr.appendChild(el("td", {}, [leafInput(row, leaf, rowChanged, false)])));
      tr.appendChild(el("td", { class: "text-end text-nowrap" }, [moveControls(list, index, redraw)]));
      body.appendChild(tr);
    });
    table.appendChild(body);
    wrap.appendChild(el("div", { class: "table-responsive" }, [table]));
    const foot = el("div", { class: "d-flex align-items-center gap-3" }, [
      button(schema.addLabel, "plus-lg", "btn-outline-primary", () => {
        list.push(schema.blank());
        redraw();
      }),
    ]);
    if (schema.footer) {
      sum.textContent = schema.footer(list);
      foot.appendChild(sum);
    }
    wrap.appendChild(foot);
    return wrap;
  }

  const opened = new WeakMap(); // list -> Set of open card indices, kept across re-draws

  function renderCards(list, schema, changed, redraw) {
    const wrap = el("div", { class: "mb-3" });
    if (!opened.has(list)) opened.set(list, new Set());
    const open = opened.get(list);
    list.forEach((item, index) => {
      const title = el("span", { class: "fw-semibold", text: schema.title(item, index) });
      const summary = el("span", { class: "small text-muted me-auto text-truncate" });
      const describe = () => {
        title.textContent = schema.title(item, index);
        if (schema.summary) summary.textContent = schema.summary(item);
      };
      describe();
      const header = el("div", { class: "card-header d-flex align-items-center gap-2 py-1" }, [
        schema.collapsible ? el("i", { class: "bi bi-chevron-right kc-chevron" }) : null,
        title,
        summary,
        moveControls(list, index, redraw),
      ]);
      const cardChanged = () => {
        describe();
        changed();
      };
      const body = el("div", { class: "card-body py-2" }, [renderObject(item, schema.item, cardChanged, redraw)]);
      if (!schema.collapsible) {
        wrap.appendChild(el("div", { class: "card mb-2", "data-config-card": String(index) }, [header, body]));
        return;
      }
      // A long list (the stages) folds: the header says what the card holds; <details> needs no script.
      const card = el("details", { class: "card mb-2 kc-fold", "data-config-card": String(index) }, [
        el("summary", { class: "list-unstyled" }, [header]),
        body,
      ]);
      card.open = open.has(index);
      card.addEventListener("toggle", () => (card.open ? open.add(index) : open.delete(index)));
      wrap.appendChild(card);
    });
    wrap.appendChild(
      button(schema.addLabel, "plus-lg", "btn-outline-primary", () => {
        list.push(schema.blank());
        open.add(list.length - 1);
        redraw();
      })
    );
    return wrap;
  }

  function renderMap(obj, schema, changed) {
    const wrap = el("div", { class: "row g-2" });
    wrap.appendChild(el("p", { class: "small text-muted col-12 mb-1", text: schema.label }));
    schema.options.forEach((op) => {
      const leaf = { key: op.value, label: op.label, kind: "number" };
      wrap.appendChild(el("div", { class: "col-6 col-md-3 col-xl-2" }, [leafInput(obj, leaf, changed)]));
    });
    return wrap;
  }

  function renderObject(obj, items, changed, redraw) {
    const leaves = el("div", { class: "row g-2 mb-2" });
    const blocks = el("div");
    items.forEach((leaf) => {
      if (leaf.kind === "rows" || leaf.kind === "cards") {
        if (!Array.isArray(obj[leaf.key])) obj[leaf.key] = [];
        const render = leaf.kind === "rows" ? renderRows : renderCards;
        blocks.appendChild(render(obj[leaf.key], leaf, changed, redraw));
      } else if (leaf.kind === "group") {
        if (!obj[leaf.key] || typeof obj[leaf.key] !== "object") obj[leaf.key] = {};
        blocks.appendChild(el("div", { class: "mb-2" }, [
          el("div", { class: "fw-semibold small mb-1", text: leaf.label }),
          renderObject(obj[leaf.key], leaf.item, changed, redraw),
        ]));
      } else if (leaf.kind === "nested-form") {
        const has = obj[leaf.key] && typeof obj[leaf.key] === "object";
        const box = el("div", { class: "form-check mb-2" });
        const cid = nextId("nf");
        const toggle = el("input", { type: "checkbox", class: "form-check-input", id: cid });
        toggle.checked = Boolean(has);
        toggle.addEventListener("change", () => {
          if (toggle.checked) obj[leaf.key] = { sections: [] };
          else delete obj[leaf.key];
          redraw();
        });
        box.appendChild(toggle);
        box.appendChild(el("label", { class: "form-check-label small", for: cid, text: leaf.label }));
        blocks.appendChild(box);
        if (has) {
          if (!Array.isArray(obj[leaf.key].sections)) obj[leaf.key].sections = [];
          blocks.appendChild(el("div", { class: "ms-3 ps-3 border-start" }, [
            renderCards(obj[leaf.key].sections, leaf.schema, changed, redraw),
          ]));
        }
      } else {
        const wide = leaf.kind === "checks" || leaf.kind === "lines";
        leaves.appendChild(el("div", { class: wide ? "col-12" : "col-sm-6 col-lg-3" }, [leafInput(obj, leaf, changed)]));
      }
    });
    return el("div", {}, [leaves, blocks]);
  }

  // --- the page -------------------------------------------------------------------------------

  const TAB_LABELS = {
    form: "申报表",
    attachments: "附件要求",
    stages: "办理环节",
    eligibility: "申报条件",
    quotas: "推荐名额",
    scoring: "评分表",
  };

  function init(root) {
    const source = document.getElementById(root.dataset.optionsSource);
    const options = source ? JSON.parse(source.textContent) : {};
    const areas = Array.from(document.querySelectorAll("textarea[data-config-part]"));
    const values = {};
    const panes = {};
    options.stage_codes = () =>
      (Array.isArray(values.stages) ? values.stages : [])
        .filter((s) => s && s.code)
        .map((s) => ({ value: s.code, label: `${s.name || s.code}（${s.code}）` }));
    const schema = schemas(options);

    const nav = el("ul", { class: "nav nav-tabs", role: "tablist" });
    const content = el("div", { class: "tab-content border border-top-0 rounded-bottom bg-white p-3" });

    function addTab(key, label, pane, active) {
      const tabId = nextId("tab");
      const link = el("button", {
        class: `nav-link${active ? " active" : ""}`,
        type: "button",
        role: "tab",
        "data-bs-toggle": "tab",
        "data-bs-target": `#${tabId}`,
        "data-config-tab": key,
        "aria-selected": active ? "true" : "false",
        text: label,
      });
      nav.appendChild(el("li", { class: "nav-item", role: "presentation" }, [link]));
      content.appendChild(el("div", { class: `tab-pane fade${active ? " show active" : ""}`, id: tabId, role: "tabpanel" }, [pane]));
    }

    function draw(part) {
      const area = areas.find((a) => a.dataset.configPart === part);
      const pane = panes[part];
      pane.replaceChildren();
      let value;
      try {
        value = JSON.parse(area.value || "null");
      } catch (e) {
        pane.appendChild(el("div", { class: "alert alert-warning", text: "该部分的 JSON 有语法错误，请在“JSON”页中改正后再用表格编辑。" }));
        return;
      }
      const s = schema[part];
      if (s.kind === "rows" || s.kind === "cards") {
        if (!Array.isArray(value)) value = [];
      } else if (!value || typeof value !== "object" || Array.isArray(value)) {
        value = {};
      }
      values[part] = value;
      const changed = () => {
        area.value = JSON.stringify(values[part], null, 2);
      };
      const redraw = () => {
        changed();
        draw(part);
      };
      let body;
      if (s.kind === "rows") body = renderRows(value, s, changed, redraw);
      else if (s.kind === "cards") body = renderCards(value, s, changed, redraw);
      else if (s.kind === "map") body = renderMap(value, s, changed);
      else body = renderObject(value, s.item, changed, redraw);
      pane.appendChild(body);
    }

    areas.forEach((area, i) => {
      const part = area.dataset.configPart;
      if (!schema[part]) return;
      panes[part] = el("div", { "data-config-pane": part });
      addTab(part, TAB_LABELS[part] || part, panes[part], i === 0);
      draw(part);
      area.addEventListener("change", () => draw(part));
    });
    const json = document.getElementById("config-json");
    if (json) {
      json.classList.remove("row");
      addTab("json", "JSON（高级）", json, false);
    }
    root.appendChild(nav);
    root.appendChild(content);
    root.hidden = false;
  }

  function start() {
    document.querySelectorAll("#config-editor").forEach(init);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
