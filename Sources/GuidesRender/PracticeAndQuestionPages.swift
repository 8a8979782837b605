import GuidesMarkdown
import GuidesModel
import GuidesPaths
import GuidesText

extension SiteRenderer {
    // MARK: Good practices

    /// All good practices (or one guide's), grouped by theme, then by the block they come from.
    func practicesPage(guide: Guide?) -> String {
        let page: PagePath = guide.map { .practicesOfGuide($0.id) } ?? .practices
        let linker = Linker(.relative(from: page))
        let all = graph.knowledge.practices
        let practices = guide.map { byGuide.practices[$0.id] ?? [] } ?? all
        var filters = [LinkView(title: "Tous les guides", url: linker.link(to: .practices), detail: "\(all.count)", isCurrent: guide == nil)]
        for other in graph.guides {
            // A guide's own page lists the other guides only on a small site (see `listedGuidesLimit`).
            guard guide == nil || listsEveryGuide || guide?.id == other.id else { continue }
            let count = byGuide.practices[other.id]?.count ?? 0
            guard count > 0 else { continue }
            filters.append(LinkView(title: typeset(other.frontMatter.shortTitle), url: linker.link(to: .practicesOfGuide(other.id)), detail: "\(count)", isCurrent: guide?.id == other.id))
        }
        var themes: [ThemeView] = []
        for practice in practices {
            let title = Self.themeTitle(practice.theme)
            let item = PracticeItemView(
                anchor: Anchor.practice(practice.id), text: typeset(practice.text), kindLabel: Self.kindLabel(practice.kind),
                guide: practice.provenance.guide, guideTitle: guideTitle(practice.provenance.guide),
                sectionTitle: typeset(sectionTitle(practice.provenance)), sourceURL: sourceURL(practice.provenance, linker: linker))
            if let index = themes.firstIndex(where: { $0.title == title }) {
                themes[index].count += 1
                if let last = themes[index].blocks.indices.last, themes[index].blocks[last].heading == typeset(practice.heading) {
                    themes[index].blocks[last].items.append(item)
                } else {
                    themes[index].blocks.append(PracticeBlockView(heading: typeset(practice.heading), items: [item]))
                }
            } else {
                themes.append(ThemeView(title: title, anchor: Anchor.theme(title), count: 1, blocks: [PracticeBlockView(heading: typeset(practice.heading), items: [item])]))
            }
        }
        themes.sort { Folding.fold($0.title) < Folding.fold($1.title) }
        var crumbs = [Breadcrumb(title: "Bonnes pratiques", url: guide == nil ? nil : linker.link(to: .practices))]
        if let guide { crumbs.append(Breadcrumb(title: typeset(guide.frontMatter.shortTitle), url: nil)) }
        let heading = guide.map { "Bonnes pratiques : \(typeset($0.frontMatter.shortTitle))" } ?? "Bonnes pratiques"
        let view = PracticesPageView(
            layout: layout(
                for: page, linker: linker, title: typeset(heading),
                description: "Les recommandations et solutions des guides, classées par thème, chacune avec un lien vers la section qui l’explique.",
                breadcrumbs: crumbs),
            heading: typeset(heading),
            intro: typeset(guide.map { "Les \(practices.count) recommandations et solutions du guide « \($0.frontMatter.title) », classées par thème." }
                ?? "Les \(practices.count) recommandations et solutions des \(graph.guides.count) guides, classées par thème : chacune renvoie à la section du guide qui l’explique."),
            total: practices.count, guideFilters: filters, themes: themes)
        return templates.render(view, with: "practices")
    }

    /// `préparer l'équipe` → `Préparer l’équipe`; practices without a theme go under `Autres`.
    static func themeTitle(_ theme: String) -> String {
        let cleaned = theme.trimmed
        guard !cleaned.isEmpty else { return "Autres recommandations" }
        return typeset(cleaned.capitalizedFirst.replacingOccurrences(of: "'", with: "’"))
    }

    static func kindLabel(_ kind: Practice.Kind) -> String {
        switch kind {
        case .bonnePratique: "Bonne pratique"
        case .solution: "Solution"
        case .recommandation: "Recommandation"
        case .checklist: "À vérifier"
        }
    }

    // MARK: Questions

    func questionsPage() -> String {
        let linker = Linker(.relative(from: .questions))
        let faqs = graph.knowledge.faqs
        func items(_ kind: FAQ.Kind) -> [QuestionView] {
            faqs.filter { $0.kind == kind }.map { faq in
                QuestionView(
                    anchor: Anchor.question(faq.id), question: typeset(faq.question), answerHTML: Self.answerHTML(faq.answer),
                    guideTitle: guideTitle(faq.provenance.guide), sectionTitle: typeset(sectionTitle(faq.provenance)),
                    sourceURL: sourceURL(faq.provenance, linker: linker))
            }
        }
        let groups = [
            QuestionGroupView(
                title: "Questions fréquentes", anchor: "questions-frequentes",
                intro: typeset("Les questions que les guides posent et auxquelles ils répondent."), items: items(.question)),
            QuestionGroupView(
                title: "Idées reçues", anchor: "idees-recues",
                intro: typeset("Des idées répandues sur le travail pair, et ce que les guides y répondent."), items: items(.ideeRecue)),
        ].filter { !$0.items.isEmpty }
        let view = QuestionsPageView(
            layout: layout(
                for: .questions, linker: linker, title: "Questions et idées reçues",
                description: "Les questions fréquentes sur la pair-aidance et le travail pair, et les idées reçues, avec les réponses des guides.",
                breadcrumbs: [Breadcrumb(title: "Questions", url: nil)],
                structuredData: StructuredData.faqPage(faqs, site: graph.site)),
            groups: groups, total: faqs.count)
        return templates.render(view, with: "questions")
    }

    /// An answer kept as Markdown, rendered by cmark with French typography; its headings sit
    /// below the question's.
    static func answerHTML(_ markdown: String) -> String {
        let document = MarkdownDocument(markdown)
        for node in document.allNodes {
            if node.kind == .heading { node.setHeadingLevel(4) }
            if node.kind == .text, let literal = node.literal {
                let text = FrenchTypography.apply(literal, previous: node.previousSibling?.plainText.last)
                if text != literal { node.setLiteral(text) }
            }
        }
        return document.renderHTML()
    }
}
