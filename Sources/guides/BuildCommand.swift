import ArgumentParser
import Foundation
import GuidesModel
import GuidesSite

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Builds the static site from the content and the templates.",
        discussion: """
        Reads content/site.yml and content/guides/*.md, renders the Markdown with libcmark \
        and lays the pages out with the Mustache templates; copies templates/assets/. \
        The site is written to a temporary directory and moved into place only if the \
        whole build succeeded: a failed build leaves the previous site untouched.
        Problems are printed as path:line:col: error|warning: message; the command exits \
        with status 1 when there is an error. `--notes` also prints where the extractors \
        hesitated and left an item out of the glossary, FAQ or practices.
        """
    )

    @Option(help: "Content directory: site.yml, guides/*.md and sources/.")
    var content: String = "content"

    @Option(help: "Templates directory: *.mustache files, partials/ and assets/.")
    var templates: String = "templates"

    @Option(help: "Output directory; replaced as a whole when the build succeeds.")
    var output: String = "public"

    @Flag(help: "Print nothing but warnings and errors.")
    var quiet = false

    @Flag(help: "Also print the notes: the places where the extractors hesitated and left an item out.")
    var notes = false

    @Flag(help: "Print the wall time of each stage (load, parse, templates, extract, merge, render, search index, exports, assets, write) to standard error.")
    var timings = false

    func run() throws {
        let options = BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: output)
        do {
            let report = try SiteBuilder.build(options)
            printDiagnostics(report.diagnostics.filter { notes || $0.severity > .note })
            if timings { FileHandle.standardError.write(Data((report.timings.table + "\n").utf8)) }
            if !quiet {
                let index = URL(fileURLWithPath: output).appendingPathComponent("index.html").standardizedFileURL.path
                print("built \(report.guideCount) guides, \(report.pageCount) pages, \(report.fileCount) files: \(index)")
                let hidden = notes ? 0 : report.diagnostics.filter { $0.severity == .note }.count
                if hidden > 0 { print("\(hidden) extraction note\(hidden == 1 ? "" : "s") (items left out where the text is ambiguous): guides build --notes") }
            }
        } catch {
            printDiagnostics(error.diagnostics)
            let errors = error.diagnostics.filter { $0.severity == .error }.count
            FileHandle.standardError.write(Data("build failed with \(errors) error\(errors == 1 ? "" : "s"); \(output)/ was left as it was\n".utf8))
            throw ExitCode.failure
        }
    }
}

func printDiagnostics(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics {
        FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
    }
}
