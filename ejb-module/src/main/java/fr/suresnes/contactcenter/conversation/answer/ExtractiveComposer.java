package fr.suresnes.contactcenter.conversation.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Answers from the passages only, by quoting them. The best passage's document is kept, with its passages scored
 * close to the best one; when sibling documents answer the same topic for other situations (« Pour un majeur » /
 * « Pour un mineur »), the one the conversation names is kept instead, or the citizen is asked which. When the
 * passages answer for alternative cases (« Cas : Entre 0 et 12 ans » / « Cas : À partir de 13 ans », « Demande en
 * France » / « À l'étranger ») that the conversation does not name yet, the citizen is asked to choose too;
 * otherwise the answer quotes the two to four sentences or lists of the chosen passages that hold the most words of
 * the question, and cites them. Nothing is written that is not in a passage but the title and section of the
 * passage quoted, so no number, price, deadline or phone number can be invented. Below the confidence threshold,
 * the answer says so, lists the closest documents and offers a person.
 */
public final class ExtractiveComposer implements AnswerComposer {

    /** Below this confidence the composer says it is not sure instead of answering. */
    public static final double DEFAULT_THRESHOLD = 0.45;

    static final String NAME = "extractive";
    static final String NOT_SURE = "Je ne suis pas sûr de pouvoir répondre à votre question.";
    static final String YOUR_SITUATION = "Votre situation :";
    static final Choice ADVISOR = new Choice("Parler à un conseiller", "conseiller");

    /** Passages of the chosen document scored at least this share of its best passage are considered together. */
    private static final double CLOSE_SCORE_SHARE = 0.6;
    private static final int MAX_CLOSE_PASSAGES = 6;
    private static final int MAX_QUOTED_PASSAGES = 3;
    private static final int MIN_UNITS = 2;
    private static final int MAX_UNITS = 4;
    private static final int MAX_CLOSEST_DOCUMENTS = 3;
    /** Longer earlier turns are the bot's answers, which quote every case and so cannot tell the citizen's one. */
    private static final int MAX_CITIZEN_TURN_WORDS = 12;

    private final double threshold;
    private final double halfWayScore;

    /** For BM25 scores, with the default threshold. */
    public ExtractiveComposer() {
        this(DEFAULT_THRESHOLD, AnswerConfidence.BM25_HALF_WAY);
    }

    /** @param halfWayScore the search score counted as half-way evidence, see {@link AnswerConfidence} */
    public ExtractiveComposer(double threshold, double halfWayScore) {
        this.threshold = threshold;
        this.halfWayScore = halfWayScore;
    }

    /** For a search that scores by rank fusion, with the default threshold. */
    public static ExtractiveComposer forRankFusion() {
        return new ExtractiveComposer(DEFAULT_THRESHOLD, AnswerConfidence.RANK_FUSION_HALF_WAY);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ComposedAnswer compose(AnswerRequest request) {
        List<CandidatePassage> passages = request.passages().stream()
                .sorted(Comparator.comparingDouble(CandidatePassage::score).reversed()).toList();
        if (passages.isEmpty()) {
            return notSure(passages, 0);
        }
        ContentWords question = ContentWords.ofQuestion(request.question());
        List<String> saidLatestFirst = saidLatestFirst(request);
        Optional<SiblingSituations> siblings = SiblingSituations.around(passages);
        Optional<String> namedSituation = siblings.flatMap(found -> named(found.labels(), saidLatestFirst));
        CandidatePassage best = namedSituation.map(label -> siblings.get().bestFor(label)).orElse(passages.get(0));
        Set<Long> sameTopic = siblings.map(SiblingSituations::documentIds).orElse(Set.of(best.documentId()));
        List<CandidatePassage> sameDocument = passages.stream()
                .filter(passage -> passage.documentId() == best.documentId()).toList();
        double otherDocumentScore = passages.stream().filter(passage -> !sameTopic.contains(passage.documentId()))
                .mapToDouble(CandidatePassage::score).max().orElse(0);
        List<CandidatePassage> quotable = close(sameDocument, MAX_QUOTED_PASSAGES);
        double confidence = AnswerConfidence.of(question.shareFoundIn(termsOf(quotable)), best.score(),
                otherDocumentScore, halfWayScore).value();
        if (confidence < threshold) {
            return notSure(passages, confidence);
        }
        if (siblings.isPresent() && namedSituation.isEmpty()) {
            Map<String, CandidatePassage> alternatives = siblings.get().scoringAtLeast(CLOSE_SCORE_SHARE);
            if (alternatives.size() > 1) {
                return askSituation(alternatives, confidence);
            }
        }
        List<CandidatePassage> focus = sameDocument;
        Optional<CaseAlternatives> alternatives = CaseAlternatives.among(close(focus, MAX_CLOSE_PASSAGES));
        while (alternatives.isPresent()) {
            Optional<String> named = named(alternatives.get().segments(), saidLatestFirst);
            if (named.isEmpty()) {
                return askSituation(alternatives.get(), confidence);
            }
            focus = alternatives.get().keep(named.get(), focus);
            alternatives = CaseAlternatives.among(close(focus, MAX_CLOSE_PASSAGES));
        }
        List<CandidatePassage> chosen = close(focus, MAX_QUOTED_PASSAGES);
        Map<CandidatePassage, List<String>> quoted = QuotedUnits.choose(chosen, question, MIN_UNITS, MAX_UNITS);
        return quoted.isEmpty() ? notSure(passages, confidence) : quote(quoted, confidence);
    }

    private static List<CandidatePassage> close(List<CandidatePassage> bestFirst, int limit) {
        double cutoff = bestFirst.get(0).score() * CLOSE_SCORE_SHARE;
        return bestFirst.stream().filter(passage -> passage.score() >= cutoff).limit(limit).toList();
    }

    private static List<String> termsOf(List<CandidatePassage> passages) {
        return passages.stream()
                .flatMap(passage -> ContentWords.termsOf(passage.title() + "\n" + passage.section() + "\n" + passage.text()).stream())
                .toList();
    }

    /**
     * What the citizen said, the latest first, so that « et pour un mineur ? » outweighs an earlier « pour un
     * majeur »: their latest message, their earlier short turns, then the whole question.
     */
    private static List<String> saidLatestFirst(AnswerRequest request) {
        List<String> earlier = new ArrayList<>(request.earlierTurns().stream()
                .filter(turn -> turn.strip().split("\\s+").length <= MAX_CITIZEN_TURN_WORDS).toList());
        Collections.reverse(earlier);
        return Stream.of(Stream.of(request.latestMessage()), earlier.stream(), Stream.of(request.question()))
                .flatMap(said -> said).toList();
    }

    /** The first case or situation named, in the order given; nothing if none is named alone. */
    private static Optional<String> named(List<String> segments, List<String> saidLatestFirst) {
        return saidLatestFirst.stream().map(said -> CaseNaming.namedAmong(segments, said))
                .flatMap(Optional::stream).findFirst();
    }

    private ComposedAnswer quote(Map<CandidatePassage, List<String>> quoted, double confidence) {
        String title = quoted.keySet().iterator().next().title();
        StringBuilder text = new StringBuilder("D'après « ").append(title).append(" » :");
        quoted.forEach((passage, units) -> {
            String leaf = SectionPath.of(passage).leaf();
            String first = units.get(0);
            text.append('\n');
            if (!leaf.isEmpty()) {
                text.append(leaf).append(PassageUnits.isList(first) ? " :\n" : " : ");
            }
            text.append(String.join("\n", units));
        });
        List<Citation> citations = quoted.keySet().stream().map(ExtractiveComposer::citation).toList();
        return new ComposedAnswer(text.toString(), citations, confidence, List.of(), NAME);
    }

    /** Which of the sibling documents' situations? Each button's payload is the situation's label. */
    private ComposedAnswer askSituation(Map<String, CandidatePassage> bestByLabel, double confidence) {
        List<Choice> choices = bestByLabel.keySet().stream().map(label -> new Choice(label, label)).toList();
        List<Citation> citations = bestByLabel.values().stream().map(ExtractiveComposer::citation).toList();
        return new ComposedAnswer(YOUR_SITUATION, citations, confidence, choices, NAME);
    }

    private ComposedAnswer askSituation(CaseAlternatives alternatives, double confidence) {
        List<Choice> choices = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        alternatives.byLabel().forEach((segment, passages) -> {
            String label = SectionPath.label(segment);
            choices.add(new Choice(label, SectionPath.CASE_PREFIX + label));
            citations.add(citation(passages.get(0)));
        });
        return new ComposedAnswer(YOUR_SITUATION, citations, confidence, choices, NAME);
    }

    private ComposedAnswer notSure(List<CandidatePassage> passages, double confidence) {
        Map<Long, CandidatePassage> closestDocuments = new LinkedHashMap<>();
        for (CandidatePassage passage : passages) {
            if (closestDocuments.size() < MAX_CLOSEST_DOCUMENTS) {
                closestDocuments.putIfAbsent(passage.documentId(), passage);
            }
        }
        StringBuilder text = new StringBuilder(NOT_SURE);
        if (!closestDocuments.isEmpty()) {
            text.append(" Voici les documents les plus proches :");
            closestDocuments.values().forEach(passage -> text.append("\n- ").append(passage.title()));
        }
        text.append("\nSouhaitez-vous parler à un conseiller ?");
        List<Citation> citations = closestDocuments.values().stream().map(ExtractiveComposer::citation).toList();
        return new ComposedAnswer(text.toString(), citations, confidence, List.of(ADVISOR), NAME);
    }

    private static Citation citation(CandidatePassage passage) {
        return new Citation(passage.passageId(), passage.versionId(), passage.sourceId(), passage.title(),
                passage.section(), passage.url());
    }
}
