import ArgumentParser
import Foundation
import GuidesImport
import GuidesModel
import GuidesSite
import GuidesText

struct SpellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spell",
        abstract: "Lists the words of raw or content files that the French lexicon does not know.",
        discussion: """
        Use it after `guides import` to find what OCR repair left, or to measure it: each \
        unknown word is printed as path:line:column: warning: …, then a count per file. \
        The lexicon is the one import uses: Debian's French word list plus the words of the \
        guides in --vocabulary (except the files being checked). Capitalised words (names), \
        acronyms, URLs, numbers and English words are not judged.
        """
    )

    @Argument(help: "Files to check: raw sources (.txt) or content files (.md).")
    var files: [String]

    @Option(help: "Directory of clean guides whose words count as known.")
    var vocabulary: String = "content/guides"

    @Flag(help: "Print only the count per file.")
    var summary = false

    func run() throws {
        do {
            let checked = Set(files.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
            var lexicon = try FrenchLexicon.load(
                wordLists: [FrenchLexicon.systemWordList], englishWordLists: [FrenchLexicon.systemEnglishWordList])
            for path in try GuideImport.textFiles(in: vocabulary, extension: "md")
            where !checked.contains(URL(fileURLWithPath: path).standardizedFileURL.path) {
                lexicon.addVocabulary(of: try SourceFiles.read(path))
            }
            for file in files {
                let found = UnknownWords.find(in: try SourceFiles.read(file), lexicon: lexicon)
                if !summary {
                    for occurrence in found {
                        print("\(file):\(occurrence.line):\(occurrence.column): warning: '\(occurrence.word)' is not in the lexicon")
                    }
                }
                print("\(file): \(found.count) unknown words")
            }
        } catch let diagnostic as Diagnostic {
            FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
            throw ExitCode.failure
        }
    }
}
