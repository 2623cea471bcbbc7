package org.claimgraph.model;

/** How precise a resolved time is. */
public enum Granularity { INSTANT, DAY, WEEK, MONTH, QUARTER, YEAR, DECADE, DURATION, OTHER }
