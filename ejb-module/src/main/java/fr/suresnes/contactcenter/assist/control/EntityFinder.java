package fr.suresnes.contactcenter.assist.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds in what citizens write the details an agent needs at hand: dates (« 12/03/2024 », « lundi 3 mars »),
 * addresses (« 12 bis rue Carnot », « place de la Paix, 92150 Suresnes »), French phone numbers, e-mail addresses
 * and case numbers (« dossier n° DEM-2024-0456 », « AB123456 »). Where two kinds overlap, the first kind in
 * {@link #PATTERNS} wins: a phone number is never also read as a case number.
 */
public final class EntityFinder {

    private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])";
    private static final String MONTH = "(?:0?[1-9]|1[0-2])";
    private static final String MONTH_NAME = "(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre"
            + "|novembre|d[ée]cembre|janv\\.|f[ée]vr?\\.|avr\\.|juil\\.|sept\\.|oct\\.|nov\\.|d[ée]c\\.)";
    private static final String WEEKDAY = "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";

    private static final String STREET_TYPE = "(?iu:rue|avenue|av\\.|boulevard|bd|place|all[ée]e|impasse|chemin|quai"
            + "|square|cours|passage|sentier|villa|cit[ée]|route|voie|esplanade|rond-point|r[ée]sidence|promenade)";
    /** small words inside street names: « de la », « du », « l' » */
    private static final String CONNECTOR = "(?:(?:de|du|des|la|le|les|aux?|et|sur|sous|en)\\s+|[ldLD]['’])";
    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}'’-]*|\\d{1,4})";
    private static final String NAME_TAIL = "(?:[\\s-]+" + CONNECTOR + "*" + NAME_WORD + "){0,5}";
    private static final String SURESNES = "(?:,?\\s*92\\s?150(?:\\s+(?iu:suresnes))?|,?\\s+(?iu:à\\s+)?(?iu:suresnes))?";

    private static final String CASE_KEYWORD = "(?iu:dossier|demande|requ[eê]te|r[ée]f[ée]rence|r[ée]f\\.|ticket|suivi"
            + "|n°|no\\.|num[ée]ro)";
    private static final String CASE_TOKEN = "[A-Z]{0,5}-?\\d[\\dA-Z]*(?:[/-][\\dA-Z]+)*";

    /** in order of precedence */
    private static final Map<EntityKind, List<Pattern>> PATTERNS = Map.of(
            EntityKind.EMAIL, List.of(Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}")),
            EntityKind.PHONE, List.of(Pattern.compile(
                    "(?<![\\d+])(?:(?:\\+|00)33[\\s.-]?(?:\\(0\\)[\\s.-]?)?[1-9]|0[1-9])(?:[\\s.-]?\\d{2}){4}(?!\\d)")),
            EntityKind.DATE, List.of(
                    Pattern.compile("(?<![\\d/.-])" + DAY + "([/.-])" + MONTH + "\\1(?:\\d{4}|\\d{2})(?![\\d/.-])"),
                    Pattern.compile("(?<![\\d/])" + DAY + "/" + MONTH + "(?![\\d/])"),
                    Pattern.compile("(?<!\\p{L})(?:" + WEEKDAY + "\\s+)?(?:1er|" + DAY + ")\\s+" + MONTH_NAME
                            + "(?:\\s+\\d{4})?(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)),
            EntityKind.CASE_NUMBER, List.of(
                    Pattern.compile("(?<!\\p{L})" + CASE_KEYWORD + "\\s*(?iu:(?:de\\s+)?(?:dossier|suivi|demande)\\s*)?"
                            + "(?iu:n°|no\\.?|num[ée]ro)?\\s*:?\\s*(" + CASE_TOKEN + ")(?![\\p{L}\\d])"),
                    Pattern.compile("(?<![\\p{L}\\d-])([A-Z]{1,5}-?\\d{5,})(?![\\p{L}\\d])")),
            EntityKind.ADDRESS, List.of(
                    Pattern.compile("(?<![\\p{L}\\d])\\d{1,4}(?:\\s?(?iu:bis|ter))?,?\\s+" + STREET_TYPE + "\\s+" + CONNECTOR
                            + "*[\\p{L}\\d][\\p{L}'’-]*" + NAME_TAIL + SURESNES),
                    Pattern.compile("(?<![\\p{L}\\d])" + STREET_TYPE + "\\s+" + CONNECTOR + "*\\p{Lu}[\\p{L}'’-]*" + NAME_TAIL
                            + SURESNES)));

    private static final List<EntityKind> PRECEDENCE = List.of(EntityKind.EMAIL, EntityKind.PHONE, EntityKind.DATE,
            EntityKind.CASE_NUMBER, EntityKind.ADDRESS);
    private static final int MIN_CASE_NUMBER_LENGTH = 4;

    private EntityFinder() {
    }

    /** What the texts hold, each entity once, in the order written. */
    public static List<FoundEntity> in(List<String> texts) {
        LinkedHashSet<FoundEntity> found = new LinkedHashSet<>();
        texts.forEach(text -> found.addAll(in(text)));
        return List.copyOf(found);
    }

    public static List<FoundEntity> in(String text) {
        List<Span> kept = new ArrayList<>();
        for (EntityKind kind : PRECEDENCE) {
            for (Pattern pattern : PATTERNS.get(kind)) {
                Matcher matcher = pattern.matcher(text);
                while (matcher.find()) {
                    int group = kind == EntityKind.CASE_NUMBER ? 1 : 0;
                    Span span = new Span(kind, matcher.start(group), matcher.end(group), matcher.group(group).strip());
                    if (acceptable(span) && kept.stream().noneMatch(span::overlaps)) {
                        kept.add(span);
                    }
                }
            }
        }
        return kept.stream().sorted(Comparator.comparingInt(Span::start))
                .map(span -> new FoundEntity(span.kind(), span.text())).toList();
    }

    private static boolean acceptable(Span span) {
        return span.kind() != EntityKind.CASE_NUMBER || span.text().length() >= MIN_CASE_NUMBER_LENGTH;
    }

    private record Span(EntityKind kind, int start, int end, String text) {
        boolean overlaps(Span other) {
            return start < other.end && other.start < end;
        }
    }
}
