package fr.suresnes.contactcenter.knowledge.reading.dila;

import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static fr.suresnes.contactcenter.knowledge.reading.dila.DilaElements.children;
import static fr.suresnes.contactcenter.knowledge.reading.dila.DilaElements.text;
import static fr.suresnes.contactcenter.knowledge.reading.dila.DilaElements.title;

/**
 * Turns the content elements of a fiche into readable text blocks: paragraphs as they are, lists as lines starting
 * with "- " or "1. ", tables row by row with their column headers, boxed notes (À savoir, Attention…) and local
 * contacts (Où s'adresser) prefixed by their title. Links to online services and display conditions are dropped.
 */
final class DilaBlocks {

    /** Elements that only serve navigation or display on service-public.fr. */
    static final Set<String> NOISE = Set.of("Condition", "ServiceEnLigne", "ServiceEnLigneAnnexe", "LienWeb",
            "RessourceWeb", "Source", "PivotLocal", "SiSelectionne", "RechercheGuidee", "PourEnSavoirPlus",
            "Reference", "QuestionReponse", "VoirAussi", "CommentFaireSi", "Image", "Illustration", "Cible");
    private static final Set<String> NOTES = Set.of("ANoter", "ASavoir", "Attention", "Rappel", "Citation");

    private DilaBlocks() {
    }

    /** The blocks of one content element; a section element (Chapitre, Cas…) met here is flattened with its title as a line. */
    static List<String> of(Element element) {
        List<String> blocks = new ArrayList<>();
        String name = element.getLocalName();
        if (NOISE.contains(name) || "Titre".equals(name)) {
            return blocks;
        }
        switch (name) {
            case "Paragraphe" -> addIfNotBlank(blocks, text(element));
            case "Liste" -> addIfNotBlank(blocks, list(element, ""));
            case "Tableau" -> addIfNotBlank(blocks, table(element));
            case "OuSAdresser" -> addIfNotBlank(blocks, labelled("Où s'adresser : " + title(element), element));
            default -> {
                if (NOTES.contains(name)) {
                    addIfNotBlank(blocks, labelled(title(element), element));
                } else {
                    addIfNotBlank(blocks, title(element));
                    for (Element child : children(element)) {
                        blocks.addAll(of(child));
                    }
                }
            }
        }
        return blocks;
    }

    private static String labelled(String label, Element element) {
        String content = children(element).stream().flatMap(child -> of(child).stream()).collect(Collectors.joining("\n"));
        if (label.isBlank()) {
            return content;
        }
        return content.isBlank() ? label : label + " : " + content;
    }

    private static String list(Element list, String indent) {
        boolean numbered = "numero".equals(list.getAttribute("type"));
        List<String> lines = new ArrayList<>();
        int number = 0;
        for (Element item : children(list)) {
            number++;
            String marker = indent + (numbered ? number + ". " : "- ");
            List<String> words = new ArrayList<>();
            List<String> nested = new ArrayList<>();
            for (Element part : children(item)) {
                if ("Liste".equals(part.getLocalName())) {
                    nested.add(list(part, indent + "  "));
                } else {
                    words.addAll(of(part));
                }
            }
            lines.add(marker + String.join(" ", words));
            lines.addAll(nested);
        }
        return String.join("\n", lines);
    }

    /** Each row on a line: with column headers, "first cell — header : cell ; header : cell"; without, cells joined by " | ". */
    private static String table(Element table) {
        List<String> lines = new ArrayList<>();
        addIfNotBlank(lines, title(table));
        List<String> headers = List.of();
        for (Element row : children(table)) {
            if (!"Rangée".equals(row.getLocalName())) {
                continue;
            }
            List<String> cells = children(row).stream().map(DilaElements::text).toList();
            if ("header".equals(row.getAttribute("type"))) {
                headers = cells;
            } else if (headers.size() == cells.size() && cells.size() > 1) {
                List<String> pairs = new ArrayList<>();
                for (int i = 1; i < cells.size(); i++) {
                    pairs.add(headers.get(i) + " : " + cells.get(i));
                }
                lines.add(cells.get(0) + " — " + String.join(" ; ", pairs));
            } else {
                lines.add(String.join(" | ", cells));
            }
        }
        return String.join("\n", lines);
    }

    private static void addIfNotBlank(List<String> blocks, String block) {
        if (!block.isBlank()) {
            blocks.add(block);
        }
    }
}
