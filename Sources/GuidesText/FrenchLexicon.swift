import Foundation

/// The reference vocabulary for repairing OCR damage: a token is only "fixed" when its
/// damaged form is not a French word and a repaired form is.
///
/// Built from Debian's French word list (package `wfrench`, installed by the Makefile) plus
/// the vocabulary of the corpus's clean guides. Loaded once per import; no network.
public struct FrenchLexicon: Sendable {
    /// Where Debian's `wfrench` puts its list: one UTF-8 word per line.
    public static let systemWordList = "/usr/share/dict/french"

    private var words: Set<String>

    public init<S: Sequence>(words: S) where S.Element: StringProtocol {
        self.words = Set(words.lazy.filter { !$0.isEmpty }.map { $0.lowercased() })
    }

    /// Reads word lists (one word per line).
    public static func load(wordLists paths: [String]) throws -> FrenchLexicon {
        var lexicon = FrenchLexicon(words: [String]())
        for path in paths {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            lexicon.words.formUnion(text.split(whereSeparator: \.isNewline).map { $0.lowercased() })
        }
        return lexicon
    }

    /// Adds every word of a text (e.g. a clean guide) to the lexicon.
    public mutating func addVocabulary(of text: String) {
        words.formUnion(FrenchWords.words(in: text).map { $0.lowercased() })
    }

    /// Whether `word` is known, ignoring case but not accents (`étre` is not `être`).
    /// A hyphenated compound is known when the whole or each of its parts is.
    public func contains(_ word: some StringProtocol) -> Bool {
        let lowered = word.lowercased()
        if words.contains(lowered) { return true }
        let parts = lowered.split(separator: "-")
        return parts.count > 1 && parts.allSatisfy { words.contains(String($0)) }
    }

    public var count: Int { words.count }
}

/// Splits French text into words: letters (with inner hyphens), elided articles and
/// pronouns cut at the apostrophe (`l'équipe` → `l`, `équipe`; `qu'il` → `qu`, `il`).
public enum FrenchWords {
    public static func words(in text: String) -> [Substring] {
        var result: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            let isInnerHyphen = character == "-" && start != nil && next < text.endIndex && text[next].isLetter
            if character.isLetter || isInnerHyphen {
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
