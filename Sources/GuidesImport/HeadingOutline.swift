import Foundation
import GuidesText

/// The document as headings and text blocks, headings with their final level.
enum OutlineElement: Equatable {
    case heading(level: Int, text: String, line: Int)
    case block(RawBlock)
}

/// Finds headings (Markdown `#` lines and plain lines that read as titles) and gives them
/// consistent levels: numbered headings by their numbering depth (`1.` → 1, `1.2` → 2),
/// unnumbered ones one level below the numbered heading they follow.
enum HeadingOutline {
    /// Unnumbered titles that open a part of their own, even in a numbered document (folded).
    static let topLevelTitles: Set<String> = [
        "introduction", "conclusion", "perspectives", "avant-propos", "preambule",
        "annexe", "annexes", "glossaire", "bibliographie", "remerciements", "en savoir plus",
    ]

    private struct Candidate {
        var text: String
        var line: Int
        var markdownLevel: Int?
        var depth: Int?
        /// `Chapitre 2`, `Partie I`: above the numbered headings, whose numbering restarts.
        var chapter = false
    }

    static func build(_ blocks: [RawBlock], width: WrapWidth, notes: inout [ImportNote]) -> [OutlineElement] {
        // First pass: which blocks are headings.
        var elements: [(candidate: Candidate?, block: RawBlock?)] = []
        // A source that already marks its headings with `#` is trusted: only numbered plain
        // lines are taken as headings there, not every short line.
        let markdownHeadings = blocks.filter { LinePattern.markdownHeadingLevel($0.lines[0].text) != nil }.count
        let markdownLike = markdownHeadings >= 5
        // Inside a definitions part, `Savoir expérientiel` over its definition is an entry, not
        // a heading (the part ends at the next numbered or usual part title).
        var inDefinitionsPart = false
        for (index, block) in blocks.enumerated() {
            let first = block.lines[0]
            if inDefinitionsPart, block.lines.count >= 2, LineRules.isGlossaryEntryStart(block.lines, at: 0), LinePattern.headingNumber(first.text) == nil {
                elements.append((nil, block))
                continue
            }
            defer {
                if let title = elements.last?.candidate?.text {
                    let folded = Folding.fold(title.trimmed)
                    inDefinitionsPart = FrenchWordLists.definitionPartTitles.contains { folded.hasPrefix($0) && folded.count <= $0.count + 14 }
                }
            }
            if let level = LinePattern.markdownHeadingLevel(first.text) {
                let text = LinePattern.plainHeadingText(first.text)
                let depth = LinePattern.headingNumber(text)?.depth
                elements.append((Candidate(text: text, line: first.number, markdownLevel: level, depth: depth), nil))
                if block.lines.count > 1 { elements.append((nil, RawBlock(lines: Array(block.lines.dropFirst())))) }
                continue
            }
            let isLast = index == blocks.count - 1
            let plainAllowed = !markdownLike || LinePattern.headingNumber(first.text) != nil
            // Under a quotation, `Nadia Ferhat, Paire-aidante` says who spoke: not a heading.
            let afterQuote = index > 0 && LineRules.isQuotation(blocks[index - 1].text) && LineRules.isAttribution(first.text)
            // `Chapitre 1` (with its title on the next line, if any).
            if let chapter = chapterTitle(block), !markdownLike {
                elements.append((Candidate(text: chapter.text, line: first.number, markdownLevel: nil, depth: nil, chapter: true), nil))
                if block.lines.count > chapter.lines { elements.append((nil, RawBlock(lines: Array(block.lines.dropFirst(chapter.lines))))) }
                continue
            }
            // A heading with its text right under it, no blank line between.
            if plainAllowed, !afterQuote, block.lines.count >= 2, isHeadingOverText(block, width: width) {
                let text = LinePattern.plainHeadingText(first.text)
                elements.append((Candidate(text: text, line: first.number, markdownLevel: nil, depth: LinePattern.headingNumber(text)?.depth), nil))
                elements.append((nil, RawBlock(lines: Array(block.lines.dropFirst()))))
                notes.append(ImportNote(line: first.number, message: "line read as a heading over the text under it: \(text)"))
                continue
            }
            if afterQuote {
                // The attribution joins its quotation, as one paragraph.
                if block.lines.count == 1, var previous = elements.last?.block, elements.last?.candidate == nil {
                    previous.lines += block.lines
                    elements[elements.count - 1] = (nil, previous)
                } else {
                    elements.append((nil, block))
                }
                continue
            }
            if plainAllowed, !isLast, block.lines.count == 1, block.pieces <= 2, isPlainHeading(first) {
                let text = LinePattern.plainHeadingText(first.text)
                let depth = LinePattern.headingNumber(text)?.depth
                elements.append((Candidate(text: text, line: first.number, markdownLevel: nil, depth: depth), nil))
                continue
            }
            elements.append((nil, block))
        }

        elements = mergeLabelValuePairs(elements, notes: &notes)

        // Second pass: levels. Chapters sit above the numbered headings (`Chapitre 3` › `1.` ›
        // `1.2`), whose numbering restarts in each.
        let numbered = elements.contains { $0.candidate?.depth != nil }
        let chapters = elements.contains { $0.candidate?.chapter == true }
        let offset = chapters ? 1 : 0
        var current = 0
        var open: [Int] = []
        var result: [OutlineElement] = []
        for element in elements {
            guard let candidate = element.candidate else {
                if let block = element.block { result.append(.block(block)) }
                continue
            }
            var level: Int
            if candidate.chapter {
                level = 1
                current = 1
            } else if let depth = candidate.depth {
                level = depth + offset
                current = depth + offset
            } else if topLevelTitles.contains(Folding.fold(candidate.text.trimmingEllipsis)) && candidate.markdownLevel == nil {
                level = 1
                if current > 0 { current = 1 }
            } else if numbered && current > 0 {
                level = current + 1
            } else {
                level = candidate.markdownLevel ?? 1
            }
            // Close the gaps (`#` then `###`) while keeping siblings equal: the level is the
            // heading's depth among the open headings of lower rank.
            while let top = open.last, top >= level { open.removeLast() }
            open.append(level)
            level = min(open.count, 6)
            result.append(.heading(level: level, text: candidate.text, line: candidate.line))
            if candidate.markdownLevel == nil {
                notes.append(ImportNote(line: candidate.line, message: "plain line read as a level \(level) heading: \(candidate.text)"))
            }
        }
        return result
    }

    /// `Auteur` then `Centre Hospitalier du Rouvray`: a one- or two-word label followed by a
    /// short line is a field of a card, not two headings. Written as `**Auteur** : valeur`.
    private static func mergeLabelValuePairs(
        _ elements: [(candidate: Candidate?, block: RawBlock?)], notes: inout [ImportNote]
    ) -> [(candidate: Candidate?, block: RawBlock?)] {
        var result: [(candidate: Candidate?, block: RawBlock?)] = []
        var index = 0
        while index < elements.count {
            if let label = elements[index].candidate, label.markdownLevel == nil, label.depth == nil,
               label.text.split(separator: " ").count <= 2, !label.text.hasSuffix("?"),
               index + 1 < elements.count, let value = elements[index + 1].candidate,
               value.markdownLevel == nil, value.depth == nil, !value.text.hasSuffix("?")
            {
                let line = SourceLine(text: "**\(label.text)** : \(value.text)", number: label.line)
                result.append((nil, RawBlock(lines: [line])))
                notes.append(ImportNote(line: label.line, message: "label and value kept as a field: \(label.text)"))
                index += 2
                continue
            }
            result.append(elements[index])
            index += 1
        }
        return result
    }

    /// `Chapitre 2` alone, or with its title on the next line: the chapter's heading text and
    /// how many lines it takes.
    static func chapterTitle(_ block: RawBlock) -> (text: String, lines: Int)? {
        let first = block.lines[0].text.trimmed
        let words = first.split(separator: " ")
        guard (2...3).contains(words.count), ["chapitre", "partie", "titre", "livre", "annexe"].contains(Folding.fold(String(words[0]))),
              let number = words.dropFirst().first, number.allSatisfy({ $0.isNumber || "IVXLivxl.".contains($0) })
        else { return nil }
        if block.lines.count >= 2 {
            let second = block.lines[1].text.trimmed
            if second.count <= 120, !second.hasSuffix("."), second.first?.isUppercase == true {
                return (first.trimmingCharacters(in: .init(charactersIn: ".:")) + " – " + second, 2)
            }
        }
        return (first.trimmingCharacters(in: .init(charactersIn: ".:")), 1)
    }

    /// Words a title does not end on: what follows is the rest of its sentence.
    static let continuing: Set<String> = ["de", "du", "des", "d", "la", "le", "les", "l", "et", "ou", "a", "au", "aux", "en", "pour", "par", "un", "une", "dans", "sur", "avec", "que", "qui"]

    /// `Avant de vous lancer` over `Vous pouvez vous poser…`: a short title line, then text
    /// that holds a sentence. In hard-wrapped text the title stops well short of the width.
    static func isHeadingOverText(_ block: RawBlock, width: WrapWidth) -> Bool {
        let first = block.lines[0]
        if first.isAccordionQuestion { return true }
        let text = first.text.trimmed
        guard isPlainHeading(first), LineRules.label(of: text) == nil, !LineRules.isAttribution(text) || text.contains("?") || isPartTitle(text) || LinePattern.headingNumber(text) != nil
                || text.filter(\.isLetter).count >= 4 && text.filter(\.isLetter).allSatisfy(\.isUppercase),
              text.split(separator: " ").count <= 14, !text.hasSuffix("-"),
              let lastWord = FrenchWords.words(in: text).last.map({ Folding.fold(String($0)) }), !continuing.contains(lastWord)
        else { return false }
        // A numbered title (`3.2 Qu'apportent les pairs… ?`) may run near the width.
        let numbered = LinePattern.headingNumber(text) != nil && !text.hasSuffix(".")
        if width.columns != nil { guard width.isShort(text) || numbered else { return false } } else { guard text.count <= 90 || numbered else { return false } }
        let second = block.lines[1].text.trimmed
        guard let start = second.first, start.isUppercase || start.isNumber || "«\"".contains(start) || LinePattern.isListItem(second) else { return false }
        // What follows is text: a sentence, or enough words to be one (navigation bars aside),
        // or a title of a few words over its one-line subtitle (`Glossaire` / `Les mots de…`).
        let rest = block.lines.dropFirst().map(\.text).filter { !isNavigation($0) }
        if rest.contains(where: { LinePattern.endsSentence($0) }) || rest.joined(separator: " ").count >= 100 { return true }
        return block.lines.count == 2 && text.split(separator: " ").count <= 4 && rest.count == 1
    }

    /// `Ressources`, `Bibliographie`, `Glossaire`, `Conclusion`: a part's usual title, which a
    /// name alone on its line (`Bertrand`) is not.
    static func isPartTitle(_ text: String) -> Bool {
        let folded = Folding.fold(text.trimmed)
        return topLevelTitles.contains(folded)
            || (FrenchWordLists.referencePartTitles + FrenchWordLists.definitionPartTitles).contains { folded.hasPrefix($0) && folded.count <= $0.count + 14 }
    }

    /// `Accueil | Le projet | Contact`, `Accueil > Ressources > Glossaire`: a web page's menu.
    static func isNavigation(_ line: String) -> Bool {
        line.filter { $0 == "|" || $0 == ">" || $0 == "›" }.count >= 2
    }

    /// Whether a standalone line reads as a title: short, starting with a capital or a section
    /// number, not a sentence, a label (`Source : …`), a quotation, a URL or a reference.
    static func isPlainHeading(_ line: SourceLine) -> Bool {
        let text = line.text.trimmed
        if LineRules.isBoxTitle(text) || line.isAccordionQuestion { return true }
        guard !line.hadLostLink, text.count <= 160, text.filter(\.isLetter).count >= 3,
              let first = text.first, !text.contains("http"), !text.contains("www.")
        else { return false }
        let number = LinePattern.headingNumber(text)
        if first.isNumber {
            guard number != nil else { return false }
        } else {
            guard first.isUppercase, !LinePattern.isListItem(text) else { return false }
        }
        if LinePattern.isThematicBreak(text) { return false }
        if let last = text.last, ".,;:!»\"”".contains(last), !text.hasSuffix("...") && !text.hasSuffix("…") {
            return false
        }
        // Two sentences are a paragraph, not a title.
        let title = number?.title ?? text
        if title.dropLast().contains(". ") { return false }
        // `Source : …`, `Animation : …`: a short label then a value (a numbered title may hold
        // a colon: `3. AVANT LE RECRUTEMENT : S'INTERROGER`).
        // A title set in capitals is no label: `VRAI / FAUX : LES IDÉES REÇUES`.
        let capitals = title.filter(\.isLetter).allSatisfy(\.isUppercase) && title.split(separator: " ").count >= 4
        if number == nil, !capitals, let colon = title.range(of: " : ") ?? title.range(of: ": "), title.distance(from: title.startIndex, to: colon.lowerBound) <= 20 {
            return false
        }
        return true
    }
}

extension String {
    /// Without a trailing `...` or `…` (titles like `En résumé...`).
    var trimmingEllipsis: String {
        var text = self
        while text.hasSuffix(".") || text.hasSuffix("…") { text.removeLast() }
        return text.trimmed
    }
}

/// Writes the outline as CommonMark: one line per paragraph, list items on their own lines.
enum MarkdownWriter {
    static func write(_ outline: [OutlineElement], width: WrapWidth) -> String {
        var chunks: [String] = []
        for element in outline {
            switch element {
            case let .heading(level, text, _):
                chunks.append(String(repeating: "#", count: level) + " " + text)
            case let .block(block):
                chunks += paragraphs(of: block, width: width).map { QuoteRules.blockQuote(QuoteRules.frenchQuotes($0)) }
            }
        }
        return chunks.joined(separator: "\n\n") + "\n"
    }

    /// The block's lines joined into paragraphs. In hard-wrapped text a line joins the one before
    /// unless it starts a list item or the line before ended a sentence well short of the width.
    static func paragraphs(of block: RawBlock, width: WrapWidth) -> [String] {
        var paragraphs: [[String]] = [[]]
        var previous: String?
        for line in block.lines.map(\.text) {
            defer { previous = line }
            guard let before = previous else {
                paragraphs[paragraphs.count - 1].append(line)
                continue
            }
            let startsItem = LinePattern.isListItem(line) || LinePattern.markdownHeadingLevel(line) != nil
                || LinePattern.isThematicBreak(line)
            if startsItem || before.hasSuffix("  ") {
                paragraphs[paragraphs.count - 1].append(line)
            } else if LineRules.isAttribution(line), LineRules.isQuotation(paragraphs[paragraphs.count - 1].joined(separator: " ")) {
                // `« … »` then `Nadia Ferhat, Paire-aidante`: who said it, on the quote's line.
                appendContinuation(line, to: &paragraphs[paragraphs.count - 1])
            } else if width.columns != nil {
                if width.isShort(before) && LinePattern.endsSentence(before) && !LinePattern.startsLowercase(line) {
                    paragraphs.append([line])
                } else if isTermLine(before, width: width), line.first?.isUppercase == true, line.contains(where: \.isLowercase), line.count >= 40 {
                    // `Pair-aidance` / `Soutien qu'une personne…`: a term over its definition
                    // keeps its own line (a wrapped sentence runs to the width).
                    var lines = paragraphs[paragraphs.count - 1]
                    lines[lines.count - 1] += "\\"
                    lines.append(line)
                    paragraphs[paragraphs.count - 1] = lines
                } else {
                    appendContinuation(line, to: &paragraphs[paragraphs.count - 1])
                }
            } else if LinePattern.startsLowercase(line) || LinePattern.isListItem(before) && !(LinePattern.endsSentence(before) && !before.hasSuffix(":")) {
                appendContinuation(line, to: &paragraphs[paragraphs.count - 1])
            } else if LinePattern.endsSentence(before), !before.hasSuffix(":"), before.count >= 40 || LinePattern.isListItem(before) {
                // Text copied from a web page: one paragraph per line.
                paragraphs.append([line])
            } else {
                // Short lines set apart on purpose (credits, addresses): keep the line break.
                var lines = paragraphs[paragraphs.count - 1]
                lines[lines.count - 1] += "\\"
                lines.append(line)
                paragraphs[paragraphs.count - 1] = lines
            }
        }
        return paragraphs.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }
    }

    /// A short line of one to four words, capitalised, with no punctuation and no word that
    /// carries the sentence on: a term or title standing alone in hard-wrapped text.
    static func isTermLine(_ line: String, width: WrapWidth) -> Bool {
        let text = line.trimmed
        let words = text.split(separator: " ")
        // (A title in capitals wraps over lines of its own: `ACCUEILLIR UN TRAVAILLEUR PAIR`.)
        guard width.isShort(text), (1...4).contains(words.count), text.first?.isUppercase == true, text.contains(where: \.isLowercase),
              !text.contains(where: { ".,;:!?»)".contains($0) }), !text.hasSuffix("-"),
              let last = words.last.map({ Folding.fold(String($0)) }), !HeadingOutline.continuing.contains(last)
        else { return false }
        return true
    }

    /// Appends a wrapped line to the last line of a paragraph; a line-end hyphen stays
    /// (`c'est-à-` + `dire`), with no space after it.
    private static func appendContinuation(_ line: String, to lines: inout [String]) {
        let last = lines[lines.count - 1]
        let glue = last.hasSuffix("-") && (last.dropLast().last?.isLetter ?? false) ? "" : " "
        lines[lines.count - 1] = last + glue + line.trimmed
    }
}
