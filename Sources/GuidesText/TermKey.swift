/// When two spellings name the same concept: the one place that decides it, for merging
/// glossary terms across guides and for finding their mentions in running text.
///
/// `Savoirs Expérientiels` = `savoir expérientiel`; `PAIR AIDANCE` = `Pair-aidance`;
/// `Travailleur (euse)-Pair(e)` = `travailleur pair`; `médiatrice de santé paire` =
/// `médiateur de santé pair`.
public enum TermKey {
    public static let articles: Set<String> = ["le", "la", "les", "l", "un", "une", "des", "du", "d"]

    /// The words of `text`, each reduced to its key form; inclusive-writing and parenthesised
    /// endings (`(euse)`, `.e.s`) dropped.
    public static func words(_ text: String) -> [String] {
        var cleaned = text
        if text.utf8.contains(UInt8(ascii: "(")) || text.utf8.contains(UInt8(ascii: ")")) {
            cleaned = ""
            var depth = 0
            for character in text {
                if character == "(" { depth += 1; continue }
                if character == ")" { depth = max(0, depth - 1); continue }
                if depth == 0 { cleaned.append(character) }
            }
        }
        // Fold the whole text once, then reduce each (already folded) word.
        let folded = Folding.fold(withoutInclusiveEndings(cleaned))
        // A compound is its words: `santé-pair` = `santé pair`, `pair-aidance` = `pair aidance`.
        return foldedWords(folded).flatMap { reduced($0).split(separator: " ").map(String.init) }.filter { !$0.isEmpty }
    }

    /// `FrenchWords.words` for folded text, on Unicode scalars: folded text is nearly all
    /// ASCII, and walking it by `Character` was the slowest part of a build.
    static func foldedWords(_ folded: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        var pendingHyphen = false
        func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x41 && scalar.value <= 0x5A) : scalar.properties.isAlphabetic
        }
        for scalar in folded.unicodeScalars {
            if isLetter(scalar) {
                if pendingHyphen { current.append("-") }
                pendingHyphen = false
                current.append(scalar)
            } else if scalar == "-", !current.isEmpty, !pendingHyphen {
                // An inner hyphen only if a letter follows.
                pendingHyphen = true
            } else {
                if !current.isEmpty { result.append(String(current)) }
                current = String.UnicodeScalarView()
                pendingHyphen = false
            }
        }
        if !current.isEmpty { result.append(String(current)) }
        return result
    }

    /// `travailleur.euse.s` → `travailleur`, `candidat.e.s` → `candidat`: the inclusive-writing
    /// endings after a dot (1–5 lowercase letters, then optionally 1–2 more), not sentence ends.
    public static func withoutInclusiveEndings(_ text: String) -> String {
        // Endings follow a dot: most texts have none worth the character walk.
        guard text.utf8.contains(UInt8(ascii: ".")) else { return text }
        let characters = Array(text)
        var result = ""
        var index = 0
        func ending(from start: Int, maximum: Int) -> Int {
            var end = start
            while end < characters.count, end - start < maximum + 1, characters[end].isLowercase { end += 1 }
            return end - start
        }
        while index < characters.count {
            let character = characters[index]
            if character == ".", index > 0, characters[index - 1].isLetter {
                let first = ending(from: index + 1, maximum: 5)
                var end = index + 1 + first
                if (1...5).contains(first), end < characters.count, characters[end] == "." {
                    let second = ending(from: end + 1, maximum: 2)
                    if (1...2).contains(second), end + 1 + second >= characters.count || !characters[end + 1 + second].isLetter {
                        end += 1 + second
                    }
                }
                if (1...5).contains(first), end >= characters.count || !characters[end].isLetter {
                    index = end
                    continue
                }
            }
            result.append(character)
            index += 1
        }
        return result
    }

    /// The key of a term: its words without a leading article.
    public static func make(_ term: String) -> String {
        var parts = words(term)
        while parts.count > 1, let first = parts.first, articles.contains(first) { parts.removeFirst() }
        return parts.joined(separator: " ")
    }

    /// One word's key: folded, singular, masculine (`paires` → `pair`, `médiatrices` → `mediateur`).
    ///
    /// Suffix rules, not libhunspell's lemmas: issue 13 measured both. With lemmas the unseen
    /// set's figures were the same, guide 002 lost one of its 17 hand-counted definitions,
    /// and a build took 2.14 s instead of 2.00 s (`guides build`, release, 3 runs each).
    public static func word(_ word: String) -> String {
        reduced(Folding.fold(word))
    }

    /// `word` for a word already folded.
    static func reduced(_ folded: String) -> String {
        // Bytes, not characters: folded words are ASCII, and this runs on every word of the corpus.
        var bytes = Array(folded.utf8)
        // `travailleur.euse.s`: inclusive writing after the first dot.
        if let dot = bytes.firstIndex(of: UInt8(ascii: ".")) { bytes.removeSubrange(dot...) }
        if bytes.contains(UInt8(ascii: "-")) || bytes.contains(UInt8(ascii: " ")) {
            return String(decoding: bytes, as: UTF8.self).split(whereSeparator: { $0 == "-" || $0 == " " })
                .map { reduced(String($0)) }.joined(separator: " ")
        }
        func ends(with suffix: String) -> Bool {
            let tail = Array(suffix.utf8)
            return bytes.count >= tail.count && bytes.suffix(tail.count).elementsEqual(tail)
        }
        if bytes.count > 3, ends(with: "s") || ends(with: "x") { bytes.removeLast() }
        for (feminine, masculine) in feminineEndings where bytes.count > feminine.utf8.count + 2 && ends(with: feminine) {
            return String(decoding: bytes.dropLast(feminine.utf8.count), as: UTF8.self) + masculine
        }
        if bytes.count > 3, ends(with: "e"), !ends(with: "ee") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    static let feminineEndings = [("trice", "teur"), ("euse", "eur"), ("elle", "el"), ("enne", "en"), ("ive", "if"), ("ere", "er")]
}
