import Foundation
import GuidesExtract
import GuidesModel
import GuidesParser
import GuidesPaths
import GuidesRender
import GuidesSearch
import GuidesText

/// Where a build reads and writes.
public struct BuildOptions: Sendable {
    public var contentDirectory: String
    public var templatesDirectory: String
    public var outputDirectory: String

    public init(contentDirectory: String = "content", templatesDirectory: String = "templates", outputDirectory: String = "public") {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
    }
}

/// What a successful build did.
public struct BuildReport: Sendable {
    public var guideCount: Int
    public var pageCount: Int
    public var fileCount: Int
    /// Warnings (a successful build has no errors).
    public var diagnostics: [Diagnostic]
    /// Wall time per stage.
    public var timings = BuildTimings()
}

/// Orchestrates a build: load → parse → graph → render → write, in that order, one way.
///
/// Files are written as they are made into a staging directory beside the output; when
/// every stage succeeded, it replaces the output directory in one rename, so a failed build
/// leaves the previous site intact.
public enum SiteBuilder {
    public static func build(_ options: BuildOptions) throws(DiagnosticsError) -> BuildReport {
        let staging = StagingDirectory(output: options.outputDirectory)
        var report: BuildReport
        do {
            report = try render(options, into: staging)
        } catch {
            staging.discard()
            throw error
        }
        do {
            try report.timings.measure("write") { try staging.commit() }
        } catch {
            staging.discard()
            throw DiagnosticsError([.error("cannot write the site: \(error.localizedDescription)", at: SourceLocation(path: options.outputDirectory))])
        }
        return report
    }

    /// Every output file of the site, in memory (by path). Used by tests and tools.
    public static func render(_ options: BuildOptions) throws(DiagnosticsError) -> ([OutputFile], BuildReport) {
        let collection = OutputCollection()
        let report = try render(options, into: collection)
        return (collection.files, report)
    }

    /// Builds the site into `sink`, file by file as each is made.
    public static func render(_ options: BuildOptions, into sink: some OutputSink) throws(DiagnosticsError) -> BuildReport {
        let clock = ContinuousClock(), start = clock.now
        var diagnostics: [Diagnostic] = []
        var timings = BuildTimings()
        // The French dictionary loads on another core while the content is read and parsed:
        // extraction is its first user, and waited for it.
        DispatchQueue.global(qos: .userInitiated).async { _ = FrenchMorphology.shared }
        var loaded = ContentLoader.load(contentDirectory: options.contentDirectory, timings: &timings)
        diagnostics += loaded.diagnostics
        let templates = timings.measure("templates") { Templates.load(directory: options.templatesDirectory) }
        if case .failure(let error) = templates { diagnostics += error.diagnostics }
        guard case .success(let templates) = templates, let site = loaded.site, !diagnostics.hasErrors else {
            throw DiagnosticsError(diagnostics.sortedByLocation)
        }

        // Extraction reads the walks (each guide's tree was walked, then freed, by the task
        // that parsed it); the pages parse the bodies again, one guide at a time.
        let guides = loaded.guides.map(\.guide)
        let bodies = Dictionary(loaded.guides.map { ($0.guide.id, $0.body) }, uniquingKeysWith: { first, _ in first })
        var walks = loaded.guides.map(\.walk)
        loaded.guides = []
        let (knowledge, extractionDiagnostics) = KnowledgeBuilder.build(walks, glossary: site.glossary, timings: &timings)
        diagnostics += extractionDiagnostics
        let graph = ContentGraph(site: site, guides: guides, knowledge: knowledge)
        // Pages, search index and exports all read the finished graph and nothing else of one
        // another: they run side by side (each also spreads its own work over the cores).
        let sectionTexts = Dictionary(walks.map { ($0.guide.id, $0.sectionTexts) }, uniquingKeysWith: { first, _ in first })
        walks = []  // (the blocks' texts are the graph's and the index's now: not held on)
        // (Each stage hands its files to the sink as it makes them, and counts them.)
        let outputs: [(stage: String, files: Int, duration: Duration)] = ["render", "search index", "exports"].parallelMap { stage in
            let clock = ContinuousClock(), start = clock.now
            var count = 0
            func emit(_ files: [OutputFile]) { sink.emit(files); count += files.count }
            switch stage {
            case "render": count = SiteRenderer(graph: graph, templates: templates).render(bodies: bodies, into: sink)
            case "search index": emit(SearchFiles.make(graph: graph, sectionTexts: sectionTexts))
            default: emit([OutputFile(path: "graph.json", contents: GraphExport(graph).json())])
            }
            return (stage, count, clock.now - start)
        }
        for output in outputs { timings.add(output.stage, output.duration, sideBySide: true) }
        let assets: [OutputFile]
        do {
            assets = try timings.measure("assets") { () throws(Diagnostic) in try Assets.collect(from: (options.templatesDirectory as NSString).appendingPathComponent("assets")) }
        } catch {
            throw DiagnosticsError(diagnostics + [error])
        }
        sink.emit(assets)
        timings.elapsed = clock.now - start
        let pageCount = outputs.reduce(0) { $0 + $1.files }
        return BuildReport(guideCount: graph.guides.count, pageCount: pageCount, fileCount: pageCount + assets.count, diagnostics: diagnostics.sortedByLocation, timings: timings)
    }
}

extension SiteBuilder {
    /// The content graph (guides and extracted knowledge) without rendering anything: for
    /// `guides graph` and tests.
    public static func graph(contentDirectory: String) throws(DiagnosticsError) -> (ContentGraph, [Diagnostic]) {
        let loaded = ContentLoader.load(contentDirectory: contentDirectory)
        guard let site = loaded.site, !loaded.diagnostics.hasErrors else { throw DiagnosticsError(loaded.diagnostics.sortedByLocation) }
        let (knowledge, diagnostics) = KnowledgeBuilder.build(loaded.guides.map(\.walk), glossary: site.glossary)
        return (ContentGraph(site: site, guides: loaded.guides.map(\.guide), knowledge: knowledge), (loaded.diagnostics + diagnostics).sortedByLocation)
    }
}

/// A guide read: its metadata and outline, its Markdown (the pages parse it again) and its
/// walk (what extraction reads). Its cmark tree lives only in the task that parses and walks
/// it: holding every guide's tree at once set a large build's peak memory.
struct LoadedGuide: Sendable {
    var guide: Guide
    var body: String
    var walk: GuideWalk
}

/// The content directory read into guides and site settings.
struct ContentLoader {
    var site: SiteConfig?
    var guides: [LoadedGuide] = []
    var diagnostics: [Diagnostic] = []

    static func load(contentDirectory: String) -> ContentLoader {
        var timings = BuildTimings()
        return load(contentDirectory: contentDirectory, timings: &timings)
    }

    /// `timings` gets `load` (reading files) and `parse` (front matter and Markdown, each
    /// guide's tree walked into the blocks extraction reads).
    static func load(contentDirectory: String, timings: inout BuildTimings) -> ContentLoader {
        var result = ContentLoader()
        let sitePath = (contentDirectory as NSString).appendingPathComponent("site.yml")
        do {
            let (site, diagnostics) = SiteConfigParser.parse(try SourceFiles.read(sitePath), path: sitePath)
            result.site = site
            result.diagnostics += diagnostics
        } catch {
            result.diagnostics.append(.error("missing site settings: create \(sitePath) with at least 'title:'", at: SourceLocation(path: sitePath)))
        }

        let guidesDirectory = (contentDirectory as NSString).appendingPathComponent("guides")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: guidesDirectory)) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted()
        if names.isEmpty {
            result.diagnostics.append(.error("no guide found: add Markdown files to \(guidesDirectory)/", at: SourceLocation(path: guidesDirectory)))
        }
        let sourcesDirectory = (contentDirectory as NSString).appendingPathComponent("sources")
        var orders: [Int: String] = [:]
        // Files read in order, then parsed on all cores (a guide's parse is pure), then
        // checked against one another in order.
        var texts: [(name: String, path: String, text: String)] = []
        for name in names {
            let path = (guidesDirectory as NSString).appendingPathComponent(name)
            do { texts.append((name, path, try timings.measure("load") { try SourceFiles.read(path) })) } catch {
                result.diagnostics.append(error as? Diagnostic ?? .error("cannot read file", at: SourceLocation(path: path)))
            }
        }
        let parses = timings.measure("parse") {
            texts.parallelMap { file -> (LoadedGuide?, [Diagnostic]) in
                let (parsed, diagnostics) = GuideParser.parse(file.text, path: file.path, slug: String(file.name.dropLast(3)))
                return (parsed.map { LoadedGuide(guide: $0.guide, body: $0.body, walk: GuideWalk($0)) }, diagnostics)
            }
        }
        for (file, parse) in zip(texts, parses) {
            let (name, path) = (file.name, file.path)
            let (parsed, diagnostics) = parse
            result.diagnostics += diagnostics
            guard let parsed else { continue }
            let frontMatter = parsed.guide.frontMatter
            if let other = orders[frontMatter.order] {
                result.diagnostics.append(.warning("'order: \(frontMatter.order)' is also used by \(other); the guides are then sorted by file name", at: SourceLocation(path: path)))
            }
            orders[frontMatter.order] = name
            let sourcePath = (sourcesDirectory as NSString).appendingPathComponent(frontMatter.source)
            if !FileManager.default.fileExists(atPath: sourcePath) {
                result.diagnostics.append(.warning("'source' names \(frontMatter.source), which is not in \(sourcesDirectory)/", at: SourceLocation(path: path)))
            }
            result.guides.append(parsed)
        }
        return result
    }
}

/// Static files copied as they are from `templates/assets/` to `public/assets/`.
enum Assets {
    static func collect(from directory: String) throws(Diagnostic) -> [OutputFile] {
        guard FileManager.default.fileExists(atPath: directory) else { return [] }
        let paths: [String]
        do {
            paths = try FileManager.default.subpathsOfDirectory(atPath: directory).sorted()
        } catch {
            throw .error("cannot read assets", at: SourceLocation(path: directory))
        }
        var files: [OutputFile] = []
        for path in paths {
            let full = (directory as NSString).appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            if (path as NSString).lastPathComponent.hasPrefix(".") { continue }
            guard let data = FileManager.default.contents(atPath: full) else {
                throw .error("cannot read asset", at: SourceLocation(path: full))
            }
            files.append(OutputFile(path: "assets/" + path, contents: Array(data)))
        }
        return files
    }
}
