import Foundation
import GuidesText

/// Line-level rules for text copied from web pages and extracted from PDFs: page footers,
/// bullets of every kind, a bullet alone on its line, `Terme :` labels alone on their line,
/// and the attribution line under a quotation. Pure functions over `SourceLine`s.
enum LineRules {
    /// `•`, `◦`, `▪`, `●`, `■`, `–`, `—`, `*`, `→` and `-` open a list item (the en dash only
    /// followed by a space: `–` inside a line is punctuation).
    static let bullets: [Character] = ["•", "◦", "▪", "●", "■", "‣", "▸", "►", "–", "—", "→", "➢", "✓", "✔", "□", "☐", "❑", "❒", "☑"]

    /// `• texte` → `- texte`; `R1. Rédiger la fiche…` → `- R1. Rédiger la fiche…` (a labelled
    /// recommendation: letters and a number, then an action); other lines unchanged
    /// (indentation kept).
    static func normaliseBullet(_ line: String) -> String {
        let indent = line.prefix { $0 == " " }
        let text = line.dropFirst(indent.count)
        if isLabelledAction(text) { return indent + "- " + text }
        if let question = accordionQuestion(text) { return String(question) }
        guard let first = text.first, bullets.contains(first) else { return line }
        let rest = text.dropFirst()
        guard rest.isEmpty || rest.first == " " || rest.first == "\u{a0}" else { return line }
        return indent + "- " + rest.drop { $0 == " " || $0 == "\u{a0}" }
    }

    /// The markers a web page's accordion leaves before each question (`+ Qui peut venir ?`,
    /// `▸ Combien ça coûte ?`), when it is copied from the browser.
    static let accordionMarkers: [Character] = ["+", "▸", "▶", "►", "▾", "▼", "›", "⊕", "❯"]

    /// `+ Qu'est-ce que la pair-aidance ?` → `Qu'est-ce que la pair-aidance ?`: a question whose
    /// answer is folded away on the page, a title over its answer (not a list item).
    static func accordionQuestion(_ text: Substring) -> Substring? {
        guard let first = text.first, accordionMarkers.contains(first), text.dropFirst().first == " ", text.hasSuffix("?") else { return nil }
        let question = text.dropFirst(2).drop { $0 == " " }
        return question.first?.isUppercase == true ? question : nil
    }

    /// `R1. Rédiger…`, `A2) Prévoir…`: one to three capitals, a number, `.` or `)`, then a verb
    /// in the infinitive or the imperative (libhunspell).
    static func isLabelledAction(_ text: Substring) -> Bool {
        guard let match = text.prefixMatch(of: /[A-Z]{1,3}[0-9]{1,2}[.)] +([A-ZÀ-Ý][a-zà-ÿ]+)/),
              let morphology = FrenchMorphology.shared
        else { return false }
        let verb = String(match.output.1).lowercased()
        return morphology.can(verb, be: .infinitive) || morphology.can(verb, be: .imperative)
    }

    /// `Encadré : définitions`, `Encadré 2 – Les mots du travail pair`, `Zoom : …`: the title
    /// of a box set apart from the text.
    static func isBoxTitle(_ line: String) -> Bool {
        let folded = Folding.fold(line.trimmed)
        return folded.count <= 80 && folded.contains(/^(encadre|encart|zoom|focus)( n°)? ?[0-9]* ?[:–—-] ?\S/)
    }

    /// `Réduction des risques (RdR) : approche qui…`: a short capitalised term, ` : `, then a
    /// gloss in lowercase; or a term alone on its line with its definition, capitalised, on
    /// the next (`Rétablissement` / `Processus personnel par lequel…`).
    static func isGlossaryEntryStart(_ lines: [SourceLine], at index: Int) -> Bool {
        let text = lines[index].text.trimmed
        if let colon = text.range(of: " : ") {
            let term = text[..<colon.lowerBound]
            let gloss = text[colon.upperBound...]
            return (1...5).contains(term.split(separator: " ").count) && term.first?.isUppercase == true
                && gloss.first?.isLowercase == true && !term.contains(".")
        }
        guard index + 1 < lines.count else { return false }
        let words = text.split(separator: " ")
        return (1...3).contains(words.count) && text.first?.isUppercase == true && !text.contains(where: { ".:;,?!".contains($0) })
            && lines[index + 1].text.first?.isUppercase == true && lines[index + 1].text.count >= 40
    }

    /// A bullet alone on its line (`•`, `-`), the item's text on the next one.
    static func isLoneBullet(_ line: String) -> Bool {
        let text = line.trimmed
        return text == "-" || text == "*" || (text.count == 1 && bullets.contains(text.first!))
    }

    /// `Page 12 sur 40`, `Page 12/40`, `12 / 40`, `- 12 -`: page furniture, never text.
    static func isPageFooter(_ line: String) -> Bool {
        let folded = Folding.fold(line.trimmed)
        // `Référentiel – page 5/9`, `Rapport d'évaluation - p. 3 sur 40`: a running footer that
        // names the document before its page number.
        if folded.count <= 80, folded.contains(/(^|[\s–—-])(page|p\.) ?[0-9]{1,4} ?(\/|sur|of|de) ?[0-9]{1,4}$/) { return true }
        guard !folded.isEmpty, folded.count <= 24 else { return false }
        let words = folded.split(whereSeparator: { " /|".contains($0) })
        func number(_ word: Substring) -> Bool { (1...4).contains(word.count) && word.allSatisfy(\.isNumber) }
        if words.count == 2, ["page", "p."].contains(words[0]), number(words[1]) { return true }
        if words.count == 2, number(words[0]), number(words[1]), folded.contains("/") { return true }
        if words.count >= 3, words[0] == "page", number(words[1]), number(words[words.count - 1]) {
            return words.count == 3 || words.count == 4 && ["sur", "of", "de"].contains(words[2])
        }
        return false
    }

    /// `Intervenant-pair :` alone on its line: a glossary label whose text is on the next line.
    /// A noun phrase (no verb, no pronoun) of at most six words; `Il peut intervenir :` is a
    /// sentence that announces a list, not a label.
    static func label(of line: String) -> String? {
        let text = line.trimmed
        guard text.hasSuffix(":"), !text.hasPrefix("#"), !LinePattern.isListItem(text) else { return nil }
        let name = String(text.dropLast()).trimmed
        let words = name.split(separator: " ")
        guard (1...6).contains(words.count), name.count <= 60, let first = name.first, first.isUppercase || first == "«",
              !name.contains(where: { ".;:!?".contains($0) }), !name.contains("http")
        else { return nil }
        if let morphology = FrenchMorphology.shared {
            for word in FrenchWords.words(in: name) {
                let lower = word.lowercased()
                let readings = morphology.analyses(of: lower)
                // A word that can only be a verb, a pronoun or an adverb makes a sentence.
                if !readings.isEmpty, readings.allSatisfy({ !$0.partsOfSpeech.isDisjoint(with: [.verb, .pronoun, .adverb]) && $0.partsOfSpeech.isDisjoint(with: [.noun, .adjective]) }) {
                    return nil
                }
            }
        }
        let firstWord = Folding.fold(String(words[0]))
        if ["il", "elle", "ils", "elles", "on", "nous", "vous", "je", "voici", "voila", "ce", "c", "cela", "ceci"].contains(firstWord) { return nil }
        return name
    }

    /// The line after a quotation that says who said it: `Nadia Ferhat, Paire-aidante`,
    /// `(Bertrand, 2021)`, `— Marc, travailleur pair`. Short, not a sentence.
    static func isAttribution(_ line: String) -> Bool {
        let text = line.trimmed
        guard (3...100).contains(text.count), !text.hasSuffix(":"), !text.hasSuffix("?") else { return false }
        if let first = text.first, "—–".contains(first) { return true }
        if text.hasPrefix("("), text.hasSuffix(")") || text.hasSuffix(")."), text.count <= 80 { return true }
        let words = text.split(separator: " ")
        guard words.count <= 10, text.contains(", ") || words.count <= 3, text.first?.isUppercase == true else { return false }
        // `Prénom Nom, fonction`: a name (capitalised words) before the comma.
        let name = text.prefix { $0 != "," }.split(separator: " ")
        return (1...4).contains(name.count) && name.allSatisfy { $0.first?.isUppercase == true || ["de", "du", "le", "la", "d'"].contains($0) }
            && !text.hasSuffix(".")
    }

    /// Whether a paragraph is a quotation: it opens with a quotation mark and closes one.
    static func isQuotation(_ text: String) -> Bool {
        let trimmed = text.trimmed
        guard let first = trimmed.first, "«“\"".contains(first) else { return false }
        return trimmed.last.map { "»”\".".contains($0) } == true && trimmed.contains(where: { "»”".contains($0) } ) || trimmed.hasSuffix("\"")
    }
}
