import GuidesModel
import GuidesText

/// Definitions set inside a sentence rather than at its start, as reports and magazines write
/// them in passing. Each form sets the term apart (a naming phrase, an acronym, a demonstrative,
/// parentheses) and glosses it with a noun phrase:
///
/// - `Ce que nous appelons pair-aidance familiale, c'est…`, `…: c'est ce qu'on appelle le
///   dévoilement de soi` (strong: the text names what it describes);
/// - `…celui de médiateur de santé pair (MSP) : un professionnel qui…` (weak);
/// - `…une même boussole : le rétablissement, ce cheminement personnel par lequel…` (weak);
/// - `…les groupes d'entraide mutuelle (des associations d'usagers, … où…)` (weak).
///
/// `Sonia est ce qu'on appelle ici une « paire-aidante »` describes one person: the naming
/// phrase must follow `c'est` or open the sentence.
enum InlineGlosses {
    static func term(in sentence: String) -> (String, Evidence)? {
        if includes(sentence, "appel") || includes(sentence, "nomm"), let name = named(sentence) { return (name, .strong("named-as")) }
        if includes(sentence, ") : "), let name = acronymGloss(sentence) { return (name, .weak("acronym-gloss")) }
        if includes(sentence, ", ce ") || includes(sentence, ", cette ") || includes(sentence, ", cet "), let name = demonstrativeGloss(sentence) {
            return (name, .weak("gloss"))
        }
        if includes(sentence, " (un") || includes(sentence, " (des ") || includes(sentence, " (le ") || includes(sentence, " (la "), let name = parenthesisGloss(sentence) {
            return (name, .weak("gloss"))
        }
        return nil
    }

    /// Naming phrases, as key words, and whether they may only follow `c'est`.
    static let namingPhrases: [[String]] = [
        ["ce", "que", "nou", "appelon"], ["ce", "que", "l", "on", "appel"], ["ce", "qu", "on", "appel"], ["ce", "que", "l", "on", "nomm"], ["ce", "qu", "on", "nomm"],
    ]

    static func named(_ sentence: String) -> String? {
        let words = TermKey.words(sentence)
        for phrase in namingPhrases {
            guard let index = words.indices.first(where: { index in
                index + phrase.count < words.count && zip(words[index...], phrase).allSatisfy { $0 == $1 || $1.count >= 4 && $0.hasPrefix($1) }
            }) else { continue }
            // `Ce que nous appelons X, c'est…` opens the sentence; `…, c'est ce qu'on appelle X` follows `c'est`.
            let opens = index == 0
            let afterCest = index >= 2 && words[index - 2] == "c" && words[index - 1] == "est"
            guard opens || afterCest else { return nil }
            var start = index + phrase.count
            while start < words.count, ["le", "la", "les", "l", "un", "une", "des", "d", "de", "du"].contains(words[start]) { start += 1 }
            guard let begin = SentenceDefinitionExtractor.span(in: sentence, from: start, count: 1)?.lowerBound,
                  let name = SentenceDefinitionExtractor.namedPhrase(sentence[begin...]),
                  // `ce qu'on appelle ici…`: an adverb says how one place speaks.
                  !TermShape.isAdverb(String(name.split(separator: " ").first ?? ""))
            else { return nil }
            return opens ? (includes(sentence, ", c'est") || includes(sentence, ", c’est") ? name : nil) : name
        }
        return nil
    }

    /// `…de médiateur de santé pair (MSP) : un professionnel qui…`: the words the acronym
    /// abbreviates, glossed after the colon by an indefinite noun phrase.
    static func acronymGloss(_ sentence: String) -> String? {
        guard let colon = sentence.range(of: ") : "), let open = sentence[..<colon.lowerBound].lastIndex(of: "(") else { return nil }
        let acronym = sentence[sentence.index(after: open)..<colon.lowerBound]
        guard AcronymExpansions.isAcronym(acronym) else { return nil }
        let gloss = TermKey.words(String(sentence[colon.upperBound...].prefix(60)))
        // (`… (AAH) : une partie des revenus…` continues the sentence: the gloss names a genus.)
        guard gloss.count >= 4, ["un", "une", "des"].contains(gloss[0]), FrenchWordLists.genusNouns.contains(gloss[1]) else { return nil }
        let before = String(sentence[..<open]).trimmingCharacters(in: .whitespaces)
        return AcronymExpansions.expansion(of: String(acronym), endingAt: before).map { $0 + " (" + acronym + ")" }
    }

    /// `… : le rétablissement, ce cheminement personnel par lequel…`: a noun phrase, then a
    /// demonstrative noun phrase restricted by a relative clause.
    static func demonstrativeGloss(_ sentence: String) -> String? {
        guard let comma = [", ce ", ", cette ", ", cet "].compactMap({ sentence.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let gloss = String(sentence[comma.upperBound...])
        let glossWords = TermKey.words(String(gloss.prefix(80)))
        // `…, ce qui…`, `…, ce n'est…`: a clause, not a demonstrative noun phrase.
        guard let noun = gloss.split(separator: " ").first.map(String.init), FrenchMorphology.shared?.can(noun, be: .noun) != false,
              !["qui", "que", "qu", "quoi", "dont", "n", "est", "sont", "sera", "serait"].contains(TermKey.word(noun))
        else { return nil }
        guard glossWords.prefix(5).contains(where: { ["qui", "dont", "ou", "lequel", "laquel", "lesquel", "que"].contains($0) }), glossWords.count >= 6 else { return nil }
        var before = String(sentence[..<comma.lowerBound])
        // The phrase starts after a colon, if any (`une même boussole : le rétablissement`).
        if let colon = before.range(of: " : ", options: .backwards) { before = String(before[colon.upperBound...]) }
        return GlossedPhrase.term(before: before, gloss: gloss)
    }

    /// `…les groupes d'entraide mutuelle (des associations d'usagers, …)`: a noun phrase glossed
    /// in parentheses by an indefinite noun phrase of six words or more.
    static func parenthesisGloss(_ sentence: String) -> String? {
        guard let open = sentence.firstIndex(of: "("), let close = sentence[open...].firstIndex(of: ")") else { return nil }
        let inner = String(sentence[sentence.index(after: open)..<close])
        let words = TermKey.words(inner)
        guard words.count >= 6, ["un", "une", "des"].contains(words[0]),
              // A genus (`des associations…`), not examples (`un quartier, un groupe…`).
              words.dropFirst().first.map({ FrenchWordLists.genusNouns.contains($0) }) == true
        else { return nil }
        let before = String(sentence[..<open]).trimmingCharacters(in: .whitespaces)
        // (The whole parenthesis is the gloss, commas included.)
        return GlossedPhrase.term(before: before, gloss: inner.replacingOccurrences(of: ",", with: ""))
    }
}
