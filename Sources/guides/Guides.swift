import ArgumentParser

/// The `guides` command line: thin wrappers over GuidesSite.
@main
struct Guides: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guides",
        abstract: "Builds the pair-aidance guides into a static, cross-linked website.",
        discussion: """
        Content lives in content/ (guides as Markdown with YAML front matter, site.yml), \
        templates in templates/ (Mustache), and the site is written to public/.
        Errors are printed as path:line:col: error: message.
        """,
        subcommands: [BuildCommand.self, ImportCommand.self, SpellCommand.self, GraphCommand.self, SearchCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
