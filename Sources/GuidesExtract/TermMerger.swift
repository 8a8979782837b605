import GuidesModel
import GuidesText

/// One term per concept: definitions grouped on `TermKey`, and on aliases written in the
/// term itself (`Médiateur de santé pair (MSP)`, `Rétablissement (recovery)`,
/// `Travailleur pair / pair-aidant professionnel`).
public enum TermMerger {
    public static func merge(_ definitions: [Definition], glossary: GlossarySettings = GlossarySettings()) -> [Term] {
        let rules = GlossaryRules(glossary)
        var groups: [[Definition]] = []
        var names: [[String]] = []
        var groupKeys: [Set<String>] = []
        var keyToGroup: [String: Int] = [:]
        for definition in definitions {
            let (name, aliases) = split(definition.term)
            let spellings = [name] + aliases
            if rules.ignores(spellings) { continue }
            let keys = spellings.map { rules.canonical(TermKey.make($0)) }.filter { !$0.isEmpty }
            // `auto-support` = `autosupport`, `pair-émulation` = `pairémulation`: a compound
            // written solid or hyphenated is one word (the search index folds them the same way).
            let lookups = keys + keys.map { $0.replacing(" ", with: "") }
            if let existing = lookups.compactMap({ keyToGroup[$0] }).first {
                groups[existing].append(definition)
                names[existing] += spellings
                groupKeys[existing].formUnion(keys)
                for key in lookups { keyToGroup[key] = existing }
            } else {
                groups.append([definition])
                names.append(spellings)
                groupKeys.append(Set(keys))
                for key in lookups { keyToGroup[key] = groups.count - 1 }
            }
        }
        var scope = SlugScope()
        return zip(groups, zip(names, groupKeys)).map { group, namesAndKeys in
            let (found, keys) = namesAndKeys
            // The name an editor gave in a merge, else the first spelling no rule sends elsewhere.
            let editorName = keys.sorted().lazy.compactMap { rules.name(for: $0) }.first
            let spellings = (editorName.map { [$0] } ?? []) + found.filter { !rules.isRedirected(TermKey.make($0)) }
                + found.filter { rules.isRedirected(TermKey.make($0)) } + keys.sorted().flatMap { rules.aliases(for: $0) }
            let name = displayName(spellings.first!)
            let nameKey = TermKey.make(name)
            var seen: Set<String> = [nameKey]
            var aliases: [String] = []
            for spelling in spellings.dropFirst() where seen.insert(TermKey.make(spelling)).inserted {
                aliases.append(displayName(spelling))
            }
            return Term(id: scope.slug(for: name), name: name, aliases: aliases, definitions: group.sorted { $0.provenance < $1.provenance })
        }
        .sorted { Folding.fold($0.name) < Folding.fold($1.name) }
    }

    /// `Médiateur de santé pair (MSP)` → (`Médiateur de santé pair`, [`MSP`]); parenthesised
    /// inclusive endings (`(euse)`, `(e)`) are not aliases.
    static func split(_ term: String) -> (name: String, aliases: [String]) {
        var aliases: [String] = []
        var name = ""
        var depth = 0
        var inner = ""
        for character in term {
            if character == "(" { depth += 1; inner = ""; continue }
            if character == ")", depth > 0 {
                depth -= 1
                let candidate = inner.trimmed
                // `(euse)`, `(e)`: inclusive endings, not names.
                let isEnding = candidate.count <= 5 && candidate.allSatisfy { $0.isLowercase }
                let isAcronym = candidate.count >= 2 && candidate.allSatisfy(\.isUppercase)
                if candidate.count > 2 || isAcronym, !isEnding { aliases.append(candidate) }
                continue
            }
            if depth > 0 { inner.append(character) } else { name.append(character) }
        }
        let parts = name.components(separatedBy: " / ").map { $0.trimmed }.filter { !$0.isEmpty }
        return (parts.first ?? name.trimmed, Array(parts.dropFirst()) + aliases)
    }

    /// `PAIR AIDANCE` → `Pair aidance`; `savoirs expérientiels` → `Savoirs expérientiels`.
    static func displayName(_ spelling: String) -> String {
        // `Travailleur (euse)-Pair(e)` → `Travailleur pair`: inclusive endings dropped.
        var cleaned = spelling.replacing(/\([^)]*\)/, with: "").replacing(" -", with: "-").replacing("- ", with: "-")
        if cleaned != spelling, let hyphen = cleaned.firstIndex(of: "-"), cleaned[cleaned.index(after: hyphen)...].first?.isUppercase == true {
            cleaned = cleaned.replacing("-", with: " ")
            cleaned = String(cleaned.prefix(1)) + cleaned.dropFirst().lowercased()
        }
        var name = cleaned.collapsingWhitespace
        let letters = name.filter(\.isLetter)
        // `PAIR AIDANCE`, `RÉTABLISSEMENT`: a title in capitals; `FALC`, `ESAT`: an acronym.
        if letters.count > 3, letters.allSatisfy(\.isUppercase), name.contains(" ") || letters.count > 6 { name = name.lowercased() }
        return name.capitalizedFirst
    }
}
