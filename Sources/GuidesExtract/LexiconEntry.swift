import GuidesText

/// The head line of a dictionary-style lexicon entry: `Autostigmatisation n.f.`, `Savoir
/// expérientiel loc. n.m.`, `MSP abrév.`. The grammatical tags are no part of the term, and an
/// abbreviation's entry only spells it out (no definition).
struct LexiconEntry {
    var name: String
    var isAbbreviation = false

    init(_ line: String) {
        var words = line.split(separator: " ")
        while words.count >= 2, let last = words.last, let tag = Self.tag(last) {
            if tag.hasPrefix("abr") || tag == "sigle" || tag == "acronyme" { isAbbreviation = true }
            words.removeLast()
        }
        name = words.joined(separator: " ")
    }

    /// `n.f.` → `n.f.`, `(n.m.)` → `n.m.`: the folded tag, if the word is one.
    static func tag(_ word: Substring) -> String? {
        let folded = Folding.fold(String(word)).trimmingCharacters(in: .init(charactersIn: "()"))
        return FrenchWordLists.partOfSpeechTags.contains(folded) ? folded : nil
    }

    /// `Voir : Pouvoir d'agir.`, `Voir aussi Rétablissement`: a pointer to another entry.
    static func isCrossReference(_ gloss: String) -> Bool {
        let folded = Folding.fold(String(gloss.prefix(12)))
        return folded.hasPrefix("voir ") || folded.hasPrefix("voir:") || folded.hasPrefix("cf.") || folded.hasPrefix("→")
    }
}
