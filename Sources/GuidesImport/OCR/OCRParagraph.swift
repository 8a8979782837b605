import GuidesText

/// A paragraph of hard-wrapped OCR lines, repaired in place. Context crosses line ends: a
/// word cut by the wrap is rejoined, and `a`/`à` looks at the words on either side.
struct OCRParagraph {
    private(set) var lines: [SourceLine]
    private var tokens: [[OCRToken]]

    init(lines: [SourceLine]) {
        self.lines = lines
        tokens = lines.map { line in line.text.split(separator: " ", omittingEmptySubsequences: false).map(OCRToken.init) }
    }

    /// Positions of tokens in reading order: `(line, index)`.
    private var positions: [(line: Int, index: Int)] {
        tokens.indices.flatMap { line in tokens[line].indices.map { (line, $0) } }
    }

    /// `measure`: the length of the document's full lines (a paragraph of two lines cannot show it).
    mutating func repair(with vocabulary: OCRVocabulary, measure: Int = 0, words: Bool = true, changes: inout [OCRChange]) {
        let lexicon = vocabulary.lexicon
        defer {
            for line in lines.indices { lines[line].text = tokens[line].map(\.text).joined(separator: " ") }
        }
        if words { restoreBullets(changes: &changes) }
        joinWordsCutAtLineEnds(vocabulary: vocabulary, changes: &changes)
        guard words else { return }
        let order = positions
        let cores = order.map { tokens[$0.line][$0.index].core }
        let protected = protectedPositions()
        for (offset, position) in order.enumerated() {
            let token = tokens[position.line][position.index]
            if protected.contains(offset) || Self.isInEnglishPhrase(offset, cores: cores, lexicon: lexicon) { continue }
            let start = offset == 0 || isSentenceBoundary(before: order[offset - 1])
            // `|` (or `11`, a number otherwise) is `il` only before what follows a subject (`| a
            // été`, `11 ne s'agit`): `11 février` is a date, `Accueil | Se former` a menu,
            // `Partie II` a Roman numeral. A lone `1` is `Il` only where a sentence starts (`la
            // mesure 1 est` is a number).
            if OCRWord.pronounForms[token.core] != nil {
                guard offset + 1 < cores.count, cores[offset + 1].first?.isLowercase == true,
                      Self.followsSubject(cores[offset + 1]) || start && token.core.count > 1 && Self.isSingularVerb(cores[offset + 1]),
                      token.core != "1" || start && token.prefix.isEmpty && token.suffix.isEmpty
                else { continue }
            }
            // Markdown table rows: `|` is a cell border there, not a damaged `il`.
            if lines[position.line].text.hasPrefix("|") { continue }
            if Self.isAbbreviation(token) { continue }
            // `plurian-` / `nuels`: the end of a word cut at a line end is not a word either.
            if position.index == 0, position.line > 0, tokens[position.line - 1].last?.text.hasSuffix("-") == true { continue }
            guard let fixed = OCRWord.repair(token.core, sentenceStart: start, vocabulary: vocabulary) else { continue }
            record(position, core: fixed.text, rule: fixed.rule, changes: &changes)
        }
        lowercaseLineStarts(vocabulary: vocabulary, measure: measure, protected: protected, changes: &changes)
        for (offset, position) in order.enumerated() where !protected.contains(offset) {
            let previous = offset > 0 ? tokens[order[offset - 1].line][order[offset - 1].index] : nil
            let next = offset + 1 < order.count ? tokens[order[offset + 1].line][order[offset + 1].index] : nil
            let token = tokens[position.line][position.index]
            let start = offset == 0 || isSentenceBoundary(before: order[offset - 1])
            let following = order[(offset + 1)...].prefix(2).flatMap { OCRWord.pieces(of: tokens[$0.line][$0.index].core.lowercased()) }
            let preceding = order[max(0, offset - 2)..<offset].flatMap { OCRWord.pieces(of: tokens[$0.line][$0.index].core.lowercased()) }
            if let fixed = OCRContext.repair(token, previous: previous, next: next, following: following, preceding: preceding,
                                             sentenceStart: start, lexicon: lexicon) {
                record(position, core: fixed.text, rule: fixed.rule, changes: &changes)
            } else if let word = OCRWord.repairRealWord(token.core, vocabulary: vocabulary) {
                record(position, core: word, rule: .confusion, changes: &changes)
            }
        }
    }

    /// Whether a word may follow the subject `il`: a word of `afterSubject`, or a verb the
    /// morphology reads as conjugated, not also a noun (`répond`, `choisit`; not `février`).
    static func followsSubject(_ core: String) -> Bool {
        let word = OCRWord.pieces(of: core.lowercased()).first ?? ""
        if afterSubject.contains(word) { return true }
        guard let morphology = FrenchMorphology.shared, word.count >= 3 else { return false }
        return morphology.can(word, be: .verb) && !morphology.can(word, be: .noun) && !morphology.can(word, be: .infinitive)
    }

    /// `11 participe`, `11 donne` where a sentence starts: a verb that is also a noun, but a
    /// singular one, which no number above one counts (`11 participants`).
    static func isSingularVerb(_ core: String) -> Bool {
        guard let morphology = FrenchMorphology.shared else { return false }
        let readings = morphology.analyses(of: core)
        return readings.contains { $0.partsOfSpeech.contains(.verb) && !$0.plural }
            && !readings.contains { $0.partsOfSpeech.contains(.noun) && $0.plural }
    }

    static let englishGrammaticalWords: Set<String> = ["the", "of", "and", "with", "from", "into", "this", "that", "which", "their", "its"]

    /// `Mme`, `dir.`, `loc.`, `éd.`: a title, a reference's abbreviation (`(dir)`, its period
    /// lost), or a short word before a period, is an abbreviation the lexicon does not list,
    /// not damage. A piece ending in a hyphen
    /// (`sous-re-` at a line end) is half a word.
    static func isAbbreviation(_ token: OCRToken) -> Bool {
        FrenchWordLists.abbreviatedTitles.contains(token.core.lowercased()) || token.core.hasSuffix("-")
            || FrenchWordLists.referenceAbbreviations.contains(token.core.lowercased())
            || token.suffix.hasPrefix(".") && token.core.count <= 4
    }

    /// Words that follow the subject `il`.
    static let afterSubject: Set<String> = [
        "a", "est", "ne", "n", "y", "se", "s", "peut", "faut", "existe", "reste", "fait", "va", "était", "avait", "sera",
        "serait", "aurait", "pourrait", "devrait", "doit", "devient", "permet", "suffit", "semble", "convient", "importe", "arrive", "le", "la", "les", "l", "m", "t",
        "vient", "sait", "dit", "montre", "rappelle", "explique", "ajoute", "précise", "souligne", "insiste", "en", "lui", "leur", "me", "nous", "vous",
    ]

    /// Offsets (in reading order) of tokens inside a link text that is a URL
    /// (`[https://… comite strategie sante.pdf](…)`): never words.
    private func protectedPositions() -> Set<Int> {
        var result = Set<Int>()
        var inside = false
        for (offset, position) in positions.enumerated() {
            let text = tokens[position.line][position.index].text
            if text.hasPrefix("[http") || text.hasPrefix("<http") { inside = true }
            if inside || text.contains("://") || text.contains("](") { result.insert(offset) }
            if text.contains("](") || text.contains(">") { inside = false }
        }
        return result
    }

    /// An English word next to a word that is only English (`Recovery Colleges`, `Peer
    /// Support Workers`) is part of an English phrase: left as it is. An English word alone
    /// in French text (`decision` for `décision`) is not protected.
    static func isInEnglishPhrase(_ offset: Int, cores: [String], lexicon: FrenchLexicon) -> Bool {
        // English grammatical words only stand in English (`system in the 1990s`, where the
        // French list also has `system` and `in`): `the` is not `thé` with a lost accent.
        if englishGrammaticalWords.contains(cores[offset].lowercased()) { return true }
        guard lexicon.isEnglishWord(cores[offset]) || lexicon.isEnglish(cores[offset]) else { return false }
        let neighbours = [offset - 2, offset - 1, offset + 1, offset + 2].filter { cores.indices.contains($0) }
        // (An acronym is not English: `GEM`, `LOVE`.)
        return neighbours.contains { lexicon.isEnglish(cores[$0]) && cores[$0].count > 1 && !cores[$0].allSatisfy(\.isUppercase) }
    }

    private func isSentenceBoundary(before position: (line: Int, index: Int)) -> Bool {
        let token = tokens[position.line][position.index]
        if token.endsSentence { return true }
        // A list bullet (`-`, `•`, `1)`) at the start of a line.
        return position.index == 0 && (["-", "•", "→", "*"].contains(token.text) || token.text.hasSuffix(")") && token.core.allSatisfy(\.isNumber))
    }

    private mutating func record(_ position: (line: Int, index: Int), core: String, rule: OCRRule, changes: inout [OCRChange]) {
        let before = tokens[position.line][position.index].core
        guard before != core else { return }
        tokens[position.line][position.index].core = core
        changes.append(OCRChange(line: lines[position.line].number, before: before, after: core, rule: rule))
    }

    /// `38 % des` / `Structures de notre réseau`, `la guérison clinique,` / `C'est-à-dire du
    /// retour`: tesseract capitalises the first word of a line, as if every line opened a
    /// sentence. Lowercased only where the sentence cannot have stopped: the line before ends
    /// with a comma, a semicolon, or a preposition, conjunction or clitic pronoun (`des`, `pour`,
    /// `si` / `Je suis`, `se` / `Structure`: no title, menu item or signature ends so; a
    /// determiner alone is not enough, `la` / `Région` names an institution), in wrapped prose (three lines or more, each but the last filling
    /// the measure: `de` / `Rhizome`, an association, ends a short line); and only a word known
    /// in lowercase (`J'avais`: its elision and its word) that is no name (`Samir`, `Santé` in
    /// `Haute Autorité de Santé`, as the document or the guides write it).
    private mutating func lowercaseLineStarts(vocabulary: OCRVocabulary, measure: Int, protected: Set<Int>, changes: inout [OCRChange]) {
        let longest = max(measure, lines.map(\.text.count).max() ?? 0)
        guard longest >= 40, lines.count >= (measure > 0 ? 2 : 3), lines.dropLast().allSatisfy({ $0.text.count * 4 >= longest * 3 }) else { return }
        var offset = 0
        for line in tokens.indices {
            defer { offset += tokens[line].count }
            guard line > 0, !protected.contains(offset), let first = tokens[line].first, first.prefix.isEmpty,
                  let previous = tokens[line - 1].last,
                  Self.cannotEndSentence(previous) || Self.isDay(previous) && FrenchDates.monthNames.contains(first.core.lowercased()),
                  // (After a comma, not a noun: `les pairs,` / `Presses universitaires de Grenoble`
                  // in a reference is a publisher's name.)
                  previous.suffix != "," || !Self.isOnlyContentWord(first.core.lowercased()),
                  first.core.first?.isUppercase == true, first.core.count > 1,
                  first.core.dropFirst().allSatisfy({ $0.isLowercase || $0 == "-" || OCRWord.apostrophes.contains($0) })
            else { continue }
            let lowered = first.core.lowercased()
            let pieces = OCRWord.pieces(of: lowered), word = pieces.last ?? ""
            let elided = pieces.count == 2 && FrenchWordLists.elisions.contains(pieces[0])
            // A grammatical word before a lowercase word is no part of a name (`de` / `La région`,
            // `temps,` / `Sans contrat`; but `à` / `La Rochelle`), however often names and titles
            // start with it (`La Passerelle`).
            let grammaticalBeforeLowercase = Self.isGrammatical(lowered) && tokens[line].count > 1
                && tokens[line][1].prefix.isEmpty && tokens[line][1].core.first?.isLowercase == true
            guard vocabulary.lexicon.containsExactly(lowered) || vocabulary.lexicon.contains(lowered) || elided && vocabulary.lexicon.contains(word),
                  // (A name follows `l'` or `d'`, never `c'`, `j'`, `n'`: `C'est` is no `Est`.)
                  grammaticalBeforeLowercase || !(pieces.count == 1 || ["l", "d"].contains(pieces[0])) || !vocabulary.isName(word),
                  grammaticalBeforeLowercase || !vocabulary.isName(lowered)
            else { continue }
            record((line, 0), core: lowered, rule: .capital, changes: &changes)
        }
        lowercaseDeterminersInLines(changes: &changes)
    }

    /// `11 donne La parole`, `en Ce moment`, `où Je me suis`: a capitalised article,
    /// demonstrative or `je` inside a line, between lowercase words with no punctuation, starts
    /// no sentence and no name (a
    /// name's next word is capitalised: `à La Rochelle`; a title is set apart: `*La vie…*`).
    private mutating func lowercaseDeterminersInLines(changes: inout [OCRChange]) {
        for line in tokens.indices {
            for index in tokens[line].indices.dropFirst().dropLast() {
                let token = tokens[line][index], before = tokens[line][index - 1], after = tokens[line][index + 1]
                guard ["La", "Le", "Les", "Ce", "Cette", "Ces", "Je"].contains(token.core), token.prefix.isEmpty, token.suffix.isEmpty,
                      before.suffix.isEmpty, before.core.first?.isLowercase == true, before.core.allSatisfy({ $0.isLetter || OCRWord.apostrophes.contains($0) }),
                      after.prefix.isEmpty, after.core.first?.isLowercase == true
                else { continue }
                record((line, index), core: token.core.lowercased(), rule: .capital, changes: &changes)
            }
        }
    }

    /// A noun, verb or adjective with no grammatical reading (`presses`; not `sans`, also a
    /// preposition).
    static func isOnlyContentWord(_ word: String) -> Bool {
        guard let morphology = FrenchMorphology.shared else { return true }
        let readings = morphology.analyses(of: word)
        return readings.contains { $0.partsOfSpeech.contains(.noun) }
            && !readings.contains { !$0.partsOfSpeech.isDisjoint(with: [.preposition, .conjunction, .determiner, .pronoun, .adverb, .grammatical]) }
    }

    /// A word with a grammatical reading and none as a noun or verb (`la`, `sans`, `pour`).
    static func isGrammatical(_ word: String) -> Bool {
        if FrenchWordLists.determiners.contains(word) { return true }
        guard let morphology = FrenchMorphology.shared else { return false }
        let readings = morphology.analyses(of: word)
        return readings.contains { !$0.partsOfSpeech.isDisjoint(with: [.preposition, .conjunction, .determiner, .pronoun]) }
            && !readings.contains { !$0.partsOfSpeech.isDisjoint(with: [.noun, .verb, .adjective]) }
    }

    /// `14` / `Juin 2024`: a day of the month, which a month follows in lowercase.
    static func isDay(_ token: OCRToken) -> Bool {
        token.suffix.isEmpty && (token.core == "1er" || Int(token.core).map { (1...31).contains($0) } == true)
    }

    /// A token after which a sentence goes on: a comma, or a determiner, preposition or
    /// conjunction with nothing after it.
    static func cannotEndSentence(_ token: OCRToken) -> Bool {
        if token.suffix == "," || token.suffix == ";" { return true }
        guard token.suffix.isEmpty, token.core.first?.isLowercase == true, let morphology = FrenchMorphology.shared else { return false }
        let word = OCRWord.pieces(of: token.core).last ?? ""
        if FrenchWordLists.sentenceContinuing.contains(word) { return true }
        let readings = morphology.analyses(of: word)
        return !readings.isEmpty && readings.allSatisfy { !$0.partsOfSpeech.isDisjoint(with: [.determiner, .preposition, .conjunction]) }
    }

    /// `e Lancer des programmes…`: the OCR read the bullet `•` as the letter `e`.
    private mutating func restoreBullets(changes: inout [OCRChange]) {
        for line in tokens.indices where tokens[line].count >= 2 && tokens[line][0].text == "e" {
            guard let first = tokens[line][1].core.first, first.isUppercase || first == "|" else { continue }
            tokens[line][0] = OCRToken("-")
            changes.append(OCRChange(line: lines[line].number, before: "e", after: "-", rule: .bullet))
        }
    }

    /// `exp` / `ériences`, `accompa-` / `gnement`: a word the wrap cut in two, when neither
    /// piece is a word and the whole is. After a hyphen, the pieces may both be words
    /// (`con-` / `naissances`, `dé-` / `place`): what decides is whether the joined word or the
    /// hyphenated compound (`ci-` / `dessous`, `aller-` / `vers`) is a word, and when both are
    /// (`plate-` / `forme`), which one the document and the clean guides write more often. A
    /// compound stays one token with its hyphen, so the word repair sees all of it.
    private mutating func joinWordsCutAtLineEnds(vocabulary: OCRVocabulary, changes: inout [OCRChange]) {
        let lexicon = vocabulary.lexicon
        func isWord(_ word: String) -> Bool {
            lexicon.containsExactly(word) || lexicon.words(foldingLike: word).count == 1 || FrenchMorphology.shared?.knows(word.lowercased()) == true
        }
        for line in tokens.indices.dropLast() {
            guard tokens[line + 1].count >= 2 || tokens[line].count >= 2, let last = tokens[line].last, let first = tokens[line + 1].first,
                  last.suffix.isEmpty || last.suffix == "-", first.prefix.isEmpty,
                  OCRWord.isWordLike(first.core)
            else { continue }
            // The end of a cut word starts in lowercase, or with a capital tesseract gave the
            // line's first letter (`supervi-` / `Sion`) after a lowercase head.
            let capitalisedEnd = first.core.first?.isUppercase == true && first.core.dropFirst().allSatisfy(\.isLowercase)
                && last.core.hasSuffix("-") && last.core.first?.isLowercase == true
            guard first.core.first?.isLowercase == true || capitalisedEnd else { continue }
            var head = last.core
            let hyphenated = head.hasSuffix("-")
            // (`annon--` / `cent`: tesseract may read the hyphen twice.)
            while head.hasSuffix("-") { head.removeLast() }
            guard let lastWord = OCRWord.pieces(of: head).last,
                  OCRWord.isWordLike(head), !head.isEmpty else { continue }
            let tail = capitalisedEnd ? first.core.lowercased() : first.core
            let firstWord = tail.split(whereSeparator: { OCRWord.apostrophes.contains($0) || $0 == "-" }).first ?? ""
            let joined = lastWord + firstWord, compound = lastWord + "-" + firstWord
            var glue = ""
            if hyphenated {
                // A name the lists lack counts as a word where the document writes it whole
                // elsewhere (`Age-` / `fiph` when it says `Agefiph`).
                let joinedIsWord = isWord(joined) || vocabulary.frequency(of: joined) > 0
                let compoundIsWord = isWord(compound) || vocabulary.frequency(of: compound) > 0
                // Pieces damaged themselves (`semal-` / `nes`): joined when the whole is a word
                // the confusions repair (`semaines`); the word pass then repairs it.
                let joinedRepairs = !joinedIsWord && !compoundIsWord
                    && OCRWord.repair(joined, sentenceStart: false, vocabulary: vocabulary).map { [.accent, .confusion].contains($0.rule) && !$0.text.contains(" ") } == true
                if compoundIsWord, !joinedIsWord || vocabulary.frequency(of: compound) > vocabulary.frequency(of: joined) {
                    glue = "-"
                } else if !joinedIsWord, !joinedRepairs {
                    continue
                }
            } else {
                if lexicon.containsExactly(lastWord) || lexicon.containsExactly(firstWord) { continue }
                guard isWord(joined) else { continue }
            }
            let before = last.core + " / " + first.core
            if tokens[line + 1].count >= 2 {
                tokens[line][tokens[line].count - 1].core = head + glue + tail
                tokens[line][tokens[line].count - 1].suffix = first.suffix
                tokens[line + 1].removeFirst()
            } else {
                // `aboutis-` / `sement.`: the whole word goes down to the line of its end, which
                // would otherwise be left blank (a paragraph break).
                tokens[line + 1][0].core = last.prefix + head + glue + tail
                tokens[line].removeLast()
            }
            if glue.isEmpty {
                changes.append(OCRChange(line: lines[line].number, before: before, after: head + tail, rule: .lineEnd))
            }
        }
    }
}
