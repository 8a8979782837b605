/// When two spellings name the same concept: the one place that decides it, for merging
/// glossary terms across guides and for finding their mentions in running text.
///
/// `Savoirs Expérientiels` = `savoir expérientiel`; `PAIR AIDANCE` = `Pair-aidance`;
/// `Travailleur (euse)-Pair(e)` = `travailleur pair`; `médiatrice de santé paire` =
/// `médiateur de santé pair`.
public enum TermKey {
    public static let articles: Set<String> = ["le", "la", "les", "l", "un", "une", "des", "du", "d"]

    /// The words of `text`, each reduced to its key form; inclusive-writing and parenthesised
    /// endings (`(euse)`, `.e.s`) dropped. A compound is its words: `santé-pair` = `santé pair`.
    public static func words(_ text: String) -> [String] {
        var cleaned = text
        if text.utf8.contains(UInt8(ascii: "(")) || text.utf8.contains(UInt8(ascii: ")")) {
            // (By bytes: parentheses are ASCII, so cutting at them never splits a character.)
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            var depth = 0
            for byte in text.utf8 {
                if byte == UInt8(ascii: "(") { depth += 1; continue }
                if byte == UInt8(ascii: ")") { depth = max(0, depth - 1); continue }
                if depth == 0 { bytes.append(byte) }
            }
            cleaned = String(decoding: bytes, as: UTF8.self)
        }
        // Fold the whole text once, then cut the folded bytes into runs of letters (hyphens
        // and everything else separate them) and reduce each run where it lies: no `String`
        // per word before its key. This runs on every block of every guide.
        return keys(ofFolded: Folding.fold(withoutInclusiveEndings(cleaned)))
    }

    /// The key words of a text already folded, with nothing left to clean (`words` does the
    /// cleaning): a written word's keys, for the term matcher, which folds each word anyway.
    public static func keys(ofFolded folded: String) -> [String] {
        var folded = folded
        return folded.withUTF8 { bytes in
            var result: [String] = []
            var start = -1
            var index = 0
            while index < bytes.count {
                // (Past ASCII, a non-Latin scalar folding left as it was: Unicode says.)
                let byte = bytes[index]
                let isLetter: Bool, length: Int
                if byte < 0x80 {
                    isLetter = (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte)
                    length = 1
                } else {
                    let (scalar, scalarLength) = bytes.scalar(at: index)
                    isLetter = scalar?.isLetter == true
                    length = scalarLength
                }
                if isLetter {
                    if start < 0 { start = index }
                } else if start >= 0 {
                    result.append(reduced(UnsafeBufferPointer(rebasing: bytes[start..<index])))
                    start = -1
                }
                index += length
            }
            if start >= 0 { result.append(reduced(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))) }
            return result
        }
    }

    /// Whether `text` has a dot glued to a letter on each side (`-ur.euse`), as an
    /// inclusive-writing ending needs: sentence ends are followed by a space, so most texts
    /// have none worth the walk.
    static func mayHaveInclusiveEnding(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "."), previous != 0x20 {
                guard let next = iterator.next() else { return false }
                if (0x61...0x7A).contains(next) || next >= 0x80 { return true }
                previous = next
                continue
            }
            previous = byte
        }
        return false
    }

    /// `words(text)`, given `Folding.fold(text)` already: reused when there is nothing to clean.
    public static func words(_ text: String, folded: String) -> [String] {
        let hasParentheses = text.utf8.contains(UInt8(ascii: "(")) || text.utf8.contains(UInt8(ascii: ")"))
        return hasParentheses || mayHaveInclusiveEnding(text) ? words(text) : keys(ofFolded: folded)
    }

    /// `travailleur.euse.s` → `travailleur`, `candidat.e.s` → `candidat`: the inclusive-writing
    /// endings after a dot (1–5 lowercase letters, then optionally 1–2 more), not sentence ends.
    public static func withoutInclusiveEndings(_ text: String) -> String {
        guard mayHaveInclusiveEnding(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        func ending(from start: Int, maximum: Int) -> Int {
            var end = start
            while end < scalars.count, end - start < maximum + 1, scalars[end].isLowercase { end += 1 }
            return end - start
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == ".", index > 0, scalars[index - 1].isLetter {
                let first = ending(from: index + 1, maximum: 5)
                var end = index + 1 + first
                if (1...5).contains(first), end < scalars.count, scalars[end] == "." {
                    let second = ending(from: end + 1, maximum: 2)
                    if (1...2).contains(second), end + 1 + second >= scalars.count || !scalars[end + 1 + second].isLetter {
                        end += 1 + second
                    }
                }
                if (1...5).contains(first), end >= scalars.count || !scalars[end].isLetter {
                    index = end
                    continue
                }
            }
            result.append(scalar)
            index += 1
        }
        return String(result)
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
        // `travailleur.euse.s`: inclusive writing after the first dot.
        var word = folded
        if let dot = word.utf8.firstIndex(of: UInt8(ascii: ".")) { word = String(word[..<dot]) }
        return word.withUTF8 { bytes in
            bytes.split(whereSeparator: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: " ") })
                .map { reduced(UnsafeBufferPointer(rebasing: $0)) }.joined(separator: " ")
        }
    }

    /// One folded word's key, from its bytes: folded words are ASCII, and this runs on every
    /// word of the corpus.
    static func reduced(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var count = bytes.count
        func ends(with suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard count >= length else { return false }
            let tail = UnsafeBufferPointer(start: suffix.utf8Start, count: length)
            return (0..<length).allSatisfy { bytes[count - length + $0] == tail[$0] }
        }
        if count > 3, ends(with: "s") || ends(with: "x") { count -= 1 }
        for (feminine, masculine) in feminineEndings where count > feminine.utf8CodeUnitCount + 2 && ends(with: feminine) {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<(count - feminine.utf8CodeUnitCount)]), as: UTF8.self) + masculine
        }
        if count > 3, ends(with: "e"), !ends(with: "ee") { count -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<count]), as: UTF8.self)
    }

    static let feminineEndings: [(StaticString, String)] = [("trice", "teur"), ("euse", "eur"), ("elle", "el"), ("enne", "en"), ("ive", "if"), ("ere", "er")]
}
