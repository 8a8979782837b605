import CCmark
import GuidesText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The only file that imports CCmark: every other target sees the small, safe API below.
// cmark owns its tree in C memory; `MarkdownDocument` owns the root and frees it, and a
// `MarkdownNode` keeps its document alive, so a node can never outlive the tree it points into.

/// A CommonMark document parsed by libcmark, kept as a mutable tree until it is rendered.
///
/// One parse per guide: the parser reads sections from it, later stages edit it
/// (heading anchors, levels) and the renderer turns it into HTML once, at the end.
public final class MarkdownDocument {
    fileprivate let rootPointer: OpaquePointer
    private let options: MarkdownOptions

    /// Parses `text` as CommonMark. Parsing never fails: any input is a document.
    public init(_ text: String, options: MarkdownOptions = .default) {
        self.options = options
        var bytes = Array(text.utf8)
        if bytes.isEmpty { bytes = [0x0A] }
        let root = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parse_document($0, buffer.count, options.cmarkValue)
            }
        }
        guard let root else { fatalError("libcmark could not allocate a document") }
        self.rootPointer = root
    }

    deinit { cmark_node_free(rootPointer) }

    /// The document node.
    public var root: MarkdownNode { MarkdownNode(rootPointer, in: self) }

    /// Renders the whole tree to HTML. Raw HTML in the source is never passed through
    /// (cmark's safe mode replaces it with a comment) and `javascript:` style URLs are dropped.
    public func renderHTML() -> String {
        render(rootPointer)
    }

    /// Every node in document order (pre-order), the root included.
    public var allNodes: [MarkdownNode] {
        var result: [MarkdownNode] = []
        guard let iterator = cmark_iter_new(rootPointer) else { return result }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) {
                result.append(MarkdownNode(node, in: self))
            }
        }
        return result
    }

    /// The headings of the document, in order.
    public var headings: [MarkdownNode] { allNodes.filter { $0.kind == .heading } }

    fileprivate func render(_ node: OpaquePointer) -> String {
        guard let cString = cmark_render_html(node, options.cmarkValue) else { return "" }
        defer { free(cString) }
        return String(cString: cString)
    }
}

/// Parse and render options. Unsafe HTML is deliberately not offered.
public struct MarkdownOptions: OptionSet, Sendable {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Straight quotes to curly ones, `--` to en dash, `---` to em dash, `...` to an ellipsis.
    public static let smartPunctuation = MarkdownOptions(rawValue: CMARK_OPT_SMART)
    /// `data-sourcepos` attributes on block elements (useful for debugging extraction).
    public static let sourcePositions = MarkdownOptions(rawValue: CMARK_OPT_SOURCEPOS)
    /// Replaces invalid UTF-8 with U+FFFD instead of passing it through.
    public static let validateUTF8 = MarkdownOptions(rawValue: CMARK_OPT_VALIDATE_UTF8)

    public static let `default`: MarkdownOptions = [.smartPunctuation, .validateUTF8]

    fileprivate var cmarkValue: Int32 { rawValue | CMARK_OPT_DEFAULT }
}

/// The kinds of cmark nodes, named as in the CommonMark spec.
public enum MarkdownNodeKind: Sendable, Equatable {
    case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock
    case paragraph, heading, thematicBreak
    case text, softBreak, lineBreak, code, htmlInline, customInline
    case emphasis, strong, link, image
    case none

    init(_ type: cmark_node_type) {
        switch type {
        case CMARK_NODE_DOCUMENT: self = .document
        case CMARK_NODE_BLOCK_QUOTE: self = .blockQuote
        case CMARK_NODE_LIST: self = .list
        case CMARK_NODE_ITEM: self = .item
        case CMARK_NODE_CODE_BLOCK: self = .codeBlock
        case CMARK_NODE_HTML_BLOCK: self = .htmlBlock
        case CMARK_NODE_CUSTOM_BLOCK: self = .customBlock
        case CMARK_NODE_PARAGRAPH: self = .paragraph
        case CMARK_NODE_HEADING: self = .heading
        case CMARK_NODE_THEMATIC_BREAK: self = .thematicBreak
        case CMARK_NODE_TEXT: self = .text
        case CMARK_NODE_SOFTBREAK: self = .softBreak
        case CMARK_NODE_LINEBREAK: self = .lineBreak
        case CMARK_NODE_CODE: self = .code
        case CMARK_NODE_HTML_INLINE: self = .htmlInline
        case CMARK_NODE_CUSTOM_INLINE: self = .customInline
        case CMARK_NODE_EMPH: self = .emphasis
        case CMARK_NODE_STRONG: self = .strong
        case CMARK_NODE_LINK: self = .link
        case CMARK_NODE_IMAGE: self = .image
        default: self = .none
        }
    }
}

/// A node of a `MarkdownDocument`. Holding one keeps its document alive.
public struct MarkdownNode {
    fileprivate let pointer: OpaquePointer
    private let document: MarkdownDocument

    fileprivate init(_ pointer: OpaquePointer, in document: MarkdownDocument) {
        self.pointer = pointer
        self.document = document
    }

    public var kind: MarkdownNodeKind { MarkdownNodeKind(cmark_node_get_type(pointer)) }

    /// 1-based line of the node's first character in the parsed text (0 when unknown).
    public var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    /// 1-based column of the node's first character in the parsed text (0 when unknown).
    public var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    public var endLine: Int { Int(cmark_node_get_end_line(pointer)) }

    /// The literal text of text, code, code block and raw HTML nodes.
    public var literal: String? {
        cmark_node_get_literal(pointer).map { String(cString: $0) }
    }

    /// The level (1–6) of a heading, 0 for other nodes.
    public var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }

    /// Sets the level of a heading, clamped to 1…6.
    public func setHeadingLevel(_ level: Int) {
        cmark_node_set_heading_level(pointer, Int32(min(6, max(1, level))))
    }

    /// Whether a list is numbered.
    public var isOrderedList: Bool { cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST }

    /// The first number of an ordered list (`4.` → 4); 1 otherwise.
    public var listStart: Int { isOrderedList ? Int(cmark_node_get_list_start(pointer)) : 1 }

    /// The destination of a link or image.
    public var url: String? { cmark_node_get_url(pointer).map { String(cString: $0) } }

    public var parent: MarkdownNode? { cmark_node_parent(pointer).map { MarkdownNode($0, in: document) } }

    public var children: [MarkdownNode] {
        var result: [MarkdownNode] = []
        var child = cmark_node_first_child(pointer)
        while let current = child {
            result.append(MarkdownNode(current, in: document))
            child = cmark_node_next(current)
        }
        return result
    }

    /// The text a reader sees in this node: text and code literals, breaks as spaces.
    public var plainText: String {
        switch kind {
        case .text, .code: return literal ?? ""
        case .softBreak, .lineBreak: return " "
        default: return children.map(\.plainText).joined()
        }
    }

    /// The text a reader sees, split at line breaks (hard or soft): a reference entry written
    /// as title, authors and publisher on separate lines of one paragraph.
    public var plainLines: [String] {
        var lines: [String] = [""]
        func visit(_ node: MarkdownNode) {
            switch node.kind {
            case .text, .code: lines[lines.count - 1] += node.literal ?? ""
            case .softBreak, .lineBreak: lines.append("")
            default: node.children.forEach(visit)
            }
        }
        visit(self)
        return lines.map(\.collapsingWhitespace).filter { !$0.isEmpty }
    }

    /// This node rendered alone to HTML.
    public func renderHTML() -> String { document.render(pointer) }

    /// This node written back as CommonMark (no wrapping): an answer or a definition kept as
    /// Markdown for later rendering.
    public func renderCommonMark() -> String {
        guard let text = cmark_render_commonmark(pointer, CMARK_OPT_DEFAULT, 0) else { return "" }
        defer { free(text) }
        return String(cString: text)
    }

    /// Replaces a heading by the HTML that `wrap` builds around the heading's rendered content.
    ///
    /// cmark's renderer cannot put attributes on a heading; this keeps cmark in charge of the
    /// heading's inline content (escaping, safe mode, smart punctuation) and lets the caller
    /// choose the element around it, e.g. `<h2 id="…">…</h2>`. This node is invalid afterwards.
    public func replaceHeading(_ wrap: (_ level: Int, _ innerHTML: String) -> String) {
        precondition(kind == .heading, "replaceHeading called on a \(kind) node")
        let level = headingLevel
        var html = renderHTML()
        let open = "<h\(level)>", close = "</h\(level)>\n"
        if html.hasPrefix(open) { html.removeFirst(open.count) }
        if html.hasSuffix(close) { html.removeLast(close.count) }
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, wrap(level, html))
        cmark_node_set_on_exit(block, "")
        cmark_node_replace(pointer, block)
        cmark_node_free(pointer)
    }

    /// The node before this one under the same parent.
    public var previousSibling: MarkdownNode? { cmark_node_previous(pointer).map { MarkdownNode($0, in: document) } }

    /// Whether the node sits inside a node of one of `kinds` (a heading, a link…).
    public func isInside(_ kinds: Set<MarkdownNodeKind>) -> Bool {
        var node = parent
        while let current = node {
            if kinds.contains(current.kind) { return true }
            node = current.parent
        }
        return false
    }

    /// Changes the literal of a text node (typography), leaving cmark to escape it.
    public func setLiteral(_ text: String) {
        cmark_node_set_literal(pointer, text)
    }

    /// What replaces part of a text node: more text (cmark escapes it) or HTML printed as
    /// given, which must come from a template that escaped what it inserted.
    public enum InlinePiece: Equatable, Sendable {
        case text(String)
        case html(String)
    }

    /// Replaces this text node by `pieces` (a term link inside a sentence). HTML pieces become
    /// custom inline nodes, which cmark prints verbatim even in safe mode. This node is
    /// invalid afterwards.
    public func replaceText(with pieces: [InlinePiece]) {
        precondition(kind == .text, "replaceText called on a \(kind) node")
        for piece in pieces {
            let node: OpaquePointer?
            switch piece {
            case .text(let text):
                guard !text.isEmpty else { continue }
                node = cmark_node_new(CMARK_NODE_TEXT)
                if let node { cmark_node_set_literal(node, text) }
            case .html(let html):
                node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)
                if let node {
                    cmark_node_set_on_enter(node, html)
                    cmark_node_set_on_exit(node, "")
                }
            }
            if let node { cmark_node_insert_before(pointer, node) }
        }
        cmark_node_unlink(pointer)
        cmark_node_free(pointer)
    }

    /// Removes this node (and its children) from the tree. This node is invalid afterwards.
    public func remove() {
        cmark_node_unlink(pointer)
        cmark_node_free(pointer)
    }
}
