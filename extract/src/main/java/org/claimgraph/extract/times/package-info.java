/** Time expressions of the text with their ISO-8601 values. */
package org.claimgraph.extract.times;
