package fr.suresnes.contactcenter.voice.spoken;

import com.ibm.icu.text.RuleBasedNumberFormat;

import java.util.Locale;

/** Numbers in French words, as a voice reads them: ICU's spell-out rules for France. */
final class FrenchNumbers {

    private static final String FEMININE = "%spellout-cardinal-feminine";
    private static final String ORDINAL = "%spellout-ordinal-masculine";

    /**
     * ICU formats are not thread-safe, and making one costs far more than using it (SpeechBenchmark): one is shared,
     * used by one thread at a time. Not one per thread, which would pin the application's class loader to the
     * server's pooled threads after an undeployment.
     */
    private static final RuleBasedNumberFormat SPELLOUT = new RuleBasedNumberFormat(Locale.FRANCE,
            RuleBasedNumberFormat.SPELLOUT);

    private FrenchNumbers() {
    }

    /** « 86 » → « quatre-vingt-six » */
    static String cardinal(long number) {
        synchronized (SPELLOUT) {
            return SPELLOUT.format(number);
        }
    }

    /** the form agreeing with a feminine noun: « une heure », « vingt-et-une heures » */
    static String feminine(long number) {
        synchronized (SPELLOUT) {
            return SPELLOUT.format(number, FEMININE);
        }
    }

    /** « 2 » → « deuxième » */
    static String ordinal(long number) {
        synchronized (SPELLOUT) {
            return SPELLOUT.format(number, ORDINAL);
        }
    }

    /** a day of the month: « premier » for 1, the cardinal otherwise */
    static String dayOfMonth(int day) {
        return day == 1 ? "premier" : cardinal(day);
    }
}
