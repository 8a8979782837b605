import GuidesExtract
import GuidesModel
import GuidesParser
import Testing

/// The editor in control: `glossary:` rules in site.yml, and directives that accept or reject
/// what the extractors read on weak evidence.
@Suite struct GlossaryRulesTests {
    static let guides = [
        walk("""
        # Glossaire

        **Groupe d'entraide mutuelle** : association d'usagers qui s'entraident et organisent ensemble des activités.

        **Patient-expert ou partenaire** : personne qui met son expérience de la maladie au service des soins et des autres.

        **Pairs** : personnes qui partagent une expérience de vie comparable à celle des personnes accompagnées.
        """, id: "a"),
        walk("""
        # Lexique

        **GEM** : lieu d'accueil géré par et pour des personnes qui vivent avec des troubles psychiques.

        **Patient expert** : patient qui a acquis une connaissance fine de sa maladie et la partage.
        """, id: "b"),
    ]

    static func rule(_ term: String, _ target: String? = nil, line: Int) -> GlossarySettings.Entry {
        .init(term: term, target: target, location: SourceLocation(path: "site.yml", line: line))
    }

    @Test func withoutRulesTheSpellingsStayApart() {
        let names = KnowledgeBuilder.build(Self.guides).0.terms.map(\.name)
        #expect(names == ["GEM", "Groupe d’entraide mutuelle", "Pairs", "Patient expert", "Patient-expert ou partenaire"])
    }

    @Test func aliasesJoinMergesRenameAndIgnoredTermsGo() {
        let glossary = GlossarySettings(
            aliases: [Self.rule("GEM", "groupe d'entraide mutuelle", line: 3)],
            ignored: [Self.rule("pair", line: 5)],
            merges: [Self.rule("patient-expert ou partenaire", "patient expert", line: 7)])
        let (knowledge, diagnostics) = KnowledgeBuilder.build(Self.guides, glossary: glossary)
        #expect(knowledge.terms.map(\.name) == ["GEM", "Patient expert"])
        let gem = try! #require(knowledge.terms.first)
        #expect(gem.aliases == ["Groupe d’entraide mutuelle"])
        #expect(Set(gem.definitions.map(\.provenance.guide)) == ["a", "b"])
        let expert = knowledge.terms[1]
        #expect(expert.aliases == ["Patient-expert ou partenaire"])
        #expect(expert.definitions.count == 2)
        #expect(diagnostics.isEmpty)
    }

    @Test func aMergeIntoATermNoGuideDefinesRenamesIt() {
        let glossary = GlossarySettings(merges: [Self.rule("patient-expert ou partenaire", "patient partenaire", line: 2)])
        let names = KnowledgeBuilder.build([Self.guides[0]], glossary: glossary).0.terms.map(\.name)
        #expect(names.contains("Patient partenaire"))
        #expect(!names.contains("Patient-expert ou partenaire"))
    }

    @Test func aRuleThatMatchesNothingIsReportedAtItsLine() {
        let glossary = GlossarySettings(
            aliases: [Self.rule("MSP", "médiateur de santé pair", line: 3)],
            ignored: [Self.rule("pair aidance", line: 5)],
            merges: [Self.rule("patient partenaire", "patient expert", line: 7)])
        let diagnostics = KnowledgeBuilder.build(Self.guides, glossary: glossary).1
        #expect(diagnostics.map(\.description) == [
            "site.yml:5:1: warning: glossary: no guide defines 'pair aidance'; nothing to ignore",
            "site.yml:7:1: warning: glossary: no guide defines 'patient partenaire'; nothing to merge into 'patient expert'",
            "site.yml:3:1: warning: glossary: no guide defines 'MSP'; the alias 'médiateur de santé pair' names nothing",
        ])
    }

    /// A weak definition stays in its guide; the editor's directive lets it reach the others,
    /// or drops it, in every pass (the sentence passes included).
    @Test func directivesAcceptOrRejectAWeakDefinition() {
        let text = """
        # Le projet

        Le coordinateur de parcours est un professionnel qui accompagne les personnes entre les services.
        """
        let plain = KnowledgeBuilder.build([walk(text, id: "c")]).0.terms
        let weak = try! #require(plain.first { $0.name == "Coordinateur de parcours" })
        #expect(weak.definitions.allSatisfy { $0.evidence.strength == .weak })
        #expect(!weak.reachesOtherGuides)

        let accepted = KnowledgeBuilder.build([walk(text.replacing("# Le projet\n", with: "# Le projet\n\n<!-- guides: definition -->"), id: "c")]).0.terms
        #expect(accepted.map(\.name) == ["Coordinateur de parcours"])
        #expect(accepted.first?.reachesOtherGuides == true)
        #expect(accepted.first?.definitions.first?.evidence.form.hasPrefix("accepted:") == true)

        let rejected = KnowledgeBuilder.build([walk(text.replacing("# Le projet\n", with: "# Le projet\n\n<!-- guides: ignore -->"), id: "c")]).0.terms
        #expect(rejected.isEmpty)
    }
}
