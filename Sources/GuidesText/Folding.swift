import Foundation

/// French-aware text folding: the one place that decides when two spellings are "the same word".
///
/// Slugs, later term keys and the search index all fold through here, so `Rétablissement`,
/// `RETABLISSEMENT` and `rétablissement` agree everywhere.
public enum Folding {
    /// Lowercases and removes diacritics; expands the ligatures French uses (`œ` → `oe`, `æ` → `ae`).
    public static func fold(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "œ": result.append(contentsOf: "oe".unicodeScalars)
            case "æ": result.append(contentsOf: "ae".unicodeScalars)
            case "ß": result.append(contentsOf: "ss".unicodeScalars)
            default:
                // Combining diacritical marks are the accents left over by decomposition.
                if (0x0300...0x036F).contains(scalar.value) { continue }
                result.append(scalar)
            }
        }
        return String(result)
    }
}
