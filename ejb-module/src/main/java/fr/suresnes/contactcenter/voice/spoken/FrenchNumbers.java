package fr.suresnes.contactcenter.voice.spoken;

import com.ibm.icu.text.RuleBasedNumberFormat;

import java.util.Locale;

/** Numbers in French words, as a voice reads them: ICU's spell-out rules for France. */
final class FrenchNumbers {

    private static final String FEMININE = "%spellout-cardinal-feminine";
    private static final String ORDINAL = "%spellout-ordinal-masculine";

    /** ICU formats are not thread-safe; one per thread keeps them cheap. */
    private static final ThreadLocal<RuleBasedNumberFormat> SPELLOUT = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(Locale.FRANCE, RuleBasedNumberFormat.SPELLOUT));

    private FrenchNumbers() {
    }

    /** « 86 » → « quatre-vingt-six » */
    static String cardinal(long number) {
        return SPELLOUT.get().format(number);
    }

    /** the form agreeing with a feminine noun: « une heure », « vingt-et-une heures » */
    static String feminine(long number) {
        return SPELLOUT.get().format(number, FEMININE);
    }

    /** « 2 » → « deuxième » */
    static String ordinal(long number) {
        return SPELLOUT.get().format(number, ORDINAL);
    }

    /** a day of the month: « premier » for 1, the cardinal otherwise */
    static String dayOfMonth(int day) {
        return day == 1 ? "premier" : cardinal(day);
    }
}
