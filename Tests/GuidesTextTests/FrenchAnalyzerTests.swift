import Foundation
import GuidesText
import Testing

@Suite struct FrenchAnalyzerTests {
    /// A joined compound of four parts comes three positions after its first part.
    static let maximumStepBack = 3

    func surfaces(_ text: String, keepStopWords: Bool = false) -> [String] {
        FrenchAnalyzer.tokens(text, keepStopWords: keepStopWords).map(\.surface)
    }

    func stems(_ text: String) -> [String] {
        FrenchAnalyzer.tokens(text).map(\.stem)
    }

    @Test func dropsElisionsWithEitherApostrophe() {
        #expect(surfaces("avec l'équipe MARSS à Marseille") == ["equipe", "marss", "marseille"])
        #expect(surfaces("des groupes d’entraide mutuelle") == ["groupes", "entraide", "mutuelle"])
        #expect(surfaces("qu'il s'agisse des personnes") == ["agisse", "personnes"])
        #expect(surfaces("celles qu’il a vécues") == ["vecues"])
        #expect(surfaces("jusqu’à la fin, jusqu'au bout") == ["fin", "bout"])
        #expect(surfaces("lorsqu'elle parle, puisqu’on sait, quoiqu'ils disent") == ["parle", "sait", "disent"])
        #expect(surfaces("j'ai, m'appelle, n'est, t'aider, c'est, L'USAGER") == ["appelle", "aider", "usager"])
        // The elided word takes no position: `équipe` is the text's first word.
        #expect(FrenchAnalyzer.tokens("l'équipe soignante").map(\.position) == [0, 1])
        // Not an elision: the apostrophe separates.
        #expect(surfaces("aujourd'hui") == ["aujourd", "hui"])
    }

    @Test func givesTheParentsAndTheJoinedFormOfCompounds() {
        let tokens = FrenchAnalyzer.tokens("consacré à la pair-aidance")
        #expect(tokens.map(\.surface) == ["consacre", "pair", "aidance", "pairaidance"])
        #expect(tokens.map(\.position) == [0, 3, 4, 3])
        // The three writings share their stems.
        let joined = Set(stems("pairaidance"))
        #expect(Set(stems("pair-aidance")).isSuperset(of: joined))
        #expect(Set(stems("pair-aidance")).isSuperset(of: stems("pair aidance")))
        // Stop words inside a compound go; the joined form stays.
        #expect(surfaces("c'est-à-dire") == ["dire", "estadire"])
        #expect(surfaces("Pair-Aidant") == ["pair", "aidant", "pairaidant"])
        // A slug is not a compound: parts only.
        #expect(surfaces("le-savoir-faire-des-mediateurs") == ["savoir", "faire", "mediateurs"])
        // Between digits a hyphen separates.
        #expect(surfaces("2017-2018") == ["2017", "2018"])
    }

    @Test func givesTheMasculineAndTheFeminineOfInclusiveWriting() {
        #expect(surfaces("le recrutement des travailleur.euse.s pairs")
            == ["recrutement", "travailleur", "travailleuse", "pairs"])
        #expect(surfaces("les travailleur·euse·s pair·e·s") == ["travailleur", "travailleuse", "pair", "paire"])
        #expect(surfaces("les candidat.e.s retenu.e.s") == ["candidat", "candidate", "retenu", "retenue"])
        #expect(surfaces("les autres professionnel.le.s de l'accompagnement")
            == ["professionnel", "professionnelle", "accompagnement"])
        #expect(surfaces("recruté.e, actif.ve, premier.ère, animateur.rice") == [
            "recrute", "recrutee", "actif", "active", "premier", "premiere", "animateur", "animatrice",
        ])
        #expect(surfaces("Pair(e) et Direction(s)") == ["pair", "paire", "direction"])
        // Masculine and feminine share a position.
        #expect(FrenchAnalyzer.tokens("candidat.e.s admis").map(\.position) == [0, 0, 1])
        // Domains and file names are not inclusive writing; a sentence end is not either.
        #expect(surfaces("sante.gouv.fr pair.org guide.pdf") == ["sante", "gouv", "fr", "pair", "org", "guide", "pdf"])
        #expect(surfaces("la fin.Elle") == ["fin"])
    }

    @Test func dropsStopWordsButCountsTheirPositions() {
        let tokens = FrenchAnalyzer.tokens("Le soutien par les pairs dans la santé mentale")
        #expect(tokens.map(\.surface) == ["soutien", "pairs", "sante", "mentale"])
        #expect(tokens.map(\.position) == [1, 4, 7, 8])
        #expect(surfaces("Il est à nous, ce n'est pas plus qu'elle et vous") == [])
        for word in ["le", "la", "les", "de", "du", "a", "et", "ou", "est", "etre", "avoir", "ont", "pas", "plus", "qui", "que"] {
            #expect(FrenchAnalyzer.stopWords.contains(word), "\(word)")
        }
        #expect(FrenchAnalyzer.stopWords.count >= 100)
        #expect(FrenchAnalyzer.stopWords.allSatisfy { Folding.fold($0) == $0 })
    }

    @Test func keepsStopWordsWhenAsked() {
        #expect(surfaces("Être ou ne pas être", keepStopWords: true) == ["etre", "ou", "ne", "pas", "etre"])
        #expect(FrenchAnalyzer.queryTokens("être ou ne pas être").map(\.surface) == ["etre", "ou", "ne", "pas", "etre"])
        #expect(FrenchAnalyzer.queryTokens("le rôle du pair").map(\.surface) == ["role", "pair"])
        #expect(FrenchAnalyzer.queryTokens("").isEmpty)
    }

    @Test func foldsAccentsAndCaseForSurfaceAndStem() {
        let variants = ["rétablissement", "retablissement", "RÉTABLISSEMENTS", "Rétablissements"]
        let tokens = variants.map { FrenchAnalyzer.tokens($0)[0] }
        #expect(Set(tokens.map(\.stem)) == ["retabl"])
        #expect(tokens.map(\.surface) == ["retablissement", "retablissement", "retablissements", "retablissements"])
        // Decomposed input (e + combining acute) is composed first.
        #expect(FrenchAnalyzer.tokens("re\u{301}tablissement")[0].stem == "retabl")
        #expect(stems("Œuvre œuvres") == ["oeuvr", "oeuvr"])
        #expect(stems("aidants aidante aidant·e·s") == ["aid", "aid", "aid", "aid"])
        #expect(stems("Formations professionnelles") == ["format", "professionnel"])
    }

    @Test func keepsNumbersAndAcronyms() {
        let tokens = FrenchAnalyzer.tokens("La MSP créée en 2017, loi du 11 février 2005 (GEM)")
        #expect(tokens.map(\.surface) == ["msp", "creee", "2017", "loi", "11", "fevrier", "2005", "gem"])
        #expect(tokens[2] == FrenchAnalyzer.Token(surface: "2017", stem: "2017", position: 4))
        #expect(tokens[0].stem == "msp")
    }

    @Test func keepsAnAcronymThatSpellsAStopWord() {
        #expect(FrenchAnalyzer.tokens("intégrer le DU de pair-aidance").map(\.surface) == ["integrer", "du", "pair", "aidance", "pairaidance"])
        #expect(FrenchAnalyzer.tokens("Diplôme Universitaire (DU)").map(\.surface) == ["diplome", "universitaire", "du"])
        // A title in capitals: the article.
        #expect(FrenchAnalyzer.tokens("LE DU DE PAIR-AIDANCE").map(\.surface) == ["pair", "aidance", "pairaidance"])
        #expect(FrenchAnalyzer.tokens("la formation du pair").map(\.surface) == ["formation", "pair"])
    }

    /// The whole corpus: every token has a folded surface and a stem, no stop word, and the
    /// positions only step back within a compound (to its joined form).
    @Test func analysesTheGuides() throws {
        let guides = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../content/guides").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: guides.path).filter { $0.hasSuffix(".md") }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: guides.appendingPathComponent(file), encoding: .utf8)
            let tokens = FrenchAnalyzer.tokens(text)
            #expect(tokens.count > 1_000, "\(file)")
            #expect(tokens.allSatisfy { !$0.surface.isEmpty && !$0.stem.isEmpty && Folding.fold($0.surface) == $0.surface })
            // Stop words only as acronyms (`DU`).
            #expect(tokens.filter { FrenchAnalyzer.stopWords.contains($0.surface) }.allSatisfy { text.contains($0.surface.uppercased()) })
            #expect(zip(tokens, tokens.dropFirst()).allSatisfy { $0.position <= $1.position + FrenchAnalyzerTests.maximumStepBack })
        }
    }
}
