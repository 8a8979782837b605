import Mustache

/// The escaping of `{{value}}` in every template: swift-mustache's HTML escaping, on bytes.
///
/// swift-mustache escapes character by character through a dictionary look-up (a hash per
/// character of every value of every page: 2 % of a build). It lets a template choose its
/// escaping with the `CONTENT_TYPE` pragma, so each template is read with this pragma on a
/// line of its own before its first line: the templates' files stay plain Mustache.
enum HTMLEscaping: MustacheContentType {
    case html

    static let name = "GUIDES_HTML"
    /// A standalone tag: its line leaves nothing in the output.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    static func register() {
        MustacheContentTypes.register(HTMLEscaping.html, named: name)  // (idempotent)
    }

    /// `<`, `>`, `&`, `"` and `'` as swift-mustache writes them; any other byte as it is.
    func escapeText(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x3C: bytes.append(contentsOf: "&lt;".utf8)
            case 0x3E: bytes.append(contentsOf: "&gt;".utf8)
            case 0x26: bytes.append(contentsOf: "&amp;".utf8)
            case 0x22: bytes.append(contentsOf: "&quot;".utf8)
            case 0x27: bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
