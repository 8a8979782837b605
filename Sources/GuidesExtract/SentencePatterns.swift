import Foundation
import GuidesModel
import GuidesText

/// Word patterns and text helpers the sentence forms share: sentences, the patterns that
/// define, where a term is written.
extension SentenceDefinitionExtractor {
    /// Sentences: cut after `.`, `!` or `?` followed by a space and a capital.
    static func sentences(of text: String) -> [String] {
        // On scalars, slicing the text at each boundary: an uppercase letter after a space,
        // when the last other character was a stop.
        var result: [String] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var previous: Unicode.Scalar = " "
        var afterStop = false
        for index in scalars.indices {
            let scalar = scalars[index]
            if afterStop, previous == " ", scalar.isUppercase {
                result.append(Substring(scalars[start..<index]).trimmed)
                start = index
            }
            if scalar == "." || scalar == "!" || scalar == "?" { afterStop = true } else if scalar != " " { afterStop = false }
            previous = scalar
        }
        let last = Substring(scalars[start...]).trimmed
        if !last.isEmpty { result.append(last) }
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
        walk.isInReferencePart(block.section) || walk.foldedPath(of: block.section).contains { $0.hasPrefix("en resume") }
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
