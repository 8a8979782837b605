import GuidesMarkdown
import GuidesModel
import GuidesText

/// A guide after its one cmark parse: the typed `Guide` and the tree later stages edit and render.
///
/// Not `Sendable`: the tree is C memory owned by one task at a time.
public struct ParsedGuide {
    public var guide: Guide
    public let document: MarkdownDocument
    /// The Markdown the tree was parsed from: the pages parse it again, so that no guide's tree
    /// is held from extraction to rendering (the trees are most of a large build's memory).
    public let body: String
}

/// Ids the page layout uses itself; a heading never gets one of them.
public let reservedPageIDs: Set<String> = ["contenu", "sommaire", "navigation", "pied-de-page", "haut"]

/// Turns one content file into a `ParsedGuide`: front matter, cmark tree and outline.
public enum GuideParser {
    /// Parses `text`, the content of `path`. `slug` is the guide's id (its file name).
    /// Returns nil when the file has errors; the diagnostics say where.
    public static func parse(_ text: String, path: String, slug: String) -> (ParsedGuide?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        if !Slug.isValid(slug) {
            diagnostics.append(.error("file name '\(slug)' is not a slug: use lowercase letters, digits and '-' (e.g. '\(Slug.make(slug))')", at: SourceLocation(path: path)))
        }
        let split: FrontMatterSplit
        switch FrontMatterParser.split(text, path: path) {
        case .success(let value): split = value
        case .failure(let diagnostic): return (nil, diagnostics + [diagnostic])
        }
        let (frontMatter, frontMatterDiagnostics) = FrontMatterParser.parse(split, path: path)
        diagnostics += frontMatterDiagnostics
        let document = MarkdownDocument(split.body)
        let (sections, outlineDiagnostics) = outline(of: document, path: path)
        diagnostics += outlineDiagnostics
        guard let frontMatter, !diagnostics.hasErrors else { return (nil, diagnostics) }
        let guide = Guide(id: slug, frontMatter: frontMatter, sections: sections, path: path)
        return (ParsedGuide(guide: guide, document: document, body: split.body), diagnostics)
    }

    /// The sections of a document, one per heading, with unique readable ids.
    public static func outline(of document: MarkdownDocument, path: String) -> ([Section], [Diagnostic]) {
        var scope = SlugScope(reserved: reservedPageIDs)
        var sections: [Section] = []
        var diagnostics: [Diagnostic] = []
        var previousLevel = 0
        for heading in document.headings {
            let location = SourceLocation(path: path, line: heading.startLine, column: heading.startColumn)
            let title = heading.plainText.collapsingWhitespace
            if title.isEmpty {
                diagnostics.append(.warning("empty heading", at: location))
            }
            if heading.headingLevel > previousLevel + 1 {
                diagnostics.append(.warning("heading level jumps from \(previousLevel) to \(heading.headingLevel); the table of contents will look uneven", at: location))
            }
            previousLevel = heading.headingLevel
            let id = scope.slug(for: title)
            sections.append(Section(id: id, title: title, level: heading.headingLevel, location: location))
        }
        return (sections, diagnostics)
    }
}
