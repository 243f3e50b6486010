package fr.suresnes.contactcenter.knowledge.reading.tika;

import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Whether scanned documents can be read: Tesseract must be installed with its French data ({@code tesseract-ocr-fra}
 * on Debian). Checked once, at the first use; without it, OCR is switched off instead of failing.
 */
final class OcrSupport {

    private static final boolean FRENCH_OCR = detectFrenchTesseract();

    private OcrSupport() {
    }

    static boolean available() {
        return FRENCH_OCR;
    }

    /** OCR in French of PDF pages without a text layer and of images when available, no OCR at all otherwise. */
    static void configure(ParseContext context) {
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        PDFParserConfig pdf = new PDFParserConfig();
        if (FRENCH_OCR) {
            ocr.setLanguage("fra");
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
        } else {
            ocr.setSkipOcr(true);
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        }
        context.set(TesseractOCRConfig.class, ocr);
        context.set(PDFParserConfig.class, pdf);
    }

    private static boolean detectFrenchTesseract() {
        try {
            Process process = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String languages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0
                    && languages.lines().anyMatch(line -> line.strip().equals("fra"));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
