import Foundation
import GuidesText
import Testing

@Suite struct FrenchLexiconTests {
    @Test func splitsWordsAtElisionsAndKeepsCompounds() {
        #expect(FrenchWords.words(in: "L'équipe, qu'il soit pair-aidant ; c'est-à-dire 20 %.") ==
            ["L", "équipe", "qu", "il", "soit", "pair-aidant", "c", "est-à-dire"])
        #expect(FrenchWords.words(in: "travailleur.euse.s — rôle") == ["travailleur", "euse", "s", "rôle"])
    }

    @Test func knowsWordsIgnoringCaseButNotAccents() {
        var lexicon = FrenchLexicon(words: ["être", "rôle", "pair", "aidant"])
        #expect(lexicon.contains("Être"))
        #expect(!lexicon.contains("étre"))
        #expect(lexicon.contains("pair-aidant"))
        #expect(!lexicon.contains("pair-aidance"))
        lexicon.addVocabulary(of: "La pair-aidance professionnelle.")
        #expect(lexicon.contains("pair-aidance"))
        #expect(lexicon.contains("professionnelle"))
    }

    /// Debian's `wfrench` list, which `make test` installs: the OCR errors of guide 003 are
    /// not in it, their corrections are.
    @Test func systemWordListSeparatesOCRDamageFromWords() throws {
        #expect(FileManager.default.fileExists(atPath: FrenchLexicon.systemWordList), "install Debian's wfrench (make deps)")
        let lexicon = try FrenchLexicon.load(wordLists: [FrenchLexicon.systemWordList])
        #expect(lexicon.count > 300_000)
        for word in ["être", "rôle", "rétablissement", "problèmes", "était", "très", "ça", "quelqu'un"] {
            #expect(FrenchWords.words(in: word).allSatisfy { lexicon.contains($0) }, "\(word)")
        }
        for damaged in ["étre", "réle", "problemes", "etait", "psychiatrigues", "guelgu"] {
            #expect(!lexicon.contains(damaged), "\(damaged)")
        }
    }
}
