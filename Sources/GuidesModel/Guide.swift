/// The publication date of a guide, as precise as its source allows (`2019` or `2024-12`).
public struct GuideDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?

    public init(year: Int, month: Int? = nil) {
        self.year = year
        self.month = month
    }

    /// Parses `YYYY` or `YYYY-MM`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        var month: Int?
        if parts.count == 2 {
            guard parts[1].count == 2, let value = Int(parts[1]), (1...12).contains(value) else { return nil }
            month = value
        }
        self.init(year: year, month: month)
    }

    /// The ISO 8601 form used in front matter and machine-readable output.
    public var description: String {
        month.map { "\(year)-\($0 < 10 ? "0" : "")\($0)" } ?? "\(year)"
    }

    public static func < (lhs: GuideDate, rhs: GuideDate) -> Bool {
        (lhs.year, lhs.month ?? 0) < (rhs.year, rhs.month ?? 0)
    }
}

/// What an editor writes at the top of a guide file; validated by the parser.
public struct FrontMatter: Hashable, Sendable {
    public var title: String
    public var shortTitle: String
    public var authors: [String]
    public var publisher: String
    public var date: GuideDate
    /// The raw document in `content/sources/` this guide was imported from.
    public var source: String
    public var summary: String
    /// Position of the guide in lists and in previous/next navigation.
    public var order: Int

    public init(
        title: String, shortTitle: String, authors: [String], publisher: String,
        date: GuideDate, source: String, summary: String, order: Int
    ) {
        self.title = title
        self.shortTitle = shortTitle
        self.authors = authors
        self.publisher = publisher
        self.date = date
        self.source = source
        self.summary = summary
        self.order = order
    }
}

/// A heading of a guide, with the anchor id the site gives it.
public struct Section: Hashable, Sendable {
    /// Unique within the guide's page; stable as long as the heading text does not change.
    public var id: String
    public var title: String
    /// Level in the guide's own outline: 1 for the guide's top headings.
    public var level: Int
    /// Where the heading is in the guide's content file.
    public var location: SourceLocation

    public init(id: String, title: String, level: Int, location: SourceLocation) {
        self.id = id
        self.title = title
        self.level = level
        self.location = location
    }
}

/// One guide of the corpus: its metadata and outline. The body stays with the parser's tree.
public struct Guide: Hashable, Sendable, Identifiable {
    /// The slug, taken from the content file's name: `content/guides/<id>.md`.
    public var id: String
    public var frontMatter: FrontMatter
    public var sections: [Section]
    /// The content file, relative to the content directory's parent as given on the command line.
    public var path: String

    public init(id: String, frontMatter: FrontMatter, sections: [Section], path: String) {
        self.id = id
        self.frontMatter = frontMatter
        self.sections = sections
        self.path = path
    }
}

/// Site-wide settings from `content/site.yml`.
public struct SiteConfig: Hashable, Sendable {
    public var title: String
    public var description: String
    /// Absolute URL or path the site is served under (`/`, `https://example.org/guides/`);
    /// used for canonical URLs and the sitemap. Links between pages stay relative.
    public var baseURL: String
    public var language: String
    /// Groups of expressions the search takes for one another (`[peer support, soutien par
    /// les pairs]`): `search: synonyms:` in `site.yml`.
    public var searchSynonyms: [[String]]
    /// The editor's aliases, ignored terms and merges: `glossary:` in `site.yml`.
    public var glossary: GlossarySettings

    public init(title: String, description: String = "", baseURL: String = "/", language: String = "fr", searchSynonyms: [[String]] = [], glossary: GlossarySettings = GlossarySettings()) {
        self.title = title
        self.description = description
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.language = language
        self.searchSynonyms = searchSynonyms
        self.glossary = glossary
    }
}

/// Everything the renderer needs about the corpus, sorted for output.
public struct ContentGraph: Sendable {
    public var site: SiteConfig
    /// In front matter `order`, then by id.
    public var guides: [Guide]

    /// Definitions, practices, FAQs and references extracted from the guides.
    public var knowledge: Knowledge

    public init(site: SiteConfig, guides: [Guide], knowledge: Knowledge = Knowledge()) {
        self.site = site
        self.guides = guides.sorted { ($0.frontMatter.order, $0.id) < ($1.frontMatter.order, $1.id) }
        self.knowledge = knowledge
    }
}
