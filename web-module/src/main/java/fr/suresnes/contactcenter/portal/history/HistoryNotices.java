package fr.suresnes.contactcenter.portal.history;

import fr.suresnes.contactcenter.history.boundary.ContactRefusedException;
import fr.suresnes.contactcenter.portal.Notices;

import java.util.function.Supplier;

/** Runs an action on the citizen history, showing its refusal, in French, instead of failing the page. */
final class HistoryNotices {

    private HistoryNotices() {
    }

    static <T> T attempt(Supplier<T> action, String done) {
        try {
            T result = action.get();
            Notices.inform(done);
            return result;
        } catch (ContactRefusedException refused) {
            Notices.warn(refused.getMessage());
            return null;
        }
    }
}
