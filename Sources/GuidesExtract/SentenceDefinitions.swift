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
        for block in walk.blocks where !block.isHeading && taken[block.line] == nil && block.text.hasAtLeast(60) {
            if let definition = firstSentenceDefinition(block, walk: walk, knownTerms: knownTerms) { result.append(definition) }
        }
        // Later sentences of a paragraph, with the unambiguous patterns only.
        let blocks = walk.blocks
        for block in blocks where block.kind == .quote && block.text.hasAtLeast(80) && !skipped(block, walk: walk) {
            // In a quotation, only a term set apart and glossed (`une “expertise d'usage” à savoir…`).
            for sentence in sentences(of: block.text) where includes(sentence, "à savoir") || includes(sentence, "-à-dire") {
                if let name = glossedTerm(sentence, knownTerms: []), TermShape.isPlausible(name, weak: true) {
                    result.append(Definition(term: name, text: sentence, provenance: walk.provenance(of: block), evidence: .weak("gloss")))
                }
            }
        }
        for (index, block) in blocks.enumerated() where (block.kind == .paragraph || block.isItem) && block.text.hasAtLeast(80) && !skipped(block, walk: walk) {
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
        // (The first full stop found by bytes: this reads every paragraph.)
        let text = block.text
        var firstSentence = String(text[..<(text.utf8.firstIndex(of: UInt8(ascii: ".")) ?? text.endIndex)].prefix(300))
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
}
