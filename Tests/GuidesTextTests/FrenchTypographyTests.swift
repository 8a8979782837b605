import GuidesText
import Testing

@Suite struct FrenchTypographyTests {
    @Test(arguments: [
        // High punctuation: a space is replaced, a missing one inserted.
        ("Qu'est-ce que le travail pair ?", "Qu'est-ce que le travail pair\u{202F}?"),
        ("Qu'est-ce que le travail pair?", "Qu'est-ce que le travail pair\u{202F}?"),
        ("pair  ?", "pair\u{202F}?"),
        ("pair\u{00A0}?", "pair\u{202F}?"),
        ("Santé publique 2012 ; 24(1) : 69-74", "Santé publique 2012\u{202F}; 24(1)\u{202F}: 69-74"),
        ("Bruxelles : De Boeck, 2015", "Bruxelles\u{202F}: De Boeck, 2015"),
        ("quelqu'un qui a vécu ça !", "quelqu'un qui a vécu ça\u{202F}!"),
        ("Vraiment?!", "Vraiment\u{202F}?!"),
        ("Vraiment ?!", "Vraiment\u{202F}?!"),
        ("Et alors!!", "Et alors\u{202F}!!"),
        ("des portraits croisés…?", "des portraits croisés…\u{202F}?"),
        ("(voir l'encadré):", "(voir l'encadré)\u{202F}:"),
        ("« ça marche »?", "«\u{202F}ça marche\u{202F}»\u{202F}?"),
        // Guillemets.
        ("le terme de « rétablissement », ainsi", "le terme de «\u{202F}rétablissement\u{202F}», ainsi"),
        ("«think-tank»", "«\u{202F}think-tank\u{202F}»"),
        ("«\u{00A0}texte\u{00A0}»", "«\u{202F}texte\u{202F}»"),
        ("c'est compliqué ! »", "c'est compliqué\u{202F}!\u{202F}»"),
        // Thousands.
        ("10 000 personnes", "10\u{202F}000 personnes"),
        ("1 500 000 euros", "1\u{202F}500\u{202F}000\u{00A0}euros"),
        ("10\u{00A0}000", "10\u{202F}000"),
        // Units and abbreviations.
        ("15 % inférieur", "15\u{00A0}% inférieur"),
        ("(62 % *versus* 73 %).", "(62\u{00A0}% *versus* 73\u{00A0}%)."),
        ("à hauteur de 7,8 M€ sur la durée", "à hauteur de 7,8\u{00A0}M€ sur la durée"),
        ("dont 40 h d'ETP (lieu de formation : Nantes)", "dont 40\u{00A0}h d'ETP (lieu de formation\u{202F}: Nantes)"),
        ("en 24 heures.", "en 24\u{00A0}heures."),
        ("pendant 2 ans.", "pendant 2\u{00A0}ans."),
        ("de 3 à 4 mois", "de 3 à 4\u{00A0}mois"),
        ("environ 3 euros de l'heure", "environ 3\u{00A0}euros de l'heure"),
        ("DIHAL, 2016, 6 p.", "DIHAL, 2016, 6\u{00A0}p."),
        ("p. 101 – Développer des dispositifs", "p.\u{00A0}101 – Développer des dispositifs"),
        ("Voir p. 53 et suivantes", "Voir p.\u{00A0}53 et suivantes"),
        ("Mesure n° 16 : Soutenir", "Mesure n°\u{00A0}16\u{202F}: Soutenir"),
        ("N° 16", "N°\u{00A0}16"),
    ])
    func typography(text: String, expected: String) {
        #expect(FrenchTypography.apply(text) == expected)
    }

    @Test(arguments: [
        // No pattern at all, or patterns that must stay as they are.
        "Rétablissement et empowerment",
        "[travail-pair.org](http://travail-pair.org)",
        "http://travail-pair.org",
        "voir www.psycom.org/Note:lire?id=3 aujourd'hui",
        "écrire à contact@travail-pair.org;info@x.fr",
        "legifrance.gouv.fr/jo_pdf.do?id=JORFTEXT000034633",
        "rendez-vous à 14:30, ratio 1:2",
        "programme expérimental 2012-2014",
        "EA3279 – Santé publique",
        "40 habitants, 3 mesures, 2 m'ont dit",
        "IDÉE REÇUE N°1",
        "en 2012 300 personnes",
        "1 2 3",
        "texte «",
        "» suite",
        "? au début",
        " : au début",
        "fin\n: ligne",
    ])
    func unchanged(text: String) {
        #expect(FrenchTypography.apply(text) == text)
    }

    @Test func previousCharacterDecidesTheStart() {
        // `**Solutions** :` renders the text node ` :` after the word `Solutions`.
        #expect(FrenchTypography.apply(" : la prise en compte", previous: "s") == "\u{202F}: la prise en compte")
        #expect(FrenchTypography.apply(" : la prise en compte", previous: nil) == " : la prise en compte")
        #expect(FrenchTypography.apply(": suite", previous: "s") == "\u{202F}: suite")
        #expect(FrenchTypography.apply(": suite", previous: " ") == ": suite")
        #expect(FrenchTypography.apply("?", previous: "»") == "\u{202F}?")
        #expect(FrenchTypography.apply("? »", previous: "(") == "?\u{202F}»")
        #expect(FrenchTypography.apply("»", previous: "t") == "\u{202F}»")
        #expect(FrenchTypography.apply("»", previous: "\u{202F}") == "»")
        #expect(FrenchTypography.apply(" 16", previous: "°") == " 16")
    }

    @Test(arguments: [
        "Qu'est-ce que le travail pair? « Un rétablissement »: 10 000 pairs, 28 % en 40 h!",
        "Santé publique 2012 ; 24(1) : 69-74 ; p. 101 – N° 16 ; 7,8 M€ ; 1 500 000 euros",
        "«think-tank» ; «» ; « » ; http://travail-pair.org ; 14:30 ?!",
    ])
    func idempotent(text: String) {
        let once = FrenchTypography.apply(text)
        #expect(FrenchTypography.apply(once) == once)
        #expect(FrenchTypography.apply(once, previous: "a") == FrenchTypography.apply(text, previous: "a"))
    }

    @Test func onlySpacesChange() {
        let text = "Santé publique 2012 ; 24(1) : 69-74 « rétablissement » 10 000 pairs?"
        let strip: (String) -> String = { String($0.unicodeScalars.filter { !" \u{00A0}\u{202F}".unicodeScalars.contains($0) }) }
        #expect(strip(FrenchTypography.apply(text)) == strip(text))
    }
}
