/// White space handling shared by the importer, the parser, the extractors and the renderer.
///
/// White space is Unicode's (NBSP and the narrow NBSP included, as PDFs and French typography
/// produce them), tested by scalar with a fast path for ASCII: these run on every block.
extension StringProtocol {
    /// Without leading and trailing white space.
    public var trimmed: String {
        let text = Substring(self)
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }),
              let last = scalars.lastIndex(where: { !$0.isSpace }) else { return "" }
        // (Sliced, not rebuilt scalar by scalar.)
        return String(Substring(scalars[first...last]))
    }

    public var isBlankLine: Bool { unicodeScalars.allSatisfy(\.isSpace) }

    /// White space runs (line breaks included) as single spaces, trimmed.
    public var collapsingWhitespace: String {
        var text = String(self)
        return text.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                // A run of ASCII that is not white space, copied at once.
                var end = index
                while end < bytes.count, bytes[end] < 0x80, bytes[end] != 0x20, !(0x09...0x0D).contains(bytes[end]) { end += 1 }
                if end > index {
                    if pendingSpace { result.append(0x20) }
                    pendingSpace = false
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    index = end
                    continue
                }
                let byte = bytes[index]
                // (ASCII, nearly every byte, without decoding a scalar.)
                let isSpace: Bool, length: Int
                if byte < 0x80 {
                    isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
                    length = 1
                } else {
                    let (scalar, scalarLength) = bytes.scalar(at: index)
                    isSpace = scalar?.isSpace ?? false
                    length = scalarLength
                }
                if isSpace {
                    pendingSpace = !result.isEmpty
                } else {
                    if pendingSpace { result.append(0x20) }
                    pendingSpace = false
                    if length == 1 {
                        result.append(byte)
                    } else {
                        result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<Swift.min(bytes.count, index + length)]))
                    }
                }
                index += length
            }
            return String(decoding: result, as: UTF8.self)
        }
    }
}
