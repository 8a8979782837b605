import GuidesText

/// Line-level repairs of PDF-extracted text: pure functions from a line to a line.
enum InlineRules {
    /// `<b>…</b>` / `<strong>…</strong>` to `**…**`, `<i>…</i>` / `<em>…</em>` to `*…*`.
    /// Bold spans that touch (`**a** **b**` pieces split by the PDF) are kept as they are.
    static func htmlEmphasisToMarkdown(_ line: String) -> String {
        var result = line
        for (tags, marker) in [(["b", "strong"], "**"), (["i", "em"], "*")] {
            for tag in tags {
                for variant in [tag, tag.uppercased()] {
                    result = result.replacing("<\(variant)>", with: marker).replacing("</\(variant)>", with: marker)
                }
            }
        }
        // An emphasis that is empty after conversion (`<b></b>`) would print stray asterisks.
        return result.replacing("****", with: "")
    }

    /// `[texte](#)`: a link whose target the PDF lost. Keeps the text, drops the fake link.
    static func dropLostLinks(_ line: String) -> String {
        replacingLostLinks(in: line) { String($0) }
    }

    /// Replaces each `[texte](#)` of `line` with what `replacement` makes of its text.
    static func replacingLostLinks(in line: String, with replacement: (Substring) -> String) -> String {
        var result = ""
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "[") {
            // Skip escaped brackets and images' `![`.
            if open > rest.startIndex, rest[rest.index(before: open)] == "\\" {
                result += rest[...open]
                rest = rest[rest.index(after: open)...]
                continue
            }
            guard let close = matchingBracket(in: rest, from: open),
                  rest[rest.index(after: close)...].hasPrefix("(#)")
            else {
                result += rest[...open]
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += rest[..<open]
            result += replacement(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(close, offsetBy: 4)...]
        }
        result += rest
        return result
    }

    /// The index of the `]` closing the `[` at `open`, honouring nesting and backslash escapes.
    private static func matchingBracket(in text: Substring, from open: Substring.Index) -> Substring.Index? {
        var depth = 0
        var index = open
        var escaped = false
        while index < text.endIndex {
            let character = text[index]
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "[" {
                depth += 1
            } else if character == "]" {
                depth -= 1
                if depth == 0 { return index }
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// Whether `line` is only a URL (bare, `<…>` autolink or `[url](url)` link).
    static func isURLOnly(_ line: String) -> Bool {
        let trimmed = line.trimmed
        return (trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://")
            || trimmed.hasPrefix("<http") || trimmed.hasPrefix("[http") || trimmed.hasPrefix("www."))
            && !trimmed.contains(" ")
    }

    /// Whether a line ends with a label that announces a URL (`En ligne :`, `Source :`, `Site :`).
    static func announcesURL(_ line: String) -> Bool {
        let trimmed = line.trimmed
        guard trimmed.hasSuffix(":") else { return false }
        let label = trimmed.dropLast().trimmed.lowercased()
        return ["en ligne", "lien", "site", "site internet", "url", "disponible sur", "source"].contains { label.hasSuffix($0) }
    }

    /// Whether `next` continues a URL that `line` ends with: the PDF broke a long URL in two.
    static func continuesURL(_ line: String, next: String) -> Bool {
        guard let lastToken = line.trimmed.split(separator: " ").last,
              lastToken.hasPrefix("http") || lastToken.hasPrefix("<http") || lastToken.hasPrefix("www."),
              !lastToken.hasSuffix(">"), !lastToken.hasSuffix(")")
        else { return false }
        let continuation = next.trimmed
        guard let first = continuation.split(separator: " ").first, !first.hasPrefix("http"),
              !first.hasPrefix("<http"), !first.hasPrefix("www.") else { return false }
        let urlCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-_.~%?=&#+:;,>")
        // A continuation is a path piece: URL characters only, and something a sentence never
        // starts with (a slash, a digit, a lowercase word glued to punctuation of URLs).
        return first.allSatisfy { urlCharacters.contains($0) }
            && (lastToken.hasSuffix("/") || lastToken.hasSuffix("-") || lastToken.hasSuffix("_")
                || lastToken.hasSuffix("=") || lastToken.hasSuffix(".") || first.contains("/") || first.contains("."))
    }
}
