import GuidesText

/// One change made by OCR repair, for the import report: where, what it was, what it became.
public struct OCRChange: Hashable, Sendable {
    public var line: Int
    public var before: String
    public var after: String
    public var rule: OCRRule
}

/// Repairs OCR damage in the lines of a raw document, word by word and with the context of
/// the paragraph (words cut at line ends, `a`/`à`, participles after *avoir*).
///
/// Every rule changes only what is not a word, or a word whose accent grammar fixes with
/// certainty; names, acronyms, numbers, URLs and English are left alone.
public struct OCRRepair: Sendable {
    public let lexicon: FrenchLexicon

    public init(lexicon: FrenchLexicon) {
        self.lexicon = lexicon
    }

    /// The share of lowercase French-looking words (3+ letters) that the lexicon does not know.
    public func unknownWordRate(_ text: String) -> Double {
        var total = 0
        var unknown = 0
        for word in FrenchWords.words(in: text) where word.count >= 3 && word.first!.isLowercase {
            total += 1
            if !lexicon.contains(word), !lexicon.isEnglish(word) { unknown += 1 }
        }
        return total == 0 ? 0 : Double(unknown) / Double(total)
    }

    /// Repairs `lines` (a whole document; blank lines separate paragraphs); with `words` false,
    /// only joins the words cut at line ends.
    func repair(_ lines: [SourceLine], words: Bool = true) -> (lines: [SourceLine], changes: [OCRChange]) {
        var result = lines
        var changes: [OCRChange] = []
        let vocabulary = OCRVocabulary(lexicon: lexicon, document: lines)
        // The measure of full lines: the length nine lines in ten stay under.
        let lengths = lines.map(\.text.count).filter { $0 > 0 }.sorted()
        let measure = lengths.count >= 10 ? lengths[lengths.count * 9 / 10] : 0
        var start = 0
        while start < result.count {
            guard !result[start].text.isEmpty else { start += 1; continue }
            // The paragraph's lines; a sentence goes on across the blank line tesseract may put
            // in it (`accom-` / (blank) / `pagnées`, `possible. 11` / (blank) / `n'est ni`) when
            // the line after starts in lowercase.
            var members: [Int] = []
            var end = start
            while end < result.count {
                if result[end].text.isEmpty {
                    // (A page break leaves several blank lines: the page number between them is gone.)
                    var next = end + 1
                    while next < result.count, result[next].text.isEmpty { next += 1 }
                    guard members.last != nil, next < result.count, result[next].text.first?.isLowercase == true else { break }
                    end = next
                    continue
                }
                members.append(end)
                end += 1
            }
            var paragraph = OCRParagraph(lines: members.map { result[$0] })
            paragraph.repair(with: vocabulary, measure: measure, words: words, changes: &changes)
            for (index, line) in zip(members, paragraph.lines) { result[index] = line }
            start = end
        }
        return (result, changes)
    }

    /// Repairs one line on its own (no neighbours): for tests and small snippets.
    public func repair(line: String, number: Int = 1) -> (text: String, changes: [OCRChange]) {
        let (lines, changes) = repair([SourceLine(text: line, number: number)])
        return (lines[0].text, changes)
    }

    /// Repairs a paragraph given as hard-wrapped lines.
    public func repair(paragraph: [String]) -> (lines: [String], changes: [OCRChange]) {
        let (lines, changes) = repair(paragraph.enumerated().map { SourceLine(text: $1, number: $0 + 1) })
        return (lines.map(\.text), changes)
    }
}

/// A chunk of text between spaces: punctuation around a word-like core.
struct OCRToken {
    var prefix: String
    var core: String
    var suffix: String

    static let leading: Set<Character> = ["«", "“", "\"", "(", "*", "_", "‹"]
    static let trailing: Set<Character> = [".", ",", ";", ":", "!", "?", ")", "»", "”", "\"", "*", "_", "…", "]", "›"]

    init(_ chunk: Substring) {
        var core = chunk[...]
        var suffix = ""
        while let last = core.last, Self.trailing.contains(last) {
            // `qu!'il`: a `!` before an apostrophe is inside the word.
            suffix.insert(last, at: suffix.startIndex)
            core.removeLast()
        }
        var prefix = ""
        while let first = core.first, Self.leading.contains(first) || (first == "[" && suffix.contains("]")) {
            prefix.append(first)
            core.removeFirst()
        }
        self.prefix = prefix
        self.core = String(core)
        self.suffix = suffix
    }

    var text: String { prefix + core + suffix }
    /// The chunk ends a sentence: the next word may be capitalised.
    var endsSentence: Bool { suffix.contains { ".!?".contains($0) } && !suffix.hasSuffix(",") }
}
