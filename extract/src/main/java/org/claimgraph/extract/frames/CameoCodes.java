package org.claimgraph.extract.frames;

import org.claimgraph.extract.DataFile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The CAMEO codes of {@code cameo.tsv} with their Goldstein values and PLOVER types, and the intent
 * code of each action. Immutable and thread-safe; load once with {@link #load()}.
 */
public final class CameoCodes {

    private static final Pattern CODE = Pattern.compile("\\d{2,3}");

    private final Map<String, CameoCode> codes;

    private CameoCodes(Map<String, CameoCode> codes) {
        this.codes = Map.copyOf(codes);
    }

    public static CameoCodes load() {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        for (DataFile.Row row : DataFile.read(CameoCodes.class, "cameo.tsv", 4)) {
            String code = row.column(0);
            if (!CODE.matcher(code).matches()) {
                throw row.error("CAMEO code \"" + code + "\" is not two or three digits");
            }
            double goldstein;
            try {
                goldstein = Double.parseDouble(row.column(1));
            } catch (NumberFormatException e) {
                throw row.error("Goldstein value \"" + row.column(1) + "\" is not a number");
            }
            if (goldstein < -10 || goldstein > 10) {
                throw row.error("Goldstein value " + goldstein + " is outside [-10, 10]");
            }
            String plover = row.column(2).equals("-") ? null : row.column(2);
            if (codes.put(code, new CameoCode(code, goldstein, plover, row.column(3))) != null) {
                throw row.error("CAMEO code " + code + " is listed twice");
            }
        }
        return new CameoCodes(codes);
    }

    public Optional<CameoCode> find(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    /** The code's entry; throws naming the code when {@code cameo.tsv} lacks it (a bug in our data). */
    public CameoCode require(String code) {
        CameoCode c = codes.get(code);
        if (c == null) {
            throw new IllegalArgumentException("CAMEO code " + code + " is not listed in cameo.tsv");
        }
        return c;
    }

    /**
     * The code of the intention to do {@code code}: CAMEO codes intentions apart (03x), so a planned
     * meeting is 036, planned aid 033, a planned concession 035 and a planned attack a threat of force
     * (138); other cooperation is 030, and codes that already are intentions, appeals, demands,
     * threats or statements stay as they are.
     */
    public static String intended(String code) {
        return switch (code.substring(0, 2)) {
            case "04" -> "036";
            case "05", "06" -> "030";
            case "07" -> "033";
            case "08" -> "035";
            case "16", "17" -> "130";
            case "18", "19", "20" -> "138";
            default -> code;
        };
    }

    /** The threat code of an action made conditional ("unless …"): a threatened attack is 138, else 130. */
    public static String threatened(String code) {
        return switch (code.substring(0, 2)) {
            case "18", "19", "20" -> "138";
            default -> "130";
        };
    }
}
