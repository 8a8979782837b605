import GuidesMarkdown
import GuidesModel
@testable import GuidesRender
import GuidesText
import Testing

/// Terms as the graph merges them, for the linker tests.
let sampleTerms = [
    Term(id: "pair-aidance", name: "Pair-aidance"),
    Term(id: "pair-aidance-professionnelle", name: "Pair-aidance professionnelle"),
    Term(id: "mediateur-de-sante-pair", name: "Médiateur de santé pair", aliases: ["MSP"]),
    Term(id: "retablissement", name: "Rétablissement", aliases: ["Recovery"]),
    Term(id: "savoir-experientiel", name: "Savoir expérientiel"),
]

@Suite struct TermMatcherTests {
    let matcher = TermMatcher(terms: sampleTerms)

    func found(_ text: String) -> [String] {
        matcher.matches(in: text).map { String(text[$0.range]) + "→" + sampleTerms[$0.term].id }
    }

    @Test func inflectedFormsAndAliases() {
        #expect(found("Les médiatrices de santé paires et les MSP partagent leurs savoirs expérientiels.") == [
            "médiatrices de santé paires→mediateur-de-sante-pair", "MSP→mediateur-de-sante-pair", "savoirs expérientiels→savoir-experientiel",
        ])
        #expect(found("Le recovery, ou rétablissement, est un processus.") == ["recovery→retablissement", "rétablissement→retablissement"])
    }

    @Test func longestTermWinsAndMatchesNeverOverlap() {
        #expect(found("La pair-aidance professionnelle prolonge la pair-aidance.") == [
            "pair-aidance professionnelle→pair-aidance-professionnelle", "pair-aidance→pair-aidance",
        ])
    }

    @Test func wordsStartingAsAKeyDoByBytesAndByCharacters() {
        let prefixes = Set(sampleTerms.flatMap { [$0.name] + $0.aliases }.flatMap(TermKey.words).map { String($0.prefix(3)) })
        for word in ["pair", "pai", "pa", "msp", "médiatrices", "retablissement", "savoirs", "sav\u{1AB0}oir", "ωμεγα", "a", "zzz"] {
            let folded = Folding.fold(word)
            #expect(matcher.mayStartTerm(folded) == prefixes.contains(String(folded.prefix(3))), "\(word)")
        }
    }

    @Test func numberedCitationsByBytes() {
        let text = "Vu (4), puis (12) et (1234) ; (x) (7 ; (056) fin (9)"
        #expect(GuideBody.citations(in: text).map { "\(text[$0.0])=\($0.1)" } == ["(4)=4", "(12)=12", "(056)=56", "(9)=9"])
        #expect(GuideBody.citations(in: "é (3) à") .map(\.1) == [3])
        #expect(GuideBody.citations(in: "sans parenthèse").isEmpty)
    }

    @Test func wholeWordsOnlyAndAcronymsInCapitals() {
        // `pair` alone is not a term; `msp` in lower case is not the acronym.
        #expect(found("Un pair aide ; la msp ; les pairs-aidants ; une réparation") == [])
    }
}

@Suite struct GuideBodyDecorationTests {
    /// Renders `markdown` with term links shown as `[text→term]` and citations as `[n]`.
    func render(_ markdown: String, definitionLines: [Int: Set<Int>] = [:]) -> String {
        let document = MarkdownDocument(markdown)
        let sections = document.headings.enumerated().map { index, heading in
            Section(id: "s\(index)", title: heading.plainText, level: heading.headingLevel, location: SourceLocation(path: "x.md", line: heading.startLine))
        }
        let decoration = GuideBody.Decoration(
            matcher: TermMatcher(terms: sampleTerms), definitionLines: definitionLines,
            renderTermLink: { term, text, id in "<a data-term=\"\(sampleTerms[term].id)\" id=\"\(id)\">\(text)</a>" },
            renderCitation: { number, text in number == 4 ? "<a class=\"citation\">\(text)</a>" : nil })
        return GuideBody.renderHTML(document, sections: sections, decoration: decoration)
    }

    @Test func firstMentionPerSectionNeverInHeadingsOrLinks() {
        let html = render("""
        # Le rétablissement

        Le rétablissement est un chemin. Le rétablissement prend du temps.

        Voir [le rétablissement](https://example.org) et le [guide](#x).

        ## Suite

        Encore le rétablissement (4), et (5).
        """)
        #expect(html.components(separatedBy: "data-term=\"retablissement\"").count - 1 == 2, "\(html)")
        #expect(html.contains("<h2 id=\"s0\">Le rétablissement</h2>"))
        #expect(html.contains("<a href=\"https://example.org\">le rétablissement</a>"))
        #expect(html.contains("<a class=\"citation\">(4)</a>"))
        #expect(html.contains("et (5)."))
        #expect(html.contains("terme-1") && html.contains("terme-2"))
    }

    @Test func notInsideTheTermsOwnDefinition() {
        let html = render("""
        # Définitions

        La pair-aidance repose sur l'entraide entre pairs.

        Le rétablissement et la pair-aidance vont ensemble.
        """, definitionLines: [0: [3]])
        // Line 3 defines pair-aidance: its first link is on line 5.
        #expect(html.contains("<p>La pair-aidance repose"))
        #expect(html.contains("<a data-term=\"pair-aidance\" id=\"terme-2\">pair-aidance</a>"), "\(html)")
    }

    @Test func frenchTypographyInTextNodes() {
        let html = render("# Titre ?\n\n**Solutions** : « oui » !")
        #expect(html.contains("Titre\u{202F}?"))
        #expect(html.contains("<strong>Solutions</strong>\u{202F}: «\u{202F}oui\u{202F}»\u{202F}!"))
    }
}
