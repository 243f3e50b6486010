package fr.suresnes.contactcenter.portal.supervision;

import fr.suresnes.contactcenter.supervision.boundary.ReportingPeriod;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Figures as French readers write them: « 3 min 05 s », « 33,3 % », « 04/12/2026 09:30 » (Paris time),
 * and « — » when there is none.
 */
final class FrenchFigures {

    static final String NONE = "—";
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ReportingPeriod.CITY_ZONE);

    private FrenchFigures() {
    }

    static String duration(Duration duration) {
        if (duration == null) {
            return NONE;
        }
        long seconds = Math.max(0, Math.round(duration.toMillis() / 1000.0));
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }

    /** a share in [0, 1] as a percentage with one decimal */
    static String percent(Double share) {
        return share == null ? NONE : decimal(share * 100) + " %";
    }

    /** one decimal, with a decimal comma */
    static String decimal(double value) {
        return String.format(Locale.FRANCE, "%.1f", value);
    }

    /** whole seconds, for spreadsheets; empty when there is none */
    static Long seconds(Duration duration) {
        return duration == null ? null : Math.round(duration.toMillis() / 1000.0);
    }

    static String moment(Instant instant) {
        return instant == null ? NONE : MOMENT.format(instant);
    }

}
