import Foundation
import GuidesModel
import GuidesText

/// Finds the works a guide cites, before they are merged across the corpus.
///
/// French patterns recognised:
/// - every item and paragraph of a part titled `Outils`, `Pour aller + loin`, `Ressources`,
///   `Quelques liens`, `En savoir plus`, `Références`, `Bibliographie` (its sub-headings, such
///   as `Articles` or `Podcast / Webinaire`, give the type); the numbers of a numbered list are
///   kept, so `(4)` in the text points at entry 4;
/// - `Source : …` paragraphs naming a document;
/// - reference entries of a documentary dossier: a heading (the title) or a title line,
///   followed by short lines (authors, publisher and year) and `En ligne : URL`.
public enum ReferenceExtractor: GuideExtractor {
    static let parts = FrenchWordLists.referencePartTitles
    /// Sub-parts of a resources part that list people, not works.
    static let notReferences = ["contact", "remerciement", "credits"]
    /// Lines of a web page around its text (folded prefixes): sharing, dates, legal notices,
    /// and `Pour citer cet article :`, which cites the text itself.
    static let pageFurniture = [
        "pour citer", "comment citer", "partager", "publie le", "mis a jour", "derniere mise a jour", "©", "(c) ", "copyright",
        "mentions legales", "tous droits reserves", "imprimer", "haut de page", "retour en haut",
    ]
    /// `… Mots-clés : travail pair. Textes de référence :`: a paragraph whose last words announce
    /// a list of works.
    static func announcesReferences(_ text: String) -> Bool {
        guard text.hasSuffix(":") else { return false }
        let tail = Folding.fold(String(text.suffix(40)))
        let last = tail.components(separatedBy: ". ").last ?? tail
        return parts.contains { includes(last, $0) } || includes(last, "textes de reference") || includes(last, "sources")
    }

    /// A line of a page's furniture: a share bar or menu, a date stamp, a legal notice.
    static func isFurniture(_ line: String) -> Bool {
        if line.filter({ $0 == "|" }).count >= 2 { return true }
        let folded = Folding.fold(line.trimmed)
        return pageFurniture.contains { folded.hasPrefix($0) } || folded.contains("mentions legales")
    }

    /// Pronouns and quantifiers that open a sentence of running text, never a work's title.
    static let sentenceSubjects: Set<String> = ["nous", "je", "j", "on", "il", "ils", "elle", "elles", "certains", "certaines", "cela", "ceci"]

    public static func read(_ walk: GuideWalk, context: ExtractionContext = ExtractionContext()) -> Extraction<Reference> {
        var result: [Reference] = []
        var taken = Set<Int>()
        let blocks = walk.blocks
        // The entry a bold-led paragraph opened: the plain paragraphs after it (description,
        // URL) belong to it.
        var openEntry: Int?
        // A list announced by `Textes de référence :`, `Bibliographie :`: a resources part of its own.
        var announcedList = false
        for (index, block) in blocks.enumerated() {
            guard !block.isHeading else { openEntry = nil; announcedList = false; continue }
            if !block.isItem { announcedList = announcesReferences(block.text) }
            let folded = walk.foldedPath(of: block.section)
            let inPart = walk.isInReferencePart(block.section)
                && !folded.contains { part in notReferences.contains { includes(part, $0) } }
                || announcedList && block.isItem
            if inPart, let entry = openEntry, block.kind == .paragraph, block.leadingStrong == nil {
                if result[entry].url == nil { result[entry].url = block.urls.first { $0.hasPrefix("http") } }
                taken.insert(index)
                continue
            }
            openEntry = nil
            if inPart, block.text.count >= 12, !isLabel(block) {
                if block.kind == .paragraph, block.leadingStrong != nil { openEntry = result.count }
                let kindHint = walk.path(of: block.section).last.flatMap { ReferenceText.kind(ofHeading: $0) }
                var number: Int?
                if case let .item(_, ordered, value) = block.kind, ordered { number = value }
                result.append(reference(text: block.text, title: nil, urls: block.urls, kind: kindHint, number: number, block: block, walk: walk))
                taken.insert(index)
                continue
            }
            // A quotation's attribution that links to its source: `> — [travail-pair.org](…)`.
            let attribution = block.kind == .quote && block.text.hasPrefix("—")
            let body = attribution ? String(block.text.dropFirst()).trimmed : block.text
            if attribution, let url = block.urls.first(where: { $0.hasPrefix("http") }), body.count >= 6, body.count < 120 {
                result.append(reference(text: body, title: ReferenceText.clean(body), urls: [url], kind: .site, number: nil, block: block, walk: walk))
                continue
            }
            // `la loi du 11 février 2005 pour…`, `le rapport « Programme… »`: works named in the text.
            if !taken.contains(index), block.kind == .paragraph || block.isItem || block.kind == .quote {
                for (title, kind) in NamedWorks.named(in: block.text) {
                    result.append(reference(text: title, title: title, urls: [], kind: kind, number: nil, block: block, walk: walk))
                }
            }
            // `Extrait du film *Pair-aidance, regards croisés*`, `tiré du Guide des droits… de l'Unafam`.
            if !taken.contains(index), let work = ReferenceText.workQuoted(in: block.markdown) {
                var entry = reference(text: work.title, title: work.title, urls: [], kind: work.kind, number: nil, block: block, walk: walk)
                entry.publisher = work.publisher
                if let publisher = work.publisher { entry.authors = [publisher] }
                result.append(entry)
            }
            // `Source : Titre du document…` (also as a quotation's attribution).
            let lowered = Folding.fold(String(body.prefix(10)))
            if lowered.hasPrefix("source :") || lowered.hasPrefix("source:") || lowered.hasPrefix("sources :") {
                let text = ReferenceText.clean(String(body.drop { $0 != ":" }.dropFirst()))
                if text.count >= 12 {
                    result.append(reference(text: text, title: nil, urls: block.urls, kind: nil, number: nil, block: block, walk: walk))
                    taken.insert(index)
                }
                continue
            }
            // `… par le plan gouvernemental (source : Plan quinquennal pour le Logement d'abord,
            // Dihal, 2018).`: a titled work named in passing; `(source : enquête interne)` names none.
            if !taken.contains(index), !inPart, let named = ReferenceText.sourceInParentheses(block.text) {
                result.append(reference(text: named, title: nil, urls: block.urls, kind: nil, number: nil, block: block, walk: walk))
            }
            guard block.kind == .paragraph, !taken.contains(index) else { continue }
            let paragraphText = Folding.fold(block.text)
            // `En ligne : URL` alone closes a dossier entry made of the paragraphs above it.
            if paragraphText.hasPrefix("en ligne") {
                if let entry = dossierEntry(endingAt: index, walk: walk) { result.append(entry) }
                continue
            }
            // A whole entry in one paragraph: title, authors, publisher, `En ligne : URL` lines.
            // (Its year in a line of the entry, not in a sentence of running text: `Comment êtes-vous
            // arrivé à ce métier ?` / `Un peu par hasard… en 2014…` is an interview's answer.)
            if block.lines.count >= 2,
               block.lines.dropFirst().contains(where: { Folding.fold($0).hasPrefix("en ligne") || ReferenceText.year(in: $0) != nil && !(ReferenceText.isSentence($0) && $0.count > 150) }),
               let title = block.lines.first, title.count >= 8, title.count < 250, !ReferenceText.isSourceLine(title) || block.lines.count >= 3,
               !block.lines.contains(where: isFurniture), !Folding.fold(title).hasPrefix("par ")
            {
                // Under a title heading, the paragraph starts with the authors (`### Le soutien
                // par les pairs…` then `Beetlestone Emma, Loubières Céline` / `Santé Publique 2011…`).
                var title = title
                var lines = block.lines
                if index > 0, blocks[index - 1].isHeading, let section = blocks[index - 1].section, !isGlossaryTerm(section, walk: walk),
                   ReferenceText.authorLine(title) != nil
                {
                    title = walk.guide.sections[section].title
                    lines.insert(title, at: 0)
                }
                var entry = reference(text: lines.joined(separator: ". "), title: ReferenceText.clean(title), urls: block.urls, kind: nil, number: nil, block: block, walk: walk)
                if entry.authors.isEmpty, lines.count >= 3, let names = ReferenceText.authorLine(lines[1]) { entry.authors = [names] }
                result.append(entry)
                taken.insert(index)
                continue
            }
            // `Pour en savoir plus : Titre. Lieu : Éditeur, 2015. En ligne : URL`.
            if let lead = ["pour en savoir plus", "pour aller plus loin", "voir aussi", "a lire"].first(where: { paragraphText.hasPrefix($0) }),
               let colon = block.text.firstIndex(of: ":"), block.text.distance(from: block.text.startIndex, to: colon) <= lead.count + 2
            {
                let text = String(block.text[block.text.index(after: colon)...]).trimmed
                if text.count >= 12, ReferenceText.hasDate(text) || !block.urls.isEmpty {
                    result.append(reference(text: text, title: nil, urls: block.urls, kind: nil, number: nil, block: block, walk: walk))
                    taken.insert(index)
                }
                continue
            }
            // `Solidarités usagers psy. En ligne : URL`: a short title, then its address.
            if includes(block.text, ". En ligne"), let online = block.text.range(of: ". En ligne"), block.text.distance(from: block.text.startIndex, to: online.lowerBound) < 200 {
                let title = String(block.text[..<online.lowerBound])
                if title.count >= 8, !title.contains(". ") {
                    let kind = ReferenceText.kind(of: title, url: block.urls.first)
                    result.append(reference(text: block.text, title: ReferenceText.clean(title), urls: block.urls, kind: kind, number: nil, block: block, walk: walk))
                    taken.insert(index)
                    continue
                }
            }
            // `Cité par : Auteur. Titre. …`
            if paragraphText.hasPrefix("cite par") {
                // The work that cites closes the entry of the work cited, written above it.
                if let entry = dossierEntry(endingAt: index, walk: walk, closedByAddress: false), ReferenceText.hasDate(entry.text) { result.append(entry) }
                let text = String(block.text.drop { $0 != ":" }.dropFirst()).trimmed
                if text.count >= 12 { result.append(reference(text: text, title: nil, urls: block.urls, kind: nil, number: nil, block: block, walk: walk)) }
            }
        }
        result += headingEntries(walk: walk, excluding: Set(result.flatMap(\.citedIn).map(\.line)))
        return Extraction(items: result)
    }

    /// A dossier entry titled by its heading, without a URL: the heading's first paragraphs
    /// are short lines of authors and publisher with a year (`Tourette-Turgis, Catherine` /
    /// `Bruxelles : De Boeck, 2015, 166 p.`).
    static func headingEntries(walk: GuideWalk, excluding lines: Set<Int>) -> [Reference] {
        var result: [Reference] = []
        for (index, block) in walk.blocks.enumerated() {
            guard let level = block.headingLevel, level >= 2, let section = block.section, !lines.contains(block.line),
                  !isGlossaryTerm(section, walk: walk)
            else { continue }
            let title = walk.guide.sections[section].title
            let following = walk.blocks[(index + 1)...].prefix { !$0.isHeading }.prefix(3)
            // Short lines; a bold paragraph is a sub-heading (`**Programme Denver (Colorado 1986/1988)**`).
            let short = following.prefix { $0.kind == .paragraph && $0.text.count < 250 && !($0.leadingStrong != nil && ($0.afterStrong?.isEmpty ?? true)) }
            // `### Quel est le projet ?` then `Accroître… Le projet a été lancé en 2021.`: a
            // sentence of the text, not an author line.
            // A heading is a work's title only when the lines under it read as an entry: names,
            // or publication details (`Paris : Érès, 2015`, `vol. 16`, `n° 4`, `p. 11-23`).
            guard let first = short.first, !ReferenceText.isSentence(first.text), short.contains(where: { ReferenceText.hasDate($0.text) }),
                  !short.contains(where: { lines.contains($0.line) }),
                  short.contains(where: { ReferenceText.authorLine($0.text) != nil || ReferenceText.hasPublicationDetails($0.text) })
            else { continue }
            let text = ([title] + short.map(\.text)).joined(separator: ". ")
            var entry = reference(text: text, title: ReferenceText.clean(title), urls: short.flatMap(\.urls), kind: nil, number: nil, block: block, walk: walk)
            if entry.authors.isEmpty, let names = ReferenceText.authorLine(first.text) { entry.authors = [names] }
            result.append(entry)
        }
        return result
    }

    /// Not an entry, though inside a resources part: a sub-heading label (`Guide`, `Articles`),
    /// a bare `Lien`, an editor's note (`[liens absents de la source]`), a question, a lead-in
    /// (`… intitulée :`) or a sentence of running text (long, with no link, year or bold title).
    /// `(PDF, 850 Ko)`; built once (a regex literal constructs its `Regex` each time).
    nonisolated(unsafe) static let fileToDownload = /\((PDF|pdf|DOCX?|docx?|ODT|odt)[^)]*\d+ ?[KkMm]o\)/

    static func isLabel(_ block: GuideWalk.Block) -> Bool {
        let text = block.text
        // `Partager : Facebook | LinkedIn | Courriel`: a page's widget or menu.
        if text.filter({ $0 == "|" }).count >= 2 { return true }
        // A web page's furniture, and the way to cite the text itself.
        if isFurniture(text) { return true }
        // `Télécharger la plaquette « … » (PDF, 850 Ko)`: the site's own file to download.
        if includes(text, "o)"), text.contains(fileToDownload) { return true }
        // `↑ Anthony 1993, p. 15`, `Ibid.`, `Op. cit., p. 4`: a note pointing back at an entry.
        if ReferenceText.isBackReference(text) { return true }
        // `Nous remercions la Ville…`, `Certains textes parlent de « résilience »…`: a sentence
        // of the text led by a pronoun, naming no work (no year, no address, no italics).
        if let first = FrenchWords.words(in: text).first, sentenceSubjects.contains(Folding.fold(String(first))),
           ReferenceText.isSentence(text), ReferenceText.year(in: text) == nil, block.urls.isEmpty,
           !block.markdown.contains("*"), block.leadingStrong == nil
        {
            return true
        }
        // `Clubhouse Rouen` in a list of resources is an entry; `Guide` or `Articles` is a label.
        if text.split(separator: " ").count <= (block.isItem ? 1 : 2) && block.urls.isEmpty { return true }
        if text.hasPrefix("[") || text.hasSuffix("?") && text.count < 80 && block.urls.isEmpty { return true }
        if text.hasSuffix(":") || Folding.fold(text).hasSuffix("intitulee") { return true }
        return block.kind == .paragraph && text.count > 160 && block.urls.isEmpty && block.leadingStrong == nil
            && ReferenceText.year(in: text) == nil
    }

    /// The entry an `En ligne :` line (or a `Cité par :` line) closes: the short paragraphs
    /// above it, up to a heading (which is then the title) or a long paragraph (an abstract or
    /// a definition).
    static func dossierEntry(endingAt end: Int, walk: GuideWalk, closedByAddress: Bool = true) -> Reference? {
        let blocks = walk.blocks
        var lines: [GuideWalk.Block] = []
        var index = end - 1
        var title: String?
        while index >= 0, lines.count < 5 {
            let block = blocks[index]
            if let section = block.section, block.isHeading {
                let heading = walk.guide.sections[section].title
                // A heading is the title unless it names a glossary term (then the first line is).
                if !isGlossaryTerm(section, walk: walk) { title = heading }
                break
            }
            // Stop at a sentence of the text (an abstract, a definition): entries are short
            // lines that do not end a sentence.
            guard block.kind == .paragraph, block.text.count < 250, !Folding.fold(block.text).hasPrefix("en ligne"),
                  !(block.text.hasSuffix(".") && block.text.count > 120 && !ReferenceText.hasDate(block.text))
            else { break }
            lines.insert(block, at: 0)
            index -= 1
        }
        let text = ([title].compactMap { $0 } + lines.map(\.text)).joined(separator: ". ")
        guard let first = title ?? lines.first?.text, first.count >= 8 else { return nil }
        let urls = (closedByAddress ? blocks[end].urls : []) + lines.flatMap(\.urls)
        let anchor = title != nil ? blocks[index] : lines.first ?? blocks[end]
        var entry = reference(text: text, title: first, urls: urls, kind: nil, number: nil, block: anchor, walk: walk)
        // The line after the title names the authors (`Nurco DN, Stephenson PE, Hanlon TA`).
        let authorLine = (title != nil ? lines.first : lines.dropFirst().first).flatMap { ReferenceText.authorLine($0.text) }
        if entry.authors.isEmpty, let authorLine { entry.authors = [authorLine] }
        return entry
    }

    public static func isGlossaryTerm(_ section: Int, walk: GuideWalk) -> Bool {
        walk.path(of: section).dropLast().contains { FrenchWordLists.isDefinitionPartTitle(Folding.fold($0)) }
    }

    static func reference(text: String, title: String?, urls: [String], kind: Reference.Kind?, number: Int?, block: GuideWalk.Block, walk: GuideWalk) -> Reference {
        // A title in italics, when the block is the entry itself (a passing mention's italics
        // may belong to another part of the paragraph).
        let italic = text == block.text ? ReferenceText.italicSpan(in: block.markdown) : nil
        let parsed = ReferenceText.parse(text, strongTitle: block.leadingStrong, italicTitle: italic)
        let url = urls.first { $0.hasPrefix("http") } ?? parsed.url
        return Reference(
            id: "", title: title ?? parsed.title, authors: parsed.authors, year: parsed.year, publisher: parsed.publisher,
            url: url, kind: kind ?? ReferenceText.kind(of: text, title: title ?? parsed.title, url: url), text: text,
            citedIn: [walk.provenance(of: block)], numbers: number.map { [walk.guide.id: $0] } ?? [:])
    }
}
