import Foundation
import GuidesText

/// Expressions a reader may type for one another, declared by the site (`search: synonyms:`
/// in `content/site.yml`): the English words the guides borrow (`peer support` for `soutien
/// par les pairs`), a word and its derivative (`histoire`, `historique`), the words of readers
/// for the words of the guides (`embaucher` for `recruter`).
///
/// They apply to queries, not to the index: a query that contains one expression of a group
/// also runs with each other expression in its place, and each document keeps its best score
/// (a replaced expression counts `SearchSynonyms.factor` as much, so the reader's own words win
/// a tie). Expressions match by index key, so `pairs` finds the group of `pair`.
public struct SearchSynonyms: Sendable, Equatable {
    /// One expression: the query units it is made of, and the key each unit matches by.
    public struct Expression: Sendable, Equatable {
        public var units: [SearchEngine.QueryUnit]
        public var keys: [String]
    }

    public var groups: [[Expression]]

    /// How much a document found through a synonym counts, per expression replaced.
    public static let factor = 0.7
    /// The most variants of one query (its expressions replaced in turn and together).
    public static let maximumVariants = 16

    public init(groups: [[Expression]] = []) {
        self.groups = groups
    }

    /// The groups of the site's settings, read like queries. A unit's key is the index key of
    /// its word, or the word itself when the corpus does not have it.
    public init(_ declared: [[String]], index: SearchIndex) {
        self.init(declared, stopWords: FrenchAnalyzer.stopWords, forms: index.forms)
    }

    init(_ declared: [[String]], stopWords: Set<String>, forms: [String: String]) {
        groups = declared.map { group in
            group.compactMap { text in
                let units = SearchEngine.analyse(text, stopWords: stopWords).map {
                    SearchEngine.QueryUnit(parts: $0.parts, joined: $0.joined, isLast: false)
                }
                guard !units.isEmpty else { return nil }
                return Expression(units: units, keys: units.map { unit in
                    let word = Self.keyWord(of: unit)
                    return forms[word] ?? word
                })
            }
        }
        .filter { $0.count > 1 }
    }

    /// The word a unit is matched by: a compound's joined form, else the word.
    static func keyWord(of unit: SearchEngine.QueryUnit) -> String {
        unit.joined ?? unit.parts.first ?? ""
    }

    /// The queries to run for `units` whose keys are `keys`: the query itself first, then, from
    /// left to right, each expression found replaced by the others of its group.
    public func variants(of units: [SearchEngine.QueryUnit], keys: [String]) -> [(units: [SearchEngine.QueryUnit], factor: Double)] {
        guard !groups.isEmpty else { return [(units, 1)] }
        var variants: [(units: [SearchEngine.QueryUnit], factor: Double)] = [([], 1)]
        var index = 0
        while index < units.count {
            // The longest expression that starts here (`soutien par les pairs` before `pairs`).
            var found: (length: Int, others: [Expression])?
            for group in groups {
                for (number, expression) in group.enumerated() {
                    let length = expression.keys.count
                    guard length > found?.length ?? 0, index + length <= units.count,
                          Array(keys[index..<(index + length)]) == expression.keys
                    else { continue }
                    found = (length, group.enumerated().filter { $0.offset != number }.map(\.element))
                }
            }
            guard let (length, others) = found else {
                for number in variants.indices { variants[number].units.append(units[index]) }
                index += 1
                continue
            }
            let span = Array(units[index..<(index + length)])
            var next: [(units: [SearchEngine.QueryUnit], factor: Double)] = []
            for variant in variants {
                next.append((variant.units + span, variant.factor))
                for other in others { next.append((variant.units + other.units, variant.factor * Self.factor)) }
            }
            variants = Array(next.prefix(Self.maximumVariants))
            index += length
        }
        return variants
    }

    /// As `meta.js` carries them: groups of expressions of units `[parts, joined or "", key]`.
    var payload: [[[[Any]]]] {
        groups.map { group in
            group.map { expression in
                zip(expression.units, expression.keys).map { unit, key in [unit.parts, unit.joined ?? "", key] as [Any] }
            }
        }
    }

    /// Reads `payload` back.
    init(payload: Any?) {
        let groups = payload as? [[[[Any]]]] ?? []
        self.groups = groups.map { group in
            group.map { expression in
                let units = expression.map { row in
                    let joined = row.count > 1 ? row[1] as? String ?? "" : ""
                    return SearchEngine.QueryUnit(parts: row.first as? [String] ?? [], joined: joined.isEmpty ? nil : joined, isLast: false)
                }
                return Expression(units: units, keys: expression.map { $0.count > 2 ? $0[2] as? String ?? "" : "" })
            }
        }
    }
}
