import GuidesText

/// Sentence openings that define any noun phrase, known or not, read on the sentence's key
/// words (`TermKey.words`): the forms of French definitions that put the term first and a
/// defining phrase right after it. Each returns the term's key words (from `start`, after the
/// determiners) and how strong the form is.
///
/// - `Par pair-aidance, on entend…` (strong: the text says it defines);
/// - `La pair-aidance, qui désigne…`, `…, entendue comme…`, `…, que l'on peut définir comme…`
///   (strong);
/// - `L'expression « savoir expérientiel » fait référence à…`, `Le terme X renvoie à…`: a word
///   announced as a word, then a verb that says what it means (strong);
/// - `L'autodétermination est la capacité de…`, `L'empowerment est le processus par lequel…`:
///   a copula with a definite genus (weak);
/// - `Le rétablissement consiste à…`, `… correspond à…`, `… signifie…`: a verb that defines
///   only what is a term already (weak, and never a generic head with its complement: `Le rôle
///   du pair consiste à…` describes a job).
enum OpeningForms {
    /// Nouns that announce a word as a word (`le terme`, `l'expression`), as key words.
    static let wordNouns: Set<String> = ["term", "mot", "expression", "notion", "concept", "vocabl", "appellation", "locution"]

    /// Verbs that say what a word means once it is announced as a word, or a term is known.
    static let meaningVerbs: [[String]] = [["renvoi"], ["fait", "referenc"], ["se", "refer"], ["correspond"], ["signifi"], ["recouvr"], ["qualifi"], ["evoqu"], ["design"], ["veut", "dir"], ["veulent", "dir"]]

    /// Verbs that define a plain noun phrase, weakly: they also describe things (`Le projet
    /// consiste à…`), so the term must have a term's shape.
    static let describingVerbs: [[String]] = [["consist", "a"], ["consist", "en"], ["renvoi", "a"], ["renvoi", "au"], ["renvoi", "aux"],
                                             ["correspond", "a"], ["correspond", "au"], ["correspond", "aux"], ["signifi"], ["fait", "referenc"],
                                             ["se", "caracteris", "par"], ["se", "refer", "a"], ["se", "refer", "au"], ["se", "refer", "aux"],
                                             ["se", "distingu", "d"], ["se", "distingu", "du"], ["se", "distingu", "de"], ["se", "distingu", "des"]]

    /// A defining phrase set off after the term's comma.
    static let appositions: [[String]] = [
        ["qui", "design"], ["entendu", "comm"], ["defini", "comm"], ["que", "l", "on", "peut", "defini", "comm"], ["qu", "on", "peut", "defini", "comm"],
        ["que", "l", "on", "defini", "comm"], ["qu", "on", "defini", "comm"], ["que", "l", "on", "appel"], ["qu", "on", "appel"],
        ["appel", "aussi"], ["aussi", "appel"], ["egalement", "appel"], ["dit", "aussi"],
    ]

    /// `Un groupe d'entendeurs de voix réunit des personnes qui…`, `Le foyer de vie accueille
    /// des personnes qui…`: a place or group defined by whom it gathers (weak).
    static let gatheringVerbs: Set<String> = ["reunit", "rassembl", "regroup", "accueill"]

    static func gathering(_ words: [String], from start: Int) -> [String]? {
        guard start > 0 else { return nil }
        for length in 1...6 where start + length + 3 < words.count {
            let verb = words[start + length]
            guard gatheringVerbs.contains(where: { verb.hasPrefix($0) }) else { continue }
            let object = Array(words[(start + length + 1)...].prefix(5))
            guard ["de", "des", "les"].contains(object[0]), FrenchWordLists.genusNouns.contains(object[1]) || object[1] == "personn",
                  object.dropFirst(2).prefix(3).contains(where: { ["qui", "dont", "ou"].contains($0) })
            else { return nil }
            return noVerb(Array(words[start..<start + length]))
        }
        return nil
    }

    /// Definite genus nouns after `est le/la/l'`: `la capacité de`, `le processus par lequel`.
    static let definiteGenus: Set<String> = ["capacit", "processu", "ensembl", "fait", "facon", "manier", "demarch", "possibilit", "mouvement", "art"]

    /// `Par X, on entend…`: the words between `par` and `, on entend`.
    static func parOnEntend(_ sentence: String, words: [String]) -> [String]? {
        guard words.first == "par", let on = words.firstIndex(of: "on"), on >= 2, on <= 7, on + 1 < words.count, words[on + 1] == "entend",
              includes(sentence, ", on entend") || includes(sentence, ", l'on entend") || includes(sentence, ", l’on entend") || includes(sentence, "», on entend")
        else { return nil }
        var term = Array(words[1..<on])
        if term.last == "l" { term.removeLast() }  // `, l'on entend`
        return noVerb(term)
    }

    /// `X, qui désigne…`, `X, entendue comme…`: the words before the first comma, if a
    /// defining apposition follows it.
    static func apposition(_ sentence: String, words: [String], from start: Int) -> [String]? {
        guard let comma = sentence.firstIndex(of: ",") else { return nil }
        let count = TermKey.words(String(sentence[..<comma])).count - start
        guard (1...6).contains(count), start + count < words.count else { return nil }
        let after = words[(start + count)...]
        guard appositions.contains(where: { pattern in after.count > pattern.count && zip(after, pattern).allSatisfy { $0.hasPrefix($1) } }) else { return nil }
        return noVerb(Array(words[start..<start + count]))
    }

    /// `L'expression « X » fait référence à…`, `Le terme de X renvoie…`: the word announced,
    /// without the announcing noun. `Le terme « pair » vient du latin…` defines nothing.
    static func announcedWord(_ words: [String], from start: Int) -> (term: [String], skip: Int)? {
        guard start + 2 < words.count, wordNouns.contains(words[start]) else { return nil }
        let skip = ["de", "d"].contains(words[start + 1]) ? 2 : 1
        for length in 1...5 where start + skip + length < words.count {
            let rest = words[(start + skip + length)...]
            if meaningVerbs.contains(where: { verb in rest.count >= verb.count && zip(rest, verb).allSatisfy { $0.hasPrefix($1) } }) {
                guard let term = noVerb(Array(words[(start + skip)..<(start + skip + length)])) else { return nil }
                return (term, skip)
            }
        }
        return nil
    }

    /// `L'autodétermination est la capacité de…`: the subject, then `est le/la/l'` and a genus
    /// noun that opens a definition (`le fait` only with its `de`).
    static func definiteCopula(_ words: [String], from start: Int) -> [String]? {
        guard start > 0, ["le", "la", "l"].contains(words[start - 1]) else { return nil }
        for length in 1...4 where start + length + 2 < words.count {
            guard words[start + length] == "est" else { continue }
            let article = words[start + length + 1], genus = words[start + length + 2]
            guard ["le", "la", "l"].contains(article), definiteGenus.contains(where: { genus.hasPrefix($0) }) else { return nil }
            if genus == "fait", !(start + length + 3 < words.count && ["de", "d"].contains(words[start + length + 3])) { return nil }
            return noVerb(Array(words[start..<start + length]))
        }
        return nil
    }

    /// After a `Définition :` label, any `X est le/la/un…`: the subject, at most four words.
    static func anyCopula(_ words: [String], from start: Int) -> [String]? {
        guard start > 0 else { return nil }
        for length in 1...4 where start + length + 1 < words.count {
            guard ["est", "sont"].contains(words[start + length]) else { continue }
            guard ["le", "la", "l", "un", "une", "de", "d", "des"].contains(words[start + length + 1]) else { return nil }
            return noVerb(Array(words[start..<start + length]))
        }
        return nil
    }

    /// `Le rétablissement consiste à…`: a subject of at most four words (no generic head with
    /// a complement: `le rôle du pair`), then one of `describingVerbs`.
    static func describingVerb(_ words: [String], from start: Int) -> [String]? {
        guard start > 0 else { return nil }
        for length in 1...4 where start + length < words.count {
            let rest = words[(start + length)...]
            guard describingVerbs.contains(where: { verb in rest.count >= verb.count && zip(rest, verb).allSatisfy { $0 == $1 || $0.hasPrefix($1) && $1.count >= 4 } }) else { continue }
            let term = Array(words[start..<start + length])
            if term.count >= 2, FrenchWordLists.genericNouns.contains(term[0]), ["de", "du", "des", "d"].contains(term[1]) { return nil }
            return noVerb(term)
        }
        return nil
    }

    /// A term is a noun phrase: no verb, no pronoun, no conjunction inside it.
    static func noVerb(_ term: [String]) -> [String]? {
        guard let first = term.first, !SentenceDefinitionExtractor.pronouns.contains(first),
              !term.contains(where: { ["est", "sont", "a", "ont", "peut", "peuvent", "etr", "doit", "doivent", "c", "qui", "que", "et", "ou", "on"].contains($0) })
        else { return nil }
        return term
    }
}

/// `Qu'est-ce que X ? C'est…`: the sentence after a question about a term answers it when it
/// opens as an answer does (`C'est`, `Il s'agit`, `Ce terme`, or the term itself).
enum QuestionAnswer {
    static func opensAnswer(_ sentence: String, term: String) -> Bool {
        let folded = Folding.fold(String(sentence.prefix(80))).replacing("’", with: "'")
        if ["c'est ", "il s'agit ", "elle s'agit ", "ce terme ", "ce mot ", "cette notion ", "cette expression "].contains(where: folded.hasPrefix) { return true }
        let words = TermKey.words(String(sentence.prefix(120)))
        let key = TermKey.words(term)
        var start = 0
        while start < words.count, TermKey.articles.contains(words[start]) { start += 1 }
        return !key.isEmpty && words.dropFirst(start).starts(with: key)
    }
}
