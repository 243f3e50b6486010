package fr.suresnes.contactcenter.conversation.answer;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.suresnes.contactcenter.conversation.answer.Fiches.*;
import static org.junit.jupiter.api.Assertions.*;

class ExtractiveComposerTest {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");

    private final ExtractiveComposer composer = new ExtractiveComposer();

    private ComposedAnswer compose(String question, List<String> earlierTurns, CandidatePassage... passages) {
        return composer.compose(new AnswerRequest(question, earlierTurns, List.of(passages)));
    }

    private ComposedAnswer compose(String question, CandidatePassage... passages) {
        return compose(question, List.of(), passages);
    }

    @Test
    void quotesTheBestPassageOfTheBestDocumentAndCitesIt() {
        CandidatePassage validity = minorCard("Demande en France > Durée de validité", MINOR_VALIDITY, 14);
        ComposedAnswer answer = compose("Combien de temps est valable la carte d'identité d'un mineur ?",
                validity,
                minorCard("À l'étranger > Durée de validité", MINOR_VALIDITY, 13),
                adultCard("Demande en France > Durée de validité", ADULT_VALIDITY, 8));

        assertTrue(answer.text().contains("La carte d'identité d'un mineur est valable pendant 10 ans."), answer.text());
        assertTrue(answer.text().startsWith("D'après « Carte d'identité d'un mineur : première demande » :"), answer.text());
        assertEquals(List.of(validity.passageId()), answer.citations().stream().map(Citation::passageId).toList());
        assertEquals("Demande en France > Durée de validité", answer.citations().get(0).section());
        assertEquals("https://www.service-public.fr/particuliers/vosdroits/F1342", answer.citations().get(0).url());
        assertTrue(answer.choices().isEmpty(), "the same text in France and abroad needs no choice");
        assertTrue(answer.confidence() >= ExtractiveComposer.DEFAULT_THRESHOLD);
        assertEquals("extractive", answer.composer());
        assertQuotesOnlyCitedPassages(answer, validity);
    }

    @Test
    void quotesTwoToFourUnitsAndNothingButThePassagesWords() {
        CandidatePassage making = adultCard("Demande en France > Délais de fabrication", ADULT_MAKING, 12);
        ComposedAnswer answer = compose("Quel est le délai de fabrication de la carte d'identité ?", making,
                adultPassport("En France > Où et comment faire la demande ?", PASSPORT_WHERE, 4));

        long quotedLines = answer.text().lines().skip(1).count();
        assertTrue(quotedLines >= 2 && quotedLines <= 4, answer.text());
        assertTrue(answer.text().contains("Le délai de fabrication dépend du lieu et de la période de la demande."), answer.text());
        assertQuotesOnlyCitedPassages(answer, making);
    }

    @Test
    void asksTheSituationWhenTheFicheAnswersByCase() {
        ComposedAnswer answer = compose("Comment faire la carte d'identité de mon enfant ?", minorCaseHits());

        assertEquals(ExtractiveComposer.YOUR_SITUATION, answer.text());
        assertEquals(List.of(new Choice("Entre 0 et 12 ans", "Cas : Entre 0 et 12 ans"),
                new Choice("Entre 12 et 13 ans", "Cas : Entre 12 et 13 ans"),
                new Choice("À partir de 13 ans", "Cas : À partir de 13 ans")), answer.choices());
        assertEquals(3, answer.citations().size());
        assertTrue(answer.citations().stream().allMatch(citation -> citation.sourceId().equals("F1342")));
    }

    private static CandidatePassage[] lostCardHits() {
        return new CandidatePassage[]{
                lostAdultCard("En France > Déclaration de perte", LOST_DECLARATION, 12),
                lostMinorCard("En France > Déclaration de perte", LOST_DECLARATION, 11.5),
                lostMinorCard("En France > Où et comment demander une nouvelle carte ?", LOST_MINOR_TOGETHER, 9)};
    }

    @Test
    void asksWhoseCardItIsWhenSiblingFichesAnswerForAnAdultAndForAMinor() {
        ComposedAnswer answer = compose("j'ai perdu ma carte d'identité", lostCardHits());

        assertEquals(ExtractiveComposer.YOUR_SITUATION, answer.text());
        assertEquals(List.of(new Choice("Pour un majeur", "Pour un majeur"), new Choice("Pour un mineur", "Pour un mineur")),
                answer.choices());
        assertEquals(List.of("F1344", "F1153"), answer.citations().stream().map(Citation::sourceId).toList());
        assertTrue(answer.confidence() >= ExtractiveComposer.DEFAULT_THRESHOLD,
                "the sibling fiche is an alternative, not a competitor: " + answer.confidence());
    }

    @Test
    void answersFromTheSiblingFicheTheConversationNames() {
        ComposedAnswer chosen = compose("j'ai perdu ma carte d'identité Pour un mineur", lostCardHits());
        ComposedAnswer followUp = composer.compose(new AnswerRequest(
                "j'ai perdu ma carte d'identité Pour un majeur et pour un mineur ?", "et pour un mineur ?",
                List.of("j'ai perdu ma carte d'identité", "Pour un majeur"), List.of(lostCardHits())));
        ComposedAnswer implied = compose("mon fils a perdu sa carte d'identité", lostCardHits());
        ComposedAnswer byAge = compose("carte d'identité perdue, j'ai 34 ans", lostCardHits());

        for (ComposedAnswer minor : List.of(chosen, followUp, implied)) {
            assertTrue(minor.choices().isEmpty(), minor.text());
            assertTrue(minor.text().startsWith("D'après « Carte nationale d'identité d'un mineur : en cas de perte » :"),
                    minor.text());
            assertTrue(minor.citations().stream().allMatch(citation -> citation.sourceId().equals("F1153")));
        }
        assertTrue(byAge.citations().stream().allMatch(citation -> citation.sourceId().equals("F1344")), byAge.text());
    }

    @Test
    void answersFromTheCaseTheQuestionNames() {
        ComposedAnswer forEightYears = compose("Comment faire la carte d'identité pour mon fils de 8 ans ?", minorCaseHits());
        ComposedAnswer forFifteen = compose("carte d'identité de ma fille, elle a 15 ans", minorCaseHits());

        assertTrue(forEightYears.choices().isEmpty(), forEightYears.text());
        assertTrue(forEightYears.text().contains(UNDER_TWELVE), forEightYears.text());
        assertFalse(forEightYears.text().contains("l'enfant peut signer"), forEightYears.text());
        assertTrue(forFifteen.text().contains("Si son responsable est d'accord, l'enfant peut signer le talon photo."), forFifteen.text());
        assertQuotesOnlyCitedPassages(forEightYears, minorCaseHits());
    }

    @Test
    void answersFromTheCaseChosenWithAButtonEarlier() {
        ComposedAnswer answer = compose("Comment faire la carte d'identité de mon enfant ? Cas : À partir de 13 ans",
                List.of("Comment faire la carte d'identité de mon enfant ?", ExtractiveComposer.YOUR_SITUATION,
                        "Cas : À partir de 13 ans"),
                minorCaseHits());

        assertTrue(answer.choices().isEmpty(), answer.text());
        assertTrue(answer.text().contains("Si son responsable est d'accord, l'enfant peut signer le talon photo."), answer.text());
    }

    @Test
    void asksInFranceOrAbroadFirstThenTheCase() {
        CandidatePassage[] hits = {
                minorCard("Demande en France > Où et comment faire la demande ?", MINOR_WHERE, 15),
                minorCard("À l'étranger > Où et comment faire la demande ?", MINOR_WHERE_ABROAD, 14),
                minorCard("Demande en France > Où et comment faire la demande ? > Cas : Entre 0 et 12 ans", UNDER_TWELVE, 13),
                minorCard("Demande en France > Où et comment faire la demande ? > Cas : À partir de 13 ans", FROM_THIRTEEN, 12)};

        ComposedAnswer first = compose("Où faire la carte d'identité de mon enfant ?", hits);
        assertEquals(List.of("Demande en France", "À l'étranger"), first.choices().stream().map(Choice::title).toList());

        ComposedAnswer second = compose("Où faire la carte d'identité de mon enfant ? " + first.choices().get(0).payload(), hits);
        assertEquals(List.of("Entre 0 et 12 ans", "À partir de 13 ans"), second.choices().stream().map(Choice::title).toList());

        ComposedAnswer abroad = compose("Où faire la carte d'identité de mon enfant ? J'habite à l'étranger", hits);
        assertTrue(abroad.choices().isEmpty());
        assertTrue(abroad.text().contains("Ambassade ou consulat français à l'étranger"), abroad.text());
    }

    @Test
    void aNegationNamesItsCase() {
        CandidatePassage withoutPassport = adultCard("Demande en France > Pièces à fournir > Cas : Pas de passeport", WITHOUT_PASSPORT, 11);
        ComposedAnswer answer = compose("Je n'ai pas de passeport, quels papiers pour ma carte d'identité ?",
                adultCard("Demande en France > Pièces à fournir > Cas : Vous avez un passeport valide", WITH_VALID_PASSPORT, 12),
                withoutPassport,
                adultCard("Demande en France > Pièces à fournir", ADULT_DOCUMENTS_INTRO, 10));

        assertTrue(answer.choices().isEmpty(), answer.text());
        assertTrue(answer.text().contains("il faut fournir un acte de naissance"), answer.text());
        assertFalse(answer.text().contains("- Votre passeport"), answer.text());
        assertTrue(answer.text().contains("Pas de passeport :\n- Photo d'identité"), "the whole list, under its case: " + answer.text());
        assertQuotesOnlyCitedPassages(answer, withoutPassport, adultCard("Demande en France > Pièces à fournir", ADULT_DOCUMENTS_INTRO, 10));
    }

    @Test
    void aPriceIsOnlyGivenForTheCaseItBelongsTo() {
        CandidatePassage general = lostAdultCard("En France > Coût > Cas : Cas général", LOST_COST_GENERAL, 12);
        CandidatePassage guyana = lostAdultCard("En France > Coût > Cas : En Guyane", LOST_COST_GUYANA, 11);

        ComposedAnswer ask = compose("Combien coûte une nouvelle carte d'identité après une perte ?", general, guyana);
        ComposedAnswer inGuyana = compose("Combien coûte une nouvelle carte d'identité après une perte ? je suis en Guyane", general, guyana);

        assertEquals(List.of("Cas général", "En Guyane"), ask.choices().stream().map(Choice::title).toList());
        assertFalse(ask.text().contains("€"), "no price before the case is known");
        assertTrue(inGuyana.text().contains("12,50 € en timbre fiscal."), inGuyana.text());
        assertFalse(inGuyana.text().contains("25 €"), inGuyana.text());
        assertQuotesOnlyCitedPassages(inGuyana, guyana);
    }

    @Test
    void leavesOutTextGluedByTheExtractionOfATable() {
        CandidatePassage table = adultCard("Demande en France > Pièces à fournir > Cas : Vous avez un passeport périmé > Cas : Date d'expiration : entre 2 et 5 ans",
                PASSPORT_EXPIRED_TWO_TO_FIVE, 12);
        ComposedAnswer answer = compose("pièces à fournir carte d'identité passeport périmé", table);

        assertFalse(answer.text().contains("PasseportJustificatif"), answer.text());
    }

    @Test
    void aCloseMatchIsConfidentAndAnAbsentTopicIsNot() {
        CandidatePassage[] hits = {
                minorCard("Demande en France > Durée de validité", MINOR_VALIDITY, 9),
                adultCard("Demande en France > Durée de validité", ADULT_VALIDITY, 6)};

        double closeMatch = compose("Combien de temps est valable la carte d'identité d'un mineur ?", hits).confidence();
        double partialMatch = compose("La carte d'identité d'un mineur marche-t-elle pour voyager en Australie ?", hits).confidence();
        double absentTopic = compose("Comment inscrire mon chien à la fourrière municipale ?", hits).confidence();

        assertTrue(closeMatch > partialMatch && partialMatch > absentTopic, closeMatch + " > " + partialMatch + " > " + absentTopic);
        assertTrue(closeMatch >= 0.8, "close match: " + closeMatch);
        assertTrue(absentTopic < ExtractiveComposer.DEFAULT_THRESHOLD, "absent topic: " + absentTopic);
    }

    @Test
    void aContestedDocumentAndAWeakScoreLowerTheConfidence() {
        String question = "Combien de temps est valable la carte d'identité d'un mineur ?";
        double clear = compose(question, minorCard("Demande en France > Durée de validité", MINOR_VALIDITY, 12),
                adultCard("Demande en France > Durée de validité", ADULT_VALIDITY, 3)).confidence();
        double contested = compose(question, minorCard("Demande en France > Durée de validité", MINOR_VALIDITY, 12),
                adultCard("Demande en France > Durée de validité", ADULT_VALIDITY, 11.5)).confidence();
        double weak = compose(question, minorCard("Demande en France > Durée de validité", MINOR_VALIDITY, 1),
                adultCard("Demande en France > Durée de validité", ADULT_VALIDITY, 0.25)).confidence();

        assertTrue(clear > contested, clear + " > " + contested);
        assertTrue(clear > weak, clear + " > " + weak);
        assertTrue(contested > 0 && contested < 1 && weak > 0);
    }

    @Test
    void rankFusionScoresGiveComparableConfidence() {
        String question = "Combien de temps est valable la carte d'identité d'un mineur ?";
        double bm25 = compose(question, minorCard("Demande en France > Durée de validité", MINOR_VALIDITY, 10),
                adultCard("Demande en France > Durée de validité", ADULT_VALIDITY, 6)).confidence();
        double fused = ExtractiveComposer.forRankFusion().compose(new AnswerRequest(question, List.of(), List.of(
                minorCard("Demande en France > Durée de validité", MINOR_VALIDITY, 2.0 / 61),
                adultCard("Demande en France > Durée de validité", ADULT_VALIDITY, 1.0 / 61 + 1.0 / 63)))).confidence();

        assertEquals(bm25, fused, 0.15);
    }

    @Test
    void belowTheThresholdItSaysSoShowsTheClosestDocumentsAndOffersAPerson() {
        ComposedAnswer answer = compose("Comment inscrire mon chien à la fourrière municipale ?",
                minorCard("Demande en France > Durée de validité", MINOR_VALIDITY, 3),
                minorCard("À l'étranger > Durée de validité", MINOR_VALIDITY, 2.9),
                adultCard("Demande en France > Durée de validité", ADULT_VALIDITY, 2.5),
                lostAdultCard("En France > Coût > Cas : Cas général", LOST_COST_GENERAL, 2),
                adultPassport("En France > Où et comment faire la demande ?", PASSPORT_WHERE, 1.5));

        assertTrue(answer.text().startsWith("Je ne suis pas sûr de pouvoir répondre"), answer.text());
        assertEquals(List.of("F1342", "F1341", "F1344"), answer.citations().stream().map(Citation::sourceId).toList());
        answer.citations().forEach(citation -> assertTrue(answer.text().contains("- " + citation.title())));
        assertEquals(List.of(new Choice("Parler à un conseiller", "conseiller")), answer.choices());
        assertFalse(answer.text().contains("10 ans"), "nothing quoted when unsure");
    }

    @Test
    void withoutPassagesItSaysItDoesNotKnow() {
        ComposedAnswer answer = compose("Comment refaire mon passeport ?");

        assertTrue(answer.text().startsWith(ExtractiveComposer.NOT_SURE));
        assertTrue(answer.citations().isEmpty());
        assertEquals(0, answer.confidence());
        assertEquals(List.of(ExtractiveComposer.ADVISOR), answer.choices());
    }

    @Test
    void aStricterThresholdTurnsAnAnswerIntoANotSure() {
        ComposedAnswer answer = new ExtractiveComposer(0.999, 5).compose(new AnswerRequest(
                "Combien de temps est valable la carte d'identité d'un mineur ?", List.of(),
                List.of(minorCard("Demande en France > Durée de validité", MINOR_VALIDITY, 9))));

        assertTrue(answer.text().startsWith(ExtractiveComposer.NOT_SURE));
    }

    private static CandidatePassage[] minorCaseHits() {
        return new CandidatePassage[]{
                minorCard("Demande en France > Où et comment faire la demande ?", MINOR_WHERE, 14),
                minorCard("Demande en France > Où et comment faire la demande ? > Cas : Entre 0 et 12 ans", UNDER_TWELVE, 13),
                minorCard("Demande en France > Où et comment faire la demande ? > Cas : Entre 12 et 13 ans", TWELVE_TO_THIRTEEN, 12.5),
                minorCard("Demande en France > Où et comment faire la demande ? > Cas : À partir de 13 ans", FROM_THIRTEEN, 12),
                adultCard("Demande en France > Où et comment faire la demande ?", "Votre présence est indispensable pour procéder à la prise d'empreintes.", 7)};
    }

    /**
     * Every line of the answer after its heading is, but for the section it is quoted under, text of a cited
     * passage; every number of the answer is in a cited passage.
     */
    private static void assertQuotesOnlyCitedPassages(ComposedAnswer answer, CandidatePassage... candidates) {
        List<CandidatePassage> cited = List.of(candidates).stream()
                .filter(passage -> answer.citations().stream().anyMatch(citation ->
                        citation.section().equals(passage.section()) && citation.title().equals(passage.title())
                                && passage.text().equals(textOf(candidates, citation))))
                .toList();
        assertFalse(cited.isEmpty(), "cites a passage");
        String citedText = String.join("\n", cited.stream().map(CandidatePassage::text).toList());
        String citedEverything = citedText + "\n" + String.join("\n",
                answer.citations().stream().map(citation -> citation.title() + " " + citation.section()).toList());
        answer.text().lines().skip(1).forEach(line -> {
            String quoted = line;
            for (Citation citation : answer.citations()) {
                String leaf = SectionPath.label(citation.section().substring(citation.section().lastIndexOf(" > ") + 3));
                if (quoted.startsWith(leaf + " :")) {
                    quoted = quoted.substring(leaf.length() + 2).strip();
                }
            }
            assertTrue(quoted.isEmpty() || citedText.contains(quoted), "« " + quoted + " » is quoted from " + citedText);
        });
        Matcher number = NUMBER.matcher(answer.text());
        while (number.find()) {
            assertTrue(citedEverything.contains(number.group()), number.group() + " is in a cited passage");
        }
    }

    private static String textOf(CandidatePassage[] candidates, Citation citation) {
        return List.of(candidates).stream().filter(passage -> passage.section().equals(citation.section())
                && passage.title().equals(citation.title())).map(CandidatePassage::text).findFirst().orElse("");
    }
}
