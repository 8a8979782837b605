/// Quotations: French quotation marks for straight ones, and block quotes for paragraphs
/// that are a quotation, as the sources mark them (« … » or "…", often followed by who said it).
enum QuoteRules {
    /// Paragraphs shorter than this are titles or phrases in quotes, not quotations.
    static let minimumQuoteLength = 80

    /// `"Le soutien par les pairs est simple."` → `« Le soutien par les pairs est simple. »`,
    /// when the paragraph's straight double quotes pair up; a quote inside a quote gets
    /// `“ ”` (`« … “fourre tout” … »`). Whether a mark opens or closes comes from its
    /// neighbours (`"fourre` opens, `tout"` closes), else from the nesting. Spaces inside «  »
    /// are normalised to one; the renderer makes them non-breaking.
    static func frenchQuotes(_ paragraph: String) -> String {
        let quotes = paragraph.filter { $0 == "\"" }.count
        guard quotes >= 2, quotes.isMultiple(of: 2), !paragraph.contains("](") else { return paragraph }
        let characters = Array(paragraph)
        var result = ""
        var depth = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            guard character == "\"" else { result.append(character); continue }
            let before = index >= 2 ? characters[index - 2] : " "
            let after = index < characters.count ? characters[index] : " "
            let opens: Bool
            if (before == " " || before == "(" || before == "\n") && (after.isLetter || after.isNumber) {
                opens = true
            } else if !(before == " " || before == "\n") && (after == " " || after == "\n" || after.isPunctuation || index == characters.count) {
                opens = false
            } else {
                opens = depth == 0
            }
            if opens {
                result += depth == 0 ? "« " : "“"
                depth += 1
                while index < characters.count, characters[index] == " " { index += 1 }
            } else {
                guard depth > 0 else { return paragraph }
                depth -= 1
                while depth == 0, result.last == " " { result.removeLast() }
                result += depth == 0 ? " »" : "”"
            }
        }
        return depth == 0 ? result : paragraph
    }

    /// A paragraph that opens with a quotation mark and closes it near its end becomes a
    /// block quote; what follows the closing mark (`Ciara Glynn (6)`, `(Extrait…, Watson 2021)`)
    /// becomes its attribution line.
    static func blockQuote(_ paragraph: String) -> String {
        let text = paragraph.replacing("\n", with: " ")
        guard text.count >= minimumQuoteLength, let first = text.first, "«“".contains(first),
              let close = text.lastIndex(where: { "»”".contains($0) })
        else { return paragraph }
        let attribution = String(text[text.index(after: close)...].trimmed.drop { ".,;: ".contains($0) })
        // Who said it: a name or a parenthesised source, not the rest of a sentence.
        if let start = attribution.first {
            guard attribution.count <= 120, !attribution.contains("«"), start == "(" || start == "—" || start.isUppercase else {
                return paragraph
            }
        }
        let quote = "> " + text[...close]
        return attribution.isEmpty ? quote : quote + "\n>\n> — " + attribution.drop { "—- ".contains($0) }
    }
}
