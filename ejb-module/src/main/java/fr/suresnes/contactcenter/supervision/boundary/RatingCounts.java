package fr.suresnes.contactcenter.supervision.boundary;

/** The citizens' ratings of the bot's answers. */
public record RatingCounts(long useful, long notUseful) {

    public long rated() {
        return useful + notUseful;
    }

    /** the share of rated answers found useful, in [0, 1]; null when nothing was rated */
    public Double usefulShare() {
        return rated() == 0 ? null : (double) useful / rated();
    }
}
