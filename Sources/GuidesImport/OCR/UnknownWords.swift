import GuidesText

/// Words of a text that the lexicon does not know: what is left for an editor to check after
/// an import, and the measure of how much OCR damage remains.
///
/// Names (capitalised words), acronyms, URLs, e-mail addresses, numbers and English words are
/// not counted: the lexicon cannot judge them.
public enum UnknownWords {
    public struct Occurrence: Hashable, Sendable {
        public var line: Int
        public var column: Int
        public var word: String
    }

    public static func find(in text: String, lexicon: FrenchLexicon) -> [Occurrence] {
        var result: [Occurrence] = []
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var column = 1
            var insideURLLink = false
            for chunk in line.split(separator: " ", omittingEmptySubsequences: false) {
                defer { column += chunk.count + 1 }
                if chunk.hasPrefix("[http") || chunk.hasPrefix("<http") { insideURLLink = true }
                let isURL = insideURLLink || chunk.looksLikeURL
                if chunk.contains("](") || chunk.contains(">") { insideURLLink = false }
                guard !isURL else { continue }
                let chunkText = String(chunk.split(separator: "](").first ?? chunk)
                for word in FrenchWords.words(in: chunkText) where isJudged(word, lexicon: lexicon) {
                    let offset = chunkText.distance(from: chunkText.startIndex, to: word.startIndex)
                    result.append(Occurrence(line: lineIndex + 1, column: column + offset, word: String(word)))
                }
            }
        }
        return result
    }

    /// A lowercase word of 2+ letters that is neither French (as a whole, or with a ligature
    /// spelled out) nor English.
    static func isJudged(_ word: Substring, lexicon: FrenchLexicon) -> Bool {
        guard word.count >= 2, word.first!.isLowercase, !OCRWord.elisions.contains(word.lowercased()) else { return false }
        if lexicon.contains(word) || lexicon.contains(OCRWord.spellingVariantKey(word.lowercased())) { return false }
        return !lexicon.isEnglishWord(word)
    }
}
