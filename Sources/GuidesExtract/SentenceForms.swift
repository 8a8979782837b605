import Foundation
import GuidesModel
import GuidesText

/// The sentence forms the definition pass tries, each a pure function of a sentence (or its
/// key words): copulas, glosses, naming phrases, contrasts, later sentences.
extension SentenceDefinitionExtractor {
    /// `Le pair-aidant est un ancien usager…`, `Les GEM sont des associations…`: a definite
    /// noun phrase at the start of the sentence, then `est un/une` (`sont des`) and a noun
    /// that names a genus (`personne`, `processus`, `forme`…). `Le travail est une source de
    /// fierté` is not one: `source` names no genus, and `travail` alone is no term.
    static func copulaTerm(_ sentence: String, words: [String], from start: Int) -> [String]? {
        // `Le X est un…`, and `Un X est un…` opening the sentence (the generic indefinite).
        guard start > 0, ["le", "la", "l", "les"].contains(words[start - 1]) || start == 1 && ["un", "une"].contains(words[0]) else { return nil }
        for length in 1...4 where start + length + 2 < words.count {
            let verb = words[start + length]
            guard verb == "est" || verb == "sont" else { continue }
            let article = words[start + length + 1]
            guard verb == "est" ? ["un", "une"].contains(article) : ["de", "des", "d"].contains(article) else { return nil }
            // `un ancien usager`, `une personne`: the genus, possibly after one adjective.
            let next = words[(start + length + 2)...].prefix(2)
            guard next.contains(where: { FrenchWordLists.genusNouns.contains($0) }) || restrictedNoun(in: sentence) else { return nil }
            let term = Array(words[start..<start + length])
            if term.contains(where: { ["est", "sont", "a", "ont", "qui", "que", "et", "ou"].contains($0) }) { return nil }
            return pronouns.contains(term[0]) ? nil : term
        }
        return nil
    }

    /// `… est un adhérent qui choisit…`, `… est une association dont les membres…`: any noun
    /// (libhunspell) after the copula, restricted at once by a relative clause, names a genus.
    static func restrictedNoun(in sentence: String) -> Bool {
        guard let morphology = FrenchMorphology.shared,
              let copula = [" est un ", " est une ", " sont des "].lazy.compactMap({ sentence.range(of: $0) }).first
        else { return false }
        let after = sentence[copula.upperBound...].split(separator: " ", maxSplits: 4).prefix(4).map { $0.trimmingCharacters(in: .punctuationCharacters) }
        guard let noun = after.first, morphology.can(noun, be: .noun), !morphology.can(noun, be: .adjective) || after.count > 1 else { return false }
        // The relative pronoun right after the noun, or after one adjective.
        return after.dropFirst().prefix(2).contains { ["qui", "dont", "où"].contains($0) }
    }

    /// Forms that set a term apart as they define it, wherever the sentence is:
    /// `Plus largement, le « logement d'abord » est une politique publique qui…` (a quoted
    /// subject and its copula), `Quant au médiateur de santé pair, il s'agit d'un salarié…`,
    /// `Les groupes d'entraide mutuelle (GEM) sont des associations…` (a term introduced with
    /// its acronym).
    // Built once: a regex literal constructs its `Regex` each time it is evaluated.
    nonisolated(unsafe) static let quotedCopula = /(?:^|[\s,])(?:le|la|les|l['’]|un|une)\s*«\s*([^»]{3,60}?)\s*»\s+(?:est|sont)\s+(?:un|une|des|d['’])\s/
    nonisolated(unsafe) static let quantA = /Quant (?:au|à la|à l['’]|aux) ([^,]{3,60}), (?:il|elle|ils|elles) s['’]agit d/
    nonisolated(unsafe) static let introducedAcronym = /(?:Les |Le |La |L['’]|Une |Un )([^,()]{3,60}?) \(([A-Z]{2,6})\) (?:est|sont) (?:un|une|des|d['’])/

    static func introducedTerm(_ sentence: String) -> (String, Evidence)? {
        // Regular expressions are slow to run on every sentence: a byte test first for each.
        if includes(sentence, "« "), quoteThenCopula(sentence), let match = sentence.firstMatch(of: quotedCopula) {
            let name = String(match.output.1)
            return TermShape.isPlausible(name, weak: true) ? (name, .weak("quoted-copula")) : nil
        }
        if sentence.hasPrefix("Quant "), let match = sentence.prefixMatch(of: quantA) {
            let name = String(match.output.1)
            return TermShape.isPlausible(name, weak: true) ? (name, .weak("quant-a")) : nil
        }
        // (The expression opens on `L…` or `U…` and has `) est ` or `) sont ` after the acronym.)
        if sentence.hasPrefix("L") || sentence.hasPrefix("U"), includes(sentence, ") est ") || includes(sentence, ") sont "),
           let match = sentence.prefixMatch(of: introducedAcronym)
        {
            let name = String(match.output.1) + " (" + String(match.output.2) + ")"
            return TermShape.isPlausible(String(match.output.1), weak: true) ? (name, .weak("introduced-acronym")) : nil
        }
        return nil
    }

    /// Whether a `»` is followed by white space, `est` or `sont`, and white space: what
    /// `quotedCopula` needs after its quote, tested by scalars before the expression runs
    /// (the expression costs more than the rest of a sentence's extraction).
    static func quoteThenCopula(_ sentence: String) -> Bool {
        let scalars = sentence.unicodeScalars
        var index = scalars.startIndex
        while let close = scalars[index...].firstIndex(of: "»") {
            index = scalars.index(after: close)
            var next = index
            while next < scalars.endIndex, scalars[next].isSpace { next = scalars.index(after: next) }
            guard next > index else { continue }
            for copula in ["est", "sont"] {
                var end = next
                var matched = true
                for letter in copula.unicodeScalars {
                    guard end < scalars.endIndex, scalars[end] == letter else { matched = false; break }
                    end = scalars.index(after: end)
                }
                if matched, end < scalars.endIndex, scalars[end].isSpace { return true }
            }
        }
        return false
    }

    /// `Le rétablissement n'est pas la guérison : c'est un processus…`, `Le rétablissement, ce
    /// n'est pas la guérison : c'est…`: what a term is not, then what it is.
    static func contrastTerm(_ sentence: String, words: [String], from start: Int) -> [String]? {
        guard start > 0, includes(sentence, "pas"), let colon = sentence.range(of: " : c’est ") ?? sentence.range(of: " : c'est ") else { return nil }
        let head = TermKey.words(String(sentence[..<colon.lowerBound]))
        // The term, then `(ce) n'est pas`.
        for length in 1...4 where start + length + 2 < head.count {
            var next = start + length
            if head[next] == "ce" { next += 1 }
            guard next + 2 < head.count, head[next] == "n", head[next + 1] == "est" || head[next + 1] == "sont", head[next + 2] == "pa" || head[next + 2] == "pas" else { continue }
            let term = Array(words[start..<start + length])
            return pronouns.contains(term[0]) ? nil : term
        }
        return nil
    }

    /// `Les MSP sont d'ex-patients de la psychiatrie…`: a later sentence whose subject is a
    /// known term, followed by `est un…` or a defining verb.
    static func knownTermSentence(_ sentence: String, knownTerms: [[String]]) -> String? {
        let words = TermKey.words(String(sentence.prefix(200)))
        var start = 0
        while start < words.count, determiners.contains(words[start]) { start += 1 }
        guard start < words.count, let term = knownTerms.filter({ matches(words, at: start, $0) }).max(by: { $0.count < $1.count }),
              isIndefiniteCopula(Array(words[(start + term.count)...].prefix(3)))
        else { return nil }
        return termName(in: sentence, wordCount: term.count, skipping: start)
    }

    /// `sont des…`, `sont d'ex-patients`, `est une forme…`, but not `est l'un des facteurs` or
    /// `est de nature à`.
    static func isIndefiniteCopula(_ after: [String]) -> Bool {
        after.count >= 2 && (after[0] == "est" || after[0] == "sont") && ["un", "une", "des", "d"].contains(after[1])
    }

    static let genusWords: [[String]] = [["une", "form"], ["un", "typ"], ["une", "sort"], ["un", "ensembl"], ["un", "mode"], ["une", "modalit"]]

    /// `…celle-ci devient un travail pair, c'est-à-dire, une forme d'entraide où…`: a known
    /// term glossed by a genus (`une forme de`, `un type de`…), not any `c'est-à-dire`.
    /// What a gloss opens with: `c'est-à-dire`, `à savoir`, `autrement dit`, `entendez par là`.
    static let glossMarkers = ["-à-dire", "à savoir", "autrement dit", "entendez par là"]

    static func glossedTerm(_ sentence: String, knownTerms: [[String]]) -> String? {
        let markers = [", c’est-à-dire", ", c'est-à-dire", ", à savoir", " à savoir", ", autrement dit", ", entendez par là"]
        guard let gloss = markers.lazy.compactMap({ sentence.range(of: $0) }).first else { return nil }
        var before = String(sentence[..<gloss.lowerBound]).trimmingCharacters(in: .init(charactersIn: " ,"))
        // `deux médiateurs de santé pairs (MSP), autrement dit…`: the acronym names the phrase before it.
        var acronym = ""
        if before.hasSuffix(")"), let open = before.range(of: " (", options: .backwards),
           case let inner = before[open.upperBound...].dropLast(), AcronymExpansions.isAcronym(inner)
        {
            acronym = " (" + inner + ")"
            before = String(before[..<open.lowerBound])
        }
        let afterWords = TermKey.words(String(sentence[gloss.upperBound...].prefix(40)))
        // `le chemin du rétablissement, c'est-à-dire du fait de…`, `faite au rétablissement,
        // c'est-à-dire au processus…`: the gloss repeats the preposition of the phrase it explains.
        if let first = afterWords.first, ["du", "au", "aux"].contains(first), let phrase = prepositionPhrase(before, preposition: first) {
            return phrase
        }
        let genus = genusWords.contains(where: { genus in afterWords.count >= 2 && afterWords[0] == genus[0] && afterWords[1].hasPrefix(genus[1]) })
        let words = TermKey.words(before)
        // A known term glossed by a genus (`…un travail pair, c'est-à-dire, une forme d'entraide`).
        if genus, let term = knownTerms.filter({ !$0.isEmpty && words.count >= $0.count && words.suffix($0.count).elementsEqual($0) }).max(by: { $0.count < $1.count }) {
            return termName(in: before, wordCount: term.count, skipping: words.count - term.count)
        }
        // A term set apart as such, glossed by a noun phrase: `ce que l'on appelle les savoirs
        // expérientiels, à savoir les connaissances…`, `une « expertise d'usage » à savoir des
        // compétences…`.
        // (`c'est-à-dire ce qu'il a appris…`, `tout ce que…` gloss an unmarked phrase below.)
        let relativeGloss = afterWords.count >= 2 && (afterWords[0] == "ce" || afterWords[0] == "tout" && afterWords[1] == "ce")
        if relativeGloss, sentence[gloss].hasPrefix(",") {
            return GlossedPhrase.term(before: before, gloss: String(sentence[gloss.upperBound...]))
        }
        guard afterWords.count >= 2, ["le", "la", "les", "l", "un", "une", "des", "d", "de", "du"].contains(afterWords[0]) else { return nil }
        if before.hasSuffix("»") || before.hasSuffix("”"), let open = before.lastIndex(where: { "«“".contains($0) }) {
            let name = before[before.index(after: open)...].dropLast().trimmingCharacters(in: .init(charactersIn: " \u{a0}\u{202f}"))
            return (1...5).contains(name.split(separator: " ").count) ? name : nil
        }
        for marker in ["appelle ", "appellent ", "appelé ", "appelés ", "nomme ", "nomment ", "qualifie de "] {
            if let range = before.range(of: marker, options: .backwards), before.distance(from: range.upperBound, to: before.endIndex) < 60 {
                return namedPhrase(before[range.upperBound...])
            }
        }
        // Nothing sets a term apart: the noun phrase right before the comma, if the gloss defines
        // it; with an acronym, the words it abbreviates (`médiateurs de santé pairs (MSP)`).
        guard sentence[gloss].hasPrefix(",") else { return nil }
        if !acronym.isEmpty, let phrase = AcronymExpansions.expansion(of: String(acronym.dropFirst(2).dropLast()), endingAt: before) {
            return phrase + acronym
        }
        return GlossedPhrase.term(before: before, gloss: String(sentence[gloss.upperBound...])).map { $0 + acronym }
    }

    /// The noun phrase after the last `du`/`au`/`aux` of `before` (up to four words, a noun at
    /// its head, no generic word alone).
    static func prepositionPhrase(_ before: String, preposition: String) -> String? {
        guard let range = before.range(of: " " + preposition + " ", options: [.backwards, .caseInsensitive]) else { return nil }
        let phrase = before[range.upperBound...]
        let words = phrase.split(separator: " ")
        guard (1...4).contains(words.count), words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" } }),
              let head = words.first, head.first?.isLowercase == true,
              FrenchMorphology.shared?.can(String(head), be: .noun) != false,
              words.count > 1 || !FrenchWordLists.genericNouns.contains(TermKey.word(String(head)))
        else { return nil }
        return String(phrase)
    }

    /// `L'aller-vers, c'est le fait de…` in a later sentence: a short noun phrase opening the
    /// sentence, then `, c'est`.
    static func laterCommaCest(_ sentence: String) -> String? {
        guard includes(sentence, ", c"), sentence.range(of: ", c’est ") ?? sentence.range(of: ", c'est ") != nil else { return nil }
        let words = TermKey.words(String(sentence.prefix(120)))
        var start = 0
        while start < words.count, determiners.contains(words[start]) { start += 1 }
        guard start > 0, start < words.count, let term = commaCestTerm(sentence, words: words, from: start), term.count <= 4 else { return nil }
        return termName(in: sentence, wordCount: term.count, skipping: start)
    }

    /// `… Ils sont appelés Patients Intervenant (PI).`, `On parlera de savoirs expérientiels`,
    /// `Les travailleurs pairs sont des personnes…`: the term a later sentence defines, never
    /// a pronoun (`Il désigne…` names nothing).
    static func laterSentenceTerm(_ sentence: String) -> (String, Evidence)? {
        let words = TermKey.words(sentence)
        let markers: [[String]] = [
            ["sont", "appel"], ["est", "appel"], ["parfoi", "appel"], ["aussi", "appel"], ["on", "parlera", "alor", "de"], ["on", "parlera", "de"],
            ["on", "parl", "de"], ["on", "parl", "d"], ["on", "parl", "plu", "volontier", "de"], ["on", "parl", "plutot", "de"], ["on", "parl", "aussi", "de"],
            ["on", "entend", "par"], ["appelon", "ca"], ["appelon", "cela"], ["appel", "ca"],
            ["on", "appel"], ["nou", "appelon"], ["on", "nomm"], ["nou", "nommon"],
        ]
        // `On appelle X une personne…`: the name, then what it names.
        let namingMarkers: [[String]] = [["on", "entend", "par"], ["on", "appel"], ["nou", "appelon"], ["on", "nomm"], ["nou", "nommon"]]
        for marker in markers {
            let length = marker.count
            // (A short marker word matches whole: `d` is not the start of `différemment`.)
            for index in words.indices where index + length < words.count && zip(words[index..<index + length], marker).allSatisfy({ $0 == $1 || $1.utf8.count >= 4 && $0.hasPrefix($1) }) {
                var start = index + length
                // `dès lors`, articles: `on parlera dès lors de savoirs…`, `sont appelés les…`.
                while start < words.count, ["de", "des", "du", "la", "le", "les", "l", "d", "dor", "lor"].contains(words[start]) { start += 1 }
                guard let begin = span(in: sentence, from: start, count: 1)?.lowerBound, var name = namedPhrase(sentence[begin...]) else { return nil }
                // `on parle de X` names a term where it opens the sentence or says when (`lorsque`);
                // `… et on parlera de foot` only says what will be talked about.
                if marker.starts(with: ["on", "parl"]) || marker == ["on", "parlera", "de"] {
                    let after = words[min(words.count, start + TermKey.words(name).count)...].prefix(2)
                    // (or a gloss after a colon: `on parle de pair-émulation : la transmission…`)
                    let glossed = sentence.range(of: name).map { sentence[$0.upperBound...].trimmed.hasPrefix(":") } ?? false
                    guard index == 0 || glossed || after.contains(where: { ["lorsqu", "lorsque", "quand", "si", "pour"].contains($0) }) else { return nil }
                }
                // `On entend par dévoilement de soi le fait, pour…`: the name stops at its object's article.
                if namingMarkers.contains(marker) {
                    let all = name.split(separator: " ")
                    let kept = all.prefix { !["le", "la", "les", "un", "une", "des"].contains($0.lowercased()) && !$0.lowercased().hasPrefix("l'") && !$0.lowercased().hasPrefix("l’") }
                    // `On appelle les urgences.`: a name without what it names is no definition.
                    guard !kept.isEmpty, marker == ["on", "entend", "par"] || kept.count < all.count && index <= 1 else { return nil }
                    name = kept.joined(separator: " ")
                }
                return (name, .strong("named-as"))
            }
        }
        // `Dans cette fiche, les pairs-aidants sont définis comme :` (weak: scoped to one text);
        // `Dans notre projet, les pairs sont des personnes…` defines nothing.
        if let scope = subjectScope(sentence), let (name, evidence) = laterSentenceTerm(scope.clause) {
            guard scope.scoped else { return (name, evidence) }
            // (`Dans ce guide, le terme « X » désigne…`: how one text uses a word, no definition.)
            return evidence.strength == .strong && !["named-as", "announced-word"].contains(evidence.form) ? (name, .weak("scoped-sentence")) : nil
        }
        var start = 0
        while start < words.count, determiners.contains(words[start]) { start += 1 }
        // `Le terme d'aller-vers qualifie les démarches…`, later in a paragraph.
        if start > 0, start < words.count, let (term, skip) = OpeningForms.announcedWord(words, from: start) {
            return (termName(in: sentence, wordCount: term.count, skipping: start + skip), .strong("announced-word"))
        }
        guard start > 0 || words.first.map({ !pronouns.contains($0) }) == true,
              let term = strongPatternTerm(words, from: start),
              !(start > 0 && ["ce", "cet", "cette"].contains(words[start - 1]) && term.count == 1)
        else { return nil }
        let explicit = strongPatternTerm(words, from: start, patterns: explicitPatterns) != nil
        return (termName(in: sentence, wordCount: term.count, skipping: start), explicit ? .strong("defining-verb") : .weak("defining-sentence"))
    }

    /// The name a sentence gives after `on parlera de`, `sont appelés`…: up to six words,
    /// never across punctuation or a closing quote, and up to the first grammatical word
    /// (`savoirs expérientiels, qui…` → two words; `« patient ressource » ; en troisième…` →
    /// two), with the acronym that follows (`Patients Intervenant (PI)`).
    static func namedPhrase(_ text: Substring) -> String? {
        let body = text.drop { "«“\" \u{a0}\u{202f}".contains($0) }
        let clause = body.prefix { !"»”\";,:.!?()".contains($0) }
        var words: [Substring] = []
        for word in clause.split(separator: " ") {
            let bare = word.trimmingCharacters(in: .init(charactersIn: "\u{a0}\u{202f}")).lowercased()
            if words.count == 6 || ["qui", "que", "dont", "et", "si", "à", "au", "pour", "lorsque", "quand", "en"].contains(bare) { break }
            words.append(word)
        }
        while let last = words.last, ["de", "des", "du", "la", "le", "les", "par", "l", "d"].contains(last.lowercased()) { words.removeLast() }
        guard let first = words.first, let last = words.last else { return nil }
        var end = last.endIndex
        if let acronym = acronymEnd(text[end...]) { end = acronym }
        return String(text[first.startIndex..<end]).trimmingCharacters(in: .init(charactersIn: " \u{a0}\u{202f}"))
    }
}
