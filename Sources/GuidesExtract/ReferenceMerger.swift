import GuidesModel
import GuidesText

/// One reference per work in the whole corpus, with every place that cites it, and the
/// corpus's own guides recognised when they are cited.
///
/// Two entries are the same work when they share a URL, or when the title of one (30+
/// characters, folded) is found in the other's text: the DIHAL/FAS guide *Développer le travail
/// pair dans le champ de la veille sociale, de l'hébergement et du logement* is written four
/// ways by four guides. Two long titles that end alike (60+ characters, most of the shorter
/// one) are one work too: *Rapport d'évaluation de l'intégration…* and *Rapport final
/// d'évaluation de l'intégration…*. A site's home page (`http://travail-pair.org`) is shared by
/// the site and the works it hosts, so it only merges an entry named by the URL itself with the
/// site (an entry also named by the URL, or titled with the site's name).
public enum ReferenceMerger {
    static let minimumTitleMatch = 30

    public static func merge(_ references: [Reference], guides: [Guide]) -> [Reference] {
        var merged: [Reference] = []
        var keys: [Keys] = []
        // Per entry, the places that cite it: a work cited by every guide gains a place per
        // guide, and looking each up in a list made merging grow with the square of the guides.
        var citations: [Set<Provenance>] = []
        // The first entry that is the same work, among the few that share a key with it.
        var blocks = ReferenceBlocks()
        // Every reference's keys first, on all cores (folding its title and text is pure).
        let allKeys = references.parallelMap(Keys.init)
        for (reference, referenceKeys) in zip(references, allKeys) {
            if let index = blocks.candidates(for: referenceKeys).first(where: { keys[$0].sameWork(as: referenceKeys) }) {
                combine(reference, into: &merged[index], citations: &citations[index])
                keys[index].absorb(referenceKeys)
                blocks.add(referenceKeys, as: index)
            } else {
                merged.append(reference)
                keys.append(referenceKeys)
                citations.append(Set(reference.citedIn))
                blocks.add(referenceKeys, as: keys.count - 1)
            }
        }
        let guideProbes = guides.map { ($0.id, String(key($0.frontMatter.title).prefix(40))) }.filter { $0.1.count >= 20 }
        var scope = SlugScope()
        return zip(merged, keys).map { reference, keys in
            var reference = reference
            reference.citedIn.sort()
            reference.guide = guideProbes.first { probe in keys.texts.contains { includes($0, probe.1) } || keys.titles.contains { includes($0, probe.1) } }?.0
            reference.id = scope.slug(for: String(reference.title.prefix(60)))
            return reference
        }
        // Sorted by author (or title), year and id; keys folded once, not at every comparison.
        .map { (key: ($0.authors.first.map(Folding.fold) ?? Folding.fold($0.title), $0.year ?? 0, $0.id), reference: $0) }
        .sorted { $0.key < $1.key }
        .map(\.reference)
    }

    /// A reference's comparison keys, folded once: every spelling of its title and text seen
    /// so far, and its URLs.
    struct Keys: Sendable {
        var titles: [String]
        /// Per title, whether it is long enough (30+ characters) to be looked for in a text:
        /// counted once, not at every comparison.
        var findable: [Bool]
        var texts: [String]
        var urls: Set<String>
        /// Whether the entry is named by its URL (`travail-pair.org`), not by a title.
        var namedByURL: Bool
        /// Authors and year (`gesmond thomas cinget anne estecahandy pascale 2016`), when known.
        var authorsAndYear: String?

        init(_ reference: Reference) {
            titles = [ReferenceMerger.key(reference.title)]
            findable = titles.map { $0.hasAtLeast(ReferenceMerger.minimumTitleMatch) }
            texts = [ReferenceMerger.key(reference.text)]
            urls = Set([ReferenceMerger.normalisedURL(reference.url)].compactMap { $0 })
            namedByURL = !reference.title.contains(" ") && reference.title.looksLikeURL
            let authors = ReferenceMerger.key(reference.authors.joined(separator: " "))
            authorsAndYear = authors.count >= 12 ? reference.year.map { "\(authors) \($0)" } : nil
        }

        mutating func absorb(_ other: Keys) {
            // (Each spelling once: a work cited alike by many guides adds nothing to compare.)
            for (title, findable) in zip(other.titles, other.findable) where !titles.contains(title) {
                titles.append(title)
                self.findable.append(findable)
            }
            texts += other.texts.filter { !texts.contains($0) }
            urls.formUnion(other.urls)
            namedByURL = namedByURL && other.namedByURL
            authorsAndYear = authorsAndYear ?? other.authorsAndYear
        }

        func sameWork(as other: Keys) -> Bool {
            // The same authors the same year, and a title misspelt once (`La pair-aideance`).
            if let mine = authorsAndYear, mine == other.authorsAndYear,
               titles.contains(where: { title in other.titles.contains { ReferenceMerger.nearlyEqual(title, $0) } })
            {
                return true
            }
            for url in urls where other.urls.contains(url) {  // (the shared URLs, without building their set)
                if url.contains("/") { return true }
                // A home page: the site itself (named by its URL, or by a title that says the
                // site's name, `Plateforme travail pair…` for travail-pair.org).
                let name = ReferenceMerger.key(String(url.prefix { $0 != "." }))
                if namedByURL && (other.namedByURL || other.titles.contains { includes($0, name) })
                    || other.namedByURL && titles.contains(where: { includes($0, name) })
                {
                    return true
                }
            }
            for (title, findable) in zip(titles, findable) {
                for otherTitle in other.titles where title == otherTitle && title.hasAtLeast(12) { return true }
                if findable, other.texts.contains(where: { includes($0, title) }) { return true }
                for otherTitle in other.titles where ReferenceMerger.endAlike(title, otherTitle) { return true }
            }
            for (otherTitle, findable) in zip(other.titles, other.findable) where findable {
                if texts.contains(where: { includes($0, otherTitle) }) { return true }
            }
            return false
        }
    }

    public static func key(_ text: String) -> String { Folding.alphanumericKey(text) }

    /// Titles at most two edits apart (and at most a tenth of their length).
    static func nearlyEqual(_ a: String, _ b: String) -> Bool {
        if a == b { return true }  // (A work cited alike by many guides: no distance to count.)
        let x = Array(a.utf8), y = Array(b.utf8)
        guard abs(x.count - y.count) <= 2 else { return false }
        var previous = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var current = [i] + Array(repeating: 0, count: y.count)
            for j in 1...max(1, y.count) where !y.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        let distance = previous[y.count]
        return distance <= 2 && distance * 10 <= max(x.count, y.count)
    }

    static let minimumCommonEnding = 60

    /// Two title keys sharing their last 60+ characters, and at least 80% of the shorter one.
    static func endAlike(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count >= minimumCommonEnding, b.utf8.count >= minimumCommonEnding else { return false }
        var common = 0
        for (x, y) in zip(a.utf8.reversed(), b.utf8.reversed()) {
            guard x == y else { break }
            common += 1
        }
        return common >= minimumCommonEnding && common * 5 >= min(a.utf8.count, b.utf8.count) * 4
    }

    static func normalisedURL(_ url: String?) -> String? {
        guard var url = url?.lowercased(), url.hasPrefix("http") else { return nil }
        for prefix in ["https://", "http://", "www."] where url.hasPrefix(prefix) { url.removeFirst(prefix.count) }
        while url.hasSuffix("/") { url.removeLast() }
        return url
    }

    /// `b`'s places and what `a` lacks of it, added to `a` in place (`citations`: `a`'s places).
    static func combine(_ b: Reference, into a: inout Reference, citations: inout Set<Provenance>) {
        for place in b.citedIn where citations.insert(place).inserted { a.citedIn.append(place) }
        a.url = a.url ?? b.url
        a.year = a.year ?? b.year
        if a.authors.isEmpty { a.authors = b.authors }
        a.numbers.merge(b.numbers) { first, _ in first }
        if a.kind == .document { a.kind = b.kind }
    }
}
