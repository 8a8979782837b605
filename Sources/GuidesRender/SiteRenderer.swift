import GuidesModel

/// A file of the built site, before anything touches the disk.
public struct OutputFile: Sendable, Equatable {
    /// Relative to the output directory, `/`-separated.
    public var path: String
    public var contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }
}

/// Lays the content graph out as pages with the templates. Pure: graph and bodies in, files out.
public struct SiteRenderer: Sendable {
    public let graph: ContentGraph
    public let templates: Templates

    public init(graph: ContentGraph, templates: Templates) {
        self.graph = graph
        self.templates = templates
    }

    /// Every page of the site. `bodies` maps a guide id to its rendered body HTML.
    public func render(bodies: [String: String]) -> [OutputFile] {
        var files: [OutputFile] = []
        files.append(OutputFile(path: PagePath.home.filePath, text: homePage()))
        for (index, guide) in graph.guides.enumerated() {
            let page = guidePage(guide, index: index, bodyHTML: bodies[guide.id] ?? "")
            files.append(OutputFile(path: PagePath.guide(guide.id).filePath, text: page))
        }
        files.append(OutputFile(path: PagePath.notFound.filePath, text: notFoundPage()))
        files.append(OutputFile(path: PagePath.sitemap.filePath, text: sitemap()))
        return files
    }

    func layout(for page: PagePath, linker: Linker, title: String, description: String) -> LayoutView {
        let navigation = [NavigationLink(title: "Accueil", url: linker.link(to: .home), isCurrent: page == .home)]
            + graph.guides.map { guide in
                NavigationLink(title: guide.frontMatter.shortTitle, url: linker.link(to: .guide(guide.id)), isCurrent: page == .guide(guide.id))
            }
        return LayoutView(
            siteTitle: graph.site.title,
            siteDescription: graph.site.description,
            language: graph.site.language,
            pageTitle: title,
            pageDescription: description,
            canonicalURL: Linker.canonical(page, baseURL: graph.site.baseURL),
            root: linker.root,
            homeURL: linker.link(to: .home),
            isHome: page == .home,
            navigation: navigation
        )
    }

    func homePage() -> String {
        let linker = Linker(.relative(from: .home))
        let view = HomePageView(
            layout: layout(for: .home, linker: linker, title: graph.site.title, description: graph.site.description),
            guides: graph.guides.map { GuideSummaryView($0, linker: linker) },
            guideCount: graph.guides.count
        )
        return templates.render(view, with: "home")
    }

    func guidePage(_ guide: Guide, index: Int, bodyHTML: String) -> String {
        let page = PagePath.guide(guide.id)
        let linker = Linker(.relative(from: page))
        func neighbour(_ offset: Int) -> NavigationLink? {
            let position = index + offset
            guard graph.guides.indices.contains(position) else { return nil }
            let other = graph.guides[position]
            return NavigationLink(title: other.frontMatter.shortTitle, url: linker.link(to: .guide(other.id)), isCurrent: false)
        }
        let view = GuidePageView(
            layout: layout(for: page, linker: linker, title: guide.frontMatter.title, description: guide.frontMatter.summary),
            guide: GuideSummaryView(guide, linker: linker),
            sourceFile: guide.frontMatter.source,
            bodyHTML: bodyHTML,
            tableOfContents: TableOfContentsNode.tree(guide.sections),
            previous: neighbour(-1),
            next: neighbour(1)
        )
        return templates.render(view, with: "guide")
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

    func sitemap() -> String {
        let pages: [PagePath] = [.home] + graph.guides.map { .guide($0.id) }
        let view = SitemapView(entries: pages.map { SitemapView.Entry(url: Linker.canonical($0, baseURL: graph.site.baseURL)) })
        return templates.render(view, with: "sitemap.xml")
    }
}
