import Foundation
import GuidesModel
import GuidesRender
import Testing

/// Entries of the corpus as the extractor merges them (authors, years and URLs as the guides
/// write them), plus one invented title full of characters BibTeX treats specially.
private let place = Provenance(guide: "reussir-integration-travail-pair", section: nil, line: 1)

private let laval = Reference(
    id: "accompagner-ses-pairs-n-est-pas-une-activite-de-mediation-p",
    title: "Accompagner ses pairs n’est pas une activité de médiation, pourtant ils sont appelés « médiateurs de santé-pairs »",
    authors: ["Laval, C., & Gardien, È."], year: 2020, publisher: "Rhizome", kind: .article,
    text: "Laval, C., & Gardien, È. (2020). « Accompagner ses pairs n’est pas une activité de médiation, pourtant ils sont appelés « médiateurs de santé-pairs »… ». Dans Rhizome, n°75 et 76, pp.184-192.",
    citedIn: [place])
private let demailly = Reference(
    id: "le-savoir-faire-des-mediateurs-de-sante-pairs-en-sante-menta",
    title: "Le savoir-faire des médiateurs de santé pairs en santé mentale, entre expérience, technique et style",
    authors: ["Demailly, L. et Garnoussi, N."], year: 2016, publisher: "Sciences & Actions Sociales",
    url: "http://www.sas-revue.org/index.php/12-dossiers-n-1/18-le-savoir-faire-des-mediateurs-de-sante-pairs-en-sante-mentale-entre-experience-technique-et-style",
    kind: .article, text: "Le savoir-faire des médiateurs de santé pairs en santé mentale, entre expérience, technique et style",
    citedIn: [place])
private let dihal = Reference(
    id: "developper-le-travail-pair-dans-le-champ-de-la-veille-social",
    title: "Développer le travail pair dans le champ de la veille sociale, de l’hébergement et du logement",
    authors: ["Délégation interministérielle à l’hébergement et à l’accès au logement, Fédération des acteurs de la solidarité"],
    year: 2018, url: "https://www.gouvernement.fr/sites/default/files/contenu/piece-jointe/2018/12/publication_travail_pair.pdf",
    kind: .rapport,
    text: "Développer le travail pair dans le champ de la veille sociale, de l’hébergement et du logement. Paris : Délégation interministérielle à l’hébergement et à l’accès au logement, 2018, 80 p.",
    citedIn: [place])
private let webinar = Reference(
    id: "le-recrutement-d-un-travailleur-pair", title: "Le recrutement d’un travailleur pair",
    authors: ["Fédération des acteurs de la solidarité Bretagne"], year: 2021, kind: .webinaire,
    text: "Fédération des acteurs de la solidarité Bretagne (2021). Le recrutement d’un travailleur pair [Webinaire]", citedIn: [place])
private let site = Reference(
    id: "solidarites-usagers-psy", title: "Solidarités usagers psy",
    url: "https://www.solidarites-usagerspsy.fr/s-engager/les-pairs-aidants/", kind: .site,
    text: "Solidarités usagers psy. En ligne : https://www.solidarites-usagerspsy.fr/s-engager/les-pairs-aidants/", citedIn: [place])
private let decree = Reference(
    id: "decret-n-2017-1200-du-27-juillet-2017-relatif-au-projet-ter",
    title: "Décret n° 2017-1200 du 27 juillet 2017 relatif au projet territorial de santé mentale", year: 2017,
    url: "https://www.legifrance.gouv.fr/affichTexte.do?cidTexte=JORFTEXT000035315389&categorieLien=id", kind: .texte,
    text: "Décret n° 2017-1200 du 27 juillet 2017 relatif au projet territorial de santé mentale", citedIn: [place])
private let strategy3 = Reference(
    id: "strategie-de-prevention-et-de-lutte-contre-la-pauvrete-des-e",
    title: "Stratégie de prévention et de lutte contre la pauvreté des enfants et des jeunes. Proposition du groupe de travail n° 3 : Développer l’accompagnement global et les leviers de prévention",
    year: 2018, url: "https://www.ladocumentationfrancaise.fr/var/storage/rapports-publics/184000783.pdf", kind: .rapport,
    text: "Stratégie de prévention et de lutte contre la pauvreté des enfants et des jeunes. Proposition du groupe de travail n° 3", citedIn: [place])
private let strategy5 = Reference(
    id: "strategie-de-prevention-et-de-lutte-contre-la-pauvrete-des-e-2",
    title: "Stratégie de prévention et de lutte contre la pauvreté des enfants et des jeunes. Proposition du groupe de travail n° 5 : un accompagnement renforcé dans la lutte contre l’exclusion",
    year: 2018, url: "https://www.ladocumentationfrancaise.fr/var/storage/rapports-publics/184000785.pdf", kind: .rapport,
    text: "Stratégie de prévention et de lutte contre la pauvreté des enfants et des jeunes. Proposition du groupe de travail n° 5", citedIn: [place])
private let special = Reference(
    id: "special", title: "100 % pairs & {aidants} #1 : coût_total $5 \\ ~^", authors: ["Sizaret, Anne, Ireps Bourgogne-Franche-Comté"],
    year: 2020, kind: .guide, text: "100 % pairs & {aidants} #1 : coût_total $5 \\ ~^", citedIn: [place])

private let references = [laval, demailly, dihal, webinar, site, decree, strategy3, strategy5, special]

/// BibTeX entries, one per `@`, with their text.
private func entries(_ bib: String) -> [Substring] {
    bib.split(separator: "\n@").map { $0 }
}

/// Whether every `{` closes, as BibTeX counts them (a backslash does not hide a brace).
private func balanced(_ text: Substring) -> Bool {
    var depth = 0
    for character in text {
        if character == "{" { depth += 1 }
        if character == "}" { depth -= 1; if depth < 0 { return false } }
    }
    return depth == 0
}

@Suite struct BibliographyExportTests {
    typealias Name = BibliographyExport.Name

    @Test func keepsAnOrganisationWholeAndSplitsAListOfPersons() {
        #expect(BibliographyExport.names(in: "Fédération des acteurs de la solidarité Bretagne") == [.literal("Fédération des acteurs de la solidarité Bretagne")])
        #expect(BibliographyExport.names(in: "Laval, C., & Gardien, È.") == [.person(family: "Laval", given: "C."), .person(family: "Gardien", given: "È.")])
    }

    @Test(arguments: [
        ("Demailly, L. et Garnoussi, N.", [Name.person(family: "Demailly", given: "L."), .person(family: "Garnoussi", given: "N.")]),
        ("Castro, François de, Narci-Zanni, Emmanuelle", [.person(family: "Castro", given: "François de"), .person(family: "Narci-Zanni", given: "Emmanuelle")]),
        ("Naughton, L., Collins, P. & Ryan, M.", [.person(family: "Naughton", given: "L."), .person(family: "Collins", given: "P."), .person(family: "Ryan", given: "M.")]),
        ("Gardien, Ève, Descamps, Aurélia.", [.person(family: "Gardien", given: "Ève"), .person(family: "Descamps", given: "Aurélia")]),
        ("Demailly Lise, Garnoussi Nadia", [.person(family: "Demailly", given: "Lise"), .person(family: "Garnoussi", given: "Nadia")]),
        ("Demailly Lise, Bélart Claire, Déchamp Catherine, et al", [.person(family: "Demailly", given: "Lise"), .person(family: "Bélart", given: "Claire"), .person(family: "Déchamp", given: "Catherine"), .others]),
        ("Henderson AR, Kemp V", [.person(family: "Henderson", given: "AR"), .person(family: "Kemp", given: "V")]),
        ("Sizaret, Anne, Ireps Bourgogne-Franche-Comté", [.person(family: "Sizaret", given: "Anne"), .literal("Ireps Bourgogne-Franche-Comté")]),
        ("Demailly, L., Bélart, C., Catherine, D. L. R., Dembinski, O., Farnarier, C., Garnoussi, N., & Jérémie, S.", [
            .person(family: "Demailly", given: "L."), .person(family: "Bélart", given: "C."), .person(family: "Catherine", given: "D. L. R."),
            .person(family: "Dembinski", given: "O."), .person(family: "Farnarier", given: "C."), .person(family: "Garnoussi", given: "N."),
            .person(family: "Jérémie", given: "S."),
        ]),
        // Organisations: an inner `et` or comma never splits them.
        ("Délégation interministérielle à l’hébergement et à l’accès au logement, Fédération des acteurs de la solidarité",
         [.literal("Délégation interministérielle à l’hébergement et à l’accès au logement, Fédération des acteurs de la solidarité")]),
        ("Fédérations des acteurs de la solidarité Bretagne et Pays de la Loire", [.literal("Fédérations des acteurs de la solidarité Bretagne et Pays de la Loire")]),
        ("« Développer le recours aux pairs-aidants : grande précarité et troubles psychiques », HAS",
         [.literal("« Développer le recours aux pairs-aidants : grande précarité et troubles psychiques », HAS")]),
        ("Unafam", [.literal("Unafam")]),
        ("Adenot, Vincent", [.person(family: "Adenot", given: "Vincent")]),
    ])
    func readsTheAuthorsAsTheGuidesWriteThem(author: String, expected: [Name]) {
        #expect(BibliographyExport.names(in: author) == expected)
    }

    @Test func bibTeXEntriesHaveTypesUniqueKeysAndBalancedBraces() {
        let bib = BibliographyExport.bibTeX(references)
        let found = entries(bib)
        #expect(found.count == references.count)
        #expect(found.allSatisfy(balanced))
        let keys = found.map { $0.drop { $0 != "{" }.dropFirst().prefix { $0 != "," } }
        #expect(Set(keys).count == keys.count)
        #expect(keys.allSatisfy { $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        #expect(keys == ["laval2020", "demailly2016", "delegation2018", "federation2021", "solidarites", "decret2017", "strategie2018a", "strategie2018b", "sizaret2020"])
        let types = found.map { $0.drop { $0 == "@" }.prefix { $0 != "{" } }
        #expect(types == ["article", "article", "techreport", "misc", "online", "misc", "techreport", "techreport", "book"])
    }

    @Test func bibTeXWritesAuthorsPublishersAndEscapes() {
        let bib = BibliographyExport.bibTeX(references)
        let found = entries(bib)
        #expect(found[0].contains("  author = {Laval, C. and Gardien, È.},\n"))
        #expect(found[0].contains("  journal = {Rhizome},\n"))
        #expect(found[0].contains("  year = {2020},\n"))
        // The guide's entry says more than the title: pages, issue.
        #expect(found[0].contains("  note = {Laval, C., \\& Gardien, È. (2020)."))
        #expect(found[1].contains("  journal = {Sciences \\& Actions Sociales},\n"))
        #expect(!found[1].contains("note ="))
        #expect(found[2].contains("  author = {{Délégation interministérielle à l’hébergement et à l’accès au logement, Fédération des acteurs de la solidarité}},\n"))
        #expect(found[2].contains("  url = {https://www.gouvernement.fr/sites/default/files/contenu/piece-jointe/2018/12/publication_travail_pair.pdf}"))
        #expect(found[3].contains("  author = {{Fédération des acteurs de la solidarité Bretagne}},\n"))
        #expect(found[3].contains("  type = {Webinaire},\n"))
        #expect(!found[4].contains("year ="))
        #expect(!found[4].contains("author ="))
        #expect(found[5].contains("categorieLien=id}"))
        #expect(found[8].contains("  author = {Sizaret, Anne and {Ireps Bourgogne-Franche-Comté}},\n"))
        #expect(found[8].contains(
            "  title = {100 \\% pairs \\& \\textbraceleft{}aidants\\textbraceright{} \\#1 : coût\\_total \\$5 \\textbackslash{} \\textasciitilde{}\\textasciicircum{}},\n"))
        #expect(bib.hasPrefix("@article{laval2020,\n"))
        #expect(bib.hasSuffix("}\n"))
    }

    @Test func risRecordsStartWithTheTypeAndEndTheRecord() {
        let ris = BibliographyExport.ris(references)
        // CRLF throughout: no line feed without its carriage return.
        #expect(!ris.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let records = ris.components(separatedBy: "\r\n\r\n")
        #expect(records.count == references.count)
        for record in records {
            let lines = record.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.first?.hasPrefix("TY  - ") == true)
            #expect(lines.last == "ER  - ")
            #expect(lines.allSatisfy { $0.prefix(2).allSatisfy { $0.isUppercase || $0.isNumber } && $0.dropFirst(2).hasPrefix("  - ") })
        }
        #expect(records.map { $0.prefix(10) } == ["TY  - JOUR", "TY  - JOUR", "TY  - RPRT", "TY  - VIDE", "TY  - ELEC", "TY  - STAT", "TY  - RPRT", "TY  - RPRT", "TY  - BOOK"])
        #expect(records[0].contains("AU  - Laval, C.\r\nAU  - Gardien, È.\r\nTI  - Accompagner ses pairs"))
        #expect(records[0].contains("T2  - Rhizome\r\nPY  - 2020\r\n"))
        #expect(records[3].contains("AU  - Fédération des acteurs de la solidarité Bretagne\r\n"))
        #expect(records[4].contains("UR  - https://www.solidarites-usagerspsy.fr/s-engager/les-pairs-aidants/\r\n"))
        #expect(!records[4].contains("PY  - "))
        #expect(ris.hasSuffix("ER  - \r\n"))
    }

    @Test func cslJSONParsesBackWithTypesNamesAndDates() throws {
        let json = BibliographyExport.cslJSON(references)
        #expect(!json.contains("\\/"))
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == references.map(\.id))
        #expect(items.map { $0["type"] as? String } == [
            "article-journal", "article-journal", "report", "speech", "webpage", "legislation", "report", "report", "book",
        ])
        let lavalAuthors = try #require(items[0]["author"] as? [[String: String]])
        #expect(lavalAuthors == [["family": "Laval", "given": "C."], ["family": "Gardien", "given": "È."]])
        #expect(items[0]["container-title"] as? String == "Rhizome")
        #expect((items[0]["issued"] as? [String: [[Int]]])?["date-parts"] == [[2020]])
        #expect(items[3]["author"] as? [[String: String]] == [["literal": "Fédération des acteurs de la solidarité Bretagne"]])
        #expect(items[3]["genre"] as? String == "Webinaire")
        #expect(items[4]["issued"] == nil)
        #expect(items[4]["author"] == nil)
        #expect(items[4]["URL"] as? String == "https://www.solidarites-usagerspsy.fr/s-engager/les-pairs-aidants/")
        #expect(items[8]["title"] as? String == special.title)
        // Sorted keys: `author` before `id` before `type`.
        let first = json.components(separatedBy: "\n").prefix(4).joined()
        #expect(first.contains("\"author\""))
    }

    @Test func theSameReferencesGiveTheSameBytes() throws {
        #expect(BibliographyExport.bibTeX(references) == BibliographyExport.bibTeX(references))
        #expect(BibliographyExport.ris(references) == BibliographyExport.ris(references))
        #expect(BibliographyExport.cslJSON(references) == BibliographyExport.cslJSON(references))
        // Order follows the input.
        let reversed = try #require(
            try JSONSerialization.jsonObject(with: Data(BibliographyExport.cslJSON(references.reversed()).utf8)) as? [[String: Any]])
        #expect(reversed.map { $0["id"] as? String } == references.reversed().map(\.id))
        #expect(entries(BibliographyExport.bibTeX(references.reversed())).first?.hasPrefix("@book{sizaret2020,") == true)
        #expect(BibliographyExport.bibTeX([]) == "")
        #expect(BibliographyExport.ris([]) == "")
        #expect(BibliographyExport.cslJSON([]) == "[\n\n]\n" || BibliographyExport.cslJSON([]) == "[]\n")
    }
}
