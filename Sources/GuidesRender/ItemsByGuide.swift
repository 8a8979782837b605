import GuidesModel

/// The graph's items grouped by guide, computed once per build: every guide page and
/// per-guide practices page asks for its guide's share, and scanning every item for each page
/// made rendering grow with the square of the number of guides. Items keep the graph's order.
struct ItemsByGuide: Sendable {
    private(set) var guides: [String: Guide] = [:]
    private let terms: [Term]
    /// Per guide, the lines of its definitions of each term (by the term's index in the graph).
    private(set) var definitionLines: [String: [Int: Set<Int>]] = [:]
    /// Ids of the terms a guide defines or mentions.
    private(set) var termIDs: [String: Set<String>] = [:]
    /// The other way round: per term id, the positions in `graph.guides` of the guides using it.
    private(set) var guidesUsing: [String: [Int]] = [:]
    /// Per guide position in `graph.guides`, its `order` (compared for every other guide of
    /// every guide page: read here, not copied out of each `Guide`).
    private(set) var orders: [Int] = []
    /// Per guide id, its first position in `graph.guides`.
    private(set) var positions: [String: Int] = [:]
    /// Per place (a guide's section), the indexes of the terms mentioned there, once a mention.
    private(set) var termsMentionedAt: [Place: [Int]] = [:]

    /// A section of a guide (the guide itself when the mention is before its first section).
    struct Place: Hashable {
        var guide: String
        var section: String
        init(_ provenance: Provenance) { guide = provenance.guide; section = provenance.section ?? "" }
    }
    private(set) var practices: [String: [Practice]] = [:]
    private(set) var faqs: [String: [FAQ]] = [:]
    /// References a guide cites.
    private(set) var references: [String: [Reference]] = [:]
    /// Indexes of the terms linked from every guide (they reach beyond the guides defining them).
    private(set) var linkableEverywhere = Set<Int>()

    /// Terms defined in a guide, in the graph's order.
    func definedTerms(in guide: String) -> [Term] {
        (definitionLines[guide]?.keys.sorted() ?? []).map { terms[$0] }
    }

    init(_ graph: ContentGraph) {
        terms = graph.knowledge.terms
        for guide in graph.guides where guides[guide.id] == nil { guides[guide.id] = guide }
        for (index, term) in graph.knowledge.terms.enumerated() {
            if term.reachesOtherGuides { linkableEverywhere.insert(index) }
            for mention in term.mentions { termsMentionedAt[Place(mention), default: []].append(index) }
            for definition in term.definitions { definitionLines[definition.provenance.guide, default: [:]][index, default: []].insert(definition.provenance.line) }
            for guide in Set(term.definitions.map(\.provenance.guide) + term.mentions.map(\.guide)) { termIDs[guide, default: []].insert(term.id) }
        }
        for (position, guide) in graph.guides.enumerated() {
            for term in termIDs[guide.id] ?? [] { guidesUsing[term, default: []].append(position) }
            if positions[guide.id] == nil { positions[guide.id] = position }
        }
        orders = graph.guides.map(\.frontMatter.order)
        for practice in graph.knowledge.practices { practices[practice.provenance.guide, default: []].append(practice) }
        for faq in graph.knowledge.faqs { faqs[faq.provenance.guide, default: []].append(faq) }
        for reference in graph.knowledge.references {
            for guide in Set(reference.citedIn.map(\.guide)) { references[guide, default: []].append(reference) }
        }
    }
}
