// Search, in the browser, over the index that `guides build` writes to recherche/index/.
// Dependency-free. Index files are scripts that call GuidesSearch.register(name, data), so
// they load over HTTP and from file:// alike. The ranking is the one of `guides search`
// (Sources/GuidesSearch/SearchEngine.swift): keep the two in step.
(function () {
  "use strict";
  var script = document.currentScript;
  var root = (script && script.getAttribute("data-root")) || "";
  var base = root + "recherche/index/";
  var store = {}, waiting = {};

  window.GuidesSearch = {
    register: function (name, data) {
      store[name] = data;
      (waiting[name] || []).forEach(function (resolve) { resolve(data); });
      delete waiting[name];
    }
  };

  function load(name, file) {
    if (store[name]) return Promise.resolve(store[name]);
    return new Promise(function (resolve) {
      if (!waiting[name]) {
        waiting[name] = [];
        var tag = document.createElement("script");
        tag.src = base + file;
        tag.onerror = function () { GuidesSearch.register(name, null); };
        document.head.appendChild(tag);
      }
      waiting[name].push(resolve);
    });
  }

  // Analysis of the query: as the index folded the text (Folding.fold, SearchEngine.words).
  var TITLE_PRECISION_BOOST = 1;
  var STOP = {};  // the index's stop words, once meta.js is read
  var ELISIONS = { l: 1, d: 1, j: 1, m: 1, n: 1, s: 1, t: 1, c: 1, qu: 1, jusqu: 1, lorsqu: 1, puisqu: 1, quoiqu: 1 };
  function fold(text) {
    return text.toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/ß/g, "ss")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
  }
  // The words of the query as typed (SearchEngine.analyse): a simple word, or a compound whose
  // parts and joined form count together as one word; the last may be unfinished.
  function capitals(chunk) {
    return (chunk.match(/\p{L}/gu) || []).length >= 2 && !/\p{Ll}/u.test(chunk);
  }
  function units(query, stop) {
    var all = [];
    var chunks = query.replace(/’/g, "'").match(/[\p{L}\p{N}'.·-]+/gu) || [];
    chunks.forEach(function (chunk, index) {
      var token = fold(chunk);
      var apostrophe = token.lastIndexOf("'");
      if (apostrophe >= 0) {
        token = ELISIONS[token.slice(0, apostrophe)] ? token.slice(apostrophe + 1) : token.replace(/'/g, "");
      }
      var dot = token.search(/[.·]/);
      if (dot >= 0) token = token.slice(0, dot);
      var parts = token.split("-").filter(Boolean);
      if (!parts.length) return;
      // `DU` among lowercase words is an acronym, not the article (as the index reads it).
      var acronym = parts.length === 1 && capitals(chunk) && !(index > 0 && capitals(chunks[index - 1])) &&
        !(index + 1 < chunks.length && capitals(chunks[index + 1]));
      all.push({ parts: parts, joined: parts.length > 1 ? parts.join("") : null, acronym: acronym, isLast: index === chunks.length - 1 });
    });
    var content = [];
    all.forEach(function (unit) {
      var parts = unit.acronym ? unit.parts : unit.parts.filter(function (p) { return !stop[p]; });
      var joined = unit.joined !== null && !stop[unit.joined] ? unit.joined : null;
      if (parts.length || joined !== null) content.push({ parts: parts, joined: joined, isLast: unit.isLast });
    });
    return content.length ? content : all.map(function (u) { return { parts: u.parts, joined: u.joined, isLast: u.isLast }; });
  }
  function unitWords(unit) { return unit.joined !== null ? unit.parts.concat([unit.joined]) : unit.parts; }
  function keyWord(unit) { return unit.joined !== null ? unit.joined : (unit.parts[0] || ""); }

  // Synonyms (SearchSynonyms.variants): the query, then each expression found, from left to
  // right, replaced by the others of its group; a replacement counts SYNONYM_FACTOR as much.
  var SYNONYM_FACTOR = 0.7, MAXIMUM_VARIANTS = 16;
  function synonymGroups(meta) {
    if (!meta.synonymGroups) {
      meta.synonymGroups = (meta.syn || []).map(function (group) {
        return group.map(function (expression) {
          return {
            units: expression.map(function (row) { return { parts: row[0], joined: row[1] ? row[1] : null, isLast: false }; }),
            keys: expression.map(function (row) { return row[2]; })
          };
        });
      });
    }
    return meta.synonymGroups;
  }
  function variants(list, keys, groups) {
    if (!groups.length) return [{ units: list, factor: 1 }];
    var result = [{ units: [], factor: 1 }], index = 0;
    while (index < list.length) {
      var found = null;
      groups.forEach(function (group) {
        group.forEach(function (expression, number) {
          var length = expression.keys.length;
          if (length <= (found ? found.length : 0) || index + length > list.length) return;
          for (var k = 0; k < length; k++) if (keys[index + k] !== expression.keys[k]) return;
          found = { length: length, others: group.filter(function (_, other) { return other !== number; }) };
        });
      });
      if (!found) {
        result.forEach(function (variant) { variant.units = variant.units.concat([list[index]]); });
        index += 1;
        continue;
      }
      var span = list.slice(index, index + found.length), next = [];
      result.forEach(function (variant) {
        next.push({ units: variant.units.concat(span), factor: variant.factor });
        found.others.forEach(function (other) { next.push({ units: variant.units.concat(other.units), factor: variant.factor * SYNONYM_FACTOR }); });
      });
      result = next.slice(0, MAXIMUM_VARIANTS);
      index += found.length;
    }
    return result;
  }
  function shardFor(word, prefixes) {
    var best = null;
    prefixes.forEach(function (p) { if (word.indexOf(p) === 0 && (best === null || p.length > best.length)) best = p; });
    return best;
  }
  function fileFor(prefix) {
    if (/^[a-z0-9]+$/.test(prefix)) return "s-" + prefix + ".js";
    var hex = "";
    new TextEncoder().encode(prefix).forEach(function (b) { hex += (b < 16 ? "0" : "") + b.toString(16); });
    return "s-x" + hex + ".js";
  }
  function editDistance(a, b, limit) {
    a = Array.from(a); b = Array.from(b);
    var previous = [], i, j;
    for (j = 0; j <= b.length; j++) previous.push(j);
    for (i = 1; i <= a.length; i++) {
      var current = [i], rowMinimum = i;
      for (j = 1; j <= b.length; j++) {
        current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        rowMinimum = Math.min(rowMinimum, current[j]);
      }
      if (rowMinimum > limit) return limit + 1;
      previous = current;
    }
    return previous[b.length];
  }
  // A shard's stem `index`, its postings decoded on first use: [doc, weight, title size].
  function stemAt(shard, index) {
    if (!shard.decoded) shard.decoded = [];
    if (!shard.decoded[index]) {
      var row = shard.t[index], postings = [], doc = 0;
      for (var k = 0; k + 1 < row[2].length; k += 2) {
        doc += row[2][k];
        postings.push([doc, Math.floor(row[2][k + 1] / 16), row[2][k + 1] % 16]);
      }
      shard.decoded[index] = { stem: row[0], idf: row[1], postings: postings };
    }
    return shard.decoded[index];
  }

  // Document → the first document of its group (meta.groups: [first, count] runs).
  function groupStarts(meta) {
    if (!meta.groupOf) {
      meta.groupOf = {};
      (meta.groups || []).forEach(function (run) {
        for (var doc = run[0]; doc < run[0] + run[1]; doc++) meta.groupOf[doc] = run[0];
      });
    }
    return meta.groupOf;
  }

  // The stem a word is indexed under when the corpus has that very word (SearchEngine.exactStem).
  function exactStem(word, meta) {
    var home = shardFor(word, meta.shards);
    if (home === null) return Promise.resolve(null);
    return load("s:" + home, fileFor(home)).then(function (shard) {
      if (!shard || !Object.prototype.hasOwnProperty.call(shard.w, word)) return null;
      return shard.t[shard.w[word]][0];
    });
  }

  // The documents a word finds, each with its best weight × idf × factor and its title size
  // (SearchEngine.hits): a word is as rare as what it most likely stands for.
  function hits(found) {
    var best = {};
    if (!found.length) return best;
    var top = Math.max.apply(null, found.map(function (c) { return c.factor; }));
    var idf = Math.min.apply(null, found.filter(function (c) { return c.factor === top; }).map(function (c) { return c.stem.idf; }));
    found.forEach(function (candidate) {
      candidate.stem.postings.forEach(function (p) {
        var score = p[1] * idf / 1000 * candidate.factor;
        if (score > (best[p[0]] ? best[p[0]].score : 0)) best[p[0]] = { score: score, title: p[2] };
      });
    });
    return best;
  }

  // The score of each document that `list` finds (SearchEngine.scores).
  function scores(list, cache) {
    var totals = {}, matched = {}, titled = {}, titleSize = {}, order = [];
    list.forEach(function (unit) {
      var parts = unit.parts.map(function (part) { return cache[(unit.isLast ? "+" : "") + part]; });
      var joined = unit.joined !== null ? cache[(unit.isLast ? "+" : "") + unit.joined] : {};
      var docs = {};
      Object.keys(joined).forEach(function (doc) { docs[doc] = 1; });
      parts.forEach(function (part) { Object.keys(part).forEach(function (doc) { docs[doc] = 1; }); });
      var width = Math.max(1, unit.parts.length);
      Object.keys(docs).forEach(function (doc) {
        var score = 0, found = 0, inTitle = 0, size = 0;
        parts.forEach(function (part) {
          var hit = part[doc];
          if (!hit) return;
          score += hit.score;
          found += 1;
          if (hit.title > 0) { inTitle += 1; size = Math.max(size, hit.title); }
        });
        score = score / width;
        var share = found / width;
        var hit = joined[doc];
        if (hit) {
          score = Math.max(score, hit.score);
          share = 1;
          if (hit.title > 0) { inTitle = width; size = Math.max(size, hit.title); }
        }
        if (!(doc in totals)) { order.push(doc); totals[doc] = 0; matched[doc] = 0; }
        totals[doc] += score;
        matched[doc] += share;
        if (inTitle > 0) {
          titled[doc] = (titled[doc] || 0) + inTitle;
          titleSize[doc] = Math.max(titleSize[doc] || 0, size);
        }
      });
    });
    var result = {};
    order.forEach(function (doc) {
      var coverage = matched[doc] / list.length;
      var inTitle = titled[doc] || 0;
      var precision = inTitle === 0 ? 0 : Math.min(1, inTitle / (titleSize[doc] || 1));
      result[doc] = totals[doc] * coverage * coverage * (1 + TITLE_PRECISION_BOOST * precision);
    });
    return result;
  }

  // The stems a query word leads to, with how well it matched (SearchEngine.candidates).
  function candidates(word, isLast, meta) {
    var home = shardFor(word, meta.shards);
    if (home === null) return Promise.resolve([]);
    var extending = meta.shards.filter(function (p) { return p.indexOf(word) === 0 && p !== home; });
    var names = [home].concat(isLast && word.length >= 3 && extending.length <= 3 ? extending : []);
    return Promise.all(names.map(function (name) { return load("s:" + name, fileFor(name)); })).then(function (shards) {
      var found = {};
      function offer(shard, index, factor) {
        var stem = stemAt(shard, index);
        if (!found[stem.stem] || factor > found[stem.stem].factor) found[stem.stem] = { stem: stem, factor: factor };
      }
      var shard = shards[0];
      if (!shard) return [];
      var completed = false;
      var exact = Object.prototype.hasOwnProperty.call(shard.w, word);
      if (isLast && word.length >= 3 && !exact) {
        shards.forEach(function (other) {
          if (!other) return;
          Object.keys(other.w).forEach(function (surface) {
            if (surface.length > word.length && surface.indexOf(word) === 0) { offer(other, other.w[surface], 0.75); completed = true; }
          });
        });
      }
      if (exact) {
        offer(shard, shard.w[word], 1);
      } else if (!completed) {
        var length = Array.from(word).length;
        var allowed = length >= 9 ? 2 : length >= 5 ? 1 : 0;
        if (allowed > 0) {
          Object.keys(shard.w).forEach(function (surface) {
            if (Math.abs(Array.from(surface).length - length) > allowed) return;
            var distance = editDistance(word, surface, allowed);
            if (distance <= allowed) offer(shard, shard.w[surface], distance === 1 ? 0.6 : 0.45);
          });
        }
      }
      return Object.keys(found).sort(compareStrings).map(function (key) { return found[key]; });
    });
  }
  // Swift orders strings by Unicode scalars; so does this (not localeCompare).
  function compareStrings(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  function search(query, limit) {
    return load("meta", "meta.js").then(function (meta) {
      if (!meta) return { words: [], results: [] };
      var stop = {};
      meta.stop.forEach(function (w) { stop[w] = 1; STOP[w] = 1; });
      var list = units(query, stop);
      if (!list.length) return { words: [], results: [] };
      // Each word's candidates, once per query; the query's own words start loading their
      // shards now, while their keys are looked up (in the same shards) for synonyms.
      var pending = {};
      function want(word, isLast) {
        var name = (isLast ? "+" : "") + word;
        if (!pending[name]) pending[name] = candidates(word, isLast, meta);
        return pending[name];
      }
      list.forEach(function (unit) { unitWords(unit).forEach(function (word) { want(word, unit.isLast); }); });
      // The synonyms the query probably has (a word that begins with an expression's key)
      // load with them, rather than after the keys are known. Only a prefetch.
      synonymGroups(meta).forEach(function (group) {
        var likely = group.some(function (expression) {
          return expression.keys.every(function (key, k) {
            return list.some(function (unit) {
              var word = keyWord(unit);
              return word === key || word === keyWord(expression.units[k]) || key.length >= 3 && word.indexOf(key) === 0;
            });
          });
        });
        if (likely) group.forEach(function (expression) { expression.units.forEach(function (unit) { unitWords(unit).forEach(function (word) { want(word, false); }); }); });
      });
      return Promise.all(list.map(function (unit) { return exactStem(keyWord(unit), meta); })).then(function (stems) {
        var keys = list.map(function (unit, i) { return stems[i] !== null ? stems[i] : keyWord(unit); });
        var all = variants(list, keys, synonymGroups(meta));
        var names = [], seen = {};
        all.forEach(function (variant) {
          variant.units.forEach(function (unit) {
            unitWords(unit).forEach(function (word) {
              var name = (unit.isLast ? "+" : "") + word;
              if (!seen[name]) { seen[name] = 1; names.push({ name: name, word: word, isLast: unit.isLast }); }
            });
          });
        });
        return Promise.all(names.map(function (n) { return want(n.word, n.isLast); })).then(function (found) {
          var cache = {};
          names.forEach(function (n, i) { cache[n.name] = hits(found[i]); });
          var best = {};
          all.forEach(function (variant) {
            var found = scores(variant.units, cache);
            Object.keys(found).forEach(function (doc) {
              var weighted = found[doc] * variant.factor;
              if (weighted > (best[doc] || 0)) best[doc] = weighted;
            });
          });
          var ranked = Object.keys(best).map(function (doc) { return { doc: +doc, score: best[doc] }; })
            .sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
          var highlight = names.map(function (n) { return n.word; });
          // The best of each group only (a term and its definitions), then their rows.
          var top = [], seen = {}, groupOf = groupStarts(meta);
          for (var i = 0; i < ranked.length && top.length < limit; i++) {
            var group = groupOf[ranked[i].doc];
            if (group !== undefined) {
              if (seen[group]) continue;
              seen[group] = 1;
            }
            top.push(ranked[i]);
          }
          var chunks = {};
          top.forEach(function (r) { chunks[Math.floor(r.doc / meta.chunk)] = 1; });
          return Promise.all(Object.keys(chunks).map(function (c) { return load("d:" + c, "d-" + c + ".js"); })).then(function () {
            var results = [];
            top.forEach(function (r) {
              var rows = store["d:" + Math.floor(r.doc / meta.chunk)];
              var row = rows && rows[r.doc % meta.chunk];
              if (!row) return;
              results.push({
                kind: meta.kinds[row[0]], title: row[1], url: row[2], guide: row[3] >= 0 ? meta.guides[row[3]][0] : null,
                guideTitle: row[3] >= 0 ? meta.guides[row[3]][1] : "", snippet: row[4], score: Math.round(r.score * 1000) / 1000
              });
            });
            return { words: highlight, results: results };
          });
        });
      });
    });
  }
  window.GuidesSearch.search = search;

  // Display: DOM nodes only, never innerHTML with indexed text.
  function highlighted(text, list) {
    var fragment = document.createDocumentFragment();
    var pattern = /[\p{L}\p{N}]+/gu, last = 0, match;
    while ((match = pattern.exec(text))) {
      var word = fold(match[0]);
      // A stop word found as an acronym (`DU`) marks the acronym, not the article.
      var hit = list.some(function (w) {
        return w.length >= 2 && word.indexOf(w) === 0 && (!STOP[w] || word === w && capitals(match[0]));
      });
      if (!hit) continue;
      fragment.appendChild(document.createTextNode(text.slice(last, match.index)));
      var mark = document.createElement("mark");
      mark.textContent = match[0];
      fragment.appendChild(mark);
      last = match.index + match[0].length;
    }
    fragment.appendChild(document.createTextNode(text.slice(last)));
    return fragment;
  }
  function resultItem(result, list, id) {
    var item = document.createElement("li");
    item.className = "search-result";
    item.id = id;
    item.setAttribute("data-kind", result.kind);
    if (result.guide) item.setAttribute("data-guide", result.guide);
    var link = document.createElement("a");
    link.href = root + result.url.replace(/(^|\/)(#|$)/, "$1index.html$2");
    var kind = document.createElement("span");
    kind.className = "badge";
    kind.textContent = result.kind;
    var title = document.createElement("span");
    title.className = "search-result__title";
    title.appendChild(highlighted(result.title, list));
    link.appendChild(kind);
    link.appendChild(document.createTextNode(" "));
    link.appendChild(title);
    item.appendChild(link);
    if (result.guideTitle) {
      var guide = document.createElement("span");
      guide.className = "search-result__guide";
      guide.textContent = result.guideTitle;
      item.appendChild(guide);
    }
    if (result.snippet) {
      var snippet = document.createElement("p");
      snippet.className = "search-result__snippet";
      snippet.appendChild(highlighted(result.snippet, list));
      item.appendChild(snippet);
    }
    return item;
  }

  // A search box with a list of results as you type, ↑ ↓ to move, Enter to open.
  function attach(form, options) {
    var input = form.querySelector("input[type=search]");
    var list = document.getElementById(input.getAttribute("aria-controls"));
    var status = form.parentNode.querySelector("[data-search-status]");
    if (!input || !list) return;
    var generation = 0;
    function links() { return Array.prototype.slice.call(list.querySelectorAll(".search-result:not([hidden]) a")); }
    function render(query, answer) {
      list.textContent = "";
      answer.results.forEach(function (result, i) { list.appendChild(resultItem(result, answer.words, list.id + "-" + i)); });
      list.hidden = !query;
      if (options.onResults) options.onResults(query, answer);
      if (status) status.textContent = query ? (answer.results.length ? answer.results.length + " résultat" + (answer.results.length > 1 ? "s" : "") : "Aucun résultat") : "";
    }
    function update() {
      var query = input.value.trim(), mine = ++generation;
      if (!query) { render("", { words: [], results: [] }); return; }
      search(query, options.limit).then(function (answer) { if (mine === generation) render(query, answer); });
    }
    input.addEventListener("input", update);
    // The index's directory is read as soon as a reader is in the box, before the first key.
    input.addEventListener("focus", function () { load("meta", "meta.js"); });
    // ↓ from the box goes to the first result; ↑ ↓ move between results; Échap returns.
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && links().length) { event.preventDefault(); links()[0].focus(); }
      else if (event.key === "Escape") { input.value = ""; update(); }
    });
    list.addEventListener("keydown", function (event) {
      var all = links(), index = all.indexOf(document.activeElement);
      if (index < 0) return;
      if (event.key === "ArrowDown") { event.preventDefault(); all[Math.min(all.length - 1, index + 1)].focus(); }
      else if (event.key === "ArrowUp") { event.preventDefault(); if (index === 0) input.focus(); else all[index - 1].focus(); }
      else if (event.key === "Escape") { event.preventDefault(); input.focus(); }
    });
    list.addEventListener("mousedown", function (event) { event.preventDefault(); });
    if (!options.page) {
      // The header's results close when focus leaves the box and its results.
      form.addEventListener("focusout", function (event) {
        if (!form.contains(event.relatedTarget)) list.hidden = true;
      });
      input.addEventListener("focus", function () { if (input.value.trim() && list.children.length) list.hidden = false; });
    }
    if (options.onReady) options.onReady(input, update);
    return { update: update };
  }
  window.GuidesSearch.attach = attach;

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.key === "/" && !/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) && !target.isContentEditable) {
      var box = document.querySelector("[data-search-page] input[type=search]") || document.querySelector(".site-search input[type=search]");
      if (box) { event.preventDefault(); box.focus(); }
    }
  });

  // The search page: filter chips by kind and by guide, built from the results shown.
  window.GuidesSearchFilters = function (answer) {
    var box = document.querySelector("[data-search-filters]");
    var list = document.querySelector("[data-search-page] ~ [data-search-results], #resultats");
    if (!box || !list) return;
    box.textContent = "";
    var chosen = { kind: null, guide: null };
    function apply() {
      list.querySelectorAll(".search-result").forEach(function (item) {
        item.hidden = (chosen.kind && item.getAttribute("data-kind") !== chosen.kind) ||
          (chosen.guide && item.getAttribute("data-guide") !== chosen.guide);
      });
      box.querySelectorAll("button").forEach(function (button) {
        button.setAttribute("aria-pressed", chosen[button.getAttribute("data-facet")] === button.getAttribute("data-value") ? "true" : "false");
      });
    }
    [["kind", "Type", function (r) { return r.kind; }, function (r) { return r.kind; }],
     ["guide", "Guide", function (r) { return r.guide; }, function (r) { return r.guideTitle; }]].forEach(function (facet) {
      var counts = {}, labels = {};
      answer.results.forEach(function (r) { var v = facet[2](r); if (v) { counts[v] = (counts[v] || 0) + 1; labels[v] = facet[3](r); } });
      var values = Object.keys(counts);
      if (values.length < 2) return;
      var group = document.createElement("div");
      group.className = "filter-group";
      var title = document.createElement("p");
      title.className = "filter-group__title";
      title.textContent = facet[1];
      group.appendChild(title);
      var chips = document.createElement("div");
      chips.className = "chip-list";
      values.forEach(function (value) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "chip";
        button.setAttribute("data-facet", facet[0]);
        button.setAttribute("data-value", value);
        button.setAttribute("aria-pressed", "false");
        button.textContent = labels[value] + " ";
        var count = document.createElement("span");
        count.className = "chip__count";
        count.textContent = counts[value];
        button.appendChild(count);
        button.addEventListener("click", function () {
          chosen[facet[0]] = chosen[facet[0]] === value ? null : value;
          apply();
        });
        chips.appendChild(button);
      });
      group.appendChild(chips);
      box.appendChild(group);
    });
  };

  // The index's directory (1–2 KB) is read once the page is idle, so the first query only
  // waits for its shards; the box's focus asks for it too, in case.
  if (document.querySelector("form[data-search]")) {
    (window.requestIdleCallback || function (callback) { setTimeout(callback, 200); })(function () { load("meta", "meta.js"); });
  }

  document.querySelectorAll("form[data-search]").forEach(function (form) {
    var page = form.hasAttribute("data-search-page");
    attach(form, {
      page: page,
      limit: page ? 50 : 8,
      onReady: function (input, update) {
        if (!page) return;
        var query = new URLSearchParams(window.location.search).get("q");
        if (query) { input.value = query; update(); }
      },
      onResults: page ? function (query, answer) {
        var url = new URL(window.location.href);
        if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
        history.replaceState(null, "", url);
        window.GuidesSearchFilters(answer);
      } : null
    });
  });
})();
