import GuidesMarkdown
import Testing

@Suite struct MarkdownDocumentTests {
    @Test func rendersCommonMark() {
        let document = MarkdownDocument("# Titre\n\nUn *paragraphe* avec un [lien](https://example.org).\n")
        #expect(document.renderHTML() == "<h1>Titre</h1>\n<p>Un <em>paragraphe</em> avec un <a href=\"https://example.org\">lien</a>.</p>\n")
    }

    @Test func dropsRawHTMLAndUnsafeLinks() {
        let html = MarkdownDocument("<script>alert(1)</script>\n\nTexte <b>gras</b> [x](javascript:alert(1))\n").renderHTML()
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func smartPunctuation() {
        let html = MarkdownDocument("\"Le travail pair\" -- c'est ... simple\n").renderHTML()
        #expect(html == "<p>“Le travail pair” – c’est … simple</p>\n")
    }

    @Test func iteratesNodesWithSourcePositions() {
        let document = MarkdownDocument("Intro\n\n## Rétablissement\n\ntexte\n\n### Empowerment\n")
        let headings = document.headings
        #expect(headings.map(\.headingLevel) == [2, 3])
        #expect(headings.map(\.plainText) == ["Rétablissement", "Empowerment"])
        #expect(headings.map(\.startLine) == [3, 7])
        #expect(document.allNodes.first?.kind == .document)
    }

    @Test func plainTextOfInlineMarkup() {
        let document = MarkdownDocument("# Le **travail** `pair`\n")
        #expect(document.headings[0].plainText == "Le travail pair")
    }

    @Test func headingsCanBeRelevelledAndAnchored() {
        let document = MarkdownDocument("# Qu'est-ce que *le* travail pair ?\n\nTexte.\n")
        let heading = document.headings[0]
        heading.setHeadingLevel(2)
        heading.replaceHeading { level, inner in "<h\(level) id=\"x\">\(inner)</h\(level)>\n" }
        #expect(document.renderHTML() == "<h2 id=\"x\">Qu’est-ce que <em>le</em> travail pair ?</h2>\n<p>Texte.</p>\n")
        #expect(document.headings.isEmpty)
    }

    @Test func headingLevelIsClamped() {
        let document = MarkdownDocument("###### Six\n")
        document.headings[0].setHeadingLevel(9)
        #expect(document.headings[0].headingLevel == 6)
    }

    @Test func emptyInputIsAnEmptyDocument() {
        #expect(MarkdownDocument("").renderHTML() == "")
    }
}
