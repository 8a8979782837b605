import GuidesText

/// How OCR repair finds and ranks the words a damaged token may have been.
extension OCRWord {
    /// Substitutions the OCR of the corpus makes, as `(read, meant)`, in lowercase.
    static let confusions: [(String, String)] = [
        ("gu", "qu"), ("g", "q"), ("qg", "q"), ("gq", "q"), ("q", ""),
        ("é", "ô"), ("dé", "ô"), ("éd", "â"), ("d", "â"), ("d", "û"), ("d", "ô"), ("fi", "î"),
        ("ceu", "œu"), ("oceu", "œu"), ("coe", "œ"), ("¢", "ç"), ("¢", "c"),
        ("rn", "m"), ("nh", "n"), ("hn", "h"),
        ("ée", "é"), ("eé", "é"), ("éé", "é"), ("éee", "ée"), ("éeé", "é"),
        ("l", "i"), ("i", "l"), ("|", "l"), ("1", "l"), ("y", ""),
        // Tesseract reads a double `tt` as one `t` (`metre`, `atendre`, `litérature`), or as
        // one letter of its shape (`linérature`, `ceue`).
        ("t", "tt"), ("n", "tt"), ("u", "tt"),
        // Accents it puts on the wrong letter: `ñ` for `î` (`mañtresses`, `mañrisé`), `ï` for
        // `i` (`enseïgnant`), `ü` for `ti` (`des-ünée`, `cer-üfications`).
        ("ñ", "î"), ("ñ", "ît"), ("ï", "i"), ("ü", "ti"),
    ]

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
        // (A confusion that consumed a letter French never writes there spelled its word
        // exactly: `cerüfications`, `enseïgnant`.)
        found = found.filter { keepsAccents(of: damaged, $0) || exact.contains($0) && damaged.contains(where: { "ñïü".contains($0) }) }
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
        // A confusion that leaves one letter of a longer token (`sy` → `s`) made no word: OCR
        // damage rarely hides a one-letter word in two.
        let tooShort = { (candidate: String) in candidate.count < 2 && word.count >= 2 }
        return tiers.map { ($0.all.subtracting([word]).filter { !tooShort($0) }, $0.exact.subtracting([word]).filter { !tooShort($0) }) }
    }

    /// Letters an edit may insert or substitute.
    static let editAlphabet = Array("abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüœ")

    /// Known words one edit from `word`: a letter inserted, deleted or replaced (accents in
    /// both directions: tesseract adds them too), or two letters swapped.
    static func oneEditAway(_ word: String, lexicon: FrenchLexicon) -> Set<String> {
        let letters = Array(word)
        var result = Set<String>()
        func check(_ candidate: [Character]) {
            let text = String(candidate)
            if text != word, lexicon.containsExactly(text) { result.insert(text) }
        }
        for index in 0...letters.count {
            for letter in editAlphabet {
                var inserted = letters
                inserted.insert(letter, at: index)
                check(inserted)
            }
            guard index < letters.count else { continue }
            var deleted = letters
            deleted.remove(at: index)
            check(deleted)
            for letter in editAlphabet where letter != letters[index] {
                var replaced = letters
                replaced[index] = letter
                check(replaced)
            }
            if index + 1 < letters.count, letters[index] != letters[index + 1] {
                var swapped = letters
                swapped.swapAt(index, index + 1)
                check(swapped)
            }
        }
        return result
    }

    /// Of the words one edit from `word` (6+ letters: `absi`, a typo of `asbl`, is one edit
    /// from `abri`; `apées`, tesseract's reading of `vie`, from `aptes`), the one the document
    /// and the clean guides use most, when it is used and no other is used as much. An edit alone
    /// proves nothing: a word nobody in the corpus writes is chosen only when the damaged word is
    /// long (8+ letters), it is the only word one edit away, and hunspell's first suggestion is
    /// that word too (`égaliaire` → `égalitaire`; two judges that agree). Nor is `word`
    /// changed when it is a word after all: one the morphology inflects (`professionnalisées`,
    /// missing from the lists), one the document writes more than once (`expérimentiel`, the
    /// author's own word: OCR rarely damages a word twice alike without a confusion to explain
    /// it), or a candidate that only differs by an inflection (`aidante` is not `aidants`).
    static func mostUsedOneEditAway(_ word: String, vocabulary: OCRVocabulary) -> String? {
        guard word.count >= 6, vocabulary.frequency(of: word) <= 1, FrenchMorphology.shared?.knows(word) != true,
              !inflections(of: word).contains(where: { vocabulary.frequency(of: $0) > 0 })
        else { return nil }
        let near = oneEditAway(word, lexicon: vocabulary.lexicon).filter { !differByInflection(word, $0) }
        let ranked = near.map { ($0, vocabulary.frequency(of: $0)) }
            .filter { $0.1 > 0 }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }
        guard let best = ranked.first else {
            if word.count >= 8, near.count == 1, let only = near.first,
               FrenchMorphology.shared?.suggestions(for: word).first == only { return only }
            return nil
        }
        guard ranked.dropFirst().first.map({ $0.1 < best.1 }) ?? true else { return nil }
        return best.0
    }

    /// A real word tesseract made of another by reading `l` for `i` or `i` for `l` (`parier`
    /// for `parler`, `pale` for `paie`): changed only when nobody in the corpus writes it (at
    /// most this once in the document) and the one word the swap gives is common there (5+
    /// uses in the document and the clean guides). A rare word stays rare: `palier` is not
    /// changed to `parler`, nor is any word the guides use.
    static func repairRealWord(_ word: String, vocabulary: OCRVocabulary) -> String? {
        guard word.count >= 4, word.first?.isLowercase == true, word.allSatisfy(\.isLetter),
              vocabulary.lexicon.containsExactly(word), vocabulary.frequency(of: word) <= 2
        else { return nil }
        let letters = Array(word)
        var found: [String] = []
        for index in letters.indices where letters[index] == "i" || letters[index] == "l" {
            var swapped = letters
            swapped[index] = letters[index] == "i" ? "l" : "i"
            let candidate = String(swapped)
            if vocabulary.lexicon.containsExactly(candidate), vocabulary.frequency(of: candidate) >= 5 { found.append(candidate) }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// The word with another gender or number ending (`expérimentiel` → `expérimentiels`…).
    static func inflections(of word: String) -> [String] {
        let endings = ["s", "e", "es", "x"]
        var stems = [word]
        for ending in endings where word.hasSuffix(ending) { stems.append(String(word.dropLast(ending.count))) }
        return stems.flatMap { stem in [stem] + endings.map { stem + $0 } }.filter { $0 != word }
    }

    /// `aidante`/`aidants`, `somatiques`/`somatique`: the same stem with another gender or
    /// number ending.
    static func differByInflection(_ a: String, _ b: String) -> Bool {
        let endings = ["", "s", "e", "es", "x", "nt", "nts"]
        let stem = { (word: String) -> [String] in endings.filter { word.hasSuffix($0) }.map { String(word.dropLast($0.count)) } }
        return !Set(stem(a)).isDisjoint(with: stem(b))
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
        for elided in ["ll", "l", "d", "qu", "n", "s", "c", "j", "m", "t"] where word.hasPrefix(elided) {
            let tail = String(word.dropFirst(elided.count))
            guard let first = tail.first, "aeiouyhéèêàâîôû".contains(first) else { continue }
            let known = lexicon.containsExactly(tail) ? [tail] : lexicon.words(foldingLike: tail)
            guard known.count == 1, elides(elided, before: known[0]) else { continue }
            result.insert((elided == "ll" ? "l" : elided) + "'" + known[0])
        }
        return result
    }

    /// Short words an elided `l'`, `n'`, `j'`… stands before (`l'on`, `n'a`, `j'ai`, `s'il`).
    static let shortWordsAfterElision: Set<String> = ["a", "ai", "as", "en", "y", "on", "il", "ils", "un", "es", "ont"]

    /// Whether `elided` + apostrophe may stand before `word`: `c'` only before *être* (`c'est`,
    /// `c'était`; `ceue` is not `c'eue`), `j'`, `m'`, `t'` before a verb, the others before a
    /// word of 3+ letters or one of the short words that follow an elision (`ler` is not `l'er`).
    static func elides(_ elided: String, before word: String) -> Bool {
        if elided == "c" { return ["est", "était", "étaient", "en"].contains(word) }
        // The pronouns `j'`, `m'`, `t'` come before a verb (`t'aide`), not `t'ion`.
        if ["j", "m", "t"].contains(elided) {
            return ["en", "y"].contains(word) || FrenchMorphology.shared.map { $0.can(word, be: .verb) } ?? true
        }
        return word.count >= 3 || shortWordsAfterElision.contains(word)
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
}
