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
        // Provenances and section keys once per block, not once per term and block.
        let provenances = walks.parallelMap { walk in walk.blocks.map { walk.provenance(of: $0) } }
        // Every term's forms by their first word: one pass over a block's words finds all the
        // terms it mentions (not one scan of the block per term).
        let forms = terms.map { term in ([term.name] + term.aliases).map { TermKey.words($0) }.filter { !$0.isEmpty } }
        var firstWords: [String: [(term: Int, form: [String])]] = [:]
        for (index, termForms) in forms.enumerated() {
            for form in termForms { firstWords[form[0], default: []].append((index, form)) }
        }
        let byFirstWord = firstWords
        // Per guide and block, the terms it mentions (each guide on its own core; a block's
        // words are read where they are cut, not held for every block of every guide).
        let mentioned: [[Set<Int>]] = walks.parallelMap { walk in
            walk.blocks.map { block in
                guard !block.isHeading else { return [] }
                let folded = Folding.fold(block.text)
                guard stems.contains(where: { includes(folded, $0) }) else { return [] }
                let words = TermKey.words(block.text, folded: folded)
                var found = Set<Int>()
                for start in words.indices {
                    for candidate in byFirstWord[words[start]] ?? [] where !found.contains(candidate.term) {
                        if start + candidate.form.count <= words.count, words[start..<start + candidate.form.count].elementsEqual(candidate.form) {
                            found.insert(candidate.term)
                        }
                    }
                }
                return found
            }
        }
        // Where each term is mentioned, in reading order.
        var places = [[(walk: Int, block: Int)]](repeating: [], count: terms.count)
        for (walkIndex, blocks) in mentioned.enumerated() {
            for (blockIndex, found) in blocks.enumerated() {
                for termIndex in found.sorted() { places[termIndex].append((walkIndex, blockIndex)) }
            }
        }
        let found = places
        // (Each term's mentions on their own, on all cores.)
        return Array(terms.enumerated()).parallelMap { termIndex, term in
            var term = term
            // (Lines as guide and number, not as formatted strings: this runs for every place.)
            let definitionLines = Set(term.definitions.map { GuideLine(guide: $0.provenance.guide, line: $0.provenance.line) })
            var mentions: [Provenance] = []
            // A term only one guide defines, weakly, is mentioned in that guide only.
            let guides = term.reachesOtherGuides ? nil : term.definingGuides
            var seenSections = Set<String?>(), sectionsOf = -1
            for (walkIndex, blockIndex) in found[termIndex] {
                let walk = walks[walkIndex]
                guard guides?.contains(walk.guide.id) ?? true else { continue }
                // (A section is counted once per guide.)
                if walkIndex != sectionsOf { seenSections = []; sectionsOf = walkIndex }
                let provenance = provenances[walkIndex][blockIndex]
                guard !seenSections.contains(provenance.section),
                      !definitionLines.contains(GuideLine(guide: walk.guide.id, line: walk.blocks[blockIndex].line))
                else { continue }
                seenSections.insert(provenance.section)
                mentions.append(provenance)
            }
            term.mentions = mentions
            return term
        }
    }
}

/// A line of a guide.
private struct GuideLine: Hashable {
    var guide: String
    var line: Int
}
