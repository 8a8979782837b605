import Foundation
import GuidesText
import Testing
@testable import GuidesImport

/// Issue 14: `guides import --ocr` on scans it was not written for (`Tests/ocr/`, built by
/// `make_set.py`): per text and per half, the reference's words damaged by the OCR, how many
/// the import repairs, how many correct words it breaks, and how many of its changes are right.
/// `GUIDES_OCR_DETAIL=1` lists the damaged words of the `dev` half, repaired or missed.
@Suite struct OCRSetTests {
    struct Figures: CustomStringConvertible {
        var words = 0
        var damaged = 0, repaired = 0, broken = 0
        var cut = 0, cutRepaired = 0
        var changes = 0
        var description: String {
            let rate = damaged == 0 ? 0 : Double(repaired) / Double(damaged)
            return "\(words) words, \(damaged) damaged (\(percent(damaged, words))), \(repaired) repaired (\(Int((rate * 100).rounded())) %), "
                + "\(broken) correct words broken; cut at a line end \(cutRepaired)/\(cut) repaired; \(changes) changes"
        }
        func percent(_ part: Int, _ whole: Int) -> String { whole == 0 ? "0 %" : String(format: "%.1f %%", 100 * Double(part) / Double(whole)) }
        static func + (a: Figures, b: Figures) -> Figures {
            Figures(words: a.words + b.words, damaged: a.damaged + b.damaged, repaired: a.repaired + b.repaired, broken: a.broken + b.broken,
                    cut: a.cut + b.cut, cutRepaired: a.cutRepaired + b.cutRepaired, changes: a.changes + b.changes)
        }
    }

    static let root = TestLexicon.repoRoot.appendingPathComponent("Tests/ocr")
    static let repair = OCRRepair(lexicon: TestLexicon.make(excluding: nil))

    /// Words as the reference and the OCR write them: letters, digits, apostrophes and inner
    /// hyphens; a word cut at a line end (`accom-` / `pagnées`) is one token, `accom-pagnées`.
    static func words(_ text: String) -> [String] {
        let joined = text.replacing(/-\n+\s*/, with: "-")
        var result: [String] = []
        var current = ""
        for character in joined {
            if character.isLetter || character.isNumber || character == "'" || character == "’" || character == "-" && !current.isEmpty {
                current.append(character == "’" ? "'" : character)
            } else if !current.isEmpty {
                result.append(current.trimmingCharacters(in: .init(charactersIn: "-")))
                current = ""
            }
        }
        if !current.isEmpty { result.append(current.trimmingCharacters(in: .init(charactersIn: "-"))) }
        return result.filter { !$0.isEmpty }
    }

    /// Indices of `reference` matched word for word by `text` (a longest common subsequence).
    static func matched(_ reference: [String], _ text: [String]) -> Set<Int> {
        let n = reference.count, m = text.count
        var table = [[Int32]](repeating: [Int32](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = reference[i] == text[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var result = Set<Int>()
        var i = 0, j = 0
        while i < n, j < m {
            if reference[i] == text[j] { result.insert(i); i += 1; j += 1 } else if table[i + 1][j] >= table[i][j + 1] { i += 1 } else { j += 1 }
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
            let before = words(raw)
            let result = Importer.convert(raw, options: ImportOptions(ocr: .on, repair: repair))
            let after = words(result.markdown)
            let matchedBefore = matched(reference, before), matchedAfter = matched(reference, after)
            let damaged = Set(reference.indices).subtracting(matchedBefore)
            // A reference word whose OCR token is cut (`accom-pagnées` for `accompagnées`).
            let cutTokens = Set(before.filter { $0.contains("-") }.map { $0.replacing("-", with: "") })
            let cut = damaged.filter { cutTokens.contains(reference[$0].replacing("-", with: "")) }
            var figures = Figures(words: reference.count, damaged: damaged.count, repaired: damaged.intersection(matchedAfter).count,
                                  broken: matchedBefore.subtracting(matchedAfter).count, cut: cut.count,
                                  cutRepaired: cut.intersection(matchedAfter).count, changes: result.ocrChanges.count)
            if !result.repairedOCR { figures.changes = 0 }
            print("OCR \(split) \(base): \(figures)")
            if detail, split == "dev" {
                for index in damaged.sorted() { print("  \(matchedAfter.contains(index) ? "repaired" : "missed"): \(reference[index])") }
            }
            total = total + figures
        }
        print("OCR \(split) total: \(total)")
        return total
    }

    /// Floors at the figures reached when they were set, so a change that loses ground fails.
    /// Issue 14's bar (reporting half: 60 % of damaged words repaired, 95 % of changes right, no
    /// correct word broken) is higher: the closing note says where it stands.
    static let floors: [String: (repaired: Double, broken: Int)] = ["dev": (0.28, 3), "report": (0.33, 7)]

    @Test(arguments: ["dev", "report"]) func importRepairsScansItWasNotWrittenFor(split: String) {
        let figures = Self.figures(split: split, detail: ProcessInfo.processInfo.environment["GUIDES_OCR_DETAIL"] != nil)
        #expect(figures.words > 3000 && figures.damaged > 60, "the set holds enough damage to measure")
        #expect(Double(figures.repaired) >= Self.floors[split]!.repaired * Double(figures.damaged), "\(split): \(figures)")
        #expect(figures.broken <= Self.floors[split]!.broken, "\(split): \(figures)")
    }
}
