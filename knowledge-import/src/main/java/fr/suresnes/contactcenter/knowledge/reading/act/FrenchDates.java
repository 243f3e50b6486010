package fr.suresnes.contactcenter.knowledge.reading.act;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/** Dates as French administrative texts write them: « jeudi 24 avril 2014 », « 1er mars 2020 », « 25/04/2014 ». */
final class FrenchDates {

    private static final List<String> MONTHS = List.of("janvier", "février", "mars", "avril", "mai", "juin",
            "juillet", "août", "septembre", "octobre", "novembre", "décembre");

    /** A date; groups: day, month name, year — or numeric day, month, year. */
    static final String PATTERN = "(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?"
            + "(?:(1er|\\d{1,2})\\s+(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\\s+(\\d{4})"
            + "|(\\d{1,2})/(\\d{1,2})/(\\d{4}))";

    private FrenchDates() {
    }

    /** The date matched by {@link #PATTERN}, whose first group is {@code firstGroup} in the matcher. */
    static Optional<LocalDate> parse(Matcher matcher, int firstGroup) {
        try {
            if (matcher.group(firstGroup) != null) {
                int day = matcher.group(firstGroup).startsWith("1er") ? 1 : Integer.parseInt(matcher.group(firstGroup));
                int month = monthNumber(matcher.group(firstGroup + 1));
                return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(firstGroup + 2)), month, day));
            }
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(firstGroup + 5)),
                    Integer.parseInt(matcher.group(firstGroup + 4)), Integer.parseInt(matcher.group(firstGroup + 3))));
        } catch (DateTimeException | NumberFormatException impossibleDate) {
            return Optional.empty();
        }
    }

    private static int monthNumber(String name) {
        String wanted = withoutAccents(name);
        for (int i = 0; i < MONTHS.size(); i++) {
            if (withoutAccents(MONTHS.get(i)).equals(wanted)) {
                return i + 1;
            }
        }
        throw new DateTimeException("unknown month " + name);
    }

    static String withoutAccents(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
