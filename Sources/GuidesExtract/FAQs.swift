import Foundation
import GuidesModel
import GuidesText

/// Finds the questions a guide asks and answers, and the misconceptions it rebuts.
///
/// French patterns recognised:
/// - a heading ending in `?` whose section answers it (`## Qu'est-ce que le travail pair ?`);
///   when the section has no text of its own, its sub-sections are the answer;
/// - a paragraph that is a bold question (`**« Le travailleur pair va-t-il … ? »**`) followed
///   by answer paragraphs, up to the next bold question or heading;
/// - `IDÉE REÇUE N°x` headings: the misconception is the bold (or first) paragraph under it,
///   the rebuttal what follows;
/// - a paragraph that opens with a question and answers it in the next sentences
///   (`Qu'est-ce qui peut être amélioré ? Les services sont trop autoritaires…`): the question
///   must start with an interrogative word, so a rhetorical `?` inside a sentence is not taken.
///
/// Not FAQs: questions without an answer, lists of questions (`Questions à poser`), headings
/// inside reference lists (a title that is a question), contact calls.
public enum FAQExtractor: GuideExtractor {
    /// Parts whose headings are titles of works, not questions of the guide.
    /// A part listing works or contacts: its headings ask no reader's question.
    static func isResourcesPart(_ folded: String) -> Bool { FrenchWordLists.isReferencePartTitle(folded) || folded.hasPrefix("contact") }


    /// The FAQs, and notes on the question headings left out for want of an answer.
    public static func read(_ walk: GuideWalk, context: ExtractionContext = ExtractionContext()) -> Extraction<FAQ> {
        var result: [FAQ] = []
        var notes: [Diagnostic] = []
        let blocks = walk.blocks
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            index += 1
            if block.isHeading, let section = block.section {
                let title = walk.guide.sections[section].title
                let path = walk.foldedPath(of: section)
                if path.contains(where: Self.isResourcesPart) { continue }
                if Folding.fold(title).contains("idee recue") {
                    if let faq = misconception(under: section, walk: walk) { result.append(faq) }
                    continue
                }
                // `2 – De quoi parle-t-on ? La pair-aidance en définitions`: the question is the
                // part up to `?`. A heading that titles a work (authors and year follow) is not.
                guard let mark = title.firstIndex(of: "?"), !titlesAWork(section, walk: walk),
                      !isRhetorical(title) || inQuestionsPart(block, walk: walk),
                      !announcesAdvice(String(title[title.index(after: mark)...]))
                else { continue }
                let question = DefinitionExtractor.withoutNumber(String(title[...mark]))
                var body = Array(walk.body(of: section, nested: false))
                if !body.contains(where: isAnswer) { body = Array(walk.body(of: section, nested: true)) }
                guard body.contains(where: isAnswer) else {
                    notes.append(.note(
                        "question heading '\(question)' has no answer under it; not taken as an FAQ",
                        at: SourceLocation(path: walk.guide.path, line: block.line)))
                    continue
                }
                // `Vous n'avez pas trouvé votre réponse ?` over a contact box invites, it asks nothing.
                if isCallToAction(question) { continue }
                result.append(faq(question: question, answer: body, kind: .question, at: block, walk: walk))
                continue
            }
            // `Idée reçue n°1 : « … »` as a paragraph, its rebuttal after it (same paragraph or next ones).
            if case .paragraph = block.kind, let (claim, rest) = misconceptionLead(block.text) {
                var answer: [GuideWalk.Block] = rest.count >= 30 ? [remainder(of: block, rest)] : []
                // (Up to the next question or claim: a page of questions goes on after the rebuttal.)
                while index < blocks.count, !blocks[index].isHeading, misconceptionLead(blocks[index].text) == nil, blocks[index].kind == .paragraph || blocks[index].isItem,
                      !isBoldQuestion(blocks[index]), boldQuestionLine(blocks[index]) == nil, questionLine(blocks[index], walk: walk) == nil,
                      !(inQuestionsPart(blocks[index], walk: walk) && isQuestionLine(blocks[index].text))
                {
                    answer.append(blocks[index])
                    index += 1
                    if !rest.isEmpty && rest.count >= 30 { break }
                }
                guard answer.contains(where: isAnswer) else { continue }
                result.append(faq(question: claim, answer: answer, kind: .ideeRecue, at: block, walk: walk, evidence: .strong("idee-recue")))
                continue
            }
            // `**« … ? »**` followed by its answer.
            if case .paragraph = block.kind, isBoldQuestion(block) {
                var answer: [GuideWalk.Block] = []
                while index < blocks.count, !blocks[index].isHeading, !isBoldQuestion(blocks[index]) {
                    answer.append(blocks[index])
                    index += 1
                }
                guard answer.contains(where: isAnswer) else { continue }
                let question = block.text.trimmingCharacters(in: CharacterSet(charactersIn: "«»\"“” "))
                result.append(faq(question: question, answer: answer, kind: .question, at: block, walk: walk))
                continue
            }
            // `**Vous parlez de votre maladie aux patients ?**` with its answer on the next line
            // of the same paragraph (an interview's question), and the list that goes on with it.
            if case .paragraph = block.kind, let (question, rest) = boldQuestionLine(block) ?? questionLine(block, walk: walk) {
                var answer = [remainder(of: block, rest)]
                while index < blocks.count, blocks[index].isItem {
                    answer.append(blocks[index])
                    index += 1
                }
                if answer.contains(where: isAnswer) {
                    result.append(faq(question: question, answer: answer, kind: .question, at: block, walk: walk))
                }
                continue
            }
            // In a questions part (`Questions fréquentes`, `FAQ`), a paragraph that is one
            // question, answered by the paragraphs after it.
            if case .paragraph = block.kind, isQuestionLine(block.text), !isCallToAction(block.text),
               inQuestionsPart(block, walk: walk) || isAskedQuestion(block.text) && followedByAnswer(index, in: blocks) && !walk.foldedPath(of: block.section).contains(where: Self.isResourcesPart)
            {
                var answer: [GuideWalk.Block] = []
                while index < blocks.count, !blocks[index].isHeading, !(blocks[index].kind == .paragraph && isQuestionLine(blocks[index].text)),
                      !isBoldQuestion(blocks[index]), misconceptionLead(blocks[index].text) == nil, questionLine(blocks[index], walk: walk) == nil
                {
                    answer.append(blocks[index])
                    index += 1
                }
                if answer.contains(where: isAnswer) {
                    let question = block.text.trimmingCharacters(in: CharacterSet(charactersIn: "*«»\"“” "))
                    result.append(faq(question: question, answer: answer, kind: .question, at: block, walk: walk, evidence: .strong("questions-part")))
                }
                continue
            }
            // In an `Idées reçues` or `Vrai ou faux` part, a claim in quotation marks (or in
            // bold) opening a paragraph, then its rebuttal.
            if case .paragraph = block.kind, inMisconceptionsPart(block, walk: walk), let (claim, rest) = quotedClaim(block) {
                var answer: [GuideWalk.Block] = rest.count >= 30 ? [remainder(of: block, rest)] : []
                if answer.isEmpty, index < blocks.count, !blocks[index].isHeading, quotedClaim(blocks[index]) == nil {
                    answer.append(blocks[index])
                    index += 1
                }
                if answer.contains(where: isAnswer) {
                    result.append(faq(question: claim, answer: answer, kind: .ideeRecue, at: block, walk: walk, evidence: .strong("idee-recue")))
                }
                continue
            }
            if case .paragraph = block.kind, let (question, answer) = runInQuestion(block.text),
               !walk.foldedPath(of: block.section).contains(where: Self.isResourcesPart)
            {
                var answerBlock = block
                answerBlock.text = answer
                if let end = block.markdown.range(of: "? ") { answerBlock.markdown = String(block.markdown[end.upperBound...]) }
                result.append(faq(question: question, answer: [answerBlock], kind: .question, at: block, walk: walk))
            }
        }
        return Extraction(items: result, notes: notes)
    }

    /// `Idée reçue n°2 : « Il risque de rechuter. » Tout salarié…` → the claim without its
    /// quotation marks, and what follows it in the paragraph.
    static func misconceptionLead(_ text: String) -> (String, String)? {
        let folded = Folding.fold(String(text.prefix(30)))
        let after: String
        if folded.hasPrefix("vrai ou faux"), let mark = text.firstIndex(where: { $0 == "?" || $0 == ":" }), text.distance(from: text.startIndex, to: mark) <= 16 {
            after = text[text.index(after: mark)...].trimmed
        } else {
            guard folded.hasPrefix("idee recue"), let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 25 else { return nil }
            after = text[text.index(after: colon)...].trimmed
        }
        if after.hasPrefix("«") || after.hasPrefix("“") || after.hasPrefix("\""), let close = after.dropFirst().firstIndex(where: { "»”\"".contains($0) }) {
            let claim = after[after.index(after: after.startIndex)..<close].trimmed
            return claim.isEmpty ? nil : (claim, after[after.index(after: close)...].trimmed)
        }
        return after.isEmpty ? nil : (after, "")
    }

    /// A heading followed by the lines of a bibliographic entry (authors, publisher, year).
    static func titlesAWork(_ section: Int, walk: GuideWalk) -> Bool {
        let firsts = walk.body(of: section, nested: false).filter { !$0.isHeading }.prefix(2)
        guard let first = firsts.first, first.kind == .paragraph else { return false }
        if first.lines.count >= 2, first.lines.dropFirst().contains(where: { ReferenceText.isSourceLine($0) || ReferenceText.year(in: $0) != nil }) {
            return true
        }
        // `Godrie Baptiste` / `Rhizome 2015 ; 58 : 12-13`: short lines, not sentences, with a year.
        return first.text.count < 150 && !first.text.hasSuffix(".")
            && firsts.allSatisfy { $0.kind == .paragraph && $0.text.count < 250 }
            && firsts.contains { ReferenceText.year(in: $0.text) != nil || ReferenceText.isSourceLine($0.text) }
    }

    static let interrogatives = ["qu'est-ce", "qu’est-ce", "comment ", "pourquoi ", "quel ", "quelle ", "quels ", "quelles ", "qui ", "où ", "quand ", "combien ", "est-ce "]

    /// `Qu'est-ce qui peut être amélioré ? Les services…` → the question and its answer.
    static func runInQuestion(_ text: String) -> (String, String)? {
        if isRhetorical(text) { return nil }
        let lowered = text.prefix(12).lowercased()
        guard interrogatives.contains(where: { lowered.hasPrefix($0) }), let mark = text.range(of: "? "),
              text.distance(from: text.startIndex, to: mark.lowerBound) < 150
        else { return nil }
        let answer = text[mark.upperBound...].trimmed
        guard answer.count >= 30, answer.first?.isUppercase == true else { return nil }
        return (String(text[...mark.lowerBound]), answer)
    }

    /// A paragraph whose first line is a bold question alone, its answer on the lines after.
    static func boldQuestionLine(_ block: GuideWalk.Block) -> (String, String)? {
        guard let strong = block.leadingStrong, block.lines.count >= 2 else { return nil }
        let question = strong.trimmingCharacters(in: CharacterSet(charactersIn: "«»\"“” "))
        guard question.hasSuffix("?"), block.lines[0].trimmed.trimmingCharacters(in: CharacterSet(charactersIn: "«»\"“” ")) == question else { return nil }
        return (question, block.lines.dropFirst().joined(separator: " ").trimmed)
    }

    /// A short paragraph that is one question, nothing after its `?`.
    static func isQuestionLine(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: "*«»\"“” "))
        return trimmed.hasSuffix("?") && trimmed.count <= 200 && trimmed.filter { $0 == "?" }.count == 1
    }

    static let questionsParts = ["questions frequentes", "foire aux questions", "faq", "vos questions", "questions-reponses", "questions / reponses", "questions et reponses"]

    /// Inside a part titled as questions, or in a guide that is itself a page of questions.
    static func inQuestionsPart(_ block: GuideWalk.Block, walk: GuideWalk) -> Bool {
        let title = Folding.fold(walk.guide.frontMatter.title)
        return questionsParts.contains { title.contains($0) }
            || walk.foldedPath(of: block.section).contains { part in questionsParts.contains { part.contains($0) } }
    }

    /// In a questions part, a paragraph whose first line is a question, its answer on the next.
    static func questionLine(_ block: GuideWalk.Block, walk: GuideWalk) -> (String, String)? {
        guard block.kind == .paragraph, block.lines.count >= 2, isQuestionLine(block.lines[0]),
              !isCallToAction(block.lines[0]),
              inQuestionsPart(block, walk: walk) || isAskedQuestion(block.lines[0]) && block.lines[1].first?.isUppercase == true
        else { return nil }
        return (block.lines[0].trimmingCharacters(in: CharacterSet(charactersIn: "*«»\"“” ")), block.lines.dropFirst().joined(separator: " ").trimmed)
    }

    /// Openings of a question asked to be answered (folded): an interrogative word.
    static let questionOpenings = interrogatives + ["que ", "qu'", "a quoi", "de quoi", "en quoi", "lequel", "laquelle", "faut-il", "peut-on", "doit-on", "est-il", "est-elle"]
    /// Subject inversions that make a sentence a question (`La professionnalisation ne
    /// risque-t-elle pas… ?`, `Un pair-aidant peut-il… ?`).
    static let inversions = ["-t-il", "-t-elle", "-t-on", "-il ", "-elle ", "-on ", "-ils ", "-elles ", "-je ", "-vous ", "-nous ", "-il ?", "-elle ?", "-on ?"]

    /// A question line asked to be answered (an interview's, an FAQ's), outside a part of
    /// questions: an interrogative word or an inversion, not rhetorical, not a call to act.
    static func isAskedQuestion(_ line: String) -> Bool {
        let text = line.trimmingCharacters(in: CharacterSet(charactersIn: "*«»\"“” "))
        let folded = Folding.fold(text).replacingOccurrences(of: "’", with: "'")
        // (`Dossier n° 5 – Participation : où en est-on ?`, `Reste une question : comment… ?`: a
        // title or a lead-in before the colon, not a question put to be answered.)
        guard isQuestionLine(text), !isRhetorical(text), !isCallToAction(text), text.first?.isUppercase == true, !text.contains(" : ") else { return false }
        return questionOpenings.contains(where: folded.hasPrefix) || inversions.contains(where: folded.contains)
    }

    /// `Vous n'avez pas trouvé votre réponse ?`, `Envie de vous engager ?`: a page's invitation.
    static func isCallToAction(_ text: String) -> Bool {
        let folded = Folding.fold(text).replacingOccurrences(of: "’", with: "'")
        return ["vous n'avez pas trouve", "envie de", "besoin d", "une question", "des questions", "vous souhaitez", "vous etes ", "vous cherchez", "vous avez des", "pourquoi pas vous",
         "cette page vous a", "cette reponse vous a", "cet article vous a", "ce contenu vous a"].contains(where: folded.hasPrefix)
    }

    /// The next block answers: a paragraph or list, not a heading or another question.
    /// (Prose: a `Comment… ?` over a list of steps announces practices.)
    static func followedByAnswer(_ index: Int, in blocks: [GuideWalk.Block]) -> Bool {
        guard index < blocks.count else { return false }
        let next = blocks[index]
        return next.kind == .paragraph && isAnswer(next) && !isQuestionLine(next.text)
    }

    /// `Et si votre prochain collègue était un pair ?`, `Qui n'a jamais eu envie de… ?`: asked
    /// to draw the reader in, not to be answered.
    static func isRhetorical(_ question: String) -> Bool {
        let folded = Folding.fold(DefinitionExtractor.withoutNumber(question)).replacingOccurrences(of: "’", with: "'")
        return ["et si ", "qui n'a jamais", "qui ne ", "comment ne pas", "pourquoi ne pas", "et vous"].contains { folded.hasPrefix($0) }
    }

    /// `Vous hésitez à vous lancer ? Nos conseils`: the heading announces advice, not an answer.
    static func announcesAdvice(_ afterMark: String) -> Bool {
        let folded = Folding.fold(afterMark).trimmed
        return !folded.isEmpty && ["conseils", "nos conseils", "etapes", "les etapes", "astuces", "nos astuces", "mode d'emploi"].contains { folded.hasPrefix($0) }
    }

    static func inMisconceptionsPart(_ block: GuideWalk.Block, walk: GuideWalk) -> Bool {
        walk.foldedPath(of: block.section).contains { part in
            ["idees recues", "vrai ou faux", "prejuges", "on entend souvent"].contains { part.contains($0) }
        }
    }

    /// `« Un pair-aidant, c'est forcément un ancien malade. » Non. D'abord…` → the claim and
    /// what follows it.
    static func quotedClaim(_ block: GuideWalk.Block) -> (String, String)? {
        let text = block.text.trimmed
        if let strong = block.leadingStrong, strong.count >= 12 {
            return (strong.trimmingCharacters(in: CharacterSet(charactersIn: "«»\"“” ")), block.afterStrong ?? "")
        }
        guard let open = text.first, "«“\"".contains(open), let close = text.dropFirst().firstIndex(where: { "»”\"".contains($0) }) else { return nil }
        let claim = text[text.index(after: text.startIndex)..<close].trimmed
        guard claim.count >= 12 else { return nil }
        return (claim, String(text[text.index(after: close)...]).trimmed)
    }

    /// The block with only its text after the question or claim: the answer it holds.
    static func remainder(of block: GuideWalk.Block, _ rest: String) -> GuideWalk.Block {
        var own = block
        own.text = rest
        own.markdown = rest
        return own
    }

    static func isBoldQuestion(_ block: GuideWalk.Block) -> Bool {
        guard case .paragraph = block.kind, let strong = block.leadingStrong, block.afterStrong?.isEmpty ?? true else { return false }
        return strong.trimmingCharacters(in: CharacterSet(charactersIn: "«»\"“” ")).hasSuffix("?")
    }

    static func isAnswer(_ block: GuideWalk.Block) -> Bool {
        !block.isHeading && block.text.count >= 30
    }

    static func misconception(under section: Int, walk: GuideWalk) -> FAQ? {
        let body = Array(walk.body(of: section, nested: false))
        guard let first = body.first(where: { !$0.isHeading }) else { return nil }
        let rest = body.drop { $0.line <= first.line }
        guard rest.contains(where: isAnswer) else { return nil }
        let question = (first.leadingStrong ?? first.text).trimmingCharacters(in: CharacterSet(charactersIn: "«»\"“” "))
        return faq(question: question, answer: Array(rest), kind: .ideeRecue, at: first, walk: walk)
    }

    static func faq(question: String, answer: [GuideWalk.Block], kind: FAQ.Kind, at block: GuideWalk.Block, walk: GuideWalk, evidence: Evidence = .strong("question-heading")) -> FAQ {
        let blocks = answer.filter { !$0.isHeading || answer.count > 1 }
        var provenance = walk.provenance(of: block)
        if kind == .question, block.isHeading { provenance.line = block.line }
        return FAQ(
            id: "", question: question,
            answer: blocks.map(\.markdown).joined(separator: "\n"),
            answerText: blocks.map(\.text).joined(separator: " "),
            kind: kind, provenance: provenance, evidence: evidence)
    }
}

