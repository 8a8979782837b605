import Foundation

/// The reference vocabulary for repairing OCR damage: a token is only "fixed" when its
/// damaged form is not a French word and a repaired form is.
///
/// Built from Debian's French word list (package `wfrench`, installed by the Makefile) plus
/// the vocabulary of the corpus's clean guides, with Debian's English list (`wamerican`) on
/// the side so English phrases are recognised and left alone. Loaded once per import; no network.
public struct FrenchLexicon: Sendable {
    /// Where Debian's `wfrench` puts its list: one UTF-8 word per line.
    public static let systemWordList = "/usr/share/dict/french"
    /// Where Debian's `wamerican` puts its list.
    public static let systemEnglishWordList = "/usr/share/dict/american-english"

    private var words: Set<String> = []
    /// Accent-folded form → the words that fold to it (`etait` → `était`).
    private var byFold: [String: [String]] = [:]
    private var english: Set<String> = []
    /// Words known only from the clean texts, not from a word list: the guides quote English
    /// (`recovery`), which must not stop counting as English.
    private var corpusOnly: Set<String> = []
    /// How often each word occurs in the clean texts added with `addVocabulary(of:)`.
    private var corpusCounts: [String: Int] = [:]
    /// Words the clean texts capitalise inside a sentence: names, even when also common words
    /// (`Santé` in `Haute Autorité de Santé`).
    private var capitalisedMidSentence: Set<String> = []
    /// What the clean texts say about `a` (verb) against `à` (preposition).
    public private(set) var usage = FrenchUsage()

    public init<S: Sequence>(words: S) where S.Element: StringProtocol {
        insert(words.lazy.map { String($0) })
    }

    /// Reads French word lists (one word per line) and, optionally, English ones.
    public static func load(wordLists paths: [String], englishWordLists: [String] = []) throws -> FrenchLexicon {
        var lexicon = FrenchLexicon(words: [String]())
        for path in paths {
            lexicon.insert(try String(contentsOfFile: path, encoding: .utf8).split(whereSeparator: \.isNewline).lazy.map(String.init))
        }
        for path in englishWordLists {
            let list = try String(contentsOfFile: path, encoding: .utf8)
            lexicon.english.formUnion(list.split(whereSeparator: \.isNewline).lazy.filter { !$0.contains("'") }.map { $0.lowercased() })
        }
        return lexicon
    }

    private mutating func insert<S: Sequence<String>>(_ newWords: S) {
        for word in newWords where !word.isEmpty {
            let lowered = word.lowercased()
            guard words.insert(lowered).inserted else { continue }
            byFold[Self.foldKey(lowered), default: []].append(lowered)
        }
    }

    /// Adds every word of a clean text (e.g. an edited guide) to the lexicon, counts how often
    /// each occurs and learns its uses of `a`/`à`.
    public mutating func addVocabulary(of text: String) {
        let tokens = FrenchWords.words(in: Self.withoutURLs(text)).map { $0.lowercased() }
        // A word missing from the lists that is a known word short of an accent (`sante`,
        // `reunion`) is damage in the "clean" text, not vocabulary. A richer spelling of a
        // known word (`œuvre` for `oeuvre`) is vocabulary.
        let new = tokens.filter { token in
            !words.contains(token) && !words(foldingLike: token).contains { accentCount($0) > accentCount(token) }
        }
        corpusOnly.formUnion(new)
        insert(new)
        for token in tokens { corpusCounts[token, default: 0] += 1 }
        capitalisedMidSentence.formUnion(FrenchWords.capitalisedMidSentence(in: text).map { $0.lowercased() })
        usage.learn(from: tokens)
    }

    /// Whether `word` is known, ignoring case but not accents (`étre` is not `être`).
    /// A hyphenated compound is known when the whole or each of its parts is.
    public func contains(_ word: some StringProtocol) -> Bool {
        let lowered = word.lowercased()
        if words.contains(lowered) { return true }
        let parts = lowered.split(separator: "-")
        return parts.count > 1 && parts.allSatisfy { words.contains(String($0)) }
    }

    /// Whether the whole of `word` is in a list, compounds included (`vis-à-vis`, not `vis-a-vis`).
    public func containsExactly(_ word: some StringProtocol) -> Bool {
        words.contains(word.lowercased())
    }

    /// The known words spelled like `word` up to accents and case: `etait` → `["était"]`.
    public func words(foldingLike word: some StringProtocol) -> [String] {
        byFold[Self.foldKey(word.lowercased())] ?? []
    }

    /// Whether `word` is an English word that is not also French: such tokens are left alone.
    public func isEnglish(_ word: some StringProtocol) -> Bool {
        let lowered = word.lowercased()
        return english.contains(lowered) && (!words.contains(lowered) || corpusOnly.contains(lowered))
    }

    /// Whether `word` is in the English list, French or not (`decision`, `role`, `support`).
    public func isEnglishWord(_ word: some StringProtocol) -> Bool {
        english.contains(word.lowercased())
    }

    /// How many times `word` occurs in the clean texts; breaks ties between repair candidates.
    public func corpusCount(of word: some StringProtocol) -> Int {
        corpusCounts[word.lowercased()] ?? 0
    }

    /// Whether the clean texts write `word` with a capital inside a sentence (a name).
    public func isCapitalisedMidSentence(_ word: some StringProtocol) -> Bool {
        capitalisedMidSentence.contains(word.lowercased())
    }

    public var count: Int { words.count }

    /// `text` without its URLs, autolinks and link targets: `sante` in `sante.gouv.fr` is
    /// not a French word.
    static func withoutURLs(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: " ", omittingEmptySubsequences: false).map { chunk -> Substring in
                var chunk = chunk
                if let target = chunk.range(of: "](") { chunk = chunk[..<target.lowerBound] }
                return chunk.looksLikeURL ? "" : chunk
            }.joined(separator: " ")
        }.joined(separator: "\n")
    }

    private func accentCount(_ word: String) -> Int { word.unicodeScalars.filter { !$0.isASCII }.count }

    /// Accent and ligature folding, with a fast path for the ASCII majority of the list.
    private static func foldKey(_ lowered: String) -> String {
        lowered.utf8.allSatisfy { $0 < 0x80 } ? lowered : Folding.fold(lowered)
    }
}

/// Counts, from clean French text, which words precede and follow `a` (verb *avoir*) and `à`
/// (preposition), so OCR repair restores a dropped accent only where usage is unanimous.
public struct FrenchUsage: Sendable {
    public struct Tally: Sendable, Equatable {
        public var verb = 0
        public var preposition = 0

        public init() {}
    }

    public private(set) var before: [String: Tally] = [:]
    public private(set) var after: [String: Tally] = [:]

    public init() {}

    /// `tokens` are lowercased words, elisions split (`jusqu`, `à`).
    public mutating func learn(from tokens: [String]) {
        for (index, token) in tokens.enumerated() where token == "a" || token == "à" {
            let isVerb = token == "a"
            if index > 0 { before[tokens[index - 1], default: Tally()].add(verb: isVerb) }
            if index + 1 < tokens.count { after[tokens[index + 1], default: Tally()].add(verb: isVerb) }
        }
    }
}

extension FrenchUsage.Tally {
    mutating func add(verb: Bool) {
        if verb { self.verb += 1 } else { preposition += 1 }
    }
}

/// Splits French text into words: letters (with inner hyphens), elided articles and
/// pronouns cut at the apostrophe (`l'équipe` → `l`, `équipe`; `qu'il` → `qu`, `il`).
public enum FrenchWords {
    /// Capitalised words that continue a sentence (after a lowercase letter or a comma, on
    /// the same line): names (`Haute Autorité de Santé`, `avec Samir`), where a capital says
    /// something. A line's first word is never one: OCR capitalises those by mistake.
    public static func capitalisedMidSentence(in text: String) -> [Substring] {
        words(in: text).filter { word in
            guard word.first?.isUppercase == true, word.dropFirst().contains(where: \.isLowercase) else { return false }
            let previous = text[..<word.startIndex].last { $0 != " " }
            return previous.map { $0.isLowercase || $0 == "," } ?? false
        }
    }

    /// The words of `text`: runs of letters, with inner hyphens (`pair-aidance`).
    ///
    /// On Unicode scalars, not characters (this runs on every block, several times): a letter
    /// is what `Character.isLetter` says of its first scalar, and an accent's combining mark
    /// stays with its letter, as in a `Character`.
    public static func words(in text: String) -> [Substring] {
        var result: [Substring] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar.isLetter || start != nil && scalar.isCombiningAccent
                || scalar == "-" && start != nil && next < scalars.endIndex && scalars[next].isLetter {
                if start == nil { start = index }
            } else if let wordStart = start {
                result.append(text[wordStart..<index])
                start = nil
            }
            index = next
        }
        if let wordStart = start { result.append(text[wordStart...]) }
        return result
    }
}
