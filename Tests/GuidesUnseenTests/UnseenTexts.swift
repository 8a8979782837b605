import Foundation
import GuidesExtract
import GuidesImport
import GuidesModel
import GuidesParser
import GuidesSite
import GuidesText

/// The development set: French texts in the forms of real public pages (glossaries, theses,
/// reports, FAQ pages, OCR'd booklets…), written for this project by people who had not read
/// the extractors, each with a hand annotation (`Tests/unseen/<split>/<name>.json`, format in
/// `Tests/unseen/README.md`). `dev` texts may be looked at while changing the extractors;
/// `report` texts only give figures.
struct Annotation: Decodable {
    struct FrontMatter: Decodable {
        var title: String
        var short_title: String
        var authors: [String]
        var publisher: String
        var date: String
        var summary: String
    }
    struct Definition: Decodable { var term: String; var aliases: [String]?; var starts: String }
    struct Question: Decodable { var question: String; var kind: String }
    struct Practice: Decodable { var text: String; var kind: String? }
    struct Reference: Decodable { var title: String; var full: Bool? }
    var name: String
    var form: String
    var follows: [String]
    var front_matter: FrontMatter
    var definitions: [Definition]
    var faqs: [Question]
    var practices: [Practice]
    var references: [Reference]
}

enum UnseenTexts {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Text {
        var split: String
        var name: String
        var annotation: Annotation
        var raw: String
    }

    static func texts(_ split: String) -> [Text] {
        // `GUIDES_UNSEEN_DIR`: another copy of the set (to measure new texts with an older build).
        let base = ProcessInfo.processInfo.environment["GUIDES_UNSEEN_DIR"].map { URL(fileURLWithPath: $0) } ?? root.appendingPathComponent("Tests/unseen")
        let directory = base.appendingPathComponent(split)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { file in
            let name = String(file.dropLast(5))
            let data = try! Data(contentsOf: directory.appendingPathComponent(file))
            let annotation = try! JSONDecoder().decode(Annotation.self, from: data)
            let raw = try! String(contentsOf: directory.appendingPathComponent(name + ".txt"), encoding: .utf8)
            return Text(split: split, name: name, annotation: annotation, raw: raw)
        }
    }

    /// What `guides import` uses: the machine's word lists and the corpus's clean guides as
    /// lexicon, the corpus's sources as link catalog. Loaded once.
    static let importOptions: ImportOptions = {
        let content = root.appendingPathComponent("content").path
        return (try? GuideImport.options(
            ocr: .auto, slug: "unseen", rawPath: "unseen.txt", guidesDirectory: content + "/guides",
            sourcesDirectory: content + "/sources"))?.options ?? ImportOptions()
    }()

    /// The text as an editor would have it after `guides import` and honest front matter.
    static func contentFile(_ text: Text, order: Int) -> String {
        let result = Importer.convert(text.raw, options: importOptions)
        let front = text.annotation.front_matter
        func quoted(_ value: String) -> String { "\"" + value.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\"" }
        let yaml = """
        title: \(quoted(front.title))
        short_title: \(quoted(front.short_title))
        authors: [\((front.authors.isEmpty ? [front.publisher] : front.authors).map(quoted).joined(separator: ", "))]
        publisher: \(quoted(front.publisher))
        date: \(quoted(String(front.date.prefix(7))))
        source: \(quoted(text.name + ".txt"))
        summary: \(quoted(front.summary))
        order: \(order)
        """
        return "---\n" + yaml + "\n---\n\n" + result.markdown
    }

    static func walk(_ text: Text, order: Int = 100) -> GuideWalk {
        let (parsed, diagnostics) = GuideParser.parse(contentFile(text, order: order), path: "unseen/\(text.name).md", slug: text.name)
        guard let parsed else { fatalError("\(text.name) does not parse: \(diagnostics)") }
        return GuideWalk(parsed)
    }

    /// The five guides' walks, parsed once.
    static let corpus: [GuideWalk] = {
        let directory = root.appendingPathComponent("content/guides").path
        return try! FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".md") }.sorted().compactMap { name in
            let path = directory + "/" + name
            let (parsed, _) = GuideParser.parse(try! String(contentsOfFile: path, encoding: .utf8), path: path, slug: String(name.dropLast(3)))
            return parsed.map(GuideWalk.init)
        }
    }()
}

/// Found, counted and wrong for one kind of item.
struct Tally: CustomStringConvertible {
    var found = 0
    var counted = 0
    var extracted = 0
    var missed: [String] = []
    var extra: [String] = []
    var wrong: Int { extracted - found }
    var recall: Double { counted == 0 ? 1 : Double(found) / Double(counted) }
    var precision: Double { extracted == 0 ? 1 : Double(found) / Double(extracted) }
    var description: String {
        "\(found)/\(counted) found, \(wrong)/\(extracted) wrong (recall \(Int((recall * 100).rounded())) %, precision \(Int((precision * 100).rounded())) %)"
    }

    static func + (lhs: Tally, rhs: Tally) -> Tally {
        Tally(found: lhs.found + rhs.found, counted: lhs.counted + rhs.counted, extracted: lhs.extracted + rhs.extracted)
    }

    /// Pairs expected and extracted items one to one, the best-scoring pairs first; a pair
    /// scores 0 when the items do not match.
    static func match<E, X>(expected: [E], extracted: [X], label: (E) -> String, extractedLabel: (X) -> String, score: (E, X) -> Int) -> Tally {
        var pairs: [(score: Int, e: Int, x: Int)] = []
        for (e, item) in expected.enumerated() {
            for (x, found) in extracted.enumerated() {
                let value = score(item, found)
                if value > 0 { pairs.append((value, e, x)) }
            }
        }
        var usedE = Set<Int>(), usedX = Set<Int>()
        for pair in pairs.sorted(by: { ($0.score, -$0.e, -$0.x) > ($1.score, -$1.e, -$1.x) }) where !usedE.contains(pair.e) && !usedX.contains(pair.x) {
            usedE.insert(pair.e)
            usedX.insert(pair.x)
        }
        var tally = Tally(found: usedE.count, counted: expected.count, extracted: extracted.count)
        tally.missed = expected.indices.filter { !usedE.contains($0) }.map { label(expected[$0]) }
        tally.extra = extracted.indices.filter { !usedX.contains($0) }.map { extractedLabel(extracted[$0]) }
        return tally
    }
}

/// How the extracted items of one text compare with its annotation.
enum UnseenScoring {
    static func key(_ text: String) -> String { Folding.alphanumericKey(text) }

    /// The first `count` words of a folded key.
    static func head(_ text: String, _ count: Int) -> String { key(text).split(separator: " ").prefix(count).joined(separator: " ") }

    static func score(_ text: UnseenTexts.Text, knowledge: Knowledge) -> [String: Tally] {
        let guide = text.name
        let annotation = text.annotation
        // Definitions: the same term (its key, an alias's, or the merged term's names), the
        // same passage when the text gives two definitions of one term.
        let definitions = knowledge.terms.flatMap { term in
            term.definitions.filter { $0.provenance.guide == guide }.map { (term: term, definition: $0) }
        }
        let definitionTally = Tally.match(
            expected: annotation.definitions, extracted: definitions,
            label: { "\($0.term) — \($0.starts.prefix(50))" },
            extractedLabel: { "\($0.definition.provenance.line): \($0.definition.term) [\($0.definition.evidence.form)] — \($0.definition.text.prefix(60))" },
            score: { expected, found in
                let keys = Set(([expected.term] + (expected.aliases ?? [])).map(TermKey.make))
                let names = Set(([found.definition.term, found.term.name] + found.term.aliases).map(TermKey.make))
                guard !keys.isDisjoint(with: names) else { return 0 }
                let passage = key(found.definition.text).contains(head(expected.starts, 5))
                return passage ? 2 : 1
            })
        let faqs = knowledge.faqs.filter { $0.provenance.guide == guide }
        let faqTally = Tally.match(
            expected: annotation.faqs, extracted: faqs, label: { $0.question }, extractedLabel: { "\($0.provenance.line): \($0.question)" },
            score: { expected, found in
                let a = key(expected.question), b = key(found.question)
                if a == b { return 3 }
                if !a.isEmpty, !b.isEmpty, a.contains(b) || b.contains(a) { return 2 }
                let wordsA = Set(a.split(separator: " ")), wordsB = Set(b.split(separator: " "))
                let shared = Double(wordsA.intersection(wordsB).count) / Double(max(1, wordsA.union(wordsB).count))
                return shared >= 0.7 ? 1 : 0
            })
        let practices = knowledge.practices.filter { $0.provenance.guide == guide }
        let practiceTally = Tally.match(
            expected: annotation.practices, extracted: practices, label: { $0.text }, extractedLabel: { "\($0.provenance.line): \($0.text.prefix(70))" },
            score: { expected, found in
                let a = head(expected.text, 6), b = key(found.text)
                if b.hasPrefix(a) { return 2 }
                return b.contains(a) || (b.count >= 20 && key(expected.text).hasPrefix(b)) ? 1 : 0
            })
        let references = knowledge.references.filter { $0.citedIn.contains { $0.guide == guide } }
        let referenceTally = Tally.match(
            expected: annotation.references, extracted: references, label: { $0.title },
            extractedLabel: { "\($0.citedIn.first { $0.guide == guide }?.line ?? 0): \($0.title.prefix(70))" },
            score: { expected, found in
                let title = head(expected.title, 6)
                let foundTitle = key(found.title)
                if foundTitle.hasPrefix(title) || key(found.text).contains(title) { return 2 }
                let expectedKey = key(expected.title)
                return foundTitle.split(separator: " ").count >= 3 && expectedKey.contains(foundTitle) ? 1 : 0
            })
        return ["definitions": definitionTally, "faqs": faqTally, "practices": practiceTally, "references": referenceTally]
    }
}
