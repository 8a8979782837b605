import Foundation
import GuidesMarkdown
import GuidesModel
import GuidesPaths
import GuidesText

/// French typography for a string a template prints (titles, summaries, definitions): the
/// typographic apostrophe, which cmark's smart punctuation gives the bodies, and the spaces.
func typeset(_ text: String) -> String { FrenchTypography.apply(text.replacingOccurrences(of: "'", with: "’")) }

/// Lays the content graph out as pages with the templates. Pure: graph and bodies in, files out.
public struct SiteRenderer: Sendable {
    public let graph: ContentGraph
    public let templates: Templates
    let matcher: TermMatcher
    /// Each term's tooltip text, by term id: computed once, used by every link and page.
    let shortDefinitions: [String: String]
    let byGuide: ItemsByGuide

    public init(graph: ContentGraph, templates: Templates) {
        self.graph = graph
        self.templates = templates
        self.byGuide = ItemsByGuide(graph)
        self.matcher = TermMatcher(terms: graph.knowledge.terms)
        self.shortDefinitions = Dictionary(
            graph.knowledge.terms.map { ($0.id, Self.shortDefinition(of: $0)) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every page of the site, from each guide's Markdown body by guide id (parsed, decorated
    /// and rendered by one task, its tree freed with the page), handed to `sink` as soon as it
    /// is laid out. Returns the number of pages.
    @discardableResult
    public func render(bodies: [String: String], into sink: some OutputSink) -> Int {
        var paths: [String] = []
        func emit(_ files: [OutputFile]) {
            paths += files.map(\.path)
            sink.emit(files)
        }
        emit([OutputFile(path: PagePath.home.filePath, text: homePage())])
        // A guide's body and its page in one task: neither waits for the others' in memory.
        paths += Array(graph.guides.enumerated()).parallelMap { index, guide in
            let body = bodies[guide.id].map { GuideBody.renderHTML(MarkdownDocument($0), sections: guide.sections, decoration: decoration(for: guide)) } ?? ""
            let page = OutputFile(path: PagePath.guide(guide.id).filePath, text: guidePage(guide, index: index, bodyHTML: body))
            sink.emit([page])
            return page.path
        }
        emit(knowledgePages())
        emit([OutputFile(path: PagePath.search.filePath, text: searchPage()), OutputFile(path: PagePath.notFound.filePath, text: notFoundPage())])
        emit([OutputFile(path: PagePath.sitemap.filePath, text: sitemap(pages: paths))])
        return paths.count
    }

    /// How a guide's body is decorated: term links and citation links, from templates.
    public func decoration(for guide: Guide) -> GuideBody.Decoration {
        let linker = Linker(.relative(from: .guide(guide.id)))
        let terms = graph.knowledge.terms
        let definitionLines = byGuide.definitionLines[guide.id] ?? [:]
        let linkable = byGuide.linkableEverywhere.union(definitionLines.keys)
        let numbered = Dictionary(
            (byGuide.references[guide.id] ?? []).compactMap { reference in reference.numbers[guide.id].map { ($0, reference) } },
            uniquingKeysWith: { first, _ in first })
        return GuideBody.Decoration(
            matcher: matcher, definitionLines: definitionLines, linkable: linkable,
            renderTermLink: { index, text, id in
                let term = terms[index]
                let view = TermLinkView(text: text, url: linker.link(to: .term(term.id)), tipID: id, tip: shortDefinition(of: term))
                return trimmed(templates.render(view, with: "partials/term-link"))
            },
            renderCitation: { number, text in
                guard let reference = numbered[number] else { return nil }
                let view = CitationLinkView(
                    text: text, url: linker.link(to: .bibliography, fragment: Anchor.reference(reference.id)),
                    label: "Référence \(number) : \(typeset(reference.title))")
                return trimmed(templates.render(view, with: "partials/citation-link"))
            })
    }

    /// The first definition, cut at a word near 180 characters: the tooltip of a term link.
    func shortDefinition(of term: Term) -> String { shortDefinitions[term.id] ?? Self.shortDefinition(of: term) }

    static func shortDefinition(of term: Term) -> String {
        // `Approche collective : l'entraide…` gives `l'entraide…`: a sentence of its own here.
        // The first strong definition: a glossary's words before a sentence read in passing.
        let best = term.definitions.first { $0.evidence.strength == .strong } ?? term.definitions.first
        guard let text = best?.text.collapsingWhitespace.capitalizedFirst else { return "" }
        guard text.count > 180 else { return typeset(text) }
        let cut = text.prefix(180)
        let words = cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]
        return typeset(String(words).trimmingCharacters(in: CharacterSet(charactersIn: " ,;:–-"))) + "…"
    }

    /// Site sections for the header navigation.
    func navigation(for page: PagePath, linker: Linker) -> [NavigationLink] {
        let sections: [(String, PagePath)] = [
            ("Accueil", .home), ("Glossaire", .glossary), ("Bonnes pratiques", .practices),
            ("Questions", .questions), ("Bibliographie", .bibliography),
        ]
        return sections.map { title, target in
            let current = page == target || (target == .glossary && { if case .term = page { return true } else { return false } }())
                || (target == .practices && { if case .practicesOfGuide = page { return true } else { return false } }())
            return NavigationLink(title: title, url: linker.link(to: target), isCurrent: current)
        }
    }

    func layout(
        for page: PagePath, linker: Linker, title: String, description: String,
        breadcrumbs: [Breadcrumb] = [], openGraphType: String = "website", structuredData: [String: Any]? = nil
    ) -> LayoutView {
        var crumbs = breadcrumbs
        if page != .home, !crumbs.isEmpty { crumbs.insert(Breadcrumb(title: "Accueil", url: linker.link(to: .home)), at: 0) }
        var data = structuredData.map { [$0] } ?? []
        if crumbs.count > 1 { data.append(StructuredData.breadcrumbList(crumbs, page: page, baseURL: graph.site.baseURL, linker: linker)) }
        let structuredDataHTML = StructuredData.scriptContent(data)
        return LayoutView(
            siteTitle: graph.site.title,
            siteDescription: typeset(graph.site.description),
            language: graph.site.language,
            pageTitle: title,
            pageDescription: description,
            canonicalURL: Linker.canonical(page, baseURL: graph.site.baseURL),
            root: linker.root,
            homeURL: linker.link(to: .home),
            isHome: page == .home,
            navigation: navigation(for: page, linker: linker),
            breadcrumbs: crumbs,
            hasBreadcrumbs: !crumbs.isEmpty,
            openGraphType: openGraphType,
            structuredDataHTML: structuredDataHTML,
            hasStructuredData: !structuredDataHTML.isEmpty,
            guides: footerGuides(for: page, linker: linker),
            allGuides: listsEveryGuide ? nil
                : NavigationLink(title: "Les \(graph.guides.count) guides", url: linker.link(to: .home) + "#liste-des-guides", isCurrent: false),
            searchURL: linker.link(to: .search)
        )
    }

    /// How many guides a page may list beside its own content (footer, filters). Past a dozen,
    /// such a list is no longer a menu anyone reads, and repeating it on every page made the
    /// site grow with the square of its guides; the home page lists them all.
    static let listedGuidesLimit = 12

    var listsEveryGuide: Bool { graph.guides.count <= Self.listedGuidesLimit }

    /// The footer's guides: every guide on a small site; past the limit, the page's own guide.
    func footerGuides(for page: PagePath, linker: Linker) -> [NavigationLink] {
        func link(_ guide: Guide) -> NavigationLink {
            NavigationLink(title: typeset(guide.frontMatter.shortTitle), url: linker.link(to: .guide(guide.id)), isCurrent: page == .guide(guide.id))
        }
        if listsEveryGuide { return graph.guides.map(link) }
        guard case .guide(let id) = page, let guide = byGuide.guides[id] else { return [] }
        return [link(guide)]
    }

    func homePage() -> String {
        let linker = Linker(.relative(from: .home))
        let knowledge = graph.knowledge
        let entries: [(String, PagePath, Int, String)] = [
            ("Glossaire", .glossary, knowledge.terms.count, "termes définis par les guides, avec toutes leurs définitions"),
            ("Bonnes pratiques", .practices, knowledge.practices.count, "recommandations et solutions, classées par thème"),
            ("Questions", .questions, knowledge.faqs.count, "questions fréquentes et idées reçues, avec leurs réponses"),
            ("Bibliographie", .bibliography, knowledge.references.count, "références citées, à télécharger pour un logiciel de bibliographie"),
        ]
        let view = HomePageView(
            layout: layout(
                for: .home, linker: linker, title: graph.site.title, description: graph.site.description,
                structuredData: StructuredData.website(graph.site)),
            guides: graph.guides.map { GuideSummaryView($0, linker: linker) },
            guideCount: graph.guides.count,
            entryPoints: entries.map { LinkView(title: $0.0, url: linker.link(to: $0.1), detail: typeset("\($0.2) \($0.3)")) }
        )
        return templates.render(view, with: "home")
    }

    func searchPage() -> String {
        let linker = Linker(.relative(from: .search))
        let view = SearchPageView(
            layout: layout(
                for: .search, linker: linker, title: "Rechercher",
                description: "Rechercher dans les définitions, questions, bonnes pratiques, références et sections des guides.",
                breadcrumbs: [Breadcrumb(title: "Rechercher", url: nil)]),
            glossaryURL: linker.link(to: .glossary), practicesURL: linker.link(to: .practices),
            questionsURL: linker.link(to: .questions), bibliographyURL: linker.link(to: .bibliography))
        return templates.render(view, with: "search")
    }

    func notFoundPage() -> String {
        // Served for missing URLs at any depth: links are rooted at the base URL.
        let linker = Linker(.rooted(baseURL: graph.site.baseURL))
        let view = NotFoundPageView(
            layout: layout(for: .notFound, linker: linker, title: "Page introuvable", description: graph.site.description),
            guides: graph.guides.map { GuideSummaryView($0, linker: linker) }
        )
        return templates.render(view, with: "404")
    }

    /// Every HTML page but the 404 page, at its canonical URL.
    func sitemap(pages: [String]) -> String {
        let entries = pages.filter { $0.hasSuffix(".html") && $0 != PagePath.notFound.filePath }
            .map { path in graph.site.baseURL + (path == "index.html" ? "" : String(path.dropLast("index.html".count))) }
            .sorted().map(SitemapView.Entry.init)
        return templates.render(SitemapView(entries: entries), with: "sitemap.xml")
    }
}

/// Template output without the final newline, for HTML placed inside a sentence.
func trimmed(_ html: String) -> String {
    var html = html
    while html.last?.isNewline == true { html.removeLast() }
    return html
}

/// The views of the two inline partials.
struct TermLinkView: Sendable {
    var text: String
    var url: String
    var tipID: String
    var tip: String
}

struct CitationLinkView: Sendable {
    var text: String
    var url: String
    var label: String
}
