package fr.suresnes.contactcenter.conversation.policy;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static fr.suresnes.contactcenter.conversation.policy.EmergencyNumber.*;

/**
 * The kinds of distress the bot recognizes, checked in this order, each with the phrases that reveal it and the
 * numbers to call first. Phrases describe a situation (« je suis tombée », « il me frappe »), never a bare topic, so
 * that « comment déclarer une chute de neige ? » or « le 115 c'est quoi ? » stay knowledge questions.
 */
public enum EmergencyKind {

    SUICIDAL_THOUGHTS("Vous pouvez en parler dès maintenant, à toute heure :",
            List.of(SUICIDE_PREVENTION, SAMU),
            Patterns.anyOf("(?:me|se|te) suicider", "suicidaire", "pensees? suicidaires?", "idees? (?:noires|suicidaires?)",
                    "(?:veux|vais|voudrais|envie d|envie de) en finir", "en finir avec (?:la vie|tout|ma vie)",
                    "mettre fin a (?:mes|ses) jours", "(?:veux|vais|voudrais|envie de) mourir",
                    "(?:plus|pas) envie de vivre", "(?:veux|vais|voudrais) me tuer", "me faire du mal")),

    CHILD_IN_DANGER("Si un enfant est en danger, appelez tout de suite :",
            List.of(CHILDHOOD_IN_DANGER, POLICE),
            Patterns.anyOf("enfance en danger", "enfants? (?:est |sont )?en danger",
                    "(?:frappe|bat|battu|battue|maltraite|maltraitee|abuse|secoue|violente) (?:mon|ma|mes|son|sa|ses|un|une|des|les|le|la|l|notre|nos|leur|leurs) (?:enfants?|fils|filles?|bebes?|gamins?|gamines?|petits?|petites?|neveux?|nieces?)",
                    "maltraitance", "(?:enfants?|fils|filles?|bebes?) (?:est |sont |a ete |ont ete )?(?:frappee?s?|battue?s?|maltraitee?s?|abusee?s?|secouee?s?)",
                    "(?:enfants?|fils|filles?|bebes?) (?:a|ont) disparu", "enlevement d enfant")),

    VIOLENCE("Si vous êtes en danger, appelez tout de suite :",
            List.of(POLICE),
            Patterns.anyOf("(?:me|m) (?:a |ont )?(?:frappe|frapper|bat|battre|battu|battue|menace|menacer|agresse|agresser|violente|viole|attaque|tabasse)",
                    "je (?:suis|me suis fait|me suis faite|viens d etre|ai ete) (?:frappee?|battue?|agressee?|menacee?|violee?|attaquee?|tabassee?|cambriolee?)",
                    "violences? (?:conjugales?|domestiques?)", "(?:il|ils|on|quelqu un) (?:essaie|essaye|veut|veulent) (?:d entrer|de rentrer|de me)",
                    "cambriol\\w* en cours", "au voleur", "j ai peur (?:de|pour) (?:lui|elle|ma vie|mon mari|ma femme|mon conjoint|ma conjointe)")),

    MEDICAL("Si quelqu'un est blessé ou ne va pas bien, appelez tout de suite :",
            List.of(SAMU, FIREFIGHTERS),
            Patterns.anyOf("je (?:suis|me suis) (?:tombee?|blessee?)",
                    Person.ANYONE + " (?:est|s est) (?:tombee?|evanouie?|inconsciente?|blessee?|effondree?)",
                    "(?:a fait|fait|faire|vient de faire) (?:une chute|un malaise)",
                    "(?:peux|peut|pouvons|peuvent|arrive|arrivons|arrivent) (?:pas|plus) (?:a )?(?:me|se|le|la|nous) relever",
                    "(?:peux|peut|arrive) (?:pas|plus) (?:a )?respirer", "respirer? (?:plus|mal)",
                    "inconscients?", "crise cardiaque", "arret cardiaque", "avc", "saigne beaucoup", "hemorragie",
                    "overdose", "je me sens (?:tres )?mal", "douleur (?:dans|a) la poitrine", "s est etouffee?", "s etouffe")),

    FIRE("S'il y a un incendie ou une odeur de gaz, sortez et appelez tout de suite :",
            List.of(FIREFIGHTERS),
            Patterns.anyOf("au feu", "il y a (?:le|du) feu", "(?:le|du) feu (?:chez|dans|a|au)", "il y a un incendie",
                    "incendie (?:chez|dans|en cours)", "(?:ca|la maison|l immeuble|l appartement|la cuisine|la voiture) brule",
                    "odeur de gaz", "fuite de gaz", "(?:beaucoup de |de la )fumee (?:chez|dans)")),

    HOMELESS_TONIGHT("Pour un hébergement d'urgence, appelez :",
            List.of(SOCIAL_SAMU),
            Patterns.anyOf("(?:je suis|on est|nous sommes|je me retrouve|on se retrouve|je vais etre|on va etre|nous allons etre) (?:a la rue|dehors|sans (?:abri|toit|logement))",
                    "(?:je dors|on dort|nous dormons|dormir|dors|dormirai|dormir ce soir) dehors",
                    "(?:nulle part|pas d endroit|pas de place|pas de lieu|aucun endroit) ou dormir",
                    "ou dormir (?:ce soir|cette nuit)",
                    "(?:sans|pas de|aucun) (?:toit|abri|logement|hebergement) (?:ce soir|cette nuit)",
                    "(?:expulsee?s?|mise? a la porte|mises? a la porte) (?:aujourd hui|ce soir|cette nuit)")),

    OTHER_DANGER("Si c'est une urgence, appelez tout de suite :",
            List.of(SAMU, POLICE, FIREFIGHTERS),
            Patterns.anyOf("au secours", "a l aide", "aidez moi vite", "c est (?:tres )?urgent", "urgence vitale",
                    "je suis en danger", "(?:il|elle|quelqu un) (?:est|sont) en danger"));

    private static final String CITY_ALERTED = "Je préviens aussi un agent de la Ville, qui va vous répondre ici.";
    private static final List<EmergencyNumber> FOR_EVERY_KIND = List.of(EUROPEAN, DEAF_OR_SILENT);

    private final String opening;
    private final List<EmergencyNumber> numbers;
    private final Pattern phrases;

    EmergencyKind(String opening, List<EmergencyNumber> numbers, Pattern phrases) {
        this.opening = opening;
        this.numbers = numbers;
        this.phrases = phrases;
    }

    boolean isRevealedBy(String normalizedMessage) {
        return phrases.matcher(normalizedMessage).find();
    }

    /** This kind's numbers first, then 112 and 114. */
    public List<EmergencyNumber> numbers() {
        return Stream.concat(numbers.stream(), FOR_EVERY_KIND.stream()).toList();
    }

    String reply() {
        String lines = numbers().stream().map(number -> "- " + number.line()).collect(Collectors.joining("\n"));
        return opening + "\n" + lines + "\n" + CITY_ALERTED;
    }
}
