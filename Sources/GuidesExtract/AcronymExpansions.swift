import GuidesModel
import GuidesText

/// The long form of a term named by an acronym, from where a guide spells it out:
/// `groupes d'entraide mutuelle (GEM)` gives the term *GEM* the alias *groupes d'entraide
/// mutuelle*. The long form is the shortest run of words before `(GEM)` whose significant
/// words start with the acronym's letters, in order.
public enum AcronymExpansions {
    static let minor: Set<String> = ["de", "des", "du", "d", "la", "le", "les", "l", "et", "en", "a", "au", "aux", "pour", "par", "sur"]

    public static func add(to terms: [Term], from walks: [GuideWalk]) -> [Term] {
        terms.map { term in
            guard isAcronym(term.name), !term.aliases.contains(where: { !isAcronym($0) }) else { return term }
            var term = term
            let marker = "(" + term.name + ")"
            for walk in walks {
                for block in walk.blocks where includes(block.text, marker) {
                    if let expansion = expansion(of: term.name, before: marker, in: block.text) {
                        term.aliases.append(expansion)
                        return term
                    }
                }
            }
            return term
        }
    }

    static func isAcronym(_ name: some StringProtocol) -> Bool {
        (2...6).contains(name.count) && name.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    public static func expansion(of acronym: String, before marker: String, in text: String) -> String? {
        guard let range = text.range(of: marker) else { return nil }
        return expansion(of: acronym, endingAt: String(text[..<range.lowerBound]))
    }

    /// The long form that the last words of `text` give for `acronym` (`… deux médiateurs de
    /// santé pairs` and `MSP` → `médiateurs de santé pairs`).
    static func expansion(of acronym: String, endingAt text: String) -> String? {
        // Compounds count each part: `Médico-Psychologiques` gives M and P.
        let words = FrenchWords.words(in: text).flatMap { $0.split(separator: "-") }
        let letters = Array(Folding.fold(acronym))
        // The shortest suffix of the words before the parenthesis whose significant words spell it.
        for count in 1...max(1, min(words.count, letters.count * 2 + 2)) where count <= words.count {
            let candidate = words.suffix(count)
            let significant = candidate.filter { !minor.contains(Folding.fold(String($0))) }
            guard significant.count == letters.count else { continue }
            if zip(significant, letters).allSatisfy({ Folding.fold(String($0.0)).first == $0.1 }),
               let first = candidate.first, let last = candidate.last
            {
                return String(text[first.startIndex..<last.endIndex])
            }
        }
        return nil
    }
}
