package fr.suresnes.contactcenter.bench;

import fr.suresnes.contactcenter.conversation.answer.CandidatePassage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How the bot did on one set of labelled turns, beside the baseline that takes the search's top document as the
 * answer and its best passage as the answer's text. Shares are of all the set's turns unless said otherwise.
 */
final class AnswerScores {

    /** One turn: what the bot did, and what the baseline took. */
    record Judged(LabelledTurn turn, BotOutcome bot, Optional<CandidatePassage> baseline) {

        boolean cites() {
            return bot.citesOneOf(turn.question().answeringIds());
        }

        boolean reliedRight() {
            return bot.reliedOnOneOf(turn.question().answeringIds());
        }
    }

    private final String name;
    private final List<Judged> judged = new ArrayList<>();

    AnswerScores(String name) {
        this.name = name;
    }

    void add(LabelledTurn turn, BotOutcome bot, Optional<CandidatePassage> baseline) {
        judged.add(new Judged(turn, bot, baseline));
    }

    String name() {
        return name;
    }

    int count() {
        return judged.size();
    }

    List<Judged> judged() {
        return judged;
    }

    Map<BotOutcome.Kind, Double> kindShares() {
        Map<BotOutcome.Kind, Double> shares = new EnumMap<>(BotOutcome.Kind.class);
        for (BotOutcome.Kind kind : BotOutcome.Kind.values()) {
            shares.put(kind, share(judged.stream().filter(turn -> turn.bot().kind() == kind).count()));
        }
        return shares;
    }

    /** Answers and questions about the situation that cite a labelled fiche. */
    double citesFicheShare() {
        return share(judged.stream().filter(Judged::cites).count());
    }

    /** Of the answers (quoted passages), those that cite a labelled fiche. */
    double answeredPrecision() {
        List<Judged> answered = judged.stream().filter(turn -> turn.bot().kind() == BotOutcome.Kind.ANSWERED).toList();
        return answered.isEmpty() ? Double.NaN
                : (double) answered.stream().filter(Judged::cites).count() / answered.size();
    }

    double baselineTopDocumentShare() {
        return share(judged.stream().filter(turn -> turn.baseline()
                .filter(passage -> turn.turn().question().answeringIds().contains(passage.sourceId())).isPresent()).count());
    }

    /** The mean confidence of the knowledge answers whose document was right ({@code right}) or wrong. */
    double meanConfidence(boolean right) {
        return judged.stream().filter(turn -> turn.bot().isKnowledgeAnswer() && turn.reliedRight() == right)
                .mapToDouble(turn -> turn.bot().confidence()).average().orElse(Double.NaN);
    }

    void addTo(ReliabilityTable table) {
        judged.stream().filter(turn -> turn.bot().isKnowledgeAnswer())
                .forEach(turn -> table.add(turn.bot().confidence(), turn.reliedRight()));
    }

    /**
     * Where the annotated answer spans are found, among the turns whose question has one: in the bot's reply
     * exactly, loosely ({@link AnswerSpan#MOSTLY}), exactly among the quoted answers only; in the baseline's passage
     * exactly and loosely.
     */
    record SpanScores(int count, double exact, double mostly, double exactWhenAnswered, double baselineExact,
                      double baselineMostly) {
    }

    SpanScores spans() {
        List<Judged> withSpan = judged.stream().filter(turn -> turn.turn().question().hasAnswerSpan()).toList();
        List<Judged> answered = withSpan.stream().filter(turn -> turn.bot().kind() == BotOutcome.Kind.ANSWERED).toList();
        return new SpanScores(withSpan.size(),
                shareOf(withSpan, turn -> AnswerSpan.isIn(span(turn), turn.bot().text())),
                shareOf(withSpan, turn -> AnswerSpan.isMostlyIn(span(turn), turn.bot().text())),
                shareOf(answered, turn -> AnswerSpan.isIn(span(turn), turn.bot().text())),
                shareOf(withSpan, turn -> turn.baseline().filter(passage -> AnswerSpan.isIn(span(turn), passage.text())).isPresent()),
                shareOf(withSpan, turn -> turn.baseline().filter(passage -> AnswerSpan.isMostlyIn(span(turn), passage.text())).isPresent()));
    }

    private static String span(Judged turn) {
        return turn.turn().question().answerSpan();
    }

    private static double shareOf(List<Judged> turns, Predicate<Judged> test) {
        return turns.isEmpty() ? Double.NaN : (double) turns.stream().filter(test).count() / turns.size();
    }

    private double share(long count) {
        return judged.isEmpty() ? Double.NaN : (double) count / judged.size();
    }
}
