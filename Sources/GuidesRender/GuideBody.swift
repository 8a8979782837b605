import GuidesMarkdown
import GuidesModel

/// Turns a guide's cmark tree into the HTML of its page body.
public enum GuideBody {
    /// Headings get the ids of `sections` (same order as the document's headings) and move one
    /// level down, since the page's only `<h1>` is the guide's title. Then cmark renders the tree
    /// (safe mode: raw HTML from the content never reaches the page).
    public static func renderHTML(_ document: MarkdownDocument, sections: [Section]) -> String {
        let headings = document.headings
        precondition(headings.count == sections.count, "sections must come from this document")
        for (heading, section) in zip(headings, sections) {
            heading.setHeadingLevel(section.level + 1)
            heading.replaceHeading { level, innerHTML in
                "<h\(level) id=\"\(section.id)\">\(innerHTML)</h\(level)>\n"
            }
        }
        return document.renderHTML()
    }
}
