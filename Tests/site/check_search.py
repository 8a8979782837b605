#!/usr/bin/env python3
# The search box, as a reader uses it: headless Chromium types queries into the header's search
# box, both over HTTP and from file://, and the results shown must be those of
# `guides search --json` on the same built site (same items, same order). Also checks the
# search page reads `?q=` and that indexed text is never injected as HTML.
#
#   python3 Tests/site/check_search.py [output_dir] [--guides .build/release/guides]
import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_a11y import serve, start_browser  # noqa: E402
from check_links import REPO, read_base_url  # noqa: E402

QUERIES = [
    "retablissement", "MSP", "fiche de poste", "recrutment travailleur pair", "savoir experientiel",
    "travailleuses paires", "empowerment", "qu'est ce que le travail pair", "Demailly", "retab",
    # a synonym (site.yml), an acronym that spells a stop word, an unfinished compound
    "peer support", "DU pair aidance", "pair-aid",
]
LIMIT = 8


def cli_results(guides, site, query):
    output = subprocess.run([guides, "search", query, "--json", "--limit", str(LIMIT), "--site", site],
                            check=True, capture_output=True, text=True).stdout
    return [item["url"] for item in json.loads(output)]


def shown_results(chrome, query):
    """Types the query into the header's box and reads the result links once they settle."""
    from selenium.webdriver.common.by import By
    box = chrome.find_element(By.ID, "recherche-entete")
    box.clear()
    box.send_keys(query)
    deadline = time.time() + 10
    last, stable = None, 0
    while time.time() < deadline:
        urls = chrome.execute_script(
            "return Array.from(document.querySelectorAll('#recherche-entete-resultats .search-result a'))"
            ".map(a => a.getAttribute('href'));")
        if urls and urls == last:
            stable += 1
            if stable >= 3:
                return urls
        else:
            stable = 0
        last = urls
        time.sleep(0.1)
    return last or []


def site_relative(href, root):
    """`../glossaire/x/index.html#y` as the page links it → `glossaire/x/#y` as the CLI prints it."""
    path = href[len(root):] if href.startswith(root) else href
    return path.replace("index.html", "")


def check(output_dir, guides):
    server, http_root = serve(output_dir, read_base_url(os.path.join(REPO, "content", "site.yml")))
    file_root = Path(output_dir).resolve().as_uri() + "/"
    chrome = start_browser()
    failures = 0
    try:
        for label, root in (("file://", file_root), ("http://", http_root)):
            chrome.get(root + "index.html")
            for query in QUERIES:
                expected = cli_results(guides, output_dir, query)
                shown = [site_relative(href, "") for href in shown_results(chrome, query)]
                if shown != expected:
                    failures += 1
                    print(f"check_search: {label} '{query}': the page shows {shown}, guides search says {expected}")
            # The search page reads ?q= and shows the same results.
            chrome.get(root + "recherche/index.html?q=" + "fiche%20de%20poste")
            time.sleep(1)
            page = chrome.execute_script(
                "return Array.from(document.querySelectorAll('#resultats .search-result a')).map(a => a.getAttribute('href'));")
            expected = cli_results(guides, output_dir, "fiche de poste")
            if [site_relative(href, "../") for href in page][:LIMIT] != expected[:LIMIT]:
                failures += 1
                print(f"check_search: {label} search page ?q=fiche de poste shows {page[:LIMIT]}, expected {expected}")
            # Indexed text is set as text: no element comes from it.
            injected = chrome.execute_script("return document.querySelectorAll('.search-result script, .search-result img').length;")
            if injected:
                failures += 1
                print(f"check_search: {label} elements injected from indexed text")
    finally:
        chrome.quit()
        server.shutdown()
    print(f"check_search: {len(QUERIES)} queries typed in the header box over file:// and http://, compared with guides search: "
          + ("no difference" if failures == 0 else f"{failures} difference(s)"))
    return failures == 0


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output_dir", nargs="?", default=os.path.join(REPO, "public"))
    parser.add_argument("--guides", default=os.path.join(REPO, ".build", "release", "guides"))
    arguments = parser.parse_args()
    sys.exit(0 if check(arguments.output_dir, arguments.guides) else 1)


if __name__ == "__main__":
    main()
