import Foundation
import GuidesImport
import GuidesModel
import GuidesParser
import GuidesText

/// `guides import`: raw PDF text in, a content file out, keeping an existing file's front matter.
public enum GuideImport {
    public struct Outcome: Sendable {
        public var path: String
        public var headingCount: Int
        public var notes: [ImportNote]
        /// Every word OCR repair changed (only words cut at line ends when it did not run).
        public var ocrChanges: [OCRChange]
        public var repairedOCR: Bool
        /// The OCR damage found, by kind (nil without a lexicon).
        public var damage: OCRDamage?
        /// False when the file was new and its front matter is a skeleton to complete.
        public var keptFrontMatter: Bool
    }

    /// Converts `rawPath` and writes `<contentDirectory>/guides/<slug>.md`.
    ///
    /// Re-importing a guide replaces its body and keeps the front matter an editor wrote.
    public static func run(rawPath: String, slug: String, outputDirectory: String, options: ImportOptions = ImportOptions()) throws -> Outcome {
        guard Slug.isValid(slug) else {
            throw Diagnostic.error("'\(slug)' is not a slug: use lowercase letters, digits and '-'", at: SourceLocation(path: rawPath))
        }
        let raw = try SourceFiles.read(rawPath)
        guard raw.contains(where: { !$0.isWhitespace }) else {
            throw Diagnostic.error("the file is empty: nothing to import", at: SourceLocation(path: rawPath))
        }
        let result = Importer.convert(raw, options: options)
        let outputPath = (outputDirectory as NSString).appendingPathComponent("\(slug).md")
        var frontMatter: String
        var kept = false
        if FileManager.default.fileExists(atPath: outputPath),
           case .success(let split) = FrontMatterParser.split(try SourceFiles.read(outputPath), path: outputPath)
        {
            frontMatter = split.yaml
            kept = true
        } else {
            frontMatter = skeleton(title: result.title, source: (rawPath as NSString).lastPathComponent)
        }
        if !frontMatter.hasSuffix("\n") { frontMatter += "\n" }
        let file = "---\n" + frontMatter + "---\n\n" + result.markdown
        try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        try Data(file.utf8).write(to: URL(fileURLWithPath: outputPath), options: .atomic)
        return Outcome(
            path: outputPath, headingCount: result.headings.count, notes: result.notes,
            ocrChanges: result.ocrChanges, repairedOCR: result.repairedOCR,
            damage: result.damage, keptFrontMatter: kept)
    }

    /// The lexicon and link catalog an import needs, from the machine's word lists, the clean
    /// guides already in `guidesDirectory` (except `slug` itself, which is being replaced) and
    /// the raw sources in `sourcesDirectory`.
    public static func options(
        ocr: OCRMode, slug: String, rawPath: String, guidesDirectory: String, sourcesDirectory: String,
        wordLists: [String] = [FrenchLexicon.systemWordList], englishWordLists: [String] = [FrenchLexicon.systemEnglishWordList]
    ) throws -> (options: ImportOptions, warnings: [Diagnostic]) {
        var warnings: [Diagnostic] = []
        var links = LinkCatalog()
        // One unreadable source must not stop the import of another: warn and skip it.
        for path in try textFiles(in: sourcesDirectory, extension: "txt") where path != rawPath {
            do {
                links.learn(from: try SourceFiles.read(path))
            } catch let diagnostic as Diagnostic {
                warnings.append(.warning(diagnostic.message + "; skipped for the link catalog", at: diagnostic.location))
            }
        }
        if let raw = try? SourceFiles.read(rawPath) { links.learn(from: raw) }
        guard ocr != .off else { return (ImportOptions(ocr: .off, links: links), warnings) }
        let missing = (wordLists + englishWordLists).filter { !FileManager.default.fileExists(atPath: $0) }
        if !missing.isEmpty {
            let diagnostic = Diagnostic.error(
                "word list missing: \(missing.joined(separator: ", ")) (install wfrench and wamerican: make deps)",
                at: SourceLocation(path: rawPath))
            if ocr == .on { throw diagnostic }
            warnings.append(.warning(diagnostic.message + "; OCR repair skipped", at: diagnostic.location))
            return (ImportOptions(ocr: .off, links: links), warnings)
        }
        var lexicon = try FrenchLexicon.load(wordLists: wordLists, englishWordLists: englishWordLists)
        for path in try textFiles(in: guidesDirectory, extension: "md") where (path as NSString).lastPathComponent != "\(slug).md" {
            lexicon.addVocabulary(of: try SourceFiles.read(path))
        }
        return (ImportOptions(ocr: ocr, repair: OCRRepair(lexicon: lexicon), links: links), warnings)
    }

    /// Sorted paths of the files with `extension` in `directory`; none if it does not exist.
    public static func textFiles(in directory: String, extension fileExtension: String) throws -> [String] {
        guard FileManager.default.fileExists(atPath: directory) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { ($0 as NSString).pathExtension == fileExtension }
            .sorted()
            .map { (directory as NSString).appendingPathComponent($0) }
    }

    /// Front matter for a new guide: what the importer knows, and the keys an editor must fill
    /// in, commented out so that `guides build` names each one that is still missing.
    static func skeleton(title: String?, source: String) -> String {
        let quotedTitle = yamlQuoted(title ?? "")
        return """
        title: \(quotedTitle)
        short_title: \(quotedTitle)
        source: \(yamlQuoted(source))
        # authors: ["Prénom Nom"]
        # publisher: "…"
        # date: "YYYY-MM"
        # summary: "2–3 phrases en français, écrites à partir du texte."
        # order: 1

        """
    }

    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    }
}

/// Reading source files with errors an editor can act on.
public enum SourceFiles {
    public static func read(_ path: String) throws -> String {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            // Say why: missing, a directory, no permission.
            let reason = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError)?.localizedDescription ?? error.localizedDescription
            let why = !FileManager.default.fileExists(atPath: path) ? "no such file" : reason
            throw Diagnostic.error("cannot read file: \(why)", at: SourceLocation(path: path))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic.error("file is not valid UTF-8", at: SourceLocation(path: path))
        }
        return text
    }
}

