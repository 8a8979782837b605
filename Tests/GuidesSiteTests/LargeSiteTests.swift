import Foundation
import GuidesSite
import Testing

/// A site with more guides than a page can list beside its content: what changes, and what
/// holds, so that the site grows linearly with its guides.
@Suite struct LargeSiteTests {
    let files: [String: String]
    static let count = 14

    init() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let guides = root.appendingPathComponent("content/guides")
        try FileManager.default.createDirectory(at: guides, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: repositoryRoot.appendingPathComponent("content/site.yml"), to: root.appendingPathComponent("content/site.yml"))
        for number in 1...Self.count {
            // Guide n defines its own term and the next guide's: it shares terms with guides
            // n-1 and n+1 only.
            let defined = [number, number % Self.count + 1].map { Self.terms[$0 - 1] }
            let text = """
                ---
                title: "Guide \(Self.name(number))"
                short_title: "Guide \(Self.name(number))"
                authors:
                  - "Équipe \(number)"
                publisher: "Éditeur"
                date: "2024-0\(number % 9 + 1)"
                source: "guide-\(number).txt"
                summary: "Le guide numéro \(number)."
                order: \(number)
                ---

                ## Bonnes pratiques

                - Il est recommandé de préparer l’équipe avant l’arrivée du pair.

                ## Glossaire

                \(defined[0]) – Démarche qui permet aux personnes concernées de reprendre une place active dans leur parcours de soins.

                \(defined[1]) – Pratique collective qui s'appuie sur le vécu des personnes pour transformer les services qui les accompagnent.

                """
            try text.write(to: guides.appendingPathComponent("guide-\(Self.name(number)).md"), atomically: true, encoding: .utf8)
        }
        var options = realOptions()
        options.contentDirectory = root.appendingPathComponent("content").path
        let (built, _) = try SiteBuilder.render(options)
        files = Dictionary(uniqueKeysWithValues: built.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
    }

    static func name(_ number: Int) -> String {
        ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron"][number - 1]
    }

    static let terms = [
        "Autodétermination", "Empowerment", "Rétablissement", "Entraide", "Plaidoyer", "Intervision", "Psychoéducation",
        "Déstigmatisation", "Réhabilitation", "Médiation", "Supervision", "Autosupport", "Coconstruction", "Désinstitutionnalisation",
    ]

    func page(_ path: String) throws -> String { try #require(files[path], "\(path)") }

    func footer(_ page: String) -> String {
        guard let start = page.range(of: #"<nav class="site-footer__guides""#), let end = page[start.upperBound...].range(of: "</nav>") else { return "" }
        return String(page[start.lowerBound..<end.upperBound])
    }

    @Test func theFooterListsThePagesOwnGuideAndLinksToTheFullList() throws {
        let guide = footer(try page("guides/guide-gamma/index.html"))
        #expect(matches(#"<li><a href="([^"]+)""#, in: guide) == ["index.html", "../../index.html#liste-des-guides"])
        #expect(guide.contains(#"aria-current="page">Guide gamma</a>"#))
        #expect(guide.contains(">Les \(Self.count) guides</a>"))
        let glossary = footer(try page("glossaire/index.html"))
        #expect(matches(#"<li><a href="([^"]+)""#, in: glossary) == ["../index.html#liste-des-guides"])
        // The home page lists them all, under the anchor the footer points at.
        let home = try page("index.html")
        #expect(home.contains(#"id="liste-des-guides""#))
        for number in 1...Self.count { #expect(home.contains("guides/guide-\(Self.name(number))/index.html"), "\(number)") }
    }

    @Test func aGuidesPracticesPageFiltersToItselfAndTheWholeList() throws {
        let ofOne = try page("bonnes-pratiques/guide-delta/index.html")
        let chips = matches(##"<a class="chip" href="([^"#]+)""##, in: ofOne)
        #expect(chips == ["../index.html", "index.html"], "\(chips)")
        let all = try page("bonnes-pratiques/index.html")
        #expect(matches(##"<a class="chip" href="([^"#]+)""##, in: all).count == Self.count + 1)
    }

    @Test func seeAlsoNamesTheGuidesSharingTheMostTerms() throws {
        let guide = try page("guides/guide-gamma/index.html")
        let related = matches(#"<li><a href="\.\./(guide-[a-z]+)/index\.html">[^<]+</a> <span class="muted">\d+ termes? en commun"#, in: guide)
        // One term in common with each: in their `order`, and no other guide.
        #expect(related == ["guide-beta", "guide-delta"], "\(related)")
    }
}
