import GuidesModel
import GuidesText

/// Where each term is used in running text: the same key words as the term or an alias, in
/// paragraphs, items and quotes (never headings), once per section.
public enum Mentions {
    public static func find(for terms: [Term], in walks: [GuideWalk]) -> [Term] {
        // Each block's key words, computed once for all terms, and only for blocks whose
        // folded text holds the first four letters of some term (`reta`, `medi`: shared by
        // every inflection, `médiatrice` and `médiateur` alike).
        let stems = Set(terms.flatMap { term in
            ([term.name] + term.aliases).compactMap { TermKey.words($0).first.map { String($0.prefix(4)) } }
        })
        let words: [[[String]]] = walks.map { walk in
            walk.blocks.map { block in
                guard !block.isHeading else { return [] }
                let folded = Folding.fold(block.text)
                return stems.contains(where: { includes(folded, $0) }) ? TermKey.words(block.text) : []
            }
        }
        // Provenances and section keys once per block, not once per term and block.
        let provenances = walks.map { walk in walk.blocks.map { walk.provenance(of: $0) } }
        return terms.map { term in
            var term = term
            let forms = ([term.name] + term.aliases).map { TermKey.words($0) }.filter { !$0.isEmpty }
            let definitionLines = Set(term.definitions.map { "\($0.provenance.guide):\($0.provenance.line)" })
            var mentions: [Provenance] = []
            // A term only one guide defines, weakly, is mentioned in that guide only.
            let guides = term.reachesOtherGuides ? nil : term.definingGuides
            for (walkIndex, walk) in walks.enumerated() where guides?.contains(walk.guide.id) ?? true {
                var seenSections = Set<String?>()
                for (blockIndex, block) in walk.blocks.enumerated() where !block.isHeading && !words[walkIndex][blockIndex].isEmpty {
                    let provenance = provenances[walkIndex][blockIndex]
                    guard !seenSections.contains(provenance.section),
                          forms.contains(where: { contains(words[walkIndex][blockIndex], $0) }),
                          !definitionLines.contains("\(walk.guide.id):\(block.line)")
                    else { continue }
                    seenSections.insert(provenance.section)
                    mentions.append(provenance)
                }
            }
            term.mentions = mentions
            return term
        }
    }

    static func contains(_ words: [String], _ form: [String]) -> Bool {
        guard form.count <= words.count else { return false }
        // Element by element: no slice copies, this runs for every term on every block.
        for start in 0...(words.count - form.count) where words[start] == form[0] {
            if words[start..<start + form.count].elementsEqual(form) { return true }
        }
        return false
    }
}
