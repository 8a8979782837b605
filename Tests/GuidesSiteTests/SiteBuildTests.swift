import Foundation
import GuidesModel
import GuidesPaths
import GuidesRender
import GuidesSite
import Testing

/// The repository's own content and templates: the integration tests build the real site.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func realOptions(output: String = "unused") -> BuildOptions {
    BuildOptions(
        contentDirectory: repositoryRoot.appendingPathComponent("content").path,
        templatesDirectory: repositoryRoot.appendingPathComponent("templates").path,
        outputDirectory: output)
}

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("guides-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// `href` followed from a page in `directory`, as a path from the site root.
func resolve(_ href: String, from directory: String) -> String {
    var components = directory.split(separator: "/").map(String.init)
    for component in href.split(separator: "/").map(String.init) {
        if component == ".." { _ = components.popLast() } else if component != "." { components.append(component) }
    }
    return components.joined(separator: "/")
}

func matches(_ pattern: String, in text: String) -> [String] {
    let regex = try! NSRegularExpression(pattern: pattern)
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
        Range($0.range(at: 1), in: text).map { String(text[$0]) }
    }
}

@Suite struct SiteBuildTests {
    let files: [String: String]
    let report: BuildReport

    init() throws {
        let (files, report) = try SiteBuilder.render(realOptions())
        self.files = Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
        self.report = report
    }

    static let slugs = [
        "integrer-un-travailleur-pair", "reussir-integration-travail-pair", "pair-aidance-professionnelle",
        "soutien-par-les-pairs-sante-mentale", "dossier-documentaire-pair-aidance",
    ]

    @Test func everyPageExists() {
        #expect(report.guideCount == 5)
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty)
        for path in ["index.html", "404.html", "sitemap.xml", "assets/style.css"] + Self.slugs.map({ "guides/\($0)/index.html" }) {
            #expect(files[path] != nil, "\(path)")
        }
    }

    @Test func homeListsTheGuidesInOrder() throws {
        let home = try #require(files["index.html"])
        let links = matches(#"<h2 class="guide-card__title"><a href="([^"]+)""#, in: home)
        #expect(links == Self.slugs.map { "guides/\($0)/index.html" })
        #expect(home.contains("Dossier documentaire sur la pair-aidance"))
        #expect(home.contains("décembre 2024"))
    }

    @Test(arguments: slugs) func tableOfContentsMatchesTheHeadings(slug: String) throws {
        let page = try #require(files["guides/\(slug)/index.html"])
        let toc = try #require(page.range(of: #"<nav id="sommaire"[\s\S]*?</nav>"#, options: .regularExpression).map { String(page[$0]) })
        let tocTargets = matches(##"href="#([^"]+)""##, in: toc)
        // The headings of the guide's text (the aside has its own).
        let body = try #require(page.range(of: #"<article class="guide-body[\s\S]*?</article>"#, options: .regularExpression).map { String(page[$0]) })
        let headingIDs = matches(#"<h[2-6] id="([^"]+)""#, in: body)
        let allIDs = matches(#" id="([^"]+)""#, in: page)
        #expect(!tocTargets.isEmpty)
        // Every heading of the text is in the table of contents, in order, and every entry points at an id.
        #expect(tocTargets == headingIDs)
        #expect(Set(allIDs).count == allIDs.count, "ids are unique")
    }

    @Test func guidesWithoutHashHeadingsInTheirSourceHaveAnOutline() throws {
        let sections = { (slug: String) in
            matches(#"<h[2-6] id="([^"]+)""#, in: self.files["guides/\(slug)/index.html"] ?? "").count
        }
        #expect(sections("pair-aidance-professionnelle") >= 40)
        #expect(sections("soutien-par-les-pairs-sante-mentale") >= 15)
        let page = try #require(files["guides/pair-aidance-professionnelle/index.html"])
        #expect(page.contains(#"<h3 id="1-2-retablissement-et-empowerment">1.2 Rétablissement et empowerment</h3>"#))
    }

    @Test func guidePageShowsSourceAndNeighbours() throws {
        let page = try #require(files["guides/pair-aidance-professionnelle/index.html"])
        // French typography: a narrow no-break space before the colon.
        #expect(page.contains("<title>La pair-aidance professionnelle\u{202F}: définitions, mise en œuvre et perspectives · Guides de la pair-aidance</title>"))
        #expect(page.contains("décembre 2024"))
        #expect(page.contains(#"rel="prev" href="../reussir-integration-travail-pair/index.html""#))
        #expect(page.contains(#"rel="next" href="../soutien-par-les-pairs-sante-mentale/index.html""#))
        let first = try #require(files["guides/integrer-un-travailleur-pair/index.html"])
        #expect(!first.contains(#"rel="prev""#))
    }

    @Test func relativeLinksResolveToBuiltFiles() {
        for (path, text) in files where path.hasSuffix(".html") && path != "404.html" {
            let directory = (path as NSString).deletingLastPathComponent
            for href in matches(##"(?:href|src)="([^"#]+)(?:#[^"]*)?""##, in: text) where !href.contains(":") && !href.hasPrefix("/") {
                let target = resolve(href, from: directory)
                #expect(files[target] != nil, "\(path) links to \(href)")
            }
        }
    }

    @Test func sitemapListsEveryPage() throws {
        let sitemap = try #require(files["sitemap.xml"])
        let pages = files.keys.filter { $0.hasSuffix("index.html") }.map { "/" + $0.dropLast("index.html".count) }.sorted()
        #expect(matches("<loc>([^<]+)</loc>", in: sitemap) == pages)
        #expect(pages.count > 40 && pages.contains("/glossaire/retablissement/") && pages.contains("/bibliographie/"))
    }

    @Test func renderingIsDeterministic() throws {
        let (again, _) = try SiteBuilder.render(realOptions())
        #expect(again.count == files.count)
        for file in again {
            #expect(String(decoding: file.contents, as: UTF8.self) == files[file.path], "\(file.path)")
        }
    }
}

@Suite struct SiteOutputTests {
    @Test func twoBuildsAreByteIdentical() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        var snapshots: [[String: Data]] = []
        for name in ["a", "b"] {
            let output = root.appendingPathComponent(name)
            _ = try SiteBuilder.build(realOptions(output: output.path))
            let paths = try FileManager.default.subpathsOfDirectory(atPath: output.path).sorted()
            snapshots.append(Dictionary(uniqueKeysWithValues: paths.compactMap { path in
                FileManager.default.contents(atPath: output.appendingPathComponent(path).path).map { (path, $0) }
            }))
        }
        #expect(!snapshots[0].isEmpty)
        #expect(snapshots[0] == snapshots[1])
    }

    @Test func failedBuildLeavesThePreviousSiteIntact() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        _ = try SiteBuilder.build(realOptions(output: output.path))
        let before = try Data(contentsOf: output.appendingPathComponent("index.html"))

        // A content copy with a broken front matter.
        let content = root.appendingPathComponent("content")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("content"), to: content)
        let broken = content.appendingPathComponent("guides/pair-aidance-professionnelle.md")
        let text = try String(contentsOf: broken, encoding: .utf8).replacing("order: 3", with: "order: troisième")
        try text.write(to: broken, atomically: true, encoding: .utf8)

        var options = realOptions(output: output.path)
        options.contentDirectory = content.path
        #expect {
            _ = try SiteBuilder.build(options)
        } throws: { error in
            let diagnostics = (error as? DiagnosticsError)?.diagnostics ?? []
            return diagnostics.map(\.description).contains {
                $0.contains("/guides/pair-aidance-professionnelle.md:23:8: error: 'order' must be a whole number")
            }
        }
        #expect(try Data(contentsOf: output.appendingPathComponent("index.html")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    /// Files are written as they are made into a staging directory: one that cannot be made is
    /// an error for the editor, with nothing left behind, and a build that succeeds leaves only
    /// the site.
    @Test func anUnwritableOutputIsAnErrorAndLeavesNothing() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try "pas un dossier".write(to: root.appendingPathComponent("fichier"), atomically: true, encoding: .utf8)
        let output = root.appendingPathComponent("fichier/public")
        #expect {
            _ = try SiteBuilder.build(realOptions(output: output.path))
        } throws: { error in
            ((error as? DiagnosticsError)?.diagnostics ?? []).map(\.description).contains { $0.hasPrefix(output.path + ":") && $0.contains(": error: cannot write the site") }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["fichier"])
        let site = root.appendingPathComponent("site")
        let report = try SiteBuilder.build(realOptions(output: site.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["fichier", "site"])
        let files = try FileManager.default.subpathsOfDirectory(atPath: site.path).filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: site.appendingPathComponent(path).path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
        #expect(files.count == report.fileCount)
    }

    @Test func templatesAreReadAtBuildTime() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let templates = root.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("templates"), to: templates)
        let home = templates.appendingPathComponent("home.mustache")
        let text = try String(contentsOf: home, encoding: .utf8).replacing("<h1>{{layout.siteTitle}}</h1>", with: "<h1>Bienvenue — {{guideCount}} guides</h1>")
        try text.write(to: home, atomically: true, encoding: .utf8)
        var options = realOptions()
        options.templatesDirectory = templates.path
        let (files, _) = try SiteBuilder.render(options)
        let index = try #require(files.first { $0.path == "index.html" })
        #expect(String(decoding: index.contents, as: UTF8.self).contains("<h1>Bienvenue — 5 guides</h1>"))
    }

    @Test func templateErrorsPointAtTheirLine() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let templates = root.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("templates"), to: templates)
        try "<p>\n{{#guides}}\n<a>{{title}}</a>\n".write(to: templates.appendingPathComponent("home.mustache"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: templates.appendingPathComponent("404.mustache"))
        try "<ul>\n<li>{{title}</li>\n".write(to: templates.appendingPathComponent("glossary.mustache"), atomically: true, encoding: .utf8)
        var options = realOptions()
        options.templatesDirectory = templates.path
        #expect {
            _ = try SiteBuilder.render(options)
        } throws: { error in
            let messages = ((error as? DiagnosticsError)?.diagnostics ?? []).map(\.description)
            return messages.contains { $0.contains("home.mustache:") && $0.contains("error: template syntax") }
                // (The line in the file: the escaping pragma read before it counts for none.)
                && messages.contains { $0.contains("glossary.mustache:2:") && $0.hasSuffix("error: template syntax: a tag is not closed") }
                && messages.contains { $0.hasSuffix("error: missing template '404.mustache'") }
        }
    }
}

/// The built site's pages and the ids in each, to resolve links against.
struct SiteIndex {
    var files: Set<String> = []
    var ids: [String: Set<String>] = [:]

    init(_ files: [OutputFile]) {
        for file in files {
            self.files.insert(file.path)
            guard file.path.hasSuffix(".html") else { continue }
            ids[file.path] = Set(Self.attributes("id", in: String(decoding: file.contents, as: UTF8.self)))
        }
    }

    /// Every `name="…"` value in `html` (the site's markup quotes attributes with `"`).
    static func attributes(_ name: String, in html: String) -> [String] {
        html.components(separatedBy: " \(name)=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
    }

    /// `../glossaire/x/index.html#y` from `guides/a/index.html` → nil if it resolves, else why not.
    func problem(with link: String, from page: String) -> String? {
        let decoded = link.replacingOccurrences(of: "&amp;", with: "&")
        // Rooted at the base URL (`/`): canonical URLs and the 404 page's links.
        if decoded.hasPrefix("/") { return resolves(prettyURL: String(decoded.dropFirst())) ? nil : "no page at \(decoded)" }
        let parts = decoded.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        var target = page
        if !parts[0].isEmpty {
            var path = page.split(separator: "/").dropLast().map(String.init)
            for component in parts[0].split(separator: "/") {
                if component == ".." { guard !path.isEmpty else { return "climbs above the site" }; path.removeLast() } else if component != "." { path.append(String(component)) }
            }
            target = path.joined(separator: "/")
        }
        guard files.contains(target) else { return "no file \(target)" }
        if parts.count == 2, !parts[1].isEmpty, !(ids[target]?.contains(parts[1]) ?? false) { return "no anchor #\(parts[1]) in \(target)" }
        return nil
    }

    /// `glossaire/x/#y` (a pretty, site-relative URL of graph.json) → whether it resolves.
    func resolves(prettyURL url: String) -> Bool {
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let file = parts[0].isEmpty || parts[0].hasSuffix("/") ? parts[0] + "index.html" : parts[0]
        guard files.contains(file) else { return false }
        return parts.count < 2 || ids[file]?.contains(parts[1]) == true
    }
}

/// The real corpus, built in memory: every internal link and anchor resolves.
@Suite struct SiteLinkTests {
    @Test func everyInternalLinkAndAnchorResolves() throws {
        let (files, _) = try SiteBuilder.render(realOptions())
        let index = SiteIndex(files)
        var checked = 0
        var problems: [String] = []
        for file in files where file.path.hasSuffix(".html") && file.path != "404.html" {
            let html = String(decoding: file.contents, as: UTF8.self)
            for link in SiteIndex.attributes("href", in: html) + SiteIndex.attributes("src", in: html)
            where !link.hasPrefix("http") && !link.hasPrefix("mailto:") {
                checked += 1
                if let problem = index.problem(with: link, from: file.path) { problems.append("\(file.path): \(link): \(problem)") }
            }
            let ids = SiteIndex.attributes("id", in: html)
            #expect(Set(ids).count == ids.count, "\(file.path) has duplicate ids")
        }
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
        #expect(checked > 1000, "only \(checked) links checked")
    }
}

/// `public/graph.json`, as documented in the README: every key present, every URL pointing at
/// a page and an anchor the site has.
@Suite struct GraphExportTests {
    @Test func graphJSONHasTheDocumentedShapeAndItsURLsResolve() throws {
        let (files, _) = try SiteBuilder.render(realOptions())
        let site = SiteIndex(files)
        let file = try #require(files.first { $0.path == "graph.json" })
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(file.contents)) as? [String: Any])
        #expect(graph["version"] as? Int == 1)
        let expectedKeys: [String: Set<String>] = [
            "guides": ["id", "title", "url", "sections"],
            "terms": ["id", "term", "aliases", "url", "definitions", "mentions"],
            "practices": ["id", "text", "heading", "kind", "theme", "guide", "section", "url"],
            "faqs": ["id", "question", "answer", "kind", "guide", "section", "url"],
            "references": ["id", "title", "authors", "year", "type", "url", "guide", "text", "numbers", "citedIn", "siteUrl"],
        ]
        for (kind, keys) in expectedKeys {
            let items = try #require(graph[kind] as? [[String: Any]])
            #expect(!items.isEmpty, "\(kind)")
            for item in items {
                #expect(Set(item.keys).isSuperset(of: keys), "\(kind): \(Set(item.keys)) lacks \(keys.subtracting(item.keys))")
                let url = (kind == "references" ? item["siteUrl"] : item["url"]) as? String ?? ""
                #expect(site.resolves(prettyURL: url), "\(kind) \(item["id"] ?? ""): \(url)")
                for section in item["sections"] as? [[String: Any]] ?? [] {
                    #expect(site.resolves(prettyURL: section["url"] as? String ?? ""), "\(section)")
                }
            }
        }
    }
}

/// `guides build --timings`: every stage, side-by-side stages marked, and a total that is the
/// build's wall time when stages overlapped.
@Suite struct BuildTimingsTests {
    @Test func aBuildReportsEveryStage() throws {
        let (_, report) = try SiteBuilder.render(realOptions())
        #expect(report.timings.stages.map(\.name) == ["load", "parse", "templates", "extract", "merge", "render", "search index", "exports", "assets"])
        #expect(report.timings.stages.filter(\.sideBySide).map(\.name) == ["render", "search index", "exports"])
        #expect(report.timings.elapsed != nil)
    }

    @Test func overlappingStagesDoNotAddUp() {
        var timings = BuildTimings()
        timings.add("extract", .milliseconds(100))
        timings.add("render", .milliseconds(80), sideBySide: true)
        timings.add("search index", .milliseconds(70), sideBySide: true)
        #expect(timings.total == .milliseconds(250))
        timings.elapsed = .milliseconds(190)
        timings.add("write", .milliseconds(10))
        #expect(timings.total == .milliseconds(200))
        let lines = timings.table.split(separator: "\n")
        #expect(lines.contains("render             80.0 ms  (side by side)"))
        #expect(lines.last == "total             200.0 ms")
    }
}
