package fr.suresnes.contactcenter.conversation.answer;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/** The facts of a text: those an answer states, and those a source supports. */
final class Facts {

    private Facts() {
    }

    /**
     * Each fact of an answer once, read as the most specific kind: the « 25 » of « 25 € » is an amount, not
     * also a number.
     */
    static Set<Fact> statedIn(String answer) {
        Set<Fact> facts = new LinkedHashSet<>();
        String rest = normalized(answer);
        for (FactKind kind : FactKind.values()) {
            rest = collect(kind, rest, facts);
        }
        return facts;
    }

    /**
     * Every fact of a source under every kind it can be read as, so that an answer may quote « 25 € » as « 25 »,
     * « le 12 mars 2025 » as « le 12 mars », or a page by its site.
     */
    static Set<Fact> supportedBy(String source) {
        Set<Fact> facts = new LinkedHashSet<>();
        String rest = normalized(source);
        for (FactKind kind : FactKind.IDENTIFIERS) {
            rest = collect(kind, rest, facts);
        }
        for (FactKind kind : EnumSet.complementOf(EnumSet.copyOf(FactKind.IDENTIFIERS))) {
            collect(kind, rest, facts);
        }
        for (Fact fact : Set.copyOf(facts)) {
            if (fact.kind() == FactKind.LINK) {
                facts.add(new Fact(FactKind.LINK, fact.value().replaceFirst("/.*", "")));
            } else if (fact.kind() == FactKind.DATE) {
                facts.add(new Fact(FactKind.DATE, fact.value().replaceFirst("^(\\d+/\\d+)/\\d{4}$", "$1")));
            }
        }
        return facts;
    }

    /** Adds the facts of {@code kind} in {@code text} and returns the text without them. */
    private static String collect(FactKind kind, String text, Set<Fact> facts) {
        Matcher match = kind.pattern().matcher(text);
        StringBuilder rest = new StringBuilder();
        while (match.find()) {
            facts.add(new Fact(kind, kind.normalize(match)));
            match.appendReplacement(rest, " ");
        }
        return match.appendTail(rest).toString();
    }

    private static String normalized(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f\\u2007\\u2009]+", " ").toLowerCase(Locale.FRENCH);
    }
}
