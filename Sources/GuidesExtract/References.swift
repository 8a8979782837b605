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
public enum ReferenceExtractor {
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

    public static func extract(from walk: GuideWalk) -> [Reference] {
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
            let inPart = folded.contains { part in parts.contains { includes(part, $0) } }
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
        return result
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
    static func isLabel(_ block: GuideWalk.Block) -> Bool {
        let text = block.text
        // `Partager : Facebook | LinkedIn | Courriel`: a page's widget or menu.
        if text.filter({ $0 == "|" }).count >= 2 { return true }
        // A web page's furniture, and the way to cite the text itself.
        if isFurniture(text) { return true }
        // `Télécharger la plaquette « … » (PDF, 850 Ko)`: the site's own file to download.
        if text.contains(/\((PDF|pdf|DOCX?|docx?|ODT|odt)[^)]*\d+ ?[KkMm]o\)/) { return true }
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
        walk.path(of: section).dropLast().contains { Folding.fold($0).contains("definition") || Folding.fold($0).contains("glossaire") }
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

/// Reading a bibliographic entry written by hand: title, authors, year, URL, type.
enum ReferenceText {
    struct Parsed {
        var title: String
        var authors: [String]
        var year: Int?
        var publisher: String?
        var url: String?
    }

    /// `Dans Rhizome`, `Paris : Ministère…, 2016`, `2008, p. 11`, `En ligne : …`: a line
    /// describing a work rather than a sentence of the text.
    static func isSourceLine(_ text: String) -> Bool {
        let folded = Folding.fold(text)
        if folded.hasPrefix("en ligne") || folded.hasPrefix("cite par") || folded.hasPrefix("source") { return true }
        guard text.count < 200 else { return false }
        return hasDate(text) && (!text.hasSuffix(".") || text.contains(" : "))
    }

    /// The first `*italic*` (or `_italic_`) span of an entry's Markdown, not bold: where
    /// bibliographies set a book's or a journal's title.
    static func italicSpan(in markdown: String) -> String? {
        guard markdown.contains("*") || markdown.contains("_") else { return nil }
        // A single `*` or `_` (not `**`) opening a span that closes the same way.
        for match in markdown.matches(of: /(^|[^*\w])([*_])([^*_\n]{8,}?)([*_])([^*\w]|$)/) where match.output.2 == match.output.4 {
            let inner = String(match.output.3).trimmed
            if inner.count >= 8, !inner.hasSuffix(":") { return inner }
        }
        return nil
    }

    static func parse(_ text: String, strongTitle: String?, italicTitle: String? = nil) -> Parsed {
        let year = year(in: text)
        let url = text.split(separator: " ").first { $0.hasPrefix("http") }.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "<>().,")) }
        var title = strongTitle
        var authors: [String] = []
        // `Nom, Prénom (2019). « **Titre** ». Dans …`
        if title == nil, let open = text.firstIndex(of: "«"), let close = text[open...].firstIndex(of: "»") {
            let inner = text[text.index(after: open)..<close].trimmed
            if inner.count >= 8 { title = inner }
        }
        if title == nil, let italicTitle { title = italicTitle }
        if let paren = yearInParentheses(text) {
            let names = text[..<paren.lowerBound].trimmed
            if !names.isEmpty, names.count < 160 { authors = [names.trimmingCharacters(in: CharacterSet(charactersIn: "-→›• "))] }
            if title == nil {
                let after = text[paren.upperBound...].drop { ". ".contains($0) }
                title = String(after.prefix { $0 != "." }).trimmed
            }
        }
        if title == nil || title!.isEmpty {
            // `Titre, Auteur, Éditeur, 2013.` or `Titre. Auteurs. Éditeur`
            // Up to the first `. ` (a dot inside `www.x.fr` or `J.-L.` does not end a title),
            // and never into a URL.
            var firstSentence = text[...]
            if let stop = text.range(of: ". ") { firstSentence = text[..<stop.lowerBound] }
            if let link = firstSentence.range(of: "http") { firstSentence = firstSentence[..<link.lowerBound] }
            // `Titre, Auteur, 2018`: a single sentence ending in a year; the title is its first part.
            let parts = firstSentence.split(separator: ",", omittingEmptySubsequences: false)
            if firstSentence.count == text.count || firstSentence.count == text.count - 1, parts.count >= 3, parts[0].count >= 12,
               parts.last.map({ ReferenceText.year(in: String($0)) != nil }) == true, parts.dropFirst().allSatisfy({ $0.count < 60 })
            {
                firstSentence = parts[0]
            } else if parts.count >= 3, parts[1].trimmed.count >= 8, parts.last.map({ ReferenceText.year(in: String($0)) != nil }) == true,
                      isNames(String(parts[0]))
            {
                // `Ève Gardien (dir.), L'accompagnement et le soutien par les pairs, PUG, 2017`.
                firstSentence = parts[1]
            }
            title = String(firstSentence.count >= 12 ? firstSentence : text.prefix(160)).trimmed
        }
        return Parsed(title: clean(title!), authors: authors, year: year, publisher: nil, url: url)
    }

    /// `Ève Gardien (dir.)`, `Pierre Dufour`, `Lise Demailly et al.`: names only, as an
    /// entry's first part before its title.
    static func isNames(_ text: String) -> Bool {
        let words = text.split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }.filter { !$0.isEmpty }
        let minor: Set<String> = ["de", "du", "van", "von", "et", "al", "dir", "coord", "éd", "ed", "d"]
        return (1...8).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true || minor.contains($0) }
            && words.contains { $0.first?.isUppercase == true }
    }

    static func clean(_ title: String) -> String {
        // Editor's notes (`[lien absent de la source]`) are not part of a title.
        var text = title
        while let open = text.range(of: "["), let close = text[open.upperBound...].range(of: "]"),
              Folding.fold(String(text[open.upperBound..<close.lowerBound])).contains("source")
        {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        // `Figure adaptée du Rapport…`, `Schéma issu de …`: the work is what the figure comes from.
        let folded = Folding.fold(String(text.prefix(40)))
        for lead in ["figure adaptee ", "schema adapte ", "figure issue ", "schema issu ", "adapte "] where folded.hasPrefix(lead) {
            var rest = text.dropFirst(lead.count)
            if let article = ["du ", "des ", "de la ", "de l'", "de l’", "de ", "d'", "d’"].first(where: { rest.hasPrefix($0) }) {
                rest = rest.dropFirst(article.count)
            }
            if rest.count >= 12 { text = String(rest).capitalizedFirst }
            break
        }
        return text.trimmingCharacters(in: CharacterSet(charactersIn: "«»\"“”*.,:; -→›•"))
    }

    /// `Nurco DN, Stephenson PE, Hanlon TA`, `Demailly Lise`, `Besson Audrey, …, et al.`: a
    /// line of names (no date, no colon, short, capitalised words), as the dossier writes
    /// authors under a title.
    static func authorLine(_ text: String) -> String? {
        let line = text.trimmed
        guard line.count >= 4, line.count < 200, !hasDate(line), !line.contains(":"), !line.contains("http"),
              !line.hasSuffix(".") || line.hasSuffix("al.")
        else { return nil }
        let words = line.split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }.filter { !$0.isEmpty }
        let names = words.filter { $0.first?.isUppercase == true || ["de", "du", "van", "von", "et", "al"].contains($0) }
        return names.count == words.count && words.count <= 24 ? line : nil
    }

    /// The work a parenthesis names as a passage's source: `(source : Plan quinquennal…, Dihal,
    /// 2018)`. Its title starts with a capital (a lowercase `enquête interne` is no title).
    static func sourceInParentheses(_ text: String) -> String? {
        guard includes(text, "(source") else { return nil }
        guard let open = text.range(of: "(source", options: .caseInsensitive) ?? text.range(of: "(sources", options: .caseInsensitive),
              let colon = text[open.upperBound...].prefix(4).firstIndex(of: ":"),
              let close = text[colon...].firstIndex(of: ")")
        else { return nil }
        let named = String(text[text.index(after: colon)..<close]).trimmed
        guard named.count >= 12, let first = named.first, first.isUppercase || first == "«" || first == "*" else { return nil }
        return named
    }

    /// `Paris : Érès, 2015`, `Santé publique, vol. 23, n° 1`, `166 p.`, `Presses de l'EHESP`:
    /// what a bibliography line says and running text rarely does.
    static func hasPublicationDetails(_ text: String) -> Bool {
        if text.contains(/\b(vol\.|n°|no \d|pp?\. ?\d|\d+ ?p\.|éd\.|Éd\.|ISBN|DOI|doi:|In :|Éditions|Editions|Presses|Revue|Journal)/) { return true }
        // `Ville : Éditeur, 2015`
        return text.contains(/\p{Lu}[\p{L}-]+ ?: ?\p{Lu}[^.]*\b(19|20)\d\d\b/)
    }

    /// A note that only points back at a work cited in full elsewhere: `↑ Anthony 1993, p. 15`,
    /// `Ibid., p. 4`, `Op. cit.`, `Deegan (1988)`: at most a name or two, a year and pages.
    static func isBackReference(_ text: String) -> Bool {
        let folded = Folding.fold(text).trimmingCharacters(in: CharacterSet(charactersIn: "↑^ ").union(.whitespaces))
        if folded.hasPrefix("ibid") || folded.hasPrefix("id.") || folded.hasPrefix("op. cit") || folded.hasPrefix("art. cit") { return true }
        let words = folded.split { !$0.isLetter && !$0.isNumber }
        guard words.count <= 6, words.contains(where: { $0.count == 4 && $0.allSatisfy(\.isNumber) }) else { return false }
        // Besides the year and pages, only names (capitalised in the text) and `et al`, `p`.
        let minor: Set<Substring> = ["p", "pp", "et", "al", "a", "b", "c"]
        let letters = words.filter { $0.contains(where: \.isLetter) && !minor.contains($0) }
        return letters.count <= 2
    }

    /// A sentence of the text rather than a line of an entry (`Godrie Baptiste`, `Besson
    /// Audrey, …, et al.`, `Lille : Centre collaborateur…, s.d.`).
    static func isSentence(_ text: String) -> Bool {
        guard text.split(separator: " ").count >= 8 else { return false }
        return text.hasSuffix(":") || text.hasSuffix(".") && !text.hasSuffix("al.") && !isSourceLine(text)
    }

    /// A work a passage says it is taken from: `Extrait du film *Pair-aidance, regards
    /// croisés*`, `tiré du Guide des droits au travail… de l'Unafam` (the title is in italics or
    /// starts with a capital; a trailing `de l'Organisation` is its publisher). `Extrait de la
    /// transcription de l'entretien` names no work.
    static func workQuoted(in markdown: String) -> (title: String, kind: Reference.Kind?, publisher: String?)? {
        let leads: [(String, Reference.Kind?)] = [
            ("extrait du film ", .video), ("extrait du documentaire ", .video), ("extrait du livre ", .ouvrage), ("extrait de l'ouvrage ", .ouvrage),
            ("tiré du ", nil), ("tirée du ", nil), ("tiré de ", nil), ("tirée de ", nil), ("extrait du ", nil), ("extrait de ", nil),
        ]
        // Most blocks name no work: a byte search tells, before the case-insensitive ones.
        guard includes(markdown, "xtrait d") || includes(markdown, "iré") else { return nil }
        for (lead, kind) in leads {
            guard let range = markdown.range(of: lead, options: .caseInsensitive) else { continue }
            let rest = markdown[range.upperBound...]
            if let marker = rest.first, marker == "*" || marker == "_" {
                let inner = rest.dropFirst().prefix { $0 != marker }
                guard inner.count >= 6, inner.count < 200 else { return nil }
                return (String(inner), kind, nil)
            }
            guard rest.first?.isUppercase == true else { return nil }
            var title = String(rest.prefix { !"].;)*\\".contains($0) })
            if let comma = title.range(of: ", ") { title = String(title[..<comma.lowerBound]) }
            var publisher: String?
            for joint in [" de l'", " de l’", " de la ", " du ", " de "] {
                if let last = title.range(of: joint, options: .backwards), title[last.upperBound...].first?.isUppercase == true {
                    publisher = String(title[last.upperBound...])
                    title = String(title[..<last.lowerBound])
                    break
                }
            }
            guard title.count >= 12 else { return nil }
            return (title, kind ?? ReferenceText.kind(ofHeading: title), publisher)
        }
        return nil
    }

    /// `(2019)` or `(octobre 2022)`: where the first one is (a scan, not a regex: this runs
    /// on every entry).
    static func yearInParentheses(_ text: String) -> Range<String.Index>? {
        var search = text.startIndex
        while let open = text[search...].firstIndex(of: "(") {
            let inner = text[text.index(after: open)...]
            let month = inner.prefix { $0.isLowercase || $0 == "-" }
            var rest = inner[month.endIndex...]
            if !month.isEmpty {
                guard rest.first == " " else { search = text.index(after: open); continue }
                rest = rest.dropFirst()
            }
            let digits = rest.prefix(5)
            if digits.count == 5, digits.last == ")", digits.dropLast().allSatisfy(\.isASCII), digits.dropLast().allSatisfy(\.isNumber),
               digits.hasPrefix("19") || digits.hasPrefix("20")
            {
                return open..<digits.endIndex
            }
            search = text.index(after: open)
        }
        return nil
    }

    /// A year, or `s.d.` (*sans date*), which bibliographies write where the year goes.
    static func hasDate(_ text: String) -> Bool {
        year(in: text) != nil || includes(text, "s.d.") || includes(text, "s. d.")
    }

    /// The last plausible publication year (1950–2029) in the text.
    static func year(in text: String) -> Int? {
        // A scan, not a regex: this runs on every block of every guide.
        let digits = Array(text.utf8)
        var found: Int?
        var index = 0
        while index + 4 <= digits.count {
            let window = digits[index..<index + 4]
            let before = index == 0 ? UInt8(ascii: " ") : digits[index - 1]
            let after = index + 4 < digits.count ? digits[index + 4] : UInt8(ascii: " ")
            if window.allSatisfy({ (0x30...0x39).contains($0) }), !(0x30...0x39).contains(before), !(0x30...0x39).contains(after) {
                let value = window.reduce(0) { $0 * 10 + Int($1 - 0x30) }
                if (1950...2029).contains(value) { found = value }
                index += 4
                continue
            }
            index += 1
        }
        return found
    }

    static func kind(ofHeading heading: String) -> Reference.Kind? {
        let folded = Folding.fold(heading)
        let table: [(String, Reference.Kind)] = [
            ("article", .article), ("guide", .guide), ("rapport", .rapport), ("webinaire", .webinaire), ("video", .video),
            ("podcast", .podcast), ("formation", .formation), ("site", .site), ("ouvrage", .ouvrage), ("livre", .ouvrage),
        ]
        return table.first { folded.contains($0.0) }?.1
    }

    /// The type of a work, from its title first (what it says it is), then from the rest of
    /// the entry: a journal's volume and pages (`2013 ; 89(5) : 365-70`), the site's name.
    /// Keywords match at the start of a word: `information` is not a `formation`.
    static func kind(of text: String, title: String? = nil, url: String?) -> Reference.Kind {
        // `DU « Pair aidance… »`: the university diploma, written in capitals (`du` is a word).
        if text.hasPrefix("DU ") || text.contains(" DU ") { return .formation }
        let titleWords = " " + Folding.alphanumericKey(title ?? "") + " "
        let words = " " + Folding.alphanumericKey(text) + " "
        let byTitle: [(String, Reference.Kind)] = [
            ("webinaire", .webinaire), ("video", .video), ("film", .video), ("podcast", .podcast), ("diplome universitaire", .formation),
            ("formation", .formation), ("rapport", .rapport), ("guide", .guide), ("decret", .texte), ("loi n", .texte),
            ("circulaire", .texte), ("strategie nationale", .texte), ("plan ", .texte),
        ]
        // `Santé publique 2012 ; 24(1) : 69-74`, `Rhizome 2015 ; 58 : 12-13`: a journal's issue.
        if text.contains(" ; "), year(in: text) != nil, text.contains(" : ") || text.contains("p.") { return .article }
        // What the title says it is, in its first words (`Formation de formateur…`, `Rapport
        // final…`), not a topic further on (`… dans la formation de pairs aidants`).
        let opening = " " + titleWords.split(separator: " ").prefix(2).joined(separator: " ") + " "
        if let kind = byTitle.first(where: { includes(opening, " " + $0.0) })?.1 { return kind }
        // `Paris : Ministère des solidarités et de la santé, 2018, 31 p.`: a publisher and a page count.
        if text.contains(" : "), year(in: text) != nil, text.contains(" p.") || text.contains("pp.") {
            let institutions = ["ministere", "delegation", "premier ministre", "agence", "haute autorite", "organisation mondiale", "federation", "dihal", "has"]
            return institutions.contains(where: { includes(words, " " + $0) }) ? .rapport : .ouvrage
        }
        if includes(words, "[site internet]") || includes(words, " site internet ") || includes(words, " page internet ") { return .site }
        let byText: [(String, Reference.Kind)] = [
            ("webinaire", .webinaire), ("video", .video), ("podcast", .podcast), ("revue", .article), ("journal", .article),
            ("dans", .article), ("rapport", .rapport), ("guide", .guide), ("decret", .texte), ("formation", .formation), ("site", .site),
        ]
        if title == nil, let kind = byText.first(where: { includes(words, " " + $0.0 + " ") || includes(words, " " + $0.0) && $0.0.count > 6 })?.1 { return kind }
        if let kind = byText.first(where: { includes(words, " " + $0.0 + " ") })?.1 { return kind }
        return url != nil && text.count < 60 ? .site : .document
    }
}
