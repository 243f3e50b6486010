package fr.suresnes.contactcenter.platform.ratelimit;

/** The answer of a budget to one request: go ahead, or come back in {@code retryAfterSeconds}. */
record Admission(boolean granted, long retryAfterSeconds) {

    static final Admission GRANTED = new Admission(true, 0);

    static Admission refused(long retryAfterSeconds) {
        return new Admission(false, retryAfterSeconds);
    }
}
