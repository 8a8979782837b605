import GuidesModel
import Yams

/// Reads `content/site.yml`: the site's title, description, base URL and language.
public enum SiteConfigParser {
    static let knownKeys = ["title", "description", "base_url", "language"]

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
        guard let title, !reader.diagnostics.hasErrors else { return (nil, reader.diagnostics) }
        return (SiteConfig(title: title, description: description, baseURL: baseURL, language: language), reader.diagnostics)
    }
}
