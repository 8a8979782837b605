import Foundation
import GuidesModel
import GuidesText

/// The inverted index: for each stem, the documents that contain it with a precomputed weight
/// (BM25 with field weights, times the kind's prior), and the surface forms that lead to it.
///
/// Weights are computed at build time so that the browser only adds numbers: a query word
/// finds its stem through a surface form (exact, prefix or one typo away), and a document's
/// score is the sum over query words of `weight × idf × how the word matched`.
public struct SearchIndex: Sendable {
    public struct Entry: Sendable, Equatable {
        public var stem: String
        /// Inverse document frequency × 1000, rounded.
        public var idf: Int
        /// (document, weight × 100, title), by document. `title` is 0 when the stem is not in
        /// the document's title, else the number of distinct stems in that title (at most 15),
        /// so a query can tell how much of a title it covers. (32-bit: there are as many
        /// postings as distinct words in every document, the index's largest part.)
        public var postings: [(doc: Int32, weight: Int32, title: Int32)]

        public static func == (a: Entry, b: Entry) -> Bool {
            a.stem == b.stem && a.idf == b.idf && a.postings.elementsEqual(b.postings) { $0 == $1 }
        }
    }

    public var documents: [SearchDocument]
    /// Surface form (folded, as written) → stem.
    public var forms: [String: String]
    /// Stem → entry.
    public var entries: [String: Entry]

    /// Field weights: a word in the title (or another name) counts five times one in the body;
    /// the context (a section's guide, a practice's block) as much as the body.
    static let titleWeight = 5.0, keywordWeight = 1.0, bodyWeight = 1.0
    static let k1 = 1.2, b = 0.75
    /// The most postings kept per stem, strongest first: a word in thousands of documents
    /// ranks by its best ones, and its shard stays small.
    public static let maximumPostings = 1500
    /// Titles longer than this many stems count as this long.
    public static let maximumTitleSize = 15

    public init(documents: [SearchDocument]) {
        self.documents = documents
        // 1. Every document's tokens, on all cores (chunks of documents, each with its own
        //    stem memory), and each chunk's first key of each surface form. The tokens are
        //    counted there and dropped: held for every document, they were most of a build's
        //    memory.
        var chunks = Self.analyse(documents)
        // 2. A surface form's key is the one its first token gave, in the documents' order
        //    (see `KeyedToken`): the first chunk that saw it says.
        var forms: [String: String] = [:]
        for chunk in chunks { forms.merge(chunk.firstKeys) { first, _ in first } }
        // 3. Each document's counts by key: counted with its chunk already when every token's
        //    key is its masculine key (nearly always), else now, with the keys of step 2.
        var counted = chunks.flatMap(\.documents).map { document in
            switch document {
            case .counted(let counted): counted
            case .analysed(let analysed, let surfaces): Self.count(analysed) { forms[surfaces[$0]]! }
            }
        }
        chunks = []
        var fieldCounts = counted.map(\.counts)
        let lengths = counted.map(\.length), titleSizes = counted.map(\.titleSizes)
        counted = []
        let n = Double(max(1, documents.count))
        let average = (
            title: max(1, Double(lengths.reduce(0) { $0 + $1.title }) / n),
            keywords: max(1, Double(lengths.reduce(0) { $0 + $1.keywords }) / n),
            body: max(1, Double(lengths.reduce(0) { $0 + $1.body }) / n))
        var postings: [String: [(doc: Int32, weight: Int32, title: Int32)]] = [:]
        for doc in fieldCounts.indices {
            // (Each document's counts freed once read.)
            let counts = fieldCounts[doc]
            fieldCounts[doc] = []
            let length = lengths[doc]
            func normalised(_ tf: Int, _ length: Int, _ average: Double) -> Double {
                tf == 0 ? 0 : Double(tf) / (1 - Self.b + Self.b * Double(length) / average)
            }
            for (stem, title, keywords, body) in counts {
                let tf = Self.titleWeight * normalised(Int(title), length.title, average.title)
                    + Self.keywordWeight * normalised(Int(keywords), length.keywords, average.keywords)
                    + Self.bodyWeight * normalised(Int(body), length.body, average.body)
                let saturated = tf * (Self.k1 + 1) / (tf + Self.k1)
                let weight = Int((saturated * documents[doc].kind.prior * 100).rounded())
                postings[stem, default: []].append((Int32(doc), Int32(max(1, weight)), Int32(titleSizes[doc][stem] ?? 0)))
            }
        }
        var entries: [String: Entry] = [:]
        for (stem, list) in postings {
            let df = Double(list.count)
            let idf = log(1 + (n - df + 0.5) / (df + 0.5))
            var kept = list
            if kept.count > Self.maximumPostings {
                kept = Array(kept.sorted { ($0.weight, $1.doc) > ($1.weight, $0.doc) }.prefix(Self.maximumPostings))
            }
            kept.sort { $0.doc < $1.doc }
            entries[stem] = Entry(stem: stem, idf: Int((idf * 1000).rounded()), postings: kept)
        }
        self.forms = forms
        self.entries = entries
    }

    /// A document's tokens by field (each name's, the keywords', the body's), by word number
    /// in its chunk's memo.
    struct AnalysedDocument: Sendable {
        var names: [[WordToken]]
        var keywords: [WordToken]
        var body: [WordToken]
    }

    /// A document counted, or analysed only, when one of its words has no masculine key and
    /// so takes the key of the first token of its surface form in the whole index (`surfaces`:
    /// its chunk's, by word number).
    enum ChunkDocument: Sendable {
        case counted(Counted)
        case analysed(AnalysedDocument, surfaces: [String])
    }

    /// Documents analysed together, and the key of each surface form's first token among them.
    struct AnalysedChunk: Sendable {
        var documents: [ChunkDocument]
        var firstKeys: [String: String]
    }

    /// The documents' tokens, on all cores: a pure function of each document.
    static func analyse(_ documents: [SearchDocument]) -> [AnalysedChunk] {
        // A few chunks a core: enough to even out long and short documents, few enough that
        // each chunk's word memory is reused (the result does not depend on the chunks).
        let chunks = max(1, ProcessInfo.processInfo.activeProcessorCount * 2)
        let chunkSize = max(1, (documents.count + chunks - 1) / chunks)
        let starts = Array(stride(from: 0, to: documents.count, by: chunkSize))
        return starts.parallelMap { start in
            var memo = WordMemo()
            // By word number: the Snowball stem of the surface's masculine singular
            // (`TermKey.word`), so `médiatrices`, `médiateur` and `médiateurs` meet, and
            // `travailleuses` finds `travailleur` (Snowball alone stems them apart); nil where
            // that has no single word. And whether the word was met in a token yet.
            var masculineKeys: [String?] = []
            var met: [Bool] = []
            var firstKeys: [String: String] = [:]
            func keyed(_ text: String) -> [WordToken] {
                let tokens = FrenchAnalyzer.wordTokens(text, memo: &memo)
                while masculineKeys.count < memo.count {
                    let masculine = TermKey.word(memo.surfaces[masculineKeys.count])
                    masculineKeys.append(masculine.isEmpty || masculine.contains(" ") ? nil : Folding.fold(FrenchStemmer.stem(masculine)))
                    met.append(false)
                }
                // A surface form met for the first time in this chunk: the chunk's first key
                // for it (a word is one written form; several may share a surface).
                for token in tokens where !met[token.word] {
                    met[token.word] = true
                    let surface = memo.surfaces[token.word]
                    if firstKeys[surface] == nil { firstKeys[surface] = masculineKeys[token.word] ?? memo.stems[token.word]! }
                }
                return tokens
            }
            let analysed = documents[start..<min(documents.count, start + chunkSize)].map { document -> ChunkDocument in
                // (Names, keywords, body: the order in which `count` reads them.)
                let analysed = AnalysedDocument(names: ([document.title] + document.names).map(keyed), keywords: keyed(document.keywords), body: keyed(document.body))
                let tokens = analysed.names.joined() + analysed.keywords + analysed.body
                guard tokens.allSatisfy({ masculineKeys[$0.word] != nil }) else { return .analysed(analysed, surfaces: memo.surfaces) }
                return .counted(count(analysed) { masculineKeys[$0]! })
            }
            return AnalysedChunk(documents: analysed, firstKeys: firstKeys)
        }
    }

    /// A document's term counts by field and key, its field lengths in tokens, and the size of
    /// the title each title key is in.
    struct Counted: Sendable {
        /// (Counted in a dictionary, kept as an array: every document's counts are held until
        /// the last is counted, and a dictionary's slack was a third of a build's heap.)
        var counts: [(stem: String, title: Int32, keywords: Int32, body: Int32)] = []
        var length = (title: 0, keywords: 0, body: 0)
        var titleSizes: [String: Int] = [:]
    }

    /// `key`: a word's index key, by word number.
    static func count(_ document: AnalysedDocument, key: (Int) -> String) -> Counted {
        var result = Counted()
        // Counted by word number first (an integer look-up a token), then by key, once a word.
        var byWord: [Int: (title: Int32, keywords: Int32, body: Int32)] = [:]
        func add(_ tokens: [WordToken], _ field: Int) -> Int {
            for token in tokens {
                switch field {
                case 0: byWord[token.word, default: (0, 0, 0)].title += 1
                case 1: byWord[token.word, default: (0, 0, 0)].keywords += 1
                default: byWord[token.word, default: (0, 0, 0)].body += 1
                }
            }
            return tokens.count
        }
        // The title field is the title and the other names. A title's size is its number of
        // words (a compound's joined form adds none); an alias or an author is a title of its
        // own (`MSP` is the whole of one).
        for tokens in document.names {
            let size = min(maximumTitleSize, Set(tokens.map(\.position)).count)
            for token in tokens where result.titleSizes[key(token.word)] == nil { result.titleSizes[key(token.word)] = size }
            result.length.title += add(tokens, 0)
        }
        result.length.keywords = add(document.keywords, 1)
        result.length.body = add(document.body, 2)
        var counts: [String: (title: Int32, keywords: Int32, body: Int32)] = [:]
        counts.reserveCapacity(byWord.count)
        for (word, count) in byWord {
            let key = key(word), sum = counts[key] ?? (0, 0, 0)
            counts[key] = (sum.title + count.title, sum.keywords + count.keywords, sum.body + count.body)
        }
        result.counts = counts.map { ($0.key, $0.value.title, $0.value.keywords, $0.value.body) }
        return result
    }
}
