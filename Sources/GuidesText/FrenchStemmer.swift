/// The Snowball French stemmer (https://snowballstem.org/algorithms/french/stemmer.html),
/// matching Snowball 3.1 output exactly (`Tests/GuidesTextTests/Fixtures/french-stems.tsv`
/// holds the reference stems of the corpus's vocabulary).
///
/// It includes the 3.x refinements of the published algorithm: leading elisions (`l'`, `qu'`)
/// removed, `ë`/`ï` protected as `He`/`Hi`, the `ni…` and `col`/`par`/`tap` exceptions for RV,
/// `-amment`/`-emment`/`-ment` rewritten before the verb steps, and the `al`/`épl`/`auv`
/// exceptions to `-ais`.
///
/// Works on an array of Unicode scalars, like the reference implementations work on code
/// points: the input should be NFC (as `FrenchAnalyzer` provides) and lowercase.
public enum FrenchStemmer {
    /// The stem of a lowercase, accented word: `rétablissement` → `rétabl`, `aidants` → `aid`.
    public static func stem(_ word: String) -> String {
        stem(scalars: Array(word.unicodeScalars))
    }

    /// `stem` for a word already split into scalars (saves the analyzer a round trip).
    static func stem(scalars: [Unicode.Scalar]) -> String {
        var machine = Machine(scalars)
        machine.run()
        return machine.result
    }
}

extension String {
    /// A string from Unicode scalars, encoded straight into its UTF-8 storage.
    init<C: Collection<Unicode.Scalar>>(utf8Encoding scalars: C) {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { unit in
                    buffer[count] = unit
                    count += 1
                }
            }
            return count
        }
    }
}

/// Snowball's string machine: the word, a cursor, the slice `bra..<ket` that `slice` edits,
/// and the backward limit. Each routine below is a transcription of one routine of
/// `french.sbl`; the comments give the Snowball rule.
private struct Machine {
    typealias Scalars = [Unicode.Scalar]

    var s: Scalars
    var cursor = 0
    var limitBackward = 0
    var bra = 0
    var ket = 0
    var pV = 0
    var p1 = 0
    var p2 = 0

    init(_ scalars: Scalars) {
        s = scalars
        ket = scalars.count
    }

    var limit: Int { s.count }

    /// The stem, after the postlude: the markers back to lowercase letters (`I`, `U`, `Y`;
    /// `He` → `ë`, `Hi` → `ï`, a lone `H` dropped).
    var result: String {
        mutating get {
            var write = 0
            var read = 0
            while read < s.count {
                var scalar = s[read]
                switch scalar {
                case "I": scalar = "i"
                case "U": scalar = "u"
                case "Y": scalar = "y"
                case "H":
                    if read + 1 < s.count, s[read + 1] == "e" {
                        scalar = "ë"; read += 1
                    } else if read + 1 < s.count, s[read + 1] == "i" {
                        scalar = "ï"; read += 1
                    } else {
                        read += 1
                        continue
                    }
                default: break
                }
                s[write] = scalar
                write += 1
                read += 1
            }
            return String(utf8Encoding: s[..<write])
        }
    }

    // MARK: Groupings

    /// `v`: `aeiouyâàëéêèïîôûù`.
    @inline(__always) static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return true  // a e i o u y
        case 0xE0, 0xE2, 0xE8, 0xE9, 0xEA, 0xEB, 0xEE, 0xEF, 0xF4, 0xF9, 0xFB: return true  // à â è é ê ë î ï ô ù û
        default: return false
        }
    }

    /// `oux_ending`: `bhjlnp`.
    static func isOuxEnding(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar { case "b", "h", "j", "l", "n", "p": return true; default: return false }
    }

    /// `elision_char`: `cdjlmnst`.
    static func isElisionChar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar { case "c", "d", "j", "l", "m", "n", "s", "t": return true; default: return false }
    }

    /// `keep_with_s`: `aiousè`.
    static func keepsS(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar { case "a", "i", "o", "s", "u", "è": return true; default: return false }
    }

    @inline(__always) func isVowel(at index: Int) -> Bool { index < limit && Self.isVowel(s[index]) }

    // MARK: Primitives

    /// Replaces `bra..<ket` with `text`, moving the cursor like Snowball's `replace_s`.
    mutating func slice(_ text: String) {
        let replacement = text.unicodeScalars
        let adjustment = replacement.count - (ket - bra)
        s.replaceSubrange(bra..<ket, with: replacement)
        if cursor >= ket { cursor += adjustment } else if cursor > bra { cursor = bra }
        ket = bra + replacement.count
    }

    mutating func sliceDelete() { slice("") }

    /// `[first second]` just before the cursor, deleted when in R2 (`-at` after `-iv`, `-if`);
    /// whether it was.
    @discardableResult mutating func deleteInR2(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        ket = cursor
        guard backward(first, second) else { return false }
        bra = cursor
        guard inR2 else { return false }
        sliceDelete()
        return true
    }

    /// The scalar just before the cursor is `scalar` (within the backward limit): step over it.
    @inline(__always) mutating func backward(_ scalar: Unicode.Scalar) -> Bool {
        guard cursor > limitBackward, s[cursor - 1] == scalar else { return false }
        cursor -= 1
        return true
    }

    /// `eq_s_b` for two scalars.
    mutating func backward(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        guard cursor - 2 >= limitBackward, s[cursor - 2] == first, s[cursor - 1] == second else { return false }
        cursor -= 2
        return true
    }

    /// `in_grouping_b` / `out_grouping_b`.
    mutating func backward(where test: (Unicode.Scalar) -> Bool) -> Bool {
        guard cursor > limitBackward, test(s[cursor - 1]) else { return false }
        cursor -= 1
        return true
    }

    /// `among` backwards: the result of the longest entry ending at the cursor (entries are
    /// sorted longest first), the cursor moved before it; 0 if none.
    mutating func findAmongBackward(_ table: SuffixTable) -> Int {
        let available = cursor - limitBackward
        guard available > 0 else { return 0 }
        let last = s[cursor - 1]
        for entry in table.entries where entry.last == last && entry.suffix.count <= available {
            let suffix = entry.suffix
            var matches = true
            var index = suffix.count - 2
            var position = cursor - 2
            while index >= 0 {
                if s[position] != suffix[index] { matches = false; break }
                index -= 1
                position -= 1
            }
            if matches {
                cursor -= suffix.count
                return entry.result
            }
        }
        return 0
    }

    var inRV: Bool { pV <= cursor }
    var inR1: Bool { p1 <= cursor }
    var inR2: Bool { p2 <= cursor }

    // MARK: Stem

    mutating func run() {
        cursor = 0
        elisions()
        cursor = 0
        prelude()
        cursor = 0
        markRegions()
        cursor = 0
        limitBackward = 0
        cursor = limit
        // ( ( standard_suffix or i_verb_suffix or verb_suffix ) and try [Y → i or ç → c] )
        // or residual_suffix
        var changed = standardSuffix()
        if !changed { cursor = limit; changed = iVerbSuffix() }
        if !changed { cursor = limit; changed = verbSuffix() }
        cursor = limit
        if changed {
            ket = cursor
            if backward("Y") {
                bra = cursor; slice("i")
            } else if backward("ç") {
                bra = cursor; slice("c")
            }
        } else {
            _ = residualSuffix()
        }
        cursor = limit
        unDouble()
        cursor = limit
        unAccent()
    }

    /// `[elision_char or 'qu'] '\''` at the start, when something follows.
    mutating func elisions() {
        bra = cursor
        if cursor < limit, Self.isElisionChar(s[cursor]) {
            cursor += 1
        } else if cursor + 1 < limit, s[cursor] == "q", s[cursor + 1] == "u" {
            cursor += 2
        } else {
            return
        }
        guard cursor < limit, s[cursor] == "'" else { return }
        cursor += 1
        ket = cursor
        guard cursor < limit else { return }
        sliceDelete()
    }

    /// `repeat goto (…)`: `u`/`i` between vowels, `y` after a vowel → `U`/`I`/`Y`; `ë` → `He`,
    /// `ï` → `Hi`; `y` before a vowel → `Y`; `u` after `q` → `U`.
    mutating func prelude() {
        var start = 0
        while true {
            var position = start
            var found = false
            while true {
                if preludeMark(at: position) { found = true; break }
                if position >= limit { break }
                position += 1
            }
            guard found else { return }
            start = position
        }
    }

    mutating func preludeMark(at position: Int) -> Bool {
        if isVowel(at: position), position + 1 < limit {
            let next = position + 1
            switch s[next] {
            case "u" where isVowel(at: next + 1): bra = next; ket = next + 1; slice("U"); return true
            case "i" where isVowel(at: next + 1): bra = next; ket = next + 1; slice("I"); return true
            case "y": bra = next; ket = next + 1; slice("Y"); return true
            default: break
            }
        }
        guard position < limit else { return false }
        switch s[position] {
        case "ë": bra = position; ket = position + 1; slice("He"); return true
        case "ï": bra = position; ket = position + 1; slice("Hi"); return true
        case "y" where isVowel(at: position + 1): bra = position; ket = position + 1; slice("Y"); return true
        case "q" where position + 1 < limit && s[position + 1] == "u":
            bra = position + 1; ket = position + 2; slice("U"); return true
        default: return false
        }
    }

    /// RV, R1 and R2.
    mutating func markRegions() {
        pV = limit
        p1 = limit
        p2 = limit
        // RV: after the third letter if the word starts with two vowels, or after `col`,
        // `par`, `tap` or `ni` + vowel; otherwise after the first vowel not at the start.
        if isVowel(at: 0), isVowel(at: 1), 2 < limit {
            pV = 3
        } else if let prefix = rvPrefix() {
            pV = prefix
        } else if limit > 0 {
            var index = 1
            while index < limit, !Self.isVowel(s[index]) { index += 1 }
            if index < limit { pV = index + 1 }
        }
        // R1: after the first non-vowel following a vowel; R2: the same again from R1.
        var index = 0
        func gopastVowelThenConsonant() -> Int? {
            while index < limit, !Self.isVowel(s[index]) { index += 1 }
            guard index < limit else { return nil }
            index += 1
            while index < limit, Self.isVowel(s[index]) { index += 1 }
            guard index < limit else { return nil }
            index += 1
            return index
        }
        if let r1 = gopastVowelThenConsonant() {
            p1 = r1
            if let r2 = gopastVowelThenConsonant() { p2 = r2 }
        }
    }

    /// `among ('col' 'par' 'tap' 'ni' v)` at the start: the RV position it gives.
    func rvPrefix() -> Int? {
        guard limit >= 2 else { return nil }
        if limit >= 3 {
            let (a, b, c) = (s[0], s[1], s[2])
            if (a == "c" && b == "o" && c == "l") || (a == "p" && b == "a" && c == "r") || (a == "t" && b == "a" && c == "p") {
                return 3
            }
        }
        if s[0] == "n", s[1] == "i", isVowel(at: 2) { return 3 }
        return nil
    }

    /// Step 1: standard suffix removal.
    mutating func standardSuffix() -> Bool {
        ket = cursor
        let rule = findAmongBackward(Self.standardSuffixes)
        guard rule != 0 else { return false }
        bra = cursor
        switch rule {
        case 1:  // -ance -iqUe -isme -able -iste -eux …: delete in R2
            guard inR2 else { return false }
            sliceDelete()
        case 2:  // -atrice -ateur -ation: delete in R2; -ic before: delete in R2, else iqU
            guard inR2 else { return false }
            sliceDelete()
            ket = cursor
            if backward("i", "c") {
                bra = cursor
                if inR2 { sliceDelete() } else { slice("iqU") }
            }
        case 3:  // -logie → log in R2
            guard inR2 else { return false }
            slice("log")
        case 4:  // -usion -ution → u in R2
            guard inR2 else { return false }
            slice("u")
        case 5:  // -ence → ent in R2
            guard inR2 else { return false }
            slice("ent")
        case 6:  // -ement: delete in RV, then -iv -eus -abl -iqU -ièr
            guard inRV else { return false }
            sliceDelete()
            let saved = limit - cursor
            ket = cursor
            let next = findAmongBackward(Self.afterEment)
            guard next != 0 else { cursor = limit - saved; return true }
            bra = cursor
            switch next {
            case 1:  // -iv in R2, then -at in R2
                guard inR2 else { return true }
                sliceDelete()
                deleteInR2("a", "t")
            case 2:  // -eus: delete in R2, else eux in R1
                if inR2 { sliceDelete() } else if inR1 { slice("eux") }
            case 3:  // -abl -iqU in R2
                if inR2 { sliceDelete() }
            default:  // -ièr -Ièr → i in RV
                if inRV { slice("i") }
            }
        case 7:  // -ité: delete in R2, then -abil -ic -iv
            guard inR2 else { return false }
            sliceDelete()
            ket = cursor
            let next = findAmongBackward(Self.afterIte)
            guard next != 0 else { return true }
            bra = cursor
            switch next {
            case 1: if inR2 { sliceDelete() } else { slice("abl") }
            case 2: if inR2 { sliceDelete() } else { slice("iqU") }
            default: if inR2 { sliceDelete() }
            }
        case 8:  // -if -ive: delete in R2, then -at in R2, then -ic
            guard inR2 else { return false }
            sliceDelete()
            guard deleteInR2("a", "t") else { return true }
            ket = cursor
            guard backward("i", "c") else { return true }
            bra = cursor
            if inR2 { sliceDelete() } else { slice("iqU") }
        case 9:  // -eaux → eau
            slice("eau")
        case 10:  // -aux → al in R1
            guard inR1 else { return false }
            slice("al")
        case 11:  // -oux → ou after b h j l n p
            guard backward(where: Self.isOuxEnding) else { return false }
            slice("ou")
        case 12:  // -euse: delete in R2, else eux in R1
            if inR2 { sliceDelete() } else {
                guard inR1 else { return false }
                slice("eux")
            }
        case 13:  // -issement after a non-vowel, in R1
            guard inR1 else { return false }
            guard backward(where: { !Self.isVowel($0) }) else { return false }
            sliceDelete()
        case 14:  // -amment → ant in RV, and go on to the verb steps
            guard inRV else { return false }
            slice("ant")
            return false
        case 15:  // -emment → ent in RV, and go on
            guard inRV else { return false }
            slice("ent")
            return false
        default:  // 16, -ment after a vowel in RV: delete, and go on
            let saved = limit - cursor
            guard backward(where: Self.isVowel), inRV else { return false }
            cursor = limit - saved
            sliceDelete()
            return false
        }
        return true
    }

    /// Step 2a: verb suffixes beginning with `i`, after a non-vowel (not `H`) in RV.
    mutating func iVerbSuffix() -> Bool {
        guard cursor >= pV else { return false }
        let savedLimit = limitBackward
        limitBackward = pV
        defer { limitBackward = savedLimit }
        ket = cursor
        guard findAmongBackward(Self.iVerbSuffixes) != 0 else { return false }
        bra = cursor
        if cursor > limitBackward, s[cursor - 1] == "H" { return false }
        guard backward(where: { !Self.isVowel($0) }) else { return false }
        sliceDelete()
        return true
    }

    /// Step 2b: other verb suffixes in RV.
    mutating func verbSuffix() -> Bool {
        guard cursor >= pV else { return false }
        let savedLimit = limitBackward
        limitBackward = pV
        ket = cursor
        let rule = findAmongBackward(Self.verbSuffixes)
        guard rule != 0 else { limitBackward = savedLimit; return false }
        bra = cursor
        limitBackward = savedLimit
        switch rule {
        case 1:  // -ions in R2
            guard inR2 else { return false }
            sliceDelete()
        case 2:  // -é -er -ez -era …
            sliceDelete()
        case 3:  // -a -ai -ant -asse …: delete, with a preceding e in RV
            let saved = limit - cursor
            if backward("e"), inRV { bra = cursor } else { cursor = limit - saved }
            sliceDelete()
        default:  // 4, -ais -aise(s): not after `épl`, `auv`, or a word's lone letter + `al`
            let saved = limit - cursor
            let exception = findAmongBackward(Self.aisExceptions)
            if exception == -1 { return false }
            if exception == 1, cursor > limitBackward {
                cursor -= 1
                if cursor <= limitBackward { return false }
            }
            cursor = limit - saved
            sliceDelete()
        }
        return true
    }

    /// Step 4: residual suffixes.
    mutating func residualSuffix() -> Bool {
        // A final s, unless after a, i, o, u, è or s (`Hi`, for ï, does not protect it).
        let saved = limit - cursor
        ket = cursor
        if backward("s") {
            bra = cursor
            let beforeS = limit - cursor
            if backward("H", "i") || backward(where: { !Self.keepsS($0) }) {
                cursor = limit - beforeS
                sliceDelete()
            } else {
                cursor = limit - saved
            }
        }
        guard cursor >= pV else { return false }
        let savedLimit = limitBackward
        limitBackward = pV
        defer { limitBackward = savedLimit }
        ket = cursor
        let rule = findAmongBackward(Self.residualSuffixes)
        guard rule != 0 else { return false }
        bra = cursor
        switch rule {
        case 1:  // -ion in R2 after s or t
            guard inR2 else { return false }
            guard backward("s") || backward("t") else { return false }
            sliceDelete()
        case 2:  // -ier -ière → i
            slice("i")
        default:  // -e
            sliceDelete()
        }
        return true
    }

    /// Step 5: `enn onn ett ell eill` lose their last letter.
    mutating func unDouble() {
        let saved = limit - cursor
        guard findAmongBackward(Self.doubles) != 0 else { return }
        cursor = limit - saved
        ket = cursor
        guard cursor > limitBackward else { return }
        cursor -= 1
        bra = cursor
        sliceDelete()
    }

    /// Step 6: `é` or `è` followed by at least one non-vowel at the end → `e`.
    mutating func unAccent() {
        var count = 0
        while backward(where: { !Self.isVowel($0) }) { count += 1 }
        guard count > 0 else { return }
        ket = cursor
        guard backward("é") || backward("è") else { return }
        bra = cursor
        slice("e")
    }

    // MARK: Tables

    struct SuffixTable {
        struct Entry {
            var suffix: Scalars
            var last: Unicode.Scalar
            var result: Int
        }

        var entries: [Entry]

        init(_ pairs: KeyValuePairs<String, Int>) {
            entries = pairs.map { pair in
                let suffix = Array(pair.key.unicodeScalars)
                return Entry(suffix: suffix, last: suffix[suffix.count - 1], result: pair.value)
            }
                .sorted { $0.suffix.count > $1.suffix.count }
        }
    }

    static let standardSuffixes = SuffixTable([
        "iqUe": 1, "atrice": 2, "ance": 1, "ence": 5, "logie": 3, "able": 1, "isme": 1, "euse": 12,
        "iste": 1, "ive": 8, "if": 8, "usion": 4, "ation": 2, "ution": 4, "ateur": 2, "iqUes": 1,
        "atrices": 2, "ances": 1, "ences": 5, "logies": 3, "ables": 1, "ismes": 1, "euses": 12,
        "istes": 1, "ives": 8, "ifs": 8, "usions": 4, "ations": 2, "utions": 4, "ateurs": 2,
        "ments": 16, "ements": 6, "issements": 13, "ités": 7, "ment": 16, "ement": 6, "issement": 13,
        "amment": 14, "emment": 15, "aux": 10, "eaux": 9, "eux": 1, "oux": 11, "ité": 7,
    ])

    static let afterEment = SuffixTable(["iqU": 3, "abl": 3, "Ièr": 4, "ièr": 4, "eus": 2, "iv": 1])

    static let afterIte = SuffixTable(["ic": 2, "abil": 1, "iv": 3])

    static let iVerbSuffixes = SuffixTable([
        "ira": 1, "ie": 1, "isse": 1, "issante": 1, "i": 1, "irai": 1, "ir": 1, "iras": 1, "ies": 1,
        "îmes": 1, "isses": 1, "issantes": 1, "îtes": 1, "is": 1, "irais": 1, "issais": 1, "irions": 1,
        "issions": 1, "irons": 1, "issons": 1, "issants": 1, "it": 1, "irait": 1, "issait": 1,
        "issant": 1, "iraIent": 1, "issaIent": 1, "irent": 1, "issent": 1, "iront": 1, "ît": 1,
        "iriez": 1, "issiez": 1, "irez": 1, "issez": 1,
    ])

    static let aisExceptions = SuffixTable(["al": 1, "épl": -1, "auv": -1])

    static let verbSuffixes = SuffixTable([
        "a": 3, "era": 2, "aise": 4, "asse": 3, "ante": 3, "ée": 2, "ai": 3, "erai": 2, "er": 2,
        "as": 3, "eras": 2, "âmes": 3, "aises": 4, "asses": 3, "antes": 3, "âtes": 3, "ées": 2,
        "ais": 4, "eais": 2, "erais": 2, "ions": 1, "erions": 2, "assions": 3, "erons": 2, "ants": 3,
        "és": 2, "ait": 3, "erait": 2, "ant": 3, "aIent": 3, "eraIent": 2, "èrent": 2, "assent": 3,
        "eront": 2, "ât": 3, "ez": 2, "iez": 2, "eriez": 2, "assiez": 3, "erez": 2, "é": 2,
    ])

    static let residualSuffixes = SuffixTable(["e": 3, "Ière": 2, "ière": 2, "ion": 1, "Ier": 2, "ier": 2])

    static let doubles = SuffixTable(["ell": -1, "eill": -1, "enn": -1, "onn": -1, "ett": -1])
}
