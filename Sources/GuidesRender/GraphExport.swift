import Foundation
import GuidesModel
import GuidesPaths

/// `public/graph.json`: the whole content graph for other tools, version 1.
///
/// Stable: fields are only ever added; ids are the site's anchors and slugs. `text` and
/// `answer` are plain text; `url` and `siteUrl` are site-relative page URLs with anchors;
/// `guide` and `section` are ids. Described in the README.
public struct GraphExport: Encodable, Sendable {
    struct GuideEntry: Encodable, Sendable {
        var id, title, url: String
        var sections: [SectionEntry]
    }
    struct SectionEntry: Encodable, Sendable {
        var id, title: String
        var level: Int
        var url: String
    }
    struct Place: Encodable, Sendable {
        var guide: String
        @Null var section: String?
        var line: Int
    }
    struct DefinitionEntry: Encodable, Sendable {
        var guide: String
        @Null var section: String?
        var line: Int
        var term, text: String
        @Null var source: String?
        var evidence: EvidenceEntry
    }
    /// Which pattern found an item and how strong it is (`strong`, `weak`).
    struct EvidenceEntry: Encodable, Sendable {
        var form, strength: String
    }
    struct TermEntry: Encodable, Sendable {
        var id, term: String
        var aliases: [String]
        var url: String
        var definitions: [DefinitionEntry]
        var mentions: [Place]
        /// Whether the term links from guides that do not define it.
        var reachesOtherGuides: Bool
    }
    struct PracticeEntry: Encodable, Sendable {
        var id, text, heading, kind, theme, guide: String
        @Null var section: String?
        var url: String
        var evidence: EvidenceEntry
    }
    struct FAQEntry: Encodable, Sendable {
        var id, question, answer, kind, guide: String
        @Null var section: String?
        var url: String
        var evidence: EvidenceEntry
    }
    struct ReferenceEntry: Encodable, Sendable {
        var id, title: String
        var authors: [String]
        @Null var year: Int?
        var type: String
        @Null var url: String?
        @Null var guide: String?
        var text: String
        var numbers: [String: Int]
        var citedIn: [Place]
        @Null var siteUrl: String?
    }

    var version = 1

    var guides: [GuideEntry]
    var terms: [TermEntry]
    var practices: [PracticeEntry]
    var faqs: [FAQEntry]
    var references: [ReferenceEntry]

    public init(_ graph: ContentGraph) {
        func placeEntry(_ place: Provenance) -> Place { Place(guide: place.guide, section: place.section, line: place.line) }
        guides = graph.guides.map { guide in
            GuideEntry(
                id: guide.id, title: guide.frontMatter.title, url: PagePath.guide(guide.id).prettyPath,
                sections: guide.sections.map {
                    SectionEntry(id: $0.id, title: $0.title, level: $0.level, url: PagePath.guide(guide.id).prettyPath + "#" + $0.id)
                })
        }
        let knowledge = graph.knowledge
        terms = knowledge.terms.map { term in
            TermEntry(
                id: term.id, term: term.name, aliases: term.aliases,
                url: PagePath.term(term.id).prettyPath,
                definitions: term.definitions.map {
                    DefinitionEntry(guide: $0.provenance.guide, section: $0.provenance.section, line: $0.provenance.line, term: $0.term, text: $0.text, source: $0.source,
                        evidence: EvidenceEntry($0.evidence))
                },
                mentions: term.mentions.map(placeEntry), reachesOtherGuides: term.reachesOtherGuides)
        }
        practices = knowledge.practices.map {
            PracticeEntry(id: $0.id, text: $0.text, heading: $0.heading, kind: $0.kind.rawValue, theme: $0.theme, guide: $0.provenance.guide, section: $0.provenance.section,
                url: PagePath.practices.prettyPath + "#" + Anchor.practice($0.id), evidence: EvidenceEntry($0.evidence))
        }
        faqs = knowledge.faqs.map {
            FAQEntry(id: $0.id, question: $0.question, answer: $0.answerText, kind: $0.kind.rawValue, guide: $0.provenance.guide, section: $0.provenance.section,
                url: PagePath.questions.prettyPath + "#" + Anchor.question($0.id), evidence: EvidenceEntry($0.evidence))
        }
        references = knowledge.references.map { reference in
            ReferenceEntry(
                id: reference.id, title: reference.title, authors: reference.authors, year: reference.year, type: reference.kind.rawValue,
                url: reference.url, guide: reference.guide, text: reference.text, numbers: reference.numbers,
                citedIn: reference.citedIn.map(placeEntry), siteUrl: PagePath.bibliography.prettyPath + "#" + Anchor.reference(reference.id))
        }
    }

    /// Pretty-printed, keys sorted: byte-identical for the same graph.
    /// The JSON of the graph: `JSONEncoder`'s pretty, sorted output, element by element.
    ///
    /// Each entry of each list is encoded on its own (on all cores) and indented where the
    /// whole document would have it; only the top level is written here. The text is the one
    /// encoding the whole value gives (string values hold no raw line break, so every line
    /// break is the layout's), without its tree of the whole graph: at 1,000 guides that tree
    /// and the document's copies took a third of a build's memory.
    public func json() -> [UInt8] {
        var bytes = Array("{\n".utf8)
        func list<Entry: Encodable & Sendable>(_ key: String, _ entries: [Entry]) {
            bytes += Array("  \"\(key)\" : [\n".utf8)
            guard !entries.isEmpty else {
                bytes += Array("\n  ],\n".utf8)
                return
            }
            // (Chunks of entries: a task each, results in order.)
            let size = 64
            let chunks = stride(from: 0, to: entries.count, by: size).map { Array(entries[$0..<min(entries.count, $0 + size)]) }
            let encoded = chunks.parallelMap { chunk -> [UInt8] in
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                var out: [UInt8] = []
                for (offset, entry) in chunk.enumerated() {
                    if offset > 0 { out += Array(",\n".utf8) }
                    Self.append(indented: Array((try? encoder.encode(entry)) ?? Data()), by: 4, to: &out)
                }
                return out
            }
            for (offset, chunk) in encoded.enumerated() {
                if offset > 0 { bytes += Array(",\n".utf8) }
                bytes += chunk
            }
            bytes += Array("\n  ],\n".utf8)
        }
        // (Keys in the sorted order `JSONEncoder` writes them.)
        list("faqs", faqs)
        list("guides", guides)
        list("practices", practices)
        list("references", references)
        list("terms", terms)
        bytes += Array("  \"version\" : \(version)\n}\n".utf8)
        return bytes
    }

    /// `json` indented by `spaces` more: before its first line and after every line break
    /// that does not end an empty line (`[`, an empty line, `]` is how an empty list is written).
    static func append(indented json: [UInt8], by spaces: Int, to out: inout [UInt8]) {
        let indent = [UInt8](repeating: 0x20, count: spaces)
        out += indent
        for (index, byte) in json.enumerated() {
            out.append(byte)
            if byte == 0x0A, index + 1 < json.count, json[index + 1] != 0x0A { out += indent }
        }
    }
}

/// An optional written as `null` when absent (synthesised `Encodable` leaves the key out), so
/// every entry of graph.json has every documented key.
@propertyWrapper
struct Null<Value: Encodable & Sendable>: Encodable, Sendable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

extension GraphExport.EvidenceEntry {
    init(_ evidence: Evidence) {
        self.init(form: evidence.form, strength: evidence.strength.rawValue)
    }
}
