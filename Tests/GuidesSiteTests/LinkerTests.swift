@testable import GuidesPaths
import Testing

/// Relative links between the site's files: they must work from any host and from `file://`.
@Suite struct LinkerTests {
    @Test(arguments: [
        (PagePath.home, PagePath.guide("a"), "guides/a/index.html"),
        (PagePath.guide("a"), PagePath.home, "../../index.html"),
        (PagePath.guide("a"), PagePath.guide("b"), "../b/index.html"),
        (PagePath.term("x"), PagePath.glossary, "../index.html"),
        (PagePath.glossary, PagePath.term("x"), "x/index.html"),
        (PagePath.practicesOfGuide("a"), PagePath.term("x"), "../../glossaire/x/index.html"),
        (PagePath.bibliography, PagePath.bibliographyFile("bibliographie.bib"), "bibliographie.bib"),
        (PagePath.notFound, PagePath.asset("style.css"), "assets/style.css"),
        (PagePath.term("glossaire"), PagePath.term("glossaire-2"), "../glossaire-2/index.html"),
        (PagePath.guide("a"), PagePath.guide("a"), "index.html"),
    ])
    func relativeLinks(from: PagePath, to: PagePath, expected: String) {
        #expect(Linker(.relative(from: from)).link(to: to) == expected)
    }

    @Test func fragmentsAndOwnPage() {
        let linker = Linker(.relative(from: .guide("a")))
        #expect(linker.link(to: .guide("a"), fragment: "s") == "#s")
        #expect(linker.link(to: .bibliography, fragment: "ref-1") == "../../bibliographie/index.html#ref-1")
        #expect(linker.root == "../../")
        #expect(Linker(.relative(from: .home)).root == "")
        #expect(Linker(.rooted(baseURL: "/site/")).link(to: .term("x")) == "/site/glossaire/x/index.html")
    }
}
