package org.lawfulaccess.core.generate;

import java.util.SplittableRandom;

/**
 * Made-up but plausible names and codes. They are invented from syllables so that no generated
 * model can be mistaken for a statement about a real state or company.
 */
@SuppressWarnings("nls") // made-up data, not user interface text
final class Names {

    private static final String[] SYLLABLES = { "al", "bar", "cor", "dan", "el", "fen", "gal", "hur", "is", "jor",
            "ka", "lim", "mor", "nes", "or", "pra", "quel", "ros", "sal", "tan", "ur", "ves", "wen", "zar", "ti", "mar",
            "do", "ri", "ne", "sta", "vo", "lu" };
    private static final String[] COMPANY_SUFFIXES = { "Networks", "Labs", "Systems", "Technologies", "Media", "Inc.", "Group", "Digital" };
    private static final String[] OPERATOR_SUFFIXES = { "Telecom", "Mobile", "Net", "Connect", "Com" };
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** Offences as the seed documents name them; seriousness lives in each criminalisation. */
    static final String[] OFFENCES = { "Illegal access to a computer system", "Computer-related fraud",
            "Terrorism", "Child sexual abuse material", "Drug trafficking", "Money laundering", "Defamation",
            "Incitement to hatred", "Extortion", "Homicide", "Espionage", "Blasphemy" };

    private final SplittableRandom random;
    private final String[] twoLetterCodes;
    private int nextCode;

    Names(SplittableRandom random) {
        this.random = random;
        this.twoLetterCodes = shuffledTwoLetterCodes(random);
    }

    private static String[] shuffledTwoLetterCodes(SplittableRandom random) {
        String[] codes = new String[LETTERS.length() * LETTERS.length()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = "" + LETTERS.charAt(i / LETTERS.length()) + LETTERS.charAt(i % LETTERS.length());
        }
        for (int i = codes.length - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            String swap = codes[i];
            codes[i] = codes[k];
            codes[k] = swap;
        }
        return codes;
    }

    /**
     * Codes of states and supranational jurisdictions: two letters like ISO 3166-1 alpha-2 while
     * they last (676), then three letters like alpha-3. Unique within a model.
     */
    String nextTopLevelCode() {
        int n = nextCode++;
        if (n < twoLetterCodes.length) {
            return twoLetterCodes[n];
        }
        int k = n - twoLetterCodes.length;
        int base = LETTERS.length();
        return "" + LETTERS.charAt(k / (base * base) % base) + LETTERS.charAt(k / base % base) + LETTERS.charAt(k % base);
    }

    /** Codes of sub-national units, like ISO 3166-2: the parent's code, a hyphen, a number. */
    static String subnationalCode(String parentCode, int index) {
        return parentCode + "-" + (index + 1);
    }

    /** @return a capitalised word of two or three syllables */
    String word() {
        StringBuilder word = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
        return word.toString();
    }

    String companyName() {
        return word() + " " + COMPANY_SUFFIXES[random.nextInt(COMPANY_SUFFIXES.length)];
    }

    String operatorName(String place) {
        return (random.nextBoolean() ? place : word()) + " " + OPERATOR_SUFFIXES[random.nextInt(OPERATOR_SUFFIXES.length)];
    }

    /** @return an article number such as "Art. 46bis" */
    String article() {
        int number = 1 + random.nextInt(120);
        return "Art. " + number + (random.nextInt(6) == 0 ? "bis" : "");
    }

    /** @return a page locator such as "p. 12" */
    String page() {
        return "p. " + (1 + random.nextInt(240));
    }
}
