import GuidesText

/// Repairs that need the neighbouring words: `a` → `à`, participles after *avoir*, symbols for `à`.
enum OCRContext {
    /// Words after which `a` is the verb: `il a`, `qui a`, `y a`, `n'a`.
    static let subjects: Set<String> = [
        "il", "elle", "on", "qui", "y", "cela", "ça", "ce", "n", "l", "m", "t", "lui", "chacun", "personne",
        "rien", "tout", "quiconque", "celui", "celle", "ceci",
    ]
    /// Forms of *avoir* after which an `-e` ending is a lost `-é`: `j'ai trouve`.
    static let auxiliaries: Set<String> = [
        "ai", "a", "as", "avons", "avez", "ont", "avait", "avaient", "avais", "aurait", "auraient", "aurai",
        "avoir", "ayant", "eu", "aura", "auront",
    ]
    /// Infinitives not ending in `-er`/`-ir`, after which `a` can only be the preposition.
    static let infinitives: Set<String> = [
        "être", "faire", "dire", "prendre", "mettre", "vivre", "suivre", "écrire", "lire", "croire", "comprendre",
        "apprendre", "reconnaître", "connaître", "répondre", "attendre", "entendre", "rendre", "perdre", "construire",
        "produire", "conduire", "réduire", "introduire", "décrire", "permettre", "transmettre", "résoudre", "atteindre",
        "rejoindre", "voir", "savoir", "pouvoir", "devoir", "vouloir", "recevoir", "concevoir", "prévoir", "surmonter",
    ]

    /// Words that open a prepositional phrase after `à` and cannot follow the verb `a`
    /// (`à travers`, `à la fois`, `veiller à ce que`, `à petite échelle`).
    static let phrasesAfterPreposition: [[String]] = [
        ["travers"], ["partir"], ["la", "fois"], ["ce", "que"], ["ce", "qu"], ["propos"], ["savoir"], ["cause"],
        ["condition"], ["distance"], ["petite", "échelle"], ["long", "terme"], ["court", "terme"], ["titre"],
        ["l", "égard"], ["l", "origine"], ["l", "exception"], ["l", "interface"], ["eux", "seuls"], ["temps", "plein"],
        ["responsabilité", "limitée"], ["orientation"], ["outils"], ["égal"], ["peu", "près"], ["nouveau"],
    ]

    /// `following`: the words of the next two tokens; `preceding`: those of the two before
    /// (lowercased, elisions split: `d'accueil` is `d`, `accueil`).
    static func repair(_ token: OCRToken, previous: OCRToken?, next: OCRToken?, following: [String], preceding: [String] = [], sentenceStart: Bool, lexicon: FrenchLexicon) -> OCRWord.Repair? {
        switch token.core {
        case "a":
            guard let next else { return nil }
            let before = previous.flatMap { $0.suffix.isEmpty ? lastWord(of: $0.core) : nil } ?? ""
            let opensPhrase = !subjects.contains(before) && phrasesAfterPreposition.contains { Array(following.prefix($0.count)) == $0 }
            guard opensPhrase || isPreposition(previous: previous, next: next, lexicon: lexicon) else { return nil }
            return OCRWord.Repair(text: "à", rule: .preposition)
        case "à":
            // `il à été`, `qui à permis`, `n'à`: the OCR's language model put an accent on the
            // verb *avoir*; after a subject pronoun `à` cannot stand.
            // So is `à` before a past participle that is nothing else (`l'équipe à changé`,
            // not `à découvert`, `à venir`).
            let before = previous.flatMap { $0.suffix.isEmpty ? lastWord(of: $0.core).lowercased() : nil } ?? ""
            guard let next, !phrasesAfterPreposition.contains(where: { Array(following.prefix($0.count)) == $0 }) else { return nil }
            // Or before an adverb and such a participle (`le terme à largement remplacé`, `a
            // ensuite été`). An
            // object pronoun before it goes with the verb too (`qui vous à aidé`).
            // (`été` after `à` is always the participle: `l'arrivée du pair à été discutée`; an
            // object pronoun after a subject, `on en à envie`, leaves only the verb too.)
            let subjects = ["il", "elle", "on", "qui", "y", "n", "cela", "ça", "vous", "nous"]
            let objectAfterSubject = preceding.count >= 2 && subjects.contains(preceding[preceding.count - 2])
                && ["en", "le", "la", "les", "l", "lui", "leur", "m", "t", "s"].contains(before)
            let afterSubject = subjects.contains(before) || objectAfterSubject || firstWord(of: next.core) == "été"
            let adverbThenParticiple = following.count >= 2 && FrenchMorphology.shared?.isOnly(following[0], .adverb) == true
                && (isOnlyParticiple(following[1]) || following[1] == "été")
            guard afterSubject || next.prefix.isEmpty && (isOnlyParticiple(next.core) || adverbThenParticiple) else { return nil }
            return OCRWord.Repair(text: "a", rule: .accent)
        case "où":
            // Tesseract's language model accents `ou` too. The relative `où` opens a clause (`où
            // les personnes`, `où l'on`, `où trouver`), never a preposition or a quotation:
            // `des voix où à prendre`, `d'agir » où « appropriation` are `ou`; nor does it stand
            // between two acronyms or numbers (`CSAPA où CAARUD`). Nor does it join two
            // complements of `de` (`d'accueil où de distribution`, `de l'addiction où de la vie`).
            guard let next else { return nil }
            let after = firstWord(of: next.core)
            let coordinates = { (word: String) in word.count >= 2 && (word.allSatisfy(\.isNumber) || word.allSatisfy(\.isUppercase)) }
            let between = previous.map { $0.suffix.isEmpty && coordinates($0.core) && coordinates(next.core) } ?? false
            // (`où des personnes`, `où du personnel`: an article, the clause's subject.)
            let ofAndOf = ["de", "d"].contains(after) && next.prefix.isEmpty && previous?.suffix.isEmpty == true
                && preceding.suffix(3).contains { ["de", "d", "du", "des"].contains($0) }
            // Nor does a bare noun or adjective follow it (`directeurs où cadres`, `sociale où
            // médico-sociale`): a relative clause has its subject or verb there.
            let bareNoun = next.prefix.isEmpty && next.core.first?.isLowercase == true && !next.core.contains(where: { OCRWord.apostrophes.contains($0) })
                && FrenchMorphology.shared.map { morphology in
                    let readings = morphology.analyses(of: next.core)
                    return !readings.isEmpty && readings.allSatisfy { !$0.partsOfSpeech.isEmpty && $0.partsOfSpeech.isSubset(of: [.noun, .adjective]) }
                } == true
            guard ["à", "au", "aux"].contains(after) && next.prefix.isEmpty || next.text == "«" || next.prefix.hasPrefix("«") || between || ofAndOf || bareNoun
            else { return nil }
            return OCRWord.Repair(text: "ou", rule: .accent)
        case "cet", "Cet":
            // `Cet supervision`: `cet` stands only before a vowel or a mute `h`; before a
            // consonant the OCR lost letters of `cette` (or wrote `ce` long). The noun's gender
            // decides, when all its readings as a noun agree.
            guard let next, next.prefix.isEmpty, let initial = firstWord(of: next.core).first,
                  initial.isLetter, !"aeiouyhàâäéèêëîïôöùûüœ".contains(initial),
                  let morphology = FrenchMorphology.shared
            else { return nil }
            let nouns = morphology.analyses(of: firstWord(of: next.core)).filter { $0.partsOfSpeech.contains(.noun) }
            guard !nouns.isEmpty, Set(nouns.map(\.feminine)).count == 1 else { return nil }
            let word = nouns[0].feminine ? "cette" : "ce"
            return OCRWord.Repair(text: token.core == "Cet" ? word.capitalizedFirst : word, rule: .confusion)
        case "ler", "Ier", "ler.":
            // `le ler octobre`: the ordinal `1er`, its digit read as a letter.
            guard let next, FrenchDates.monthNames.contains(firstWord(of: next.core)) else { return nil }
            return OCRWord.Repair(text: "1er", rule: .confusion)
        case "@":
            return OCRWord.Repair(text: "à", rule: .symbol)
        case "&":
            // `aideront & accéder`: `&` for `à` before an infinitive, where `à` is certain; never
            // `Collins, P. & Ryan`, `apports & spécificités` or `équipes & éléments`, where it
            // means *et*.
            guard let previous, let next, previous.suffix.isEmpty, next.prefix.isEmpty,
                  previous.core.first?.isLowercase == true, next.core.first?.isLowercase == true,
                  FrenchMorphology.shared.map({ $0.can(firstWord(of: next.core), be: .infinitive) }) ?? true,
                  isPreposition(previous: previous, next: next, lexicon: lexicon) else { return nil }
            return OCRWord.Repair(text: "à", rule: .symbol)
        default:
            return participle(token, previous: previous, lexicon: lexicon)
        }
    }

    /// `a` is `à` when the next word is an infinitive or a reflexive pronoun, between two
    /// numbers, or when the clean guides always write `à` next to this word and never `a`.
    /// A subject before it (`il a`, `qui a`) keeps the verb.
    static func isPreposition(previous: OCRToken?, next: OCRToken, lexicon: FrenchLexicon) -> Bool {
        // The word before counts only when nothing separates it from `a`.
        let before = previous.flatMap { $0.suffix.isEmpty ? lastWord(of: $0.core) : nil } ?? ""
        if subjects.contains(before) { return false }
        guard next.prefix.isEmpty || next.prefix == "«" || next.prefix == "\"" else { return false }
        let after = firstWord(of: next.core)
        if before.allSatisfy(\.isNumber), !before.isEmpty, after.allSatisfy(\.isNumber), !after.isEmpty { return true }
        // `l'équipe a changé`, `l'équipe a pris le temps`, `l'assistante sociale a dit`: the verb
        // before a participle, whatever the word before usually precedes (but `à découvert`).
        if isOnlyParticiple(after) { return false }
        if let morphology = FrenchMorphology.shared, morphology.can(after, be: .pastParticiple), !["découvert", "couvert"].contains(after) { return false }
        if after == "se" || after == "s" { return true }
        // `à` + `le` is `au`: `a du mal` is the verb.
        if after == "du" { return false }
        if lexicon.containsExactly(after), after.hasSuffix("er") || after.hasSuffix("ir") || infinitives.contains(after) {
            return lexicon.usage.after[after].map { $0.verb == 0 } ?? true
        }
        let usageAfter = lexicon.usage.after[after] ?? FrenchUsage.Tally()
        let usageBefore = lexicon.usage.before[before] ?? FrenchUsage.Tally()
        if usageAfter.verb > 0 && usageAfter.preposition == 0 { return false }
        if usageBefore.verb > 0 && usageBefore.preposition == 0 { return false }
        return usageAfter.preposition >= 2 && usageAfter.verb == 0 || usageBefore.preposition >= 2 && usageBefore.verb == 0
    }

    /// A word whose every reading is a past participle (`changé`, `retrouvé`; not `vécu` nor
    /// `permis`, also nouns, nor `lui`, also a pronoun).
    static func isOnlyParticiple(_ core: String) -> Bool {
        guard let morphology = FrenchMorphology.shared, core.first?.isLowercase == true else { return false }
        return morphology.isOnly(core, .pastParticiple)
    }

    /// `j'ai trouve` → `j'ai trouvé`, `ont ete` is left to the accent rule (not a word).
    /// A noun of a locution with *avoir* stays (`j'ai envie`, `il a charge de`).
    static func participle(_ token: OCRToken, previous: OCRToken?, lexicon: FrenchLexicon) -> OCRWord.Repair? {
        guard let previous, previous.suffix.isEmpty, auxiliaries.contains(lastWord(of: previous.core)),
              token.prefix.isEmpty, token.core.count >= 4, token.core.allSatisfy(\.isLetter),
              token.core.first?.isLowercase == true
        else { return nil }
        let core = token.core
        let accented: String
        if core.hasSuffix("es"), !core.hasSuffix("ées") {
            accented = core.dropLast(2) + "és"
        } else if core.hasSuffix("e"), !core.hasSuffix("ée") {
            accented = core.dropLast() + "é"
        } else {
            return nil
        }
        guard lexicon.containsExactly(accented), lexicon.corpusCount(of: accented) > 0 || lexicon.corpusCount(of: core) == 0,
              !FrenchWordLists.nounsAfterAvoir.contains(core)
        else { return nil }
        return OCRWord.Repair(text: accented, rule: .participle)
    }

    /// `qu'il` → `il`; `Chacun.e` (inclusive writing) → `chacun`.
    private static func lastWord(of core: String) -> String {
        let word = OCRWord.pieces(of: core).last ?? ""
        return String(word.split(separator: ".").first ?? "").lowercased()
    }

    private static func firstWord(of core: String) -> String {
        (OCRWord.pieces(of: core).first ?? "").lowercased()
    }
}
