import GuidesModel
import GuidesText

/// Finds the recommended actions of a guide: the items of its good-practice lists.
///
/// French patterns recognised (headings or bold labels introducing a list):
/// `Bonnes pratiques…` (kind `bonne-pratique`), `Solutions` (`solution`), `Recommandations`,
/// `Préconisations`, `Conseils`, `Leviers` (`recommandation`). A heading covers the lists of its
/// whole section, sub-sections included (`# Recommandations` › `## 1) Niveaux national…`); a
/// bold label covers the list right after it. Also the action lists of a part titled
/// `… et solutions`, under its sub-headings.
///
/// A list elsewhere (missions of a role, contents, examples, points of vigilance) is
/// description, not practice.
public enum PracticeExtractor: GuideExtractor {
    /// Titles that announce practices (`FrenchWordLists.practiceTitles`): the kind their lists
    /// get, and whether a list must open with an action to count (`Comment…`, `Points clés`
    /// may also head facts).
    static let markers: [(words: String, kind: Practice.Kind, needsAction: Bool)] = FrenchWordLists.practiceTitles.compactMap { entry in
        Practice.Kind(rawValue: entry.kind).map { (entry.words, $0, entry.needsAction) }
    }


    /// The practices, and notes on the lists of a `… vigilance et solutions` part read as
    /// problems rather than actions.
    public static func read(_ walk: GuideWalk, context: ExtractionContext = ExtractionContext()) -> Extraction<Practice> {
        var result: [Practice] = []
        var notes: [Diagnostic] = []
        let blocks = walk.blocks
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            index += 1
            // A bold label alone on its line, then a list.
            if case .paragraph = block.kind, let label = block.leadingStrong, block.afterStrong?.isEmpty ?? true,
               let kind = kind(of: label), index < blocks.count, blocks[index].isItem
            {
                while index < blocks.count, blocks[index].isItem {
                    if case .item(0, _, _) = blocks[index].kind {
                        result.append(practice(blocks[index], heading: label, kind: kind, walk: walk))
                    }
                    index += 1
                }
                continue
            }
            // A lead-in sentence announcing recommendations (`Parmi les leviers proposés, elle
            // prône :`) or questions to ask oneself (`Vous pouvez vous poser les questions
            // suivantes :`).
            // (`Le groupe formule les recommandations suivantes.` announces its list too.)
            if case .paragraph = block.kind, block.text.hasSuffix(":") || announcesChecklist(block.text) || Folding.fold(String(block.text.suffix(60))).contains("suivantes"),
               let kind: Practice.Kind = announcesChecklist(block.text) ? .checklist : announcesRecommendations(block.text) ? .recommandation : nil,
               index < blocks.count, blocks[index].isItem, !inResourcesPart(block, walk: walk)
            {
                let heading = block.section.map { walk.guide.sections[$0].title } ?? block.text
                while index < blocks.count, blocks[index].isItem {
                    if case .item(0, _, _) = blocks[index].kind {
                        result.append(practice(blocks[index], heading: heading, kind: kind, walk: walk, evidence: .strong("lead-in")))
                    }
                    index += 1
                }
                continue
            }
            // `p. 101 – Développer des dispositifs…`: an action quoted from a page of a plan.
            if block.isItem, let action = pageAction(block.text) {
                let heading = block.section.map { walk.guide.sections[$0].title } ?? ""
                var item = block
                item.text = action
                result.append(practice(item, heading: heading, kind: .recommandation, walk: walk))
                continue
            }
            // `Mesure n° 16 : Soutenir…`, `Action n° 34 : Améliorer…` in a policy text.
            if let label = numberedMeasure(block.text), !block.isHeading {
                result.append(practice(block, heading: label, kind: .recommandation, walk: walk))
                continue
            }
            // `<!-- guides: practice -->` before a list: the editor says it is one.
            if block.directive == .practice, case .item(0, _, _) = block.kind {
                let heading = block.section.map { walk.guide.sections[$0].title } ?? ""
                result.append(practice(block, heading: heading, kind: kind(of: heading) ?? .recommandation, walk: walk))
                continue
            }
            // Sub-items detail their item; they are not practices of their own.
            guard case .item(0, _, _) = block.kind, let section = block.section else { continue }
            // A resources part lists works, even inside a practices part (`Outils` › `Guide`).
            if walk.isInReferencePart(section) { continue }
            // Advice in the second person plural (`Parlez de votre projet…`, `Associez les
            // personnes concernées…`), two items of a list or more, whatever the heading: the
            // imperative items only (a list of lessons may mix statements and advice).
            if isImperative(block), imperativeItems(around: index - 1, in: blocks) >= 2, !inResourcesPart(block, walk: walk) {
                let heading = walk.guide.sections[section].title
                result.append(practice(block, heading: heading, kind: .recommandation, walk: walk, evidence: .strong("imperative-list")))
                continue
            }
            // The nearest enclosing heading that announces practices.
            let path = walk.path(of: section)
            for (depth, title) in path.enumerated().reversed() {
                guard let marker = marker(of: title) else { continue }
                let kind = marker.kind
                // `Comment recruter ?`, `Points clés`: advice only when the list opens with an action.
                if marker.needsAction, !isAction(listHead(at: index - 1, in: blocks)) { break }
                // `Les points de vigilance et solutions`: only its action lists, i.e. lists not
                // introduced as problems (a list after a bold `Solutions` label is taken above).
                if Folding.fold(title).contains("vigilance"), !isAction(listHead(at: index - 1, in: blocks)) {
                    if listHead(at: index - 1, in: blocks).line == block.line {
                        notes.append(.note(
                            "list under '\(title)' read as points of vigilance, not solutions (its first item is not an action); mark it with <!-- guides: practice --> if it lists actions",
                            at: SourceLocation(path: walk.guide.path, line: block.line)))
                    }
                    break
                }
                let heading = depth == path.count - 1 ? title : path[path.count - 1]
                result.append(practice(block, heading: heading, kind: kind, walk: walk))
                break
            }
        }
        return Extraction(items: result, notes: notes)
    }

    static func kind(of title: String) -> Practice.Kind? { marker(of: title)?.kind }

    /// The first marker a title holds (`comment ` only at its start: `Comment recruter ?`).
    static func marker(of title: String) -> (words: String, kind: Practice.Kind, needsAction: Bool)? {
        let folded = Folding.fold(DefinitionExtractor.withoutNumber(title)).replacingOccurrences(of: "’", with: "'")
        return markers.first { marker in
            marker.words.hasSuffix(" ") ? folded.hasPrefix(marker.words) : folded.contains(marker.words)
        }
    }

    static func inResourcesPart(_ block: GuideWalk.Block, walk: GuideWalk) -> Bool {
        walk.isInReferencePart(block.section)
    }

    static let announcing = [
        "recommand", "precon", "leviers", "prone", "propositions", "conseil", "etapes", "pistes d'action", "a faire",
        "orientations suivantes", "mesures suivantes", "actions suivantes",
    ]

    /// `Vous pouvez vous poser les questions suivantes :`, `Questions à se poser :`.
    static func announcesChecklist(_ text: String) -> Bool {
        let folded = Folding.fold(text).replacingOccurrences(of: "’", with: "'")
        guard !folded.hasAtLeast(200) else { return false }
        return ["questions suivantes", "vous poser les questions", "se poser les questions", "questions a se poser", "questions a vous poser",
                "vous demander", "verifiez que", "points a verifier", "check-list", "checklist", "au minimum :"].contains { includes(folded, $0) }
    }

    static func announcesRecommendations(_ text: String) -> Bool {
        let folded = Folding.fold(text)
        return announcing.contains { includes(folded, $0) }
    }

    /// `p. 103 – Favoriser la pair-aidance : …` → `Favoriser la pair-aidance : …`, when what
    /// follows the page number is an action (an infinitive).
    static func pageAction(_ text: String) -> String? {
        guard text.hasPrefix("p. ") || text.hasPrefix("p.") else { return nil }
        let afterPage = text.dropFirst(2).drop { $0 == " " }
        let digits = afterPage.prefix { $0.isNumber }
        guard !digits.isEmpty else { return nil }
        let rest = String(afterPage.dropFirst(digits.count).drop { " –—-:".contains($0) })
        let first = Folding.fold(String(rest.prefix { $0 != " " }))
        return first.hasSuffix("er") || first.hasSuffix("ir") || first.hasSuffix("re") ? rest : nil
    }

    /// `Recommandation n° 10`, `Mesure n° 16 : …` → the label (`Mesure n° 16`).
    static func numberedMeasure(_ text: String) -> String? {
        let folded = Folding.fold(String(text.prefix(40)))
        // (Every label below starts with one of these letters: most items are left at once.)
        guard let first = folded.utf8.first, "amrpoc".utf8.contains(first) else { return nil }
        for word in ["action", "mesure", "recommandation", "proposition", "objectif", "chantier", "preconisation"]
            where folded.hasPrefix(word + " n") || folded.dropFirst(word.count + 1).first?.isNumber == true && folded.hasPrefix(word + " ")
        {
            guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "–" }), text.distance(from: text.startIndex, to: colon) < 30 else { return nil }
            return String(text[..<colon]).trimmed
        }
        return nil
    }

    /// The first item of the list the item at `index` belongs to: a list is an action list
    /// when it opens with an action, even if a later item describes (`Présenter…` then `La ou
    /// le travailleur·euse pair peut avoir une mission d'ambassadeur`).
    static func listHead(at index: Int, in blocks: [GuideWalk.Block]) -> GuideWalk.Block {
        var head = index
        while head > 0, blocks[head - 1].isItem, blocks[head - 1].section == blocks[index].section { head -= 1 }
        return blocks[head]
    }

    /// An item that starts with an infinitive or an imperative (`Prévoir…`, `S'informer…`,
    /// `Afin de…`), i.e. an action rather than a problem.
    /// `Parlez…`, `N'écrivez…`, `Rencontrez-le…`: an item opening on a verb in the imperative,
    /// second person plural (libhunspell), which no descriptive list does.
    static func isImperative(_ item: GuideWalk.Block) -> Bool {
        guard let morphology = FrenchMorphology.shared else { return false }
        var words = FrenchWords.words(in: String(item.text.prefix(40))).prefix(3).map { String($0).lowercased() }
        if let first = words.first, ["n", "ne"].contains(Folding.fold(first)) { words.removeFirst() }
        guard let verb = words.first?.split(separator: "-").first.map(String.init), verb.hasSuffix("ez") else { return false }
        return morphology.can(verb, be: .imperative)
    }

    /// How many items of the list holding `index` (top level) advise in the imperative.
    static func imperativeItems(around index: Int, in blocks: [GuideWalk.Block]) -> Int {
        var start = index
        while start > 0, blocks[start - 1].isItem { start -= 1 }
        var end = index
        while end + 1 < blocks.count, blocks[end + 1].isItem { end += 1 }
        return blocks[start...end].filter { if case .item(0, _, _) = $0.kind { isImperative($0) } else { false } }.count
    }

    static func isAction(_ item: GuideWalk.Block) -> Bool {
        let words = FrenchWords.words(in: String(item.text.prefix(40))).prefix(3).map { String($0) }
        guard var first = words.first else { return false }
        let folded = Folding.fold(first)
        if ["afin", "pour"].contains(folded) { return true }
        // `Ne demandez pas…`, `S'informer…`, `N'hésitez pas…`: the verb after the particle.
        if ["s", "se", "ne", "n"].contains(folded), words.count > 1 { first = words[1] }
        if let morphology = FrenchMorphology.shared {
            // `Co-définir`, `Parlez-en`: the whole word, else its parts.
            let parts = first.split(separator: "-").map { String($0).lowercased() }
            let forms = [first.lowercased()] + parts.reversed()
            for form in forms where morphology.can(form, be: .infinitive) || morphology.can(form, be: .imperative) && form.hasSuffix("ez") {
                return true
            }
            if morphology.knows(first.lowercased()) || parts.count == 1 && morphology.knows(parts[0]) { return false }
        }
        let bare = Folding.fold(first)
        return bare.hasSuffix("er") || bare.hasSuffix("ir") || bare.hasSuffix("re") || bare.hasSuffix("ez")
    }

    static func practice(_ item: GuideWalk.Block, heading: String, kind: Practice.Kind, walk: GuideWalk, evidence: Evidence = .strong("practice-list")) -> Practice {
        Practice(
            id: "", text: item.text, heading: heading, kind: kind, theme: theme(of: item, heading: heading, walk: walk),
            provenance: walk.provenance(of: item), evidence: evidence)
    }

    /// The themes practices are grouped by, and the words (folded) of a section title or block
    /// heading that place a practice in one, checked in this order.
    static let themes: [(theme: String, words: [String])] = [
        ("préparer l’équipe", ["preparer l equipe", "en amont", "representations", "besoins", "s interroger en equipe"]),
        ("recrutement", ["recrut", "candidat", "entretien", "fiche de poste", "profil", "est pret"]),
        ("formation", ["formation", "former"]),
        ("financement et évolution du poste", ["financ", "organisation rh", "valorisation", "evolution des missions", "statut", "contrat"]),
        ("politiques publiques", [
            "strateg", "national", "regional", "mesure", "action n", "objectif n", "recommandation n", "feuille de route", "plan ",
            "autisme", "pauvrete", "handicap", "think-tank", "entreprise", "zero sans solution", "securiser les parcours",
        ]),
        ("intégration dans l’organisation", ["integr", "vie de l equipe", "agenda", "organisation", "accueil", "accompagn"]),
        ("devenir travailleur pair", ["devenir", "envisagent"]),
    ]

    /// The theme of a practice, one of `themes`: from the deepest section title or block
    /// heading that names one (`Mener l'entretien de recrutement` → *recrutement*), else
    /// *autres recommandations*.
    static func theme(of item: GuideWalk.Block, heading: String, walk: GuideWalk) -> String {
        let places = [heading] + walk.path(of: item.section).reversed()
        for place in places {
            let folded = " " + TermKey.words(place).joined(separator: " ") + " "
            let plain = Folding.alphanumericKey(place)
            for (theme, words) in themes where words.contains(where: { includes(plain, $0) || includes(folded, $0) }) {
                return theme
            }
        }
        return "autres recommandations"
    }
}
