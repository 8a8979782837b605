import GuidesExtract
import GuidesModel
import Testing

/// Questions asked and answered outside a part of questions: an interview's bare question
/// lines, a question over its answer in one paragraph; never a page's invitations, a title
/// with a colon, or a question over a list of steps.
@Suite struct InterviewQuestionTests {
    func questions(_ body: String) -> [String] {
        FAQExtractor.extract(from: walk(body)).map(\.question)
    }

    @Test func anInterviewsQuestionsAndTheirAnswers() {
        #expect(questions("""
        # Entretien

        Qu'apporte un pair qu'un éducateur n'apporte pas ?

        Une forme de crédibilité que le diplôme ne donne pas, et un autre regard sur les personnes accompagnées.

        La professionnalisation ne risque-t-elle pas de dénaturer la pair-aidance ?

        Le risque existe. Si l'on forme les pairs à devenir des travailleurs sociaux comme les autres, on perd leur singularité.

        Que dit la recherche de leurs effets ?\\
        Les études internationales convergent : meilleure adhésion aux soins et sentiment d'espoir.
        """) == [
            "Qu’apporte un pair qu’un éducateur n’apporte pas ?",
            "La professionnalisation ne risque-t-elle pas de dénaturer la pair-aidance ?",
            "Que dit la recherche de leurs effets ?",
        ])
    }

    @Test func invitationsTitlesAndStepsAreNoQuestions() {
        #expect(questions("""
        # Nous rejoindre

        Envie de vous engager à nos côtés ?

        Devenez bénévole : une formation de deux jours vous attend, puis un accompagnement par un pair plus ancien.

        Cette page vous a-t-elle été utile ?

        Merci de votre retour, il nous aide à améliorer les pages du site au fil des mois.

        Reste une question, que nos entretiens ont effleurée : comment une expérience devient-elle une compétence ?

        Nous y reviendrons dans un prochain dossier, avec les équipes qui ont accepté de nous recevoir.

        Comment recruter un intervenant-pair ?

        - Définir les missions du poste avec l'équipe et les personnes accompagnées avant toute annonce.
        - Prévoir un tuteur et des temps d'échange avec d'autres pairs dès l'arrivée.
        """).isEmpty)
    }
}
