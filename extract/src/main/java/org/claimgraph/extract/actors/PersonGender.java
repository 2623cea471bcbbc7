package org.claimgraph.extract.actors;

import org.claimgraph.nlp.FirstNames;
import org.claimgraph.nlp.FirstNames.Gender;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the text tells of a person's gender, so that "she" and "Mrs. Clinton" find the right person:
 * a title before the name, or the first name ({@link FirstNames}).
 */
final class PersonGender {

    private static final Map<String, Gender> TITLES = Map.of("Mr.", Gender.MALE, "Mr", Gender.MALE,
            "Mrs.", Gender.FEMALE, "Mrs", Gender.FEMALE, "Ms.", Gender.FEMALE, "Ms", Gender.FEMALE,
            "Miss", Gender.FEMALE);

    /** Common Korean, Chinese and Vietnamese family names, which news writes before the given name. */
    private static final Set<String> FAMILY_NAMES_FIRST = Set.of("kim", "lee", "park", "choi", "jung", "kang", "cho",
            "yoon", "jang", "lim", "moon", "han", "shin", "song", "oh", "li", "wang", "zhang", "liu", "chen", "yang",
            "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "hu", "xi", "nguyen", "tran", "le", "pham");

    private PersonGender() {
    }

    /** The gender a title tells: "Mr.", "Mrs.", "Ms.", "Miss". */
    static Optional<Gender> ofTitle(String word) {
        return Optional.ofNullable(TITLES.get(word));
    }

    /**
     * The gender a first name tells, when it tells one. A family name that opens East Asian names
     * ("Kim Jong Un", "Li Qiang") tells none, though the list has it as a first name.
     */
    static Optional<Gender> ofFirstName(String word) {
        return FAMILY_NAMES_FIRST.contains(word.toLowerCase(Locale.ROOT)) ? Optional.empty() : FirstNames.gender(word);
    }
}
