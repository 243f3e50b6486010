package fr.suresnes.contactcenter.bench;

import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * Bot turns over HTTP on a running server: simulated citizens write to {@code POST /webhooks/rest/webhook}
 * concurrently, each in its own conversations, with the questions of the corpus' question sets; the baseline is the
 * same number of clients fetching a static file of the same server. Both are warmed up, then measured for the same
 * duration; requests per second, their ratio, latency percentiles and responses by status are printed. It asserts
 * nothing. Started by {@code scripts/webhook-benchmark.sh}, which starts the server.
 * <p>
 * Arguments: server URL, corpus folder, clients, warm-up seconds, measured seconds. Environment: {@code DEMO_PASSWORD}
 * (the admin demo account, to wait for the knowledge import), {@code CITIZEN_RATE_LIMIT_ENABLED} (as given to the
 * server, reported), {@code SERVER_PID} (optional: the server's process, whose CPU time is then reported),
 * {@code SERVER_LOG} (optional: the server's output, where the rate limit being off is confirmed).
 */
public final class WebhookBenchmark {

    static final String WEBHOOK = "/webhooks/rest/webhook";
    static final String STATIC_RESOURCE = "/css/site.css";
    private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(30);
    private static final double TARGET_P99_MILLIS = 50;
    private static final double TARGET_RATIO = 0.3;
    private static final long QUESTION_ORDER_SEED = 20_261_204L;
    /** what the server logs at start when the citizen channels' rate limit is off */
    private static final String RATE_LIMIT_OFF = "citizen.rate-limit.enabled=false";

    private final URI server;
    private final CorpusFolder corpus;
    private final int clients;
    private final Duration warmUp;
    private final Duration measured;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ClosedLoopLoad load = new ClosedLoopLoad(http, ServerCpu.ofProcess(System.getenv("SERVER_PID")));

    private WebhookBenchmark(URI server, CorpusFolder corpus, int clients, Duration warmUp, Duration measured, PrintStream out) {
        this.server = server;
        this.corpus = corpus;
        this.clients = clients;
        this.warmUp = warmUp;
        this.measured = measured;
        this.out = out;
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 5) {
            System.err.println("Usage: WebhookBenchmark <server URL> <corpus folder> <clients> <warm-up seconds> <measured seconds>");
            System.exit(2);
        }
        new WebhookBenchmark(URI.create(args[0]), CorpusFolder.at(Path.of(args[1])), Integer.parseInt(args[2]),
                Duration.ofSeconds(Long.parseLong(args[3])), Duration.ofSeconds(Long.parseLong(args[4])), System.out).run();
    }

    private void run() throws InterruptedException {
        out.printf(Locale.ROOT, "Webhook benchmark — %s%n", ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        out.printf(Locale.ROOT, "Java %s, %d cores; server %s; load driver and server on the same machine%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), server);

        long waitStart = System.nanoTime();
        JsonObject run = new KnowledgeImports(http, server, System.getenv("DEMO_PASSWORD")).awaitCompleted(IMPORT_TIMEOUT);
        out.printf(Locale.ROOT, "Knowledge import %s: %d files, %d imported, %d rejected, import took %s (ready after %.0f s of waiting)%n",
                run.getString("state"), run.getInt("files"), run.getInt("imported"), run.getInt("rejected"),
                importDuration(run), (System.nanoTime() - waitStart) / 1e9);

        List<String> questions = questions();
        String runId = Long.toString(System.currentTimeMillis(), 36);
        URI webhook = server.resolve(WEBHOOK);
        URI resource = server.resolve(STATIC_RESOURCE);
        IntFunction<WebhookCitizen> citizen = i -> new WebhookCitizen(webhook, "bench-" + runId + "-citizen-" + i, questions,
                i * questions.size() / clients);

        phase("warm-up of the static file");
        load.run(clientsOf(clients, i -> new StaticResourceReader(resource)), warmUp);
        phase("warm-up of the bot");
        load.run(clientsOf(clients, i -> citizen.apply(clients + i)), warmUp);
        phase("measure of the static file");
        LoadOutcome baseline = load.run(clientsOf(clients, i -> new StaticResourceReader(resource)), measured);
        phase("measure of the bot");
        List<WebhookCitizen> citizens = clientsOf(clients, citizen);
        LoadOutcome bot = load.run(citizens, measured);
        phase("measure of the bot, one citizen at a time");
        LoadOutcome alone = load.run(clientsOf(1, i -> citizen.apply(2 * clients + i)), measured);

        printRateLimit();
        out.printf(Locale.ROOT, "%d concurrent clients in a closed loop (next request when the reply arrived), %d questions of"
                        + " spf_qa108 and spf_question_fiches535; warm-up %d s of each, then %d s measured of each, then of"
                        + " one citizen alone%n",
                clients, questions.size(), warmUp.toSeconds(), measured.toSeconds());
        out.printf(Locale.ROOT, "   %-40s %8s %8s %7s %7s %7s %7s  %-15s  %s%n", "", "requests", "req/s", "p50", "p90", "p99", "max",
                "server CPU", "responses by status");
        print("bot turns  POST " + WEBHOOK, bot);
        print("baseline   GET " + STATIC_RESOURCE, baseline);
        print("bot turns, 1 client (no queueing)", alone);
        double ratio = bot.requestsPerSecond() / baseline.requestsPerSecond();
        double p99 = bot.latencies().percentileMillis(99);
        out.printf(Locale.ROOT, "   latencies in ms; server CPU: ms of CPU time per request (every thread of the server: requests, GC, JIT)"
                + " and share of the %d cores; errors: bot %d, baseline %d%n", Runtime.getRuntime().availableProcessors(),
                bot.errors(), baseline.errors());
        out.printf(Locale.ROOT, "   throughput ratio bot / static %.3f (target ≥ %.1f: %s)%n", ratio, TARGET_RATIO, ratio >= TARGET_RATIO ? "met" : "NOT MET");
        out.printf(Locale.ROOT, "   bot turn p99 %.1f ms (target ≤ %.0f ms: %s)%n", p99, TARGET_P99_MILLIS, p99 <= TARGET_P99_MILLIS ? "met" : "NOT MET");
        printReplies(citizens);
    }

    /** Read after the measures: the server logs that its rate limit is off when the limit first sees a request. */
    private void printRateLimit() {
        String rateLimit = System.getenv("CITIZEN_RATE_LIMIT_ENABLED");
        out.printf(Locale.ROOT, "%nRate limit per client IP: %s%n", "false".equals(rateLimit)
                ? "disabled (CITIZEN_RATE_LIMIT_ENABLED=false given to the server" + (serverLogged(RATE_LIMIT_OFF)
                ? ", which logged « " + RATE_LIMIT_OFF + " »)" : "; the server did not log « " + RATE_LIMIT_OFF + " »)")
                : "NOT disabled (CITIZEN_RATE_LIMIT_ENABLED=" + rateLimit + "): every client shares one IP, expect 429");
    }

    private void print(String label, LoadOutcome outcome) {
        Latencies latencies = outcome.latencies();
        String cpu = outcome.serverCpuMillisPerRequest().map(millis -> String.format(Locale.ROOT, "%6.2f ms %3.0f %%", millis,
                100 * outcome.serverCpuShare().orElseThrow())).orElse("unknown");
        out.printf(Locale.ROOT, "   %-40s %8d %8.1f %7.1f %7.1f %7.1f %7.1f  %-15s  %s%n", label, latencies.count(), outcome.requestsPerSecond(),
                latencies.percentileMillis(50), latencies.percentileMillis(90), latencies.percentileMillis(99),
                latencies.maxMillis(), cpu, outcome.statusSummary());
    }

    private void printReplies(List<WebhookCitizen> citizens) {
        Map<BotOutcome.Kind, Integer> replies = new EnumMap<>(BotOutcome.Kind.class);
        citizens.forEach(citizen -> citizen.replies().forEach((kind, count) -> replies.merge(kind, count, Integer::sum)));
        int conversations = citizens.stream().mapToInt(WebhookCitizen::conversations).sum();
        out.printf(Locale.ROOT, "   bot replies read during the measure: %s; %d conversations (at most %d messages each, a new one after"
                + " a hand-off; situation buttons pressed)%n", replies, conversations, WebhookCitizen.TURNS_PER_CONVERSATION);
    }

    /** Progress on standard error, e.g. to profile the server while the bot is measured. */
    private static void phase(String name) {
        System.err.printf(Locale.ROOT, "%s %s%n", Instant.now().truncatedTo(ChronoUnit.SECONDS), name);
    }

    private static <C extends SimulatedClient> List<C> clientsOf(int count, IntFunction<C> client) {
        List<C> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(client.apply(i));
        }
        return all;
    }

    private List<String> questions() {
        List<String> questions = new ArrayList<>(Stream.of("spf_qa108", "spf_question_fiches535")
                .flatMap(set -> QuestionFiles.read(corpus.questionFile(set + ".jsonl")).questions().stream())
                .map(LabelledQuestion::text).toList());
        Collections.shuffle(questions, new Random(QUESTION_ORDER_SEED));
        return questions;
    }

    /** Whether the server's output so far ({@code SERVER_LOG}) holds the text. */
    private static boolean serverLogged(String text) {
        String log = System.getenv("SERVER_LOG");
        try {
            return log != null && Files.readString(Path.of(log)).contains(text);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static String importDuration(JsonObject run) {
        if (run.isNull("startedAt") || run.isNull("finishedAt")) {
            return "an unknown time";
        }
        Duration took = Duration.between(Instant.parse(run.getString("startedAt")), Instant.parse(run.getString("finishedAt")));
        return String.format(Locale.ROOT, "%.0f s", took.toMillis() / 1000.0);
    }
}
