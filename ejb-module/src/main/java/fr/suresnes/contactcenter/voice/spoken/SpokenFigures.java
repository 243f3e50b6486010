package fr.suresnes.contactcenter.voice.spoken;

import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the figures of a French text in words, as they are said: phone numbers in pairs (« zéro un, quarante-et-un,
 * dix-huit… »), dates (« 15/03/2025 » → « quinze mars deux mille vingt-cinq »), times (« 9 h 30 » → « neuf heures
 * trente », « 24 h/24 »), prices (« 86 € » → « quatre-vingt-six euros »), percentages, ordinals, the four-digit
 * service numbers in pairs (« 3114 » → « trente-et-un, quatorze »; counts are written « 3 114 »), e-mail addresses
 * and the numbers left. A speech engine then reads the text as a person would, whatever its own rules for figures.
 */
public final class SpokenFigures {

    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};
    /** the spaces French puts between groups of thousands (plain, no-break, narrow no-break) */
    private static final String GROUP = "[ \\u00A0\\u202F]";
    private static final String WHOLE = "(\\d{1,3}(?:" + GROUP + "\\d{3})+|\\d+)";

    private record Rule(Pattern pattern, Function<MatchResult, String> spoken) {
    }

    /** in this order: the longer shapes first, so that their digits are not read as plain numbers */
    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"), SpokenFigures::email),
            new Rule(Pattern.compile("(?<![\\d+])(?:0|\\+33" + GROUP + "?)([1-9](?:[ .\\u00A0]?\\d{2}){4})(?!\\d)"),
                    SpokenFigures::phone),
            new Rule(Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)"), SpokenFigures::date),
            new Rule(Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2}) ?([hj]) ?/ ?(\\d{1,2})(?!\\d)"), SpokenFigures::around),
            new Rule(Pattern.compile("(?<!\\d)([01]?\\d|2[0-4]) ?h ?([0-5]\\d)?(?![\\p{L}\\d])"), SpokenFigures::time),
            new Rule(Pattern.compile("(?<![\\d,])" + WHOLE + "(?:,(\\d{1,2}))?" + GROUP + "?€"), SpokenFigures::euros),
            new Rule(Pattern.compile("(?<![\\d,])" + WHOLE + "(?:,(\\d+))?" + GROUP + "?%"),
                    match -> number(match.group(1), match.group(2)) + " pour cent"),
            new Rule(Pattern.compile("(?<![\\d\\p{L}])1(?:er|re)(?![\\p{L}\\d])"),
                    match -> match.group().endsWith("re") ? "première" : "premier"),
            new Rule(Pattern.compile("(?<![\\d\\p{L}])(\\d+)(?:e|ème)(?![\\p{L}\\d])"),
                    match -> FrenchNumbers.ordinal(Long.parseLong(match.group(1)))),
            new Rule(Pattern.compile("\\bn°" + GROUP + "?"), match -> "numéro "),
            new Rule(Pattern.compile("(?<![\\d\\p{L},])3\\d{3}(?![\\d\\p{L},])"), match -> pairs(match.group())),
            new Rule(Pattern.compile("(?<![\\d\\p{L},])" + WHOLE + "(?:,(\\d+))?(?![\\d\\p{L}])"),
                    match -> number(match.group(1), match.group(2))));

    private SpokenFigures() {
    }

    public static String spoken(String text) {
        String result = text;
        for (Rule rule : RULES) {
            result = rule.pattern().matcher(result).replaceAll(match -> quoted(spokenOrAsWritten(rule, match)));
        }
        return result;
    }

    /** a figure too long for a number (a reference, a code) is left as written: the voice reads its digits */
    private static String spokenOrAsWritten(Rule rule, MatchResult match) {
        try {
            return rule.spoken().apply(match);
        } catch (NumberFormatException tooLong) {
            return match.group();
        }
    }

    private static String quoted(String replacement) {
        return Matcher.quoteReplacement(replacement);
    }

    private static String email(MatchResult match) {
        return match.group().replace("@", " arobase ").replace(".", " point ").replace("-", " tiret ");
    }

    /** ten digits in five pairs, the first one « zéro un », as the French say a number */
    private static String phone(MatchResult match) {
        return pairs("0" + match.group(1).replaceAll("\\D", ""));
    }

    /** « 24 h/24 », « 7 j/7 » */
    private static String around(MatchResult match) {
        boolean hours = match.group(2).equals("h");
        Function<Long, String> words = hours ? FrenchNumbers::feminine : FrenchNumbers::cardinal;
        return words.apply(Long.parseLong(match.group(1))) + (hours ? " heures" : " jours") + " sur "
                + words.apply(Long.parseLong(match.group(3)));
    }

    /** digits said two by two, as phone numbers and the four-digit service numbers (« 3114 ») are */
    private static String pairs(String digits) {
        StringBuilder spoken = new StringBuilder();
        for (int i = 0; i < digits.length(); i += 2) {
            String pair = digits.substring(i, i + 2);
            spoken.append(i == 0 ? "" : ", ").append(pair.charAt(0) == '0'
                    ? "zéro " + FrenchNumbers.cardinal(pair.charAt(1) - '0')
                    : FrenchNumbers.cardinal(Integer.parseInt(pair)));
        }
        return spoken.toString();
    }

    private static String date(MatchResult match) {
        int day = Integer.parseInt(match.group(1));
        int month = Integer.parseInt(match.group(2));
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return number(match.group(1), null) + " " + number(match.group(2), null) + " " + number(match.group(3), null);
        }
        return FrenchNumbers.dayOfMonth(day) + " " + MONTHS[month - 1] + " "
                + FrenchNumbers.cardinal(Long.parseLong(match.group(3)));
    }

    private static String time(MatchResult match) {
        long hours = Long.parseLong(match.group(1));
        String spoken = FrenchNumbers.feminine(hours) + (hours > 1 ? " heures" : " heure");
        String minutes = match.group(2);
        return minutes == null || minutes.equals("00") ? spoken : spoken + " " + FrenchNumbers.cardinal(Long.parseLong(minutes));
    }

    private static String euros(MatchResult match) {
        long whole = Long.parseLong(match.group(1).replaceAll("\\D", ""));
        String cents = match.group(2);
        long centimes = cents == null ? 0 : Long.parseLong(cents.length() == 1 ? cents + "0" : cents);
        String spoken = FrenchNumbers.cardinal(whole) + (whole > 1 ? " euros" : " euro");
        if (whole == 0 && centimes > 0) {
            return FrenchNumbers.cardinal(centimes) + (centimes > 1 ? " centimes" : " centime");
        }
        return centimes == 0 ? spoken : spoken + " " + FrenchNumbers.cardinal(centimes);
    }

    /** a whole number, with its decimals after « virgule » as they are written (« 2,05 » → « deux virgule zéro cinq ») */
    private static String number(String whole, String decimals) {
        String spoken = FrenchNumbers.cardinal(Long.parseLong(whole.replaceAll("\\D", "")));
        if (decimals == null) {
            return spoken;
        }
        String leadingZeros = decimals.replaceAll("^(0*).*$", "$1");
        String rest = decimals.substring(leadingZeros.length());
        return (spoken + " virgule " + "zéro ".repeat(leadingZeros.length())
                + (rest.isEmpty() ? "" : FrenchNumbers.cardinal(Long.parseLong(rest)))).strip();
    }
}
