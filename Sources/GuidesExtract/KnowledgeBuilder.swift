import GuidesModel
import GuidesParser
import GuidesText

/// Builds the corpus's `Knowledge` from its parsed guides: runs every extractor on every
/// guide, merges terms and references across guides, resolves citations of corpus guides and
/// finds where terms are used.
public enum KnowledgeBuilder {
    public static func build(_ walks: [GuideWalk], glossary: GlossarySettings = GlossarySettings()) -> (Knowledge, [Diagnostic]) {
        var timings = BuildTimings()
        return build(walks, glossary: glossary, timings: &timings)
    }

    /// `timings` gets two stages: `extract` (every guide's own items) and `merge` (across guides).
    public static func build(_ walks: [GuideWalk], glossary: GlossarySettings = GlossarySettings(), timings: inout BuildTimings) -> (Knowledge, [Diagnostic]) {
        let clock = ContinuousClock()
        let start = clock.now
        var notes: [Diagnostic] = []
        func collect<Item>(_ extraction: Extraction<Item>) -> [Item] {
            notes += extraction.notes
            return extraction.items
        }
        // 1. What an editor marked `<!-- guides: ignore -->` is no item for any pass; mentions
        //    and acronym expansions below still read every block.
        let all = walks
        let walks = walks.map { $0.withoutIgnoredBlocks() }
        // 2. First pass, per guide: the forms that need no knowledge of the corpus.
        var definitions: [Definition] = []
        var faqs: [FAQ] = []
        var practices: [Practice] = []
        var references: [Reference] = []
        // (Each guide's each reading is a task of its own, so that a long guide does not hold
        // up the build on one core; the results are gathered in the guides' order.)
        let firstPass = Self.tasks(walks, passes: 4).parallelMap { task -> FirstPass in
            let walk = walks[task.guide], context = ExtractionContext()
            switch task.pass {
            case 0: return .definitions(DefinitionExtractor.read(walk, context: context))
            case 1: return .faqs(FAQExtractor.read(walk, context: context))
            case 2: return .practices(PracticeExtractor.read(walk, context: context))
            default: return .references(ReferenceExtractor.read(walk, context: context))
            }
        }
        for (task, found) in zip(Self.tasks(walks, passes: 4), firstPass) {
            let guide = walks[task.guide].guide.id
            switch found {
            case .definitions(let extraction): definitions += collect(extraction)
            case .faqs(let extraction): faqs += identified(collect(extraction), guide: guide)
            case .practices(let extraction): practices += numbered(collect(extraction), guide: guide)
            case .references(let extraction): references += collect(extraction)
            }
        }
        // 3. Second pass, per guide: sentences, typologies and announced terms, knowing the
        //    terms the first pass found in the whole corpus.
        let rules = GlossaryRules(glossary)
        let known = knownTerms(definitions, rules: rules)
        let byGuide = Dictionary(grouping: definitions, by: \.provenance.guide)
        let contexts = walks.map { ExtractionContext(knownTerms: known, taken: taken(byGuide[$0.guide.id] ?? [])) }
        let secondPass = Self.tasks(walks, passes: 3).parallelMap { task in
            let walk = walks[task.guide], context = contexts[task.guide]
            switch task.pass {
            case 0: return SentenceDefinitionExtractor.read(walk, context: context)
            case 1: return SubTermItems.read(walk, context: context)
            default: return TopicDefinitionExtractor.read(walk, context: context)
            }
        }
        for found in secondPass { definitions += collect(found) }
        // 4. One definition per passage and term; the editor's acceptances; the glossary rules.
        var seen = Set<String>()
        definitions = definitions.filter { seen.insert("\($0.provenance.guide):\($0.provenance.line):\(TermKey.make($0.term))").inserted }
        definitions = accepted(definitions, in: walks)
        notes += rules.unused(definitions: definitions)
        timings.add("extract", clock.now - start)
        // 5. Across guides: terms merged, acronyms spelt out, mentions found, references merged.
        let mergeStart = clock.now
        defer { timings.add("merge", clock.now - mergeStart) }
        var terms = TermMerger.merge(definitions, glossary: glossary)
        terms = AcronymExpansions.add(to: terms, from: all)
        terms = Mentions.find(for: terms, in: all)
        let merged = ReferenceMerger.merge(references, guides: walks.map(\.guide))
        return (Knowledge(terms: terms, practices: practices, faqs: faqs, references: merged), notes)
    }

    /// Every guide's passes, guide by guide: the order results are gathered in.
    static func tasks(_ walks: [GuideWalk], passes: Int) -> [(guide: Int, pass: Int)] {
        walks.indices.flatMap { guide in (0..<passes).map { (guide, $0) } }
    }

    /// What one reading of the first pass found.
    enum FirstPass: Sendable {
        case definitions(Extraction<Definition>)
        case faqs(Extraction<FAQ>)
        case practices(Extraction<Practice>)
        case references(Extraction<Reference>)
    }

    /// The key words of the terms found so far (at most five words), in a stable order.
    static func knownTerms(_ definitions: [Definition], rules: GlossaryRules) -> [[String]] {
        let known = Set(definitions.flatMap { definition -> [[String]] in
            let (name, aliases) = TermMerger.split(definition.term)
            if rules.ignores([name] + aliases) { return [] }
            return ([name] + aliases).map { TermKey.words($0) }.filter { !$0.isEmpty && $0.count <= 5 }
        })
        return known.sorted { $0.joined(separator: " ") < $1.joined(separator: " ") }
    }

    /// Per line of a guide, the keys of the terms its `definitions` define there (a directive
    /// named by its section's title leaves the block's sentences to read).
    static func taken(_ definitions: [Definition]) -> [Int: Set<String>] {
        Dictionary(
            definitions.filter { $0.evidence.form != "directive-section" }
                .map { ($0.provenance.line, Set([TermKey.make($0.term)])) },
            uniquingKeysWith: { $0.union($1) })
    }

    /// Practices get ids in reading order: `<guide>-<n>`.
    static func numbered(_ practices: [Practice], guide: String) -> [Practice] {
        practices.enumerated().map { offset, practice in
            var practice = practice
            practice.id = "\(guide)-\(offset + 1)"
            return practice
        }
    }

    /// A definition an editor accepted with `<!-- guides: definition -->` before its block is
    /// strong evidence, whatever form found it: `guides graph --review` says how.
    static func accepted(_ definitions: [Definition], in walks: [GuideWalk]) -> [Definition] {
        var marked = Set<String>()
        for walk in walks {
            for block in walk.blocks where block.directive == .definition { marked.insert("\(walk.guide.id):\(block.line)") }
        }
        guard !marked.isEmpty else { return definitions }
        var sentenceRead = Set<String>()
        let promoted = definitions.map { definition in
            let place = "\(definition.provenance.guide):\(definition.provenance.line)"
            guard definition.evidence.strength == .weak, marked.contains(place) else { return definition }
            var definition = definition
            definition.evidence = .strong("accepted:" + definition.evidence.form)
            sentenceRead.insert(place)
            return definition
        }
        // The block's own defining sentence names the term better than its section's title.
        return promoted.filter { definition in
            definition.evidence.form != "directive-section" || !sentenceRead.contains("\(definition.provenance.guide):\(definition.provenance.line)")
        }
    }

    /// Gives each FAQ a readable id, unique in the corpus: `<guide>-<question slug>`.
    static func identified(_ faqs: [FAQ], guide: String) -> [FAQ] {
        var scope = SlugScope()
        return faqs.map { faq in
            var faq = faq
            faq.id = guide + "-" + scope.slug(for: String(faq.question.prefix(60)))
            return faq
        }
    }
}
