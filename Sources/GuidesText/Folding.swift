import Foundation

/// French-aware text folding: the one place that decides when two spellings are "the same word".
///
/// Slugs, later term keys and the search index all fold through here, so `Rétablissement`,
/// `RETABLISSEMENT` and `rétablissement` agree everywhere.
public enum Folding {
    /// Lowercases and removes diacritics; expands the ligatures French uses (`œ` → `oe`, `æ` → `ae`).
    public static func fold(_ text: String) -> String {
        // ASCII and the Latin letters of French fold by table, byte by byte; any other character
        // is lowercased and decomposed alone (its combining marks dropped). A text that is
        // already folded ASCII (most words by the time they are keys) comes back as it is.
        var utf8 = text
        return utf8.withUTF8 { source in
            guard source.contains(where: { $0 >= 0x80 || (0x41...0x5A).contains($0) }) else { return text }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(source.count)
            var index = 0
            while index < source.count {
                // A run of ASCII, copied at once, then its capitals lowercased in place.
                var end = index, capitals = false
                while end < source.count, source[end] < 0x80 {
                    if source[end] &- 0x41 < 26 { capitals = true }
                    end += 1
                }
                if end > index {
                    let start = bytes.count
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[index..<end]))
                    if capitals {
                        bytes.withUnsafeMutableBufferPointer { folded in
                            for position in start..<folded.count where folded[position] &- 0x41 < 26 { folded[position] += 0x20 }
                        }
                    }
                    index = end
                    continue
                }
                let (decoded, length) = source.scalar(at: index)
                index += length
                // (Not UTF-8: `String` never holds such bytes; kept as the replacement character.)
                let scalar = decoded ?? "\u{FFFD}"
                let value = scalar.value
                if value < latin.count, let folded = latin[Int(value)] {
                    bytes.append(contentsOf: folded)
                } else if punctuationRange.contains(value), let folded = punctuation[Int(value - punctuationRange.lowerBound)] {
                    bytes.append(contentsOf: folded)
                } else {
                    bytes.append(contentsOf: slowFold(scalar).utf8)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// What the table gives, by Unicode itself: lowercase, decompose, drop the combining marks,
    /// spell out the ligatures.
    static func slowFold(_ scalar: Unicode.Scalar) -> String {
        var result = String.UnicodeScalarView()
        for part in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
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
        return String(result)
    }

    /// The folded UTF-8 of Latin-1, Latin Extended-A and B (both cases), by code point.
    static let latin: [[UInt8]?] = {
        var table = [[UInt8]?](repeating: nil, count: 0x250)
        for value in 0x80..<0x250 {
            if let scalar = Unicode.Scalar(value) { table[value] = Array(slowFold(scalar).utf8) }
        }
        return table
    }()

    /// General Punctuation (`’`, `–`, `…`, the spaces of typography): in every French text,
    /// and slow to fold through Unicode one scalar at a time.
    static let punctuationRange: Range<UInt32> = 0x2000..<0x2070
    static let punctuation: [[UInt8]?] = punctuationRange.map { value in
        Unicode.Scalar(value).map { Array(slowFold($0).utf8) }
    }
}
