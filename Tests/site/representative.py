# The representative pages of the built site, shared by check_html.py and check_a11y.py:
# the home page, the first guide page, the first glossary term page, the glossary index, the
# good practices, questions and bibliography pages, and the 404 page.
#
# A page that does not exist is an error ("missing page: …"). With SITE_CHECK_ALLOW_MISSING=1
# in the environment, missing pages are skipped with a warning instead (for checking a site whose
# pages are still being written; `make site-check` never sets it).

import glob
import os
import sys


def _first(output_dir, pattern, exclude=()):
    """The first file (in sorted order) matching `pattern` under output_dir, relative to it."""
    found = sorted(
        os.path.relpath(path, output_dir)
        for path in glob.glob(os.path.join(output_dir, pattern))
    )
    found = [path for path in found if path not in exclude]
    return found[0] if found else None


def representative_pages(output_dir):
    """[(description, relative path or None, what was looked for)] for every representative page."""
    def fixed(description, path):
        exists = os.path.isfile(os.path.join(output_dir, path))
        return (description, path if exists else None, path)

    return [
        fixed("home page", "index.html"),
        ("a guide page", _first(output_dir, "guides/*/index.html"), "guides/*/index.html"),
        (
            "a glossary term page",
            _first(output_dir, "glossaire/*/index.html", exclude=("glossaire/index.html",)),
            "glossaire/*/index.html",
        ),
        fixed("glossary index", "glossaire/index.html"),
        fixed("good practices", "bonnes-pratiques/index.html"),
        fixed("questions", "questions/index.html"),
        fixed("bibliography", "bibliographie/index.html"),
        fixed("search page", "recherche/index.html"),
        fixed("404 page", "404.html"),
    ]


def allow_missing():
    return os.environ.get("SITE_CHECK_ALLOW_MISSING", "") not in ("", "0")


def pages_to_check(output_dir, tool):
    """The relative paths of the representative pages that exist, and the number of missing
    pages that count as errors (0 when SITE_CHECK_ALLOW_MISSING=1). Prints one line per missing page."""
    if not os.path.isdir(output_dir):
        print(f"{tool}: no such output directory: {output_dir}", file=sys.stderr)
        sys.exit(2)
    present, errors = [], 0
    for description, path, wanted in representative_pages(output_dir):
        if path is not None:
            present.append(path)
        elif allow_missing():
            print(f"{tool}: warning: missing page: {wanted} ({description}); skipped because SITE_CHECK_ALLOW_MISSING is set")
        else:
            print(f"{tool}: missing page: {wanted} ({description})")
            errors += 1
    return present, errors
