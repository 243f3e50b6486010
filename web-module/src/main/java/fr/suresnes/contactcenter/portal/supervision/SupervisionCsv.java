package fr.suresnes.contactcenter.portal.supervision;

import fr.suresnes.contactcenter.supervision.boundary.DailyCount;
import fr.suresnes.contactcenter.supervision.boundary.DurationSummary;
import fr.suresnes.contactcenter.supervision.boundary.PeriodFigures;
import fr.suresnes.contactcenter.supervision.boundary.Tally;
import fr.suresnes.contactcenter.supervision.boundary.UnansweredQuestion;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The period figures as one CSV file, one section per table of the dashboard, headers in French. */
final class SupervisionCsv {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SupervisionCsv() {
    }

    static void write(PeriodFigures figures, Writer out) throws IOException {
        CsvWriter csv = CsvWriter.startingWithByteOrderMark(out);
        csv.row("Période", "du " + DAY.format(figures.period().first()) + " au " + DAY.format(figures.period().last())
                + " inclus (" + figures.period().zone() + ")");
        csv.row();
        csv.row("Conversations", "Nombre", "Part (%)");
        csv.row("Ouvertes", figures.opened(), share(figures.opened() == 0 ? null : 1.0));
        csv.row("Résolues par l'assistant seul", figures.botAlone(), share(figures.botAloneShare()));
        csv.row("Transmises à un conseiller", figures.handedOver(), share(figures.handoffRate()));
        csv.row("Sans message de l'usager", figures.withoutCitizenMessage(),
                share(figures.opened() == 0 ? null : (double) figures.withoutCitizenMessage() / figures.opened()));
        csv.row();
        tallies(csv, "Canal", figures.byChannel());
        csv.row();
        tallies(csv, "File (thème)", figures.byQueue());
        csv.row();
        csv.row("Jour", "Conversations ouvertes", "Transmises à un conseiller");
        for (DailyCount day : figures.byDay()) {
            csv.row(DAY.format(day.day()), day.opened(), day.handedOver());
        }
        csv.row();
        csv.row("Délai", "Cas", "Moyenne (s)", "Médiane (s)", "90e centile (s)");
        times(csv, "Première réponse d'un conseiller (depuis l'entrée en file)", figures.firstResponse());
        times(csv, "Traitement (de la prise en charge à la clôture)", figures.handling());
        csv.row();
        csv.row("Évaluation des réponses de l'assistant", "Nombre", "Part (%)");
        csv.row("Utiles", figures.ratings().useful(), share(figures.ratings().usefulShare()));
        csv.row("Pas utiles", figures.ratings().notUseful(),
                share(figures.ratings().usefulShare() == null ? null : 1 - figures.ratings().usefulShare()));
        csv.row();
        csv.row("Question sans réponse de l'assistant", "Fois");
        for (UnansweredQuestion question : figures.unanswered()) {
            csv.row(question.question(), question.times());
        }
        out.flush();
    }

    private static void tallies(CsvWriter csv, String heading, List<Tally> tallies) throws IOException {
        csv.row(heading, "Conversations");
        for (Tally tally : tallies) {
            csv.row(tally.label(), tally.count());
        }
    }

    private static void times(CsvWriter csv, String what, DurationSummary summary) throws IOException {
        csv.row(what, (long) summary.count(), FrenchFigures.seconds(summary.mean()),
                FrenchFigures.seconds(summary.median()), FrenchFigures.seconds(summary.p90()));
    }

    private static String share(Double share) {
        return share == null ? "" : FrenchFigures.decimal(share * 100);
    }
}
