import GuidesModel
import GuidesPaths
import GuidesText

extension SiteRenderer {
    func guidePage(_ guide: Guide, index: Int, bodyHTML: String) -> String {
        let page = PagePath.guide(guide.id)
        let linker = Linker(.relative(from: page))
        func neighbour(_ offset: Int) -> NavigationLink? {
            let position = index + offset
            guard graph.guides.indices.contains(position) else { return nil }
            let other = graph.guides[position]
            return NavigationLink(title: typeset(other.frontMatter.shortTitle), url: linker.link(to: .guide(other.id)), isCurrent: false)
        }
        let practices = byGuide.practices[guide.id]?.count ?? 0
        var view = GuidePageView(
            layout: layout(
                for: page, linker: linker, title: typeset(guide.frontMatter.title), description: typeset(guide.frontMatter.summary),
                breadcrumbs: [Breadcrumb(title: typeset(guide.frontMatter.shortTitle), url: nil)], openGraphType: "article",
                structuredData: StructuredData.article(guide, site: graph.site)),
            guide: GuideSummaryView(guide, linker: linker),
            sourceFile: guide.frontMatter.source,
            bodyHTML: bodyHTML,
            tableOfContents: TableOfContentsNode.tree(guide.sections),
            previous: neighbour(-1),
            next: neighbour(1),
            terms: byGuide.definedTerms(in: guide.id)
                .map { LinkView(title: $0.name, url: linker.link(to: .term($0.id))) },
            practicesLink: practices == 0 ? nil : LinkView(
                title: practices == 1 ? "La bonne pratique de ce guide" : "Les \(practices) bonnes pratiques de ce guide",
                url: linker.link(to: .practicesOfGuide(guide.id))),
            questions: (byGuide.faqs[guide.id] ?? [])
                .map { LinkView(title: typeset($0.question), url: linker.link(to: .questions, fragment: Anchor.question($0.id))) },
            references: (byGuide.references[guide.id] ?? [])
                .map { LinkView(title: typeset($0.title), url: linker.link(to: .bibliography, fragment: Anchor.reference($0.id))) },
            seeAlso: seeAlso(guide, linker: linker)
        )
        view.hasTerms = !view.terms.isEmpty
        view.hasQuestions = !view.questions.isEmpty
        view.hasReferences = !view.references.isEmpty
        view.referenceCount = view.references.count
        view.hasSeeAlso = !view.seeAlso.isEmpty
        return templates.render(view, with: "guide")
    }

    /// The guides that share the most glossary terms (defined or mentioned) with `guide`.
    ///
    /// Counted through each term's guides, not by comparing `guide` with every other guide.
    func seeAlso(_ guide: Guide, linker: Linker) -> [LinkView] {
        var shared = [Int](repeating: 0, count: graph.guides.count)
        for term in byGuide.termIDs[guide.id] ?? [] {
            for other in byGuide.guidesUsing[term] ?? [] { shared[other] += 1 }
        }
        return shared.indices.filter { shared[$0] > 0 }
            .map { (position: $0, guide: graph.guides[$0], count: shared[$0]) }
            .filter { $0.guide.id != guide.id }
            .sorted { ($1.count, $0.guide.frontMatter.order, $0.position) < ($0.count, $1.guide.frontMatter.order, $1.position) }
            .prefix(3)
            .map { other in
                LinkView(title: typeset(other.guide.frontMatter.shortTitle), url: linker.link(to: .guide(other.guide.id)), detail: "\(other.count) terme\(other.count == 1 ? "" : "s") en commun")
            }
    }
}
