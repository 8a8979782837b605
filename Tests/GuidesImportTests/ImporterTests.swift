@testable import GuidesImport
import Testing

/// Each test feeds the importer a snippet taken from the corpus (content/sources/) and
/// checks the Markdown it makes.
@Suite struct InlineRuleTests {
    @Test func boldTagsBecomeMarkdown() {
        // 004, table of contents
        #expect(InlineRules.htmlEmphasisToMarkdown("<b>INTRODUCTION</b>\t<b>5</b>") == "**INTRODUCTION**\t**5**")
        #expect(InlineRules.htmlEmphasisToMarkdown("un <i>mot</i> et <B></B>") == "un *mot* et ")
    }

    @Test func lostLinkTargetsKeepTheirText() {
        // 002, "Ressources"
        #expect(InlineRules.dropLostLinks("Source : [Développer la Pair-aidance professionnelle](#)")
            == "Source : Développer la Pair-aidance professionnelle")
        #expect(InlineRules.dropLostLinks("- ↓ [«Développer le recours aux pairs-aidants » HAS \\(2024\\).](#)")
            == "- ↓ «Développer le recours aux pairs-aidants » HAS \\(2024\\).")
        // A real link is kept.
        #expect(InlineRules.dropLostLinks("[travail-pair.org](http://travail-pair.org)") == "[travail-pair.org](http://travail-pair.org)")
        #expect(InlineRules.dropLostLinks("[a [b]](#) fin") == "a [b] fin")
    }

    @Test func splitURLContinuation() {
        #expect(InlineRules.continuesURL("En ligne : https://www.cairn.info/revue-rhizome-", next: "2017-3-page-25.htm"))
        #expect(!InlineRules.continuesURL("https://hal.science/hal-02546895/document", next: "https://hal.science/x"))
        #expect(!InlineRules.continuesURL("au sein des", next: "structures de santé mentale."))
    }
}

@Suite struct ImporterTests {
    func markdown(_ raw: String) -> String { Importer.convert(raw).markdown }

    @Test func urlAnnouncedOnItsOwnLineIsJoinedToItsLabel() {
        // 004, lines 421-423
        let raw = "Décret n° 2017-1200\n\nEn ligne :\n\n<https://www.legifrance.gouv.fr/affichTexte.do?cidTexte=JORFTEXT000035315389>\n"
        #expect(markdown(raw).contains("En ligne : <https://www.legifrance.gouv.fr/affichTexte.do?cidTexte=JORFTEXT000035315389>"))
    }

    @Test func urlBrokenOverTwoLinesIsJoined() {
        let raw = "En ligne : https://www.cairn.info/revue-l-information-\npsychiatrique-2016-9-page-755.htm\n"
        #expect(markdown(raw) == "En ligne : https://www.cairn.info/revue-l-information-psychiatrique-2016-9-page-755.htm\n")
    }

    @Test func numberedPlainLinesBecomeHeadingsByDepth() {
        // 002: no `#` in the source.
        let raw = """
        1. Quelle définition de la pair-aidance « professionnelle » ?

        1.1 La pair-aidance en quelques mots...

        La pair-aidance trouve ses origines en France dans les mouvements de réhabilitation psychosociale.

        1.2 Rétablissement et empowerment

        Le rétablissement est un parcours personnel et unique.

        En résumé...

        - Une **forme d'entraide** qui met en lien des personnes.
        """
        let result = Importer.convert(raw)
        #expect(result.headings.map(\.level) == [1, 2, 2, 3])
        #expect(result.markdown.hasPrefix("# 1. Quelle définition de la pair-aidance « professionnelle » ?\n\n## 1.1 La pair-aidance en quelques mots...\n"))
        #expect(result.markdown.contains("### En résumé...\n\n- Une **forme d'entraide**"))
    }

    @Test func numberedMarkdownHeadingsAreRelevelled() {
        // 004 uses `#` and `##` for chapters of the same rank.
        let raw = """
        # 1 - UN PEU D'HISTOIRE POUR COMMENCER

        ## La pair-aidance

        Texte.

        ## 2 - QUE QUOI PARLE-T-ON ? LA PAIR-AIDANCE EN DÉFINITIONS

        ## AUTO SUPPORT

        Texte.

        ### 3.1 - PERSONNES EN SITUATION DE HANDICAP

        Texte.
        """
        #expect(Importer.convert(raw).headings.map(\.level) == [1, 2, 1, 2, 2])
    }

    @Test func headingWrappedOverTwoLinesIsJoined() {
        // 003, lines 21-23
        let raw = """
        Ce guide est le sixieme volet de la série de guides succincts de Santé Mentale
        Europe. Cette publication a été rédigée par le groupe d'experts.

        Qu'est-ce que le soutien par les pairs dans le domaine

        de la santé mentale ?

        On parle de soutien par les pairs lorsque des personnes utilisent leurs propres
        expériences pour s'entraider.
        """
        let result = Importer.convert(raw)
        #expect(result.headings.map(\.text) == ["Qu'est-ce que le soutien par les pairs dans le domaine de la santé mentale ?"])
        #expect(result.markdown.contains("\n\n# Qu'est-ce que le soutien par les pairs dans le domaine de la santé mentale ?\n\n"))
    }

    @Test func hardWrappedLinesAreJoinedIntoParagraphs() {
        // 003, lines 1-10 (and enough wrapped lines for the width to be detected)
        let paragraph = """
        L'objectif de ce petit guide est de permettre au public cible de mieux comprendre
        le réle des pairs aidants dans le parcours de rétablissement des personnes
        souffrant de problemes de santé mentale ou de handicaps psychosociaux, de
        montrer comment le soutien par les pairs est mis en ceuvre dans les pays
        européens et de fournir des recommandations pour le transfert des pratiques a
        travers I'Europe.
        """
        let raw = Array(repeating: paragraph, count: 4).joined(separator: "\n\n")
        let output = markdown(raw)
        let paragraphs = output.split(separator: "\n", omittingEmptySubsequences: true)
        #expect(paragraphs.count == 4)
        #expect(paragraphs[0].hasPrefix("L'objectif de ce petit guide est de permettre au public cible de mieux comprendre le réle des pairs"))
        #expect(paragraphs[0].hasSuffix("des pratiques a travers I'Europe."))
    }

    @Test func wrappedListItemsStayApart() {
        // 003, lines 86-100
        let raw = """
        Par souci de simplicité, nous nous référerons dans ce Petit guide a trois grandes catégories :
        1) Les groupes de soutien informels tels que les groupes d'amis, les groupes
        d'activités (jardinage, marche, sport, cinéma, etc.) Ces groupes sont souvent
        2) Groupes d'entraide offrant un soutien mutuel et une formation aux personnes
        confrontées a des difficultés ou a des diagnostics particuliers.
        """
        let lines = markdown(raw).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("1) Les groupes de soutien informels tels que les groupes d'amis, les groupes d'activités"))
        #expect(lines[2] == "2) Groupes d'entraide offrant un soutien mutuel et une formation aux personnes confrontées a des difficultés ou a des diagnostics particuliers.")
    }

    @Test func paragraphCutByAPageBreakIsJoined() {
        // 000, lines 79-81
        let raw = "# Historique\n\nEn France, la pair-aidance professionnelle prend une part de plus en plus importante au sein\n\ndes structures de santé mentale. Aujourd'hui une quarantaine de travailleurs pairs.\n\n## Suite\n\nTexte.\n"
        #expect(markdown(raw).contains("importante au sein des structures de santé mentale."))
    }

    @Test func pdfTableOfContentsIsDropped() {
        // 000, lines 22-42
        let raw = """
        # Sommaire

        1

        Mieux comprendre la pair-aidance et le travail pair, p 2

        2

        Procéder au recrutement, p 12

        # Mieux comprendre la pair-aidance et le travail pair

        Texte.
        """
        let result = Importer.convert(raw)
        #expect(result.headings.map(\.text) == ["Mieux comprendre la pair-aidance et le travail pair"])
        #expect(!result.markdown.contains("p 12"))
    }

    @Test func tabbedTableOfContentsIsDropped() {
        // 002, lines 17-33
        let raw = "Sommaire\n\nIntroduction\t3\n1. Quelle définition ?\t4\n1.1 La pair-aidance en quelques mots...\t\n\n\n\nIntroduction\n\nLa \"pair-aidance\" est un terme de plus en plus utilisé.\n"
        let result = Importer.convert(raw)
        #expect(result.markdown == "# Introduction\n\nLa « pair-aidance » est un terme de plus en plus utilisé.\n")
    }

    @Test func lonePageNumbersAreDropped() {
        // 003, lines 376-379: a page number inside a sentence cut by a page break.
        let raw = "# Titre\n\nen facilitant l'accès to\n\n10\n information for all and fostering knowledge.\n"
        #expect(markdown(raw) == "# Titre\n\nen facilitant l'accès to information for all and fostering knowledge.\n")
    }

    @Test func labelAndValueLinesAreAField() {
        // 002, chapter 4 project cards
        let raw = "4. Expérimentations, projets et témoignages\n\nMédiateur de santé-pair (MSP)\n\nAuteur\n\nCentre Hospitalier du Rouvray (CHR)\n\nQuel est le projet ?\n\nLe projet consiste à intégrer un médiateur.\n"
        let result = Importer.convert(raw)
        #expect(result.markdown.contains("**Auteur** : Centre Hospitalier du Rouvray (CHR)"))
        #expect(result.headings.map(\.text) == ["4. Expérimentations, projets et témoignages", "Médiateur de santé-pair (MSP)", "Quel est le projet ?"])
    }

    @Test func sentencesLabelsAndReferencesAreNotHeadings() {
        for line in [
            "Il y a autant de savoirs expérientiels que d'individus.",
            "Source : Unafam Guide des droits au travail des personnes vivant avec des troubles psychiques",
            "\"Le pair-aidant peut être très utile dans la gestion de la maladie\"",
            "2016",
            "(6)",
            "Il reste cependant des défis a relever :",
        ] {
            #expect(!HeadingOutline.isPlainHeading(SourceLine(text: line, number: 1)), "\(line)")
        }
        #expect(HeadingOutline.isPlainHeading(SourceLine(text: "Les débuts d'un soutien intentionnel par les pairs", number: 1)))
        #expect(!HeadingOutline.isPlainHeading(SourceLine(text: "Comment intégrer un travailleur pair ?", number: 1, hadLostLink: true)))
    }

    @Test func markdownLikeSourcesKeepTheirHeadingsOnly() {
        // 000 marks its headings with `#`: a short standalone sentence there is not a title.
        var raw = (1...5).map { "# Partie \($0)\n\nTexte de la partie.\n" }.joined(separator: "\n")
        raw += "\nDes simulations de jeu de rôle peuvent être pertinentes\n\nTexte.\n"
        #expect(Importer.convert(raw).headings.count == 5)
    }

    @Test func creditsKeepTheirLineBreaks() {
        // 002, lines 58-61
        let raw = "Florence CHARRIER\nCarolina ROATTA\n"
        #expect(markdown(raw) == "Florence CHARRIER\\\nCarolina ROATTA\n")
    }

    @Test func notesTellWhatChanged() {
        let result = Importer.convert("Sommaire\n\nIntro\t3\n\nIntroduction\n\nVoir [le guide](#).\n")
        let messages = result.notes.map(\.description)
        #expect(messages.contains { $0.hasPrefix("line 1: table of contents dropped") })
        #expect(messages.contains { $0.hasPrefix("line 7: link with a lost target") })
    }
}

@Suite struct HeadingLevelTests {
    @Test func gapsAreClosedAndSiblingsStayEqual() {
        // 001: `### DÉFINITIONS` and `### FACTEURS CLÉS DE SUCCÈS` follow a `#` heading.
        let raw = (1...4).map { "## Filler \($0)\n\nTexte.\n" }.joined(separator: "\n")
            + "\n# Réussir l'intégration\n\n### DÉFINITIONS\n\nTexte.\n\n### FACTEURS CLÉS DE SUCCÈS\n\nTexte.\n\n## QU'EST-CE QUE LE TRAVAIL PAIR ?\n\n### DANS QUELS CAS ?\n\nTexte.\n"
        let levels = Importer.convert(raw).headings.map(\.level)
        #expect(levels == [1, 1, 1, 1, 1, 2, 2, 2, 3])
    }
}

@Suite struct StructureRepairTests {
    @Test func straightQuotesBecomeFrenchOnesWithNesting() {
        #expect(QuoteRules.frenchQuotes(#"" Le travailleur pair n'est pas un professionnel "fourre tout" à qui on expose tout ! ""#)
            == "« Le travailleur pair n'est pas un professionnel “fourre tout” à qui on expose tout ! »")
        #expect(QuoteRules.frenchQuotes(#"un "boulonnage" d'activités"#) == "un « boulonnage » d'activités")
        #expect(QuoteRules.frenchQuotes(#"un seul " guillemet"#) == #"un seul " guillemet"#)
    }

    @Test func quotedParagraphsBecomeBlockQuotesWithTheirAttribution() {
        let quote = "« Tout au long des entretiens, les travailleurs de soutien par les pairs ont exprimé leur fierté. » Ciara Glynn (6)"
        #expect(QuoteRules.blockQuote(quote) == "> « Tout au long des entretiens, les travailleurs de soutien par les pairs ont exprimé leur fierté. »\n>\n> — Ciara Glynn (6)")
        // A sentence that merely starts with a quoted phrase stays a paragraph.
        let sentence = "« rétabli » ou « en voie de rétablissement » constitue une condition sine qua non à l'embauche, dit-on souvent."
        #expect(QuoteRules.blockQuote(sentence) == sentence)
        #expect(QuoteRules.blockQuote("« Travail pair, passons à l'action ! »") == "« Travail pair, passons à l'action ! »")
    }

    @Test func runningHeadersAboveChaptersAreDropped() {
        let raw = """
        # LES POINTS DE VIGILANCE & SOLUTIONS

        ## En amont du recrutement

        Texte.

        # LES POINTS DE VIGILANCE & SOLUTIONS

        ## Recrutement

        Texte.

        # LES POINTS DE VIGILANCE & SOLUTIONS

        ## Vie de l'équipe

        Texte.
        """
        let result = Importer.convert(raw)
        #expect(result.headings.filter { $0.text == "LES POINTS DE VIGILANCE & SOLUTIONS" }.count == 1)
        #expect(result.notes.filter { $0.message.hasPrefix("running header") }.count == 2)
    }

    @Test func lostLinksGetTheURLTheCorpusGivesForTheirTitle() {
        var catalog = LinkCatalog()
        catalog.learn(from: """
        ## Développer le travail pair dans le champ de la veille sociale, de l'hébergement et du logement

        DIHAL, FAS, 2018

        En ligne : [https://www.gouvernement.fr/publication\\_travail\\_pair.pdf](https://www.gouvernement.fr/publication_travail_pair.pdf)
        """)
        let options = ImportOptions(links: catalog)
        let bold = Importer.convert("→ DIHAL, FAS (2020). **Développer le travail pair dans le champ de la veille sociale, de l'hébergement et du logement** [Lien](#)\n", options: options)
        #expect(bold.markdown.contains("[Lien](https://www.gouvernement.fr/publication_travail_pair.pdf)"))
        let titled = Importer.convert("[«Développer le travail pair dans le champ de la veille sociale, de l'hébergement et du logement» FAS (2018)](#)\n", options: options)
        #expect(titled.markdown.contains("](https://www.gouvernement.fr/publication_travail_pair.pdf)"))
        let unknown = Importer.convert("**Un titre que le corpus ne connaît pas du tout** [Lien](#)\n", options: options)
        #expect(unknown.markdown.trimmingCharacters(in: .whitespacesAndNewlines) == "**Un titre que le corpus ne connaît pas du tout** Lien")
    }
}

/// Issue 13: a new guide's skeleton always gets a title, and the page's chrome never is one.
@Suite struct TitleFinderTests {
    func title(_ raw: String) -> String { Importer.convert(raw).title }

    @Test func aWebPageTitleIsItsFirstHeadingPastTheMenus() {
        #expect(title("""
        Aller au contenu principal
        Accueil | Le projet | Recruter | Contact
        Taille du texte : A- A A+
        Accueil > Ressources > Espace employeurs > Recruter

        Recruter un médiateur de santé pair
        Publié le 14 mars 2023

        Le médiateur de santé pair rejoint une équipe de soins pour y apporter son savoir d'expérience, à côté des autres professionnels.
        """) == "Recruter un médiateur de santé pair")
    }

    @Test func aCoverTitleInCapitalsIsJoinedOverItsLines() {
        #expect(title("""
        GEM L'ESCALE
        Groupe d'Entraide Mutuelle

        LA PAIR-AIDANCE
        AU QUOTIDIEN

        Novembre 2022

        1. LE MOT DES ADHÉRENTS

        Ce livret a été écrit à plusieurs mains pendant l'hiver, au fil des ateliers d'écriture du jeudi.
        """) == "LA PAIR-AIDANCE AU QUOTIDIEN")
    }

    @Test func aWrappedTitleIsOneLineAndATextWithoutHeadingStillHasOne() {
        #expect(title("**Comment intégrer  \nun travailleur pair  \ndans une équipe ?**\n\nLe texte commence ici.\n") == "Comment intégrer un travailleur pair dans une équipe ?")
        let paragraph = "Les pairs aidants partagent leur expérience du rétablissement\navec les personnes accompagnées dans les services, chaque semaine,\net ce livret le raconte.\n"
        #expect(title(paragraph) == "Les pairs aidants partagent leur expérience du rétablissement")
        #expect(!title("Accueil | Blog | Contact\n\ntexte\n").isEmpty)
    }
}

@Suite struct PartTitleTests {
    /// `Ressources` right over its list is the part's heading, though a single capitalised word
    /// could be a speaker's name; a `---` line stays a break of its own.
    @Test func aPartTitleOverItsListIsAHeading() {
        let markdown = Importer.convert(ImportOptions.plain, """
        Le texte de la page parle des pairs et de leur travail dans les services du réseau.

        Ressources
        - Ève Gardien (dir.), L'accompagnement et le soutien par les pairs, Presses universitaires de Grenoble, 2017.
        - Pierre Dufour, La pairémulation, rapport de recherche, 2015.
        ---
        Pour citer cet article : Haddad, S. (2022).
        """)
        #expect(markdown.contains("\n# Ressources\n") || markdown.contains("\n## Ressources\n"))
        #expect(markdown.contains("\n---\n\nPour citer cet article"))
    }
}

extension ImportOptions {
    /// No lexicon, no OCR repair: the structure rules alone.
    static let plain = ImportOptions()
}

extension Importer {
    static func convert(_ options: ImportOptions, _ raw: String) -> String { convert(raw, options: options).markdown }
}

@Suite struct NumberedPartTests {
    /// `I. CHAMP D'APPLICATION` over its text is a heading (though short enough to be a name),
    /// `ANNEXE 1` / `DÉFINITIONS` one heading; a name's initial is no part number.
    @Test func romanNumeralsAndAnnexes() {
        let result = Importer.convert("""
        I. CHAMP D'APPLICATION
        Au sens de la présente instruction, les structures concernées sont les services d'accueil.

        II. PRINCIPES
        Le travail pair repose sur la reconnaissance du savoir expérientiel comme une compétence.

        ANNEXE 1
        DÉFINITIONS

        On entend par « pair » : une personne qui a connu une situation comparable.

        V. Dupont a relu ce texte et l'a amélioré sur plusieurs points importants.
        """)
        #expect(result.headings.map(\.text) == ["I. CHAMP D'APPLICATION", "II. PRINCIPES", "ANNEXE 1 – DÉFINITIONS"])
        #expect(LinePattern.headingNumber("IV – Recommandations aux équipes")?.number == "IV")
        #expect(LinePattern.headingNumber("V. Dupont") == nil)
    }
}

@Suite struct DefinitionBoxTests {
    /// A PDF's box of definitions, hard-wrapped with no blank line between its entries: a
    /// heading, then one paragraph per entry (a term alone on its line stands as a title).
    @Test func aBoxOfDefinitionsIsSplitIntoEntries() {
        let markdown = Importer.convert("""
        Le programme a recruté sept travailleurs pairs sur trois ans dans quatre services.

        Encadré : définitions
        Travailleur pair : salarié dont la fiche de poste mentionne l'expérience
        vécue comme une compétence attendue.
        Logement d'abord : politique qui fait de l'accès direct à un logement
        ordinaire le point de départ de l'accompagnement.
        Rétablissement
        Processus personnel par lequel une personne retrouve une vie qui a du
        sens pour elle, avec ou sans symptômes.
        """).markdown
        #expect(markdown.contains("# Encadré : définitions\n\nTravailleur pair : salarié"))
        #expect(markdown.contains("attendue.\n\nLogement d'abord : politique"))
        #expect(markdown.contains("# Rétablissement\n\nProcessus personnel"))
    }
}

/// Web FAQ pages copied from the browser: the accordion's markers, and part titles in capitals.
@Suite struct AccordionTests {
    func markdown(_ raw: String) -> String { Importer.convert(raw).markdown }

    @Test func accordionQuestionsBecomeHeadingsOverTheirAnswers() {
        let output = markdown("""
        LES GEM

        + Qu’est-ce qu’un GEM ?

        Un groupe d’entraide mutuelle est une association d’usagers qui organise des activités choisies ensemble.

        ▸ Je suis la mère d’un jeune homme malade. Suis-je une « paire », moi aussi ?
        D’une certaine façon, oui : on parle de pair-aidance familiale quand un proche soutient d’autres proches.

        • Ne restez pas seule avec vos questions ?
        • Informez-vous sur les droits de votre proche.
        """)
        #expect(output.contains("# Qu’est-ce qu’un GEM ?"))
        #expect(output.contains("# Je suis la mère d’un jeune homme malade. Suis-je une « paire », moi aussi ?\n\nD’une certaine façon"))
        // A bullet is a list item, question or not.
        #expect(output.contains("- Ne restez pas seule avec vos questions ?"))
    }

    @Test func aTitleInCapitalsMayHoldAColon() {
        let output = markdown("""
        Texte d’introduction de la page, assez long pour faire une phrase complète et finie.

        VRAI / FAUX : LES IDÉES REÇUES

        « Les pairs-aidants vont remplacer les infirmiers. »

        Source : rapport annuel 2023
        """)
        #expect(output.contains("# VRAI / FAUX : LES IDÉES REÇUES"))
        #expect(!output.contains("# Source"))
    }
}

extension AccordionTests {
    /// Hard-wrapped PDF text: a term alone on its line over its definition keeps its line, and
    /// inside a definitions part it is an entry, not a heading.
    @Test func aTermLineOverItsDefinitionInAHardWrappedGlossary() {
        let output = markdown("""
        Les recommandations qui suivent s’adressent aux directions des établissements et des services
        sociaux et médico-sociaux qui accueillent ou envisagent d’accueillir un pair dans leur équipe,
        ainsi qu’aux professionnels qui travaillent à ses côtés au quotidien, sur tout le territoire.

        Définitions

        Pair-aidance
        Soutien qu’une personne apporte à une autre en s’appuyant sur une expérience
        comparable de la maladie, du handicap ou de l’exclusion, dans une relation qui se
        veut aussi réciproque que possible.

        Savoir expérientiel
        Ensemble des connaissances qu’une personne tire d’une épreuve traversée, une fois
        cette expérience mise à distance, réfléchie et confrontée à celle d’autres personnes.
        """)
        #expect(output.contains("# Définitions"))
        #expect(output.contains("Pair-aidance\\\nSoutien qu’une personne"))
        #expect(output.contains("Savoir expérientiel\\\nEnsemble des connaissances"))
        #expect(!output.contains("# Savoir expérientiel"))
    }
}
