package org.claimgraph.model;

import java.util.Objects;

/**
 * Someone reported as saying, writing or thinking something.
 *
 * @param speaker    who says it; null when the text does not tell
 * @param cue        the reporting words
 * @param content    what is said, as the text gives it (quotation marks kept)
 * @param time       ISO-8601 value of when it was said, or null
 * @param confidence how sure the extractor is, from 0 to 1
 * @param parent     id of the statement this one is reported inside, or null
 */
public record Statement(String id, Mention speaker, Cue cue, Span content, StatementForm form, String time,
                        double confidence, String parent) {
    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(form, "form");
        if (!(confidence >= 0 && confidence <= 1)) { // also rejects NaN
            throw new IllegalArgumentException("confidence " + confidence + " is outside [0, 1]");
        }
    }
}
