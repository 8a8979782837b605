/// The OCR damage a repair pass found in a text, by kind: what decides whether `guides import`
/// keeps the repair when neither `--ocr` nor `--no-ocr` is given.
///
/// A rate of unknown words alone misjudges both ways: a clean guide full of names and English
/// titles has many, a fair scan read by tesseract few (0.3–1.4 % on `Tests/ocr`), since its
/// language model turns damage into real words (`à` for `a`, `où` for `ou`). What tells OCR
/// apart is damage the repair can name: forms only OCR writes, and errors it corrects with
/// certainty. On the clean guides and the unseen set's clean texts, forced repair finds none
/// (but one typo), so any of it switches repair on.
public struct OCRDamage: Sendable, Equatable {
    /// Share of lowercase words the lexicon does not know, before repair.
    public var unknownWordRate: Double
    /// Words cut at line ends and joined again: layout, found in any hard-wrapped PDF text,
    /// and joined whatever the rest of the damage.
    public var cutWords = 0
    /// Forms only OCR writes: `11` or `|` for `il`, `I'` for `l'`, a pipe or `¢` in a word,
    /// a bullet read as `e`, letters doubled in two cases.
    public var ocrForms = 0
    /// Words the repair corrects with certainty: lost or added accents, letter confusions,
    /// glued words, `a`/`à`, `où`/`ou`, participles.
    public var wordErrors = 0

    /// Above this share of unknown words, text is taken for OCR output whatever else is found
    /// (clean guides: 0.7–3.8 %, OCR guide 003: 7.3 %).
    public static let unknownRate = 0.05

    public init(unknownWordRate: Double, changes: [OCRChange] = []) {
        self.unknownWordRate = unknownWordRate
        for change in changes {
            switch change.rule {
            case .lineEnd: cutWords += 1
            case .pronoun, .elision, .symbol, .bullet, .stray: ocrForms += 1
            case .accent, .confusion, .glued, .preposition, .participle, .capital: wordErrors += 1
            }
        }
    }

    /// Whether the text reads as OCR output: any form only OCR writes or word error the repair
    /// names with certainty, or many unknown words. (One error is enough: forced repair of the
    /// 35 clean texts changes one word, a typo of guide 000's PDF its editors corrected too.)
    public var looksLikeOCR: Bool {
        unknownWordRate > Self.unknownRate || ocrForms + wordErrors > 0
    }

    /// `3 cut words, 2 OCR forms, 5 word errors, 1.2 % unknown words`, for the import summary.
    public var summary: String {
        "\(cutWords) cut words, \(ocrForms) OCR forms, \(wordErrors) word errors, " + String(format: "%.1f %% unknown words", unknownWordRate * 100)
    }
}
