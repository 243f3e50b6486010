package fr.suresnes.contactcenter.knowledge.reading.act;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a municipal act from its text. The heading (what comes before the first « Vu », « Considérant » or
 * report) names the kind and the number; the date is, in this order of preference, the date of the sitting, the
 * date of signature (« Fait à …, le »), the date of receipt by the prefecture, the date of publication.
 */
public final class MunicipalActMetadata {

    private static final int HEADING_MAX_CHARS = 3000;
    private static final int SUBJECT_MAX_CHARS = 250;
    private static final Pattern HEADING_END = Pattern.compile(
            "(?m)^\\s*(?:Vu\\b|VU\\b|Considérant|CONSIDÉRANT|Convoqué|.{0,60}\\brapporte\\s*:)");
    private static final Pattern KIND = Pattern.compile(
            "\\b(d[ée]lib[ée]rations?|d[ée]cisions?|arr[êe]t[ée]s?)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBER = Pattern.compile(
            "\\bN\\s?[°º]\\s*([A-Za-z]{0,5}\\s*\\d+(?:(?:\\s*/\\s*|[\\-_.])(?:[A-Za-z]{1,5}\\d*|\\d+))*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPERATIVE_PART = Pattern.compile(
            "(?m)^\\s*(?:Vu |VU |D[ÉEée]CIDE|Décide|ARR[ÊE]TE|Arrête|.*\\bdélibère\\b|Le Conseil adopte)");
    private static final List<Pattern> DATES = List.of(
            Pattern.compile("(?i)s[ée]ance(?:\\s+publique)?\\s+du\\s+" + FrenchDates.PATTERN),
            Pattern.compile("(?i)fait\\s+à\\s+[^,\\n]{1,40},?\\s+le\\s+" + FrenchDates.PATTERN),
            Pattern.compile("(?i)(?:re[çc]u|r[ée]ception)[\\s\\S]{0,80}?(?:\\ble\\b|:)\\s*" + FrenchDates.PATTERN),
            Pattern.compile("(?i)publi[ée]e?[\\s\\S]{0,20}?\\ble\\s*:?\\s*" + FrenchDates.PATTERN));
    private static final Pattern REPORT = Pattern.compile("(?m)^.{0,60}\\brapporte\\s*:");
    private static final Pattern ATTENDANCE = Pattern.compile("(?m)^\\s*Absents?\\s*:.*$");
    private static final Pattern SUBJECT_END = Pattern.compile("^(?:Le Maire|Le Conseil|Vu|VU|Considérant|Nous,)");

    private MunicipalActMetadata() {
    }

    public static Optional<MunicipalAct> detect(String text) {
        String heading = heading(text);
        Matcher kind = KIND.matcher(heading);
        if (!kind.find()) {
            return Optional.empty();
        }
        Matcher number = NUMBER.matcher(heading);
        boolean numbered = number.find();
        if (!numbered && !OPERATIVE_PART.matcher(text).find()) {
            return Optional.empty();
        }
        return Optional.of(new MunicipalAct(kindOf(kind.group(1)),
                numbered ? number.group(1).replaceAll("\\s+", "") : null,
                date(text), subject(text, heading, numbered ? number : null)));
    }

    private static String heading(String text) {
        String start = text.length() > HEADING_MAX_CHARS ? text.substring(0, HEADING_MAX_CHARS) : text;
        Matcher end = HEADING_END.matcher(start);
        return end.find() ? start.substring(0, end.start()) : start;
    }

    private static MunicipalAct.Kind kindOf(String word) {
        String plain = FrenchDates.withoutAccents(word);
        if (plain.startsWith("deliberation")) {
            return MunicipalAct.Kind.DELIBERATION;
        }
        return plain.startsWith("decision") ? MunicipalAct.Kind.DECISION : MunicipalAct.Kind.ARRETE;
    }

    private static LocalDate date(String text) {
        for (Pattern pattern : DATES) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                Optional<LocalDate> date = FrenchDates.parse(matcher, 1);
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        return null;
    }

    /**
     * A council deliberation states its subject just before « X rapporte : », after the attendance list; a decision
     * or an order states it right after its number.
     */
    private static String subject(String text, String heading, Matcher number) {
        Matcher report = REPORT.matcher(text);
        if (report.find()) {
            String before = text.substring(0, report.start());
            Matcher attendance = ATTENDANCE.matcher(before);
            int start = 0;
            while (attendance.find()) {
                start = attendance.end();
            }
            return start == 0 ? null : shortened(before.substring(start));
        }
        if (number == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (String line : heading.substring(number.end()).lines().toList()) {
            String stripped = line.strip();
            if (SUBJECT_END.matcher(stripped).find() || lines.size() == 4) {
                break;
            }
            if (!stripped.isEmpty()) {
                lines.add(stripped);
            }
        }
        return shortened(String.join(" ", lines));
    }

    private static String shortened(String subject) {
        String oneLine = subject.replaceAll("\\s+", " ").strip();
        if (oneLine.isEmpty()) {
            return null;
        }
        return oneLine.length() > SUBJECT_MAX_CHARS ? oneLine.substring(0, SUBJECT_MAX_CHARS - 1).strip() + "…" : oneLine;
    }
}
