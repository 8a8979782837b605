import GuidesMarkdown
import GuidesModel
import GuidesPaths
import GuidesText

/// The pages that present the content graph by concept rather than by document.
extension SiteRenderer {
    func knowledgePages() -> [OutputFile] {
        var files = [OutputFile(path: PagePath.glossary.filePath, text: glossaryPage())]
        files += graph.knowledge.terms.parallelMap { term in OutputFile(path: PagePath.term(term.id).filePath, text: termPage(term)) }
        files.append(OutputFile(path: PagePath.practices.filePath, text: practicesPage(guide: nil)))
        files += graph.guides.filter { byGuide.practices[$0.id] != nil }.parallelMap { guide in
            OutputFile(path: PagePath.practicesOfGuide(guide.id).filePath, text: practicesPage(guide: guide))
        }
        files.append(OutputFile(path: PagePath.questions.filePath, text: questionsPage()))
        files.append(OutputFile(path: PagePath.bibliography.filePath, text: bibliographyPage()))
        let references = graph.knowledge.references
        for download in Self.downloads {
            files.append(OutputFile(path: PagePath.bibliographyFile(download.file).filePath, text: download.export(references)))
        }
        return files
    }

    static let downloads: [(file: String, label: String, export: @Sendable ([Reference]) -> String)] = [
        ("bibliographie.bib", "BibTeX (.bib) — Zotero, JabRef, LaTeX", BibliographyExport.bibTeX),
        ("bibliographie.ris", "RIS (.ris) — Zotero, EndNote, Mendeley", BibliographyExport.ris),
        ("bibliographie.json", "CSL-JSON (.json) — Zotero, Pandoc", BibliographyExport.cslJSON),
    ]

    func guideTitle(_ id: String) -> String {
        typeset(byGuide.guides[id]?.frontMatter.shortTitle ?? id)
    }

    func sectionTitle(_ place: Provenance) -> String {
        byGuide.guides[place.guide]?.sections.first { $0.id == place.section }?.title ?? guideTitle(place.guide)
    }

    func sourceURL(_ place: Provenance, linker: Linker) -> String {
        linker.link(to: .guide(place.guide), fragment: place.section)
    }

    // MARK: Glossary

    func glossaryPage() -> String {
        let linker = Linker(.relative(from: .glossary))
        let terms = graph.knowledge.terms
        var entries: [GlossaryEntryView] = []
        for term in terms {
            let url = linker.link(to: .term(term.id))
            let guides = Set(term.definitions.map(\.provenance.guide)).count
            let definitions = term.definitions.count
            let label = "\(definitions) définition\(definitions == 1 ? "" : "s")" + (guides > 1 ? ", \(guides) guides" : "")
            entries.append(GlossaryEntryView(name: term.name, url: url, isAlias: false, target: term.name, summary: shortDefinition(of: term), countLabel: label))
            for alias in term.aliases {
                entries.append(GlossaryEntryView(name: alias, url: url, isAlias: true, target: term.name, summary: "", countLabel: ""))
            }
        }
        entries.sort { (Folding.fold($0.name), $0.name) < (Folding.fold($1.name), $1.name) }
        let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".map(String.init)
        let letters = alphabet.map { letter in
            let inLetter = entries.filter { Folding.fold(String($0.name.prefix(1))).uppercased() == letter }
            return LetterView(letter: letter, anchor: Anchor.letter(letter), hasEntries: !inLetter.isEmpty, entries: inLetter)
        }
        let view = GlossaryPageView(
            layout: layout(
                for: .glossary, linker: linker, title: "Glossaire",
                description: "Les termes de la pair-aidance et du travail pair, avec toutes les définitions qu’en donnent les guides.",
                breadcrumbs: [Breadcrumb(title: "Glossaire", url: nil)],
                structuredData: StructuredData.definedTermSet(terms.map { ($0, shortDefinition(of: $0)) }, site: graph.site)),
            letters: letters, termCount: terms.count, definitionCount: terms.reduce(0) { $0 + $1.definitions.count })
        return templates.render(view, with: "glossary")
    }

    func termPage(_ term: Term) -> String {
        let page = PagePath.term(term.id)
        let linker = Linker(.relative(from: page))
        let definitions = term.definitions.enumerated().map { index, definition in
            DefinitionView(
                anchor: Anchor.definition(index), text: typeset(definition.text.collapsingWhitespace), source: definition.source.map(typeset),
                guideTitle: guideTitle(definition.provenance.guide), guideURL: linker.link(to: .guide(definition.provenance.guide)),
                sectionTitle: typeset(sectionTitle(definition.provenance)), sectionURL: sourceURL(definition.provenance, linker: linker))
        }
        var groups: [MentionGroupView] = []
        // (The mentions grouped by guide once: filtering them for every guide grew with the
        // square of the guides.)
        let mentionsByGuide = Dictionary(grouping: term.mentions, by: \.guide)
        for guide in graph.guides {
            guard let places = mentionsByGuide[guide.id], !places.isEmpty else { continue }
            groups.append(MentionGroupView(
                guideTitle: typeset(guide.frontMatter.shortTitle), guideURL: linker.link(to: .guide(guide.id)),
                sections: places.map { LinkView(title: typeset(sectionTitle($0)), url: sourceURL($0, linker: linker)) }))
        }
        let related = relatedTerms(term).map { LinkView(title: $0.name, url: linker.link(to: .term($0.id))) }
        let view = TermPageView(
            layout: layout(
                for: page, linker: linker, title: term.name, description: shortDefinition(of: term),
                breadcrumbs: [Breadcrumb(title: "Glossaire", url: linker.link(to: .glossary)), Breadcrumb(title: term.name, url: nil)],
                structuredData: StructuredData.definedTerm(term, description: shortDefinition(of: term), site: graph.site)),
            name: term.name, aliases: FrenchLists.join(term.aliases), hasAliases: !term.aliases.isEmpty,
            definitions: definitions, mentionGroups: groups, hasMentions: !groups.isEmpty,
            related: related, hasRelated: !related.isEmpty, glossaryURL: linker.link(to: .glossary))
        return templates.render(view, with: "term")
    }

    /// Terms named in this term's definitions, then terms used in the same sections.
    func relatedTerms(_ term: Term) -> [Term] {
        let terms = graph.knowledge.terms
        var scores: [Int: Int] = [:]
        for definition in term.definitions {
            for match in matcher.matches(in: definition.text) { scores[match.term, default: 0] += 10 }
        }
        // Each mention of another term in a section where this one is mentioned counts one
        // (through the index of places, not by reading every term's mentions for each term).
        for place in Set(term.mentions.map(ItemsByGuide.Place.init)) {
            for other in byGuide.termsMentionedAt[place] ?? [] { scores[other, default: 0] += 1 }
        }
        return scores.filter { terms[$0.key].id != term.id && $0.value >= 3 }
            .sorted { ($1.value, terms[$0.key].name) < ($0.value, terms[$1.key].name) }
            .prefix(6).map { terms[$0.key] }
    }
}
