import Foundation
import GuidesModel
import GuidesText

/// The corpus's merged references as files reference managers import (Zotero, JabRef,
/// EndNote, Mendeley, biblatex): readers of the bibliography page take the works home to cite
/// them, instead of retyping entries the guides wrote in a dozen house styles.
///
/// Pure and deterministic: the same references give byte-identical files, entries in the
/// input order. Only what the extractor knows is written: a year, a publisher or a URL
/// appears when known; `note` carries the entry as the guide wrote it when it says more
/// than the title.
///
/// | `Reference.Kind` | BibTeX         | RIS     | CSL-JSON          | label (`type`, `M3`, `genre`) |
/// |------------------|----------------|---------|-------------------|-------------------------------|
/// | `article`        | `@article`     | `JOUR`  | `article-journal` | –                             |
/// | `ouvrage`        | `@book`        | `BOOK`  | `book`            | –                             |
/// | `guide`          | `@book`        | `BOOK`  | `book`            | Guide                         |
/// | `rapport`        | `@techreport`  | `RPRT`  | `report`          | Rapport                       |
/// | `site`           | `@online`      | `ELEC`  | `webpage`         | –                             |
/// | `video`          | `@misc`        | `VIDEO` | `motion_picture`  | Vidéo                         |
/// | `webinaire`      | `@misc`        | `VIDEO` | `speech`          | Webinaire                     |
/// | `podcast`        | `@misc`        | `SOUND` | `song`            | Podcast                       |
/// | `texte`          | `@misc`        | `STAT`  | `legislation`     | Texte officiel                |
/// | `formation`      | `@misc`        | `GEN`   | `document`        | Formation                     |
/// | `document`       | `@misc`        | `GEN`   | `document`        | –                             |
///
/// `@techreport` rather than biblatex's `@report` (which requires `type`): biblatex aliases
/// it, BibTeX styles know it. `@online` is biblatex's; BibTeX styles read it as `@misc`.
/// The publisher goes to `journal` / `T2` / `container-title` for an article, to
/// `container-title` for a site in CSL, to `institution` for a report and `organization`
/// for a site in BibTeX, and to `publisher` / `PB` otherwise.
///
/// BibTeX is UTF-8 (biber reads it; accents stay letters); `{ } \ % & $ # _ ~ ^` are escaped,
/// braces as `\textbraceleft{}` so every field's braces balance (BibTeX counts `\{` too).
/// Keys are ASCII: first author's family name (or the organisation's or title's first
/// significant word) and year, `a`, `b`, `c`… when several entries share one. RIS lines end
/// with CRLF, as the RIS specification says (Zotero and EndNote also read LF).
public enum BibliographyExport {
    /// One author of a reference, as `names(in:)` reads the guide's author string.
    public enum Name: Hashable, Sendable {
        case person(family: String, given: String)
        /// An organisation, or a string not clearly a list of persons: kept whole.
        case literal(String)
        /// `et al.`: BibTeX's `and others`; RIS and CSL have no way to say it.
        case others
    }

    public static func bibTeX(_ references: [Reference]) -> String {
        zip(references, citationKeys(references)).map { reference, key in
            let kind = types(reference.kind)
            var fields: [(String, String)] = []
            let names = reference.authors.flatMap(names(in:))
            if !names.isEmpty {
                fields.append(("author", names.map { name in
                    switch name {
                    case let .person(family, given): given.isEmpty ? escaped(family) : "\(escaped(family)), \(escaped(given))"
                    case let .literal(text): "{\(escaped(text))}"
                    case .others: "others"
                    }
                }.joined(separator: " and ")))
            }
            fields.append(("title", escaped(title(reference))))
            if let publisher = reference.publisher?.collapsingWhitespace, !publisher.isEmpty {
                let field = ["article": "journal", "techreport": "institution", "online": "organization"][kind.bibTeX] ?? "publisher"
                fields.append((field, escaped(publisher)))
            }
            if let year = reference.year { fields.append(("year", String(year))) }
            if let label = kind.label { fields.append(("type", label)) }
            if let url = reference.url {
                // Verbatim for biblatex and `\url`: only what would break the field is encoded.
                fields.append(("url", url.replacingOccurrences(of: "{", with: "%7B").replacingOccurrences(of: "}", with: "%7D")
                    .replacingOccurrences(of: "\\", with: "%5C").replacingOccurrences(of: " ", with: "%20")))
            }
            if let note = note(reference) { fields.append(("note", escaped(note))) }
            let body = fields.map { "  \($0.0) = {\($0.1)}" }.joined(separator: ",\n")
            return "@\(kind.bibTeX){\(key),\n\(body)\n}\n"
        }.joined(separator: "\n")
    }

    public static func ris(_ references: [Reference]) -> String {
        references.map { reference in
            let kind = types(reference.kind)
            var lines = [("TY", kind.ris)]
            for name in reference.authors.flatMap(names(in:)) {
                switch name {
                case let .person(family, given): lines.append(("AU", given.isEmpty ? family : "\(family), \(given)"))
                case let .literal(text): lines.append(("AU", text))
                case .others: break
                }
            }
            lines.append(("TI", title(reference)))
            if let publisher = reference.publisher?.collapsingWhitespace, !publisher.isEmpty {
                lines.append((reference.kind == .article ? "T2" : "PB", publisher))
            }
            if let year = reference.year { lines.append(("PY", String(year))) }
            if let label = kind.label { lines.append(("M3", label)) }
            if let url = reference.url { lines.append(("UR", url)) }
            if let note = note(reference) { lines.append(("N1", note)) }
            lines.append(("ER", ""))
            return lines.map { "\($0.0)  - \($0.1.collapsingWhitespace)\r\n" }.joined()
        }.joined(separator: "\r\n")
    }

    /// A JSON array, pretty-printed with sorted keys and unescaped slashes, ending with a newline.
    public static func cslJSON(_ references: [Reference]) -> String {
        let items = references.map { reference in
            let kind = types(reference.kind)
            let publisher = reference.publisher?.collapsingWhitespace.nilIfEmpty
            let contained = reference.kind == .article || reference.kind == .site
            let authors: [CSLName] = reference.authors.flatMap(names(in:)).compactMap { name in
                switch name {
                case let .person(family, given): CSLName(family: family, given: given.nilIfEmpty)
                case let .literal(text): CSLName(literal: text)
                case .others: nil
                }
            }
            return CSLItem(
                id: reference.id, type: kind.csl, title: title(reference), author: authors.isEmpty ? nil : authors,
                issued: reference.year.map { CSLDate(dateParts: [[$0]]) }, URL: reference.url,
                publisher: contained ? nil : publisher, containerTitle: contained ? publisher : nil,
                genre: kind.label, note: note(reference))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(items)) ?? Data("[]".utf8), as: UTF8.self) + "\n"
    }

    /// The persons (or organisations) of one author string as a guide wrote it.
    ///
    /// Rules, in order:
    /// - `;` always separates authors; a trailing `et al.` (`et al`, `et coll.`, `…`) is `.others`.
    /// - ` & `, `, &`, ` et `, ` and ` separate authors only if every part between them holds
    ///   a person (`Laval, C., & Gardien, È.`); otherwise (`… à l’hébergement et à l’accès au
    ///   logement`) the conjunction is part of a name.
    /// - Comma-separated chunks pair as `Family, Given` (`Castro, François de, Narci-Zanni,
    ///   Emmanuelle`): family = 1–3 capitalised words or particles; given = 1–3 capitalised
    ///   words or initials, optionally ending with a particle. When every chunk has two words
    ///   or more, each is `Family Given` (`Demailly Lise, Garnoussi Nadia`, `Henderson AR`).
    /// - A chunk that pairs with nothing (`Sizaret, Anne, Ireps Bourgogne-Franche-Comté`) is a
    ///   literal beside the persons; a string with no person at all is one literal, whole
    ///   (`Fédération des acteurs de la solidarité Bretagne`, `Unafam`).
    ///
    /// Limits: two capitalised chunks read as one person (`Unafam, Psycom` → family `Unafam`);
    /// names written given name first next to others (`Anne Sizaret, Ireps`) are misread; a
    /// multi-word given name in the `Family Given` form goes to the family (`Dupont Jean
    /// Pierre`); a literal holding a comma is read by RIS importers as `Family, Given`.
    public static func names(in author: String) -> [Name] {
        var text = author.collapsingWhitespace
        var others = false
        let lowercased = text.lowercased()
        for suffix in ["et al.", "et al", "et coll.", "…", "..."] where lowercased.hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count)).trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
            others = true
            break
        }
        var result: [Name] = []
        for group in text.split(separator: ";").map({ $0.trimmed }) where !group.isEmpty {
            let parts = conjunctions.reduce(group) { $0.replacingOccurrences(of: $1, with: "\u{1F}") }
                .split(separator: "\u{1F}").map { $0.trimmed }
            let split = parts.count > 1 ? parts.map(persons(in:)) : []
            if !split.isEmpty, split.allSatisfy({ $0 != nil }) {
                result += split.flatMap { $0 ?? [] }
            } else {
                result += persons(in: group) ?? [.literal(cleaned(group))]
            }
        }
        return result + (others ? [.others] : [])
    }

    // MARK: Authors

    static let conjunctions = [", & ", " & ", ", et ", " et ", ", and ", " and "]
    static let particles: Set<String> = ["de", "du", "des", "d'", "d’", "la", "le", "van", "von", "der", "den", "di", "da", "dos", "del", "ter", "ten"]

    /// The persons of a comma-separated list, with the chunks that pair with nothing as
    /// literals; nil when no chunk is a person.
    static func persons(in text: String) -> [Name]? {
        let chunks = text.split(separator: ",").map { cleaned($0.trimmed) }.filter { !$0.isEmpty }
        let words = chunks.map { $0.split(separator: " ").map(String.init) }
        // `Family Given, Family Given`, or a single `Toufik A`.
        if words.allSatisfy({ $0.count >= 2 && $0.count <= 4 && isFamily(Array($0.dropLast())) && (isNameWord($0.last!) || isInitials($0.last!)) }),
           chunks.count >= 2 || words.first.map({ isInitials($0.last!) }) == true
        {
            return words.map { .person(family: $0.dropLast().joined(separator: " "), given: $0.last!) }
        }
        var result: [Name] = []
        var index = 0
        while index < chunks.count {
            if index + 1 < chunks.count, isFamily(words[index]), isGiven(words[index + 1]) {
                result.append(.person(family: chunks[index], given: chunks[index + 1]))
                index += 2
            } else {
                result.append(.literal(chunks[index]))
                index += 1
            }
        }
        return result.contains { if case .person = $0 { true } else { false } } ? result : nil
    }

    static func isFamily(_ words: [String]) -> Bool {
        (1...3).contains(words.count) && words.contains(where: isNameWord) && words.allSatisfy { isNameWord($0) || particles.contains($0) }
    }

    static func isGiven(_ words: [String]) -> Bool {
        guard (1...3).contains(words.count), let first = words.first, isNameWord(first) || isInitials(first) else { return false }
        return words.dropFirst().enumerated().allSatisfy { offset, word in
            isNameWord(word) || isInitials(word) || (offset == words.count - 2 && particles.contains(word))
        }
    }

    /// `Ève`, `Narci-Zanni`, `O’Brien`: a capital, then lowercase letters too (not an acronym).
    static func isNameWord(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase, word.contains(where: \.isLowercase) else { return false }
        return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }
    }

    /// `C.`, `È.`, `J.-L.`, `A.R.`, or 1–2 capitals without dots (`AR` in `Henderson AR`).
    static func isInitials(_ word: String) -> Bool {
        let letters = word.filter { $0 != "." && $0 != "-" }
        guard (1...3).contains(letters.count), letters.allSatisfy({ $0.isLetter && $0.isUppercase }) else { return false }
        return word.contains(".") || letters.count <= 2
    }

    /// Without the sentence's final period (`Aurélia.`), but keeping an initial's (`È.`).
    static func cleaned(_ text: String) -> String {
        guard text.hasSuffix("."), let last = text.split(separator: " ").last, !isInitials(String(last)) else { return text }
        return String(text.dropLast()).trimmed
    }

    // MARK: Fields

    static func types(_ kind: Reference.Kind) -> (bibTeX: String, ris: String, csl: String, label: String?) {
        switch kind {
        case .article: ("article", "JOUR", "article-journal", nil)
        case .ouvrage: ("book", "BOOK", "book", nil)
        case .guide: ("book", "BOOK", "book", "Guide")
        case .rapport: ("techreport", "RPRT", "report", "Rapport")
        case .site: ("online", "ELEC", "webpage", nil)
        case .video: ("misc", "VIDEO", "motion_picture", "Vidéo")
        case .webinaire: ("misc", "VIDEO", "speech", "Webinaire")
        case .podcast: ("misc", "SOUND", "song", "Podcast")
        case .texte: ("misc", "STAT", "legislation", "Texte officiel")
        case .formation: ("misc", "GEN", "document", "Formation")
        case .document: ("misc", "GEN", "document", nil)
        }
    }

    static func title(_ reference: Reference) -> String {
        reference.title.collapsingWhitespace.nilIfEmpty ?? reference.text.collapsingWhitespace
    }

    /// The entry as the guide wrote it, when it says more than the title.
    static func note(_ reference: Reference) -> String? {
        let text = reference.text.collapsingWhitespace
        return text.isEmpty || Folding.alphanumericKey(text) == Folding.alphanumericKey(reference.title) ? nil : text
    }

    static func escaped(_ text: String) -> String {
        let text = text.collapsingWhitespace
        // (Most names and titles have nothing to escape: returned without a walk by character.)
        guard text.utf8.contains(where: { "\\{}~^%&$#_".utf8.contains($0) }) else { return text }
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\textbackslash{}"
            case "{": result += "\\textbraceleft{}"
            case "}": result += "\\textbraceright{}"
            case "~": result += "\\textasciitilde{}"
            case "^": result += "\\textasciicircum{}"
            case "%", "&", "$", "#", "_": result += "\\\(character)"
            default: result.append(character)
            }
        }
        return result
    }

    /// One unique ASCII key per reference, in order: `laval2020`, `strategie2018a`, `strategie2018b`.
    static func citationKeys(_ references: [Reference]) -> [String] {
        let bases = references.map { reference -> String in
            let source: String = switch reference.authors.lazy.flatMap(names(in:)).first {
            case let .person(family, _): family
            case let .literal(text): text
            case .others, nil: title(reference)
            }
            let words = Folding.alphanumericKey(source).split(separator: " ").map { String($0.unicodeScalars.filter { $0.isASCII }) }
            let word = words.first { !$0.isEmpty && !TermKey.articles.contains($0) && !particles.contains($0) } ?? "ref"
            return word + (reference.year.map(String.init) ?? "")
        }
        let counts = Dictionary(bases.map { ($0, 1) }, uniquingKeysWith: +)
        var used = Set<String>()
        var next: [String: Int] = [:]
        return bases.map { base in
            var key = base
            if counts[base, default: 0] > 1 || used.contains(base) {
                repeat {
                    var number = next[base, default: 0]
                    next[base] = number + 1
                    // a…z, then aa, ab…
                    var suffix = ""
                    repeat {
                        suffix = String(UnicodeScalar(UInt8(97 + number % 26))) + suffix
                        number = number / 26 - 1
                    } while number >= 0
                    key = base + suffix
                } while used.contains(key)
            }
            used.insert(key)
            return key
        }
    }

    // MARK: CSL-JSON

    struct CSLItem: Encodable {
        var id, type, title: String
        var author: [CSLName]?
        var issued: CSLDate?
        var URL, publisher, containerTitle, genre, note: String?

        enum CodingKeys: String, CodingKey {
            case id, type, title, author, issued, URL, publisher, genre, note
            case containerTitle = "container-title"
        }
    }

    struct CSLName: Encodable {
        var family, given, literal: String?
    }

    struct CSLDate: Encodable {
        var dateParts: [[Int]]

        enum CodingKeys: String, CodingKey {
            case dateParts = "date-parts"
        }
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
