package fr.suresnes.contactcenter.supervision.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Whole days, from the first to the last included, in the city's time zone: the half-open instants [from, to) the
 * period figures are computed on.
 */
public record ReportingPeriod(LocalDate first, LocalDate last, ZoneId zone) {

    public static final ZoneId CITY_ZONE = ZoneId.of("Europe/Paris");
    public static final int DEFAULT_DAYS = 7;
    public static final int MAX_DAYS = 366;

    public ReportingPeriod {
        if (last.isBefore(first)) {
            throw new InvalidPeriodException("La date de fin (" + last + ") précède la date de début (" + first + ").");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw new InvalidPeriodException("La période ne peut pas dépasser " + MAX_DAYS + " jours.");
        }
    }

    /** The last {@code days} days, today included. */
    public static ReportingPeriod lastDays(int days, LocalDate today, ZoneId zone) {
        return new ReportingPeriod(today.minusDays(days - 1L), today, zone);
    }

    /**
     * The period a supervisor typed or a link carries ({@code AAAA-MM-JJ}); a missing bound falls back to the default
     * period's, the last {@value #DEFAULT_DAYS} days.
     *
     * @throws InvalidPeriodException with a French reason
     */
    public static ReportingPeriod parse(String first, String last, LocalDate today, ZoneId zone) {
        ReportingPeriod fallback = lastDays(DEFAULT_DAYS, today, zone);
        LocalDate end = isBlank(last) ? fallback.last() : date(last, "de fin");
        LocalDate start = isBlank(first) ? end.minusDays(DEFAULT_DAYS - 1L) : date(first, "de début");
        return new ReportingPeriod(start, end, zone);
    }

    public Instant from() {
        return first.atStartOfDay(zone).toInstant();
    }

    public Instant to() {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    private static LocalDate date(String text, String which) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidPeriodException("La date " + which + " « " + abbreviated(text.strip())
                    + " » n'est pas une date valide (attendu : AAAA-MM-JJ, par exemple 2026-03-31).");
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
