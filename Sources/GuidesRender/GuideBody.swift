import GuidesMarkdown
import GuidesModel
import GuidesText

/// Turns a guide's cmark tree into the HTML of its page body.
public enum GuideBody {
    /// What the body gains on its way to the page: French typography in every text node,
    /// links from the first mention of a term in each section to its glossary page, and links
    /// from inline citations (`(4)`) to their reference. The HTML of each link comes from a
    /// template (`render…` closures); this type only decides where links go.
    public struct Decoration {
        public var matcher: TermMatcher
        /// Source lines, per term index, of this guide's definitions of that term: a term is
        /// not linked inside its own definition.
        public var definitionLines: [Int: Set<Int>]
        /// The terms that may be linked in this guide: those that reach other guides
        /// (`Term.reachesOtherGuides`) and those this guide defines.
        public var linkable: Set<Int>?
        /// The HTML of a term link: term index, the text as written, an id unique in the page.
        public var renderTermLink: (_ term: Int, _ text: String, _ id: String) -> String
        /// The HTML of a citation link for `(number)`, or nil when the guide has no such entry.
        public var renderCitation: (_ number: Int, _ text: String) -> String?

        public init(
            matcher: TermMatcher, definitionLines: [Int: Set<Int>], linkable: Set<Int>? = nil,
            renderTermLink: @escaping (Int, String, String) -> String, renderCitation: @escaping (Int, String) -> String?
        ) {
            self.matcher = matcher
            self.definitionLines = definitionLines
            self.linkable = linkable
            self.renderTermLink = renderTermLink
            self.renderCitation = renderCitation
        }
    }

    /// Headings get the ids of `sections` (same order as the document's headings) and move one
    /// level down, since the page's only `<h1>` is the guide's title. Then cmark renders the tree
    /// (safe mode: raw HTML from the content never reaches the page).
    public static func renderHTML(_ document: MarkdownDocument, sections: [Section], decoration: Decoration? = nil) -> String {
        if let decoration { decorate(document, with: decoration) }
        let headings = document.headings
        precondition(headings.count == sections.count, "sections must come from this document")
        for (heading, section) in zip(headings, sections) {
            heading.setHeadingLevel(section.level + 1)
            heading.replaceHeading { level, innerHTML in
                "<h\(level) id=\"\(section.id)\">\(innerHTML)</h\(level)>\n"
            }
        }
        return document.renderHTML()
    }

    static let noLinks: Set<MarkdownNodeKind> = [.heading, .link, .image]
    static let blocks: Set<MarkdownNodeKind> = [.paragraph, .item]

    static func decorate(_ document: MarkdownDocument, with decoration: Decoration) {
        var section = -1
        var linked = Set<Int>()  // terms linked in the current section
        var nextID = 1
        for node in document.allNodes {
            if node.kind == .heading {
                section += 1
                linked = []
                continue
            }
            guard node.kind == .text, let literal = node.literal else { continue }
            let previous = node.previousSibling?.plainText.last
            let text = FrenchTypography.apply(literal, previous: previous)
            guard !node.isInside(noLinks) else {
                if text != literal { node.setLiteral(text) }
                continue
            }
            // The lines of the paragraph and list items around this text.
            var lines = Set<Int>()
            var ancestor = node.parent
            while let current = ancestor {
                if blocks.contains(current.kind) { lines.insert(current.startLine) }
                ancestor = current.parent
            }
            var pieces: [MarkdownNode.InlinePiece] = []
            var cursor = text.startIndex
            var links: [(range: Range<String.Index>, html: String)] = []
            for match in decoration.matcher.matches(in: text, allowed: decoration.linkable) where !linked.contains(match.term) {
                if let own = decoration.definitionLines[match.term], !own.isDisjoint(with: lines) { continue }
                linked.insert(match.term)
                links.append((match.range, decoration.renderTermLink(match.term, String(text[match.range]), "terme-\(nextID)")))
                nextID += 1
            }
            for (range, number) in citations(in: text) where !links.contains(where: { $0.range.overlaps(range) }) {
                if let html = decoration.renderCitation(number, String(text[range])) { links.append((range, html)) }
            }
            guard !links.isEmpty else {
                if text != literal { node.setLiteral(text) }
                continue
            }
            for link in links.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
                pieces.append(.text(String(text[cursor..<link.range.lowerBound])))
                pieces.append(.html(link.html))
                cursor = link.range.upperBound
            }
            pieces.append(.text(String(text[cursor...])))
            node.replaceText(with: pieces)
        }
    }

    /// `(4)`, `(12)`: numbered citations, as 003 writes them after a sentence.
    static func citations(in text: String) -> [(Range<String.Index>, Int)] {
        // (By bytes: parentheses and ASCII digits never start inside another character.)
        let bytes = text.utf8
        guard bytes.contains(UInt8(ascii: "(")) else { return [] }
        var result: [(Range<String.Index>, Int)] = []
        var index = bytes.startIndex
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "(")) {
            let first = bytes.index(after: open)
            var end = first, number = 0, digits = 0
            while end < bytes.endIndex, (0x30...0x39).contains(bytes[end]), digits <= 3 {
                number = number * 10 + Int(bytes[end] - 0x30)
                digits += 1
                end = bytes.index(after: end)
            }
            if (1...3).contains(digits), end < bytes.endIndex, bytes[end] == UInt8(ascii: ")") {
                result.append((open..<bytes.index(after: end), number))
            }
            index = first
        }
        return result
    }
}
