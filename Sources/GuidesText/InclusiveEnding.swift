/// How an ending of inclusive writing (`.euse`, `·e·s`, `(e)`) makes the feminine of the
/// masculine it follows: the search analyser indexes `travailleur.euse.s` under both forms.
struct InclusiveEnding {
    typealias Scalars = [Unicode.Scalar]

    /// What the masculine must end with (and loses).
    var masculineEnding: Scalars
    /// What the feminine ends with instead.
    var feminineEnding: Scalars
    /// A plural mark: no feminine.
    var pluralOnly = false

    func feminine(of base: Scalars) -> Scalars? {
        guard !pluralOnly, base.count > masculineEnding.count, base.suffix(masculineEnding.count).elementsEqual(masculineEnding)
        else { return nil }
        return Array(base.dropLast(masculineEnding.count)) + feminineEnding
    }

    /// The endings, as written after the separator, by their text.
    static let endings: [String: InclusiveEnding] = {
        func rule(_ masculine: String, _ feminine: String) -> InclusiveEnding {
            InclusiveEnding(masculineEnding: Array(masculine.unicodeScalars), feminineEnding: Array(feminine.unicodeScalars))
        }
        var table: [String: InclusiveEnding] = [:]
        // The ending with its plural written in (`.es`, `.euses`) works like the singular.
        let singular: [(String, InclusiveEnding)] = [
            ("e", rule("", "e")),  // candidat.e, recruté.e, un.e
            ("le", rule("", "le")),  // professionnel.le
            ("ne", rule("", "ne")),  // citoyen.ne
            ("te", rule("", "te")),  // muet.te
            ("lle", rule("el", "elle")),  // professionnel.lle
            ("nne", rule("en", "enne")),  // citoyen.nne
            ("enne", rule("en", "enne")),  // citoyen.enne
            ("elle", rule("eau", "elle")),  // nouveau.elle
            ("euse", rule("eur", "euse")),  // travailleur.euse
            ("se", rule("eux", "euse")),  // heureux.se
            ("rice", rule("eur", "rice")),  // acteur.rice, directeur·rice
            ("trice", rule("teur", "trice")),  // animateur.trice
            ("ère", rule("er", "ère")),  // premier.ère
            ("ere", rule("er", "ère")),  // infirmier.ere
            ("ve", rule("f", "ve")),  // actif.ve
            ("ive", rule("if", "ive")),  // actif.ive
        ]
        for (ending, feminine) in singular {
            table[ending] = feminine
            table[ending + "s"] = feminine
        }
        table["s"] = InclusiveEnding(masculineEnding: [], feminineEnding: [], pluralOnly: true)
        table["x"] = InclusiveEnding(masculineEnding: [], feminineEnding: [], pluralOnly: true)
        return table
    }()
}
