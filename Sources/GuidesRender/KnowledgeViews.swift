// View models of the pages that present the content graph: the glossary, a term, the good
// practices, the questions and the bibliography. Plain values with French text ready to print
// (typography applied); Mustache escapes every `{{field}}`, and only `…HTML` fields are raw.

/// A link with its text, the unit of most lists on these pages.
public struct LinkView: Sendable {
    public var title: String
    public var url: String
    /// A second line or a count shown beside the link.
    public var detail: String = ""
    public var isCurrent: Bool = false
}

public struct Breadcrumb: Sendable {
    public var title: String
    /// Nil for the current page, the last crumb.
    public var url: String?
}

// MARK: Glossary

public struct GlossaryPageView: Sendable {
    public var layout: LayoutView
    public var letters: [LetterView]
    public var termCount: Int
    public var definitionCount: Int
}

/// One letter of the A–Z index; letters without entries are shown but not linked.
public struct LetterView: Sendable {
    public var letter: String
    public var anchor: String
    public var hasEntries: Bool
    public var entries: [GlossaryEntryView]
}

public struct GlossaryEntryView: Sendable {
    public var name: String
    public var url: String
    /// An alias points at its term: `MSP → Médiateur de santé pair`.
    public var isAlias: Bool
    public var target: String
    public var summary: String
    /// `3 définitions, 2 guides`.
    public var countLabel: String
}

public struct TermPageView: Sendable {
    public var layout: LayoutView
    public var name: String
    public var aliases: String
    public var hasAliases: Bool
    public var definitions: [DefinitionView]
    public var mentionGroups: [MentionGroupView]
    public var hasMentions: Bool
    public var related: [LinkView]
    public var hasRelated: Bool
    public var glossaryURL: String
}

public struct DefinitionView: Sendable {
    public var anchor: String
    public var text: String
    public var source: String?
    public var guideTitle: String
    public var guideURL: String
    public var sectionTitle: String
    public var sectionURL: String
}

public struct MentionGroupView: Sendable {
    public var guideTitle: String
    public var guideURL: String
    public var sections: [LinkView]
}

// MARK: Good practices

public struct PracticesPageView: Sendable {
    public var layout: LayoutView
    public var heading: String
    public var intro: String
    public var total: Int
    /// `Tous les guides` and one link per guide: the filter that works without JavaScript.
    public var guideFilters: [LinkView]
    public var themes: [ThemeView]
}

public struct ThemeView: Sendable {
    public var title: String
    public var anchor: String
    public var count: Int
    public var blocks: [PracticeBlockView]
}

public struct PracticeBlockView: Sendable {
    public var heading: String
    public var items: [PracticeItemView]
}

public struct PracticeItemView: Sendable {
    public var anchor: String
    public var text: String
    public var kindLabel: String
    public var guide: String
    public var guideTitle: String
    public var sectionTitle: String
    public var sourceURL: String
}

// MARK: Questions

public struct QuestionsPageView: Sendable {
    public var layout: LayoutView
    public var groups: [QuestionGroupView]
    public var total: Int
}

public struct QuestionGroupView: Sendable {
    public var title: String
    public var anchor: String
    public var intro: String
    public var items: [QuestionView]
}

public struct QuestionView: Sendable {
    public var anchor: String
    public var question: String
    /// The answer as cmark renders it, with typography.
    public var answerHTML: String
    public var guideTitle: String
    public var sectionTitle: String
    public var sourceURL: String
}

// MARK: Bibliography

public struct BibliographyPageView: Sendable {
    public var layout: LayoutView
    public var entries: [ReferenceView]
    public var downloads: [LinkView]
    public var total: Int
}

public struct ReferenceView: Sendable {
    public var anchor: String
    /// Nil when the guide gives none (Mustache skips a nil section, not an empty string).
    public var authors: String?
    public var year: String?
    public var title: String
    public var typeLabel: String
    public var externalURL: String?
    /// The guide's own page on this site when the reference is one of the corpus's guides.
    public var guideURL: String?
    public var hasLinks: Bool
    public var citedIn: [LinkView]
}
