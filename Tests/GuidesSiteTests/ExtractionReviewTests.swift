import Foundation
import GuidesModel
import GuidesSite
import Testing

/// `guides graph --review`: what an editor checks after adding a guide, at path:line:col.
@Suite struct ExtractionReviewTests {
    static let guide = """
    ---
    title: "Un nouveau guide"
    short_title: "Nouveau"
    authors: ["A. Auteur"]
    publisher: "Éditeur"
    date: "2024"
    source: "nouveau.txt"
    summary: "Résumé."
    order: 9
    ---

    # Le projet

    Le coordinateur de parcours est un professionnel qui accompagne les personnes entre les services.

    **Référent** : la personne que l'équipe désigne pour suivre chaque arrivée dans le service.

    """

    func review(_ guide: String, siteExtra: String = "") throws -> [String] {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("guides"), withIntermediateDirectories: true)
        try ("title: Essai\n" + siteExtra).write(to: root.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        try guide.write(to: root.appendingPathComponent("guides/nouveau.md"), atomically: true, encoding: .utf8)
        let (graph, diagnostics) = try SiteBuilder.graph(contentDirectory: root.path)
        let prefix = root.path + "/"
        return ExtractionReview.items(in: graph, diagnostics: diagnostics).map { $0.description.replacing(prefix, with: "") }
    }

    @Test func weakItemsAndLeftOutItemsAreListedWithTheirDirective() throws {
        let items = try review(Self.guide)
        #expect(items.count == 2)
        #expect(items[0].hasPrefix("guides/nouveau.md:14:1: note: weak definition of 'Coordinateur de parcours' (read as "))
        #expect(items[0].hasSuffix("it links within its own guide only; accept: <!-- guides: definition --> on the line before; reject: <!-- guides: ignore -->"))
        #expect(items[1].hasPrefix("guides/nouveau.md:16:1: note: left out: 'Référent' looks like a definition outside a definitions part"))
    }

    @Test func acceptedAndRejectedItemsLeaveTheReview() throws {
        let settled = Self.guide
            .replacing("\nLe coordinateur", with: "\n<!-- guides: definition -->\nLe coordinateur")
            .replacing("\n**Référent**", with: "\n<!-- guides: ignore -->\n**Référent**")
        #expect(try review(settled).isEmpty)
        let ignored = try review(Self.guide, siteExtra: "glossary:\n  ignore:\n    - coordinateur de parcours\n")
        #expect(ignored.count == 1)
    }
}
