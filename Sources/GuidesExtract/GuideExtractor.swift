import GuidesModel
import GuidesText

/// What every extractor returns for one guide: the items it found, each with its evidence, and
/// notes on where it hesitated and left an item out (`guides graph --notes`, `--review`).
public struct Extraction<Item: Sendable>: Sendable {
    public var items: [Item]
    public var notes: [Diagnostic]

    public init(items: [Item] = [], notes: [Diagnostic] = []) {
        self.items = items
        self.notes = notes
    }
}

/// What the corpus's first pass found, for the passes that read sentences: a sentence defines
/// a known term more readily than an unknown phrase.
public struct ExtractionContext: Sendable {
    /// The key words (`TermKey.words`) of the terms the first pass found, at most five words.
    public var knownTerms: [[String]]
    /// Per line of this guide, the keys of the terms the first pass read there.
    public var taken: [Int: Set<String>]

    public init(knownTerms: [[String]] = [], taken: [Int: Set<String>] = [:]) {
        self.knownTerms = knownTerms
        self.taken = taken
    }
}

/// One extractor's shape: read a guide's blocks (the editor's ignored blocks already left out),
/// return items with evidence plus notes. Pure: per-guide work that can run in any order.
public protocol GuideExtractor {
    associatedtype Item: Sendable
    static func read(_ walk: GuideWalk, context: ExtractionContext) -> Extraction<Item>
}

extension GuideExtractor {
    /// The items alone, without the corpus's context: for tests and single-guide tools.
    public static func extract(from walk: GuideWalk, context: ExtractionContext = ExtractionContext()) -> [Item] {
        read(walk, context: context).items
    }
}
