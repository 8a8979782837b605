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
    }

    /// Reads the index of a built site (`public/`).
    public init?(site directory: String) {
        let base = (directory as NSString).appendingPathComponent(SearchShards.directory)
        self.init { name in try? String(contentsOfFile: (base as NSString).appendingPathComponent(name), encoding: .utf8) }
    }

    /// A query word, and whether it belongs to the last word typed (which may be unfinished).
    public struct QueryWord: Equatable, Sendable {
        public var text: String
        public var isLast: Bool
    }

    /// The query's words, as the index wrote surface forms.
    public static func words(of query: String, stopWords: Set<String>) -> [String] {
        analyse(query, stopWords: stopWords).map(\.text)
    }

    /// The query's words, each marked when it comes from the last word typed: all the parts of
    /// `pair-aid` may be unfinished, and `formation des` has finished `formation`.
    public static func analyse(_ query: String, stopWords: Set<String>) -> [QueryWord] {
        var words: [(text: String, group: Int, acronym: Bool)] = []
        let chunks = query.replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "-" || $0 == "." || $0 == "·") })
        /// Written in capitals, two letters or more.
        func inCapitals(_ chunk: Substring) -> Bool {
            chunk.filter(\.isLetter).count >= 2 && !chunk.contains { $0.isLowercase }
        }
        for (group, chunk) in chunks.enumerated() {
            var token = Folding.fold(String(chunk))
            // `l'équipe` → `equipe`; `aujourd'hui` stays whole.
            if let apostrophe = token.lastIndex(of: "'") {
                let head = String(token[..<apostrophe])
                if FrenchAnalysis.elisions.contains(head) { token = String(token[token.index(after: apostrophe)...]) } else { token.removeAll { $0 == "'" } }
            }
            // `travailleur.euse.s` → `travailleur`.
            if let dot = token.firstIndex(where: { $0 == "." || $0 == "·" }) { token = String(token[..<dot]) }
            let parts = token.split(separator: "-").map(String.init).filter { !$0.isEmpty }
            // `DU` among lowercase words is an acronym, not the article (as the index reads it).
            let acronym = parts.count == 1 && inCapitals(chunk) && !(group > 0 && inCapitals(chunks[group - 1]))
                && !(group + 1 < chunks.count && inCapitals(chunks[group + 1]))
            words += parts.map { ($0, group, acronym) }
            if parts.count > 1 { words.append((parts.joined(), group, false)) }
        }
        let content = words.filter { $0.acronym || !stopWords.contains($0.text) }
        let kept = content.isEmpty ? words : content
        return kept.map { QueryWord(text: $0.text, isLast: $0.group == chunks.count - 1) }
    }

    public mutating func search(_ query: String, limit: Int = 10) -> [Result] {
        let words = Self.analyse(query, stopWords: stopWords)
        guard !words.isEmpty else { return [] }
        var totals: [Int: Double] = [:]
        var matched: [Int: Int] = [:]
        var titled: [Int: Int] = [:]
        var titleSize: [Int: Int] = [:]
        for word in words {
            let found = candidates(for: word.text, isLast: word.isLast)
            // A word is as rare as what it most likely stands for: its own stem, else the most
            // common of the forms it begins or is a typo of (a typo that happens to be one edit
            // from a rare word gains nothing from that word's rarity).
            guard let top = found.map(\.factor).max() else { continue }
            let idf = found.filter { $0.factor == top }.map(\.stem.idf).min() ?? 0
            var best: [Int: (score: Double, title: Int)] = [:]
            for (stem, factor) in found {
                for posting in stem.postings {
                    let score = Double(posting.weight) * Double(idf) / 1000 * factor
                    if score > best[posting.doc]?.score ?? 0 { best[posting.doc] = (score, posting.title) }
                }
            }
            for (doc, hit) in best {
                totals[doc, default: 0] += hit.score
                matched[doc, default: 0] += 1
                if hit.title > 0 {
                    titled[doc, default: 0] += 1
                    titleSize[doc] = max(titleSize[doc] ?? 0, hit.title)
                }
            }
        }
        let count = Double(words.count)
        let ranked = totals.map { doc, total -> (Int, Double) in
            let coverage = Double(matched[doc] ?? 0) / count
            let inTitle = titled[doc] ?? 0
            let precision = inTitle == 0 ? 0 : min(1, Double(inTitle) / Double(titleSize[doc] ?? 1))
            return (doc, total * coverage * coverage * (1 + Self.titlePrecisionBoost * precision))
        }
        .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        var results: [Result] = []
        var groups: Set<String> = []
        for (doc, score) in ranked where results.count < limit {
            guard let (result, group) = result(doc, score: score) else { continue }
            if let group, !groups.insert(group).inserted { continue }
            results.append(result)
        }
        return results
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

    mutating func result(_ doc: Int, score: Double) -> (Result, group: String?)? {
        let chunk = doc / documentsPerChunk
        if chunks[chunk] == nil {
            guard let text = load("d-\(chunk).js"), let rows = SearchShards.payload(of: text) as? [[Any]] else { return nil }
            chunks[chunk] = rows
        }
        guard let row = chunks[chunk]?[doc % documentsPerChunk], row.count >= 5 else { return nil }
        let kind = row[0] as? Int ?? 0
        let guide = row[3] as? Int ?? -1
        return (Result(
            kind: kinds.indices.contains(kind) ? kinds[kind] : "", title: row[1] as? String ?? "", url: row[2] as? String ?? "",
            guide: guides.indices.contains(guide) ? guides[guide] : nil, snippet: row[4] as? String ?? "",
            score: (score * 1000).rounded() / 1000), row.count > 5 ? row[5] as? String : nil)
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
    static let elisions: Set<String> = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"]
}
