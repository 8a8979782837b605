import GuidesText

/// The noun phrase a `, c'est-à-dire …` or `, à savoir …` gloss explains when nothing sets
/// the term apart: `… de la guérison clinique, c'est-à-dire du retour à l'état antérieur…`,
/// `… son savoir expérientiel, à savoir les connaissances…`. The phrase runs back from the
/// comma to its determiner; its head must be a noun (libhunspell), and the gloss long enough
/// to define rather than rename (`les usagers, c'est-à-dire les patients` is a synonym).
enum GlossedPhrase {
    /// Words that open the noun phrase (folded): articles, possessives, demonstratives.
    static let openers: Set<String> = [
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux",
        "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "ce", "cet", "cette", "ces",
    ]

    /// `before`: the sentence up to the gloss's comma; `gloss`: what follows the marker.
    static func term(before: String, gloss: String) -> String? {
        // The gloss up to its first comma: `l'empowerment communautaire, …` renames, it does not define.
        let clause = gloss.prefix(200).prefix { !",;:()".contains($0) }
        guard TermKey.words(String(clause)).count >= 6 else { return nil }
        // Words back from the comma, elisions split (`l'empowerment` → `l'`, `empowerment`).
        var words: [Substring] = []
        for word in before.split(separator: " ").reversed() {
            var word = word
            if let apostrophe = word.lastIndex(where: { $0 == "'" || $0 == "’" }) {
                let elided = word[...apostrophe]
                word = word[word.index(after: apostrophe)...]
                if !word.isEmpty { words.append(word) }
                words.append(elided)
            } else {
                words.append(word)
            }
            if words.count > 6 { break }
        }
        var phrase: [Substring] = []
        var position = 0
        while position < words.count {
            let word = words[position]
            let folded = Folding.fold(String(word)).trimmingCharacters(in: .init(charactersIn: "'’"))
            if openers.contains(folded) {
                // `la réduction des risques`: one noun complement, when a determiner opens the
                // noun it completes.
                let complement = ["de", "des", "du", "d"].contains(folded) && phrase.count <= 2 && position + 2 < words.count
                    && words[position + 1].allSatisfy({ $0.isLetter || $0 == "-" }) && words[position + 1].first?.isLowercase == true
                    && ["le", "la", "les", "l", "un", "une", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "ce", "cette", "ces",
                        "au", "aux", "du", "d"]
                        .contains(Folding.fold(String(words[position + 2])).trimmingCharacters(in: .init(charactersIn: "'’")))
                    && FrenchMorphology.shared?.can(String(words[position + 1]).lowercased(), be: .noun) == true
                guard complement else { break }
                phrase.insert(word, at: 0)
                phrase.insert(words[position + 1], at: 0)
                position += 2
                break
            }
            guard phrase.count < 4, word.allSatisfy({ $0.isLetter || $0 == "-" }), word.first?.isLowercase == true else { return nil }
            phrase.insert(word, at: 0)
            position += 1
        }
        // A determiner must open it: the phrase is a noun phrase, not the end of a clause.
        guard let head = phrase.first, position < words.count, let opener = words.dropFirst(position).first,
              openers.contains(Folding.fold(String(opener)).trimmingCharacters(in: .init(charactersIn: "'’")))
        else { return nil }
        // The head is a noun, or a word the dictionary does not know after a determiner (a
        // borrowed word: `l'empowerment`).
        guard let morphology = FrenchMorphology.shared,
              morphology.can(String(head), be: .noun) || !morphology.knows(String(head)) && !morphology.knows(String(head).capitalized), !FrenchWordLists.genericNouns.contains(TermKey.word(String(head))) || phrase.count > 1
        else { return nil }
        // Elisions join the next word: `d'` + `entraide`.
        return phrase.reduce(into: "") { text, word in
            if !text.isEmpty, !(text.hasSuffix("'") || text.hasSuffix("’")) { text += " " }
            text += word
        }
    }
}
