package fr.suresnes.contactcenter.bench;

import fr.suresnes.contactcenter.knowledge.importing.ContentHash;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The re-import of a corpus that did not change: every file is hashed and found to be the current version of its
 * document (the job's database lookup simulated by the hashes of the full import), so nothing is read.
 */
final class UnchangedCorpusPass {

    /** How the pass went and how many files were found unchanged. */
    record Outcome(PassOutcome pass, int unchanged) {
    }

    private final Map<Path, String> currentHashes;

    UnchangedCorpusPass(Map<Path, String> currentHashes) {
        this.currentHashes = currentHashes;
    }

    Outcome run(List<Path> files) {
        PassOutcome.Tally tally = new PassOutcome.Tally();
        int unchanged = 0;
        for (Path file : files) {
            try {
                if (ContentHash.sha256(file).equals(currentHashes.get(file))) {
                    unchanged++;
                }
                tally.read();
            } catch (IOException e) {
                tally.refused(e.getMessage());
            }
        }
        return new Outcome(tally.done(), unchanged);
    }
}
