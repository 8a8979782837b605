import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search and replacement by bytes over UTF-8, for every module that imports
/// `GuidesText`.
///
/// On Linux, Foundation's `contains(_:)`, `range(of:)`, `replacingOccurrences(of:with:)` and
/// `trimmingCharacters(in:)` go through `NSString` and UTF-16. Profiles of a build showed them
/// at 13 % of the CPU time, called by every extractor on every line. These non-generic
/// overloads are chosen over Foundation's generic ones wherever `GuidesText` is imported, so
/// call sites read as usual. Foundation's forms with options or ranges are left alone.
///
/// Byte equality, not canonical equivalence: texts are expected in composed form (NFC, as
/// editors and the importer write French); a decomposed accent does not match its composed twin.
/// As in Foundation, an empty needle is never found.
extension StringProtocol {
    /// Whether `other` occurs in the text.
    @inlinable
    public func contains(_ other: String) -> Bool {
        byteOffset(of: other) != nil
    }

    /// The first occurrence of `other`.
    public func range(of other: String) -> Range<Index>? {
        guard let offset = byteOffset(of: other) else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: other.utf8.count)
    }

    /// Every occurrence of `target` replaced by `replacement`, left to right.
    public func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard byteOffset(of: target) != nil else { return String(self) }
        var result: [UInt8] = []
        var text = String(self), target = target, replacement = replacement
        text.withUTF8 { h in
            target.withUTF8 { n in
                replacement.withUTF8 { r in
                    result.reserveCapacity(h.count)
                    var start = 0
                    while start < h.count {
                        if start <= h.count - n.count, ByteSearch.matches(n, in: h, at: start) {
                            result.append(contentsOf: r)
                            start += n.count
                        } else {
                            result.append(h[start])
                            start += 1
                        }
                    }
                }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The byte offset of the first occurrence of `other`, nil if none (or if it is empty).
    @usableFromInline
    func byteOffset(of other: String) -> Int? {
        guard !other.isEmpty else { return nil }
        if let found = utf8.withContiguousStorageIfAvailable({ h in
            var needle = other
            return needle.withUTF8 { ByteSearch.first($0, in: h) }
        }) { return found }
        var text = String(self), needle = other
        return text.withUTF8 { h in needle.withUTF8 { ByteSearch.first($0, in: h) } }
    }
}

extension String {
    /// The text without the leading and trailing scalars of `set`.
    public func trimmingCharacters(in set: CharacterSet) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }),
              let last = scalars.lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(Substring(scalars[first...last]))
    }

}

/// The byte loops behind `StringSearch` and `includes`.
public enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `haystack`.
    @inlinable
    public static func first(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count, let base = haystack.baseAddress else { return nil }
        let lead = Int32(needle[0])
        let last = haystack.count - needle.count
        var start = 0
        // libc's `memchr` (vectorised) finds each candidate for the first byte.
        while start <= last, let found = memchr(base + start, lead, last - start + 1) {
            let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if matches(needle, in: haystack, at: offset) { return offset }
            start = offset + 1
        }
        return nil
    }

    /// Whether `needle` occurs in `haystack` at `start` (which leaves room for it).
    @inlinable
    public static func matches(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var offset = 0
        while offset < needle.count {
            if haystack[start + offset] != needle[offset] { return false }
            offset += 1
        }
        return true
    }
}
