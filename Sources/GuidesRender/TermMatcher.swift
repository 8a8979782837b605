import GuidesModel
import GuidesText

/// Finds glossary terms in running text, the way a reader recognises them: any inflection
/// (`médiatrices de santé paires` is *médiateur de santé pair*), any case, aliases included
/// (`MSP`), whole words only, longest term first (*pair-aidance professionnelle* before
/// *pair-aidance*), never two overlapping matches.
///
/// It uses `TermKey`, the same keys that merged the terms, so a term is linked wherever the
/// graph says it is mentioned.
public struct TermMatcher: Sendable {
    struct Form: Sendable {
        var keys: [String]
        var term: Int
        /// An acronym alias (`MSP`, `PI`) matches only when written in capitals.
        var capitalsOnly: Bool
    }

    public struct Match: Equatable, Sendable {
        public var range: Range<String.Index>
        /// Index into the terms the matcher was made with.
        public var term: Int
    }

    let forms: [Form]
    /// Forms by their first key: the candidates at a word.
    let formsByFirstKey: [String: [Int]]
    /// The first three letters of every key of every form: a word that starts otherwise cannot
    /// be part of a match, and is not worth its full key (this runs on every word of every page).
    /// Three, because reducing a word to its key (`elle` → `ell`) never changes its first three.
    let stems: Set<String>

    public init(terms: [Term]) {
        var forms: [Form] = []
        for (index, term) in terms.enumerated() {
            var seen = Set<[String]>()
            for name in [term.name] + term.aliases {
                let keys = TermKey.words(name)
                guard !keys.isEmpty, seen.insert(keys).inserted else { continue }
                let capitals = name.count <= 6 && name.allSatisfy { $0.isUppercase || $0.isNumber }
                forms.append(Form(keys: keys, term: index, capitalsOnly: capitals))
            }
        }
        // Longest first, so the first form that matches at a word is the one to take.
        forms.sort { ($0.keys.count, $1.term) > ($1.keys.count, $0.term) }
        self.forms = forms
        var byKey: [String: [Int]] = [:]
        for (index, form) in forms.enumerated() { byKey[form.keys[0], default: []].append(index) }
        formsByFirstKey = byKey
        stems = Set(forms.flatMap { $0.keys.map { String($0.prefix(3)) } })
    }

    /// `String(folded.prefix(3))`, by bytes when the first four are ASCII (then the third
    /// character ends at the third byte): nearly every word.
    static func firstThreeLetters(_ folded: String) -> String {
        let bytes = folded.utf8
        if bytes.count <= 3, bytes.allSatisfy({ $0 < 0x80 }) { return folded }
        if bytes.count > 3, bytes.prefix(4).allSatisfy({ $0 < 0x80 }) {
            return String(folded[..<bytes.index(bytes.startIndex, offsetBy: 3)])
        }
        return String(folded.prefix(3))
    }

    /// The term mentions in `text`, in text order, without overlaps; only of the terms in
    /// `allowed` when given (a weak term of another guide is not matched, so it cannot hide a
    /// shorter term either).
    public func matches(in text: String, allowed: Set<Int>? = nil) -> [Match] {
        // Each written word gives one or more keys (`pair-aidance` gives two); a match must
        // start at a word's first key and end at a word's last key.
        var keys: [(key: String, word: Substring, first: Bool, last: Bool)] = []
        for word in FrenchWords.words(in: text) {
            // (A word holds letters and inner hyphens only: its keys are its folded letter runs,
            // reduced, with nothing to clean first. Folding the whole word gives the same first
            // three letters as folding its first three.)
            let folded = Folding.fold(String(word))
            guard stems.contains(Self.firstThreeLetters(folded)) else {
                keys.append(("", word, true, true))
                continue
            }
            let wordKeys = TermKey.keys(ofFolded: folded)
            for (offset, key) in wordKeys.enumerated() {
                keys.append((key, word, offset == 0, offset == wordKeys.count - 1))
            }
        }
        var result: [Match] = []
        var index = 0
        while index < keys.count {
            guard keys[index].first, let candidates = formsByFirstKey[keys[index].key] else { index += 1; continue }
            var matched = false
            for candidate in candidates {
                let form = forms[candidate]
                if let allowed, !allowed.contains(form.term) { continue }
                let end = index + form.keys.count
                guard end <= keys.count, keys[end - 1].last,
                      (0..<form.keys.count).allSatisfy({ keys[index + $0].key == form.keys[$0] })
                else { continue }
                let range = keys[index].word.startIndex..<keys[end - 1].word.endIndex
                if form.capitalsOnly, !text[range].allSatisfy({ !$0.isLetter || $0.isUppercase }) { continue }
                result.append(Match(range: range, term: form.term))
                index = end
                matched = true
                break
            }
            if !matched { index += 1 }
        }
        return result
    }
}
