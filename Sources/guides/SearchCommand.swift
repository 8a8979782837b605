import ArgumentParser
import Foundation
import GuidesSearch

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Searches the built site's index, as the site's search box does.",
        discussion: """
        Reads the index files of a built site (public/recherche/index/, written by `guides \
        build`) and ranks the glossary terms, definitions, questions, idées reçues, good \
        practices, references and guide sections for the query, with the same algorithm as \
        the browser: accents, case, plurals and elisions do not matter, one typo is forgiven \
        in words of 5+ letters (two in 9+), and the last word also matches as a prefix.
        """
    )

    @Argument(help: "The query, in French: `retablissement`, `fiche de poste`, `MSP`…")
    var query: String

    @Option(help: "The built site to search.")
    var site: String = "public"

    @Option(help: "How many results to print.")
    var limit: Int = 10

    @Flag(help: "Print JSON: [{ kind, title, url, guide, score }], best first.")
    var json = false

    func run() throws {
        guard var engine = SearchEngine(site: site) else {
            FileHandle.standardError.write(Data("\(site)/\(SearchShards.directory)/meta.js: error: no search index; run `guides build` first\n".utf8))
            throw ExitCode.failure
        }
        let results = engine.search(query, limit: limit)
        if json {
            let rows: [[String: Any]] = results.map {
                ["kind": $0.kind, "title": $0.title, "url": $0.url, "guide": $0.guide ?? NSNull(), "score": $0.score]
            }
            let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
        } else if results.isEmpty {
            print("Aucun résultat pour « \(query) ».")
        } else {
            for (rank, result) in results.enumerated() {
                print("\(rank + 1). [\(result.kind)] \(result.title)\n   \(result.url)  (\(result.score))")
            }
        }
    }
}
