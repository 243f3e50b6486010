package fr.suresnes.contactcenter.bench;

/** The heap the live objects take, measured after asking for full garbage collections. */
final class HeapUsage {

    private HeapUsage() {
    }

    static double usedMegabytesAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
    }
}
