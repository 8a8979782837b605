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
        // The three with the most terms in common, then by `order` and position: chosen in
        // one pass (sorting every guide, for every guide page, grew with the square of the
        // guides).
        func precedes(_ a: Int, _ b: Int) -> Bool {
            (shared[b], byGuide.orders[a], a) < (shared[a], byGuide.orders[b], b)
        }
        let own = byGuide.positions[guide.id]
        var best: [Int] = []
        for position in shared.indices where shared[position] > 0 && position != own {
            guard best.count < 3 || precedes(position, best[best.count - 1]) else { continue }
            best.insert(position, at: best.firstIndex { precedes(position, $0) } ?? best.count)
            if best.count > 3 { best.removeLast() }
        }
        return best.map { position in
            let other = graph.guides[position], count = shared[position]
            return LinkView(title: typeset(other.frontMatter.shortTitle), url: linker.link(to: .guide(other.id)), detail: "\(count) terme\(count == 1 ? "" : "s") en commun")
        }
    }
}
