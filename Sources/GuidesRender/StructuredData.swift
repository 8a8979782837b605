import Foundation
import GuidesModel
import GuidesPaths

/// JSON-LD (schema.org) for search engines and other machines: `WebSite` on the home page,
/// `Article` on a guide, `DefinedTermSet`/`DefinedTerm` on the glossary, `FAQPage` on the
/// questions, `BreadcrumbList` wherever there are breadcrumbs.
enum StructuredData {
    static let context = "https://schema.org"

    /// The content of the page's `<script type="application/ld+json">`: sorted keys (the
    /// output is deterministic), and `</` escaped so no text can close the element.
    static func scriptContent(_ items: [[String: Any]]) -> String {
        guard !items.isEmpty else { return "" }
        let value: Any = items.count == 1 ? items[0] : ["@context": context, "@graph": items.map { $0.filter { $0.key != "@context" } }]
        // (Keys sorted, `</` escaped: what `JSONSerialization` gave, at a fraction of its cost.)
        return JSONText.encode(value)
    }

    static func website(_ site: SiteConfig) -> [String: Any] {
        ["@context": context, "@type": "WebSite", "name": site.title, "description": site.description, "url": site.baseURL, "inLanguage": site.language]
    }

    static func article(_ guide: Guide, site: SiteConfig) -> [String: Any] {
        let frontMatter = guide.frontMatter
        return [
            "@context": context, "@type": "Article", "headline": frontMatter.title, "description": frontMatter.summary,
            "inLanguage": site.language, "datePublished": frontMatter.date.description,
            "author": frontMatter.authors.map { ["@type": "Organization", "name": $0] },
            "publisher": ["@type": "Organization", "name": frontMatter.publisher],
            "url": Linker.canonical(.guide(guide.id), baseURL: site.baseURL),
        ]
    }

    static func definedTermSet(_ terms: [(term: Term, description: String)], site: SiteConfig) -> [String: Any] {
        let url = Linker.canonical(.glossary, baseURL: site.baseURL)
        return [
            "@context": context, "@type": "DefinedTermSet", "name": "Glossaire", "url": url, "inLanguage": site.language,
            "hasDefinedTerm": terms.map { definedTerm($0.term, description: $0.description, site: site, inSet: false) },
        ]
    }

    static func definedTerm(_ term: Term, description: String, site: SiteConfig, inSet: Bool = true) -> [String: Any] {
        var value: [String: Any] = [
            "@type": "DefinedTerm", "name": term.name, "description": description,
            "url": Linker.canonical(.term(term.id), baseURL: site.baseURL),
        ]
        if !term.aliases.isEmpty { value["alternateName"] = term.aliases }
        if inSet {
            value["@context"] = context
            value["inDefinedTermSet"] = Linker.canonical(.glossary, baseURL: site.baseURL)
        }
        return value
    }

    static func faqPage(_ faqs: [FAQ], site: SiteConfig) -> [String: Any] {
        [
            "@context": context, "@type": "FAQPage", "inLanguage": site.language,
            "mainEntity": faqs.map { faq in
                ["@type": "Question", "name": faq.question, "acceptedAnswer": ["@type": "Answer", "text": faq.answerText]] as [String: Any]
            },
        ]
    }

    static func breadcrumbList(_ crumbs: [Breadcrumb], page: PagePath, baseURL: String, linker: Linker) -> [String: Any] {
        [
            "@context": context, "@type": "BreadcrumbList",
            "itemListElement": crumbs.enumerated().map { position, crumb in
                var item: [String: Any] = ["@type": "ListItem", "position": position + 1, "name": crumb.title]
                // Crumbs link relatively; JSON-LD wants absolute URLs: resolve against the page's.
                item["item"] = crumb.url.map { absolute($0, from: page, baseURL: baseURL) } ?? Linker.canonical(page, baseURL: baseURL)
                return item
            },
        ]
    }

    /// `../../glossaire/index.html` seen from `glossaire/x/index.html` → the canonical URL.
    static func absolute(_ relative: String, from page: PagePath, baseURL: String) -> String {
        var directory = page.filePath.split(separator: "/").dropLast().map(String.init)
        var parts = relative.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        while parts.first == ".." { parts.removeFirst(); if !directory.isEmpty { directory.removeLast() } }
        var path = (directory + parts).joined(separator: "/")
        if path == "index.html" { path = "" } else if path.hasSuffix("/index.html") { path.removeLast("index.html".count) }
        return baseURL + path
    }
}
