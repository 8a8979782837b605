import GuidesModel

/// What an editor should look at after adding or changing a guide (`guides graph --review`):
/// the items found on weak evidence, which stay within their guide until accepted, and the
/// places where an extractor hesitated and left an item out. Each at `path:line:col`, with the
/// directive that settles it.
public enum ExtractionReview {
    public static func items(in graph: ContentGraph, diagnostics: [Diagnostic]) -> [Diagnostic] {
        let paths = Dictionary(uniqueKeysWithValues: graph.guides.map { ($0.id, $0.path) })
        func location(_ provenance: Provenance) -> SourceLocation {
            SourceLocation(path: paths[provenance.guide] ?? provenance.guide, line: provenance.line)
        }
        let settle = "accept: <!-- guides: definition --> on the line before; reject: <!-- guides: ignore -->"
        var items: [Diagnostic] = []
        for term in graph.knowledge.terms {
            for definition in term.definitions where definition.evidence.strength == .weak {
                let reach = term.reachesOtherGuides ? "the term is linked across guides on other evidence" : "it links within its own guide only"
                items.append(.note(
                    "weak definition of '\(term.name)' (read as \(definition.evidence.form)): \(reach); \(settle)",
                    at: location(definition.provenance)))
            }
        }
        for practice in graph.knowledge.practices where practice.evidence.strength == .weak {
            items.append(.note(
                "weak good practice (read as \(practice.evidence.form)): « \(practice.text.prefix(60))… »; <!-- guides: practice --> before the list accepts it, <!-- guides: ignore --> rejects it",
                at: location(practice.provenance)))
        }
        for faq in graph.knowledge.faqs where faq.evidence.strength == .weak {
            items.append(.note(
                "weak question (read as \(faq.evidence.form)): « \(faq.question) »; <!-- guides: ignore --> before it rejects it",
                at: location(faq.provenance)))
        }
        // Left out: the extractors' notes, and the warnings that name a directive to take an item.
        items += diagnostics.filter { $0.severity == .note || ($0.severity == .warning && $0.message.contains("<!-- guides:")) }
            .map { Diagnostic(.note, at: $0.location, "left out: " + $0.message) }
        return items.sortedByLocation
    }
}
