import GuidesModel
import GuidesPaths
import GuidesText

extension SiteRenderer {
    /// Every reference once, sorted by author then year (the merger's order), with where it
    /// is cited and the downloads for reference managers.
    func bibliographyPage() -> String {
        let linker = Linker(.relative(from: .bibliography))
        let entries = graph.knowledge.references.map { reference in
            var seen = Set<String>()
            let citedIn = reference.citedIn.filter { seen.insert("\($0.guide)#\($0.section ?? "")").inserted }.map { place in
                LinkView(title: guideTitle(place.guide), url: sourceURL(place, linker: linker), detail: typeset(sectionTitle(place)))
            }
            return ReferenceView(
                anchor: Anchor.reference(reference.id),
                authors: reference.authors.isEmpty ? nil : typeset(reference.authors.joined(separator: " ; ")),
                year: reference.year.map(String.init),
                title: typeset(reference.title),
                typeLabel: Self.typeLabel(reference.kind),
                externalURL: reference.url,
                guideURL: reference.guide.map { linker.link(to: .guide($0)) },
                hasLinks: reference.url != nil || reference.guide != nil,
                citedIn: citedIn)
        }
        let view = BibliographyPageView(
            layout: layout(
                for: .bibliography, linker: linker, title: "Bibliographie",
                description: "Les références citées par les guides, une seule fois chacune, avec les guides qui les citent.",
                breadcrumbs: [Breadcrumb(title: "Bibliographie", url: nil)]),
            entries: entries,
            downloads: Self.downloads.map { LinkView(title: $0.label, url: linker.link(to: .bibliographyFile($0.file))) },
            total: entries.count)
        return templates.render(view, with: "bibliography")
    }

    static func typeLabel(_ kind: Reference.Kind) -> String {
        switch kind {
        case .article: "Article"
        case .guide: "Guide"
        case .rapport: "Rapport"
        case .ouvrage: "Ouvrage"
        case .site: "Site"
        case .video: "Vidéo"
        case .webinaire: "Webinaire"
        case .podcast: "Podcast"
        case .formation: "Formation"
        case .texte: "Texte officiel"
        case .document: "Document"
        }
    }
}
