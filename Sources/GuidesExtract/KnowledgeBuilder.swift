import GuidesModel
import GuidesParser
import GuidesText

/// Builds the corpus's `Knowledge` from its parsed guides: runs every extractor on every
/// guide, merges terms and references across guides, resolves citations of corpus guides and
/// finds where terms are used.
public enum KnowledgeBuilder {
    public static func build(_ walks: [GuideWalk], glossary: GlossarySettings = GlossarySettings()) -> (Knowledge, [Diagnostic]) {
        var definitions: [Definition] = []
        var faqs: [FAQ] = []
        var practices: [Practice] = []
        var references: [Reference] = []
        var diagnostics: [Diagnostic] = []
        // What an editor marked `<!-- guides: ignore -->` is no item for any pass; mentions
        // and acronym expansions below still read every block.
        let all = walks
        let walks = walks.map { $0.withoutIgnoredBlocks() }
        for walk in walks {
            let found = DefinitionExtractor.extract(from: walk)
            definitions += found.definitions
            diagnostics += found.diagnostics
            let asked = FAQExtractor.read(walk)
            faqs += identified(asked.faqs, guide: walk.guide.id)
            let recommended = PracticeExtractor.read(walk)
            diagnostics += asked.notes + recommended.notes
            practices += recommended.practices.enumerated().map { offset, practice in
                var practice = practice
                practice.id = "\(walk.guide.id)-\(offset + 1)"
                return practice
            }
            references += ReferenceExtractor.extract(from: walk)
        }
        // Second pass: sentence definitions of the concepts the first pass found.
        let rules = GlossaryRules(glossary)
        let known = Set(definitions.flatMap { definition -> [[String]] in
            let (name, aliases) = TermMerger.split(definition.term)
            if rules.ignores([name] + aliases) { return [] }
            return ([name] + aliases).map { TermKey.words($0) }.filter { !$0.isEmpty && $0.count <= 5 }
        })
        for walk in walks {
            let taken = Dictionary(
                // A directive named by its section's title leaves the block's sentences to read.
                definitions.filter { $0.provenance.guide == walk.guide.id && $0.evidence.form != "directive-section" }.map { ($0.provenance.line, Set([TermKey.make($0.term)])) },
                uniquingKeysWith: { $0.union($1) })
            definitions += SentenceDefinitionExtractor.extract(from: walk, knownTerms: known.sorted { $0.joined(separator: " ") < $1.joined(separator: " ") }, taken: taken)
            definitions += SubTermItems.read(walk, knownTerms: Set(known.filter { $0.count == 1 }.map { $0[0] }))
            let topical = TopicDefinitionExtractor.read(walk)
            definitions += topical.definitions
            diagnostics += topical.notes
        }
        // A passage two patterns both read is one definition.
        var seen = Set<String>()
        definitions = definitions.filter { seen.insert("\($0.provenance.guide):\($0.provenance.line):\(TermKey.make($0.term))").inserted }
        definitions = accepted(definitions, in: walks)
        diagnostics += rules.unused(definitions: definitions)
        var terms = TermMerger.merge(definitions, glossary: glossary)
        terms = AcronymExpansions.add(to: terms, from: all)
        terms = Mentions.find(for: terms, in: all)
        let merged = ReferenceMerger.merge(references, guides: walks.map(\.guide))
        return (Knowledge(terms: terms, practices: practices, faqs: faqs, references: merged), diagnostics)
    }

    /// A definition an editor accepted with `<!-- guides: definition -->` before its block is
    /// strong evidence, whatever form found it: `guides graph --review` says how.
    static func accepted(_ definitions: [Definition], in walks: [GuideWalk]) -> [Definition] {
        var marked = Set<String>()
        for walk in walks {
            for block in walk.blocks where block.directive == .definition { marked.insert("\(walk.guide.id):\(block.line)") }
        }
        guard !marked.isEmpty else { return definitions }
        var sentenceRead = Set<String>()
        let promoted = definitions.map { definition in
            let place = "\(definition.provenance.guide):\(definition.provenance.line)"
            guard definition.evidence.strength == .weak, marked.contains(place) else { return definition }
            var definition = definition
            definition.evidence = .strong("accepted:" + definition.evidence.form)
            sentenceRead.insert(place)
            return definition
        }
        // The block's own defining sentence names the term better than its section's title.
        return promoted.filter { definition in
            definition.evidence.form != "directive-section" || !sentenceRead.contains("\(definition.provenance.guide):\(definition.provenance.line)")
        }
    }

    /// Gives each FAQ a readable id, unique in the corpus: `<guide>-<question slug>`.
    static func identified(_ faqs: [FAQ], guide: String) -> [FAQ] {
        var scope = SlugScope()
        return faqs.map { faq in
            var faq = faq
            faq.id = guide + "-" + scope.slug(for: String(faq.question.prefix(60)))
            return faq
        }
    }
}

/// One term per concept: definitions grouped on `TermKey`, and on aliases written in the
/// term itself (`Médiateur de santé pair (MSP)`, `Rétablissement (recovery)`,
/// `Travailleur pair / pair-aidant professionnel`).
public enum TermMerger {
    public static func merge(_ definitions: [Definition], glossary: GlossarySettings = GlossarySettings()) -> [Term] {
        let rules = GlossaryRules(glossary)
        var groups: [[Definition]] = []
        var names: [[String]] = []
        var groupKeys: [Set<String>] = []
        var keyToGroup: [String: Int] = [:]
        for definition in definitions {
            let (name, aliases) = split(definition.term)
            let spellings = [name] + aliases
            if rules.ignores(spellings) { continue }
            let keys = spellings.map { rules.canonical(TermKey.make($0)) }.filter { !$0.isEmpty }
            if let existing = keys.compactMap({ keyToGroup[$0] }).first {
                groups[existing].append(definition)
                names[existing] += spellings
                groupKeys[existing].formUnion(keys)
                for key in keys { keyToGroup[key] = existing }
            } else {
                groups.append([definition])
                names.append(spellings)
                groupKeys.append(Set(keys))
                for key in keys { keyToGroup[key] = groups.count - 1 }
            }
        }
        var scope = SlugScope()
        return zip(groups, zip(names, groupKeys)).map { group, namesAndKeys in
            let (found, keys) = namesAndKeys
            // The name an editor gave in a merge, else the first spelling no rule sends elsewhere.
            let editorName = keys.sorted().lazy.compactMap { rules.name(for: $0) }.first
            let spellings = (editorName.map { [$0] } ?? []) + found.filter { !rules.isRedirected(TermKey.make($0)) }
                + found.filter { rules.isRedirected(TermKey.make($0)) } + keys.sorted().flatMap { rules.aliases(for: $0) }
            let name = displayName(spellings.first!)
            let nameKey = TermKey.make(name)
            var seen: Set<String> = [nameKey]
            var aliases: [String] = []
            for spelling in spellings.dropFirst() where seen.insert(TermKey.make(spelling)).inserted {
                aliases.append(displayName(spelling))
            }
            return Term(id: scope.slug(for: name), name: name, aliases: aliases, definitions: group.sorted { $0.provenance < $1.provenance })
        }
        .sorted { Folding.fold($0.name) < Folding.fold($1.name) }
    }

    /// `Médiateur de santé pair (MSP)` → (`Médiateur de santé pair`, [`MSP`]); parenthesised
    /// inclusive endings (`(euse)`, `(e)`) are not aliases.
    static func split(_ term: String) -> (name: String, aliases: [String]) {
        var aliases: [String] = []
        var name = ""
        var depth = 0
        var inner = ""
        for character in term {
            if character == "(" { depth += 1; inner = ""; continue }
            if character == ")", depth > 0 {
                depth -= 1
                let candidate = inner.trimmed
                // `(euse)`, `(e)`: inclusive endings, not names.
                let isEnding = candidate.count <= 5 && candidate.allSatisfy { $0.isLowercase }
                let isAcronym = candidate.count >= 2 && candidate.allSatisfy(\.isUppercase)
                if candidate.count > 2 || isAcronym, !isEnding { aliases.append(candidate) }
                continue
            }
            if depth > 0 { inner.append(character) } else { name.append(character) }
        }
        let parts = name.components(separatedBy: " / ").map { $0.trimmed }.filter { !$0.isEmpty }
        return (parts.first ?? name.trimmed, Array(parts.dropFirst()) + aliases)
    }

    /// `PAIR AIDANCE` → `Pair aidance`; `savoirs expérientiels` → `Savoirs expérientiels`.
    static func displayName(_ spelling: String) -> String {
        // `Travailleur (euse)-Pair(e)` → `Travailleur pair`: inclusive endings dropped.
        var cleaned = spelling.replacing(/\([^)]*\)/, with: "").replacing(" -", with: "-").replacing("- ", with: "-")
        if cleaned != spelling, let hyphen = cleaned.firstIndex(of: "-"), cleaned[cleaned.index(after: hyphen)...].first?.isUppercase == true {
            cleaned = cleaned.replacing("-", with: " ")
            cleaned = String(cleaned.prefix(1)) + cleaned.dropFirst().lowercased()
        }
        var name = cleaned.collapsingWhitespace
        let letters = name.filter(\.isLetter)
        // `PAIR AIDANCE`, `RÉTABLISSEMENT`: a title in capitals; `FALC`, `ESAT`: an acronym.
        if letters.count > 3, letters.allSatisfy(\.isUppercase), name.contains(" ") || letters.count > 6 { name = name.lowercased() }
        return name.capitalizedFirst
    }
}

/// Where each term is used in running text: the same key words as the term or an alias, in
/// paragraphs, items and quotes (never headings), once per section.
public enum Mentions {
    public static func find(for terms: [Term], in walks: [GuideWalk]) -> [Term] {
        // Each block's key words, computed once for all terms, and only for blocks whose
        // folded text holds the first four letters of some term (`reta`, `medi`: shared by
        // every inflection, `médiatrice` and `médiateur` alike).
        let stems = Set(terms.flatMap { term in
            ([term.name] + term.aliases).compactMap { TermKey.words($0).first.map { String($0.prefix(4)) } }
        })
        let words: [[[String]]] = walks.map { walk in
            walk.blocks.map { block in
                guard !block.isHeading else { return [] }
                let folded = Folding.fold(block.text)
                return stems.contains(where: { includes(folded, $0) }) ? TermKey.words(block.text) : []
            }
        }
        // Provenances and section keys once per block, not once per term and block.
        let provenances = walks.map { walk in walk.blocks.map { walk.provenance(of: $0) } }
        return terms.map { term in
            var term = term
            let forms = ([term.name] + term.aliases).map { TermKey.words($0) }.filter { !$0.isEmpty }
            let definitionLines = Set(term.definitions.map { "\($0.provenance.guide):\($0.provenance.line)" })
            var mentions: [Provenance] = []
            // A term only one guide defines, weakly, is mentioned in that guide only.
            let guides = term.reachesOtherGuides ? nil : term.definingGuides
            for (walkIndex, walk) in walks.enumerated() where guides?.contains(walk.guide.id) ?? true {
                var seenSections = Set<String?>()
                for (blockIndex, block) in walk.blocks.enumerated() where !block.isHeading && !words[walkIndex][blockIndex].isEmpty {
                    let provenance = provenances[walkIndex][blockIndex]
                    guard !seenSections.contains(provenance.section),
                          forms.contains(where: { contains(words[walkIndex][blockIndex], $0) }),
                          !definitionLines.contains("\(walk.guide.id):\(block.line)")
                    else { continue }
                    seenSections.insert(provenance.section)
                    mentions.append(provenance)
                }
            }
            term.mentions = mentions
            return term
        }
    }

    static func contains(_ words: [String], _ form: [String]) -> Bool {
        guard form.count <= words.count else { return false }
        // Element by element: no slice copies, this runs for every term on every block.
        for start in 0...(words.count - form.count) where words[start] == form[0] {
            if words[start..<start + form.count].elementsEqual(form) { return true }
        }
        return false
    }
}

/// The long form of a term named by an acronym, from where a guide spells it out:
/// `groupes d'entraide mutuelle (GEM)` gives the term *GEM* the alias *groupes d'entraide
/// mutuelle*. The long form is the shortest run of words before `(GEM)` whose significant
/// words start with the acronym's letters, in order.
public enum AcronymExpansions {
    static let minor: Set<String> = ["de", "des", "du", "d", "la", "le", "les", "l", "et", "en", "a", "au", "aux", "pour", "par", "sur"]

    public static func add(to terms: [Term], from walks: [GuideWalk]) -> [Term] {
        terms.map { term in
            guard isAcronym(term.name), !term.aliases.contains(where: { !isAcronym($0) }) else { return term }
            var term = term
            let marker = "(" + term.name + ")"
            for walk in walks {
                for block in walk.blocks where includes(block.text, marker) {
                    if let expansion = expansion(of: term.name, before: marker, in: block.text) {
                        term.aliases.append(expansion)
                        return term
                    }
                }
            }
            return term
        }
    }

    static func isAcronym(_ name: String) -> Bool {
        (2...6).contains(name.count) && name.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    public static func expansion(of acronym: String, before marker: String, in text: String) -> String? {
        guard let range = text.range(of: marker) else { return nil }
        // Compounds count each part: `Médico-Psychologiques` gives M and P.
        let words = FrenchWords.words(in: String(text[..<range.lowerBound])).flatMap { $0.split(separator: "-") }
        let letters = Array(Folding.fold(acronym))
        // The shortest suffix of the words before the parenthesis whose significant words spell it.
        for count in 1...min(words.count, letters.count * 2 + 2) {
            let candidate = words.suffix(count)
            let significant = candidate.filter { !minor.contains(Folding.fold(String($0))) }
            guard significant.count == letters.count else { continue }
            if zip(significant, letters).allSatisfy({ Folding.fold(String($0.0)).first == $0.1 }),
               let first = candidate.first, let last = candidate.last
            {
                return String(text[first.startIndex..<last.endIndex])
            }
        }
        return nil
    }
}
