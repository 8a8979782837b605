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
    /// Substrings without which a sentence cannot match the patterns (checked before the
    /// costlier word analysis).
    static let firstSentenceTriggers = [" est ", " sont ", "c’est", "c'est", "désign", "référence", "repose", "consist", "renvoi", "correspond", "signifi", "défini", "entend", "on parle", "on appelle", "appel"]
    static let laterSentenceTriggers = ["appel", "parler", "personne", "désign", "défini"]  // also on first sentences the main pass left

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
            let sentence = String(block.text.prefix { $0 != "." }.prefix(300))
            // Cheap test first: no defining word, no definition.
            let lowered = sentence.lowercased()
            guard firstSentenceTriggers.contains(where: { includes(lowered, $0) }) else { continue }
            if let section = block.section, block.isItem, ReferenceExtractor.isGlossaryTerm(section, walk: walk),
               DefinitionExtractor.isTerm(walk.guide.sections[section].title) { continue }
            if skipped(block, walk: walk) { continue }
            var words = TermKey.words(sentence)
            var start = 0
            // `On parle de X lorsque…`, `On appelle X…`
            if words.starts(with: ["on", "parl", "de"]) { start = 3 } else if words.starts(with: ["on", "appel"]) { start = 2 }
            while start < words.count, determiners.contains(words[start]) { start += 1 }
            guard start < words.count else { continue }
            let title = block.section.map { TermKey.words(DefinitionExtractor.unnumbered(walk.guide.sections[$0].title)) }
            let candidates = knownTerms + (title.map { [$0] } ?? []).filter { $0.count <= 4 }
            guard let term = candidates.filter({ matches(words, at: start, $0) }).max(by: { $0.count < $1.count })
                ?? strongPatternTerm(words, from: start) ?? commaCestTerm(sentence, words: words, from: start)
            else { continue }
            let after = Array(words[(start + term.count)...].prefix(14))
            let name = termName(in: block.text, wordCount: term.count, skipping: start)
            // `L'empowerment, ou autonomisation, …, fait référence`: an apposition widens the window.
            let apposition = block.text.range(of: name).map { block.text[$0.upperBound...].hasPrefix(",") } ?? false
            guard isDefining(after, window: apposition ? 12 : verbWindow) || start >= 2 && words[0] == "on"
                    || after.starts(with: ["c", "est"])
            else { continue }
            words = []
            result.append(Definition(term: name, text: block.text, provenance: walk.provenance(of: block)))
        }
        // Later sentences of a paragraph, with the unambiguous patterns only.
        for block in walk.blocks where (block.kind == .paragraph || block.isItem) && !excludingLines.contains(block.line) && block.text.count >= 80 && !skipped(block, walk: walk) {
            let found = Set(result.filter { $0.provenance.line == block.line }.map { TermKey.make($0.term) })
            var terms = found
            // The first sentence too when the main pass took nothing from it (`…, parfois appelé X`).
            for sentence in sentences(of: block.text).dropFirst(found.isEmpty ? 0 : 1) {
                let lowered = sentence.lowercased()
                guard laterSentenceTriggers.contains(where: { includes(lowered, $0) }), let name = laterSentenceTerm(sentence), terms.insert(TermKey.make(name)).inserted else { continue }
                result.append(Definition(term: name, text: sentence, provenance: walk.provenance(of: block)))
            }
        }
        return result
    }

    /// `… Ils sont appelés Patients Intervenant (PI).`, `On parlera de savoirs expérientiels`,
    /// `Les travailleurs pairs sont des personnes…`: the term a later sentence defines, never
    /// a pronoun (`Il désigne…` names nothing).
    static func laterSentenceTerm(_ sentence: String) -> String? {
        let words = TermKey.words(sentence)
        for (marker, length) in [(["sont", "appel"], 2), (["est", "appel"], 2), (["parfoi", "appel"], 2), (["aussi", "appel"], 2), (["on", "parlera", "de"], 3), (["on", "parl", "de"], 3)] {
            for index in words.indices where index + length < words.count && zip(words[index..<index + length], marker).allSatisfy({ $0.hasPrefix($1) }) {
                var start = index + length
                if words[start] == "dor" || words[start] == "lor" { start += 1 }  // `dès lors`
                let raw = FrenchWords.words(in: sentence)
                while start < raw.count, ["de", "des", "du", "la", "le", "les", "l", "d", "dès", "lors"].contains(raw[start].lowercased()) { start += 1 }
                guard start < raw.count else { return nil }
                let phrase = Array(raw[start..<min(raw.count, start + 4)])
                // Up to the first grammatical word: `savoirs expérientiels, qui…` → two words.
                let stop = phrase.firstIndex { ["qui", "que", "dont", "et", "si", "à", "au", "pour"].contains($0.lowercased()) } ?? phrase.count
                guard stop > 0 else { return nil }
                var end = phrase[stop - 1].endIndex
                // Not across a comma: `savoirs expérientiels, qui` stops at the comma.
                if let comma = sentence[phrase[0].startIndex..<end].firstIndex(of: ",") { end = comma }
                if let acronym = sentence[end...].firstMatch(of: /^ \([A-Z]{2,6}\)/) { end = acronym.range.upperBound }
                if sentence[end...].hasPrefix(")") { end = sentence.index(after: end) }
                return String(sentence[phrase[0].startIndex..<end])
            }
        }
        var start = 0
        while start < words.count, determiners.contains(words[start]) { start += 1 }
        guard start > 0 || words.first.map({ !["il", "elle", "ce", "cela", "ceux", "ils", "elles", "on"].contains($0) }) == true,
              let term = strongPatternTerm(words, from: start), !["il", "elle", "ce", "cela", "ceci", "ceux"].contains(term[0]),
              !(start > 0 && ["ce", "cet", "cette"].contains(words[start - 1]) && term.count == 1)
        else { return nil }
        return termName(in: sentence, wordCount: term.count, skipping: start)
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
        ["se", "defini", "comm"], ["sont", "appel"], ["est", "appel"],
    ]

    /// `L'éducation par les pairs, c'est faire appel à…`: the words before `, c'est`.
    static func commaCestTerm(_ sentence: String, words: [String], from start: Int) -> [String]? {
        guard let range = sentence.range(of: ", c’est ") ?? sentence.range(of: ", c'est ") else { return nil }
        let before = TermKey.words(String(sentence[..<range.lowerBound]))
        let count = before.count - start
        guard (1...5).contains(count), before.count <= words.count else { return nil }
        return Array(words[start..<start + count])
    }

    static func strongPatternTerm(_ words: [String], from start: Int) -> [String]? {
        for length in 1...8 where start + length < words.count {
            let rest = words[(start + length)...]
            if strongPatterns.contains(where: { pattern in
                rest.count >= pattern.count && zip(rest.prefix(pattern.count), pattern).allSatisfy { $0.hasPrefix($1) }
            }) {
                let term = Array(words[start..<start + length])
                // A term is a noun phrase: no verb of being inside it.
                return term.contains { ["est", "sont", "a", "ont", "peut"].contains($0) } ? nil : term
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

    /// The term as the text writes it: the words after the determiners.
    static func termName(in text: String, wordCount: Int, skipping: Int) -> String {
        let words = FrenchWords.words(in: text)
        guard skipping + wordCount <= words.count else { return String(text.prefix(40)) }
        let first = words[skipping].startIndex
        var last = words[skipping + wordCount - 1].endIndex
        // `Médiateur de Santé-Pair (MSP)`: the acronym that follows is part of the name.
        if let acronym = text[last...].firstMatch(of: /^ \([A-Z]{2,6}\)/) { last = acronym.range.upperBound }
        return String(text[first..<last])
    }
}
