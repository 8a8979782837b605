import Foundation
import GuidesText

/// The title the front matter skeleton gets: never empty. A web page's title is its first
/// heading once the menus, skip links and breadcrumbs are set aside; a PDF cover's is the
/// title set in capitals (wrapped over several lines); else the first heading or line.
enum TitleFinder {
    /// Lines of a page's chrome that open so many web texts (folded prefixes).
    static let chrome = ["aller au contenu", "passer au contenu", "vous etes ici", "menu", "rechercher", "sommaire", "table des matieres"]

    static func title(of outline: [OutlineElement]) -> String {
        // The opening lines, in source order: headings and the lines of the first blocks.
        var lines: [(text: String, line: Int, isHeading: Bool)] = []
        for element in outline.prefix(12) {
            switch element {
            case let .heading(_, text, line): lines.append((text, line, true))
            case let .block(block): lines += block.lines.prefix(4).map { ($0.text.trimmed, $0.number, false) }
            }
        }
        let candidates = lines.filter { !isFurniture($0.text) }
        // A cover: the first run of lines in capitals holding three words or more
        // (`LA PAIR-AIDANCE` / `AU QUOTIDIEN`), numbered section titles aside.
        let cover = Array(candidates.prefix { !LinePattern.endsSentence($0.text) || $0.text.count < 100 })
        var index = 0
        while index < cover.count {
            guard isCapitals(cover[index].text), cover[index].text.first?.isNumber == false else { index += 1; continue }
            var run = [cover[index]]
            while index + run.count < cover.count, cover[index + run.count].line == run.last!.line + 1, isCapitals(cover[index + run.count].text) {
                run.append(cover[index + run.count])
            }
            let title = run.map(\.text).joined(separator: " ")
            if words(title) >= 3 { return shortened(title) }
            index += run.count
        }
        guard let first = candidates.first else { return shortened(plain(lines.first?.text ?? "")) }
        // A title wrapped over lines: `Comment intégrer` / `un travailleur pair` / `dans une équipe…`.
        var title = first.text
        if !first.isHeading, let start = lines.firstIndex(where: { $0.line == first.line }) {
            var previous = first.line
            for next in lines[(start + 1)...] where !next.isHeading && next.line == previous + 1 {
                guard let letter = plain(next.text).first, letter.isLowercase else { break }
                title += " " + next.text
                previous = next.line
            }
        }
        // A paragraph's sentence is no title: its first line, as cut, is all it gives.
        if title.hasSuffix("."), words(title) > 12 { title = first.text }
        return shortened(plain(title))
    }

    /// Menus, skip links, breadcrumbs, accessibility controls, dates, page numbers.
    static func isFurniture(_ text: String) -> Bool {
        let folded = Folding.fold(text)
        if HeadingOutline.isNavigation(text) || LineRules.isPageFooter(text) { return true }
        if chrome.contains(where: { folded.hasPrefix($0) }) { return true }
        let tokens = text.split(whereSeparator: \.isWhitespace)
        guard tokens.contains(where: { $0.filter(\.isLetter).count >= 3 }) else { return true }
        // `Taille du texte : A- A A+`: font-size controls, capital letters alone or signed.
        if tokens.filter({ $0.count <= 2 && $0.first?.isUppercase == true && $0.dropFirst().allSatisfy { "+-".contains($0) } }).count >= 2 { return true }
        // `Novembre 2023`, `Année universitaire 2021-2022`, `Publié le 14 mars 2023`: a date line.
        let hasYear = tokens.contains { token in
            token.count >= 4 && token.prefix(4).allSatisfy(\.isNumber) && (token.hasPrefix("19") || token.hasPrefix("20"))
        }
        let months = Set(FrenchDates.monthNames.map(Folding.fold))
        let hasMonth = folded.split(whereSeparator: { !$0.isLetter }).contains { months.contains(String($0)) }
        if hasYear, tokens.count <= 6 || hasMonth && tokens.count <= 10 { return true }
        return false
    }

    static func isCapitals(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 4 && letters.allSatisfy(\.isUppercase)
    }

    static func words(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).filter { $0.contains(where: \.isLetter) }.count
    }

    /// Without Markdown emphasis and hard breaks: `**Comment intégrer  ` → `Comment intégrer`.
    static func plain(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace)
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "*_\\")) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// At most 160 characters, cut at a word.
    static func shortened(_ text: String) -> String {
        let text = text.trimmed
        guard text.count > 160 else { return text }
        let cut = text.prefix(160)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
    }
}
