import Foundation
import GuidesText

/// Answers a query from the index files, exactly as the browser's `search.js` does (same
/// steps, same order of arithmetic), so that `guides search` shows what readers see.
///
/// 1. The query is folded and split like the indexed text: elisions dropped, compounds
///    giving their parts and the joined word, stop words dropped (unless nothing else is left,
///    or written as an acronym: `DU`).
/// 2. Each word finds surface forms in its shard: the same word (×1); else, for the last
///    word typed, the forms it begins (×0.75, 3+ letters), for results as you type; else forms
///    one or two typos away (×0.6, ×0.45; 5+ and 9+ letters, same first letters). The word is
///    as rare (idf) as the most common of the stems it found with its best factor.
/// 3. A document scores, for each word, its best `weight × idf × factor` among those stems;
///    the scores add up, times (words found ÷ words)², times 1 + the share of its title the
///    query covers (`Questions à poser` for « questions à poser en entretien »).
/// 4. Results show the best item of each group once (a term and its definitions).
public struct SearchEngine {
    public struct Result: Equatable, Sendable {
        public var kind: String
        public var title: String
        public var url: String
        public var guide: String?
        public var snippet: String
        public var score: Double
    }

    struct Shard {
        var words: [String: Int]
        var stems: [(stem: String, idf: Int, postings: [(doc: Int, weight: Int, title: Int)])]
    }

    /// How much more a document counts when the query covers all of its title (`Questions à
    /// poser` for « questions à poser en entretien »), in proportion to how much it covers.
    static let titlePrecisionBoost = 1.0


    let load: (String) -> String?
    let prefixes: [String]
    let stopWords: Set<String>
    let kinds: [String]
    let guides: [String]
    let documentsPerChunk: Int
    var synonyms: SearchSynonyms
    /// Document → the first document of its group (a term and its definitions show once).
    let groupOf: [Int: Int]
    var shards: [String: Shard] = [:]
    var chunks: [Int: [[Any]]] = [:]

    /// `load` reads a file of `recherche/index/` by name (`meta.js`).
    public init?(load: @escaping (String) -> String?) {
        guard let text = load("meta.js"), let meta = SearchShards.payload(of: text) as? [String: Any],
              let prefixes = meta["shards"] as? [String]
        else { return nil }
        self.load = load
        self.prefixes = prefixes
        self.stopWords = Set(meta["stop"] as? [String] ?? [])
        self.kinds = meta["kinds"] as? [String] ?? []
        self.guides = (meta["guides"] as? [[String]] ?? []).map { $0.first ?? "" }
        self.documentsPerChunk = meta["chunk"] as? Int ?? SearchShards.documentsPerChunk
        self.synonyms = SearchSynonyms(payload: meta["syn"])
        var groupOf: [Int: Int] = [:]
        for run in meta["groups"] as? [[Int]] ?? [] where run.count == 2 {
            for doc in run[0]..<(run[0] + max(0, run[1])) { groupOf[doc] = run[0] }
        }
        self.groupOf = groupOf
    }

    /// Reads the index of a built site (`public/`).
    public init?(site directory: String) {
        let base = (directory as NSString).appendingPathComponent(SearchShards.directory)
        self.init { name in try? String(contentsOfFile: (base as NSString).appendingPathComponent(name), encoding: .utf8) }
    }

    /// A word of the query as typed: a simple word, or a compound (`pair-aidance`) whose parts
    /// and joined form each find documents but count, together, as one word.
    public struct QueryUnit: Equatable, Sendable {
        /// The word, or the compound's parts (stop words dropped).
        public var parts: [String]
        /// The compound's parts joined (`pairaidance`).
        public var joined: String?
        /// Whether it is the last word typed, which may be unfinished.
        public var isLast: Bool

        public init(parts: [String], joined: String?, isLast: Bool) {
            self.parts = parts
            self.joined = joined
            self.isLast = isLast
        }

        var words: [String] { parts + (joined.map { [$0] } ?? []) }
    }

    /// The query's words, as the index wrote surface forms.
    public static func words(of query: String, stopWords: Set<String>) -> [String] {
        analyse(query, stopWords: stopWords).flatMap(\.words)
    }

    /// The words of the query as typed: all the parts of `pair-aid` may be unfinished, and
    /// `formation des` has finished `formation`.
    public static func analyse(_ query: String, stopWords: Set<String>) -> [QueryUnit] {
        var units: [(parts: [String], joined: String?, acronym: Bool, isLast: Bool)] = []
        let chunks = query.replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "-" || $0 == "." || $0 == "·") })
        /// Written in capitals, two letters or more.
        func inCapitals(_ chunk: Substring) -> Bool {
            chunk.filter(\.isLetter).count >= 2 && !chunk.contains { $0.isLowercase }
        }
        for (index, chunk) in chunks.enumerated() {
            var token = Folding.fold(String(chunk))
            // `l'équipe` → `equipe`; `aujourd'hui` stays whole.
            if let apostrophe = token.lastIndex(of: "'") {
                let head = String(token[..<apostrophe])
                if FrenchAnalysis.elisions.contains(head) { token = String(token[token.index(after: apostrophe)...]) } else { token.removeAll { $0 == "'" } }
            }
            // `travailleur.euse.s` → `travailleur`.
            if let dot = token.firstIndex(where: { $0 == "." || $0 == "·" }) { token = String(token[..<dot]) }
            let parts = token.split(separator: "-").map(String.init).filter { !$0.isEmpty }
            guard !parts.isEmpty else { continue }
            // `DU` among lowercase words is an acronym, not the article (as the index reads it).
            let acronym = parts.count == 1 && inCapitals(chunk) && !(index > 0 && inCapitals(chunks[index - 1]))
                && !(index + 1 < chunks.count && inCapitals(chunks[index + 1]))
            units.append((parts, parts.count > 1 ? parts.joined() : nil, acronym, index == chunks.count - 1))
        }
        let content = units.compactMap { unit -> QueryUnit? in
            let parts = unit.acronym ? unit.parts : unit.parts.filter { !stopWords.contains($0) }
            let joined = unit.joined.flatMap { stopWords.contains($0) ? nil : $0 }
            return parts.isEmpty && joined == nil ? nil : QueryUnit(parts: parts, joined: joined, isLast: unit.isLast)
        }
        return content.isEmpty ? units.map { QueryUnit(parts: $0.parts, joined: $0.joined, isLast: $0.isLast) } : content
    }

    public mutating func search(_ query: String, limit: Int = 10) -> [Result] {
        let units = Self.analyse(query, stopWords: stopWords)
        guard !units.isEmpty else { return [] }
        // The query, and the query with its expressions replaced by their synonyms.
        let keys = units.map { unit -> String in
            let word = SearchSynonyms.keyWord(of: unit)
            return exactStem(of: word) ?? word
        }
        var best: [Int: Double] = [:]
        var cache: [String: [Int: (score: Double, title: Int)]] = [:]
        for variant in synonyms.variants(of: units, keys: keys) {
            for (doc, score) in scores(of: variant.units, cache: &cache) {
                let weighted = score * variant.factor
                if weighted > best[doc] ?? 0 { best[doc] = weighted }
            }
        }
        let ranked = best.map { ($0.key, $0.value) }
        .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        var results: [Result] = []
        var groups: Set<Int> = []
        for (doc, score) in ranked where results.count < limit {
            if let group = groupOf[doc], !groups.insert(group).inserted { continue }
            if let result = result(doc, score: score) { results.append(result) }
        }
        return results
    }

    /// The score of each document that `units` find.
    mutating func scores(of units: [QueryUnit], cache: inout [String: [Int: (score: Double, title: Int)]]) -> [Int: Double] {
        func hits(_ word: String, _ isLast: Bool) -> [Int: (score: Double, title: Int)] {
            let name = (isLast ? "+" : "") + word
            if let known = cache[name] { return known }
            let found = self.hits(for: word, isLast: isLast)
            cache[name] = found
            return found
        }
        var totals: [Int: Double] = [:]
        var matched: [Int: Double] = [:]
        var titled: [Int: Int] = [:]
        var titleSize: [Int: Int] = [:]
        for unit in units {
            // A compound scores as the better of its joined form and the mean of its parts.
            let parts = unit.parts.map { hits($0, unit.isLast) }
            let joined = unit.joined.map { hits($0, unit.isLast) } ?? [:]
            var docs = Set(joined.keys)
            for part in parts { docs.formUnion(part.keys) }
            let width = max(1, unit.parts.count)
            for doc in docs {
                var score = 0.0, found = 0, inTitle = 0, size = 0
                for part in parts {
                    guard let hit = part[doc] else { continue }
                    score += hit.score
                    found += 1
                    if hit.title > 0 { inTitle += 1; size = max(size, hit.title) }
                }
                score = score / Double(width)
                var share = Double(found) / Double(width)
                if let hit = joined[doc] {
                    score = max(score, hit.score)
                    share = 1
                    if hit.title > 0 { inTitle = width; size = max(size, hit.title) }
                }
                totals[doc, default: 0] += score
                matched[doc, default: 0] += share
                if inTitle > 0 {
                    titled[doc, default: 0] += inTitle
                    titleSize[doc] = max(titleSize[doc] ?? 0, size)
                }
            }
        }
        let count = Double(units.count)
        var scores: [Int: Double] = [:]
        for (doc, total) in totals {
            let coverage = (matched[doc] ?? 0) / count
            let inTitle = titled[doc] ?? 0
            let precision = inTitle == 0 ? 0 : min(1, Double(inTitle) / Double(titleSize[doc] ?? 1))
            scores[doc] = total * coverage * coverage * (1 + Self.titlePrecisionBoost * precision)
        }
        return scores
    }

    /// The stem a word is indexed under when the corpus has that very word.
    mutating func exactStem(of word: String) -> String? {
        guard let home = SearchShards.shard(for: word, in: prefixes), let shard = self.shard(home), let index = shard.words[word] else { return nil }
        return shard.stems[index].stem
    }

    /// The documents a query word finds, each with its best `weight × idf × factor` and the
    /// size of its title when the word is in it (0 when not).
    ///
    /// A word is as rare as what it most likely stands for: its own stem, else the most common
    /// of the forms it begins or is a typo of (a typo that happens to be one edit from a rare
    /// word gains nothing from that word's rarity).
    mutating func hits(for word: String, isLast: Bool) -> [Int: (score: Double, title: Int)] {
        let found = candidates(for: word, isLast: isLast)
        guard let top = found.map(\.factor).max() else { return [:] }
        let idf = found.filter { $0.factor == top }.map(\.stem.idf).min() ?? 0
        var best: [Int: (score: Double, title: Int)] = [:]
        for (stem, factor) in found {
            for posting in stem.postings {
                let score = Double(posting.weight) * Double(idf) / 1000 * factor
                if score > best[posting.doc]?.score ?? 0 { best[posting.doc] = (score, posting.title) }
            }
        }
        return best
    }

    /// The stems a query word leads to, each with how well it matched.
    mutating func candidates(for word: String, isLast: Bool) -> [(stem: (stem: String, idf: Int, postings: [(doc: Int, weight: Int, title: Int)]), factor: Double)] {
        var found: [String: (stem: (stem: String, idf: Int, postings: [(doc: Int, weight: Int, title: Int)]), factor: Double)] = [:]
        func offer(_ shard: Shard, _ index: Int, _ factor: Double) {
            let stem = shard.stems[index]
            if factor > found[stem.stem]?.factor ?? 0 { found[stem.stem] = (stem, factor) }
        }
        guard let home = SearchShards.shard(for: word, in: prefixes), let shard = self.shard(home) else { return [] }
        // The last word as typed so far, when it is not a word yet: the forms it begins.
        var completed = false
        if isLast, word.count >= 3, shard.words[word] == nil {
            let extending = prefixes.filter { $0.hasPrefix(word) && $0 != home }
            for name in [home] + (extending.count <= 3 ? extending : []) {
                guard let other = self.shard(name) else { continue }
                for (surface, index) in other.words where surface.count > word.count && surface.hasPrefix(word) {
                    offer(other, index, 0.75)
                    completed = true
                }
            }
        }
        if let exact = shard.words[word] {
            offer(shard, exact, 1)
        } else if !completed {
            let length = word.count
            let allowed = length >= 9 ? 2 : length >= 5 ? 1 : 0
            if allowed > 0 {
                for (surface, index) in shard.words where abs(surface.count - length) <= allowed {
                    let distance = Self.editDistance(word, surface, limit: allowed)
                    if distance <= allowed { offer(shard, index, distance == 1 ? 0.6 : 0.45) }
                }
            }
        }
        return found.keys.sorted().compactMap { found[$0] }
    }

    mutating func shard(_ prefix: String) -> Shard? {
        if let cached = shards[prefix] { return cached }
        guard let text = load(SearchShards.fileName(forShard: prefix)), let payload = SearchShards.payload(of: text) as? [String: Any],
              let words = payload["w"] as? [String: Int], let table = payload["t"] as? [[Any]]
        else { return nil }
        let stems = table.map { row -> (stem: String, idf: Int, postings: [(doc: Int, weight: Int, title: Int)]) in
            let flat = row[2] as? [Int] ?? []
            var postings: [(doc: Int, weight: Int, title: Int)] = []
            var doc = 0
            for index in stride(from: 0, to: flat.count - 1, by: 2) {
                doc += flat[index]
                postings.append((doc, flat[index + 1] / 16, flat[index + 1] % 16))
            }
            return (row[0] as? String ?? "", row[1] as? Int ?? 0, postings)
        }
        let shard = Shard(words: words, stems: stems)
        shards[prefix] = shard
        return shard
    }

    mutating func result(_ doc: Int, score: Double) -> Result? {
        let chunk = doc / documentsPerChunk
        if chunks[chunk] == nil {
            guard let text = load("d-\(chunk).js"), let rows = SearchShards.payload(of: text) as? [[Any]] else { return nil }
            chunks[chunk] = rows
        }
        guard let row = chunks[chunk]?[doc % documentsPerChunk], row.count >= 5 else { return nil }
        let kind = row[0] as? Int ?? 0
        let guide = row[3] as? Int ?? -1
        return Result(
            kind: kinds.indices.contains(kind) ? kinds[kind] : "", title: row[1] as? String ?? "", url: row[2] as? String ?? "",
            guide: guides.indices.contains(guide) ? guides[guide] : nil, snippet: row[4] as? String ?? "",
            score: (score * 1000).rounded() / 1000)
    }

    /// Levenshtein distance, stopping early past `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        var previous = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var current = [i] + Array(repeating: 0, count: y.count)
            var rowMinimum = current[0]
            for j in stride(from: 1, through: y.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            previous = current
        }
        return previous[y.count]
    }
}

/// The elisions the analyzer drops, for the query side.
enum FrenchAnalysis {
    static var elisions: Set<String> { FrenchWordLists.elisions }
}
