import Foundation
import GuidesText
import Testing
@testable import GuidesImport

/// Issue 14: `guides import --ocr` on scans it was not written for (`Tests/ocr/`, built by
/// `make_set.py`): per text and per half, the reference's words damaged by the OCR, how many
/// the import repairs, how many correct words it breaks, and how many of its changes are right.
/// `GUIDES_OCR_DETAIL=1` lists the damaged words of the `dev` half, repaired or missed.
@Suite struct OCRSetTests {
    /// What became of the reference's words: kept right, damaged (by kind), lost (no token of
    /// the OCR text stands for them: a line tesseract dropped, which no repair can bring back),
    /// repaired, broken, and changes made to a damaged word that are still wrong.
    struct Figures: CustomStringConvertible {
        var words = 0, lost = 0
        var cut = 0, cutRepaired = 0
        var nonWords = 0, nonWordsRepaired = 0
        var realWords = 0, realWordsRepaired = 0
        var broken = 0, dropped = 0, changedWrong = 0
        var changes = 0
        /// Texts, and those the import took for OCR output on its own (no `--ocr`).
        var texts = 0, detected = 0
        var damaged: Int { cut + nonWords + realWords }
        var repaired: Int { cutRepaired + nonWordsRepaired + realWordsRepaired }
        /// Of the words the import changed, those it made right.
        var precision: Double { repaired + broken + changedWrong == 0 ? 1 : Double(repaired) / Double(repaired + broken + changedWrong) }
        var description: String {
            "\(words) words, \(lost) lost, \(damaged) damaged (\(percent(damaged, words))), \(repaired) repaired (\(percent(repaired, damaged))): "
                + "cut \(cutRepaired)/\(cut), non-words \(nonWordsRepaired)/\(nonWords), real words \(realWordsRepaired)/\(realWords); "
                + "\(broken) correct words broken, \(changedWrong) damaged words changed wrongly, precision \(percent(repaired, repaired + broken + changedWrong)); "
                + "\(dropped) correct words dropped with the page furniture; "
                + "\(changes) changes reported; repair switched on by itself for \(detected) of \(texts) texts"
        }
        func percent(_ part: Int, _ whole: Int) -> String { whole == 0 ? "–" : String(format: "%.0f %%", 100 * Double(part) / Double(whole)) }
        static func + (a: Figures, b: Figures) -> Figures {
            Figures(words: a.words + b.words, lost: a.lost + b.lost, cut: a.cut + b.cut, cutRepaired: a.cutRepaired + b.cutRepaired,
                    nonWords: a.nonWords + b.nonWords, nonWordsRepaired: a.nonWordsRepaired + b.nonWordsRepaired,
                    realWords: a.realWords + b.realWords, realWordsRepaired: a.realWordsRepaired + b.realWordsRepaired,
                    broken: a.broken + b.broken, dropped: a.dropped + b.dropped, changedWrong: a.changedWrong + b.changedWrong, changes: a.changes + b.changes,
                    texts: a.texts + b.texts, detected: a.detected + b.detected)
        }
    }

    static let root = TestLexicon.repoRoot.appendingPathComponent("Tests/ocr")
    static let lexicon = TestLexicon.make(excluding: nil)
    static let repair = OCRRepair(lexicon: lexicon)
    /// Marks a hyphen at a line end inside a token (`accom­pagnées`), so a word left cut never
    /// equals its reference, and a cut word can be told from a compound.
    static let cutMark: Character = "\u{AD}"

    /// Words as the reference and the OCR write them: letters, digits, apostrophes and inner
    /// hyphens; a word cut at a line end (`accom-` / `pagnées`) is one token, `accom\u{AD}pagnées`.
    static func words(_ text: String) -> [String] {
        let joined = text.replacing(/-\n+\s*/, with: String(cutMark))
        var result: [String] = []
        var current = ""
        func flush() {
            let word = current.trimmingCharacters(in: .init(charactersIn: "-\u{AD}"))
            if !word.isEmpty { result.append(word) }
            current = ""
        }
        for character in joined {
            if character.isLetter || character.isNumber || character == "'" || character == "’" || (character == "-" || character == cutMark) && !current.isEmpty {
                current.append(character == "’" ? "'" : character)
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    /// For each word of `reference`, the index of the token of `text` that stands for it, or nil
    /// when none does: the alignment of least edit cost (a substitution costs 1, a deletion or
    /// insertion 1, so a damaged word aligns with its damaged reading).
    static func alignment(_ reference: [String], _ text: [String]) -> [Int?] {
        let n = reference.count, m = text.count
        var cost = [[Int32]](repeating: [Int32](repeating: 0, count: m + 1), count: n + 1)
        for i in 0...n { cost[i][m] = Int32(n - i) }
        for j in 0...m { cost[n][j] = Int32(m - j) }
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                let substitute = cost[i + 1][j + 1] + (reference[i] == text[j] ? 0 : 1)
                cost[i][j] = min(substitute, cost[i + 1][j] + 1, cost[i][j + 1] + 1)
            }
        }
        var result = [Int?](repeating: nil, count: n)
        var i = 0, j = 0
        while i < n, j < m {
            if cost[i][j] == cost[i + 1][j + 1] + (reference[i] == text[j] ? 0 : 1) {
                result[i] = j; i += 1; j += 1
            } else if cost[i][j] == cost[i + 1][j] + 1 { i += 1 } else { j += 1 }
        }
        return result
    }

    static func figures(split: String, detail: Bool) -> Figures {
        let directory = root.appendingPathComponent(split)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".ref.txt") }.sorted()
        var total = Figures()
        for name in names {
            let base = String(name.dropLast(".ref.txt".count))
            let reference = words(try! String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))
            let raw = try! String(contentsOf: directory.appendingPathComponent(base + ".ocr.txt"), encoding: .utf8)
            // As an editor imports a scan: no `--ocr`, the damage found decides.
            let result = Importer.convert(raw, options: ImportOptions(ocr: .auto, repair: repair))
            let before = words(raw), after = words(result.markdown)
            let alignedBefore = alignment(reference, before), alignedAfter = alignment(reference, after)
            var figures = Figures(words: reference.count, changes: result.ocrChanges.count, texts: 1, detected: result.repairedOCR ? 1 : 0)
            var lines: [String] = []
            for (index, word) in reference.enumerated() {
                guard let b = alignedBefore[index] else { figures.lost += 1; continue }
                let read = before[b], now = alignedAfter[index].map { after[$0] }
                let context = reference[max(0, index - 3)..<min(reference.count, index + 3)].joined(separator: " ")
                if read == word {
                    // A correct word the import left out (a running header or footer, a page
                    // number: lines it drops on purpose) is not a word the repair broke.
                    if now == nil { figures.dropped += 1; lines.append("  dropped: \(word)") }
                    else if now != word { figures.broken += 1; lines.append("  broken: \(word) → \(now!) [\(context)]") }
                    continue
                }
                let right = now == word
                // A cut left as it was (`Age-` / `fiph` → `Age-fiph`) is a miss, not a change:
                // the import must join the lines, and keeping the hyphen changes nothing.
                if !right, let now, now != read, now != read.replacing(String(cutMark), with: "-") { figures.changedWrong += 1 }
                let kind: String
                if read.contains(cutMark) {
                    kind = "cut"; figures.cut += 1; if right { figures.cutRepaired += 1 }
                } else if read.allSatisfy(\.isNumber) || lexicon.contains(read) {
                    kind = "real word"; figures.realWords += 1; if right { figures.realWordsRepaired += 1 }
                } else {
                    kind = "non-word"; figures.nonWords += 1; if right { figures.nonWordsRepaired += 1 }
                }
                lines.append("  \(right ? "repaired" : "missed") \(kind): \(read) → \(now ?? "∅") (\(word)) [\(context)]")
            }
            print("OCR \(split) \(base): \(figures); found \(result.damage?.summary ?? "")")
            if detail, split == "dev" { print(lines.joined(separator: "\n")) }
            total = total + figures
        }
        print("OCR \(split) total: \(total)")
        return total
    }

    /// The unseen set's clean texts (33 texts of every kind, `livret-ocr` aside, which is OCR
    /// output) imported with repair forced on: the only changes allowed are the joins of their
    /// own line-end cuts. Any other change would break a correct word. Without `--ocr`, the
    /// import finds no damage to repair in any of them.
    @Test func cleanTextsKeepTheirWords() throws {
        let unseen = TestLexicon.repoRoot.appendingPathComponent("Tests/unseen")
        var changed: [String] = []
        var texts = 0
        for split in ["dev", "report"] {
            let directory = unseen.appendingPathComponent(split)
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() where name.hasSuffix(".txt") && !name.contains("ocr") {
                let raw = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
                let result = Importer.convert(raw, options: ImportOptions(ocr: .on, repair: Self.repair))
                texts += 1
                changed += result.ocrChanges.filter { $0.rule != .lineEnd }.map { "\(split)/\(name):\($0.line): '\($0.before)' → '\($0.after)'" }
                // Left to decide, the import finds no damage to repair.
                if Importer.convert(raw, options: ImportOptions(ocr: .auto, repair: Self.repair)).repairedOCR { changed.append("\(name): repaired") }
            }
        }
        #expect(texts >= 30)
        #expect(changed.isEmpty, "\(changed.joined(separator: "\n"))")
    }

    /// Issue 14 asks to measure hunspell (Dicollecte's dictionary) against the word lists, for
    /// spelling and for suggestions, on the whole set:
    /// - spelling: of the references' lowercase words, how many each does not know (a false
    ///   alarm: repair would treat a correct word as damage); of the damaged readings that are
    ///   non-words to the lists, how many hunspell accepts (damage it would hide);
    /// - suggestions: for each damaged non-word, whether the reference is what the import made
    ///   of it, hunspell's first suggestion, or among its first five.
    /// The repair uses hunspell where it wins here: spelling (`isKnown`), never to pick a word
    /// (its suggestions, tried as a last resort, turned `intervision` into `intervention` in the
    /// clean texts). Hunspell bounds the time it spends suggesting: its figures vary by one.
    @Test func morphologyAgainstWordLists() throws {
        let morphology = try #require(FrenchMorphology.shared)
        var referenceWords = Set<String>(), damaged: [(read: String, word: String, now: String?)] = []
        let splits = ProcessInfo.processInfo.environment["GUIDES_OCR_DETAIL"] != nil ? ["dev"] : ["dev", "report"]
        for split in splits {
            let directory = Self.root.appendingPathComponent(split)
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() where name.hasSuffix(".ref.txt") {
                let base = String(name.dropLast(".ref.txt".count))
                let reference = Self.words(try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))
                let raw = try String(contentsOf: directory.appendingPathComponent(base + ".ocr.txt"), encoding: .utf8)
                let before = Self.words(raw), after = Self.words(Importer.convert(raw, options: ImportOptions(ocr: .on, repair: Self.repair)).markdown)
                let alignedBefore = Self.alignment(reference, before), alignedAfter = Self.alignment(reference, after)
                for (index, word) in reference.enumerated() where word.first?.isLowercase == true && word.allSatisfy({ $0.isLetter }) {
                    referenceWords.insert(word)
                    guard let b = alignedBefore[index], before[b] != word, before[b].allSatisfy(\.isLetter), !Self.lexicon.contains(before[b]) else { continue }
                    damaged.append((before[b], word, alignedAfter[index].map { after[$0] }))
                }
            }
        }
        let unknownToLists = referenceWords.filter { !Self.lexicon.contains($0) }
        let unknownToHunspell = referenceWords.filter { !morphology.knows($0) }
        let hiddenByHunspell = damaged.filter { morphology.knows($0.read) }
        let byImport = damaged.filter { $0.now == $0.word }.count
        let firstSuggestion = damaged.filter { morphology.suggestions(for: $0.read).first == $0.word }.count
        let inFive = damaged.filter { morphology.suggestions(for: $0.read).prefix(5).contains($0.word) }.count
        print("""
            OCR spelling: \(referenceWords.count) distinct reference words; unknown to the word lists \(unknownToLists.count), \
            to hunspell \(unknownToHunspell.count), to both \(unknownToLists.intersection(unknownToHunspell).count); \
            damaged non-words (to the lists) \(damaged.count), accepted by hunspell \(hiddenByHunspell.count)
            OCR suggestions for \(damaged.count) damaged non-words: the import's repair right \(byImport), \
            hunspell's first suggestion right \(firstSuggestion), in its first five \(inFive)
            """)
        if ProcessInfo.processInfo.environment["GUIDES_OCR_DETAIL"] != nil {
            for item in damaged where item.now != item.word { print("  \(item.read) → \(item.now ?? "∅") (\(item.word)); hunspell: \(morphology.suggestions(for: item.read).prefix(3))") }
        }
        // Hunspell knows the language better (fewer false alarms), so it judges spelling…
        #expect(unknownToHunspell.count < unknownToLists.count)
        // …but ranks its suggestions by form, not by what the text says: it picks no better.
        #expect(byImport >= firstSuggestion)
    }

    /// Floors at the figures reached when they were set, so a change that loses ground fails.
    /// Issue 14's bar (reporting half: 60 % of damaged words repaired, 95 % of changes right, no
    /// correct word broken) is higher: the issue's closing note says where it stands.
    static let floors: [String: (repaired: Double, broken: Int, detected: Int)] = ["dev": (0.75, 0, 47), "report": (0.64, 1, 11)]

    @Test(arguments: ["dev", "report"]) func importRepairsScansItWasNotWrittenFor(split: String) {
        // Developing (`GUIDES_OCR_DETAIL=1`) shows the development half only: the reporting
        // half's figures are read once the rules are settled.
        let detail = ProcessInfo.processInfo.environment["GUIDES_OCR_DETAIL"] != nil
        if detail && split == "report" { return }
        let figures = Self.figures(split: split, detail: detail)
        #expect(figures.words > 3000 && figures.damaged > 40, "the set holds enough damage to measure")
        #expect(figures.detected >= Self.floors[split]!.detected, "\(split): \(figures)")
        #expect(Double(figures.repaired) >= Self.floors[split]!.repaired * Double(figures.damaged), "\(split): \(figures)")
        #expect(figures.broken <= Self.floors[split]!.broken, "\(split): \(figures)")
    }
}
