/// French typography for text nodes: the no-break spaces a French publisher sets so that a line
/// never breaks between a word and its `?`, between `«` and the quoted text, inside `10 000` or
/// between `28` and `%`.
///
/// The guides are written, and imported from PDFs, with ordinary spaces or none at all; the
/// renderer runs each Markdown text node through `apply` so the source stays plain to edit.
/// Only spaces are ever replaced or inserted: a narrow no-break space (U+202F) before `; : ! ?`,
/// inside guillemets and between thousands, a no-break space (U+00A0) before a unit and after
/// `n°` and `p.`. Text that looks like a URL or an e-mail address is left alone. The function is
/// idempotent and allocation-free when the text holds no punctuation, guillemet or digit.
///
/// A guillemet at an edge of `text` facing nothing (`«` last, `»` first with `previous` nil) is
/// left alone; a space run at the very start of `text` with `previous` nil or whitespace is kept.
public enum FrenchTypography {
    static let narrow: Unicode.Scalar = "\u{202F}"
    static let noBreak: Unicode.Scalar = "\u{00A0}"

    /// Units and symbols that take a no-break space after a number; matched as whole words.
    static let units: [[Unicode.Scalar]] = [
        "%", "€", "M€", "k€", "h", "min", "minutes", "km", "m", "kg", "p.", "an", "ans", "mois",
        "jour", "jours", "semaine", "semaines", "heure", "heures", "euro", "euros",
    ].map { Array($0.unicodeScalars) }

    /// `previous`: the last character printed before `text` on the page (from a preceding
    /// text node or inline element), or nil at the start of a block; it decides whether a
    /// `:` at the very start of `text` follows a word.
    public static func apply(_ text: String, previous: Character? = nil) -> String {
        guard text.unicodeScalars.contains(where: isTrigger) else { return text }
        let s = Array(text.unicodeScalars)
        let guarded = protectedChunks(s)
        let thousands = thousandsSeparators(s)
        let lead = previous?.unicodeScalars.last
        let atBlockStart = lead.map(isBreak) ?? true
        // UTF-8 bytes out, not a `String.UnicodeScalarView` (its appends were most of the cost).
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        var last: Unicode.Scalar?
        func put(_ scalar: Unicode.Scalar) {
            if scalar.isASCII { out.append(UInt8(scalar.value)) } else { UTF8.encode(scalar) { out.append($0) } }
            last = scalar
        }
        var i = 0
        while i < s.count {
            let c = s[i]
            if isSpace(c) {
                var j = i
                while j < s.count, isSpace(s[j]) { j += 1 }
                let prev = i > 0 ? s[i - 1] : lead
                var replacement: Unicode.Scalar?
                if i == 0 && atBlockStart || prev.map(isBreak) == true {
                    replacement = nil  // start of a block or of a line: nothing to attach to
                } else if j == s.count {
                    replacement = prev == "«" ? narrow : nil
                } else if isSign(s[j]) {
                    replacement = guarded[j] ? nil : narrow
                } else if s[j] == "»" || prev == "«" {
                    replacement = narrow
                } else if j == i + 1 && thousands[i] {
                    replacement = narrow
                } else if let prev, isDigit(prev), isUnit(s, at: j) {
                    replacement = noBreak
                } else if isDigit(s[j]), isAbbreviation(s, endingAt: i - 1, lead: lead) {
                    replacement = noBreak
                }
                if let replacement {
                    put(replacement)
                } else {
                    for k in i..<j { put(s[k]) }
                }
                i = j
                continue
            }
            let before = i > 0 ? s[i - 1] : lead
            if isSign(c), !guarded[i], let before, isWordEnd(before),
               i + 1 == s.count || !isGlued(s[i + 1]) {
                put(narrow)  // `pair?` → `pair ?`; not `14:30`, `?id=`, `doi:10…`
            } else if c == "»", !guarded[i], let before = last ?? lead, !isBreak(before) {
                put(narrow)
            }
            put(c)
            if c == "«", !guarded[i], i + 1 < s.count, !isBreak(s[i + 1]) {
                put(narrow)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Character classes

    static func isTrigger(_ c: Unicode.Scalar) -> Bool {
        isSign(c) || c == "«" || c == "»" || isDigit(c)
    }

    static func isSign(_ c: Unicode.Scalar) -> Bool { c == ";" || c == ":" || c == "!" || c == "?" }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    /// Horizontal spaces this function rewrites; newlines and tabs are never touched.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == noBreak || c == narrow || c == "\u{2009}"
    }

    /// Any Unicode whitespace, with an ASCII fast path.
    static func isBreak(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? c.value <= 0x20 : c.properties.isWhitespace
    }

    static func isLetterOrDigit(_ c: Unicode.Scalar) -> Bool {
        isDigit(c) || c.properties.isAlphabetic
    }

    /// What a sign may follow to take a space: the end of a word, a number, a closing bracket
    /// or quote, an ellipsis, or a literal `*`.
    static func isWordEnd(_ c: Unicode.Scalar) -> Bool {
        isLetterOrDigit(c) || "»)]*….\"”’%€°".unicodeScalars.contains(c)
    }

    /// A sign glued to what follows is not punctuation: `14:30`, `1:2`, `?id=3`, `doi:10.1`.
    static func isGlued(_ c: Unicode.Scalar) -> Bool {
        isLetterOrDigit(c) || "/=&#_~+\\".unicodeScalars.contains(c)
    }

    // MARK: - Patterns

    /// Marks every scalar of a whitespace-separated chunk that looks like a URL or an e-mail
    /// address (`://`, `www.` or `@`), so `http://travail-pair.org` keeps its colon.
    static func protectedChunks(_ s: [Unicode.Scalar]) -> [Bool] {
        var marks = [Bool](repeating: false, count: s.count)
        var start = 0, found = false
        func at(_ k: Int) -> Unicode.Scalar? { k < s.count ? s[k] : nil }
        for k in 0...s.count {
            if k == s.count || isBreak(s[k]) {
                if found { for m in start..<k { marks[m] = true } }
                start = k + 1
                found = false
            } else if !found {
                let c = s[k]
                found = c == "@" || c == ":" && at(k + 1) == "/" && at(k + 2) == "/"
                    || c == "w" && at(k + 1) == "w" && at(k + 2) == "w" && at(k + 3) == "."
            }
        }
        return marks
    }

    /// Marks the single spaces of numbers grouped by thousands: 1–3 digits, then groups of
    /// exactly three (`10 000`, `1 500 000`). A four-digit lead (`2012 300`) is not a number.
    static func thousandsSeparators(_ s: [Unicode.Scalar]) -> [Bool] {
        var marks = [Bool](repeating: false, count: s.count)
        func digits(from k: Int) -> Int {
            var e = k
            while e < s.count, isDigit(s[e]) { e += 1 }
            return e - k
        }
        var i = 0
        while i < s.count {
            let continues = i >= 2 && isSpace(s[i - 1]) && isDigit(s[i - 2])
            guard isDigit(s[i]), i == 0 || !isDigit(s[i - 1]), !continues else { i += 1; continue }
            let lead = digits(from: i)
            i += lead
            guard lead <= 3 else { continue }
            while i + 3 < s.count, isSpace(s[i]), digits(from: i + 1) == 3 {
                marks[i] = true
                i += 4
            }
        }
        return marks
    }

    /// A unit from `units` starting at `j`, as a whole word (`40 h d'ETP`, not `40 habitants`).
    static func isUnit(_ s: [Unicode.Scalar], at j: Int) -> Bool {
        units.contains { unit in
            let end = j + unit.count
            guard end <= s.count, s[j..<end].elementsEqual(unit) else { return false }
            return end == s.count || !(isLetterOrDigit(s[end]) || s[end] == "'" || s[end] == "’")
        }
    }

    /// `n°`, `N°`, `p.` or `pp.` ending at `k`, as a whole word (`n° 16`, `p. 101`).
    static func isAbbreviation(_ s: [Unicode.Scalar], endingAt k: Int, lead: Unicode.Scalar?) -> Bool {
        func at(_ x: Int) -> Unicode.Scalar? { x >= 0 ? s[x] : (x == -1 ? lead : nil) }
        guard k >= 1 else { return false }
        var start: Int
        switch (at(k - 1), s[k]) {
        case ("n", "°"), ("N", "°"), ("p", "."): start = k - 1
        default: return false
        }
        if s[k] == ".", at(start - 1) == "p" { start -= 1 }  // `pp.`
        return at(start - 1).map { !isLetterOrDigit($0) } ?? true
    }
}
