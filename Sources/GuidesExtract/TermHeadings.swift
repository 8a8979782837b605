import GuidesModel
import GuidesText

/// Headings that name a term: `Qu'est-ce que X ?`, a section opening with `X désigne…`, a
/// glossary entry under its own heading.
extension DefinitionExtractor {
    /// `Qu'est-ce que le travail pair ?` → `travail pair`.
    static func questionTerm(_ title: String) -> String? {
        let folded = Folding.fold(title)
        let prefixes = [
            "qu'est-ce que ", "qu’est-ce que ", "qu'est ce que ", "qu'est-ce qu'", "qu’est-ce qu’", "qu'entend-on par ", "qu’entend-on par ",
            "que signifie ", "que veut dire ", "qu'appelle-t-on ", "qu’appelle-t-on ", "que designe ", "qu'appelez-vous ", "qu’appelez-vous ",
            "c'est quoi ", "c’est quoi ",
        ]
        // `Un GEM, c'est quoi ?`, `Vivre de façon autonome, ça veut dire quoi ?`: the spoken form.
        for suffix in [", c'est quoi", ", c’est quoi", ", ca veut dire quoi", ", ca veut dire quoi", ", qu'est-ce que c'est", ", qu’est-ce que c’est", " : c'est quoi", " : c’est quoi"] {
            guard let range = folded.range(of: suffix) else { continue }
            var rest = String(title.prefix(folded.distance(from: folded.startIndex, to: range.lowerBound))).trimmed
            for article in ["Le ", "La ", "Les ", "L'", "L’", "Un ", "Une "] where rest.hasPrefix(article) { rest = String(rest.dropFirst(article.count)) }
            return rest.isEmpty || rest.split(separator: " ").count > 6 ? nil : rest
        }
        for prefix in prefixes where folded.hasPrefix(prefix) {
            var rest = String(title.dropFirst(prefix.count))
            rest = String(rest.prefix { $0 != "?" }).trimmed
            for article in ["le ", "la ", "les ", "l'", "l’", "un ", "une "] where rest.lowercased().hasPrefix(article) {
                rest = String(rest.dropFirst(article.count))
            }
            return rest.isEmpty || rest.split(separator: " ").count > 6 ? nil : rest
        }
        return nil
    }

    /// `La pair-aidance désigne…`, `On parle de pair-aidance lorsque…` for the section `Pair-aidance`.
    static func opensWithDefinition(_ text: String, of title: String) -> Bool {
        let key = TermKey.make(title)
        guard !key.isEmpty, key.split(separator: " ").count <= 5 else { return false }
        let words = TermKey.words(String(text.prefix(200)))
        let keyWords = key.split(separator: " ").map(String.init)
        var start = 0
        while start < words.count, TermKey.articles.contains(words[start]) { start += 1 }
        if words.count >= start + keyWords.count + 1, Array(words[start..<start + keyWords.count]) == keyWords {
            let verb = words[start + keyWords.count]
            return ["design", "est", "sont", "consist", "renvoi", "repos", "correspond", "signif"].contains { verb.hasPrefix($0) }
        }
        let folded = Folding.fold(String(text.prefix(120)))
        return (folded.hasPrefix("on parle de ") || folded.hasPrefix("on appelle ")) && folded.contains(Folding.fold(title))
    }

    /// Under a term heading: each passage (paragraphs and lists up to the lines naming its
    /// source) is one definition; the source lines after it (title, authors, publisher,
    /// `En ligne : URL`, `cité par :`) are its source.
    static func glossaryEntry(term: String, body: [GuideWalk.Block], walk: GuideWalk) -> [Definition] {
        var result: [Definition] = []
        var passage: [GuideWalk.Block] = []
        var sources: [String] = []
        func close() {
            defer { passage = []; sources = [] }
            guard let first = passage.first, passage.contains(where: { $0.text.count >= 60 && !$0.isItem }) else { return }
            let source = sources.filter { !Folding.fold($0).hasPrefix("en ligne") }.joined(separator: ", ")
            result.append(Definition(
                term: term, text: passage.map(\.text).joined(separator: " "), source: source.isEmpty ? nil : source,
                provenance: walk.provenance(of: first), evidence: .strong("glossary-entry")))
        }
        let blocks = body.filter { !$0.isHeading }
        for (index, block) in blocks.enumerated() {
            // `…trois composantes clés :` then a list: a lead-in to the next passage, not a source.
            let leadsIn = block.text.hasSuffix(":") && index + 1 < blocks.count && !isSource(blocks[index + 1])
            if isSource(block) && !leadsIn {
                sources += block.lines.isEmpty ? [block.text] : block.lines
            } else {
                if !sources.isEmpty { close() }
                passage.append(block)
            }
        }
        close()
        return result
    }

    /// A paragraph that names a work rather than says something: title/authors/publisher
    /// lines, `En ligne :`, `Cité par :`, a lead-in ending with `:` before them.
    static func isSource(_ block: GuideWalk.Block) -> Bool {
        guard block.kind == .paragraph else { return false }
        if ReferenceText.isSourceLine(block.text) { return true }
        if block.lines.count >= 2, block.lines.dropFirst().contains(where: { ReferenceText.isSourceLine($0) || ReferenceText.year(in: $0) != nil }) {
            return true
        }
        return block.text.count < 160 && (!block.text.hasSuffix(".") || block.text.hasSuffix(":"))
    }
}

/// Titles of a document's usual parts, which name no term (`Introduction`, `Contexte`).
enum HeadingTitles {
    static func isPartTitle(_ title: String) -> Bool {
        let folded = Folding.fold(DefinitionExtractor.withoutNumber(title)).trimmed
        return FrenchWordLists.isReferencePartTitle(folded) || FrenchWordLists.isDefinitionPartTitle(folded)
            || FrenchWordLists.pageFurnitureTitles.contains { folded.hasPrefix($0) }
    }

    /// A heading that may name a term: a short noun phrase in ordinary case, no part title,
    /// no date or number, not opened by an article, a verb or a possessive (`Un exemple
    /// d'annonce`, `Passer au contenu principal`, `Mars 2025`, `CONTACTS` name none).
    static func namesATerm(_ title: String) -> Bool {
        let name = DefinitionExtractor.unnumbered(DefinitionExtractor.displayName(title))
        let words = name.split(separator: " ").filter { !$0.hasPrefix("(") }
        guard DefinitionExtractor.isTerm(name), (1...5).contains(words.count), !isPartTitle(title), !name.contains(where: \.isNumber),
              name.contains(where: \.isLowercase), let first = words.first.map({ String($0).lowercased() }),
              !TermKey.articles.contains(Folding.fold(first)), FrenchMorphology.shared?.can(first, be: .infinitive) != true,
              TermShape.isPlausible(name, weak: true)
        else { return false }
        return true
    }
}
