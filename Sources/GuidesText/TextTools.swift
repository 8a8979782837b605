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

/// Whether `needle` occurs in `haystack`, by bytes over UTF-8: Foundation's `contains` and
/// `range(of:)` go through `NSString` on Linux, which made substring tests the slow part of a
/// build. (Byte equality, not canonical equivalence: the texts are NFC.)
public func includes(_ haystack: String, _ needle: String) -> Bool {
    guard !needle.isEmpty else { return true }
    var haystack = haystack, needle = needle
    return haystack.withUTF8 { h in
        needle.withUTF8 { n in
            guard n.count <= h.count else { return false }
            let first = n[0]
            var start = 0
            while start <= h.count - n.count {
                if h[start] == first {
                    var offset = 1
                    while offset < n.count, h[start + offset] == n[offset] { offset += 1 }
                    if offset == n.count { return true }
                }
                start += 1
            }
            return false
        }
    }
}
