import Foundation
import GuidesModel
import GuidesText

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
    // Built once: a regex literal constructs its `Regex` each time it is evaluated.
    nonisolated(unsafe) static let italic = /(^|[^*\w])([*_])([^*_\n]{8,}?)([*_])([^*\w]|$)/
    nonisolated(unsafe) static let publicationDetail = /\b(vol\.|n°|no \d|pp?\. ?\d|\d+ ?p\.|éd\.|Éd\.|ISBN|DOI|doi:|In :|Éditions|Editions|Presses|Revue|Journal)/
    nonisolated(unsafe) static let placeAndPublisher = /\p{Lu}[\p{L}-]+ ?: ?\p{Lu}[^.]*\b(19|20)\d\d\b/

    static func italicSpan(in markdown: String) -> String? {
        guard markdown.contains("*") || markdown.contains("_") else { return nil }
        // A single `*` or `_` (not `**`) opening a span that closes the same way.
        for match in markdown.matches(of: italic) where match.output.2 == match.output.4 {
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
        if text.contains(publicationDetail) { return true }
        // `Ville : Éditeur, 2015`
        return text.contains(placeAndPublisher)
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
