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
public enum SentenceDefinitionExtractor {
    /// Substrings without which a sentence cannot match the patterns, as written (byte
    /// search, checked before the costlier word analysis).
    static let firstSentenceTriggers = [" est ", " sont ", "c’est", "c'est", "désign", "référence", "repose", "consist", "renvoi", "correspond", "signifi", "défini", "entend", "on parle", "On parle", "On appelle", "appel", "recouvr", "inscri"]
    static let laterSentenceTriggers = ["appel", "parler", "personne", "désign", "défini"]  // also on first sentences the main pass left

    /// Pronouns as `TermKey` writes them (`elle` → `ell`): a subject that names nothing.
    static let pronouns: Set<String> = ["il", "ils", "ell", "elle", "ce", "cela", "ceci", "ceux", "cell", "celui", "on"]
    static let determiners: Set<String> = ["le", "la", "les", "l", "un", "une", "ce", "cet", "cette", "par", "d", "des"]
    static let copulaObjects: Set<String> = ["un", "une", "le", "la", "l", "de", "d", "des", "ensemble", "processu", "concept", "terme"]
    /// Verbs that define when they come right after the term (within a few words).
    static let verbs: [[String]] = [["design"], ["fait", "referenc"], ["repos", "sur"], ["consist"], ["renvoi"], ["correspond"], ["signifi"], ["se", "defin"]]
    /// How far after the term a defining verb may come (`L'empowerment, ou autonomisation, … fait
    /// référence`), except `on entend`, which may close a long apposition.
    static let verbWindow = 4

    public static func extract(from walk: GuideWalk, knownTerms: [[String]], excludingLines: Set<Int>) -> [Definition] {
        var result: [Definition] = []
        for block in walk.blocks where !block.isHeading && !excludingLines.contains(block.line) && block.text.count >= 60 {
            if let definition = firstSentenceDefinition(block, walk: walk, knownTerms: knownTerms) { result.append(definition) }
        }
        // Later sentences of a paragraph, with the unambiguous patterns only.
        let blocks = walk.blocks
        for (index, block) in blocks.enumerated() where (block.kind == .paragraph || block.isItem) && !excludingLines.contains(block.line) && block.text.count >= 80 && !skipped(block, walk: walk) {
            let found = Set(result.filter { $0.provenance.line == block.line }.map { TermKey.make($0.term) })
            var terms = found
            // The first sentence too when the main pass took nothing from it (`…, parfois appelé X`).
            for (position, sentence) in sentences(of: block.text).enumerated() where position > 0 || found.isEmpty {
                var name: String?
                if laterSentenceTriggers.contains(where: { includes(sentence, $0) }) { name = laterSentenceTerm(sentence) }
                if name == nil, position > 0, includes(sentence, " est ") || includes(sentence, " sont ") {
                    name = knownTermSentence(sentence, knownTerms: knownTerms)
                }
                if name == nil, includes(sentence, "-à-dire") { name = glossedTerm(sentence, knownTerms: knownTerms) }
                guard let name, terms.insert(TermKey.make(name)).inserted else { continue }
                var text = sentence
                // `… les pairs-aidants sont définis comme :` and the quotation that follows.
                if sentence.hasSuffix(":"), index + 1 < blocks.count, blocks[index + 1].kind == .quote { text += " " + blocks[index + 1].text }
                result.append(Definition(term: name, text: text, provenance: walk.provenance(of: block)))
            }
        }
        return result
    }

    /// Openings that put an adverbial phrase before the subject: `Dans le domaine de la santé,
    /// l'expertise profane recouvre…`, `Dans cette fiche, les pairs-aidants sont définis comme`.
    static let adverbialOpenings: Set<String> = ["dan", "pour", "en", "selon", "ainsi", "depui", "aujourd", "chez", "apre"]

    /// The sentence's subject clause: after a short leading adverbial phrase and its comma.
    static func subjectClause(_ sentence: String) -> String? {
        guard includes(sentence, ", "), let comma = sentence.range(of: ", "), let first = TermKey.words(String(sentence.prefix(20))).first,
              adverbialOpenings.contains(first), sentence[..<comma.lowerBound].split(separator: " ").count <= 7
        else { return nil }
        return String(sentence[comma.upperBound...])
    }

    /// Verbs that define any noun phrase in a definitions part (`L'approche par les pairs
    /// s'inscrit dans une dynamique…`), though not in running text.
    static let definitionsPartPatterns: [[String]] = [["s", "inscri", "dan"], ["repos", "sur"], ["consist"], ["renvoi"]]

    /// The main pass: the first sentence of a block, opening with a known term (or the section's
    /// title), or with any noun phrase followed by a strong pattern.
    static func firstSentenceDefinition(_ block: GuideWalk.Block, walk: GuideWalk, knownTerms: [[String]]) -> Definition? {
        let firstSentence = String(block.text.prefix { $0 != "." }.prefix(300))
        // Cheap test first: no defining word, no definition.
        guard firstSentenceTriggers.contains(where: { includes(firstSentence, $0) }) else { return nil }
        if let section = block.section, block.isItem, ReferenceExtractor.isGlossaryTerm(section, walk: walk),
           DefinitionExtractor.isTerm(walk.guide.sections[section].title) { return nil }
        if skipped(block, walk: walk) { return nil }
        let inDefinitionsPart = walk.foldedPath(of: block.section).contains { $0.contains("definition") || $0.contains("glossaire") }
        let title = block.section.map { TermKey.words(DefinitionExtractor.unnumbered(walk.guide.sections[$0].title)) }
        let candidates = knownTerms + (title.map { [$0] } ?? []).filter { $0.count <= 4 }
        for sentence in [firstSentence, subjectClause(firstSentence)].compactMap({ $0 }) {
            let words = TermKey.words(sentence)
            var start = 0
            // `On parle de X lorsque…`, `On appelle X…`
            if words.starts(with: ["on", "parl", "de"]) { start = 3 } else if words.starts(with: ["on", "appel"]) { start = 2 }
            while start < words.count, determiners.contains(words[start]) { start += 1 }
            guard start < words.count else { continue }
            // After a leading adverbial phrase, only the strong patterns: `Selon le Cercle V&S,
            // « la pair aidance est de nature à… »` defines nothing.
            let known = sentence == firstSentence ? candidates.filter({ matches(words, at: start, $0) }).max(by: { $0.count < $1.count }) : nil
            guard let term = known ?? strongPatternTerm(words, from: start)
                ?? (inDefinitionsPart ? strongPatternTerm(words, from: start, patterns: definitionsPartPatterns) : nil)
                ?? commaCestTerm(sentence, words: words, from: start)
            else { continue }
            let after = Array(words[(start + term.count)...].prefix(14))
            var name = termName(in: sentence, wordCount: term.count, skipping: start)
            // `La pair-aidance devient professionnelle lorsqu'elle est structurée…` defines
            // *pair-aidance professionnelle*.
            if known != nil, after.count >= 3, after[0] == "devient", after[2].hasPrefix("lorsqu") || after[2] == "quand",
               let adjective = span(in: sentence, from: start + term.count + 1, count: 1)
            {
                name += " " + sentence[adjective]
                return Definition(term: name, text: block.text, provenance: walk.provenance(of: block))
            }
            // `L'empowerment, ou autonomisation, …, fait référence`: an apposition widens the window.
            let apposition = sentence.range(of: name).map { sentence[$0.upperBound...].hasPrefix(",") } ?? false
            guard known == nil || isDefining(after, window: apposition ? 12 : verbWindow) || start >= 2 && words[0] == "on"
                    || after.starts(with: ["c", "est"])
            else { continue }
            return Definition(term: name, text: block.text, provenance: walk.provenance(of: block))
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
    static func glossedTerm(_ sentence: String, knownTerms: [[String]]) -> String? {
        guard let gloss = sentence.range(of: ", c’est-à-dire") ?? sentence.range(of: ", c'est-à-dire") else { return nil }
        let before = String(sentence[..<gloss.lowerBound])
        let afterWords = TermKey.words(String(sentence[gloss.upperBound...].prefix(40)))
        guard genusWords.contains(where: { genus in afterWords.count >= 2 && afterWords[0] == genus[0] && afterWords[1].hasPrefix(genus[1]) }) else { return nil }
        let words = TermKey.words(before)
        guard let term = knownTerms.filter({ !$0.isEmpty && words.count >= $0.count && words.suffix($0.count).elementsEqual($0) }).max(by: { $0.count < $1.count }) else { return nil }
        return termName(in: before, wordCount: term.count, skipping: words.count - term.count)
    }

    /// `… Ils sont appelés Patients Intervenant (PI).`, `On parlera de savoirs expérientiels`,
    /// `Les travailleurs pairs sont des personnes…`: the term a later sentence defines, never
    /// a pronoun (`Il désigne…` names nothing).
    static func laterSentenceTerm(_ sentence: String) -> String? {
        let words = TermKey.words(sentence)
        for (marker, length) in [(["sont", "appel"], 2), (["est", "appel"], 2), (["parfoi", "appel"], 2), (["aussi", "appel"], 2), (["on", "parlera", "de"], 3), (["on", "parlera", "alor", "de"], 4), (["on", "parl", "de"], 3)] {
            for index in words.indices where index + length < words.count && zip(words[index..<index + length], marker).allSatisfy({ $0.hasPrefix($1) }) {
                var start = index + length
                // `dès lors`, articles: `on parlera dès lors de savoirs…`, `sont appelés les…`.
                while start < words.count, ["de", "des", "du", "la", "le", "les", "l", "d", "dor", "lor"].contains(words[start]) { start += 1 }
                guard let begin = span(in: sentence, from: start, count: 1)?.lowerBound else { return nil }
                return namedPhrase(sentence[begin...])
            }
        }
        // `Dans cette fiche, les pairs-aidants sont définis comme :`
        if let clause = subjectClause(sentence), let name = laterSentenceTerm(clause) { return name }
        var start = 0
        while start < words.count, determiners.contains(words[start]) { start += 1 }
        guard start > 0 || words.first.map({ !pronouns.contains($0) }) == true,
              let term = strongPatternTerm(words, from: start),
              !(start > 0 && ["ce", "cet", "cette"].contains(words[start - 1]) && term.count == 1)
        else { return nil }
        return termName(in: sentence, wordCount: term.count, skipping: start)
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
    static let strongPatterns: [[String]] = [
        ["design"], ["est", "un", "personn"], ["sont", "de", "personn"], ["peut", "etre", "defini", "comm"],
        ["se", "defini", "comm"], ["sont", "appel"], ["est", "appel"], ["sont", "defini", "comm"], ["est", "defini", "comm"],
        ["recouvr"],
    ]

    /// `L'éducation par les pairs, c'est faire appel à…`: the words before `, c'est`.
    static func commaCestTerm(_ sentence: String, words: [String], from start: Int) -> [String]? {
        guard includes(sentence, "est "), let range = sentence.range(of: ", c’est ") ?? sentence.range(of: ", c'est ") else { return nil }
        let before = TermKey.words(String(sentence[..<range.lowerBound]))
        let count = before.count - start
        guard (1...5).contains(count), before.count <= words.count else { return nil }
        return Array(words[start..<start + count])
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
                if term.contains(where: { ["est", "sont", "a", "ont", "peut", "peuvent", "etre", "pourront", "doit", "doivent"].contains($0) }) { return nil }
                return pronouns.contains(term[0]) ? nil : term
            }
        }
        return nil
    }

    /// Summaries repeat definitions given above; reference lists hold titles, not definitions.
    static func skipped(_ block: GuideWalk.Block, walk: GuideWalk) -> Bool {
        walk.foldedPath(of: block.section).contains { part in
            part.hasPrefix("en resume") || ReferenceExtractor.parts.contains { includes(part, $0) }
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
