package fr.suresnes.contactcenter.citizen.control;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * Phone numbers as citizens write them (« 06 12 34 56 78 », « +33 6 12… », « 0612345678 »), kept in one form,
 * E.164, so that the same number always finds the same citizen; shown back in the French way.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String FRANCE = "FR";

    private PhoneNumbers() {
    }

    /** The first valid number in a free text, E.164. */
    public static Optional<String> findIn(String text) {
        return StreamSupport.stream(UTIL.findNumbers(text, FRANCE).spliterator(), false)
                .map(PhoneNumberMatch::number)
                .filter(UTIL::isValidNumber)
                .map(number -> UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                .findFirst();
    }

    /** This number, E.164, when it is a valid one. */
    public static Optional<String> normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(raw, FRANCE);
            return UTIL.isValidNumber(number)
                    ? Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** « 06 12 34 56 78 » for a French number, « +44 20 7946 0958 » for another; as given when not a number. */
    public static String display(String e164) {
        try {
            PhoneNumber number = UTIL.parse(e164, FRANCE);
            return UTIL.format(number, number.getCountryCode() == UTIL.getCountryCodeForRegion(FRANCE)
                    ? PhoneNumberUtil.PhoneNumberFormat.NATIONAL : PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
