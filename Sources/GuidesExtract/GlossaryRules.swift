import GuidesModel
import GuidesText

/// The editor's `glossary:` settings as the term merger uses them: spellings compared by
/// `TermKey`, so `Patient-expert ou partenaire` and `patient expert ou partenaire` are one rule.
struct GlossaryRules {
    let settings: GlossarySettings
    /// Key of a spelling → key of the term it belongs to (aliases and merges).
    private let redirects: [String: String]
    /// Key of a term → the spellings the editor gives it as aliases.
    private let extraAliases: [String: [String]]
    /// Key of a merge's target → the target as the editor spells it (the term's name).
    private let targetNames: [String: String]
    private let ignored: Set<String>

    init(_ settings: GlossarySettings) {
        self.settings = settings
        var redirects: [String: String] = [:]
        var extraAliases: [String: [String]] = [:]
        var targetNames: [String: String] = [:]
        for entry in settings.aliases {
            guard let alias = entry.target else { continue }
            let key = TermKey.make(entry.term)
            redirects[TermKey.make(alias)] = key
            extraAliases[key, default: []].append(alias)
        }
        for entry in settings.merges {
            guard let target = entry.target else { continue }
            let key = TermKey.make(target)
            redirects[TermKey.make(entry.term)] = key
            if targetNames[key] == nil { targetNames[key] = target }
        }
        self.redirects = redirects
        self.extraAliases = extraAliases
        self.targetNames = targetNames
        ignored = Set(settings.ignored.map { TermKey.make($0.term) })
    }

    /// The key a spelling's term is grouped under: its own, or the one an alias or a merge
    /// sends it to (followed a few steps, never in a loop).
    func canonical(_ key: String) -> String {
        var key = key
        var seen: Set<String> = [key]
        while let next = redirects[key], seen.insert(next).inserted { key = next }
        return key
    }

    func isRedirected(_ key: String) -> Bool { redirects[key] != nil }

    func ignores(_ spellings: [String]) -> Bool {
        !ignored.isEmpty && spellings.contains { ignored.contains(TermKey.make($0)) }
    }

    func aliases(for key: String) -> [String] { extraAliases[key] ?? [] }

    func name(for key: String) -> String? { targetNames[key] }

    /// Warnings at the rules no definition matched: a misspelt rule should not fail silently.
    func unused(definitions: [Definition]) -> [Diagnostic] {
        let keys = Set(definitions.flatMap { definition -> [String] in
            let (name, aliases) = TermMerger.split(definition.term)
            return ([name] + aliases).map(TermKey.make)
        })
        var diagnostics: [Diagnostic] = []
        for entry in settings.ignored where !keys.contains(TermKey.make(entry.term)) {
            diagnostics.append(.warning("glossary: no guide defines '\(entry.term)'; nothing to ignore", at: entry.location))
        }
        for entry in settings.merges where !keys.contains(TermKey.make(entry.term)) {
            diagnostics.append(.warning("glossary: no guide defines '\(entry.term)'; nothing to merge into '\(entry.target ?? "")'", at: entry.location))
        }
        for entry in settings.aliases {
            let key = TermKey.make(entry.term)
            let found = keys.contains(key) || keys.contains { canonical($0) == key }
            if !found {
                diagnostics.append(.warning("glossary: no guide defines '\(entry.term)'; the alias '\(entry.target ?? "")' names nothing", at: entry.location))
            }
        }
        return diagnostics
    }
}
