import Foundation
import GuidesText
import Testing

@Suite struct FrenchStemmerTests {
    /// `Fixtures/french-stems.tsv`: every distinct word of `content/guides/*.md` plus words
    /// picked to exercise each rule, with the stem the reference Snowball 3.1 implementation
    /// (PyPI `snowballstemmer` 3.1.1, `stemmer('french').stemWord`) gives. Words are NFC,
    /// lowercase, the letter-only `\w+` runs of the guides; lines sorted by code point.
    static func fixture() throws -> [(word: String, stem: String)] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/french-stems.tsv")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return (String(fields[0]), fields.count > 1 ? String(fields[1]) : "")
        }
    }

    @Test func matchesTheReferenceImplementationOnEveryFixtureWord() throws {
        let pairs = try Self.fixture()
        #expect(pairs.count >= 2_000)
        let mismatches = pairs.filter { FrenchStemmer.stem($0.word) != $0.stem }
            .map { "\($0.word): expected \($0.stem), got \(FrenchStemmer.stem($0.word))" }
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(pairs.count): \(mismatches.prefix(20).joined(separator: "; "))")
    }

    @Test(arguments: [
        ("rétablissement", "rétabl"), ("rétablissements", "rétabl"),
        ("pairs", "pair"), ("paire", "pair"),
        ("aidants", "aid"), ("aidante", "aid"), ("aidance", "aidanc"),
        ("professionnelles", "professionnel"), ("professionnel", "professionnel"),
        ("recrutement", "recrut"), ("recruter", "recrut"), ("recrutés", "recrut"),
        ("formations", "format"), ("formation", "format"),
        ("accompagnement", "accompagn"), ("accompagner", "accompagn"),
        ("santé", "sant"), ("mentale", "mental"),
        ("travailleurs", "travailleur"), ("travailleuse", "travaill"),
        ("expérientiels", "expérientiel"), ("expérientielle", "expérientiel"),
        ("équipes", "équip"), ("usagers", "usager"), ("psychiatrie", "psychiatr"),
    ])
    func stemsCorpusWords(word: String, stem: String) {
        #expect(FrenchStemmer.stem(word) == stem)
    }

    /// The Snowball 3 refinements: elisions, protected `ë`/`ï`, `-emment`, `-ment`, `-aux`, `-euse`.
    @Test func followsTheCurrentSnowballRules() {
        #expect(FrenchStemmer.stem("l'équipe") == "équip")
        #expect(FrenchStemmer.stem("qu'il") == "il")
        #expect(FrenchStemmer.stem("noël") == "noël")
        #expect(FrenchStemmer.stem("naïve") == "naïv")
        #expect(FrenchStemmer.stem("évidemment") == "évident")
        #expect(FrenchStemmer.stem("vraiment") == "vrai")
        #expect(FrenchStemmer.stem("travaux") == "traval")
        #expect(FrenchStemmer.stem("heureuse") == "heureux")
    }

    @Test func leavesShortAndEmptyWordsAlone() {
        #expect(FrenchStemmer.stem("") == "")
        #expect(FrenchStemmer.stem("a") == "a")
        #expect(FrenchStemmer.stem("msp") == "msp")
        #expect(FrenchStemmer.stem("2017") == "2017")
    }
}
