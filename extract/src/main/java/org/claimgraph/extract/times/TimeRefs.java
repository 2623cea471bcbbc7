package org.claimgraph.extract.times;

import org.claimgraph.model.Granularity;
import org.claimgraph.model.Span;
import org.claimgraph.model.TimeRef;
import org.claimgraph.nlp.AnnotatedText;
import org.claimgraph.nlp.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns SUTime's expressions into {@link TimeRef}s: the value is kept when it is an ISO-8601 date,
 * week, month, quarter, year, decade, time or duration, and its granularity read from its shape;
 * SUTime's placeholders ({@code PAST_REF}, {@code XXXX-10-20}) become a null value.
 */
public final class TimeRefs {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+");
    private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DECADE = Pattern.compile("\\d{3}X?"); // SUTime writes "the 2020s" as 202X
    private static final Pattern DURATION = Pattern.compile("PT?(\\d+(\\.\\d+)?[YMWDHS])+");

    private TimeRefs() {
    }

    public static List<TimeRef> of(AnnotatedText text) {
        List<TimeRef> refs = new ArrayList<>(text.times().size());
        for (TimeExpression t : text.times()) {
            Granularity g = granularity(t.value());
            refs.add(new TimeRef(Span.of(text.text(), t.begin(), t.end()), g == Granularity.OTHER ? null : t.value(), g));
        }
        return refs;
    }

    /** The granularity of an ISO-8601 value; {@link Granularity#OTHER} for anything unresolved. */
    public static Granularity granularity(String value) {
        if (value == null) {
            return Granularity.OTHER;
        }
        if (DAY.matcher(value).matches()) {
            return Granularity.DAY;
        }
        if (INSTANT.matcher(value).matches()) {
            return Granularity.INSTANT;
        }
        if (WEEK.matcher(value).matches()) {
            return Granularity.WEEK;
        }
        if (MONTH.matcher(value).matches()) {
            return Granularity.MONTH;
        }
        if (QUARTER.matcher(value).matches()) {
            return Granularity.QUARTER;
        }
        if (YEAR.matcher(value).matches()) {
            return Granularity.YEAR;
        }
        if (DECADE.matcher(value).matches()) {
            return Granularity.DECADE;
        }
        return DURATION.matcher(value).matches() ? Granularity.DURATION : Granularity.OTHER;
    }
}
