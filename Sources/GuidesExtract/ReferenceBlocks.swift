import GuidesText

/// Which merged entries a new reference may be the same work as: a superset of those
/// `Keys.sameWork` accepts, found by hashing instead of comparing the reference with every entry.
///
/// Each way two entries can match leaves a key they share:
/// - the same authors and year, or a URL: that key;
/// - equal titles, or titles that end alike (60+ characters): the title's last word;
/// - a title (30+ characters) found in the other's text: a word inside the title (neither its
///   first nor its last, which the text may hold as part of a longer word) is a whole word of
///   that text. A title of one or two words has no such word: those few are always candidates.
struct ReferenceBlocks {
    private var byAuthorsAndYear: [String: Set<Int>] = [:]
    private var byURL: [String: Set<Int>] = [:]
    private var byLastTitleWord: [Substring: Set<Int>] = [:]
    /// Inner words of titles long enough to be found in a text.
    private var byInnerTitleWord: [Substring: Set<Int>] = [:]
    private var byTextWord: [Substring: Set<Int>] = [:]
    /// Entries with a long title of one or two words, or a last word of 60+ characters.
    private var shortLongTitles = Set<Int>()
    private var count = 0
    /// The titles and texts already indexed, per entry: a work cited alike by many guides
    /// brings the same ones again, and adding them is idempotent.
    private var indexedTitles: [Int: Set<String>] = [:]
    private var indexedTexts: [Int: Set<String>] = [:]

    /// Adds what `keys` holds to the entry `index`.
    mutating func add(_ keys: ReferenceMerger.Keys, as index: Int) {
        count = max(count, index + 1)
        if let key = keys.authorsAndYear { byAuthorsAndYear[key, default: []].insert(index) }
        for url in keys.urls { byURL[url, default: []].insert(index) }
        for title in keys.titles where indexedTitles[index, default: []].insert(title).inserted {
            let words = Self.words(title)
            if let last = words.last { byLastTitleWord[last, default: []].insert(index) }
            if let last = words.last, last.utf8.count >= ReferenceMerger.minimumCommonEnding { shortLongTitles.insert(index) }
            guard title.utf8.count >= ReferenceMerger.minimumTitleMatch else { continue }
            if words.count <= 2 { shortLongTitles.insert(index) }
            for word in words.dropFirst().dropLast() { byInnerTitleWord[word, default: []].insert(index) }
        }
        for text in keys.texts where indexedTexts[index, default: []].insert(text).inserted {
            for word in Set(Self.words(text)) { byTextWord[word, default: []].insert(index) }
        }
    }

    /// The words of a key (folded words separated by single spaces), cut by bytes.
    static func words(_ key: String) -> [Substring] {
        key.utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) }
    }

    /// The entries `keys` may match, in ascending order.
    func candidates(for keys: ReferenceMerger.Keys) -> [Int] {
        // (A last word of 60+ characters: its ending may be shared with any title.)
        if keys.titles.contains(where: { (Self.words($0).last?.utf8.count ?? 0) >= ReferenceMerger.minimumCommonEnding }) {
            return Array(0..<count)
        }
        var found = Set<Int>()
        if let key = keys.authorsAndYear { found.formUnion(byAuthorsAndYear[key] ?? []) }
        for url in keys.urls { found.formUnion(byURL[url] ?? []) }
        for title in keys.titles {
            let words = Self.words(title)
            if let last = words.last { found.formUnion(byLastTitleWord[last] ?? []) }
            // Its title in an entry's text: the entry's texts hold its inner words.
            guard title.utf8.count >= ReferenceMerger.minimumTitleMatch else { continue }
            if words.count <= 2 {
                // (No inner word: every entry whose text holds its last word whole or not.)
                found.formUnion(byTextWord.filter { $0.key.hasPrefix(words.last!) || words.count == 1 && includes(String($0.key), String(words[0])) }.values.joined())
            } else if let inner = words.dropFirst().dropLast().min(by: { (byTextWord[$0]?.count ?? 0) < (byTextWord[$1]?.count ?? 0) }) {
                found.formUnion(byTextWord[inner] ?? [])
            }
        }
        // An entry's title in its text.
        for text in keys.texts {
            for word in Set(Self.words(text)) { found.formUnion(byInnerTitleWord[word] ?? []) }
        }
        found.formUnion(shortLongTitles)
        return found.sorted()
    }
}
