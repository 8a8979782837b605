import GuidesModel
import GuidesText

/// Works a sentence of running text names well enough to be found: a legal text by its kind,
/// number and date (`la loi du 11 février 2005 pour l'égalité des droits…`, `Décret n° 2017-816
/// du 5 mai 2017 relatif à…`), and a document by its kind and quoted title (`le rapport
/// « Programme médiateurs de santé/pairs… »`). A quoted name after `programme` or `dispositif`
/// names a scheme, not a work.
enum NamedWorks {
    static let months = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"

    /// `(title, kind)` for each work named in `text`, in order.
    static func named(in text: String) -> [(title: String, kind: Reference.Kind?)] {
        var result: [(String, Reference.Kind?)] = []
        // Most paragraphs name no work: a byte search tells, before the expressions.
        if includes(text, " du ") || includes(text, "« ") {
            result += legalTexts(in: text).map { ($0, .texte) }
            result += quotedDocuments(in: text)
        }
        return result
    }

    /// `loi du 11 février 2005 pour l'égalité des droits…`, `Décret n° 2017-1200 du 27 juillet
    /// 2017 relatif au projet territorial de santé mentale`: up to the end of its title clause.
    /// Compiled once: a `Regex` built from a string costs more than most of a guide's extraction.
    nonisolated(unsafe) static let legalText = try! Regex(
        "\\b([Ll]oi|[Dd]écret|[Aa]rrêté|[Oo]rdonnance|[Cc]irculaire|[Ii]nstruction)( n° ?[0-9A-Za-z/.-]+)? du (1er|[0-9]{1,2}) (\(months)) [0-9]{4}")

    static func legalTexts(in text: String) -> [String] {
        // Most paragraphs name no legal text: what the expression needs, by byte search.
        guard includes(text, " du "),
              includes(text, "loi ") || includes(text, "Loi ") || includes(text, "écret") || includes(text, "rrêté") || includes(text, "rdonnance")
            || includes(text, "irculaire") || includes(text, "nstruction")
        else { return [] }
        var titles: [String] = []
        for match in legalTextMatches(in: text) {
            var end = match.range.upperBound
            let rest = text[end...]
            // The title clause: `relatif à…`, `pour l'égalité…`, `portant…`, `rénovant…`.
            let clauses = [" relatif", " relative", " pour ", " portant", " rénovant", " fixant", " visant", " de modernisation", " d'orientation"]
            let hasClause = clauses.contains(where: { rest.hasPrefix($0) })
            // `la loi du 11 février 2005` alone is mentioned, not cited: a number or a title is.
            guard hasClause || match.output[2].substring != nil else { continue }
            if hasClause {
                var clauseEnd = rest.endIndex
                for stop in [";", ".", "(", ")", " qui ", " dont ", ", qui", ", et ", ", a ", ", ont "] {
                    if let range = rest.range(of: stop), range.lowerBound < clauseEnd { clauseEnd = range.lowerBound }
                }
                end = clauseEnd
            }
            let title = String(text[match.range.lowerBound..<end]).trimmingCharacters(in: .init(charactersIn: " ,"))
            titles.append(title)
        }
        return titles
    }

    /// `text.matches(of: legalText)`, the expression run only around each ` du `: a match
    /// holds one, its name and number lie within the three words before it (the number has no
    /// space), its date within the next 40 characters. Each window starts a word earlier, so
    /// that `\b` sees what precedes the name. (Over whole paragraphs, the expression cost more
    /// than the rest of the references' reading.)
    static func legalTextMatches(in text: String) -> [Regex<AnyRegexOutput>.Match] {
        let bytes = text.utf8, space = UInt8(ascii: " ")
        var matches: [Regex<AnyRegexOutput>.Match] = []
        var from = text.startIndex, matchedUpTo = text.startIndex
        while let du = text[from...].range(of: " du ") {
            from = du.upperBound
            var start = du.lowerBound, spaces = 0
            while start > bytes.startIndex {
                let before = bytes.index(before: start)
                if bytes[before] == space {
                    spaces += 1
                    if spaces == 4 { break }
                }
                start = before
            }
            let end = text.index(du.upperBound, offsetBy: 40, limitedBy: text.endIndex) ?? text.endIndex
            for match in text[start..<end].matches(of: legalText) where match.range.lowerBound >= matchedUpTo {
                matches.append(match)
                matchedUpTo = match.range.upperBound
            }
        }
        return matches
    }

    /// The kinds of document a quoted title is announced by, and their reference kind.
    static let documentKinds: [(String, Reference.Kind?)] = [
        ("rapport", .rapport), ("guide", .guide), ("livre", .ouvrage), ("ouvrage", .ouvrage), ("film", .video),
        ("documentaire", .video), ("référentiel", .document), ("plan", .document), ("feuille de route", .document),
        ("recommandation", .document), ("recommandations", .document), ("manifeste", .document), ("charte", .document),
        ("article", .article), ("podcast", .podcast), ("webinaire", .webinaire),
    ]

    static func quotedDocuments(in text: String) -> [(String, Reference.Kind?)] {
        // One pass over the opening quotes; each is checked against the announcements by the
        // few words before it (not one case-insensitive search of the text per announcement).
        var found: [(kind: Int, article: Int, title: String)] = []
        var index = text.startIndex
        while let quote = Self.firstIndex(of: 0xAB, in: text, from: index) {
            index = text.index(after: quote)
            guard index < text.endIndex, text[index] == " " else { continue }
            let before = text[..<quote].suffix(announcementLength).lowercased()
            guard let match = announcementIndex(endingWith: before) else { continue }
            let start = text.index(after: index)
            guard let close = Self.firstIndex(of: 0xBB, in: text, from: start) else { continue }
            let title = text[start..<close].trimmingCharacters(in: .init(charactersIn: " \u{a0}\u{202f}"))
            if (8...160).contains(title.count), title.first?.isUppercase == true { found.append((match.kind, match.article, title)) }
        }
        // In the order the announcements are listed, then the text's (stable sort).
        return found.enumerated().sorted { ($0.element.kind, $0.element.article, $0.offset) < ($1.element.kind, $1.element.article, $1.offset) }
            .map { ($0.element.title, documentKinds[$0.element.kind].1) }
    }

    /// Where the Latin-1 character `U+00<low>` (`«` 0xAB, `»` 0xBB) next starts at or after
    /// `from`: the byte search of `StringSearch`, not a walk by character.
    static func firstIndex(of low: UInt8, in text: String, from: String.Index) -> String.Index? {
        text[from...].range(of: String(Unicode.Scalar(low)))?.lowerBound
    }

    static let articles = ["le", "la", "du", "au", "un", "une", "son", "leur"]
    /// The longest `article kind ` before a quote.
    static let announcementLength = (articles.map(\.count).max() ?? 0) + (documentKinds.map(\.0.count).max() ?? 0) + 2

    /// The announcement (`la charte `) that `before` (lowercased) ends with.
    static func announcementIndex(endingWith before: String) -> (kind: Int, article: Int)? {
        for (kind, (word, _)) in documentKinds.enumerated() where before.hasSuffix(word + " ") {
            for (article, name) in articles.enumerated() where before.hasSuffix(name + " " + word + " ") {
                return (kind, article)
            }
        }
        return nil
    }
}
