import Foundation

extension Unicode.Scalar {
    /// `properties.isWhitespace`, without the property look-up for ASCII (nearly every scalar
    /// of the corpus): that look-up was the largest single cost of a build.
    @inlinable public var isSpace: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }

    /// `properties.isAlphabetic` (what `Character.isLetter` tests), by range for ASCII.
    @inlinable public var isLetter: Bool {
        value < 0x80 ? (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) : properties.isAlphabetic
    }

    /// `properties.isLowercase` (what `Character.isLowercase` tests), by range for ASCII.
    @inlinable public var isLowercase: Bool {
        value < 0x80 ? (0x61...0x7A).contains(value) : properties.isLowercase
    }

    /// `properties.isUppercase` (what `Character.isUppercase` tests), by range for ASCII.
    @inlinable public var isUppercase: Bool {
        value < 0x80 ? (0x41...0x5A).contains(value) : properties.isUppercase
    }

    /// A combining mark of the Latin accents, part of the letter before it (`e` + `◌́`).
    @inlinable public var isCombiningAccent: Bool { (0x0300...0x036F).contains(value) }
}

extension UnsafeBufferPointer<UInt8> {
    /// The scalar whose UTF-8 starts at `index`, and its length in bytes: for loops over a
    /// text's bytes that ask Unicode only outside ASCII. Nil (one byte long) for a byte that
    /// starts no valid scalar.
    @inlinable public func scalar(at index: Int) -> (scalar: Unicode.Scalar?, length: Int) {
        let byte = self[index]
        if byte < 0x80 { return (Unicode.Scalar(byte), 1) }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        var decoder = UTF8()
        var iterator = UnsafeBufferPointer(rebasing: self[index..<Swift.min(count, index + length)]).makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return (nil, 1) }
        return (scalar, length)
    }
}

/// Small text facts several components need, in one place.
extension StringProtocol {
    /// `être` → `Être`: only the first letter changes.
    public var capitalizedFirst: String {
        guard let first else { return String(self) }
        return first.uppercased() + dropFirst()
    }

    /// `count >= n`, counting no further than `n` characters (`count` reads the whole text,
    /// grapheme by grapheme); a text of fewer than `n` bytes is answered without reading it.
    public func hasAtLeast(_ n: Int) -> Bool {
        utf8.count >= n && index(startIndex, offsetBy: n, limitedBy: endIndex) != nil
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
        // On bytes, scalars decoded only outside ASCII (a digit is what `Character.isNumber`
        // says of its first scalar): reference texts run to hundreds of words.
        var folded = fold(text)
        return folded.withUTF8 { source in
            var result: [UInt8] = []
            result.reserveCapacity(source.count)
            var pendingSpace = false
            var index = 0
            while index < source.count {
                let byte = source[index]
                let length: Int
                let kept: Bool
                if byte < 0x80 {
                    length = 1
                    kept = (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte)
                } else {
                    let (decoded, scalarLength) = source.scalar(at: index)
                    length = scalarLength
                    if let scalar = decoded {
                        kept = scalar.isLetter || scalar.properties.numericType != nil || !result.isEmpty && scalar.isCombiningAccent
                    } else {
                        kept = false
                    }
                }
                if kept {
                    if pendingSpace { result.append(UInt8(ascii: " ")) }
                    pendingSpace = false
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: source[index..<index + length]))
                } else {
                    pendingSpace = !result.isEmpty
                }
                index += length
            }
            return String(decoding: result, as: UTF8.self)
        }
    }
}

/// Whether `needle` occurs in `haystack`, by bytes over UTF-8 (see `StringSearch.swift`); an
/// empty needle occurs everywhere.
public func includes(_ haystack: String, _ needle: String) -> Bool {
    guard !needle.isEmpty else { return true }
    var haystack = haystack, needle = needle
    return haystack.withUTF8 { h in needle.withUTF8 { ByteSearch.first($0, in: h) != nil } }
}
