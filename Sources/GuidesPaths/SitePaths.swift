import GuidesText

/// Where every page lives, and how one page links to another: the one place for URL building.
///
/// Files are `…/index.html` so that any static server serves them at `…/`; links between pages
/// are relative and name `index.html` explicitly, so the site also works opened from disk
/// (`file://`). Canonical URLs and the sitemap use the configured base URL and pretty paths.
public enum PagePath: Hashable, Sendable {
    case home
    case guide(String)
    /// The glossary's A–Z index, and one page per term.
    case glossary
    case term(String)
    /// All good practices, and the practices of one guide (a filter that needs no script).
    case practices
    case practicesOfGuide(String)
    case questions
    case bibliography
    /// The search page (the index itself is in `recherche/index/`).
    case search
    /// A bibliography download (`bibliographie.bib`).
    case bibliographyFile(String)
    case notFound
    case asset(String)
    case sitemap

    /// Path of the output file, relative to the output directory. French URLs: they are
    /// what readers see and share.
    public var filePath: String {
        switch self {
        case .home: "index.html"
        case .guide(let slug): "guides/\(slug)/index.html"
        case .glossary: "glossaire/index.html"
        case .term(let slug): "glossaire/\(slug)/index.html"
        case .practices: "bonnes-pratiques/index.html"
        case .practicesOfGuide(let slug): "bonnes-pratiques/\(slug)/index.html"
        case .questions: "questions/index.html"
        case .bibliography: "bibliographie/index.html"
        case .search: "recherche/index.html"
        case .bibliographyFile(let name): "bibliographie/\(name)"
        case .notFound: "404.html"
        case .asset(let name): "assets/\(name)"
        case .sitemap: "sitemap.xml"
        }
    }

    /// Path as a web server shows it (`guides/x/` rather than `guides/x/index.html`).
    public var prettyPath: String {
        let path = filePath
        if path == "index.html" { return "" }
        if path.hasSuffix("/index.html") { return String(path.dropLast("index.html".count)) }
        return path
    }

    /// Directory depth of the file below the output root.
    var depth: Int { Linker.directories(in: filePath) }
}

/// Builds the links of one page.
public struct Linker: Sendable {
    public enum Style: Sendable {
        /// Relative to the page's own file: works from any host and from `file://`.
        case relative(from: PagePath)
        /// Rooted at the site's base URL: for pages served at any depth (the 404 page).
        case rooted(baseURL: String)
    }

    public let style: Style

    public init(_ style: Style) { self.style = style }

    /// The prefix that leads from the page to the output root (`../../`, `` or the base URL).
    public var root: String {
        switch style {
        case .relative(let from): String(repeating: "../", count: from.depth)
        case .rooted(let baseURL): baseURL
        }
    }

    public func link(to page: PagePath, fragment: String? = nil) -> String {
        let target: String
        switch style {
        case .relative(let from) where from == page:
            target = fragment == nil ? Self.fileName(of: page.filePath) : ""
        case .relative(let from):
            target = Self.relativePath(from: from.filePath, to: page.filePath)
        case .rooted(let baseURL):
            target = baseURL + page.filePath
        }
        return fragment.map { target + "#" + $0 } ?? target
    }

    /// The last component of a file path (`index.html`).
    static func fileName(of path: String) -> String {
        let bytes = path.utf8
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[bytes.index(after: slash)...])
    }

    /// How many directories a file path goes down (its `/`s).
    static func directories(in path: String) -> Int {
        path.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
    }

    /// The shortest relative path between two files of the output: climb to their common
    /// directory, then descend. Paths are `/`-separated, without empty components. (On bytes:
    /// every page builds hundreds of links.)
    static func relativePath(from source: String, to destination: String) -> String {
        let slash = UInt8(ascii: "/")
        let from = source.utf8, to = destination.utf8
        let directories = Self.directories(in: source)
        var common = 0
        var i = from.startIndex, j = to.startIndex
        // A common directory ends with a slash in both paths (the destination's file name is
        // never one).
        while common < directories, let end = from[i...].firstIndex(of: slash), let otherEnd = to[j...].firstIndex(of: slash),
              from[i..<end].elementsEqual(to[j..<otherEnd]) {
            common += 1
            i = from.index(after: end)
            j = to.index(after: otherEnd)
        }
        return String(repeating: "../", count: directories - common) + String(destination[j...])
    }

    /// The absolute, pretty URL of a page, for `<link rel="canonical">` and the sitemap.
    public static func canonical(_ page: PagePath, baseURL: String) -> String {
        baseURL + page.prettyPath
    }
}

/// The ids of the anchors other pages link to: one place, so links and targets agree.
public enum Anchor {
    public static func reference(_ id: String) -> String { "ref-\(id)" }
    public static func practice(_ id: String) -> String { "pratique-\(id)" }
    public static func question(_ id: String) -> String { "question-\(id)" }
    public static func definition(_ index: Int) -> String { "definition-\(index + 1)" }
    public static func theme(_ title: String) -> String { "theme-" + Slug.make(title) }
    public static func letter(_ letter: String) -> String { "lettre-" + Slug.make(letter) }
}
