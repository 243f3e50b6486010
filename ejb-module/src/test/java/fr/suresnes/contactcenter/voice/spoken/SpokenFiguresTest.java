package fr.suresnes.contactcenter.voice.spoken;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpokenFiguresTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Le timbre fiscal coûte 86 €.                          | Le timbre fiscal coûte quatre-vingt-six euros.
            Référence 12345678901234567890123 à rappeler.         | Référence 12345678901234567890123 à rappeler.
            Pour un mineur de 15 ans ou plus : 42 €.              | Pour un mineur de quinze ans ou plus : quarante-deux euros.
            Le ticket coûte 1 € ou 2,5 € ou 0,80 €.               | Le ticket coûte un euro ou deux euros cinquante ou quatre-vingts centimes.
            Une amende de 1 500 € est prévue.                     | Une amende de mille cinq cents euros est prévue.
            Appelez le 01 41 18 19 20.                            | Appelez le zéro un, quarante-et-un, dix-huit, dix-neuf, vingt.
            Appelez le 09 70 83 07 07 (service gratuit).          | Appelez le zéro neuf, soixante-dix, quatre-vingt-trois, zéro sept, zéro sept (service gratuit).
            Depuis l'étranger : +33 1 41 18 19 20.                | Depuis l'étranger : zéro un, quarante-et-un, dix-huit, dix-neuf, vingt.
            Le scrutin a lieu le 15/03/2025.                      | Le scrutin a lieu le quinze mars deux mille vingt-cinq.
            Inscription avant le 1/02/2026.                       | Inscription avant le premier février deux mille vingt-six.
            Ouvert de 8 h 30 à 12 h et de 13h30 à 17h.            | Ouvert de huit heures trente à douze heures et de treize heures trente à dix-sept heures.
            Fermeture à 21h, réouverture à 1h.                    | Fermeture à vingt-et-une heures, réouverture à une heure.
            Le délai est de 3 semaines, parfois 2 mois.           | Le délai est de trois semaines, parfois deux mois.
            Le taux est de 5,5 % et non 20 %.                     | Le taux est de cinq virgule cinq pour cent et non vingt pour cent.
            Le 1er renouvellement, la 2e demande.                 | Le premier renouvellement, la deuxième demande.
            Voir l'arrêté n° 2014-71.                             | Voir l'arrêté numéro deux mille quatorze-soixante-et-onze.
            Écrivez à etat-civil@suresnes.fr.                     | Écrivez à etat tiret civil arobase suresnes point fr.
            La fiche F1342 reste lisible.                         | La fiche F1342 reste lisible.
            3114 : prévention du suicide, 24 h/24                 | trente-et-un, quatorze : prévention du suicide, vingt-quatre heures sur vingt-quatre
            Service ouvert 7j/7, soit 3 114 appels par an.        | Service ouvert sept jours sur sept, soit trois mille cent quatorze appels par an.
            Les 15 communes ont voté en 2025.                     | Les quinze communes ont voté en deux mille vingt-cinq.
            """)
    void writesFiguresAsTheyAreSaid(String written, String said) {
        assertEquals(said, SpokenFigures.spoken(written));
    }
}
