package fr.suresnes.contactcenter.platform.cors;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class AllowedOriginsTest {

    final AllowedOrigins cityWebsites = AllowedOrigins.of(List.of(" https://www.ville-suresnes.fr/ ", "",
            "https://Demarches.Ville-Suresnes.fr:8443"));

    @Test
    void theConfiguredOriginsAreAllowedWhateverTheirCase() {
        assertTrue(cityWebsites.allows("https://www.ville-suresnes.fr"));
        assertTrue(cityWebsites.allows("https://demarches.ville-suresnes.fr:8443"));
    }

    @Test
    void anyOtherOriginIsNot() {
        assertFalse(cityWebsites.allows("http://www.ville-suresnes.fr"), "another scheme");
        assertFalse(cityWebsites.allows("https://demarches.ville-suresnes.fr"), "another port");
        assertFalse(cityWebsites.allows("https://www.ville-suresnes.fr.example"));
        assertFalse(cityWebsites.allows("null"));
        assertFalse(cityWebsites.allows(null));
    }

    @Test
    void noOriginIsAllowedByDefault() {
        AllowedOrigins none = AllowedOrigins.of(List.of());

        assertTrue(none.isEmpty());
        assertFalse(none.allows("https://www.ville-suresnes.fr"));
    }
}
