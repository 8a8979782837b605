import Foundation
import GuidesPaths
import GuidesRender
@testable import GuidesSearch
import GuidesSite
import Testing

/// The real corpus's search index, built in memory as `guides build` writes it.
enum BuiltSearch {
    static let files: [String: String] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let options = BuildOptions(
            contentDirectory: root.appendingPathComponent("content").path, templatesDirectory: root.appendingPathComponent("templates").path,
            outputDirectory: "unused")
        let (built, _) = try! SiteBuilder.render(options)
        return Dictionary(uniqueKeysWithValues: built.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
    }()

    static func engine() -> SearchEngine {
        SearchEngine { name in files[SearchShards.directory + "/" + name] }!
    }
}

@Suite struct SearchEngineTests {
    func top(_ query: String, _ limit: Int = 3) -> [String] {
        var engine = BuiltSearch.engine()
        return engine.search(query, limit: limit).map(\.url)
    }

    /// Issue 13: each guide is found by its title and by its text before the first heading,
    /// which no section holds (002 and 004 have such a lead).
    @Test func aGuideIsFoundByItsTitleAndItsLead() {
        #expect(top("réussir l'intégration").first == "guides/reussir-integration-travail-pair/")
        #expect(top("Personne ressource en santé mentale stage", 5).contains("guides/integrer-un-travailleur-pair/"))
        #expect(top("Floriane Todoroff").first == "guides/integrer-un-travailleur-pair/")
    }

    @Test func queriesAreReadLikeTheIndexedText() {
        let stop: Set<String> = ["le", "de", "la", "un"]
        #expect(SearchEngine.words(of: "Qu’est-ce que l’empowerment ?", stopWords: stop) == ["est", "ce", "estce", "que", "empowerment"])
        #expect(SearchEngine.words(of: "la pair-aidance", stopWords: stop) == ["pair", "aidance", "pairaidance"])
        #expect(SearchEngine.words(of: "travailleur.euse.s", stopWords: stop) == ["travailleur"])
        #expect(SearchEngine.words(of: "le de la", stopWords: stop) == ["le", "de", "la"])
        #expect(SearchEngine.words(of: "RÉTABLISSEMENT d'un", stopWords: stop) == ["retablissement"])
        // An acronym that spells a stop word, among lowercase words, as the index keeps it.
        #expect(SearchEngine.words(of: "DU pair", stopWords: ["du"]) == ["du", "pair"])
        #expect(SearchEngine.words(of: "du pair", stopWords: ["du"]) == ["pair"])
        #expect(SearchEngine.words(of: "LE DU PAIR", stopWords: ["du", "le"]) == ["pair"])
        // All the parts of the last word typed may be unfinished; a finished word before a stop word is not.
        #expect(SearchEngine.analyse("pair-aid", stopWords: stop) == [.init(parts: ["pair", "aid"], joined: "pairaid", isLast: true)])
        #expect(SearchEngine.analyse("formation de", stopWords: stop).map(\.isLast) == [false])
        #expect(SearchEngine.analyse("soutien pair", stopWords: stop).map(\.isLast) == [false, true])
        #expect(SearchEngine.analyse("Qu’est-ce", stopWords: ["est", "ce"]) == [.init(parts: [], joined: "estce", isLast: true)])
    }

    @Test func accentsPluralsTyposAndPrefixesFindTheSameTerm() {
        for query in ["rétablissement", "retablissement", "RETABLISSEMENTS", "retablisement", "retabl"] {
            #expect(top(query).contains("glossaire/retablissement/"), "\(query): \(top(query))")
        }
    }

    @Test func anAcronymAndAnEnglishAliasFindTheirTerm() {
        #expect(top("MSP", 1) == ["glossaire/mediateur-de-sante-pair/"])
        #expect(top("recovery").contains("glossaire/retablissement/"))
    }

    @Test func aTermAndItsDefinitionsShowOnce() {
        let urls = top("rétablissement définition", 10)
        #expect(urls.filter { $0.hasPrefix("glossaire/retablissement/") }.count == 1, "\(urls)")
        // meta.js numbers each term's run (the term, then its definitions) as [first, count].
        let meta = SearchShards.payload(of: BuiltSearch.files[SearchShards.directory + "/meta.js"] ?? "") as? [String: Any]
        let runs = meta?["groups"] as? [[Int]] ?? []
        #expect(runs.count >= 20 && runs.allSatisfy { $0.count == 2 && $0[1] > 1 })
    }

    @Test func theIndexLoadsShardByShard() throws {
        let files = BuiltSearch.files.keys.filter { $0.hasPrefix(SearchShards.directory) }
        #expect(files.contains(SearchShards.directory + "/meta.js"))
        #expect(files.filter { $0.contains("/s-") }.count > 20)
        let largest = BuiltSearch.files.filter { $0.key.contains("/s-") }.map(\.value.utf8.count).max() ?? 0
        #expect(largest < 60_000, "largest shard \(largest) bytes")
    }
}

/// Hand-written queries (Fixtures/relevance.json) and the item that must come first.
@Suite struct RelevanceTests {
    struct Case: Decodable { var query: String; var expected: [String] }
    struct Set: Decodable { var queries: [Case] }

    static func cases() throws -> [Case] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/relevance.json")
        return try JSONDecoder().decode(Set.self, from: Data(contentsOf: url)).queries
    }

    /// Queries whose expected item comes first, and in the top 3; the misses.
    static func measure(_ engine: inout SearchEngine, _ cases: [Case], label: String) -> (first: Double, topThree: Double, misses: [String]) {
        var first = 0, topThree = 0
        var misses: [String] = []
        for item in cases {
            let results = engine.search(item.query, limit: 3).map(\.url)
            if let best = results.first, item.expected.contains(best) { first += 1 }
            if results.contains(where: item.expected.contains) { topThree += 1 } else { misses.append("\(item.query) → \(results)") }
            if results.first.map(item.expected.contains) != true, ProcessInfo.processInfo.environment["GUIDES_RELEVANCE_DETAIL"] != nil {
                print("  not first: \(item.query) → \(results) (want \(item.expected))")
            }
        }
        let n = Double(cases.count)
        print("RELEVANCE \(label): first \(first)/\(cases.count) (\(Int((Double(first) / n * 100).rounded()))%), top 3 \(topThree)/\(cases.count) (\(Int((Double(topThree) / n * 100).rounded()))%)")
        return (Double(first) / n, Double(topThree) / n, misses)
    }

    /// Issue 7's bar: the expected item first for 85% of the queries, in the top 3 for 95%.
    @Test func theExpectedItemComesFirstOrInTheTopThree() throws {
        let cases = try Self.cases()
        #expect(cases.count >= 40)
        var engine = BuiltSearch.engine()
        let (first, topThree, misses) = Self.measure(&engine, cases, label: "with the site's synonyms")
        #expect(first >= 0.85, "\(misses)")
        #expect(topThree >= 0.95, "\(misses)")
    }

    /// The ranking alone, without `site.yml`'s synonyms, stays close to the bar.
    @Test func theRankingAloneComesClose() throws {
        var engine = BuiltSearch.engine()
        engine.synonyms = SearchSynonyms()
        let (first, topThree, misses) = Self.measure(&engine, try Self.cases(), label: "without synonyms")
        #expect(first >= 0.80, "\(misses)")
        #expect(topThree >= 0.90, "\(misses)")
    }
}

/// Synonyms declared by the site: the query also runs with each expression replaced.
@Suite struct SynonymTests {
    static let documents = [
        SearchDocument(kind: .term, title: "Soutien par les pairs", url: "glossaire/soutien-par-les-pairs/", guide: nil, keywords: "", body: "Une aide mutuelle entre personnes qui ont vécu les mêmes difficultés."),
        SearchDocument(kind: .section, title: "Recruter", url: "g/#recruter", guide: "g", keywords: "", body: "Le support technique des équipes et le recrutement."),
    ]

    func engine(_ declared: [[String]]) -> SearchEngine {
        let index = SearchIndex(documents: Self.documents)
        let files = SearchShards.files(for: index, guides: [("g", "Guide")], synonyms: SearchSynonyms(declared, index: index))
        let byName = Dictionary(uniqueKeysWithValues: files.map { (String($0.path.dropFirst(SearchShards.directory.count + 1)), $0.text) })
        return SearchEngine { byName[$0] }!
    }

    @Test func aQueryFindsWhatItsSynonymNames() {
        var without = engine([])
        #expect(without.search("peer support").map(\.url) == ["g/#recruter"])
        var with = engine([["soutien par les pairs", "peer support"], ["embaucher", "recruter"]])
        // The synonym's item first, counted less than it would be for its own words.
        let results = with.search("peer support")
        #expect(results.map(\.url) == ["glossaire/soutien-par-les-pairs/", "g/#recruter"])
        var direct = engine([])
        let own = direct.search("soutien par les pairs").first?.score ?? 0
        #expect(abs((results.first?.score ?? 0) - own * SearchSynonyms.factor) < 0.01)
        // By index key: a plural finds the group; a word the corpus does not have, by itself.
        #expect(with.search("soutiens par les pairs").first?.url == "glossaire/soutien-par-les-pairs/")
        #expect(with.search("embaucher").map(\.url) == ["g/#recruter"])
    }

    @Test func variantsReplaceEachExpressionInTurnAndTogether() {
        let unit = { (word: String) in SearchEngine.QueryUnit(parts: [word], joined: nil, isLast: false) }
        let synonyms = SearchSynonyms(groups: [
            [.init(units: [unit("usager")], keys: ["usag"]), .init(units: [unit("patient")], keys: ["patient"])],
            [.init(units: [unit("trouble")], keys: ["troubl"]), .init(units: [unit("maladie")], keys: ["malad"])],
        ])
        let variants = synonyms.variants(of: [unit("patients"), unit("avec"), unit("maladie")], keys: ["patient", "avec", "malad"])
        #expect(variants.map { $0.units.flatMap(\.parts).joined(separator: " ") } == [
            "patients avec maladie", "patients avec trouble", "usager avec maladie", "usager avec trouble",
        ])
        #expect(variants.map(\.factor) == [1, SearchSynonyms.factor, SearchSynonyms.factor, SearchSynonyms.factor * SearchSynonyms.factor])
    }
}

/// The search files' JSON: compact, keys in code-point order, safe inside a script.
@Suite struct JSONTextTests {
    @Test func encodesAsJSONSerializationReadsIt() throws {
        let value: [String: Any] = ["b": [1, 2.5, 3.0], "a": "x \"y\" \\ </script> \n\t\u{1}é", "c": true, "d": ["z": 1, "é": 2, "e": 3]]
        let text = JSONText.encode(value)
        #expect(text == #"{"a":"x \"y\" \\ <\/script> \n\t\u0001é","b":[1,2.5,3],"c":true,"d":{"e":3,"z":1,"é":2}}"#)
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(decoded["a"] as? String == "x \"y\" \\ </script> \n\t\u{1}é")
    }

    @Test func writesIntegersInPlace() {
        let integers = [0, 7, 10, 409, -3, -120, Int.max, Int.min]
        #expect(JSONText.encode(integers) == "[" + integers.map(String.init).joined(separator: ",") + "]")
        #expect(JSONText.encode(["b": 12, "a": -1] as [String: Int]) == #"{"a":-1,"b":12}"#)
        #expect(JSONText.encode([[3, "x", 2.0, 1e20]] as [Any]) == #"[[3,"x",2,1e+20]]"#)
    }

    @Test func fragmentsAreWrittenAsTheyAre() {
        let row = JSONText.Fragment.array { row in
            row.string("é\"</")
            row.integer(-12)
            row.integers([1, 20])
        }
        #expect(JSONText.encode(row) == #"["é\"<\/",-12,[1,20]]"#)
        #expect(JSONText.encode(["t": [row, JSONText.Fragment.array { _ in }]] as [String: Any]) == #"{"t":[["é\"<\/",-12,[1,20]],[]]}"#)
    }
}
