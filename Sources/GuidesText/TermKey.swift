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
        var cleaned = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1; continue }
            if character == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { cleaned.append(character) }
        }
        // `travailleur.euse.s`, `candidat.e.s`: inclusive-writing endings after a dot.
        cleaned = cleaned.replacing(/(\p{L})\.[a-zà-ÿ]{1,5}(\.[a-z]{1,2})?(?![a-zà-ÿ])/) { String($0.output.1) }
        return FrenchWords.words(in: cleaned).map { word(String($0)) }.filter { !$0.isEmpty }
    }

    /// The key of a term: its words without a leading article.
    public static func make(_ term: String) -> String {
        var parts = words(term)
        while parts.count > 1, let first = parts.first, articles.contains(first) { parts.removeFirst() }
        return parts.joined(separator: " ")
    }

    /// One word's key: folded, singular, masculine (`paires` → `pair`, `médiatrices` → `mediateur`).
    public static func word(_ word: String) -> String {
        var w = Folding.fold(word)
        // `travailleur.euse.s`: inclusive writing after the first dot.
        if let dot = w.firstIndex(of: ".") { w = String(w[..<dot]) }
        w = w.replacing("-", with: " ")
        if w.contains(" ") { return w.split(separator: " ").map { self.word(String($0)) }.joined(separator: " ") }
        if w.count > 3, w.hasSuffix("s") || w.hasSuffix("x") { w.removeLast() }
        for (feminine, masculine) in [("trice", "teur"), ("euse", "eur"), ("elle", "el"), ("enne", "en"), ("ive", "if"), ("ere", "er")]
        where w.count > feminine.count + 2 && w.hasSuffix(feminine) {
            return String(w.dropLast(feminine.count)) + masculine
        }
        if w.count > 3, w.hasSuffix("e"), !w.hasSuffix("ee") { w.removeLast() }
        return w
    }
}
