import Mustache

// How templates read the view models: each field by its name, as Mustache's reflection would
// find it, without building a `Mirror` for every lookup (a tenth of a large build's time).
// When a view model gains a field, add it here: debug builds check every view a page renders
// against its reflection (`Templates.checkLookups`), so the test suite finds a missing one.

extension LinkView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "url": self.url
        case "detail": self.detail
        case "isCurrent": self.isCurrent
        default: nil
        }
    }
}

extension Breadcrumb: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "url": self.url
        default: nil
        }
    }
}

extension GlossaryPageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "letters": self.letters
        case "termCount": self.termCount
        case "definitionCount": self.definitionCount
        default: nil
        }
    }
}

extension LetterView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "letter": self.letter
        case "anchor": self.anchor
        case "hasEntries": self.hasEntries
        case "entries": self.entries
        default: nil
        }
    }
}

extension GlossaryEntryView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": self.url
        case "isAlias": self.isAlias
        case "target": self.target
        case "summary": self.summary
        case "countLabel": self.countLabel
        default: nil
        }
    }
}

extension TermPageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "name": self.name
        case "aliases": self.aliases
        case "hasAliases": self.hasAliases
        case "definitions": self.definitions
        case "mentionGroups": self.mentionGroups
        case "hasMentions": self.hasMentions
        case "related": self.related
        case "hasRelated": self.hasRelated
        case "glossaryURL": self.glossaryURL
        default: nil
        }
    }
}

extension DefinitionView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "anchor": self.anchor
        case "text": self.text
        case "source": self.source
        case "guideTitle": self.guideTitle
        case "guideURL": self.guideURL
        case "sectionTitle": self.sectionTitle
        case "sectionURL": self.sectionURL
        default: nil
        }
    }
}

extension MentionGroupView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "guideTitle": self.guideTitle
        case "guideURL": self.guideURL
        case "sections": self.sections
        default: nil
        }
    }
}

extension PracticesPageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "heading": self.heading
        case "intro": self.intro
        case "total": self.total
        case "guideFilters": self.guideFilters
        case "themes": self.themes
        default: nil
        }
    }
}

extension ThemeView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "anchor": self.anchor
        case "count": self.count
        case "blocks": self.blocks
        default: nil
        }
    }
}

extension PracticeBlockView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": self.heading
        case "items": self.items
        default: nil
        }
    }
}

extension PracticeItemView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "anchor": self.anchor
        case "text": self.text
        case "kindLabel": self.kindLabel
        case "guide": self.guide
        case "guideTitle": self.guideTitle
        case "sectionTitle": self.sectionTitle
        case "sourceURL": self.sourceURL
        default: nil
        }
    }
}

extension QuestionsPageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "groups": self.groups
        case "total": self.total
        default: nil
        }
    }
}

extension QuestionGroupView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "anchor": self.anchor
        case "intro": self.intro
        case "items": self.items
        default: nil
        }
    }
}

extension QuestionView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "anchor": self.anchor
        case "question": self.question
        case "answerHTML": self.answerHTML
        case "guideTitle": self.guideTitle
        case "sectionTitle": self.sectionTitle
        case "sourceURL": self.sourceURL
        default: nil
        }
    }
}

extension BibliographyPageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "entries": self.entries
        case "downloads": self.downloads
        case "total": self.total
        default: nil
        }
    }
}

extension ReferenceView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "anchor": self.anchor
        case "authors": self.authors
        case "year": self.year
        case "title": self.title
        case "typeLabel": self.typeLabel
        case "externalURL": self.externalURL
        case "guideURL": self.guideURL
        case "hasLinks": self.hasLinks
        case "citedIn": self.citedIn
        default: nil
        }
    }
}

extension LayoutView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "siteTitle": self.siteTitle
        case "siteDescription": self.siteDescription
        case "language": self.language
        case "pageTitle": self.pageTitle
        case "pageDescription": self.pageDescription
        case "canonicalURL": self.canonicalURL
        case "root": self.root
        case "homeURL": self.homeURL
        case "isHome": self.isHome
        case "navigation": self.navigation
        case "breadcrumbs": self.breadcrumbs
        case "hasBreadcrumbs": self.hasBreadcrumbs
        case "openGraphType": self.openGraphType
        case "structuredDataHTML": self.structuredDataHTML
        case "hasStructuredData": self.hasStructuredData
        case "guides": self.guides
        case "allGuides": self.allGuides
        case "searchURL": self.searchURL
        default: nil
        }
    }
}

extension NavigationLink: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "url": self.url
        case "isCurrent": self.isCurrent
        default: nil
        }
    }
}

extension GuideSummaryView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "shortTitle": self.shortTitle
        case "url": self.url
        case "publisher": self.publisher
        case "authors": self.authors
        case "hasSeveralAuthors": self.hasSeveralAuthors
        case "dateLabel": self.dateLabel
        case "dateISO": self.dateISO
        case "summary": self.summary
        case "sectionCount": self.sectionCount
        default: nil
        }
    }
}

extension TableOfContentsNode: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "title": self.title
        case "children": self.children
        case "hasChildren": self.hasChildren
        default: nil
        }
    }
}

extension HomePageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "guides": self.guides
        case "guideCount": self.guideCount
        case "entryPoints": self.entryPoints
        default: nil
        }
    }
}

extension GuidePageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "guide": self.guide
        case "sourceFile": self.sourceFile
        case "bodyHTML": self.bodyHTML
        case "tableOfContents": self.tableOfContents
        case "previous": self.previous
        case "next": self.next
        case "terms": self.terms
        case "practicesLink": self.practicesLink
        case "questions": self.questions
        case "references": self.references
        case "seeAlso": self.seeAlso
        case "hasTerms": self.hasTerms
        case "hasQuestions": self.hasQuestions
        case "hasReferences": self.hasReferences
        case "referenceCount": self.referenceCount
        case "hasSeeAlso": self.hasSeeAlso
        default: nil
        }
    }
}

extension SearchPageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "glossaryURL": self.glossaryURL
        case "practicesURL": self.practicesURL
        case "questionsURL": self.questionsURL
        case "bibliographyURL": self.bibliographyURL
        default: nil
        }
    }
}

extension NotFoundPageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "guides": self.guides
        default: nil
        }
    }
}

extension SitemapView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "entries": self.entries
        default: nil
        }
    }
}

extension SitemapView.Entry: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "url": self.url
        default: nil
        }
    }
}

extension TermLinkView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": self.text
        case "url": self.url
        case "tipID": self.tipID
        case "tip": self.tip
        default: nil
        }
    }
}

extension CitationLinkView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": self.text
        case "url": self.url
        case "label": self.label
        default: nil
        }
    }
}
