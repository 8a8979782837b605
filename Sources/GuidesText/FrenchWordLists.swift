/// The French word lists the importer, the extractors and the search share: one place for each,
/// so two components never disagree on what an elision or a resources part is.
///
/// Words are folded (`Folding.fold`: lowercase, no accents) unless said otherwise.
public enum FrenchWordLists {
    /// Elided words, lowercase, without their apostrophe (`l'`, `qu'`, `jusqu'`).
    public static let elisions: Set<String> = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu",
    ]

    /// Titles (folded, as substrings) of the parts of a guide that list works: what is inside
    /// is a reference, never a definition, a question or a practice.
    public static let referencePartTitles = [
        "outils", "pour aller", "ressource", "quelques liens", "en savoir plus", "reference", "bibliograph",
        "liens utiles", "webographie",
    ]

    /// Whether a folded heading titles a part that lists works: it opens with one of
    /// `referencePartTitles` (`Pour aller plus loin`, `6. Bibliographie`, `Les outils`), or is a
    /// short title holding one (`Autres ressources utiles`). A long title that merely ends on
    /// the word (`… quand l'expérience devient une ressource`) does not.
    public static func isReferencePartTitle(_ folded: String) -> Bool {
        // (Words cut by bytes: this reads whole paragraphs, and only their first words matter.)
        let space = UInt8(ascii: " ")
        let words = folded.utf8.split(separator: space)
        var start = 0
        while start < words.count, case let first = String(Substring(words[start])),
              first.allSatisfy({ $0.isNumber || ".-–—)ivx".contains($0) }) || ["le", "la", "les", "l", "des", "nos", "autres"].contains(first) {
            start += 1
        }
        var bytes: [UInt8] = []
        for word in words[start...] {
            if !bytes.isEmpty { bytes.append(space) }
            bytes.append(contentsOf: word)
        }
        let title = String(decoding: bytes, as: UTF8.self), count = words.count - start
        return referencePartTitles.contains { title.hasPrefix($0) || count <= 4 && includes(title, $0) }
    }

    /// Titles (folded, as substrings) of the parts that define terms.
    /// Titles of a document's usual parts and of a web page's furniture (folded prefixes):
    /// no heading among them names a term.
    public static let pageFurnitureTitles = [
        "introduction", "conclusion", "contexte", "presentation", "preambule", "synthese", "sommaire", "annexe", "resume", "methode", "objectif",
        "enjeux", "remerciements", "avant-propos", "edito", "editorial", "contact", "foire aux questions", "questions frequentes", "faq",
        "articles similaires", "a lire aussi", "lire aussi", "voir aussi", "tableau", "figure", "graphique", "menu", "navigation", "partager",
        "newsletter", "mentions legales", "credits", "pour aller plus loin", "en savoir plus", "ressources",
    ]

    /// Counts that open a noun phrase (folded): `deux appellations` names no term.
    /// Titles written abbreviated, without a period (`Mme Durand`): never damaged words.
    public static let abbreviatedTitles: Set<String> = ["mme", "mmes", "mlle", "mlles", "mgr", "me", "dr", "pr", "st", "ste"]
    /// Abbreviations of bibliographic references (`Gardien (dir.)`, `coll.`, `trad.`), lowercase,
    /// without their period.
    public static let referenceAbbreviations: Set<String> = ["dir", "coord", "éd", "ed", "eds", "trad", "coll", "chap", "vol", "op", "cit", "ibid", "pp", "ss"]

    /// Nouns that follow *avoir* with no determiner in a locution (`avoir envie`, `avoir
    /// charge de`, `avoir hâte`): not participles that lost their accent.
    public static let nounsAfterAvoir: Set<String> = ["envie", "charge", "hâte", "peine", "honte", "tendance", "confiance", "conscience", "raison", "cours", "lieu", "part", "besoin", "peur", "faim", "soif", "mal", "tort", "droit", "accès", "recours"]

    /// Words after which a sentence cannot stop (as written, lowercase): prepositions,
    /// conjunctions, clitic pronouns. Words that can close a sentence (`moi`, `pas`, `aussi`,
    /// `cela`) are not here, nor determiners: `la` / `Région` is how a text names an institution.
    public static let sentenceContinuing: Set<String> = [
        "c", "j", "m", "n", "s", "t", "qu", "à", "dans", "par", "pour", "sur", "sous", "avec", "sans", "en", "entre",
        "vers", "chez", "contre", "depuis", "pendant", "selon", "parmi", "envers", "jusqu", "jusque", "et", "ou",
        "mais", "or", "ni", "car", "que", "quand", "comme", "si", "lorsque", "lorsqu", "puisque", "puisqu",
        "je", "tu", "il", "on", "ils", "se", "me", "te", "ne", "y", "qui", "dont", "très",
    ]

    /// Articles, demonstratives and possessives, lowercase.
    public static let determiners: Set<String> = Set(["le", "la", "les", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette", "ces"])
        .union(possessives)

    public static let numberWords: Set<String> = ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "plusieurs", "quelques", "certains", "certaines"]
    /// Possessive determiners (folded): `sa présence`, `leur rôle` name no term.
    public static let possessives: Set<String> = ["mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs"]

    /// A lexicon's grammatical tags after its terms (folded): `n.f.`, `loc. n.m.`, `abrév.`.
    public static let partOfSpeechTags: Set<String> = [
        "n.", "n.f.", "n.m.", "n.f", "n.m", "nf", "nm", "n.f.pl.", "n.m.pl.", "f.", "m.", "pl.", "inv.", "adj.", "v.", "loc.", "loc.n.m.", "loc.n.f.",
        "abrev.", "abr.", "sigle", "acronyme", "nom", "masculin", "feminin",
    ]

    public static let definitionPartTitles = ["definition", "glossaire", "lexique", "vocabulaire", "de quoi parle-t-on", "les mots", "reperes"]

    /// Whether a part's title (folded) announces definitions: `Définitions`, `Glossaire`,
    /// `Repères : de quoi parle-t-on ?`, but not `Définition du poste` (a job's description).
    public static func isDefinitionPartTitle(_ folded: String) -> Bool {
        guard definitionPartTitles.contains(where: { includes(folded, $0) }) else { return false }
        return !["definition du poste", "definition de poste", "definition de la fonction", "definition des missions", "definition du metier",
                 "definition de l'emploi", "definition du projet", "definition des besoins", "definition des objectifs"].contains { includes(folded, $0) }
    }

    /// Words after which a leading adverbial phrase restricts what follows to one context
    /// (`Dans ce projet, les pairs sont…`, `Pour notre association, …`): a sentence scoped so
    /// says how one text uses a word, not what the word means.
    public static let scopingDeterminers: Set<String> = [
        "ce", "cet", "cette", "ces", "notre", "nos", "votre", "vos", "leur", "leurs", "mon", "ma", "mes", "present", "presente",
    ]
    /// Nouns that name one text, project or place rather than a field (`dans le cadre de…`).
    public static let scopingNouns: Set<String> = [
        "projet", "cadre", "structure", "association", "service", "dispositif", "etude", "programme", "guide",
        "document", "fiche", "recherche", "experimentation", "etablissement", "equipe", "texte", "article", "rapport",
        "memoire", "these", "livret", "enquete", "site", "page", "formation", "chapitre", "partie", "contexte", "cas",
        "instruction", "circulaire", "charte", "convention", "reglement", "referentiel", "annexe", "sens",
    ]

    /// Common nouns that are no glossary term on their own, whatever a sentence says of them
    /// (`Les pairs sont des personnes…` in one project). Keys as `TermKey.word` writes them.
    public static let genericNouns: Set<String> = Set([
        "personne", "pair", "gens", "professionnel", "usager", "patient", "équipe", "travail", "structure", "service",
        "rôle", "mission", "projet", "objectif", "accompagnement", "outil", "action", "chose", "élément", "fait", "cas",
        "exemple", "groupe", "membre", "public", "famille", "proche", "candidat", "poste", "salarié", "bénévole", "auteur",
        "étude", "texte", "guide", "document", "question", "réponse", "idée", "but", "lieu", "moment", "temps", "part",
        "point", "aide", "formation", "enjeu", "besoin", "difficulté", "limite", "risque", "avantage", "intérêt",
        "résultat", "expérience", "santé", "société", "vie", "monde", "homme", "femme", "jeune", "enfant", "adulte",
    ].map(TermKey.word))

    /// Words that may open a sentence before its subject and are never part of a term, for
    /// when the morphology is not installed (`Premièrement, le mot…`).
    public static let sentenceAdverbs: Set<String> = [
        "premierement", "deuxiemement", "troisiemement", "dernierement", "ensuite", "enfin", "ainsi", "aussi", "alors",
        "donc", "toutefois", "cependant", "pourtant", "neanmoins", "egalement", "notamment", "souvent", "parfois",
        "aujourd", "d'abord", "puis", "or", "bref", "finalement", "globalement", "generalement", "actuellement",
        "historiquement", "concretement", "autrement", "simplement", "surtout",
    ]

    /// Nouns that name a genus after `est un…`: `Le pair-aidant est une personne…`, `Le
    /// rétablissement est un processus…`. Keys as `TermKey.word` writes them.
    public static let genusNouns: Set<String> = Set([
        "personne", "processus", "concept", "notion", "démarche", "approche", "forme", "ensemble", "pratique", "mode",
        "méthode", "dispositif", "outil", "métier", "fonction", "professionnel", "ancien", "usager", "patient", "individu",
        "acteur", "intervenant", "savoir", "compétence", "connaissance", "lieu", "structure", "association", "groupe",
        "réseau", "programme", "modalité", "type", "sorte", "mouvement", "principe", "modèle", "posture", "relation",
        "soutien", "accompagnement", "entraide", "terme", "expression", "mot", "courant", "philosophie", "stratégie",
        "travailleur", "salarié", "bénévole", "aidant", "spécialiste", "expert", "rôle", "statut", "manière", "façon",
        "capacité", "pouvoir", "expérience", "expertise", "droit", "cadre", "apprentissage", "chemin", "parcours",
        "trajectoire", "état", "situation", "pair", "membre", "proche", "professionnelle", "salariée", "ancienne",
        "document", "service", "établissement", "espace", "politique", "collectif", "aide", "allocation", "prestation", "instance",
    ].map(TermKey.word))

    /// Words set off between commas after a term, before its verb (`Le rétablissement,
    /// enfin, c'est…`, `Le pair, lui, c'est…`): they do not belong to the term (folded).
    public static let insertedWords: Set<String> = ["enfin", "lui", "elle", "donc", "alors", "aussi", "ensuite", "surtout", "justement", "finalement"]

    /// Heads that judge rather than name (`L'essentiel du travail, c'est…`, `Le but, c'est…`):
    /// never the term of a sentence's definition (folded).
    public static let evaluativeHeads: Set<String> = [
        "essentiel", "important", "principal", "plus", "reste", "mieux", "pire", "but", "objectif", "idee", "probleme",
        "question", "difficulte", "enjeu", "avantage", "interet", "risque", "point", "secret", "cle", "premier", "seul",
    ]

    /// Labels that introduce a definition on a term's card: `- Définition simple : …`.
    public static let definitionLabels = [
        "definition simple", "definition courte", "definition", "en bref", "en quelques mots", "en resume", "c'est quoi",
        "de quoi parle-t-on", "sens", "signification",
    ]

    /// Titles (folded, as prefixes or substrings) of parts whose lists are advice: what a
    /// practice is, with the kind the list gets. Checked in order.
    public static let practiceTitles: [(words: String, kind: String, needsAction: Bool)] = [
        ("bonnes pratiques", "bonne-pratique", false), ("bonne pratique", "bonne-pratique", false),
        ("solutions", "solution", false), ("solution", "solution", false),
        ("recommandation", "recommandation", false), ("preconisation", "recommandation", false),
        ("conseils", "recommandation", false), ("conseil", "recommandation", false), ("leviers", "recommandation", false),
        ("etapes", "recommandation", false), ("etape", "recommandation", true),
        ("points cles", "recommandation", true), ("elements cles", "recommandation", true),
        ("a retenir", "recommandation", true), ("astuces", "recommandation", false), ("pistes", "recommandation", true),
        ("comment ", "recommandation", true), ("questions a se poser", "checklist", false), ("check-list", "checklist", false),
        ("checklist", "checklist", false), ("auto-evaluation", "checklist", false), ("autodiagnostic", "checklist", false),
    ]
}
