package fr.suresnes.contactcenter.conversation.answer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of facts an answer must not invent, each with how it is written in French and how its spellings are
 * normalized: « 25 € » = « 25,00 euros », « 01 23 45 67 89 » = « 01.23.45.67.89 »,
 * « quinze jours » = « 15 jours ».
 * Texts are lower-cased with their spaces normalized before they are read.
 */
enum FactKind {

    EMAIL("adresse électronique absente des sources", "[\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,}") {
        @Override
        String normalize(Matcher match) {
            return match.group();
        }
    },
    LINK("lien absent des sources", "(?:https?://|www\\.)[^\\s<>()\\[\\]«»\"]+"
            + "|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:fr|com|org|net|eu)\\b(?:/[^\\s<>()\\[\\]«»\"]*)?") {
        @Override
        String normalize(Matcher match) {
            return match.group().replaceAll("[.,;:!?]+$", "").replaceFirst("^https?://", "").replaceFirst("^www\\.", "")
                    .replaceAll("/+$", "");
        }
    },
    PHONE("numéro de téléphone absent des sources",
            "(?<!\\d)(?:\\+33\\s?(?:\\(0\\)\\s?)?|0)[1-9](?:[\\s.-]?\\d{2}){4}(?!\\d)") {
        @Override
        String normalize(Matcher match) {
            return match.group().replaceAll("\\D", "").replaceFirst("^330?", "0");
        }
    },
    DATE("date absente des sources", "(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)|(?<!\\d)(1er|\\d{1,2})\\s("
            + String.join("|", Month.NAMES.keySet()) + ")(?:\\s(\\d{4})(?!\\d))?") {
        @Override
        String normalize(Matcher match) {
            if (match.group(1) != null) {
                return number(match.group(1)) + "/" + number(match.group(2)) + "/" + match.group(3);
            }
            String dayAndMonth = number(match.group(4).replace("er", "")) + "/" + Month.NAMES.get(match.group(5));
            return match.group(6) == null ? dayAndMonth : dayAndMonth + "/" + match.group(6);
        }
    },
    HOUR("horaire absent des sources", "(?<![\\d,.])(\\d{1,2})\\s?(?:h|heures?)\\s?(\\d{2})?(?![\\w])") {
        @Override
        String normalize(Matcher match) {
            return number(match.group(1)) + "h" + (match.group(2) == null ? "00" : match.group(2));
        }
    },
    AMOUNT("montant absent des sources", "(" + Numbers.PATTERN + ")\\s?(?:€|euros?\\b|eur\\b)") {
        @Override
        String normalize(Matcher match) {
            return number(match.group(1)) + " €";
        }
    },
    DELAY("délai absent des sources", "(" + Numbers.PATTERN + "|\\b(?:" + String.join("|", Numbers.WORDS.keySet())
            + "))\\s(jours?|semaines?|mois|ans?|années?|minutes?)\\b") {
        @Override
        String normalize(Matcher match) {
            String unit = match.group(2);
            unit = unit.startsWith("ann") ? "an" : unit.equals("mois") ? unit : unit.replaceAll("s$", "");
            String quantity = match.group(1);
            return (Numbers.WORDS.containsKey(quantity) ? Numbers.WORDS.get(quantity) : number(quantity)) + " " + unit;
        }
    },
    NUMBER("nombre absent des sources", Numbers.PATTERN) {
        @Override
        String normalize(Matcher match) {
            return number(match.group());
        }
    };

    /** Identify a contact or a page: the digits inside them are not numbers to check on their own. */
    static final List<FactKind> IDENTIFIERS = List.of(EMAIL, LINK, PHONE);

    private final String absence;
    private final Pattern pattern;

    FactKind(String absence, String regex) {
        this.absence = absence;
        this.pattern = Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** Why an answer stating such a fact that its sources do not is rejected, in French for the audit trail. */
    String absence() {
        return absence;
    }

    Pattern pattern() {
        return pattern;
    }

    abstract String normalize(Matcher match);

    private static String number(String written) {
        return new BigDecimal(written.replaceAll("\\s", "").replace(',', '.')).stripTrailingZeros().toPlainString();
    }

    private static final class Numbers {
        /** « 1 500 », « 2,5 », « 25.00 » */
        static final String PATTERN = "(?<![\\d,.])(?:\\d{1,3}(?:\\s\\d{3})+(?:,\\d+)?(?!\\d)|\\d+(?:[,.]\\d+)?)";
        static final Map<String, String> WORDS = Map.ofEntries(Map.entry("un", "1"), Map.entry("une", "1"),
                Map.entry("deux", "2"), Map.entry("trois", "3"), Map.entry("quatre", "4"), Map.entry("cinq", "5"),
                Map.entry("six", "6"), Map.entry("sept", "7"), Map.entry("huit", "8"), Map.entry("neuf", "9"),
                Map.entry("dix", "10"), Map.entry("onze", "11"), Map.entry("douze", "12"), Map.entry("quinze", "15"),
                Map.entry("vingt", "20"), Map.entry("trente", "30"), Map.entry("quarante-cinq", "45"),
                Map.entry("soixante", "60"));
    }

    private static final class Month {
        static final Map<String, Integer> NAMES = Map.ofEntries(Map.entry("janvier", 1), Map.entry("février", 2),
                Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4), Map.entry("mai", 5),
                Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("août", 8), Map.entry("aout", 8),
                Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11),
                Map.entry("décembre", 12), Map.entry("decembre", 12));
    }
}
