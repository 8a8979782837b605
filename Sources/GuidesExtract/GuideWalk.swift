import Foundation
import GuidesMarkdown
import GuidesModel
import GuidesParser
import GuidesText

/// A guide's body as a flat list of blocks in reading order, each knowing the headings above
/// it: what every extractor reads. Built once per guide from the cmark tree (never from the
/// raw text), so emphasis, links, lists and quotes are what CommonMark says they are.
public struct GuideWalk: Sendable {
    public enum Kind: Sendable, Equatable {
        case heading(level: Int)
        case paragraph
        /// A list item's own paragraphs (not its sub-lists, which are items of their own).
        case item(depth: Int, ordered: Bool, number: Int)
        /// A paragraph inside a block quote.
        case quote
    }

    public struct Block: Sendable, Equatable {
        public var kind: Kind
        /// Plain text, spaces collapsed.
        public var text: String
        /// CommonMark of the block alone.
        public var markdown: String
        public var line: Int
        /// Index in `guide.sections` of the section the block is in (a heading is its own).
        public var section: Int?
        /// A paragraph's or item's leading bold text (`**Rétablissement** : …` → `Rétablissement`).
        public var leadingStrong: String?
        /// The text after the leading bold part, without the separator (` : `, ` — `).
        public var afterStrong: String?
        /// Link targets in the block, in order.
        public var urls: [String]
        /// The block's text split at its line breaks.
        public var lines: [String] = []
        /// What an editor said of this block with a `<!-- guides: … -->` comment just before it.
        public var directive: Directive?

        public var isHeading: Bool { if case .heading = kind { true } else { false } }
        public var headingLevel: Int? { if case let .heading(level) = kind { level } else { nil } }
        public var isItem: Bool { if case .item = kind { true } else { false } }
    }

    /// An editor's instruction to the extractors, written as an HTML comment on the line
    /// before a block (cmark's safe mode keeps it out of the page):
    /// `<!-- guides: ignore -->` (the next block, or list, is not an item of the graph),
    /// `<!-- guides: definition -->` (the next paragraph defines the section's term, or its
    /// bold lead), `<!-- guides: practice -->` (the next list is a list of good practices).
    public enum Directive: String, Sendable, Equatable, CaseIterable {
        case ignore, definition, practice
    }

    public var guide: Guide
    public private(set) var blocks: [Block]

    /// Per section, its path of titles folded (`Folding.fold`), computed once: every
    /// extractor asks "is this block inside a part titled …?".
    public private(set) var foldedPaths: [[String]] = []
    /// Per section, whether a title on its path names a references part
    /// (`FrenchWordLists.isReferencePartTitle`): asked for every block by several extractors.
    private var referenceParts: [Bool] = []
    /// Per section, the index of its heading in `blocks` (asked for every heading).
    private var headingBlocks: [Int: Int] = [:]

    public init(guide: Guide, blocks: [Block]) {
        self.guide = guide
        self.blocks = blocks
        foldedPaths = guide.sections.indices.map { path(of: $0).map(Folding.fold) }
        referenceParts = foldedPaths.map { $0.contains(where: FrenchWordLists.isReferencePartTitle) }
        for (index, block) in blocks.enumerated() where block.isHeading {
            if let section = block.section, headingBlocks[section] == nil { headingBlocks[section] = index }
        }
    }

    /// Each section's own text by section id (its blocks but headings, joined), and under the
    /// empty key the guide's lead, before the first heading: what the search index reads.
    public var sectionTexts: [String: String] {
        var texts: [String: String] = [:]
        for block in blocks where !block.isHeading {
            let id = block.section.map { guide.sections[$0].id } ?? ""
            texts[id, default: ""] += (texts[id] == nil ? "" : " ") + block.text
        }
        return texts
    }

    public init(_ parsed: ParsedGuide) {
        var walker = Walker(sectionCount: parsed.guide.sections.count)
        walker.visit(children: parsed.document.root.children, quote: false, depth: 0)
        self.init(guide: parsed.guide, blocks: walker.blocks)
    }

    /// The walk without the blocks an editor marked `<!-- guides: ignore -->`.
    public func withoutIgnoredBlocks() -> GuideWalk {
        // (Nearly every guide has none: itself, not a walk rebuilt block by block.)
        guard blocks.contains(where: { $0.directive == .ignore }) else { return self }
        return GuideWalk(guide: guide, blocks: blocks.filter { $0.directive != .ignore })
    }

    /// The folded titles from the top down to `section`.
    public func foldedPath(of section: Int?) -> [String] {
        section.map { foldedPaths[$0] } ?? []
    }

    /// Whether `section` lies in a part of references (a bibliography, resources, links).
    public func isInReferencePart(_ section: Int?) -> Bool {
        section.map { referenceParts[$0] } ?? false
    }

    /// The section titles from the top down to `section` (included).
    public func path(of section: Int?) -> [String] {
        guard let section else { return [] }
        var result: [String] = [guide.sections[section].title]
        var level = guide.sections[section].level
        var index = section - 1
        while index >= 0, level > 1 {
            if guide.sections[index].level < level {
                result.insert(guide.sections[index].title, at: 0)
                level = guide.sections[index].level
            }
            index -= 1
        }
        return result
    }

    /// Where a block is, as the graph records it.
    public func provenance(of block: Block) -> Provenance {
        Provenance(guide: guide.id, section: block.section.map { guide.sections[$0].id }, line: block.line)
    }

    /// The blocks of section `section`'s body: after its heading, up to the next heading of
    /// the same or a higher level (sub-sections included when `nested`).
    public func body(of section: Int, nested: Bool) -> ArraySlice<Block> {
        guard let start = headingBlocks[section] else { return [] }
        let level = guide.sections[section].level
        var end = start + 1
        while end < blocks.count {
            if let next = blocks[end].headingLevel, !nested || next <= level { break }
            end += 1
        }
        return blocks[(start + 1)..<end]
    }
}

/// Depth-first walk of the cmark tree into `GuideWalk.Block`s.
private struct Walker {
    var blocks: [GuideWalk.Block] = []
    var section: Int?
    var headingsSeen = 0
    let sectionCount: Int

    init(sectionCount: Int) {
        self.sectionCount = sectionCount
    }

    /// A directive waiting for the next block (or every item of the next list).
    var pending: GuideWalk.Directive?

    mutating func visit(children: [MarkdownNode], quote: Bool, depth: Int) {
        for node in children {
            if node.kind == .htmlBlock {
                pending = Self.directive(in: node.literal ?? "")
                continue
            }
            let directive = pending
            pending = nil
            let first = blocks.count
            defer {
                if let directive { for index in first..<blocks.count { blocks[index].directive = directive } }
            }
            switch node.kind {
            case .heading:
                section = headingsSeen < sectionCount ? headingsSeen : section
                headingsSeen += 1
                blocks.append(block(node, kind: .heading(level: node.headingLevel)))
            case .paragraph:
                blocks.append(block(node, kind: quote ? .quote : .paragraph))
            case .blockQuote:
                visit(children: node.children, quote: true, depth: depth)
            case .list:
                let ordered = node.isOrderedList
                var number = node.listStart
                for item in node.children where item.kind == .item {
                    let own = item.children.filter { $0.kind != .list }
                    if !own.isEmpty {
                        var itemBlock = block(item, kind: .item(depth: depth, ordered: ordered, number: number))
                        itemBlock.text = own.map(\.plainText).joined(separator: " ").collapsingWhitespace
                        if let first = own.first, first.kind == .paragraph {
                            let lead = Self.leadingStrong(of: first)
                            itemBlock.leadingStrong = lead?.strong
                            itemBlock.afterStrong = lead?.rest
                        }
                        blocks.append(itemBlock)
                    }
                    for sublist in item.children where sublist.kind == .list {
                        visit(children: [sublist], quote: quote, depth: depth + 1)
                    }
                    number += 1
                }
            default:
                continue
            }
        }
    }

    /// `<!-- guides: ignore -->` → `.ignore`.
    static func directive(in html: String) -> GuideWalk.Directive? {
        let text = html.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("<!--"), text.hasSuffix("-->") else { return nil }
        let inner = text.dropFirst(4).dropLast(3).trimmingCharacters(in: .whitespaces)
        guard inner.hasPrefix("guides:") else { return nil }
        return GuideWalk.Directive(rawValue: inner.dropFirst(7).trimmingCharacters(in: .whitespaces))
    }

    func block(_ node: MarkdownNode, kind: GuideWalk.Kind) -> GuideWalk.Block {
        let lead = node.kind == .paragraph ? Self.leadingStrong(of: node) : nil
        return GuideWalk.Block(
            kind: kind, text: node.plainText.collapsingWhitespace, markdown: node.renderCommonMark(),
            line: node.startLine, section: section, leadingStrong: lead?.strong, afterStrong: lead?.rest,
            urls: Self.urls(in: node), lines: node.kind == .paragraph ? node.plainLines : [])
    }

    /// `**Terme** : définition` → (`Terme`, `définition`). The bold part must open the paragraph.
    static func leadingStrong(of paragraph: MarkdownNode) -> (strong: String, rest: String)? {
        guard let first = paragraph.children.first, first.kind == .strong else { return nil }
        let strong = first.plainText.collapsingWhitespace
        let rest = paragraph.children.dropFirst().map(\.plainText).joined().collapsingWhitespace
        let separators: Set<Character> = [":", "—", "–", "-", " ", ","]
        return (strong, String(rest.drop { separators.contains($0) }))
    }

    static func urls(in node: MarkdownNode) -> [String] {
        var result: [String] = []
        for child in node.children {
            if child.kind == .link, let url = child.url, !url.isEmpty { result.append(url) }
            result += urls(in: child)
        }
        return result
    }

}
