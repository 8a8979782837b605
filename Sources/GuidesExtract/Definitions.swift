import GuidesModel
import GuidesText

/// Finds the definitions a guide gives, with their term and, where the guide cites one, source.
///
/// French patterns recognised:
/// - `**Terme** : définition…` paragraphs (also `—`) in a part about definitions
///   (`Définitions`, `Glossaire`, `Lexique`, `… en définitions`);
/// - in such a part, a heading that names a term (`## Empowerment`) followed by defining
///   paragraphs, each with the source it quotes in the short lines after it (title, authors,
///   publisher and year, `En ligne : URL`);
/// - `Qu'est-ce que X ?` headings, answered by the section's first paragraph;
/// - a section titled X whose first paragraph opens with `X désigne…`, `X est…`,
///   `On parle de X lorsque…`, `On appelle X…`.
///
/// Bold labels of fields (`**Auteur** : …`), bold questions and long bold sentences are not
/// terms. A bold `Terme : …` outside a definitions part is not taken: it is reported, so an
/// editor can mark it.
public enum DefinitionExtractor: GuideExtractor {
    static let definitionParts = FrenchWordLists.definitionPartTitles
    static let labels: Set<String> = [
        "auteur", "auteurs", "secteur", "source", "sources", "contact", "date", "lieu", "public", "objectif", "objectifs",
        "solutions", "solution", "exemple", "exemples", "note", "nb", "attention", "a retenir", "en resume",
    ]

    public static func read(_ walk: GuideWalk, context: ExtractionContext = ExtractionContext()) -> Extraction<Definition> {
        var definitions: [Definition] = []
        var diagnostics: [Diagnostic] = []
        let blocks = walk.blocks
        let runs = glossaryRuns(in: walk)
        for (index, block) in blocks.enumerated() {
            // `Pair-aidance` then `- Définition simple : …`: a term's card.
            if let (term, text) = labelledDefinition(at: index, in: blocks) {
                definitions.append(Definition(term: term, text: text, provenance: walk.provenance(of: blocks[index + 1]), evidence: .strong("definition-label")))
                continue
            }
            let inDefinitionPart = walk.foldedPath(of: block.section).contains { title in
                FrenchWordLists.isDefinitionPartTitle(title)
            }
            // `<!-- guides: definition -->`: the editor says so.
            if block.directive == .definition, !block.isHeading {
                // The term: the bold lead, else a `Label : …` label, else the section's title.
                let label = block.text.range(of: " : ").flatMap { range in
                    block.text.distance(from: block.text.startIndex, to: range.lowerBound) <= 60 ? String(block.text[..<range.lowerBound]) : nil
                }
                let term = block.leadingStrong ?? label ?? block.section.map { unnumbered(walk.guide.sections[$0].title) } ?? ""
                let text = block.leadingStrong != nil ? block.afterStrong ?? block.text
                    : label.map { String(block.text.dropFirst($0.count + 3)) } ?? block.text
                // Named by the section only: a weaker reading than the block's own sentence, if
                // one defines a term (`KnowledgeBuilder.accepted` keeps that one).
                let form = block.leadingStrong != nil || label != nil ? "directive" : "directive-section"
                if !term.isEmpty { definitions.append(Definition(term: term, text: text, provenance: walk.provenance(of: block), evidence: .strong(form))) }
                continue
            }
            // In a definitions part, `Pair-aidance` on a paragraph's first line and its
            // definition on the next (a box copied from a web page).
            if inDefinitionPart, case .paragraph = block.kind, block.leadingStrong == nil, block.lines.count >= 2,
               let entry = block.lines.first.map({ LexiconEntry($0.trimmed) }), !entry.isAbbreviation, case let term = entry.name,
               isTerm(term), term.split(separator: " ").count <= 5, !term.hasSuffix(":"),
               term.first?.isUppercase == true, !term.allSatisfy({ !$0.isLetter || $0.isUppercase }),
               let gloss = block.lines.dropFirst().first?.trimmed, gloss.first?.isUppercase == true, gloss.count >= 30, !LexiconEntry.isCrossReference(gloss),
               // Not a work's entry: title, then authors, year, address.
               !TermKey.articles.contains(Folding.fold(String(term.prefix { $0 != " " && $0 != "'" && $0 != "’" }))),
               block.urls.isEmpty, ReferenceText.year(in: withoutCitedSource(block.text)) == nil,
               !block.lines.dropFirst().contains(where: { ReferenceText.isSourceLine(withoutCitedSource($0)) })
            {
                definitions.append(Definition(
                    term: displayName(term), text: block.lines.dropFirst().joined(separator: " "), provenance: walk.provenance(of: block), evidence: .strong("definitions-part")))
                continue
            }
            // In a definitions part, `Pair-aidance` alone, and its definition as the next
            // paragraph (a lexicon copied from a web page, one blank line between).
            if inDefinitionPart, let gloss = separateGloss(at: index, in: blocks) {
                definitions.append(Definition(term: gloss.term, text: gloss.text, provenance: walk.provenance(of: blocks[index + 1]), evidence: .strong("definitions-part")))
                continue
            }
            // `* GEM : groupe d'entraide mutuelle. Association d'usagers où…`: an acronym's note,
            // spelled out, then defined.
            if block.kind == .paragraph || block.isItem, let (term, gloss) = acronymNote(block.text) {
                definitions.append(Definition(term: term, text: gloss, provenance: walk.provenance(of: block), evidence: inDefinitionPart ? .strong("definitions-part") : .weak("acronym-note")))
                continue
            }
            // A table copied with its tabs: `Pair-aidant	Personne qui…	Santé mentale`, each row
            // a term and its gloss (strong under a header that says so: `Ce que le terme recouvre`).
            // (CommonMark writes a tab as `&#9;`.)
            if case .paragraph = block.kind, block.markdown.contains("&#9;") {
                definitions += tableRows(block, walk: walk, strong: inDefinitionPart)
                continue
            }
            // In a definitions part, a table's two columns run together: `Pair-aidance Entraide
            // entre personnes…` (a term, then its definition opening on a capital).
            if inDefinitionPart, case .paragraph = block.kind, block.leadingStrong == nil, let (term, gloss) = columnEntry(block.text) {
                definitions.append(Definition(term: term, text: gloss, provenance: walk.provenance(of: block), evidence: .strong("definitions-part")))
                continue
            }
            // `Savoir expérientiel – Connaissance tirée…` alone, in a box: a dash sets a term
            // apart, glossed by a noun phrase (weak: a list of facts can look the same).
            if !inDefinitionPart, !runs.contains(index), case .paragraph = block.kind, block.leadingStrong == nil,
               let (term, rest) = termLead(block, plain: true), !block.text.dropFirst(term.count).trimmed.hasPrefix(":"),
               isTerm(term), term.split(separator: " ").count <= 4, rest.count >= 40, isNounGloss(rest), TermShape.isPlausible(term, weak: true),
               // Not a name spelled out (`CReSE – Centre de recherche…`), not a menu (`Accueil | …`).
               term.filter(\.isUppercase).count <= 1, !rest.contains("|"), !rest.contains("›"), !term.contains(where: \.isNumber)
            {
                definitions.append(Definition(term: displayName(term), text: rest, provenance: walk.provenance(of: block), evidence: .weak("dash-entry")))
                continue
            }
            // `**Terme** : définition`, or `Terme : définition` in plain text.
            if case .paragraph = block.kind, let (term, rest) = termLead(block, plain: inDefinitionPart), isTerm(term), rest.count >= 40 {
                if inDefinitionPart || runs.contains(index) {
                    definitions.append(Definition(
                        term: displayName(term), text: rest, provenance: walk.provenance(of: block),
                        evidence: .strong(inDefinitionPart ? "definitions-part" : "glossary-run")))
                } else if block.text.dropFirst(term.count).trimmed.hasPrefix(":") {
                    diagnostics.append(.warning(
                        "'\(term)' looks like a definition outside a definitions part; not taken into the glossary (mark it with <!-- guides: definition --> to take it, <!-- guides: ignore --> to silence this)",
                        at: SourceLocation(path: walk.guide.path, line: block.line)))
                }
                continue
            }
            guard let level = block.headingLevel, let section = block.section else { continue }
            let title = walk.guide.sections[section].title
            let body = Array(walk.body(of: section, nested: false))
            // `Qu'est-ce que X ?`: the first paragraph, and a quotation right after it (with
            // its `— attribution` as source).
            // (`Qu'est-ce que vous apportez à l'équipe ?` asks a person, it names no term.)
            if let term = questionTerm(title).map({ $0.trimmingCharacters(in: .init(charactersIn: "«»“”\" \u{a0}\u{202f}")) }), TermShape.isPlausible(term, weak: false), let firstIndex = body.firstIndex(where: { $0.kind == .paragraph && $0.text.count >= 40 }) {
                let first = body[firstIndex]
                definitions.append(Definition(term: term, text: first.text, provenance: walk.provenance(of: first), evidence: .strong("question-heading")))
                let quote = body[(firstIndex + 1)...].prefix { $0.kind == .quote }
                if let opening = quote.first, opening.text.count >= 60 {
                    let attribution = quote.last.flatMap { $0.text.hasPrefix("—") ? String($0.text.dropFirst()).trimmed : nil }
                    let text = quote.filter { !$0.text.hasPrefix("—") }.map(\.text).joined(separator: " ")
                    definitions.append(Definition(term: term, text: text, source: attribution, provenance: walk.provenance(of: opening), evidence: .strong("question-heading")))
                }
                continue
            }
            // A term heading inside a definitions part (not the part's own heading).
            if inDefinitionPart, level > 1, isTerm(title), title.split(separator: " ").filter({ !$0.hasPrefix("(") }).count <= 5,
               !TermKey.words(title).contains(where: { ["est", "sont"].contains($0) }),
               !definitionParts.contains(where: { Folding.fold(title).contains($0) })
            {
                definitions += glossaryEntry(term: title, body: body, walk: walk)
                continue
            }
            // `## Psychoéducation` over `Programme en petits groupes qui…`: a term's heading over
            // a gloss that opens on its genus, with no article (a lexicon set as headings; weak).
            // (The heading's own test, the dearest, last.)
            if !inDefinitionPart,
               let first = body.first, first.kind == .paragraph, first.text.count >= 40, first.text.first?.isUppercase == true,
               case let glossWords = first.text.split(separator: " ").prefix(6).map(String.init), glossWords.count >= 6,
               FrenchWordLists.genusNouns.contains(TermKey.word(glossWords[0])),
               // (`Rôle Statut Formation…`, `Réseau Pair'Ouest Maison…`: a table's header, an address.)
               glossWords.dropFirst().prefix(3).allSatisfy({ $0.first?.isLowercase == true || !($0.first?.isLetter ?? false) }),
               HeadingTitles.namesATerm(title)
            {
                definitions.append(Definition(term: unnumbered(displayName(title)), text: first.text, provenance: walk.provenance(of: first), evidence: .weak("term-heading")))
                continue
            }
            // `X désigne…` opening the section titled X.
            if let first = body.first, first.kind == .paragraph, opensWithDefinition(first.text, of: unnumbered(title)) {
                definitions.append(Definition(term: unnumbered(title), text: first.text, provenance: walk.provenance(of: first), evidence: .strong("section-opening")))
            }
        }
        definitions += glossaryLists(in: walk, taken: Set(definitions.map(\.provenance.line)))
        return Extraction(items: definitions, notes: diagnostics)
    }
}
