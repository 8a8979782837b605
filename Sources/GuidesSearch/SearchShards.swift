import Foundation
import GuidesModel
import GuidesPaths
import GuidesText

/// The index as files the browser loads on demand, each a small script that registers its
/// data (`GuidesSearch.register("s:re", {…})`), so it loads over HTTP and from `file://`
/// alike (no `fetch`). The CLI reads the same files back.
///
/// - `meta.js`: document count, chunk size, the shard prefixes, guides, kinds, stop words,
///   synonyms, and the documents that show once per group (`[first, count]`: a term and its
///   definitions, numbered in a row), so results collapse before their rows load;
/// - `s-<prefix>.js`: the surface forms starting with a prefix (`re`), each pointing at its
///   stem's postings (`[stem, idf, [docDelta, weight×16+title, …]]`); prefixes grow (`r` →
///   `re` → `ret`) until a shard is small, so a query loads a few kilobytes whatever the corpus;
/// - `d-<n>.js`: documents `n×25 …`: kind, title, URL, guide, snippet.
public enum SearchShards {
    public static let directory = "recherche/index"
    public static let documentsPerChunk = 25
    /// A shard is split by a longer prefix above this many bytes (before compression).
    static let shardBudget = 24_000

    public static func files(for index: SearchIndex, guides: [(id: String, title: String)], synonyms: SearchSynonyms = SearchSynonyms()) -> [(path: String, text: String)] {
        let surfaces = index.forms.keys.sorted()
        var prefixes: [String] = []
        func size(_ group: [String]) -> Int {
            let stems = Set(group.compactMap { index.forms[$0] })
            return group.reduce(0) { $0 + $1.utf8.count + 6 } + stems.reduce(0) { $0 + 16 + (index.entries[$1]?.postings.count ?? 0) * 9 }
        }
        func assign(_ group: [String], prefix: String) {
            let longer = group.filter { $0.count > prefix.count }
            if size(group) <= shardBudget || prefix.count >= 4 || longer.isEmpty {
                prefixes.append(prefix)
                return
            }
            // The words no longer than the prefix stay in its own shard.
            prefixes.append(prefix)
            for (next, members) in Dictionary(grouping: longer, by: { String($0.prefix(prefix.count + 1)) }).sorted(by: { $0.key < $1.key }) {
                assign(members, prefix: next)
            }
        }
        for (first, members) in Dictionary(grouping: surfaces, by: { String($0.prefix(1)) }).sorted(by: { $0.key < $1.key }) {
            assign(members, prefix: first)
        }
        prefixes.sort()
        var byShard: [String: [String]] = [:]
        // (The longest prefix a surface starts with, looked up by its own prefixes, longest
        // first: `shard(for:in:)` without reading every prefix for every word.)
        let prefixSet = Set(prefixes), longest = prefixes.map(\.count).max() ?? 0
        for surface in surfaces {
            let shard = stride(from: min(longest, surface.count), through: 0, by: -1).lazy
                .map { String(surface.prefix($0)) }.first { prefixSet.contains($0) }
            byShard[shard ?? "", default: []].append(surface)
        }

        // (Each shard and each chunk of documents is written on its own, on all cores.)
        let shards = byShard
        var files: [(String, String)] = prefixes.parallelMap { prefix in
            let members = shards[prefix] ?? []
            var stems: [String] = []
            var stemIndex: [String: Int] = [:]
            var words: [String: Int] = [:]
            for surface in members {
                guard let stem = index.forms[surface] else { continue }
                if stemIndex[stem] == nil { stemIndex[stem] = stems.count; stems.append(stem) }
                words[surface] = stemIndex[stem]
            }
            let table: [JSONText.Fragment] = stems.map { stem in
                let entry = index.entries[stem]
                var flat: [Int] = []
                var previous = 0
                for posting in entry?.postings ?? [] {
                    flat.append(Int(posting.doc) - previous)
                    flat.append(Int(posting.weight) * 16 + Int(posting.title))
                    previous = Int(posting.doc)
                }
                return .array { row in
                    row.string(stem)
                    row.integer(entry?.idf ?? 0)
                    row.integers(flat)
                }
            }
            return ("\(directory)/\(fileName(forShard: prefix))", script("s:" + prefix, ["w": words, "t": table]))
        }
        // Each guide's position, by id (the first, as `firstIndex` gave it).
        var guidePositions: [String: Int] = [:]
        for (position, guide) in guides.enumerated() where guidePositions[guide.id] == nil { guidePositions[guide.id] = position }
        let positions = guidePositions
        files += Array(stride(from: 0, to: index.documents.count, by: documentsPerChunk)).parallelMap { start in
            let chunk = index.documents[start..<min(index.documents.count, start + documentsPerChunk)].map { document in
                JSONText.Fragment.array { row in
                    row.integer(document.kind.rawValue)
                    row.string(document.title)
                    row.string(document.url)
                    row.integer(document.guide.flatMap { positions[$0] } ?? -1)
                    row.string(document.snippet)
                }
            }
            return ("\(directory)/d-\(start / documentsPerChunk).js", script("d:\(start / documentsPerChunk)", chunk))
        }
        let meta: [String: Any] = [
            "v": 2, "n": index.documents.count, "chunk": documentsPerChunk, "shards": prefixes,
            "guides": guides.map { [$0.id, $0.title] }, "kinds": SearchDocument.Kind.allCases.map(\.label),
            "stop": FrenchAnalyzer.stopWords.sorted(), "syn": synonyms.payload, "groups": groupRuns(index.documents),
        ]
        files.append(("\(directory)/meta.js", script("meta", meta)))
        return files
    }

    /// The runs of consecutive documents of one group, as `[first, count]`.
    static func groupRuns(_ documents: [SearchDocument]) -> [[Int]] {
        var runs: [[Int]] = []
        for (number, document) in documents.enumerated() {
            guard let group = document.group else { continue }
            // The document before, of the same group, ends the last run.
            if number > 0, documents[number - 1].group == group {
                runs[runs.count - 1][1] += 1
            } else {
                runs.append([number, 1])
            }
        }
        return runs.filter { $0[1] > 1 }
    }

    /// The shard a word's entries live in: the longest shard prefix the word starts with.
    public static func shard(for word: String, in prefixes: [String]) -> String? {
        var best: String?
        for prefix in prefixes where word.hasPrefix(prefix) && prefix.count > (best?.count ?? -1) { best = prefix }
        return best
    }

    /// `s-re.js`; prefixes outside a–z and 0–9 are written in hexadecimal.
    public static func fileName(forShard prefix: String) -> String {
        let safe = prefix.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        return "s-" + (safe ? prefix : "x" + prefix.utf8.map { String(format: "%02x", $0) }.joined()) + ".js"
    }

    static func script(_ name: String, _ value: Any) -> String {
        "GuidesSearch.register(\"\(name)\"," + JSONText.encode(value) + ");\n"
    }

    /// The JSON payload of a file written by `script`.
    public static func payload(of script: String) -> Any? {
        guard let open = script.firstIndex(of: ","), let close = script.range(of: ");", options: .backwards) else { return nil }
        let json = script[script.index(after: open)..<close.lowerBound].replacingOccurrences(of: "<\\/", with: "</")
        return try? JSONSerialization.jsonObject(with: Data(json.utf8))
    }
}
