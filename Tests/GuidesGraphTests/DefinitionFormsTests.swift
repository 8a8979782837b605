import Foundation
@testable import GuidesExtract
import GuidesModel
import Testing

/// The common forms of French definitions, each on a sentence of its own, read as a build
/// would (all passes, one guide): the term found, and how strong the form is.
@Suite struct DefinitionFormsTests {
    func definitions(_ body: String) -> [(term: String, strength: Evidence.Strength)] {
        KnowledgeBuilder.build([walk(body)]).0.terms.flatMap { term in term.definitions.map { (term.name, $0.evidence.strength) } }
    }

    func term(_ paragraph: String) -> String? { definitions("# Notions clés\n\n" + paragraph).first?.term }

    @Test func formsThatSayTheyDefine() {
        #expect(term("Par pair-aidance, on entend l'entraide entre personnes ayant vécu une expérience comparable.") == "Pair-aidance")
        #expect(term("On appelle travailleur pair une personne embauchée pour son expérience vécue de la rue.") == "Travailleur pair")
        #expect(term("Nous appelons savoir expérientiel l'ensemble des connaissances qu'une personne tire de son vécu.") == "Savoir expérientiel")
        #expect(term("La pair-aidance peut être définie comme une relation d'aide fondée sur une expérience partagée.") == "Pair-aidance")
        #expect(term("L'expression « savoir expérientiel » fait référence aux connaissances issues du vécu des personnes.") == "Savoir expérientiel")
        #expect(term("La notion de rétablissement désigne un cheminement personnel plutôt qu'un résultat clinique.") == "Rétablissement")
        #expect(term("La pair-aidance, entendue comme l'entraide entre personnes ayant un vécu commun, se développe en France.") == "Pair-aidance")
        #expect(term("Le travail pair, qui désigne l'embauche de personnes pour leur expérience vécue, reste peu connu.") == "Travail pair")
        #expect(term("Qu'est-ce que la pair-aidance ? C'est une forme d'entraide entre personnes qui partagent un vécu.")?.lowercased() == "pair-aidance")
        let strong = definitions("# Notions\n\nPar pair-aidance, on entend l'entraide entre personnes ayant vécu une expérience comparable.")
        #expect(strong.map(\.strength) == [.strong])
    }

    @Test func formsThatMayDescribeAreWeak() {
        let found = definitions("""
        # Notions

        Le savoir expérientiel correspond aux connaissances tirées d'une expérience vécue et réfléchie.

        L'autodétermination est la capacité d'une personne à faire ses propres choix et à décider de sa vie.

        Le plan de crise conjoint est un document rédigé avec la personne, qui décrit les signes d'alerte.
        """)
        #expect(found.map(\.term) == ["Autodétermination", "Plan de crise conjoint", "Savoir expérientiel"])
        #expect(found.allSatisfy { $0.strength == .weak })
    }

    @Test func lookAlikesThatDefineNothing() {
        // A job, a project, a call, an etymology, a pronoun: none is a term.
        #expect(definitions("""
        # Le poste

        Le rôle du travailleur pair consiste à accompagner les personnes vers le logement et les soins.

        Le projet consiste à ouvrir deux postes de médiateurs pairs dans le service dès l'an prochain.

        On appelle les urgences en cas de danger immédiat pour la personne ou pour son entourage.

        Le terme « pair » vient du latin par, qui signifie égal, et a longtemps désigné les nobles.

        Elle est la capacité d'écouter sans juger, que tous les membres de l'équipe reconnaissent.

        Le problème est la durée des contrats, trop courte pour construire un accompagnement solide.
        """).isEmpty)
    }

    @Test func aLexiconWithTermsAndDefinitionsAsSeparateParagraphs() {
        let found = definitions("""
        # Lexique

        Pair-aidance

        Entraide entre personnes ayant un vécu commun de la maladie ou du handicap.

        Rétablissement

        Processus personnel de reprise de pouvoir sur sa vie, avec ou sans symptômes.

        Gardien Ève

        L'accompagnement et le soutien par les pairs, Presses universitaires de Grenoble, 2017.
        """)
        #expect(found.map(\.term) == ["Pair-aidance", "Rétablissement"])
        #expect(found.allSatisfy { $0.strength == .strong })
    }
}

extension DefinitionFormsTests {
    @Test func definitionsPartEntriesWithADashAnAliasOrACitedSource() {
        let found = definitions("""
        # Définitions

        Pair-aidance\\
        Soutien qu'une personne apporte à une autre en s'appuyant sur une expérience comparable (source : d'après Gardien, 2017).

        Savoir expérientiel (ou savoir d'expérience) – ensemble des connaissances qu'une personne tire de ce qu'elle a vécu.

        Rétablissement – Processus singulier par lequel une personne retrouve une vie qui a du sens pour elle.

        Gardien È., L'accompagnement et le soutien par les pairs, Presses universitaires de Grenoble, 2017.
        """)
        #expect(found.map(\.term) == ["Pair-aidance", "Rétablissement", "Savoir expérientiel"])
    }
}

extension DefinitionFormsTests {
    @Test func aDictionaryLexiconWithTagsAndCrossReferences() {
        let found = definitions("""
        # Lexique

        Autostigmatisation n.f.\\
        Fait, pour une personne vivant avec un trouble psychique, de reprendre à son compte les préjugés.

        Empowerment\\
        Voir : Pouvoir d'agir.

        MSP abrév.\\
        Médiateur de santé pair. Voir plus haut, rubrique « Qui sont les pairs ? ».

        Pair-aidant, pair-aidante n.\\
        Personne qui s'appuie sur son expérience vécue des troubles psychiques pour soutenir d'autres personnes.

        Rédaction : équipe éditoriale du site. Relecture : comité des usagers, janvier 2025.
        """)
        #expect(found.map(\.term) == ["Autostigmatisation", "Pair-aidant"])
    }

    @Test func glossesThatRepeatThePrepositionOrNameAnAcronym() {
        let found = definitions("""
        # Effets

        Les équipes décrivent une place nouvelle faite au rétablissement, c'est-à-dire au processus personnel par lequel une personne reprend prise sur sa vie.

        Le pôle compte deux médiateurs de santé pairs (MSP), autrement dit des personnes qui ont vécu des troubles psychiques et ont suivi une formation.

        Chacun participe à un groupe d'analyse des pratiques, autrement dit un temps régulier où des intervenants reviennent ensemble sur des situations vécues.

        Il y a la montée de ce que les Anglo-Saxons nomment empowerment, c'est-à-dire la capacité des personnes à reprendre la main sur les décisions.
        """).map(\.term)
        #expect(found == ["Analyse des pratiques", "Empowerment", "Médiateurs de santé pairs", "Rétablissement"])
    }

    @Test func aTitleStandsForTheTermItsParagraphDefines() {
        let found = definitions("""
        # Les formes du soutien

        Le mentorat (ou parrainage)\\
        Il s'agit d'un accompagnement individuel dans la durée, par une personne plus avancée dans son rétablissement.

        # La pair-aidance professionnelle

        On désigne ainsi l'exercice de la pair-aidance dans le cadre d'un emploi rémunéré, à l'hôpital ou dans un service social.

        # Le recrutement

        Il s'agit d'une étape délicate, qui demande de préparer l'équipe et de clarifier le poste avant toute annonce.

        # Le mot

        Pair-aidance\\
        Le mot est bâti sur « pair », du latin par, « égal ». Le terme désigne l'entraide entre des personnes qui ont traversé une épreuve comparable.
        """).map(\.term)
        #expect(found == ["Mentorat", "Pair-aidance", "Pair-aidance professionnelle"])
    }

    @Test func scopedOrCountedSubjectsDefineNothing() {
        #expect(definitions("""
        # Le poste

        Chez Envol, le mot « pair » désigne dans les fiches de poste toute personne recrutée pour son parcours de rue.

        Les deux appellations se recouvrent en partie ; elles renvoient à des métiers proches dans des secteurs différents.

        Pair-aidant est le terme le plus large : il désigne toute personne qui s'appuie sur son vécu pour en aider une autre.
        """).isEmpty)
    }
}

extension DefinitionFormsTests {
    @Test func definitionsSetInsideASentence() {
        let found = definitions("""
        # Les mots

        Dans les hôpitaux, un autre intitulé s'est imposé, celui de médiateur de santé pair (MSP) : un professionnel qui a l'expérience des troubles psychiques.

        Tous ces intervenants partagent une même boussole : le rétablissement, ce cheminement personnel par lequel une personne reprend la main sur sa vie.

        Une grande part de l'entraide se vit dans les groupes d'entraide mutuelle (des associations d'usagers, soutenues par les agences régionales de santé, où des personnes se retrouvent).

        Les proches ne sont pas en reste. Ce que nous appelons pair-aidance familiale, c'est le soutien que s'apportent entre eux les parents d'une personne malade.

        Choisir ce que l'on partage de son histoire, avec qui et dans quel but : c'est ce qu'on appelle le dévoilement de soi.

        Le travailleur pair – pair-aidant professionnel ou intervenant pair, selon les employeurs – est un salarié recruté d'abord pour ce qu'il a traversé.
        """).map(\.term)
        #expect(Set(found) == ["Médiateur de santé pair", "Rétablissement", "Groupes d’entraide mutuelle", "Pair-aidance familiale", "Dévoilement de soi", "Travailleur pair"])
    }

    @Test func inPassingLookAlikes() {
        #expect(definitions("""
        # Témoignages

        Sonia est ce qu'on appelle ici une « paire-aidante famille » : elle reçoit les parents qui découvrent la maladie.

        Travailler ne fait pas forcément perdre l'allocation aux adultes handicapés (AAH) : une partie des revenus peut s'y ajouter selon les cas.

        Le métier reste peu reconnu par les conventions collectives, ce qui freine les recrutements dans beaucoup de structures du secteur.

        « Être pair, c'est accepter que son histoire serve à quelqu'un d'autre, sans jamais la raconter pour soi. »
        """).isEmpty)
    }
}

extension DefinitionFormsTests {
    /// A common word is a term when the generic indefinite defines it as a kind, weakly;
    /// never when a scoping sentence or a plural says what it covers in one text.
    @Test func theGenericIndefiniteDefinesACommonWordWeakly() {
        let found = definitions("""
        # Qui sont les pairs ?

        Un pair, c'est quelqu'un qui a vécu une situation proche de la vôtre et qui en a tiré quelque chose.

        # Le projet

        Dans notre projet, les pairs sont des personnes en situation de handicap qui animent les ateliers.

        Les professionnels sont des personnes formées qui accompagnent les usagers au quotidien, chacun à sa place.
        """)
        #expect(found.map(\.term) == ["Pair"])
        #expect(found.first?.strength == .weak)
    }
}

extension DefinitionFormsTests {
    @Test func reportLayoutsOfDefinitions() {
        let found = definitions("""
        # Glossaire

        Pair-aidance Entraide entre personnes ayant traversé une expérience comparable, qui s'appuient sur ce vécu.

        Travailleur pair Salarié recruté pour son expérience vécue de la précarité, qui accompagne des personnes.

        # Encadré 1 – Le poste

        Définition : le médiateur de santé pair est l'intervenant qui mobilise son vécu des troubles psychiques dans l'équipe.

        # Synthèse

        Le rétablissement se définit par la reprise d'un pouvoir d'agir sur sa vie, avec ou sans symptômes persistants.

        L'autosupport se réfère à l'organisation collective de personnes concernées qui défendent elles-mêmes leurs droits.

        Savoir expérientiel – Connaissance tirée d'une épreuve vécue une fois qu'elle a été réfléchie et mise en mots.

        CReSE – Centre de recherche sur les savoirs d'expérience et les pratiques entre pairs.
        """).map(\.term)
        #expect(Set(found) == ["Pair-aidance", "Travailleur pair", "Médiateur de santé pair", "Rétablissement", "Autosupport", "Savoir expérientiel"])
    }
}

extension DefinitionFormsTests {
    @Test func spokenQuestionsAndAnswerLabels() {
        let found = definitions("""
        # Un GEM, c'est quoi ?

        Un groupe d'entraide mutuelle est une association de personnes qui vivent avec des troubles psychiques.

        # Questions des familles

        R : Un expert d'expérience est une personne qui a vécu une situation et qui en a fait un savoir utile aux autres.

        La PCH (prestation de compensation du handicap) est une aide en argent qui paie une partie des aides humaines.
        """).map(\.term)
        #expect(Set(found) == ["GEM", "Expert d’expérience", "PCH"])
    }
}

extension DefinitionFormsTests {
    @Test func wordsAnnouncedLaterPronounsAndGatherings() {
        let found = definitions("""
        # Repères

        Ce chapitre pose quelques repères. Le terme le plus large est celui de pair-aidance. Il recouvre l'ensemble des formes de soutien qu'une personne apporte à une autre.

        Les professionnels décrivent un effet sur le premier contact. Le terme d'aller-vers qualifie les démarches par lesquelles un intervenant va à la rencontre des personnes.

        Le dévoilement – le fait, pour un pair, de faire état de son histoire devant une personne accompagnée – est au cœur de la relation.

        Être pair-aidant, c'est s'appuyer sur ce qu'on a soi-même traversé pour soutenir quelqu'un d'autre.

        Un groupe d'entendeurs de voix réunit des personnes qui entendent des voix, pour en parler librement entre elles.
        """).map(\.term)
        #expect(Set(found) == ["Pair-aidance", "Aller-vers", "Dévoilement", "Pair-aidant", "Groupe d’entendeurs de voix"])
    }

    @Test func actsNamesAndOneTextsUsageAreNoTerms() {
        #expect(definitions("""
        # Recruter

        Recruter un pair, c'est aussi accepter d'être bousculé dans ses habitudes de travail et de langage.

        Depuis 2016, le réseau Pair'Ouest rassemble des personnes qui vivent avec des troubles psychiques et leurs proches.

        Dans ce guide, le terme « travailleur pair » désigne uniquement des personnes salariées par une structure adhérente.

        Figure 1 – Part des établissements employant au moins un pair, selon le secteur et la taille de la structure.

        # Qu'est-ce que vous apportez à l'équipe ?

        Le premier contact. Un homme refusait de parler à l'infirmière depuis des semaines, il a accepté de me parler.
        """).isEmpty)
    }
}

extension DefinitionFormsTests {
    @Test func tablesCopiedWithTabsAndAcronymNotes() {
        let found = definitions("""
        # Tableau 1 – Des appellations voisines

        Pair-aidant\tPersonne qui en soutient d'autres à partir d'un vécu comparable, à titre bénévole\tSanté mentale\\
        Travailleur pair\tSalarié d'une structure sociale dont le poste repose sur une expérience de la précarité\tHébergement

        # Sigles

        ESAT\tÉtablissement et service d'accompagnement par le travail\\
        SAVS\tService d'accompagnement à la vie sociale

        # Témoignage

        * GEM : groupe d'entraide mutuelle. Association d'usagers où des personnes vivant avec des troubles psychiques se retrouvent.

        * MDPH : maison départementale des personnes handicapées. Voir la question 9 pour les démarches à faire.
        """).map(\.term)
        #expect(Set(found) == ["Pair-aidant", "Travailleur pair", "Groupe d’entraide mutuelle"])
    }
}

extension DefinitionFormsTests {
    /// A lexicon set as headings: each term's heading over a gloss that opens on its genus.
    @Test func termHeadingsOverGlossesButNotPageFurniture() {
        let found = definitions("""
        # Petit lexique

        ## Psychoéducation

        Programme en petits groupes qui aide une personne, ou ses proches, à mieux connaître la maladie.

        ## Conseil de la vie sociale (CVS)

        Instance obligatoire dans la plupart des établissements, où siègent des représentants des personnes accueillies.

        # Un exemple d'annonce

        Modèle à adapter. Les passages entre crochets sont à compléter par l'employeur avant publication.

        # CONTACTS

        Réseau Pair'Ouest Maison des associations 12, rue de la Tour, 44000 Nantes, du lundi au vendredi.

        # Tableau comparatif

        Rôle Statut Formation Où le rencontrer ? Bénévole Salarié Licence Association Hôpital Service social.

        # Mars 2025

        Réseau des associations de pair-aidance en santé mentale et dans le champ du handicap de la région.

        # Témoignages

        Pour moi, le GEM, c'est une deuxième maison, un endroit où personne ne me demande de me justifier.
        """).map(\.term)
        #expect(Set(found) == ["Psychoéducation", "Conseil de la vie sociale"])
    }
}

extension DefinitionFormsTests {
    @Test func aCompoundSolidOrHyphenatedIsOneTerm() {
        let terms = KnowledgeBuilder.build([walk("""
        # Lexique

        Auto-support : regroupement de personnes concernées qui se soutiennent et défendent elles-mêmes leurs droits.

        Autosupport : organisation collective de personnes concernées, sans intermédiaire professionnel entre elles.
        """)]).0.terms
        #expect(terms.count == 1)
        #expect(terms.first?.definitions.count == 2)
    }
}

/// The byte and scalar tests that run before the slow expressions: each must hold wherever
/// the expression could match.
@Suite struct ExpressionPrecheckTests {
    @Test func quoteThenCopula() {
        #expect(SentenceDefinitionExtractor.quoteThenCopula("le « logement d'abord » est une politique"))
        #expect(SentenceDefinitionExtractor.quoteThenCopula("les « pairs »\u{a0}sont des salariés"))
        #expect(!SentenceDefinitionExtractor.quoteThenCopula("le « logement d'abord » estime"))
        #expect(!SentenceDefinitionExtractor.quoteThenCopula("le « logement d'abord »est une politique"))
        #expect(!SentenceDefinitionExtractor.quoteThenCopula("sans guillemets, est une politique"))
    }

    @Test func latinQuotesFoundByBytes() {
        let text = "Dès « la charte » et «x» ; Ω « fin"
        let opening = NamedWorks.firstIndex(of: 0xAB, in: text, from: text.startIndex)
        #expect(opening.map { text[$0...].hasPrefix("« la charte") } == true)
        let second = NamedWorks.firstIndex(of: 0xAB, in: text, from: text.index(after: opening!))
        #expect(second.map { text[$0...].hasPrefix("«x»") } == true)
        #expect(NamedWorks.firstIndex(of: 0xBB, in: "aucun", from: "aucun".startIndex) == nil)
    }
}

/// The legal-text expression run around each ` du ` finds what it finds over whole texts.
@Suite struct LegalTextWindowTests {
    func ranges(_ text: String, windowed: Bool) -> [String] {
        let matches = windowed ? NamedWorks.legalTextMatches(in: text) : Array(text.matches(of: NamedWorks.legalText))
        return matches.map { "\(text[$0.range])|\($0.output[2].substring != nil)" }
    }

    @Test(arguments: [
        "La loi du 11 février 2005 pour l'égalité des droits et des chances.",
        "Décret n° 2017-1200 du 27 juillet 2017 relatif au projet territorial de santé mentale ; arrêté du 1er mars 2019.",
        "Voir la Circulaire n°DGCS/SD5C/2017/148 du 2 mai 2017 et l'Instruction du 5 décembre 2018, puis la loi du 4 mars 2002.",
        "Aloi du 3 mars 2005 ; la loi du 3 mars ; du 12 avril 2020 ; l'Ordonnance du 12 avril 20201",
        "loi du 11 février 2005 loi du 11 février 2005",
    ])
    func sameAsTheWholeText(text: String) {
        #expect(ranges(text, windowed: true) == ranges(text, windowed: false))
    }

    @Test func sameOnEveryParagraphOfTheCorpusAndTheUnseenTexts() throws {
        let root = Corpus.root
        var paragraphs = 0
        for folder in ["content/guides", "Tests/unseen/dev", "Tests/unseen/report"] {
            let directory = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".md") || name.hasSuffix(".txt") {
                let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
                for paragraph in text.components(separatedBy: "\n\n") where paragraph.contains(" du ") {
                    paragraphs += 1
                    #expect(ranges(paragraph, windowed: true) == ranges(paragraph, windowed: false), "\(name)")
                }
            }
        }
        #expect(paragraphs > 50)
    }
}
