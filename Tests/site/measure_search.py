#!/usr/bin/env python3
# Measures the site's search (recherche/index/ + assets/search.js) in headless Chromium, and
# compares it with Pagefind on the same built site. A measurement tool, not a test: it is not
# run by `make test` (it takes a few minutes).
#
#   python3 Tests/site/measure_search.py [SITE] [--guides BIN] [--scale 50] [--no-pagefind] [--json]
#
# SITE is a built site (default: public/); BIN the `guides` binary (default: .build/release/guides),
# used for `guides search` and to build the larger corpus. For each site measured:
# 1. Bytes of the first query: a fresh home page over HTTP (browser cache disabled), one call of
#    GuidesSearch.search(q, 10); the resources the page loaded (Performance API) under
#    assets/search.js and recherche/index/ are summed as gzip -9 of the files on disk. Reported
#    for a few typical queries and the maximum over all queries.
# 2. Query time: GuidesSearch.search(q, 10) timed with performance.now() for the relevance set
#    (Tests/GuidesSearchTests/Fixtures/relevance.json): cold (a fresh page per query, so every
#    file it needs is fetched) and warm (one page, each query run once, then --repeats times);
#    for our engine, cold also from file:// (the site opened from disk, offline: no server).
# 3. Relevance: "first" (the best result is in `expected`) and "top 3" (one of the first three
#    is), from the browser's results, which must equal `guides search --json --limit 10`.
# 4. The corpus --scale times larger: /tmp/big-content holds content/site.yml, content/sources/,
#    each guide and scale-1 copies of it (<slug>-copie-01.md …, titles suffixed « (copie 01) »,
#    new `order:`), built into /tmp/big-site (timed); the same measures are taken on it.
# 5. Pagefind (python3 -m pip install pagefind-bin; run as `python3 -m pagefind_bin`) on a copy
#    of each site (/tmp/pagefind-small, /tmp/pagefind-big), with default settings (it indexes the
#    <body> of every page): same measures through its JS API (import /pagefind/pagefind.js,
#    search(q), data() of the first 10 results). Its best result is its first result's first
#    sub-result (page#anchor, or the page itself); its top 3 is the first three sub-results of its
#    results in order. Its files are already gzip-compressed on disk; they are counted like ours
#    (gzip -9 of the file), which adds a few bytes each.
# The bar: under 300 KB (gzip) loaded for one query, a median under 50 ms per query.

import argparse
import gzip
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

sys.dont_write_bytecode = True  # no __pycache__ in Tests/site for the modules below
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_a11y import serve, start_browser  # noqa: E402
from check_links import REPO, read_base_url  # noqa: E402

TYPICAL = ["retablissement", "fiche de poste", "comment recruter un travailleur pair", "MSP"]
RELEVANCE = os.path.join(REPO, "Tests", "GuidesSearchTests", "Fixtures", "relevance.json")
LIMIT = 10
BAR_BYTES = 300 * 1024
BAR_MS = 50.0

# Every resource the page loaded: [URL, start, end] in ms from the query's start.
RESOURCES = """
function resources(start) {
  return performance.getEntriesByType('resource').map(function (e) { return [e.name, e.startTime - start, e.responseEnd - start]; });
}
"""

GUIDES_QUERY = RESOURCES + """
const query = arguments[0], limit = arguments[1], done = arguments[arguments.length - 1];
performance.setResourceTimingBufferSize(100000);
const start = performance.now();
GuidesSearch.search(query, limit).then(function (answer) {
  const ms = performance.now() - start;
  const results = Array.isArray(answer) ? answer : answer.results;
  done({ms: ms, urls: results.map(function (r) { return r.url; }), resources: resources(start)});
}).catch(function (error) { done({error: String(error)}); });
"""

# The module is imported before the clock starts (as search.js is on the page before a query);
# search() loads the WebAssembly and the index itself on the first query. Pagefind runs on the
# main thread (noWorker), as ours does, so that the page's Performance API sees its fetches (in
# its default mode a web worker fetches them, and pagefind-worker.js is loaded too).
PAGEFIND_QUERY = RESOURCES + """
const query = arguments[0], limit = arguments[1], module = arguments[2], done = arguments[arguments.length - 1];
(async function () {
  performance.setResourceTimingBufferSize(100000);
  if (!window.__pagefind) {
    window.__pagefind = await import(module);
    await window.__pagefind.options({noWorker: true});
  }
  const pagefind = window.__pagefind;
  const start = performance.now();
  const found = await pagefind.search(query);
  const searched = performance.now() - start;
  const data = await Promise.all(found.results.slice(0, limit).map(function (r) { return r.data(); }));
  const ms = performance.now() - start;
  done({ms: ms, search_ms: searched, pages: data.map(function (d) { return {url: d.url, subs: (d.sub_results || []).map(function (s) { return [s.url, (s.locations || []).length]; })}; }),
        resources: resources(start)});
})().catch(function (error) { done({error: String(error)}); });
"""


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


class Timer:
    """Wall-clock durations of the steps, for the report."""

    def __init__(self):
        self.steps = []

    def run(self, label, function, *arguments):
        log(f"measure_search: {label}…")
        start = time.monotonic()
        result = function(*arguments)
        self.steps.append((label, time.monotonic() - start))
        log(f"measure_search: {label}: {self.steps[-1][1]:.1f} s")
        return result


_gzip_sizes = {}


def gzip_size(path):
    if path not in _gzip_sizes:
        _gzip_sizes[path] = len(gzip.compress(Path(path).read_bytes(), 9))
    return _gzip_sizes[path]


def percentile(values, fraction):
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)] if ordered else None


def site_relative(url, base_path):
    """`http://127.0.0.1:1234/glossaire/x/index.html#y`, `/glossaire/x/#y` or `glossaire/x/#y` → `glossaire/x/#y`."""
    parts = urlsplit(url)
    path = unquote(parts.path)
    if parts.scheme or path.startswith("/"):
        path = path[len(base_path):] if path.startswith(base_path) else path.lstrip("/")
    if path.endswith("index.html"):
        path = path[: -len("index.html")]
    return path + ("#" + unquote(parts.fragment) if parts.fragment else "")


class Site:
    """A built site served over HTTP, with a browser on it."""

    def __init__(self, directory, base_url, chrome):
        self.directory = os.path.abspath(directory)
        self.server, self.root = serve(self.directory, base_url)
        self.base_path = urlsplit(self.root).path
        self.chrome = chrome

    def close(self):
        self.server.shutdown()

    def fresh_page(self):
        """A new document (no script state) at the home page; the HTTP cache is off (see main)."""
        self.chrome.get("about:blank")
        self.chrome.get(self.root + "index.html")

    def files(self, resources, keep):
        """The files on disk behind the resource URLs the page loaded, for those `keep` accepts."""
        found = []
        for name, _, _ in resources:
            relative = site_relative(name, self.base_path).split("#", 1)[0]
            if keep(relative) and relative not in found:
                found.append(relative)
        return found

    def waiting(self, resources, keep, ms):
        """How long, of the query's ms, at least one of its files was on its way (union of the
        fetches that started during the query, from request to last byte)."""
        spans = sorted((max(0.0, start), min(ms, end)) for name, start, end in resources
                       if start >= 0 and keep(site_relative(name, self.base_path).split("#", 1)[0]))
        total, reach = 0.0, 0.0
        for start, end in spans:
            if end > max(start, reach):
                total += end - max(start, reach)
                reach = end
        return total

    def gzip_bytes(self, relatives):
        return sum(gzip_size(os.path.join(self.directory, relative)) for relative in relatives)


def guides_files(relative):
    return relative == "assets/search.js" or relative.startswith("recherche/index/")


def pagefind_files(relative):
    return relative.startswith("pagefind/")


class GuidesEngine:
    name = "guides"
    keep = staticmethod(guides_files)

    def __init__(self, site):
        self.site = site

    def query(self, text):
        answer = self.site.chrome.execute_async_script(GUIDES_QUERY, text, LIMIT)
        if "error" in answer:
            raise RuntimeError(f"GuidesSearch.search({text!r}): {answer['error']}")
        ranked = [site_relative(url, self.site.base_path) for url in answer["urls"]]
        return {"ms": answer["ms"], "ranked": ranked, "resources": answer["resources"]}


class PagefindEngine:
    name = "pagefind"
    keep = staticmethod(pagefind_files)

    def __init__(self, site):
        self.site = site

    def query(self, text):
        answer = self.site.chrome.execute_async_script(PAGEFIND_QUERY, text, LIMIT, self.site.root + "pagefind/pagefind.js")
        if "error" in answer:
            raise RuntimeError(f"pagefind.search({text!r}): {answer['error']}")
        in_order, as_shown = [], []
        for page in answer["pages"]:
            subs = page["subs"]
            in_order.extend([url for url, _ in subs] or [page["url"]])  # the page itself when it has none
            # Pagefind's UI (show_sub_results): the page, then at most three of its other
            # sub-results, those with the most hits, kept in page order.
            if subs and subs[0][0] == page["url"]:
                subs = subs[1:]
            if len(subs) > 3:
                most = sorted(subs, key=lambda sub: -sub[1])[:3]
                subs = [sub for sub in subs if sub in most]
            as_shown.extend([page["url"]] + [url for url, _ in subs])
        return {"ms": answer["ms"], "search_ms": answer["search_ms"], "resources": answer["resources"],
                "ranked": [site_relative(url, self.site.base_path) for url in in_order],
                "ranked_as_shown": [site_relative(url, self.site.base_path) for url in as_shown],
                "pages": [site_relative(page["url"], self.site.base_path) for page in answer["pages"]]}


def measure(engine, queries, relevance, repeats, budget):
    """Cold pass (fresh page per query: bytes, time, results), then warm pass (one page: each
    query once to load its files, then timed `repeats` times, or once when `budget` seconds
    of warm runs are spent)."""
    site = engine.site
    cold = {}
    start = time.monotonic()
    for number, text in enumerate(queries, 1):
        site.fresh_page()
        answer = engine.query(text)
        files = site.files(answer["resources"], engine.keep)
        cold[text] = dict(answer, files=files, gzip_bytes=site.gzip_bytes(files),
                          waiting_ms=site.waiting(answer["resources"], engine.keep, answer["ms"]))
        del cold[text]["resources"]
        if number % 25 == 0:
            log(f"measure_search:   cold {number}/{len(queries)} ({time.monotonic() - start:.0f} s)")
    site.fresh_page()
    warm = []
    start = time.monotonic()
    for number, text in enumerate(relevance, 1):
        engine.query(text)  # loads the files it needs
        for run in range(repeats):
            if run and time.monotonic() - start > budget:
                break
            answer = engine.query(text)
            warm.append((answer["ms"], answer.get("search_ms")))
        if number % 25 == 0:
            log(f"measure_search:   warm {number}/{len(relevance)} ({time.monotonic() - start:.0f} s)")
    return cold, warm


def relevance_scores(cases, ranked_by_query):
    first = top3 = 0
    misses = []
    for case in cases:
        ranked = ranked_by_query[case["query"]]
        expected = set(case["expected"])
        if ranked[:1] and ranked[0] in expected:
            first += 1
        if any(url in expected for url in ranked[:3]):
            top3 += 1
        else:
            misses.append({"query": case["query"], "top3": ranked[:3], "expected": case["expected"]})
    return first, top3, misses


def cli_results(guides, site, query):
    output = subprocess.run([guides, "search", query, "--json", "--limit", str(LIMIT), "--site", site],
                            check=True, capture_output=True, text=True).stdout
    return [item["url"] for item in json.loads(output)]


def summarise(label, engine, site_dir, cases, cold, warm):
    relevance = [case["query"] for case in cases]
    first, top3, misses = relevance_scores(cases, {q: cold[q]["ranked"] for q in relevance})
    cold_ms = [cold[q]["ms"] for q in relevance]
    waiting = [cold[q]["waiting_ms"] for q in relevance]
    working = [cold[q]["ms"] - cold[q]["waiting_ms"] for q in relevance]
    largest = max(cold.items(), key=lambda item: item[1]["gzip_bytes"])
    row = {
        "engine": label,
        "site": site_dir,
        "queries": len(cases),
        "first": first, "top3": top3,
        "first_pct": 100.0 * first / len(cases), "top3_pct": 100.0 * top3 / len(cases),
        "first_query_bytes": {q: {"gzip_bytes": cold[q]["gzip_bytes"], "files": len(cold[q]["files"])} for q in TYPICAL},
        "max_first_query_bytes": {"query": largest[0], "gzip_bytes": largest[1]["gzip_bytes"], "files": largest[1]["files"]},
        "cold_ms": {"median": statistics.median(cold_ms), "p95": percentile(cold_ms, 0.95), "max": max(cold_ms),
                    "median_waiting_for_files": statistics.median(waiting), "median_not_waiting": statistics.median(working)},
        "warm_ms": stats([ms for ms, _ in warm], runs=len(warm)),
        "slowest_cold": sorted(({"query": q, "ms": cold[q]["ms"]} for q in relevance), key=lambda item: -item["ms"])[:3],
        "misses_top3": misses,
        "results": {q: cold[q]["ranked"][:3] for q in relevance},
    }
    if engine.name == "pagefind":
        # The results as Pagefind's own UI lists them (see PagefindEngine.query).
        first_shown, top3_shown, _ = relevance_scores(cases, {q: cold[q]["ranked_as_shown"] for q in relevance})
        row.update(first_as_shown=first_shown, top3_as_shown=top3_shown, first_as_shown_pct=100.0 * first_shown / len(cases),
                   top3_as_shown_pct=100.0 * top3_shown / len(cases))
        # search() alone, before data() of the results
        row["cold_search_only_ms"] = stats([cold[q]["search_ms"] for q in relevance])
        row["warm_search_only_ms"] = stats([searched for _, searched in warm])
    return row


def stats(values, **extra):
    return dict({"median": statistics.median(values), "p95": percentile(values, 0.95), "max": max(values)}, **extra)


def compare_with_cli(guides, site_dir, cold, queries):
    differences = []
    for text in queries:
        expected = cli_results(guides, site_dir, text)
        if cold[text]["ranked"] != expected:
            differences.append({"query": text, "browser": cold[text]["ranked"], "cli": expected})
    return differences


def make_big_content(source, destination, scale):
    """content/site.yml, content/sources/ and each guide plus scale-1 renamed copies of it."""
    if os.path.exists(destination):
        shutil.rmtree(destination)
    os.makedirs(os.path.join(destination, "guides"))
    shutil.copy(os.path.join(source, "site.yml"), destination)
    shutil.copytree(os.path.join(source, "sources"), os.path.join(destination, "sources"))
    guides = sorted(Path(source, "guides").glob("*.md"))
    field = re.compile(r"""^(title|short_title)(\s*:\s*)("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^#\n]*?)(\s*(?:#.*)?)$""", re.M)
    for guide in guides:
        text = guide.read_text(encoding="utf-8")
        shutil.copy(guide, os.path.join(destination, "guides", guide.name))
        end = text.index("\n---", 3)
        front, body = text[:end], text[end:]
        order = re.search(r"^order\s*:\s*(\d+)", front, re.M)
        for copy in range(1, scale):
            suffix = f" (copie {copy:02d})"

            def retitle(match):
                value = match.group(3)
                value = value[:-1] + suffix + value[-1] if value[:1] in "\"'" else value + suffix
                return match.group(1) + match.group(2) + value + match.group(4)

            new_front = field.sub(retitle, front)
            if order:
                new_front = re.sub(r"^order\s*:\s*\d+", f"order: {copy * 100 + int(order.group(1))}", new_front, count=1, flags=re.M)
            Path(destination, "guides", f"{guide.stem}-copie-{copy:02d}.md").write_text(new_front + body, encoding="utf-8")
    return len(guides) * scale


def build_site(guides, content, output):
    subprocess.run([guides, "build", "--content", content, "--output", output, "--quiet"], check=True, cwd=REPO)


def pagefind_executable():
    try:
        import pagefind_bin
    except ImportError:
        return None
    return str(pagefind_bin.get_executable())


def run_pagefind(executable, site_dir, copy_dir, timeout):
    if os.path.exists(copy_dir):
        shutil.rmtree(copy_dir)
    shutil.copytree(site_dir, copy_dir)
    completed = subprocess.run([executable, "--site", copy_dir, "--force-language", "fr"], capture_output=True, text=True, timeout=timeout)
    if completed.returncode != 0:
        raise RuntimeError(completed.stdout + completed.stderr)
    pages = re.search(r"Indexed (\d+) pages", completed.stdout)
    words = re.search(r"Indexed (\d+) words", completed.stdout)
    return {"pages": int(pages.group(1)) if pages else None, "words": int(words.group(1)) if words else None}


def kb(n):
    return f"{n / 1024:.1f} KB"


def report(result):
    lines = []
    for step, seconds in result["steps"]:
        lines.append(f"  {step}: {seconds:.1f} s")
    lines = ["Steps (wall clock):"] + lines + [""]
    for key in ("big_corpus", "pagefind_small_index", "pagefind_big_index"):
        if result.get(key):
            lines.append(f"{key}: {json.dumps(result[key], ensure_ascii=False)}")
    if result.get("notes"):
        lines += ["Notes:"] + [f"  - {note}" for note in result["notes"]]
    lines.append("")
    for row in result["engines"]:
        lines.append(f"== {row['engine']} ({row['site']}) ==")
        lines.append(f"  relevance ({row['queries']} queries): first {row['first']} ({row['first_pct']:.0f}%), "
                     f"top 3 {row['top3']} ({row['top3_pct']:.0f}%)")
        if "first_as_shown" in row:
            lines.append(f"  relevance, results as Pagefind's UI lists them (each page, then at most 3 of its sub-results, those with most hits): "
                         f"first {row['first_as_shown']} ({row['first_as_shown_pct']:.0f}%), top 3 {row['top3_as_shown']} ({row['top3_as_shown_pct']:.0f}%)")
        lines.append("  bytes of the first query (gzip -9 of the files loaded, fresh page):")
        for query, value in row["first_query_bytes"].items():
            lines.append(f"    {query!r:42} {kb(value['gzip_bytes']):>10}  ({value['files']} files)")
        largest = row["max_first_query_bytes"]
        lines.append(f"    maximum over all queries: {kb(largest['gzip_bytes'])} for {largest['query']!r} ({len(largest['files'])} files)")
        lines.append(f"  query time, cold (fresh page per query): median {row['cold_ms']['median']:.1f} ms, "
                     f"p95 {row['cold_ms']['p95']:.1f} ms, max {row['cold_ms']['max']:.1f} ms "
                     f"(median {row['cold_ms']['median_waiting_for_files']:.1f} ms waiting for files from the local server, "
                     f"{row['cold_ms']['median_not_waiting']:.1f} ms not)")
        if "cold_file_ms" in row:
            lines.append(f"  query time, cold from file:// (fresh page per query, no server): median {row['cold_file_ms']['median']:.1f} ms, "
                         f"p95 {row['cold_file_ms']['p95']:.1f} ms")
        lines.append("  slowest cold: " + ", ".join(f"{item['query']!r} {item['ms']:.0f} ms" for item in row["slowest_cold"]))
        lines.append(f"  query time, warm ({row['warm_ms']['runs']} runs on one page): median {row['warm_ms']['median']:.2f} ms, "
                     f"p95 {row['warm_ms']['p95']:.2f} ms, max {row['warm_ms']['max']:.2f} ms")
        if "cold_search_only_ms" in row:
            lines.append(f"  of which search() alone, before data() of the results: cold median {row['cold_search_only_ms']['median']:.1f} ms, "
                         f"p95 {row['cold_search_only_ms']['p95']:.1f} ms; warm median {row['warm_search_only_ms']['median']:.2f} ms, "
                         f"p95 {row['warm_search_only_ms']['p95']:.2f} ms")
        if "cli_differences" in row:
            lines.append(f"  browser vs guides search --json --limit {LIMIT}: "
                         + ("identical on every query" if not row["cli_differences"] else f"{len(row['cli_differences'])} difference(s)"))
            for difference in row["cli_differences"]:
                lines.append(f"    {difference['query']!r}: browser {difference['browser']} / cli {difference['cli']}")
        verdict_bytes = "yes" if largest["gzip_bytes"] < BAR_BYTES else "NO"
        def verdict(key):
            return ("yes" if row[key]["median"] < BAR_MS else "NO") if key in row else "n/a"
        verdict_ms = (f"cold over HTTP {verdict('cold_ms')}, cold from file:// {verdict('cold_file_ms')}, "
                      f"warm {verdict('warm_ms')}")
        lines.append(f"  bar: < 300 KB for one query: {verdict_bytes}; median < 50 ms per query: {verdict_ms}")
        lines.append("")
    header = ("engine", "first %", "top-3 %", "KB 1st query (gzip; typical max / all max)", "median ms cold / warm", "p95 ms cold / warm")
    rows = [header]
    for row in result["engines"]:
        shown = "first_as_shown" in row
        typical = max(value["gzip_bytes"] for value in row["first_query_bytes"].values())
        rows.append((row["engine"],
                     f"{row['first_pct']:.0f}" + (f" ({row['first_as_shown_pct']:.0f}*)" if shown else ""),
                     f"{row['top3_pct']:.0f}" + (f" ({row['top3_as_shown_pct']:.0f}*)" if shown else ""),
                     f"{typical / 1024:.1f} / {row['max_first_query_bytes']['gzip_bytes'] / 1024:.1f}",
                     f"{row['cold_ms']['median']:.1f} / {row['warm_ms']['median']:.2f}",
                     f"{row['cold_ms']['p95']:.1f} / {row['warm_ms']['p95']:.2f}"))
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for index, row in enumerate(rows):
        lines.append(" | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if index == 0:
            lines.append("-+-".join("-" * w for w in widths))
    if any("first_as_shown" in row for row in result["engines"]):
        lines.append("(*) Pagefind's results as its UI lists them (show_sub_results): each page, then at most three of its sub-results, those with the most hits.")
    lines.append("Cold: a fresh page per query, files fetched from a local Python web server (HTTP cache off); "
                 "warm: the same page, files already loaded. Pagefind's time includes data() of its first 10 results.")
    for skipped in result.get("skipped", []):
        lines.append(f"(skipped: {skipped})")
    return "\n".join(lines)


def cold_over_file(site_dir, chrome, queries):
    """Cold query times with the site opened from disk (offline: no server to wait for);
    Pagefind does not work from file://."""

    class FileSite:
        pass

    site = FileSite()
    site.chrome, site.base_path = chrome, os.path.abspath(site_dir) + "/"
    site.root = Path(site.base_path).as_uri() + "/"
    engine = GuidesEngine(site)
    times = []
    for text in queries:
        chrome.get("about:blank")
        chrome.get(site.root + "index.html")
        times.append(engine.query(text)["ms"])
    return times


def measure_site(label, site_dir, base_url, chrome, timer, cases, queries, options):
    site = Site(site_dir, base_url, chrome)
    try:
        engine = (PagefindEngine if label.startswith("pagefind") else GuidesEngine)(site)
        cold, warm = timer.run(f"browser measures, {label}", measure, engine, queries,
                                       [case["query"] for case in cases], options.repeats, options.warm_budget)
        row = summarise(label, engine, site_dir, cases, cold, warm)
        if engine.name == "guides":
            row["cli_differences"] = timer.run(f"guides search --json, {label}", compare_with_cli, options.guides, site_dir, cold, queries)
            row["cold_file_ms"] = stats(timer.run(f"cold over file://, {label}", cold_over_file, site_dir, chrome,
                                                  [case["query"] for case in cases]))
        return row
    finally:
        site.close()


def main():
    parser = argparse.ArgumentParser(description="Measure the site search (bytes, time, relevance) and compare it with Pagefind.")
    parser.add_argument("site", nargs="?", default=os.path.join(REPO, "public"), help="a built site (default: public/)")
    parser.add_argument("--guides", default=os.path.join(REPO, ".build", "release", "guides"), help="the guides binary")
    parser.add_argument("--content", default=os.path.join(REPO, "content"), help="the content the site was built from")
    parser.add_argument("--scale", type=int, default=50, help="how many times larger the big corpus is (0: no big corpus)")
    parser.add_argument("--big-content", default="/tmp/big-content")
    parser.add_argument("--big-site", default="/tmp/big-site")
    parser.add_argument("--no-pagefind", action="store_true", help="skip Pagefind")
    parser.add_argument("--pagefind-timeout", type=float, default=600, help="seconds Pagefind may take to index a site")
    parser.add_argument("--repeats", type=int, default=5, help="warm runs of each query (at most)")
    parser.add_argument("--warm-budget", type=float, default=60, help="seconds of warm runs after which each query is timed once only")
    parser.add_argument("--json", action="store_true", help="print the measures as JSON")
    parser.add_argument("--reuse-big-site", action="store_true", help="measure --big-site as it is, if built (no rebuild)")
    parser.add_argument("--only", default="", help="measure only these sites, comma-separated labels' first words and sizes, "
                        "e.g. 'guides-50x,pagefind-50x' (default: all)")
    parser.add_argument("--pagefind-queries", type=int, default=0,
                        help="on the larger site, time Pagefind on this many relevance queries only (0: all); "
                             "its cold queries there take seconds each")
    options = parser.parse_args()

    cases = json.load(open(RELEVANCE, encoding="utf-8"))["queries"]
    relevance = [case["query"] for case in cases]
    queries = list(dict.fromkeys(TYPICAL + relevance))
    base_url = read_base_url(os.path.join(options.content, "site.yml"))
    timer = Timer()
    result = {"steps": timer.steps, "engines": [], "notes": [], "skipped": []}

    sites = [("guides (small)", options.site)]
    if options.scale > 1:
        count = timer.run(f"create {options.big_content} ({options.scale}x)", make_big_content, options.content, options.big_content, options.scale)
        if not (options.reuse_big_site and Path(options.big_site, "recherche", "index", "meta.js").is_file()):
            timer.run(f"guides build of {options.big_content} into {options.big_site}", build_site, options.guides, options.big_content, options.big_site)
        result["big_corpus"] = {"guides": count, "content": options.big_content, "site": options.big_site,
                                "index_files": len(os.listdir(os.path.join(options.big_site, "recherche", "index"))),
                                "documents": json.loads(re.search(r"\((?:\"meta\"),(.*)\)", Path(options.big_site, "recherche/index/meta.js").read_text(encoding="utf-8"), re.S).group(1))["n"]}
        sites.append((f"guides ({options.scale}x)", options.big_site))

    pagefind = None if options.no_pagefind else pagefind_executable()
    if not options.no_pagefind and pagefind is None:
        result["skipped"].append("Pagefind: python3 -m pip install pagefind-bin")
    pagefind_sites = []
    if pagefind:
        for label, site_dir, copy_dir, key in (("pagefind (small)", options.site, "/tmp/pagefind-small", "pagefind_small_index"),
                                               (f"pagefind ({options.scale}x)", options.big_site, "/tmp/pagefind-big", "pagefind_big_index")):
            if key == "pagefind_big_index" and options.scale <= 1:
                continue
            try:
                result[key] = timer.run(f"pagefind --site {copy_dir}", run_pagefind, pagefind, site_dir, copy_dir, options.pagefind_timeout)
                pagefind_sites.append((label, copy_dir))
            except subprocess.TimeoutExpired:
                result["skipped"].append(f"{label}: indexing took over {options.pagefind_timeout:.0f} s")

    wanted = [name.strip() for name in options.only.split(",") if name.strip()]
    for label, site_dir in sites + pagefind_sites:
        short = label.replace(" (", "-").rstrip(")")
        if wanted and short not in wanted:
            continue
        site_cases = cases
        if label.startswith("pagefind") and options.pagefind_queries and site_dir != options.site:
            site_cases = cases[::max(1, len(cases) // options.pagefind_queries)][:options.pagefind_queries]
            result["notes"].append(f"{label}: timed on {len(site_cases)} of the {len(cases)} relevance queries (every "
                                   f"{max(1, len(cases) // options.pagefind_queries)}th), --pagefind-queries")
        # A browser per site: what one engine leaves running (workers) does not slow the next.
        chrome = start_browser()
        try:
            # Every fresh page fetches what it needs: no HTTP cache between pages.
            chrome.execute_cdp_cmd("Network.enable", {})
            chrome.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
            site_queries = queries if site_cases is cases else list(dict.fromkeys(TYPICAL + [case["query"] for case in site_cases]))
            result["engines"].append(measure_site(label, site_dir, base_url, chrome, timer, site_cases, site_queries, options))
        except Exception as error:  # a script timeout, an engine error: the other sites are still measured
            result["skipped"].append(f"{label}: {type(error).__name__}: {str(error).strip()[:300]}")
        finally:
            chrome.quit()

    if options.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(report(result))


if __name__ == "__main__":
    main()
