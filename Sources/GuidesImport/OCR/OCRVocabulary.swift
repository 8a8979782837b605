import GuidesText

/// The words OCR repair judges by: the lexicon (word lists and the clean guides), and how often
/// each word occurs in the clean guides and in the document being repaired.
///
/// Frequency decides where the lists alone cannot: `metre` is one letter from `mètre` and from
/// `mettre`, and a French text writes `mettre`; `plate-` / `forme` at a line end is `plateforme`
/// when that is how the document spells it elsewhere.
struct OCRVocabulary {
    let lexicon: FrenchLexicon
    /// Lowercased words of the document (OCR text, damage included) and their counts.
    private let document: [String: Int]

    init(lexicon: FrenchLexicon, document lines: [SourceLine] = []) {
        self.lexicon = lexicon
        var counts: [String: Int] = [:]
        var names = Set<String>()
        for line in lines {
            for word in FrenchWords.words(in: line.text) { counts[word.lowercased(), default: 0] += 1 }
            names.formUnion(FrenchWords.capitalisedMidSentence(in: line.text).map { $0.lowercased() })
        }
        document = counts
        documentNames = names
    }

    /// Words the document capitalises inside a line and a sentence.
    private let documentNames: Set<String>

    /// Whether `word` is a name: the document (inside its lines) or the clean guides capitalise
    /// it within a sentence, or the morphology knows it as a first name or proper noun.
    func isName(_ word: String) -> Bool {
        documentNames.contains(word.lowercased()) || lexicon.isCapitalisedMidSentence(word)
            || FrenchMorphology.shared?.can(word.capitalizedFirst, be: .name) == true
    }

    /// Occurrences of `word` in the clean guides and in the document. Texts are counted in
    /// words split at apostrophes, so `aujourd'hui` counts as its rarer piece.
    func frequency(of word: String) -> Int {
        let pieces = word.lowercased().split(whereSeparator: { $0 == "'" || $0 == "’" })
        return pieces.map { lexicon.corpusCount(of: $0) + document[String($0), default: 0] }.min() ?? 0
    }
}
