#!/usr/bin/env python3
# Link check of the built site (Python 3 standard library only).
#
#   python3 Tests/site/check_links.py [OUTPUT_DIR]      (default: public)
#
# For every .html file under OUTPUT_DIR, checks every internal reference: href of <a>, <area>
# and <link>, src of <script>, <img>, <iframe>, <source>, <audio>, <video>, <track>, <embed>,
# and srcset. External ones (http:, https:, mailto:, tel:, data:, javascript:, any other
# scheme, //host) are skipped. Internal links are relative to the page, or rooted at the site's
# base URL (the 404 page, canonical URLs), read from content/site.yml (`base_url`, overridable
# with --base-url); they are mapped to OUTPUT_DIR. The target file must exist (a directory must
# hold an index.html) and a #fragment must name an id (or <a name>) of the target page.
# Also: no id may appear twice in one page, and sitemap.xml must list every .html page but
# 404.html (as base URL + pretty path: …/guides/x/ for guides/x/index.html), and nothing else.
#
# Prints `path: broken link 'href' (reason)` for each problem and a one-line summary; exits 1
# when anything is broken.

import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXTERNAL_SCHEMES = ("http:", "https:", "mailto:", "tel:", "data:", "javascript:")
URL_ATTRIBUTES = {
    "a": ("href",),
    "area": ("href",),
    "link": ("href",),
    "script": ("src",),
    "img": ("src", "srcset"),
    "iframe": ("src",),
    "source": ("src", "srcset"),
    "audio": ("src",),
    "video": ("src", "poster"),
    "track": ("src",),
    "embed": ("src",),
}


def read_base_url(config):
    """base_url from the site's YAML settings (a flat `key: value` file; no YAML library needed)."""
    with open(config, encoding="utf-8") as f:
        for line in f:
            match = re.match(r"""^base_url\s*:\s*(?:"([^"]*)"|'([^']*)'|([^#\s][^#]*?))\s*(?:#.*)?$""", line.rstrip("\n"))
            if match:
                return next(group for group in match.groups() if group is not None)
    raise SystemExit(f"check_links: no base_url in {config}")


class Page(HTMLParser):
    """The ids, anchor names and references of one HTML page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = Counter()
        self.names = set()
        self.references = []  # (tag, attribute, value, line)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if attributes.get("id") is not None:
            self.ids[attributes["id"]] += 1
        if tag == "a" and attributes.get("name"):
            self.names.add(attributes["name"])
        for attribute in URL_ATTRIBUTES.get(tag, ()):
            value = attributes.get(attribute)
            if value is None:
                continue
            if attribute == "srcset":
                for candidate in value.split(","):
                    if candidate.strip():
                        self.references.append((tag, attribute, candidate.split()[0], self.getpos()[0]))
            else:
                self.references.append((tag, attribute, value.strip(), self.getpos()[0]))

    handle_startendtag = handle_starttag

    @property
    def anchors(self):
        return set(self.ids) | self.names


class Checker:
    def __init__(self, output_dir, base_url):
        self.output_dir = os.path.normpath(output_dir)
        self.base_url = base_url
        # The path part of the base URL: a link rooted at it ("/…") is internal even when the
        # base URL names a host.
        self.base_path = urlsplit(base_url).path if base_url else ""
        if self.base_path and not self.base_path.endswith("/"):
            self.base_path += "/"
        self.pages = {}  # relative path -> Page
        self.problems = 0
        self.links = 0
        self.anchors = 0
        self.external = 0
        self.directory_links = Counter()

    def report(self, page, message):
        self.problems += 1
        print(f"{os.path.join(self.output_dir, page)}: {message}")

    def load(self):
        for root, dirs, files in os.walk(self.output_dir):
            dirs.sort()
            for name in sorted(files):
                if name.endswith(".html"):
                    path = os.path.join(root, name)
                    parser = Page()
                    with open(path, encoding="utf-8") as f:
                        parser.feed(f.read())
                    parser.close()
                    self.pages[os.path.relpath(path, self.output_dir).replace(os.sep, "/")] = parser

    def resolve(self, page, href):
        """(target path relative to the output dir, fragment) for an internal href, None for an
        external one; raises ValueError with the reason when the href cannot point into the site."""
        if self.base_url and "://" in self.base_url and href.startswith(self.base_url):
            return self.rooted(href[len(self.base_url):])
        # External: the usual schemes, protocol-relative URLs, and any other scheme (ftp:, sms:…).
        if href.lower().startswith(EXTERNAL_SCHEMES) or href.startswith("//") or re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", href):
            return None
        if href.startswith("/"):
            if self.base_path and href.startswith(self.base_path):
                return self.rooted(href[len(self.base_path):])
            raise ValueError(f"rooted outside the base URL '{self.base_url}'")
        parts = urlsplit(href)
        path = unquote(parts.path)
        if path == "":
            return page, parts.fragment if "#" in href else None
        directory = os.path.dirname(page)
        joined = os.path.normpath(os.path.join(directory, path)).replace(os.sep, "/")
        if joined == ".." or joined.startswith("../"):
            raise ValueError("outside the output directory")
        if path.endswith("/"):
            joined += "/"
        return joined, parts.fragment if "#" in href else None

    def rooted(self, rest):
        parts = urlsplit(rest)
        path = unquote(parts.path)
        normalized = os.path.normpath(path or ".").replace(os.sep, "/")
        if normalized == ".." or normalized.startswith("../"):
            raise ValueError("outside the output directory")
        if normalized == ".":
            normalized = ""
        if path == "" or path.endswith("/"):
            normalized = normalized + "/" if normalized else "/"
        return normalized.lstrip("/") or "/", parts.fragment if "#" in rest else None

    def target_file(self, target):
        """The file a resolved target names, or raises ValueError with the reason."""
        if target == "/":
            target = ""
        full = os.path.join(self.output_dir, target)
        if target == "" or target.endswith("/") or os.path.isdir(full):
            index = os.path.join(target, "index.html").replace(os.sep, "/").lstrip("/")
            if os.path.isdir(full) and os.path.isfile(os.path.join(self.output_dir, index)):
                return index
            if os.path.isdir(full):
                raise ValueError(f"directory without index.html: {target or '/'}")
            raise ValueError(f"no such directory: {target}")
        if not os.path.isfile(full):
            raise ValueError(f"no such file: {target}")
        return target

    def check_links(self):
        for page, parsed in self.pages.items():
            for name, count in sorted(parsed.ids.items()):
                if count > 1:
                    self.report(page, f"duplicate id '{name}' ({count} elements)")
            for tag, attribute, href, line in parsed.references:
                try:
                    resolved = self.resolve(page, href)
                    if resolved is None:
                        self.external += 1
                        continue
                    self.links += 1
                    target, fragment = resolved
                    path = self.target_file(target)
                    if path != target.lstrip("/") and not href.startswith(("/", self.base_url or "/")):
                        self.directory_links[page] += 1
                    if fragment:
                        self.anchors += 1
                        if path.endswith(".html"):
                            anchors = self.pages[path].anchors
                            if fragment not in anchors and unquote(fragment) not in anchors:
                                raise ValueError(f"no id '{unquote(fragment)}' in {path}")
                except ValueError as reason:
                    self.report(page, f"broken link '{href}' ({reason}) [<{tag} {attribute}>, line {line}]")

    def check_sitemap(self):
        sitemap = os.path.join(self.output_dir, "sitemap.xml")
        if not os.path.isfile(sitemap):
            self.report("sitemap.xml", "missing")
            return
        try:
            root = ET.parse(sitemap).getroot()
        except ET.ParseError as error:
            self.report("sitemap.xml", f"not well-formed XML ({error})")
            return
        locs = [element.text.strip() for element in root.iter() if element.tag.split("}")[-1] == "loc" and element.text]
        for loc, count in Counter(locs).items():
            if count > 1:
                self.report("sitemap.xml", f"'{loc}' listed {count} times")
        expected = {}
        for page in self.pages:
            if page == "404.html":
                continue
            pretty = "" if page == "index.html" else page[: -len("index.html")] if page.endswith("/index.html") else page
            expected[self.base_url + pretty] = page
        for url, page in sorted(expected.items(), key=lambda item: item[1]):
            if url not in locs:
                self.report("sitemap.xml", f"missing page {page} (expected <loc>{url}</loc>)")
        for loc in locs:
            if loc in expected:
                continue
            if loc == self.base_url + "404.html":
                self.report("sitemap.xml", f"lists the 404 page '{loc}'")
            else:
                self.report("sitemap.xml", f"'{loc}' is not a page of the site (pages are listed as base URL '{self.base_url}' + pretty path)")


def main():
    arguments = argparse.ArgumentParser(description="Check the internal links, anchors, ids and sitemap of the built site.")
    arguments.add_argument("output_dir", nargs="?", default="public", help="the generated site (default: public)")
    arguments.add_argument("--config", default=os.path.join(REPO, "content", "site.yml"), help="site settings with base_url (default: content/site.yml)")
    arguments.add_argument("--base-url", help="the site's base URL (default: base_url from --config)")
    options = arguments.parse_args()
    if not os.path.isdir(options.output_dir):
        print(f"check_links: no such output directory: {options.output_dir}", file=sys.stderr)
        return 2
    base_url = options.base_url if options.base_url is not None else read_base_url(options.config)
    checker = Checker(options.output_dir, base_url)
    checker.load()
    if not checker.pages:
        print(f"check_links: no .html file under {options.output_dir}", file=sys.stderr)
        return 1
    checker.check_links()
    checker.check_sitemap()
    for page, count in sorted(checker.directory_links.items()):
        print(f"check_links: warning: {os.path.join(checker.output_dir, page)}: {count} relative link(s) to a directory; "
              "they work on a server but not opened from disk (link to …/index.html)")
    status = f"{checker.problems} problem(s)" if checker.problems else "no problem"
    print(f"check_links: {len(checker.pages)} pages, {checker.links} internal links ({checker.anchors} with anchors) "
          f"checked, {checker.external} external skipped, base URL '{base_url}': {status}")
    return 1 if checker.problems else 0


if __name__ == "__main__":
    sys.exit(main())
