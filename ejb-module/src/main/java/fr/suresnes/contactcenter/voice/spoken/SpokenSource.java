package fr.suresnes.contactcenter.voice.spoken;

import fr.suresnes.contactcenter.conversation.entity.CitedSource;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * A cited source named aloud: a link cannot be read on the telephone, so the caller hears the title of the fiche
 * and the site where to look it up (« sur service-public.fr, en cherchant « Passeport » »).
 */
record SpokenSource(String title, Optional<String> site) {

    static SpokenSource of(CitedSource source) {
        return new SpokenSource(source.getTitle(), siteOf(source.getUrl()));
    }

    /** « D'après la fiche « Passeport » de service-public.fr : » */
    String according() {
        return site.map(name -> "D'après la fiche « " + title + " » de " + name + " :")
                .orElseGet(() -> "D'après le document « " + title + " » :");
    }

    /** where the caller finds the whole text, when it is on a site */
    Optional<String> whereToFind() {
        return site.map(name -> "Vous retrouverez cette fiche sur " + name + ", en cherchant « " + title + " ».");
    }

    static Optional<String> siteOf(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return Optional.ofNullable(host).map(name -> name.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
        } catch (IllegalArgumentException notALink) {
            return Optional.empty();
        }
    }
}
