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
    /// In ASCII (nearly every one) they are packed in an integer, which hashes faster.
    let asciiStems: Set<Int>
    let otherStems: Set<String>

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
        var asciiStems = Set<Int>(), otherStems = Set<String>()
        for key in forms.flatMap(\.keys) {
            let prefix = String(key.prefix(3))
            if let code = Self.packed(prefix) { asciiStems.insert(code) } else { otherStems.insert(prefix) }
        }
        self.asciiStems = asciiStems
        self.otherStems = otherStems
    }

    /// Up to three ASCII bytes and their count in one integer; nil past ASCII.
    static func packed(_ prefix: String) -> Int? {
        var code = 0
        for byte in prefix.utf8 {
            guard byte < 0x80 else { return nil }
            code = code << 8 | Int(byte)
        }
        return code | prefix.utf8.count << 24
    }

    /// Whether a folded word starts as some key does.
    func mayStartTerm(_ folded: String) -> Bool {
        // (The first three bytes, when they and the byte after them are ASCII: then they are
        // the first three characters.)
        let bytes = folded.utf8
        var code = 0, count = 0
        for byte in bytes.prefix(4) {
            guard byte < 0x80 else { count = -1; break }
            if count < 3 { code = code << 8 | Int(byte) }
            count += 1
        }
        if count >= 0 { return asciiStems.contains(code | min(count, 3) << 24) }
        let prefix = String(folded.prefix(3))
        return Self.packed(prefix).map(asciiStems.contains) ?? otherStems.contains(prefix)
    }

    /// The term mentions in `text`, in text order, without overlaps; only of the terms in
    /// `allowed` when given (a weak term of another guide is not matched, so it cannot hide a
    /// shorter term either).
    public func matches(in text: String, allowed: Set<Int>? = nil) -> [Match] {
        // Each written word gives one or more keys (`pair-aidance` gives two); a match must
        // start at a word's first key and end at a word's last key.
        // (Column by column: a row of tuples was copied, with its strings retained, at every
        // look-up.)
        var keys: [String] = [], words: [Range<String.Index>] = [], firsts: [Bool] = [], lasts: [Bool] = []
        func add(_ key: String, _ word: Substring, first: Bool, last: Bool) {
            keys.append(key)
            words.append(word.startIndex..<word.endIndex)
            firsts.append(first)
            lasts.append(last)
        }
        for word in FrenchWords.words(in: text) {
            // (A word holds letters and inner hyphens only: its keys are its folded letter runs,
            // reduced, with nothing to clean first. Folding the whole word gives the same first
            // three letters as folding its first three.)
            let folded = Folding.fold(String(word))
            guard mayStartTerm(folded) else {
                add("", word, first: true, last: true)
                continue
            }
            let wordKeys = TermKey.keys(ofFolded: folded)
            for (offset, key) in wordKeys.enumerated() {
                add(key, word, first: offset == 0, last: offset == wordKeys.count - 1)
            }
        }
        var result: [Match] = []
        var index = 0
        while index < keys.count {
            guard firsts[index], let candidates = formsByFirstKey[keys[index]] else { index += 1; continue }
            var matched = false
            for candidate in candidates {
                let form = forms[candidate]
                if let allowed, !allowed.contains(form.term) { continue }
                let end = index + form.keys.count
                guard end <= keys.count, lasts[end - 1],
                      (0..<form.keys.count).allSatisfy({ keys[index + $0] == form.keys[$0] })
                else { continue }
                let range = words[index].lowerBound..<words[end - 1].upperBound
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
