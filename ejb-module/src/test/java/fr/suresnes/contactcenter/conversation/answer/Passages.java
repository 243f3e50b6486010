package fr.suresnes.contactcenter.conversation.answer;

import java.util.List;

/** Passages of the Suresnes knowledge base, as the search returns them. */
public final class Passages {

    public static final CandidatePassage PASSPORT = passage(11, "Passeport", "Coût",
            "Le timbre fiscal coûte 86 € pour un majeur et 42\u00a0euros pour un mineur de 15 ans et plus. "
                    + "Le délai de fabrication est d'environ quinze jours après le rendez-vous. Prenez rendez-vous "
                    + "au 01 41 18 19 20 ou sur https://www.suresnes.fr/rendez-vous-passeport/.",
            "https://www.suresnes.fr/passeport");
    public static final CandidatePassage WASTE = passage(12, "Encombrants", "Collecte",
            "La collecte des encombrants a lieu le 12 mars 2025 de 8 h à 12 h. Écrivez à "
                    + "proprete@ville-suresnes.fr pour toute question.",
            "https://www.suresnes.fr/encombrants");
    public static final CandidatePassage DISTRESS = passage(13, "Numéros d'urgence", null,
            "En cas de détresse, appelez le 3114, numéro national de prévention du suicide, ou le 115 "
                    + "pour un hébergement d'urgence.",
            "https://www.suresnes.fr/urgences");

    public static final List<CandidatePassage> ALL = List.of(PASSPORT, WASTE, DISTRESS);

    private Passages() {
    }

    private static CandidatePassage passage(long id, String title, String section, String text, String url) {
        return new CandidatePassage(id, 100 + id, id / 2, "suresnes-" + id, title, url, section, text, 1f / id);
    }
}
