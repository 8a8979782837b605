import GuidesModel
import GuidesText

/// Definitions whose subject stands for a term named just before it, as abstracts write them.
///
/// French patterns recognised, within one paragraph, list item or quote:
/// - a term announced as such — `le terme X`, `le concept de X`, `du concept du « X »`,
///   `la notion de X`, `celui de « X »` — then a sentence whose subject is a pronoun:
///   `Il désigne…`, `Elle désigne…`, `Ce dernier peut être défini comme…`, `Ce terme désigne…`,
///   `Il peut être défini comme…`;
/// - the announced term followed at once by a quotation or a defining verb: `le concept de
///   rétablissement « vise à donner un nouveau sens… »`;
/// - `Ce sont des…` right after a sentence that ends on an acronym (`…le déploiement de GEM
///   spécialisés. Ce sont des dispositifs créés…`).
///
/// A pronoun with no announced term before it names nothing: the sentence is left out, with a
/// note saying so.
public enum TopicDefinitionExtractor: GuideExtractor {
    /// How a term is announced, and whether it must then be quoted (`celui de « X »`).
    static let announcements: [(String, quotedOnly: Bool)] = [
        ("le terme de ", false), ("du terme de ", false), ("le terme ", false), ("du terme ", false), ("le concept de ", false), ("le concept d'", false),
        ("du concept de ", false), ("du concept du ", false), ("le concept du ", false), ("la notion de ", false),
        ("celui de ", true), ("celle de ", true), ("le mot ", true), ("du mot ", true), ("entend aussi parler de ", false), ("entend parler de ", false),
        ("l'expression de ", false), ("l'expression d'", false), ("l'expression ", true), ("l'appellation ", true),
    ]
    /// Words without which a sentence announces no term (case as written: they follow `le`).
    static let announcementWords = ["terme", "concept", "notion", "celui de", "celle de", "mot ", "parler de", "expression ", "appellation "]
    /// Openings of a sentence whose subject is the announced term.
    static let pronounSubjects = [
        "il désigne", "elle désigne", "ce terme désigne", "cette notion désigne", "ce concept désigne",
        "ce dernier peut être défini", "cette dernière peut être définie", "il peut être défini", "elle peut être définie",
        "ce terme renvoie", "cette notion renvoie", "ce concept renvoie", "il s'agit", "il renvoie", "elle renvoie", "il recouvre", "elle recouvre",
        "il qualifie", "elle qualifie",
    ] + titleSubjects
    /// Openings that stand for the title they follow (a heading, or a term alone on the
    /// paragraph's first line): `On désigne ainsi…`, `Le terme désigne…`.
    static let titleSubjects = ["on désigne ainsi", "on appelle ainsi", "on nomme ainsi", "le terme désigne", "le mot désigne", "l'expression désigne", "le terme renvoie", "le mot renvoie"]
    /// What may follow an announced term at once and define it.
    static let definingContinuations = ["«", "vise ", "désigne ", "renvoie ", "recouvre ", "signifie ", "se définit "]
    static let stopWords: Set<String> = ["de", "du", "des", "a", "est", "sont", "qui", "que", "et", "en", "dans", "pour", "par", "au", "aux", "à", "vise", "désigne", "renvoie", "recouvre", "signifie", "se", "lors", "ne", "n"]


    /// The definitions, and notes on the defining sentences whose subject stands for nothing
    /// named in their paragraph.
    public static func read(_ walk: GuideWalk, context: ExtractionContext = ExtractionContext()) -> Extraction<Definition> {
        var result: [Definition] = []
        var notes: [Diagnostic] = []
        for block in walk.blocks where !block.isHeading && block.text.hasAtLeast(60) {
            // Cheap test first: no pronoun subject and no announced term, nothing to find.
            guard ["il ", "Il ", "elle ", "Elle ", "Ce ", "ce "].contains(where: { includes(block.text, $0) }) || announcementWords.contains(where: { includes(block.text, $0) }),
                  !SentenceDefinitionExtractor.skipped(block, walk: walk)
            else { continue }
            // The title the paragraph opens under stands for its first subject: a term alone on
            // the first line (`Le mentorat (ou parrainage)` / `Il s'agit d'un…`), or, for the
            // section's first paragraph, a heading that names a term (`On désigne ainsi…` only).
            let title = titleTerm(of: block, walk: walk)
            var topic: String? = title?.lineTitle == true ? title?.term : nil
            var acronym: String?
            var defined = Set<String>()
            func add(_ term: String, _ text: String) {
                guard defined.insert(TermKey.make(term)).inserted else { return }
                result.append(Definition(term: term, text: text, provenance: walk.provenance(of: block), evidence: .strong("announced-term")))
            }
            // (A title line is no part of the first sentence.)
            let text = title?.lineTitle == true ? block.lines.dropFirst().joined(separator: " ") : block.text
            for sentence in SentenceDefinitionExtractor.sentences(of: text) {
                // Pronoun subjects all start with `Il`, `Elle` or `Ce`.
                let opening = sentence.first.map { "IECOL".contains($0) } == true
                    ? sentence.prefix(40).lowercased().replacingOccurrences(of: "’", with: "'") : ""
                if let subject = pronounSubjects.first(where: { opening.hasPrefix($0) }) {
                    if topic == nil, let title, titleSubjects.contains(subject) { topic = title.term }
                    if let term = topic {
                        add(term, sentence)
                    } else {
                        notes.append(.note(
                            "« \(sentence.prefix(subject.count)) … » defines something its paragraph does not name; not taken into the glossary (name the term in the sentence to take it)",
                            at: SourceLocation(path: walk.guide.path, line: block.line)))
                    }
                } else if opening.hasPrefix("ce sont des "), let term = acronym ?? topic {
                    add(term, sentence)
                }
                // Most sentences announce nothing: a byte search tells, before any copying.
                if announcementWords.contains(where: { includes(sentence, $0) }) {
                    let normal = sentence.replacingOccurrences(of: "’", with: "'")
                    // `Dans ce guide, le terme « travailleur pair » désigne uniquement…` says how one
                    // text uses a word: no definition, and no topic for the sentences after it.
                    if let (term, rest) = announced(in: normal), !isScoped(normal) {
                        topic = term
                        if defines(withoutApposition(rest)) { add(term, sentence) }
                    }
                }
                acronym = finalAcronym(of: sentence)
            }
        }
        return Extraction(items: result, notes: notes)
    }

    /// The term a paragraph's title names: its first line when it is a term alone (then any
    /// subject may stand for it), or the heading of the section it opens.
    static func titleTerm(of block: GuideWalk.Block, walk: GuideWalk) -> (term: String, lineTitle: Bool)? {
        if block.lines.count >= 2, let line = block.lines.first?.trimmed, line.count <= 60, !line.contains(where: { ".:;!?,".contains($0) }),
           line.contains(where: \.isLowercase)
        {
            let name = DefinitionExtractor.unnumbered(DefinitionExtractor.displayName(line))
            if DefinitionExtractor.isTerm(name), name.split(separator: " ").count <= 4, TermShape.isPlausible(name, weak: false) { return (name, true) }
        }
        guard let section = block.section, walk.body(of: section, nested: false).first?.line == block.line else { return nil }
        let name = DefinitionExtractor.unnumbered(walk.guide.sections[section].title)
        guard DefinitionExtractor.isTerm(name), name.split(separator: " ").count <= 4, !name.contains("?"), TermShape.isPlausible(name, weak: false) else { return nil }
        return (name, false)
    }

    /// `…l'émergence du concept du « patient expert ».` → `patient expert` and what follows it;
    /// the last term a sentence announces, since a pronoun after it stands for that one.
    static func announced(in sentence: String) -> (String, Substring)? {
        let lower = sentence.lowercased()
        // (A byte test first: most sentences hold no marker.)
        let found = announcements.compactMap { marker, quotedOnly in
            includes(lower, marker) ? lower.range(of: marker, options: .backwards).map { (range: $0, quotedOnly: quotedOnly) } : nil
        }
        // The last announcement; at one place, the longest marker (`le terme de` over `le terme`).
        for (range, quotedOnly) in found.sorted(by: { ($0.range.lowerBound, $0.range.upperBound) > ($1.range.lowerBound, $1.range.upperBound) }) {
            // The same offsets in the original sentence (lowercasing keeps these characters).
            let start = sentence.index(sentence.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: range.upperBound))
            let rest = sentence[start...]
            if rest.hasPrefix("«") || rest.hasPrefix("“") || rest.hasPrefix("\"") {
                let inner = rest.dropFirst().drop { $0 == " " || $0 == "\u{a0}" || $0 == "\u{202f}" }
                let name = inner.prefix { !"»”\"".contains($0) }
                let words = name.split(separator: " ")
                guard (1...6).contains(words.count), name.count < 60 else { continue }
                let after = inner.dropFirst(name.count).dropFirst().drop { $0 == " " }
                return (name.trimmingCharacters(in: .init(charactersIn: " \u{a0}\u{202f}")), after)
            }
            // `Le mot le plus ancien est celui de pair-émulation.`: unquoted, when the sentence
            // speaks of words.
            let speaksOfWords = ["mot", "terme", "expression", "appellation", "intitulé"].contains { lower[..<range.lowerBound].contains($0) }
            guard !quotedOnly || speaksOfWords && ["celui de ", "celle de "].contains(marker(at: range, in: lower)) else { continue }
            // `X est le terme le plus large : il désigne…` announces X, not `le plus large`.
            if let first = rest.split(separator: " ").first, ["le", "la", "les"].contains(first.lowercased()) || first.lowercased().hasPrefix("l'") { continue }
            // Unquoted: the words up to the first grammatical word or punctuation, at most four.
            var name: [Substring] = []
            var end = rest.startIndex
            for word in rest.split(separator: " ", omittingEmptySubsequences: true) {
                let bare = word.trimmingCharacters(in: .punctuationCharacters)
                // `médiateur de santé/pair`: `de` inside a name, not at its start.
                let linking = !name.isEmpty && ["de", "du", "des"].contains(bare.lowercased())
                guard name.count < 4, !bare.isEmpty, linking || !stopWords.contains(bare.lowercased()), bare.first?.isLetter == true else { break }
                name.append(word)
                end = word.endIndex
                // The comma stays with what follows: `le terme de travailleur pair, plus large, désigne`.
                if word.last.map({ ",.;:".contains($0) }) == true { end = word.index(before: word.endIndex); break }
            }
            guard !name.isEmpty else { continue }
            let term = String(rest[rest.startIndex..<end]).trimmingCharacters(in: .punctuationCharacters)
            return (term, rest[end...].drop { $0 == " " })
        }
        return nil
    }

    static func marker(at range: Range<String.Index>, in lower: String) -> String { String(lower[range]) }

    /// Whether the words right after an announced term define it (`désigne`, `renvoie, dans
    /// son sens premier, à…`, `« … »`).
    static func defines(_ rest: Substring) -> Bool {
        let lower = rest.lowercased()
        return definingContinuations.contains { continuation in
            let word = continuation.trimmingCharacters(in: .whitespaces)
            guard lower.hasPrefix(word) else { return false }
            return lower.dropFirst(word.count).first.map { !$0.isLetter } ?? true
        }
    }

    /// `, plus large, désigne…` → `désigne…`: a short apposition between the term and its verb.
    /// (`« travail pair » : elle désigne…`: a colon, then a pronoun for the term.)
    static func withoutApposition(_ rest: Substring) -> Substring {
        if rest.hasPrefix(": ") {
            let after = rest.dropFirst(2)
            for pronoun in ["il ", "elle ", "Il ", "Elle "] where after.hasPrefix(pronoun) { return after.dropFirst(pronoun.count) }
            return rest
        }
        guard rest.hasPrefix(","), let close = rest.dropFirst().firstIndex(of: ","), rest.distance(from: rest.startIndex, to: close) <= 80 else { return rest }
        return rest[rest.index(after: close)...].drop { $0 == " " }
    }

    /// A sentence opened by an adverbial phrase that limits it to one text or place.
    static func isScoped(_ sentence: String) -> Bool {
        SentenceDefinitionExtractor.subjectScope(sentence)?.scoped == true
    }

    /// `…le déploiement de GEM spécialisés.` → `GEM`: an acronym among a sentence's last two words.
    static func finalAcronym(of sentence: String) -> String? {
        // (The last two words, found from the end by bytes: this runs on every sentence.)
        let bytes = sentence.utf8, space = UInt8(ascii: " ")
        var words: [String] = []
        var end = bytes.endIndex
        while words.count < 2, end > bytes.startIndex {
            guard let last = bytes[..<end].lastIndex(where: { $0 != space }) else { break }
            let start = bytes[..<last].lastIndex(of: space).map { bytes.index(after: $0) } ?? bytes.startIndex
            let wordEnd = bytes.index(after: last)  // (a space or the end: a character boundary)
            words.insert(String(decoding: bytes[start..<wordEnd], as: UTF8.self).trimmingCharacters(in: .punctuationCharacters), at: 0)
            end = start
        }
        return words.last { word in
            (2...6).contains(word.count) && word.allSatisfy { $0.isUppercase && $0.isLetter }
        }
    }
}
