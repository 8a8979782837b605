import GuidesModel
import GuidesPaths
import GuidesText

// View models: what templates see. Plain values with text ready to print; Mustache escapes
// every `{{field}}`, and only fields named `…HTML` (from cmark) are printed raw with `{{{…}}}`.

/// The fields every page's layout uses.
public struct LayoutView: Sendable {
    public var siteTitle: String
    public var siteDescription: String
    public var language: String
    /// This page's `<title>` and heading.
    public var pageTitle: String
    public var pageDescription: String
    public var canonicalURL: String
    /// Prefix from this page to the site root, for assets (`{{root}}assets/style.css`).
    public var root: String
    public var homeURL: String
    public var isHome: Bool
    public var navigation: [NavigationLink]
    /// From the home page to this one; empty on the home page.
    public var breadcrumbs: [Breadcrumb] = []
    /// Stored, not computed (Mustache reads values through reflection): set with `breadcrumbs`.
    public var hasBreadcrumbs = false
    /// Open Graph type: `website`, or `article` for a guide.
    public var openGraphType: String = "website"
    /// JSON-LD for this page, already escaped for a `<script>` element.
    public var structuredDataHTML: String = ""
    public var hasStructuredData = false
    /// The guides, for the footer: all of them on a small site, otherwise the current one only.
    public var guides: [NavigationLink] = []
    /// On a site with too many guides to list on every page, the footer's link to the home
    /// page's list of them all (`Les 250 guides`); nil when `guides` lists them all.
    public var allGuides: NavigationLink? = nil
    /// The search page, where the header's search box sends its query.
    public var searchURL: String = ""
}

public struct NavigationLink: Sendable {
    public var title: String
    public var url: String
    /// `aria-current="page"` in the template when true.
    public var isCurrent: Bool
}

/// A guide as listed on the home page and in navigation.
public struct GuideSummaryView: Sendable {
    public var title: String
    public var shortTitle: String
    public var url: String
    public var publisher: String
    public var authors: String
    public var hasSeveralAuthors: Bool
    public var dateLabel: String
    public var dateISO: String
    public var summary: String
    public var sectionCount: Int
}

/// A node of a guide's table of contents; `children` nest the sub-sections.
public struct TableOfContentsNode: Sendable {
    public var id: String
    public var title: String
    public var children: [TableOfContentsNode] {
        didSet { hasChildren = !children.isEmpty }
    }
    /// Stored, not computed: Mustache reads values through reflection.
    public private(set) var hasChildren = false

    init(id: String, title: String, children: [TableOfContentsNode]) {
        self.id = id
        self.title = title
        self.children = children
        self.hasChildren = !children.isEmpty
    }
}

public struct HomePageView: Sendable {
    public var layout: LayoutView
    public var guides: [GuideSummaryView]
    public var guideCount: Int
    /// Glossary, practices, questions, bibliography: each with its count.
    public var entryPoints: [LinkView]
}

public struct GuidePageView: Sendable {
    public var layout: LayoutView
    public var guide: GuideSummaryView
    public var sourceFile: String
    /// The guide's body as rendered by cmark, headings carrying their ids.
    public var bodyHTML: String
    public var tableOfContents: TableOfContentsNode
    public var previous: NavigationLink?
    public var next: NavigationLink?
    /// Beside the text: what the graph found in this guide.
    public var terms: [LinkView]
    public var practicesLink: LinkView?
    public var questions: [LinkView]
    public var references: [LinkView]
    /// The other guides sharing the most terms with this one.
    public var seeAlso: [LinkView]
    // Stored flags, set with the lists: Mustache reads values through reflection.
    public var hasTerms = false
    public var hasQuestions = false
    public var hasReferences = false
    public var referenceCount = 0
    public var hasSeeAlso = false
}

public struct SearchPageView: Sendable {
    public var layout: LayoutView
    public var glossaryURL: String
    public var practicesURL: String
    public var questionsURL: String
    public var bibliographyURL: String
}

public struct NotFoundPageView: Sendable {
    public var layout: LayoutView
    public var guides: [GuideSummaryView]
}

public struct SitemapView: Sendable {
    public struct Entry: Sendable {
        public var url: String
    }
    public var entries: [Entry]
}

extension TableOfContentsNode {
    /// Nests flat sections by level: a section belongs to the closest section above it
    /// with a lower level.
    static func tree(_ sections: [Section]) -> TableOfContentsNode {
        var stack: [(level: Int, node: TableOfContentsNode)] = [(0, TableOfContentsNode(id: "", title: "", children: []))]
        func closeTop() {
            let (_, node) = stack.removeLast()
            stack[stack.count - 1].node.children.append(node)
        }
        for section in sections {
            while stack.count > 1, stack[stack.count - 1].level >= section.level { closeTop() }
            stack.append((section.level, TableOfContentsNode(id: section.id, title: section.title, children: [])))
        }
        while stack.count > 1 { closeTop() }
        return stack[0].node
    }
}

extension GuideSummaryView {
    init(_ guide: Guide, linker: Linker) {
        let frontMatter = guide.frontMatter
        self.init(
            title: typeset(frontMatter.title),
            shortTitle: typeset(frontMatter.shortTitle),
            url: linker.link(to: .guide(guide.id)),
            publisher: typeset(frontMatter.publisher),
            authors: typeset(FrenchLists.join(frontMatter.authors)),
            hasSeveralAuthors: frontMatter.authors.count > 1,
            dateLabel: FrenchDates.label(year: frontMatter.date.year, month: frontMatter.date.month),
            dateISO: frontMatter.date.description,
            summary: typeset(frontMatter.summary),
            sectionCount: guide.sections.count
        )
    }
}
