package fr.suresnes.contactcenter.voice.spoken;

import fr.suresnes.contactcenter.conversation.boundary.BotTurn;
import fr.suresnes.contactcenter.conversation.entity.CitedSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a bot reply for the ear: the source named aloud instead of « D'après « … » : » and a link, lists said as
 * one sentence, links said as their site, figures in words, a bounded number of sentences, and the one question last,
 * followed by its options and their keys.
 */
public final class SpokenAnswers {

    /** beyond this, the caller is sent to the fiche rather than listening on */
    static final int MAX_STATEMENTS = 6;

    private static final Pattern ACCORDING_TO = Pattern.compile("D'après « (.+) » :");
    private static final String BULLET = "- ";
    private static final Pattern LINK = Pattern.compile("\\b(?:https?://|www\\.)[^\\s/]+\\S*?(?=[\\s,;:!?)]|\\.(?:\\s|$)|$)");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}«])");
    private static final Pattern SPOKEN_LETTER = Pattern.compile("\\p{L}");

    private SpokenAnswers() {
    }

    public static SpokenReply of(BotTurn.Reply reply) {
        List<String> lines = reply.text().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        List<String> sentences = new ArrayList<>();
        Optional<SpokenSource> quoted = Optional.empty();
        if (!lines.isEmpty()) {
            Matcher according = ACCORDING_TO.matcher(lines.get(0));
            if (according.matches()) {
                quoted = Optional.of(sourceTitled(reply.sources(), according.group(1)));
                sentences.add(quoted.get().according());
                lines = lines.subList(1, lines.size());
            }
        }
        for (String unit : withListsJoined(lines)) {
            for (String sentence : SENTENCE_END.split(withoutLinks(unit))) {
                if (SPOKEN_LETTER.matcher(sentence).find() || sentence.chars().anyMatch(Character::isDigit)) {
                    sentences.add(sentence.strip());
                }
            }
        }
        Optional<String> question = !sentences.isEmpty() && isQuestion(sentences.get(sentences.size() - 1))
                ? Optional.of(sentences.remove(sentences.size() - 1)) : Optional.empty();
        List<String> said = new ArrayList<>(sentences.subList(0, Math.min(sentences.size(), MAX_STATEMENTS + 1)));
        quoted.flatMap(SpokenSource::whereToFind).ifPresent(said::add);
        question.ifPresent(said::add);
        List<SpokenOption> options = SpokenOption.numbered(reply.choices());
        options.forEach(option -> said.add(option.said()));
        return new SpokenReply(said.stream().map(SpokenFigures::spoken).toList(), options);
    }

    private static SpokenSource sourceTitled(List<CitedSource> sources, String title) {
        return sources.stream().filter(source -> source.getTitle().equals(title)).findFirst()
                .map(SpokenSource::of).orElseGet(() -> new SpokenSource(title, Optional.empty()));
    }

    /** a list said as one sentence: « Pièces : un justificatif ; une photo ; et l'ancien titre. » */
    private static List<String> withListsJoined(List<String> lines) {
        List<String> units = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith(BULLET)) {
                items.add(withoutFinalStop(line.substring(BULLET.length()).strip()));
                continue;
            }
            addList(items, units);
            units.add(line);
        }
        addList(items, units);
        return units;
    }

    private static void addList(List<String> items, List<String> units) {
        if (items.isEmpty()) {
            return;
        }
        String list = items.size() == 1 ? items.get(0)
                : String.join(" ; ", items.subList(0, items.size() - 1)) + " ; et " + items.get(items.size() - 1);
        int last = units.size() - 1;
        if (last >= 0 && units.get(last).endsWith(":")) {
            units.set(last, units.get(last) + " " + list + ".");
        } else {
            units.add(list + ".");
        }
        items.clear();
    }

    private static String withoutFinalStop(String item) {
        return item.replaceFirst("[.;,]+$", "");
    }

    /** a link is said as its site: « timbres.impots.gouv.fr » for https://timbres.impots.gouv.fr/achat?x=1 */
    private static String withoutLinks(String text) {
        return LINK.matcher(text).replaceAll(link -> Matcher.quoteReplacement(SpokenSource.siteOf(
                link.group().startsWith("www.") ? "https://" + link.group() : link.group()).orElse("")));
    }

    private static boolean isQuestion(String sentence) {
        return sentence.endsWith("?") || sentence.endsWith(":");
    }
}
