import GuidesModel
import GuidesText

/// How glossaries are laid out: runs and lists of entries, `Terme : définition` leads, a term
/// over its definition, table rows, acronym notes, lexicon columns; and what a term looks like.
extension DefinitionExtractor {
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
        // (Looked for in the first characters only: the term is at most 60 long.)
        let separators = [" : ", " – ", " — "]
        let head = text.prefix(64)
        guard let colon = separators.compactMap({ head.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
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
        guard rest.startIndex != title.startIndex else { return title }
        return String(rest.drop { $0 == " " || $0 == "–" || $0 == "—" || $0 == "-" })
    }

    /// A term: a short name, not a question, not a field label, not a sentence.
    static func isTerm(_ text: String) -> Bool {
        // (The length first: paragraphs come here too, and need not be split.)
        guard !text.hasAtLeast(81) else { return false }
        let words = text.split(separator: " ")
        guard (1...8).contains(words.count), !text.contains("?"), !text.hasSuffix("."),
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
        guard let colon = body.range(of: " : "), case let acronym = body[..<colon.lowerBound], AcronymExpansions.isAcronym(acronym),
              let stop = body[colon.upperBound...].range(of: ". ")
        else { return nil }
        let expansion = body[colon.upperBound..<stop.lowerBound].trimmed
        let gloss = body[stop.upperBound...].trimmed
        guard (2...8).contains(expansion.split(separator: " ").count), gloss.count >= 40, !LexiconEntry.isCrossReference(gloss),
              AcronymExpansions.expansion(of: String(acronym), endingAt: expansion) != nil
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
}
