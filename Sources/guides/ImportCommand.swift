import ArgumentParser
import Foundation
import GuidesModel
import GuidesSite

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turns a guide's PDF-extracted text into a clean Markdown content file.",
        discussion: """
        Joins hard-wrapped lines into paragraphs, turns plain-line titles (1.2 Titre, \
        3.1 - TITRE, titles wrapped over two lines) into headings with consistent levels, \
        joins split URLs, turns <b>…</b> into **…**, keeps the text of links whose target \
        was lost ([texte](#)) and drops the PDF's own table of contents.

        The result is written to <output>/<slug>.md. If that file exists, its front matter \
        is kept and only the body is replaced; otherwise a front matter skeleton is written \
        for you to complete (guides build names every missing key).
        """
    )

    @Argument(help: "The raw text file, e.g. content/sources/002_091a27c1547da6a9.txt.")
    var raw: String

    @Option(help: "The guide's slug: lowercase letters, digits and '-'. Becomes the file name and the URL /guides/<slug>/.")
    var slug: String

    @Option(help: "Directory the content file is written to.")
    var output: String = "content/guides"

    @Option(help: "Also write every change the importer made (line: what) to this file, for review.")
    var report: String?

    func run() throws {
        do {
            let outcome = try GuideImport.run(rawPath: raw, slug: slug, outputDirectory: output)
            if let report {
                let text = outcome.notes.map { "\(raw):\($0.line): \($0.message)" }.joined(separator: "\n") + "\n"
                try Data(text.utf8).write(to: URL(fileURLWithPath: report))
            }
            let frontMatter = outcome.keptFrontMatter ? "front matter kept" : "front matter skeleton written: complete it"
            print("wrote \(outcome.path): \(outcome.headingCount) headings, \(outcome.notes.count) changes; \(frontMatter)")
        } catch let diagnostic as Diagnostic {
            FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
            throw ExitCode.failure
        }
    }
}
