import Foundation
import GuidesExtract
import GuidesModel
import GuidesParser
import GuidesText
import Testing

/// The extractors against hand counts: `Fixtures/<guide>.json` lists, by line, every explicit
/// definition, FAQ, misconception, good practice and reference a person found reading the guide.
struct HandCount: Decodable {
    struct Definition: Decodable { var term: String; var line: Int }
    struct Question: Decodable { var question: String; var kind: String; var line: Int }
    struct Practice: Decodable { var text: String; var line: Int }
    struct Reference: Decodable { var title: String; var lines: [Int] }
    var guide: String
    var definitions: [Definition]
    var faqs: [Question]
    var practices: [Practice]
    var references: [Reference]
}

/// Found / hand-counted / wrong for one kind of item in one guide.
struct Score: CustomStringConvertible {
    var found = 0
    var counted = 0
    var wrong = 0
    var missed: [String] = []
    var extra: [String] = []
    var recall: Double { counted == 0 ? 1 : Double(found) / Double(counted) }
    var description: String { "\(found)/\(counted), \(wrong) wrong" }

    /// Matches hand-counted lines with extracted lines (within `tolerance` lines), exact lines
    /// first and then ever farther ones, so that a neighbour cannot take an item's own line.
    static func compare(expected: [(line: [Int], label: String)], extracted: [(line: Int, label: String)], tolerance: Int) -> Score {
        var score = Score(counted: expected.count)
        var used = Set<Int>()
        var matched = Set<Int>()
        for distance in 0...tolerance {
            for (position, item) in expected.enumerated() where !matched.contains(position) {
                if let match = extracted.indices.first(where: { index in
                    !used.contains(index) && item.line.contains { abs($0 - extracted[index].line) == distance }
                }) {
                    used.insert(match)
                    matched.insert(position)
                }
            }
        }
        score.found = matched.count
        for (position, item) in expected.enumerated() where !matched.contains(position) {
            score.missed.append("\(item.line.first ?? 0): \(item.label)")
        }
        for index in extracted.indices where !used.contains(index) {
            // An extra item matching a hand-counted one already matched is a duplicate, so wrong.
            score.wrong += 1
            score.extra.append("\(extracted[index].line): \(extracted[index].label)")
        }
        return score
    }
}

enum Corpus {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let walks: [GuideWalk] = {
        let directory = root.appendingPathComponent("content/guides").path
        return try! FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".md") }.sorted().compactMap { name in
            let path = directory + "/" + name
            let (parsed, _) = GuideParser.parse(try! String(contentsOfFile: path, encoding: .utf8), path: path, slug: String(name.dropLast(3)))
            return parsed.map(GuideWalk.init)
        }
    }()

    /// The glossary rules of the corpus's own `site.yml`, as a build applies them.
    static let glossary: GlossarySettings = {
        let path = root.appendingPathComponent("content/site.yml").path
        return SiteConfigParser.parse(try! String(contentsOfFile: path, encoding: .utf8), path: path).0!.glossary
    }()

    static let knowledge: Knowledge = KnowledgeBuilder.build(walks, glossary: glossary).0

    static func handCount(_ guide: String) throws -> HandCount {
        let data = try Data(contentsOf: root.appendingPathComponent("Tests/GuidesGraphTests/Fixtures/\(guide).json"))
        return try JSONDecoder().decode(HandCount.self, from: data)
    }

    static func scores(_ guide: String) throws -> [String: Score] {
        let count = try handCount(guide)
        let k = knowledge
        let definitions = k.terms.flatMap(\.definitions).filter { $0.provenance.guide == guide }
        let faqs = k.faqs.filter { $0.provenance.guide == guide }
        let practices = k.practices.filter { $0.provenance.guide == guide }
        let references = k.references.flatMap { reference in
            reference.citedIn.filter { $0.guide == guide }.prefix(1).map { ($0.line, reference.title) }
        }
        return [
            "definitions": .compare(expected: count.definitions.map { ([$0.line], $0.term) }, extracted: definitions.map { ($0.provenance.line, $0.term) }, tolerance: 3),
            "faqs": .compare(expected: count.faqs.map { ([$0.line], $0.question) }, extracted: faqs.map { ($0.provenance.line, $0.question) }, tolerance: 3),
            "practices": .compare(expected: count.practices.map { ([$0.line], $0.text) }, extracted: practices.map { ($0.provenance.line, $0.text) }, tolerance: 1),
            "references": .compare(expected: count.references.map { ($0.lines, $0.title) }, extracted: references.map { ($0.0, $0.1) }, tolerance: 1),
        ]
    }
}

@Suite struct CorpusRecallTests {
    static let guides = [
        "integrer-un-travailleur-pair", "reussir-integration-travail-pair", "pair-aidance-professionnelle",
        "soutien-par-les-pairs-sante-mentale", "dossier-documentaire-pair-aidance",
    ]

    /// Prints the table of the closing note (found/hand-counted/wrong), and keeps recall and
    /// precision from falling below what the extractors reach today.
    @Test(arguments: guides) func extractorsFindWhatAPersonFinds(guide: String) throws {
        let scores = try Corpus.scores(guide)
        let report = scores.keys.sorted().map { "\($0) \(scores[$0]!)" }.joined(separator: "; ")
        print("RECALL \(guide): \(report)")
        for (kind, score) in scores.sorted(by: { $0.key < $1.key }) {
            if ProcessInfo.processInfo.environment["GUIDES_RECALL_DETAIL"] != nil {
                print("  \(kind) missed: \(score.missed)\n  \(kind) extra: \(score.extra)")
            }
        }
        // Issue 5's bar: at least 95% of each kind of item a person finds in every guide, and
        // fewer than 5% of the extracted items wrong.
        for (kind, score) in scores {
            #expect(score.recall >= 0.95, "\(guide) \(kind): \(score) — missed \(score.missed)")
        }
        let total = scores.values.reduce(into: Score()) { $0.found += $1.found; $0.counted += $1.counted; $0.wrong += $1.wrong }
        #expect(Double(total.wrong) < 0.05 * Double(total.found + total.wrong), "\(report)")
    }

    /// The DIHAL/FAS guide is cited by four guides: one reference, four citations. Citations of
    /// the corpus's own guides resolve to them (001 and 004 cite 000; 001 cites 004).
    @Test func sharedReferencesAreOneEntryAndCorpusGuidesResolve() {
        let references = Corpus.knowledge.references
        let dihal = references.filter { ReferenceMerger.key($0.text).contains("developper le travail pair dans le champ de la veille sociale") }
        #expect(dihal.count == 1)
        #expect(Set(dihal.flatMap(\.citedIn).map(\.guide)).count == 4)
        let citing000 = Set(references.filter { $0.guide == "integrer-un-travailleur-pair" }.flatMap(\.citedIn).map(\.guide))
        #expect(citing000.isSuperset(of: ["reussir-integration-travail-pair", "dossier-documentaire-pair-aidance"]))
        let citing004 = Set(references.filter { $0.guide == "dossier-documentaire-pair-aidance" }.flatMap(\.citedIn).map(\.guide))
        #expect(citing004.contains("reussir-integration-travail-pair"))
    }

    /// Issue 13: the definitions a fresh reading finds in the guides, and 002's patient-expert
    /// merged into « Patient expert » by the corpus's `glossary:` rule.
    @Test func definitionsAFreshReadingFinds() {
        let terms = Corpus.knowledge.terms
        func definers(_ name: String) -> Set<String> {
            Set(terms.first { $0.name == name }?.definitions.map(\.provenance.guide) ?? [])
        }
        #expect(definers("Pair-aidant").contains("integrer-un-travailleur-pair"))
        for kind in ["Empowerment individuel", "Empowerment communautaire", "Empowerment organisationnel", "Expertise d’usage"] {
            #expect(definers(kind) == ["dossier-documentaire-pair-aidance"], "\(kind)")
        }
        #expect(definers("Patient expert") == ["dossier-documentaire-pair-aidance", "pair-aidance-professionnelle"])
        #expect(!terms.contains { $0.name == "Patient-expert ou partenaire" })
    }
}
