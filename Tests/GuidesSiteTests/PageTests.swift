import Foundation
import GuidesSite
import Testing

/// What a reader finds on each kind of page, built from the real corpus.
@Suite struct PageTests {
    let files: [String: String]

    init() throws {
        let (built, _) = try SiteBuilder.render(realOptions())
        files = Dictionary(uniqueKeysWithValues: built.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
    }

    func page(_ path: String) throws -> String { try #require(files[path], "\(path)") }

    @Test func homeOffersEveryEntryPointWithItsCount() throws {
        let home = try page("index.html")
        for (title, url) in [("Glossaire", "glossaire/index.html"), ("Bonnes pratiques", "bonnes-pratiques/index.html"),
                             ("Questions", "questions/index.html"), ("Bibliographie", "bibliographie/index.html")] {
            #expect(home.contains(#"<a href="\#(url)"><span class="entry-point__title">\#(title)</span>"#), "\(title)")
        }
        #expect(matches(#"entry-point__detail">(\d+) "#, in: home).count == 4)
    }

    @Test func glossaryIndexesTermsByLetterAndPointsAliasesAtTheirTerm() throws {
        let glossary = try page("glossaire/index.html")
        #expect(glossary.contains(#"<h2 id="lettre-r" class="glossary-letter__title">R</h2>"#))
        #expect(glossary.contains(#"<dt>MSP</dt><dd>voir <a href="mediateur-de-sante-pair/index.html">"#))
        #expect(glossary.contains(#"<span class="letter-nav__empty" aria-hidden="true">Z</span>"#))
        #expect(glossary.contains(#""@type":"DefinedTermSet""#))
    }

    @Test func aTermPageGathersEveryGuidesDefinitionAndWhereItIsMentioned() throws {
        let term = try page("glossaire/retablissement/index.html")
        // Rétablissement is defined in 000, 002 (three times) and 004 (twice).
        #expect(matches(#"<li id="(definition-\d+)" class="definition">"#, in: term).count == 6)
        #expect(term.contains("Aussi appelé\u{202F}: Recovery"))
        let guides = matches(#"<h3 class="mention-guide"><a href="[^"]+">([^<]+)</a>"#, in: term)
        #expect(guides.count >= 3, "\(guides)")
        #expect(term.contains("Source citée\u{202F}: Le rétablissement au cœur des politiques de santé"))
    }

    @Test func practicesAreGroupedByThemeAndLinkToTheirSection() throws {
        let practices = try page("bonnes-pratiques/index.html")
        let themes = matches(#"<section class="practice-theme" id="([^"]+)""#, in: practices)
        #expect(themes.count == 7, "\(themes)")
        #expect(matches(#"<li id="(pratique-[^"]+)" class="practice""#, in: practices).count == 92)
        // Each practice links to the section of its guide that explains it.
        #expect(practices.contains(#"<a href="../guides/integrer-un-travailleur-pair/index.html#bonnes-pratiques-pour-l-entretien-de-recrutement">"#))
        let ofOneGuide = try page("bonnes-pratiques/integrer-un-travailleur-pair/index.html")
        #expect(matches(#"class="practice" data-guide="([^"]+)""#, in: ofOneGuide).allSatisfy { $0 == "integrer-un-travailleur-pair" })
        #expect(ofOneGuide.contains(#"aria-current="page">Intégrer un travailleur pair"#))
    }

    @Test func questionsAndMisconceptionsAreSeparateGroupsWithAnchors() throws {
        let questions = try page("questions/index.html")
        #expect(questions.contains(#"<h2 id="questions-frequentes">Questions fréquentes</h2>"#))
        #expect(questions.contains(#"<h2 id="idees-recues">Idées reçues</h2>"#))
        let anchors = matches(#"<article class="question" id="([^"]+)""#, in: questions)
        #expect(anchors.count == 44 && Set(anchors).count == 44)
        #expect(questions.contains(#""@type":"FAQPage""#))
    }

    @Test func bibliographyListsEachWorkOnceWithWhereItIsCited() throws {
        let bibliography = try page("bibliographie/index.html")
        let dihal = try #require(bibliography.range(of: #"<cite>Développer le travail pair dans le champ de la veille sociale[\s\S]*?</li>\s*</ul>"#, options: .regularExpression).map { String(bibliography[$0]) })
        #expect(Set(matches(#"<a href="\.\./guides/([^/]+)/"#, in: dihal)).count == 4, "\(dihal)")
        // A corpus guide cited by another links to its page here.
        #expect(bibliography.contains("Lire ce guide sur ce site"))
        for file in ["bibliographie.bib", "bibliographie.ris", "bibliographie.json"] {
            #expect(bibliography.contains(#"href="\#(file)" download"#))
            #expect(files["bibliographie/\(file)"]?.isEmpty == false)
        }
    }

    @Test func aGuidePageLinksTermsCitationsAndWhatTheGraphFoundInIt() throws {
        let guide = try page("guides/soutien-par-les-pairs-sante-mentale/index.html")
        #expect(guide.contains(#"<a class="term-link" href="../../glossaire/soutien-par-les-pairs/index.html" aria-describedby="terme-"#))
        #expect(guide.contains(#"<a class="citation" href="../../bibliographie/index.html#ref-"#))
        #expect(guide.contains(#"<h2 id="dans-ce-guide" class="aside-title">Dans ce guide</h2>"#))
        #expect(guide.contains("<h3>Voir aussi</h3>"))
        #expect(guide.contains(#""@type":"Article""#) && guide.contains(#""@type":"BreadcrumbList""#))
        #expect(guide.contains(#"<meta property="og:type" content="article">"#))
    }
}
