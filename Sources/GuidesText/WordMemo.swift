/// What the analyser has learnt of each word as written (lowercased): its surface form (folded),
/// whether it is a stop word, and its stem. An index reads the same few thousand words over and
/// over: with a memo, a token costs one look-up, and each word is folded and stemmed once.
///
/// Words are numbered in the order they are first met; `WordToken`s name them by number.
public struct WordMemo: Sendable {
    private var ids: [String: Int] = [:]
    /// Folded, by word number.
    public private(set) var surfaces: [String] = []
    /// Stemmed when first emitted (stop words that are dropped are never stemmed).
    public private(set) var stems: [String?] = []
    private(set) var stops: [Bool] = []

    public init() {}

    /// How many words the memo knows.
    public var count: Int { surfaces.count }

    func id(of written: String) -> Int? { ids[written] }

    mutating func add(_ written: String, surface: String) -> Int {
        let id = surfaces.count
        ids[written] = id
        surfaces.append(surface)
        stems.append(nil)
        stops.append(FrenchAnalyzer.stopWords.contains(surface))
        return id
    }

    mutating func setStem(_ stem: String, of id: Int) { stems[id] = stem }
}

/// A token by word number (see `WordMemo`) and position in its text.
public struct WordToken: Sendable, Equatable {
    public var word: Int
    public var position: Int
}
