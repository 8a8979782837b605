import GuidesModel
import GuidesText

/// One reference per work in the whole corpus, with every place that cites it, and the
/// corpus's own guides recognised when they are cited.
///
/// Two entries are the same work when they share a URL, or when the title of one (30+
/// characters, folded) is found in the other's text: the DIHAL/FAS guide *Développer le travail
/// pair dans le champ de la veille sociale, de l'hébergement et du logement* is written four
/// ways by four guides.
public enum ReferenceMerger {
    static let minimumTitleMatch = 30

    public static func merge(_ references: [Reference], guides: [Guide]) -> [Reference] {
        var merged: [Reference] = []
        for reference in references {
            if let index = merged.firstIndex(where: { sameWork($0, reference) }) {
                merged[index] = combine(merged[index], reference)
            } else {
                merged.append(reference)
            }
        }
        var scope = SlugScope()
        return merged.map { reference in
            var reference = reference
            reference.citedIn.sort()
            reference.guide = guides.first { isGuide($0, reference) }?.id
            reference.id = scope.slug(for: String(reference.title.prefix(60)))
            return reference
        }
        .sorted { ($0.authors.first.map(Folding.fold) ?? Folding.fold($0.title), $0.year ?? 0, $0.id) < ($1.authors.first.map(Folding.fold) ?? Folding.fold($1.title), $1.year ?? 0, $1.id) }
    }

    static func key(_ text: String) -> String {
        String(Folding.fold(text).map { $0.isLetter || $0.isNumber ? $0 : " " }).split(separator: " ").joined(separator: " ")
    }

    static func normalisedURL(_ url: String?) -> String? {
        guard var url = url?.lowercased(), url.hasPrefix("http") else { return nil }
        for prefix in ["https://", "http://", "www."] where url.hasPrefix(prefix) { url.removeFirst(prefix.count) }
        while url.hasSuffix("/") { url.removeLast() }
        return url
    }

    static func sameWork(_ a: Reference, _ b: Reference) -> Bool {
        if let left = normalisedURL(a.url), left == normalisedURL(b.url) { return true }
        let titleA = key(a.title), titleB = key(b.title)
        if titleA == titleB, titleA.count >= 12 { return true }
        if titleA.count >= minimumTitleMatch, key(b.text).contains(titleA) { return true }
        if titleB.count >= minimumTitleMatch, key(a.text).contains(titleB) { return true }
        return false
    }

    static func combine(_ a: Reference, _ b: Reference) -> Reference {
        var result = a
        result.citedIn += b.citedIn.filter { !a.citedIn.contains($0) }
        result.url = a.url ?? b.url
        result.year = a.year ?? b.year
        if result.authors.isEmpty { result.authors = b.authors }
        result.numbers.merge(b.numbers) { first, _ in first }
        if result.kind == .document { result.kind = b.kind }
        return result
    }

    /// A reference is a corpus guide when it carries the guide's title (its first 40
    /// characters, folded, enough to tell the five apart).
    static func isGuide(_ guide: Guide, _ reference: Reference) -> Bool {
        let title = key(guide.frontMatter.title)
        let probe = String(title.prefix(40))
        guard probe.count >= 20 else { return false }
        return key(reference.text).contains(probe) || key(reference.title).contains(probe)
    }
}
