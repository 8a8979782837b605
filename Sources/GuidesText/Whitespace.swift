/// White space handling shared by the importer and the parser.
extension StringProtocol {
    /// Without leading and trailing white space (NBSP included, as PDFs produce it).
    public var trimmed: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }

    public var isBlankLine: Bool { allSatisfy(\.isWhitespace) }
}
