import Foundation

/// Small text facts several components need, in one place.
extension StringProtocol {
    /// White space runs (line breaks included) as single spaces, trimmed.
    public var collapsingWhitespace: String {
        // On scalars, not characters: this runs on every block of every guide.
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `être` → `Être`: only the first letter changes.
    public var capitalizedFirst: String {
        guard let first else { return String(self) }
        return first.uppercased() + dropFirst()
    }

    /// Whether a space-separated chunk of text is (part of) a URL or an e-mail address:
    /// its letters are not words (`sante` in `sante.gouv.fr`).
    public var looksLikeURL: Bool {
        contains("://") || contains("www.") || contains("@") || hasPrefix("<http")
            || contains(".fr") || contains(".org") || contains(".com")
    }
}

extension Folding {
    /// Folded letters and digits separated by single spaces: two writings of one title
    /// (punctuation, quotes, emphasis, accents aside) get the same key.
    public static func alphanumericKey(_ text: String) -> String {
        String(fold(text).map { $0.isLetter || $0.isNumber ? $0 : " " }).split(separator: " ").joined(separator: " ")
    }
}
