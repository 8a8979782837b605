import GuidesModel
import GuidesParser
import Testing

let validFrontMatter = """
---
title: "La pair-aidance professionnelle : définitions, mise en œuvre et perspectives"
short_title: "La pair-aidance professionnelle"
authors:
  - "Florence Charrier"
  - "Carolina Roatta"
publisher: "PRITH Normandie"
date: "2024-12"
source: "002_091a27c1547da6a9.txt"
summary: >-
  Un document qui fait le point sur la pair-aidance professionnelle.
order: 3
---

# 1. Quelle définition ?

Texte.
"""

@Suite struct FrontMatterTests {
    func parse(_ text: String) -> (ParsedGuide?, [Diagnostic]) {
        GuideParser.parse(text, path: "content/guides/g.md", slug: "g")
    }

    @Test func readsEveryField() throws {
        let (parsed, diagnostics) = parse(validFrontMatter)
        #expect(diagnostics.isEmpty)
        let frontMatter = try #require(parsed?.guide.frontMatter)
        #expect(frontMatter.title == "La pair-aidance professionnelle : définitions, mise en œuvre et perspectives")
        #expect(frontMatter.authors == ["Florence Charrier", "Carolina Roatta"])
        #expect(frontMatter.date == GuideDate(year: 2024, month: 12))
        #expect(frontMatter.order == 3)
        #expect(frontMatter.summary == "Un document qui fait le point sur la pair-aidance professionnelle.")
    }

    @Test func bodyLinesAreTheFileLines() throws {
        let (parsed, _) = parse(validFrontMatter)
        let section = try #require(parsed?.guide.sections.first)
        #expect(section.location == SourceLocation(path: "content/guides/g.md", line: 15, column: 1))
    }

    @Test func missingKeyIsAnErrorAtTheFence() {
        let text = validFrontMatter.replacing("publisher: \"PRITH Normandie\"\n", with: "")
        let (parsed, diagnostics) = parse(text)
        #expect(parsed == nil)
        #expect(diagnostics.map(\.description) == ["content/guides/g.md:1:1: error: missing required front matter key 'publisher'"])
    }

    @Test func wrongValuesPointAtTheirLine() {
        let text = validFrontMatter.replacing("date: \"2024-12\"", with: "date: \"décembre 2024\"")
            .replacing("order: 3", with: "order: trois")
        let (_, diagnostics) = parse(text)
        #expect(diagnostics.map(\.description) == [
            "content/guides/g.md:8:7: error: 'date' must be YYYY or YYYY-MM, found 'décembre 2024'",
            "content/guides/g.md:12:8: error: 'order' must be a whole number",
        ])
    }

    @Test func yamlSyntaxErrorHasItsLine() throws {
        let text = validFrontMatter.replacing("publisher: \"PRITH Normandie\"", with: "publisher: \"PRITH Normandie")
        let (parsed, diagnostics) = parse(text)
        #expect(parsed == nil)
        let error = try #require(diagnostics.first)
        #expect(error.severity == .error)
        #expect(error.location.line >= 7)
        #expect(error.description.contains("invalid YAML"))
    }

    @Test func unknownKeyIsAWarning() {
        let text = validFrontMatter.replacing("order: 3", with: "order: 3\nsumary: oups")
        let (parsed, diagnostics) = parse(text)
        #expect(parsed != nil)
        #expect(diagnostics.map(\.description) == ["content/guides/g.md:13:1: warning: unknown front matter key 'sumary' (known keys: title, short_title, authors, publisher, date, source, summary, order)"])
    }

    /// A file saved with Windows line endings (or a byte-order mark) reads as the same guide,
    /// its lines where they are.
    @Test func crlfAndByteOrderMarkReadAlike() throws {
        let (parsed, diagnostics) = parse("\u{FEFF}" + validFrontMatter.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n"))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let (plain, _) = parse(validFrontMatter)
        #expect(parsed?.guide.frontMatter == plain?.guide.frontMatter)
        #expect(parsed?.guide.sections.first?.location == SourceLocation(path: "content/guides/g.md", line: 15, column: 1))
    }

    @Test func missingOrUnclosedFrontMatter() {
        #expect(parse("# Titre\n").1.map(\.description) == ["content/guides/g.md:1:1: error: missing front matter: the file must start with a line '---'"])
        #expect(parse("---\ntitle: x\n").1.first?.message == "front matter is not closed: add a line '---' after it")
    }

    @Test func authorsMustBeAList() {
        let text = validFrontMatter.replacing("authors:\n  - \"Florence Charrier\"\n  - \"Carolina Roatta\"", with: "authors: Florence Charrier")
        #expect(parse(text).1.map(\.message) == ["'authors' must be a list of names, e.g. [\"Prénom Nom\"]"])
    }

    @Test func fileNameMustBeASlug() {
        let (parsed, diagnostics) = GuideParser.parse(validFrontMatter, path: "content/guides/Mon Guide.md", slug: "Mon Guide")
        #expect(parsed == nil)
        #expect(diagnostics.first?.message.contains("'mon-guide'") == true)
    }
}

@Suite struct OutlineTests {
    @Test func sectionsHaveUniqueReadableIDs() throws {
        let text = validFrontMatter + "\n## Ressources\n\n# Rétablissement\n\n## Ressources\n\n# Sommaire\n"
        let (parsed, _) = GuideParser.parse(text, path: "g.md", slug: "g")
        let sections = try #require(parsed?.guide.sections)
        #expect(sections.map(\.id) == ["1-quelle-definition", "ressources", "retablissement", "ressources-2", "sommaire-2"])
        #expect(sections.map(\.level) == [1, 2, 1, 2, 1])
        #expect(sections.map(\.title) == ["1. Quelle définition ?", "Ressources", "Rétablissement", "Ressources", "Sommaire"])
    }

    @Test func levelJumpIsAWarning() {
        let text = validFrontMatter + "\n### Trop profond\n"
        let (parsed, diagnostics) = GuideParser.parse(text, path: "g.md", slug: "g")
        #expect(parsed != nil)
        #expect(diagnostics.map(\.description) == ["g.md:18:1: warning: heading level jumps from 1 to 3; the table of contents will look uneven"])
    }
}

@Suite struct SiteConfigTests {
    @Test func defaults() throws {
        let (config, diagnostics) = SiteConfigParser.parse("title: Guides\n", path: "site.yml")
        #expect(diagnostics.isEmpty)
        #expect(config == SiteConfig(title: "Guides", description: "", baseURL: "/", language: "fr"))
    }

    @Test func baseURLGetsATrailingSlashAndIsChecked() {
        #expect(SiteConfigParser.parse("title: G\nbase_url: https://example.org/guides\n", path: "s").0?.baseURL == "https://example.org/guides/")
        #expect(SiteConfigParser.parse("title: G\nbase_url: example.org\n", path: "s").1.map(\.description)
            == ["s:2:1: error: 'base_url' must start with '/' or 'http(s)://', found 'example.org'"])
    }

    @Test func searchSynonymsAreGroupsOfTwoExpressionsOrMore() {
        let text = "title: G\nsearch:\n  synonyms:\n    - [peer support, soutien par les pairs]\n    - [self-help]\n    - histoire\n  boost: 2\n"
        let (config, diagnostics) = SiteConfigParser.parse(text, path: "s")
        #expect(config == nil)
        #expect(diagnostics.map(\.description) == [
            "s:7:3: warning: unknown search setting 'boost' (known: synonyms)",
            "s:5:7: error: a synonym group must list two expressions or more, e.g. [self-help, auto-support]",
            "s:6:7: error: a synonym group must list two expressions or more, e.g. [self-help, auto-support]",
        ])
        let valid = SiteConfigParser.parse("title: G\nsearch:\n  synonyms:\n    - [peer support, soutien par les pairs]\n", path: "s")
        #expect(valid.1.isEmpty)
        #expect(valid.0?.searchSynonyms == [["peer support", "soutien par les pairs"]])
        #expect(SiteConfigParser.parse("title: G\nsearch: [a, b]\n", path: "s").1.map(\.description) == ["s:2:9: error: 'search' must be a mapping (synonyms: …)"])
    }

    @Test func glossarySettingsAreReadWithTheirLines() {
        let text = """
        title: G
        glossary:
          aliases:
            GEM: groupe d'entraide mutuelle
            MSP: [médiateur de santé pair, médiatrice de santé pair]
          ignore:
            - pairs
          merge:
            patient-expert ou partenaire: patient expert

        """
        let (config, diagnostics) = SiteConfigParser.parse(text, path: "s")
        #expect(diagnostics.isEmpty)
        let glossary = try! #require(config?.glossary)
        #expect(glossary.aliases.map { "\($0.term) → \($0.target ?? "") @\($0.location.line)" } == [
            "GEM → groupe d'entraide mutuelle @4", "MSP → médiateur de santé pair @5", "MSP → médiatrice de santé pair @5",
        ])
        #expect(glossary.ignored.map(\.term) == ["pairs"])
        #expect(glossary.ignored.first?.location == SourceLocation(path: "s", line: 7, column: 7))
        #expect(glossary.merges.map { "\($0.term) → \($0.target ?? "")" } == ["patient-expert ou partenaire → patient expert"])
    }

    @Test func glossaryMistakesAreLocated() {
        let text = "title: G\nglossary:\n  aliases:\n    GEM:\n  ignore: pairs\n  merge: [a, b]\n  rename: x\n"
        let (config, diagnostics) = SiteConfigParser.parse(text, path: "s")
        #expect(config == nil)
        #expect(diagnostics.map(\.description) == [
            "s:7:3: warning: unknown glossary setting 'rename' (known: aliases, ignore, merge)",
            "s:4:5: error: 'GEM' in 'aliases' needs a spelling or a list of spellings, e.g. GEM: groupe d'entraide mutuelle",
            "s:6:10: error: 'merge' must be a mapping of terms, e.g. patient-expert ou partenaire: patient expert",
            "s:5:11: error: 'ignore' must be a list of terms, e.g. - pairs",
        ])
        #expect(SiteConfigParser.parse("title: G\nglossary: oui\n", path: "s").1.map(\.description) == ["s:2:11: error: 'glossary' must be a mapping (aliases:, ignore:, merge:)"])
    }

    @Test func titleIsRequired() {
        #expect(SiteConfigParser.parse("language: fr\n", path: "s").1.map(\.description) == ["s:1:1: error: missing required front matter key 'title'"])
    }
}
