package fr.suresnes.contactcenter.portal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** French messages for the portal page's message area. */
public final class Notices {

    private Notices() {
    }

    public static void inform(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    public static void warn(String text) {
        add(FacesMessage.SEVERITY_WARN, text);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
