#!/usr/bin/env python3
"""`make bench`: `guides build` against Hugo and `cmark --smart` on the same Markdown, at scale.

For each scale (BENCH_SCALES, default `1,10,50`; add 200 for the largest corpus) the script
- generates a corpus from the real guides under `.build/bench/xN/`: the five guides copied N
  times with new slugs, titles and orders, the same text (never committed);
- gives Hugo the same files in a minimal site (title, table of contents, content; Hugo needs
  full dates, so its copy renames the `date` key);
- times, with alternating runs (BENCH_RUNS, default 5), `guides build`, `hugo` and `cmark
  --smart` over the guides' files, with the kernel's CPU time and peak RSS of each run;
- prints a Markdown table of medians: wall time, CPU time (user + sys), peak RSS, the ratios
  against Hugo and cmark, pages/s and MB/s of Markdown read.

Usage: python3 bench/bench.py GUIDES_BINARY HUGO_BINARY
"""
import os, re, shutil, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, '.build', 'bench')
CONTENT = os.path.join(ROOT, 'content')

HUGO_CONFIG = '''baseURL = "/"
languageCode = "fr"
title = "Guides"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.tableOfContents]
  startLevel = 2
  endLevel = 4
'''
HUGO_SINGLE = '''<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1><nav>{{ .TableOfContents }}</nav><main>{{ .Content }}</main></body></html>
'''
HUGO_LIST = '''<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
'''


def scaled_guides(scale):
    """(file name, text) of the corpus copied `scale` times: new slug, title and order."""
    guides_dir = os.path.join(CONTENT, 'guides')
    names = sorted(n for n in os.listdir(guides_dir) if n.endswith('.md'))
    for copy in range(scale):
        for name in names:
            text = open(os.path.join(guides_dir, name), encoding='utf-8').read()
            if copy:
                text = re.sub(r'^(title|short_title): "(.*)"$', lambda m: f'{m.group(1)}: "{m.group(2)} ({copy + 1})"', text, count=2, flags=re.M)
                text = re.sub(r'^order: (\d+)$', lambda m: f'order: {int(m.group(1)) + 100 * copy}', text, count=1, flags=re.M)
                name = name[:-3] + f'-{copy + 1}.md'
            yield name, text


def prepare(scale):
    """Writes the scaled corpus for guides and for Hugo; returns their paths and the Markdown files."""
    base = os.path.join(WORK, f'x{scale}')
    shutil.rmtree(base, ignore_errors=True)
    content = os.path.join(base, 'content')
    os.makedirs(os.path.join(content, 'guides'))
    shutil.copy(os.path.join(CONTENT, 'site.yml'), content)
    shutil.copytree(os.path.join(CONTENT, 'sources'), os.path.join(content, 'sources'))
    hugo = os.path.join(base, 'hugo')
    for folder in ('content/guides', 'layouts/_default'):
        os.makedirs(os.path.join(hugo, folder))
    open(os.path.join(hugo, 'hugo.toml'), 'w').write(HUGO_CONFIG)
    open(os.path.join(hugo, 'layouts/_default/single.html'), 'w').write(HUGO_SINGLE)
    open(os.path.join(hugo, 'layouts/_default/list.html'), 'w').write(HUGO_LIST)
    open(os.path.join(hugo, 'layouts/index.html'), 'w').write(HUGO_LIST)
    markdown = []
    for name, text in scaled_guides(scale):
        path = os.path.join(content, 'guides', name)
        open(path, 'w', encoding='utf-8').write(text)
        markdown.append(path)
        # Hugo reads `date` as a full date: `2024-12` is not one.
        hugo_text = re.sub(r'^date:', 'edition:', text, count=1, flags=re.M)
        open(os.path.join(hugo, 'content/guides', name), 'w', encoding='utf-8').write(hugo_text)
    return base, content, hugo, markdown


def timed(command, cwd=None):
    """(wall s, cpu s, peak RSS MB) of one run of `command`. The kernel's accounting of the
    child (`wait4`, as `/usr/bin/time` reads it, but to the microsecond) includes the processes
    it waited for."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f'{command[0]} failed with status {process.returncode}')
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def html_pages(directory):
    return sum(1 for _, _, files in os.walk(directory) for name in files if name.endswith('.html'))


def main():
    guides_binary, hugo_binary = sys.argv[1], sys.argv[2]
    scales = [int(s) for s in os.environ.get('BENCH_SCALES', '1,10,50').split(',') if s.strip()]
    runs = int(os.environ.get('BENCH_RUNS', '5'))
    rows = []
    for scale in scales:
        base, content, hugo, markdown = prepare(scale)
        size_mb = sum(os.path.getsize(p) for p in markdown) / 1e6
        out_guides, out_hugo = os.path.join(base, 'public-guides'), os.path.join(base, 'public-hugo')
        tools = {
            'guides build': ([guides_binary, 'build', '--quiet', '--content', content, '--templates', os.path.join(ROOT, 'templates'),
                              '--output', out_guides], None),
            'Hugo': ([hugo_binary, '--quiet', '--destination', out_hugo, '--cleanDestinationDir'], hugo),
            'cmark --smart': (['sh', '-c', 'cmark --smart "$@" > /dev/null', 'cmark'] + markdown, None),
        }
        samples = {name: [] for name in tools}
        for _ in range(runs):  # alternating: one run of each tool in turn
            for name, (command, cwd) in tools.items():
                samples[name].append(timed(command, cwd))
        pages = {'guides build': html_pages(out_guides), 'Hugo': html_pages(out_hugo), 'cmark --smart': len(markdown)}
        medians = {name: tuple(statistics.median(s[i] for s in runs_) for i in range(3)) for name, runs_ in samples.items()}
        for name in tools:
            wall, cpu, rss = medians[name]
            rows.append((f'×{scale} ({len(markdown)} guides, {size_mb:.1f} MB)', name, wall, cpu, rss,
                         wall / medians['Hugo'][0], cpu / medians['cmark --smart'][1], pages[name] / wall, size_mb / wall, pages[name]))
        print(f'×{scale}: done', file=sys.stderr)
    print(f'Medians of {runs} alternating runs; CPU = user + sys; ratios are wall time against Hugo and CPU time against cmark.\n')
    print('| corpus | tool | wall | CPU | peak RSS | wall / Hugo | CPU / cmark | pages | pages/s | MB/s |')
    print('|---|---|---|---|---|---|---|---|---|---|')
    for corpus, name, wall, cpu, rss, vs_hugo, vs_cmark, pages_s, mb_s, pages in rows:
        print(f'| {corpus} | {name} | {wall * 1000:.0f} ms | {cpu * 1000:.0f} ms | {rss:.0f} MB | {vs_hugo:.2f}× | {vs_cmark:.1f}× | {pages} | {pages_s:.0f} | {mb_s:.1f} |')


if __name__ == '__main__':
    main()
