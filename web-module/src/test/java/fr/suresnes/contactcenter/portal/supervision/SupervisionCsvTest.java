package fr.suresnes.contactcenter.portal.supervision;

import fr.suresnes.contactcenter.supervision.boundary.DailyCount;
import fr.suresnes.contactcenter.supervision.boundary.DurationSummary;
import fr.suresnes.contactcenter.supervision.boundary.PeriodFigures;
import fr.suresnes.contactcenter.supervision.boundary.RatingCounts;
import fr.suresnes.contactcenter.supervision.boundary.ReportingPeriod;
import fr.suresnes.contactcenter.supervision.boundary.Tally;
import fr.suresnes.contactcenter.supervision.boundary.UnansweredQuestion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SupervisionCsvTest {

    static final ReportingPeriod PERIOD = new ReportingPeriod(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2),
            ReportingPeriod.CITY_ZONE);

    static PeriodFigures figures(List<UnansweredQuestion> unanswered) {
        return new PeriodFigures(PERIOD, 4, 1, 2,
                List.of(new Tally("WEB_CHAT", "Discussion sur le site", 4)),
                List.of(new Tally("ELECTIONS", "Élections", 1)),
                List.of(new DailyCount(LocalDate.of(2026, 6, 1), 3, 1), new DailyCount(LocalDate.of(2026, 6, 2), 1, 0)),
                DurationSummary.of(List.of(Duration.ofSeconds(90))), DurationSummary.of(List.of()),
                new RatingCounts(3, 1), unanswered);
    }

    static String csv(PeriodFigures figures) throws IOException {
        StringWriter out = new StringWriter();
        SupervisionCsv.write(figures, out);
        return out.toString();
    }

    @Test
    void everySectionHasItsFrenchHeaderAndItsFigures() throws IOException {
        String csv = csv(figures(List.of(new UnansweredQuestion("Horaires de la piscine ?", 3))));
        List<String> lines = csv.lines().toList();

        assertTrue(csv.startsWith("\uFEFF\"Période\";\"du 01/06/2026 au 02/06/2026 inclus (Europe/Paris)\"\r\n"), csv);
        assertTrue(lines.contains("\"Ouvertes\";4;\"100,0\""), csv);
        assertTrue(lines.contains("\"Résolues par l'assistant seul\";2;\"50,0\""), csv);
        assertTrue(lines.contains("\"Transmises à un conseiller\";1;\"25,0\""), csv);
        assertTrue(lines.contains("\"Sans message de l'usager\";1;\"25,0\""), csv);
        assertTrue(lines.contains("\"Discussion sur le site\";4"), csv);
        assertTrue(lines.contains("\"Élections\";1"), csv);
        assertTrue(lines.contains("\"01/06/2026\";3;1"), csv);
        assertTrue(lines.contains("\"Délai\";\"Cas\";\"Moyenne (s)\";\"Médiane (s)\";\"90e centile (s)\""), csv);
        assertTrue(lines.contains("\"Première réponse d'un conseiller (depuis l'entrée en file)\";1;90;90;90"), csv);
        assertTrue(lines.contains("\"Traitement (de la prise en charge à la clôture)\";0;;;"), csv);
        assertTrue(lines.contains("\"Utiles\";3;\"75,0\""), csv);
        assertTrue(lines.contains("\"Pas utiles\";1;\"25,0\""), csv);
        assertTrue(lines.contains("\"Horaires de la piscine ?\";3"), csv);
    }

    @Test
    void aCitizensQuestionCannotBecomeAFormulaNorBreakTheRow() throws IOException {
        String csv = csv(figures(List.of(new UnansweredQuestion("=cmd|' /C calc'!A0\n\"; danger", 1))));

        assertTrue(csv.contains("\"'=cmd|' /C calc'!A0\n\"\"; danger\";1\r\n"), csv);
    }

    @Test
    void anEmptyPeriodHasNoShares() throws IOException {
        PeriodFigures empty = new PeriodFigures(PERIOD, 0, 0, 0, List.of(), List.of(), List.of(),
                DurationSummary.of(List.of()), DurationSummary.of(List.of()), new RatingCounts(0, 0), List.of());

        List<String> lines = csv(empty).lines().toList();

        assertTrue(lines.contains("\"Ouvertes\";0;\"\""), lines.toString());
        assertTrue(lines.contains("\"Utiles\";0;\"\""), lines.toString());
    }
}
