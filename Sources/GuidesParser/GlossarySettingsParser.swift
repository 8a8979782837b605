import GuidesModel
import Yams

/// Reads `glossary:` in `site.yml`:
///
/// ```yaml
/// glossary:
///   aliases:                      # another name of a term: both spellings are one term
///     GEM: groupe d'entraide mutuelle
///     MSP: [médiateur de santé pair, médiatrice de santé pair]
///   ignore:                       # terms kept out of the glossary
///     - pairs
///   merge:                        # a term folded into another, whose name it keeps
///     patient-expert ou partenaire: patient expert
/// ```
enum GlossarySettingsParser {
    static let knownKeys = ["aliases", "ignore", "merge"]

    static func parse(_ node: Node, in reader: inout MappingReader) -> GlossarySettings {
        guard let mapping = node.mapping else {
            reader.diagnostics.append(.error("'glossary' must be a mapping (aliases:, ignore:, merge:)", at: reader.location(of: node)))
            return GlossarySettings()
        }
        var glossary = MappingReader(mapping: mapping, path: reader.path, lineOffset: reader.lineOffset, fallback: reader.location(of: node))
        defer { reader.diagnostics += glossary.diagnostics }
        for key in glossary.keys where !knownKeys.contains(key) {
            glossary.diagnostics.append(.warning("unknown glossary setting '\(key)' (known: \(knownKeys.joined(separator: ", ")))", at: glossary.location(of: key)))
        }
        var settings = GlossarySettings()
        if let aliases = mapping["aliases"] {
            settings.aliases = pairs(aliases, key: "aliases", example: "GEM: groupe d'entraide mutuelle", listsAllowed: true, in: &glossary)
        }
        if let merges = mapping["merge"] {
            settings.merges = pairs(merges, key: "merge", example: "patient-expert ou partenaire: patient expert", listsAllowed: false, in: &glossary)
        }
        if let ignored = mapping["ignore"] {
            if let list = ignored.sequence {
                for item in list {
                    guard let term = item.scalar?.string.trimmed, !term.isEmpty else {
                        glossary.diagnostics.append(.error("'ignore' lists terms, one per line: - pairs", at: glossary.location(of: item)))
                        continue
                    }
                    settings.ignored.append(.init(term: term, location: glossary.location(of: item)))
                }
            } else {
                glossary.diagnostics.append(.error("'ignore' must be a list of terms, e.g. - pairs", at: glossary.location(of: ignored)))
            }
        }
        return settings
    }

    /// `term: spelling` entries; with `listsAllowed`, `term: [spelling, spelling]` too.
    static func pairs(_ node: Node, key: String, example: String, listsAllowed: Bool, in reader: inout MappingReader) -> [GlossarySettings.Entry] {
        guard let mapping = node.mapping else {
            reader.diagnostics.append(.error("'\(key)' must be a mapping of terms, e.g. \(example)", at: reader.location(of: node)))
            return []
        }
        var entries: [GlossarySettings.Entry] = []
        for (termNode, value) in mapping {
            let location = reader.location(of: termNode)
            guard let term = termNode.scalar?.string.trimmed, !term.isEmpty else {
                reader.diagnostics.append(.error("a term in '\(key)' must be a text, e.g. \(example)", at: location))
                continue
            }
            let targets: [String]? = if let scalar = value.scalar?.string.trimmed, !scalar.isEmpty {
                [scalar]
            } else if listsAllowed, let list = value.sequence, !list.isEmpty {
                list.compactMap { $0.scalar?.string.trimmed }.filter { !$0.isEmpty }.count == list.count
                    ? list.compactMap { $0.scalar?.string.trimmed } : nil
            } else {
                nil
            }
            guard let targets else {
                reader.diagnostics.append(.error("'\(term)' in '\(key)' needs \(listsAllowed ? "a spelling or a list of spellings" : "the term it goes into"), e.g. \(example)", at: location))
                continue
            }
            for target in targets {
                if target.lowercased() == term.lowercased() {
                    reader.diagnostics.append(.warning("'\(term)' in '\(key)' names itself; nothing to do", at: location))
                    continue
                }
                entries.append(.init(term: term, target: target, location: location))
            }
        }
        return entries
    }
}
