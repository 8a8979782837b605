/// Where an item of the graph comes from: a guide, the section it sits in, its line.
///
/// Every extracted item carries one, so the site can link back to the text and editors can
/// check the extractor's reading.
public struct Provenance: Hashable, Sendable, Comparable {
    /// The guide's id.
    public var guide: String
    /// The id of the section (heading) the item is in; nil before the first heading.
    public var section: String?
    /// Line in the guide's content file.
    public var line: Int

    public init(guide: String, section: String?, line: Int) {
        self.guide = guide
        self.section = section
        self.line = line
    }

    public static func < (lhs: Provenance, rhs: Provenance) -> Bool {
        (lhs.guide, lhs.line) < (rhs.guide, rhs.line)
    }
}

/// How an extracted item was found, and how much that form of text proves.
///
/// A wrong glossary term links into every guide, a missing one only hides: so the site lets a
/// term reach beyond its own guide only on strong evidence (see `Term.reachesOtherGuides`).
public struct Evidence: Hashable, Sendable {
    public enum Strength: String, Hashable, Sendable, Comparable {
        /// A form that leaves little doubt: a glossary entry, a definitions part, an editor's
        /// directive, a question heading answered by its section.
        case strong
        /// A sentence in running text read as defining: right most of the time, kept for its
        /// own guide.
        case weak

        public static func < (lhs: Strength, rhs: Strength) -> Bool { lhs == .weak && rhs == .strong }
    }

    /// The pattern that found the item (`glossary-entry`, `defining-sentence`, `c-est`…), as the
    /// review and `graph.json` print it.
    public var form: String
    public var strength: Strength

    public init(_ form: String, _ strength: Strength) {
        self.form = form
        self.strength = strength
    }

    public static func strong(_ form: String) -> Evidence { Evidence(form, .strong) }
    public static func weak(_ form: String) -> Evidence { Evidence(form, .weak) }
}

/// What one guide says a term means.
public struct Definition: Hashable, Sendable {
    /// The term as this guide writes it (`Savoirs Expérientiels`).
    public var term: String
    /// The definition, plain text.
    public var text: String
    /// The work the guide quotes for it, when it cites one (`Compétences essentielles en santé
    /// publique au Canada, Québec : Agence de la santé publique au Canada, 2008`).
    public var source: String?
    public var provenance: Provenance
    public var evidence: Evidence

    public init(term: String, text: String, source: String? = nil, provenance: Provenance, evidence: Evidence) {
        self.term = term
        self.text = text
        self.source = source
        self.provenance = provenance
        self.evidence = evidence
    }
}

/// A concept of the glossary: one entry however many guides define it.
public struct Term: Hashable, Sendable, Identifiable {
    /// Slug of the preferred name; the glossary page's URL.
    public var id: String
    /// The preferred name (`Rétablissement`).
    public var name: String
    /// Other names: abbreviations, English, other spellings (`Recovery`, `MSP`).
    public var aliases: [String]
    /// In guide order, then line.
    public var definitions: [Definition]
    /// Where the term is used in running text, once per section.
    public var mentions: [Provenance]

    public init(id: String, name: String, aliases: [String] = [], definitions: [Definition] = [], mentions: [Provenance] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.definitions = definitions
        self.mentions = mentions
    }

    /// Whether the term may link from, and count mentions in, guides that do not define it:
    /// one strong definition, or definitions in two guides or more. A term only one guide
    /// defines, weakly, stays in that guide: a new guide never changes the others' pages on
    /// the strength of one sentence.
    public var reachesOtherGuides: Bool {
        definitions.contains { $0.evidence.strength == .strong } || Set(definitions.map(\.provenance.guide)).count >= 2
    }

    /// The guides that define the term.
    public var definingGuides: Set<String> { Set(definitions.map(\.provenance.guide)) }
}

/// One recommended action.
public struct Practice: Hashable, Sendable, Identifiable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case bonnePratique = "bonne-pratique"
        case solution
        case recommandation
        /// Questions a reader asks themself, points to check: not an action to take.
        case checklist
    }

    public var id: String
    /// The action, plain text.
    public var text: String
    /// The heading (or bold label) of its block: "Bonnes pratiques pour l'entretien de recrutement".
    public var heading: String
    public var kind: Kind
    /// What it is about, from its section path: "préparer l'équipe", "recrutement"…
    public var theme: String
    public var provenance: Provenance
    public var evidence: Evidence

    public init(id: String, text: String, heading: String, kind: Kind, theme: String, provenance: Provenance, evidence: Evidence = .strong("practice-list")) {
        self.id = id
        self.text = text
        self.heading = heading
        self.kind = kind
        self.theme = theme
        self.provenance = provenance
        self.evidence = evidence
    }
}

/// A question the text answers, or a misconception it rebuts.
public struct FAQ: Hashable, Sendable, Identifiable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case question
        case ideeRecue = "idee-recue"
    }

    public var id: String
    public var question: String
    /// The answer as CommonMark.
    public var answer: String
    /// The answer as plain text (search, export).
    public var answerText: String
    public var kind: Kind
    public var provenance: Provenance
    public var evidence: Evidence

    public init(id: String, question: String, answer: String, answerText: String, kind: Kind, provenance: Provenance, evidence: Evidence = .strong("question-heading")) {
        self.id = id
        self.question = question
        self.answer = answer
        self.answerText = answerText
        self.kind = kind
        self.provenance = provenance
        self.evidence = evidence
    }
}

/// A work the guides cite, once for the whole corpus.
public struct Reference: Hashable, Sendable, Identifiable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case article, guide, rapport, ouvrage, site, video, webinaire, podcast, formation, texte, document
    }

    public var id: String
    public var title: String
    public var authors: [String]
    public var year: Int?
    /// Publisher, journal or site.
    public var publisher: String?
    public var url: String?
    public var kind: Kind
    /// The corpus guide this reference is, when it is one of ours.
    public var guide: String?
    /// The entry as the guide writes it, plain text (the first citation's).
    public var text: String
    /// Every place that cites it, in corpus order.
    public var citedIn: [Provenance]
    /// Its number in a guide's numbered list (`(4)` in the text points at 4), per guide.
    public var numbers: [String: Int]

    public init(
        id: String, title: String, authors: [String] = [], year: Int? = nil, publisher: String? = nil,
        url: String? = nil, kind: Kind = .document, guide: String? = nil, text: String, citedIn: [Provenance],
        numbers: [String: Int] = [:]
    ) {
        self.id = id
        self.title = title
        self.authors = authors
        self.year = year
        self.publisher = publisher
        self.url = url
        self.kind = kind
        self.guide = guide
        self.text = text
        self.citedIn = citedIn
        self.numbers = numbers
    }
}

/// The typed knowledge of the corpus: what the site cross-links and the search indexes.
public struct Knowledge: Hashable, Sendable {
    public var terms: [Term]
    public var practices: [Practice]
    public var faqs: [FAQ]
    public var references: [Reference]

    public init(terms: [Term] = [], practices: [Practice] = [], faqs: [FAQ] = [], references: [Reference] = []) {
        self.terms = terms
        self.practices = practices
        self.faqs = faqs
        self.references = references
    }
}
