package fr.suresnes.contactcenter.voice.spoken;

import com.ibm.icu.text.RuleBasedNumberFormat;

import java.util.Locale;

/** Numbers in French words, as a voice reads them: ICU's spell-out rules for France. */
final class FrenchNumbers {

    private static final String FEMININE = "%spellout-cardinal-feminine";
    private static final String ORDINAL = "%spellout-ordinal-masculine";

    /**
     * ICU formats are not thread-safe: one is made for each use (not kept per thread, which would pin the application's
     * class loader to the server's pooled threads after an undeployment)
     */
    private static RuleBasedNumberFormat spellout() {
        return new RuleBasedNumberFormat(Locale.FRANCE, RuleBasedNumberFormat.SPELLOUT);
    }

    private FrenchNumbers() {
    }

    /** « 86 » → « quatre-vingt-six » */
    static String cardinal(long number) {
        return spellout().format(number);
    }

    /** the form agreeing with a feminine noun: « une heure », « vingt-et-une heures » */
    static String feminine(long number) {
        return spellout().format(number, FEMININE);
    }

    /** « 2 » → « deuxième » */
    static String ordinal(long number) {
        return spellout().format(number, ORDINAL);
    }

    /** a day of the month: « premier » for 1, the cardinal otherwise */
    static String dayOfMonth(int day) {
        return day == 1 ? "premier" : cardinal(day);
    }
}
