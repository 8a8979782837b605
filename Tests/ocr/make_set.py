#!/usr/bin/env python3
"""Builds the OCR test set: French texts typeset as scanned booklet pages, read back by tesseract.

For each source text (the unseen set's clean texts, written for this project), the script
- keeps its prose paragraphs (the reference, `<name>.ref.txt`);
- typesets them as pages: a serif font, lines of about 68 characters, long words hyphenated at
  line ends (`accompagne-` / `ment`) as a booklet would;
- degrades each page as a scanner would, with parameters drawn from the text's own seed: a
  rotation under 1°, blur, noise, 120 dpi, JPEG;
- reads the pages back with `tesseract -l fra` (`<name>.ocr.txt`).

Run it again only to rebuild the set (ImageMagick `convert` and `tesseract-ocr-fra` needed);
`make test` uses the committed outputs. Usage: python3 Tests/ocr/make_set.py [name...]
"""
import hashlib, os, random, re, subprocess, sys, tempfile, textwrap

ROOT = os.path.dirname(os.path.abspath(__file__))
UNSEEN = os.path.join(ROOT, '..', 'unseen')
CONVERT = '/usr/bin/convert' if os.path.exists('/usr/bin/convert') else 'convert'
FONT = '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf'
# Half to develop on, half only to report on: never tune the OCR repair on the `report` half's
# damaged words.
SPLITS = {
    'dev': ['dev/article-revue', 'dev/memoire-master', 'dev/page-concept-retablissement', 'dev/guide-pratique-equipe', 'dev/plaidoyer-association',
            # Added once the first rules were written, for more damage to develop on.
            'dev/faq-plateforme', 'dev/fiche-poste-hopital', 'dev/magazine-dossier-pairs', 'dev/rapport-inspection-evaluation',
            'dev/page-formation-pairs', 'dev/blog-association-temoignage', 'dev/circulaire-instruction', 'dev/offre-emploi-pair',
            # A poorer scanner (see HARSH).
            'dev/faq-association-handicap', 'dev/faq-reseau-pairs', 'dev/glossaire-handicap', 'dev/guide-recrutement-employeur',
            'dev/page-hopital-msp', 'dev/recommandation-bonnes-pratiques', 'dev/rapport-evaluation-pdf',
            # Texts written for this set (`extra/`), after the rules above, read by the poorer scanner.
            'extra/page-web-association-gem', 'extra/offre-emploi-mediateur-sante-pair', 'extra/lettre-information-reseau',
            'extra/compte-rendu-comite-pilotage', 'extra/article-revue-professionnelle', 'extra/temoignage-long-pair-aidante',
            # A second batch written for this set (`extra2/`), three texts per scanner.
            'extra2/brochure-formation-pairs', 'extra2/entretien-chef-de-service', 'extra2/note-synthese-politique',
            'extra2/chronique-blog-pair-aidant', 'extra2/glossaire-commente', 'extra2/rapport-activite-association',
            # A third batch (`extra3/`), in the genres of the reporting half, by the poorer scanner.
            'extra3/article-blog-metiers-pairs', 'extra3/dossier-temoignages-familles', 'extra3/faq-union-departementale',
            'extra3/fiche-poste-travailleur-pair-chrs', 'extra3/programme-formation-universitaire', 'extra3/rapport-recommandations-regional',
            # The first reporting half: its figures were reported (58 % repaired, 92 % of changes
            # right) and its results then read, so it became development texts; their readings
            # were kept as they were.
            'dev/recueil-temoignages-association', 'dev/rapport-federation-recommandations', 'dev/site-info-sante-mentale', 'dev/interview-presse', 'dev/referentiel-competences',
            'report/article-blog-roles', 'report/dossier-temoignages', 'report/faq-association', 'report/fiche-poste-recrutement',
            'report/formation-pairs', 'report/rapport-recommandations'],
    # The reporting half: twelve texts written for it (`extra4/`) in genres no development text
    # has, scanned once, half by each scanner (chosen before the scan).
    'report': ['extra4/communique-presse-ars', 'extra4/pv-assemblee-generale-gem', 'extra4/lettre-ouverte-collectif-pairs', 'extra4/compte-rendu-colloque',
               'extra4/livret-accueil-salaries-pairs', 'extra4/appel-a-projets-regional', 'extra4/bilan-formation-pairs', 'extra4/tribune-journal-psychiatre',
               'extra4/temoignage-mere-pair-aidante', 'extra4/article-recherche-introduction', 'extra4/faq-mdph-emploi-pairs', 'extra4/charte-ethique-reseau-pairs'],
}
WORDS_PER_TEXT = 900
# The scanner's range: type size (points), blur (sigma) and resolution (dpi).
SIZE, BLUR, DPI = (11.0, 11.5), (0.9, 1.0), (108, 116)
# A poorer scanner, for the texts added last to each half: smaller type, lower resolution
# (tesseract's damage grows steeply below these).
HARSH_SIZE, HARSH_BLUR, HARSH_DPI = (10.9, 11.2), (0.95, 1.0), (102, 108)
HARSH = {'faq-association-handicap', 'faq-reseau-pairs', 'glossaire-handicap', 'guide-recrutement-employeur', 'page-hopital-msp',
         'recommandation-bonnes-pratiques', 'rapport-evaluation-pdf', 'article-blog-roles', 'dossier-temoignages', 'faq-association',
         'fiche-poste-recrutement', 'formation-pairs', 'rapport-recommandations', 'page-web-association-gem',
         'offre-emploi-mediateur-sante-pair', 'lettre-information-reseau', 'compte-rendu-comite-pilotage',
         'article-revue-professionnelle', 'temoignage-long-pair-aidante', 'chronique-blog-pair-aidant', 'glossaire-commente',
         'rapport-activite-association', 'article-blog-metiers-pairs', 'dossier-temoignages-familles', 'faq-union-departementale',
         'fiche-poste-travailleur-pair-chrs', 'programme-formation-universitaire', 'rapport-recommandations-regional',
         'communique-presse-ars', 'pv-assemblee-generale-gem', 'livret-accueil-salaries-pairs', 'appel-a-projets-regional',
         'temoignage-mere-pair-aidante', 'article-recherche-introduction'}
VOWELS = set('aeiouyàâäéèêëîïôöùûü')

def is_word(word):
    """Whether hunspell's French dictionary knows `word` (used to undo the source's own line-end cuts)."""
    result = subprocess.run(['hunspell', '-d', 'fr', '-G'], input=word, capture_output=True, text=True)
    return result.stdout.strip() == word

def prose(path):
    """The text's paragraphs of prose: lines of 60 characters or more, with the short line that
    ends each of them, joined; web chrome and tables of contents (dot leaders) left out. A word
    the source itself cut at a line end (`dé-` / `place`) is joined again, keeping the hyphen only
    where the joined word is not one (`aller-` / `vers`), so the reference is clean text."""
    paragraphs, current = [], []
    def close():
        if current: paragraphs.append(' '.join(current)); current.clear()
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if '....' in line or '……' in line or line.startswith(('http', '[', '|')):
            close()
        elif len(line) >= 60 or (current and line and not current[-1].endswith(('.', ':', '!', '?', '»'))):
            if current and re.search(r'[a-zà-ÿ]-$', current[-1]) and re.match(r'[a-zà-ÿ]', line):
                head = current[-1].split(' ')[-1][:-1]; tail = re.match(r'[\w]+', line).group(0)
                joined = re.sub(r'^\W+', '', head) + tail
                current[-1] = current[-1][:-1] + ('' if is_word(joined) else '-') + line
            else:
                current.append(line)
        else:
            close()
    close()
    kept, count = [], 0
    for paragraph in paragraphs:
        paragraph = re.sub(r'\s+', ' ', paragraph)
        kept.append(paragraph); count += len(paragraph.split())
        if count >= WORDS_PER_TEXT: break
    return kept

INSEPARABLE = {'bl', 'br', 'cl', 'cr', 'dr', 'fl', 'fr', 'gl', 'gr', 'pl', 'pr', 'tr', 'vr', 'ch', 'ph', 'th', 'gn'}

def hyphen_point(word, room):
    """Where a long word may be cut to fill `room` characters, as French typesetting cuts it:
    between syllables, before a consonant that opens one (`accompa-gner`, `plate-forme`)."""
    letters = word.rstrip('.,;:!?»)')
    low = letters.lower()
    best = None
    for i in range(3, min(len(letters) - 2, room - 1)):
        if not (letters[i].isalpha() and letters[i - 1].isalpha() and letters[i + 1].isalpha()):
            continue
        vowel = lambda k: low[k] in VOWELS
        if vowel(i - 1) and not vowel(i) and vowel(i + 1):
            best = i                                   # V|CV
        elif not vowel(i - 1) and not vowel(i) and vowel(i + 1) and vowel(i - 2) and low[i - 1:i + 1] not in INSEPARABLE:
            best = i                                   # VC|CV
    return best

def typeset(paragraphs, width, rng):
    lines = []
    for paragraph in paragraphs:
        line = ''
        for word in paragraph.split(' '):
            if len(line) + 1 + len(word) <= width:
                line = (line + ' ' + word).strip()
                continue
            cut = hyphen_point(word, width - len(line) - 1) if len(word) >= 8 and rng.random() < 0.7 else None
            if cut and '-' not in word:
                lines.append((line + ' ' + word[:cut] + '-').strip()); line = word[cut:]
            else:
                lines.append(line); line = word
        lines.append(line); lines.append('')
    return lines

def render(lines, out_jpg, rng, work, harsh=False):
    # (The text goes on the command line: ImageMagick's policy refuses `@file` reads. `%` and
    # `\\` are its escapes.)
    page_text = '\n'.join(lines).replace('\\', '\\\\').replace('%', '%%')
    # An A4 page typeset at 150 dpi, scanned at 100–120 dpi: rotated, blurred, noisy, JPEG.
    # (Tesseract goes from clean to unreadable within a point of type size: these ranges give
    # a few per cent of damaged words, as a poor office scan does.)
    angle = rng.uniform(-0.9, 0.9); blur = rng.uniform(*(HARSH_BLUR if harsh else BLUR)); noise = rng.uniform(0.5, 0.6)
    quality = rng.randint(38, 46); dpi = rng.randint(*(HARSH_DPI if harsh else DPI)); size = rng.uniform(*(HARSH_SIZE if harsh else SIZE))
    subprocess.run([CONVERT, '-density', '150', '-size', '1240x1754', 'xc:white', '-font', FONT, '-pointsize', f'{size:.1f}', '-fill', 'black',
                    '-annotate', '+90+110', page_text, '-rotate', f'{angle:.2f}', '-blur', f'0x{blur:.2f}',
                    '-attenuate', f'{noise:.2f}', '+noise', 'Gaussian', '-resample', str(dpi), '-quality', str(quality), out_jpg], check=True)

def main(only):
    for split, names in SPLITS.items():
        os.makedirs(os.path.join(ROOT, split), exist_ok=True)
        for name in names:
            base = os.path.basename(name)
            if only and base not in only:
                continue
            rng = random.Random(int(hashlib.sha1(base.encode()).hexdigest()[:8], 16))
            source = os.path.join(ROOT if name.startswith('extra') else UNSEEN, name + '.txt')
            paragraphs = prose(source)
            open(os.path.join(ROOT, split, base + '.ref.txt'), 'w', encoding='utf-8').write('\n\n'.join(paragraphs) + '\n')
            lines = typeset(paragraphs, 68, rng)
            pages = [lines[i:i + 46] for i in range(0, len(lines), 46)]
            texts = []
            with tempfile.TemporaryDirectory() as work:
                for number, page in enumerate(pages, 1):
                    jpg = os.path.join(work, f'p{number}.jpg')
                    render(page + ['', f'{number}'], jpg, rng, work, harsh=base in HARSH)
                    result = subprocess.run(['tesseract', jpg, '-', '-l', 'fra'], check=True, capture_output=True, text=True)
                    texts.append(result.stdout)
            open(os.path.join(ROOT, split, base + '.ocr.txt'), 'w', encoding='utf-8').write('\n'.join(texts))
            print(split, base, len(pages), 'pages', file=sys.stderr)

if __name__ == '__main__':
    # Names given on the command line: rebuild only those texts (tesseract's reading of the
    # others would change with ImageMagick's unseeded noise).
    main(set(sys.argv[1:]))
