import GuidesModel
import GuidesText
import Yams

/// A content file cut in two: the YAML between the `---` fences and the Markdown after them.
public struct FrontMatterSplit: Sendable {
    public var yaml: String
    /// File line of the first YAML line (the line after the opening fence).
    public var yamlFirstLine: Int
    /// The Markdown body, preceded by blank lines so that its line numbers are the file's.
    public var body: String
}

/// Reads the YAML front matter of a guide into a validated `FrontMatter`.
///
/// Errors point at the offending line: the YAML syntax error's position, the key with a
/// wrong value, or the opening fence when a required key is missing.
public enum FrontMatterParser {
    static let requiredKeys = ["title", "short_title", "authors", "publisher", "date", "source", "summary", "order"]

    /// Splits a content file at its front matter fences.
    public static func split(_ text: String, path: String) -> Result<FrontMatterSplit, Diagnostic> {
        // Lines found by bytes, up to the closing fence only: the body is taken whole.
        var text = Substring(text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        let bytes = text.utf8
        /// The line starting at `start` (without its `\r`), and where the next one starts.
        func line(from start: Substring.Index) -> (line: Substring, next: Substring.Index?) {
            guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else { return (withoutReturn(text[start...]), nil) }
            return (withoutReturn(text[start..<newline]), bytes.index(after: newline))
        }
        var (first, next) = line(from: text.startIndex)
        guard first.trimmed == "---" else {
            return .failure(.error("missing front matter: the file must start with a line '---'", at: SourceLocation(path: path)))
        }
        let yamlStart = next
        var number = 0
        while let start = next {
            number += 1
            (first, next) = line(from: start)
            guard first.trimmed == "---" else { continue }
            // `number` is the closing fence's line index (0-based): the body keeps its lines.
            let yaml = withoutReturns(text[yamlStart!..<start].dropLast())
            let body = String(repeating: "\n", count: number + 1) + withoutReturns(next.map { text[$0...] } ?? "")
            return .success(FrontMatterSplit(yaml: yaml, yamlFirstLine: 2, body: body))
        }
        return .failure(.error("front matter is not closed: add a line '---' after it", at: SourceLocation(path: path)))
    }

    /// A line without the `\r` of a CRLF ending.
    static func withoutReturn(_ line: Substring) -> Substring {
        line.utf8.last == UInt8(ascii: "\r") ? Substring(line.utf8.dropLast()) : line
    }

    /// Lines joined by `\n` without their CRLF `\r`s.
    static func withoutReturns(_ lines: Substring) -> String {
        guard lines.utf8.contains(UInt8(ascii: "\r")) else { return String(lines) }
        // (By bytes: as a `Character`, `\r\n` is one, and no split at `\n` would cut it.)
        return lines.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { withoutReturn(Substring($0)) }.joined(separator: "\n")
    }

    /// Parses and validates the YAML of a split file. Unknown keys are warnings, so that a typo
    /// (`sumary`) does not go unnoticed.
    public static func parse(_ split: FrontMatterSplit, path: String) -> (FrontMatter?, [Diagnostic]) {
        let offset = split.yamlFirstLine - 1
        let fenceLocation = SourceLocation(path: path, line: 1)
        let root: Node?
        do {
            root = try Yams.compose(yaml: split.yaml)
        } catch let error as YamlError {
            return (nil, [YAMLErrors.diagnostic(for: error, path: path, lineOffset: offset)])
        } catch {
            return (nil, [.error("front matter: \(error)", at: fenceLocation)])
        }
        guard let mapping = root?.mapping else {
            return (nil, [.error("front matter must be a YAML mapping of keys to values", at: fenceLocation)])
        }
        var reader = MappingReader(mapping: mapping, path: path, lineOffset: offset, fallback: fenceLocation)
        let title = reader.string("title")
        let shortTitle = reader.string("short_title")
        let authors = reader.stringList("authors")
        let publisher = reader.string("publisher")
        let dateText = reader.string("date")
        let source = reader.string("source")
        let summary = reader.string("summary")
        let order = reader.integer("order")
        var date: GuideDate?
        if let dateText {
            date = GuideDate(dateText)
            if date == nil {
                reader.diagnostics.append(.error("'date' must be YYYY or YYYY-MM, found '\(dateText)'", at: reader.valueLocation(of: "date")))
            }
        }
        for key in reader.keys where !requiredKeys.contains(key) {
            reader.diagnostics.append(.warning("unknown front matter key '\(key)' (known keys: \(requiredKeys.joined(separator: ", ")))", at: reader.location(of: key)))
        }
        guard let title, let shortTitle, let authors, let publisher, let date, let source, let summary, let order else {
            return (nil, reader.diagnostics.sortedByLocation)
        }
        let frontMatter = FrontMatter(
            title: title, shortTitle: shortTitle, authors: authors, publisher: publisher,
            date: date, source: source, summary: summary, order: order)
        return (frontMatter, reader.diagnostics.sortedByLocation)
    }
}

/// Reads typed values out of a YAML mapping, recording a located diagnostic for each problem.
struct MappingReader {
    let mapping: Node.Mapping
    let path: String
    let lineOffset: Int
    let fallback: SourceLocation
    var diagnostics: [Diagnostic] = []

    var keys: [String] { mapping.keys.compactMap(\.string) }

    func location(of key: String) -> SourceLocation {
        guard let keyNode = mapping.keys.first(where: { $0.string == key }), let mark = keyNode.mark else { return fallback }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    func valueLocation(of key: String) -> SourceLocation {
        mapping[key].map { valueLocation($0, key: key) } ?? location(of: key)
    }

    private func valueLocation(_ node: Node, key: String) -> SourceLocation {
        node.mark == nil ? location(of: key) : location(of: node)
    }

    /// Where a node of this mapping (a value, an item of a list) starts.
    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return fallback }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    private mutating func value(_ key: String) -> Node? {
        guard let node = mapping[key] else {
            diagnostics.append(.error("missing required front matter key '\(key)'", at: fallback))
            return nil
        }
        return node
    }

    mutating func string(_ key: String) -> String? {
        guard let node = value(key) else { return nil }
        guard let scalar = node.scalar, !scalar.string.trimmed.isEmpty else {
            diagnostics.append(.error("'\(key)' must be a non-empty text", at: valueLocation(node, key: key)))
            return nil
        }
        return scalar.string.trimmed
    }

    mutating func integer(_ key: String) -> Int? {
        guard let node = value(key) else { return nil }
        guard let scalar = node.scalar, let number = Int(scalar.string) else {
            diagnostics.append(.error("'\(key)' must be a whole number", at: valueLocation(node, key: key)))
            return nil
        }
        return number
    }

    mutating func stringList(_ key: String) -> [String]? {
        guard let node = value(key) else { return nil }
        guard let sequence = node.sequence, !sequence.isEmpty,
              sequence.allSatisfy({ $0.scalar.map { !$0.string.isEmpty } ?? false })
        else {
            diagnostics.append(.error("'\(key)' must be a list of names, e.g. [\"Prénom Nom\"]", at: valueLocation(node, key: key)))
            return nil
        }
        return sequence.compactMap { $0.scalar?.string }
    }
}

/// Turns Yams errors into located diagnostics.
enum YAMLErrors {
    static func diagnostic(for error: YamlError, path: String, lineOffset: Int) -> Diagnostic {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return .error("invalid YAML: \(problem)", at: SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column))
        case let .duplicatedKeysInMapping(duplicates, _):
            return .error("duplicated keys: \(duplicates.joined(separator: ", "))", at: SourceLocation(path: path, line: 1 + lineOffset))
        default:
            return .error("invalid YAML: \(error)", at: SourceLocation(path: path, line: 1 + lineOffset))
        }
    }
}
