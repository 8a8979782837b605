import Foundation

/// French text analysis for the search index and its queries: words, numbers and
/// acronyms as tokens, each with its folded surface and its folded Snowball stem.
///
/// - Unicode NFC, lowercase: `RÉTABLISSEMENTS`, `rétablissement` and `retablissement` share
///   the stem `retabl`.
/// - Elisions go: `l'équipe` → `équipe`, `jusqu’à` → `à` (`'`, `’` and `ʼ`).
/// - A hyphenated compound gives each part and the joined form: `pair-aidance` →
///   `pair`, `aidance`, `pairaidance`, so `pair aidance`, `pair-aidance` and `pairaidance`
///   all match. Runs of more than four parts (slugs, URL paths) give their parts only.
/// - Inclusive writing gives the masculine and the feminine: `travailleur.euse.s` and
///   `travailleur·euse·s` → `travailleur`, `travailleuse`; `candidat.e.s` → `candidat`,
///   `candidate`; `professionnel.le.s` → `professionnel`, `professionnelle`; `pair(e)` →
///   `pair`, `paire`.
/// - Stop words (`stopWords`) are dropped, unless asked otherwise or written as an acronym
///   among words that are not in capitals (`le DU de pair-aidance`).
///
/// Positions count words as written, stop words included, so phrase distances survive the
/// dropped words: in `pair à pair` the two `pair` are at 0 and 2. The parts of a compound
/// take consecutive positions and its joined form the first part's; the masculine and the
/// feminine of an inclusive form share one.
public enum FrenchAnalyzer {
    public struct Token: Equatable, Sendable {
        /// The word as written, folded (lowercase, no accents): `équipe` → `equipe`.
        public var surface: String
        /// The folded Snowball stem of the word: `équipes` → `equip`.
        public var stem: String
        /// The word's index in the text (see `FrenchAnalyzer`).
        public var position: Int

        public init(surface: String, stem: String, position: Int) {
            self.surface = surface
            self.stem = stem
            self.position = position
        }
    }

    /// French function words, folded (`à` is `a`, `être` is `etre`): articles, prepositions,
    /// conjunctions, pronouns, possessives, the common forms of `être` and `avoir`.
    public static let stopWords: Set<String> = [
        // Articles, determiners, elided forms
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux",
        "ce", "cet", "cette", "ces", "c", "j", "m", "n", "s", "t", "qu",
        // Prepositions
        "a", "dans", "par", "pour", "sur", "sous", "avec", "sans", "en", "entre", "vers", "chez",
        "contre", "depuis", "pendant", "selon", "parmi", "envers", "jusqu", "jusque",
        // Conjunctions
        "et", "ou", "mais", "donc", "or", "ni", "car", "que", "quand", "comme", "si", "lorsque",
        "lorsqu", "puisque", "puisqu", "quoique", "quoiqu",
        // Pronouns
        "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "me", "te", "se", "moi",
        "toi", "soi", "lui", "leur", "leurs", "eux", "y", "ceci", "cela", "ca", "celui", "celle",
        "ceux", "celles", "qui", "quoi", "dont", "lequel", "laquelle", "lesquels", "lesquelles",
        "quel", "quelle", "quels", "quelles",
        // Possessives
        "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos",
        // Negation and common adverbs
        "ne", "pas", "plus", "non", "tres", "aussi", "ainsi", "alors", "tout", "tous", "toute",
        "toutes", "meme", "memes", "autre", "autres", "chaque",
        // Être
        "etre", "est", "sont", "suis", "es", "sommes", "etes", "etait", "etaient", "ete", "sera",
        "seront", "serait", "seraient", "soit", "soient", "fut", "etant",
        // Avoir
        "avoir", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aura", "auront",
        "aurait", "auraient", "eu", "ayant", "ait",
    ]

    /// The tokens of an indexed text, stop words dropped.
    public static func tokens(_ text: String) -> [Token] {
        tokens(text, keepStopWords: false)
    }

    /// The tokens of a text; `keepStopWords` keeps the function words (for a query made of
    /// nothing else, see `queryTokens`).
    public static func tokens(_ text: String, keepStopWords: Bool) -> [Token] {
        var memo = WordMemo()
        return wordTokens(text, keepStopWords: keepStopWords, memo: &memo).map { token in
            Token(surface: memo.surfaces[token.word], stem: memo.stems[token.word]!, position: token.position)
        }
    }

    /// The tokens of a text by word number, learning new words into `memo` across calls: an
    /// index meets the same few thousand words over and over. Every emitted word has its stem
    /// in the memo.
    public static func wordTokens(_ text: String, keepStopWords: Bool = false, memo: inout WordMemo) -> [WordToken] {
        var scanner = TokenScanner(text: text, keepStopWords: keepStopWords, memo: memo)
        memo = WordMemo()  // (the scanner's copy is then the only one: no copy on its first insertion)
        scanner.run()
        memo = scanner.memo
        return scanner.tokens
    }

    /// The tokens of a search query: stop words dropped, unless the query has nothing else
    /// (`à qui`, `être`), then kept.
    public static func queryTokens(_ query: String) -> [Token] {
        let tokens = tokens(query, keepStopWords: false)
        return tokens.isEmpty ? self.tokens(query, keepStopWords: true) : tokens
    }

    /// The elided words, lowercase, without their apostrophe.
    static var elisions: Set<String> { FrenchWordLists.elisions }
}

/// One pass over the text's scalars, emitting tokens word by word.
private struct TokenScanner {
    typealias Scalars = [Unicode.Scalar]

    /// One part of a (possibly hyphenated) word: lowercase, with its inclusive feminine.
    struct Part {
        var masculine: Scalars
        var feminine: Scalars?
        /// Written in capitals, two letters or more (`DU`, `RQTH`).
        var capitals = false
    }

    let scalars: Scalars
    let keepStopWords: Bool
    var tokens: [WordToken] = []
    /// The words met so far, in this text and before (see `FrenchAnalyzer.wordTokens`).
    var memo: WordMemo
    var position = 0
    /// Whether the word before was written in capitals.
    var afterCapitals = false

    init(text: String, keepStopWords: Bool, memo: WordMemo) {
        self.keepStopWords = keepStopWords
        self.memo = memo
        var scalars = Array(text.unicodeScalars)
        if scalars.contains(where: Self.mayNeedComposition) {
            scalars = Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
        }
        self.scalars = scalars
        tokens.reserveCapacity(scalars.count / 8)
    }

    /// Whether NFC could change text around this scalar: not for anything below the
    /// combining marks (U+0300), nor for the punctuation and currency French text uses
    /// (`’`, `—`, `…`, `€`, narrow no-break space), which have no canonical decomposition.
    static func mayNeedComposition(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value >= 0x300 && !(0x2002...0x206F).contains(value) && !(0x20A0...0x20CF).contains(value)
    }

    // MARK: Character classes

    @inline(__always) static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        // Latin-1 and Latin Extended without property look-ups: letters but for × and ÷,
        // and the ordinal indicators and micro sign below them.
        if value < 0x250 {
            return value >= 0xC0 ? value != 0xD7 && value != 0xF7 : value == 0xAA || value == 0xB5 || value == 0xBA
        }
        if value == 0x2BC { return false }  // ʼ, an apostrophe
        if value >= 0x2000, value <= 0x206F { return false }  // general punctuation: ’ — … « »
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    @inline(__always) static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) }
        if value < 0x250 { return isWord(scalar) }
        return value != 0x2BC && scalar.properties.isAlphabetic
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39 || scalar.properties.generalCategory == .decimalNumber
    }

    /// A lowercase letter as written (the endings of inclusive writing are lowercase).
    static func isLowercaseLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return scalar.properties.isLowercase && scalar.properties.isAlphabetic
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2BC}"
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }

    /// The separators of inclusive writing: `.`, `·` and its look-alikes.
    static func isInclusiveDot(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0xB7, 0x2022, 0x2027, 0x22C5: return true
        default: return false
        }
    }

    /// Appends `scalar` lowercased.
    @inline(__always) static func appendLowercased(_ scalar: Unicode.Scalar, to word: inout Scalars) {
        let value = scalar.value
        if value < 0x80 {
            word.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 0x20)! : scalar)
        } else if value >= 0xC0, value <= 0xDE, value != 0xD7 {
            word.append(Unicode.Scalar(value + 0x20)!)  // À–Þ
        } else if value < 0xDF || !scalar.properties.changesWhenLowercased {
            word.append(scalar)
        } else {
            word.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
    }

    // MARK: Scan

    mutating func run() {
        let count = scalars.count
        var index = 0
        var parts: [Part] = []
        while index < count {
            guard Self.isWord(scalars[index]) else { index += 1; continue }
            parts.removeAll(keepingCapacity: true)
            while true {
                var part: Scalars = []
                part.reserveCapacity(16)  // (one allocation a word, not one a doubling)
                var capitals = 0, lowercase = false
                while index < count {
                    let scalar = scalars[index]
                    if scalar == "\u{AD}" { index += 1; continue }  // soft hyphen
                    guard Self.isWord(scalar) else { break }
                    if Self.isLowercaseLetter(scalar) { lowercase = true } else if Self.isLetter(scalar) { capitals += 1 }
                    Self.appendLowercased(scalar, to: &part)
                    index += 1
                }
                // `l'`, `qu'`, `jusqu’`: dropped, the word after it read instead.
                if parts.isEmpty, index + 1 < count, Self.isApostrophe(scalars[index]), Self.isWord(scalars[index + 1]),
                    part.count <= 7, FrenchAnalyzer.elisions.contains(String(utf8Encoding: part))
                {
                    index += 1
                    continue
                }
                var feminine: Scalars?
                if index < count, let last = part.last, Self.isLetter(last), let (form, end) = inclusiveForm(of: part, at: index) {
                    feminine = form
                    index = end
                }
                parts.append(Part(masculine: part, feminine: feminine, capitals: !lowercase && capitals >= 2))
                // A hyphen between letters joins a compound (`pair-aidance`, not `2017-2018`).
                if index + 1 < count, Self.isHyphen(scalars[index]), let last = part.last, Self.isLetter(last),
                    Self.isLetter(scalars[index + 1])
                {
                    index += 1
                    continue
                }
                break
            }
            // An acronym that spells a function word (`DU`, the university diploma) is kept
            // when the words around it are not in capitals too (a title in capitals).
            let acronym = parts.count == 1 && parts[0].capitals && !afterCapitals && !nextWordIsInCapitals(from: index)
            emit(parts, keepingStopWords: acronym)
            afterCapitals = parts.contains { $0.capitals }
        }
    }

    /// Whether the next word after `index` has letters and no lowercase ones.
    func nextWordIsInCapitals(from index: Int) -> Bool {
        var index = index
        while index < scalars.count, !Self.isWord(scalars[index]) { index += 1 }
        var letters = 0
        while index < scalars.count, Self.isWord(scalars[index]) {
            if Self.isLowercaseLetter(scalars[index]) { return false }
            if Self.isLetter(scalars[index]) { letters += 1 }
            index += 1
        }
        return letters > 0
    }

    /// The feminine of `base` when inclusive writing follows it at `index` (`.euse.s`,
    /// `·e·s`, `.le.s`, `(e)`), and where the writing ends; nil if none follows. A plural
    /// mark alone (`.s`, `(s)`) is consumed with no feminine.
    func inclusiveForm(of base: Scalars, at index: Int) -> (Scalars?, Int)? {
        let count = scalars.count
        let separator = scalars[index]
        let parenthesised = separator == "("
        guard parenthesised || Self.isInclusiveDot(separator) else { return nil }
        func lowercaseRun(from start: Int, maximum: Int) -> Int {
            var end = start
            while end < count, end - start <= maximum, Self.isLowercaseLetter(scalars[end]) { end += 1 }
            return end - start
        }
        let first = lowercaseRun(from: index + 1, maximum: 5)
        guard (1...5).contains(first) else { return nil }
        let ending = String(utf8Encoding: scalars[(index + 1)..<(index + 1 + first)])
        guard let rule = InclusiveEnding.endings[ending] else { return nil }
        var end = index + 1 + first
        if parenthesised {
            guard end < count, scalars[end] == ")" else { return nil }
            end += 1
            // `ami(e)s`
            if end < count, scalars[end] == "s" || scalars[end] == "x", end + 1 >= count || !Self.isWord(scalars[end + 1]) {
                end += 1
            }
        } else if end + 1 < count, Self.isInclusiveDot(scalars[end]) {
            // `.e.s`, `·euse·s`: a plural mark after the feminine.
            let second = lowercaseRun(from: end + 1, maximum: 2)
            let mark = scalars[(end + 1)..<(end + 1 + second)]
            if mark.elementsEqual(["s"]) || mark.elementsEqual(["x"]) || mark.elementsEqual(["e", "s"]) {
                if end + 1 + second >= count || !Self.isWord(scalars[end + 1 + second]) { end += 1 + second }
            }
        }
        guard end >= count || !Self.isWord(scalars[end]) else { return nil }
        // An ending that does not fit the word (`travail.euse`) is not inclusive writing.
        let feminine = rule.feminine(of: base)
        guard rule.pluralOnly || feminine != nil else { return nil }
        return (feminine, end)
    }

    // MARK: Emit

    static let maximumJoinedParts = 4

    mutating func emit(_ parts: [Part], keepingStopWords: Bool = false) {
        for (offset, part) in parts.enumerated() {
            emit(part.masculine, at: position + offset, keepingStopWords: keepingStopWords)
            if let feminine = part.feminine { emit(feminine, at: position + offset) }
        }
        // Joined, a compound of a few words: longer hyphen runs are slugs and URL paths.
        if parts.count > 1, parts.count <= Self.maximumJoinedParts {
            emit(parts.flatMap(\.masculine), at: position)
            if parts.contains(where: { $0.feminine != nil }) {
                emit(parts.flatMap { $0.feminine ?? $0.masculine }, at: position)
            }
        }
        position += parts.count
    }

    mutating func emit(_ word: Scalars, at position: Int, keepingStopWords: Bool = false) {
        guard !word.isEmpty else { return }
        let written = String(utf8Encoding: word)
        let id: Int
        if let known = memo.id(of: written) {
            id = known
        } else {
            // (ASCII, one byte a scalar, is already folded: the word is lowercase.)
            id = memo.add(written, surface: written.utf8.count == word.count ? written : Folding.fold(written))
        }
        if !keepStopWords, !keepingStopWords, memo.stops[id] { return }
        if memo.stems[id] == nil {
            memo.setStem(word.allSatisfy(Self.isDigit) ? memo.surfaces[id] : Self.folded(FrenchStemmer.stem(scalars: word)), of: id)
        }
        tokens.append(WordToken(word: id, position: position))
    }

    /// A word folded: ASCII is already its own fold.
    static func folded(_ word: String) -> String {
        word.utf8.allSatisfy { $0 < 0x80 } ? word : Folding.fold(word)
    }
}
