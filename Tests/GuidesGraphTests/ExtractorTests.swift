import GuidesExtract
import GuidesModel
import GuidesParser
import GuidesText
import Testing

/// A guide made of `body`, as the extractors see it.
func walk(_ body: String, id: String = "guide", title: String = "Un guide") -> GuideWalk {
    let text = """
    ---
    title: "\(title)"
    short_title: "Guide"
    authors: ["A. Auteur"]
    publisher: "Éditeur"
    date: "2020"
    source: "x.txt"
    summary: "Résumé."
    order: 1
    ---

    """ + body
    let (parsed, diagnostics) = GuideParser.parse(text, path: "\(id).md", slug: id)
    precondition(parsed != nil, "\(diagnostics)")
    return GuideWalk(parsed!)
}

@Suite struct TermKeyTests {
    @Test func spellingsOfOneConceptShareAKey() {
        #expect(TermKey.make("Savoirs Expérientiels") == TermKey.make("savoir expérientiel"))
        #expect(TermKey.make("PAIR AIDANCE") == TermKey.make("Pair-aidance"))
        #expect(TermKey.make("Travailleur (euse)-Pair(e)") == TermKey.make("travailleur pair"))
        #expect(TermKey.make("la médiatrice de santé paire") == TermKey.make("Médiateur de santé pair"))
        #expect(TermKey.make("travailleur.euse.s pairs") == TermKey.make("travailleur pair"))
        #expect(TermKey.make("Rétablissement") != TermKey.make("Empowerment"))
    }
}

@Suite struct DefinitionExtractorTests {
    /// Issue 13: a list of three terms or more, each with a noun-phrase gloss, is a small
    /// glossary (weak); a list of tasks or criteria (`Médiation : faciliter…`) is not.
    @Test func aListOfGlossedTermsButNotOfTasks() {
        let glossary = DefinitionExtractor.extract(from: walk("""
        # En résumé

        - Pair-aidant bénévole : de l'entraide organisée, sans contrat ni salaire.
        - Travailleur pair : un métier du social, rémunéré pour un vécu de la rue.
        - Patient partenaire : la voix des patients dans l'organisation des soins.

        # Missions

        - Accompagnement et soutien : offrir un soutien émotionnel et pratique aux patients.
        - Médiation : faciliter la communication entre les patients et les soignants.
        - Éducation et sensibilisation : informer les patients sur les ressources disponibles.
        """))
        #expect(glossary.map(\.term) == ["Pair-aidant bénévole", "Travailleur pair", "Patient partenaire"])
        #expect(glossary.allSatisfy { $0.evidence.strength == .weak })
    }

    @Test func boldTermsInADefinitionsPart() {
        // 000, « Définitions »
        let found = DefinitionExtractor.read( walk("""
        # Définitions

        **Savoirs Expérientiels** : Savoirs issus de l'expérience personnelle d'une maladie psychique et du rétablissement.

        **Auteur** : CHU Mouzaïa, Fondation Armée du Salut, et bien d'autres partenaires encore.
        """))
        #expect(found.items.map(\.term) == ["Savoirs Expérientiels"])
        #expect(found.items.first?.provenance.section == "definitions")
    }

    @Test func aBoldTermElsewhereIsReportedNotTaken() {
        let found = DefinitionExtractor.read( walk("""
        # Recrutement

        **Fiche de poste** : document qui décrit les missions, le temps de travail et le cadre d'intervention.
        """))
        #expect(found.items.isEmpty)
        #expect(found.notes.count == 1)
    }

    @Test func questionHeadingsDefineTheirTerm() {
        // 001, « Qu'est-ce que le travail pair ? »
        let found = DefinitionExtractor.read( walk("""
        ## Qu'est-ce que le travail pair ?

        Le travail pair consiste à mobiliser son expérience vécue de la précarité pour accompagner des personnes.
        """))
        #expect(found.items.map(\.term) == ["travail pair"])
    }

    @Test func glossaryEntriesKeepTheirSource() {
        // 004, chapter 2
        let found = DefinitionExtractor.read( walk("""
        # 2 – De quoi parle-t-on ? La pair-aidance en définitions

        ## Empowerment

        Processus par lequel une personne accroît son pouvoir sur les décisions et les actions qui influent sur sa santé.

        Compétences essentielles en santé publique au Canada

        Québec : Agence de la santé publique au Canada, 2008, p. 11

        En ligne : <http://www.phac-aspc.gc.ca/cc-manual-fra090407.pdf>
        """))
        #expect(found.items.count == 1)
        #expect(found.items.first?.term == "Empowerment")
        #expect(found.items.first?.source == "Compétences essentielles en santé publique au Canada, Québec : Agence de la santé publique au Canada, 2008, p. 11")
    }
}

@Suite struct FAQExtractorTests {
    /// Issue 13: the layouts of a page of questions, and questions asked only to draw in.
    @Test func questionsOfAFAQPageAndClaimsToAnswer() {
        let faqs = FAQExtractor.extract(from: walk("""
        # Questions fréquentes

        Faut-il avoir un diplôme pour s'inscrire ?

        Non. La sélection repose sur votre parcours, votre motivation et un entretien avec l'équipe.

        La formation garantit-elle un emploi ?\\
        Non, mais sept stagiaires sur dix occupaient un poste six mois après la fin de la session.

        Vrai ou faux ? « Il faut être guéri pour devenir pair-aidant. »

        Faux. Le rétablissement n'est pas la guérison : c'est un chemin que chacun parcourt à sa façon.

        **Le poste est-il rémunéré ?**\\
        Oui : le travailleur pair signe un contrat de travail et il est payé selon la grille.

        # Nos actions

        Et si votre prochain collègue était un pair ? Nous accompagnons les équipes qui veulent se lancer dans l'aventure.

        ## Vous hésitez à vous lancer ? Nos conseils

        - Commencez par venir à un groupe de parole, sans engagement, pour sentir si le rôle vous parle.
        """, title: "Un guide"))
        #expect(faqs.map(\.question) == [
            "Faut-il avoir un diplôme pour s’inscrire ?", "La formation garantit-elle un emploi ?",
            "Il faut être guéri pour devenir pair-aidant.", "Le poste est-il rémunéré ?",
        ])
        #expect(faqs.map(\.kind) == [.question, .question, .ideeRecue, .question])
    }

    @Test func boldQuestionsWithTheirAnswers() {
        // 000, FAQ
        let faqs = FAQExtractor.extract(from: walk("""
        # Quelques questions posées par les équipes

        **« Le travailleur pair va-t-il pouvoir tenir le poste ? »**

        Comme tout professionnel, le travailleur pair peut connaître des difficultés ; l'équipe l'accompagne.

        ### Questions à poser

        - Quelles sont vos motivations ?
        - Qu'attendez-vous de l'équipe ?
        """))
        #expect(faqs.map(\.question) == ["Le travailleur pair va-t-il pouvoir tenir le poste ?"])
        #expect(faqs.first?.answerText.hasPrefix("Comme tout professionnel") == true)
    }

    @Test func misconceptionsAndTheirRebuttal() {
        // 001, IDÉE REÇUE N°1
        let faqs = FAQExtractor.extract(from: walk("""
        ### IDÉE REÇUE N°1

        **Il faut être « rétabli » pour être travailleur.euse pair**

        > « Dans le champ de la précarité, la question ne se pose pas de la même façon que dans la santé mentale. »
        """))
        #expect(faqs.count == 1)
        #expect(faqs.first?.kind == .ideeRecue)
        #expect(faqs.first?.question == "Il faut être « rétabli » pour être travailleur.euse pair")
    }

    @Test func aParagraphThatOpensWithAQuestionAndAnswersIt() {
        // 003, project cards; the second paragraph asks nothing of its own.
        let faqs = FAQExtractor.extract(from: walk("""
        ## Italie - AISMe (Région de Toscane, Italie)

        Qu'est-ce qui peut être amélioré ? Les services sont trop autoritaires et paternalistes et principalement orientés vers le modèle diagnostique.

        Les pairs se demandent souvent : pourquoi moi ? Mais la réponse vient avec le temps et le soutien du groupe.

        Pourquoi ? Parce que.
        """))
        #expect(faqs.map(\.question) == ["Qu’est-ce qui peut être amélioré ?"])
        #expect(faqs.first?.answerText.hasPrefix("Les services sont trop autoritaires") == true)
        #expect(faqs.first?.answer.hasPrefix("Les services") == true)
    }

    @Test func aReferenceTitledByAQuestionIsNotAnFAQ() {
        // 004, chapter 4
        let faqs = FAQExtractor.extract(from: walk("""
        ## 4.3 – Pairs aidants

        ### Doit-on professionnaliser les pairs-aidants ?

        Godrie Baptiste

        Rhizome 2015 ; 58 : 12-13

        L'auteur interroge la professionnalisation des pairs aidants dans les services de santé mentale.
        """))
        #expect(faqs.isEmpty)
    }
}

@Suite struct PracticeExtractorTests {
    @Test func goodPracticeListsButNotDescriptiveOnes() {
        // 000, recrutement
        let practices = PracticeExtractor.extract(from: walk("""
        # Le recrutement

        ## Les missions du travailleur pair

        - Accompagnement individuel des usagers
        - Animation de groupes

        ## Bonnes pratiques pour l'entretien de recrutement

        - Prévoir un binôme pour mener l'entretien
        - Présenter le cadre du poste
        """))
        #expect(practices.map(\.text) == ["Prévoir un binôme pour mener l’entretien", "Présenter le cadre du poste"])
        #expect(practices.allSatisfy { $0.kind == .bonnePratique && $0.theme == "recrutement" })
    }

    @Test func solutionsAfterTheirLabelNotTheProblems() {
        // 001, « Les points de vigilance et solutions »
        let practices = PracticeExtractor.extract(from: walk("""
        # Les points de vigilance et solutions

        ## En amont du recrutement

        ### Préparer le recrutement

        - Un véritable choix stratégique,
        - Un risque de fragiliser l'équipe.

        **Solutions**

        - Proposer une découverte du métier aux candidat.e.s,
          - échanges,
          - stage d'observation.
        """))
        #expect(practices.map(\.text) == ["Proposer une découverte du métier aux candidat.e.s,"])
        #expect(practices.first?.kind == .solution)
        #expect(practices.first?.theme == "recrutement")
    }
}

@Suite struct ReferenceExtractorTests {
    @Test func resourceListsAndDossierEntries() {
        let references = ReferenceExtractor.extract(from: walk("""
        # POUR ALLER + LOIN

        ## Articles

        - Demailly, Lise (2014). « **Les médiateurs pairs en santé mentale** ». Dans *La nouvelle revue du travail*. [Lien](http://nrt.revues.org/1952)

        # 2 – Définitions

        La pair aideance en santé mentale : l'expérience québécoise et française  
        Cloutier Guylaine, Maugiron Philippe  
        Information psychiatrique 2016 ; 92(9) : 755-60  
        En ligne : <https://www.cairn.info/revue-l-information-psychiatrique-2016-9-page-755.htm>
        """))
        // cmark's smart punctuation makes the apostrophe typographic, as on the site.
        #expect(references.map(\.title) == ["Les médiateurs pairs en santé mentale", "La pair aideance en santé mentale : l’expérience québécoise et française"])
        #expect(references.map(\.year) == [2014, 2016])
        #expect(references[0].kind == .article)
        #expect(references[0].url == "http://nrt.revues.org/1952")
    }

    @Test func oneWorkCitedByTwoGuidesIsOneReferenceResolvedToItsGuide() {
        let first = walk("""
        # OUTILS

        - DIHAL, FAS (2020). **Développer le travail pair dans le champ de la veille sociale, de l'hébergement et du logement** [Lien](https://www.gouvernement.fr/publication_travail_pair.pdf)
        - Castro, François de (2019). **Un guide du corpus sur le travail pair en équipe de santé mentale**. Lyon.
        """, id: "a")
        let second = walk("""
        # Ressources

        - « Développer le travail pair dans le champ de la veille sociale, de l'hébergement et du logement » Fédération des acteurs de la solidarité (2018)
        """, id: "b", title: "Un guide du corpus sur le travail pair en équipe de santé mentale")
        let (knowledge, _) = KnowledgeBuilder.build([first, second])
        let dihal = knowledge.references.filter { $0.title.hasPrefix("Développer le travail pair") }
        #expect(dihal.count == 1)
        #expect(Set(dihal.first?.citedIn.map(\.guide) ?? []) == ["a", "b"])
        #expect(knowledge.references.first { $0.title.hasPrefix("Un guide du corpus") }?.guide == "b")
    }
}

extension ReferenceExtractorTests {
    /// Issue 13: a titled source named in parentheses is a work; a lowercase one, a web page's
    /// furniture, a note pointing back at a work, a sentence and a heading over dated text are not.
    @Test func sourcesInParenthesesButNeitherFurnitureNorHeadings() {
        let references = ReferenceExtractor.extract(from: walk("""
        # Le contexte

        Ces postes ont été encouragés par le plan gouvernemental (source : Plan quinquennal pour le Logement d'abord, Dihal, 2018).

        En 2021, 38 % des structures employaient un travailleur pair (source : enquête interne de la plateforme, 2021).

        ## Le poste

        CDI à temps partiel, à pourvoir dès septembre 2024.

        Rémunération selon la convention collective de 1966.

        # Ressources

        - Ève Gardien (dir.), *L'accompagnement et le soutien par les pairs*, Presses universitaires de Grenoble, 2017.
        - ↑ Gardien 2017, p. 15.
        - Ibid., p. 22.
        - Nous remercions tous les adhérents qui ont relu ce livret et l'ont amélioré au fil des mois.

        Partager : Facebook | LinkedIn | Courriel

        *Pour citer cet article :* Haddad, S. (2022). « Le travail pair ». *Revue Habiter*, n° 42.
        """))
        #expect(references.map(\.title) == [
            "Plan quinquennal pour le Logement d’abord",
            "L’accompagnement et le soutien par les pairs",
        ])
    }

    @Test func worksNamedInPassingAttributionsAndSourceLines() {
        let references = ReferenceExtractor.extract(from: walk("""
        # Rétablissement

        *[figure absente de la source : schéma du processus de rétablissement, tiré du Guide des droits au travail des personnes vivant avec des troubles psychiques de l'Unafam]*

        > « Ce rôle de pair-aidant, je le découvre au gré d'un long chemin. »
        >
        > — Eva Mazur, MSP au CHR. Extrait du film *Pair-aidance, regards croisés*, réalisé par elle-même.

        > « Je me sentais écouté. »
        >
        > — (Extrait de la transcription de l'entretien, Watson 2021)

        Pour en savoir plus : Formation de formateur et co-formateur à la pair-émulation : une équipe pour développer l'accompagnement par l'entraide. Lingolsheim : Adapei du Bas-Rhin – Service ETAPES, 2015, 5 p. En ligne : <https://docplayer.fr/17568071.html>

        Solidarités usagers psy. En ligne : <https://www.solidarites-usagerspsy.fr/s-engager/les-pairs-aidants/>
        """))
        #expect(references.map(\.title) == [
            "Guide des droits au travail des personnes vivant avec des troubles psychiques",
            "Pair-aidance, regards croisés",
            "Formation de formateur et co-formateur à la pair-émulation : une équipe pour développer l’accompagnement par l’entraide",
            "Solidarités usagers psy",
        ])
        #expect(references.map(\.kind) == [.guide, .video, .formation, .site])
        #expect(references[0].authors == ["Unafam"])
        #expect(references[2].year == 2015)
    }

    @Test func dossierEntriesClosedByCitedByOrUndated() {
        let references = ReferenceExtractor.extract(from: walk("""
        # Définitions

        ## Auto-support

        Regroupement de personnes volontaires, issues de la même catégorie sociale, réunis dans le but de s'offrir une aide mutuelle.

        Aftercare/relapse prevention and the self-help movement

        Nurco DN, Stephenson PE, Hanlon TA

        International Journal of the Addictions 1990 ; 25(9A & 10A) : 1179-1200

        Cité par : Toufik A. Les groupes d'auto-support d'usagers de drogues. Toxibase 1997 ; 4 : np

        # 3 – Professionnalisation

        ### Programme « Médiateur de santé / Pair » [Page internet]

        Lille : Centre collaborateur de l'Organisation mondiale de la santé pour la recherche et la formation en santé mentale, s.d.

        En ligne : <http://www.ccomssantementalelillefrance.org/?q=programme>

        ### Quel est le projet ?

        Accroître les interventions par des pairs pour les personnes handicapées. Le projet a été lancé en 2021.
        """))
        let titles = references.map(\.title)
        #expect(titles.contains("Aftercare/relapse prevention and the self-help movement"))
        #expect(references.first { $0.title.hasPrefix("Aftercare") }?.year == 1990)
        #expect(titles.contains { $0.hasPrefix("Programme « Médiateur de santé / Pair »") })
        #expect(!titles.contains { $0.hasPrefix("Quel est le projet") })
    }

    @Test func aSiteHomePageDoesNotSwallowTheWorksItHosts() {
        let (knowledge, _) = KnowledgeBuilder.build([walk("""
        # Définitions

        Source : Figure adaptée du schéma « Le processus d'accompagnement en images », disponible sur le site : [travail-pair.org](http://travail-pair.org)

        > « Le travail pair repose sur le principe d'un accompagnement des personnes par des pairs. »
        >
        > — [travail-pair.org](http://travail-pair.org)

        Source : Fédération des acteurs de la solidarité Bretagne (octobre 2022). Figure adaptée du Rapport d'évaluation de l'intégration de travailleurs pairs dans des structures du secteur de l'accueil, hébergement, insertion en Bretagne.

        # POUR ALLER + LOIN

        - Rey E., Dallier, K. (2022) **Rapport final d'évaluation de l'intégration de travailleurs pairs dans des structures du secteur de l'accueil hébergement, insertion en Bretagne**. Fédération des acteurs de la solidarité Bretagne.
        """)])
        let titles = knowledge.references.map(\.title).sorted()
        #expect(titles.count == 3, "\(titles)")
        #expect(titles.contains("Le processus d’accompagnement en images"))
        #expect(titles.contains("travail-pair.org"))
        #expect(knowledge.references.contains { $0.title.hasPrefix("Rapport") && $0.citedIn.count == 2 })
    }
}

@Suite struct MentionTests {
    @Test func inflectedFormsAreMentionsButNotTheDefinitionItself() {
        let guide = walk("""
        # Définitions

        **Médiateur de santé pair** : professionnel qui mobilise son savoir expérientiel auprès des usagers.

        # Le métier

        La médiatrice de santé paire rejoint l'équipe au printemps.
        """)
        let (knowledge, _) = KnowledgeBuilder.build([guide])
        let term = try! #require(knowledge.terms.first)
        #expect(term.mentions.map(\.section) == ["le-metier"])
    }
}

@Suite struct DirectiveTests {
    @Test func editorsSteerTheExtractorsWithComments() {
        let guide = walk("""
        # Recrutement

        <!-- guides: definition -->
        **Fiche de poste** : document qui décrit les missions, le temps de travail et le cadre d'intervention.

        <!-- guides: practice -->
        - Associer le travailleur pair à la rédaction de sa fiche de poste

        ## Bonnes pratiques

        <!-- guides: ignore -->
        - Un exemple qui n'est pas une pratique
        - Ni celui-ci
        """)
        let (knowledge, diagnostics) = KnowledgeBuilder.build([guide])
        #expect(knowledge.terms.map(\.name) == ["Fiche de poste"])
        #expect(knowledge.practices.map(\.text) == ["Associer le travailleur pair à la rédaction de sa fiche de poste"])
        #expect(diagnostics.isEmpty)
    }
}

@Suite struct SentenceDefinitionTests {
    /// Issue 13: terms set apart as they are defined, in any sentence of a paragraph.
    @Test func termsSetApartAsTheyAreDefined() {
        let found = SentenceDefinitionExtractor.extract(from: walk("""
        # Contexte

        Le programme a été lancé en 2011. Plus largement, le « logement d'abord » est une politique publique qui fait du logement le point de départ.

        Les pairs sont nombreux. Quant au médiateur de santé pair, il s'agit d'un salarié formé qui travaille dans une équipe de soins.

        Depuis 2005, ces lieux se multiplient. Les groupes d'entraide mutuelle (GEM) sont des associations d'usagers créées par la loi.

        Le rétablissement, enfin, c'est le chemin par lequel une personne retrouve une vie qui lui convient.

        Dans le champ du handicap, on parle plus volontiers de pair-émulation : la transmission d'expérience entre personnes handicapées.
        """), context: ExtractionContext(knownTerms: [["retablissement"]])).map(\.term)
        #expect(found == ["rétablissement", "logement d’abord", "médiateur de santé pair", "groupes d’entraide mutuelle (GEM)", "pair-émulation"])
    }

    /// Issue 13: forms of unseen texts, each with a look-alike that must define nothing.
    @Test func glossesIndefiniteCopulasAndAnnouncedWords() {
        let guide = walk("""
        # Le rétablissement

        On le distingue de la rémission symptomatique, à savoir la diminution durable des symptômes sous un seuil fixé par les cliniciens.

        Elle travaille avec les personnes accompagnées, c'est-à-dire les usagers, depuis plusieurs années déjà.

        Un groupe d'entraide mutuelle (GEM) est une association dont les membres vivent avec des troubles psychiques.

        Un travail est une chance pour beaucoup de personnes qui ont connu la rue pendant longtemps.

        Premièrement, le mot « pair » renvoie, dans son sens premier, à une personne de même rang qu'une autre.

        Dans ce guide, le terme « travailleur pair » désigne uniquement des personnes salariées par une structure.

        Ce qui compte, c'est la distance prise avec son histoire, bien plus que l'histoire elle-même.
        """)
        let known = SentenceDefinitionExtractor.extract(from: guide).map(\.term)
        let announced = TopicDefinitionExtractor.extract(from: guide).map(\.term)
        #expect(known == ["groupe d’entraide mutuelle (GEM)", "rémission symptomatique"])
        #expect(announced == ["pair"])
    }

    @Test func appositionBeforeTheDefiningVerb() {
        // 002, 1.2
        let guide = walk("""
        # 1.2 Rétablissement et empowerment

        L'empowerment, ou autonomisation, dans le contexte du handicap en France, fait référence au processus par lequel les personnes acquièrent davantage de contrôle.

        Le travail est une source de fierté pour beaucoup de personnes qui ont connu des troubles psychiques.
        """)
        let found = SentenceDefinitionExtractor.extract(from: guide, context: ExtractionContext(knownTerms: [["empowerment"], ["travail", "pair"]]))
        #expect(found.map(\.term) == ["empowerment"])
    }
}

extension SentenceDefinitionTests {
    @Test func laterSentencesAndGlossesOfKnownTerms() {
        // 002, 1.3 and 004, 4.2.
        let knownTerms = ["pair-aidance", "travail pair", "MSP", "rétablissement"].map(TermKey.words)
        let found = SentenceDefinitionExtractor.extract(from: walk("""
        # 1.3 Comment la pair-aidance devient-elle professionnelle ?

        - La pair-aidance devient professionnelle lorsqu'elle est structurée, souvent avec une formation spécifique pour les pair-aidants.
        - La pair-aidance professionnelle est aussi un statut qui peut faciliter l'accès à l'emploi. Dans ce cas, celle-ci devient un travail pair, c'est-à-dire, une forme d'entraide où l'intervention est rémunérée.

        # 4.2 Médiateurs

        L'article étudie la tentative de créer un nouveau métier en santé mentale. Les MSP sont d'ex-patients de la psychiatrie, en voie de rétablissement, embauchés comme médiateurs.

        Le rétablissement et l'implication des personnes sont au cœur de la psychiatrie et de la santé mentale. La pair-aidance est l'un des facteurs reconnus du rétablissement.

        Selon le Cercle V&S, « la pair aidance est de nature à produire un effet d'onde pouvant gagner le champ social ».
        """), context: ExtractionContext(knownTerms: knownTerms))
        #expect(found.map(\.term) == ["pair-aidance professionnelle", "travail pair", "MSP"])
    }

    @Test func strongPatternsAfterAnAdverbialPhraseNeverWithAPronounOrAPassive() {
        let found = SentenceDefinitionExtractor.extract(from: walk("""
        # 4 – Expertise

        Dans le domaine de la santé, l'expertise profane recouvre deux réalités différentes qui entretiennent des relations multiples.

        Comme pour tout travailleur, il est important d'identifier des référents. Dans la mesure du possible, les référents pourront être désignés en accord avec le travailleur pair.

        - Elle repose sur le principe d'entraide entre personnes ayant vécu des situations similaires, telles qu'un handicap.

        - 2024 – Recommandations de la Haute Autorité de Santé : publication de la fiche de bonnes pratiques. Dans cette fiche, les pairs-aidants sont définis comme :

          > « Des personnes ayant été confrontées à des situations particulières de vie. »
        """))
        #expect(found.map(\.term) == ["expertise profane", "pairs-aidants"])
        #expect(found.last?.text.hasSuffix("situations particulières de vie. »") == true)
    }

    @Test func aDefinitionsPartAcceptsWeakerVerbs() {
        let body = """
        L'approche par les pairs s'inscrit dans une dynamique d'intervention fondée sur la ressemblance entre les personnes.
        """
        let inDefinitions = SentenceDefinitionExtractor.extract(from: walk("# 2 – La pair-aidance en définitions\n\n" + body))
        let elsewhere = SentenceDefinitionExtractor.extract(from: walk("# 3 – Politiques publiques\n\n" + body))
        #expect(inDefinitions.map(\.term) == ["approche par les pairs"])
        #expect(elsewhere.isEmpty)
    }

    @Test func namesEndAtPunctuationAndQuotes() {
        let found = SentenceDefinitionExtractor.extract(from: walk("""
        # Patients

        En premier lieu, le patient est expert de sa propre prise en charge ; en deuxième lieu, il peut partager un vécu avec d'autres patients, on parlera alors de « patient ressource » ; en troisième lieu commence à poindre autre chose.

        Le soutien par les pairs dans le cadre des services de santé mentale ou en partenariat avec eux, parfois appelé soutien intentionnel par les pairs, est le plus récent.
        """))
        #expect(found.map(\.term) == ["patient ressource", "soutien intentionnel par les pairs"])
    }
}

@Suite struct TopicDefinitionTests {
    /// Issue 13: `On entend aussi parler de X… Il s'agit…` names the term the pronoun stands for;
    /// `Il s'agit…` with no term named before it defines nothing.
    @Test func aTermHeardOfThenWhatItIs() {
        let found = TopicDefinitionExtractor.extract(from: walk("""
        # Et le patient expert, alors ?

        On entend aussi parler de patient expert, surtout pour les maladies chroniques. Il s'agit le plus souvent d'une personne formée à l'éducation thérapeutique.

        Il s'agit d'une question complexe, que les équipes abordent chacune à leur manière.
        """)).map(\.term)
        #expect(found == ["patient expert"])
    }

    @Test func pronounsStandForTheTermAnnouncedBefore() {
        // 004: abstracts in chapters 3 and 4.
        let found = TopicDefinitionExtractor.extract(from: walk("""
        # 3 – Politiques

        En effet, ces dernières années ont été marquées par l'émergence du concept du « patient expert ». Ce dernier peut être défini comme un malade ayant acquis une expertise sur les affections qui le touchent.

        > « Le terme médiateur de santé/pair a été créé lors du lancement du programme. Il est en partie la traduction de l'anglais *peer support workers*. Il désigne une nouvelle catégorie d'intervenants dans les services de santé mentale. »

        - p. 103 – Favoriser la pair-aidance : Afin de faciliter la vie dans la cité, il sera procédé au déploiement de GEM spécialisés. Ce sont des dispositifs créés dans le cadre de la loi handicap de 2005.

        Pour l'Organisation Mondiale de la Santé (OMS), le concept de rétablissement « vise à donner un nouveau sens et un nouveau but à la vie ».

        Dans cet article, les auteurs relatent l'historique du concept de recovery, couramment traduit en français par le terme de « rétablissement », ainsi que ses applications pratiques.

        Il désigne une catégorie d'intervenants sans que rien ne soit annoncé avant lui dans ce paragraphe.
        """))
        #expect(found.map(\.term) == ["patient expert", "médiateur de santé/pair", "GEM", "rétablissement"])
        #expect(found.first?.text.hasPrefix("Ce dernier peut être défini comme") == true)
    }
}

/// Where the extractors hesitate, they leave the item out and say so in a note.
@Suite struct ExtractionNoteTests {
    @Test func pronounsWithoutAnAntecedentQuestionsWithoutAnswersAndVigilanceLists() {
        let guide = walk("""
        # Les points de vigilance et solutions

        ## Préparer l'équipe

        - Un risque de fragiliser l'équipe,
        - Une charge de travail supplémentaire.

        ### OUTILS

        - Fédération des acteurs de la solidarité Bretagne (2022). **Sommes-nous prêt.e.s ?**

        ## Vous souhaitez échanger sur le travail pair ?

        # Médiateurs

        Il désigne une nouvelle catégorie d'intervenants dans les services de santé mentale.
        """)
        let faqs = FAQExtractor.read(guide)
        let practices = PracticeExtractor.read(guide)
        let topics = TopicDefinitionExtractor.read(guide)
        #expect(faqs.items.isEmpty && practices.items.isEmpty && topics.items.isEmpty)
        let notes = faqs.notes + practices.notes + topics.notes
        #expect(notes.allSatisfy { $0.severity == .note })
        #expect(notes.map(\.location.line) == [22, 15, 26])
        #expect(notes.map(\.description).allSatisfy { $0.hasPrefix("guide.md:") && $0.contains(": note: ") })
    }
}

extension ReferenceExtractorTests {
    @Test func typesFromTheTitleThenTheEntry() {
        let references = ReferenceExtractor.extract(from: walk("""
        # Ressources

        - DU soins de réhabilitation au service du rétablissement en santé mentale (lieu de formation : Nantes)
        - Pratiques orientées vers le rétablissement et pair-aidance. Le Cardinal Patrick. Information psychiatrique 2013 ; 89(5) : 365-70
        - La reconnaissance des savoirs expérientiels dans la formation de pairs aidants. Bonnami Alain. Vie Sociale 2019 ; 25-26 : 225-42
        - Feuille de route Santé mentale et psychiatrie. Paris : Ministère des solidarités et de la santé, 2018, 31 p.
        - L'éducation thérapeutique du patient. Tourette-Turgis, Catherine. Bruxelles : De Boeck, 2015, 166 p.
        """))
        #expect(references.map(\.kind) == [.formation, .article, .article, .rapport, .ouvrage])
    }
}

extension ReferenceExtractorTests {
    @Test func sameAuthorsSameYearAndAMisspeltTitleAreOneWork() {
        let (knowledge, _) = KnowledgeBuilder.build([walk("""
        # 1 – Histoire

        ## La pair-aidance

        Gesmond Thomas, Cinget Anne, Estecahandy Pascale  
        Paris : Ministère du logement et de l'habitat durable, DIHAL, 2016, 6 p.

        ## Autre

        La pair-aideance  
        Gesmond Thomas, Cinget Anne, Estecahandy Pascale  
        Paris : Ministère du logement et de l'habitat durable, DIHAL, 2016, 6 p.

        ### Les rencontres entre médiateurs de santé pairs et usagers. Partie 1

        Demailly Lise, Garnoussi Nadia  
        Santé mentale au Québec 2015 ; 40(1) : 171-187

        ### Les rencontres avec médiateurs de santé pairs et usagers. Partie 2

        Demailly Lise, Garnoussi Nadia  
        Santé mentale au Québec 2015 ; 40(1) : 189-204
        """)])
        let titles = knowledge.references.map(\.title)
        #expect(titles.filter { $0.hasPrefix("La pair-aid") }.count == 1, "\(titles)")
        #expect(titles.filter { $0.hasPrefix("Les rencontres") }.count == 2, "\(titles)")
        #expect(knowledge.references.first { $0.title.hasPrefix("La pair-aid") }?.authors == ["Gesmond Thomas, Cinget Anne, Estecahandy Pascale"])
    }
}

@Suite struct AcronymExpansionTests {
    @Test func anAcronymTermGetsTheLongFormTheGuidesSpellOut() {
        let guide = walk("""
        # Autisme

        - p. 103 – Favoriser la pair-aidance : il sera procédé au déploiement de GEM spécialisés. Ce sont des dispositifs créés dans le cadre de la loi handicap de 2005.

        Ces échanges peuvent se dérouler, entre pairs, dans les groupes d'entraide mutuelle (GEM) qui seront financés.

        Le dispositif des médiateurs (MSP) et les Centres Médico-Psychologiques (CMP).
        """)
        #expect(AcronymExpansions.expansion(of: "GEM", before: "(GEM)", in: guide.blocks[2].text) == "groupes d’entraide mutuelle")
        #expect(AcronymExpansions.expansion(of: "CMP", before: "(CMP)", in: guide.blocks[3].text) == "Centres Médico-Psychologiques")
        #expect(AcronymExpansions.expansion(of: "MSP", before: "(MSP)", in: guide.blocks[3].text) == nil)
        let terms = AcronymExpansions.add(to: [Term(id: "gem", name: "GEM")], from: [guide])
        #expect(terms.first?.aliases == ["groupes d’entraide mutuelle"])
    }
}
