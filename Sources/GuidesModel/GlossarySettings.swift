/// What an editor says of the glossary in `content/site.yml` (`glossary:`), applied when the
/// definitions are merged into terms. Each entry keeps where it was written, so a rule that
/// no term matches can be reported at its line.
public struct GlossarySettings: Hashable, Sendable {
    /// One rule: `term` (as an editor spells it) and, for aliases and merges, the spelling it
    /// is joined to.
    public struct Entry: Hashable, Sendable {
        public var term: String
        public var target: String?
        public var location: SourceLocation

        public init(term: String, target: String? = nil, location: SourceLocation) {
            self.term = term
            self.target = target
            self.location = location
        }
    }

    /// `GEM: groupe d'entraide mutuelle`: `target` is another name of the term `term`; the two
    /// are one term, and the text links either spelling.
    public var aliases: [Entry]
    /// Terms left out of the glossary, whatever defines them.
    public var ignored: [Entry]
    /// `patient-expert ou partenaire: patient expert`: the term `term` is folded into the
    /// term `target`, whose name it keeps.
    public var merges: [Entry]

    public init(aliases: [Entry] = [], ignored: [Entry] = [], merges: [Entry] = []) {
        self.aliases = aliases
        self.ignored = ignored
        self.merges = merges
    }

    public var isEmpty: Bool { aliases.isEmpty && ignored.isEmpty && merges.isEmpty }
}
