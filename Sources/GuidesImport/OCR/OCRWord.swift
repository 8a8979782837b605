import GuidesText

/// Which OCR repair rule made a change; shown in the import report.
public enum OCRRule: String, Sendable, Hashable {
    /// Dropped or wrong accents: `etait` → `était`, `problemes` → `problèmes`.
    case accent
    /// A known OCR confusion: `gu` read for `qu`, `é` for `ô`, `¢` for `ç`, `rn` for `m`…
    case confusion
    /// A damaged elided article or pronoun: `I'équipe`, `|'aide`, `gu'il`, `'usager`.
    case elision
    /// The pronoun `il`/`ils` read as pipes or `l`: `||` → `Il`, `lls` → `Ils`.
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
}

/// Repairs one OCR-damaged word, alone: pure, deterministic, never touches a known word.
///
/// A damaged form is fixed only when it is not a word and the most likely confusions produce
/// exactly one known word (ties between several are broken only by the clean guides' usage).
enum OCRWord {
    /// Substitutions the OCR of the corpus makes, as `(read, meant)`, in lowercase.
    static let confusions: [(String, String)] = [
        ("gu", "qu"), ("g", "q"), ("qg", "q"), ("gq", "q"), ("q", ""),
        ("é", "ô"), ("dé", "ô"), ("éd", "â"), ("d", "â"), ("d", "û"), ("d", "ô"), ("fi", "î"),
        ("ceu", "œu"), ("oceu", "œu"), ("coe", "œ"), ("¢", "ç"), ("¢", "c"),
        ("rn", "m"), ("nh", "n"), ("hn", "h"),
        ("ée", "é"), ("eé", "é"), ("éé", "é"), ("éee", "ée"), ("éeé", "é"),
        ("l", "i"), ("i", "l"), ("|", "l"), ("1", "l"), ("y", ""),
    ]

    /// `il`/`ils` as the OCR reads them; capitalised at a sentence start.
    static let pronounForms: [String: String] = [
        "|": "il", "||": "il", "|l": "il", "[l": "il", "l|": "il", "lI": "il",
        "lls": "ils", "lIs": "ils", "IIs": "ils", "|ls": "ils", "||s": "ils",
    ]

    /// Elided words (`l'`, `qu'`…), lowercase.
    static let elisions: Set<String> = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu",
    ]

    /// Short words that glue onto their neighbour when the OCR loses a space (`leurdocument`).
    static let gluable: Set<String> = [
        "de", "la", "le", "les", "des", "du", "un", "une", "et", "en", "qui", "que", "leur", "leurs", "ne", "se",
        "ce", "sa", "son", "ses", "au", "aux", "ou", "ai", "ont", "est", "sont", "pas", "plus", "pour", "par",
        "sur", "dans", "avec", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "tu", "mon", "ma", "mes",
    ]

    static let apostrophes: Set<Character> = ["'", "’", "‘"]

    /// A repaired word and the rule that produced it.
    struct Repair: Equatable {
        var text: String
        var rule: OCRRule
    }

    /// The token's repair, or nil when it is a word, a name, English, or cannot be repaired
    /// with certainty. `core` has its surrounding punctuation already removed.
    static func repair(_ core: String, sentenceStart: Bool, lexicon: FrenchLexicon) -> Repair? {
        if let pronoun = pronounForms[core] {
            return Repair(text: sentenceStart ? pronoun.capitalizedFirst : pronoun, rule: .pronoun)
        }
        guard isWordLike(core), !isKnown(core, lexicon: lexicon) else { return nil }
        let normalised = normaliseApostrophes(core)
        if normalised != core, lexicon.containsExactly(normalised) { return Repair(text: normalised, rule: .elision) }
        if let apostrophe = normalised.firstIndex(where: { apostrophes.contains($0) }) {
            let repaired = repairElided(normalised, apostrophe: apostrophe, sentenceStart: sentenceStart, lexicon: lexicon)
            return repaired ?? (normalised != core ? Repair(text: normalised, rule: .elision) : nil)
        }
        if normalised.contains("-") {
            return repairCompound(normalised, sentenceStart: sentenceStart, lexicon: lexicon)
        }
        return repairPlain(normalised, sentenceStart: sentenceStart, lexicon: lexicon)
    }

    /// Known as it is, or with its ligature spelled out (`manœuvre` when the list has
    /// `manoeuvre`), or with an accent on its initial capital (`Evaluer`, `Etat`: French
    /// typography allows unaccented capitals).
    static func isKnown(_ word: String, lexicon: FrenchLexicon) -> Bool {
        if lexicon.containsExactly(word) || lexicon.containsExactly(spellingVariantKey(word.lowercased())) { return true }
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

    static func repairElided(_ core: String, apostrophe: String.Index, sentenceStart: Bool, lexicon: FrenchLexicon) -> Repair? {
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
            fixedPrefix = repaired
            rule = .elision
        }
        var fixedRest = rest
        // Elision comes before a vowel or h only: `I'nomme`, `I'neure` lost the h.
        if let first = rest.first, !"aeiouyhàâéèêëîïôûüœAEIOUYHÀÂÉÈÊÎÔŒ".contains(first), rest.count > 2 {
            let withH = "h" + rest.dropFirst()
            guard lexicon.containsExactly(withH) else { return nil }
            return Repair(text: fixedPrefix + String(mark) + withH, rule: .confusion)
        }
        if !lexicon.contains(rest), let repaired = repair(rest, sentenceStart: false, lexicon: lexicon) {
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

    static func repairCompound(_ core: String, sentenceStart: Bool, lexicon: FrenchLexicon) -> Repair? {
        let parts = core.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if parts.allSatisfy({ isKnown($0, lexicon: lexicon) || $0.isEmpty }) { return nil }
        let whole = lexicon.words(foldingLike: core)
        if whole.count == 1 { return Repair(text: applyCasing(of: core, to: whole[0]), rule: .accent) }
        var rule: OCRRule?
        var fixed: [String] = []
        for (index, part) in parts.enumerated() {
            // A part is repaired, never split (`neuro-` is not `n'euro-`).
            if !part.isEmpty, !isKnown(part, lexicon: lexicon),
               let repaired = repairPlain(part, sentenceStart: sentenceStart && index == 0, lexicon: lexicon),
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

    static func repairPlain(_ word: String, sentenceStart: Bool, lexicon: FrenchLexicon) -> Repair? {
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
            if let repaired = repairPlain(base, sentenceStart: sentenceStart, lexicon: lexicon) { return Repair(text: repaired.text, rule: .stray) }
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
        // A capitalised word at a sentence start gets its accents only: it may be a name (`Rey`).
        let english = lexicon.isEnglish(lowered)
        let accentsOnly = english || capitalised && !word.contains(where: { "¢|".contains($0) })
        for (tier, candidates) in candidateTiers(lowered, lexicon: lexicon).enumerated() where tier == 0 || !accentsOnly {
            var found = candidates.all
            if accentsOnly { found = found.filter { Folding.fold($0) == Folding.fold(lowered) } }
            if innerCapital { found.remove(lowered) }
            // A name is not two glued words (`Michelle` is not `Michel le`).
            if capitalised { found = found.filter { !$0.contains(" ") } }
            guard !found.isEmpty else { continue }
            guard let choice = choose(among: found, exact: candidates.exact, for: lowered, lexicon: lexicon) else { return nil }
            let rule: OCRRule = choice.contains(" ") || choice.contains("'") ? .glued
                : tier == 0 && Folding.fold(choice) == Folding.fold(lowered) ? .accent : .confusion
            let text = innerCapital ? choice : applyCasing(of: word, to: choice)
            // `|e soutien` after a bullet: the damaged first letter hid the capital.
            return Repair(text: sentenceStart && !word.first!.isLetter ? text.capitalizedFirst : text, rule: rule)
        }
        return nil
    }

    /// The one candidate to keep, or nil when the evidence does not single one out:
    /// 1. of words equal up to accents, the one a confusion spells exactly (`maîtrise`, not
    ///    `maitrise`, for `mafitrise`);
    /// 2. those with an accent wherever the damaged form has one (`étudié` for `etudié`);
    /// 3. those restoring the fewest accents (`considère`, not `considéré`; `que`, not `gué`);
    /// 4. between spellings of one word, the one with the ligature (`œuvre`, not `oeuvre`);
    /// 5. else the only one the clean guides use.
    static func choose(among candidates: Set<String>, exact: Set<String>, for damaged: String, lexicon: FrenchLexicon) -> String? {
        // Within each group of words equal up to accents, the one a confusion spelled exactly.
        let groups = Dictionary(grouping: candidates.sorted(), by: { Folding.fold($0) })
        var found = groups.keys.sorted().flatMap { key -> [String] in
            let group = groups[key]!
            let spelled = group.filter { exact.contains($0) }
            return spelled.isEmpty ? group : spelled
        }
        // No candidate with the accents the damaged form has: it is more likely a word the
        // list lacks (`évaluative`, `diplômante`) than damage.
        found = found.filter { keepsAccents(of: damaged, $0) }
        guard !found.isEmpty else { return nil }
        let accents = { (word: String) in spellingVariantKey(word).filter { !$0.isASCII }.count }
        let fewest = found.map(accents).min() ?? 0
        found = found.filter { accents($0) == fewest }
        if found.count == 1 { return found[0] }
        if Set(found.map(spellingVariantKey)).count == 1 {
            return found.max { ($0.filter { !$0.isASCII }.count, $0) < ($1.filter { !$0.isASCII }.count, $1) }
        }
        let used = found.filter { lexicon.corpusCount(of: $0) > 0 }
        return used.count == 1 ? used[0] : nil
    }

    /// Candidate repairs of a lowercase word, from the most to the least likely damage: lost
    /// accents and single confusions, then two confusions or glued words, then three. `exact` holds the candidates a confusion spelled exactly (`maîtrise` from
    /// `mafitrise`), as opposed to those found up to accents (`maitrise`).
    static func candidateTiers(_ word: String, lexicon: FrenchLexicon) -> [(all: Set<String>, exact: Set<String>)] {
        var tiers: [(all: Set<String>, exact: Set<String>)] = [([], []), ([], []), ([], [])]
        func add(_ variant: String, tier: Int) {
            tiers[tier].all.formUnion(lexicon.words(foldingLike: variant))
            if lexicon.containsExactly(variant) { tiers[tier].exact.insert(variant.lowercased()) }
        }
        tiers[0].all.formUnion(lexicon.words(foldingLike: word))
        let matches = confusionMatches(in: word)
        for match in matches { add(apply([match], to: word), tier: 0) }
        // Words glued together are rarer than a lost accent (`etait` is not `et ait`).
        let glued = gluedSplits(word, lexicon: lexicon)
        tiers[1].all.formUnion(glued)
        tiers[1].exact.formUnion(glued)
        for first in matches.indices {
            for second in matches.indices where second > first && !overlap(matches[first], matches[second]) {
                add(apply([matches[first], matches[second]], to: word), tier: 1)
                for third in matches.indices where third > second
                    && !overlap(matches[first], matches[third]) && !overlap(matches[second], matches[third])
                {
                    add(apply([matches[first], matches[second], matches[third]], to: word), tier: 2)
                }
            }
        }
        return tiers.map { ($0.all.subtracting([word]), $0.exact.subtracting([word])) }
    }

    /// Equal for the spellings of one word that differ by a ligature.
    static func spellingVariantKey(_ word: String) -> String {
        word.replacing("œ", with: "oe").replacing("æ", with: "ae")
    }

    /// Whether `candidate` has an accented letter wherever `original` has one, counted from
    /// either end: OCR loses accents or reads `ê` as `é`, it rarely invents one (`etudié` is
    /// `étudié`, not `étudie`; `commenceé` is `commencé`, not `commencée`).
    static func keepsAccents(of original: String, _ candidate: String) -> Bool {
        let source = Array(original)
        let target = Array(candidate)
        for (index, character) in source.enumerated() where !character.isASCII && (character.isLetter || character == "¢") {
            let fromEnd = source.count - 1 - index
            let sameFromStart = index < target.count && !target[index].isASCII
            let sameFromEnd = fromEnd < target.count && !target[target.count - 1 - fromEnd].isASCII
            if !sameFromStart && !sameFromEnd { return false }
        }
        return true
    }

    /// `quiont` → `qui ont`; `linadéquation` → `l'inadéquation`; `llavenement` → `l'avènement`.
    static func gluedSplits(_ word: String, lexicon: FrenchLexicon) -> Set<String> {
        var result = Set<String>()
        let characters = Array(word)
        for cut in characters.indices.dropFirst(2) where cut <= characters.count - 2 {
            let head = String(characters[..<cut])
            let tail = String(characters[cut...])
            // One piece is a short grammatical word, the other a real word of 3+ letters
            // (not `ré le` for `réle`).
            // A grammatical word glued *after* a word is too often an ending (`-elles`, `-le`):
            // only `qui ont`, `de la`, where both are grammatical. `de`/`des` before a verb is
            // more often the prefix `dé-` (`destigmatiser`).
            let headGlues = gluable.contains(head) && (gluable.contains(tail) || tail.count >= 3 && !["de", "des", "en"].contains(head))
            if headGlues, lexicon.containsExactly(head), lexicon.containsExactly(tail) {
                result.insert(head + " " + tail)
            }
        }
        for elided in ["ll", "l", "d", "qu", "n", "s"] where word.hasPrefix(elided) {
            let tail = String(word.dropFirst(elided.count))
            guard let first = tail.first, "aeiouyhéèêàâîôû".contains(first) else { continue }
            let known = lexicon.containsExactly(tail) ? [tail] : lexicon.words(foldingLike: tail)
            if known.count == 1 { result.insert((elided == "ll" ? "l" : elided) + "'" + known[0]) }
        }
        return result
    }

    struct Match {
        var range: Range<Int>
        var replacement: String
    }

    static func confusionMatches(in word: String) -> [Match] {
        let characters = Array(word)
        var matches: [Match] = []
        for (read, meant) in confusions {
            let pattern = Array(read)
            guard pattern.count <= characters.count else { continue }
            for start in 0...(characters.count - pattern.count) where Array(characters[start..<start + pattern.count]) == pattern {
                // A final `-ée` is a feminine ending far more often than damage.
                if read == "ée", start + pattern.count == characters.count { continue }
                matches.append(Match(range: start..<start + pattern.count, replacement: meant))
            }
        }
        return matches
    }

    static func overlap(_ a: Match, _ b: Match) -> Bool { a.range.overlaps(b.range) }

    static func apply(_ matches: [Match], to word: String) -> String {
        var characters = Array(word)
        for match in matches.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            characters.replaceSubrange(match.range, with: Array(match.replacement))
        }
        return String(characters)
    }

    /// The lexicon's spelling (`être`) with the original's case (`Etre` → `Être`).
    static func applyCasing(of original: String, to word: String) -> String {
        let letters = original.filter(\.isLetter)
        if letters.count > 1, letters.allSatisfy(\.isUppercase) { return word.uppercased() }
        if original.first?.isUppercase == true { return word.capitalizedFirst }
        return word
    }
}

extension String {
    /// `être` → `Être`: only the first letter changes.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
