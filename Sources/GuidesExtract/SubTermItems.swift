import GuidesModel
import GuidesText

/// List items that each define a kind of a known term: `l'empowerment individuel comporte…`,
/// `l'empowerment communautaire renvoie à…`, `l'empowerment organisationnel, qui désigne…`.
///
/// Every item of the list opens with the same head noun, a term the corpus defines, followed
/// by a qualifier: each item defines *head + qualifier*. A single item, or items with different
/// heads, define nothing (a list of facts about one term is not a typology).
public enum SubTermItems: GuideExtractor {
    public static func read(_ walk: GuideWalk, context: ExtractionContext = ExtractionContext()) -> Extraction<Definition> {
        // The head noun of a typology is a one-word term.
        let knownTerms = Set(context.knownTerms.filter { $0.count == 1 }.map { $0[0] })
        var result: [Definition] = []
        var index = 0
        let blocks = walk.blocks
        while index < blocks.count {
            guard case .item(0, _, _) = blocks[index].kind else { index += 1; continue }
            var run: [GuideWalk.Block] = []
            while index < blocks.count, blocks[index].isItem {
                if case .item(0, _, _) = blocks[index].kind { run.append(blocks[index]) }
                index += 1
            }
            guard run.count >= 2, !SentenceDefinitionExtractor.skipped(run[0], walk: walk) else { continue }
            let heads = run.map(head(of:))
            guard let first = heads.first ?? nil, heads.allSatisfy({ $0?.head == first.head }), knownTerms.contains(first.head),
                  Set(heads.compactMap { $0?.name }).count == run.count
            else { continue }
            for (item, found) in zip(run, heads) {
                guard let found, TermShape.isPlausible(found.name, weak: true) else { continue }
                result.append(Definition(term: found.name, text: item.text, provenance: walk.provenance(of: item), evidence: .weak("sub-term-item")))
            }
        }
        return Extraction(items: result)
    }

    /// `l'empowerment communautaire renvoie…` → head `empowerment`, name `empowerment communautaire`.
    static func head(of item: GuideWalk.Block) -> (head: String, name: String)? {
        let written = FrenchWords.words(in: String(item.text.prefix(80)))
        var start = 0
        while start < written.count, TermKey.articles.contains(Folding.fold(String(written[start]))) { start += 1 }
        guard start + 1 < written.count else { return nil }
        let noun = written[start], qualifier = written[start + 1]
        // The qualifier is an adjective (`individuel`, `communautaire`), never a verb or a preposition.
        if let morphology = FrenchMorphology.shared {
            let readings = morphology.analyses(of: qualifier.lowercased())
            guard readings.contains(where: { $0.partsOfSpeech.contains(.adjective) }) else { return nil }
        }
        return (TermKey.make(String(noun)), String(item.text[noun.startIndex..<qualifier.endIndex]))
    }
}
