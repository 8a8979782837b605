/// JSON text of the site's files (search shards, pages' JSON-LD), written straight into a byte
/// buffer: compact, object keys in code-point order, `</` written `<\/` so the text can sit in
/// a script. Foundation's `JSONSerialization` took a tenth of a build, most of it sorting keys
/// by locale.
public enum JSONText {
    public static func encode(_ value: Any) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4096)
        write(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// JSON already written, put as it is where a value goes: rows of many small values
    /// (posting lists, document rows) are written typed, not cast back from `Any` one by one.
    public struct Fragment {
        public var bytes: [UInt8] = []
        public init() {}

        /// A value of the array being written, after a comma if it is not the first.
        public mutating func string(_ value: String) { separate(); JSONText.write(string: value, to: &bytes) }
        public mutating func integer(_ value: Int) { separate(); JSONText.write(integer: value, to: &bytes) }
        public mutating func integers(_ values: [Int]) { separate(); JSONText.writeIntegers(values, to: &bytes) }

        /// A comma unless the fragment is empty or just opened an array.
        private mutating func separate() {
            if let last = bytes.last, last != UInt8(ascii: "[") { bytes.append(UInt8(ascii: ",")) }
        }

        /// An array of the values `body` adds.
        public static func array(_ body: (inout Fragment) -> Void) -> Fragment {
            var fragment = Fragment()
            fragment.bytes.append(UInt8(ascii: "["))
            body(&fragment)
            fragment.bytes.append(UInt8(ascii: "]"))
            return fragment
        }
    }

    public static func write(_ value: Any, to bytes: inout [UInt8]) {
        switch value {
        case let fragment as Fragment: bytes.append(contentsOf: fragment.bytes)
        case let fragments as [Fragment]: writeArray(fragments, to: &bytes) { $1.append(contentsOf: $0.bytes) }
        case let string as String: write(string: string, to: &bytes)
        case let number as Int: write(integer: number, to: &bytes)
        case let number as Double: write(number: number, to: &bytes)
        case let flag as Bool: bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        // (Arrays and objects of one known type are written without boxing each element in
        // `Any` and casting it back: posting lists are long arrays of integers.)
        case let numbers as [Int]: writeIntegers(numbers, to: &bytes)
        case let strings as [String]: writeArray(strings, to: &bytes) { write(string: $0, to: &$1) }
        case let array as [Any]: writeArray(array, to: &bytes) { write($0, to: &$1) }
        case let object as [String: Int]: writeObject(object, to: &bytes) { write(integer: $0, to: &$1) }
        case let object as [String: Any]: writeObject(object, to: &bytes) { write($0, to: &$1) }
        default: bytes.append(contentsOf: "null".utf8)
        }
    }

    /// `[a,b,…]`, each element written by `element`.
    private static func writeArray<Element>(_ array: [Element], to bytes: inout [UInt8], element: (Element, inout [UInt8]) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (offset, value) in array.enumerated() {
            if offset > 0 { bytes.append(UInt8(ascii: ",")) }
            element(value, &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private static func writeIntegers(_ array: [Int], to bytes: inout [UInt8]) {
        writeArray(array, to: &bytes) { write(integer: $0, to: &$1) }
    }

    /// Decimal digits, written in place (right to left into a small buffer, then appended).
    static func write(integer: Int, to bytes: inout [UInt8]) {
        if integer >= 0, integer < 10 { bytes.append(UInt8(ascii: "0") + UInt8(integer)); return }
        guard integer != .min else { bytes.append(contentsOf: String(integer).utf8); return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var start = buffer.count
            var rest = integer.magnitude
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            if integer < 0 {
                start -= 1
                buffer[start] = UInt8(ascii: "-")
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
        }
    }

    /// `{"k":v,…}`, keys in code-point order, each value written by `value`.
    private static func writeObject<Value>(_ object: [String: Value], to bytes: inout [UInt8], value: (Value, inout [UInt8]) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        // (Pairs sorted once, by their keys' UTF-8 bytes: code-point order, without looking
        // each key up again.)
        for (offset, pair) in object.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }).enumerated() {
            if offset > 0 { bytes.append(UInt8(ascii: ",")) }
            write(string: pair.key, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            value(pair.value, &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    /// Integral values without a fraction (`2`), others in their shortest exact form.
    static func write(number: Double, to bytes: inout [UInt8]) {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15 {
            write(integer: Int(number), to: &bytes)
        } else if number.isFinite {
            bytes.append(contentsOf: number.description.utf8)
        } else {
            bytes.append(contentsOf: "null".utf8)
        }
    }

    static func write(string: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var previous: UInt8 = 0
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), byte])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), byte])
            case UInt8(ascii: "/") where previous == UInt8(ascii: "<"): bytes.append(contentsOf: [UInt8(ascii: "\\"), byte])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            default: bytes.append(byte)
            }
            previous = byte
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
