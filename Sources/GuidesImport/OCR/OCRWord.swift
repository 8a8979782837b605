import GuidesText

/// Which OCR repair rule made a change; shown in the import report.
public enum OCRRule: String, Sendable, Hashable {
    /// Dropped or wrong accents: `etait` → `était`, `problemes` → `problèmes`.
    case accent
    /// A known OCR confusion: `gu` read for `qu`, `é` for `ô`, `¢` for `ç`, `rn` for `m`…
    case confusion
    /// A damaged elided article or pronoun: `I'équipe`, `|'aide`, `gu'il`, `'usager`.
    case elision
    /// The pronoun `il`/`ils` read as pipes, `l` or digits: `||` → `Il`, `lls` → `Ils`, `11 a` → `Il a`.
    case pronoun
    /// Two words glued together: `quiont` → `qui ont`, `linadéquation` → `l'inadéquation`.
    case glued
    /// Letters doubled with two cases or a stray prefix: `Mméme` → `même`, `thToutefois` → `Toutefois`.
    case stray
    /// A word cut at a line end, with or without a hyphen: `exp` / `ériences` → `expériences`.
    case lineEnd = "line-end"
    /// `a` restored to `à` where usage leaves no doubt (`a travers`, `de 20 a 30`).
    case preposition
    /// A past participle that lost its accent after *avoir*: `j'ai trouve` → `j'ai trouvé`.
    case participle
    /// A stray symbol standing for `à`: `@`, `&` between French words.
    case symbol
    /// A list bullet the OCR read as a letter: `e Lancer…` → `- Lancer…`.
    case bullet
    /// A capital the OCR gave a line's first word inside a sentence: `des` / `Structures de`
    /// → `structures`.
    case capital
}

/// Repairs one OCR-damaged word, alone: pure, deterministic, never touches a known word.
///
/// A damaged form is fixed only when it is not a word and the most likely confusions produce
/// exactly one known word (ties between several are broken only by the clean guides' usage).
enum OCRWord {
    /// `il`/`ils` as the OCR reads them; capitalised at a sentence start.
    static let pronounForms: [String: String] = [
        "|": "il", "||": "il", "|l": "il", "[l": "il", "l|": "il", "lI": "il", "11": "il", "1": "il", "1l": "il", "l1": "il", "II": "il", "I": "il",
        "lls": "ils", "lIs": "ils", "IIs": "ils", "|ls": "ils", "||s": "ils",
    ]

    /// Elided words (`l'`, `qu'`…), lowercase.
    static var elisions: Set<String> { FrenchWordLists.elisions }

    /// Short words that glue onto their neighbour when the OCR loses a space (`leurdocument`).
    static let gluable: Set<String> = [
        "de", "la", "le", "les", "des", "du", "un", "une", "et", "en", "qui", "que", "leur", "leurs", "ne", "se",
        "ce", "sa", "son", "ses", "au", "aux", "ou", "ai", "ont", "est", "sont", "pas", "plus", "pour", "par",
        "sur", "dans", "avec", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "tu", "mon", "ma", "mes",
    ]

    static let apostrophes: Set<Character> = ["'", "’", "‘"]

    /// A token's words on either side of its apostrophes: `d'accueil` → `d`, `accueil`.
    static func pieces(of core: String) -> [String] {
        core.split(whereSeparator: { apostrophes.contains($0) }).map(String.init)
    }

    /// A repaired word and the rule that produced it.
    struct Repair: Equatable {
        var text: String
        var rule: OCRRule
    }

    /// The token's repair, or nil when it is a word, a name, English, or cannot be repaired
    /// with certainty. `core` has its surrounding punctuation already removed.
    static func repair(_ core: String, sentenceStart: Bool, vocabulary: OCRVocabulary) -> Repair? {
        let lexicon = vocabulary.lexicon
        if let pronoun = pronounForms[core] {
            return Repair(text: sentenceStart ? pronoun.capitalizedFirst : pronoun, rule: .pronoun)
        }
        guard isWordLike(core), !isKnown(core, lexicon: lexicon) else { return nil }
        let normalised = normaliseApostrophes(core)
        if normalised != core, lexicon.containsExactly(normalised) { return Repair(text: normalised, rule: .elision) }
        if let apostrophe = normalised.firstIndex(where: { apostrophes.contains($0) }) {
            let repaired = repairElided(normalised, apostrophe: apostrophe, sentenceStart: sentenceStart, vocabulary: vocabulary)
            // A word with an apostrophe inside, not after an elision (`aujourd'hul`).
            if repaired == nil, repairElisionPrefix(String(normalised[..<apostrophe]), sentenceStart: sentenceStart) == nil,
               let whole = repairPlain(normalised, sentenceStart: sentenceStart, vocabulary: vocabulary), !whole.text.contains(" ")
            {
                return Repair(text: whole.text, rule: .confusion)
            }
            return repaired ?? (normalised != core ? Repair(text: normalised, rule: .elision) : nil)
        }
        if normalised.contains("-") {
            return repairCompound(normalised, sentenceStart: sentenceStart, vocabulary: vocabulary)
        }
        return repairPlain(normalised, sentenceStart: sentenceStart, vocabulary: vocabulary)
    }

    /// Known as it is, to the lists or to the morphology, or with its ligature spelled out
    /// (`manœuvre` when the list has `manoeuvre`), or with an accent on its initial capital (`Evaluer`, `Etat`: French
    /// typography allows unaccented capitals).
    static func isKnown(_ word: String, lexicon: FrenchLexicon) -> Bool {
        if lexicon.containsExactly(word) || lexicon.containsExactly(spellingVariantKey(word.lowercased())) { return true }
        // Inflections the lists lack (`professionnalisées`, `coanimées`): the morphology knows them.
        if word.count >= 4, let morphology = FrenchMorphology.shared, morphology.knows(word) || morphology.knows(word.lowercased()) { return true }
        guard let first = word.first, first.isUppercase, "EAIOU".contains(first) else { return false }
        let rest = word.dropFirst().lowercased()
        return lexicon.words(foldingLike: word).contains { $0.dropFirst() == rest && $0.first != first.lowercased().first }
    }

    /// Letters, apostrophes, hyphens and the junk characters OCR puts in words; no digits,
    /// URLs, Markdown or brackets that close.
    static func isWordLike(_ core: String) -> Bool {
        guard core.contains(where: \.isLetter) else { return false }
        return core.allSatisfy { $0.isLetter || $0 == "-" || apostrophes.contains($0) || "|¢!".contains($0) }
            || (core.first == "[" && core.dropFirst().allSatisfy { $0.isLetter || apostrophes.contains($0) })
    }

    /// `n'‘avait` → `n'avait`, `qu!'il` → `qu'il`.
    static func normaliseApostrophes(_ core: String) -> String {
        var result = ""
        for character in core {
            if apostrophes.contains(character) || character == "!" {
                if let last = result.last, apostrophes.contains(last) || last == "!" {
                    if last == "!" { result.removeLast(); result.append(character) }
                    continue
                }
            }
            result.append(character)
        }
        return result
    }

    static func repairElided(_ core: String, apostrophe: String.Index, sentenceStart: Bool, vocabulary: OCRVocabulary) -> Repair? {
        let lexicon = vocabulary.lexicon
        let whole = lexicon.words(foldingLike: core)
        if whole.count == 1 { return Repair(text: applyCasing(of: core, to: whole[0]), rule: .accent) }
        let prefix = String(core[..<apostrophe])
        let mark = core[apostrophe]
        let rest = String(core[core.index(after: apostrophe)...])
        // `jusqu'a`: only the preposition can follow.
        if prefix.lowercased() == "jusqu", rest == "a" { return Repair(text: prefix + String(mark) + "à", rule: .preposition) }
        guard !rest.isEmpty, !rest.contains(where: { apostrophes.contains($0) }) else { return nil }
        var rule: OCRRule?
        var fixedPrefix = prefix
        if !elisions.contains(prefix.lowercased()) {
            guard let repaired = repairElisionPrefix(prefix, sentenceStart: sentenceStart) else { return nil }
            // A lost letter before the apostrophe is `l'` before a noun; before a verb it may
            // be any elided pronoun (`que 'accompagne`: `j'`, `l'`, `m'`…).
            if prefix.isEmpty, let readings = FrenchMorphology.shared?.analyses(of: rest), !readings.isEmpty,
               readings.allSatisfy({ $0.partsOfSpeech.isDisjoint(with: [.noun, .adjective, .name, .infinitive]) })
            {
                return nil
            }
            fixedPrefix = repaired
            rule = .elision
        }
        var fixedRest = rest
        // Elision comes before a vowel or h only: `I'nomme`, `I'neure` lost the h.
        // (Nor before a consonant at all: `‘st réservé` is `est` that lost its `e`, not `l'st`.)
        if let first = rest.first, !"aeiouyhàâéèêëîïôûüœAEIOUYHÀÂÉÈÊÎÔŒ".contains(first) {
            let withH = "h" + rest.dropFirst()
            guard rest.count > 2, lexicon.containsExactly(withH) else { return nil }
            return Repair(text: fixedPrefix + String(mark) + withH, rule: .confusion)
        }
        if !lexicon.contains(rest), let repaired = repair(rest, sentenceStart: false, vocabulary: vocabulary) {
            fixedRest = repaired.text
            rule = rule ?? repaired.rule
        }
        guard let rule else { return nil }
        return Repair(text: fixedPrefix + String(mark) + fixedRest, rule: rule)
    }

    /// `I`, `|`, `[`, `lI`, `ll` or nothing for `l`; `gu` for `qu`.
    static func repairElisionPrefix(_ prefix: String, sentenceStart: Bool) -> String? {
        let l = sentenceStart && prefix.isEmpty ? "L" : "l"
        switch prefix {
        case "", "I", "|", "[", "lI", "ll", "1", "!": return l
        default:
            let lowered = prefix.lowercased().replacing("qg", with: "q").replacing("gq", with: "q").replacing("gu", with: "qu")
            guard elisions.contains(lowered) else { return nil }
            return prefix.first?.isUppercase == true ? lowered.capitalizedFirst : lowered
        }
    }

    static func repairCompound(_ core: String, sentenceStart: Bool, vocabulary: OCRVocabulary) -> Repair? {
        let lexicon = vocabulary.lexicon
        let parts = core.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if parts.allSatisfy({ isKnown($0, lexicon: lexicon) || $0.isEmpty }) { return nil }
        let whole = lexicon.words(foldingLike: core)
        if whole.count == 1 { return Repair(text: applyCasing(of: core, to: whole[0]), rule: .accent) }
        var rule: OCRRule?
        var fixed: [String] = []
        for (index, part) in parts.enumerated() {
            // A part is repaired, never split (`neuro-` is not `n'euro-`).
            if !part.isEmpty, !isKnown(part, lexicon: lexicon),
               let repaired = repairPlain(part, sentenceStart: sentenceStart && index == 0, vocabulary: vocabulary, inCompound: true),
               repaired.rule != .glued
            {
                fixed.append(repaired.text)
                rule = rule ?? repaired.rule
            } else {
                fixed.append(part)
            }
        }
        guard let rule else { return nil }
        return Repair(text: fixed.joined(separator: "-"), rule: rule)
    }

    /// `inCompound`: `word` is a part of a hyphenated compound (`co-crérer`), where rare
    /// formations are common: only the confusion tiers apply, not a bare edit.
    static func repairPlain(_ word: String, sentenceStart: Bool, vocabulary: OCRVocabulary, inCompound: Bool = false) -> Repair? {
        let lexicon = vocabulary.lexicon
        if isKnown(word, lexicon: lexicon) { return nil }
        // `|la` → `la`: a pipe glued to a word.
        if word.first == "|", word.count > 2, lexicon.containsExactly(word.dropFirst()) { return Repair(text: String(word.dropFirst()), rule: .stray) }
        if word.first == "[" { return nil }
        let uppercaseCount = word.filter(\.isUppercase).count
        // `Mméme`, `nNi`, `iImportant`: the same letter twice, in two cases.
        let letters = Array(word)
        if letters.count >= 3, letters[0] != letters[1], letters[0].lowercased() == letters[1].lowercased() {
            let rest = String(letters.dropFirst()).lowercased()
            let base = sentenceStart ? rest.capitalizedFirst : rest
            if lexicon.containsExactly(base) { return Repair(text: base, rule: .stray) }
            if let repaired = repairPlain(base, sentenceStart: sentenceStart, vocabulary: vocabulary) { return Repair(text: repaired.text, rule: .stray) }
            return nil
        }
        // `thToutefois`: a stray lowercase prefix before a capitalised word.
        if let capital = letters.firstIndex(where: \.isUppercase), (1...2).contains(capital),
           letters[..<capital].allSatisfy(\.isLowercase), uppercaseCount == 1
        {
            let tail = String(letters[capital...])
            if lexicon.containsExactly(tail) { return Repair(text: tail, rule: .stray) }
        }
        // Acronyms and names with inner capitals (PrSW, ImROC) are left alone, but a single inner
        // capital in a lowercase word is damage (`sUre`).
        let innerCapital = uppercaseCount == 1 && letters.first?.isUppercase == false
        if uppercaseCount >= 2 || (uppercaseCount == 1 && !innerCapital && letters.count > 1 && letters.dropFirst().contains(where: \.isUppercase)) {
            return nil
        }
        // A capitalised word inside a sentence is a name (`Michelle`, `Confederation`), unless
        // it holds a character only OCR puts in words (`Le¢ons`).
        let capitalised = letters.first?.isUppercase == true
        if capitalised, !sentenceStart, !word.contains(where: { "¢|".contains($0) }) { return nil }
        let lowered = word.lowercased()
        // A capitalised word only gets the likeliest repairs: it may be a name.
        // An English word (`decision`) only gets its accents back: `opportunities` is not
        // `opportunités` with a stray letter.
        let english = lexicon.isEnglish(lowered)
        // An English word glued to an elision is French (`nest` is `n'est`, `cest` `c'est`).
        if english, let elided = gluedSplits(lowered, lexicon: lexicon).first(where: { $0.contains("'") }),
           let tail = elided.split(separator: "'").last, ["est", "ai", "a", "on", "en", "y", "il", "un", "une", "était", "avait"].contains(String(tail))
        {
            return Repair(text: applyCasing(of: word, to: elided), rule: .glued)
        }
        let accentsOnly = english
        var choice: (word: String, rule: OCRRule)?
        var explained = false
        for (tier, candidates) in candidateTiers(lowered, lexicon: lexicon).enumerated() where tier == 0 || !accentsOnly {
            var found = candidates.all
            if accentsOnly { found = found.filter { Folding.fold($0) == Folding.fold(lowered) } }
            if innerCapital { found.remove(lowered) }
            // A name is not two glued words (`Michelle` is not `Michel le`).
            if capitalised { found = found.filter { !$0.contains(" ") } }
            guard !found.isEmpty else { continue }
            explained = true
            if let chosen = choose(among: found, exact: candidates.exact, for: lowered, lexicon: lexicon) {
                choice = (chosen, chosen.contains(" ") || chosen.contains("'") ? .glued
                    : tier == 0 && Folding.fold(chosen) == Folding.fold(lowered) ? .accent : .confusion)
            }
            break
        }
        // Damage no confusion explains (`atendre`, `maladief`, `litérature`): the word one edit
        // away that the document and the clean guides use most, if one stands out. (Not where a
        // confusion found candidates: `concue` is `conçue`, however rare, not `connue`.)
        // (Not for a capitalised word either: `Noëm` is a name, not `Nom`.)
        if !explained, !accentsOnly, !innerCapital, !inCompound, !capitalised, let used = mostUsedOneEditAway(lowered, vocabulary: vocabulary) {
            choice = (used, .confusion)
        }
        guard let choice else { return nil }
        // A capitalised word (at a sentence start: a name elsewhere) may be a name: changed
        // beyond its accents only into a word the document or the guides use (`Accuell`).
        if capitalised, choice.rule != .accent, !word.contains(where: { "¢|".contains($0) }), vocabulary.frequency(of: choice.word) == 0 { return nil }
        let text = innerCapital ? choice.word : applyCasing(of: word, to: choice.word)
        // `|e soutien` after a bullet: the damaged first letter hid the capital.
        return Repair(text: sentenceStart && !word.first!.isLetter ? text.capitalizedFirst : text, rule: choice.rule)
    }

    /// The lexicon's spelling (`être`) with the original's case (`Etre` → `Être`).
    static func applyCasing(of original: String, to word: String) -> String {
        let letters = original.filter(\.isLetter)
        if letters.count > 1, letters.allSatisfy(\.isUppercase) { return word.uppercased() }
        if original.first?.isUppercase == true { return word.capitalizedFirst }
        return word
    }
}
