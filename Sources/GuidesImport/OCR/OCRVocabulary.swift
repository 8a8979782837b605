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
        for line in lines {
            for word in FrenchWords.words(in: line.text) { counts[word.lowercased(), default: 0] += 1 }
        }
        document = counts
    }

    /// Occurrences of `word` in the clean guides and in the document.
    func frequency(of word: String) -> Int {
        let lowered = word.lowercased()
        return lexicon.corpusCount(of: lowered) + document[lowered, default: 0]
    }
}
