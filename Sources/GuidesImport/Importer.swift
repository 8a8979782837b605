import Foundation
import GuidesText

/// One thing the importer did, for the editor to review.
public struct ImportNote: Hashable, Sendable, CustomStringConvertible {
    /// Line in the raw document.
    public var line: Int
    public var message: String

    public var description: String { "line \(line): \(message)" }
}

/// Whether `guides import` repairs OCR damage.
public enum OCRMode: String, Sendable, CaseIterable {
    /// Repair when the damage found says OCR output (`OCRDamage.looksLikeOCR`); join words
    /// cut at line ends in any case.
    case auto
    case on
    case off
}

/// How to import: OCR repair needs a lexicon; lost link targets can be looked up in a catalog.
public struct ImportOptions: Sendable {
    public var ocr: OCRMode
    /// Without it, no OCR repair is possible.
    public var repair: OCRRepair?
    /// Titles with known URLs, from the other guides and this one.
    public var links: LinkCatalog

    public init(ocr: OCRMode = .auto, repair: OCRRepair? = nil, links: LinkCatalog = LinkCatalog()) {
        self.ocr = ocr
        self.repair = repair
        self.links = links
    }
}

/// The first clean version of a guide, made from its PDF-extracted text.
public struct ImportResult: Sendable {
    /// CommonMark body (no front matter).
    public var markdown: String
    /// What was changed, in source order.
    public var notes: [ImportNote]
    /// Every word OCR repair changed, in source order (also summarised in `notes`).
    public var ocrChanges: [OCRChange]
    /// Whether OCR repair ran (forced, or the text looked damaged).
    public var repairedOCR: Bool
    /// The damage repair found, by kind (nil without a lexicon), whether it was kept or not.
    public var damage: OCRDamage?
    /// The share of lowercase words the lexicon does not know, before repair (nil without a lexicon).
    public var unknownWordRate: Double? { damage?.unknownWordRate }
    /// The headings of the result, as `(level, text)`.
    public var headings: [(level: Int, text: String)]
    /// The title for the front matter skeleton (`TitleFinder`): never empty for a text with words.
    public var title: String
}

/// Turns raw PDF-extracted text into clean CommonMark.
///
/// Each step is a pure function over lines or blocks, so each rule is testable on a snippet:
/// inline repairs (`<b>`, lost link targets), table of contents removal, URL joins, OCR repair,
/// paragraph and page-break joins, plain-line headings (`1.2 Titre`, wrapped titles), heading
/// levels, block quotes and numbered references.
public enum Importer {
    public static func convert(_ raw: String, options: ImportOptions = ImportOptions()) -> ImportResult {
        var notes: [ImportNote] = []
        var lines = prepareLines(raw, links: options.links, notes: &notes)
        lines = dropPageFurniture(lines, notes: &notes)
        lines = dropAlphabetDividers(lines, notes: &notes)
        lines = joinLoneBullets(lines, notes: &notes)
        lines = dropTableOfContents(lines, notes: &notes)
        lines = dropRunningHeaders(lines, notes: &notes)
        lines = joinURLs(lines, notes: &notes)
        lines = mergeLabels(lines, notes: &notes)
        var ocrChanges: [OCRChange] = []
        var repairedOCR = false
        var damage: OCRDamage?
        if let repair = options.repair {
            // Repair is tried, then kept if forced or if the damage it found says OCR; words cut
            // at line ends are joined in any case (layout of every hard-wrapped PDF text).
            // (Unknown words are counted once the cuts are joined: `rétablis-` / `sement` is layout.)
            let (joined, cutChanges) = repair.repair(lines, words: false)
            let (repaired, changes) = repair.repair(lines)
            damage = OCRDamage(unknownWordRate: repair.unknownWordRate(joined.map(\.text).joined(separator: "\n")), changes: changes)
            if options.ocr == .on || options.ocr == .auto && damage!.looksLikeOCR {
                repairedOCR = true
                (lines, ocrChanges) = (repaired, changes)
            } else if options.ocr == .auto {
                (lines, ocrChanges) = (joined, cutChanges)
            }
            notes += ocrChanges.map { ImportNote(line: $0.line, message: "OCR (\($0.rule.rawValue)): '\($0.before)' → '\($0.after)'") }
        }
        let width = WrapWidth.detect(lines.map(\.text))
        var blocks = splitBlocks(lines)
        blocks = joinBrokenBlocks(blocks, notes: &notes)
        blocks = splitGlossaryEntries(blocks)
        let outline = HeadingOutline.build(blocks, width: width, notes: &notes)
        let markdown = MarkdownWriter.write(outline, width: width)
        let headings = outline.compactMap { element -> (Int, String)? in
            if case let .heading(level, text, _) = element { return (level, text) }
            return nil
        }
        return ImportResult(
            markdown: markdown, notes: notes.sorted { $0.line < $1.line }, ocrChanges: ocrChanges,
            repairedOCR: repairedOCR, damage: damage, headings: headings, title: TitleFinder.title(of: outline))
    }

    /// Normalises line ends and blank lines, converts `<b>` and drops lost link targets.
    static func prepareLines(_ raw: String, links: LinkCatalog = LinkCatalog(), notes: inout [ImportNote]) -> [SourceLine] {
        // Form feeds mark PDF pages; lone CRs are old Mac line ends.
        let rawLines = raw.replacing("\r\n", with: "\n").replacing("\r", with: "\n").replacing("\u{0C}", with: "")
            .split(separator: "\n", omittingEmptySubsequences: false)
        return rawLines.enumerated().map { offset, line in
            let number = offset + 1
            if line.isBlankLine { return SourceLine(text: "", number: number, looksLikeContentsEntry: true) }
            let contentsEntry = LinePattern.isTableOfContentsEntry(String(line))
            // A lone page number (1 to 3 digits) left by the PDF's page furniture.
            let bare = line.trimmed
            if bare.count <= 3, bare.allSatisfy({ $0.isASCII && $0.isNumber }) {
                notes.append(ImportNote(line: number, message: "lone page number '\(bare)' dropped"))
                return SourceLine(text: "", number: number, looksLikeContentsEntry: true)
            }
            var text = LineRules.normaliseBullet(String(line))
            // Trailing spaces: keep a Markdown hard break ("  "), drop the rest.
            let hardBreak = text.hasSuffix("  ") && !text.trimmed.isEmpty
            while let last = text.last, last.isWhitespace { text.removeLast() }
            // Leading spaces: PDF noise, except for nested list items.
            let indent = text.prefix { $0 == " " || $0 == "\u{00A0}" }
            text = String(text.dropFirst(indent.count))
            if LinePattern.isListItem(text) && indent.count >= 2 { text = "  " + text }
            let emphasised = InlineRules.htmlEmphasisToMarkdown(text)
            if emphasised != text { notes.append(ImportNote(line: number, message: "HTML emphasis turned into Markdown")) }
            let unlinked = InlineRules.restoreLostLinks(emphasised, catalog: links)
            if unlinked != emphasised {
                let restored = unlinked.contains("](http")
                    && InlineRules.dropLostLinks(emphasised) != unlinked
                notes.append(ImportNote(line: number, message: restored
                    ? "link with a lost target ('(#)'): URL found for the same title in the corpus"
                    : "link with a lost target ('(#)') kept as text"))
            }
            return SourceLine(
                text: unlinked + (hardBreak ? "  " : ""), number: number,
                hadLostLink: unlinked != emphasised, looksLikeContentsEntry: contentsEntry,
                isAccordionQuestion: LineRules.accordionQuestion(line.trimmed[...]) != nil)
        }
    }

    /// Removes page furniture inside the text: footers (`Page 12 sur 40`, `12/40`) wherever they
    /// fall, even mid-sentence (the lines around them then join as one paragraph), and plain
    /// running headers, lines repeated on three pages or more in a text that has page furniture.
    static func dropPageFurniture(_ lines: [SourceLine], notes: inout [ImportNote]) -> [SourceLine] {
        var furniture = 0
        var result: [SourceLine] = []
        for line in lines {
            if LineRules.isPageFooter(line.text) {
                notes.append(ImportNote(line: line.number, message: "page footer '\(line.text.trimmed)' dropped"))
                furniture += 1
                continue
            }
            result.append(line)
        }
        let pageBreaks = furniture + notes.filter { $0.message.hasPrefix("lone page number") }.count
        guard pageBreaks >= 2 else { return result }
        var counts: [String: Int] = [:]
        for line in result where !line.text.isEmpty { counts[line.text.trimmed, default: 0] += 1 }
        var seen = Set<String>()
        return result.filter { line in
            let text = line.text.trimmed
            guard let count = counts[text], count >= 3, text.count <= 80, !text.hasSuffix(":"), !text.hasSuffix("."), !LinePattern.isListItem(text),
                  LinePattern.markdownHeadingLevel(text) == nil, text.filter(\.isLetter).count >= 4
            else { return true }
            if seen.insert(text).inserted { return true }
            notes.append(ImportNote(line: line.number, message: "running header '\(text)' dropped (repeated \(count) times)"))
            return false
        }
    }

    /// `A`, `E`, `M`: the letters of an alphabetical lexicon or index, each alone on its line
    /// (three or more of them in alphabetical order), dropped.
    static func dropAlphabetDividers(_ lines: [SourceLine], notes: inout [ImportNote]) -> [SourceLine] {
        func letter(_ line: SourceLine) -> Character? {
            let text = line.text.trimmed
            guard text.count == 1, let character = text.first, character.isASCII, character.isUppercase else { return nil }
            return character
        }
        let letters = lines.compactMap(letter)
        guard letters.count >= 3, letters == letters.sorted() else { return lines }
        return lines.filter { line in
            guard letter(line) != nil else { return true }
            notes.append(ImportNote(line: line.number, message: "alphabetical divider '\(line.text.trimmed)' dropped"))
            return false
        }
    }

    /// `•` alone on its line, the item's text on the next: one item.
    static func joinLoneBullets(_ lines: [SourceLine], notes: inout [ImportNote]) -> [SourceLine] {
        joiningNextLine(lines, notes: &notes) { line, next in
            guard LineRules.isLoneBullet(line.text), !LinePattern.isListItem(next.text) else { return nil }
            return ("- " + next.text.trimmed, "bullet alone on its line joined to its item")
        }
    }

    /// Each line for which `join` gives a text takes the next line into it (which then goes),
    /// with a note for the report.
    static func joiningNextLine(
        _ lines: [SourceLine], notes: inout [ImportNote], _ join: (SourceLine, SourceLine) -> (text: String, note: String)?
    ) -> [SourceLine] {
        var result: [SourceLine] = []
        var index = 0
        while index < lines.count {
            var line = lines[index]
            index += 1
            if index < lines.count, !lines[index].text.isEmpty, let joined = join(line, lines[index]) {
                line.text = joined.text
                notes.append(ImportNote(line: line.number, message: joined.note))
                index += 1
            }
            result.append(line)
        }
        return result
    }

    /// `Terme :` alone on its line, its definition on the next: `**Terme** : définition`, the
    /// form glossaries take once in Markdown. Not before a list, a URL or a lowercase
    /// continuation, and not for field labels (`En ligne :`, `Source :`).
    static func mergeLabels(_ lines: [SourceLine], notes: inout [ImportNote]) -> [SourceLine] {
        joiningNextLine(lines, notes: &notes) { line, next in
            guard let label = LineRules.label(of: line.text),
                  !LinePattern.isListItem(next.text), !InlineRules.isURLOnly(next.text),
                  LinePattern.markdownHeadingLevel(next.text) == nil, !LinePattern.startsLowercase(next.text),
                  !["en ligne", "source", "sources", "cite par", "disponible", "url", "lien"].contains(Folding.fold(label))
            else { return nil }
            return ("**\(label)** : " + next.text.trimmed, "label '\(label) :' joined to the text under it")
        }
    }

    /// Removes the PDF's own table of contents (titles with page numbers): the site makes its own.
    static func dropTableOfContents(_ lines: [SourceLine], notes: inout [ImportNote]) -> [SourceLine] {
        guard let start = lines.firstIndex(where: { LinePattern.isTableOfContentsTitle($0.text) }) else { return lines }
        var end = start + 1
        while end < lines.count, lines[end].looksLikeContentsEntry { end += 1 }
        // Blank lines before the next real line stay.
        while end > start + 1, lines[end - 1].text.isEmpty { end -= 1 }
        notes.append(ImportNote(line: lines[start].number, message: "table of contents dropped (lines \(lines[start].number)–\(lines[end - 1].number)): the site builds its own"))
        return Array(lines[..<start] + lines[end...])
    }

    /// Removes page furniture: a heading repeated at the top of several pages, recognisable
    /// because it comes back 3+ times and each time directly above another heading (`# LES
    /// POINTS DE VIGILANCE & SOLUTIONS` over each chapter). The first one stays.
    static func dropRunningHeaders(_ lines: [SourceLine], notes: inout [ImportNote]) -> [SourceLine] {
        var occurrences: [String: [Int]] = [:]
        for (index, line) in lines.enumerated() where LinePattern.markdownHeadingLevel(line.text) != nil {
            occurrences[line.text, default: []].append(index)
        }
        var dropped = Set<Int>()
        for (_, indices) in occurrences where indices.count >= 3 {
            let aboveHeadings = indices.allSatisfy { index in
                let next = lines[(index + 1)...].first { !$0.text.isEmpty }
                return next.map { LinePattern.markdownHeadingLevel($0.text) != nil } ?? false
            }
            guard aboveHeadings else { continue }
            for index in indices.dropFirst() {
                dropped.insert(index)
                notes.append(ImportNote(line: lines[index].number, message: "running header '\(lines[index].text)' dropped (repeated above \(indices.count) chapters)"))
            }
        }
        return lines.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }

    /// Glues URLs back to their label (`En ligne :` then the URL a few lines down) and
    /// joins URLs the PDF broke over two lines.
    static func joinURLs(_ lines: [SourceLine], notes: inout [ImportNote]) -> [SourceLine] {
        var result: [SourceLine] = []
        var index = 0
        while index < lines.count {
            var line = lines[index]
            index += 1
            if InlineRules.announcesURL(line.text) {
                var next = index
                while next < lines.count, next - index < 3, lines[next].text.isEmpty { next += 1 }
                if next < lines.count, InlineRules.isURLOnly(lines[next].text) {
                    line.text = line.text.trimmed + " " + lines[next].text.trimmed
                    notes.append(ImportNote(line: line.number, message: "URL joined to its label"))
                    index = next + 1
                }
            }
            while index < lines.count, InlineRules.continuesURL(line.text, next: lines[index].text) {
                line.text = line.text.trimmed + lines[index].text.trimmed
                notes.append(ImportNote(line: line.number, message: "URL split over two lines joined"))
                index += 1
            }
            result.append(line)
        }
        return result
    }

    /// Runs of non-blank lines.
    static func splitBlocks(_ lines: [SourceLine]) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var current: [SourceLine] = []
        for line in lines {
            if line.text.isEmpty {
                if !current.isEmpty { blocks.append(RawBlock(lines: current)) }
                current = []
            } else if LinePattern.isThematicBreak(line.text) {
                // `---` between two parts of a web page: a block of its own, never glued to the
                // text under it (nor, under a line of text, a setext heading).
                if !current.isEmpty { blocks.append(RawBlock(lines: current)) }
                blocks.append(RawBlock(lines: [line]))
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(RawBlock(lines: current)) }
        return blocks
    }

    /// A box of definitions set as hard-wrapped lines with no blank line between entries
    /// (`Travailleur pair : salarié dont…` / `…attendue.` / `Réduction des risques (RdR) :
    /// approche…`): each entry becomes a paragraph of its own, when the block holds two
    /// entries or more and each starts after a sentence's end.
    static func splitGlossaryEntries(_ blocks: [RawBlock]) -> [RawBlock] {
        blocks.flatMap { block -> [RawBlock] in
            guard block.lines.count >= 3 else { return [block] }
            let starts = block.lines.indices.filter { index in
                index > 0 && (LinePattern.endsSentence(block.lines[index - 1].text) || LineRules.isBoxTitle(block.lines[index - 1].text))
                    && LineRules.isGlossaryEntryStart(block.lines, at: index)
            }
            guard starts.count >= 2 || starts.count == 1 && LineRules.isGlossaryEntryStart(block.lines, at: 0) else { return [block] }
            var pieces: [RawBlock] = []
            var current: [SourceLine] = []
            for (index, line) in block.lines.enumerated() {
                // A term alone on its line stands apart from its definition, as a title does.
                let termLine = index > 0 && starts.contains(index - 1) && !block.lines[index - 1].text.contains(" : ")
                if starts.contains(index) || termLine || index == 1 && LineRules.isBoxTitle(block.lines[0].text), !current.isEmpty {
                    pieces.append(RawBlock(lines: current))
                    current = []
                }
                current.append(line)
            }
            if !current.isEmpty { pieces.append(RawBlock(lines: current)) }
            return pieces
        }
    }

    /// Joins a block cut mid-sentence with the block that continues it: page breaks inside a
    /// paragraph, headings wrapped over two lines with a blank line between them.
    static func joinBrokenBlocks(_ blocks: [RawBlock], notes: inout [ImportNote]) -> [RawBlock] {
        var result: [RawBlock] = []
        for block in blocks {
            if var previous = result.last, let last = previous.lines.last, let first = block.lines.first,
               LinePattern.markdownHeadingLevel(last.text) == nil,
               LinePattern.markdownHeadingLevel(first.text) == nil,
               !LinePattern.isListItem(first.text), !LinePattern.isThematicBreak(last.text),
               !LinePattern.endsSentence(last.text), !last.text.hasSuffix("  "),
               LinePattern.startsLowercase(first.text), !last.hadLostLink, !InlineRules.isURLOnly(last.text)
            {
                previous.lines[previous.lines.count - 1].text = last.text + " " + first.text.trimmed
                previous.lines += block.lines.dropFirst()
                previous.pieces += block.pieces
                result[result.count - 1] = previous
                notes.append(ImportNote(line: first.number, message: "joined with the text before it (cut by a page break or a wrapped title)"))
            } else {
                result.append(block)
            }
        }
        return result
    }
}

/// The line width of hard-wrapped text, if the document is hard-wrapped (OCR output is;
/// Markdown-like extractions keep one paragraph per line).
struct WrapWidth {
    /// nil when lines are not hard-wrapped.
    var columns: Int?

    static func detect(_ lines: [String]) -> WrapWidth {
        let lengths = lines.map(\.count).filter { $0 > 0 }.sorted()
        guard lengths.count >= 20 else { return WrapWidth(columns: nil) }
        let p90 = lengths[lengths.count * 9 / 10]
        let nearFull = lengths.filter { Double($0) >= Double(p90) * 0.8 && $0 <= p90 + 5 }.count
        // Hard-wrapped text: lines rarely exceed a width that many lines come close to.
        let wrapped = p90 <= 120 && Double(nearFull) >= Double(lengths.count) * 0.4
        return WrapWidth(columns: wrapped ? p90 : nil)
    }

    /// Whether `line` stops well short of the width: the paragraph ended there on purpose.
    func isShort(_ line: String) -> Bool {
        guard let columns else { return true }
        return Double(line.count) < Double(columns) * 0.7
    }
}
