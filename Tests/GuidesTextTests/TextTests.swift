import Foundation
@testable import GuidesText
import Testing

@Suite struct LengthTests {
    @Test func hasAtLeastCountsCharacters() {
        #expect("abc".hasAtLeast(3) && !"abc".hasAtLeast(4) && "".hasAtLeast(0))
        // Bytes are not characters: `é` written decomposed is one character of three bytes.
        #expect(!"e\u{301}té".hasAtLeast(4) && "e\u{301}té".hasAtLeast(3))
        #expect("Rétablissement"[...].hasAtLeast(14) && !"Rétablissement".hasAtLeast(15))
    }
}

@Suite struct SlugTests {
    @Test(arguments: [
        ("Rétablissement", "retablissement"),
        ("Qu'est-ce que le travail pair ?", "qu-est-ce-que-le-travail-pair"),
        ("QU’EST-CE QUE LE TRAVAIL PAIR ?", "qu-est-ce-que-le-travail-pair"),
        ("1.2 Rétablissement et empowerment", "1-2-retablissement-et-empowerment"),
        ("Mise en œuvre", "mise-en-oeuvre"),
        ("Travailleur (euse)-Pair(e)", "travailleur-euse-pair-e"),
        ("  Éclairages — «think-tank»  ", "eclairages-think-tank"),
        ("…", ""),
    ])
    func slugs(text: String, slug: String) {
        #expect(Slug.make(text) == slug)
    }

    @Test func validity() {
        #expect(Slug.isValid("pair-aidance-professionnelle"))
        #expect(!Slug.isValid("Pair-aidance"))
        #expect(!Slug.isValid("pair--aidance"))
        #expect(!Slug.isValid(""))
    }

    @Test func scopeMakesDuplicatesUnique() {
        var scope = SlugScope(reserved: ["sommaire"])
        #expect(scope.slug(for: "Ressources") == "ressources")
        #expect(scope.slug(for: "RESSOURCES") == "ressources-2")
        #expect(scope.slug(for: "Ressources") == "ressources-3")
        #expect(scope.slug(for: "Sommaire") == "sommaire-2")
        #expect(scope.slug(for: "???") == "section")
        #expect(scope.slug(for: "!!!") == "section-2")
    }

    @Test func foldingRemovesCaseAndAccents() {
        #expect(Folding.fold("Médiateur de Santé-Pair") == "mediateur de sante-pair")
        #expect(Folding.fold("ŒUVRE à Noël") == "oeuvre a noel")
        #expect(Folding.fold("ÉTAT, Ÿ, straße, İ, ﬁ, Ωμέγα") == "etat, y, strasse, i, ﬁ, ωμεγα")
    }

    /// The byte table gives what Unicode gives (lowercase the text, decompose each character,
    /// drop the combining marks), on the guides' whole text.
    /// Every scalar the tables hold folds as Unicode folds it alone.
    @Test func foldingTablesHoldUnicodesFolds() {
        for value in Array(0x80..<0x250) + Array(0x2000..<0x2070) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(Folding.fold(String(scalar)) == Folding.slowFold(scalar), "U+\(String(value, radix: 16))")
        }
        #expect(Folding.fold("l’équipe — 2 000 €…") == "l’equipe — 2 000 €…")
    }

    @Test func foldingTableAgreesWithUnicode() throws {
        let guides = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("content/guides")
        for name in try FileManager.default.contentsOfDirectory(atPath: guides.path) where name.hasSuffix(".md") {
            let text = try String(contentsOf: guides.appendingPathComponent(name), encoding: .utf8)
            let reference = text.lowercased().unicodeScalars.map { Folding.slowFold($0) }.joined()
            #expect(Folding.fold(text) == reference, "\(name)")
        }
    }
}

@Suite struct FrenchFormatTests {
    @Test func dates() {
        #expect(FrenchDates.label(year: 2024, month: 12) == "décembre 2024")
        #expect(FrenchDates.label(year: 2019, month: 8) == "août 2019")
        #expect(FrenchDates.label(year: 2019, month: nil) == "2019")
    }

    @Test func lists() {
        #expect(FrenchLists.join(["A"]) == "A")
        #expect(FrenchLists.join(["A", "B"]) == "A et B")
        #expect(FrenchLists.join(["A", "B", "C"]) == "A, B et C")
    }
}

/// The byte-level overloads that stand in for Foundation's `NSString` search give Foundation's
/// answers on French text.
@Suite struct StringSearchTests {
    static let texts = ["Le rétablissement, c’est « aller mieux ».", "", "é", "œuvre œuvre", "pair-aidance et pair-aidant", "a\u{202F}: b"]
    static let needles = ["", "é", "ré", "tablissement", "œuvre", "pair", "aidant", "« aller", "\u{202F}:", "x", "mieux ».", "Le rétablissement, c’est « aller mieux ». Encore"]

    @Test func agreeWithFoundation() {
        for text in Self.texts {
            for needle in Self.needles {
                let ns = text as NSString
                let expected = ns.range(of: needle)
                #expect(text.contains(needle) == (expected.location != NSNotFound), "\(text) / \(needle)")
                let found = text.range(of: needle).map { NSRange($0, in: text) }
                #expect(found == (expected.location == NSNotFound ? nil : expected), "\(text) / \(needle)")
                #expect(text[...].contains(needle) == text.contains(needle))
                if !needle.isEmpty {
                    #expect(text.replacingOccurrences(of: needle, with: "[\(needle)]") == ns.replacingOccurrences(of: needle, with: "[\(needle)]"))
                }
            }
        }
        #expect("aaa".replacingOccurrences(of: "aa", with: "b") == "ba")
        #expect("abc".replacingOccurrences(of: "", with: "x") == "abc")
    }

    @Test func trimmingAgreesWithFoundation() {
        let set = CharacterSet(charactersIn: "«»\"“” ")
        for text in ["« Pourquoi ? »", "  ", "", "“Le pair”", "rien", "» é «"] {
            #expect(text.trimmingCharacters(in: set) == (text as NSString).trimmingCharacters(in: set), "\(text)")
        }
    }

    @Test func wordsKeepAccentsAndInnerHyphens() {
        #expect(FrenchWords.words(in: "La pair-aidance, c’est -- un Rétablissement.") == ["La", "pair-aidance", "c", "est", "un", "Rétablissement"])
        // A decomposed accent stays in its word, as in a `Character`.
        #expect(FrenchWords.words(in: "re\u{301}tablir vite").map(String.init) == ["re\u{301}tablir", "vite"])
        #expect(TermKey.words("Travailleur(euse)-Pair(e)s et médiatrices.") == ["travailleur", "pair", "et", "mediateur"])
        #expect(Folding.alphanumericKey("« Le  rétablissement » (2e éd.)") == "le retablissement 2e ed")
        // Keys from a text already folded: the same as from the text, cleaning or not.
        for text in ["Les médiatrices de santé paires.", "Travailleur.euse.s pair.e.s", "Pair(e)-aidant(e)", "Fin. Début", "www.site.fr"] {
            #expect(TermKey.words(text, folded: Folding.fold(text)) == TermKey.words(text), "\(text)")
        }
        #expect(TermKey.words("Travailleur.euse.s") == ["travailleur"])
    }
}
