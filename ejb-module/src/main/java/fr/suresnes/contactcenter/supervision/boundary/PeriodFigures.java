package fr.suresnes.contactcenter.supervision.boundary;

import java.util.List;

/**
 * How the contact center did over a period, for the conversations opened in it: each was either handed over to a
 * person (it entered a queue), resolved by the bot alone (the citizen wrote, and it never entered a queue), or
 * left without a word from the citizen. Ratings and unanswered questions count the bot's answers sent in the period.
 */
public record PeriodFigures(ReportingPeriod period, long opened, long handedOver, long botAlone,
                            List<Tally> byChannel, List<Tally> byQueue, List<DailyCount> byDay,
                            DurationSummary firstResponse, DurationSummary handling, RatingCounts ratings,
                            List<UnansweredQuestion> unanswered) {

    public long withoutCitizenMessage() {
        return opened - handedOver - botAlone;
    }

    /** handed over / opened, in [0, 1]; null when nothing was opened */
    public Double handoffRate() {
        return share(handedOver);
    }

    /** resolved by the bot alone / opened, in [0, 1]; null when nothing was opened */
    public Double botAloneShare() {
        return share(botAlone);
    }

    private Double share(long part) {
        return opened == 0 ? null : (double) part / opened;
    }
}
