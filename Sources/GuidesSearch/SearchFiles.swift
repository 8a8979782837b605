import GuidesModel
import GuidesPaths
import GuidesText

/// The search index of the site as files: its documents (the graph's items and the guides'
/// sections, with each section's own text) written as the shards the browser and `guides
/// search` read.
public enum SearchFiles {
    /// `sectionTexts`: per guide id, each section's text by section id.
    public static func make(graph: ContentGraph, sectionTexts: [String: [String: String]]) -> [OutputFile] {
        let index = SearchIndex(documents: SearchDocuments.collect(graph, sectionTexts: sectionTexts))
        let guides = graph.guides.map { (id: $0.id, title: $0.frontMatter.shortTitle.replacing("'", with: "’")) }
        let synonyms = SearchSynonyms(graph.site.searchSynonyms, index: index)
        return SearchShards.files(for: index, guides: guides, synonyms: synonyms).map { OutputFile(path: $0.path, text: $0.text) }
    }
}
