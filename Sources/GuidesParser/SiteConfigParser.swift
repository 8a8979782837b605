import GuidesModel
import Yams

/// Reads `content/site.yml`: the site's title, description, base URL and language, and the
/// search's synonyms (`search: synonyms: [[peer support, soutien par les pairs], …]`) and the
/// editor's glossary rules (`glossary:`, see `GlossarySettingsParser`).
public enum SiteConfigParser {
    static let knownKeys = ["title", "description", "base_url", "language", "search", "glossary"]

    public static func parse(_ text: String, path: String) -> (SiteConfig?, [Diagnostic]) {
        let start = SourceLocation(path: path)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return (nil, [YAMLErrors.diagnostic(for: error, path: path, lineOffset: 0)])
        } catch {
            return (nil, [.error("invalid YAML: \(error)", at: start)])
        }
        guard let mapping = root?.mapping else {
            return (nil, [.error("site settings must be a YAML mapping (title: …)", at: start)])
        }
        var reader = MappingReader(mapping: mapping, path: path, lineOffset: 0, fallback: start)
        let title = reader.string("title")
        let description = mapping["description"] == nil ? "" : reader.string("description") ?? ""
        let baseURL = mapping["base_url"] == nil ? "/" : reader.string("base_url") ?? "/"
        let language = mapping["language"] == nil ? "fr" : reader.string("language") ?? "fr"
        if !(baseURL.hasPrefix("/") || baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://")) {
            reader.diagnostics.append(.error("'base_url' must start with '/' or 'http(s)://', found '\(baseURL)'", at: reader.location(of: "base_url")))
        }
        for key in reader.keys where !knownKeys.contains(key) {
            reader.diagnostics.append(.warning("unknown site setting '\(key)' (known: \(knownKeys.joined(separator: ", ")))", at: reader.location(of: key)))
        }
        let synonyms = mapping["search"].map { searchSettings($0, in: &reader) } ?? []
        let glossary = mapping["glossary"].map { GlossarySettingsParser.parse($0, in: &reader) } ?? GlossarySettings()
        guard let title, !reader.diagnostics.hasErrors else { return (nil, reader.diagnostics) }
        return (SiteConfig(title: title, description: description, baseURL: baseURL, language: language, searchSynonyms: synonyms, glossary: glossary), reader.diagnostics)
    }

    /// `search:`, a mapping whose `synonyms` is a list of groups, each a list of two
    /// expressions or more.
    static func searchSettings(_ node: Node, in reader: inout MappingReader) -> [[String]] {
        guard let settings = node.mapping else {
            reader.diagnostics.append(.error("'search' must be a mapping (synonyms: …)", at: reader.location(of: node)))
            return []
        }
        var search = MappingReader(mapping: settings, path: reader.path, lineOffset: reader.lineOffset, fallback: reader.location(of: node))
        defer { reader.diagnostics += search.diagnostics }
        for key in search.keys where key != "synonyms" {
            search.diagnostics.append(.warning("unknown search setting '\(key)' (known: synonyms)", at: search.location(of: key)))
        }
        guard let list = settings["synonyms"] else { return [] }
        guard let groups = list.sequence else {
            search.diagnostics.append(.error("'synonyms' must be a list of groups, e.g. - [peer support, soutien par les pairs]", at: search.location(of: list)))
            return []
        }
        var result: [[String]] = []
        for group in groups {
            let expressions = group.sequence?.compactMap { $0.scalar?.string.trimmed }.filter { !$0.isEmpty } ?? []
            guard let items = group.sequence, expressions.count == items.count, expressions.count >= 2 else {
                search.diagnostics.append(.error("a synonym group must list two expressions or more, e.g. [self-help, auto-support]", at: search.location(of: group)))
                continue
            }
            result.append(expressions)
        }
        return result
    }
}
