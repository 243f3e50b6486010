package fr.suresnes.contactcenter.supervision.boundary;

/** How many conversations fell under one heading (a channel, a queue). */
public record Tally(String key, String label, long count) {
}
