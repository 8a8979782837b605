import ArgumentParser
import Foundation
import GuidesModel
import GuidesRender
import GuidesSite

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Prints the content graph extracted from the guides, without building the site.",
        discussion: """
        The graph holds the glossary terms (with every guide's definitions and where each \
        term is used), the good practices, the questions and misconceptions answered by the \
        guides, and the references, merged across guides. `--format json` prints what \
        `guides build` writes to public/graph.json; `--format summary` counts the items per \
        guide and per type, for a quick check after editing. `--notes` also prints where the \
        extractors hesitated and left an item out (path:line:col: note: …).

        `--review` lists what an editor should check after adding a guide, at path:line:col: \
        the definitions found on weak evidence (they link within their own guide only) and \
        the items left out. Accept one with <!-- guides: definition --> (or practice) on the \
        line before its block, reject it with <!-- guides: ignore -->; glossary-wide rules \
        (aliases, terms to ignore, merges) go in content/site.yml under glossary:.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, summary
    }

    @Option(help: "json (the graph.json export) or summary (counts per guide and type).")
    var format: Format = .summary

    @Option(help: "The content directory.")
    var content: String = "content"

    @Flag(help: "Also print the notes: the places where the extractors hesitated and left an item out.")
    var notes = false

    @Flag(help: "List the weak items and the items left out, each with the directive that accepts or rejects it, instead of the graph.")
    var review = false

    func run() throws {
        let graph: ContentGraph
        do {
            let (built, diagnostics) = try SiteBuilder.graph(contentDirectory: content)
            if review {
                let items = ExtractionReview.items(in: built, diagnostics: diagnostics)
                printDiagnostics(diagnostics.filter { $0.severity > .note && !items.map(\.location).contains($0.location) })
                for item in items { print(item) }
                let weak = items.filter { !$0.message.hasPrefix("left out") }.count
                print("\(weak) weak item\(weak == 1 ? "" : "s"), \(items.count - weak) left out")
                return
            }
            printDiagnostics(diagnostics.filter { notes || $0.severity > .note })
            graph = built
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode.failure
        }
        switch format {
        case .json:
            FileHandle.standardOutput.write(Data(GraphExport(graph).json()))
        case .summary:
            print(Self.summary(graph))
        }
    }

    static func summary(_ graph: ContentGraph) -> String {
        let knowledge = graph.knowledge
        var rows = [["guide", "definitions", "faqs", "idees-recues", "practices", "references"]]
        for guide in graph.guides {
            let id = guide.id
            rows.append([
                id,
                "\(knowledge.terms.flatMap(\.definitions).filter { $0.provenance.guide == id }.count)",
                "\(knowledge.faqs.filter { $0.provenance.guide == id && $0.kind == .question }.count)",
                "\(knowledge.faqs.filter { $0.provenance.guide == id && $0.kind == .ideeRecue }.count)",
                "\(knowledge.practices.filter { $0.provenance.guide == id }.count)",
                "\(knowledge.references.filter { $0.citedIn.contains { $0.guide == id } }.count)",
            ])
        }
        rows.append([
            "corpus", "\(knowledge.terms.flatMap(\.definitions).count) (\(knowledge.terms.count) terms)",
            "\(knowledge.faqs.filter { $0.kind == .question }.count)", "\(knowledge.faqs.filter { $0.kind == .ideeRecue }.count)",
            "\(knowledge.practices.count)",
            "\(knowledge.references.count) (\(knowledge.references.filter { $0.citedIn.count > 1 }.count) cited more than once)",
        ])
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            zip(row, widths).enumerated().map { index, cell in
                index == 0 ? cell.0.padding(toLength: cell.1, withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: cell.1 - cell.0.count) + cell.0
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
