import GuidesText

/// Titles whose URL the corpus knows, so a link whose target the PDF lost (`[titre](#)`,
/// `**Titre** [Lien](#)`) can get it back from another guide or from the same one.
///
/// Learnt from Markdown links with a web target (`[titre](https://…)`) and from the reference
/// entries of a documentary dossier: a title, authors, publisher, then `En ligne : URL`.
public struct LinkCatalog: Sendable {
    /// Normalised title → URL; nil when two sources disagree (never guess).
    private var urls: [String: String?] = [:]

    public init() {}

    /// The shortest title that may match inside a longer one (`Développer le travail pair…`
    /// in `Développer le travail pair… : guide pratique`).
    static let minimumPartialLength = 30

    public mutating func learn(from text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmed }
        for line in lines {
            for (label, url) in Self.webLinks(in: line) { add(title: label, url: url) }
        }
        // `En ligne : URL` closes a reference entry: the title is among the lines above it,
        // up to the previous entry or a long paragraph (an abstract).
        for (index, line) in lines.enumerated() where line.lowercased().hasPrefix("en ligne") {
            guard let url = Self.firstURL(in: line) else { continue }
            var above = index - 1
            var seen = 0
            while above >= 0, seen < 8 {
                let candidate = lines[above]
                if candidate.lowercased().hasPrefix("en ligne") || candidate.count > 200 { break }
                if !candidate.isEmpty {
                    seen += 1
                    add(title: candidate, url: url)
                }
                above -= 1
            }
        }
    }

    private mutating func add(title: String, url: String) {
        let key = Self.key(title)
        guard key.count >= 12, !key.hasPrefix("http"), !key.hasPrefix("www") else { return }
        if let existing = urls[key] {
            if existing != url { urls[key] = .some(nil) }
        } else {
            urls[key] = url
        }
    }

    /// The URL the corpus gives for `title`, if exactly one.
    public func url(forTitle title: String) -> String? {
        let key = Self.key(title)
        guard key.count >= 12 else { return nil }
        if let exact = urls[key] { return exact }
        guard key.count >= Self.minimumPartialLength else { return nil }
        var found = Set<String>()
        for (known, url) in urls where known.count >= Self.minimumPartialLength && (known.contains(key) || key.contains(known)) {
            guard let url else { return nil }
            found.insert(url)
        }
        return found.count == 1 ? found.first : nil
    }

    public var count: Int { urls.count }

    /// Folded letters and digits, single spaces: punctuation, quotes and emphasis differ
    /// between the guides that cite the same title.
    static func key(_ title: String) -> String {
        var text = title
        for marker in ["[Page internet]", "**", "*", "\\"] { text = text.replacing(marker, with: " ") }
        return Folding.alphanumericKey(text)
    }

    /// `[label](https://…)` pairs in a line.
    static func webLinks(in line: String) -> [(String, String)] {
        var result: [(String, String)] = []
        var rest = Substring(line)
        while let close = rest.range(of: "](http") {
            guard let open = rest[..<close.lowerBound].lastIndex(of: "["),
                  let end = rest[close.upperBound...].firstIndex(of: ")") else { break }
            let label = String(rest[rest.index(after: open)..<close.lowerBound])
            let url = "http" + rest[close.upperBound..<end]
            result.append((label, url))
            rest = rest[rest.index(after: end)...]
        }
        return result
    }

    /// The first `http…` URL of a line, bare, in `<…>` or as a Markdown link target.
    static func firstURL(in line: String) -> String? {
        if let link = webLinks(in: line).first { return link.1 }
        guard let start = line.range(of: "http") else { return nil }
        let url = line[start.lowerBound...].prefix { !$0.isWhitespace && $0 != ">" && $0 != ")" }
        return url.count > 10 ? String(url) : nil
    }
}

extension InlineRules {
    /// Generic link texts that say nothing of their target: the title is elsewhere on the line.
    static let genericLinkTexts: Set<String> = ["lien", "ici", "en ligne", "site", "lien vers le document"]

    /// `[texte](#)`: a link whose target the PDF lost. Keeps the text; gets the URL back from
    /// the catalog when the link's title (or, for `[Lien](#)`, the bold title on its line)
    /// is known, else drops the fake link.
    static func restoreLostLinks(_ line: String, catalog: LinkCatalog) -> String {
        let emphasised = boldSpans(in: line)
        return replacingLostLinks(in: line) { text in
            let title = genericLinkTexts.contains(text.trimmed.lowercased()) ? emphasised.last : String(text)
            guard let title, let url = catalog.url(forTitle: title) else { return String(text) }
            return "[\(text)](\(url))"
        }
    }

    /// The texts between `**` pairs.
    static func boldSpans(in line: String) -> [String] {
        let pieces = line.components(separatedBy: "**")
        return stride(from: 1, to: pieces.count - 1, by: 2).map { pieces[$0] }
    }
}
