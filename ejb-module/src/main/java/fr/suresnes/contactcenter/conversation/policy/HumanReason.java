package fr.suresnes.contactcenter.conversation.policy;

import java.util.regex.Pattern;

/**
 * Why a message goes to a person, checked in this order, with the phrases that reveal it. The bot cannot see case
 * files or appointments, so questions about « mon dossier » or a change of appointment go to a person; a question
 * about how to make an appointment (« comment prendre rendez-vous ? ») stays a knowledge question.
 */
public enum HumanReason {

    EXPLICIT("Bien sûr. Je vous mets en relation avec un conseiller de la Ville ; merci de patienter quelques instants.",
            Patterns.anyOf(
                    "(?:parler|discuter|echanger|avoir affaire|etre en contact|etre mise? en relation|etre mise? en contact) (?:a|avec|au) (?:un |une |le |la |l |des )?(?:vrai |vraie |vraiment )?" + Person.CITY_AGENT,
                    "(?:je veux|je voudrais|je souhaite|je souhaiterais|j aimerais|je demande|je peux avoir|puis je avoir|donnez moi|passez moi|il me faut|je prefere) (?:un |une |le |la |l |a un |a une )?(?:vrai |vraie )?" + Person.CITY_AGENT,
                    "(?:mettez|mettre) moi en (?:relation|contact)", "(?:pas|plus) (?:parler |discuter )?(?:a |avec )?(?:un|une) (?:robot|bot|machine|ordinateur)",
                    "(?:t es|vous etes|c est) (?:un |une )?(?:robot|bot|machine)",
                    "^(?:un |une |le |la |l )?(?:vrai |vraie )?" + Person.CITY_AGENT + "(?: s il vous plait| s il te plait| please| vite| merci| maintenant)*$")),

    ANGER("Je suis désolé que vous n'ayez pas trouvé d'aide. Je vous mets en relation avec un conseiller de la Ville, qui va reprendre votre demande.",
            Patterns.anyOf("(?:c est|t es|tu es|vous etes|ce bot est|ce robot est|ce service est|votre service est|ce site est) (?:vraiment |trop |completement |totalement |super |hyper )?(?:nul|nulle|nuls|inutile|debile|stupide|idiot|idiote|incompetente?s?|pourri|une blague)",
                    "putain", "merde", "bordel", "fait chier", "foutez", "foutre", "connard", "connasse", "abruti",
                    "ras le bol", "j en ai marre", "en ai marre", "marre de", "scandale", "scandaleux", "inadmissible",
                    "inacceptable", "honteux", "c est une honte", "vous vous moquez", "foutage de gueule", "n importe quoi",
                    "(?:ca|ce bot|ce robot|vous) (?:ne )?sert(?:ez)? a rien", "(?:ca|ce bot|ce robot) (?:ne )?marche pas",
                    "j en peux plus")),

    CASE_FILE("Je n'ai pas accès aux dossiers personnels. Je vous mets en relation avec un conseiller, qui pourra consulter le vôtre.",
            Patterns.anyOf("(?:ou en est|ou en sont|ou en es|avancement de|statut de|des nouvelles de) (?:mon|ma|mes|notre|nos) (?:dossier|demande|requete|passeport|carte|permis|inscription|acte|courrier)s?",
                    "(?:mon|ma|notre) (?:dossier|demande|requete) (?:est|a ete|n a|n est|avance|bloque|bloquee|en cours|en attente|refuse|refusee|rejete|rejetee|incomplet|incomplete|traite|traitee)",
                    "numero de (?:dossier|suivi|requete|ticket)", "(?:dossier|demande|requete|reference|ref|ticket|suivi) (?:n|no|numero|num)? ?[a-z]{0,4}[0-9][0-9 -]{3,}",
                    "[a-z]{1,5}[0-9]{6,}", "(?:toujours pas|jamais) (?:recu|eu) (?:de reponse|ma|mon|mes|le|la|les)", "toujours pas de (?:reponse|nouvelles)",
                    "(?:je n ai|j ai) (?:toujours )?(?:pas|rien|jamais) (?:recu|eu) (?:de reponse|ma|mon|mes)")),

    COMPLAINT("Je suis désolé. Je transmets votre réclamation à un conseiller de la Ville, qui va vous répondre.",
            Patterns.anyOf("reclamation", "(?:me|nous) plaindre", "je me plains", "porter plainte contre (?:la |le )?(?:mairie|ville|commune|agent|service|maire)",
                    "(?:pas|vraiment pas) (?:du tout )?(?:content|contente|satisfait|satisfaite)", "mecontente?s?", "insatisfaite?s?")),

    APPOINTMENT("Je ne peux pas modifier les rendez-vous moi-même. Je vous mets en relation avec un conseiller, qui pourra le faire.",
            Patterns.anyOf("(?:changer|modifier|annuler|deplacer|reporter|decaler|avancer|repousser) (?:mon |ma |le |la |notre |un |une |l )?(?:rendez vous|creneau|horaire de rendez vous)",
                    "(?:pas|plus) (?:venir|aller|me rendre|etre la|etre presente?) (?:a|au) (?:mon|ma|le|notre) (?:rendez vous|creneau)",
                    "(?:mon|notre) rendez vous (?:est|doit etre) (?:annule|a changer|a modifier|a deplacer)"));

    private final String reply;
    private final Pattern phrases;

    HumanReason(String reply, Pattern phrases) {
        this.reply = reply;
        this.phrases = phrases;
    }

    boolean isRevealedBy(String normalizedMessage) {
        return phrases.matcher(normalizedMessage).find();
    }

    String reply() {
        return reply;
    }
}
