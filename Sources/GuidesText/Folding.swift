import Foundation

/// French-aware text folding: the one place that decides when two spellings are "the same word".
///
/// Slugs, later term keys and the search index all fold through here, so `Rétablissement`,
/// `RETABLISSEMENT` and `rétablissement` agree everywhere.
public enum Folding {
    /// Lowercases and removes diacritics; expands the ligatures French uses (`œ` → `oe`, `æ` → `ae`).
    public static func fold(_ text: String) -> String {
        // Fast paths: ASCII needs lowercasing only; Latin-1 letters fold by table; any other
        // character is decomposed alone (its combining marks dropped).
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var result = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII { result.append(scalar); continue }
            if let folded = latin[scalar] { result.append(contentsOf: folded.unicodeScalars); continue }
            for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars {
                switch part {
                case "œ": result.append(contentsOf: "oe".unicodeScalars)
                case "æ": result.append(contentsOf: "ae".unicodeScalars)
                case "ß": result.append(contentsOf: "ss".unicodeScalars)
                default:
                    // Combining diacritical marks are the accents left over by decomposition.
                    if (0x0300...0x036F).contains(part.value) { continue }
                    result.append(part)
                }
            }
        }
        return String(result)
    }

    /// Lowercase Latin-1 and French letters to their folded form.
    private static let latin: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäå", "a"), ("ç", "c"), ("èéêë", "e"), ("ìíîï", "i"), ("ñ", "n"), ("òóôõöø", "o"), ("ùúûü", "u"),
            ("ýÿ", "y"), ("œ", "oe"), ("æ", "ae"), ("ß", "ss"),
        ]
        for (letters, folded) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = folded }
        }
        for scalar in "’‘«»—–\u{00A0}\u{202F}".unicodeScalars { table[scalar] = String(scalar) }
        return table
    }()
}
