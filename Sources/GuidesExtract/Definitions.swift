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
            if !inDefinitionPart, HeadingTitles.namesATerm(title),
               let first = body.first, first.kind == .paragraph, first.text.count >= 40, first.text.first?.isUppercase == true,
               case let glossWords = first.text.split(separator: " ").prefix(6).map(String.init), glossWords.count >= 6,
               FrenchWordLists.genusNouns.contains(TermKey.word(glossWords[0])),
               // (`Rôle Statut Formation…`, `Réseau Pair'Ouest Maison…`: a table's header, an address.)
               glossWords.dropFirst().prefix(3).allSatisfy({ $0.first?.isLowercase == true || !($0.first?.isLetter ?? false) })
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

    /// Indices of `**Terme** : définition` paragraphs that stand in a run of three entries or
    /// more in one section (plain paragraphs between them continue an entry; a term's card,
    /// `Terme` then `- Définition simple : …`, is an entry too, even set as a heading): a
    /// glossary, whatever its heading says.
    static func glossaryRuns(in walk: GuideWalk) -> Set<Int> {
        var result = Set<Int>()
        var run: [Int] = []
        var cards = 0
        var section: Int?
        func close() {
            if run.count + cards >= 3, !run.isEmpty { result.formUnion(run) }
            run = []
            cards = 0
        }
        let blocks = walk.blocks
        for (index, block) in blocks.enumerated() {
            if labelledDefinition(at: index, in: blocks) != nil {
                // A card's term heading opens a section without ending the glossary.
                cards += 1
                section = blocks[index + 1].section
                continue
            }
            if block.isHeading || block.section != section { close(); section = block.section }
            guard case .paragraph = block.kind else { if block.isItem { continue }; close(); continue }
            if let term = block.leadingStrong, let rest = block.afterStrong, isTerm(term), rest.count >= 20,
               block.text.dropFirst(term.count).trimmed.hasPrefix(":")
            {
                run.append(index)
            } else if block.leadingStrong == nil, let (term, rest) = termLead(block, plain: true), isTerm(term), rest.count >= 40,
                      !block.text.dropFirst(term.count).trimmed.hasPrefix(":")
            {
                // `Terme – Définition`: set apart as entries are, not as labels.
                run.append(index)
            }
        }
        close()
        return result
    }

    /// `- Travailleur pair : un métier du social…`, three items or more of one list, each a
    /// term and its gloss (an `En résumé` of roles, a lexicon set as a list): weak evidence,
    /// since a list of labelled facts can look the same.
    static func glossaryLists(in walk: GuideWalk, taken: Set<Int>) -> [Definition] {
        var result: [Definition] = []
        let blocks = walk.blocks
        var index = 0
        while index < blocks.count {
            guard case .item(0, _, _) = blocks[index].kind else { index += 1; continue }
            var run: [(GuideWalk.Block, String, String)] = []
            var broken = false
            while index < blocks.count, blocks[index].isItem {
                if case .item(0, _, _) = blocks[index].kind {
                    var item = blocks[index]
                    item.kind = .paragraph
                    if let (term, gloss) = termLead(item, plain: true), isTerm(term), term.split(separator: " ").count <= 5, gloss.count >= 20, isNounGloss(gloss) {
                        run.append((blocks[index], term, gloss))
                    } else {
                        broken = true
                    }
                }
                index += 1
            }
            guard run.count >= 3, !broken else { continue }
            for (item, term, gloss) in run where !taken.contains(item.line) {
                result.append(Definition(term: term, text: gloss, provenance: walk.provenance(of: item), evidence: .weak("glossary-list")))
            }
        }
        return result
    }

    /// `un métier du social…`, `la voix des patients…`, `de l'entraide organisée…`: a gloss
    /// opening on a noun phrase. `offrir un soutien…`, `avoir une expérience…` (a task, a
    /// criterion) open on a verb.
    static func isNounGloss(_ gloss: String) -> Bool {
        guard let first = FrenchWords.words(in: String(gloss.prefix(30))).first.map({ String($0).lowercased() }) else { return false }
        let determiners: Set<String> = ["un", "une", "le", "la", "les", "l", "des", "de", "du", "d", "ce", "cette", "toute", "tout", "ensemble"]
        if determiners.contains(Folding.fold(first)) { return true }
        guard let morphology = FrenchMorphology.shared else { return false }
        return morphology.can(first, be: .noun) && !morphology.can(first, be: .infinitive)
    }

    /// Labels of a contact or practical block (folded), never glossary terms.
    static let practicalLabels: Set<String> = [
        "horaires", "tel", "tel.", "telephone", "courriel", "email", "e-mail", "mail", "adresse", "acces", "site", "site web", "fax",
        "permanence", "permanences", "inscription", "tarif", "tarifs", "prix", "duree", "lieu", "dates", "formation", "contact",
        "note", "nb", "attention", "rappel", "remarque", "exemple", "resume", "mots-cles", "categorie", "diffusion",
        "encadre", "encart", "zoom", "focus", "a retenir", "en bref", "prise de poste", "contrat", "salaire", "remuneration",
        "redaction", "relecture", "credits", "credit photo", "photo", "illustration", "mise a jour", "derniere mise a jour", "mentions legales",
    ]

    /// A paragraph's term and definition: its bold lead (`**Terme** : …`), else, in a
    /// definitions part (`plain`), a short plain label before ` : ` (`Rétablissement :
    /// processus personnel…`) whose definition opens in lowercase, as a gloss does
    /// (`Horaires : Du lundi…`, `Tél. : 04…` are no entries).
    static func termLead(_ block: GuideWalk.Block, plain: Bool) -> (String, String)? {
        if let term = block.leadingStrong, let rest = block.afterStrong { return (term, rest) }
        guard plain else { return nil }
        let text = block.text
        // `Terme : définition`, or `Terme – Définition` (a dash sets the term apart whatever
        // the case of the gloss).
        let separators = [" : ", " – ", " — "]
        guard let colon = separators.compactMap({ text.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
              text.distance(from: text.startIndex, to: colon.lowerBound) <= 60
        else { return nil }
        let dash = text[colon] != " : "
        let term = String(text[..<colon.lowerBound]).trimmed
        let rest = String(text[colon.upperBound...]).trimmed
        // Not a work's title and subtitle (`La pairémulation : une fonction…`, with its year or
        // address), nor an address line (`En ligne : https://…`).
        guard TermKey.words(displayName(term)).count <= 6, displayName(term).split(separator: " ").filter({ !$0.hasPrefix("(") }).count <= 5, term.first?.isUppercase == true,
              !practicalLabels.contains(Folding.fold(term)), let opening = rest.first, opening.isLowercase || dash && opening.isUppercase,
              !TermKey.articles.contains(Folding.fold(String(term.prefix { $0 != " " && $0 != "'" && $0 != "’" }))),
              !rest.contains("http"), !rest.contains("www."), !rest.contains("["), block.urls.isEmpty, ReferenceText.year(in: withoutCitedSource(text)) == nil,
              !ReferenceText.isSourceLine(term)
        else { return nil }
        return (term, rest)
    }

    /// A term alone in a short paragraph (or heading), then a list item that opens with a
    /// definition label (`Définition simple :`, `En bref :`): the term and the item's text.
    static func labelledDefinition(at index: Int, in blocks: [GuideWalk.Block]) -> (String, String)? {
        guard index + 1 < blocks.count, blocks[index + 1].isItem else { return nil }
        let block = blocks[index]
        guard block.kind == .paragraph || block.isHeading else { return nil }
        let term = unnumbered(block.text.trimmingCharacters(in: .init(charactersIn: " :")))
        guard isTerm(term), term.split(separator: " ").count <= 6, !term.hasSuffix(".") else { return nil }
        let item = blocks[index + 1].text
        guard let colon = item.firstIndex(of: ":"), item.distance(from: item.startIndex, to: colon) <= 30 else { return nil }
        let label = Folding.fold(String(item[..<colon])).trimmed.replacingOccurrences(of: "’", with: "'")
        guard FrenchWordLists.definitionLabels.contains(label) else { return nil }
        let text = item[item.index(after: colon)...].trimmed
        return text.count >= 20 ? (term, text) : nil
    }

    /// `2.2 L'intervenant-pair` → `intervenant-pair`: numbering and article dropped.
    static func unnumbered(_ title: String) -> String {
        var text = withoutNumber(title)
        for article in ["Le ", "La ", "Les ", "L'", "L’", "le ", "la ", "les ", "l'", "l’"] where text.hasPrefix(article) {
            text = String(text.dropFirst(article.count))
            break
        }
        return text
    }

    /// `2.2 – Titre`, `3) Titre` → `Titre`.
    static func withoutNumber(_ title: String) -> String {
        let rest = title.drop { $0.isNumber || $0 == "." || $0 == ")" }
        guard rest.count < title.count else { return title }
        return String(rest.drop { $0 == " " || $0 == "–" || $0 == "—" || $0 == "-" })
    }

    /// A term: a short name, not a question, not a field label, not a sentence.
    static func isTerm(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...8).contains(words.count), text.count <= 80, !text.contains("?"), !text.hasSuffix("."),
              let first = text.first, first.isLetter || first == "«"
        else { return false }
        let folded = Folding.fold(text).trimmingCharacters(in: .punctuationCharacters)
        // `Pour l'application de la présente instruction :`, `À ne pas confondre :`: a
        // preposition opens a lead-in, never a term.
        if let opening = folded.split(separator: " ").first.map(String.init), ["pour", "dans", "a", "au", "aux", "selon", "avec", "sans", "sur", "chez", "en", "par"].contains(opening) || FrenchWordLists.possessives.contains(opening) {
            return false
        }
        // `Recommandation n° 10`: a numbered label, not a concept.
        return !labels.contains(folded) && !folded.first!.isNumber && !folded.contains(" n°") && !folded.contains(" no ")
    }

    /// `Savoir expérientiel (ou savoir d'expérience)` → `Savoir expérientiel`: another name in
    /// parentheses is an alias of the entry, not part of its name (an acronym stays: `(MSP)`).
    static func displayName(_ term: String) -> String {
        // `Pair-aidant, pair-aidante`: the entry's feminine (or plural) beside it.
        if let comma = term.firstIndex(of: ","), TermKey.make(String(term[..<comma])) == TermKey.make(String(term[term.index(after: comma)...])) {
            return String(term[..<comma])
        }
        guard let open = term.range(of: " ("), term.hasSuffix(")") else { return term }
        let inner = Folding.fold(String(term[open.upperBound...].dropLast()))
        return inner.hasPrefix("ou ") || inner.hasPrefix("aussi ") || inner.hasPrefix("dit ") ? String(term[..<open.lowerBound]) : term
    }

    /// The text without the sources it cites in parentheses (`(source : Gardien, 2017)`,
    /// `(d'après Jouet et al., 2010)`): a definition may quote a dated work without being one.
    static func withoutCitedSource(_ text: String) -> String {
        guard text.contains("(") else { return text }
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "(") {
            result += rest[..<open]
            let inner = Folding.fold(String(rest[rest.index(after: open)...].prefix(12)))
            guard ["source", "d'apres", "d’apres", "selon", "cf."].contains(where: inner.hasPrefix), let close = rest[open...].firstIndex(of: ")") else {
                result.append("(")
                rest = rest[rest.index(after: open)...]
                continue
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// `* GEM : groupe d'entraide mutuelle. Association d'usagers…` → (`groupe d'entraide
    /// mutuelle (GEM)`, the gloss): the expansion is the term, the sentences after it define it.
    static func acronymNote(_ text: String) -> (String, String)? {
        let body = text.drop { $0 == "*" || $0 == " " || $0 == "\u{a0}" }
        guard let colon = body.range(of: " : "), case let acronym = body[..<colon.lowerBound], (2...6).contains(acronym.count),
              acronym.allSatisfy({ $0.isUppercase && $0.isLetter }), let stop = body[colon.upperBound...].range(of: ". ")
        else { return nil }
        let expansion = body[colon.upperBound..<stop.lowerBound].trimmed
        let gloss = body[stop.upperBound...].trimmed
        guard (2...8).contains(expansion.split(separator: " ").count), gloss.count >= 40, !LexiconEntry.isCrossReference(gloss),
              GlossedPhrase.spelledOut(before: expansion, acronym: String(acronym)) != nil
        else { return nil }
        return (expansion + " (" + acronym + ")", gloss)
    }

    /// The rows of a tab-separated table whose first cell is a term and second a gloss of a
    /// noun phrase (thirty characters or more).
    static func tableRows(_ block: GuideWalk.Block, walk: GuideWalk, strong: Bool) -> [Definition] {
        let rows = block.markdown.split(separator: "\n").map { line in
            line.trimmingCharacters(in: .init(charactersIn: "\\ ")).components(separatedBy: "&#9;").map { $0.trimmed }
        }
        var result: [Definition] = []
        for row in rows where row.count >= 2 {
            let term = displayName(row[0]), gloss = row[1]
            // (`ESAT	Établissement et service…`: a list of acronyms spells them out.)
            guard isTerm(term), term.split(separator: " ").count <= 5, gloss.count >= 30, isNounGloss(gloss), TermShape.isPlausible(term, weak: !strong),
                  !term.allSatisfy({ !$0.isLetter || $0.isUppercase })
            else { continue }
            result.append(Definition(term: term, text: gloss, provenance: walk.provenance(of: block), evidence: strong ? .strong("definitions-table") : .weak("table-row")))
        }
        return result.count >= 2 ? result : []
    }

    /// `Travailleur pair Salarié recruté pour…`: one to four words (a capital, then lowercase
    /// words), then a capitalised common noun that opens a definition of forty characters or more.
    static func columnEntry(_ text: String) -> (String, String)? {
        let words = text.split(separator: " ", maxSplits: 6).map(String.init)
        guard words.count >= 3, words[0].first?.isUppercase == true, !text.contains(" : "), ReferenceText.year(in: withoutCitedSource(text)) == nil else { return nil }
        for length in 1...4 where length < words.count - 1 {
            let next = words[length]
            guard let first = next.first, first.isUppercase else {
                // The term's other words are lowercase (`pair`, `de santé`), hyphens and elisions aside.
                guard next.first?.isLowercase == true, next.allSatisfy({ $0.isLetter || "-'’".contains($0) }) else { return nil }
                continue
            }
            let lowered = next.lowercased()
            guard next.dropFirst().allSatisfy(\.isLowercase), let morphology = FrenchMorphology.shared,
                  morphology.can(lowered, be: .noun), !morphology.knows(next) || morphology.knows(lowered)
            else { return nil }
            let term = words[..<length].joined(separator: " ")
            let gloss = String(text.dropFirst(term.count)).trimmed
            guard isTerm(term), gloss.count >= 40, isNounGloss(gloss) || LexiconEntry.isCrossReference(gloss) == false && morphology.can(lowered, be: .noun) else { return nil }
            return (term, gloss)
        }
        return nil
    }

    /// A paragraph that is only a term (`Pair-aidance`, `**Rétablissement**`), then a paragraph
    /// that defines it: not a work's entry (no year, address or source line), not another term.
    static func separateGloss(at index: Int, in blocks: [GuideWalk.Block]) -> (term: String, text: String)? {
        guard index + 1 < blocks.count, case .paragraph = blocks[index].kind, blocks[index].lines.count == 1, case .paragraph = blocks[index + 1].kind else { return nil }
        let term = blocks[index].text.trimmingCharacters(in: .init(charactersIn: " *_")).trimmed
        let gloss = blocks[index + 1]
        guard isTerm(term), term.split(separator: " ").count <= 5, term.first?.isUppercase == true, !term.contains(":"),
              !term.allSatisfy({ !$0.isLetter || $0.isUppercase }) || term.count <= 6,
              !TermKey.articles.contains(Folding.fold(String(term.prefix { $0 != " " && $0 != "'" && $0 != "’" }))),
              gloss.text.count >= 30, gloss.text.first?.isUppercase == true, gloss.urls.isEmpty, ReferenceText.year(in: gloss.text) == nil,
              !gloss.lines.contains(where: ReferenceText.isSourceLine), separateGlossTerm(gloss) == nil
        else { return nil }
        return (term, gloss.text)
    }

    /// The gloss paragraph must not itself be a lone term line.
    static func separateGlossTerm(_ block: GuideWalk.Block) -> String? {
        block.lines.count == 1 && block.text.split(separator: " ").count <= 5 && !block.text.hasSuffix(".") ? block.text : nil
    }

    /// `Qu'est-ce que le travail pair ?` → `travail pair`.
    static func questionTerm(_ title: String) -> String? {
        let folded = Folding.fold(title)
        let prefixes = [
            "qu'est-ce que ", "qu’est-ce que ", "qu'est ce que ", "qu'est-ce qu'", "qu’est-ce qu’", "qu'entend-on par ", "qu’entend-on par ",
            "que signifie ", "que veut dire ", "qu'appelle-t-on ", "qu’appelle-t-on ", "que designe ", "qu'appelez-vous ", "qu’appelez-vous ",
            "c'est quoi ", "c’est quoi ",
        ]
        // `Un GEM, c'est quoi ?`, `Vivre de façon autonome, ça veut dire quoi ?`: the spoken form.
        for suffix in [", c'est quoi", ", c’est quoi", ", ca veut dire quoi", ", ca veut dire quoi", ", qu'est-ce que c'est", ", qu’est-ce que c’est", " : c'est quoi", " : c’est quoi"] {
            guard let range = folded.range(of: suffix) else { continue }
            var rest = String(title.prefix(folded.distance(from: folded.startIndex, to: range.lowerBound))).trimmed
            for article in ["Le ", "La ", "Les ", "L'", "L’", "Un ", "Une "] where rest.hasPrefix(article) { rest = String(rest.dropFirst(article.count)) }
            return rest.isEmpty || rest.split(separator: " ").count > 6 ? nil : rest
        }
        for prefix in prefixes where folded.hasPrefix(prefix) {
            var rest = String(title.dropFirst(prefix.count))
            rest = String(rest.prefix { $0 != "?" }).trimmed
            for article in ["le ", "la ", "les ", "l'", "l’", "un ", "une "] where rest.lowercased().hasPrefix(article) {
                rest = String(rest.dropFirst(article.count))
            }
            return rest.isEmpty || rest.split(separator: " ").count > 6 ? nil : rest
        }
        return nil
    }

    /// `La pair-aidance désigne…`, `On parle de pair-aidance lorsque…` for the section `Pair-aidance`.
    static func opensWithDefinition(_ text: String, of title: String) -> Bool {
        let key = TermKey.make(title)
        guard !key.isEmpty, key.split(separator: " ").count <= 5 else { return false }
        let words = TermKey.words(String(text.prefix(200)))
        let keyWords = key.split(separator: " ").map(String.init)
        var start = 0
        while start < words.count, TermKey.articles.contains(words[start]) { start += 1 }
        if words.count >= start + keyWords.count + 1, Array(words[start..<start + keyWords.count]) == keyWords {
            let verb = words[start + keyWords.count]
            return ["design", "est", "sont", "consist", "renvoi", "repos", "correspond", "signif"].contains { verb.hasPrefix($0) }
        }
        let folded = Folding.fold(String(text.prefix(120)))
        return (folded.hasPrefix("on parle de ") || folded.hasPrefix("on appelle ")) && folded.contains(Folding.fold(title))
    }

    /// Under a term heading: each passage (paragraphs and lists up to the lines naming its
    /// source) is one definition; the source lines after it (title, authors, publisher,
    /// `En ligne : URL`, `cité par :`) are its source.
    static func glossaryEntry(term: String, body: [GuideWalk.Block], walk: GuideWalk) -> [Definition] {
        var result: [Definition] = []
        var passage: [GuideWalk.Block] = []
        var sources: [String] = []
        func close() {
            defer { passage = []; sources = [] }
            guard let first = passage.first, passage.contains(where: { $0.text.count >= 60 && !$0.isItem }) else { return }
            let source = sources.filter { !Folding.fold($0).hasPrefix("en ligne") }.joined(separator: ", ")
            result.append(Definition(
                term: term, text: passage.map(\.text).joined(separator: " "), source: source.isEmpty ? nil : source,
                provenance: walk.provenance(of: first), evidence: .strong("glossary-entry")))
        }
        let blocks = body.filter { !$0.isHeading }
        for (index, block) in blocks.enumerated() {
            // `…trois composantes clés :` then a list: a lead-in to the next passage, not a source.
            let leadsIn = block.text.hasSuffix(":") && index + 1 < blocks.count && !isSource(blocks[index + 1])
            if isSource(block) && !leadsIn {
                sources += block.lines.isEmpty ? [block.text] : block.lines
            } else {
                if !sources.isEmpty { close() }
                passage.append(block)
            }
        }
        close()
        return result
    }

    /// A paragraph that names a work rather than says something: title/authors/publisher
    /// lines, `En ligne :`, `Cité par :`, a lead-in ending with `:` before them.
    static func isSource(_ block: GuideWalk.Block) -> Bool {
        guard block.kind == .paragraph else { return false }
        if ReferenceText.isSourceLine(block.text) { return true }
        if block.lines.count >= 2, block.lines.dropFirst().contains(where: { ReferenceText.isSourceLine($0) || ReferenceText.year(in: $0) != nil }) {
            return true
        }
        return block.text.count < 160 && (!block.text.hasSuffix(".") || block.text.hasSuffix(":"))
    }
}

/// Titles of a document's usual parts, which name no term (`Introduction`, `Contexte`).
enum HeadingTitles {
    static func isPartTitle(_ title: String) -> Bool {
        let folded = Folding.fold(DefinitionExtractor.withoutNumber(title)).trimmed
        return FrenchWordLists.isReferencePartTitle(folded) || FrenchWordLists.isDefinitionPartTitle(folded)
            || FrenchWordLists.pageFurnitureTitles.contains { folded.hasPrefix($0) }
    }

    /// A heading that may name a term: a short noun phrase in ordinary case, no part title,
    /// no date or number, not opened by an article, a verb or a possessive (`Un exemple
    /// d'annonce`, `Passer au contenu principal`, `Mars 2025`, `CONTACTS` name none).
    static func namesATerm(_ title: String) -> Bool {
        let name = DefinitionExtractor.unnumbered(DefinitionExtractor.displayName(title))
        let words = name.split(separator: " ").filter { !$0.hasPrefix("(") }
        guard DefinitionExtractor.isTerm(name), (1...5).contains(words.count), !isPartTitle(title), !name.contains(where: \.isNumber),
              name.contains(where: \.isLowercase), let first = words.first.map({ String($0).lowercased() }),
              !TermKey.articles.contains(Folding.fold(first)), FrenchMorphology.shared?.can(first, be: .infinitive) != true,
              TermShape.isPlausible(name, weak: true)
        else { return false }
        return true
    }
}
