import GuidesText

/// Whether a name read off a sentence can be a glossary term, and whether a sentence is scoped
/// to one context: the checks every sentence pattern applies before it proposes a term.
///
/// A wrong term links into every guide, a missing one only hides: so a name is refused when it
/// is a fragment (`Premièrement, le mot « aisance`), starts with a pronoun or an adverb, or is a
/// bare common noun that only a sentence vouches for (`pairs`, `personnes`).
public enum TermShape {
    /// A name a pattern proposes, checked before it becomes a definition.
    /// `weak`: the only evidence is a sentence in running text.
    /// `allowingCommonWord`: the form defines a kind (`Un pair est une personne qui…`), so a
    /// common word may be its term.
    public static func isPlausible(_ name: String, weak: Bool, allowingCommonWord: Bool = false) -> Bool {
        let trimmed = name.trimmed
        guard !trimmed.isEmpty, trimmed.count <= 80 else { return false }
        // A term is a noun phrase: no clause punctuation, no quotation marks inside it.
        if trimmed.contains(where: { ",;:«»“”\"!?".contains($0) }) { return false }
        let words = FrenchWords.words(in: trimmed)
        guard let first = words.first, words.count <= 7 else { return false }
        if isAdverb(String(first)) || SentenceDefinitionExtractor.pronouns.contains(TermKey.word(String(first))) { return false }
        // `Les deux appellations`, `Sa présence`: a count or a possessive opens no term.
        if FrenchWordLists.numberWords.contains(Folding.fold(String(first))) || FrenchWordLists.possessives.contains(Folding.fold(String(first))) { return false }
        // `Ce qui compte, c'est…`: a relative clause, never a term.
        if ["qui", "que", "qu", "quoi", "dont", "ou"].contains(Folding.fold(String(first))) { return false }
        // `Le terme désigne…`: the word for a word names no term.
        if words.count == 1, OpeningForms.wordNouns.contains(TermKey.word(String(first))) { return false }
        guard weak else { return true }
        if FrenchWordLists.evaluativeHeads.contains(Folding.fold(String(first))) { return false }
        // One common word, hyphens aside, vouched for by a sentence only: no term.
        let keys = TermKey.words(trimmed).filter { !TermKey.articles.contains($0) }

        let isAcronym = trimmed.count >= 2 && trimmed.allSatisfy { $0.isUppercase || $0.isNumber }
        if keys.count == 1, !isAcronym, !allowingCommonWord, FrenchWordLists.genericNouns.contains(keys[0]) { return false }
        return true
    }

    /// `Premièrement`, `Ensuite`, `Aujourd'hui`: an adverb, never the start of a term. The
    /// morphology decides when it is installed; the list covers the common sentence openers.
    static func isAdverb(_ word: String) -> Bool {
        let folded = Folding.fold(word)
        if FrenchWordLists.sentenceAdverbs.contains(folded) { return true }
        guard let morphology = FrenchMorphology.shared else { return false }
        let lower = word.lowercased()
        return morphology.isOnly(lower, .adverb)
    }

    /// `Dans ce projet,`, `Pour notre association,`, `Dans le cadre de l'étude,`: a leading
    /// adverbial phrase that limits what follows to one text, project or place. A field (`Dans
    /// le domaine de la santé,`) is no scope.
    public static func isScoping(_ adverbial: String) -> Bool {
        let folded = FrenchWords.words(in: adverbial).map { Folding.fold(String($0)) }
        guard let first = folded.first, ["dans", "pour", "au", "chez", "a", "en", "sur", "selon"].contains(first) else { return false }
        // `Chez Envol,`, `Chez nous,`: at one organisation or among one people.
        if first == "chez" { return true }
        // `Pour moi, le GEM, c'est…`, `Pour elle, …`: one person's view, a testimony.
        if first == "pour", folded.count == 2, ["moi", "toi", "lui", "elle", "nous", "eux", "elles"].contains(folded[1]) { return true }
        return folded.dropFirst().contains { FrenchWordLists.scopingDeterminers.contains($0) || FrenchWordLists.scopingNouns.contains($0) }
    }
}
