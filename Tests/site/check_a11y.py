#!/usr/bin/env python3
# Accessibility and small-screen check of the built site, in headless Chromium (Selenium and
# chromedriver), on the representative pages (see representative.py) opened from file:// URLs.
#
#   python3 Tests/site/check_a11y.py [OUTPUT_DIR]      (default: public)
#
# 1. axe-core (the axe.min.js bundled by the selenium-axe-python package: axe-core 4; the older
#    axe-selenium-python package is used if it is the only one installed) runs on each page at
#    1280 px wide, once with the light colour scheme and once with prefers-color-scheme: dark
#    (the stylesheet has a dark theme, whose contrasts must hold too). Violations of impact
#    "serious" or "critical" fail the check and are printed with rule id, impact, help and the
#    target selectors; "moderate" and "minor" ones are printed as warnings.
# 2. Each page is laid out 375 px wide: it fails if it scrolls horizontally
#    (document.documentElement.scrollWidth > window.innerWidth + 1); the elements that stick out
#    are printed.
# Pages are opened from file:// URLs, but for 404.html, whose links are rooted at the site's base
# URL (content/site.yml): it is served by a local web server, as a 404 response to a missing
# address a few directories deep, with the output directory at the base URL's path.
# Missing pages fail ("missing page: …") unless SITE_CHECK_ALLOW_MISSING=1 is set.
# CHROMIUM, CHROMEDRIVER and AXE_SCRIPT override the browser, the driver and axe.min.js.

import argparse
import functools
import http.server
import importlib
import os
import shutil
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.dont_write_bytecode = True  # no __pycache__ in Tests/site for the modules below
from check_links import REPO, read_base_url
from representative import pages_to_check

FAILING_IMPACTS = ("critical", "serious")
DESKTOP = (1280, 1024)
MOBILE = (375, 812)

# The innermost elements that stick out of the viewport, but for those inside a scrolling (or
# clipping) box: what makes the page scroll sideways.
OVERFLOW_SCRIPT = """
const width = window.innerWidth;
function selector(element) {
  const parts = [];
  for (let e = element; e && e.nodeType === 1 && parts.length < 4; e = e.parentElement) {
    let part = e.localName;
    if (e.id) { parts.unshift(part + '#' + e.id); break; }
    if (e.classList.length) part += '.' + Array.from(e.classList).join('.');
    parts.unshift(part);
  }
  return parts.join(' > ');
}
function clipped(element) {
  for (let e = element.parentElement; e && e !== document.body; e = e.parentElement) {
    if (getComputedStyle(e).overflowX !== 'visible') return true;
  }
  return false;
}
// An element sticks out when its box does, or its content (a long word, a line of code) does.
function sticksOut(element) {
  const box = element.getBoundingClientRect();
  const content = getComputedStyle(element).overflowX === 'visible' ? box.left + element.scrollWidth : box.right;
  return Math.max(box.right, content) > width + 1 && !clipped(element);
}
const culprits = [];
for (const element of document.body.querySelectorAll('*')) {
  const box = element.getBoundingClientRect();
  if (box.width === 0 || !sticksOut(element)) continue;
  if (Array.from(element.children).some(sticksOut)) continue;
  const right = Math.max(box.right, box.left + element.scrollWidth);
  culprits.push(selector(element) + ' (right edge at ' + Math.round(right + window.scrollX) + ' px)');
  if (culprits.length >= 5) break;
}
return {scrollWidth: document.documentElement.scrollWidth, innerWidth: width, culprits: culprits};
"""


def axe_script():
    """axe.min.js: $AXE_SCRIPT, else the one selenium-axe-python bundles (axe-core 4.x), else the
    one axe-selenium-python bundles (axe-core 3.1.1, 2018: it misreads valid markup such as <div>
    groups in a <dl>)."""
    if os.environ.get("AXE_SCRIPT"):
        return Path(os.environ["AXE_SCRIPT"]).read_text(encoding="utf-8")
    for package, relative in (("selenium_axe_python", "axe-core/axe.min.js"),
                              ("axe_selenium_python", "node_modules/axe-core/axe.min.js")):
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        path = Path(module.__file__).parent / relative
        if path.is_file():
            if package == "axe_selenium_python":
                print("check_a11y: warning: using axe-core 3.1.1 from axe-selenium-python; "
                      "python3 -m pip install selenium-axe-python for axe-core 4")
            return path.read_text(encoding="utf-8")
    sys.exit("check_a11y: axe-core is needed (python3 -m pip install selenium-axe-python, or run make site-check-deps)")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the output directory at the path of the site's base URL, and 404.html, with status
    404, for any missing file: what a web server configured for the site does."""

    base_path = "/"

    def log_message(self, *arguments):
        pass

    def translate_path(self, path):
        path = path.split("?", 1)[0].split("#", 1)[0]
        if not path.startswith(self.base_path):
            return os.path.join(self.directory, "\0missing")
        return super().translate_path("/" + path[len(self.base_path):])

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory, "404.html")
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def serve(output_dir, base_url):
    """A local web server for the site (in a thread); returns (server, root URL)."""
    base_path = urlsplit(base_url).path or "/"
    if not base_path.endswith("/"):
        base_path += "/"
    handler = functools.partial(type("Handler", (QuietHandler,), {"base_path": base_path}), directory=os.path.abspath(output_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{base_path}"


def start_browser():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        sys.exit("check_a11y: the selenium package is needed (python3 -m pip install selenium, or run make site-check-deps)")
    browser = os.environ.get("CHROMIUM") or next(
        (found for name in ("chromium", "chromium-browser", "google-chrome") if (found := shutil.which(name))), None)
    driver = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver")
    if browser is None or driver is None:
        sys.exit("check_a11y: chromium and chromedriver are needed (apt-get install chromium chromium-driver, or run make site-check-deps)")
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for argument in ("--no-sandbox", "--headless=new", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=fr-FR",
                     f"--window-size={DESKTOP[0]},{DESKTOP[1]}"):
        options.add_argument(argument)
    # The given driver, never one Selenium Manager would download.
    chrome = webdriver.Chrome(options=options, service=Service(executable_path=driver))
    chrome.set_script_timeout(120)
    chrome.set_page_load_timeout(60)
    return chrome


def set_viewport(chrome, size, dark=False):
    """An exact viewport (not a window size, which a desktop window may round up) and a colour scheme."""
    chrome.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": size[0], "height": size[1], "deviceScaleFactor": 1, "mobile": False})
    chrome.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})


def run_axe(chrome, script):
    chrome.execute_script(script)
    return chrome.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']})"
        ".then(results => done({violations: results.violations, version: axe.version}))"
        ".catch(error => done({error: String(error)}));")


def describe(violation):
    targets = []
    for node in violation.get("nodes", []):
        target = " ".join(str(part) for part in node.get("target", []))
        targets.append(target)
    shown = ", ".join(targets[:8]) + (f", … ({len(targets)} elements)" if len(targets) > 8 else "")
    return f"{violation['id']} [{violation.get('impact')}] {violation.get('help')}: {shown}"


def main():
    arguments = argparse.ArgumentParser(description="Run axe-core and a 375 px overflow check on the representative pages of the built site.")
    arguments.add_argument("output_dir", nargs="?", default="public", help="the generated site (default: public)")
    arguments.add_argument("--config", default=os.path.join(REPO, "content", "site.yml"), help="site settings with base_url (default: content/site.yml)")
    arguments.add_argument("--base-url", help="the site's base URL (default: base_url from --config)")
    options = arguments.parse_args()

    pages, missing = pages_to_check(options.output_dir, "check_a11y")
    if not pages:
        print("check_a11y: no page to check")
        return 1 if missing else 0
    script = axe_script()
    start = time.monotonic()
    base_url = options.base_url if options.base_url is not None else read_base_url(options.config)
    if "://" in base_url:
        print(f"check_a11y: warning: the base URL {base_url} names a host: the 404 page's links, rooted at it, "
              "will not load from the local server")
    server, root = serve(options.output_dir, base_url)
    chrome = start_browser()
    failures = warnings = 0
    version = "?"
    try:
        for page in pages:
            # The 404 page links to the base URL, not to relative paths: it is opened the way a
            # server shows it, at a missing address some directories deep.
            if page == "404.html":
                url = root + "une/adresse/introuvable/"
            else:
                url = Path(options.output_dir, page).resolve().as_uri()
            for dark in (False, True):
                scheme = "dark" if dark else "light"
                set_viewport(chrome, DESKTOP, dark)
                chrome.get(url)
                result = run_axe(chrome, script)
                if "error" in result:
                    print(f"{page} ({scheme}): axe failed: {result['error']}")
                    failures += 1
                    continue
                version = result["version"]
                for violation in result["violations"]:
                    if violation.get("impact") in FAILING_IMPACTS:
                        failures += 1
                        print(f"{page} ({scheme}): {describe(violation)}")
                    else:
                        warnings += 1
                        print(f"{page} ({scheme}): warning: {describe(violation)}")
            set_viewport(chrome, MOBILE)
            chrome.get(url)
            layout = chrome.execute_script(OVERFLOW_SCRIPT)
            if layout["innerWidth"] != MOBILE[0]:
                print(f"check_a11y: warning: the viewport is {layout['innerWidth']} px wide, not {MOBILE[0]} px")
            if layout["scrollWidth"] > layout["innerWidth"] + 1:
                failures += 1
                print(f"{page}: scrolls horizontally at {layout['innerWidth']} px wide "
                      f"(document {layout['scrollWidth']} px wide); too wide: " + "; ".join(layout["culprits"] or ["?"]))
    finally:
        chrome.quit()
        server.shutdown()
    print(f"check_a11y: {len(pages)} pages checked with axe-core {version} (light and dark) and at {MOBILE[0]} px "
          f"in {time.monotonic() - start:.1f} s: {failures} failure(s), {warnings} warning(s)")
    return 1 if failures or missing else 0


if __name__ == "__main__":
    sys.exit(main())
