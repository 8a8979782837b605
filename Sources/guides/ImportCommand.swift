import ArgumentParser
import Foundation
import GuidesImport
import GuidesModel
import GuidesSite

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turns a guide's PDF-extracted text into a clean Markdown content file.",
        discussion: """
        Structure: joins hard-wrapped lines into paragraphs and paragraphs cut by page breaks, \
        drops lone page numbers, running headers and the PDF's own table of contents, turns \
        plain-line titles (1.2 Titre, 3.1 - TITRE, titles wrapped over two lines) into headings \
        with consistent levels, joins split URLs, turns <b>…</b> into **…** and straight quotes \
        into « », makes quoted testimonies block quotes with their attribution, and gives links \
        whose target was lost ([texte](#)) the URL another source gives for the same title (or \
        keeps their text only).

        Words cut at line ends are joined on every import (unless --no-ocr), keeping the \
        hyphen only where the compound is the word (aller-vers). \
        OCR repair is on when it finds damage it can name: a form only OCR writes (11 or | for \
        Il, I' for l'), a word error it corrects with certainty (a lost or added accent, il à \
        été), or more than 5% of the lowercase words unknown; force it with --ocr or --no-ocr. \
        A word is corrected only when neither the word lists nor the French morphology \
        (hunspell-fr) know it and the OCR confusions (gu→qu, |'/I'→l', é→ê/è/ô, ¢→ç, rn→m, t→tt, \
        accents, glued words) give one word that is, or one word a single edit away stands out \
        by its use in the text and the guides. Context rules fix real words (11 a → Il a, elle \
        à vécu → elle a vécu, des voix où à → ou à, a → à where usage is unanimous). The \
        lexicon is Debian's French word list (wfrench) plus the words of the guides already in \
        --output; Debian's English list (wamerican) marks English words, which are never \
        changed, and neither are names, acronyms, abbreviations, numbers or URLs. Every change \
        is listed by --report for review.

        The result is written to <output>/<slug>.md. If that file exists, its front matter \
        is kept and only the body is replaced; otherwise a front matter skeleton is written \
        for you to complete (guides build names every missing key).
        """
    )

    @Argument(help: "The raw text file, e.g. content/sources/002_091a27c1547da6a9.txt.")
    var raw: String

    @Option(help: "The guide's slug: lowercase letters, digits and '-'. Becomes the file name and the URL /guides/<slug>/.")
    var slug: String

    @Option(help: "Directory the content file is written to; its other guides also feed the lexicon.")
    var output: String = "content/guides"

    @Option(help: "Directory of raw sources whose links and 'En ligne : URL' entries give lost links their target (default: the raw file's directory).")
    var sources: String?

    @Flag(inversion: .prefixedNo, help: "Force OCR repair on or off (default: on when the text looks like OCR output).")
    var ocr: Bool?

    @Option(help: "Write every change the importer made (path:line: what, before → after) to this file, for review.")
    var report: String?

    func run() throws {
        do {
            let mode: OCRMode = ocr.map { $0 ? .on : .off } ?? .auto
            let (options, warnings) = try GuideImport.options(
                ocr: mode, slug: slug, rawPath: raw, guidesDirectory: output,
                sourcesDirectory: sources ?? (raw as NSString).deletingLastPathComponent)
            for warning in warnings { FileHandle.standardError.write(Data("\(warning)\n".utf8)) }
            let outcome = try GuideImport.run(rawPath: raw, slug: slug, outputDirectory: output, options: options)
            if let report {
                let text = outcome.notes.map { "\(raw):\($0.line): \($0.message)" }.joined(separator: "\n") + "\n"
                try Data(text.utf8).write(to: URL(fileURLWithPath: report))
            }
            let frontMatter = outcome.keptFrontMatter ? "front matter kept" : "front matter skeleton written: complete it"
            let found = outcome.damage.map { "found \($0.summary)" } ?? "no lexicon"
            let repair = outcome.repairedOCR ? "OCR repair: \(outcome.ocrChanges.count) words; \(found)"
                : "no OCR repair, \(outcome.ocrChanges.count) cut words joined; \(found)"
            print("wrote \(outcome.path): \(outcome.headingCount) headings, \(outcome.notes.count) changes (\(repair)); \(frontMatter)")
        } catch let diagnostic as Diagnostic {
            FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
            throw ExitCode.failure
        }
    }
}
