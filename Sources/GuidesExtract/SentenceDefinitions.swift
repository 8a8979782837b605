import Foundation
import GuidesModel
import GuidesText

/// Definitions written as a sentence in running text, for the concepts the corpus defines
/// explicitly elsewhere (a second pass, once the glossary's terms are known).
///
/// French patterns recognised, at the start of a paragraph, list item or quote:
/// `Le rétablissement est un parcours…`, `Un médiateur de santé pair (MSP) est une personne…`,
/// `Ce savoir expérientiel est une forme…`, `L'empowerment, ou autonomisation, … fait
/// référence au processus…`, `La pair-aidance désigne / repose sur / consiste…`,
/// `Par « rétablissement », …, on entend…`. The term must be a known one (or the title of the
/// section), so `Le travail est une source de fierté` is not taken.
public enum SentenceDefinitionExtractor: GuideExtractor {
    /// Substrings without which a sentence cannot match the patterns, as written (byte
    /// search, checked before the costlier word analysis).
    static let firstSentenceTriggers = [" est ", " sont ", "c’est", "c'est", "désign", "référence", "repose", "consist", "renvoi", "correspond", "signifi", "défini", "entend", "on parle", "On parle", "On appelle", "appel", "recouvr", "inscri", "caractéris", "réfère", "refere", "distingu", "réunit", "rassembl", "regroup", "accueill"]
    static let laterSentenceTriggers = ["appel", "parler", "personne", "désign", "défini", "entend par", "terme", "mot ", "expression", "notion"]  // also on first sentences the main pass left

    /// Pronouns as `TermKey` writes them (`elle` → `ell`): a subject that names nothing.
    static let pronouns: Set<String> = ["il", "ils", "ell", "elle", "ce", "cela", "ceci", "ceux", "cell", "celui", "on", "vou", "nou", "je", "tu", "j"]
    static let determiners: Set<String> = ["le", "la", "les", "l", "un", "une", "ce", "cet", "cette", "par", "d", "des"]
    static let copulaObjects: Set<String> = ["un", "une", "le", "la", "l", "de", "d", "des", "ensemble", "processu", "concept", "terme"]
    /// Verbs that define when they come right after the term (within a few words).
    static let verbs: [[String]] = [["design"], ["fait", "referenc"], ["repos", "sur"], ["consist"], ["renvoi"], ["correspond"], ["signifi"], ["se", "defin"]]
    /// How far after the term a defining verb may come (`L'empowerment, ou autonomisation, … fait
    /// référence`), except `on entend`, which may close a long apposition.
    static let verbWindow = 4

    /// `taken`: per line, the keys of the terms the first pass (definitions parts, glossaries)
    /// already read there. Their first sentence is left alone, but a later sentence may define
    /// another term inside them (`… Le pair-aidant est une personne rétablie…` within the
    /// definition of *pair-aidance*).
    public static func read(_ walk: GuideWalk, context: ExtractionContext = ExtractionContext()) -> Extraction<Definition> {
        let knownTerms = context.knownTerms
        let taken = context.taken
        var result: [Definition] = []
        for block in walk.blocks where !block.isHeading && taken[block.line] == nil && block.text.count >= 60 {
            if let definition = firstSentenceDefinition(block, walk: walk, knownTerms: knownTerms) { result.append(definition) }
        }
        // Later sentences of a paragraph, with the unambiguous patterns only.
        let blocks = walk.blocks
        for block in blocks where block.kind == .quote && block.text.count >= 80 && !skipped(block, walk: walk) {
            // In a quotation, only a term set apart and glossed (`une “expertise d'usage” à savoir…`).
            for sentence in sentences(of: block.text) where includes(sentence, "à savoir") || includes(sentence, "-à-dire") {
                if let name = glossedTerm(sentence, knownTerms: []), TermShape.isPlausible(name, weak: true) {
                    result.append(Definition(term: name, text: sentence, provenance: walk.provenance(of: block), evidence: .weak("gloss")))
                }
            }
        }
        for (index, block) in blocks.enumerated() where (block.kind == .paragraph || block.isItem) && block.text.count >= 80 && !skipped(block, walk: walk) {
            let found = Set(result.filter { $0.provenance.line == block.line }.map { TermKey.make($0.term) })
            let before = taken[block.line] ?? []
            var terms = found.union(before)
            // The first sentence too when no pass took anything from it (`…, parfois appelé X`).
            let all = sentences(of: block.text)
            for (position, sentence) in all.enumerated() {
                var named: (name: String, evidence: Evidence)?
                var answer: String?
                // `Qu'est-ce que la pair-aidance ? C'est une forme d'entraide…` within a paragraph.
                if position + 1 < all.count, sentence.hasSuffix("?"), let term = DefinitionExtractor.questionTerm(sentence),
                   QuestionAnswer.opensAnswer(all[position + 1], term: term)
                {
                    named = (term, .strong("question-answer"))
                    answer = all[position + 1]
                }
                // A sentence another pass read may still gloss a second term (`La pair-aidance
                // désigne… son savoir expérientiel, c'est-à-dire…`).
                let glossed = glossMarkers.contains { includes(sentence, $0) }
                guard position > 0 || terms.isEmpty || glossed else { continue }
                let glossOnly = position == 0 && !terms.isEmpty
                if !glossOnly, laterSentenceTriggers.contains(where: { includes(sentence, $0) }) { named = laterSentenceTerm(sentence) }
                if named == nil, position > 0, includes(sentence, " est ") || includes(sentence, " sont ") {
                    named = knownTermSentence(sentence, knownTerms: knownTerms).map { ($0, .weak("known-term")) }
                        ?? nestedCopula(sentence, inside: !before.isEmpty)
                }
                if named == nil, glossed {
                    named = glossedTerm(sentence, knownTerms: knownTerms).map { ($0, .weak("gloss")) }
                }
                if named == nil, !glossOnly || glossed { named = InlineGlosses.term(in: sentence) }
                if named == nil, position > 0, !isQuoted(sentence) { named = laterCommaCest(sentence).map { ($0, .weak("c-est")) } }
                if named == nil, !glossOnly { named = introducedTerm(sentence) }
                // `Faux. Le rétablissement n'est pas la guérison : c'est un chemin…`
                if named == nil, position > 0, !glossOnly, includes(sentence, " pas ") {
                    let words = TermKey.words(String(sentence.prefix(160)))
                    var start = 0
                    while start < words.count, ["le", "la", "les", "l"].contains(words[start]) { start += 1 }
                    if start > 0, let term = contrastTerm(sentence, words: words, from: start) {
                        named = (termName(in: sentence, wordCount: term.count, skipping: start), .weak("contrast"))
                    }
                }
                guard let (name, evidence) = named,
                      TermShape.isPlausible(name, weak: evidence.strength == .weak, allowingCommonWord: (sentence.hasPrefix("Un ") || sentence.hasPrefix("Une ")) && definesAKind(sentence, copulaOnly: true)),
                      terms.insert(TermKey.make(name)).inserted
                else { continue }
                var text = answer ?? sentence
                // `… les pairs-aidants sont définis comme :` and the quotation that follows.
                if sentence.hasSuffix(":"), index + 1 < blocks.count, blocks[index + 1].kind == .quote { text += " " + blocks[index + 1].text }
                result.append(Definition(term: name, text: text, provenance: walk.provenance(of: block), evidence: evidence))
            }
        }
        return Extraction(items: result)
    }

    /// Inside another term's definition, a later sentence `Le pair-aidant est une personne…`
    /// defines a second term (the copula pattern, as at the start of a paragraph).
    static func nestedCopula(_ sentence: String, inside: Bool) -> (String, Evidence)? {
        guard inside else { return nil }
        let words = TermKey.words(String(sentence.prefix(200)))
        var start = 0
        while start < words.count, determiners.contains(words[start]) { start += 1 }
        guard start > 0, start < words.count, let term = copulaTerm(sentence, words: words, from: start) else { return nil }
        return (termName(in: sentence, wordCount: term.count, skipping: start), .weak("nested-definition"))
    }

    /// Openings that put an adverbial phrase before the subject: `Dans le domaine de la santé,
    /// l'expertise profane recouvre…`, `Dans cette fiche, les pairs-aidants sont définis comme`.
    /// `FrenchWordLists.insertedWords` as `TermKey` writes them (`alors` → `alor`).
    static let insertedKeys = Set(FrenchWordLists.insertedWords.map(TermKey.word))
    static let adverbialOpenings: Set<String> = ["dan", "pour", "en", "selon", "ainsi", "depui", "aujourd", "chez", "apre", "au", "sur"]

    /// The sentence's subject clause: after a short leading adverbial phrase and its comma.
    static func subjectClause(_ sentence: String) -> String? { subjectScope(sentence)?.clause }

    /// The subject clause, and whether the adverbial phrase before it scopes the sentence to
    /// one context (`Dans ce projet, …`: `TermShape.isScoping`).
    static func subjectScope(_ sentence: String) -> (clause: String, scoped: Bool)? {
        guard includes(sentence, ", "), let comma = sentence.range(of: ", "), let first = TermKey.words(String(sentence.prefix(20))).first,
              adverbialOpenings.contains(first), sentence[..<comma.lowerBound].split(separator: " ").count <= 7
        else { return nil }
        return (String(sentence[comma.upperBound...]), TermShape.isScoping(String(sentence[..<comma.lowerBound])))
    }

    /// Verbs that define any noun phrase in a definitions part (`L'approche par les pairs
    /// s'inscrit dans une dynamique…`), though not in running text.
    static let definitionsPartPatterns: [[String]] = [["s", "inscri", "dan"], ["repos", "sur"], ["consist"], ["renvoi"], ["se", "refer"], ["correspond"], ["signifi"], ["fait", "referenc"]]

    /// The main pass: the first sentence of a block, opening with a known term (or the section's
    /// title), or with any noun phrase followed by a strong pattern. The evidence says which.
    static func firstSentenceDefinition(_ block: GuideWalk.Block, walk: GuideWalk, knownTerms: [[String]]) -> Definition? {
        // A title or a question on the paragraph's first line (`D'abord, le point commun : la
        // pair-aidance`, `**Le rétablissement est-il…?**`): the text starts on the next line.
        if block.lines.count >= 2, let first = block.lines.first, first.count <= 120, !first.hasSuffix(".") {
            var rest = block
            rest.text = block.lines.dropFirst().joined(separator: " ")
            rest.lines = Array(block.lines.dropFirst())
            if let definition = firstSentenceDefinition(rest, walk: walk, knownTerms: knownTerms) { return definition }
        }
        var firstSentence = String(block.text.prefix { $0 != "." }.prefix(300))
        // `Note : l'aller-vers, c'est…`: a label before the sentence.
        // (`Définition : le travail pair est…`: the label says a definition follows.)
        var labelled = false
        if let colon = firstSentence.range(of: " : "), ["note", "nb", "n.b", "remarque", "a noter", "rappel", "precision", "definition", "r", "reponse"].contains(Folding.fold(String(firstSentence[..<colon.lowerBound]))) {
            labelled = Folding.fold(String(firstSentence[..<colon.lowerBound])) == "definition"
            firstSentence = String(firstSentence[colon.upperBound...])
        }
        // `Le travailleur pair – pair-aidant professionnel ou intervenant pair – est un salarié…`:
        // another name set between dashes after the subject is left out.
        for dash in [" – ", " — "] {
            if let open = firstSentence.range(of: dash), firstSentence.distance(from: firstSentence.startIndex, to: open.lowerBound) <= 60,
               let close = firstSentence[open.upperBound...].range(of: dash)
            {
                // `Le dévoilement – le fait, pour un pair, de faire état… – est au cœur…`: the
                // dashes hold the definition.
                let inner = TermKey.words(String(firstSentence[open.upperBound..<close.lowerBound]))
                let subject = TermKey.words(String(firstSentence[..<open.lowerBound]))
                if inner.count >= 5, ["le", "la", "l", "un", "une"].contains(inner[0]),
                   OpeningForms.definiteGenus.contains(where: { inner[1].hasPrefix($0) }) || FrenchWordLists.genusNouns.contains(inner[1]),
                   (2...5).contains(subject.count), ["le", "la", "les", "l"].contains(subject[0]),
                   let term = OpeningForms.noVerb(Array(subject.dropFirst()))
                {
                    let name = termName(in: firstSentence, wordCount: term.count, skipping: 1)
                    if TermShape.isPlausible(name, weak: true) {
                        return Definition(term: name, text: block.text, provenance: walk.provenance(of: block), evidence: .weak("dash-gloss"))
                    }
                }
                firstSentence = String(firstSentence[..<open.lowerBound]) + " " + String(firstSentence[close.upperBound...])
            }
        }
        // Cheap test first: no defining word, no definition.
        guard firstSentenceTriggers.contains(where: { includes(firstSentence, $0) }) else { return nil }
        if let section = block.section, block.isItem, ReferenceExtractor.isGlossaryTerm(section, walk: walk),
           DefinitionExtractor.isTerm(walk.guide.sections[section].title) { return nil }
        if skipped(block, walk: walk) { return nil }
        // `« Un pair-aidant, c'est forcément un ancien malade. » Non. D'abord…`: a claim quoted
        // to be answered, not a definition (a quotation standing alone may cite one).
        if block.kind == .paragraph, let opening = block.text.first, "«“".contains(opening),
           let close = block.text.firstIndex(where: { "»”".contains($0) }), block.text[close...].dropFirst().trimmed.count > 2
        {
            return nil
        }
        let inDefinitionsPart = walk.foldedPath(of: block.section).contains(where: FrenchWordLists.isDefinitionPartTitle)
        let title = block.section.map { TermKey.words(DefinitionExtractor.unnumbered(walk.guide.sections[$0].title)) }
        // (`Sur cette page`, `Pour aller plus loin`: a section's title that is no term.)
        let titleTerm = (title.map { [$0] } ?? []).filter { $0.count <= 4 }
            .filter { _ in block.section.map { DefinitionExtractor.isTerm(DefinitionExtractor.unnumbered(walk.guide.sections[$0].title)) } ?? false }
        let candidates = knownTerms + titleTerm
        let scope = subjectScope(firstSentence)
        for sentence in [firstSentence, scope?.clause].compactMap({ $0 }) {
            let scoped = sentence != firstSentence && scope?.scoped == true
            let words = TermKey.words(sentence)
            var start = 0
            // `On parle de X lorsque…`, `On appelle X…`
            if words.starts(with: ["on", "parl", "de"]) { start = 3 } else if words.starts(with: ["on", "appel"]) { start = 2 }
            let onParle = start > 0
            // `Par pair-aidance, on entend…`: the text says it defines.
            if sentence == firstSentence, let term = OpeningForms.parOnEntend(sentence, words: words) {
                let name = termName(in: sentence, wordCount: term.count, skipping: 1)
                guard TermShape.isPlausible(name, weak: false) else { continue }
                return Definition(term: name, text: block.text, provenance: walk.provenance(of: block), evidence: .strong("on-entend-par"))
            }
            while start < words.count, determiners.contains(words[start]) { start += 1 }
            guard start < words.count else { continue }
            // After a leading adverbial phrase, only the strong patterns: `Selon le Cercle V&S,
            // « la pair aidance est de nature à… »` defines nothing.
            var known = sentence == firstSentence ? candidates.filter({ matches(words, at: start, $0) }).max(by: { $0.count < $1.count }) : nil
            // `La notion de rétablissement…` under a section `Notions`: the word announced is the term.
            if let word = known, word.count == 1, OpeningForms.wordNouns.contains(word[0]) { known = nil }
            var evidence: Evidence
            let term: [String]
            if let known {
                term = known
                evidence = titleTerm.contains(known) ? .strong("section-opening") : .weak("known-term")
            } else if let found = OpeningForms.apposition(sentence, words: words, from: start) {
                term = found
                evidence = .strong("apposed-definition")
            } else if var found = strongPatternTerm(words, from: start, patterns: explicitPatterns) {
                // `Le terme médiateur de santé pair (…) désigne`: the term, not the word `terme`.
                if found.count >= 2, ["term", "terme", "mot", "expression", "notion", "concept"].contains(found[0]) {
                    // `Dans ce guide, le terme « X » désigne…` says how one text uses a word.
                    if scoped { continue }
                    let skip = found.count >= 3 && ["de", "d"].contains(found[1]) ? 2 : 1
                    found.removeFirst(skip)
                    start += skip
                }
                term = found
                evidence = .strong("defining-verb")
            } else if let (found, skip) = OpeningForms.announcedWord(words, from: start) {
                if scoped { continue }
                start += skip
                term = found
                evidence = .strong("defining-verb")
            } else if let found = strongPatternTerm(words, from: start) {
                term = found
                evidence = .weak("defining-sentence")
            } else if inDefinitionsPart, let found = strongPatternTerm(words, from: start, patterns: definitionsPartPatterns) {
                term = found
                evidence = .strong("definitions-part")
            } else if let found = commaCestTerm(sentence, words: words, from: start) {
                term = found
                evidence = .weak("c-est")
                if start == 0, words.first == "etr" { start = 1 }  // `Être pair-aidant, c'est…`
            } else if let found = copulaTerm(sentence, words: words, from: start) {
                term = found
                evidence = .weak("copula")
            } else if let found = contrastTerm(sentence, words: words, from: start) {
                term = found
                evidence = .weak("contrast")
            } else if let found = OpeningForms.definiteCopula(words, from: start) {
                term = found
                evidence = .weak("definite-copula")
            } else if let found = OpeningForms.describingVerb(words, from: start) {
                term = found
                evidence = .weak("describing-verb")
            } else if let found = OpeningForms.gathering(words, from: start),
                      !termName(in: sentence, wordCount: found.count, skipping: start).split(separator: " ").dropFirst().contains(where: { $0.first?.isUppercase == true }) {
                // (`le réseau Pair'Ouest rassemble…`: a name, not a kind.)
                term = found
                evidence = .weak("gathering")
            } else if labelled, let found = OpeningForms.anyCopula(words, from: start) {
                term = found
                evidence = .strong("definition-label")
            } else {
                continue
            }
            if onParle { evidence = .strong("on-parle-de") }
            // `« Être pair, c'est accepter… »`: a quoted testimony says what one person lives.
            if evidence.strength == .weak, !inDefinitionsPart, isQuoted(sentence) { continue }
            if inDefinitionsPart { evidence.strength = .strong }
            // A scoped sentence says how one text uses a word: at most a weak definition, and
            // only with a verb that defines (`sont définis comme`), never a plain `sont des`.
            if scoped {
                guard evidence.form == "defining-verb" else { continue }
                evidence = .weak("scoped-sentence")
            }
            var after = Array(words[(start + term.count)...].prefix(14))
            // `Le rétablissement, enfin, c'est…`: a word set off between the term and its verb.
            if let first = after.first, insertedKeys.contains(first) {
                after.removeFirst()
            }
            var name = termName(in: sentence, wordCount: term.count, skipping: start)
            // `La pair-aidance devient professionnelle lorsqu'elle est structurée…` defines
            // *pair-aidance professionnelle*.
            if known != nil, after.count >= 3, after[0] == "devient", after[2].hasPrefix("lorsqu") || after[2] == "quand",
               let adjective = span(in: sentence, from: start + term.count + 1, count: 1)
            {
                name += " " + sentence[adjective]
                return Definition(term: name, text: block.text, provenance: walk.provenance(of: block), evidence: .weak("devient-lorsque"))
            }
            // `L'empowerment, ou autonomisation, …, fait référence`: an apposition widens the window.
            let apposition = sentence.range(of: name).map { sentence[$0.upperBound...].hasPrefix(",") } ?? false
            guard known == nil || isDefining(after, window: apposition ? 12 : verbWindow) || start >= 2 && words[0] == "on"
                    || after.starts(with: ["c", "est"])
            else { continue }
            // `Un pair est une personne qui…`, `Un pair, c'est quelqu'un qui…`: the generic
            // indefinite defines even a common word (weakly: it links within its guide only).
            let genericIndefinite = start == 1 && ["un", "une"].contains(words[0]) && ["copula", "c-est", "defining-sentence"].contains(evidence.form) && definesAKind(sentence)
            guard TermShape.isPlausible(name, weak: evidence.strength == .weak && known == nil, allowingCommonWord: genericIndefinite) else { continue }
            return Definition(term: name, text: block.text, provenance: walk.provenance(of: block), evidence: evidence)
        }
        return nil
    }

    /// `Le pair-aidant est un ancien usager…`, `Les GEM sont des associations…`: a definite
    /// noun phrase at the start of the sentence, then `est un/une` (`sont des`) and a noun
    /// that names a genus (`personne`, `processus`, `forme`…). `Le travail est une source de
    /// fierté` is not one: `source` names no genus, and `travail` alone is no term.
    static func copulaTerm(_ sentence: String, words: [String], from start: Int) -> [String]? {
        // `Le X est un…`, and `Un X est un…` opening the sentence (the generic indefinite).
        guard start > 0, ["le", "la", "l", "les"].contains(words[start - 1]) || start == 1 && ["un", "une"].contains(words[0]) else { return nil }
        for length in 1...4 where start + length + 2 < words.count {
            let verb = words[start + length]
            guard verb == "est" || verb == "sont" else { continue }
            let article = words[start + length + 1]
            guard verb == "est" ? ["un", "une"].contains(article) : ["de", "des", "d"].contains(article) else { return nil }
            // `un ancien usager`, `une personne`: the genus, possibly after one adjective.
            let next = words[(start + length + 2)...].prefix(2)
            guard next.contains(where: { FrenchWordLists.genusNouns.contains($0) }) || restrictedNoun(in: sentence) else { return nil }
            let term = Array(words[start..<start + length])
            if term.contains(where: { ["est", "sont", "a", "ont", "qui", "que", "et", "ou"].contains($0) }) { return nil }
            return pronouns.contains(term[0]) ? nil : term
        }
        return nil
    }

    /// `… est un adhérent qui choisit…`, `… est une association dont les membres…`: any noun
    /// (libhunspell) after the copula, restricted at once by a relative clause, names a genus.
    static func restrictedNoun(in sentence: String) -> Bool {
        guard let morphology = FrenchMorphology.shared,
              let copula = [" est un ", " est une ", " sont des "].lazy.compactMap({ sentence.range(of: $0) }).first
        else { return false }
        let after = sentence[copula.upperBound...].split(separator: " ", maxSplits: 4).prefix(4).map { $0.trimmingCharacters(in: .punctuationCharacters) }
        guard let noun = after.first, morphology.can(noun, be: .noun), !morphology.can(noun, be: .adjective) || after.count > 1 else { return false }
        // The relative pronoun right after the noun, or after one adjective.
        return after.dropFirst().prefix(2).contains { ["qui", "dont", "où"].contains($0) }
    }

    /// Forms that set a term apart as they define it, wherever the sentence is:
    /// `Plus largement, le « logement d'abord » est une politique publique qui…` (a quoted
    /// subject and its copula), `Quant au médiateur de santé pair, il s'agit d'un salarié…`,
    /// `Les groupes d'entraide mutuelle (GEM) sont des associations…` (a term introduced with
    /// its acronym).
    static func introducedTerm(_ sentence: String) -> (String, Evidence)? {
        // Regular expressions are slow to run on every sentence: a byte test first for each.
        if includes(sentence, "« "), let match = sentence.firstMatch(of: /(?:^|[\s,])(?:le|la|les|l['’]|un|une)\s*«\s*([^»]{3,60}?)\s*»\s+(?:est|sont)\s+(?:un|une|des|d['’])\s/) {
            let name = String(match.output.1)
            return TermShape.isPlausible(name, weak: true) ? (name, .weak("quoted-copula")) : nil
        }
        if sentence.hasPrefix("Quant "), let match = sentence.prefixMatch(of: /Quant (?:au|à la|à l['’]|aux) ([^,]{3,60}), (?:il|elle|ils|elles) s['’]agit d/) {
            let name = String(match.output.1)
            return TermShape.isPlausible(name, weak: true) ? (name, .weak("quant-a")) : nil
        }
        if includes(sentence, ") "), let match = sentence.prefixMatch(of: /(?:Les |Le |La |L['’]|Une |Un )([^,()]{3,60}?) \(([A-Z]{2,6})\) (?:est|sont) (?:un|une|des|d['’])/) {
            let name = String(match.output.1) + " (" + String(match.output.2) + ")"
            return TermShape.isPlausible(String(match.output.1), weak: true) ? (name, .weak("introduced-acronym")) : nil
        }
        return nil
    }

    /// `Le rétablissement n'est pas la guérison : c'est un processus…`, `Le rétablissement, ce
    /// n'est pas la guérison : c'est…`: what a term is not, then what it is.
    static func contrastTerm(_ sentence: String, words: [String], from start: Int) -> [String]? {
        guard start > 0, includes(sentence, "pas"), let colon = sentence.range(of: " : c’est ") ?? sentence.range(of: " : c'est ") else { return nil }
        let head = TermKey.words(String(sentence[..<colon.lowerBound]))
        // The term, then `(ce) n'est pas`.
        for length in 1...4 where start + length + 2 < head.count {
            var next = start + length
            if head[next] == "ce" { next += 1 }
            guard next + 2 < head.count, head[next] == "n", head[next + 1] == "est" || head[next + 1] == "sont", head[next + 2] == "pa" || head[next + 2] == "pas" else { continue }
            let term = Array(words[start..<start + length])
            return pronouns.contains(term[0]) ? nil : term
        }
        return nil
    }

    /// `Les MSP sont d'ex-patients de la psychiatrie…`: a later sentence whose subject is a
    /// known term, followed by `est un…` or a defining verb.
    static func knownTermSentence(_ sentence: String, knownTerms: [[String]]) -> String? {
        let words = TermKey.words(String(sentence.prefix(200)))
        var start = 0
        while start < words.count, determiners.contains(words[start]) { start += 1 }
        guard start < words.count, let term = knownTerms.filter({ matches(words, at: start, $0) }).max(by: { $0.count < $1.count }),
              isIndefiniteCopula(Array(words[(start + term.count)...].prefix(3)))
        else { return nil }
        return termName(in: sentence, wordCount: term.count, skipping: start)
    }

    /// `sont des…`, `sont d'ex-patients`, `est une forme…`, but not `est l'un des facteurs` or
    /// `est de nature à`.
    static func isIndefiniteCopula(_ after: [String]) -> Bool {
        after.count >= 2 && (after[0] == "est" || after[0] == "sont") && ["un", "une", "des", "d"].contains(after[1])
    }

    static let genusWords: [[String]] = [["une", "form"], ["un", "typ"], ["une", "sort"], ["un", "ensembl"], ["un", "mode"], ["une", "modalit"]]

    /// `…celle-ci devient un travail pair, c'est-à-dire, une forme d'entraide où…`: a known
    /// term glossed by a genus (`une forme de`, `un type de`…), not any `c'est-à-dire`.
    /// What a gloss opens with: `c'est-à-dire`, `à savoir`, `autrement dit`, `entendez par là`.
    static let glossMarkers = ["-à-dire", "à savoir", "autrement dit", "entendez par là"]

    static func glossedTerm(_ sentence: String, knownTerms: [[String]]) -> String? {
        let markers = [", c’est-à-dire", ", c'est-à-dire", ", à savoir", " à savoir", ", autrement dit", ", entendez par là"]
        guard let gloss = markers.lazy.compactMap({ sentence.range(of: $0) }).first else { return nil }
        var before = String(sentence[..<gloss.lowerBound]).trimmingCharacters(in: .init(charactersIn: " ,"))
        // `deux médiateurs de santé pairs (MSP), autrement dit…`: the acronym names the phrase before it.
        var acronym = ""
        if before.hasSuffix(")"), let open = before.range(of: " (", options: .backwards),
           case let inner = before[open.upperBound...].dropLast(), (2...6).contains(inner.count), inner.allSatisfy({ $0.isUppercase })
        {
            acronym = " (" + inner + ")"
            before = String(before[..<open.lowerBound])
        }
        let afterWords = TermKey.words(String(sentence[gloss.upperBound...].prefix(40)))
        // `le chemin du rétablissement, c'est-à-dire du fait de…`, `faite au rétablissement,
        // c'est-à-dire au processus…`: the gloss repeats the preposition of the phrase it explains.
        if let first = afterWords.first, ["du", "au", "aux"].contains(first), let phrase = prepositionPhrase(before, preposition: first) {
            return phrase
        }
        let genus = genusWords.contains(where: { genus in afterWords.count >= 2 && afterWords[0] == genus[0] && afterWords[1].hasPrefix(genus[1]) })
        let words = TermKey.words(before)
        // A known term glossed by a genus (`…un travail pair, c'est-à-dire, une forme d'entraide`).
        if genus, let term = knownTerms.filter({ !$0.isEmpty && words.count >= $0.count && words.suffix($0.count).elementsEqual($0) }).max(by: { $0.count < $1.count }) {
            return termName(in: before, wordCount: term.count, skipping: words.count - term.count)
        }
        // A term set apart as such, glossed by a noun phrase: `ce que l'on appelle les savoirs
        // expérientiels, à savoir les connaissances…`, `une « expertise d'usage » à savoir des
        // compétences…`.
        // (`c'est-à-dire ce qu'il a appris…`, `tout ce que…` gloss an unmarked phrase below.)
        let relativeGloss = afterWords.count >= 2 && (afterWords[0] == "ce" || afterWords[0] == "tout" && afterWords[1] == "ce")
        if relativeGloss, sentence[gloss].hasPrefix(",") {
            return GlossedPhrase.term(before: before, gloss: String(sentence[gloss.upperBound...]))
        }
        guard afterWords.count >= 2, ["le", "la", "les", "l", "un", "une", "des", "d", "de", "du"].contains(afterWords[0]) else { return nil }
        if before.hasSuffix("»") || before.hasSuffix("”"), let open = before.lastIndex(where: { "«“".contains($0) }) {
            let name = before[before.index(after: open)...].dropLast().trimmingCharacters(in: .init(charactersIn: " \u{a0}\u{202f}"))
            return (1...5).contains(name.split(separator: " ").count) ? name : nil
        }
        for marker in ["appelle ", "appellent ", "appelé ", "appelés ", "nomme ", "nomment ", "qualifie de "] {
            if let range = before.range(of: marker, options: .backwards), before.distance(from: range.upperBound, to: before.endIndex) < 60 {
                return namedPhrase(before[range.upperBound...])
            }
        }
        // Nothing sets a term apart: the noun phrase right before the comma, if the gloss defines
        // it; with an acronym, the words it abbreviates (`médiateurs de santé pairs (MSP)`).
        guard sentence[gloss].hasPrefix(",") else { return nil }
        if !acronym.isEmpty, let phrase = GlossedPhrase.spelledOut(before: before, acronym: String(acronym.dropFirst(2).dropLast())) {
            return phrase + acronym
        }
        return GlossedPhrase.term(before: before, gloss: String(sentence[gloss.upperBound...])).map { $0 + acronym }
    }

    /// The noun phrase after the last `du`/`au`/`aux` of `before` (up to four words, a noun at
    /// its head, no generic word alone).
    static func prepositionPhrase(_ before: String, preposition: String) -> String? {
        guard let range = before.range(of: " " + preposition + " ", options: [.backwards, .caseInsensitive]) else { return nil }
        let phrase = before[range.upperBound...]
        let words = phrase.split(separator: " ")
        guard (1...4).contains(words.count), words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" } }),
              let head = words.first, head.first?.isLowercase == true,
              FrenchMorphology.shared?.can(String(head), be: .noun) != false,
              words.count > 1 || !FrenchWordLists.genericNouns.contains(TermKey.word(String(head)))
        else { return nil }
        return String(phrase)
    }

    /// `L'aller-vers, c'est le fait de…` in a later sentence: a short noun phrase opening the
    /// sentence, then `, c'est`.
    static func laterCommaCest(_ sentence: String) -> String? {
        guard includes(sentence, ", c"), sentence.range(of: ", c’est ") ?? sentence.range(of: ", c'est ") != nil else { return nil }
        let words = TermKey.words(String(sentence.prefix(120)))
        var start = 0
        while start < words.count, determiners.contains(words[start]) { start += 1 }
        guard start > 0, start < words.count, let term = commaCestTerm(sentence, words: words, from: start), term.count <= 4 else { return nil }
        return termName(in: sentence, wordCount: term.count, skipping: start)
    }

    /// `… Ils sont appelés Patients Intervenant (PI).`, `On parlera de savoirs expérientiels`,
    /// `Les travailleurs pairs sont des personnes…`: the term a later sentence defines, never
    /// a pronoun (`Il désigne…` names nothing).
    static func laterSentenceTerm(_ sentence: String) -> (String, Evidence)? {
        let words = TermKey.words(sentence)
        let markers: [[String]] = [
            ["sont", "appel"], ["est", "appel"], ["parfoi", "appel"], ["aussi", "appel"], ["on", "parlera", "alor", "de"], ["on", "parlera", "de"],
            ["on", "parl", "de"], ["on", "parl", "d"], ["on", "parl", "plu", "volontier", "de"], ["on", "parl", "plutot", "de"], ["on", "parl", "aussi", "de"],
            ["on", "entend", "par"], ["appelon", "ca"], ["appelon", "cela"], ["appel", "ca"],
            ["on", "appel"], ["nou", "appelon"], ["on", "nomm"], ["nou", "nommon"],
        ]
        // `On appelle X une personne…`: the name, then what it names.
        let namingMarkers: [[String]] = [["on", "entend", "par"], ["on", "appel"], ["nou", "appelon"], ["on", "nomm"], ["nou", "nommon"]]
        for marker in markers {
            let length = marker.count
            // (A short marker word matches whole: `d` is not the start of `différemment`.)
            for index in words.indices where index + length < words.count && zip(words[index..<index + length], marker).allSatisfy({ $0 == $1 || $1.count >= 4 && $0.hasPrefix($1) }) {
                var start = index + length
                // `dès lors`, articles: `on parlera dès lors de savoirs…`, `sont appelés les…`.
                while start < words.count, ["de", "des", "du", "la", "le", "les", "l", "d", "dor", "lor"].contains(words[start]) { start += 1 }
                guard let begin = span(in: sentence, from: start, count: 1)?.lowerBound, var name = namedPhrase(sentence[begin...]) else { return nil }
                // `on parle de X` names a term where it opens the sentence or says when (`lorsque`);
                // `… et on parlera de foot` only says what will be talked about.
                if marker.starts(with: ["on", "parl"]) || marker == ["on", "parlera", "de"] {
                    let after = words[min(words.count, start + TermKey.words(name).count)...].prefix(2)
                    // (or a gloss after a colon: `on parle de pair-émulation : la transmission…`)
                    let glossed = sentence.range(of: name).map { sentence[$0.upperBound...].trimmed.hasPrefix(":") } ?? false
                    guard index == 0 || glossed || after.contains(where: { ["lorsqu", "lorsque", "quand", "si", "pour"].contains($0) }) else { return nil }
                }
                // `On entend par dévoilement de soi le fait, pour…`: the name stops at its object's article.
                if namingMarkers.contains(marker) {
                    let all = name.split(separator: " ")
                    let kept = all.prefix { !["le", "la", "les", "un", "une", "des"].contains($0.lowercased()) && !$0.lowercased().hasPrefix("l'") && !$0.lowercased().hasPrefix("l’") }
                    // `On appelle les urgences.`: a name without what it names is no definition.
                    guard !kept.isEmpty, marker == ["on", "entend", "par"] || kept.count < all.count && index <= 1 else { return nil }
                    name = kept.joined(separator: " ")
                }
                return (name, .strong("named-as"))
            }
        }
        // `Dans cette fiche, les pairs-aidants sont définis comme :` (weak: scoped to one text);
        // `Dans notre projet, les pairs sont des personnes…` defines nothing.
        if let scope = subjectScope(sentence), let (name, evidence) = laterSentenceTerm(scope.clause) {
            guard scope.scoped else { return (name, evidence) }
            // (`Dans ce guide, le terme « X » désigne…`: how one text uses a word, no definition.)
            return evidence.strength == .strong && !["named-as", "announced-word"].contains(evidence.form) ? (name, .weak("scoped-sentence")) : nil
        }
        var start = 0
        while start < words.count, determiners.contains(words[start]) { start += 1 }
        // `Le terme d'aller-vers qualifie les démarches…`, later in a paragraph.
        if start > 0, start < words.count, let (term, skip) = OpeningForms.announcedWord(words, from: start) {
            return (termName(in: sentence, wordCount: term.count, skipping: start + skip), .strong("announced-word"))
        }
        guard start > 0 || words.first.map({ !pronouns.contains($0) }) == true,
              let term = strongPatternTerm(words, from: start),
              !(start > 0 && ["ce", "cet", "cette"].contains(words[start - 1]) && term.count == 1)
        else { return nil }
        let explicit = strongPatternTerm(words, from: start, patterns: explicitPatterns) != nil
        return (termName(in: sentence, wordCount: term.count, skipping: start), explicit ? .strong("defining-verb") : .weak("defining-sentence"))
    }

    /// The name a sentence gives after `on parlera de`, `sont appelés`…: up to six words,
    /// never across punctuation or a closing quote, and up to the first grammatical word
    /// (`savoirs expérientiels, qui…` → two words; `« patient ressource » ; en troisième…` →
    /// two), with the acronym that follows (`Patients Intervenant (PI)`).
    static func namedPhrase(_ text: Substring) -> String? {
        let body = text.drop { "«“\" \u{a0}\u{202f}".contains($0) }
        let clause = body.prefix { !"»”\";,:.!?()".contains($0) }
        var words: [Substring] = []
        for word in clause.split(separator: " ") {
            let bare = word.trimmingCharacters(in: .init(charactersIn: "\u{a0}\u{202f}")).lowercased()
            if words.count == 6 || ["qui", "que", "dont", "et", "si", "à", "au", "pour", "lorsque", "quand", "en"].contains(bare) { break }
            words.append(word)
        }
        while let last = words.last, ["de", "des", "du", "la", "le", "les", "par", "l", "d"].contains(last.lowercased()) { words.removeLast() }
        guard let first = words.first, let last = words.last else { return nil }
        var end = last.endIndex
        if let acronym = acronymEnd(text[end...]) { end = acronym }
        return String(text[first.startIndex..<end]).trimmingCharacters(in: .init(charactersIn: " \u{a0}\u{202f}"))
    }

    /// Sentences: cut after `.`, `!` or `?` followed by a space and a capital.
    static func sentences(of text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var previous: Character = " "
        var afterStop = false
        for character in text {
            if afterStop, character.isUppercase, previous == " " {
                result.append(current.trimmed)
                current = ""
            }
            if ".!?".contains(character) { afterStop = true } else if character != " " { afterStop = false }
            current.append(character)
            previous = character
        }
        if !current.trimmed.isEmpty { result.append(current.trimmed) }
        return result
    }

    /// Any noun phrase (up to 8 words) when what follows leaves no doubt: `X désigne…`,
    /// `X est une personne qui…`, `X sont des personnes…`, `X peut être défini comme…`.
    static let strongPatterns: [[String]] = explicitPatterns + [["est", "un", "personn"], ["sont", "de", "personn"], ["recouvr"]]

    /// The verbs that say a word is being defined (`désigne`, `se définit comme`, `sont
    /// appelés`): strong evidence wherever they are.
    static let explicitPatterns: [[String]] = [
        ["design"], ["peut", "etr", "defini", "comm"], ["peuvent", "etr", "defini", "comm"], ["se", "defini", "comm"], ["sont", "appel"], ["est", "appel"],
        ["sont", "defini", "comm"], ["est", "defini", "comm"], ["s", "entend", "de"], ["s", "entend", "comm"],
        ["se", "defini", "par"], ["est", "entendu", "comm"], ["sont", "entendu", "comm"],
        ["est", "employ", "pour", "design"], ["est", "utilis", "pour", "design"], ["sert", "a", "design"],
    ]

    /// `L'éducation par les pairs, c'est faire appel à…`: the words before `, c'est`.
    static func commaCestTerm(_ sentence: String, words: [String], from start: Int) -> [String]? {
        guard includes(sentence, "est "), let range = sentence.range(of: ", c’est ") ?? sentence.range(of: ", c'est ") else { return nil }
        var head = sentence[..<range.lowerBound]
        // `Le rétablissement, enfin, c'est…`, `Le pair, lui, c'est…`: a word set off between commas.
        if let comma = head.lastIndex(of: ","), head[head.index(after: comma)...].split(separator: " ").count == 1,
           let inserted = head[head.index(after: comma)...].split(separator: " ").first,
           FrenchWordLists.insertedWords.contains(Folding.fold(String(inserted)))
        {
            head = head[..<comma]
        }
        let before = TermKey.words(String(head))
        var first = start
        // `Être pair-aidant, c'est…` defines *pair-aidant*; another verb (`Recruter un pair,
        // c'est…`) says what an act involves.
        if start == 0, words.first == "etr" { first = 1 } else if start == 0, let verb = words.first, FrenchMorphology.shared?.isOnly(verb, .infinitive) == true || verb.hasSuffix("er") && FrenchMorphology.shared?.can(verb, be: .infinitive) == true { return nil }
        let count = before.count - first
        guard (1...5).contains(count), before.count <= words.count else { return nil }
        return Array(words[first..<first + count])
    }

    static func strongPatternTerm(_ words: [String], from start: Int, patterns: [[String]] = strongPatterns) -> [String]? {
        for length in 1...8 where start + length < words.count {
            let rest = words[(start + length)...]
            if patterns.contains(where: { pattern in
                rest.count >= pattern.count && zip(rest.prefix(pattern.count), pattern).allSatisfy { $0.hasPrefix($1) }
            }) {
                let term = Array(words[start..<start + length])
                // A term is a noun phrase: no verb inside it (`les référents pourront être
                // désignés` is a passive), and not a pronoun (`Elle repose sur…`).
                // (`c` is the `c'` of `…, c'est une personne`: the term ends before it.)
                if term.contains(where: { ["est", "sont", "a", "ont", "peut", "peuvent", "etr", "pourront", "doit", "doivent", "c", "se", "s"].contains($0) }) { return nil }
                return pronouns.contains(term[0]) ? nil : term
            }
        }
        return nil
    }

    /// `… est une personne qui…`, `…, c'est quelqu'un qui…`: a genus restricted by a relative clause.
    /// (`copulaOnly`: in a later sentence, where `Un pair, c'est quelqu'un qui peut dire…` is
    /// a remark more often than a definition.)
    static func definesAKind(_ sentence: String, copulaOnly: Bool = false) -> Bool {
        let folded = Folding.fold(String(sentence.prefix(160))).replacing("’", with: "'")
        for marker in [" est un ", " est une "] + (copulaOnly ? [] : [", c'est un ", ", c'est une ", ", c'est quelqu'un "]) {
            guard let range = folded.range(of: marker) else { continue }
            if marker.hasSuffix("quelqu'un ") { return folded[range.upperBound...].hasPrefix("qui ") }
            let after = folded[range.upperBound...].split(separator: " ").prefix(3).map(String.init)
            guard let noun = after.first, FrenchWordLists.genusNouns.contains(TermKey.word(noun)) else { return false }
            return after.dropFirst().contains { ["qui", "dont", "ou"].contains($0) }
        }
        return false
    }

    /// A sentence inside quotation marks: someone's words, quoted.
    static func isQuoted(_ sentence: String) -> Bool {
        // (`✗ « La pair-émulation, c'est juste… »`: a mark before the quotation.)
        sentence.drop { !$0.isLetter && !"«“\"".contains($0) }.first.map { "«“\"".contains($0) } == true
    }

    /// Summaries repeat definitions given above; reference lists hold titles, not definitions.
    static func skipped(_ block: GuideWalk.Block, walk: GuideWalk) -> Bool {
        walk.foldedPath(of: block.section).contains { part in
            part.hasPrefix("en resume") || FrenchWordLists.isReferencePartTitle(part)
        }
    }

    static func matches(_ words: [String], at start: Int, _ term: [String]) -> Bool {
        !term.isEmpty && start + term.count <= words.count && words[start..<start + term.count].elementsEqual(term)
    }

    /// `est un/une/le…` right after the term (or after an apposition), or a defining verb
    /// within the next words.
    static func isDefining(_ after: [String], window: Int) -> Bool {
        if after.count >= 2, after[0] == "est" || after[0] == "sont", copulaObjects.contains(after[1]) { return true }
        func has(_ verb: [String], within window: Int) -> Bool {
            let scope = Array(after.prefix(window))
            return scope.indices.contains { index in
                index + verb.count <= scope.count && zip(scope[index..<index + verb.count], verb).allSatisfy { $0.hasPrefix($1) }
            }
        }
        return verbs.contains { has($0, within: window) } || has(["on", "entend"], within: after.count)
    }

    /// The term as the text writes it: the words after the determiners. Counted in key words,
    /// which split compounds (`pair-aidance` is two), so each written word counts for its keys.
    static func termName(in text: String, wordCount: Int, skipping: Int) -> String {
        guard let range = span(in: text, from: skipping, count: wordCount) else { return String(text.prefix(40)) }
        var last = range.upperBound
        // `Médiateur de Santé-Pair (MSP)`: the acronym that follows is part of the name.
        if let acronym = acronymEnd(text[last...]) { last = acronym }
        return String(text[range.lowerBound..<last])
    }

    /// ` (MSP)` at the start of `text`: where it ends (a scan; regex literals are slow here).
    static func acronymEnd(_ text: Substring) -> String.Index? {
        guard text.hasPrefix(" (") else { return nil }
        let letters = text.dropFirst(2).prefix { $0.isASCII && $0.isUppercase }
        guard (2...6).contains(letters.count), letters.endIndex < text.endIndex, text[letters.endIndex] == ")" else { return nil }
        return text.index(after: letters.endIndex)
    }

    /// Where the key words `from..<from + count` of `text` are written.
    static func span(in text: String, from: Int, count: Int) -> Range<String.Index>? {
        var key = 0
        var first: String.Index?
        for word in FrenchWords.words(in: text) {
            let keys = max(1, TermKey.words(String(word)).count)
            if key == from { first = word.startIndex }
            key += keys
            if let first, key >= from + count { return first..<word.endIndex }
            if key > from, first == nil { return nil }
        }
        return nil
    }
}
