import Foundation
import GuidesText

/// A line of the raw document, with its 1-based line number for the import report.
struct SourceLine: Equatable {
    var text: String
    var number: Int
    /// The line was (or held) a link whose target the PDF lost: a reference, never a heading.
    var hadLostLink = false
    /// The line, as the PDF gave it, looks like a table of contents entry (tab before a page
    /// number, dotted leader, `, p 12`). Decided before white space is trimmed.
    var looksLikeContentsEntry = false
    /// The line was a question behind an accordion marker (`+ Qui peut venir ?`): a title,
    /// even when it holds two sentences.
    var isAccordionQuestion = false
}

/// A run of non-blank lines of the raw document, as the PDF extraction left it.
struct RawBlock: Equatable {
    var lines: [SourceLine]
    /// Raw blocks that were glued onto this one because the first was cut mid-sentence
    /// (page break, heading wrapped over two lines). Counts the pieces.
    var pieces = 1

    var firstLine: Int { lines.first?.number ?? 0 }
    var text: String { lines.map(\.text).joined(separator: " ") }
}

/// The shapes a line can have in Markdown-like PDF text.
enum LinePattern {
    /// `# Titre`, with its level.
    static func markdownHeadingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        return rest.isEmpty || rest.first == " " ? hashes : nil
    }

    /// `- item`, `* item`, `• item`, `1. item`, `1) item`, `→ item`, possibly indented.
    static func isListItem(_ line: String) -> Bool {
        let text = line.drop { $0 == " " }
        for bullet in ["- ", "* ", "+ ", "• ", "→ ", "› ", "– ", "▪ ", "◦ "] where text.hasPrefix(bullet) { return true }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count) else { return false }
        let rest = text.dropFirst(digits.count)
        return rest.hasPrefix(") ") || rest.hasPrefix(". ")
    }

    static func isThematicBreak(_ line: String) -> Bool {
        let compact = line.filter { $0 != " " }
        return compact.count >= 3 && (Set(compact) == ["-"] || Set(compact) == ["*"] || Set(compact) == ["_"])
    }

    /// A line of a PDF table of contents: `Titre\t12`, `TITRE.....  5`, `Titre, p 12`, or a lone page number.
    static func isTableOfContentsEntry(_ line: String) -> Bool {
        let text = line.trimmed
        if text.isEmpty || isThematicBreak(text) { return true }
        if text.allSatisfy({ $0.isNumber }) { return true }
        if line.contains("\t") { return true }
        if text.contains(".....") { return true }
        if let range = text.range(of: ", p", options: .backwards) {
            let page = text[range.upperBound...].trimmed.replacing(".", with: "")
            return !page.isEmpty && page.allSatisfy(\.isNumber)
        }
        return false
    }

    /// `Sommaire`, `# AU SOMMAIRE`, `**Table des matières**`.
    static func isTableOfContentsTitle(_ line: String) -> Bool {
        let words = Set(["sommaire", "au sommaire", "table des matieres", "table des matières"])
        return words.contains(plainHeadingText(line).lowercased())
    }

    /// The text of a heading line without `#`, bold markers and a trailing colon.
    static func plainHeadingText(_ line: String) -> String {
        var text = Substring(line.trimmed)
        while text.first == "#" { text.removeFirst() }
        var result = text.trimmed
        while result.hasPrefix("**") && result.hasSuffix("**") && result.count > 4 {
            result = String(result.dropFirst(2).dropLast(2)).trimmed
        }
        while result.hasSuffix(":") { result = String(result.dropLast()).trimmed }
        // `Notes et références[modifier | modifier le code]`: a wiki's edit links.
        if let edit = result.range(of: #"\s*\[(modifier|edit)[^\]]*\]$"#, options: .regularExpression) {
            result = String(result[..<edit.lowerBound]).trimmed
        }
        return result
    }

    /// Whether the text ends a sentence or announces what follows.
    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.trimmed.last else { return false }
        return ".!?:;…»\")”".contains(last)
    }

    /// Whether the text starts like the continuation of a sentence (a lowercase letter).
    static func startsLowercase(_ text: String) -> Bool {
        guard let first = text.trimmed.first else { return false }
        return first.isLowercase
    }

    /// The numbering of a plain-line heading (`1.2 Titre`, `3.1 - TITRE`, `2. Titre`) and its depth.
    /// `III. ORIENTATIONS AUX SERVICES`, `IV – Recommandations`: a part numbered in Roman
    /// numerals, at the top level. A lone `I.`, `V.` or `X.` may be a name's initial
    /// (`V. Dupont`): then the title must be in capitals or three words long.
    static func romanHeadingNumber(_ text: String) -> (number: String, depth: Int, title: String)? {
        guard let match = text.prefixMatch(of: /(X{0,2}(?:IX|IV|V?I{0,3}))(?:\.| ?[–—-]) +(\p{Lu}.*)/), !match.output.1.isEmpty else { return nil }
        let number = String(match.output.1)
        let title = String(match.output.2).trimmed
        let words = title.split(separator: " ")
        if number.count == 1, !(title.filter(\.isLetter).allSatisfy(\.isUppercase) && words.count >= 2) && words.count < 3 { return nil }
        return (number, 1, title)
    }

    static func headingNumber(_ text: String) -> (number: String, depth: Int, title: String)? {
        var index = text.startIndex
        var components: [Substring] = []
        while index < text.endIndex {
            let digits = text[index...].prefix { $0.isASCII && $0.isNumber }
            guard (1...2).contains(digits.count) else { break }
            components.append(digits)
            index = digits.endIndex
            guard index < text.endIndex, text[index] == "." else { break }
            index = text.index(after: index)
        }
        guard !components.isEmpty else { return romanHeadingNumber(text) }
        var rest = text[index...].drop { $0 == " " }
        if let dash = rest.first, "-–—".contains(dash) { rest = rest.dropFirst().drop { $0 == " " } }
        guard rest.startIndex > index || text[text.index(before: index)] == ".", let first = rest.first,
              first.isUppercase || first == "«" || first == "\""
        else { return nil }
        let number = components.joined(separator: ".")
        return (number, components.count, String(rest).trimmed)
    }
}
