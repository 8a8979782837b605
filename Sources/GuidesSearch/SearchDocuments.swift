import Foundation
import GuidesModel
import GuidesPaths
import GuidesText

/// One thing a reader can find: a term, one of its definitions, a question, an idée reçue, a
/// good practice, a reference or a section of a guide, with the text that finds it.
public struct SearchDocument: Sendable, Equatable {
    public enum Kind: Int, Sendable, CaseIterable {
        case term, definition, question, misconception, practice, reference, section, guide

        /// The label the results show.
        public var label: String {
            switch self {
            case .term: "Terme"
            case .definition: "Définition"
            case .question: "Question"
            case .misconception: "Idée reçue"
            case .practice: "Bonne pratique"
            case .reference: "Référence"
            case .section: "Section"
            case .guide: "Guide"
            }
        }

        /// How much a match in this kind of item is worth, before the text itself: a term's
        /// page answers "what is X" better than a section that mentions X.
        var prior: Double {
            switch self {
            case .term: 1.6
            case .definition: 1.0
            case .question, .misconception: 1.2
            case .practice: 0.8
            case .reference: 0.8
            case .section: 1.1
            case .guide: 0.7
            }
        }
    }

    public var kind: Kind
    public var title: String
    /// Site-relative URL with its anchor (`glossaire/retablissement/#definition-2`).
    public var url: String
    /// The guide it comes from (nil for a term, which belongs to all).
    public var guide: String?
    /// Other names that find it as well as its title does (a term's aliases, a work's authors).
    public var names: [String] = []
    /// Where it sits, which finds it a little (a practice's block heading, a section's guide).
    public var keywords: String
    /// The text searched, and the start of it shown under the title.
    public var body: String
    /// Items of one group show once in the results, the best of them: a term and its
    /// definitions are one page, and ten results should not all be that page.
    public var group: String? = nil

    public var snippet: String {
        let text = body.collapsingWhitespace
        guard text.count > 220 else { return text }
        let cut = text.prefix(220)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
    }
}

/// The documents of the search index, from the content graph, in a stable order.
public enum SearchDocuments {
    public static func collect(_ graph: ContentGraph, sectionTexts: [String: [String: String]]) -> [SearchDocument] {
        var documents: [SearchDocument] = []
        let knowledge = graph.knowledge
        for term in knowledge.terms {
            // The term's page holds every definition: its body is all of them.
            documents.append(SearchDocument(
                kind: .term, title: term.name, url: PagePath.term(term.id).prettyPath, guide: nil,
                names: term.aliases, keywords: "", body: term.definitions.map(\.text).joined(separator: " "),
                group: term.id))
            for (index, definition) in term.definitions.enumerated() {
                documents.append(SearchDocument(
                    // The guide shows beside the title; in the title, its words would make a
                    // definition outrank its own term (`pair-aidance` in `Pair-aidant… — Pair-aidance professionnelle`).
                    kind: .definition, title: term.name,
                    url: PagePath.term(term.id).prettyPath + "#" + Anchor.definition(index), guide: definition.provenance.guide,
                    names: term.aliases, keywords: "", body: definition.text, group: term.id))
            }
        }
        for faq in knowledge.faqs {
            documents.append(SearchDocument(
                kind: faq.kind == .ideeRecue ? .misconception : .question, title: faq.question,
                url: PagePath.questions.prettyPath + "#" + Anchor.question(faq.id), guide: faq.provenance.guide,
                keywords: "", body: faq.answerText))
        }
        for practice in knowledge.practices {
            documents.append(SearchDocument(
                kind: .practice, title: practice.text, url: PagePath.practices.prettyPath + "#" + Anchor.practice(practice.id),
                guide: practice.provenance.guide, keywords: practice.heading + " " + practice.theme, body: ""))
        }
        for reference in knowledge.references {
            documents.append(SearchDocument(
                kind: .reference, title: reference.title, url: PagePath.bibliography.prettyPath + "#" + Anchor.reference(reference.id),
                guide: reference.citedIn.first?.guide, names: reference.authors, keywords: "", body: reference.text))
        }
        for guide in graph.guides {
            let texts = sectionTexts[guide.id] ?? [:]
            // The guide itself: found by its title, its authors and publisher, and the text
            // before its first heading (an introduction no section holds).
            let frontMatter = guide.frontMatter
            documents.append(SearchDocument(
                kind: .guide, title: frontMatter.title, url: PagePath.guide(guide.id).prettyPath, guide: guide.id,
                names: [frontMatter.shortTitle] + frontMatter.authors, keywords: frontMatter.publisher,
                body: [frontMatter.summary, texts[SearchDocuments.leadKey] ?? ""].filter { !$0.isEmpty }.joined(separator: " ")))
            // Lists of works (`Outils`, `Articles`…) are in the bibliography, entry by entry.
            for section in guide.sections where !isResourceList(section.title) {
                documents.append(SearchDocument(
                    kind: .section, title: section.title, url: PagePath.guide(guide.id).prettyPath + "#" + section.id, guide: guide.id,
                    keywords: guide.frontMatter.shortTitle, body: texts[section.id] ?? ""))
            }
        }
        return documents
    }

    /// The key under which `sectionTexts` holds a guide's text before its first heading.
    public static let leadKey = ""

    static let resourceLabels = [
        "outils", "articles", "article", "guide", "guides", "pour aller", "ressources", "quelques liens", "en savoir plus", "references",
        "bibliographie", "webinaire", "podcast", "video", "autres publications", "contact", "credits", "remerciements", "liens utiles",
    ]

    static func isResourceList(_ title: String) -> Bool {
        let folded = Folding.alphanumericKey(title).filter { !$0.isNumber }.trimmingCharacters(in: .whitespaces)
        return resourceLabels.contains { folded == $0 || folded.hasPrefix($0 + " ") && folded.count < $0.count + 12 }
    }
}
